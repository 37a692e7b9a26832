"""The quotes stage on sentences written for the purpose: every layout, the chains, and the failure cases."""
from __future__ import annotations

import pytest

from eventwire.stages.quotes import find_pieces


def quotes_of(process, text: str) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    """(kind, text, speaker name, cue, via names) for every quote, in text order; spans checked on the way."""
    doc = process(text, None, until="quotes")
    names = {a.id: a.name for a in doc.actors}
    out = []
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert doc.text[q.speaker_start:q.speaker_end] == q.speaker_text
        out.append((q.kind, q.text, names.get(q.speaker), q.cue, [names[v] for v in q.via]))
    return out


def attributions_of(process, text: str) -> list[tuple[str, str, str | None, list[str], bool]]:
    doc = process(text, None, until="quotes")
    names = {a.id: a.name for a in doc.actors}
    return [(a.kind, doc.text[a.content_start:a.content_end], names.get(a.speaker), [names[v] for v in a.via],
             a.negated) for a in doc.attributions]


# ---- quote marks ------------------------------------------------------------------------------

def spans(text: str) -> list[str]:
    return [text[p.start:p.end] for p in find_pieces(text)]


def test_straight_curly_and_single_marks() -> None:
    assert spans('He said "yes" and “no” and ‘maybe’.') == ["yes", "no", "maybe"]


def test_apostrophes_are_not_quote_marks() -> None:
    text = "Russia’s envoy didn’t come. “We can’t wait,” he said of the officials’ plan in the ’90s."
    assert spans(text) == ["We can’t wait,"]


def test_nested_quote() -> None:
    text = "“He expressed ‘best wishes’ for the talks,” Reuters reported."
    pieces = find_pieces(text)
    assert [text[p.start:p.end] for p in pieces] == ["He expressed ‘best wishes’ for the talks,", "best wishes"]
    assert pieces[1].nested_in == 0


def test_quote_over_several_sentences_is_one_quote() -> None:
    assert spans('"We came. We saw. We left," she said.') == ["We came. We saw. We left,"]


def test_multi_paragraph_quote_opens_each_paragraph_and_closes_once() -> None:
    text = '"The first paragraph ends here.\n\n"The second one closes," she said.'
    pieces = find_pieces(text)
    assert [text[p.start:p.end] for p in pieces] == ["The first paragraph ends here.", "The second one closes,"]
    assert pieces[0].continues and pieces[1].continued


def test_multi_paragraph_quote_in_text_without_line_breaks() -> None:
    text = "“The first paragraph ends here. “The second one closes,” she said."
    assert spans(text) == ["The first paragraph ends here.", "The second one closes,"]


def test_odd_number_of_marks_recovers_at_paragraph_end() -> None:
    text = 'She said: "We will win.\n\nThe weather is fine. "Later," he said.'
    assert spans(text) == ["We will win.", "Later,"]


def test_stray_closing_mark_is_ignored() -> None:
    assert spans('The plan" failed. "It is over," he said.') == ["It is over,"]


def test_quote_at_the_very_end_of_the_text() -> None:
    text = 'Angela Merkel said: "We will win."'
    assert spans(text) == ["We will win."]
    assert spans('Angela Merkel said: "We will win.') == ["We will win."]


# ---- layouts and speakers ---------------------------------------------------------------------

def test_quote_then_speaker_and_cue(process) -> None:
    text = 'German Chancellor Angela Merkel spoke in Berlin on Monday. "We will not give up," Merkel said.'
    assert quotes_of(process, text) == [("direct", "We will not give up,", "Angela Merkel", "said", [])]


def test_speaker_colon_then_quote(process) -> None:
    text = 'Angela Merkel met reporters in Berlin. Merkel said: "The talks were useful."'
    assert quotes_of(process, text) == [("direct", "The talks were useful.", "Angela Merkel", "said", [])]


def test_said_speaker_adding_second_quote(process) -> None:
    text = "“The talks were useful,” said Angela Merkel, adding “we will meet again soon.”"
    assert quotes_of(process, text) == [
        ("direct", "The talks were useful,", "Angela Merkel", "said", []),
        ("direct", "we will meet again soon.", "Angela Merkel", "adding", []),
    ]


def test_quote_split_around_its_cue(process) -> None:
    text = '"The first part is done," Angela Merkel said, "but the second part will take years."'
    assert quotes_of(process, text) == [
        ("direct", "The first part is done,", "Angela Merkel", "said", []),
        ("direct", "but the second part will take years.", "Angela Merkel", "said", []),
    ]


def test_pronoun_speaker_and_following_quote_continue_the_speaker(process) -> None:
    text = 'Angela Merkel spoke in Berlin on Monday. "The talks were useful," she said. "We will meet again."'
    assert quotes_of(process, text) == [
        ("direct", "The talks were useful,", "Angela Merkel", "said", []),
        ("direct", "We will meet again.", "Angela Merkel", None, []),
    ]


def test_multi_paragraph_quote_shares_its_speaker(process) -> None:
    text = 'Angela Merkel spoke in Berlin on Monday.\n\n"The talks were useful and long.\n\n"We will meet again in June," she said.'
    got = quotes_of(process, text)
    assert [(k, t, s) for k, t, s, _, _ in got] == [
        ("direct", "The talks were useful and long.", "Angela Merkel"),
        ("direct", "We will meet again in June,", "Angela Merkel"),
    ]


def test_dash_attribution(process) -> None:
    assert quotes_of(process, '"We are ready for peace" — Angela Merkel') == [
        ("direct", "We are ready for peace", "Angela Merkel", None, [])]


def test_partial_quote_with_label_verb(process) -> None:
    text = 'President Donald Trump described the meeting as "very productive" and left.'
    assert quotes_of(process, text) == [("partial", "very productive", "Donald Trump", "described", [])]


def test_partial_quote_mid_sentence_after_said(process) -> None:
    text = 'Angela Merkel said "we will win" in Berlin.'
    assert quotes_of(process, text) == [("partial", "we will win", "Angela Merkel", "said", [])]


def test_scare_quote_is_a_term_not_a_quote(process) -> None:
    assert quotes_of(process, 'The so-called "peace plan" was rejected by Kyiv.') == []
    long = 'Kyiv rejected the so-called "plan that hands half the country to the invader" on Monday.'
    assert quotes_of(process, long) == [("partial", "plan that hands half the country to the invader", None, None, [])]


def test_quote_with_no_speaker_is_kept(process) -> None:
    text = 'The weather was bad in Berlin on Monday.\n\n"Nobody expected this storm."'
    assert quotes_of(process, text) == [("direct", "Nobody expected this storm.", None, None, [])]


def test_anonymous_source_and_description_speakers(process) -> None:
    text = 'Berlin was quiet on Monday. "Nobody came to the market today," a local resident said.'
    assert quotes_of(process, text) == [
        ("direct", "Nobody came to the market today,", "a local resident", "said", [])]


# ---- reporting chains -------------------------------------------------------------------------

def test_official_telling_an_outlet(process) -> None:
    text = '"We have no plans to attend," an unnamed German official told Reuters.'
    assert quotes_of(process, text) == [
        ("direct", "We have no plans to attend,", "an unnamed German official", "told", ["Reuters"])]


def test_according_to_relay_after_cue(process) -> None:
    text = ('"There will be no delay," Kremlin spokesman Dmitry Peskov told reporters, '
            "according to Russia’s TASS news agency.")
    assert quotes_of(process, text) == [("direct", "There will be no delay,", "Dmitry Peskov", "told", ["TASS"])]


def test_report_according_to_another_outlet(process) -> None:
    text = "Russia’s RIA Novosti reported the news on Monday, according to South Korean newswire service Yonhap."
    assert quotes_of(process, text) == [("indirect", "the news", "RIA Novosti", "reported", ["Yonhap"])]


def test_hedged_lead_takes_the_source_of_the_report_that_follows(process) -> None:
    text = ("Russian President Vladimir Putin reportedly sent a letter to Kim Jong-un. "
            "Russia’s RIA Novosti reported the news on Monday, according to South Korean newswire service Yonhap.")
    hedge = [a for a in attributions_of(process, text) if a[0] == "hedge"]
    assert hedge == [("hedge", "Russian President Vladimir Putin reportedly sent a letter to Kim Jong-un",
                      "RIA Novosti", ["Yonhap"], False)]


def test_nested_quote_is_relayed_by_the_outer_speaker(process) -> None:
    text = "“In the letter, President Emmanuel Macron expressed ‘best wishes’ for the talks,” Reuters reported."
    got = quotes_of(process, text)
    assert got[1] == ("partial", "best wishes", "Emmanuel Macron", None, ["Reuters"])


def test_own_outlet_is_never_in_the_chain(pipeline) -> None:
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages import actors, quotes
    from eventwire.stages.nlp import parse

    text = '"We have no plans to attend," an unnamed German official told Reuters.'
    doc = next(parse([Document(Article(text=text, outlet="Reuters"))], pipeline.nlp))
    actors.run(doc)
    quotes.run(doc)
    assert [(q.text, q.via) for q in doc.quotes] == [("We have no plans to attend,", [])]


# ---- indirect speech, denials, hedges ---------------------------------------------------------

def test_said_that(process) -> None:
    assert quotes_of(process, "Angela Merkel said the talks were useful.") == [
        ("indirect", "the talks were useful", "Angela Merkel", "said", [])]


def test_told_reporters_that(process) -> None:
    assert quotes_of(process, "Angela Merkel told reporters that Germany would send more aid.") == [
        ("indirect", "Germany would send more aid", "Angela Merkel", "told", [])]


def test_according_to_as_the_cue(process) -> None:
    assert quotes_of(process, "According to Reuters, Germany will send more aid to Ukraine.") == [
        ("indirect", "Germany will send more aid to Ukraine", "Reuters", "according to", [])]


def test_according_to_a_document_is_not_speech(process) -> None:
    assert quotes_of(process, "According to the constitution, the president serves five years.") == []


def test_denial_is_negated(process) -> None:
    assert attributions_of(process, "Angela Merkel denied that Germany had sent weapons.") == [
        ("indirect", "Germany had sent weapons", "Angela Merkel", [], True)]


def test_rumors_called_unfounded_are_negated(process) -> None:
    got = attributions_of(process, "The Kremlin said rumors about a meeting with Angela Merkel were unfounded.")
    assert got == [("indirect", "rumors about a meeting with Angela Merkel were unfounded", "Kremlin", [], True)]


@pytest.mark.parametrize("text, cue_content", [
    ("Angela Merkel reportedly sent a letter to Emmanuel Macron.",
     "Angela Merkel reportedly sent a letter to Emmanuel Macron"),
    ("Angela Merkel is said to be furious about the decision.",
     "Angela Merkel is said to be furious about the decision"),
])
def test_hedges(process, text: str, cue_content: str) -> None:
    assert attributions_of(process, text) == [("hedge", cue_content, None, [], False)]


def test_every_quote_has_an_attribution(process) -> None:
    text = '"We will not give up," Angela Merkel said. She said the talks were useful.'
    doc = process(text, None, until="quotes")
    spans_q = [(q.start, q.end, q.kind) for q in doc.quotes]
    spans_a = [(a.content_start, a.content_end, a.kind) for a in doc.attributions]
    assert spans_q == spans_a and len(spans_q) == 2


def test_refusal_is_not_a_denial(process) -> None:
    got = attributions_of(process, "Angela Merkel denied entry to the ship on Monday.")
    assert not any(negated for *_, negated in got)


def test_speakers_named_in_an_appositive_or_by_their_role(process) -> None:
    text = ("The disaster agency said roads were cut. Its director, Amélia Nhantumbo, appealed for tents. "
            "\"We are reaching villages only by helicopter,\" she said. A government spokesman, Carlos Sitoe, "
            "rejected the criticism, saying orders had gone out \"two days before landfall.\"")
    speakers = [(kind, speaker) for kind, _, speaker, _, _ in quotes_of(process, text) if kind != "indirect"]
    assert speakers == [("direct", "Amélia Nhantumbo"), ("partial", "Carlos Sitoe")]


def test_according_to_after_a_quote_names_its_speaker(process) -> None:
    text = ("Analysts said the visit mattered. “Trade with the island has grown very fast and it is now one of "
            "the largest partners of the country,” according to Maria Lopez, the head of research at a bank in "
            "Lima. “So the government must act,” she added.")
    doc = process(text, until="quotes")
    lopez = next(a for a in doc.actors if a.name == "Maria Lopez")
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == [lopez.id, lopez.id]


def test_he_after_a_quote_is_not_someone_the_quote_names(process) -> None:
    text = ("Luca Rossi spoke to reporters in Rome. \"Italy did not vote for the commission's head, "
            "Marco Bianchi, and it will not change its mind,\" he said. \"Germany has troubles of its own,\" he added.")
    doc = process(text, until="quotes")
    rossi = next(a for a in doc.actors if a.name == "Luca Rossi")
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == [rossi.id, rossi.id]
