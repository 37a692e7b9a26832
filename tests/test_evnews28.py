"""Events of general news, not only VOA (round 28, evnews28).

- "look into" a matter of wrongdoing or mishap is an inquiry: ACCUSE (investigate, CAMEO 090) by whoever looks
  into it, with no target unless the matter is a party's ("looked into the ministry's handling"); event_verbs.tsv
  row look pobj:into:@inquired_matters; not a look into a camera, a market or the future;
- "it is time (for X) to VERB" said by a speaker asks it of X: REQUEST speaker -> X (speech.demands._time_frame;
  the parser hangs the verb as a relative clause on "time"); not "now is not the time for", "there was time for",
  "it was a good time for" (a time judged), nor with no party named ("it is time to go home").

Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_of_type, coded_rule, coded_rule_status, has_name



@pytest.mark.parametrize("text, source", [
    ("The Health Ministry will look into the complaints, spokesman Ali Musa said.", "Health Ministry"),
    ("Police in Lagos are looking into the killing of two traders.", "Police"),
    ("The Kenyan Interior Ministry is looking into the allegations, a spokesman said.", "Interior Ministry"),
    ("The electoral commission has looked into the irregularities reported in Kano.", "commission"),
    ("Zambia's anti-corruption commission is looking into the deaths of three inmates.", "commission"),
])
def test_looking_into_a_matter_is_an_inquiry(process, text, source) -> None:
    found = [e for e in coded_of_type(process, text, "ACCUSE") if e[3].startswith("verb:look/")]
    assert any(has_name(s, source) for _, s, _, _ in found), coded_rule(process, text)


def test_looking_into_a_matter_to_come_is_planned(process) -> None:
    found = [e for e in coded_rule_status(process, "The Health Ministry will look into the complaints.")
             if e[3].startswith("verb:look/")]
    assert found and found[0][4] == "planned", found


@pytest.mark.parametrize("text", [
    "The Health Minister looked into the camera and smiled.",
    "Chinese investors are looking into new markets in Africa.",
    "The Health Ministry is looking into the future of rural clinics.",
    "The president looked into the crowd before he spoke.",
    "The Health Ministry is looking at the complaints.",
])
def test_no_inquiry_without_a_matter_looked_into(process, text) -> None:
    assert not [e for e in coded_rule(process, text) if e[3].startswith("verb:look/")], coded_rule(process, text)


# a deed asked for by the frame "it is time for X to ...": REQUEST of the speaker -> X (speech.demands._time_frame)
@pytest.mark.parametrize("text, speaker, asked", [
    ('"It is time for the junta to free the prisoners," Ruto said.', "Ruto", "junta"),
    ("Kenyan President William Ruto said it is time for Somalia's leaders to end the feud.", "Ruto", "Somalia"),
    ("The World Bank said on Monday that it was high time for Zambia's government to cut fuel subsidies.",
     "World Bank", "Zambia"),
])
def test_it_is_time_for_a_party_to_act_is_a_demand(process, text, speaker, asked) -> None:
    found = [e for e in coded_of_type(process, text, "REQUEST") if e[3].startswith("speech:demand/")]
    assert any(has_name(s, speaker) and has_name(t, asked) for _, s, t, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    '"Now is not the time for the junta to free the prisoners," Ruto said.',
    '"There was time for the soldiers to rest," the Kenyan army commander said.',
    '"It was a good time for Zambian farmers to sell maize," the World Bank said.',
    '"It is time to go home," Ruto said.',
    "Ruto said it is time for a new approach.",
])
def test_no_demand_without_a_party_asked_to_act_now(process, text) -> None:
    found = [e for e in coded_of_type(process, text, "REQUEST") if e[3].startswith("speech:demand/")]
    assert not found, coded_rule(process, text)
