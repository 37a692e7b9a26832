"""Round 17, country8: actors the story's setting or a pronoun's owner places.

- a group a personal pronoun owns ('his advisers', 'her aides', 'their lawyers') takes the country of the
  person the pronoun stands for, before the setting would place it (``country.pronoun_owners``);
- 'journalists' named by no outlet are the press of the place the story is set in (group MED), not
  'foreign journalists';
- an opposition party named without its country is the setting's (organisation OPP);
- a firm the knowledge base does not know is a local one once sectors are settled (``_local_body``: BUS);
- a country's name inside an actor's own name ('Guinea-Lanta') is not another country its sentence names.
Expected countries were written before the stories were run."""
from __future__ import annotations

import pytest


def _country(doc, name_part):
    found = [a for a in doc.actors if name_part.lower() in a.name.lower()]
    assert found, [a.name for a in doc.actors]
    return found[0].country


@pytest.mark.parametrize("text, who, expected", [
    ("Brazilian President Luiz Inacio Lula da Silva spent Tuesday in Brasilia with officials. He said his senior "
     "economic advisers had warned him the budget would not balance this year.", "advisers", "BRA"),
    ("KYIV — Ukrainian troops shelled positions near Donetsk on Monday, the army said. Russian President "
     "Vladimir Putin said his military advisers had warned him of the attack.", "advisers", "RUS"),
    ("LIMA — Peru's Congress debated a mining bill on Monday. Chilean President Gabriel Boric said his trade "
     "advisers were studying the bill closely.", "advisers", "CHL"),
    ("Colombian senator Maria Fernanda Cabal was charged in Bogota on Wednesday. Her defense lawyers said the "
     "case was political and would be appealed.", "lawyers", "COL"),
])
def test_a_group_a_pronoun_owns_takes_the_owners_country(process, text, who, expected):
    assert _country(process(text, "2024-05-02", until="actors"), who) == expected


@pytest.mark.parametrize("text, who, expected", [
    ("GUATEMALA CITY — A court ordered a newspaper editor held for two more years on Monday. Local rights "
     "groups condemned the ruling, and journalists said it was an attack on the free press.", "journalists", "GTM"),
    ("Police in Harare arrested 12 opposition activists on Sunday. The main opposition party said the arrests in "
     "Zimbabwe were meant to silence critics ahead of the vote.", "opposition party", "ZWE"),
])
def test_the_setting_places_the_press_and_the_opposition(process, text, who, expected):
    assert _country(process(text, "2024-05-02", until="actors"), who) == expected


@pytest.mark.parametrize("text, who, expected", [
    ("NAIROBI — Floods in Kenya displaced 40,000 people this week. Speaking in Nairobi, American diplomat Marco Rubio told "
     "reporters that aid would be sent soon.", "reporters", "USA"),
    ("HARARE — The ruling party won the vote in Zimbabwe, officials said. The party's spokesman, Chris Mutsvangwa, "
     "told reporters the result was fair.", "reporters", "ZWE"),
])
def test_the_press_a_speaker_tells_is_where_the_speaker_speaks(process, text, who, expected):
    assert _country(process(text, "2024-05-02", until="actors"), who) == expected


def test_the_press_a_speaker_of_no_country_tells_stays_unplaced(process):
    doc = process("YANGON — Troops fired on protesters in Myanmar on Sunday. A spokesman for the United Nations "
                  "secretary-general, Stephane Dujarric, told reporters the killings were unacceptable.",
                  "2024-05-02", until="actors")
    found = [a for a in doc.actors if "reporters" in a.name.lower()]
    assert not found or found[0].country is None


def test_a_pronoun_owned_group_from_outside_keeps_no_country(process):
    doc = process("LIMA — A court in Peru jailed the editor Rosa Quispe on Monday. Her international legal team "
                  "said the ruling would be appealed.", "2024-05-02", until="actors")
    found = [a for a in doc.actors if "legal team" in a.name.lower()]
    assert not found or found[0].country != "PER"


@pytest.mark.parametrize("text, who", [
    ("GUATEMALA CITY — Foreign journalists were barred from the courtroom in Guatemala City on Monday, where an "
     "editor went on trial.", "journalists"),
    ("NAIROBI — United Nations staff said on Monday that floods in Kenya had displaced 40,000 people.", "staff"),
    ("HARARE — Police detained a newspaper editor in Zimbabwe on Friday. Press freedom groups said the arrest "
     "would frighten reporters.", "groups"),
])
def test_outsiders_and_international_staff_stay_unplaced(process, text, who):
    doc = process(text, "2024-05-02", until="actors")
    found = [a for a in doc.actors if who in a.name.lower()]
    assert not found or found[0].country in (None, "UN", "IGO") or found[0].sector == "IGO"
