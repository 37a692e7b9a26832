"""Round 19 (evaid19): cooperative deeds and protests as news tells them.

Classes (own sentences, each written with the event a careful coder records before the code was run; none from any
story):
- working with another party (event_verbs.tsv work prep:with; COOPERATE 060); a job held is no work done with a
  party (requirement noprep:as);
- funding a party, or a work in another country (fund, AID 071; target role located as for attacks, never the
  funder's own state: eventcoding/agents.struck_country);
- a donation made by a light verb (event_nouns.tsv donation, requires light);
- protesters who gather, march, rally or flood the streets (subj:@protesting_people, also "thousands of
  protesters": the subject requirement reads the member of a quantity);
- aid sent, delivered or dropped into a place (target role into; airdrop);
- standing with a party, being grateful or thankful to it (SUPPORT 051; not "it stands to reason");
- a delegation sent to another side's occasion (owned: "to the funeral of the Kenyan president");
- a preposition that only dates a deed meets no requirement of a row ("called Putin on Friday" is no "call on").
Negatives: the same words in senses that tell no deed by a party to another."""
from __future__ import annotations

import pytest

from .event_helpers import found_event as found
from .event_helpers import named_with_rules as coded



# (text, type, a part of the source's name, a part of the target's name; None: any, "": none)
ROWS = [
    # working with
    ("Jordan worked with Iraq to secure the highway from Baghdad to Amman.", "COOPERATE", "Jordan", "Iraq"),
    ("Kenya is working closely with Somalia to defeat al-Shabab.", "COOPERATE", "Kenya", "Somalia"),
    ("The Interior Ministry said it would keep working with the Justice Department on the lawsuits.",
     "COOPERATE", "Interior Ministry", "Justice Department"),
    ("Amnesty International, a group that worked with the lawyers, said the verdict was unjust.",
     "COOPERATE", "Amnesty", "lawyers"),
    # funding
    ("The World Bank funded a new water system in Mali.", "AID", "World Bank", "Mali"),
    ("Qatar funds the militia, Israeli officials said.", "AID", "Qatar", "militia"),
    ("The European Union is funding schools across Jordan.", "AID", "European Union", None),
    # a donation made
    # (a university's gift from a foundation is a private dealing since evprec20: filters._PRIVATE_SECTORS has EDU)
    ("The Ford Foundation made two donations to Kenya's health ministry in 2019.", "AID", "Ford Foundation",
     "health ministry"),
    # protesters gathering or marching
    ("Hundreds of protesters gathered outside the parliament in Nairobi.", "PROTEST", "protesters", ""),
    ("Thousands of demonstrators marched through the capital, Belgrade, on Saturday.", "PROTEST", "demonstrators",
     ""),
    ("Protesters rallied in front of the U.S. embassy in Baghdad.", "PROTEST", "Protesters", None),
    ("Demonstrators flooded the streets of Khartoum.", "PROTEST", "Demonstrators", ""),
    # aid into a place
    ("Britain sent humanitarian aid into Gaza.", "AID", "United Kingdom", "Palestin"),
    ("Jordan airdropped food into Gaza on Tuesday.", "AID", "Jordan", "Palestin"),
    # standing with a party, gratitude to it
    ("Kenyan President William Ruto said Kenya stands with Haiti.", "SUPPORT", "Kenya", "Haiti"),
    ('"We stand with Ukraine," French President Emmanuel Macron said.', "SUPPORT", "Macron", "Ukraine"),
    ("Philippine President Ferdinand Marcos said he was grateful to Japan for its help.", "SUPPORT", "Marcos",
     "Japan"),
    # a delegation to another side's occasion
    ("Japan sent a delegation to the funeral of the former Kenyan president.", "CONSULT", "Japan", "Kenya"),
]


@pytest.mark.parametrize("text,kind,source,target", ROWS, ids=[r[0][:40] for r in ROWS])
def test_class_rows(process, text, kind, source, target) -> None:
    events = coded(process(text))
    assert found(events, kind, source, target), events


# (text, a type that must not be coded)
NEGATIVES = [
    ("Students worked together on a science project in Nairobi.", "COOPERATE"),
    ("Mrs Osei worked as a translator of court papers with the Ministry of Justice until 2015.", "COOPERATE"),
    ("The study was funded by the National Science Foundation.", "AID"),
    ("Norway funded the project in its own capital, Oslo.", "AID"),
    ("Crowds gathered to watch the fireworks in Sydney.", "PROTEST"),
    ("Fans gathered outside the stadium in Madrid before the final.", "PROTEST"),
    ("The zoo showed an interest in more donations from the bank.", "AID"),
    ('"It stands to reason that Biden would seek another meeting with Kim Jong Un," the analyst said.', "SUPPORT"),
    ("The gunman stood with a rifle outside the home of the journalist in New York.", "SUPPORT"),
]


@pytest.mark.parametrize("text,kind", NEGATIVES, ids=[r[0][:40] for r in NEGATIVES])
def test_negative_rows(process, text, kind) -> None:
    events = coded(process(text))
    assert not any(e[0] == kind for e in events), events


def test_a_date_is_no_call_on(process) -> None:
    """"called Putin on Friday" dates a call; it asks nothing of anyone (no REQUEST by rule call/on), while a
    true "called on" stays a request, dated or not."""
    events = coded(process("Macron called Putin on Friday to discuss the war."))
    assert not any(e[3] == "verb:call/on" for e in events), events
    events = coded(process("The United States called on Iran on Sunday to release the prisoners."))
    assert found(events, "REQUEST", "United States", "Iran"), events


def test_thousands_of_protesters_meet_the_subject_requirement(process) -> None:
    """The subject requirement reads the member of a quantity as the notsubj one does: "hundreds of
    peacekeepers arrived" keeps the sense "peacekeepers arrived" has."""
    one = coded(process("Peacekeepers arrived in Goma on Monday."))
    many = coded(process("Hundreds of peacekeepers arrived in Goma on Monday."))
    assert [e[0] for e in one] == [e[0] for e in many] and one, (one, many)
