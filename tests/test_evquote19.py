"""Round 19 (evquote19): a speaker's judgement words inside a quote, read where the parser hangs the doer away
from the wrong's noun (claims.owned_wrongs).

- a "by" phrase right after a wrong's noun that the parser hung on the active verb the noun is the object of
  ("faces coercion by Beijing") or on the noun it is the "of" object of ("in the face of coercion by China"):
  the phrase names the wrong's doer; the speaker accuses it (claim:misdeed/<cue>, ACCUSE 112)
- a "that" clause of a concern, fear or warning the speaker voices ("expressed concern that ...") is the
  speaker's words, not a description (claims._voiced; word classes voicing, voiced_views)
- a wrong framed as a course of action (word class wrong_frames: "Moscow's war of aggression", "a campaign of
  intimidation by the junta"): the owner of the frame is the doer

Each row's event was written down before the code ran; negative rows must code no ACCUSE of the named party."""
from __future__ import annotations

import pytest

from .event_helpers import coded


def _has(events, kind: str, source: str, target: str) -> bool:
    def holds(names, want):
        return any(want.lower() in (n or "").lower() for n in names)
    return any(t == kind and holds(s, source) and holds(g, target) for t, s, g in events)


POSITIVE = [
    # "by" hung on the verb the wrong is the object of
    ('"Taiwan faces constant coercion by Beijing," Taiwanese Foreign Minister Lin Chia-lung said.',
     "Lin Chia-lung", "China"),
    ('"Our people suffered repression by the police for years," Kenyan opposition leader Raila Odinga said.',
     "Raila Odinga", "police"),
    # "by" hung on the noun the wrong is the "of" object of
    ('Japanese Prime Minister Shigeru Ishiba said that "Japan will never yield in the face of coercion by China."',
     "Shigeru Ishiba", "China"),
    # the owner of a course of action of a wrong
    ('"Moscow\'s war of aggression must end," Polish Prime Minister Donald Tusk said.', "Donald Tusk", "Russia"),
]

NEGATIVE = [
    # no doer named
    ('"Taiwan faces constant coercion," Taiwanese Foreign Minister Lin Chia-lung said.', "Lin Chia-lung", "China"),
    # "by" with a gerund: how the speaker's side answered, no doer of the wrong
    ('"Ukraine answered the aggression by mobilizing its reserves," Ukrainian Defense Minister Rustem Umerov said.',
     "Rustem Umerov", "Ukraine"),
    # a noun of saying: its "by" names who accuses, and the speaker rejects the charge
    ('"Beijing\'s accusations of coercion by Taiwan are absurd," Chinese Foreign Ministry spokesperson Mao Ning said.',
     "Mao Ning", "Taiwan"),
]


@pytest.mark.parametrize("text,source,target", POSITIVE)
def test_doer_of_a_judged_wrong_in_a_quote(process, text, source, target):
    assert _has(coded(process, text), "ACCUSE", source, target)


@pytest.mark.parametrize("text,source,target", NEGATIVE)
def test_no_accusation_without_a_doer_of_the_wrong(process, text, source, target):
    assert not _has(coded(process, text), "ACCUSE", source, target)


def test_voiced_concern_is_the_speakers_words(process):
    """A "that" clause of a concern the speaker voices is what the speaker says (claims._voiced), so a wrong
    named with its owner there is the speaker's charge."""
    text = ('Former NATO chief Anders Fogh Rasmussen expressed concern that "foreign money has been used to serve '
            'China\'s campaign of economic coercion."')
    assert _has(coded(process, text), "ACCUSE", "Rasmussen", "China")


def test_rejected_claim_is_no_charge(process):
    """A claim the subject rejects is not its own words: no accusation of the claim's target."""
    text = "German Foreign Minister Annalena Baerbock rejected the claim that Ukraine's aggression started the war."
    assert not _has(coded(process, text), "ACCUSE", "Baerbock", "Ukraine")
