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


PETRARCH2_VERBS = """&PEOPLE
+NATION
+POPULACE_
+HUMAN_RACE
&WEAPON
+RIFLE
--- SEND [---] ---
SEND {SENDS SENT SENDING}
RIP {RIPS RIPPED};an old TABARI comment
- * {SMALL &WEAPON SHIPMENT} [0312]  # braces: a noun phrase with its head last
- * (TO {BANNED GROUPS}) $ [1722]
- *LOUDLY [010]
- * STRAY WORD) [010]
--- STATE [010] ---
SAY {SAYS SAID SAYING}
--- FIGHT [190] ---
ATTACK
######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK ) SAY = a b 112
~ a (b) SAY = b
"""


def test_petrarch2_verb_constructs(tmp_path: Path) -> None:
    path = write(tmp_path, "verbs.txt", PETRARCH2_VERBS)
    d = load_dictionaries(verbs=path)
    send, state, fight = d.verbs
    assert d.synsets["&PEOPLE"] == [("NATION",), ("NATIONS",), ("POPULACE",), ("HUMAN", "RACE")]
    assert [v.words for v in send.verbs] == [("SEND",), ("RIP",)] and "RIPPED" in send.verbs[1].forms
    shipment, banned, loudly = send.patterns
    (phrase,) = shipment.after
    assert phrase.kind == "phrase" and [(i.kind, i.value) for i in phrase.items] == [
        ("word", "SMALL"), ("synset", "&WEAPON"), ("word", "SHIPMENT")]
    group, source = banned.after
    assert group.kind == "group" and group.items[1].kind == "phrase" and source.kind == "source"
    assert loudly.after[0].value == "LOUDLY"  # "*LOUDLY": PETRARCH splits a pattern at its "*"
    assert [(t.outer, t.outer_source, t.inner, t.inner_source, t.inner_target, t.source, t.target, t.code)
            for t in d.transformations] == [("SAY", "a", "ATTACK", "a", "b", "a", "b", "015"),
                                            ("SAY", "a", "ATTACK", "b", ".", "a", "b", "112")]
    assert fight.verbs[0].words == ("ATTACK",) and not fight.patterns  # transformations are not verb lines
    assert d.warnings == [f"{path}:13: ')' without its opening bracket: '* STRAY WORD) [010]'",
                          f"{path}:21: bad transformation (want ~ a (b c VERB) VERB = x y CODE): '~ a (b) SAY = b'"]


PETRARCH_ACTORS = """FIRST_NAME_ONLY_
SECOND_NAME_
+THIRD_NAME_
\t[FREGOV >20120219]
\t[FRELEG 20031222-20100218]
TYPO_DATE_ [SYLGOV >201005011]
NO_OPERATOR_ [MARGOV 20121204]
SHORT_FORM_ [MARELI 9008223-911221]
BACKWARDS_ [SYLREB 20121207-20120802]
OLD_STYLE_ ; a KEDS comment
\t[SYL]
SPACED NAME [SPC]
"""


def test_actor_files_read_by_petrarch_rules(tmp_path: Path) -> None:
    path = write(tmp_path, "actors.txt", PETRARCH_ACTORS)
    d = load_dictionaries(actors=path)
    by_name = {a.names[0]: a for a in d.actors}
    shared = by_name[("FIRST", "NAME", "ONLY")]  # names without codes share the codes that follow them
    assert shared.names == [("FIRST", "NAME", "ONLY"), ("SECOND", "NAME"), ("THIRD", "NAME")]
    assert shared.codes_on(date(2013, 1, 1)) == ("FREGOV",) and shared.codes_on(date(2005, 1, 1)) == ("FRELEG",)
    assert by_name[("TYPO", "DATE")].codes_on(date(2010, 5, 2)) == ("SYLGOV",)
    assert by_name[("TYPO", "DATE")].codes_on(date(2010, 4, 30)) == ()
    assert by_name[("NO", "OPERATOR")].codes_on(None) == ("MARGOV",)
    assert by_name[("SHORT", "FORM")].codes_on(date(1991, 1, 1)) == ("MARELI",)
    assert ("BACKWARDS",) not in by_name
    assert by_name[("OLD", "STYLE")].codes_on(None) == ("SYL",)
    assert by_name[("SPACED", "NAME")].gaps == {("SPACED", "NAME"): (1,)}
    assert [w.split(": ", 1)[0] for w in d.warnings] == [f"{path}:{n}" for n in (6, 7, 8, 9, 9)]
    assert "read as 2010-05-01 from its first 8" in d.warnings[0]
    assert "kept without a date restriction" in d.warnings[1]
    assert "ends (2012-08-02) before it starts" in d.warnings[3]


def test_dictionary_folder_found_by_petrarch_config(tmp_path: Path) -> None:
    from eventwire.dictionaries.config import dictionary_files

    (tmp_path / "PETR_config.ini").write_text(
        "[Dictionaries]\nverbfile_name    = v.txt\nactorfile_list   = a.txt, b.txt\n#agentfile_name = x.txt\n",
        encoding="utf-8")
    for name in ("v.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert dictionary_files(str(tmp_path)) == {"verbs": str(tmp_path / "v.txt"),
                                               "actors": [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]}
    (tmp_path / "b.txt").unlink()
    with pytest.raises(DictionaryError, match="missing file"):
        dictionary_files(str(tmp_path))


def test_production_dictionaries_warn_only_on_broken_lines() -> None:
    from eventwire.dictionaries.config import dictionary_files

    from .conftest import shared_path

    folder = shared_path("eval", "petrarch2-dictionaries")
    d = load_dictionaries(**dictionary_files(str(folder)))
    assert len(d.actors) > 20000 and len(d.verbs) > 300 and len(d.transformations) == 8
    assert sum(len(b.patterns) for b in d.verbs) > 4000
    assert not [w for w in d.warnings if "unknown synset &" in w and "}" in w]  # braces are read, not synsets
    # what is left are lines that really are broken: malformed dates, codes, brackets, undefined synsets
    reasons = ("malformed code block", "bad code block", "not an agent entry", "without its opening bracket",
               "unknown synset")
    assert d.warnings and all(any(r in w for r in reasons) for w in d.warnings), d.warnings
    assert len(d.warnings) < 25


def coder_for(tmp_path: Path, verbs: str, actors: str = "FREEDONIA [FRE]\n+FREEDONIAN\nSYLVANIA [SYL]\n"
              "+SYLVANIAN\nMARSOVIA [MAR]\n", agents: str = "AMBASSADOR [~GOV]\nARMY {} [~MIL]\n"):
    from eventwire.stages.dictionary_coding import DictionaryCoder

    return DictionaryCoder(load_dictionaries(actors=write(tmp_path, "a.txt", actors),
                                             agents=write(tmp_path, "g.txt", agents),
                                             verbs=write(tmp_path, "v.txt", verbs)))


def codings_of(coder, nlp, text: str) -> set[tuple[str, str, str]]:
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import parse

    doc = next(parse([Document(Article(text=text, published="2020-01-06"))], nlp))
    return {c.triple for c in coder.codings(doc)}


def test_coder_matches_braced_noun_phrases_and_skips(tmp_path: Path, nlp) -> None:
    coder = coder_for(tmp_path, "&WEAPON\n+RIFLE\n--- SEND [---] ---\nSEND {SENDS SENT SENDING}\n"
                                "- * {SMALL &WEAPON SHIPMENT} [0312]\n- * {AID} [070]\n"
                                "--- HOST [042] ---\nHOST\n- + * FESTIVAL ^ $ [046]\n")
    assert codings_of(coder, nlp, "Freedonia sent a small rifle shipment to Sylvania.") == {("FRE", "SYL", "0312")}
    assert codings_of(coder, nlp, "Freedonia sent small shipments of rifles to Sylvania.") == set()
    assert codings_of(coder, nlp, "Sylvania sent aid to Marsovia.") == {("SYL", "MAR", "070")}
    # "^" skips one noun phrase: the festival's guests are not the host's partner here
    assert codings_of(coder, nlp, "Freedonia hosted the harvest festival in Sylvania for Marsovia.") == \
        {("MAR", "FRE", "046")}


def test_coder_applies_transformations(tmp_path: Path, nlp) -> None:
    coder = coder_for(tmp_path, "--- STATE [010] ---\nSAY {SAYS SAID SAYING}\n--- FIGHT [190] ---\nATTACK\n"
                                "~ a (a b ATTACK) SAY = a b 015\n~ a (b . ATTACK) SAY = a b 112\n")
    assert codings_of(coder, nlp, "Freedonia said it would attack Sylvania.") == {("FRE", "SYL", "015")}
    assert codings_of(coder, nlp, "Freedonia said Sylvania attacked first.") == {("FRE", "SYL", "112")}
    assert codings_of(coder, nlp, "Freedonia attacked Sylvania.") == {("FRE", "SYL", "190")}


def test_coder_new_actor_length_and_clause_limits(tmp_path: Path, nlp) -> None:
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import parse

    coder = coder_for(tmp_path, "--- VISIT [042] ---\nVISIT\n--- LEAVE [012] ---\nLEAVE\n")
    doc = next(parse([Document(Article(text="The tiny mountain kingdom visited Sylvania.", published="2020-01-06"))],
                     nlp))
    assert {c.triple for c in coder.codings(doc)} == set()
    coder.new_actor_length = 4
    assert {c.triple for c in coder.codings(doc)} == {('"THE TINY MOUNTAIN KINGDOM"', "SYL", "042")}
    coder.new_actor_length = 3
    assert {c.triple for c in coder.codings(doc)} == set()
    coder.new_actor_length = 0
    # a verb inside a prepositional phrase does not take the main clause's subject
    assert codings_of(coder, nlp, "Freedonia visited Sylvania after leaving Marsovia.") == {("FRE", "SYL", "042")}
    assert codings_of(coder, nlp, "Freedonia visited Sylvania and left Marsovia.") == \
        {("FRE", "SYL", "042"), ("FRE", "MAR", "012")}


def test_coder_spaced_actor_phrases_and_coordinations(tmp_path: Path, nlp) -> None:
    coder = coder_for(tmp_path, "--- WELCOME [041] ---\nWELCOME\n",
                      actors="FREEDONIA [FRE]\nSYLVANIA [SYL]\nMARSOVIA [MAR]\nFREEDONIA RADIO [FRERAD]\n")
    assert codings_of(coder, nlp, "Freedonia state radio welcomed Sylvania.") == {("FRERAD", "SYL", "041")}
    assert codings_of(coder, nlp, "Freedonia, the mighty Marsovia, and Sylvania welcomed the deal.") == set()
    assert codings_of(coder, nlp, "Freedonia and Marsovia welcomed Sylvania.") == {("FRE", "SYL", "041"),
                                                                                   ("MAR", "SYL", "041")}


def test_coder_inherits_subjects_only_through_pronouns(tmp_path: Path, nlp) -> None:
    coder = coder_for(tmp_path, "--- STATE [010] ---\nSAY {SAYS SAID SAYING}\n--- DAMAGE [110] ---\nHURT {HURTS HURT}\n"
                                "--- FIGHT [190] ---\nATTACK\n~ a (b . ATTACK) SAY = a b 112\n")
    # the plan, not Freedonia, would hurt Sylvania: no coding for "hurt"
    assert {c for _s, _t, c in codings_of(coder, nlp, "Freedonia said the plan would hurt Sylvania.")} == {"010"}
    assert ("FRE", "SYL", "110") in codings_of(coder, nlp, "Freedonia said it would hurt Sylvania.")
    # the subject of an inner passive is its target: no accusation (112) of the passengers
    assert "112" not in {c for _s, _t, c in codings_of(coder, nlp, "Freedonia said Sylvanian passengers were attacked.")}
