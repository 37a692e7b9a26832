#!/usr/bin/env python3
"""Convert PETRARCH2's verb dictionary into eventwire's fallback lexicon of event verbs.

Source:  ../shared/eval/petrarch2-dictionaries/CAMEO.2.0.txt, from openeventdata/petrarch2 (see SOURCE.md
         beside it), read with the project's own reader (``eventwire.dictionaries.verbs``).
Licence: MIT, Copyright (c) 2014 Open Event Data Alliance. The converted file credits them in its header.

The dictionary groups verbs in blocks (``--- HEAD [CODE] ---``); each verb may carry its own CAMEO code and
each block lists patterns (``- * WORD (PREP) [CODE]``) that give the code of the verb with what follows it.
PETRARCH2 finds source and target from the parse, so most patterns name no actor slot. What is kept
(``src/eventwire/lexicons/event_verbs_dictionary.tsv``, tab-separated, one reading a row):

  lemma     the verb word in lower case (a single word; the verb word of a two-word verb)
  requires  what must hold, in the notation of event_verbs.tsv: ``prt:X`` (a particle: "round up"),
            ``prep:X`` (a preposition after the verb: "ask for", a pattern ``- * (WITH)``), ``obj:a|b`` (the
            direct object's lemma, from a pattern word or the single-word members of a synset:
            ``- * &TREATY``); empty for the verb alone (its own code, the block's code, a pattern ``- *``)
  type      the PLOVER type of the code through the project's one CAMEO->PLOVER table (eventwire.cameo)
  cameo     the CAMEO code (the source->target half of ``A:B``)
  target    the roles tried for the target: ``dobj`` for the verb alone, the preposition of a ``(PREP)``
            pattern, else the object when it is an actor ("expelled Russian diplomats"), then with/against/
            on/to for an object naming a thing ("signed a treaty with Iran"), against/on/at/into for force
            (CAMEO 17-20: "fired rockets at Israel")
  line      the line of the dictionary the reading comes from

Dropped: codes ``---`` and codes whose root has no PLOVER type (01, 02: statements and appeals; the gold files
use all 16 PLOVER types the table gives, so no typed code is dropped for its type), patterns
with words before the verb (they constrain the subject), noun-phrase patterns ``{...}``, prepositional
groups carrying words, patterns of three or more words, verbs of three or more words, and every verb that
event_verbs.tsv already has (the hand rows come first; this lexicon is a fallback for the rest). For a
(lemma, requires) given twice the first reading in the dictionary is kept.

Run from the repository root:  python scripts/convert_petrarch_verbs.py [DICTIONARY_FILE]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire.cameo import plover_type  # noqa: E402
from eventwire.dictionaries.verbs import read_verbs  # noqa: E402
from eventwire.lexicon import table  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "eventwire" / "lexicons" / "event_verbs_dictionary.tsv"
PARTICLES = {"up", "down", "off", "out", "back", "away", "forward", "aside", "apart", "together"}
PREPOSITIONS = {"for", "with", "to", "against", "on", "at", "from", "into", "by", "about", "upon", "over",
                "in", "toward", "towards", "onto"}
THING_TARGETS = "dobj,with,against,on,to"
FORCE_TARGETS = "dobj,against,on,at,into"  # force (CAMEO 17-20) is done against someone, not "to" or "with" them
FORCE_ROOTS = ("17", "18", "19", "20")


def _thing_targets(code: str | None) -> str:
    """The roles of the target of a reading whose object names a thing ("launched missiles at Israel")."""
    return FORCE_TARGETS if (code or "").startswith(FORCE_ROOTS) else THING_TARGETS


def _code(code: str | None) -> str | None:
    """The source->target CAMEO code of ``A`` or ``A:B``; None for ``---`` or a code PLOVER does not type."""
    first = (code or "").split(":")[0].strip()
    return first if first.isdigit() and plover_type(first) else None


def _word(value: str) -> str | None:
    w = value.strip("_").lower()
    return w if w.isalpha() else None


def _members(synsets: dict, name: str) -> list[str]:
    out = []
    for member in synsets.get(name.rstrip("_").upper(), []):
        if len(member) == 1 and not member[0].startswith("&"):
            w = _word(member[0])
            if w:
                out.append(w)
    return out


def _reading(pattern, synsets: dict) -> tuple[str, str] | None:
    """(requires, target) of a pattern with nothing before the verb, or None when it is not kept."""
    if pattern.before:
        return None
    items = list(pattern.after)
    prep = None
    if items and items[-1].kind == "group":
        group = items.pop().items
        if len(group) != 1 or group[0].kind != "word" or _word(group[0].value) not in PREPOSITIONS:
            return None
        prep = _word(group[0].value)
    if not items:
        return ("", "dobj") if prep is None else (f"prep:{prep}", prep)
    if len(items) != 1:
        return None
    item = items[0]
    if item.kind == "word":
        objs = [_word(item.value)] if _word(item.value) else []
    elif item.kind == "synset":
        objs = _members(synsets, item.value)
    else:
        return None
    if not objs:
        return None
    return f"obj:{'|'.join(sorted(set(objs)))}", prep or _thing_targets(pattern.code)


def _verb(form) -> tuple[str, str, str] | None:
    """(lemma, requires, target) of a verb line: one word, or a verb with a particle or preposition."""
    words = [w.lower() for w in form.words]
    if len(words) > 2 or not all(w.isalpha() for w in words):
        return None
    lemma = words[form.verb_at]
    if len(words) == 1:
        return lemma, "", "dobj"
    other = words[1 - form.verb_at]
    if form.verb_at != 0:
        return None
    if other in PARTICLES:
        return lemma, f"prt:{other}", "dobj"
    if other in PREPOSITIONS:
        return lemma, f"prep:{other}", other
    return lemma, f"obj:{other}", _thing_targets(form.code)


def convert(path: Path) -> list[dict[str, str]]:
    blocks, synsets, _, _ = read_verbs(str(path))
    hand = {row["lemma"].lower() for row in table("event_verbs.tsv")}
    rows: dict[tuple[str, str], dict[str, str]] = {}

    def keep(lemma: str, requires: str, target: str, code: str | None, line: int) -> None:
        cameo = _code(code)
        if cameo is None or lemma in hand or (lemma, requires) in rows:
            return
        rows[(lemma, requires)] = {"lemma": lemma, "requires": requires, "type": plover_type(cameo) or "",
                                   "cameo": cameo, "target": target, "line": str(line)}

    for block in blocks:
        verbs = [v for v in (_verb(f) for f in block.verbs) if v is not None]
        for form, verb in zip(block.verbs, (_verb(f) for f in block.verbs)):
            if verb is not None:
                keep(*verb, form.code or block.code, form.line)
        for pattern in block.patterns:
            reading = _reading(pattern, synsets)
            if reading is None:
                continue
            requires, target = reading
            for lemma, own, _ in verbs:
                if own and requires:
                    continue  # a two-word verb with a pattern of its own: too far from the simple reading
                keep(lemma, requires or own, target, pattern.code, pattern.line)
    return sorted(rows.values(), key=lambda r: (r["lemma"], r["requires"] == "", r["requires"]))


HEADER = """# Event verbs from PETRARCH2's verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2; MIT licence,
# Copyright (c) 2014 Open Event Data Alliance). GENERATED by scripts/convert_petrarch_verbs.py; do not edit by
# hand. Only verbs event_verbs.tsv does not have; read by eventcoding/dictionary_verbs.py as a fallback (an
# event only when subject and object are both actors). Columns as in event_verbs.tsv; line: the dictionary
# line the reading comes from.
"""


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    rows = convert(path)
    cols = ["lemma", "requires", "type", "cameo", "target", "line"]
    with OUT.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("\t".join(cols) + "\n")
        for row in rows:
            out.write("\t".join(row[c] for c in cols) + "\n")
    print(f"{len(rows)} readings of {len({r['lemma'] for r in rows})} verbs -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
