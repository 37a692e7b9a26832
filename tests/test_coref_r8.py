"""Round 8 coreference (sentences written for these tests):

- 'both men', 'the two women', 'the two', 'the pair', 'both of them', and an object 'them' stand for the
  two people the text just joined, or the only two people in reach; never for a person known as the
  other gender, never when more than two people are in reach and none were joined;
- 'the student', 'the girl' stand for the person the text described with that noun (a word before the
  name, an apposition, a copula), never for a person described otherwise or known as the other gender."""
import pytest


def _referents(doc, word, nth=0):
    toks = [t for t in doc.tokens() if t.text == word]
    tok = toks[nth]
    return sorted(doc.actor(a).name for a in doc.referents(tok))


@pytest.mark.parametrize("text, word", [
    ("Border guards detained Lena Brandt and Omar Haddad near the crossing. A court later charged both men "
     "with smuggling.", "men"),
    ("Lena Brandt and Omar Haddad were held for a week. The prosecutor accused the two of spying.", "two"),
    ("Lena Brandt met Omar Haddad in Tunis on Monday. Officials questioned the pair for hours.", "pair"),
    ("Police arrested Lena Brandt and Omar Haddad at the airport. The ministry later released them.", "them"),
    ("Lena Brandt and Omar Haddad left the country in June. Prosecutors charged both of them in absentia.", "both"),
])
def test_a_plural_description_of_people_takes_the_two_just_named(process, text, word):
    doc = process(text, until="actors")
    assert _referents(doc, word) == ["Lena Brandt", "Omar Haddad"]


@pytest.mark.parametrize("text, word", [
    # a woman is never one of 'both men'
    ("Ms. Lena Brandt met Mr. Omar Haddad in Tunis. Police later arrested both men.", "men"),
    # three people in reach and nobody joined: no guess
    ("Lena Brandt spoke first. Omar Haddad replied, and Ivan Petrov left. Officials detained the two.", "two"),
    # a count of things, not people
    ("Lena Brandt and Omar Haddad filed suits. The two suits were rejected.", "two"),
    # a plural noun that names nobody stands between the pair and 'them'
    ("Police arrested Lena Brandt and Omar Haddad and seized their phones. Officers later returned them.", "them"),
])
def test_a_plural_description_of_people_is_left_alone_when_nothing_agrees(process, text, word):
    doc = process(text, until="actors")
    assert _referents(doc, word) == []


def test_an_event_takes_both_people_a_description_stands_for(process):
    doc = process("Border guards detained Lena Brandt and Omar Haddad in May. Tunisia later accused both men "
                  "of espionage.")
    targets = {doc.actor(t).name for e in doc.events if e.type == "ACCUSE" for t in e.target}
    assert targets == {"Lena Brandt", "Omar Haddad"}


@pytest.mark.parametrize("text, word, who", [
    ("Nursing student Carla Mendes joined the march on Friday. Soldiers attacked the student near the square.",
     "student", "Carla Mendes"),
    ("Carla Mendes, a 15-year-old girl from Recife, was detained in May. Police questioned the girl for hours.",
     "girl", "Carla Mendes"),
    ("Tomas Varga is a student at the state university. Riot police beat the student at the gate.",
     "student", "Tomas Varga"),
    ("Tomas Varga, a teenager from Pecs, was shot on Friday. The teenager had joined the protest late.",
     "teenager", "Tomas Varga"),
])
def test_a_person_noun_takes_the_person_the_text_described_so(process, text, word, who):
    doc = process(text, until="actors")
    assert _referents(doc, word, nth=-1) == [who]


@pytest.mark.parametrize("text, word", [
    # nothing described Carla Mendes as a student
    ("Carla Mendes joined the march on Friday. Soldiers attacked the student near the square.", "student"),
    # Mr. says he is a man: he is not 'the girl'
    ("Mr. Tomas Varga, a student, was detained. Police questioned the girl later.", "girl"),
    # a man the text introduces without a name is not the person named before
    ("Tomas Varga, a 40-year-old man, spoke on Friday. A man was shot nearby, and the man died later.", "man"),
])
def test_a_person_noun_is_left_alone_when_nothing_agrees(process, text, word):
    doc = process(text, until="actors")
    found = _referents(doc, word, nth=-1)
    assert found == []


def test_the_student_as_an_event_participant(process):
    doc = process("Nursing student Carla Mendes joined the march on Friday. Soldiers attacked the student "
                  "near the square.")
    assert any(e.type == "ASSAULT" and [doc.actor(t).name for t in e.target] == ["Carla Mendes"] for e in doc.events)


def _mentioned_as(doc, phrase):
    start = doc.text.index(phrase)
    found = doc.actor_in(start + len(phrase) - 1, start + len(phrase))
    return doc.actor(found).name if found else None


@pytest.mark.parametrize("text, phrase, who", [
    ("Samsung unveiled a new phone in Seoul. Analysts said the electronics giant had lost ground.",
     "the electronics giant", "Samsung"),
    ("Huawei sued the regulator in March. Officials later fined the telecom firm for delays.",
     "the telecom firm", "Huawei"),
    ("Petrobras reported a loss on Monday. Unions accused the Brazilian company of hiding debts.",
     "the Brazilian company", "Petrobras"),
    # the business named as a party, not the owner of something ('Apple's phone')
    ("Samsung cut prices in May, and Apple's phone sales fell. Still, the electronics giant lost ground.",
     "the electronics giant", "Samsung"),
])
def test_a_described_company_is_the_business_named_before(process, text, phrase, who):
    doc = process(text, until="actors")
    assert _mentioned_as(doc, phrase) == who


@pytest.mark.parametrize("text, phrase", [
    # a word that makes another company of it
    ("Toyota recalled a million cars. Honda said nothing. The rival company gained market share.", "The rival company"),
    # the demonym gives another country than the business's
    ("Petrobras reported a loss on Monday. Unions accused the German company of hiding debts.", "the German company"),
    # an 'of' phrase of its own describes somebody new
    ("Siemens won the contract in May. The German company of Bavarian origin was praised.", "The German company"),
    # a name after it: a title, read with the name
    ("Toyota recalled a million cars. The Canadian firm Magna Steyr said it would help.", "The Canadian firm"),
])
def test_a_described_company_is_left_alone_when_nothing_agrees(process, text, phrase):
    doc = process(text, until="actors")
    assert _mentioned_as(doc, phrase) is None


@pytest.mark.parametrize("text, phrase, who", [
    ("The Ogaden Liberation Front attacked a convoy on Monday. In a statement, the banned separatist militant "
     "outfit said it had killed six soldiers.", "the banned separatist militant outfit", "Ogaden Liberation Front"),
    ("The Ogaden Liberation Front attacked a convoy on Monday. Officials said the separatist militant group "
     "had grown.", "the separatist militant group", "Ogaden Liberation Front"),
])
def test_an_armed_group_described_with_several_words_is_the_group_named_before(process, text, phrase, who):
    doc = process(text, until="actors")
    assert _mentioned_as(doc, phrase) == who


def test_an_outfit_without_a_word_of_its_kind_is_left_alone(process):
    doc = process("The Ogaden Liberation Front attacked a convoy. Police said the outfit had split.", until="actors")
    assert _mentioned_as(doc, "the outfit") is None
