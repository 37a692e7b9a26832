"""The labelled training sentences, resolved from where their texts live.

``event_sentences.jsonl`` (beside this file) holds the project's labels only: each row names its ``story``
(``voa:<id>`` or ``gum:<document>``) and the sentence's ``start``/``end`` character offsets into that story's text
as ``../shared`` gives it; ``source`` and ``target`` are ``{"start", "end"}`` offsets *relative to the sentence*
(or null). The texts are read from ``../shared``:

- ``voa:`` — the ``text`` of the story in ``corpus/voa/voa_stories.jsonl`` (Voice of America, public domain);
- ``gum:`` — the text of a GUM news document (``eval/gum-news/xml/``, English Wikinews, CC BY 2.5, Wikinews
  contributors) rebuilt from its tokens by ``gum_articles`` of ``scripts/build_fresh_set.py``, the one function
  that rebuilds it (imported from the script, not copied).

- ``repo:<path>`` / ``shared:<path>`` — a story file of the development gold under the checkout or ``../shared``
  (rows of ``gold_event_sentences.jsonl``, written by ``scripts/gold_event_sentences.py``).

Held-back stories (``HELD_BACK``: the E set and the report set, scored only at a round's end) are never trained
on: ``load()`` leaves out every row of them, whatever file it reads.

``load()`` gives every row with ``text`` (the sentence) and ``source``/``target`` ``text`` filled in, as the rows
were before the texts left the repository.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # the checkout: src/eventwire/training -> repository root
DATA = HERE / "event_sentences.jsonl"
GOLD_DATA = HERE / "gold_event_sentences.jsonl"  # rows read off the development gold (round 22)
# the held-back VOA stories: E (8 stories) and the report set (6); some of E's sentences were labelled by
# reading in an earlier round and stay in event_sentences.jsonl, but no model may be trained on them
HELD_BACK_E = ("6180790", "6183254", "6203896", "6205512", "6205696", "8007739", "8009714", "8010057")
HELD_BACK_REPORT = ("6206085", "7846440", "8006924", "8008619", "8009853", "8010694")
HELD_BACK = frozenset(HELD_BACK_E + HELD_BACK_REPORT)
SHARED = ROOT.parent / "shared"
VOA = ("corpus", "voa", "voa_stories.jsonl")
GUM = ("eval", "gum-news", "xml")
FRESH_SCRIPT = ROOT / "scripts" / "build_fresh_set.py"


class SharedDataMissing(FileNotFoundError):
    """A file or folder of ../shared that the training rows point into is not there."""


def _need(path: Path) -> Path:
    if not path.exists():
        raise SharedDataMissing(f"{path} is not present: the training sentences are references into ../shared "
                                f"(give its folder with shared=..., or check it out beside the repository)")
    return path


def fresh_builder() -> ModuleType:
    """scripts/build_fresh_set.py as a module (its ``gum_articles`` rebuilds GUM's texts)."""
    spec = importlib.util.spec_from_file_location("build_fresh_set", _need(FRESH_SCRIPT))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=4)
def _story_texts(shared: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    voa = _need(shared.joinpath(*VOA))
    for line in voa.read_text(encoding="utf-8").splitlines():
        if line.strip():
            story = json.loads(line)
            texts[f"voa:{story['id']}"] = story["text"]
    for article in fresh_builder().gum_articles(_need(shared.joinpath(*GUM))):
        texts[f"gum:{article['id']}"] = article["text"]
    return texts


def story_texts(shared: Path | None = None) -> dict[str, str]:
    """``{"voa:<id>" | "gum:<document>": text}`` of every story the rows can point into."""
    return _story_texts(Path(shared or SHARED).resolve())


def story_id(story: str) -> str:
    """The bare id of a row's story: ``voa:8011117`` and ``repo:tests/data/x/8011117.txt`` -> ``8011117``."""
    return Path(story.split(":", 1)[1]).name.split(".")[0]


def held_back(row: dict) -> bool:
    return story_id(row["story"]) in HELD_BACK


def _file_text(story: str, shared: Path) -> str:
    kind, rel = story.split(":", 1)
    return _need((ROOT if kind == "repo" else shared) / rel).read_text(encoding="utf-8")


def read_rows(path: Path | None = None) -> list[dict]:
    """The rows as stored (references, no text)."""
    path = Path(path or DATA)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def resolve(row: dict, texts: dict[str, str]) -> dict:
    """The row with its sentence ``text`` and the ``text`` of ``source``/``target`` read from the story."""
    if row["story"] not in texts:
        raise KeyError(f"{row['story']}: no such story in ../shared")
    sentence = texts[row["story"]][row["start"]:row["end"]]
    out = dict(row, text=sentence)
    for part in ("source", "target"):
        span = row.get(part)
        if span is not None:
            out[part] = dict(span, text=sentence[span["start"]:span["end"]])
    return out


def load(path: Path | None = None, shared: Path | None = None, limit: int | None = None,
         gold: bool = True) -> list[dict]:
    """The training rows resolved to sentences (the first ``limit`` only, if given), never a row of a
    held-back story. Without ``path``: the hand-labelled rows, then (``gold``) those read off the development
    gold when that file is there. Raises SharedDataMissing, naming the missing file, when ../shared (or the
    folder given) lacks a source."""
    rows = read_rows(path)
    if path is None and gold and GOLD_DATA.exists():
        rows += read_rows(GOLD_DATA)
    rows = [row for row in rows if not held_back(row)]
    rows = rows[:limit] if limit else rows
    texts = dict(story_texts(shared))
    base = Path(shared or SHARED).resolve()
    for row in rows:
        if row["story"] not in texts and row["story"].startswith(("repo:", "shared:")):
            texts[row["story"]] = _file_text(row["story"], base)
    return [resolve(row, texts) for row in rows]
