"""Round 18 (sector9): two classes of sector misread from the words alone.

- A state office named 'HEAD of/for/on FIELD' whose field holds a word of ``name_field_words.txt``
  ('international', 'human rights', 'non-governmental') is the office its head says
  (``office_name_heads.txt``: ministry, department, bureau, directorate, office, agency, administration), not the
  international or civil body the field word alone would make of it (``ActorWords.org_kind``). A council or an
  institute of such a field keeps what its name says otherwise (a council of NGOs, a council of policy studies).
- A person whose title any body can give (chairman, leader, president, head) is named as speaking 'for/of'
  the followers of a faith ('Hindus', 'Rastafarians') or people of a civil trade or kind ('farmers') leads a
  community, not a state body: CVL, not the GOV a bare 'chairman' gives (``sector._state_body_served``).
- A word for a legislator that also names anyone who acts for a body (``body_agent_titles.txt``:
  'representative') followed by 'of/for/at' a body the lexicons know, or after a body word ('company
  representative'), gives the body's sector, not LEG (``sector._agent_body_sector``); 'Representative X', 'a
  Republican representative from Ohio' and 'the representative of the district' stay legislators.
- A body whose name ends on a state office's head word (department, office, bureau) named as the unit of a
  school, firm, outlet, charity or party ("Texas A&M's Aerospace Engineering Department", "Google's Legal
  Department") takes its owner's sector, not the GOV the head word alone gives
  (``sector_text.units_of_civil_bodies``); a state body's office stays GOV.

Every sentence is our own; the sector a careful coder records was written before the code was run, in the
maintainers' conventions (state offices GOV; NGOs, think tanks, clergy and community leaders CVL; ruling
parties GOV; UN bodies IGO)."""
from __future__ import annotations

import pytest

from eventwire.stages.actors.sector import _names_followers
from eventwire.stages.actors.words import actor_words

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor, sector)
ROWS = [
    # a state office whose field says 'international' or 'human rights'
    ("bureau of international affairs", "The Bureau of International Labor Affairs said on Monday that the factories "
     "had used child workers.", "Bureau of International Labor Affairs", "GOV"),
    ("office of international freedom", "The Office of International Religious Freedom said the arrests in the "
     "province were part of a pattern.", "Office of International Religious Freedom", "GOV"),
    ("ministry of human rights", "The Ministry of Human Rights in Islamabad said it would look into the deaths.",
     "Ministry of Human Rights", "GOV"),
    ("department of international development", "The Department of International Development cut its aid budget "
     "for the region on Friday.", "Department of International Development", "GOV"),
    # negatives: what the name says otherwise stays
    ("council of NGOs (negative)", "The Rift Valley Council of Non-Governmental Organisations said the new rules would "
     "close dozens of charities.", "Rift Valley Council of Non-Governmental Organisations", "CVL"),
    ("council of policy studies (negative)", "Li Wei, secretary-general of the Asian Council of Strategic Policy "
     "Studies think tank, said the plan would fail.", "Asian Council of Strategic Policy Studies", "CVL"),
    ("centre for human rights (negative)", "The Centre for Human Rights in Lagos said the detainees had been beaten.",
     "Centre for Human Rights", "CVL"),
    ("council on foreign relations (negative)", "The Council on Foreign Relations hosted a debate on the trade war "
     "on Tuesday.", "Council on Foreign Relations", "CVL"),
    ("human rights commission (negative)", "The Human Rights Commission of Pakistan criticized the arrests of the "
     "students.", "Human Rights Commission", "CVL"),
    # a leader of a faith's followers or of a civil trade's people
    ("chairman for a faith's followers", '"We will keep our dreadlocks," said Jon Maru, chairman for Rastafarians '
     'in western Kenya.', "Jon Maru", "CVL"),
    ("leader of a faith's followers", '"The temple stays closed," said Ravi Patel, leader of the Hindus in the '
     'coastal city.', "Ravi Patel", "CVL"),
    ("chairman for farmers", '"We were never consulted," said Ann Wairimu, chairman for the farmers in the valley.',
     "Ann Wairimu", "CVL"),
    # negatives: a state body's or a ruling party's leader keeps GOV
    ("chairman of governors (negative)", '"We will vote against it," said Ken Otieno, chairman of the governors '
     'in the region.', "Ken Otieno", "GOV"),
    ("chairman of the ruling party (negative)", '"The opposition lied," said Tom Reyes, chairman of the ruling '
     'party in the region.', "Tom Reyes", "GOV"),
    # a legislator's word that names someone acting for a body
    ("representative for an office", "Steve Ward, a representative for the county sheriff's office, told reporters "
     "the case was closed.", "Steve Ward", "GOV"),
    ("representative of a ministry", "Paul Otieno, a representative of the ministry of health, said the vaccines "
     "had arrived.", "Paul Otieno", "GOV"),
    ("company representative", "Company representative Li Na said the factory in Shenzhen would reopen.", "Li Na",
     "BUS"),
    # negatives: a member of a house stays LEG
    ("representative before the name (negative)", "Representative Nancy Pelosi criticized the spending bill on "
     "Tuesday.", "Nancy Pelosi", "LEG"),
    ("party representative from a state (negative)", "Jim Jordan, a Republican representative from Ohio, said the "
     "vote would fail.", "Jim Jordan", "LEG"),
    ("representative of a district (negative)", "Maria Lopez, the representative of the district in parliament, "
     "said the road would be built.", "Maria Lopez", "LEG"),
    # an office or department named as a unit of a non-state body
    ("a university's department", "Texas A&M's Aerospace Engineering Department will receive a flight simulator "
     "from the agency.", "Aerospace Engineering Department", "CVL"),
    ("a firm's department", "Google's Legal Department rejected the claim on Monday.", "Legal Department", "BUS"),
    ("a state body's office (negative)", "NASA's Office of Inspector General found that the contract was "
     "mismanaged.", "Office of Inspector General", "GOV"),
    ("spokesman for a region (negative)", "The ministry's spokesman for the Americas, John Ruiz, said the deal was "
     "off.", "John Ruiz", "GOV"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,sector", ROWS, ids=[r[0] for r in ROWS])
def test_sector9_by_class(records, kind, text, name, sector) -> None:
    assert_probe_field(records, kind, text, name, "sector", sector)


@pytest.mark.parametrize("name,kind_sector", [
    ("bureau of international narcotics and law enforcement affairs", ("organization", "GOV")),
    ("ministry of human rights", ("organization", "GOV")),
    ("directorate of international cooperation", ("organization", "GOV")),
    ("council of non-governmental organisations", ("organization", "CVL")),  # a council keeps its field's row
    ("institute of international affairs", ("organization", "CVL")),
    ("centre for human rights", ("organization", "CVL")),
    ("office of the united nations high commissioner for human rights", ("organization", "IGO")),
])
def test_office_named_by_its_head(name, kind_sector) -> None:
    assert actor_words().org_kind(name) == kind_sector


@pytest.mark.parametrize("word,followers", [
    ("Hindus", True), ("Rastafarians", True), ("Catholics", True), ("farmers", True),
    ("governors", False), ("Palestinians", False), ("Americas", False), ("soldiers", False),
])
def test_followers(word, followers) -> None:
    assert _names_followers(word) is followers
