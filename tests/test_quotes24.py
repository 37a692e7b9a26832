"""Quote speakers in news not written in VOA's house style (round 24): honorifics with and without a full
stop ('Mr Haddad', 'Dr. Okafor', 'Sir Keir'), 'told the BBC', 'he added' after a quote, a speaker named
after the quote, a statement of an office, quotes over several paragraphs, a headline or an interview
answer set out as 'Name: "..."', 'in the words of X, "..."', and a cue verb the tagger read as a plural
noun ('The Met Office notes, "..."'). Negative rows beside each: a label that names nobody, a phrase of
the same words that names no speaker. Sentences written for these tests."""
from __future__ import annotations

import pytest


class _Said(dict):
    """Quoted words -> the speaker's actor name, looked up by the words a quote begins with."""

    def _key(self, words: str) -> str | None:
        return next((k for k in self if k.startswith(words)), None)

    def __contains__(self, words: object) -> bool:
        return isinstance(words, str) and self._key(words) is not None

    def __getitem__(self, words: str) -> str | None:
        return dict.__getitem__(self, self._key(words))

    def get(self, words: str, default=None):
        return self[words] if words in self else default


def _said(doc) -> _Said:
    out = _Said()
    for q in doc.quotes:
        actor = doc.actor(q.speaker) if q.speaker else None
        out[q.text] = actor.name if actor else None
    return out


@pytest.mark.parametrize("text, words, speaker", [
    # honorific + surname, with and without a full stop, before or after the cue
    ('Opposition leader Samir Haddad met union leaders in Beirut on Monday. '
     '"No decision has been taken yet," Mr Haddad told the BBC.', "No decision has been ta", "Samir Haddad"),
    ('The central bank governor, Lina Okafor, said inflation would ease. '
     '"Prices should fall by the spring," Dr. Okafor added.', "Prices should fall by th", "Lina Okafor"),
    ('Village chief Moses Otieno said dozens of homes were buried. '
     '"We heard a roar and then the houses were gone," said Mr Otieno.', "We heard a roar and the", "Moses Otieno"),
    ('Grace Wanjiru lost her home in the landslide. "I have nothing left," Mrs. Wanjiru said.',
     "I have nothing left,", "Grace Wanjiru"),
    # 'he added' after a quote, the pronoun back to the one who spoke
    ('Israeli Prime Minister Benjamin Netanyahu spoke in Jerusalem. "The border will stay closed," '
     'Mr. Netanyahu said. "We have no other choice," he added.', "We have no other choice", "Benjamin Netanyahu"),
    # a pronoun by gender, not by recency
    ('Foreign Minister Ana Ruiz met her Brazilian counterpart Pedro Alves in Lima on Tuesday. '
     '"The meeting was long overdue," she said.', "The meeting was long ove", "Ana Ruiz"),
    # a quote going on over paragraphs
    ('Opposition leader Kemal Arslan spoke at a rally in Ankara on Sunday.\n\n"Our country deserves better," he '
     'said. "We will win the next vote.\n\n"And we will win it by a wide margin."',
     "And we will win it by a ", "Kemal Arslan"),
    # a headline and an interview answer: 'Name: "..."'
    ('Turkish President Recep Tayyip Erdogan rejected the conditions on Monday.\n\nMr Haddad said: "No decision '
     'has been taken."\n\nErdogan: "We will not bow to pressure"\n\nThe talks resume next week.',
     "We will not bow to press", "Recep Tayyip Erdogan"),
    ('Central bank governor Lina Okafor spoke to the Daily Ledger.\n\nWhat will the new law change?\n\n'
     'Okafor: "It will give savers more protection than before."',
     "It will give savers more", "Lina Okafor"),
    # 'in the words of X'
    ('The trial opened in Sydney on Monday. In the words of the chief prosecutor, Daniel Moore, "the '
     'company knew the bridge was unsafe and said nothing."', "the company knew the bri", "Daniel Moore"),
    ('Prime Minister Mark Carney met the premiers in Ottawa. In the words of Carney, "this is a '
     'moment for the whole country to pull together."', "this is a moment for the", "Mark Carney"),
])
def test_speaker_of_quote(process, text, words, speaker) -> None:
    doc = process(text, until="quotes")
    said = _said(doc)
    assert words in said, said
    assert said[words] is not None and speaker.split()[-1] in said[words], (said, [a.name for a in doc.actors])


def test_verb_read_as_noun_speaks(process) -> None:
    """'X notes, "..."' where the tagger took 'notes' for a noun: X speaks, not the one quoted before."""
    doc = process('Colette Marsh, who led the survey, said the fields were dry. "The harvest will be small," '
                  'she said.\n\nThe British Department of Health notes, "Ground frost harms young plants more '
                  'than any pest does."', until="quotes")
    said = _said(doc)
    assert said.get("Ground frost harms young") is not None
    assert "Department of Health" in said["Ground frost harms young"], said


@pytest.mark.parametrize("text, words, not_speaker", [
    # a label that names nobody of the story is no speaker
    ('Finance Minister Lina Okafor presented the budget on Monday. "It is fair," she said.\n\n'
     'Warning: "Keep out of the water"\n\nThe beach reopens on Friday.', "Keep out of the water", "Okafor"),
    # a label naming somebody the story does not name otherwise: not the one quoted before
    ('Finance Minister Lina Okafor presented the budget on Monday. "It is fair," she said.\n\n'
     'Ruiz: "We will vote against it"\n\nThe vote is on Friday.', "We will vote against it", "Okafor"),
])
def test_label_that_names_nobody(process, text, words, not_speaker) -> None:
    doc = process(text, until="quotes")
    said = _said(doc)
    assert words in said, said
    assert said[words] is None or not_speaker not in said[words], said


def test_notes_as_a_noun_is_no_cue(process) -> None:
    """'the meeting notes' is a noun with no subject of its own: no speaker comes from it."""
    doc = process('Finance Minister Lina Okafor presented the budget on Monday. The meeting notes, seen by the '
                  'Daily Ledger, call the plan "a first step".', until="quotes")
    for q in doc.quotes:
        assert q.cue != "notes", (q.text, q.cue)


def test_words_of_a_song_name_no_person(process) -> None:
    """'in the words of the song' names a thing: no actor speaks for it (not the one quoted before)."""
    doc = process('Mayor Ana Ruiz opened the festival. "Welcome, all of you," she said. In the words of the old '
                  'song, "the river never sleeps."', until="quotes")
    said = _said(doc)
    assert said.get("the river never sleeps.") is None or "Ruiz" not in said["the river never sleeps."], said


@pytest.mark.parametrize("text, words, wanted, not_wanted", [
    # a spokesman for a person is not that person
    ('Prime Minister Keir Starmer visited the flooded town on Friday. A spokesman for Mr Starmer said the '
     'visit had been planned for weeks.', "the visit had been planned", "spokesman", "Keir Starmer"),
    ('President Ana Ruiz left for Madrid on Sunday. "The talks will be hard," an aide to Ruiz told reporters.',
     "The talks will be hard", "aide", "Ana Ruiz"),
    # the spokesman named: the named one speaks
    ('Prime Minister Keir Starmer visited the town on Friday. A spokesman for Mr Starmer, Tom Reed, said the '
     'visit had been planned for weeks.', "the visit had been planned", "Tom Reed", "Keir Starmer"),
    # a spokesman for a body: the spokesman of that body, as before
    ('A spokesman for the Kenyan foreign ministry said the talks would resume next week.',
     "the talks would resume next week", "foreign ministry", None),
])
def test_spokesman_for_a_person(process, text, words, wanted, not_wanted) -> None:
    doc = process(text, until="quotes")
    said = _said(doc)
    assert words in said, said
    assert said[words] is not None and wanted in said[words], said
    assert not_wanted is None or said[words] != not_wanted, said


def test_headline_quote_before_a_colon(process) -> None:
    """'“...”: Erdogan rejects EU terms': the quote of a headline is said by the subject after its colon."""
    doc = process("'We will not bow': Erdogan rejects EU terms\n\nTurkish President Recep Tayyip Erdogan rejected "
                  'the conditions on Monday. "Turkey will decide its own future," Mr Erdogan said.', until="quotes")
    said = _said(doc)
    assert said.get("We will not bow") == "Recep Tayyip Erdogan", said


@pytest.mark.parametrize("text, words, after", [
    # the words after the colon name nobody of the story
    ('"Nobody is safe": a warning for the coast\n\nForeign Minister Ana Ruiz spoke on Monday. "We are ready," '
     'she said.', "Nobody is safe", "warning"),
    # the quote does not open its line: a colon after it in running text is no headline
    ('Foreign Minister Ana Ruiz spoke on Monday. "We are ready," she said. Her view was "clear": Ruiz backs '
     'the plan.', "clear", "Ruiz"),
])
def test_headline_negative(process, text, words, after) -> None:
    doc = process(text, until="quotes")
    quote = next(q for q in doc.quotes if q.text.startswith(words))
    assert quote.speaker_text != after and not (quote.speaker is None and quote.speaker_text), quote
