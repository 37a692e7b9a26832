"""Readers of a package's modules for the layout tests (test_splitcountry_r17, test_package_layouts): a module's
parsed source, the names its top level defines, and the layout checks a package split by concern keeps."""
from __future__ import annotations

import ast
from pathlib import Path


def module_tree(folder: Path, module: str) -> ast.Module:
    """The parsed source of ``folder/module.py``."""
    return ast.parse((folder / f"{module}.py").read_text(encoding="utf-8"))


def top_level_names(folder: Path, module: str) -> set[str]:
    """The functions, classes and assigned names the module's top level defines."""
    found = set()
    for node in module_tree(folder, module).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
    return found


# The layout checks a package split by concern keeps (test_package_layouts): one definition here; the test names
# each package, its folder and the order of its modules.

def import_faults(folder: Path, order: list[str], module: str, call_time: set[tuple[str, str]]) -> list:
    """Sibling imports of ``module`` that break the order: at the top, a module not listed before it; inside a
    function, one that is neither listed before it nor a cycle the package names (``call_time``); any import
    through the package itself (its ``__init__`` imports every module)."""
    package = folder.name
    tree = module_tree(folder, module)
    top = {id(n) for n in tree.body}
    faults = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:
            below = node.module in order[:order.index(module)]
            if not (below if id(node) in top else below or (module, node.module) in call_time):
                faults.append((module, node.module))
        if node.level == 2 and (node.module == package or (node.module or "").startswith(package + ".")):
            faults.append((module, node.module))
    return faults


def names_defined_twice(folder: Path, order: list[str]) -> list[tuple[str, str, str]]:
    """Names the top level of two modules of the package defines: (name, first module, second module)."""
    seen: dict[str, str] = {}
    twice = []
    for module in order:
        for name in top_level_names(folder, module):
            if name in seen:
                twice.append((name, seen[name], module))
            seen.setdefault(name, module)
    return twice


def re_export_faults(package: str, folder: Path, order: list[str]) -> list[str]:
    """Names of the package's ``__all__`` not defined in exactly one module, or re-exported as another object
    than the defining module's own. An empty ``__all__`` is a fault too."""
    import sys
    from importlib import import_module
    pkg = import_module(package)
    if not pkg.__all__:
        return ["__all__ is empty"]
    faults = []
    for name in pkg.__all__:
        owners = [m for m in order if name in top_level_names(folder, m)]
        if len(owners) != 1 or getattr(sys.modules[f"{package}.{owners[0]}"], name) is not getattr(pkg, name):
            faults.append(name)
    return faults


def names_read_from(path: Path, package: str) -> set[str]:
    """The names a file reads from the package: imported from it by name (absolute or relative), or read as
    an attribute of the name it is bound to (``from . import participants as who``: ``who.X``)."""
    import re
    last = package.rpartition(".")[2]
    text = path.read_text(encoding="utf-8")
    found: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ImportFrom):
            continue
        module = node.module or ""
        if module == package or node.level and module.split(".")[-1] == last:
            found.update(a.name for a in node.names)
        elif module == package.rpartition(".")[0] or node.level and not module or module == "eventcoding":
            bound.update(a.asname or a.name for a in node.names if a.name == last)
    for name in bound:
        found.update(re.findall(rf"\b{name}\.([A-Za-z_]\w*)", text))
    return found
