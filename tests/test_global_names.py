"""Every global name a function of the package reads is defined in its module or a builtin: a merge that renames a
helper in one module and calls the old name in another (round 24: a NameError raised only in the actors stage's
rarest branch) fails here, not on a reader's article."""
from __future__ import annotations

import builtins
import dis
import importlib
import pkgutil
import types

import eventwire


def _codes(code: types.CodeType):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _codes(const)


def test_every_global_a_function_reads_is_defined() -> None:
    unknown = []
    modules = 0
    for info in pkgutil.walk_packages(eventwire.__path__, "eventwire."):
        module = importlib.import_module(info.name)
        path = getattr(module, "__file__", None)
        if not path or not path.endswith(".py"):
            continue
        modules += 1
        known = set(vars(module)) | set(dir(builtins))
        top = compile(open(path, encoding="utf-8").read(), path, "exec")
        for code in _codes(top):
            for ins in dis.get_instructions(code):
                if ins.opname == "LOAD_GLOBAL" and ins.argval not in known:
                    unknown.append(f"{info.name}.{code.co_name}: {ins.argval}")
    assert modules > 100
    assert not unknown, unknown


def test_the_check_sees_an_unknown_name() -> None:
    code = compile("def f():\n    return _no_such_helper(1)\n", "<probe>", "exec")
    names = [ins.argval for c in _codes(code) for ins in dis.get_instructions(c) if ins.opname == "LOAD_GLOBAL"]
    assert "_no_such_helper" in names
