"""Round 6 coreference: a third-person pronoun inside a quotation is never the quotation's speaker (who
speaks says 'I'), whether the speaker is named after the quotation, before it with a colon, or in the
quotation before it that this one continues. Sentences written for these tests."""
import pytest


def _mentions(doc, name):
    actor = next(a for a in doc.actors if a.name.endswith(name))
    return {doc.text[m.start:m.end] + f"@{m.start}" for m in actor.mentions}


def _owner(doc, word, nth=0):
    at = [i for i in range(len(doc.text)) if doc.text.startswith(word, i)
          and not doc.text[i - 1:i].isalpha() and not doc.text[i + len(word):i + len(word) + 1].isalpha()][nth]
    return next((a.name for a in doc.actors if any(m.start == at for m in a.mentions)), None)


@pytest.mark.parametrize("text, word, nth, who", [
    # speaker named after the quotation
    ("Senator Maria Lopez met President John Carter on Monday. “He told me the plan is dead,” Lopez said.",
     "He", 0, "John Carter"),
    # speaker named before it, with a colon
    ("Governor Ann Boyd praised Mayor Carl Ruiz. Boyd said: “He has done more for this city than anyone.”",
     "He", 0, "Carl Ruiz"),
    # an unattributed quotation continuing the one before
    ("Coach Peter Dunn watched Carlos Mena score twice. “He was brilliant,” Dunn told reporters. "
     "“I have never seen him play better.”", "him", 0, "Carlos Mena"),
    # a speaker who is a pronoun resolved outside the quotation
    ("Judge Ellen Park sentenced Victor Hale on Friday. She spoke after the hearing. “He showed no remorse,” "
     "she said.", "He", 0, "Victor Hale"),
])
def test_pronoun_in_quote_is_not_its_speaker(process, text, word, nth, who):
    doc = process(text, until="actors")
    assert _owner(doc, word, nth) == who


def test_pronoun_outside_quote_still_takes_the_speaker(process):
    doc = process("Prime Minister Lena Holt spoke to reporters. “I will not resign,” she said. "
                  "She later visited the flooded towns.", until="actors")
    assert _owner(doc, "she") == "Lena Holt" and _owner(doc, "She") == "Lena Holt"


def test_quote_without_speaker_nearby_reads_as_before(process):
    # no speech verb around the quotation and none before it: the nearest person, as ever
    doc = process("Maria Lopez was elected in 2019. Her first law, “a promise he cannot break,” was "
                  "written by Tom Reed.", until="actors")
    assert _owner(doc, "Her") == "Maria Lopez"



@pytest.mark.parametrize("text, named", [
    ("Canada tightened its rules in May. Foreign students can lose their visas if they work too long.",
     "Canada"),
    ("The European Union agreed the plan on Friday. The new rules say they will apply from May.", "European Union"),
    ("Brazil changed the law last year. Some of the new arrivals say they were never told.", "Brazil"),
    ("Japan welcomed the new arrivals. The retired engineers who moved there say they enjoy the quiet life.",
     "Japan"),
])
def test_they_after_a_plural_noun_subject_is_not_the_body_before(process, text, named):
    """'they' after a plural subject ('the students') is those people (an actor of their own or none),
    never the country or body named in the sentence before."""
    from eventwire.stages.actors import pronoun_antecedent

    doc = process(text, until="actors")
    they = next(t for t in doc.tokens() if t.lower_ == "they")
    found = pronoun_antecedent(doc, they)
    assert found is None or doc.actor(found).name != named


def test_they_still_takes_the_body_when_no_plural_noun_intervenes(process):
    from eventwire.stages.actors import pronoun_antecedent

    doc = process("The Taliban took Kabul in August. A year later they banned girls from school.", until="actors")
    they = next(t for t in doc.tokens() if t.lower_ == "they")
    assert doc.actor(pronoun_antecedent(doc, they)).name == "Taliban"

