"""Short forms and bare group nouns that name an actor named in full before: '(ICJ)', ', or BLA,',
'known by his initials MBS', 'Officials' after 'Pakistani officials'. Works on mention candidates, before
actors are built, by giving the short form the full name's key."""
from __future__ import annotations

import re

from ....document import Document
from ..words import ActorWords, norm

def bare_groups(cands: list) -> None:
    """'Pakistani officials said ... Officials added': a group noun standing alone joins the nearest group
    named before with the same head noun (and takes its key, so the two are one actor)."""
    latest: dict[str, object] = {}
    for c in cands:
        if c.kind != "group" or not c.key.startswith("group:"):
            continue
        words = c.key[len("group:"):].split()
        if not words:
            continue
        head = words[-1]
        if len(words) == 1 and head in latest:
            c.key, c.country, c.sector = latest[head].key, c.country or latest[head].country, \
                c.sector or latest[head].sector
            cut = _through_word(c.name, head)
            if cut is not None:  # 'officials in Kabul', "Peru's officials" after 'Afghan officials', 'Peruvian
                # officials': the group named before keeps its name (the phrase, the owner say no more who they are)
                c.name = re.sub(r"^.*?['’]s\s+", "", cut)
            continue
        latest[head] = c

def _through_word(name: str, word: str) -> str | None:
    """``name`` up to the end of the first whole word that is ``word`` (case aside); None when none is. (Read off
    the words, not a pattern made per word: a pattern per call fills the ``re`` module's cache of compiled
    patterns, and every other reader's patterns are compiled again.)"""
    if not _WORD.fullmatch(word):
        m = re.match(rf"(?i).*?\b{re.escape(word)}\b", name)
        return m.group(0) if m else None
    low = word.lower()
    return next((name[:m.end()] for m in _WORD.finditer(name) if m.group(0).lower() == low), None)


_WORD = re.compile(r"\w+")
_ALIAS_WORD = r"[A-Z][A-Za-z.&-]{1,11}"

_ALIAS = re.compile(
    rf"\s*\(\s*(?P<paren>{_ALIAS_WORD})\s*\)"
    rf"|,?\s+(?:or|(?:also\s+)?known\s+(?:as|by\s+(?:his|her|its|their)\s+(?:[a-z]+\s+)?"
    rf"(?:abbreviation|acronym|initials|nickname))|abbreviated(?:\s+as)?)\s+[\"“]?(?P<said>{_ALIAS_WORD})(?<![.])")


def looks_like_acronym(word: str) -> bool:
    """'MINUSCA', 'C.A.R.', 'MBS', 'UNHCR': at least two capitals, and capitals for most of its letters."""
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and caps * 3 >= len(letters) * 2


def aliases(doc: Document, cands: list, w: ActorWords) -> list:
    """'the International Court of Justice (ICJ)', 'the Baloch Liberation Army, or BLA,', 'Mohammed bin
    Salman, known by his initials MBS': the short form names the same actor as the full name before it.
    Mentions of the short form join the full name's key; where no mention covers the short form, every
    whole-word occurrence of it after the full name becomes one. Returns the candidates, added ones
    included, in text order."""
    text = doc.text
    taken = bytearray(len(text) + 1)
    for c in cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    by_name: dict[str, list] = {}
    for c in cands:
        by_name.setdefault(text[c.start:c.end], []).append(c)
    added = []
    _spelled_out_after(text, cands)
    for c in list(cands):
        if c.kind == "country" or len(c.name.split()) < 2:
            continue
        m = _ALIAS.match(text, c.end)
        if m is None:
            continue
        alias = m.group("paren") or m.group("said")
        alias_start = m.start("paren") if m.group("paren") else m.start("said")
        if not looks_like_acronym(alias) or w.country_of(alias) or norm(alias) == norm(c.name):
            continue
        same = [d for d in by_name.get(alias, ()) if d.kind != "country"]
        if same:
            target = next((d.key for d in same if d.key.startswith("known:")), c.key)
            code = next((d.code for d in same if d.key == target), None)
            old = {c.key} | {d.key for d in same}
            for d in cands:
                if d.key in old:
                    d.key = target
                    if target.startswith("known:") and d.code is None:
                        d.code = code
            continue
        at = text.find(alias, alias_start)
        while at >= 0:
            end = at + len(alias)
            whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-.")) and (
                end >= len(text) or not (text[end].isalnum() or text[end] == "-"))
            if whole and not any(taken[at:end]):
                taken[at:end] = b"\x01" * (end - at)
                added.append(type(c)(at, end, c.kind, c.key, c.name, c.country, c.sector, c.code, c.role,
                                     list(c.tokens)))
            at = text.find(alias, end)
    return sorted(cands + added, key=lambda c: c.start) if added else cands


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _spelled_out_after(text: str, cands: list) -> None:
    """'the INL (Bureau of Drug Control ...)': a short form with its full name in brackets after it names the
    same actor; the full name's mention takes the short form's key where the lexicons know the short form,
    else the short form takes the full name's."""
    starts = {c.start: c for c in cands if c.kind != "country"}
    for c in cands:
        if c.kind == "country" or " " in c.name or not looks_like_acronym(text[c.start:c.end]):
            continue
        m = _OPEN_BRACKET.match(text, c.end)
        full = starts.get(m.end()) if m else None
        if full is None or len(full.name.split()) < 2 or full.key == c.key:
            continue
        old, target = (full.key, c.key) if c.key.startswith("known:") else (c.key, full.key)
        for d in cands:
            if d.key == old:
                d.key = target


# determiners and owners before a role that make it a description of somebody named before
