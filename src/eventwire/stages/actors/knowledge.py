"""World knowledge about named actors: country, sector and dated roles (``lexicons/knowledge_actors.tsv``,
converted from PETRARCH2's Phoenix dictionaries by ``scripts/convert_phoenix_actors.py``, and
``lexicons/knowledge_recent.tsv``, hand-written changes after that base's 2019 snapshot).

Looked up by an actor's whole name only (never a bare surname). The country is durable and used at any
date; a role gives a sector only for an article published inside the role's dates, so a minister of
2012 is not a minister in 2025. The base is read once, on first use, into one dictionary of names.

People have a hand-written base of their own, ``lexicons/people.tsv`` (public figures 2015-2026 with
titled, dated offices; read by ``words.ActorWords.person_on``), which wins over this one for a person it
knows: it is newer and corrects the converted rows' slips. ``knowledge_recent.tsv`` stays for the bodies
and groups whose standing changed after the snapshot: it overlays the converted rows in their own format.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ...lexicon import _lines, table
from .words import norm


@dataclass(frozen=True)
class Facts:
    """What the base says of one actor on one day."""

    name: str
    country: str | None
    sector: str | None
    code: str | None


class Knowledge:
    def __init__(self, rows: tuple[tuple[str, ...], ...]) -> None:
        self._by_name: dict[str, tuple[str, str, str]] = {}
        for cells in rows:
            name, aliases, country, roles = (*cells, "", "", "", "")[:4]
            for n in [name, *aliases.split("|")]:
                if n:
                    self._by_name.setdefault(_key(n), (name, country, roles))

    def __len__(self) -> int:
        return len(self._by_name)

    def facts(self, name: str, day: date | None) -> Facts | None:
        """The base's facts for ``name`` on ``day`` (None when the base does not know the name)."""
        row = self._by_name.get(norm(name))
        if row is None:
            return None
        main, country, roles = row
        sector = code = None
        for role in roles.split("|"):
            role_sector, role_code, start, end = (role.split(":") + ["", "", "", ""])[:4]
            if not (start or end):
                sector, code = sector or role_sector or None, code or role_code
                continue
            if day is not None and (not start or date.fromisoformat(start) <= day) and (
                    not end or day <= date.fromisoformat(end)):
                sector, code = role_sector or None, role_code  # a role in force that day wins
                break
        if sector == "IGO":
            country = ""  # while it serves an international body, it speaks for no country
        return Facts(main, country or None, sector, code if sector else None)

    def held_office_before(self, name: str, day: date | None) -> bool:
        """Whether the base dates an office of ``name`` (a role with a sector) that ended before ``day``."""
        row = self._by_name.get(norm(name)) if day is not None else None
        for role in (row[2].split("|") if row else ()):
            role_sector, _, _, end = (role.split(":") + ["", "", "", ""])[:4]
            if role_sector and end and date.fromisoformat(end) < day:
                return True
        return False


def _key(name: str) -> str:
    """The base's names are plain words: a cheap key that equals ``norm`` of the same name."""
    key = name.casefold().replace("-", " ")
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=None)
def _rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of one of the base's files (name, aliases, country, roles), read and split once: the one
    reader of the base's format, for ``knowledge``, ``recent``, ``dated_names`` and ``base_firms``."""
    return tuple(tuple(line.split("\t")) for line in _lines(name)[1:])  # the first line names the columns


_DATED_ROLE = re.compile(r":\d{4}-\d\d-\d\d")


def dated_names() -> list[str]:
    """The names and aliases of the converted base's rows with a dated role: its people, and a few bodies
    ('Sudan People's Liberation Movement', 'Communist Party Of The Soviet Union'), read by ``not_people``
    for the words of known people's names."""
    return [name for cells in _rows("knowledge_actors.tsv") if len(cells) >= 4 and _DATED_ROLE.search(cells[3])
            for name in [cells[0], *cells[1].split("|")]]


@lru_cache(maxsize=1)
def base_firms() -> tuple[dict[str, str], ...]:
    """The converted base's firms: its rows whose role is business (BUS), as name, aliases, country, roles."""
    return tuple(dict(zip(("name", "aliases", "country", "roles"), (*cells, "", "", "", "")[:4]))
                 for cells in _rows("knowledge_actors.tsv") if len(cells) >= 4 and cells[3].startswith("BUS"))


_LEGAL_SUFFIX = re.compile(r"[,\s]+(?:inc|incorporated|ltd|limited|corp|corporation|co|plc|llc|s\.?a|ag|n\.?v|"
                           r"b\.?v|gmbh|s\.?p\.?a|holdings?)\.?$", re.I)


@lru_cache(maxsize=1)
def known_companies() -> dict[str, str]:
    """Firms by the name they go by in news, with their home country (empty when unknown): those of
    ``firms.tsv`` (large firms the base lacks) and the knowledge base's (PETRARCH2's Phoenix actors,
    ``knowledge_actors.tsv``, sector BUS) without the legal form the base writes ('ACME, Inc' -> 'acme').
    Of the base only names that change when the legal form is dropped are taken: the whole names are the
    base's own."""
    names = {norm(n): row["country"] or "" for row in table("firms.tsv")
             for n in [row["name"], *(row["aliases"] or "").split("|")] if n}
    for row in base_firms():
        short = _LEGAL_SUFFIX.sub("", row["name"]).strip()
        if short != row["name"] and len(short) >= 3:
            names.setdefault(norm(short), row.get("country") or "")
    return names


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """The hand-written rows of changes after the converted base's snapshot first, then the base."""
    return Knowledge(_rows("knowledge_recent.tsv") + _rows("knowledge_actors.tsv"))


@lru_cache(maxsize=1)
def recent() -> Knowledge:
    """Only the hand-written rows of changes after the snapshot (``knowledge_recent.tsv``)."""
    return Knowledge(_rows("knowledge_recent.tsv"))
