"""The country a story is set in, for the actors a reader places by it.

``story_setting`` reads it once per story, before the sentence step fills countries: the opening
dateline's country (``dateline_country``), else the state the story's actors and well-known towns point to
most (``state_counts``, ``towns_countries``) when the headline names it alone (``_headline_country``), the
opening sets the story there (``lede_setting``) or it is named as where things happen
(``countries_as_places``), or, in a short story whose every actor and town points to one state, its
first sentence names a place of that state as where things happen (``opening_places``). ``one_state`` reads
a story of one state once the actors are placed.
``country.fill_countries`` and ``country.place_settled`` give it to the local
actors; ``national.lead_state`` and ``name_language`` read the same counts.
"""
from __future__ import annotations

import re

from ... import datelines, gazetteer, settings
from ...document import Document
from ...lexicon import words
from .lede_setting import leading, lede_setting
from .entity_table import GPE, GPE_LOC, entity_text, labelled_entities
from .places import _MOTION, _REGION_WORD, _alpha3, goal_object, hosted_place, named_place_code, named_where, quoted_at, \
    region_country, where_object
from .sector import STATE_SECTORS
from .words import ActorWords, norm


def dateline_country(doc: Document, w: ActorWords) -> str | None:
    """The country of an opening dateline: 'BLANTYRE —', 'LILONGWE, Malawi —', 'ISLAMABAD/PENTAGON —',
    'KABUL, Afghanistan (AP) —' (its credit is the outlet's, not a place)."""
    line = datelines.opening(doc.text)
    if line is None:
        return None
    where = line.region_name(doc.text)
    places = line.town_names(doc.text)
    if len(places) > 1:  # 'ISLAMABAD/PENTAGON —': bureaus the report comes from, one country only if all agree
        codes = {_alpha3(w, p.strip().title()) for p in places}
        return codes.pop() if len(codes) == 1 and None not in codes else None
    return (_alpha3(w, where) if where else None) or _alpha3(w, places[0].strip().title())


def story_setting(doc: Document, w: ActorWords) -> str | None:
    """The country a story is set in: its dateline's; else the one its places and actors point to most
    (each mention of an actor with a country, each well-known town), with at least three such mentions, when
    the headline names it alone or the opening sentences set the story there as a reader finds it from the
    text alone (``lede_setting``: the country as the lede's subject, "in Chile's prisons", "Peru's
    mines"); else when one of its towns is named or it is named as a place ('in Somalia') and it has half
    of the mentions and no other state as many, or it is the only state so named and has twice the mentions
    of any other (a survey in one state, with a foreign scientist and two neighbours each named once); else,
    with fewer mentions, when every one of them points to that state and the first sentence names a place
    of it as where things happen ('Police in Mombasa arrested ...', 'a village in Zamfara State'); else
    the state the lede names a place of, read past a headline and a date line, when the mentions with that
    place counted twice lead with it (``_lede_home``: 'in Nangarhar province', 'the town of X', 'Residents
    of X say', 'Kenyan police said ...'). Media
    do not count (an outlet's country is where it publishes, not where the story is), nor do the publisher,
    the outlet or the URL. Read before the sentence step fills countries,
    so that the actors placed by one town do not vote for it again."""
    day_country = dateline_country(doc, w)
    if day_country:
        return day_country
    towns = towns_countries(doc, w)
    counts = state_counts(doc, towns)
    if not counts:
        return _lede_home(doc, w, towns)  # 'in the village of X', a town too small to count
    top = max(sorted(counts), key=lambda k: counts[k])
    # (the opening read only when the headline does not name the state: ``lede_setting`` walks the lede's parse)
    if counts[top] >= 3 and (top == _headline_country(doc, w) or top == lede_setting(doc, w)):
        return top  # 'Twelve Rohingya stranded in Malaysia ...': the headline (or the opening) names the setting
    if len(counts) == 1 and top in opening_places(doc, w):
        return top  # a short story: its opening says where it happens, and nothing in it points elsewhere
    places = countries_as_places(doc, w)
    if top not in towns and top not in places:  # a story is set where its places are, not where those who
        return _lede_home(doc, w, towns)  # comment on it sit: unless its lede says where it is
    if set(towns) | places == {top} and leading(counts, 2, 3) == top:
        return top  # the one state named as where things happen, and pointed to twice as often as any other
    tied = any(n == counts[top] for k, n in counts.items() if k != top)  # two states alike: a story of both
    if counts[top] >= 3 and counts[top] * 2 >= sum(counts.values()) and not tied:
        return top
    return _lede_home(doc, w, towns)


def _lede_home(doc: Document, w: ActorWords, towns: list[str]) -> str | None:
    """The setting of a story the other readings leave without one, from its lede, read past a headline and a
    date line (text-only input of a story whose first lines are its headline and day): the one state the lede
    names a place of (``lede_places``: where things happen, where its subject's people come from or live,
    'X and his wife, from Perth, Australia, are on trial', 'Residents of X say', a small town named with
    its kind, 'in the village of X'), when the story's mentions, the lede's place counted as
    ``settings.LEDE_PLACE_WEIGHT`` of them, lead with it by ``LEDE_SETTING_MARGIN`` (an embassy of another
    state condemning the attack is a mention, not a second setting); or a story whose every mention points
    to one state and whose lede's subject is that state's police or army named by adjective
    (``_state_body_leads``). Mentions of places one goes to or came from do not count ('a trip to India',
    'the parents came from India'; 'officials from Uganda' do)."""
    counts = state_counts(doc, towns, skip=lambda a, m: a.kind == "country" and moved_mention(doc, m.start, m.end)
                          and not _noun_origin(doc, m.start, m.end))  # ('officials from Uganda' count)
    places = lede_places(doc, w)
    if len(places) == 1:
        place = next(iter(places))
        counts[place] = counts.get(place, 0) + settings.LEDE_PLACE_WEIGHT
        return leading(counts, settings.LEDE_SETTING_MARGIN, settings.LEDE_PLACE_WEIGHT)
    if len(counts) != 1 or places:
        return None
    (top, _), = counts.items()
    return top if _state_body_leads(doc, w, top) else None


def _state_body_leads(doc: Document, w: ActorWords, state: str) -> bool:
    """Whether the subject of the lede's own clause is a body or an office of the state (a police force, an army,
    a ministry: ``sector.STATE_SECTORS``), placed by its adjective ('Kenyan police said they had arrested ...'):
    with no other state in the story, the story is set where that state's police work. Not a charity, a firm,
    a people ('A Danish charity warns ...', 'Nigerian doctors in Britain ...'); not a body named by its own
    name ('The State Department and the Pentagon said ...': a capital's bodies speak of anywhere)."""
    lede = _lede(doc)
    if lede is None:
        return False
    subjects = {t.idx for t in lede if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and any(
        c.dep_ in ("amod", "compound") and w.demonym_of.get(norm(c.text)) == state for c in t.lefts)}
    for actor in doc.actors:
        if actor.country == state and actor.sector in STATE_SECTORS and actor.kind in ("organization", "group"):
            for m in actor.mentions:
                span = doc.char_span(m.start, m.end)
                if span is not None and len(span) and span.root.idx in subjects:
                    return True
    return False


def _lede(doc: Document):
    """A story's lede: its first sentence that ends as a sentence does (a headline and a date line before it
    are passed over); None when there is none or it is the story's last (a lone sentence is no story)."""
    sents = doc.sentences()
    lede = next((s for s in sents if _SENTENCE_END.search(s.text)), None)
    return None if lede is None or lede is sents[-1] else lede


def moved_mention(doc: Document, start: int, end: int) -> bool:
    """Whether a mention is where someone or something goes to or comes from ('deported to China',
    'returned from Iran'): the object of a motion preposition (``places.goal_object``). Read only where such a
    preposition stands in the words before it (a preposition's object follows it, close by)."""
    assert doc.nlp is not None
    if not _MOTION_WORD.search(doc.text, max(0, start - 80), start):
        return False
    span = doc.char_span(start, end)
    if span is None or not len(span):
        return False
    return goal_object(span.root)


def _noun_origin(doc: Document, start: int, end: int) -> bool:
    """Whether a mention is where the people a noun names come from ('officials from Uganda and Kenya': a
    'from' phrase on a noun), not where one goes or came from ('a trip to India', 'came from India').
    """
    span = doc.char_span(start, end)
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # 'from Uganda and Kenya'
    prep = root.head
    return prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN", "PRON")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_MOTION_WORD = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(sorted(_MOTION)), re.IGNORECASE)


def lede_places(doc: Document, w: ActorWords) -> set[str]:
    """The countries of the places a story's lede names: its first sentence that ends as a sentence does (a
    headline and a date line before it are passed over), the places it names as where things are or happen
    (``opening_places``' reading), the place its subject's people come from (a 'from' phrase on the
    subject: 'two brothers from Gulu were charged'), and a place named with its kind ('the town of X',
    ``settlement_kind_nouns.txt``) that the gazetteer knows as a town or subdivision of one country only.
    Words in quotation marks place nothing; nor does the host of a gathering."""
    kept = doc.cached("setting: lede places")
    if kept is None:
        kept = doc.cached("setting: lede places", (_lede_places(doc, w),))  # (read from the parse alone: once)
    return kept[0]


def _lede_places(doc: Document, w: ActorWords) -> set[str]:
    lede = _lede(doc)
    if lede is None:
        return set()
    tokens = doc.tokens()
    found = set()
    for start, end, how, root in named_where(doc, w, quoted=False):
        if lede.start_char <= start < lede.end_char and how != "name" and not hosted_place(tokens[root]):
            code = named_place_code(w, doc.text[start:end])
            if code:
                found.add(code)
    kinds = words("settlement_kind_nouns.txt")
    features = words("place_feature_words.txt")
    for tok in lede:
        if tok.pos_ != "PROPN" or quoted_at(doc, tok.idx):
            continue
        head = tok.head
        if tok.dep_ == "compound" and head.lower_ in kinds and where_object(head):
            code = _small_place(w, _proper_run(tok))  # 'in Nangarhar province', 'in Kasese district'
        elif tok.dep_ != "pobj":
            continue
        elif head.lower_ in ("from", "of") and _on_subject(head):
            code = named_place_code(w, _proper_run(tok))  # 'X and his wife, from Perth, are on trial', 'Residents
            # of X say'
        elif head.lower_ == "of" and head.head.lower_ in kinds and head.head.dep_ == "pobj":
            code = _small_place(w, _proper_run(tok))  # 'in the village of X'
        elif head.lower_ == "of" and head.head.lower_ in features and head.head.dep_ == "pobj":
            code = named_place_code(w, _proper_run(tok))  # 'through the streets of X'
        else:
            continue
        if code:
            found.add(code)
    return found


def _on_subject(prep) -> bool:
    """Whether a preposition hangs on the subject of its clause, or a word joined to it ('X and his wife,
    from Y, are ...': the phrase on 'wife', joined to the subject 'X')."""
    noun = prep.head
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        noun = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.pos_ in ("NOUN", "PROPN")


def _proper_run(tok) -> str:
    """The proper name a word heads: its compounds before it and itself ('New Delhi', 'Wagga Wagga')."""
    left = tok
    while left.i > 0 and left.doc[left.i - 1].dep_ == "compound" and left.doc[left.i - 1].head is tok:
        left = left.doc[left.i - 1]
    return left.doc[left.i:tok.i + 1].text


def _small_place(w: ActorWords, name: str) -> str | None:
    """The country of a place named with its kind ('the town of X'): a well-known place (``named_place_code``),
    else a town or subdivision of any size the gazetteer knows by its own name in one country only."""
    code = named_place_code(w, name)
    if code:
        return code
    countries = {e.country for e in gazetteer.load().lookup(name) if e.primary and e.feature in ("city", "admin")}
    return w.alpha3_of.get(countries.pop()) if len(countries) == 1 and None not in countries else None


def _places_only_of(doc: Document, w: ActorWords, state: str) -> bool:
    """Whether every place the parser tags in the text (GPE, LOC) is of one state: its name, a region or town
    of it. A continent, a sea or a region of no one state ('Africa', 'the Middle East') says the story reaches
    past the state its actors are of (American researchers on a disease across Africa)."""
    for ent in labelled_entities(doc, GPE_LOC):
        if _alpha3(w, re.sub(r"^[Tt]he\s+", "", ent.text)) != state:
            return False
    return True


def one_state(doc: Document, w: ActorWords) -> str | None:
    """The one state of a story without a setting whose actors point to it at least three times and to no
    other, whose every place the parser tags is that state's (``_places_only_of``) and whose every person
    named by name is of it (``_people_only_of``): a former president, his lawyer, an heiress and a judge.
    Read once the readers have placed the actors (``country.setting_steps.place_settled``), since the people
    a description places ('his lawyer') count."""
    counts = state_counts(doc, towns_countries(doc, w))
    if len(counts) != 1:
        return None
    (top, n), = counts.items()
    return top if n >= 3 and _places_only_of(doc, w, top) and _people_only_of(doc, top) else None


def _people_only_of(doc: Document, state: str) -> bool:
    """Whether the story names people by their names and every one of them is known to be of one state: a
    named person whose home nothing tells yet (an election's spokesman, with an American diplomat watching)
    leaves the story's place open; a story of bodies alone (the State Department and the Pentagon said ...)
    sets nothing by this reading."""
    named = [a for a in doc.actors if a.kind == "person" and a.name[:1].isupper()
             and a.name.split()[0].lower() not in ("the", "a", "an")]
    return bool(named) and all(a.country == state for a in named)


def opening_places(doc: Document, w: ActorWords) -> set[str]:
    """The countries of the places a story's first sentence names as where something is or happens: a country,
    a province or region one country holds, a town of note, after 'in', 'across', 'at' ('Police in
    Mombasa ...', 'a village in Zamfara State', 'across Chile'; ``places.named_where``, the places the parser
    tags); not the host of a gathering ('a summit in Nairobi': ``hosted_place``); words in quotation marks
    place nothing."""
    sents = doc.sentences()
    if len(sents) < 2:
        return set()  # a lone sentence is no story: its places are its own actors' (the sentence step reads them)
    first = sents[0]
    tokens = doc.tokens()
    found = set()
    for start, end, how, root in named_where(doc, w, quoted=False):
        if start >= first.end_char or how == "name" or hosted_place(tokens[root]):
            continue
        code = named_place_code(w, doc.text[start:end])
        if code:
            found.add(code)
    return found


_HEADLINE_ASIDE = re.compile(r"\b(?:to|from|for|against|on|with|toward|towards|over|than|and|amid|despite)\s+(?:the\s+)?$",
                             re.I)


def state_counts(doc: Document, towns: list[str], skip=None) -> dict[str, int]:
    """How often the story points to each state: each mention of an actor with a country (media left out:
    an outlet's country is where it publishes) and each well-known town (``towns``); ``skip(actor,
    mention)`` leaves mentions out (the leading state's reading leaves out states one goes to or from)."""
    counts: dict[str, int] = {}
    for actor in doc.actors:
        if actor.kind == "media" or not actor.country:
            continue
        for m in actor.mentions:
            if skip is None or not skip(actor, m):
                counts[actor.country] = counts.get(actor.country, 0) + 1
    for code in towns:
        if code:
            counts[code] = counts.get(code, 0) + 1
    return counts


def _headline_country(doc: Document, w: ActorWords) -> str | None:
    """The one country a story's headline names ('Botswana hunting revenues almost double ...',
    "Kenya's plan to close two camps"), leaving out those it names after 'to', 'from', 'for', 'against'
    ('... after 40 deported to China'); None when it names none or several ('Malawi, Mozambique')."""
    return _one_country_named(w, doc.article.title or "")


def _one_country_named(w: ActorWords, title: str) -> str | None:
    found = set()
    for m in w.country_re.finditer(title):
        code = w.country_of(re.sub(r"['’]s$", "", m.group(0)))
        if code and not _HEADLINE_ASIDE.search(title[:m.start()]):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def towns_countries(doc: Document, w: ActorWords) -> list[str]:
    """The countries of the towns named in the text, where the name is a well-known town's own name, or,
    when no town of 50,000 bears it, another spelling of one city of a million ('Mecca'). Read once per
    article (the story's home country and its setting both count them)."""
    assert doc.nlp is not None
    kept = doc.cached("towns' countries")
    if kept is not None:
        return list(kept)
    found = []
    for ent in labelled_entities(doc, GPE):
        text = entity_text(ent)  # (read once, cut from the article: ``Span.text`` makes a Token per word)
        if w.country_of(text):
            continue
        entries = gazetteer.load().lookup(text)
        towns = [e for e in entries if e.primary and e.population >= 50_000]
        if not towns:  # a city of millions known by another spelling ('Mecca' for Makkah) beats a small namesake
            cities = [e for e in entries if not e.primary and e.population >= 1_000_000
                      and e.feature not in ("admin", "region", "country")]
            towns = cities[:1] if len({e.country for e in cities}) == 1 else []
        if towns and towns[0].country in w.alpha3_of:
            found.append(w.alpha3_of[towns[0].country])
            continue
        region = _REGION_WORD.sub("", text)  # 'Zamfara State', 'Balochistan province'
        if region != text:
            code = region_country(w, region)
            if code:
                found.append(code)
    doc.cached("towns' countries", tuple(found))
    return found


def countries_as_places(doc: Document, w: ActorWords) -> set[str]:
    """The countries named as where something is or happens ('in Somalia', 'across Thailand';
    ``places.named_where``, quoted words too): a country the parser tags as a place, and a country's name it
    misses or mislabels ('in Guinea-Bissau', tagged 'Guinea' alone or an organisation). Read once per document
    (``story_setting`` and ``national.lead_state`` both ask)."""
    kept = doc.cached("countries as places")
    if kept is None:
        codes = (w.country_of(doc.text[start:end]) for start, end, how, _ in named_where(doc, w) if how != "LOC")
        kept = doc.cached("countries as places", frozenset(c for c in codes if c))  # (norm drops a leading 'the')
    return set(kept)
