"""Round 9 coreference (sentences written for these tests): 'his client', 'her client' stand for the person
the pronoun's person was said to act for as a lawyer ("Ana Ruiz's lawyer, Li Wei"; "Li Wei, Ana Ruiz's
attorney"; "Ana Ruiz's counsel Li Wei"); nobody when the pronoun's person is nobody's lawyer, when two
people are named as that person's clients, or inside a quotation."""
import pytest


def _referents(doc, word, nth=0):
    toks = [t for t in doc.tokens() if t.text == word]
    tok = toks[nth]
    return sorted(doc.actor(a).name for a in doc.referents(tok))


@pytest.mark.parametrize("text, who", [
    ("Daniel Weber was charged in May. Weber's lawyer, Helena Sorensen, said on Monday that her client never met "
     "the buyers.", "Daniel Weber"),
    ("Defense attorney Paul Okafor, who represents Dalia Mansour, spoke first. Later, Dalia Mansour's attorney, "
     "Paul Okafor, told the court his client had been threatened.", "Dalia Mansour"),
    ("Ivo Brandt, Jonas Keller's attorney, appealed the ruling. He said his client would fight the charges.",
     "Jonas Keller"),
    ("Prosecutors questioned Jonas Keller's counsel Ivo Brandt for an hour before Ivo Brandt defended his "
     "client in court.", "Jonas Keller"),
    # 'counselor' is an advocate's word too, though no person of a court (court_words.tsv, 'adviser' rows)
    ("Daniel Weber was charged in May. Weber's counselor, Helena Sorensen, said on Monday that her client never "
     "met the buyers.", "Daniel Weber"),
    ("Marta Lind was arrested in June. Marta Lind's counsellor, Peter Hale, said his client would appeal.",
     "Marta Lind"),
])
def test_a_lawyers_client_is_the_person_the_text_made_him_serve(process, text, who):
    doc = process(text, until="actors")
    assert _referents(doc, "client") == [who]


def test_a_clients_lawyers_are_the_advocates_of_the_court_words() -> None:
    from eventwire.stages.actors.words import court_words

    # one list: the advocates who plead in a court, and the advisers' words that are no person of a court
    assert {"lawyer", "attorney", "counsel", "counselor"} <= court_words("person", "adviser")
    assert "counselor" not in court_words("person") and "court" not in court_words("person", "adviser")


@pytest.mark.parametrize("text", [
    # the pronoun's person is described as nobody's lawyer
    "Helena Sorensen runs a bakery in Oslo. She said her client list had doubled.",
    "Helena Sorensen, a consultant, said her client paid late.",
    # inside a quotation the pronoun is the speaker's to read
    'Marek Novak\'s lawyer, Helena Sorensen, spoke on Monday: "I told him his client was lying," she said.',
])
def test_a_client_is_left_alone_when_the_text_names_no_lawyer_relation(process, text):
    doc = process(text, until="actors")
    assert _referents(doc, "client") == []


def test_an_event_takes_the_client_as_its_party(process):
    # (round 15: a lawyer defending a client is private, no political event, so the client is read in a threat;
    # the first sentence makes no event, so only "her client" can give the target)
    doc = process("Daniel Weber runs a shipping firm in Hamburg. Weber's attorney, Helena Sorensen, said prosecutors "
                  "had threatened her client.")
    assert any(doc.actor(t).name == "Daniel Weber" for e in doc.events for t in e.target)


@pytest.mark.parametrize("text, word, who", [
    ("Tariq Aziz, leader of the Green Unity Party, spoke in Lahore. He said his party would boycott the vote.",
     "party", "Green Unity Party"),
    ("Helga Brun, who founded the charity Blue Harbor, spoke on Monday. She said her organization would appeal.",
     "organization", "Blue Harbor"),
    ("Acme Corp's chief executive Lena Ortiz said her company would cut jobs.", "company", "Acme Corp"),
])
def test_a_persons_own_body_is_the_one_the_text_tied_the_person_to(process, text, word, who):
    doc = process(text, until="actors")
    assert _referents(doc, word) == [who]


@pytest.mark.parametrize("text, word", [
    # the person is tied to no body
    ("Lena Ortiz, a pharmacist, said her company would cut jobs.", "company"),
    # tied to a person, not a party
    ("Pedro Alvarez, a senior adviser to President Luiz Mendes, said his party backed the plan.", "party"),
    # the body tied to the person is of another kind: a company is not 'her party'
    ("Acme Corp's chief executive Lena Ortiz said her party would win.", "party"),
])
def test_a_persons_own_body_is_left_alone_when_the_text_ties_none_that_fits(process, text, word):
    doc = process(text, until="actors")
    assert _referents(doc, word) == []


@pytest.mark.parametrize("text, word", [
    ("Lena Ortiz, the former chief executive of Acme Corp, spoke on Monday. She said her company would expand.",
     "company"),
    ("Tariq Aziz, a former leader of the Green Unity Party, spoke in Lahore. He said his party would boycott the "
     "vote.", "party"),
])
def test_a_former_office_ties_the_person_to_no_body_now(process, text, word):
    doc = process(text, until="actors")
    assert _referents(doc, word) == []
