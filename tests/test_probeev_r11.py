"""Plain news sentences of my own in the shapes the events stage must read (issue 15, round 11, PROBEEV):
active, passive with an agent, nominal ("X's imposition of", "talks between", "the expulsion of ... by"),
coordinated parties, reported, negated, planned, hypothetical, denied. Each pins type, parties and status as a
careful coder records them (written down before running); the round's probe set (158 sentences) and what
failed are in the round's tally. Sentences written for these tests, none taken from any story or gold."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule_status


def _has(events, kind, sources, targets, status) -> bool:
    return any(e[0] == kind and e[1] == sources and e[2] == targets and e[4] == status for e in events)


@pytest.mark.parametrize("text, kind, sources, targets, status", [
    # reported, planned, negated, denied, hypothetical
    ("Egypt said Israel and Hamas had agreed to a truce.", "AGREE", ("Israel",), ("Hamas",), "reported"),
    ("Poland will sign a defense pact with Sweden next week.", "SUPPORT", ("Poland",), ("Sweden",), "planned"),
    ("Vietnam did not sign the agreement with Cambodia.", "SUPPORT", ("Vietnam",), ("Cambodia",), "negated"),
    ("Indonesia denied that it had signed a deal with Russia.", "SUPPORT", ("Indonesia",), ("Russia",), "denied"),
    ("If Serbia and Kosovo reach a deal, the EU will reward them.", "AGREE", ("Serbia",), ("Kosovo",),
     "hypothetical"),
    ("Georgia did not reject the EU's conditions.", "REJECT", ("Georgia",), ("EU",), "negated"),
    ("The United States will impose tariffs on Chinese goods.", "COERCE", ("United States",), ("China",),
     "planned"),
    # passive with an agent
    ("A ceasefire deal was signed by Armenia and Azerbaijan.", "SUPPORT", ("Armenia",), ("Azerbaijan",),
     "asserted"),
    ("Israel was accused by South Africa of genocide.", "ACCUSE", ("South Africa",), ("Israel",), "asserted"),
    ("Sanctions imposed on North Korea by the UN Security Council remain in place.", "COERCE",
     ("UN Security Council",), ("North Korea",), "asserted"),  # (the name whole since round 18, recog18)
    # nominal
    ("Talks between Iran and the United States resumed in Oman.", "CONSULT", ("Iran",), ("United States",),
     "asserted"),
    ("Australia's talks with China ended without a deal.", "CONSULT", ("Australia",), ("China",), "asserted"),
    ("France's withdrawal of troops from Niger was completed.", "RETREAT", ("France",), ("Niger",), "asserted"),
    ("The EU's imposition of sanctions on Russia hurt its economy.", "COERCE", ("EU",), ("Russia",), "asserted"),
    ("The Israeli offensive against Hamas entered its third month.", "ASSAULT", ("Israel",), ("Hamas",),
     "asserted"),
    ("Kenya's request for debt relief was rejected by the IMF.", "REQUEST", ("Kenya",), ("IMF",), "asserted"),
])
def test_a_plain_sentence_is_coded_as_a_careful_coder_records_it(process, text, kind, sources, targets,
                                                                  status) -> None:
    events = coded_rule_status(process, text)
    assert _has(events, kind, sources, targets, status), events


@pytest.mark.parametrize("text, kind, sources, target", [
    ("Poland and Lithuania accused Belarus of sending migrants.", "ACCUSE", ("Poland", "Lithuania"), "Belarus"),
    ("The United States and Britain struck Houthi targets in Yemen.", "ASSAULT", ("United States",
                                                                                    "United Kingdom"), "Houthi"),
])
def test_coordinated_doers_each_get_the_event(process, text, kind, sources, target) -> None:
    events = coded_rule_status(process, text)
    for source in sources:
        assert any(e[0] == kind and e[1] == (source,) and e[2] == (target,) for e in events), (source, events)
