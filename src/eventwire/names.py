"""One name key for comparing actor names across articles and against gold: case-folded, curly
apostrophes straightened, no possessive 's, hyphens and dashes as spaces, no other punctuation, no
leading article, single spaces. Used by the store's incident grouping and filters and by the evaluation
(the reference scorer compares names the same way)."""
from __future__ import annotations

import re
import unicodedata

_POSSESSIVE = re.compile(r"'s\b")
_DASHES = re.compile(r"[-–—]")
_PUNCT = re.compile(r"[^\w\s]")
_ARTICLE = re.compile(r"^(the|a|an)\s+")


def name_key(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).replace("\u00a0", " ").casefold()
    s = s.replace("’", "'").replace("‘", "'")
    s = _PUNCT.sub("", _DASHES.sub(" ", _POSSESSIVE.sub("", s)))
    return " ".join(_ARTICLE.sub("", s.strip()).split())
