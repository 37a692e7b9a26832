"""The speech stage's entry point: the demands, threats, judgements and rebuttals (``readings``) in the content of
the quotes stage's attributions, coded as events of the speaker (``events``)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .... import settings
from ....document import Attribution, Document, sentence_of
from ....record import Event, Span, Trigger
from .. import judged_frames, reporting
from ..words import cues, word_class
from .common import spoken
from .side import _others
from .demands import _we_need, demand
from .judgements import judged, judgement, judgements
from .threats import threat
from .rebuttals import rebuttal, rebuttal_words

REQUEST_CAMEO, ACCUSE_CAMEO, REJECT_CAMEO, THREATEN_CAMEO = "100", "111", "120", "130"
_COMPLETED = frozenset({"ACCUSE", "REJECT", "REQUEST"})  # a verb's event of these types the speech may complete


def events(doc: Document, earlier: list[Event]) -> list[Event]:
    """The demands and judgements in what speakers say, as events numbered after ``earlier``."""
    if doc.nlp is None:
        return []
    # a verb's judgement or demand that names nobody ("'... the other side broke the deal,' he alleged")
    # leaves its sentence open: what the quote says of whom completes it rather than being coded again
    unnamed = {(s, e.sentence.start, e.type): e for e in earlier for s in e.source
               if not e.target and e.type in _COMPLETED}
    coded = {(s, e.sentence.start) for e in earlier for s in e.source if (s, e.sentence.start, e.type) not in unnamed}
    seen: set[tuple[str, str, int]] = set()
    told: dict[tuple[str, str], set[str]] = {}  # (speaker, type) -> targets coded so far ("": none named)
    for e in earlier:
        for s in e.source:
            told.setdefault((s, e.type), set()).add(e.target[0] if e.target else "")
    out: list[Event] = []
    sents = doc.sentences()
    for att in reporting.attributions(doc):
        if not spoken(att):
            continue
        speaker = att.speaker
        assert speaker is not None
        for sent in sents:
            if sent.end_char <= att.content_start:
                continue
            if sent.start_char >= att.content_end:
                break
            if (speaker, sent.start_char) in coded:
                continue  # the speaker's deed in this sentence is coded by its verb already
            # the Document's own Token objects (walking the Span makes a new one per word, for every
            # attribution that overlaps the sentence)
            toks = [t for t in doc.tokens()[sent.start:sent.end] if att.content_start <= t.idx < att.content_end]
            for kind, tok, targets in readings(doc, toks, speaker, earlier):
                targets = [t for t in targets if not _outlet_unnamed(doc, t, att)]
                if (speaker, kind, sent.start_char) in seen or not targets and not _may_stand_alone(kind, tok):
                    continue
                seen.add((speaker, kind, sent.start_char))
                verbal = unnamed.get((speaker, sent.start_char, kind))
                if verbal is not None:
                    if targets and not verbal.target:  # the verb's event takes the quote's party
                        verbal.target = targets[:1]
                        verbal.rule += "+speech"
                        told.setdefault((speaker, kind), set()).add(targets[0])
                    continue
                for target in targets or [""]:  # one event per party: "Get the cartels out of X and Y"
                    before = told.setdefault((speaker, kind), set())
                    if target in before or not target and before or kind == "REQUEST" and "" in before:
                        continue  # the same stance told again: to the same party, or a demand to one unnamed
                        # (a judgement's target, unlike a demand's, tells one complaint from another)
                    out.append(_event(kind, tok, speaker, target or None, len(earlier) + len(out) + 1))
                before.update(targets or [""])
    return out


def _outlet_unnamed(doc: Document, aid: str, att: Attribution) -> bool:
    """A news outlet the speaker's words do not name: the outlet that interviews or reports the speaker
    ("told Sky News", "VOA examined ...") is no party to what is said, though a pronoun of the quote ("it",
    "its") may be resolved to it; an outlet the speaker names ("VOA's reports are lies") can be."""
    party = doc.actor(aid)
    return party is not None and party.kind == "media" and not any(
        att.content_start <= m.start < att.content_end and m.text[:1].isupper() for m in party.mentions)


def _may_stand_alone(kind: str, tok: Token) -> bool:
    """Whether a demand or judgement naming no party is coded (settings.SPEECH_TARGETLESS_*): a demand the
    speaker's side makes of itself ("we need a surge in defence now") always is."""
    if kind == "ACCUSE":
        return settings.SPEECH_TARGETLESS_JUDGEMENTS
    if kind == "REJECT":
        return settings.SPEECH_TARGETLESS_REBUTTALS
    if kind == "THREATEN":
        return False  # a fate foretold of nobody named is no threat of anyone
    return settings.SPEECH_TARGETLESS_DEMANDS or _we_need(tok)


def readings(doc: Document, toks: list[Token], speaker: str,
             earlier: list[Event] | None = None) -> list[tuple[str, Token, list[str]]]:
    """(type, cue token, targets) for each demand or judgement among the tokens of one sentence's
    share of what the speaker says; ``earlier``: the events coded already (the doer of a deed judged)."""
    inside = {t.i for t in toks}
    out = []
    words = _cue_words()
    # the words' strings from the parse's arrays (Document.token_strings): reading a Token's strings costs
    # some ten times more, and most words of what is said fail the cheap test
    poses, lowers, lemmas = doc.token_strings("POS"), doc.token_strings("LOWER"), doc.token_strings("LEMMA", lower=True)
    for tok in toks:
        i = tok.i
        if not settings.SPEECH_CONTESTED_ACCOUNTS and poses[i] not in ("VERB", "AUX") and (
                poses[i] not in ("ADJ", "NOUN", "PRON") or lowers[i] not in words and lemmas[i] not in words):
            continue  # the cheap test first: a demand is a verb, a judgement or rebuttal a cue word
        asked = demand(doc, tok, speaker, inside)
        if asked is not None:
            out.append(("REQUEST", tok, asked))
            continue
        threatened = threat(doc, tok, speaker, inside)
        if threatened:
            out.append(("THREATEN", tok, threatened))
            continue
        judged = judgement(doc, tok, speaker, inside, earlier or [])
        if judged is None:  # "X appears more interested in A than in B" (judged_frames.priorities)
            ranked = judged_frames.priorities(doc, tok)
            judged = None if ranked is None else _others(doc, ranked, speaker)
        if judged is not None:
            out.append(("ACCUSE", tok, judged))
        rebutted = rebuttal(doc, tok, speaker, inside, earlier or [])
        if rebutted is not None:
            out.append(("REJECT", tok, rebutted))
    return out


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Every word a judgement or a rebuttal can turn on (an adjective, noun or pronoun that is none is skipped: the
    pronoun "nothing" of a disowning rebuttal since round 17)."""
    return frozenset(judgements()) | rebuttal_words("truth") | rebuttal_words("valid") | rebuttal_words("yield") \
        | rebuttal_words("disown") | cues("dismiss") | word_class("priority_adjectives")
_RULES = {"REQUEST": "demand", "ACCUSE": "judge", "REJECT": "rebut", "THREATEN": "threat"}
_CAMEOS = {"REQUEST": REQUEST_CAMEO, "ACCUSE": ACCUSE_CAMEO, "REJECT": REJECT_CAMEO, "THREATEN": THREATEN_CAMEO}


def _event(kind: str, tok: Token, speaker: str, target: str | None, number: int) -> Event:
    sent = sentence_of(tok)
    word = tok.lemma_.lower()
    return Event(
        id=f"e{number}", type=kind, source=[speaker], target=[target] if target else [],
        sentence=Span(sent.start_char, sent.end_char), trigger=Trigger(tok.text, tok.idx, tok.idx + len(tok)),
        rule=f"speech:{_RULES[kind]}/{word}",
        mode="disapprove" if kind == "ACCUSE" else None,
        cameo=_CAMEOS[kind],
        status="asserted", according_to=[], confidence=0.5,
    )
