"""The PETRARCH unit-test suite run with eventwire's parse and the dictionary coder, and the CLI options."""
from __future__ import annotations

import json
from pathlib import Path

from .cli_helpers import run_cli
from .conftest import shared_path

# measured: 254/280 records fully correct (0.907), 6.7% extra codings, 9.0% of expected codings missed
# (the file's <Include> leaves out categories COMPOUNDx and AGENTS; one record has no <EventCoding>)
FLOOR_CORRECT = 0.90
CEILING_EXTRA = 0.10


def test_unit_test_records_meet_the_floor(nlp) -> None:
    from eventwire.evaluate.petrarch import evaluate_petrarch, format_petrarch

    path = shared_path("eval", "petrarch", "PETR.UnitTest.records.xml")

    class Parser:  # evaluate_petrarch needs only the pipeline's spaCy model
        pass

    parser = Parser()
    parser.nlp = nlp
    result = evaluate_petrarch(str(path), parser)
    overall = result["overall"]
    assert overall["records"] == 280
    assert sum(len(ids) for ids in result["skipped"].values()) == 4
    assert overall["correct_share"] >= FLOOR_CORRECT, format_petrarch(result)
    assert overall["extra_share"] <= CEILING_EXTRA, format_petrarch(result)
    assert overall["missed_share"] <= 0.10
    assert result["categories"]["SYNSET"]["correct_share"] == 1.0
    assert result["categories"]["DATE"]["correct_share"] == 1.0
    assert result["categories"]["ERROR"]["correct_share"] == 1.0  # discards, and parses PETRARCH refuses
    assert result["dictionary_warnings"] == []


def test_read_validation_records() -> None:
    from eventwire.evaluate.petrarch import read_validation

    records, files = read_validation(str(shared_path("eval", "petrarch", "PETR.UnitTest.records.xml")))
    assert files["verbs"] == "PETR.Validate.verbs.txt"
    first = records[0]
    assert (first.id, first.date, first.category) == ("DEMO-00", "1995-01-01", "DEMO")
    assert first.expected == {("ARN", "GON", "064")}
    assert next(r for r in records if r.id == "DISCARD-01").error == "storydiscard"
    assert not any(r.require_dyad for r in records if r.id == "COMPOUND-03")
    assert {r.id for r in records if r.parse_problem} == {"ERROR-02", "ERROR-03"}  # unbalanced Treebank brackets
    assert next(r for r in records if r.id == "ACTOR-01").new_actor_length == 4
    assert not any(r.category == "COMPOUNDx" for r in records)  # not in the file's <Include>


# A validation file in UD-PETRARCH's distributed form, written for this test: a header comment holding a
# nested comment, <PLEvent> lines, CoNLL-U parses, evaluate="false", an <Include> list.
UD_FILE = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!--
#  Records for a made-up pair of countries.
#  Add a comment in <!-- ... --> when a record is bypassed.
#  Records <PLEvent ...> give PLOVER codings.
-->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>countries.txt, groups.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Discardfile>discards.txt</Discardfile>
    <Include>valid DEMO COMPOUND</Include>
</Environment>
<Sentences>
<Sentence category="DEMO" date="20200103" id="D-1" evaluate="true">
<!-- plain coding & a "quoted" comment -->
<EventCoding eventcode="112" sourcecode="FRE" targetcode="SYL" />
<Text>
Freedonia accused Sylvania &amp; its allies.
</Text>
<Parse>
1	Freedonia	Freedonia	PROPN	NNP	_	2	nsubj	_	_
2	accused	accuse	VERB	VBD	_	0	root	_	_
3	Sylvania	Sylvania	PROPN	NNP	_	2	obj	_	_
4	.	.	PUNCT	.	_	2	punct	_	_
</Parse></Sentence>
<Sentence category="COMPOUND" date="20200103" id="C-1" evaluate="true">
<EventCoding eventcode="112" sourcecode="FRE" targetcode="SYL" />
<EventCoding eventcode="112" sourcecode="FRE" targetcode="MARGOV" />
<PLEvent {"event": "112", "source": [{"code": "FRE"}], "target": [{"code": "SYL"}, {"code": "MAR", "sector": "GOV"}]}>
<Text>Freedonia accused Sylvania and the Marsovian government.</Text>
<Parse>
1	Freedonia	Freedonia	PROPN	NNP	_	2	nsubj	_	_
2	accused	accuse	VERB	VBD	_	0	root	_	_
3	Sylvania	Sylvania	PROPN	NNP	_	9	obj	_	_
</Parse></Sentence>
<Sentence category="DEMO" date="20200103" id="D-2" evaluate="false">
<EventCoding eventcode="112" sourcecode="FRE" targetcode="SYL" />
<Text>Freedonia accused Sylvania.</Text>
</Sentence>
<Sentence category="OTHER" date="20200103" id="O-1" evaluate="true">
<EventCoding eventcode="112" sourcecode="FRE" targetcode="SYL" />
<Text>Freedonia accused Sylvania.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_reads_ud_petrarch_validation_files_as_distributed(tmp_path: Path) -> None:
    from eventwire.evaluate.petrarch import read_validation

    path = tmp_path / "records.xml"
    path.write_text(UD_FILE, encoding="utf-8")
    skipped: dict[str, list[str]] = {}
    records, files = read_validation(str(path), skipped)
    assert [r.id for r in records] == ["D-1", "C-1"]
    assert skipped == {'evaluate="false"': ["D-2"], "category OTHER not included": ["O-1"]}
    assert files["actors"] == "countries.txt, groups.txt"
    first, compound = records
    assert first.text == "Freedonia accused Sylvania & its allies." and first.date == "2020-01-03"
    assert first.expected == {("FRE", "SYL", "112")} and first.parse_problem is None
    assert compound.plevents == [{("FRE", "SYL", "112"), ("FRE", "MARGOV", "112")}]
    assert compound.parse_problem == "CoNLL-U head outside the sentence"


def test_parse_problems_and_plevent_figures() -> None:
    from eventwire.evaluate.petrarch import ValidationRecord, figures, parse_problem, strip_comments

    assert parse_problem("(ROOT (S (NP (NNP Freedonia)) (VP (VBD left))))") is None
    assert parse_problem("(ROOT (S (NP (NNP Freedonia)) (VP (VBD left)))") == "unbalanced brackets: 1 '(' left open"
    assert parse_problem("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_") \
        == "CoNLL-U word ids are not 1..n"
    assert strip_comments("a<!-- x <!-- y --> z -->b<!-- c -->d") == "abd"
    rec = ValidationRecord("r", None, "DEMO", "t", expected={("A", "B", "010")},
                           plevents=[{("A", "B", "010"), ("A", "C", "010")}, {("B", "A", "020")}])
    result = figures([(rec, {("A", "B", "010"), ("B", "A", "020")})], [])
    assert result["plevent"] == {"records": 1, "events": 2, "found": 1, "found_share": 0.5, "records_correct": 0}


def test_extract_codes_with_small_dictionaries(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n", encoding="utf-8")
    (tmp_path / "agents.txt").write_text("POLICE {} [~COP]\nGOVERNMENT [~GOV]\n", encoding="utf-8")
    (tmp_path / "verbs.txt").write_text("--- ACCUSE [112] ---\nACCUSE\n- * OF &CRIME [1122]\n&CRIME\n+THEFT\n",
                                        encoding="utf-8")
    (tmp_path / "story.txt").write_text("The Arnor government accused the Minas Tirith police of theft on Monday.\n",
                                        encoding="utf-8")
    done = run_cli("extract", str(tmp_path / "story.txt"), "--published", "2020-01-06",
                   "--actors", str(tmp_path / "actors.txt"), "--agents", str(tmp_path / "agents.txt"),
                   "--verbs", str(tmp_path / "verbs.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    codes = {a["id"]: a["code"] for a in record["actors"]}
    (event,) = record["events"]
    assert (event["cameo"], event["type"]) == ("1122", "ACCUSE")
    assert (codes[event["source"][0]], codes[event["target"][0]]) == ("ARNGOV", "GONCOP")
    assert event["trigger"]["text"] == "accused"


def test_extract_finds_dictionaries_by_petrarch_config(tmp_path: Path) -> None:
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "PETR_config.ini").write_text(
        "[Dictionaries]\n# comment\nverbfile_name = v.txt\nactorfile_list = countries.txt, people.txt\n"
        "agentfile_name = g.txt\ndiscardfile_name = d.txt\nissuefile_name = absent.txt\n\n[Options]\nx = 1\n",
        encoding="utf-8")
    (folder / "countries.txt").write_text("FREEDONIA [FRE]\nSYLVANIA [SYL]\n", encoding="utf-8")
    (folder / "people.txt").write_text("RUFUS_FIREFLY\n+FIREFLY\n\t[FREGOV >19330101]\n", encoding="utf-8")
    (folder / "g.txt").write_text("AMBASSADOR [~GOV]\n", encoding="utf-8")
    (folder / "v.txt").write_text("--- INSULT [112] ---\nINSULT\n- * {WHOLE &PEOPLE} [1121]\n"
                                  "&PEOPLE\n+NATION\n", encoding="utf-8")
    (folder / "d.txt").write_text("+CROSSWORD PUZZLE\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Firefly insulted the whole Sylvanian nation on Monday.\n", encoding="utf-8")
    (tmp_path / "more.txt").write_text("SYLVANIAN [SYL]\n", encoding="utf-8")
    done = run_cli("extract", str(tmp_path / "story.txt"), "--published", "1933-11-17", "--dictionaries", str(folder),
                   "--actors", str(folder / "countries.txt"), "--actors", str(folder / "people.txt"),
                   "--actors", str(tmp_path / "more.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    record = json.loads(done.stdout)
    codes = {a["id"]: a["code"] for a in record["actors"]}
    (event,) = record["events"]
    assert event["cameo"] == "1121" and codes[event["source"][0]] == "FREGOV" and codes[event["target"][0]] == "SYL"
    missing = run_cli("extract", str(tmp_path / "story.txt"), "--dictionaries", str(tmp_path), cwd=tmp_path)
    assert missing.returncode != 0 and "PETR_config.ini" in missing.stderr


def test_extract_reports_bad_dictionary_lines(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text("ARNOR [ARN\nGONDOR [GON]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Arnor met Gondor.\n", encoding="utf-8")
    done = run_cli("extract", str(tmp_path / "story.txt"), "--actors", str(tmp_path / "actors.txt"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"{tmp_path / 'actors.txt'}:1: unbalanced brackets" in done.stderr


def test_evaluates_a_ud_file_with_its_own_dictionaries(tmp_path: Path, nlp) -> None:
    from eventwire.evaluate.petrarch import evaluate_petrarch, format_petrarch

    (tmp_path / "records.xml").write_text(UD_FILE, encoding="utf-8")
    (tmp_path / "countries.txt").write_text("FREEDONIA [FRE]\nSYLVANIA [SYL]\n", encoding="utf-8")
    (tmp_path / "groups.txt").write_text("MARSOVIA [MAR]\n+MARSOVIAN\n", encoding="utf-8")
    (tmp_path / "agents.txt").write_text("GOVERNMENT [~GOV]\n", encoding="utf-8")
    (tmp_path / "verbs.txt").write_text("--- ACCUSE [112] ---\nACCUSE\n", encoding="utf-8")

    class Parser:
        pass

    parser = Parser()
    parser.nlp = nlp
    result = evaluate_petrarch(str(tmp_path / "records.xml"), parser)
    assert result["overall"]["records"] == 2
    # D-1 codes as expected; C-1's own CoNLL-U parse is unreadable, so PETRARCH would not code it
    assert result["overall"]["correct"] == 1 and result["categories"]["DEMO"]["correct"] == 1
    assert result["plevent"]["events"] == 1 and result["plevent"]["found"] == 0
    assert result["dictionary_warnings"] == [
        f"{tmp_path / 'records.xml'}: <Environment> names {tmp_path / 'discards.txt'}, which is not there: "
        "coding without it"]
    assert "PLEvent codings: 0 of 1" in format_petrarch(result)
