"""Run the installed ``eventwire`` console script the way a user does."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def eventwire_exe() -> str:
    beside = Path(sys.executable).with_name("eventwire")
    return str(beside) if beside.exists() else (shutil.which("eventwire") or "eventwire")


def run_cli(*args: str, input: str | None = None, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([eventwire_exe(), *args], input=input, capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)
