"""Round 17, splitcountry: ``stages/actors/country.py`` became the package ``stages/actors/country/`` of modules
by concern. Each module imports from the package only the modules listed before it (no cycle, whichever is
imported first: each imports first in a fresh interpreter in ``test_setpkg_r15``), each name is defined in one
module, and the package re-exports the defining module's own objects for every name other modules and tests
import from it."""
from __future__ import annotations

import ast
import sys
from importlib import import_module
from pathlib import Path

import pytest

import eventwire

from .package_helpers import module_tree, top_level_names

PACKAGE = "eventwire.stages.actors.country"
ROOT = Path(eventwire.__file__).parent
FOLDER = ROOT / "stages" / "actors" / "country"
# the modules from the lowest (imports no other module of the package) to the highest
ORDER = ["phrase", "work_titles", "body_home", "outlet_staff", "employers", "commentators", "person_home",
         "person_origin", "courts", "outsiders", "sentence_places", "parties", "pronoun_owners", "press_audience", "placed_by_setting", "setting_steps",
         "fill"]


def _tree(module: str) -> ast.Module:
    return module_tree(FOLDER, module)


def test_the_order_names_every_module_of_the_package():
    assert sorted(p.stem for p in FOLDER.glob("*.py") if p.stem != "__init__") == sorted(ORDER)


@pytest.mark.parametrize("module", ORDER)
def test_a_module_imports_only_the_modules_below_it(module):
    """Sibling imports, at the top or inside a function, name only modules listed before this one; none
    goes through the package itself (its ``__init__`` imports every module)."""
    for node in ast.walk(_tree(module)):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:
            assert node.module in ORDER[:ORDER.index(module)], (module, node.module)
        if node.level == 2:
            assert node.module != "country" and not (node.module or "").startswith("country."), (module, node.module)


def test_each_name_is_defined_in_one_module():
    seen: dict[str, str] = {}
    for module in ORDER:
        for node in _tree(module).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                assert name not in seen, (name, seen.get(name), module)
                seen[name] = module


def test_the_package_re_exports_the_defining_modules_objects():
    country = import_module(PACKAGE)
    for name in country.__all__:
        value = getattr(country, name)
        owners = [m for m in ORDER if name in _defined(m)]
        assert len(owners) == 1, (name, owners)
        assert getattr(sys.modules[f"{PACKAGE}.{owners[0]}"], name) is value, name


def _defined(module: str) -> set[str]:
    return top_level_names(FOLDER, module)


def _imports_of_the_package(path: Path, package: str) -> list[str]:
    """The names a file imports from the country package by ``from ... import`` (absolute or relative)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".")  # the file's module name ('...actors.national', '...actors.__init__')
            if node.level >= len(base):
                continue
            target = ".".join(base[:len(base) - node.level] + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        if target == PACKAGE:
            found += [a.name for a in node.names]
    return found


def test_every_name_imported_from_the_package_is_re_exported():
    """Whatever a module of eventwire or a test imports from ``eventwire.stages.actors.country`` is in the
    package's ``__all__`` or one of its modules (a name left behind in a module only would break the import
    only where it runs)."""
    country = import_module(PACKAGE)
    files = [(p, "eventwire." + ".".join(p.relative_to(ROOT).with_suffix("").parts))
             for p in ROOT.rglob("*.py") if FOLDER not in p.parents]
    files += [(p, "tests") for p in Path(__file__).parent.glob("test_*.py")]
    asked = {(name, str(p)) for p, package in files for name in _imports_of_the_package(p, package)}
    assert asked, "no importer found: the search is wrong"
    missing = sorted((name, p) for name, p in asked if name not in country.__all__ and name not in ORDER)
    assert not missing, missing
