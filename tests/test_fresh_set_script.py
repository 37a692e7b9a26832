"""scripts/build_fresh_set.py: the seventh round's fresh reading set (GUM news + TempEval-3 platinum), built
from ../shared where it lives."""
from __future__ import annotations

import json
import re
import subprocess
import sys

from .conftest import ROOT, shared_path


def test_the_fresh_set_holds_every_gum_news_and_tempeval_text_with_a_day() -> None:
    gum = sorted(shared_path("eval", "gum-news", "xml").glob("*.xml"))
    te3 = sorted(shared_path("eval", "te3-platinum").glob("*.tml"))
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_fresh_set.py")],
                          capture_output=True, text=True, check=True)
    articles = [json.loads(line) for line in done.stdout.splitlines()]
    assert [a["id"] for a in articles] == [p.stem for p in gum] + [p.stem for p in te3]
    assert all(len(a["text"]) > 300 and "<" not in a["text"] for a in articles)
    assert all(a["published"][:4].isdigit() and a["published"].endswith("Z") for a in articles)
    # tokens joined back into running text: no space before a full stop or a comma (an ellipsis may stand alone)
    assert not any(re.search(r" [.,](?!\.)", a["text"]) for a in articles[:len(gum)])


def test_a_missing_shared_folder_is_a_clear_error(tmp_path) -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_fresh_set.py"), "--shared", str(tmp_path)],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert str(tmp_path) in done.stderr and "not found" in done.stderr
