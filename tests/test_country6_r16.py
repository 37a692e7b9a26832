"""Round 16, country6: an actor's country from the text alone (no headline).

Own sentences, with what a careful coder records written before the rows were run:
- a person whose own present clause names the body they work at takes that body's country
  (``stages/actors/works_at.clause_employer``): 'X works at Y', 'X works on Z at Y', 'X, who works for Y',
  'X is an officer at Y'; not a past job, not an international body, not a clause of somebody else's;
- the story's setting read from the text's places when a short story names nothing else.
"""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

_TRUST = "The Fjordlight Trust, a Norwegian charity, says rural clinics lack clean water. "

WORKS_AT = [
    ("works at", _TRUST + "Maria Lopez works at the Fjordlight Trust. She said donors had cut funding.",
     "Maria Lopez", "NOR"),
    ("works on a brief at", _TRUST + "Maria Lopez works on sanitation projects at the Fjordlight Trust. She said "
     "donors had cut funding.", "Maria Lopez", "NOR"),
    ("who works for", _TRUST + "\"Donors have cut funding,\" said Maria Lopez, who works on health programs for "
     "the Fjordlight Trust.", "Maria Lopez", "NOR"),
    ("is an officer at", _TRUST + "Maria Lopez is a program officer at the Fjordlight Trust. She said donors had "
     "cut funding.", "Maria Lopez", "NOR"),
    # negative rows: a past job, an international body, a clause whose subject is somebody else
    ("worked at (past)", _TRUST + "Maria Lopez worked at the Fjordlight Trust before she retired. She said donors "
     "had cut funding.", "Maria Lopez", None),
    ("works at an IGO", "Rural clinics lack clean water, the World Health Organization says. Maria Lopez works on "
     "sanitation at the World Health Organization. She said donors had cut funding.", "Maria Lopez", None),
    ("another's clause", _TRUST + "Maria Lopez said her brother works at the Fjordlight Trust.", "Maria Lopez", None),
]


@pytest.fixture(scope="module")
def works_records(pipeline):
    return probe_records(pipeline, WORKS_AT)


@pytest.mark.parametrize("kind,text,name,want", WORKS_AT, ids=[r[0] for r in WORKS_AT])
def test_works_at_country(works_records, kind, text, name, want):
    assert_probe_field(works_records, kind, text, name, "country", want)


def test_clause_employer_reads_the_persons_own_clause(pipeline):
    """The reader itself: the body of the person's own clause, none for another's."""
    from eventwire.stages.actors.works_at import _bodies, _own_verbs

    nlp = pipeline.nlp
    doc = nlp("Maria Lopez works on sanitation at the Fjordlight Trust.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    verbs = _own_verbs(subject)
    assert [v.lemma_ for v in verbs] == ["work"]
    assert [b.text for b in _bodies(verbs[0])] == ["Trust"]
    doc = nlp("Maria Lopez said her brother works at the Fjordlight Trust.")
    subject = next(t for t in doc if t.text == "Lopez")
    assert [v.lemma_ for v in _own_verbs(subject)] == []


SETTING = [
    # short stories with no headline whose first sentence says where things happen, and nothing points elsewhere
    ("town in the lede", "Police in Mombasa arrested four men after a raid on a warehouse near the port. The suspects "
     "were charged with smuggling ivory. A police spokesman said more arrests were likely.", "police spokesman", "KEN"),
    ("region with its kind", "Gunmen attacked a village in Zamfara State on Sunday, killing 12 people. Residents said "
     "the attackers arrived on motorbikes. Local officials said troops had been sent to the area.", "Residents", "NGA"),
    ("market town", "A fire tore through a crowded market in Kumasi overnight, destroying hundreds of stalls. Traders "
     "said they had lost everything. The fire service said the cause was not yet known.", "Traders", "GHA"),
    # negative rows: a gathering's host, two states, an international body
    ("summit host", "Delegates at a summit in Nairobi agreed to raise funds for drought relief. Ministers from several "
     "countries said the money would reach farmers by June.", "farmers", None),
    ("two states met abroad", "Officials from Ethiopia and Eritrea met in Nairobi to discuss the border. Diplomats said "
     "no agreement was reached. Both delegations promised to meet again.", "Diplomats", None),
    ("international body", "The World Food Programme said it had cut rations in Chad and Niger because donors had not "
     "paid. Aid workers said families were skipping meals.", "World Food Programme", None),
]


@pytest.fixture(scope="module")
def setting_records(pipeline):
    return probe_records(pipeline, SETTING)


@pytest.mark.parametrize("kind,text,name,want", SETTING, ids=[r[0] for r in SETTING])
def test_opening_place_sets_a_short_story(setting_records, kind, text, name, want):
    assert_probe_field(setting_records, kind, text, name, "country", want)


def test_hosted_place(pipeline):
    """A place after a gathering's noun hosts it; a place after another noun or a verb is where things are."""
    from eventwire.stages.actors.places import hosted_place

    doc = pipeline.nlp("Delegates at a summit in Nairobi agreed to act. Police in Mombasa arrested two men.")
    nairobi, mombasa = (next(t for t in doc if t.text == n) for n in ("Nairobi", "Mombasa"))
    assert hosted_place(nairobi) and not hosted_place(mombasa)


_CHOLERA = "Cholera cases rose again this week. "
TITLE_BODY = [
    # a title naming, in lower case, a body the story named before (works_at.body_named_in_title)
    ("ministry by its words", _CHOLERA + "Kenya's Ministry of Health said clinics were short of staff. Health ministry "
     "spokesperson Jane Wanjiru said more nurses would be hired.", "Jane Wanjiru", "KEN"),
    ("department by its words", "Mudslides buried homes in three villages. Peru's Department of Civil Defense said 40 "
     "people were missing. Civil defense department official Rosa Quispe said rescuers were digging by hand.",
     "Rosa Quispe", "PER"),
    # negative row: the story names another ministry only
    ("another ministry", _CHOLERA + "Kenya's Ministry of Finance said more money would be found. Health ministry "
     "spokesperson Jane Wanjiru said more nurses would be hired.", "Jane Wanjiru", None),
    pytest.param("two like ministries", "Cholera cases rose in the border region this week. Kenya's Ministry of Health "
                 "and Uganda's Ministry of Health both reported new infections. Health ministry spokesperson Jane "
                 "Wanjiru said more nurses would be hired.", "Jane Wanjiru", None,
                 marks=pytest.mark.xfail(reason="the actors stage joins 'Ministry of Health and Uganda' into one body",
                                         strict=True)),
]


@pytest.fixture(scope="module")
def title_records(pipeline):
    return probe_records(pipeline, [r.values if hasattr(r, "values") else r for r in TITLE_BODY])


@pytest.mark.parametrize("kind,text,name,want", TITLE_BODY,
                         ids=[(r.values if hasattr(r, "values") else r)[0] for r in TITLE_BODY])
def test_title_names_a_body_of_the_story(title_records, kind, text, name, want):
    assert_probe_field(title_records, kind, text, name, "country", want)
