"""Round 12 (speakers on unseen news): shapes of reporting clauses counted in R, F and the 69 VOA stories.
Sentences are the project's own; the speaker a careful coder records is written in each test."""
import pytest


def _speaker_of(doc, words):
    q = next(q for q in doc.quotes if words in q.text)
    return doc.actor(q.speaker).name if q.speaker else None


# ---- descriptions joined by 'and' before a name: the name speaks ------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("The climber died on Friday. Longtime colleague and biographer Dr Samuel Eto paid tribute to a "
     "\"brave and modest man\" who avoided attention.", "brave and modest", "Samuel Eto"),
    ("Traffic stopped across the capital. \"The roads are closed and nobody is helping us,\" said "
     "Nairobi-based engineer and activist Peter Kamau.", "roads are closed", "Peter Kamau"),
    ("British historian and broadcaster Mary Clarke commented, \"Nobody expected the vote to go this way.\"",
     "Nobody expected", "Mary Clarke"),
])
def test_descriptions_joined_to_a_name_are_that_persons(process, text, words, speaker):
    doc = process(text, until="quotes")
    assert (_speaker_of(doc, words) or "").endswith(speaker.split()[-1])


def test_a_group_joined_to_a_name_is_not_that_person(process):
    from eventwire.stages.attribution.speakers import _described_name

    doc = process("Farmers and President John Mensah said \"the rains came too late.\"", until="quotes")
    subj = next(t for t in doc.nlp if t.lower_ == "farmers")
    assert _described_name(doc, subj) is None  # a plural noun is a group of its own, not a title


def test_a_determined_noun_joined_to_a_name_is_not_a_title(process):
    from eventwire.stages.attribution.speakers import _described_name

    doc = process("The ministry and spokesman Ali Hassan said \"the border stays open.\"", until="quotes")
    subj = next(t for t in doc.nlp if t.lower_ == "ministry")
    assert _described_name(doc, subj) is None


# ---- a speech verb joined to the reported clause: the reporter speaks ----------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Prime Minister Ana Silva visited the flooded town. She said the floods had left her \"deeply shaken\" "
     "and vowed to \"rebuild every bridge in the valley.\"", "rebuild every bridge", "Ana Silva"),
    ("Finance Minister Omar Bakri said the drought had made farmers \"desperate\" and promised \"direct "
     "support for every village.\"", "direct support", "Omar Bakri"),
    ("Senator Ruth Mwangi spoke in Mombasa. She dismissed the claim that tourism can replace fishing and warned "
     "tourism brings \"rising rents for everyone.\"", "rising rents", "Ruth Mwangi"),
])
def test_speech_verb_joined_to_content_with_a_thing_subject(process, text, words, speaker):
    doc = process(text, until="quotes")
    assert _speaker_of(doc, words) == speaker


def test_reporter_of_content_needs_a_thing_as_the_clauses_subject(nlp):
    from eventwire.stages.attribution.speakers import _reporter_of_content

    d = nlp("Mayor Lina Haddad said the storm had cut power and warned of more damage.")
    warned = next(t for t in d if t.lower_ == "warned")
    assert (warned.dep_, warned.head.dep_) == ("conj", "ccomp")  # the parse this rule repairs
    assert _reporter_of_content(warned).lower_ == "said"
    d = nlp("Coach Peter Odhiambo said the minister had trained hard and promised a new stadium.")
    promised = next(t for t in d if t.lower_ == "promised")
    assert _reporter_of_content(promised) is None  # a person may promise: the parse is left as it is


# ---- a quote signed after a dash: the name signs it, never the last speaker ---------------------

def test_headlines_signed_by_outlets_after_a_dash(process):
    doc = process("Mayor Amina Yusuf said, \"The road will open soon.\"\n\nSources\n\n\"Floods close the coast road\" "
                  "— The Daily Nation, May 3, 2024\n\n\"Ferry service suspended for a week\" — Coast Herald, May 4, "
                  "2024\n", until="quotes")
    for words, outlet in (("Floods close", "Daily Nation"), ("Ferry service", "Coast Herald")):
        q = next(q for q in doc.quotes if words in q.text)
        assert outlet in (q.speaker_text or "")
        assert _speaker_of(doc, words) != "Amina Yusuf"


def test_a_signature_dash_finds_the_named_person(process):
    doc = process("The mayor spoke on Monday. \"We will rebuild every school.\" —Amina Yusuf\n\nAmina Yusuf has led "
                  "the town since 2019.", until="quotes")
    assert _speaker_of(doc, "rebuild every school") == "Amina Yusuf"


def test_a_lower_case_aside_after_a_dash_signs_nothing(process):
    doc = process("\"We will rebuild every school,\" Mayor Amina Yusuf said. \"Nobody will be left behind\" — a promise "
                  "she repeated twice.", until="quotes")
    q = next(q for q in doc.quotes if "left behind" in q.text)
    assert q.speaker_text == "she" and _speaker_of(doc, "left behind") == "Amina Yusuf"


# ---- a partial quote under a verb whose subject 'it' stands for no actor: nobody's words -------

def test_it_for_a_thing_does_not_pass_on_the_last_speaker(process):
    doc = process("\"The new charter ignores us,\" said Rana Haddad, a lawyer in Beirut. The charter defines the state as "
                  "a republic. It also restricts recognized faiths to \"religions of the book,\" a phrase that leaves out "
                  "several groups.", until="quotes")
    assert _speaker_of(doc, "The new charter") == "Rana Haddad"
    assert all(q.speaker is None for q in doc.quotes if "religions of the book" in q.text)


def test_it_for_a_body_still_speaks(process):
    doc = process("\"We will not sign,\" said union leader Ana Costa. The union rejected the offer on Monday. It called the "
                  "plan \"a step backwards for every nurse.\"", until="quotes")
    assert _speaker_of(doc, "a step backwards") is not None


# ---- a quoted heading: the words a speaker says further on ------------------------------------

def test_a_quoted_heading_takes_the_speaker_who_says_its_words_later(process):
    doc = process("Shelters in the capital are full. \"Nobody listens to us\" Grace Mensah runs a shelter in Accra. She "
                  "has asked the city for help many times. \"Nobody listens to us when we ask for beds,\" Mensah said.",
                  until="quotes")
    heading = next(q for q in doc.quotes if q.text == "Nobody listens to us")
    assert heading.speaker is not None and doc.actor(heading.speaker).name == "Grace Mensah"


def test_a_quote_ending_with_a_comma_is_no_heading(process):
    doc = process("The union met on Monday. \"We will not sign,\" said Ana Costa. Later the minister replied. \"We will "
                  "not sign any deal that breaks the budget,\" said Finance Minister Ali Musa.", until="quotes")
    assert _speaker_of(doc, "We will not sign,") == "Ana Costa"


# ---- the quoted words hold the verb; its subject stands before the quote ------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Amina Yusuf returned to Kismayo in 2018. But she and her three sons \"could not find work or a school for the "
     "boys.\" They came back to the camp last year.", "could not find work", "Amina Yusuf"),
    ("The airline apologized on Tuesday. Its chief executive, Mark Dube, \"regrets the delays and will refund every "
     "passenger.\"", "regrets the delays", "Mark Dube"),
])
def test_subject_before_a_quote_that_holds_its_verb(process, text, words, speaker):
    doc = process(text, until="quotes")
    assert _speaker_of(doc, words) == speaker
