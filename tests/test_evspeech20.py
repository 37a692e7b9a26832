"""Round 20 (evspeech20): accusations and rejections news tells, read by class on sentences of our own.

- a ranked infinitive ("X was the first / the only country / the last state to reject ..."): the relative
  infinitive has no subject of its own; the copula's subject is who did it, a sure source for an event that stands
  without a target (context.may_stand_alone with tree.ranked_subject)
- naming someone as a wrongdoer in a finding ("identified X as a state propagandist", "unmasked X as a fraud"):
  an accusation of X, as "exposed X as" (event_verbs.tsv identify/unmask with as:disparage, as:wrongdoing)
- a refusal or rejection told by a noun with its maker as possessor ("Colombia's refusal to extradite ...", "Serbia's
  rejection of the plan"): REJECT standing without a target, as the verbs do (event_nouns.tsv refusal, rejection
  notarget; refusal also reads its "to" infinitive's object, and keeps the deed refused from being coded)
- a judged deed done to someone, with its doer as possessor and its patient under "of" ("condemned Russia's detention
  of the journalist", "complained about Somalia's detention of its fishermen"): the possessor did it and is the one
  judged, as the noun reader takes it (participants.owner; "Lai's arrest" alone still names the one arrested)
- a participle clause after the close of a quotation that ends a reported clause ("X wrote that Y had 'become a
  star,' identifying him as ..."): the parser hangs it on the quoted clause's verb, but the reporter does it
  (tree.subject through _reporter_after_quote)

Each row's event was written down before the code ran; negative rows must code nothing of the kind."""
from __future__ import annotations

import pytest

from .event_helpers import coded, has_coded_event as _has


POSITIVE = [
    # ranked infinitive: the copula's subject did it
    ("Peru was the first to turn down the offer.", "REJECT", "Peru", None),
    ("Brazil was the last state to reject the treaty.", "REJECT", "Brazil", None),
    ("Ghana was the only country to condemn the coup.", "ACCUSE", "Ghana", None),
    ("Lithuania was the first country to denounce the election.", "ACCUSE", "Lithuania", None),
    # named as a wrongdoer in a finding
    ("The Lowy Institute identified Ivan Petrov as a paid propagandist for Moscow.",
     "ACCUSE", "Lowy Institute", "Ivan Petrov"),
    ("Amnesty International identified General Omar Bashir as a war criminal.",
     "ACCUSE", "Amnesty International", "Bashir"),
    # a refusal or rejection named by a noun
    ("Iran's refusal to allow inspectors into the site worried the agency.", "REJECT", "Iran", None),
    ("Serbia's rejection of the peace plan surprised diplomats.", "REJECT", "Serbia", None),
    ("Kenya's rejection of Somalia's claim to the waters angered Mogadishu.", "REJECT", "Kenya", None),
    # a judged deed's possessor did it when "of" names whom it was done to
    ("The United States condemned Russia's detention of the journalist.", "ACCUSE", "United States", "Russia"),
    ("Germany criticized Israel's killing of aid workers.", "ACCUSE", "Germany", "Israel"),
    ("Canada objected to India's expulsion of its diplomats.", "REJECT", "Canada", "India"),
    ("Japan complained about China's arrest of its citizen.", "ACCUSE", "Japan", "China"),
    ("Kenya complained about Somalia's detention of its fishermen.", "ACCUSE", "Kenya", "Somalia"),
    # a participle after a closing quote is the reporter's
    ("Ethiopia said that the border was \"calm,\" accusing Eritrea of massing troops.", "ACCUSE", "Ethiopia", "Eritrea"),
    ("The Kenyan government said that the talks had \"gone well,\" urging Somalia to return to the table.",
     "REQUEST", "Kenya", "Somalia"),
    ("Amnesty International said that the trial was \"a farce,\" calling on Egypt to free the activists.",
     "REQUEST", "Amnesty International", "Egypt"),
]


@pytest.mark.parametrize("text,kind,source,target", POSITIVE)
def test_speech_act_is_coded(process, text, kind, source, target) -> None:
    events = coded(process, text)
    assert _has(events, kind, source, target), events


NEGATIVE = [
    # a ranking of something that is no speech act
    ("The striker was the first to score in the match.", ("ACCUSE", "REJECT")),
    ("Kenya was the first to arrive at the summit.", ("ACCUSE", "REJECT")),
    # identifying a person by name or description is no accusation
    ("Police identified the suspect as a 23-year-old man from Nairobi.", ("ACCUSE",)),
    ("Police identified the dead man as Peter Otieno.", ("ACCUSE",)),
    # a refusal to answer the press is no rejection of anyone; a rejection with no maker named codes nothing
    ("His refusal to comment fuelled speculation.", ("REJECT",)),
    ("The rejection of Houston as a site disappointed the governor.", ("REJECT",)),
]


@pytest.mark.parametrize("text,kinds", NEGATIVE)
def test_no_speech_act(process, text, kinds) -> None:
    events = coded(process, text)
    assert not any(t in kinds for t, _, _ in events), events


def test_judged_patient_is_not_the_target(process) -> None:
    """The one a judged deed was done to is no target of the judgement: "complained about Somalia's detention of its
    fishermen" accuses Somalia, not the fishermen; "condemned Jimmy Lai's arrest" does not accuse Lai."""
    events = coded(process, "Kenya complained about Somalia's detention of its fishermen.")
    assert not any(t == "ACCUSE" and any("fishermen" in x for x in tgt) for t, _, tgt in events), events
    events = coded(process, "The European Union condemned Jimmy Lai's arrest.")
    assert not any(t == "ACCUSE" and any("Lai" in x for x in tgt) for t, _, tgt in events), events


def test_participle_without_quote_stays_with_its_clause(process) -> None:
    """No quotation closes before the participle: "said that the rebels attacked the town, killing ten soldiers"
    keeps the killing with the rebels, not the speaker."""
    events = coded(process, "The minister said that the rebels attacked the town, killing ten soldiers.")
    assert not any(any("minister" in x.lower() for x in src) and t == "ASSAULT" for t, src, _ in events), events


def test_ranked_infinitive_needs_a_named_subject(process) -> None:
    """A ranking said of nobody named codes no target-less rejection: "It was the second to turn down the offer"
    with no one the pronoun stands for."""
    events = coded(process, "It was the second to turn down the offer.")
    assert not any(t == "REJECT" for t, _, _ in events), events
