"""lookahead.first_chars: the look-ahead that leads every time pattern must never change what it finds."""
import re

from eventwire.stages.timex import words
from eventwire.lookahead import first_chars


def test_first_chars_of_simple_shapes():
    assert first_chars("abc") == "[a]"
    assert set(first_chars(r"(?:foo|bar)\s+\d+")[1:-1]) == set("fb")
    assert first_chars(r"(?:the\s+)?day") == "[td]"  # an optional start: what follows may begin the match
    assert first_chars(r"\d{1,2}:\d\d") == r"[\d]"
    assert first_chars(r"(?=x)y") == "[y]"  # a look-ahead takes no character


def test_first_chars_gives_up_where_it_cannot_tell():
    assert first_chars(r"(?:a)?") is None  # may match the empty string
    assert first_chars(r".x") is None
    assert first_chars(r"[^a]x") is None
    assert first_chars(r"(a)\1") == "[a]"  # a back reference after the first character is no matter


def test_guarded_patterns_find_what_the_rows_alone_find():
    fill = words.placeholders()
    bodies = [re.sub(r"\{(\w+)\}", lambda m: fill[m.group(1)], row["pattern"])
              for row in words.lexicon.table("time_patterns.tsv")]
    plain = [re.compile(r"(?<!\w)(?:" + body + ")", re.I) for body in bodies]
    texts = [
        "The ministers met on Tuesday, March 4, 2025, and again three weeks later, at 10:30 a.m. local time.",
        "SINCE THE EARLY 1990S THE TOWN HAS GROWN; BY NEXT SPRING IT WILL HAVE DOUBLED.",
        "about two and a half years ago, in mid-2019, a 12-hour strike began last night",
        "Every Monday until the end of the decade; the fiscal year 2024-25; 3 days; the 21st century",
        "May may come, said Theresa May on 2/3/2024 or 2024-03-02 at 09:15 GMT, five minutes after noon.",
    ]
    guarded = [p.regex for p in words.patterns()]
    assert any(p.pattern.startswith("(?=") for p in guarded)
    for text in texts:
        for old, new in zip(plain, guarded):
            assert [(m.span(), m.groupdict()) for m in old.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in new.finditer(text)]
        assert any(new.search(text) for new in guarded)
