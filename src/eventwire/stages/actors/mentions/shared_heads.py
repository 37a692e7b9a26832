"""Two states' groups named with one noun (round 21, actspan21): 'Moroccan and Spanish authorities', 'Kenyan
and Ugandan officials' are the authorities of each state, two groups, as 'Moroccan authorities' and 'Spanish
authorities' said apart would be. The parse hangs the second demonym on the first ('Spanish' a conj of
'Moroccan'), so the group reader sees no demonym before the noun and reads bare 'authorities' of no country.

Read only for exactly two demonyms of two different states joined by 'and'/'or' right before a plural group
noun (group_nouns.tsv) that stands where a group acts or is acted on; a longer list ('U.S., French and Russian
representatives') is left to the states themselves, as the maintainers' gold codes such lists, and so are
the nouns a state's own name folds into it (collectives.tsv: 'the Thai and Chinese governments'). The first
group's mention is its demonym (the words the text gives it), its name the demonym with the shared noun."""
from __future__ import annotations

from ....document import Document
from ..groups import acts
from ..words import ActorWords, norm
from .candidates import Candidate, _code, tokens_with_lemma
from .group_mentions import _GROUP_ROLES

_JOINERS = ("and", "or")


def shared_head_groups(doc: Document, w: ActorWords, nouns=None) -> list[Candidate]:
    """Both groups of 'Moroccan and Spanish authorities' (see the module's text)."""
    assert doc.nlp is not None
    found: list[Candidate] = []
    for tok in tokens_with_lemma(doc, w.group_nouns) if nouns is None else nouns:
        lemma = tok.lemma_.lower()
        if tok.tag_ != "NNS" or tok.dep_ not in _GROUP_ROLES or tok.i < 3 or lemma in w.collectives:
            continue
        if lemma in w.party_only_groups or lemma in w.owned_only_groups or lemma in w.named_only_groups or (
                lemma in w.acting_only_groups and not acts(tok)):
            continue  # as the group reader: 'populations', 'teams', 'parties' are no group by their demonym alone
        second = doc.nlp[tok.i - 1]
        first = second.head
        if second.dep_ != "conj" or first.i != tok.i - 3 or first.head.i != tok.i or first.dep_ not in ("amod", "compound", "nmod") \
                or doc.nlp[tok.i - 2].lower_ not in _JOINERS or any(c.dep_ == "conj" and c.i != second.i for c in first.children):
            continue
        if first.i > 0 and doc.nlp[first.i - 1].is_punct:
            continue  # the end of a longer list: 'U.S., French and Russian envoys'
        one, two = w.demonym_of.get(norm(first.text)), w.demonym_of.get(norm(second.text))
        if not one or not two or one == two:
            continue
        sector = w.group_nouns.get(lemma)
        for start, end, name, code in ((first.idx, first.idx + len(first.text), f"{first.text} {tok.text}", one),
                                       (second.idx, tok.idx + len(tok.text), doc.text[second.idx:tok.idx + len(tok.text)], two)):
            found.append(Candidate(start, end, "group", f"group:{norm(name)}", name, code, sector, _code(code, sector)))
    return found
