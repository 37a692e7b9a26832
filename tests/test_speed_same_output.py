"""The speed shortcuts of issue 21 give what the plain computation gives (sentences and examples our own)."""
from __future__ import annotations

from eventwire import gazetteer, settings
from eventwire.document import Document
from eventwire.record import Article
from eventwire.stages.actors.mentions import _text_after
from eventwire.stages.actors.words import actor_words
from eventwire.stages.places import rank


TEXTS = [
    "Nadia Osei, 41, and Tomas Brandt ,  9, ran the stall.\n\nThe council met.",
    "A, 1,\n\n2, b",
    "Last word",
]


def test_text_after_a_span_is_the_text_there(nlp):
    for text in TEXTS:
        doc = nlp(text)
        for start in range(len(doc)):
            for end in range(start + 1, len(doc) + 1):
                span = doc[start:end]
                for n in (1, 7, 12):
                    assert _text_after(span, n) == text[span.end_char:span.end_char + n]


def test_org_kind_memo_answers_as_the_patterns_do(pipeline):
    w = actor_words()
    names = ["Ridgeway Farmers Union", "Harbour Broadcasting Corporation", "Kestrel Bank", "Ana Ribeiro",
             "KESTREL BANK"]
    for name in names * 2:  # the second round comes from the memo
        low = name.lower()
        plain = next(((kind, sector) for pattern, kind, sector in w.org_words if pattern.search(low)),
                     ("organization", None))
        assert w.org_kind(name) == plain


def test_gazetteer_answers_a_name_as_written_like_its_key(pipeline):
    gaz = gazetteer.load()
    for name in ["Lisbon", "LISBON", "St. Petersburg", "Saint Petersburg", "Nowhere-Such-Placeville"]:
        first = gaz.lookup(name)
        assert gaz.lookup(name) is first  # remembered
        assert first == (gaz._lookup_key(gazetteer.key(name)) or gaz._lookup_folded(gazetteer.key(name)))


def test_city_state_memo_is_by_the_very_tuple(pipeline):
    gaz = gazetteer.load()
    entries = gaz.lookup("Singapore")
    assert entries
    once = rank.drop_city_state_country(entries)
    assert rank.drop_city_state_country(entries) is once
    assert rank._drop_city_state_country(entries) == once
    copy = tuple(entries)[:-1] if len(entries) > 1 else ()
    assert rank.drop_city_state_country(copy) == rank._drop_city_state_country(copy)


def test_document_sentences_and_actor_lookup(nlp):
    doc = Document(Article(text="Officials met in Lisbon. They agreed on a plan.\n\nTalks resume Monday."))
    doc.nlp = nlp(doc.text)
    assert [s.start_char for s in doc.sentences()] == [s.start_char for s in doc.nlp.sents]
    assert doc.sentence_starts() == [s.start_char for s in doc.nlp.sents]
    a = doc.new_actor("Officials", "group")
    b = doc.new_actor("Lisbon", "country")
    assert doc.actor("a1") is a and doc.actor("a2") is b
    assert doc.actor("a3") is None and doc.actor(None) is None and doc.actor("x") is None


def test_entity_fence_keeps_untouched_entities_and_cuts_at_line_breaks(nlp):
    doc = nlp("Maria Lopes visited Porto.\nJoão Silva stayed in Braga.")
    for ent in doc.ents:
        assert "\n" not in ent.text and ent.text == ent.text.strip()


def test_gc_threshold_raised_after_warm_up(pipeline):
    import gc

    gen0 = gc.get_threshold()[0]
    assert gen0 == 0 or gen0 >= settings.GC_GEN0_THRESHOLD


def test_record_dict_is_what_asdict_makes_and_shares_no_list():
    from dataclasses import asdict

    from eventwire.record import Actor, Event, Mention, Place, Quote, Record, Span, TimeExpr, Trigger

    text = "Harbour workers in Valdora struck on Friday, the union said."
    actor = Actor("a1", "harbour workers", "group", country="XVD", sector="labor",
                  mentions=[Mention(0, 15, "Harbour workers")], role=None)
    record = Record(
        Article(text=text, title="Strike", authors=["R. Mwangi"], published="2024-03-08"),
        actors=[actor],
        quotes=[Quote("q1", "struck", 27, 33, kind="indirect", speaker="a1", via=["a1"], cue="said")],
        times=[TimeExpr("t1", "Friday", 37, 43, value="2024-03-08", interval=["2024-03-08", "2024-03-08"],
                        anchor="published")],
        places=[Place("p1", "Valdora", 19, 26, "Valdora", geonameid=12, country="XVD", lat=1.5, lon=-2.25,
                      feature="city")],
        events=[Event("e1", "PROTEST", ["a1"], [], Span(0, 44), Trigger("struck", 27, 33), "verb:strike",
                      cameo="143", time="t1", place="p1", according_to=["a1"], confidence=0.75)])
    plain = record.to_dict()
    assert plain["actors"] == [asdict(actor)]
    assert plain["quotes"] == [asdict(q) for q in record.quotes]
    assert plain["times"] == [asdict(t) for t in record.times]
    assert plain["places"] == [asdict(p) for p in record.places]
    assert plain["events"] == [asdict(e) for e in record.events]
    assert list(plain["events"][0]) == list(asdict(record.events[0]))  # field order kept
    plain["actors"][0]["mentions"][0]["start"] = 99
    plain["events"][0]["source"].append("a9")
    plain["times"][0]["interval"].clear()
    assert actor.mentions[0].start == 0 and record.events[0].source == ["a1"]
    assert record.times[0].interval == ["2024-03-08", "2024-03-08"]
