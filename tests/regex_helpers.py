"""The plain form of a pattern the speed work rewrote, for tests that check both forms find the same."""
from __future__ import annotations

import re

# ``lookahead.led``'s form: a look-ahead of the pattern's first characters put in front
_LED = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")
# ``lookahead.opening``'s form: 'C(?<!XC)', the look-behind read after its first character class (which may
# open a group: '(?P<name>C(?<!XC)...')
_OPENING = re.compile(r"^((?:\((?:\?P<\w+>|\?:)?)?)(\[(?:\\.|[^\]\\])*\])\(\?<!((?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\\[])+?)\2\)")


def plain(pattern: re.Pattern[str], drop_flags: int = 0) -> re.Pattern[str]:
    """The pattern as it was written before the rewrite: without ``led``'s look-ahead, or with ``opening``'s
    look-behind back in front of the character it tests ('(?<!X)C'). A pattern in neither form fails."""
    body = pattern.pattern
    led = _LED.match(body)
    if led:
        return re.compile(body[led.end():], pattern.flags & ~drop_flags)
    opening = _OPENING.match(body)
    assert opening is not None, body[:60]  # (the pattern stands in one of the two forms)
    group, first, not_after = opening.groups()
    return re.compile(f"{group}(?<!{not_after}){first}" + body[opening.end():], pattern.flags & ~drop_flags)


def spans(matches) -> list:
    """Each match's span and groups, to compare what two forms of a scan found."""
    return [(m.span(), m.groups()) for m in matches]


def with_case_variants(texts: list[str]) -> list[str]:
    """The texts, then each in upper case, then each in lower case (a scan that ignores case must find the same
    in all three)."""
    return texts + [t.upper() for t in texts] + [t.lower() for t in texts]
