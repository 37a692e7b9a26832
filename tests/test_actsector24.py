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
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,sector", ROWS, ids=[r[0] for r in ROWS])
def test_sector_of_people_beside_state_bodies(records, kind, text, name, sector) -> None:
    assert_probe_field(records, kind, text, name, "sector", sector)
