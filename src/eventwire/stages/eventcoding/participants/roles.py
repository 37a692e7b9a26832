"""The tokens filling a target role of a trigger (``role_tokens``: an object, a dative, a preposition's object, or a
named reading of the events stage's tables, each read in ``aims`` or here), and objects the parser hangs
elsewhere: the object two joined verbs share, and the object of a verb before a guest participle ("welcomed
visiting Premier Li")."""
from __future__ import annotations

from spacy.tokens import Token

from ...actors.sector import head_sector, vocabulary
from ..tree import child, children, marked_clauses, prep_objects
from ..words import word_class
from .aims import aim_objects, clause_subjects, pledged_parties, purpose_infinitives, purpose_objects, removed_parties, \
    sought_parties, split_asked
from .common import _CIVIL_SECTORS


def role_tokens(tok: Token, role: str) -> list[Token]:
    """The tokens filling a target role of a trigger: dobj, dative, or a preposition's object."""
    if role == "dobj":
        if tok.pos_ not in ("VERB", "AUX"):
            return []
        return children(tok, "dobj", "nsubjpass") or shared_object(tok) or guest_object(tok)
    if role == "dative":
        return [c for c in children(tok, "dative") if c.pos_ != "ADP"]
    if role == "purpose":
        return purpose_objects(tok)
    if role == "asked":
        # also under the object that carries the asking: "repeated its call for Serbia to recognize Kosovo"
        return [s for h in (tok, *children(tok, "dobj")) for c in marked_clauses(h, "for")
                for s in children(c, "nsubj")] + split_asked(tok)
    if role == "clause":
        return clause_subjects(tok)
    if role == "content":  # "voiced concern that China's new rules would hurt farmers": what the object says;
        # whoever the clause is about doing something, not civilians it may befall ("concern that students
        # will drop out")
        return [s for o in children(tok, "dobj") for c in children(o, "acl", "ccomp")
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for s in children(c, "nsubj")
                if vocabulary().get((head := head_sector(s.lower_)[0]) or "", head) not in _CIVIL_SECTORS]
    if role == "called":  # "called [the Thai plan]oprd to curb rice sales 'unfair'": the parser's object
        from ..triggers import called_objects
        return called_objects(tok)
    if role == "small":  # "considers [the sanctions]nsubj [illegal]ccomp" (judged_frames.small_clause_subjects)
        from ..judged_frames import small_clause_subjects
        return small_clause_subjects(tok)
    if role == "guarded":  # "deployed to protect civilians" -> civilians (evtype20): whom the purpose guards
        return [o for c in purpose_infinitives(tok)[:1] for o in children(c, "dobj")]
    if role == "aim":
        return aim_objects(tok)
    if role == "pledged":  # "pledged to send police to Haiti", "promised to help Moldova": whom the deed is for
        return pledged_parties(tok)
    if role == "sought":
        return sought_parties(tok)
    if role == "removed":
        return removed_parties(tok)
    if role == "outof":  # "pulled its troops out of Chad", "were pulled out of Mali": the place left (evrows)
        outs = [c for c in tok.children if c.lower_ == "out"]
        return [o for c in outs for q in children(c, "prep") if q.lower_ == "of" for o in children(q, "pobj")] \
            + (prep_objects(tok, "of") if outs else [])
    if role == "selfnamed":  # "broke up a cell calling itself X", "dismantled a network known as X": the object is
        # no actor, the name it goes by is (the actors stage's self-named bodies); a word of that name
        return [t for o in children(tok, "dobj", "nsubjpass") for a in children(o, "acl")
                if a.lemma_.lower() in word_class("naming_participles")
                for t in a.subtree if t.i > a.i and t.pos_ == "PROPN"][:1]
    if role == "ringed":  # "drills encircling Taiwan", "exercises that surrounded the island" (evreject28): the object
        # of a participle or relative verb of ringing a place (word class ringing_verbs) on the noun
        return [o for c in children(tok, "acl", "relcl") if c.lemma_.lower() in word_class("ringing_verbs")
                for o in children(c, "dobj")]
    if role == "helped":  # "helped Mauritius build an airstrip" (the parser makes Mauritius a subject)
        return [s for c in children(tok, "ccomp", "xcomp") for s in children(c, "nsubj")] if tok.pos_ == "VERB" else []
    return prep_objects(tok, role)


_JOINERS = frozenset({"cc", "punct", "advmod", "neg"})


def shared_object(tok: Token) -> list[Token]:
    """The object two joined verbs share when only the second has it: "guards detained and searched the
    driver", "Japan criticized and later sanctioned North Korea" -> the object of the second. Only a verb with
    no object or complement of its own, joined directly (a conjunction, a comma, an adverb of the second verb
    between them) to a verb without a subject of its own."""
    if children(tok, "dobj", "nsubjpass", "ccomp", "xcomp", "dative"):
        return []
    later = next((c for c in children(tok, "conj") if c.pos_ == "VERB"), None)
    if later is None or child(later, "nsubj", "nsubjpass") is not None:
        return []
    between = tok.doc[tok.i + 1:later.i]
    if not all(t.dep_ in _JOINERS and (t.head.i in (tok.i, later.i)) for t in between):
        return []
    return children(later, "dobj")


def guest_object(tok: Token) -> list[Token]:
    """The object of a verb the parser hung on a guest participle right after it: "assured visiting Premier Li"
    (guest_participles: "visiting" describes Li, who is the verb's object, not a clause of its own)."""
    if tok.pos_ != "VERB" or children(tok, "dobj", "dative"):
        return []
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return children(nxt, "dobj") if nxt is not None and guest_participle(nxt) else []


def guest_participle(tok: Token) -> bool:
    """A guest participle the parser made a clause of the verb just before it: "welcomed [visiting]xcomp Li"."""
    return tok.lower_ in word_class("guest_participles") and tok.pos_ == "VERB" and tok.i > 0 \
        and tok.head.i == tok.i - 1 and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB" \
        and not children(tok.head, "dobj", "dative")
