"""Round 17, splitsector: the readers of an actor's sector from the text are the package
stages/actors/sector_text/ of modules by concern. Each module imports first in a fresh interpreter, each
imports only from the modules of the package before it (no cycle), and the names the package re-exports are
the defining modules' own."""
from __future__ import annotations

import ast
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import eventwire.stages.actors.sector_text as package

# The layers, bottom first: a module may import only from those before it (the order the package's docstring gives).
LAYERS = ["spans", "describing_nouns", "firms", "bodies_described", "staff", "credits", "body_leaders", "clauses",
          "opposition", "other_descriptions", "peers", "former_offices", "kinds_of_titles", "rulers", "charges", "state_made",
          "steps"]
FOLDER = Path(package.__file__).parent


def test_layers_name_every_module_of_the_package():
    assert sorted(LAYERS) == sorted(p.stem for p in FOLDER.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("module", ["", *LAYERS])
def test_module_imports_first(module):
    """Each module imports in a fresh interpreter as the first module of the package."""
    name = "eventwire.stages.actors.sector_text" + (f".{module}" if module else "")
    done = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def _package_imports(module: str) -> set[str]:
    """The modules of the package a module imports from (``from .x import ...`` anywhere in it)."""
    tree = ast.parse((FOLDER / f"{module}.py").read_text())
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 1}


@pytest.mark.parametrize("module", LAYERS)
def test_module_imports_only_from_modules_below_it(module):
    below = set(LAYERS[:LAYERS.index(module)])
    assert _package_imports(module) <= below


def test_reexported_names_are_the_defining_modules():
    def sub(name):
        return import_module(f"eventwire.stages.actors.sector_text.{name}")

    assert package.sectors_from_text is sub("steps").sectors_from_text
    assert package.describers is sub("describing_nouns").describers
    assert package.describer_phrase is sub("describing_nouns").describer_phrase
    assert package.known_companies is sub("firms").known_companies
    assert package.present_tense is sub("clauses").present_tense
    assert package.not_told_as_fact is sub("clauses").not_told_as_fact
    # the modules that read them bind the same objects
    assert sub("bodies_described").known_companies is package.known_companies
    assert sub("opposition").present_tense is package.present_tense
    assert import_module("eventwire.stages.actors.organisations").describers is package.describers
    assert import_module("eventwire.stages.actors").sectors_from_text is package.sectors_from_text


def test_clause_tense_helpers_read_the_parse(nlp):
    """The two helpers works_at.py reads: a present tense, and a clause not told as fact (own sentences)."""
    doc = nlp("Mara Tull runs a bakery in Leeds. If he runs the mill, Ivo Brandt would leave.")
    runs = [t for t in doc if t.lower_ == "runs"]
    assert package.present_tense(runs[0]) and not package.not_told_as_fact(runs[0])
    assert package.not_told_as_fact(runs[1])
