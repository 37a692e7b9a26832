"""The article's own outlet: known from its outlet or address, or told by the text; never a relay of a quote."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlparse

from ...document import Document
from ...lexicon import table
from ..actors.words import actor_words, norm


# ---- the article's own outlet -----------------------------------------------------------------

@lru_cache(maxsize=1)
def _flat_outlet_names() -> tuple[tuple[str, str], ...]:
    """Each outlet name with its letters only, lower-cased ("Al Jazeera" -> "aljazeera"), as a web host's
    name may write it; names of fewer than three letters are left out."""
    out = []
    for alias in actor_words().outlet_names:
        flat = re.sub(r"[^a-z]", "", alias.lower())
        if len(flat) >= 3:
            out.append((flat, alias))
    return tuple(out)


@lru_cache(maxsize=256)  # a run's articles come from a few sites: the outlet list is searched once per site
def _site_outlet_names(site: str) -> frozenset[str]:
    """The outlet names (as ``norm`` writes them) a web host's name starts with, and the known names they stand for."""
    w = actor_words()
    names: set[str] = set()
    for flat, alias in _flat_outlet_names():
        if site.startswith(flat):
            names.add(norm(alias))
            names.add(norm(w.known[norm(alias)].name))
    return frozenset(names)


def own_outlets(doc: Document) -> set[str]:
    """Ids of the actors that are the outlet publishing the article (never part of a chain)."""
    w = actor_words()
    names: set[str] = set()
    if doc.article.outlet:
        names.add(norm(doc.article.outlet))
        known = w.known.get(norm(doc.article.outlet))
        if known:
            names.add(norm(known.name))
    host = urlparse(doc.article.url or "").hostname or ""
    labels = [x for x in host.split(".") if x not in ("www", "com", "org", "net", "co", "uk", "news")]
    if labels:
        names |= _site_outlet_names(labels[-1])
    if not names:
        return _outlet_by_text(doc)
    return {a.id for a in doc.actors if a.kind == "media" and (
        norm(a.name) in names or any(norm(m.text) in names for m in a.mentions))}


@lru_cache(maxsize=1)
def _outlet_cues() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], int]]]:
    rows = table("own_outlet_cues.tsv")
    before = re.compile(r"\b(?:" + "|".join(
        re.escape(r["phrase"]).replace("\\ ", r"\s+") for r in rows if r["side"] == "before") + r")\s+(?:the\s+|an?\s+)?$", re.I)
    after = [(re.compile(r"^(?:['’]s\s+)?(?:" + re.escape(r["phrase"]).replace(re.escape("... "), r"(?:[^.!?]*?\s)?")
                         .replace("\\ ", r"\s+") + r")\b", re.I), int(r["weight"]))
             for r in rows if r["side"] == "after"]
    return before, after


# "As the author told <outlet>, ..." cites an interview another outlet made: that outlet is a relay
_CITED_INTERVIEW = re.compile(r"(?:^|[.;:!?][\"”’']?\s+|,\s+)As\s+[^.;:!?]{1,80}?\btold\s+(?:[Tt]he\s+)?$")


def _outlet_by_text(doc: Document) -> set[str]:
    """The publisher told by the text alone, for a story that comes without outlet or address: the one
    media actor its cues name (own_outlet_cues.tsv) with weight 2 or more, more than any other outlet.
    "As X told <outlet>" does not count: it cites an interview that outlet made."""
    before, after = _outlet_cues()
    weights: dict[str, int] = {}
    for a in doc.actors:
        if a.kind != "media":
            continue
        for m in a.mentions:
            w = 1 if before.search(doc.text, max(0, m.start - 40), m.start) \
                and not _CITED_INTERVIEW.search(doc.text, max(0, m.start - 120), m.start) else 0
            rest = doc.text[m.end:m.end + 160].lstrip()
            w += max((weight for pattern, weight in after if pattern.match(rest)), default=0)
            weights[a.id] = weights.get(a.id, 0) + w
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return set()
    return {ranked[0][0]}
