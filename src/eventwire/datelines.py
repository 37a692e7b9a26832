"""The opening dateline of a story: 'BLANTYRE —', 'LILONGWE, Malawi —', 'ISLAMABAD/PENTAGON —',
'WARSAW - '. It says where the report was filed. Plain text, no parse: the actors stage reads the
country it names and the store reads where it ends (a dateline place is not where a happening was).
"""
from __future__ import annotations

import re

# an optional headline line and a blank line, then the town(s) in capitals, ", Region" and a dash
OPENING = re.compile(r"^(?:[^\n]{0,200}\n\s*\n)?\s*(?P<place>[A-Z][A-Z .'’-]+?)(?:/[A-Z][A-Z .'’-]+)*"
                     r"(?:,\s*(?P<where>[A-Z][\w .'’-]+?))?(?:\s*[—–]|\s+-)\s")


def opening(text: str) -> re.Match[str] | None:
    """The opening dateline of ``text``, or None."""
    return OPENING.match(text[:300])
