"""Quote speakers found by reading review stories: a definite description of a person stands for the
person just talked about; the climb from a partial quote to its reporting verb passes over 'to' verbs,
a relative clause of a plain noun and a cue whose subject holds the quote. Sentences are the project's
own, in several shapes each."""
import pytest


def _speaker_of(doc, words):
    q = next(q for q in doc.quotes if words in q.text)
    return doc.actor(q.speaker).name if q.speaker else None


# ---- a definite description of a person -> the person just talked about --------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Farmers in the valley lost most of their crops. “We planted twice and lost twice,” said Amina Okafor, "
     "who grows maize near the river. “Nobody came to help us,” said the 41-year-old farmer.",
     "Nobody came", "Amina Okafor"),
    ("Tomas Berglund ran the harbour office for a decade. He retired last year. The former port official told "
     "reporters, “The port was never ready for ships this large.”", "The port was never", "Tomas Berglund"),
    ("Rescuers reached the village on Monday, said Pedro Alves, a volunteer from the coast. "
     "“The road was gone,” the volunteer said.", "The road was gone", "Pedro Alves"),
])
def test_a_definite_description_is_the_person_just_named(process, text, words, who):
    assert _speaker_of(process(text, until="quotes"), words) == who


def test_a_description_with_another_country_is_not_the_person_just_named(process):
    doc = process("Kenyan minister Ruth Wanjiru met her counterpart in Nairobi. “We agreed on the border,” "
                  "the Ugandan official said.", until="quotes")
    assert _speaker_of(doc, "We agreed") != "Ruth Wanjiru"


def test_a_description_that_names_its_owner_is_left_alone(process):
    doc = process("Olena Marchenko spoke first at the forum. “The talks are over,” the Kremlin spokesman said.",
                  until="quotes")
    assert _speaker_of(doc, "The talks are over") != "Olena Marchenko"


# ---- the climb from a partial quote to the verb that reports it ------------------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Lars Holm said he had tried to work with local leaders to offer a “fair deal” for the miners.",
     "fair deal", "Lars Holm"),
    ("Mayor Ines Duarte called for the council to cut fees and hold an “open and honest” review.",
     "open and honest", "Ines Duarte"),
    ("Senator Paul Wexler said he wanted the agency to publish a “full account” of the spending.",
     "full account", "Paul Wexler"),
])
def test_a_to_verb_does_not_stop_the_climb(process, text, words, who):
    assert _speaker_of(process(text, until="quotes"), words) == who


def test_a_quote_inside_the_subject_of_a_cue_belongs_to_the_reporter(process):
    doc = process("Minister Karim Nasser said several police “technical units” had confirmed the identity of the driver.",
                  until="quotes")
    assert _speaker_of(doc, "technical units") == "Karim Nasser"


def test_a_relative_clause_of_a_plain_noun_does_not_stop_the_climb(process):
    doc = process("Opposition leader Mara Quist described the deal with Canada as “a gift to Canada” that represented "
                  "“a betrayal of working families.”", until="quotes")
    assert _speaker_of(doc, "a betrayal of working families") == "Mara Quist"


def test_a_relative_clause_of_a_person_keeps_its_own_speaker(process):
    doc = process("Premier Joan Fitch met Ahmed Saleh, who praised the “brave” rescue teams.", until="quotes")
    assert _speaker_of(doc, "brave") == "Ahmed Saleh"


# ---- speech verbs: forecast, urge, counter, wonder ----------------------------------------------

@pytest.mark.parametrize("text, words, who", [
    ("Economist Dana Whitlow spoke in Lagos. Prices will climb in the “coming months,” she forecast.",
     "coming months", "Dana Whitlow"),
    ("Governor Ruth Abara opened the briefing. Prices will climb in the “coming months,” she speculated.", "coming months", "Ruth Abara"),
    ("Senator Hugo Brand read the report twice. “Why now, after ten years?” he wondered aloud.", "Why now",
     "Hugo Brand"),
])
def test_more_speech_verbs(process, text, words, who):
    assert _speaker_of(process(text, until="quotes"), words) == who


# ---- a partial quote in a clause that is no speech is not the last speaker's ----------------------

@pytest.mark.parametrize("text, words", [
    ("“The harvest failed,” said Musa Kante, a farmer. The charter limits aid to "
     "families with “proven need.”", "proven need"),
    ("“The harvest failed,” said Musa Kante, a farmer. He was later charged with “spreading false news.”",
     "spreading false news"),
    ("“We will rebuild,” Mayor Lena Storm said. The plan includes the slogan “one town, one future” on every "
     "poster.", "one town, one future"),
])
def test_a_partial_quote_under_a_thing_or_a_passive_is_not_carried_over(process, text, words):
    doc = process(text, until="quotes")
    assert _speaker_of(doc, words) is None


def test_a_partial_quote_with_a_pronoun_subject_still_carries_over(process):
    doc = process("“China and Russia need each other,” said Irena Volk, an analyst in Prague. Still, "
                  "they are not “marching in step.”", until="quotes")
    assert _speaker_of(doc, "marching in step") == "Irena Volk"


# ---- a short verbless partial quote nobody is found to say is a term, not a quote ----------------

@pytest.mark.parametrize("text, words", [
    ("Storms joined into a “super cell” over the plains on Monday.", "super cell"),
    ("Travellers must stay a week in a “quarantine inn” on arrival.", "quarantine inn"),
    ("Mayor Ana Ruiz said the plan “uses the word ‘reform’ too often,” according to aides.", "reform"),
])
def test_a_term_in_quotes_is_not_a_quote(process, text, words):
    doc = process(text, until="quotes")
    assert not any(q.text.strip(" ,.") == words for q in doc.quotes)


@pytest.mark.parametrize("text, words", [
    ("He rejected the plan and warned that the budget brings “public safety problems.”", "public safety problems"),
    ("Minister Joao Pires called the ruling “unjust.”", "unjust"),
])
def test_short_words_somebody_says_stay_quotes(process, text, words):
    doc = process(text, until="quotes")
    assert any(q.text.strip(" ,.") == words for q in doc.quotes)


# ---- 'X of Y' as speaker: Y's own words only, not what is said of Y --------------------------------

def test_an_of_phrase_names_its_object_not_what_modifies_it(process):
    doc = process("According to a newly released survey of attitudes expressed on Japanese and Korean news sites, "
                  "ties remain “deeply strained and full of mistrust.”", until="quotes")
    assert _speaker_of(doc, "deeply strained") not in ("Japan", "South Korea", "Korea")


def test_the_head_of_a_body_still_speaks_for_it(process):
    doc = process("“We need more trucks,” said the head of UNICEF.", until="quotes")
    assert _speaker_of(doc, "We need more trucks") == "UNICEF"


@pytest.mark.parametrize("text, source", [
    ("Minister Anna Berg urged both unions to return to talks, according to the broadcaster NOS.", "NOS"),
    ("The former mayor pleaded guilty to bribery on Monday, according to prosecutors in Lyon.", "prosecutors"),
    ("Rebel units countered the army's advance near the river, according to military officials.", "officials"),
])
def test_according_to_after_a_non_speech_verb_keeps_its_source(process, text, source):
    doc = process(text, until="quotes")
    reports = [q for q in doc.quotes if q.kind == "indirect" and q.cue == "according to"]
    assert reports and source in (reports[0].speaker_text or "")


def test_an_apposition_gives_its_own_name_not_the_place_it_hangs_on(process):
    doc = process("“The line is still closed,” Omar Daudzai, the regional rail manager in Kandahar, told VOA.",
                  until="quotes")
    assert _speaker_of(doc, "The line is still closed") != "Kandahar"
