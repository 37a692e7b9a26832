"""Bodies of a state: named bodies and 'Qatar's foreign ministry', 'the Sudanese army'."""
from __future__ import annotations

import re
from functools import lru_cache

from ....document import Document
from ....lexicon import table, words as word_list
from ....lookahead import led
from ..groups import acts, describes
from ..words import ActorWords, near, norm
from .candidates import Candidate, _code


def named_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """Outlets, unions, rebel groups and parties the lexicon does not know, named beside a noun that says
    what they are: 'the Dutch broadcaster NOS', 'the union FNV Havens', 'the Nation newspaper'."""
    found = []
    nouns = w.body_noun_anchor.spans(doc.text)
    matches = near(w.named_body_re, nouns, doc.text) + near(w.named_body_before_re, nouns, doc.text)
    for m in matches:
        name = re.sub(r"\s+(?:of|de|al)$", "", m.group("name"))
        if m.re is w.named_body_before_re and m.group("noun")[:1].isupper():
            name = f"{name} {m.group('noun')}"  # 'the Labour Party': the noun is part of the name
        if not name[:1].isupper() or w.known.get(norm(name)) or w.country_of(name) or _day_or_month(name) \
                or name.split()[0].lower().rstrip(".") in w.roles:
            continue  # ('the NGO Tuesday said', 'the NGO Director Ana Silva': a time, a title and its holder)
        kind, sector = w.body_nouns[m.group("noun").lower()]
        who = m.groupdict().get("who") or _who_before_trade(doc, w, m.start("noun"))
        country = w.country_of(re.sub(r"['’]s$", "", who)) if who else None
        start = m.start("name")
        found.append(Candidate(start, start + len(name), kind, f"{kind}:" + norm(name), name, country, sector,
                               _code(country, sector)))
    return found


def _who_before_trade(doc: Document, w: ActorWords, at: int) -> str | None:
    """The demonym or country's possessive set before the body noun at ``at`` across one or two describing words
    of its trade: 'Kenyan telecom firm X', 'the Danish security firm X', "Chile's state copper company X" (the
    words between, nouns or adjectives that modify the noun, by the parse; not 'the Kenyan said the firm X')."""
    before = _WHO_TRADE.search(doc.text, max(0, at - 60), at)
    if before is None or not re.fullmatch(w.who, before.group("who")):
        return None
    assert doc.nlp is not None
    span = doc.nlp.char_span(before.end("who"), at, alignment_mode="expand")
    noun = doc.nlp.char_span(at, at + 1, alignment_mode="expand")
    if span is None or noun is None or not len(noun):
        return None
    head = noun[0]
    if all(t.pos_ in ("NOUN", "ADJ", "PROPN") and t.dep_ in ("compound", "amod") and t.head.i <= head.i
           and not t.ent_type_ for t in span if not t.is_space):
        return before.group("who")
    return None


# a capitalised word and one or two lower-case words right before the body noun ('Kenyan telecom ', 'Danish
# security ', "Chile's state copper "); ``_who_before_trade`` checks the capitalised word is a demonym or a
# country's possessive, and the words between describe the noun
_WHO_TRADE = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:[a-z][\w-]*\s+){1,2}$")


def _day_or_month(name: str) -> bool:
    """A name that opens with a weekday's or a month's name ('Tuesday', 'March'): a time, not a body."""
    from ...timex.words import months, weekdays

    first = name.split()[0].lower().rstrip(".,")
    return first in weekdays() or first in months()


def state_body_matches(doc: Document, w: ActorWords) -> list[re.Match[str]]:
    """The matches of ``state_body_re`` in the article ("Qatar's foreign ministry", 'the Sudanese army'),
    found once per article: ``state_bodies`` and ``single_state_bodies`` both read them."""
    kept = doc.cached("mentions.state_body_matches")
    if kept is None:
        kept = doc.cached("mentions.state_body_matches", near(w.state_body_re, w.state_body_anchor, doc.text))
    return kept


def state_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """'Qatar's foreign ministry', 'the Sudanese army': an organisation of that country; with a capital
    between, where the body sits ("Peru's Washington embassy")."""
    from ..bodies import _also_a_big_province  # (bodies reads this module)

    found = []
    for m in state_body_matches(doc, w):
        country = w.country_of(re.sub(r"['’]s$", "", m.group("who")))
        if not country or m.group("seat") and norm(m.group("seat")) not in w.capital_of:
            continue  # ("Kenya's Foreign Ministry" is read whole, its 'Foreign' no seat)
        body = m.group("body").lower()
        sector = w.state_bodies[body]
        if sector == "JUD" and not m.group("who").endswith(("'s", "’s")) and _also_a_big_province(m.group("who"), w):
            continue  # 'a Georgia court' may be the US state's (bodies.country_bodies reads it the same way)
        found.append(Candidate(m.start(), m.end(), "organization", f"body:{country}:{body}", m.group(0), country,
                               sector, _code(country, sector)))
    return found


_OWN_STATE_NOUNS = ("country", "nation")  # "the country's parliament": the story's state's


def single_state_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """A body a state has one of, named by its common noun alone: 'the electoral commission', 'Parliament',
    'the central bank', 'the national assembly' (state_bodies.tsv rows marked 'one'). A reader takes it for
    the body of the state the story is about, as it takes 'the police': an organisation of the body's sector,
    of the country a possessive said before it in the story ("Kenya's electoral commission ... the electoral
    commission": one body) or an 'of' phrase after it names ('the national assembly of Chad'), else of none
    here (``country.fill_countries`` gives it the story's setting, as to other state bodies).
    Only where it takes part: the subject of a verb, a verb's object, the agent of a passive, the object of an
    acting preposition (``groups.acts``); not 'a court in Lagos' (a place), 'parliamentary elections', 'members
    of parliament', nor a body brought in with 'a' ('a commission of experts'). Named after a place or a country
    ('the Tigray electoral commission', 'the Kenyan army') it is ``state_bodies``' or ``bodies``'. Every mention
    of one body is one actor (the key is the body's)."""
    assert doc.nlp is not None
    owned: dict[str, set[str]] = {}  # a body -> the countries a possessive gives it in the story
    for m in state_body_matches(doc, w):
        country = w.country_of(re.sub(r"['’]s$", "", m.group("who")))
        if country:
            owned.setdefault(m.group("body").lower(), set()).add(country)
    found = []
    text = doc.text
    for m_start, m_end in w.single_state_body_anchor.spans(text):  # (single_state_body_re's matches, in order)
        body = text[m_start:m_end].lower()
        span = doc.nlp.char_span(m_start, m_end)
        if span is None:
            continue
        head = span[0] if " of " in body else span[-1]  # 'ministry of defense': the ministry
        if head.idx < m_start or head.tag_ not in ("NN", "NNP") or head.ent_type_ in ("GPE", "PERSON", "NORP"):
            continue  # ('parliamentary', 'courts': another word; 'Parliament Street' is no body)
        inside = [t for t in span if t.i != head.i]
        if any(t.head.i not in {x.i for x in span} for t in inside if t.dep_ not in ("prep", "pobj")):
            continue  # 'the electoral commission chief': the noun names what the chief heads
        if not acts(head) or _a_destination(head):
            continue
        mods = [t for t in head.lefts if t.i < span.start]
        if not all(t.dep_ == "det" and t.lower_ == "the" or t.dep_ == "poss" and t.lower_ in _OWN_STATE_NOUNS
                   or t.dep_ in ("amod", "compound") and t.is_lower and t.is_alpha for t in mods):
            continue  # 'a commission', 'its parliament', "Kenya's electoral commission" (``state_bodies``),
            # 'the Tigray electoral commission' (``bodies.regional_bodies``); "the country's parliament" is read
        words = [t for t in mods if t.dep_ in ("amod", "compound") and not describes(t, w)]
        start = words[0].idx if words else m_start  # 'the national electoral commission'; 'the new parliament'
        name = doc.text[start:m_end]
        of_country = _of_country(doc, head, w)
        if of_country == "":
            continue
        countries = {of_country} if of_country else owned.get(body, set())
        country = next(iter(countries)) if len(countries) == 1 else None
        sector = w.single_state_bodies[body]
        key = f"body:{country}:{body}" if country else f"body:?:{norm(body)}"
        found.append(Candidate(start, m_end, "organization", key, name, country, sector, _code(country, sector)))
    return found


def portfolio_bodies(doc: Document, w: ActorWords) -> list[Candidate]:
    """A state's body named in lower case by its portfolio and head noun, with no country before it: 'the
    tourism ministry said', 'the disaster management department reported', 'led by the penitentiary
    administration' (portfolio_body_heads.tsv, state_portfolio_words.txt). A GOV organisation of no country
    here (``country.fill_countries`` gives it the story's setting, as to ``single_state_bodies``' bodies).
    Only where it takes part (``groups.acts``), brought in with 'the' and lower-case words only; not 'the
    sales department' (no portfolio word before a 'department'), 'the new administration' (no portfolio),
    'Kenya's health ministry' or 'the Health Ministry' (``state_bodies`` and the tagger read those), 'the
    health department spokesman' (the noun names what the spokesman is of), 'a ministry of tourism'."""
    assert doc.nlp is not None
    heads, heads_re = _portfolio_heads()
    fields = word_list("state_portfolio_words.txt")
    found = []
    for m in heads_re.finditer(doc.text):  # (the head words first: a scan of the text, not of every token)
        span = doc.nlp.char_span(m.start(), m.end())
        if span is None:
            continue
        head = span[0]
        fit = heads[head.lower_]
        if head.tag_ not in ("NN", "NNP") or head.dep_ == "compound":
            continue  # ('ministry' the tagger may call a proper noun; 'Ministry' is a name's, not matched)
        phrase = doc.nlp[head.left_edge.i:head.i]  # 'the disaster management': its words hang on each other
        words = list(phrase)[1:]
        if len(phrase) < 2 or phrase[0].lower_ != "the" or phrase[0].dep_ != "det" or not all(
                t.is_lower and t.is_alpha and t.dep_ in ("amod", "compound") for t in words):
            continue  # (the words right before the head, all lower case: no name, no number, no possessive)
        if fit == "listed" and not any(t.lower_ in fields for t in words):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            continue  # 'the tourism ministry of Kenya' is ``state_bodies``' shape
        if not acts(head) or _a_destination(head):
            continue
        start, end = words[0].idx, head.idx + len(head.text)
        name = doc.text[start:end]
        if _named_before(doc, start, name):
            continue  # "Malawi's Department of Disaster Management ... the disaster management department": the
            # named body's repeat, which the readers of repeats and definite references join to it
        found.append(Candidate(start, end, "organization", f"body:?:{norm(name)}", name, None, "GOV",
                               _code(None, "GOV")))
    return found


@lru_cache(maxsize=1)
def _portfolio_heads() -> tuple[dict[str, str], re.Pattern[str]]:
    """portfolio_body_heads.tsv's heads -> 'any' or 'listed', and a pattern of the heads in lower case."""
    heads = {r["head"]: r["fields"] for r in table("portfolio_body_heads.tsv")}
    return heads, led(r"\b(?:" + "|".join(sorted(heads)) + r")\b")  # (behind a look-ahead for the heads' first letters)


def _named_before(doc: Document, start: int, name: str) -> bool:
    """Whether a capitalised name before ``start`` holds every word of ``name`` ('the Ministry of Health and
    Sanitation' before 'the health ministry')."""
    wanted = set(name.lower().split())
    return any(wanted <= set(re.findall(r"[a-z]+", m.group(0).lower()))
               for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\w'’-]*)+", doc.text[:start]))


def _of_country(doc: Document, head, w: ActorWords) -> str | None:
    """The country an 'of' phrase after a body names: 'the national assembly of Chad' -> TCD; '' when the
    phrase names something else ('the national assembly of Republika Srpska' is that entity's, a body named
    after a place); None when there is no 'of' phrase."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "PROPN":  # (not 'accused the commission of fraud')
                phrase = re.sub(r"^[Tt]he\s+", "", doc.text[obj.left_edge.idx:obj.idx + len(obj.text)])
                return w.country_of(phrase) if w.country_re.fullmatch(phrase) else ""
    return None


def _a_destination(head) -> bool:
    """Whether a body stands as where people go, gather or speak ('marched to parliament', 'rallied at the
    supreme court', 'spoke at parliament'), a building rather than a party: the object of 'to' after a verb of
    movement (place_to_verbs.txt, place_motion_verbs.txt: the places stage's), or of 'at' after any verb but
    one with a particle ('lashed out at the commission' is aimed at it)."""
    prep = head.head
    if head.dep_ != "pobj" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    if prep.lower_ == "at":
        return not any(c.dep_ == "prt" for c in prep.head.children)
    lemma = prep.head.lemma_.lower()
    return prep.lower_ in ("to", "toward", "towards") and (
        lemma in word_list("place_to_verbs.txt") or lemma in word_list("place_motion_verbs.txt"))
