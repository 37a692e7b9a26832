"""Datelines: where a report was filed, written before its first words. One definition for every stage.

The shapes outlets write: 'BLANTYRE —', 'WARSAW - ', 'LILONGWE, Malawi —', 'ISLAMABAD/PENTAGON —',
'NAIROBI (Reuters) -', 'KYIV, Ukraine (AP) —', 'NEW DELHI: ', 'Taipei, Taiwan —'; the town in one to four
capitalised words (in capitals, or in title case when a region or an outlet's credit follows it, and then
only before a dash), a region after a comma, the credit of the outlet that filed it in brackets, then a
dash or a colon. A dateline opens a story (perhaps under a headline line or two) or a paragraph.

Plain text, no parse. The actors stage reads the country it names and keeps its town, region and dash out
of every actor (its credit is the outlet); the places stage reads its towns; the store reads where the
opening one ends (a dateline place is not where a happening was).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_CAPS_WORD = r"[A-Z][A-Z.'’-]+"
_TITLE_WORD = r"[A-Z][\w.'’-]*"
_TOWN_CAPS = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
_TOWN_TITLE = rf"{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}}"
_REGION = r"(?:,[ \t]*(?P<region>[A-Z][\w .'’-]{0,38}?))?"
_CREDIT = r"(?:[ \t]*\((?P<credit>[A-Z][\w .&'’-]{0,28})\))?"
# (an underscore stands for the dash in older AP wire copy: 'WASHINGTON (AP) _ ')
_DASH = r"(?P<dash>[ \t]*[—–]{1,2}|[ \t]+-{1,2}|[ \t]*--|[ \t]+_{1,2}|:)[ \t]+"

# a line start, the town(s) in capitals or in title case, ", Region", "(Credit)", then a dash or a colon
_BODY = (rf"(?P<towns>(?P<caps>{_TOWN_CAPS}(?:/{_TOWN_CAPS})*)|{_TOWN_TITLE}){_REGION}{_CREDIT}{_DASH}"
         r"(?=[\"“‘'A-Z0-9])")
_LINE = re.compile(rf"(?m)^[ \t]*{_BODY}")
_HERE = re.compile(_BODY)
# an opening: at most two short lines above it (a headline, a date: no sentence ending in a full stop), each
# then a blank line
_ABOVE = re.compile(r"(?:[^\n]{0,199}[^\n.]\n[ \t]*\n)")
_ABOVE_MAX = 2
OPENING_CHARS = 500  # an opening dateline starts within this many characters of the text


@dataclass(frozen=True)
class Dateline:
    """One dateline: offsets into the text of its whole head (``start``..``end``, the dash and the spaces
    after it included), of each town, of the region and of the credit (None when absent)."""

    start: int
    end: int
    towns: tuple[tuple[int, int], ...]
    region: tuple[int, int] | None
    credit: tuple[int, int] | None
    colon: bool = False  # 'NEW DELHI: ' (opening a later paragraph, 'SMITH: ' is more often a speaker's label)

    def town_names(self, text: str) -> list[str]:
        return [text[s:e] for s, e in self.towns]

    def region_name(self, text: str) -> str | None:
        return text[self.region[0]:self.region[1]] if self.region else None

    def credit_name(self, text: str) -> str | None:
        return text[self.credit[0]:self.credit[1]] if self.credit else None


def _dateline(m: re.Match[str]) -> Dateline | None:
    if m.group("caps") is None and not (m.group("credit") and m.group("dash") != ":" or
                                        m.group("region") and m.group("dash").strip() in ("—", "–")):
        return None  # title case only as 'Taipei, Taiwan —', 'Washington (CNN) -': not 'Reports: ', 'Update - '
    towns, at = [], m.start("towns")
    for name in m.group("towns").split("/"):
        towns.append((at, at + len(name)))
        at += len(name) + 1
    region = m.span("region") if m.group("region") else None
    credit = m.span("credit") if m.group("credit") else None
    return Dateline(m.start("towns"), m.end(), tuple(towns), region, credit, m.group("dash") == ":")


def in_text(text: str) -> list[Dateline]:
    """Every dateline opening a story or a paragraph of ``text``."""
    if "—" not in text and "–" not in text and "-" not in text and ":" not in text and " _" not in text:
        return []
    found = []
    for m in _LINE.finditer(text):
        line = _dateline(m)
        if line is not None:
            found.append(line)
    return found


def opening(text: str) -> Dateline | None:
    """The dateline opening ``text`` (under at most two short lines, a headline and a date), or None."""
    head = text[:OPENING_CHARS]
    at = len(head) - len(head.lstrip())
    for _ in range(_ABOVE_MAX + 1):
        m = _HERE.match(head, at)
        line = _dateline(m) if m else None
        if line is not None:
            return line
        above = _ABOVE.match(head, at)
        if above is None:
            return None
        at = above.end()
        at += len(head[at:]) - len(head[at:].lstrip())
    return None
