"""Is a text English? A cheap check on the share of common English function words.

eventwire's extraction reads English only; a text in another language is reported, not coded as if
it were English.
"""
from __future__ import annotations

import re

from .. import settings
from ..lexicon import words

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str, sample_chars: int = 20_000) -> tuple[float, int]:
    """(share of words that are common English function words, number of words looked at)."""
    tokens = _WORD.findall(text[:sample_chars])
    if not tokens:
        return 0.0, 0
    common = words("english_function_words.txt")
    # (each word lower-cased and looked up in C, by map: no Python step per word of the article)
    return sum(map(common.__contains__, map(str.lower, tokens))) / len(tokens), len(tokens)


def not_english_reason(text: str) -> str | None:
    """Why the text does not look English, or None when it does (or is too short to tell)."""
    share, count = english_share(text)
    if count < settings.LANGUAGE_MIN_WORDS:
        return None
    if share < settings.LANGUAGE_MIN_ENGLISH_SHARE:
        return (f"does not look like English ({share:.0%} of its words are common English words; English news "
                f"text has about 25-40%); eventwire reads English only")
    return None
