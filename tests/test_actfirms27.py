"""Round 27 (actfirms27): companies and the people tied to them, found as actors with sector BUS.

Each row is a plain news sentence of our own, with what a careful coder records written before the code was run,
in the conventions of the development gold: a firm is BUS, with the country of its headquarters when the lists
know it; a body whose own name ends in a trade word ('... Foods', '... Steel', '... Logistics') is a firm; the
people who head, speak for or founded a firm are business people (BUS), also when the firm is read only from its
name's form or head word; analysts keep their own trade (CVL). Rows named 'not ...' are near misses that must keep
another sector."""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor (its name, or a name of the record that contains it), field, value)
ROWS = [
    # a firm by the trade word its name ends in
    ("trade head, subject", "Solano Foods said on Tuesday that it would raise prices next month.",
     "Solano Foods", "sector", "BUS"),
    ("trade head, object", "Regulators fined Halden Steel for polluting the river near its plant.",
     "Halden Steel", "sector", "BUS"),
    ("trade head, passive", "The contract was won by Vantor Logistics after a long tender.",
     "Vantor Logistics", "sector", "BUS"),
    ("trade head, coordination", "Brightwell Energy and Tallis Insurance agreed to share the costs of the "
     "cleanup.", "Tallis Insurance", "sector", "BUS"),
    ("trade head, inside a quote", "\"We cannot keep the mine open,\" Corvan Petroleum said in a statement.",
     "Corvan Petroleum", "sector", "BUS"),
    ("not a ministry of the trade", "The Ministry of Energy said the grid would be repaired by Friday.",
     "Ministry of Energy", "sector", "GOV"),
    ("not an agency of the trade", "The International Energy Agency said oil demand would rise this year.",
     "International Energy Agency", "sector", "IGO"),
    ("trade head, the tagger's person", "Norvex Pharma said on Tuesday that it would raise prices next month.",
     "Norvex Pharma", "sector", "BUS"),
    ("trade head, the tagger's person, apposition", "Kestrel Mining, an Australian company, said it would close "
     "two pits.", "Kestrel Mining", "country", "AUS"),
    ("investment firm", "Greyfield Capital said it would sell its stake in the port.", "Greyfield Capital",
     "sector", "BUS"),
    ("not a person named like a trade", "Michael Steel, a spokesman for the senator, declined to comment.",
     "Michael Steel", "kind", "person"),
    # a firm the tagger gave no entity, named by its apposition
    ("apposition: maker", "Orvane, a French maker of batteries, said it would build a plant in Poland.", "Orvane",
     "country", "FRA"),
    ("apposition: startup, based in", "Pellucid, a startup based in Nairobi, raised $3 million from investors.",
     "Pellucid", "sector", "BUS"),
    # the people of a firm read only from its name
    ("director at a firm, apposition", "Maria Lopez, the marketing director at Solano Foods in Madrid, said "
     "sales were falling.", "Maria Lopez", "sector", "BUS"),
    ("spokesperson of a firm, title before", "Orbis Hotels spokesperson Lena Brandt said bookings had fallen by "
     "half.", "Lena Brandt", "sector", "BUS"),
    ("not an analyst at a firm", "Paul Ekwueme, an analyst at Dunmore Securities in Lagos, said the currency "
     "would weaken.", "Paul Ekwueme", "sector", "CVL"),
    ("not the director of a charity", "Mireille Duval, the director of the Lumen Literacy Trust, said more "
     "schools would open.", "Mireille Duval", "sector", "CVL"),
    # founders of a firm read from its brand-like name
    ("founders, passive with a partner", "One of the fastest-growing video studios is KiwiFrame, founded in 2018 "
     "by Dutch designer Anke Smit and her longtime partner, Wu Haolin.", "Wu Haolin", "sector", "BUS"),
    ("founder, active", "Jorge Paredes founded PlataNova in 2015, and the company now sells phones across Peru.",
     "Jorge Paredes", "sector", "BUS"),
    ("not a founder of a charity", "Mireille Duval co-founded the Lumen Literacy Trust, which runs libraries in "
     "Haiti.", "Mireille Duval", "sector", "CVL"),
    # groups of firms named by the trade of their house, as the subject of their clause
    ("hotels, subject", "Hotels in Bali said bookings had fallen by half since the eruption.", "Hotels", "sector",
     "BUS"),
    ("resorts, subject after a place phrase", "In Thailand, resorts reported record bookings for the holiday "
     "season.", "resorts", "sector", "BUS"),
    # a firm's country from its own phrase: a demonym before its trade words and its noun
    ("demonym, trade word, noun", "Kenyan telecom firm Tarvo Networks said profits rose by a third.",
     "Tarvo Networks", "country", "KEN"),
    ("demonym, trade word, noun, object", "Hackers attacked the Danish security firm Helmsec last week.",
     "Helmsec", "country", "DNK"),
    ("demonym, noun", "Danish firm Helmsec said the flaw was serious.", "Helmsec", "country", "DNK"),
    # one who opened a firm, as one who founded it
    ("opened shops, by a pronoun", "Wen Bao moved to Dallas in 1952. He later opened grocery stores and "
     "restaurants across the city.", "Wen Bao", "sector", "BUS"),
    ("opened a bakery", "Lucia Ferraz opened a bakery in Porto last year.", "Lucia Ferraz", "sector", "BUS"),
    ("not one who opened a school", "Maria Santos opened a school for girls in Recife.", "Maria Santos", "sector",
     "CVL"),
    ("not one who opened a meeting", "Paulo Reis opened the meeting with a prayer.", "Paulo Reis", "sector", "CVL"),
    # firms the lists know
    ("known firm, list", "Ubisoft, Nintendo and Sega all showed new games at the fair in Cologne.", "Ubisoft",
     "country", "FRA"),
    ("known firm, one word the tagger may take for a person", "Ubisoft, Nintendo and Sega all showed new games "
     "at the fair in Cologne.", "Sega", "sector", "BUS"),
    ("known firm, country", "The security firm Secunia said the browser had dozens of flaws.", "Secunia",
     "country", "DNK"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,field,want", ROWS, ids=[r[0] for r in ROWS])
def test_actfirms27(records, kind, text, name, field, want):
    assert_probe_field(records, kind, text, name, field, want)


# near misses where no firm may be read: a known firm's one-word name that the tagger reads as a place and the
# gazetteer knows as one, a fruit
NOT_FIRMS = [
    ("a town, not the firm of its name", "Heavy rain flooded streets in Nokia, a town near Tampere, on Sunday, "
     "Finnish officials said.", "Nokia"),
    ("hotels as a place taken, not firms", "The rebels took the hotels near the airport, witnesses said.",
     "hotels"),
    ("restaurants as a place filled, not firms", "Tourists filled the restaurants along the beach on Saturday.",
     "restaurants"),
    ("an adverb before 'the company', not a firm", "Meanwhile, the company said it would appeal the ruling.",
     "Meanwhile"),
    ("a fruit, not the firm", "Farmers in Kashmir said the apple harvest had been hit by early snow.", "Apple"),
]


@pytest.fixture(scope="module")
def not_firm_records(pipeline):
    return probe_records(pipeline, NOT_FIRMS)


@pytest.mark.parametrize("kind,text,name", NOT_FIRMS, ids=[r[0] for r in NOT_FIRMS])
def test_actfirms27_not_firms(not_firm_records, kind, text, name):
    actors = not_firm_records[text].actors
    assert not [a.name for a in actors if name.lower() in a.name.lower() and a.sector == "BUS"], \
        (kind, [(a.name, a.kind, a.sector) for a in actors])


def test_actfirms27_demonym_of_a_person_not_the_firms(pipeline):
    """A demonym that is a person's, ending a clause before 'the firm X', gives the firm no country."""
    from eventwire.record import Article

    record = pipeline.extract(Article(text="The Kenyan said the firm Tarvo Networks owed him money.",
                                      published="2025-03-01"))
    firm = next((a for a in record.actors if a.name == "Tarvo Networks"), None)
    assert firm is not None and firm.country is None, [(a.name, a.country) for a in record.actors]
