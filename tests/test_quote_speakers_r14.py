"""Round 14, quote speakers on unseen news: a reporting tag set off as a sentence of its own after a quote
that ends with a full stop, and short quoted words marked as a label or a word (scare quotes), which coders
do not record as quotations. Sentences written for the purpose."""
from __future__ import annotations

import pytest



def speakers(process, text: str) -> dict[str, str | None]:
    """Quoted words (direct and partial) -> the speaker's name."""
    doc = process(text, None, until="quotes")
    names = {a.id: a.name for a in doc.actors}
    return {q.text: names.get(q.speaker) for q in doc.quotes if q.kind != "indirect"}


# ---- a tag after a quote that ends its sentence -------------------------------------------------------

@pytest.mark.parametrize("text, quote, speaker", [
    ('"The valley was quieter than the coast. Farmers trusted each other." Elena Garcia said, adding that '
     'many families moved there for work.', "The valley was quieter", "Elena Garcia"),
    ('Pedro Alvarez runs the clinic. "We will not close until the last patient is seen." Alvarez said.',
     "We will not close", "Pedro Alvarez"),
    ('"Nobody warned us about the flood!" Ngozi Adeyemi wrote, calling the response slow.',
     "Nobody warned us", "Ngozi Adeyemi"),
])
def test_tag_set_off_by_a_full_stop_names_the_speaker(process, text, quote, speaker) -> None:
    got = {k[:len(quote)]: v for k, v in speakers(process, text).items()}
    assert got.get(quote) == speaker


@pytest.mark.parametrize("text, quote", [
    # the next sentence reports words of its own: its speaker is not the quote's
    ('"We will not close until the last patient is seen." Pedro Alvarez said the clinic would open a '
     'second ward.', "We will not close"),
    # the next sentence is no tag at all
    ('"The talks are over." Then Pedro Alvarez left the room.', "The talks are over."),
    # a tag in the next paragraph belongs to the quote there
    ('"The harvest was poor this year."\n\n"Prices will rise," Pedro Alvarez said.', "The harvest was poor"),
])
def test_no_tag_no_speaker(process, text, quote) -> None:
    got = {k[:len(quote)]: v for k, v in speakers(process, text).items()}
    assert quote in got and got[quote] is None


# ---- scare quotes and mentioned words -------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ('Rebels took the so-called "green zone" on Monday, the army said.', "green zone"),
    ('"We lost every match," the coach said, using the word "disaster" to describe the season.', "disaster"),
    ('The agency dropped the term ‘emergency’ from its name in May.', "emergency"),
    ('The group calls itself a self-styled "people\'s court" in its leaflets.', "people's court"),
])
def test_short_label_or_mentioned_word_is_not_a_quote(process, text, words) -> None:
    assert words not in speakers(process, text)


@pytest.mark.parametrize("text, words, speaker", [
    # a short partial quote a speaker says stays, with its speaker
    ('The minister said the vote was "illegal" and would be annulled.', "illegal", "minister"),
    ('Senator Ruth Adler called the deal a "historic mistake" on Tuesday.', "historic mistake", "Ruth Adler"),
])
def test_short_partial_quotes_said_by_somebody_stay(process, text, words, speaker) -> None:
    got = speakers(process, text)
    assert words in got and speaker in (got[words] or "")


def test_long_scare_quote_stays_a_quote(process) -> None:
    text = 'Kyiv rejected the so-called "plan that hands half the country to the invader" on Monday.'
    assert "plan that hands half the country to the invader" in speakers(process, text)


# ---- the doer of a passive verb ------------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ('The agency is run by Judge Ana Ruiz, whom the bloc punished last year; she was penalised by the European '
     'Union for "weakening the courts," among other acts.', "weakening the courts,", "European Union"),
    ('The bill was described by Senator Ruth Adler as "a gift to polluters" during the debate.',
     "a gift to polluters", "Ruth Adler"),
])
def test_the_by_phrase_of_a_passive_verb_names_the_speaker(process, text, words, speaker) -> None:
    assert speakers(process, text).get(words) == speaker


def test_a_quote_inside_the_by_phrase_is_not_the_doers_words(process) -> None:
    text = 'The breach was carried out on Friday by a hacker calling himself "Anonymous", on a chat forum.'
    assert speakers(process, text).get("Anonymous") is None


# ---- a document speaks for its author ------------------------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ('According to a new report by the World Bank, the economy is "on the brink of collapse."',
     "on the brink of collapse.", "World Bank"),
    ('Oxfam issued a report on Monday. According to the report, food prices have reached "a level never '
     'seen before."', "a level never seen before.", "Oxfam"),
    ('The Finance Ministry released a statement late Friday. The statement said the tax would be '
     '"temporary and modest."', "temporary and modest.", "Finance Ministry"),
])
def test_a_documents_author_speaks_through_it(process, text, words, speaker) -> None:
    assert speakers(process, text).get(words) == speaker


@pytest.mark.parametrize("text, words", [
    # who saw or obtained a document did not write it
    ('A leaked memo seen by the Daily Ledger says staff face "deep and immediate cuts."',
     "deep and immediate cuts."),
    # a report nobody is named for
    ('According to the report, food prices have reached "a level never seen before."',
     "a level never seen before."),
])
def test_no_author_named_no_speaker(process, text, words) -> None:
    got = speakers(process, text)
    assert words in got and got[words] is None


def test_a_title_that_opens_with_a_year_is_not_a_quote(process) -> None:
    text = 'Officials cited the "2023 National Water Security Report" released by the ministry.'
    assert "2023 National Water Security Report" not in speakers(process, text)


# ---- a descriptor cut off from the name it describes -----------------------------------------------

@pytest.mark.parametrize("text, words", [
    ('Press freedom group Reporters Without Borders hailed the ruling and restated "its appeal to the '
     'government to free every jailed reporter."', "its appeal to the government to free every jailed reporter."),
    ('Media watchdog Reporters Without Borders praised the verdict and repeated "its demand that all '
     'reporters be freed."', "its demand that all reporters be freed."),
])
def test_the_name_after_a_descriptor_is_the_speaker(process, text, words) -> None:
    assert speakers(process, text).get(words) == "Reporters Without Borders"


def test_a_name_after_a_verb_is_not_the_subjects(process) -> None:
    text = 'Officials told Reporters Without Borders on Monday that the law was "under review."'
    assert speakers(process, text).get("under review.") != "Reporters Without Borders"


# ---- a quoted word in a subheading run into the text ---------------------------------------------

def test_quoted_word_of_a_subheading_is_not_a_quote(process) -> None:
    text = ("The valley flooded twice last year. Farmers 'homeless' After the water went down, many families "
            'left. "We lost everything," said Ana Ruiz, a farmer.')
    got = speakers(process, text)
    assert "homeless" not in got and got.get("We lost everything,") == "Ana Ruiz"


@pytest.mark.parametrize("text, words", [
    ('He was asked if he would resign. He said "no" Tuesday in the capital.', "no"),  # a verb: a sentence
    ('Critics attacked the plan. To "reset" in the agency’s language means to cut staff.', "reset"),
    ('The minister spoke on Monday. The plan is "dead" Gomez said.', "dead"),
])
def test_short_quote_in_a_sentence_is_no_subheading(process, text, words) -> None:
    assert words in speakers(process, text)


# ---- a name set off before an aside, which the parse left hanging ------------------------------------

def _parsed(words, heads, deps, pos):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_name_before_a_prepositional_aside_is_the_subject() -> None:
    from eventwire.stages.attribution import subject_of
    # 'Macron , in an interview with the show , dodged questions': the parse took 'show' for the subject
    words = ["Macron", ",", "in", "an", "interview", "with", "the", "show", ",", "dodged", "questions"]
    heads = [9, 0, 0, 4, 2, 4, 7, 9, 9, 9, 9]
    deps = ["dep", "punct", "prep", "det", "pobj", "prep", "det", "nsubj", "punct", "ROOT", "dobj"]
    pos = ["PROPN", "PUNCT", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NOUN"]
    assert subject_of(_parsed(words, heads, deps, pos)[9]).text == "Macron"


def test_no_aside_the_parsed_subject_stays() -> None:
    from eventwire.stages.attribution import subject_of
    # 'Tuesday , the minister dodged questions': a fronted word set off by a comma, no prepositional aside
    words = ["Tuesday", ",", "the", "minister", "dodged", "questions"]
    heads = [4, 4, 3, 4, 4, 4]
    deps = ["npadvmod", "punct", "det", "nsubj", "ROOT", "dobj"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "VERB", "NOUN"]
    assert subject_of(_parsed(words, heads, deps, pos)[4]).text == "minister"
