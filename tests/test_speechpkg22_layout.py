"""Round 22, speechpkg22: ``stages/eventcoding/speech.py`` became the package ``stages/eventcoding/speech/`` of
modules by concern (no code changed: records of R, F and the 69 stories byte-identical), laid out as pkg21 laid out
``participants``. Each module imports at its top only the modules listed before it (no cycle is broken at call
time); each name is defined in one module; every name another module or a test reads from the package (``from
...speech import X``, ``speech.X``) is re-exported, as the defining module's own object; and each module imports
first in a fresh interpreter."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import eventwire

from .package_helpers import module_tree, top_level_names

PACKAGE = "eventwire.stages.eventcoding.speech"
ROOT = Path(eventwire.__file__).parent
FOLDER = ROOT / "stages" / "eventcoding" / "speech"
TESTS = Path(__file__).parent
# the modules from the lowest (imports no other module of the package) to the highest
ORDER = ["common", "side", "demands", "judgements", "threats", "rebuttals", "readings"]
# sibling imports made inside a function, to break a cycle at call time: (module, the module it imports)
CALL_TIME: set[tuple[str, str]] = set()


def _tree(module: str) -> ast.Module:
    return module_tree(FOLDER, module)


def _defined(module: str) -> set[str]:
    return top_level_names(FOLDER, module)


def test_the_order_names_every_module_of_the_package():
    assert sorted(p.stem for p in FOLDER.glob("*.py") if p.stem != "__init__") == sorted(ORDER)


@pytest.mark.parametrize("module", ORDER)
def test_a_module_imports_only_the_modules_below_it(module):
    """Sibling imports at the top name only modules listed before this one; one made inside a function is a
    cycle the package names (CALL_TIME); none goes through the package itself (its ``__init__`` imports every
    module)."""
    tree = _tree(module)
    top = {id(n) for n in tree.body}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:
            below = node.module in ORDER[:ORDER.index(module)]
            assert below if id(node) in top else below or (module, node.module) in CALL_TIME, (module, node.module)
        if node.level == 2:
            assert node.module != "speech" and not (node.module or "").startswith("speech."), \
                (module, node.module)


def test_each_name_is_defined_in_one_module():
    seen: dict[str, str] = {}
    for module in ORDER:
        for name in _defined(module):
            assert name not in seen, (name, seen.get(name), module)
            seen[name] = module


def test_the_package_re_exports_the_defining_modules_objects():
    speech = import_module(PACKAGE)
    assert speech.__all__
    for name in speech.__all__:
        owners = [m for m in ORDER if name in _defined(m)]
        assert len(owners) == 1, (name, owners)
        assert getattr(sys.modules[f"{PACKAGE}.{owners[0]}"], name) is getattr(speech, name), name


def _read_from_the_package(path: Path) -> set[str]:
    """The names a file reads from the package: imported from it by name (absolute or relative), or read as
    an attribute of the name it is bound to (``from . import speech``: ``speech.X``)."""
    text = path.read_text(encoding="utf-8")
    found: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ImportFrom):
            continue
        module = node.module or ""
        if module == PACKAGE or node.level and module.split(".")[-1] == "speech":
            found.update(a.name for a in node.names)
        elif module == PACKAGE.rpartition(".")[0] or node.level and not module or module == "eventcoding":
            bound.update(a.asname or a.name for a in node.names if a.name == "speech")
    for name in bound:
        found.update(re.findall(rf"\b{name}\.([A-Za-z_]\w*)", text))
    return found


def test_every_name_read_from_the_package_is_re_exported():
    speech = import_module(PACKAGE)
    files = [p for p in ROOT.rglob("*.py") if FOLDER not in p.parents] + sorted(TESTS.glob("test_*.py"))
    asked = {(name, p.name) for p in files for name in _read_from_the_package(p)}
    readers = {p for _, p in asked}
    assert {"events.py", "claims.py"} <= readers, readers
    missing = sorted((name, p) for name, p in asked if name not in speech.__all__)
    assert not missing, missing


@pytest.mark.parametrize("module", ORDER + ["__init__"])
def test_module_imports_first(module):
    name = PACKAGE if module == "__init__" else f"{PACKAGE}.{module}"
    done = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
