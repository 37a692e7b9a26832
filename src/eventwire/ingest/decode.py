"""Bytes to text: refuse binary and empty input, honour byte-order marks, insist on UTF-8 otherwise."""
from __future__ import annotations

import codecs

from .. import settings

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class DecodeProblem(ValueError):
    """Why some bytes are not an article's text."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean a binary file (not UTF-16 with BOM)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> str:
    """The text in ``data`` with line endings made \\n; raises DecodeProblem saying what is wrong."""
    if not data.strip():
        raise DecodeProblem("empty input: no text to read")
    if len(data) > 4 * settings.MAX_TEXT_CHARS:
        raise DecodeProblem(f"file too large ({len(data):,} bytes; the limit is {settings.MAX_TEXT_CHARS:,} characters)")
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    else:
        if looks_binary(data):
            raise DecodeProblem("binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeProblem(f"not valid {encoding.upper()} text (bad byte at offset {exc.start}); "
                            "convert it to UTF-8 first") from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeProblem("empty input: only whitespace")
    if len(text) > settings.MAX_TEXT_CHARS:
        raise DecodeProblem(f"text too long ({len(text):,} characters; the limit is {settings.MAX_TEXT_CHARS:,})")
    return text
