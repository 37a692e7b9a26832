#!/usr/bin/env python3
"""Convert PETRARCH2's agents dictionary into eventwire's table of agent nouns and their sectors.

Source:  ../shared/eval/petrarch2-dictionaries/Phoenix.agents.txt, from openeventdata/petrarch2 (commit
         676801cd, 2019-03-18), see SOURCE.md there.
Licence: MIT, Copyright (c) 2014 Open Event Data Alliance. The converted file credits them in its header.

An agent is a common noun or noun phrase that says what sort of actor somebody is ("farmer", "riot
police", "chamber of commerce", "defence minister"), with a CAMEO role code ("[~AGR]", "[~COP]",
"[~GOVMIL]"). What is kept (``src/eventwire/lexicons/agent_sectors.tsv``, tab-separated):

  phrase  the agent in lower case, words separated by spaces, singular; the substitution sets of the
          original (``!PERSON!`` = man/woman/person..., ``!MINIST!`` = minister/ministry...) expanded, and
          each irregular plural given in braces kept as a phrase of its own
  code    the CAMEO role code as written ("GOVMIL", "AGR")
  sector  the record's sector for it: the first three letters of the code, mapped by
          ``lexicons/sector_vocabulary.tsv`` onto the record's vocabulary (GOV MIL MED IGO OPP REB BUS
          CVL LEG JUD CRM, COP kept for police, empty when nothing fits)

Run from the repository root:  python scripts/convert_phoenix_agents.py [DICTIONARY_DIR]
Lines the original writes badly (a missing code, an unclosed bracket) are counted, printed and skipped.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "eventwire" / "lexicons" / "agent_sectors.tsv"
VOCABULARY = ROOT / "src" / "eventwire" / "lexicons" / "sector_vocabulary.tsv"
DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "petrarch2-dictionaries"

_ENTRY = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)[\]}]")
_SET = re.compile(r"^(?P<name>![A-Z]+!)\s*=\s*(?P<members>.+)$")


def _vocabulary() -> dict[str, str]:
    """The internal-to-record sector table (the same file the actors stage reads)."""
    table: dict[str, str] = {}
    header = True
    for line in VOCABULARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header:
            header = False
            continue
        table[cells[0].strip()] = cells[1].strip() if len(cells) > 1 else ""
    return table


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split())


def convert(directory: Path) -> tuple[list[tuple[str, str, str]], int]:
    vocabulary = _vocabulary()
    sets: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str]] = {}
    bad = 0
    for raw in (directory / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _SET.match(line)
        if m:
            sets[m.group("name")] = [x.strip() for x in m.group("members").split(",") if x.strip()]
            continue
        m = _ENTRY.match(line)
        if not m:
            bad += 1
            print(f"skipped: {raw}", file=sys.stderr)
            continue
        code = m.group("code")
        primary = code[:3]
        sector = vocabulary.get(primary, primary) if primary in vocabulary else ""
        forms = [m.group("phrase")] + [p for p in (m.group("plural") or "").split(",") if p.strip()]
        for form in forms:
            expanded = [form.strip()]
            for name, members in sets.items():  # 'BUSINESS!PERSON!' -> businessman, businesswoman, ...
                expanded = [e.replace(name, member) for e in expanded for member in members] if any(
                    name in e for e in expanded) else expanded
            for e in expanded:
                phrase = _phrase(e)
                if phrase and phrase not in rows:
                    rows[phrase] = (code, sector)
    return sorted((p, c, s) for p, (c, s) in rows.items()), bad


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    rows, bad = convert(directory)
    header = (
        "# Agent nouns and the sector they give, converted by scripts/convert_phoenix_agents.py from PETRARCH2's\n"
        "# Phoenix.agents.txt (openeventdata/petrarch2, commit 676801cd; MIT licence, Copyright (c) 2014 Open Event\n"
        "# Data Alliance). sector = the code's primary role mapped by sector_vocabulary.tsv (empty: none fits).\n"
        "phrase\tcode\tsector\n")
    OUT.write_text(header + "".join(f"{p}\t{c}\t{s}\n" for p, c, s in rows), encoding="utf-8")
    print(f"{len(rows)} agent phrases written to {OUT.relative_to(ROOT)}; {bad} malformed lines skipped")


if __name__ == "__main__":
    main()
