"""A look-ahead for regular expressions: the characters a match can begin with, so that the regex engine
skips the positions where no match can start (used by the time patterns and the actors stage's word lists)."""
from __future__ import annotations

import re


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character a match of ``pattern`` can begin with (under the same
    ``flags``, so case-folding pairs stay together), or None when that cannot be told (the pattern may
    match the empty string, or begins with a construct not read here: '.', a negated class, a back
    reference). Read from Python's own parse of the pattern (``re._parser``); None if that is missing."""
    try:
        from re import _constants as c, _parser
    except ImportError:  # pragma: no cover - a Python without the module: no look-ahead, same matches
        return None

    def first(items) -> tuple[list[str], bool]:  # (class items, whether the sequence can match empty)
        out: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                return out + [re.escape(chr(av))], False
            if op is c.IN:
                for sub_op, sub_av in av:
                    if sub_op is c.LITERAL:
                        out.append(re.escape(chr(sub_av)))
                    elif sub_op is c.RANGE:
                        out.append(f"{re.escape(chr(sub_av[0]))}-{re.escape(chr(sub_av[1]))}")
                    elif sub_op is c.CATEGORY and str(sub_av) in _CATEGORIES:
                        out.append(_CATEGORIES[str(sub_av)])
                    else:
                        raise LookupError(sub_op)  # a negated class, ...
                return out, False
            if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
                found, empty = first(av[-1] if op is c.SUBPATTERN else av)
            elif op is c.BRANCH:
                found, empty = [], False
                for branch in av[1]:
                    items_, empty_ = first(branch)
                    found, empty = found + items_, empty or empty_
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                found, empty = first(av[2])
                empty = empty or av[0] == 0
            elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                found, empty = [], True  # takes no character: what follows begins the match
            else:
                raise LookupError(op)  # ANY, GROUPREF, ...
            out += found
            if not empty:
                return out, False
        return out, True

    try:
        found, empty = first(_parser.parse(pattern, flags))
    except (LookupError, AttributeError, TypeError):
        return None
    return None if empty or not found else "[" + "".join(dict.fromkeys(found)) + "]"


def led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead for the characters a match can begin with (``first_chars``):
    it finds what ``pattern`` alone finds. For a pattern that opens with an assertion ('\\b', a look-behind)
    the engine otherwise tests that assertion and then the first alternatives at every position of the
    text; with the look-ahead it gives up after one test of a character at most of them (a third or more
    off a scan of whole articles). A pattern that opens with a plain word or class is searched faster as
    it is (the engine skips to its first characters itself): compile those with ``re.compile``."""
    first = first_chars(pattern, flags)
    return re.compile(f"(?={first}){pattern}" if first else pattern, flags)


def opening(first: str, not_after: str = r"\w") -> str:
    r"""A pattern's opening character class ``first``, not after a character of ``not_after``: what
    ``(?<!not_after)first`` matches (``\bfirst`` with the default, where ``first`` holds word characters
    only), written as ``first(?<!not_after first)``, the look-behind read after the character. A pattern
    that opens on a character class lets the regex engine skip to that class's characters itself, in C;
    one that opens on an assertion (or on ``led``'s look-ahead) has it tested at every position of the
    text first (half the time of a scan of whole articles for '\b[Tt]he\s+...'). ``first`` must match one
    character."""
    return f"{first}(?<!{not_after}{first})"


# 'the' as a word of its own, opening a pattern ('\b[Tt]he' written with ``opening``)
THE = opening("[Tt]") + "he"
