"""Readers of a package's modules for the layout tests (test_splitcountry_r17, test_pkg21): a module's parsed
source and the names its top level defines."""
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
