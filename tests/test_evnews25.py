"""Round 25 (evnews25): requests, coercion, meetings, agreements and aid as wire and Wikinews stories write them.

Own sentences (new names), each with what a careful coder records written before the code was run, in the shapes
the stage missed on such news:
- a title set off before the name it belongs to as the subject ("The president of Colombia, Gustavo Petro, met
  ...": eventcoding/wire.py titled_doer), of a verb or of a light verb's noun ("held talks"), or as the object
  or partner ("met with the head of the IAEA, Rafael Grossi, in Tehran": titled_object);
- an amount handed over "in" an aid noun ("sent $50 million in aid to Haiti": wire.amount_given,
  amount_giving_verbs.txt);
- custody taken ("was taken into custody by police": event_verbs.tsv take pobj:into:@custody);
- entry refused ("were denied entry to Uganda", "was denied a visa to visit Kenya": the rows deny/refuse
  obj:visa|entry|admission, COERCE 1722, and wire.entry_state for the country refusing it);
- an accord sealed with a partner in a phrase the other party's clause rests on ("Under an agreement reached with
  the United Nations, Syria will ...": wire.accord_party, accord_prepositions.txt);
- an agentless arrest told by the interior, justice or security body that holds people ("..., the Interior
  Ministry said": wire.custody_speaker, custody_reporting_bodies.txt);
- a meeting whose subject names its parties as where its people come from ("Officials from Kenya and Ethiopia
  met": wire.delegates_pair);
- a recommendation with its addressee ("recommended that Egypt raise ...": event_verbs.tsv recommend, REQUEST
  100, roles to and clause, never without a target), and the "that" clause of a request ("requested that Israel
  withdraw");
- joined subjects who fight a thing side by side
  ("vowed to fight terrorism") are not read as fighting each other (wire._fought_together);
- people ordered out of a country in the passive ("was ordered to leave Niger": wire.ordered_out,
  expulsion_orders.tsv, read as the 'expel' rows).
Negative rows beside them: near-miss sentences that must not code the deed (a meeting of a board, an "arrest" of a
decline, an agreement that something is true, aid as a job title, a title with no name beside it, money spent,
entry to a contest, a denial of a claim)."""
from __future__ import annotations

import pytest

from .event_helpers import probe_coded as coded
from .event_helpers import probe_matches as matches

# (text, type, a part of the source's name, a part of the target's name)
POSITIVE = [
    # a title set off before the name: the name is the doer (verbs)
    ("The president of Colombia, Gustavo Petro, met with Venezuelan President Nicolas Maduro on the border.",
     "CONSULT", "Petro", "Maduro"),
    ("The secretary-general of NATO, Mark Rutte, praised Finland's decision to raise defense spending.",
     "SUPPORT", "Rutte", "Finland"),
    ("The head of the British Red Cross, Mark Adams, met with Ukrainian officials in Kyiv on Tuesday.",
     "CONSULT", "Adams", "Ukrainian officials"),
    # ... and of a light verb's noun
    ("The president of Colombia, Gustavo Petro, held talks with Venezuelan President Nicolas Maduro.",
     "CONSULT", "Petro", "Maduro"),
    # ... and as the object or partner
    ("Iran's foreign minister met with the head of the IAEA, Rafael Grossi, in Tehran.", "CONSULT", "Iran", "Grossi"),
    ("Kenya's president urged the head of the World Bank, Ajay Banga, to ease lending rules.",
     "REQUEST", "Kenya", "Banga"),
    # an amount in aid, loans or grants handed over
    ("The United States sent $50 million in aid to Haiti after the storm.", "AID", "United States", "Haiti"),
    ("The United States sent $50 million in aid to Haiti, the State Department said.", "AID", "United States", "Haiti"),
    ("The European Union approved 2 billion euros in loans for Egypt on Monday.", "AID", "European Union", "Egypt"),
    ("Britain provided Kenya with 40 million pounds in aid.", "AID", "United Kingdom", "Kenya"),
    # custody taken
    ("The former minister was taken into custody by Iraqi police at Baghdad airport.", "COERCE", "police", "minister"),
    ("Iraqi police took Ali Hassan into custody at Baghdad airport.", "COERCE", "police", "Ali Hassan"),
    # entry refused
    ("Three Kenyan activists were denied entry to Uganda on Sunday.", "COERCE", "Uganda", "activists"),
    ("Opposition leader Kizza Besigye was denied a visa to visit Kenya.", "COERCE", "Kenya", "Besigye"),
    ("The Zambian players were refused entry into Britain at Heathrow airport.", "COERCE", "United Kingdom", "Zambia"),
    # an accord sealed with a partner, in a phrase the clause of the other party rests on
    ("Under an agreement reached with the United Nations, Syria will allow inspectors into the site.",
     "AGREE", "Syria", "United Nations"),
    ("As part of an agreement reached with Chad, Niger opened its border.", "AGREE", "Niger", "Chad"),
    ("Under a deal signed with Iraq last year, Turkey supplies water to Basra.", "SUPPORT|AGREE", "Turkey", "Iraq"),
    # an agentless arrest told by the body that holds people
    ("Hundreds of protesters were arrested in Tbilisi over the weekend, the Interior Ministry said.",
     "COERCE", "Interior Ministry", "protesters"),
    ("Georgia's Interior Ministry said 300 protesters were detained.", "COERCE", "Interior Ministry", "protesters"),
    # the parties a meeting's subject names as where its people come from
    ("Officials from Kenya and Ethiopia met in Addis Ababa to discuss the dam.", "CONSULT", "Kenya", "Ethiopia"),
    ("Delegations from Sudan and Chad held talks in Doha on Monday.", "CONSULT", "Sudan", "Chad"),
    # a recommendation or request addressed by a "that" clause's subject
    ("The International Monetary Fund recommended that Egypt raise fuel prices.", "REQUEST", "Monetary Fund", "Egypt"),
    ("The World Health Organization recommended that Kenya should tax sugary drinks.", "REQUEST", "Health", "Kenya"),
    ("Egypt requested that Israel withdraw its troops from the crossing.", "REQUEST", "Egypt", "Israel"),
    # ... while a pair who fight a war or each other still fight each other
    ("Eritrea and Ethiopia fought a war over the border town of Badme.", "ASSAULT", "Eritrea", "Ethiopia"),
    ("Eritrea and Ethiopia fought each other for two years.", "ASSAULT", "Eritrea", "Ethiopia"),
    # people ordered out of a country, in the passive: its expulsion of them
    ("The French ambassador was ordered to leave Niger within 48 hours.", "SANCTION", "Niger", "France"),
    ("Two Dutch diplomats were ordered to leave Russia by Friday.", "SANCTION", "Russia", "Dutch"),
    ("Hundreds of Afghan refugees were ordered to leave Pakistan by the end of the month.", "COERCE", "Pakistan",
     "refugees"),
]

# (text, type that must not be coded as done, or None: no event of any type)
NEGATIVE = [
    ("The meeting of the board of Tesla lasted three hours.", None),  # a meeting of a board: no parties
    ("The central bank acted to arrest the decline of the shilling.", "COERCE"),  # an 'arrest' of a decline
    ("Economists at the World Bank are in agreement that inflation will fall.", "AGREE"),  # agreement that X is true
    ("The aide to the senator, John Miller, resigned on Friday.", None),  # aid as a job title ('aide'), no deed
    ("An aid worker, Sarah Jones, was hired by the Red Cross in Geneva.", "AID"),  # aid as a job title
    # a title with no name set off beside it: the stage's own reading, no titled doer
    ("The president of the club met with fans on Monday.", "CONSULT"),
    ("Iran's foreign minister met with the head of the agency in Tehran on Monday.", "CONSULT"),
    # an amount spent, not handed to anyone; one given to no party named
    ("The United States spent $50 million in aid last year.", "AID"),
    ("The foundation gave $2 million in grants last year.", "AID"),
    # entry to a contest, a denial of a claim, bail refused: no refusal of entry by a state
    ("The player was denied entry to the final by the referee.", "COERCE"),
    ("Russia denied that it had sent troops into Ukraine.", "COERCE"),
    ("The court took the matter into account.", "COERCE"),
    # a law passed, no accord: no party to one
    ("Under a law passed by parliament, Kenya will ban plastic bags.", "AGREE"),
    ("Under a plan drawn up with the World Bank, Kenya will sell two banks.", "AGREE"),
    # an arrest told by a rights group or by a foreign body: not the teller's deed
    ("Ten activists were detained in Cairo, Amnesty International said.", "COERCE"),
    ("Dozens of journalists were arrested in Tehran, Israel's security service said.", "COERCE"),
    # a meeting of one party's people: no pair
    ("Officials from Kenya met in Nairobi on Monday.", "CONSULT"),
    # a recommendation of a thing, to no party
    ("Doctors recommend eight hours of sleep.", "REQUEST"),
    ("The panel recommended the book to students.", "REQUEST"),
    # joined parties who fight a thing side by side do not fight each other
    ("Kenya and Ethiopia vowed to fight terrorism in the Horn of Africa.", "ASSAULT|THREATEN"),
    ("Kenya and Ethiopia will work together to fight cattle rustling.", "ASSAULT|THREATEN"),
    # ordered to leave a place that is no country, or by no state
    ("The striker was ordered to leave the field by the referee.", "SANCTION|COERCE"),
    ("Residents were ordered to leave the town before the storm.", "SANCTION|COERCE"),
]


@pytest.mark.parametrize("text,kind,source,target", POSITIVE, ids=[r[0][:50] for r in POSITIVE])
def test_wire_shapes_are_coded(process, text, kind, source, target) -> None:
    events = coded(process(text, "2025-03-10"))
    assert matches(events, kind, source, target, None), events


@pytest.mark.parametrize("text,kind", NEGATIVE, ids=[r[0][:50] for r in NEGATIVE])
def test_near_misses_code_no_deed(process, text, kind) -> None:
    events = coded(process(text, "2025-03-10"))
    wrong = [e for e in events if kind is None or e[0] in kind.split("|") and e[3] not in ("negated", "denied", "hypothetical")]
    assert not wrong, events


def test_rules_name_the_readers(process) -> None:
    """Each reader names itself in the event's rule (the titled doer, the amount, the entry refused)."""
    texts = [POSITIVE[0][0], next(r[0] for r in POSITIVE if " in aid " in r[0]),
             next(r[0] for r in POSITIVE if "denied entry" in r[0])]
    rules = {e[4] for text in texts for e in coded(process(text, "2025-03-10"))}
    assert any(r.endswith("/titled") for r in rules), rules
    assert any(r.endswith("/amount") for r in rules), rules
    assert any(r.endswith("/entry") for r in rules), rules


def test_titled_doer_needs_one_person_between_commas(process) -> None:
    """Two names set off (a pair of titles) or a body in apposition leave the stage's own reading alone: no
    titled doer is made up of a body or a pair."""
    events = coded(process("The head of the agency, the World Food Programme, met with Sudanese officials.", "2025-03-10"))
    assert not [e for e in events if e[4].endswith("/titled")], events
