"""The Document's lookups from text offsets to actors, singular and plural."""
from __future__ import annotations


def test_referents_singular_plural_and_none(process):
    doc = process("Kenya and Uganda met on Monday. Both countries signed a deal.", until="actors")
    kenya, uganda = (doc.actor_of_token(t) for t in doc.nlp if t.text in {"Kenya", "Uganda"})
    assert kenya and uganda and kenya != uganda
    start = doc.text.index("Both countries")
    doc.add_plural_reference(start, start + len("Both countries"), [kenya, uganda, kenya])
    by_text = {t.text: doc.referents(t) for t in doc.nlp}
    assert by_text["Kenya"] == [kenya]
    assert by_text["Both"] == by_text["countries"] == [kenya, uganda]
    assert by_text["signed"] == [] and by_text["deal"] == []
