"""Manner-of-speaking verbs introduce quotes like 'said' does. Sentences are the project's own."""
import pytest


@pytest.mark.parametrize("verb", ["fretted", "mused", "scoffed"])
def test_manner_of_speaking_verbs_name_the_speaker(process, verb):
    doc = process(f"\"The harvest will fail again this year,\" {verb} Daniel Okoye, a farmer near Kano.",
                  until="quotes")
    assert doc.quotes and doc.actor(doc.quotes[0].speaker).name == "Daniel Okoye"
