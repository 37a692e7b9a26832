"""Round 24 (actsector24): sectors of people named beside a state's body with no title.

Each row is a plain news sentence of our own, with the sector a careful coder records written before the
code was run, in the conventions of the development gold (G, C, D READMEs): a person who speaks for a state's
ministry or agency is GOV, for a legislature LEG, for a court JUD; a researcher of a research council or
institute, a charity's or a firm's people and a former official are not read so. Rows named 'not ...' are
near misses: the sector must stay what the other readers give."""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor (its name, or a name of the record that contains it), sector)
ROWS = [
    ("'of' a state agency", "Peter Lind of the Swedish Transport Administration said the bridge would stay shut "
     "until May.", "Peter Lind", "GOV"),
    ("'of' a state agency, set off by commas", "The bridge is unsafe, Erik Johansson, of the Swedish Transport "
     "Administration, told reporters on Monday.", "Erik Johansson", "GOV"),
    ("'for' a state agency", "Maria Ortega for the Spanish Food Safety Agency says the recall will go on.",
     "Maria Ortega", "GOV"),
    ("'from' a ministry", "Ahmed Saleh from Jordan's Ministry of Water said the dams were nearly empty.",
     "Ahmed Saleh", "GOV"),
    ("in a quote's tag", "\"The wells are dry,\" said Ahmed Saleh of Jordan's Ministry of Water.", "Ahmed Saleh",
     "GOV"),
    ("not a former official", "Sara Lind, a former official of the Swedish Transport Administration, said the "
     "bridge was never safe.", "Sara Lind", "CVL"),
    ("not a research council's researcher", "Jonas Berg of the Swedish Research Council said the samples were "
     "older than expected.", "Jonas Berg", "CVL"),
    ("not a charity's people", "Anna Berg of the Norwegian Refugee Council said the camp was full.", "Anna Berg",
     "CVL"),
    ("not a firm's people", "Tom Reyes at Goldman Sachs said markets were calm on Friday.", "Tom Reyes", "BUS"),
    ("not a 'for' on the verb", "Lena Holm voted for the plan of the Swedish Transport Administration on Monday.",
     "Lena Holm", "CVL"),
    ("not a titled official", "Jordan's Water Minister Ahmed Saleh said the dams were nearly empty.", "Ahmed Saleh",
     "GOV"),
    # ranks of an armed service and offices of a state written before a name: the title, not a civilian's name
    ("rank: brigadier", "On Friday, Brigadier Kofi Mensah said the soldiers had retaken the town.", "Kofi Mensah",
     "MIL"),
    ("rank: sergeant, as a subject", "Sergeant Daniel Kiptoo said three suspects were shot near the border post.",
     "Daniel Kiptoo", "MIL"),
    pytest.param("rank: sergeant, in a passive", "Three suspects were shot by Sergeant Daniel Kiptoo near the border "
                 "post.", "Daniel Kiptoo", "MIL", marks=pytest.mark.xfail(
                     reason="the tagger reads 'Sergeant Daniel Kiptoo' here as an organisation (an actor's kind, "
                            "left to the actors engineer)", strict=True)),
    ("rank: police sergeant", "Police Sergeant Daniel Kiptoo was wounded in the raid, the force said.",
     "Daniel Kiptoo", "GOV"),
    ("rank: lieutenant colonel", "The coup was led by Lieutenant Colonel Amadou Sy, state radio said.",
     "Amadou Sy", "MIL"),
    ("rank: lieutenant colonel, as a subject", "Lieutenant Colonel Moussa Keita said the soldiers held the airport.",
     "Moussa Keita", "MIL"),
    ("rank: corporal, in a relative clause", "The camp was guarded by Corporal Aya Tanaka, who fired warning shots.",
     "Aya Tanaka", "MIL"),
    ("office: sheriff", "County Sheriff Tom Baker said the road would stay closed overnight.", "Tom Baker", "GOV"),
    ("office: ombudsman", "The national ombudsman, Ruth Wanjiku, opened an inquiry into the evictions.",
     "Ruth Wanjiku", "GOV"),
    ("office: consul", "Egyptian Consul Ahmed Zaki said visas would be issued next week.", "Ahmed Zaki", "GOV"),
    # a kind word before a title that opens the sentence, capitalised for it (the tagger makes it a proper noun)
    ("kind word opening the sentence: clan", "Clan leader Abdi Noor said the militia had burned the village.",
     "Abdi Noor", "CVL"),
    ("kind word opening the sentence: youth", "Youth leader Brian Were called for calm after the vote in Kisumu.",
     "Brian Were", "CVL"),
    ("kind word opening the sentence: gang", "Gang leader Marco Pires was arrested in a raid in Sao Paulo.",
     "Marco Pires", "CRM"),
    ("kind word mid-sentence (read before)", "On Monday, clan leader Hassan Warsame said the militia had left.",
     "Hassan Warsame", "CVL"),
    ("not a body's name opening the sentence", "Youth Affairs Minister Grace Akello said the fund would grow.",
     "Grace Akello", "GOV"),
    ("not a leader alone", "Leader Kim Jong Un inspected the missile launch, state media said.", "Kim Jong Un", "GOV"),
    # a plural of people of a trade or a faith owning the title: their leader, no office of the state
    ("followers' leader", "The farmers' leader, Joseph Kiprono, said maize prices had collapsed.", "Joseph Kiprono",
     "CVL"),
    ("followers' chairman opening the sentence", "Fishermen's chairman Otieno Okello said the lake was polluted.",
     "Otieno Okello", "CVL"),
    ("not an armed group's leader", "The rebels' leader, Jean Mbuyi, said his fighters would withdraw.", "Jean Mbuyi",
     "REB"),
    ("not a state's leader", "The country's leader, President Ruto, said the plan would go ahead.", "Ruto", "GOV"),
    ("not a rank: a team's captain", "England captain Harry Webb scored twice on Saturday.", "Harry Webb", "CVL"),
    ("not a rank: a former sergeant", "Former army sergeant Paul Otieno, now a farmer, said the raid was brutal.",
     "Paul Otieno", "CVL"),
]


def _values(row):
    return row.values if hasattr(row, "values") else row


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, [_values(r) for r in ROWS])


@pytest.mark.parametrize("kind,text,name,sector", ROWS, ids=[_values(r)[0] for r in ROWS])
def test_sector_of_people_beside_state_bodies(records, kind, text, name, sector) -> None:
    assert_probe_field(records, kind, text, name, "sector", sector)
