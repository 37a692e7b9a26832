"""Packages of modules by concern, each laid out the same way (no code changed when each was made: records of R, F and
the 69 stories byte-identical): round 20's pkg21 made ``stages/eventcoding/participants.py`` the package
``participants/``, round 22's speechpkg22 made ``stages/eventcoding/speech.py`` the package ``speech/``.

For each package: each module imports at its top only the modules listed before it, and inside a function only the
cycles the package names (CALL_TIME); each name is defined in one module; every name another module or a test reads
from the package (``from ...participants import X``, ``participants.X``, ``who.X``) is re-exported, as the defining
module's own object; and each module imports first in a fresh interpreter."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

import pytest

import eventwire

from .package_helpers import import_faults, names_defined_twice, names_read_from, re_export_faults

ROOT = Path(eventwire.__file__).parent
TESTS = Path(__file__).parent


@dataclass(frozen=True)
class Layout:
    package: str  # dotted name
    order: tuple[str, ...]  # the modules from the lowest (imports no other module of the package) to the highest
    call_time: frozenset[tuple[str, str]]  # sibling imports made inside a function: (module, the module it imports)
    readers: frozenset[str]  # files known to read names from the package

    @property
    def folder(self) -> Path:
        return ROOT.joinpath(*self.package.split(".")[1:])


LAYOUTS = {
    "participants": Layout(
        "eventwire.stages.eventcoding.participants",
        ("common", "names", "sides", "aims", "roles", "modifiers", "bodies", "speakers", "pairs", "described",
         "resolve", "owners", "located"),
        frozenset({("described", "resolve")}),
        frozenset({"events.py", "context.py", "test_itthey_r12.py", "test_evparties_r16.py"})),
    "speech": Layout(
        "eventwire.stages.eventcoding.speech",
        ("common", "side", "demands", "judgements", "threats", "rebuttals", "readings"),
        frozenset(),
        frozenset({"events.py", "claims.py"})),
}
MODULES = [(name, module) for name, layout in LAYOUTS.items() for module in layout.order]


@pytest.mark.parametrize("name", LAYOUTS)
def test_the_order_names_every_module_of_the_package(name):
    layout = LAYOUTS[name]
    assert sorted(p.stem for p in layout.folder.glob("*.py") if p.stem != "__init__") == sorted(layout.order)


@pytest.mark.parametrize("name,module", MODULES)
def test_a_module_imports_only_the_modules_below_it(name, module):
    """Sibling imports at the top name only modules listed before this one; one made inside a function is a
    cycle the package names (call_time); none goes through the package itself (its ``__init__`` imports every
    module)."""
    layout = LAYOUTS[name]
    assert import_faults(layout.folder, list(layout.order), module, set(layout.call_time)) == []


@pytest.mark.parametrize("name", LAYOUTS)
def test_each_name_is_defined_in_one_module(name):
    layout = LAYOUTS[name]
    assert names_defined_twice(layout.folder, list(layout.order)) == []


@pytest.mark.parametrize("name", LAYOUTS)
def test_the_package_re_exports_the_defining_modules_objects(name):
    layout = LAYOUTS[name]
    assert re_export_faults(layout.package, layout.folder, list(layout.order)) == []


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_name_read_from_the_package_is_re_exported(name):
    layout = LAYOUTS[name]
    package = import_module(layout.package)
    files = [p for p in ROOT.rglob("*.py") if layout.folder not in p.parents] + sorted(TESTS.glob("test_*.py"))
    asked = {(word, p.name) for p in files for word in names_read_from(p, layout.package)}
    readers = {p for _, p in asked}
    assert layout.readers <= readers, readers
    missing = sorted((word, p) for word, p in asked if word not in package.__all__)
    assert not missing, missing


@pytest.mark.parametrize("name,module", MODULES + [(name, "__init__") for name in LAYOUTS])
def test_module_imports_first(name, module):
    package = LAYOUTS[name].package
    dotted = package if module == "__init__" else f"{package}.{module}"
    done = subprocess.run([sys.executable, "-c", f"import {dotted}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
