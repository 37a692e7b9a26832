"""PETRARCH/TABARI dictionary readers: each construct, malformed lines, and coding with small dictionaries."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.dictionaries import DictionaryError, load_dictionaries, valid_code


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


ACTORS = """<!-- test actors
spanning lines -->
ARNOR_  [ARN]  # comment
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN
LORIEN  [ELR/GAL]
GOLLUM  # dated codes
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]
\t[HOBREB > 990816]
BROKEN NAME [XYZ
ZIMBABWE
\t[RHO <790606]
\t[ZBW]
BAD DATE [AAA950601-990815]
NOCODE
"""


def test_actor_synonyms_and_codes(tmp_path: Path) -> None:
    d = load_dictionaries(actors=write(tmp_path, "actors.txt", ACTORS))
    by_name = {a.names[0]: a for a in d.actors}
    assert by_name[("GONDOR",)].names == [("GONDOR",), ("MINAS", "TIRITH"), ("ANORIEN",)]
    assert by_name[("ARNOR",)].codes_on(None) == ("ARN",)
    assert by_name[("LORIEN",)].codes_on(None) == ("ELR", "GAL")


def test_date_restricted_codes_choose_by_date(tmp_path: Path) -> None:
    d = load_dictionaries(actors=write(tmp_path, "actors.txt", ACTORS))
    gollum = next(a for a in d.actors if a.names[0] == ("GOLLUM",))
    assert ("SMEAGOL",) in gollum.names
    assert gollum.codes_on(date(1992, 1, 2)) == ("HOB",)
    assert gollum.codes_on(date(1995, 6, 1)) == ("HOBGOV",)
    assert gollum.codes_on(date(1999, 8, 15)) == ("HOBGOV",)
    assert gollum.codes_on(date(2001, 1, 1)) == ("HOBREB",)
    zimbabwe = next(a for a in d.actors if a.names[0] == ("ZIMBABWE",))
    assert zimbabwe.codes_on(date(1978, 12, 23)) == ("RHO",)
    assert zimbabwe.codes_on(date(2001, 1, 1)) == ("ZBW",)


def test_malformed_actor_lines_are_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "actors.txt", ACTORS)
    d = load_dictionaries(actors=path)
    assert any(w.startswith(f"{path}:14: unbalanced brackets in 'BROKEN NAME [XYZ'") for w in d.warnings)
    assert any(w.startswith(f"{path}:18: bad code block [AAA950601-990815]") for w in d.warnings)
    assert any(w.startswith(f"{path}:19:") and "no code" in w for w in d.warnings)
    assert any(a.names[0] == ("ZIMBABWE",) for a in d.actors)  # read after the bad lines


AGENTS = """!PERSON! = MAN, MEN
!MINST! = MINISTER, MINISTRY
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
MAIN_OPPOSITION_GROUP [~MOP]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
MSF {}  [NGO~]
NO CODE HERE
"""


def test_agents_plurals_substitutions_and_placement(tmp_path: Path) -> None:
    path = write(tmp_path, "agents.txt", AGENTS)
    d = load_dictionaries(agents=path)
    by_code = {a.code: a for a in d.agents}
    assert by_code["COP"].phrases == (("POLICE",),)  # {} : no plural
    assert ("GOLDEN", "GEESE") in by_code["GGS"].phrases
    assert ("MAIN", "OPPOSITION", "GROUPS") in by_code["MOP"].phrases
    assert ("CONGRESSMEN",) in by_code["LEG"].phrases
    assert ("MINISTRY", "OF", "SILLY", "WALKS") in by_code["GOV"].phrases
    assert by_code["NGO"].prefix and not by_code["COP"].prefix
    assert d.warnings == [f"{path}:9: not an agent entry (want PHRASE [~CODE] or [CODE~]): 'NO CODE HERE'"]


VERBS = """<!-- SYNSETS -->
&TIETYPES
+MILITARY
+ECONOMIC
&NEGATIVE
+DID N'T
+&TIETYPES

--- BREAK [1717] ---
BREAK { BROKE BROKEN }
+BREAK_DOWN {+BREAKS_DOWN +BROKEN_DOWN}
- * TREATY  [161]
- + * IN $  [075]
- * &TIETYPES_TIES [902]
- * (FOR &NEGOTIATION) [030]
- NO STAR HERE [111]
- * MISSING CODE

--- MEET  [031:031] ---
MEET
WIRE_+TAP [1711]
- % HAVE * [191]
"""


def test_verbs_synsets_forms_and_patterns(tmp_path: Path) -> None:
    path = write(tmp_path, "verbs.txt", VERBS)
    d = load_dictionaries(verbs=path)
    # each one-word member also stands for its regular plural, as PETRARCH2 makes them
    assert d.synsets["&TIETYPES"] == [("MILITARY",), ("MILITARIES",), ("ECONOMIC",), ("ECONOMICS",)]
    assert ("DID", "N'T") in d.synsets["&NEGATIVE"] and ("&TIETYPES",) in d.synsets["&NEGATIVE"]
    brk, meet = d.verbs
    assert (brk.head, brk.code, meet.code) == ("BREAK", "1717", "031:031")
    plain, phrasal = brk.verbs
    assert {"BROKE", "BROKEN", "BREAKS", "BREAKING"} <= plain.forms
    assert phrasal.words == ("BREAK", "DOWN") and phrasal.verb_at == 0
    tap = meet.verbs[1]
    assert tap.words == ("WIRE", "TAP") and tap.verb_at == 1 and tap.code == "1711" and "TAPPED" in tap.forms
    treaty, swap, ties, group = brk.patterns
    assert treaty.after[0].value == "TREATY" and treaty.code == "161"
    assert [i.kind for i in swap.before] == ["target"] and [i.kind for i in swap.after] == ["word", "source"]
    assert ties.after[0].kind == "synset" and ties.after[1].tight
    assert group.after[0].kind == "group" and [i.value for i in group.after[0].items] == ["FOR", "&NEGOTIATION"]
    assert meet.patterns[0].before[0].kind == "compound"
    assert f"{path}:16: pattern needs exactly one '*': 'NO STAR HERE [111]'" in d.warnings
    assert f"{path}:17: pattern without a code: '* MISSING CODE'" in d.warnings
    assert f"{path}:15: unknown synset &NEGOTIATION" in d.warnings


def test_discards_story_and_sentence(tmp_path: Path) -> None:
    path = write(tmp_path, "discards.txt", "# sports\n+World Golf Championships  # story\nBASEBALL\nBAD [123]\n")
    d = load_dictionaries(discards=path)
    assert [(x.words, x.story) for x in d.discards] == [(("WORLD", "GOLF", "CHAMPIONSHIPS"), True), (("BASEBALL",), False)]
    assert d.warnings == [f"{path}:4: discards take no codes: 'BAD [123]'"]


def test_unreadable_file_raises(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="nothing.txt"):
        load_dictionaries(actors=str(tmp_path / "nothing.txt"))


def test_valid_codes() -> None:
    assert valid_code("064") and valid_code("174K") and valid_code("1717")
    assert not any(valid_code(c) for c in ("---", "025?", "+++", "xxy", ""))


def test_coder_combines_agents_and_dates(tmp_path: Path, nlp) -> None:
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.dictionary_coding import DictionaryCoder, plover_type
    from eventwire.stages.nlp import parse

    d = load_dictionaries(actors=write(tmp_path, "a.txt", "IRAQ [IRQ]\n+IRAQI\nKUWAIT [KUW]\nGOLLUM\n\t[HOB <950601]\n\t[HOBREB >950601]\n"),
                          agents=write(tmp_path, "g.txt", "POLICE {} [~COP]\nSTUDENT [~EDU]\n"),
                          verbs=write(tmp_path, "v.txt", "--- ARREST [173] ---\nARREST\n- * &X [999]\n"),
                          discards=write(tmp_path, "d.txt", "BASEBALL\n"))
    coder = DictionaryCoder(d)

    def codings(text: str, day: str = "1995-01-04") -> set[tuple[str, str, str]]:
        doc = next(parse([Document(Article(text=text, published=day))], nlp))
        return {c.triple for c in coder.codings(doc)}

    assert codings("Iraqi police arrested students in Kuwait today.") == {("IRQCOP", "---EDU", "173")}
    assert codings("Police arrested Gollum on Monday.", "1990-01-01") == {("---COP", "HOB", "173")}
    assert codings("Police arrested Gollum on Monday.", "2001-01-01") == {("---COP", "HOBREB", "173")}
    assert codings("Police arrested Gollum after the baseball game.") == set()
    assert plover_type("173") == "COERCE" and plover_type("023") is None
