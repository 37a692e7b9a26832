"""apos21: the parser reads typographic apostrophes as the straight one it was trained on (nlp.parse_text),
while every offset and every printed string stays the article's own text.

Probe sentences are our own; what a careful coder records is written in each test before it is checked."""
from __future__ import annotations

import pytest

from eventwire.stages.nlp import parse_text

CURLY = "\u2019"


def test_parse_text_keeps_length_and_double_marks():
    text = "“We won’t leave,” said Amina’s brother. The ‘hawks’ met. Don‘t go. Hawaiʻi’s isle."
    out = parse_text(text)
    assert len(out) == len(text)
    assert "won't" in out and "Amina's" in out and "Don't" in out
    assert out.count("“") == 1 and out.count("”") == 1  # double marks untouched
    assert "‘hawks’" in out  # quotation marks around a word stay as they are
    # a mark inside a name, and a plural's possessive mark (also a closing quotation mark), stay as they are
    assert parse_text("Côte d’Ivoire, O’Neill and the envoys’ talks") == "Côte d’Ivoire, O’Neill and the envoys’ talks"
    assert parse_text("WE WON’T GO; she’d and they’re; I’m, we’ll, you’ve") == "WE WON'T GO; she'd and they're; I'm, we'll, you've"
    assert "ʼ" not in parse_text("the Nationʼs army")


def test_parse_text_leaves_text_without_marks_as_it_is():
    text = "The minister's aide didn't say."
    assert parse_text(text) is text or parse_text(text) == text


@pytest.mark.parametrize("sentence, neg_word", [
    ("The state’s soldiers don’t withdraw from the border, the general said.", "n't"),
    ("Ministers of Chad haven’t signed the accord yet.", "n't"),
    ("The rebels didn’t free the hostages on Friday.", "n't"),
])
def test_negation_is_read_through_a_curly_apostrophe(process, sentence, neg_word):
    # expected: the contraction is one negation token of its verb, as with a straight apostrophe
    doc = process(sentence, until="actors")
    negs = [t for t in doc.nlp if t.dep_ == "neg"]
    assert negs and negs[0].text == neg_word
    start = negs[0].idx
    assert doc.text[start:start + len(neg_word)] == neg_word.replace("'", CURLY)  # the article's own characters


def test_possessive_stays_off_a_name(process):
    # expected: the entity is 'Samia Suluhu Hassan' (no "’s"), the actor is named without it
    doc = process("President Samia Suluhu Hassan’s adviser flew to Dodoma on Monday.", until="actors")
    names = [e.text for e in doc.nlp.ents if e.label_ == "PERSON"]
    assert names and all(not n.endswith("'s") and not n.endswith("’s") for n in names)


SENTENCES = [
    # expected: an arrest coded as not done (negated), Kenyan police its source
    "Kenya’s police didn’t arrest the protesters in Nairobi on Monday, a spokesman said.",
    # expected: a ceasefire rejection; the commander's words quoted as written
    "The rebel group’s commander said they won’t accept the ceasefire. “We can’t trust them,” he told reporters.",
    # expected: the same meeting and the same people whichever apostrophe is typed
    "Nigeria’s foreign minister met his Ghanaian counterpart in Abuja on Thursday to discuss the region’s security.",
    # expected: a visit, and a meeting not held (negated), whichever apostrophe is typed
    "Ghana’s president visited Togo on Wednesday but didn’t meet the opposition leader.",
]


def _events(record):
    names = {a["id"]: a["name"].replace(CURLY, "'") for a in record["actors"]}
    return sorted((e["type"], e["status"], e["rule"], tuple(names[i] for i in e["source"]),
                   tuple(names[i] for i in e["target"])) for e in record["events"])


def _actors(record):
    return sorted((a["name"].replace(CURLY, "'"), a["kind"], a["country"]) for a in record["actors"])


def _spans(record):
    """Every (start, end, text) the record prints."""
    out = []
    for a in record["actors"]:
        out += [(m["start"], m["end"], m["text"]) for m in a["mentions"]]
    for q in record["quotes"]:
        out.append((q["start"], q["end"], q["text"]))
    for t in record["times"]:
        out.append((t["start"], t["end"], t["text"]))
    for p in record["places"]:
        if p.get("start") is not None:
            out.append((p["start"], p["end"], p["text"]))
    for e in record["events"]:
        out.append((e["trigger"]["start"], e["trigger"]["end"], e["trigger"]["text"]))
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_curly_and_straight_texts_give_the_same_record(pipeline, sentence):
    from eventwire.record import Article

    curly = pipeline.extract(Article(text=sentence, published="2024-05-01")).to_dict()
    straight = pipeline.extract(Article(text=sentence.replace(CURLY, "'"), published="2024-05-01")).to_dict()
    assert _events(curly) == _events(straight)
    assert _actors(curly) == _actors(straight)
    for start, end, text in _spans(curly):
        assert sentence[start:end] == text  # offsets and strings are the article's own
    assert "'" not in "".join(t for _, _, t in _spans(curly))  # no straightened apostrophe leaks into a string


def test_negated_arrest_through_curly_apostrophe(pipeline):
    from eventwire.record import Article

    record = pipeline.extract(Article(text=SENTENCES[0], published="2024-05-01")).to_dict()
    arrests = [e for e in record["events"] if e["rule"] == "verb:arrest"]
    assert arrests and all(e["status"] == "negated" for e in arrests)


def test_surname_that_is_also_a_city_stays_the_person(pipeline):
    # expected: 'Santander' alone (also a city of Spain and of Colombia) is the journalist named in full before it,
    # and 'Santander’s' with a curly apostrophe too; the city is not an actor
    from eventwire.record import Article

    text = ("Journalist Pedro Luis Santander was released from prison in Lima on Friday. "
            "During Santander’s trial, his lawyers said the charges were false. Santander thanked his readers.")
    record = pipeline.extract(Article(text=text, published="2024-05-01")).to_dict()
    person = [a for a in record["actors"] if a["name"] == "Pedro Luis Santander"]
    assert person
    starts = {m["start"] for m in person[0]["mentions"]}
    assert text.index("Santander’s") in starts and text.index("Santander thanked") in starts


def test_a_name_with_a_capitalised_acronym_is_no_full_name(pipeline):
    # expected: 'IS Sahel' is a group's name, not a person's: 'Sahel' alone stays the region, no person
    from eventwire.record import Article

    text = ("Analysts said IS Sahel has grown. Fighters crossed the Sahel last year, and the Sahel remains "
            "unstable, officials said.")
    record = pipeline.extract(Article(text=text, published="2024-05-01")).to_dict()
    assert not [a for a in record["actors"] if a["kind"] == "person" and a["name"] == "Sahel"]
