"""Readers for news written in wire and Wikinews style (round 25, evnews25): participants the stage's own
readers leave unnamed when the writing differs from VOA's.

- a title in apposition to a name as the subject: "The president of Colombia, Gustavo Petro, met with
  Maduro" (the parse may hang the name on "Colombia"): the person named is the doer (``titled_doer``);
- an amount given "in" an aid noun: "sent $50 million in aid to Haiti": the noun's doer is the subject of the
  verb that hands the amount over, its receiver the verb's "to"/"for" phrase (``amount_given``; word list
  amount_giving_verbs.txt);
- entry refused without a doer: "were denied entry to Uganda" -> Uganda (``entry_state``);
- an accord's participle naming its partner in a phrase the other party's clause rests on: "Under an agreement
  reached with the UN, Syria will ..." -> Syria (``accord_party``);
- an agentless arrest told by the body that holds people: "..., the Interior Ministry said" (``custody_speaker``);
- a meeting whose subject names its parties as where its people come from: "Officials from Kenya and Ethiopia
  met" (``delegates_pair``);
- joined subjects of a fighting verb who fight a thing side by side: "vowed to fight terrorism" is no fight of
  one on the other (``_fought_together``);
- people ordered out of a country in the passive: "was ordered to leave Niger" (``ordered_out``, a candidate of
  its own, hooked in events.candidates).

Each reader costs nothing on a candidate it cannot fill: the cheap tests (no source yet, the token's
part of speech and dependency) come first."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...document import Document
from ...lexicon import table, words
from . import participants as who
from .tree import children, is_passive, prep_objects, subject
from .triggers import Candidate

# the money or quantity that an aid noun hangs "in" under ("$50 million in aid"): a number, a currency
# sign, or a noun a number counts ("20 tons in food aid")
_AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY", "CARDINAL"})


def fill(doc: Document, cand: Candidate) -> Candidate:
    """The candidate with the doer these readers find when its own readers found none (else unchanged)."""
    if len(cand.sources) >= 2 and not cand.targets and "sym" in cand.entry.flags and _fought_together(doc, cand):
        cand.entry = replace(cand.entry, flags=cand.entry.flags - {"sym"})  # "Kenya and Ethiopia vowed to fight
        return cand  # terrorism": a fight the pair wage side by side against a thing, not on each other
    if cand.sources:
        if len(cand.sources) == 1 and not cand.targets and cand.entry.type == "CONSULT" and "sym" in cand.entry.flags:
            pair = delegates_pair(doc, cand)
            if pair:
                cand.sources, cand.targets = pair[:1], pair[1:]
                cand.how = f"{cand.how}/delegates" if cand.how else "delegates"
                return cand
        if not cand.targets:
            found = [a for a in titled_object(doc, cand) if a not in cand.sources]
            if found:
                cand.targets = found
                cand.how = f"{cand.how}/titled" if cand.how else "titled"
        return cand
    if cand.nominal:
        found = amount_given(doc, cand)
        if found is not None:
            return found
        if cand.how == "light" and cand.anchor is not None:  # "The head of X, NAME, held talks with Y"
            doers = [a for a in titled_doer(doc, cand.anchor) if a not in cand.targets]
            if doers:
                cand.sources, cand.how = doers, "light/titled"
        return cand
    if cand.trigger.pos_ != "VERB":
        return cand
    if is_passive(cand.trigger):
        if not cand.targets:
            return cand
        doers, how = entry_state(doc, cand), "entry"
        if not doers:
            doers, how = accord_party(doc, cand), "under"
        if not doers:
            doers, how = custody_speaker(doc, cand), "speaker"
        if doers:
            cand.sources, cand.how = doers, f"{cand.how}/{how}" if cand.how else how
        return cand
    doers = titled_doer(doc, cand.trigger)
    if doers:
        cand.sources = [a for a in doers if a not in cand.targets]
        if cand.sources:
            cand.how = f"{cand.how}/titled" if cand.how else "titled"
    return cand


def titled_doer(doc: Document, verb: Token) -> list[str]:
    """The person a title subject names: the subject is a common noun no actor stands for, and a person's
    name stands beside it between commas, in apposition to the title or, as the parse may hang it, to the
    body the title's "of" phrase names ("The secretary-general of NATO, Mark Rutte, praised ...")."""
    subj, _ = subject(verb)
    if subj is None or subj.head.i != verb.i:
        return []
    return titled_person(doc, subj)


def titled_object(doc: Document, cand: Candidate) -> list[str]:
    """The person a title names as the verb's object or in its partner phrase ("met with the head of the IAEA,
    Rafael Grossi, in Tehran"): the roles of the trigger's lexicon row that are its object or a preposition."""
    verb = cand.anchor if cand.nominal and cand.how == "light" else cand.trigger
    if verb is None or verb.pos_ != "VERB" or is_passive(verb):
        return []
    held = cand.trigger if cand.nominal else verb
    objects = [o for role in cand.entry.target if role == "dobj" for o in children(held, "dobj")]
    objects += [o for role in cand.entry.target if role.isalpha() and role not in ("dobj", "dative")
                for o in prep_objects(held, role)]
    return [a for o in objects for a in titled_person(doc, o)][:1]


def titled_person(doc: Document, title: Token) -> list[str]:
    """The one person set off between commas beside a title no actor stands for ("the head of the IAEA, Rafael
    Grossi,"), in apposition to the title or, as the parse may hang it, to the body of its "of" phrase."""
    if title.pos_ != "NOUN" or doc.actor_of_token(title):
        return []
    held_in = words("titled_subject_words.txt")
    names = list(children(title, "appos"))
    for prep in children(title, "prep"):
        if prep.lower_ in held_in:
            for o in prep.children:
                if o.dep_ == "pobj":  # a "conj" with no "and" is an apposition the parse misread
                    names += children(o, "appos") + (children(o, "conj") if not children(o, "cc") else [])
    found = _person_after(doc, title)
    for name in names:
        if not _between_commas(name):
            continue
        for aid in who.actors(doc, name):
            actor = doc.actor(aid)
            if actor is not None and actor.kind == "person" and aid not in found:
                found.append(aid)
    return found if len(found) == 1 else []


def entry_state(doc: Document, cand: Candidate) -> list[str]:
    """Who refused people entry told without its doer ("three activists were denied entry to Uganda", "had
    been denied visas to enter Britain"): the one country their entry was sought into, by the "to"/"into"
    phrase of the verb or of what was refused, or the object of a verb of entering under it (word list
    entry_refusal_words.txt: what is refused; entry_verbs.txt: the verbs of entering). Only for COERCE
    rows of a refusal verb."""
    tok = cand.trigger
    if cand.entry.type != "COERCE" or tok.lemma_.lower() not in words("entry_refusal_verbs.txt") \
            or prep_objects(tok, "by"):
        return []
    refused = [o for o in children(tok, "dobj") if o.lemma_.lower() in words("entry_refusal_words.txt")]
    if not refused:
        return []
    places = [o for h in (tok, *refused) for p in ("to", "into") for o in prep_objects(h, p)]
    places += [o for h in (tok, *refused) for v in h.children if v.dep_ in ("xcomp", "acl", "advcl", "relcl")
               and v.lemma_.lower() in words("entry_verbs.txt") for o in children(v, "dobj")]
    found = []
    for place in places:
        for aid in who.actors(doc, place, place=True):
            actor = doc.actor(aid)
            if actor is not None and actor.kind == "country" and aid not in cand.targets and aid not in found:
                found.append(aid)
    return found if len(found) == 1 else []


def accord_party(doc: Document, cand: Candidate) -> list[str]:
    """Who is party to an accord told by a participle with its partner but not its maker, in a phrase the
    clause rests on: "Under an agreement reached with the United Nations, Syria will allow inspectors" -> Syria
    (the subject of the clause the phrase hangs on; prepositions in accord_prepositions.txt). Only for a
    participle on a noun of the accord rows (AGREE or COOPERATE in event_nouns.tsv); the phrase's preposition
    in accord_prepositions.txt."""
    from .words import noun_entries

    tok = cand.trigger
    noun = tok.head
    if tok.dep_ != "acl" or cand.entry.type not in _SEALING_TYPES or noun.dep_ != "pobj" \
            or noun.head.lower_ not in words("accord_prepositions.txt"):
        return []
    if not any(e.type in _ACCORD_TYPES for e in noun_entries(noun)):
        return []
    clause = noun.head.head
    if clause.lower_ == "part" and clause.dep_ == "pobj":  # "as part of an agreement reached with Chad, ..."
        clause = clause.head.head
    if clause.pos_ not in ("VERB", "AUX"):
        return []
    subj, _ = subject(clause)
    return [a for a in who.actors(doc, subj) if a not in cand.targets]


_ACCORD_TYPES = frozenset({"AGREE", "COOPERATE"})
# the types of the participles that seal an accord ("reached": AGREE, "signed": SUPPORT by the CAMEO table)
_SEALING_TYPES = _ACCORD_TYPES | {"SUPPORT"}


def custody_speaker(doc: Document, cand: Candidate) -> list[str]:
    """Who arrested or detained people told in the passive without a doer, when the body that tells it is the
    one that holds people ("Hundreds of protesters were arrested in Tbilisi, the Interior Ministry said",
    "Georgia's Interior Ministry said 300 protesters were detained"): the innermost speaker, a body (not a
    person) whose name holds a word of custody_reporting_bodies.txt, of no other country than the place the
    deed is told in. Only for COERCE deeds of event_enforcers.tsv (the stage's own state_doer found none)."""
    from . import setting
    from .reporting import chain_at

    tok = cand.trigger
    if cand.entry.type != "COERCE" or prep_objects(tok, "by") \
            or tok.lemma_.lower() not in {row["lemma"] for row in table("event_enforcers.tsv")}:
        return []
    according, reported, _ = chain_at(doc, tok.idx, [])
    if not reported or not according:
        return []
    speaker = doc.actor(according[0])
    if speaker is None or speaker.kind == "person" or according[0] in cand.targets:
        return []
    name = speaker.name.lower()
    if not any(w in name.split() for w in words("custody_reporting_bodies.txt")):
        return []
    place_id, _ = setting.attach(doc.places, cand)
    place = next((p for p in doc.places if p.id == place_id), None)
    state = who.alpha3_of().get(place.country.upper()) if place is not None and place.country else None
    if state and speaker.country and speaker.country != state:
        return []  # "... were arrested in Iran, Israel's security service said": not its deed
    return [speaker.id]


def delegates_pair(doc: Document, cand: Candidate) -> list[str]:
    """The parties a meeting's subject names as where its people come from ("Officials from Kenya and Ethiopia
    met in Addis Ababa", "Delegations from Sudan and Chad held talks"): two or more actors joined in the
    subject's "from" or "of" phrase (the verb's own subject, or the light verb's for a noun of talks)."""
    verb = cand.anchor if cand.nominal else cand.trigger
    if verb is None or cand.nominal and cand.how != "light":
        return []
    subj, _ = subject(verb)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS":
        return []
    found = [a for p in ("from", "of") for o in prep_objects(subj, p) for a in who.actors(doc, o)]
    found = list(dict.fromkeys(found))
    return found if len(found) >= 2 else []


def _person_after(doc: Document, title: Token) -> list[str]:
    """The person whose name follows the title's phrase between commas, read off the words (the parse may hang
    the name anywhere: "met with the director general of the IAEA, Rafael Grossi, in Tehran")."""
    words_ = title.doc
    start = title.right_edge.i + 1
    if start + 1 >= len(words_) or words_[start].text != ",":
        return []
    aid = doc.actor_of_token(words_[start + 1])
    actor = doc.actor(aid) if aid else None
    if actor is None or actor.kind != "person":
        return []
    end = start + 1
    while end < len(words_) and doc.actor_of_token(words_[end]) == aid:
        end += 1
    return [aid] if end < len(words_) and words_[end].text == "," else []


def _fought_together(doc: Document, cand: Candidate) -> bool:
    """Whether joined subjects of a fighting verb fight a thing side by side ("vowed to fight terrorism", "will
    work together to fight cattle rustling"): the verb's object is no actor and no fight waged on each other
    (mutual_fight_objects.txt: "fought a war", "fought a battle")."""
    tok = cand.trigger
    if cand.nominal or cand.entry.type != "ASSAULT" or tok.pos_ != "VERB" or who.reciprocal(tok):
        return False  # "fought each other": each on the other (events.pairs)
    if any(r.startswith("obj:") for r in cand.entry.requires):
        return False  # a row read by its object ("exchanged fire"): the object is the mutual fight itself
    objects = children(tok, "dobj")
    return bool(objects) and all(not who.actors(doc, o) and o.lemma_.lower() not in words("mutual_fight_objects.txt")
                                 for o in objects)


def ordering_verbs() -> frozenset[str]:
    """The verbs that order people out of a country told in the passive (expulsion_orders.tsv's first column)."""
    return frozenset(row["verb"] for row in table("expulsion_orders.tsv"))


def ordered_out(doc: Document, tok: Token) -> Candidate | None:
    """People ordered out of a country, told in the passive ("The French ambassador was ordered to leave Niger
    within 48 hours"): an expulsion by that country (or by the passive's "by" agent), read as the lexicon's
    'expel' rows read it (a diplomat expelled: SANCTION 166; migrants or refugees, @expelled_people: COERCE
    174). The verbs and the verbs of leaving: expulsion_orders.tsv. Rule verb:expel/ordered."""
    from .words import verbs, word_class

    rows = table("expulsion_orders.tsv")
    if not is_passive(tok) or tok.lemma_.lower() not in {r["verb"] for r in rows}:
        return None
    leaving = {r["leave"] for r in rows if r["verb"] == tok.lemma_.lower()}
    left = [o for x in children(tok, "xcomp") if x.lemma_.lower() in leaving for o in children(x, "dobj")]
    states = [a for o in left for a in who.actors(doc, o, place=True)
              if (found := doc.actor(a)) is not None and found.kind == "country"]
    if len(set(states)) != 1:
        return None
    people = [p for p in children(tok, "nsubjpass")]
    targets = [a for p in people for a in who.actors(doc, p) if a not in states]  # "the French ambassador": France
    if not targets:
        return None
    agents = [a for o in prep_objects(tok, "by") for a in who.actors(doc, o)]
    sources = [a for a in agents if a not in targets] or states[:1]
    expelled = word_class("expelled_people")
    entries = verbs().get("expel", ())
    deported = any(t.lemma_.lower() in expelled for p in people for t in p.subtree)  # the row obj:@expelled_people
    entry = next((e for e in entries if bool(e.requires) == deported), None)
    if entry is None:
        return None
    return Candidate(tok, entry, sources, targets, "ordered", None, 0.6)


def _between_commas(name: Token) -> bool:
    """A name set off by commas on both sides ("..., Gustavo Petro, met"), as an appositive name is."""
    doc = name.doc
    left, right = name.left_edge.i - 1, name.right_edge.i + 1
    return left >= 0 and right < len(doc) and doc[left].text == "," and doc[right].text == ","


def amount_given(doc: Document, cand: Candidate) -> Candidate | None:
    """An aid noun told as what an amount handed over is in: "the United States sent $50 million in aid to
    Haiti" -> AID United States -> Haiti (rule noun:aid/amount); the verb is one of amount_giving_verbs.txt,
    active, with its own subject; the receiver its "to" or "for" phrase or indirect object."""
    tok = cand.trigger
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    held = tok.head.head  # "in" hangs on the amount or, as the parse may have it, on the verb beside it
    verb = held if held.pos_ == "VERB" else held.head
    amounts = [held] if held.dep_ == "dobj" else [o for o in children(held, "dobj") if o.i < tok.i] if held is verb else []
    furnished = held.dep_ == "pobj" and held.head.lower_ == "with" and held.head.dep_ == "prep"
    if furnished:  # "provided Kenya with 40 million pounds in aid": the verb's object receives it
        verb, amounts = held.head.head, [held]
    if verb.pos_ != "VERB" or not amounts or not all(_amount(a) for a in amounts) \
            or verb.lemma_.lower() not in words("amount_giving_verbs.txt") or is_passive(verb):
        return None
    subj, _ = subject(verb)
    sources = who.actors(doc, subj)
    if not sources:
        return None
    targets = list(cand.targets)
    for head in [verb, *amounts]:
        for p in head.children:
            if p.lower_ in ("to", "for") and p.dep_ in ("prep", "dative"):
                targets += [a for o in children(p, "pobj") for a in who.actors(doc, o)]
    targets += [a for o in children(verb, "dative") if o.pos_ != "ADP" for a in who.actors(doc, o)]
    if furnished:
        targets += [a for o in children(verb, "dobj") for a in who.actors(doc, o)]
    targets = [a for a in dict.fromkeys(targets) if a not in sources]
    if not targets:
        return None
    return Candidate(tok, cand.entry, sources, targets, "amount", verb, cand.confidence)


def _amount(tok: Token) -> bool:
    """Whether a word names an amount: a number, a currency sign or a noun a number counts."""
    return tok.ent_type_ in _AMOUNT_ENTITIES or tok.tag_ in ("CD", "$") \
        or any(c.tag_ == "CD" or c.ent_type_ in _AMOUNT_ENTITIES for c in tok.children)
