"""Groups ('Syrian rebels', 'critics of the new law') and collectives ('the government')."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ....document import Document, sentence_of, span_text
from ....ingest.dates import published_day
from ....lexicon import table
from ....lexicon import words as word_list
from ..groups import (acts, describer_sectors, describes, field_words_before, heritage_before, joined_modifier,
                      kept_describers_start,
                      name_sector,
                      name_start, names, generic_subject, officials_sector, takes_part)
from ..knowledge import recent
from ..sector import group_sector
from ..words import PERSON_PRONOUNS, ActorWords, Known, near, norm, title_kind
from .candidates import Candidate, _code, _known_candidate, tokens_with_lemma
from .nationals import _people_of_a_country, opening_plurals


def collectives(doc: Document, w: ActorWords, persons: dict[str, str]) -> list[Candidate]:
    """'the Russian side', 'North Korea's government', 'the Kim regime', 'the Nairobi government' (a capital
    for its state, as ``seats`` reads a capital that acts) -> the country actor."""
    found = []
    for m in near(w.collective_re, w.collective_anchor, doc.text):
        who = re.sub(r"['’]s$", "", m.group("who"))
        code = w.country_of(who) or persons.get(norm(who))
        capital = w.capital_of.get(norm(who)) if code is None and who == m.group("who") else None
        if capital in w.countries:  # 'the Kabul administration': a capital's government is its state's
            found.append(Candidate(m.start(), m.end(), "country", "country:" + capital, w.countries[capital].name,
                                   capital, None, capital))
        elif code and not w.country_of(who) and who == m.group("who") and m.group("noun") == "administration":
            name = f"{who} administration"  # 'the Trump administration': a government named after its head
            found.append(Candidate(m.start("who"), m.end(), "organization", "org:" + norm(name), name, code, "GOV",
                                   _code(code, "GOV")))
        elif code and code in w.countries:
            found.append(Candidate(m.start(), m.end(), "country", "country:" + code, w.countries[code].name, code,
                                   None, code))
    return found


_GROUP_ROLES = ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "conj", "appos", "agent")


def groups(doc: Document, w: ActorWords,
           nouns: list[Token] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """'Syrian rebels', 'police', 'protesters' as actors: a group noun standing as subject or object.
    Two lists from one reading of the nouns: the groups named after an institution ('United Nations
    experts'), which the stage claims early, and the others, claimed later.
    ``nouns``: ``tokens_with_lemma(doc, w.group_nouns)``, when the caller has it already."""
    assert doc.nlp is not None
    of_institutions: list[Candidate] = []
    others: list[Candidate] = []
    owners: dict[str, set[str]] = {}  # a group noun -> the last words of the names owning it ("Ortega's team")
    by_pronoun: list[tuple[Candidate, str]] = []
    nouns = tokens_with_lemma(doc, w.group_nouns) if nouns is None else nouns
    opening = opening_plurals(doc, w)  # 'Rebels in X said ...' tagged as a proper noun
    if opening:
        nouns = sorted([t for t in nouns if t.i not in opening] + [doc.nlp[i] for i in opening], key=lambda t: t.i)
    # (each noun's lemma and the relation and tag that rule most of them out read off the parse's arrays)
    lemmas, deps, tags = doc.token_strings("LEMMA", True), doc.token_strings("DEP"), doc.token_strings("POS")
    for tok in nouns:
        i = tok.i
        lemma = opening.get(i, lemmas[i])
        sector = w.group_nouns[lemma]
        if deps[i] not in _GROUP_ROLES and not (deps[i] == "poss" and _named_possessor_group(tok, w)) \
                or tags[i] != "NOUN" and i not in opening or tok.ent_type_:
            continue
        if _owns_next(tok, w):
            continue  # "victims' families": the families are the group, named with whose they are
        owner = _name_owner(tok, w) if lemma in w.owned_only_groups or lemma in relational_group_nouns(
            "named with whom") else None  # "Ortega's legal team", "Ruiz's relatives": the name's, not the name
        pronoun = owned_by_pronoun(tok) if owner is None and lemma in w.owned_only_groups else None
        one_owned = (owner is not None or pronoun) and lemma in w.owned_only_groups  # a team, owned, is a group
        # in the singular
        if tok.tag_ != "NNS" and (tok.lower_ not in w.group_modifiers or lemma in w.party_only_groups) \
                and tok.i not in opening and not one_owned and (lemma not in w.collective_groups or tok.tag_ != "NN") or (
                lemma in w.subject_only_groups and tok.dep_ not in ("nsubj", "nsubjpass")):
            continue  # 'a local resident' is one person; 'Russia's opposition to' is no group
        if lemma in w.acting_only_groups and not acts(tok):
            continue  # 'jurors were told', 'curbs against women'; not 'the rights of women', 'a city of tourists'
        of_country = _people_of_a_country(tok, w) if lemma in w.party_only_groups else None
        if of_country is not None:  # 'the people of Malawi will decide': that country's people, as a group
            if acts(tok) and not any(c.dep_ == "nummod" or c.like_num for c in tok.lefts):
                name = doc.text[tok.idx:of_country[0]]
                for found in (of_institutions, others):  # (offered to both claims: one candidate each)
                    found.append(Candidate(tok.idx, of_country[0], "group", f"group:{norm(name)}", name,
                                           of_country[1], "CVL", _code(of_country[1], "CVL")))
            continue
        if lemma in w.party_only_groups and not (takes_part(tok) and _unnamed_party(tok)) and not region_states(tok, w):
            continue  # 'urged people to', 'called on democratic nations to'; not 'people say', 'nations face'
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.i == tok.i - 1] or [
            t for t in doc.nlp[tok.i - 1:tok.i] if joined_modifier(t, tok, w)] or _stranded_modifier(tok, w)
        # ('security and defense forces': the second conjunct; the name begins at the first: groups.name_start)
        armed = mods[0].lower_ if mods and lemma in w.party_only_groups and sector == "CVL" else None
        if armed in describer_sectors():
            sector = describer_sectors()[armed]  # 'armed men', 'masked men': gunmen; the word stays in the name
        elif mods and describes(mods[0], w) and not _noun_joined_participle(mods[0]):
            mods = []  # 'remaining migrants', 'injured civilians': the group is the migrants, the civilians
        # members of a group a group noun of its own sector names ('militia members', 'family members'); a
        # party's or a staff's members act as the body named (no sector of their own: 'senior party members')
        of_group = bool(mods) and lemma in w.member_nouns and bool(w.group_nouns.get(mods[0].lemma_.lower()))
        house = _house_after(tok) if lemma in w.member_nouns and tok.tag_ == "NNS" else None
        if house is not None:  # 'members of parliament': legislators, named with the house they sit in
            sector = "LEG"  # (whichever side they sit on: 'opposition members of parliament', as legislator_nouns.txt)
        if lemma in w.named_only_groups and not (mods and (names(mods[0], w) or mods[0].lower_ in region_words())) \
                and not of_group and house is None:  # ('Arab ministers', 'African ministers': a region's)
            continue  # 'opposition parties' are a group; 'third parties', 'warring parties', 'the parties' no one
        if of_group and not sector:
            sector = w.group_nouns[mods[0].lemma_.lower()]  # 'militia members' REB, 'family members' CVL
        if (lemma == "leader" or lemma in w.acting_only_groups and lemma in w.member_nouns) and _of_a_body(tok):
            continue  # 'leaders of the Popular Labour Front', 'observers from the African Union' act as the
            # front, the union (actors._members_of_bodies)
        if not mods and sector in _STATE_SECTORS and _of_a_named_body(tok):
            continue  # 'commandos of the Special Service Brigade', 'investigators from the Federal Police': the body
        if not mods and tok.lower_ in _PAIRED_PLURALS and _pairing_determiner(tok):
            continue  # 'the two leaders', 'both organizations': the actors just named (coref.plurals)
        first = mods[0] if mods else tok
        if mods and first.pos_ == "PROPN" and first.left_edge.i < first.i and all(
                t.pos_ in ("PROPN", "ADJ") for t in doc.nlp[first.left_edge.i:first.i + 1]):
            whole = doc.nlp[first.left_edge.i:first.i + 1]  # 'Hong Kong officials', 'South Sudanese troops'
            if w.country_of(whole.text):
                first = whole
        inst = _institution_before(doc, tok, w) if mods else None
        found = of_institutions if inst is not None else others
        if mods and not inst:  # 'Bosnian state prosecutors', 'Hong Kong officials'
            first = name_start(tok, first if isinstance(first, Token) else first[0], w, doc.text)
        start = inst[0] if inst else first.idx
        country = inst[1].country if inst else (w.country_in(doc.text[first.idx:tok.idx]) if mods else None)
        state_owner = None
        if country is None and not inst:
            country = _possessor_country(tok, w)  # "China's leaders", "Cameroon's chicken sellers"
            state_owner = _state_possessor(tok, first if isinstance(first, Token) else first[0], w) \
                if country is not None else None
        if country is None and mods and not inst:
            country = _named_place_before(first if isinstance(first, Token) else first[0], tok, w)
        heritage = heritage_before(first, w) if mods and not inst and isinstance(first, Token) else None
        if heritage is not None:  # 'Asian American students', 'Chinese American families': a people of the
            start, first = heritage.idx, heritage  # US named with its heritage (the country stays American's)
        sector = (officials_sector(doc.text[inst[0]:tok.idx], sector) or _sector_on_day(doc, inst[1])) if inst else (
            group_sector(sector, name_sector(list(doc.nlp[first.i:tok.i]), sector, w)) if mods else sector)
        if tok.lower_ in word_list("several_states_nouns.txt"):
            sector = w.group_nouns[lemma]  # states named by what they are: 'military powers', 'Arab states' GOV
        compound = (w.roles.get(f"{mods[0].lower_} {lemma}", (None, False))[0] or title_kind(mods[0].lower_, lemma)
                    ) if mods and not inst else None
        if compound:  # a title of two words says what its people are: 'traditional leaders', 'student leaders' CVL
            sector = compound
        if not inst and _of_international_body(tok, w):  # 'envoys sent by the G20': staff of an
            sector, country = "IGO", None  # international body, as 'United Nations experts' (_institution_before)
        whose = _plural_possessor(tok, w) if not mods and not inst else None
        if whose is not None:  # "the victims' families", "miners' relatives": a group named by whose it is
            start = whose.idx
        owner_region = region_possessor(tok, w) if lemma in w.party_only_groups else None
        name = doc.text[start if owner_region is None else owner_region.idx:tok.idx + len(tok.text)]
        # ("Europe's top military powers": named with the region that owns them; the mention begins after it,
        # so the region's name is no word of this group's elsewhere: 'Europe can not' stays no one's)
        key = f"group:{norm(name)}"
        shown = doc.text[kept_describers_start(first, tok):start] if not inst and whose is None \
            and owner_region is None else ""
        # ('local health authorities', 'top foreign policy advisers': a reader names them as the text does)
        whom = _whose_group(tok) if not inst else None
        which = _defining_phrase(tok) if not inst and whom is None else None
        where = _place_phrase(tok, w) if not mods and not inst and whom is None and which is None \
            and owner is None and whose is None and sector in _STATE_SECTORS and lemma not in w.party_only_groups \
            else None
        named_by = None
        pronoun = pronoun if whom is None else None
        if whom is None and owner is None and lemma in w.owned_only_groups and pronoun is None and whose is None:
            continue  # a bare 'team', 'relatives': whose is not said
        if whom is not None:  # 'lawyers for the journalist', 'critics of the reform': the group is named with whom
            key = f"group:{norm(doc.text[tok.idx + len(tok.text):whom])} {norm(name)}"  # (the head noun last)
            named_by, name = name, doc.text[start:whom]
        elif which is not None:  # 'passengers of Hazara ethnicity': some of the passengers, so the bare noun
            # met again ('the passengers') is not read as this group
            name = doc.text[start:which]
            key = f"group:{norm(name)}"
            name = shown + name
        elif owner is not None:  # "Ortega's legal team": named with its owner, keyed by the owner's last word
            key = f"group:{norm(owner[1])} {norm(name)}"
            named_by, name = name, doc.text[owner[0]:tok.idx + len(tok.text)]
            if sector in ("MIL", "COP") and lemma in w.owned_only_groups:
                sector = w.group_nouns.get(lemma)  # "Ortega's defense team" defends him in court: no army
            owners.setdefault(lemma, set()).add(norm(owner[1]))
        elif pronoun and sector in ("MIL", "COP"):
            sector = w.group_nouns.get(lemma)  # 'his defense team' too
        elif where is not None:  # 'officials in the capital', 'envoys from two dozen countries': named where they
            # serve; keyed by the bare noun, so 'officials' met again is this group (coref.aliases.bare_groups)
            named_by, name = shown + name, shown + doc.text[start:where[0]]  # (the country is the one its
            country = country or where[1]  # places name, not any of several: 'lawmakers from Peru and Chile')
        elif which is None and not pronoun:  # (a team owned by a pronoun is keyed by its name below)
            name = shown + name
            if state_owner is not None and sector in _STATE_SECTORS and lemma not in w.party_only_groups:
                name = doc.text[state_owner:kept_describers_start(first, tok)] + name  # "Ghana's health
                # authorities": a state's people named with the state that owns them (the key stays without)  # (the key stays the words that say who: one actor with 'health authorities')
        if inst and (inst[1].sector in ("REB", "MIL") and w.group_nouns.get(lemma) in ("REB", "MIL")
                     or lemma == "leader"):
            # 'BLA insurgents' are the BLA; 'G7 leaders' speak and act as the G7
            found.append(_known_candidate(start, tok.idx + len(tok.text), inst[1]))
            continue
        end = tok.idx + len(tok.text)
        if house is not None and whom is None and which is None and owner is None:
            end = house.idx + len(house.text)  # (the house joins the name: 'members of parliament')
            name += doc.text[tok.idx + len(tok.text):end]
            key = f"group:{norm(name)}"
        found.append(Candidate(start, end, "group", key, name, country, sector,
                               _code(country, sector), named_by=named_by))
        if pronoun is not None:
            by_pronoun.append((found[-1], lemma))
    for cand, lemma in by_pronoun:  # "his legal team": the team of the one owner the story names ('Ruiz's
        # legal team'), else a team of its own, named without the pronoun
        if len(owners.get(lemma, ())) == 1:
            cand.key = f"group:{next(iter(owners[lemma]))} {norm(cand.name)}"
    return of_institutions, others


def owned_by_pronoun(tok: Token) -> bool | None:
    """True where a possessive personal pronoun owns a noun of a trade ('his legal team said', 'their defense
    team asked', 'Ruiz and her legal team met'), which speaks or acts as the subject or its conjunct. Not a
    kin word nor a bare noun ('her parents', 'his teams': whose people, no body of their own), not an object
    ('name his defense team': one yet to be), nor the body a title is held in ('the head of his legal team':
    the person)."""
    from ..coref.pronouns import PLURAL_PRONOUNS  # here: coref reads this module

    if tok.dep_ not in _SUBJECT_ROLES or not any(c.dep_ in ("amod", "compound") for c in tok.lefts):
        return None
    return True if any(c.dep_ == "poss" and (c.lower_ in PERSON_PRONOUNS or c.lower_ in PLURAL_PRONOUNS)
                       for c in tok.lefts) else None


_SUBJECT_ROLES = ("nsubj", "nsubjpass", "agent", "conj")


@lru_cache(maxsize=2)
def relational_group_nouns(use: str) -> frozenset[str]:
    """The nouns of relational_group_nouns.tsv marked 'yes' in the column of ``use``: 'named with whom'
    ('lawyers for the journalist') or 'possessor is whom' ("China's critics")."""
    return frozenset(r["noun"] for r in table("relational_group_nouns.tsv") if r[use] == "yes")


_WHOSE_PREPS = ("for", "of")
_CLAUSE_DEPS = ("relcl", "acl", "advcl", "prep", "appos", "punct", "cc", "conj")


def _whose_group(tok: Token) -> int | None:
    """Where the name of a group ends that is named by whom its members work for, stand by or oppose:
    'lawyers for the journalist', 'critics of the new law', 'families of the miners' (relational_group_nouns.tsv;
    the phrase ends before a clause, another phrase or a comma: 'families of the miners who died'). The
    text offset after the phrase's last word, or None."""
    if tok.lemma_.lower() not in relational_group_nouns("named with whom"):
        return None
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in _WHOSE_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or prep.i != tok.i + 1:
        return None
    end = min([c.left_edge.i for c in obj.rights if c.dep_ in _CLAUSE_DEPS] + [obj.right_edge.i + 1])
    end = next((t.i for t in tok.doc[obj.i:end] if t.is_punct), end)
    last = tok.doc[end - 1]
    if last.i - tok.i > 8 or last.i < obj.i:
        return None
    return last.idx + len(last.text)


_STATE_SECTORS = ("GOV", "LEG", "MIL", "JUD", "COP")


@lru_cache(maxsize=1)
def _place_phrase_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    rows = table("group_place_phrase_words.tsv")
    return tuple(frozenset(r["word"] for r in rows if r["kind"] == kind)  # type: ignore[return-value]
                 for kind in ("preposition", "noun", "not"))


def _place_phrase(tok: Token, w: ActorWords) -> tuple[int, str | None] | None:
    """Where the name of a group of a state's people ends that a phrase right after its bare noun says where they
    serve (``group_place_phrase_words.tsv``): 'officials in the two provinces', 'envoys from more than a dozen
    countries', 'lawmakers from Peru and Chile'. The phrase's object is a place the tagger names, a country's
    name or a place noun; places joined by 'and' or commas are all of it. Not a phrase that goes on to where
    the group went ('troops from the north to the coast'). The text offset after the phrase's last word and the
    one country its places name (None where they name none or several), or None."""
    if tok.i + 2 >= len(tok.doc):
        return None
    prep = tok.doc[tok.i + 1]
    preps, nouns, unphrased = _place_phrase_words()
    if tok.lemma_.lower() in unphrased or prep.lower_ not in preps or prep.dep_ != "prep" or prep.head.i != tok.i and not (
            tok.dep_ == "pobj" and prep.head.i == tok.head.head.i and prep.head.pos_ == "VERB"):
        return None  # (the tagger hangs the phrase of a verb's prepositional object on the verb: 'met with
        # envoys from twenty countries'; not a verb's own object: 'pulled troops from the province')
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    places = [obj] + [c for c in obj.conjuncts if c.i > obj.i]
    if not all(p.ent_type_ in ("GPE", "LOC") or w.country_of(p.text) or p.lemma_.lower() in nouns
               and p.pos_ == "NOUN" for p in places):
        return None
    last = max(min([c.left_edge.i for c in p.rights if c.dep_ in _CLAUSE_DEPS and not _place_name_of(c)]
                   + [p.right_edge.i + 1]) - 1
               for p in places)  # (each place's own words: not 'on matters of trade' after 'countries'; 'the town
    # of Bakhmut' whole)
    inside = tok.doc[prep.i + 1:last + 1]
    if len(inside) > 8 or any(t.dep_ in ("relcl", "acl") or t.lower_ in ("to", "who", "which", "that")
                              or t.is_punct and t.text != "," for t in inside):
        return None
    nxt = tok.doc[last + 1] if last + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "to" and prep.lower_ == "from":
        return None  # 'moving troops from the north to the coast': where they went, not whose
    codes = {c for c in (w.country_of(e.text) or _place_alpha3(w, e.text) for e in tok.doc.ents
                         if e.label_ in ("GPE", "LOC") and prep.i < e.start and e.end <= last + 1) if c}
    return tok.doc[last].idx + len(tok.doc[last].text), (next(iter(codes)) if len(codes) == 1 else None)


def _place_name_of(prep: Token) -> bool:
    """An 'of' phrase that gives a place noun its name: 'of Bakhmut' in 'the town of Bakhmut'."""
    return prep.lower_ == "of" and any(c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC") for c in prep.children)


def _place_alpha3(w: ActorWords, name: str) -> str | None:
    from ..places import _alpha3

    return _alpha3(w, name)


def _defining_phrase(tok: Token) -> int | None:
    """Where the name of a group ends that a phrase right after its noun says which people it is
    (``group_defining_phrases.tsv``): 'dissidents in exile', 'travellers of Hazara ethnicity', 'workers of
    Turkish and Kurdish descent'. The text offset after the phrase's last word, or None."""
    if tok.i + 2 >= len(tok.doc):
        return None
    prep = tok.nbor()
    rows = [r for r in table("group_defining_phrases.tsv") if r["preposition"] == prep.lower_]
    inside = [t for t in prep.subtree if t.i > prep.i][:6] if rows and prep.head.i == tok.i else []
    # (the phrase's noun is the preposition's object or, where the tagger joined it to a people's name by
    # 'and', that name's conjunct: 'of Punjabi and Sindhi ethnicity')
    obj = next((t for t in inside if any(t.lower_ == r["noun"] for r in rows)), None)
    row = next((r for r in rows if obj is not None and obj.lower_ == r["noun"]), None)
    if row is None:
        return None
    between = list(tok.doc[prep.i + 1:obj.i])
    if row["people_between"] == "no" and between:
        return None
    if row["people_between"] == "yes" and not (
            between and all(t.lower_ in ("and", ",") or t.text[:1].isupper() and t.is_alpha for t in between)
            and between[0].text[:1].isupper() and between[-1].text[:1].isupper()):
        return None  # ('people of mixed origin', 'workers of the same descent': no people named)
    return obj.idx + len(obj.text)


def _name_owner(tok: Token, w: ActorWords) -> tuple[int, str] | None:
    """Where the name that owns a group noun by a possessive starts, and its last word: ('Ortega') in
    "Ortega's legal team", "President Ana Ruiz's relatives". A proper name that names no country (a
    country's people are its own: "China's lawyers", ``_possessor_country``); a pronoun or a common noun
    ("his team", "the minister's relatives") owns nothing this reads."""
    for child in tok.lefts:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            first = child.left_edge
            if w.country_of(tok.doc[first.i:child.i + 1].text) or w.country_of(child.text):
                return None
            return first.idx, child.text
    return None


def _plural_possessor(tok: Token, w: ActorWords) -> Token | None:
    """The plural common noun of a group that owns a group noun right before it with a possessive mark:
    'victims' in "the victims' families", 'workers' in "the workers' relatives" (a noun of group_nouns.tsv,
    tagged NNS; read on the words, as the tagger may join the owner by 'and' to a noun before it: "officials
    and victims' families"). Not a proper name ("Ortega's team": ``_name_owner``), a country ("China's
    leaders": ``_possessor_country``) or a pronoun."""
    if tok.i < 2:
        return None
    mark, owner = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if mark.text in ("'", "’") and mark.dep_ == "case" and owner.pos_ == "NOUN" and owner.tag_ == "NNS" \
            and owner.lemma_.lower() in w.group_nouns:
        return owner
    return None


def _owns_next(tok: Token, w: ActorWords) -> bool:
    """A group noun that is the owner of the group noun after it ("victims' families"), not a party itself."""
    if tok.i + 2 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 2]
    return nxt.lemma_.lower() in w.group_nouns and _plural_possessor(nxt, w) is not None and nxt.tag_ == "NNS"


def _possessor_country(tok: Token, w: ActorWords) -> str | None:
    """The country a group noun's possessor names: 'China' in "China's leaders" (not in "China's critics",
    who are China's opponents: relational_group_nouns.tsv)."""
    if tok.lemma_.lower() in relational_group_nouns("possessor is whom"):
        return None
    for child in tok.lefts:
        if child.dep_ == "poss":
            words_ = child.doc[child.left_edge.i:child.i + 1].text
            return w.country_of(re.sub(r"['’]s?$", "", words_))
    return None


def _state_possessor(tok: Token, first: Token, w: ActorWords) -> int | None:
    """Where the name of a country that owns a group noun begins when it stands right before the group's name,
    its possessive mark between: 'Ghana' in "Ghana's health authorities", "Peru's lawmakers". None when other
    words stand between ("Peru's many lawmakers"), and for a collective noun in the singular ("Sudan's cabinet" is the
    state's body, named as the gold names it, 'cabinet')."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if poss is None or not w.country_of(re.sub(r"['’]s?$", "", tok.doc[poss.left_edge.i:poss.i + 1].text)):
        return None
    between = tok.doc[poss.i + 1:first.i]  # the possessive mark, then only words a reader keeps ('top', 'local')
    if not between or between[0].text not in ("'", "’", "'s", "’s") or len(between) > 1 and kept_describers_start(
            first, tok) != between[1].idx:
        return None
    return poss.left_edge.idx if poss.left_edge.lower_ != "the" else poss.left_edge.nbor().idx


def _of_international_body(tok: Token, w: ActorWords) -> bool:
    """A group noun followed by 'from' or 'of' and a known international body (sector IGO in the knowledge
    lexicons): 'envoys sent by the G20', 'experts of the World Bank'."""
    prep = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if prep is None or prep.lower_ not in ("from", "of") or prep.head.i != tok.i:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    words_ = [t for t in tok.doc[prep.i + 1:obj.i + 1] if t.lower_ != "the"]
    phrase = span_text(tok.doc[words_[0].i:obj.i + 1]) if words_ else ""  # (cut from the parse's text: ``Doc.text``
    # joins every word of the parse anew on each call)
    m = w.institution_re.match(phrase)
    known = w.known.get(norm(m.group(0))) if m else None
    return known is not None and known.sector == "IGO"


def _stranded_modifier(tok: Token, w: ActorWords) -> list[Token]:
    """The sector word right before a group noun that the parser hung elsewhere after an 'and': 'the army and
    protest leaders' (the noun made the object of 'protest'), 'the government and opposition leaders' (the word
    made a conjunct of 'government'). It modifies the noun as in 'protest leaders said' (a noun of
    ``group_modifiers.tsv``, next to the group noun); [] for any other word before it."""
    if tok.i == 0:
        return []
    prev = tok.doc[tok.i - 1]
    if prev.tag_ != "NN" or prev.lower_ not in w.group_modifiers or prev.i > 0 and prev.nbor(-1).lower_ != "and":
        return []
    return [prev] if tok.head.i == prev.i or prev.dep_ == "conj" and prev.head.head.i == tok.i else []


def _noun_joined_participle(tok: Token) -> bool:
    """A participle joined by a hyphen to the common noun before it, which together say what a group's members
    deal in or who runs them, not in what state they are: 'farm-related businesses', 'state-owned firms',
    'church-run schools' (a lower-case noun: 'Iran-backed militias' are not Iran's, and stay 'militias')."""
    if tok.i < 2 or tok.tag_ not in ("VBN", "VBG"):
        return False
    hyphen, noun = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and not noun.whitespace_ and noun.pos_ == "NOUN" \
        and (noun.is_lower or noun.is_title and noun.i == sentence_of(noun).start)


def _named_place_before(first: Token, tok: Token, w: ActorWords) -> str | None:
    """The country of a place the tagger names (GPE) in the words of a group's name before its noun, taken by the
    gazetteer (``places._alpha3``): 'Lima city officials', 'New York City authorities', 'Punjab police'. None
    where the words are no such place."""
    if first.ent_type_ != "GPE" or first.i >= tok.i:
        return None
    words_ = [t for t in tok.doc[first.i:tok.i] if t.ent_type_ == "GPE"]
    if len(words_) != words_[-1].i - first.i + 1:
        return None
    from ..places import _alpha3

    return _alpha3(w, tok.doc[first.i:words_[-1].i + 1].text)


def _named_possessor_group(tok: Token, w: ActorWords) -> bool:
    """A plural group noun named by whose it is that owns what follows it: "Boston City authorities' handling",
    "Sudanese army officers' demands" (a possessive mark right after it, and a naming modifier right before it:
    ``groups.names``). A bare plural owner ("the workers' union", "women's rights") is left alone."""
    if tok.tag_ != "NNS" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].text not in ("'", "’"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is not None and prev.head.i == tok.i and prev.dep_ in ("amod", "compound", "nmod") and names(prev, w) \
        and not describes(prev, w)


def _of_a_named_body(tok: Token) -> bool:
    """A bare plural of a state's people right before 'of' or 'from' and a body's name the tagger names (ORG):
    'commandos of the Special Service Brigade', 'agents from the Federal Bureau'. Not a place ('officials from
    Kenya': mentions._place_phrase)."""
    prep = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if prep is None or prep.lower_ not in ("of", "from") or prep.head.i not in (tok.i, tok.head.i):
        return False  # (the tagger may hang the phrase on the noun the plural is joined to: 'the air force and
    return any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in prep.children)  # commandos of the X Brigade')


def _of_a_body(tok: Token) -> bool:
    """A noun followed by 'of', 'from' or 'for' and a name: 'leaders of the Front'. Whose they are is said
    by the name, which becomes the actor."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "for"):
            return any(c.dep_ == "pobj" and (c.ent_type_ or c.pos_ == "PROPN") for c in prep.children)
    return False


def _house_after(tok: Token) -> Token | None:
    """The house a plural member noun names its members by, right after 'of' and with no article: 'members of
    parliament' (a word of ``legislature_words.txt``, in lower case), not 'members of the committee', 'members
    of the ruling party', nor a house named ('members of the Knesset', 'members of Congress': the house's own
    actor takes them, ``actors._members_of_bodies``)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return None
    house = doc[tok.i + 2]
    if not house.text.islower() or house.text not in word_list("legislature_words.txt") or house.tag_ != "NN":
        return None
    return house


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """The one-word adjectives of a region or bloc of ``event_region_words.tsv`` ('European', 'African',
    'Arab', 'Gulf', 'Asian'), lower case."""
    return frozenset(r["words"] for r in table("event_region_words.tsv") if " " not in r["words"])


def region_states(tok: Token, w: ActorWords) -> bool:
    """Whether a plural of states (``several_states_nouns.txt``: 'countries', 'nations', 'states', 'powers')
    named by a region's adjective right before it (``region_words``) stands where its members act, speak or
    are acted on (``groups.acts``): 'opposed by several European countries that want lower duties',
    'talks with African nations', 'the Gulf states said' are a group of states of no one country (GOV),
    whatever the verb, with or without a clause that says which. Not a count ('two Asian countries': the
    states just named or counted), not where they are only a place ('common in many African countries',
    'growth in Asian nations')."""
    if tok.tag_ != "NNS" or tok.i == 0 or tok.lower_ not in word_list("several_states_nouns.txt"):
        return False
    if region_possessor(tok, w) is not None:
        return acts(tok)  # "Europe's five biggest powers": the continent's, a set it names (a count says how big)
    if tok.doc[tok.i - 1].lower_ not in region_words() or any(c.dep_ == "nummod" or c.like_num for c in tok.lefts):
        return False
    return acts(tok)


def region_possessor(tok: Token, w: ActorWords) -> Token | None:
    """A continent's or region's name owning a plural of states ("Europe's five biggest military powers",
    "Asia's largest nations": ``region_and_world_words.txt``), else None; not a word that is also a country's
    name ("America's allies" are the United States': ``ActorWords.country_of``)."""
    poss = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in word_list("region_and_world_words.txt") or not poss.text[:1].isupper() \
            or w.country_of(poss.text):
        return None
    return poss


def _unnamed_party(tok: Token) -> bool:
    """Whether a noun of the public or of states (``group_nouns.tsv`` marked 'party') names a group of its own:
    not a number of people counted ('killed 15 people', 'three men were held': the dead and the held are
    counted, not named), not a kind of people a clause right after it defines ('people fleeing the war',
    'people who buy papers'), and not the people or states just named ('these people', 'both men', 'the two
    countries'), nor people or states at large (``generic_subject``)."""
    if any(c.dep_ == "nummod" or c.like_num for c in tok.lefts):
        return False
    if any(c.dep_ == "acl" or c.dep_ == "relcl" and tok.nbor().text != "," for c in tok.rights):
        return False  # (a clause set off by a comma only adds: 'armed men, who had cars, waited')
    if any(c.lower_ in ("these", "those") for c in tok.lefts) or generic_subject(tok):
        return False  # ('People are discussing it': people at large)
    if tok.lower_ in word_list("whole_people_nouns.txt") and any(c.lower_ == "the" for c in tok.lefts) and \
            any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in tok.lefts):
        return False  # 'apologized to the Turkish people': a country's whole people is the country
    return bool([c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]) or not _pairing_determiner(tok) \
        or tok.tag_ == "NN"  # ('the population', 'the public': a collective named with 'the')


_PAIRED_PLURALS = ("leaders", "organizations", "organisations")  # read by coref.plurals after 'the', 'both', 'the two'


def _pairing_determiner(tok: Token) -> bool:
    """'the leaders', 'both leaders', 'the two leaders': a bare plural that refers back to actors named."""
    before = [t.lower_ for t in tok.doc[max(sentence_of(tok).start, tok.i - 2):tok.i]]
    return bool(before) and (before[-1] in ("the", "both") or before[-2:] == ["the", "two"])


def _sector_on_day(doc: Document, known: Known) -> str | None:
    """The sector of the people of a known body on the article's day: 'Taliban officials' are insurgents
    before August 2021 and the government after (``knowledge_recent.tsv``, as for the body itself)."""
    update = recent().facts(known.name, published_day(doc.article.published))
    return update.sector if update is not None and update.sector else known.sector


def _institution_before(doc: Document, tok: Token, w: ActorWords) -> tuple[int, Known] | None:
    """The known institution named right before a group noun: 'United Nations' in 'United Nations experts',
    also across the words that say which field of it the members work in: 'White House economic officials',
    'EU trade officials' (``groups.field_words_before``)."""
    first = field_words_before(tok, w)
    left = doc.text[max(0, tok.idx - 60):first.idx].rstrip()
    for m in w.institution_re.finditer(left):
        if m.end() == len(left):
            known = w.known.get(norm(m.group(0)))
            if known:
                return max(0, tok.idx - 60) + m.start(), known
    return None
