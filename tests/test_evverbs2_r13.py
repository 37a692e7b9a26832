"""Event verbs and constructions no lexicon read (round 13, issue 15 recall): yielding sovereignty, territory
or control to another party (verb:cede/@ceded, CONCEDE 080), and a loan, bailout or aid received from a
lender (noun:loan|bailout|aid/from, AID: the lender gives to the receiver), also where the noun names the
received object's kind ("bailout packages") or what an amount is of ("billions in aid"). Sentences written
for these tests."""
from __future__ import annotations

import pytest

from .event_helpers import coded_rule


def _coded(process, text, kind):
    return {(src, tgt, rule) for k, src, tgt, rule in coded_rule(process, text) if k == kind}


@pytest.mark.parametrize("text,source,target", [
    ("Denmark ceded the territory to the United States in 1917.", "Denmark", "United States"),
    ("Spain agreed to cede control of the enclave to Morocco.", "Spain", "Morocco"),
    ("Portugal handed over sovereignty of Macau to China in 1999.", "Portugal", "China"),
    ("Russia transferred control of the region to Ukraine after the vote.", "Russia", "Ukraine"),
])
def test_yielding_sovereignty_or_control_to_a_party_is_a_concession(process, text, source, target):
    found = _coded(process, text, "CONCEDE")
    assert any(source in " ".join(src) and target in " ".join(tgt) for src, tgt, _ in found), coded_rule(process, text)
    assert all(rule.endswith("/@ceded") for *_, rule in found)


@pytest.mark.parametrize("text", [
    "The team ceded the lead in the second half.",
    "Spain handed the documents to Morocco on Monday.",
    "Japan transferred $2 million to Kenya's central bank.",
])
def test_handing_over_other_things_is_no_concession(process, text):
    assert not _coded(process, text, "CONCEDE"), coded_rule(process, text)


@pytest.mark.parametrize("text,source,target", [
    ("Egypt received a $3 billion loan from the IMF last year.", "IMF", "Egypt"),
    ("Since 1990, Ghana has received 16 bailout packages from the IMF.", "IMF", "Ghana"),
    ("Jordan has received billions in aid from Saudi Arabia.", "Saudi Arabia", "Jordan"),
    ("China's loans to Zambia have grown quickly.", "China", "Zambia"),
])
def test_a_loan_or_aid_received_from_a_lender_is_given_by_the_lender(process, text, source, target):
    found = _coded(process, text, "AID")
    assert any(source in " ".join(src) and target in " ".join(tgt) for src, tgt, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "The student received a letter from her school.",
    "The firm received two offers from banks in Germany.",
])
def test_other_things_received_are_no_aid(process, text):
    assert not _coded(process, text, "AID"), coded_rule(process, text)


@pytest.mark.parametrize("text,backer", [
    ("Officials said Canada would back a deal between Spain and Morocco to transfer control of the harbour "
     "to Morocco.", "Canada"),
])
def test_an_infinitive_after_a_deal_is_not_done_by_who_backs_the_deal(process, text, backer):
    # the parser may hang "to hand over" on "back": the deal's content is not the backer's deed (tree.subject)
    found = _coded(process, text, "CONCEDE")
    assert not any(backer in " ".join(src) for src, _, _ in found), coded_rule(process, text)


def test_a_possessed_deal_to_cede_is_never_done_by_those_objecting(process):
    text = "Islanders object to Spain's proposed deal to cede control of the port to Morocco."
    found = _coded(process, text, "CONCEDE")
    assert all(src == ("Spain",) for src, _, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text,kind,source,target", [
    ("State television profiled Li Wei as a hero.", "SUPPORT", "television", "Li Wei"),
    ("Critics portrayed Governor Smith as a liar.", "ACCUSE", "Critics", "Smith"),
    ("Reporters exposed Mayor Smith as a fraud.", "ACCUSE", "Reporters", "Smith"),
    ("The opposition branded Prime Minister Ali Khan a traitor.", "ACCUSE", "opposition", "Ali Khan"),
])
def test_casting_someone_as_a_hero_or_a_villain_is_a_judgement(process, text, kind, source, target):
    found = _coded(process, text, kind)
    assert any(source in " ".join(src) and target in " ".join(tgt) for src, tgt, _ in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Critics portrayed Governor Smith as a young lawyer.",
    "The museum profiled Li Wei as a painter from Hubei.",
])
def test_casting_someone_in_a_plain_role_is_no_judgement(process, text):
    assert not _coded(process, text, "ACCUSE") and not _coded(process, text, "SUPPORT"), coded_rule(process, text)


@pytest.mark.parametrize("text,kind,source,target", [
    ("Prosecutors say the two men planned the killing. Ali Kaya and Omar Demir have pleaded not guilty.",
     "REJECT", "Omar Demir", "Prosecutors"),
    ("Ali Kaya pleaded innocent to the charges before the Federal Court in Lagos.", "REJECT", "Ali Kaya", "Federal Court"),
    ("Ali Kaya pleaded guilty to fraud on Monday, District Attorney Jane Cole said.", "CONCEDE", "Ali Kaya", "Jane Cole"),
])
def test_a_plea_answers_the_justice_body_named_near(process, text, kind, source, target):
    found = _coded(process, text, kind)
    assert any(source in " ".join(src) and target in " ".join(tgt) and rule.endswith("/prosecution")
               for src, tgt, rule in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Ali Kaya pleaded not guilty.",  # nobody named to answer: no event without its target
    "The mayor pleaded with Ali Kaya not to leave the country.",  # a plea to someone is a request
])
def test_a_plea_without_a_justice_body_or_a_request_is_no_plea(process, text):
    assert not _coded(process, text, "REJECT") and not _coded(process, text, "CONCEDE"), coded_rule(process, text)


@pytest.mark.parametrize("text,source,target", [
    ("Japan and India formed a joint commission on maritime security.", "Japan", "India"),
    ("Kenya set up a committee with Uganda to settle the border dispute.", "Kenya", "Uganda"),
])
def test_founding_a_joint_body_with_another_party_is_cooperation(process, text, source, target):
    found = _coded(process, text, "COOPERATE")
    assert any(source in " ".join(src) and target in " ".join(tgt) and rule.endswith("@joint_bodies")
               for src, tgt, rule in found), coded_rule(process, text)


@pytest.mark.parametrize("text", [
    "Kenya created a new committee to investigate the killings.",  # its own body: no other party
    "Kenya formed a strong bond with Uganda's president during the war.",  # no body founded
])
def test_founding_a_body_alone_is_no_cooperation(process, text):
    assert not _coded(process, text, "COOPERATE"), coded_rule(process, text)
