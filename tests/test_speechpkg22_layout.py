"""Round 22, speechpkg22: ``stages/eventcoding/speech.py`` became the package ``stages/eventcoding/speech/`` of
modules by concern (no code changed: records of R, F and the 69 stories byte-identical), laid out as pkg21 laid out
``participants``. Each module imports at its top only the modules listed before it (no cycle is broken at call
time); each name is defined in one module; every name another module or a test reads from the package (``from
...speech import X``, ``speech.X``) is re-exported, as the defining module's own object; and each module imports
first in a fresh interpreter."""
from __future__ import annotations

import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import eventwire

from .package_helpers import import_faults, names_defined_twice, names_read_from, re_export_faults

PACKAGE = "eventwire.stages.eventcoding.speech"
ROOT = Path(eventwire.__file__).parent
FOLDER = ROOT / "stages" / "eventcoding" / "speech"
TESTS = Path(__file__).parent
# the modules from the lowest (imports no other module of the package) to the highest
ORDER = ["common", "side", "demands", "judgements", "threats", "rebuttals", "readings"]
# sibling imports made inside a function, to break a cycle at call time: (module, the module it imports)
CALL_TIME: set[tuple[str, str]] = set()


def test_the_order_names_every_module_of_the_package():
    assert sorted(p.stem for p in FOLDER.glob("*.py") if p.stem != "__init__") == sorted(ORDER)


@pytest.mark.parametrize("module", ORDER)
def test_a_module_imports_only_the_modules_below_it(module):
    """Sibling imports at the top name only modules listed before this one; one made inside a function is a
    cycle the package names (CALL_TIME); none goes through the package itself (its ``__init__`` imports every
    module)."""
    assert import_faults(FOLDER, ORDER, module, CALL_TIME) == []


def test_each_name_is_defined_in_one_module():
    assert names_defined_twice(FOLDER, ORDER) == []


def test_the_package_re_exports_the_defining_modules_objects():
    assert re_export_faults(PACKAGE, FOLDER, ORDER) == []


def test_every_name_read_from_the_package_is_re_exported():
    speech = import_module(PACKAGE)
    files = [p for p in ROOT.rglob("*.py") if FOLDER not in p.parents] + sorted(TESTS.glob("test_*.py"))
    asked = {(name, p.name) for p in files for name in names_read_from(p, PACKAGE)}
    readers = {p for _, p in asked}
    assert {"events.py", "claims.py"} <= readers, readers
    missing = sorted((name, p) for name, p in asked if name not in speech.__all__)
    assert not missing, missing


@pytest.mark.parametrize("module", ORDER + ["__init__"])
def test_module_imports_first(module):
    name = PACKAGE if module == "__init__" else f"{PACKAGE}.{module}"
    done = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
