"""A participle after reported content shares the reporting verb's subject ('X said Y would ..., calling
it "..."'), not the reported clause's. Sentences are the project's own."""
import pytest


def _speaker_of(doc, words):
    q = next(q for q in doc.quotes if words in q.text)
    return doc.actor(q.speaker).name if q.speaker else None


@pytest.mark.parametrize("text, words, who", [
    ("Governor Amina Bello announced that Nigeria would build two dams, calling the plan \"a gift to our "
     "farmers.\"", "gift to our farmers", "Amina Bello"),
    ("Minister Pablo Ruiz said that Spain and Portugal will share the costs, adding that the deal was "
     "\"fair to everyone.\"", "fair to everyone", "Pablo Ruiz"),
    ("Chancellor Eva Brandt told reporters that Austria had signed the treaty, describing it as \"a turning "
     "point.\"", "a turning point", "Eva Brandt"),
])
def test_a_participle_after_reported_content_is_the_reporters(process, text, words, who):
    doc = process(text, until="quotes")
    assert _speaker_of(doc, words) == who


def test_a_participle_of_the_main_clause_keeps_its_own_subject(process):
    doc = process("Governor Amina Bello opened two dams last year, calling them \"a gift to farmers.\"",
                  until="quotes")
    assert _speaker_of(doc, "a gift to farmers") == "Amina Bello"
