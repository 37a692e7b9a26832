"""Nouns that name an event ("talks with", "a Turkish offensive", "Trump's sanctions on Iran"): the noun's
lexicon entry (event_nouns.tsv) and its participants from possessives, compounds, adjectives, "between",
"by", the light verb that takes it, or the clause a time phrase built on it hangs from."""
from __future__ import annotations

from spacy.tokens import Token

from ...document import Document
from ...lexicon import words
from ..actors.mentions import working_sector
from . import participants as who
from .agents import state_doer
from .forces import forces_of
from .suffered import SUFFERED_TYPES, suffering_verb
from .tree import child, children, is_passive, prep_objects, subject
from .triggers import MEETING_PREPOSITIONS, TIME_PREPOSITIONS, AIMED_ROLES, Candidate, aimed_at, gerund_noun, light_participles, match, negated, \
    with_intent
from .words import MEASURE_TYPES, Entry, cues, noun_entries, patient_noun, verbs, word_class

def nominal(doc: Document, tok: Token) -> Candidate | None:
    if tok.pos_ not in ("NOUN", "PROPN") and not gerund_noun(tok) or doc.actor_of_token(tok):
        return None
    entries = noun_entries(tok)
    entry = match(entries, tok) if entries else None
    if entry is None:
        return None
    entry = with_intent(entry, tok)
    sources, targets, how, anchor = noun_participants(doc, tok, entry)
    if anchor is None:  # "hit back with its own levies on ...": the verb's clause carries the measure
        anchor = _instrument_verb(tok)
    if how == "light" and anchor is not None and _reads_otherwise(anchor, entry):
        return None  # "lodged a protest with Kenya" (ACCUSE), "filed an appeal": the verb's own reading wins
    if "state" in entry.flags and how not in ("light", "instrument", "enacted") and not _brought_in(tok) \
            and not (how == "poss" and child(tok, "poss").pos_ != "PRON"):
        kept = _kept_on(doc, tok, entry, sources)
        how = "kept" if kept else how  # the rule names the reading: noun:tariffs/kept
        targets = kept or _named_measure(doc, tok, entry, sources, targets, how)
        if not targets:
            return None  # "its tariffs on copper": a measure in place; "Trump's sanctions on Iran" names its maker
    if not targets and how == "light" and anchor is not None:  # "gave Israel an ultimatum": the light verb's
        # indirect object receives the deed, a dative or a first object as the parser may label it ("gave the
        # government of Chad an ultimatum": two dobj); before a "for" phrase, which may tell a purpose
        given = who.role_tokens(anchor, "dative") + [o for o in children(anchor, "dobj") if o.i < tok.i]
        targets = [a for o in given for a in who.actors(doc, o) if a not in sources]
    if not targets:  # "hit back with its own levies on Mexico": the phrase may hang on the anchor verb
        targets = noun_targets(doc, tok, anchor, entry, sources)
    if not targets and entry.type in _DEFIED_TYPES and sources:  # "despite protests by farmers, the government
        # raised prices": the protest is aimed at whoever goes ahead despite it
        targets = _defied(doc, tok, sources)
        how = f"{how}/defied" if targets else how
    if not targets and "located" in entry.target and sources:  # "carried out bombings in Somalia"
        targets = who.located_countries(doc, tok, anchor, sources)
        how = f"{how}/located" if targets and how else ("located" if targets else how)
    if not targets and how == "instrument" and anchor is not None:  # "hit Russia with sanctions"
        targets = [a for o in children(anchor, "dobj") for a in who.actors(doc, o) if a not in sources]
    if not targets and how == "adjunct" and anchor is not None and entry.type == "CONSULT" \
            and anchor.lemma_.lower() in cues("speech") and not _partner_named(tok):  # "assured Lula in a phone
        # call"; not "after a meeting with the group's envoys, told the council to": the meeting names its partner
        targets = [a for o in children(anchor, "dobj", "dative") for a in who.actors(doc, o) if a not in sources]
    if how == "from" and anchor is not None:
        targets = targets or _received_targets(doc, anchor, sources)
    if not targets and sources and entry.type in SUFFERED_TYPES:  # "came under attack by militants", "sustained a
        sufferer = suffering_verb(tok)  # rocket attack from Hamas": the subject suffered it (eventcoding/suffered.py)
        targets = _received_targets(doc, sufferer, sources) if sufferer is not None else []
        how = f"{how}/suffered" if targets else how
    if not targets and entry.type == "CONSULT" and len(sources) == 1:  # "joined an AU-organized summit" (not
        # "X and Y resumed talks hosted by Z": the pair's own talks)
        targets = convener(doc, tok, sources)
        how = f"{how}/convener" if targets else how
    if how == "adjunct" and targets:  # "After talks with Ramgoolam, both leaders said": not his own partner
        sources = [a for a in sources if a not in targets] or sources
    return Candidate(tok, entry, sources, targets, how, anchor, 0.6)


def _partner_named(tok: Token) -> bool:
    """A contact noun that names its partner with 'with' ('a meeting with X', 'talks earlier this month with
    X'), whether or not X was read as an actor."""
    return any(t.lower_ == "with" and t.dep_ == "prep" for t in tok.subtree if t.head.i == tok.i or t.head.head.i == tok.i)


def convener(doc: Document, tok: Token, sources: list[str]) -> list[str]:
    """Who called or hosted a meeting that names no other party (word class convening_verbs): the agent of
    its participle ("a meeting organized by the UN", "talks hosted by Qatar") or the name hyphened on it
    ("a U.N.-organized meeting", "Qatar-hosted talks")."""
    verbs = word_class("convening_verbs")
    found: list[str] = []
    for c in children(tok, "acl", "amod"):
        if c.tag_ == "VBN" and c.lemma_.lower() in verbs:
            found += [a for o in prep_objects(c, "by") for a in who.actors(doc, o)]
            found += [a for o in children(c, "npadvmod", "compound") if o.i < c.i for a in who.actors(doc, o)]
        elif "-" in c.text and c.i < tok.i:  # one token: "U.N.-organized"
            name, _, participle = c.text.rpartition("-")
            if participle.lower() in {v + ("d" if v.endswith("e") else "ed") for v in verbs}:
                found += [a for a in [doc.actor_of_token(c) or who.one_word_names(doc).get(name)] if a]
    return [a for a in dict.fromkeys(found) if a not in sources]


def _named_measure(doc: Document, tok: Token, entry: Entry, sources: list[str], targets: list[str],
                   how: str) -> list[str]:
    """Whom a standing measure falls on when a compound or adjective names its maker ("U.S. restrictions on
    Chinese business", "Canadian tariffs on American steel"): its "on"/"against" phrase, or the owner named
    inside it (agents.restricted_owner); none without both (a bare "U.S. tariffs" codes nothing)."""
    if how not in ("compound", "adjective") or entry.type not in MEASURE_TYPES or not sources:
        return []
    if targets:
        return targets  # "Russian and Chinese sanctions on ..." coordinated makers
    from .agents import restricted_owner

    found = noun_targets(doc, tok, None, entry, sources)
    return found or restricted_owner(doc, Candidate(tok, entry, sources, [], how))


def noun_participants(doc: Document, tok: Token, entry: Entry) -> tuple[list[str], list[str], str, Token | None]:
    """Sources (and for pairs, the other side) of a nominal event, and how they were found."""
    for word in ("between", "among"):  # "a 2013 agreement among X, Y and Z"
        for obj in prep_objects(tok, word):
            pair = who.actors(doc, obj)
            if len(pair) >= 2:
                return pair[:1], pair[1:], "between", None  # one reading (status.presupposed) for both
    if "held" in entry.requires:
        return held_in(doc, tok, entry)
    if "faced" in entry.requires:
        from .courts import faced
        return faced(doc, tok, entry)
    owner = child(tok, "poss")
    owners = who.actors(doc, owner) if owner is not None else []
    if "patient" in entry.flags and not prep_objects(tok, "of"):
        done = _patient_deed(doc, tok, entry, owners)
        if done is not None:
            return done
    if owners or owner is not None and owner.pos_ != "PRON":
        return owners, [], "poss", None  # an unresolved "its own tariffs" leaves the verb to say whose
    named = [a for c in children(tok, "compound") for a in who.actors(doc, c)]
    if len(named) >= 2:
        return named[:1], named[1:], "compound", None
    if named:
        return named, [], "compound", None
    for agent in prep_objects(tok, "by") or _shared_agents(tok):
        return who.actors(doc, agent), [], "by", None
    if entry.type in _DEFIED_TYPES and _defying_verb(tok) is not None:  # "despite criticism from rights groups":
        # the phrase's own "from" names who objects, as "faced criticism from" does
        objectors = [a for o in prep_objects(tok, "from") for a in who.actors(doc, o)]
        if objectors:
            return objectors, [], "from", None
    receiver = _receiving_verb(tok) or (suffering_verb(tok) if entry.type in SUFFERED_TYPES else None)
    givers = [a for h in _received_holders(tok, receiver) for o in prep_objects(h, "from") for a in who.actors(doc, o)] \
        if receiver is not None else []  # "from" under the noun, the object, or the verb as the parser may hang it
    if givers:  # "faced opposition from Germany": Germany's; whom it is aimed at, see _received_targets
        return givers, [], "from", receiver
    if "patient" in entry.flags and prep_objects(tok, "of"):  # "the arrest of Lissu (by police)"
        victims = [a for o in prep_objects(tok, "of") for a in who.actors(doc, o)]
        doers = _of_agent(doc, tok, victims)
        if not doers and victims and entry.type == "COERCE" and not _light(tok):  # "ordered the arrest of"
            doers = state_doer(doc, Candidate(tok, entry, [], victims))  # else the light verb's subject's, below
        if doers:
            return doers, [], "patient", None
    forces = forces_of(doc, tok, entry)
    if forces:  # "the withdrawal of U.S. troops from Iraq": the forces' own move (eventcoding/forces.py)
        return forces, [], "of_forces", None
    adjectives = [a for c in children(tok, "amod") for a in who.actors(doc, c)]
    # "a Saudi-led airstrike": the leader the hyphened participle names (word class leading_participles)
    adjectives = adjectives or [a for c in children(tok, "amod") if c.lower_ in word_class("leading_participles")
                                for m in c.children if m.i < c.i and m.dep_ in ("npadvmod", "compound", "nmod", "amod")
                                for a in who.actors(doc, m)][:1]
    if adjectives:  # "a Turkish offensive", "Russian and Chinese drills"
        if "sym" not in entry.flags and len(who.coordinated_modifiers(doc, tok)) >= 2:
            return adjectives, [], "adjective", None  # "a Dutch and Belgian plan": made by both
        return adjectives[:1], adjectives[1:] if "sym" in entry.flags else [], "adjective", None
    head = _light_verb(tok, entry)
    if head is not None:
        subj, _ = subject(head)
        lemma = head.lemma_.lower()  # "kept tariffs in place on Mexico" (rule .../kept), "adopted sanctions" (.../enacted)
        how = "light" if lemma in cues("light") else "enacted" if lemma in cues("enact") else "kept"
        return who.actors(doc, subj), [], how, head
    claimed = _claimed_deed(tok)
    if claimed is not None:
        subj, _ = subject(claimed)
        return who.actors(doc, subj), [], "claimed", claimed
    verb = _instrument_verb(tok) or _adjunct_verb(doc, tok, entry)
    if verb is not None:
        subj = _passive_agent(doc, verb) if is_passive(verb) else subject(verb)[0]
        doers = who.actors(doc, subj)
        if doers:
            return doers, [], "instrument" if verb.i < tok.i and tok.head.lower_ == "with" else "adjunct", verb
    if "joint" in entry.flags:
        pair = _joint_pair(doc, tok)
        if len(pair) >= 2:
            return pair[:1], pair[1:], "joint", None
    verb = _manner_verb(tok, entry)
    if verb is not None:
        subj, _ = subject(verb)
        return who.actors(doc, subj), [], "manner", verb
    side = _reporting_side(doc, tok, entry)
    if side:
        return side, [], "reported", None
    return [], [], "", None


def holding_verb(tok: Token) -> Token | None:
    """The verb whose subject a place of custody holds: the noun is the object of "in" under it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in word_class("holding_verbs") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in ("hold", "keep") and not is_passive(verb):
        return None  # "held talks in prison", "kept him in jail": only the passive's subject is the one held
    return verb


def held_in(doc: Document, tok: Token, entry: Entry) -> tuple[list[str], list[str], str, Token | None]:
    """Someone told as held in custody ("the editor has been in custody for a month", "the activist is still in
    detention"): the state holds them (agents.state_doer: the enforcer named near, else the state of the
    place, else of the people held); only people are held."""
    verb = holding_verb(tok)
    subj, _ = subject(verb) if verb is not None else (None, None)
    if subj is None or subj.pos_ == "PRON" or negated(verb) or any(c.dep_ == "nummod" for c in subj.children):
        return [], [], "", None  # "he shouldn't have spent a day in prison": a named person is held, not a
        # wish about someone; "900 inmates were in detention": a count, no deed
    held = who.actors(doc, subj)
    if not held:
        return [], [], "", None
    doers = state_doer(doc, Candidate(tok, entry, [], held))
    return doers, held, "state", verb


def _patient_deed(doc: Document, tok: Token, entry: Entry, owners: list[str]) \
        -> tuple[list[str], list[str], str, Token | None] | None:
    """An act done to someone named as its possessor, with no "of" phrase: "Lai's arrest", "his
    deportation" (the possessor is whom it was done to; "Iran's release of the sailors" keeps its possessor
    as doer). The doer: a "by" phrase, else for coercion by a state the one enforcer named near it or the
    state of its setting (agents.state_doer); None when nothing is owned."""
    if not owners:
        return None
    doers = [a for o in prep_objects(tok, "by") for a in who.actors(doc, o) if a not in owners]
    if not doers and entry.type == "COERCE":
        doers = state_doer(doc, Candidate(tok, entry, [], owners))
    return doers, owners, "patient", None


def _of_agent(doc: Document, tok: Token, victims: list[str]) -> list[str]:
    """The agent of an act the parser hung on its "of" phrase: "the arrest of the lawmaker Tundu Lissu by
    police" ("by" under "Lissu")."""
    for obj in prep_objects(tok, "of"):
        for t in obj.subtree:
            if t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by":
                found = [a for o in children(t, "pobj") for a in who.actors(doc, o) if a not in victims]
                if found:
                    return found
    return []


def _receiving_verb(tok: Token) -> Token | None:
    """The verb whose subject receives a reaction the noun names: "faced opposition from", "drew criticism
    from", "met with condemnation from", "came under criticism from" (event_received_verbs.txt); the noun may
    name the object's kind ("received bailout packages from") or what an amount is of ("billions in aid")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "under") and head.dep_ == "prep":
        head = head.head  # "met with", "came under"
    elif tok.dep_ == "compound" and head.dep_ == "dobj":
        head = head.head  # "obtained a dozen rescue packages from the Fund": the noun names the object's kind
    elif tok.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj" and head.head.pos_ in ("NUM", "NOUN"):
        head = head.head.head  # "received billions in aid from Japan": the object an amount of it
    elif tok.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in words("event_received_verbs.txt") else None


def _received_holders(tok: Token, receiver: Token) -> list[Token]:
    """Where a received thing's "from" phrase may hang: the noun, the object it names the kind or the matter of
    ("bailout packages from", "billions in aid from"), the receiving verb."""
    holders = [tok, receiver]
    obj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head
    if tok.dep_ in ("compound", "pobj") and obj.dep_ == "dobj" and obj.head == receiver:
        holders.insert(1, obj)
    return holders


def _received_targets(doc: Document, verb: Token, sources: list[str]) -> list[str]:
    """Whom a received reaction is aimed at: the verb's subject, else whoever the subject belongs to ("the
    plan faced opposition from Germany" -> the plan's owner; "his arrest drew criticism" -> not him)."""
    subj, _ = subject(verb)
    if subj is None:
        return []
    found = [a for a in who.actors(doc, subj) if a not in sources]
    if not found and not patient_noun(subj):
        found = [a for a in who.owner(doc, subj) if a not in sources]
    return found


def _light(tok: Token, entry: Entry | None = None) -> bool:
    return _light_verb(tok, entry) is not None


def taken_by_light_verb(tok: Token) -> bool:
    """Whether a noun is the object of a light verb ("made concessions to", "stepped up cooperation with") or of
    one that enacts it ("approved a grant for", "adopted a truce"): the requirement kind light of
    event_nouns.tsv (triggers.requirement_holds)."""
    return _light(tok) or tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in cues("enact")


def _light_verb(tok: Token, entry: Entry | None = None) -> Token | None:
    """The light verb that takes an event noun ("held talks", "ordered the arrest of"); a standing measure (flag
    `state`) also by a verb that keeps it in force ("kept tariffs in place on Mexico", "will maintain its
    sanctions on Russia": cue kind keep) or enacts it ("adopted measures against X", "will vote on sanctions on
    X": cue kind enact, the vote through its "on"/"for" phrase), which are no light verbs for other nouns ("kept
    the talks secret", "adopted a plan")."""
    standing = entry is not None and "state" in entry.flags
    if tok.dep_ == "pobj" and standing and tok.head.lower_ in ("on", "for") \
            and tok.head.head.lemma_.lower() == "vote" and tok.head.head.pos_ == "VERB":
        return tok.head.head
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head.lemma_.lower()
    if verb in cues("light") or standing and (verb in cues("keep") or verb in cues("enact")):
        return tok.head
    if entry is not None and "enact" in entry.flags and verb in cues("enact"):
        return tok.head  # "the IMF approved a loan for Pakistan": a lender that approves aid gives it
    return None


def _reads_otherwise(verb: Token, entry: Entry) -> bool:
    """Whether a light verb has a reading of its own in event_verbs.tsv for this object that codes another
    type ("lodge obj:protest" is a complaint, ACCUSE, not a PROTEST): that reading is the event."""
    entries = verbs().get(verb.lemma_.lower())
    own = match(entries, verb) if entries and verb.pos_ == "VERB" else None
    return own is not None and own.type != entry.type


def _brought_in(tok: Token) -> bool:
    """A measure a verb takes here: the object of a light verb or the instrument of one ("retaliated with
    its own tariffs", "imposed their sanctions")."""
    return _light(tok) or _instrument_verb(tok) is not None


def _kept_on(doc: Document, tok: Token, entry: Entry, sources: list[str]) -> list[str]:
    """Whom a standing measure kept in force falls on, where its own phrase names the party itself: "kept
    tariffs in place on Mexico and Canada", "will maintain its sanctions on Russia" (cue kind keep). A measure
    kept on goods is one in place, no event: "kept its tariffs on Chilean copper"."""
    verb = _light_verb(tok, entry)
    if verb is None or verb.lemma_.lower() in cues("light"):
        return []
    objects = [o for h in (tok, verb) for role in entry.target for o in prep_objects(h, role)]
    named = [doc.actor_of_token(x) for o in objects for x in (o, *o.conjuncts)]
    return list(dict.fromkeys(a for a in named if a and a not in sources))


def _claimed_deed(tok: Token) -> Token | None:
    """The verb whose subject owns up to a deed: "claimed responsibility for the attack", "took credit
    for the bombing" -> claimed, took."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return None
    owned = ("responsibility", "credit")
    if prep.head.lemma_.lower() in owned and prep.head.dep_ == "dobj":
        verb = prep.head.head  # "claimed [responsibility for the attack]"
    elif any(c.dep_ == "dobj" and c.lemma_.lower() in owned for c in prep.head.children):
        verb = prep.head  # "took credit [for the bombing]" as the parser may hang it
    else:
        return None
    return verb if verb.lemma_.lower() in ("claim", "take", "accept") else None


def _instrument_verb(tok: Token) -> Token | None:
    """The verb a deed is the instrument of: "retaliated with tariffs", "hit Russia with sanctions"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() not in cues("speech") else None


# prepositions of time whose event is the clause subject's own (triggers.TIME_PREPOSITIONS), and the 'ahead' of
# "ahead of talks with X", which _adjunct_verb climbs to from its 'of'
_ADJUNCT_PREPOSITIONS = TIME_PREPOSITIONS | {"ahead"}


def _adjunct_verb(doc: Document, tok: Token, entry: Entry) -> Token | None:
    """The verb a time phrase built on an event noun hangs from: "Following talks with Ramgoolam, Modi
    announced ...", "spoke during a trip to Hanoi" (the subject of the clause held the talks); also
    through a time word the parser hung it on ("ordered it last week after a meeting with ...") or the
    subject it follows ("Pranowo, after a meeting with ..., told ...")."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    meeting = prep.lower_ in MEETING_PREPOSITIONS and entry.type == "CONSULT"  # the reading matched here:
    # "in a phone call to Scholz" (call mod:phone), not "in a call for calm" (REQUEST)
    if prep.lower_ not in _ADJUNCT_PREPOSITIONS and not meeting or prep.dep_ != "prep":
        return None
    if prep.lower_ in word_class("aftermath_prepositions") and entry.type.lower() in word_class("answered_deed_types"):
        return None  # "police sealed off the area after the bomb attack": the subject answers the deed (evprec26)
    verb = prep.head
    if verb.dep_ in ("npadvmod", "tmod") or verb.dep_ in ("nsubj", "appos") and prep.i > verb.i:
        verb = verb.head  # "last week [after talks]", "Pranowo, [after a meeting ...,] told"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if is_passive(verb):  # "were detained after a protest": a passive subject did not hold the protest
        return verb if _passive_agent(doc, verb) is not None else None
    subj, _ = subject(verb)
    if subj is None or subj.pos_ == "PRON" and not doc.referents(subj):
        return None  # a pronoun only when coreference resolved it: "it could come after a summit"
    return verb


def _passive_agent(doc: Document, verb: Token) -> Token | None:
    """The "by" agent of a passive clause a time phrase hangs from, as the doer of the noun's deed, where the
    passive's subject is a thing and no party ("the accord was signed by Ruto during a visit to Kampala": Ruto's
    visit); a party as its subject may be the one who did it ("the minister was criticized by lawmakers after a
    visit to Moscow": the minister's visit, perhaps), and leaves it unread."""
    patient, _ = subject(verb)
    if patient is None or patient.pos_ == "PRON" or who.actors(doc, patient):
        return None
    agents = prep_objects(verb, "by")
    return agents[0] if agents and who.actors(doc, agents[0]) else None


def _shared_agents(tok: Token) -> list[Token]:
    """The "by" phrase of the next noun of a pair told together ("protests and lobbying by tourism firms",
    "strikes and sit-ins by teachers"): the parser hangs it on the last noun; it names the doers of both. Only
    a conjunct joined straight on (nothing but "and"/"or" or a comma between), not "protests in Paris and a
    speech by Macron"."""
    for c in children(tok, "conj"):
        between = tok.doc[tok.i + 1:c.i]
        if c.pos_ in ("NOUN", "PROPN") and all(t.dep_ in ("cc", "punct") for t in between):
            return prep_objects(c, "by")
    return []


# types of a deed against what a party does, aimed at whoever goes ahead despite it (nominal._defied)
_DEFIED_TYPES = frozenset({"PROTEST", "ACCUSE", "REJECT"})


def _defied(doc: Document, tok: Token, sources: list[str]) -> list[str]:
    """Whom a protest or objection told in a concessive phrase is aimed at: the subject of the clause that goes
    ahead despite it ("Despite protests by farmers, the government raised prices": the government); the
    prepositions are word class concessive_prepositions ("despite", "notwithstanding"). Not for a passive clause,
    whose subject is not the one who went ahead ("despite protests, the law was passed")."""
    verb = _defying_verb(tok)
    if verb is None:
        return []
    subj, _ = subject(verb)
    return [a for a in who.actors(doc, subj) if a not in sources]


def _defying_verb(tok: Token) -> Token | None:
    """The active verb a concessive phrase built on the noun hangs from ("despite protests ..., raised")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in word_class("concessive_prepositions") or prep.dep_ != "prep":
        return None
    verb = prep.head
    return None if verb.pos_ not in ("VERB", "AUX") or is_passive(verb) else verb


def _joint_pair(doc: Document, tok: Token) -> list[str]:
    """Who does a joint deed: "joint patrols by Finland and Estonia", else the pair last named together."""
    for prep in ("of", "by", "between"):
        for obj in prep_objects(tok, prep):
            found = who.actors(doc, obj)
            if len(found) >= 2:
                return found
    return who.last_pair(doc, tok)


def _manner_verb(tok: Token, entry: Entry) -> Token | None:
    """The verb an "in protest" phrase hangs from: "walked out in protest", "stopped work in a protest"."""
    if "manner" not in entry.flags or tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() in cues("speech"):
        return None  # "X withdrew its envoy, the ministry said, in protest": the saying is no protest
    return verb if verb.pos_ == "VERB" and verb.i != tok.i else None


# target roles of a noun read from the phrase rather than a preposition of that name (event_verbs.tsv header)
_CLAUSE_ROLES = frozenset({"sought", "asked", "ringed"})


def noun_targets(doc: Document, tok: Token, anchor: Token | None, entry: Entry, sources: list[str]) -> list[str]:
    place = "place" in entry.flags
    timed = children(tok, "npadvmod", "advmod")  # "talks late last week with X": "with" under "week"
    timed += [t for w in timed for t in children(w, "npadvmod")]
    # "imposition of sanctions on Iran"; "a plan put forward last week for the Council to act" (light_participles);
    # "an attack by the militants on the base": the parser may hang the target's phrase on the "by" agent (evthreat21)
    agents = prep_objects(tok, "by")
    for holder in (tok, anchor, *prep_objects(tok, "of"), *agents, *timed, *light_participles(tok)):
        if holder is None:
            continue
        for role in entry.target:
            sought = role == "sought"  # "Kenya's call for talks with Somalia": the party of what is asked for
            # and "asked": "Brazil's proposal for the UN to send troops" (participants.role_tokens)
            for obj in who.role_tokens(holder, role) if role in _CLAUSE_ROLES else prep_objects(holder, role):
                found = [a for a in who.actors(doc, obj, place) if a not in sources]
                found = who.sought_found(doc, obj, found) if sought else found
                if not found and entry.type == "ASSAULT" and not doc.actor_of_token(obj):  # "the offensive
                    # against Assad's leadership", "strikes on Hamas's tunnels": force against what a party owns
                    # is force against it (as verb:attack reads "attacked Ukraine's power grid"); only force:
                    # "threats against America's allies" are no threat to America
                    found = [a for p in children(obj, "poss") for a in who.actors(doc, p) if a not in sources]
                if found:  # an owner named deeper inside ("on U.S. exports"): agents.restricted_owner
                    return found
    if AIMED_ROLES.isdisjoint(entry.target):
        return []
    # "Tokyo's sanctions targeting Russian banks", "restrictions aimed at Chinese firms" (evsrc22): a measure or
    # a deed done on or against someone, pointed by a participle of aiming (word class aiming_participles)
    for obj in aimed_at([tok]):
        found = [a for a in who.actors(doc, obj, place) if a not in sources]
        if found:
            return found
    return []


# sectors of a party that holds talks in its own name (not commentators, media or business: "analysts say
# talks with Iran have stalled" tells no talks of the analysts')
_NEGOTIATING_SECTORS = frozenset({"GOV", "MIL", "IGO", "REB", "OPP", "LEG"})


def _reporting_side(doc: Document, tok: Token, entry: Entry) -> list[str]:
    """Talks told with their other side only, as the subject of what a party says: "Egypt said negotiations
    with the IMF were progressing", "Kenya says talks with Somalia have stalled", "'Talks with the rebels will
    continue,' Petro said" - the speaker's side holds them. Only for meetings with a "with" phrase, whose
    speaker is a country or a government, armed, international or political body or person."""
    if entry.type != "CONSULT" or tok.dep_ not in ("nsubj", "nsubjpass") or not prep_objects(tok, "with"):
        return []
    if any(c.dep_ == "aux" and c.lemma_.lower() in word_class("deontic_aux") for c in tok.head.children):
        return []  # "the dialogue with Brazil has to go on": a demand of the speaker's (eventcoding/speech/demands.py), no talks told
    speaker = doc.actor(who.speaker_at(doc, tok.idx) or _saying_subject(doc, tok) or "")
    if speaker is None or speaker.kind != "country" and working_sector(speaker) not in _NEGOTIATING_SECTORS:
        return []
    return [speaker.id]


def _saying_subject(doc: Document, tok: Token) -> str | None:
    """The actor who says the clause a subject stands in, read from the tree where no attribution holds it
    ("Pakistan said that discussions with the IMF to secure a loan are progressing and ..."): the clause
    is the complement of a verb of saying, reached through coordination."""
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in cues("speech"):
        return None
    subj, _ = subject(verb)
    found = who.actors(doc, subj)
    return found[0] if len(found) == 1 else None
