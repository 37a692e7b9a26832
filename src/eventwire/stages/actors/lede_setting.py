"""The country a story's opening says it is set in, read from the text alone (no headline).

A news story says where it happens in its first sentences, and a reader finds it there by the role the
country plays, not by one fixed rule. Each country named (by name or demonym) in the opening sentences
scores by its role, weighted by how early its sentence comes (``settings.LEDE_SETTING_SENTENCE_WEIGHTS``:
as many sentences are read as it has weights):

- the subject of the sentence or of what is reported in it: the country itself ('Malawi has ...',
  'Kenya and Uganda are ...') or a possessive on the subject ("Peru's government declared ...", "Chile's
  economy grew ..."). A demonym or a name before the subject's noun counts as a mention only: it says whose
  the subject is, not where the story is ('A Danish charity warns that ...' about other states; 'The
  Israeli leader apologized to his Turkish peer'; 'an Iranian tanker sailed from China'; 'A Cyprus exit');
- a place where something is or happens: 'in Guinea', 'across Chile', "in Kenya's prisons";
- a possessive elsewhere, even on where one goes: "Chile's mines", "flew to Chile's capital";
- a place one goes to or comes from ('deported to China', 'imported from Chile'): where one is not;
- any other mention (a party, a thing's origin: 'a Brazilian freighter').

A country that is the only one the opening names, named at least twice, gains a bonus. The setting is the
best country when its score reaches ``LEDE_SETTING_MIN`` and at least ``LEDE_SETTING_MARGIN`` times the
next one's: an opening that names two states in like roles (a summit, a trade dispute) sets none. Words in
quotation marks do not count. ``setting.story_setting`` takes this reading only where the story's actors
and places also point to that country most.
"""
from __future__ import annotations

from spacy.tokens import Token

from ... import settings
from ...document import Document
from .places import goal_object, quoted_at, where_object
from .words import ActorWords

_SUBJECTS = ("nsubj", "nsubjpass")
_CLAUSES = ("ROOT", "ccomp")  # the sentence's own clause, or what its speaker reports ('Analysts say X has ...')
_MODIFIERS = ("amod", "compound", "poss", "nmod")  # a demonym, name or possessive on a noun ('Danish charity')


def lede_setting(doc: Document, w: ActorWords) -> str | None:
    """The setting the opening sentences give, or None (see the module's doc). Read once per document (it reads
    the text and its parse alone; the story's setting is asked for again by ``politics``)."""
    found = doc.cached("lede setting")
    if found is None:
        found = doc.cached("lede setting", leading(lede_scores(doc, w), settings.LEDE_SETTING_MARGIN,
                                                   settings.LEDE_SETTING_MIN) or "")
    return found or None


def leading(counts: dict[str, float], ratio: float, least: float) -> str | None:
    """The key that leads ``counts`` by a margin (the one reading of a leading state: the opening's setting,
    ``setting.story_setting``'s only state named as a place, ``national.lead_state``): its count is at least
    ``least`` and at least ``ratio`` times the next one's (0 with no other); else None. Two keys tied never
    lead (ratio >= 1, least > 0)."""
    if not counts:
        return None
    top = max(sorted(counts), key=lambda k: counts[k])
    second = max((n for k, n in counts.items() if k != top), default=0)
    return top if counts[top] >= least and counts[top] >= ratio * second else None


def lede_scores(doc: Document, w: ActorWords) -> dict[str, float]:
    """Each country the opening names, with its score by role and place (see the module's doc)."""
    assert doc.nlp is not None
    weights = settings.LEDE_SETTING_SENTENCE_WEIGHTS
    scores: dict[str, float] = {}
    named: dict[str, int] = {}
    for weight, sent in zip(weights, doc.sentences()):
        base = sent.start_char
        for m in w.country_re.finditer(doc.text_of(sent)):
            start, end = base + m.start(), base + m.end()
            if quoted_at(doc, start):
                continue
            code = w.country_of(m.group(0))  # (norm drops a leading 'the' and a final 's)
            span = doc.char_span(start, end)
            if not code or span is None or not len(span):
                continue
            named[code] = named.get(code, 0) + 1
            scores[code] = scores.get(code, 0.0) + weight * _role_weight(span.root)
    if len(named) == 1:
        (code, times), = named.items()
        if times >= 2:
            scores[code] += settings.LEDE_SETTING_WEIGHTS["alone"]
    return scores


def _role_weight(tok: Token) -> float:
    """The weight of a country's role in its sentence: subject, place, possessive, goal or a mention."""
    weights = settings.LEDE_SETTING_WEIGHTS
    noun, via = tok, None
    while noun.dep_ in _MODIFIERS + ("conj",) and noun.head is not noun:
        if noun.dep_ != "conj":  # ('Kenya and Uganda': each conjunct plays the role of the first)
            via = via or noun.dep_
        noun = noun.head
    if noun.dep_ in _SUBJECTS and noun.head.dep_ in _CLAUSES and via in (None, "poss"):
        return weights["subject"]  # 'Malawi has ...', "Peru's economy ..."
    if where_object(noun):
        return weights["place"]  # 'in Guinea', "in Chile's prisons", 'across Chile'
    if via == "poss":
        return weights["possessive"]  # "Chile's mines", "flew to Chile's capital": a place of the country's own
    if goal_object(noun):
        return weights["goal"]  # 'deported to China'
    return weights["mention"]
