"""Load a Python file of the repository or of ../shared (a training or conversion script, a benchmark, the reference
scorer) as a module, the one way the tests do it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_file(path: Path, name: str | None = None, register: bool = False) -> ModuleType:
    """The module at ``path``; with ``register`` it is put in ``sys.modules`` first (a file whose dataclasses look
    their module up by name)."""
    name = name or path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
