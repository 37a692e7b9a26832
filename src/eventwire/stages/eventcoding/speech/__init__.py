"""Events told in speech: what a speaker does by speaking.

A careful coder records what someone does with words, not only the deeds the words report: a demand
("We need more troops now," she said; "the council should act") is a REQUEST by the speaker of whoever
is to act (the subject of the modal verb), and a negative judgement of someone's deed or conduct ("the
arrest was arbitrary", "a betrayal by the government", "the ruling has no basis in law") is an ACCUSE by the
speaker of whoever the thing judged belongs to; a fate foretold for a party by a state or an armed side
("the militia will be crushed", "they will pay a heavy price": speech_threats.tsv) is a THREATEN of that
party. All are read inside the content of the quotes stage's
attributions (``reporting.attributions``), so the source is always the one who says it; a sentence in
which a verb event already has the speaker as its source is not coded again (a verb's accusation, rejection
or demand naming nobody takes the party the quote names instead), and a quote holding neither
a demand nor a judgement is no event. The events are asserted (the saying is the deed) and name no
reporter: the speaker is the source.

Cue words: the modal frames of ``triggers.exhorted`` (must, should, need to, it is time to, imperatives),
judgement words in ``lexicons/speech_judgements.tsv`` and the evaluative words the event lexicons already
keep (event_status.tsv disparage).

A package since round 22 (speechpkg22; no code changed in the move), one module per concern, each importing at its
top only those listed before it: ``common`` (what the readers share: the speaker's own words, a condition, a
negation, a deed, the actor a word names), ``side`` (the speaker's own side), ``demands``, ``judgements``,
``threats``, ``rebuttals``, and ``readings`` (the entry point: ``events``). Other modules read this package as
``speech.X``: it re-exports what they read (``__all__``).
"""
from __future__ import annotations

from .common import CONDITIONS, spoken, under_condition
from .judgements import judged, judgement
from .readings import events, readings
from .side import owned_by_speaker

__all__ = ["CONDITIONS", "spoken", "under_condition", "judged", "judgement", "events", "readings", "owned_by_speaker"]
