"""Manner-of-speaking verbs introduce quotes like 'said' does. Sentences are the project's own."""
import pytest


@pytest.mark.parametrize("verb", ["fretted", "mused", "scoffed"])
def test_manner_of_speaking_verbs_name_the_speaker(process, verb):
    doc = process(f"\"The harvest will fail again this year,\" {verb} Daniel Okoye, a farmer near Kano.",
                  until="quotes")
    assert doc.quotes and doc.actor(doc.quotes[0].speaker).name == "Daniel Okoye"


def test_a_quote_after_a_pronoun_speaker_takes_who_the_pronoun_is(process):
    doc = process("\"It took ten years,\" Mayor Maria Gonzalez said on Monday. Workers cheered. Traffic stopped. "
                  "Boats waited below. Rain fell. \"We are proud,\" she added. \"The city will grow around "
                  "this bridge.\"", until="quotes")
    last = next(q for q in doc.quotes if q.text.startswith("The city"))
    assert last.speaker is not None and doc.actor(last.speaker).name == "Maria Gonzalez"
