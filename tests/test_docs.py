"""The README documents every command, and its quick start is the two commands CI runs."""
from __future__ import annotations

import re
from pathlib import Path

from eventwire.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start() -> list[str]:
    section = README.split("## Quick start", 1)[1]
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", section, re.S)
    assert block, "the quick start has no code block"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    commands = _quick_start()
    assert len(commands) == 2
    assert "eventwire demo" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert commands[1].strip() in [line.strip() for line in ci]


def test_every_command_and_option_is_documented() -> None:
    for name, command in main.commands.items():
        assert f"eventwire {name}" in README, f"README does not document 'eventwire {name}'"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help",):
                    assert opt in README, f"README does not mention {opt} of 'eventwire {name}'"
