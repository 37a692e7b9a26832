"""TempEval-3-style evaluation of the times stage on TimeML files."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import shared_path

from eventwire.evaluate.timeml import evaluate_timeml, format_timeml, read_tml, strip_tags

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The agency <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> that Q&amp;A sessions <EVENT eid="e2" class="OCCURRENCE">ran</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> in <TIMEX3 tid="t3" type="DATE" value="2012">2012</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_strip_tags_keeps_gold_offsets():
    text, timexes = strip_tags('Sales <EVENT eid="e1">rose</EVENT> &amp; fell <TIMEX3 tid="t1" type="DATE" '
                               'value="2012">last year</TIMEX3>.')
    assert text == "Sales rose & fell last year."
    (t,) = timexes
    assert (text[t.start:t.end], t.value, t.type) == ("last year", "2012", "DATE")


def test_read_tml_excludes_the_creation_time(tmp_path: Path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "2013-03-22"
    assert [(t.text, t.value) for t in doc.timexes] == [("Thursday", "2013-03-21"), ("three months", "P3M"),
                                                         ("2012", "2012")]
    assert "Q&A" in doc.text


def test_evaluate_small_directory(tmp_path: Path, pipeline):
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    figures = evaluate_timeml(tmp_path, pipeline)
    assert figures["all"]["gold"] == 3
    assert figures["all"]["matched"] == 3
    assert figures["all"]["value_f1"] == 1.0
    assert figures["date_time"]["gold"] == 2
    assert "DATE/TIME" in format_timeml(figures)


@pytest.mark.shared
def test_tempeval3_platinum_floor(pipeline):
    directory = shared_path("eval", "te3-platinum")
    figures = evaluate_timeml(directory, pipeline)
    assert figures["all"]["gold"] == 138
    # a development set (the rules were written reading its errors); measured: value F1 0.890 overall, 0.891
    # on DATE/TIME (HeidelTime: 0.776)
    assert figures["all"]["value_f1"] >= 0.88
    assert figures["date_time"]["value_f1"] >= 0.88
    assert figures["all"]["f1"] >= 0.93
