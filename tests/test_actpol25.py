"""Politicians, parties' members and legislatures as wire copy names them (round 25, actpol25;
stages/actors/politics.py, party_member_words.tsv, legislative_leader_titles.txt, parties.tsv's older spells).
The sentences are the tests' own, in AP, Reuters and newspaper style; the expected country and sector of each
row were written before the rows were run. A party's standing is that of the article's day: the ruling party
and its people GOV, the opposition OPP (as the development golds code them); a legislature's officers and
members LEG whichever side they sit on."""
from __future__ import annotations

import pytest

from .actor_helpers import actor_at_head as _actor_at, kinds_countries_sectors as _found


# --- a legislature's officers and members of Congress: LEG -------------------------------------------------------

@pytest.mark.parametrize("text, day, words", [
    ("WASHINGTON (AP) _ Senate Majority Leader Walter Brandt said Tuesday that the bill would wait.", "1998-02-10",
     "Walter Brandt"),
    ("WASHINGTON (AP) _ House Minority Leader Carla Menendez told reporters the vote was rushed.", "1998-02-10", "Carla Menendez"),
    ("WASHINGTON - House Majority Whip Dale Norquist counted the votes on Monday night.", "2013-03-20", "Norquist"),
    ("WASHINGTON (AP) _ The fate of the bill rests with Owen Strand, the Senate majority leader, aides said.", "2013-03-20", "Owen Strand"),
    ("WASHINGTON (AP) _ Senate Democratic leader Rosa Tillman said her caucus would not budge.", "2013-03-20", "Rosa Tillman"),
    ("The plan drew fire from Lyle Harmon, R-Texas, who called it a giveaway.", "2013-03-20", "Lyle Harmon"),
    ("Critics included Janet Oakes (D-Calif.), who said the cuts went too far.", "2013-03-20", "Janet Oakes"),
])
def test_chamber_officers_are_legislators(process, text, day, words) -> None:
    doc = process(text, published=day, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.sector == "LEG" and actor.country == "USA", _found(doc)


# --- a party's members as a group: the party's country; LEG in a chamber, else the party's standing that day ------

@pytest.mark.parametrize("text, day, words, country, sector", [
    ("WASHINGTON (AP) _ Republicans said the president had misled the country.", "1998-02-10", "Republicans",
     "USA", "OPP"),
    ("WASHINGTON (AP) _ Democrats defended the White House budget on Tuesday.", "1998-02-10", "Democrats",
     "USA", "GOV"),
    ("WASHINGTON (AP) _ Republicans in Congress vowed to block the nominee.", "2013-03-20", "Republicans",
     "USA", "LEG"),
    ("WASHINGTON (AP) _ Senate Democrats blocked the measure on a party-line vote.", "2013-03-20", "Democrats",
     "USA", "LEG"),
    ("LONDON (AP) _ The Tories accused the prime minister of breaking his promise.", "1999-03-10", "Tories",
     "GBR", "OPP"),
    ("LONDON (Reuters) - The Conservatives won a majority in parliament on Friday.", "2015-05-09", "Conservatives",
     "GBR", "GOV"),
    ("WASHINGTON (AP) _ Top Republicans rejected the offer on Thursday.", "2013-03-20", "Republicans", "USA", "OPP"),
    ("PARIS (AP) _ The Socialists accused the president of ignoring workers.", "2008-06-10", "Socialists", "FRA", "OPP"),
    ("MOSCOW (AP) _ Communists in the Duma voted against the law.", "2013-03-10", "Communists", "RUS", "LEG"),
    ("CANBERRA, Australia (AP) _ The Liberals attacked the prime minister over the budget.", "2009-06-10", "Liberals",
     "AUS", "OPP"),
])
def test_party_members_are_a_group_of_the_party(process, text, day, words, country, sector) -> None:
    doc = process(text, published=day, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.kind == "group" and (actor.country, actor.sector) == (country, sector), \
        _found(doc)


# --- a party's figures named by its adjective or name: the party's standing that day, its country -----------------

@pytest.mark.parametrize("text, day, words, country, sector", [
    ("LONDON (AP) _ Conservative leader Hugh Danvers attacked the prime minister's budget.", "1999-03-10",
     "Hugh Danvers", "GBR", "OPP"),
    ("BERLIN (AP) _ AfD leader Konrad Weiler criticized the chancellor's migration policy.", "2018-09-01",
     "Konrad Weiler", "DEU", "OPP"),
    ("NEW DELHI (AP) _ BJP president Vikram Rathore said the party would contest every seat.", "2013-03-22",
     "Vikram Rathore", "IND", "OPP"),
    ("NAIROBI, Kenya (AP) _ ODM leader Peter Otieno called for protests in the capital.", "2023-02-02",
     "Peter Otieno", "KEN", "OPP"),
    ("LONDON - A former Tory minister, Agnes Pell, backed the rebels in the vote.", "2013-03-20", "Agnes Pell", "GBR", None),
    # a name several states' parties bear, read in the story's state ('Democratic Party' in Rome is Italy's)
    ("ROME (AP) _ Democratic Party leader Enzo Castelli failed to win a majority.", "2013-03-20", "Enzo Castelli",
     "ITA", "OPP"),
    ("SINGAPORE (Reuters) - The Workers' Party leader Goh Wen Li objected in parliament.", "2013-03-20",
     "Goh Wen Li", "SGP", "OPP"),
    ("LONDON (AP) _ UKIP leader Roger Pike said voters were angry.", "2013-03-20", "Roger Pike", "GBR", "OPP"),
    # the party in an apposition after the name
    ("LONDON (AP) _ Harriet Quell, leader of the Liberal Democrats, called for new elections.", "2008-10-10",
     "Harriet Quell", "GBR", "OPP"),
    ("OTTAWA (AP) _ Tom Hale, the New Democratic Party leader, said the report was hidden.", "2013-03-20",
     "Tom Hale", "CAN", "OPP"),
    ("WASHINGTON (AP) _ Leah Brandt, a Democrat, said the bill was fair.", "2013-03-20", "Leah Brandt", "USA", "GOV"),
    ("BEIJING (AP) _ Communist Party chief Wang Lihua opened the session.", "2013-03-10", "Wang Lihua", "CHN", "GOV"),
])
def test_party_figures_take_the_party(process, text, day, words, country, sector) -> None:
    doc = process(text, published=day, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.country == country, _found(doc)
    if sector is not None:
        assert actor.sector == sector, _found(doc)


@pytest.mark.parametrize("text, day, words, country, sector", [
    ("LONDON (AP) _ Tory lawmakers walked out of the chamber in protest.", "1999-03-10", "Tory lawmakers", "GBR", "LEG"),
    ("WASHINGTON (AP) _ The Republican National Committee released its report on Monday.", "2013-03-20",
     "Republican National Committee", "USA", "OPP"),
    ("NEW DELHI (AP) _ The ruling Congress party dismissed the charges as politics.", "2013-03-22", "Congress", "IND",
     "GOV"),
    ("BERLIN (AP) _ The Social Democrats chose their candidate for chancellor on Sunday.", "2013-03-19",
     "Social Democrats", "DEU", "OPP"),
    ("WASHINGTON (AP) _ The House passed the spending bill late on Friday.", "2013-03-22", "House", "USA", "LEG"),
    ("OTTAWA (AP) _ Opposition members walked out of the House of Commons on Tuesday.", "2013-03-20",
     "House of Commons", "CAN", "LEG"),
    ("LONDON (AP) _ The House of Lords rejected the bill for a second time.", "2013-03-20", "House of Lords", "GBR",
     "LEG"),
])
def test_parties_chambers_and_party_groups(process, text, day, words, country, sector) -> None:
    doc = process(text, published=day, until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and (actor.country, actor.sector) == (country, sector), _found(doc)


# --- near misses: a party that is a celebration, a firm's leader, a speaker at an event, a name with a party word --

@pytest.mark.parametrize("text, words", [
    ("The birthday party drew 200 guests to the hotel, the owner said.", "party"),
    ("Stores and banks closed for Labor Day, the city said.", "Labor Day"),
    ("Democrats Abroad, a club of voters overseas, met in Paris on Sunday.", "Democrats"),
    ("WASHINGTON (AP) _ The club's Young Republicans held a dinner on Friday.", "Republicans"),
    ("HANOI, Vietnam (AP) _ The Socialist Republic of Vietnam signed the accord on Monday.", "Socialist Republic"),
])
def test_no_party_actor(process, text, words) -> None:
    doc = process(text, published="2013-03-20", until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is None or actor.kind != "group" or actor.sector not in ("GOV", "OPP", "LEG"), _found(doc)


@pytest.mark.parametrize("text, words, sector", [
    ("Mara Quist, a speaker at the software forum, said the market was growing.", "Mara Quist", "CVL"),
    ("The leader of the software firm, Tomas Ekberg, said profits rose.", "Tomas Ekberg", "BUS"),
])
def test_speakers_and_leaders_outside_politics(process, text, words, sector) -> None:
    doc = process(text, published="2013-03-20", until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.sector == sector, _found(doc)


def test_party_word_without_its_state_is_not_read(process) -> None:
    """'Conservatives' names Britain's or Canada's party: with neither state in the story, no group is made."""
    text = "The Conservatives met in a small hall to plan their campaign."
    doc = process(text, published="2013-03-20", until="actors")
    actor = _actor_at(doc, text, "Conservatives")
    assert actor is None or actor.country is None, _found(doc)


# --- an older AP dateline ('ROME (AP) _'): the credit is the outlet, the town no actor, the outlet no employer ------

def test_underscore_dateline(process) -> None:
    text = "CARACAS, Venezuela (AP) _ Opposition leader Marta Rojas said the count was flawed."
    doc = process(text, published="2013-03-20", until="actors")
    found = _found(doc)
    assert "CARACAS" not in found and "CARACAS, Venezuela" not in found, found
    assert _actor_at(doc, text, "AP").sector == "MED", found
    rojas = _actor_at(doc, text, "Marta Rojas")
    assert rojas is not None and rojas.sector == "OPP" and rojas.country == "VEN", found


def test_labour_portfolio_is_no_party(process) -> None:
    """'Labor Secretary X' holds the labour portfolio: no party (Australia's Labor) gives the person a country."""
    text = "WASHINGTON (AP) _ Labor Secretary Dana Whitfield said job growth slowed in March."
    doc = process(text, published="2013-03-20", until="actors")
    actor = _actor_at(doc, text, "Dana Whitfield")
    assert actor is not None and actor.country == "USA" and actor.sector == "GOV", _found(doc)


def test_one_state_party_word_in_another_state_story(process) -> None:
    """'Republicans' in a story of France alone is no US party's members (France has its own 'Republicans')."""
    text = "PARIS (AP) _ Republicans in the French parliament voted against the pension law."
    doc = process(text, published="2023-03-20", until="actors")
    actor = _actor_at(doc, text, "Republicans")
    assert actor is None or actor.country != "USA", _found(doc)


def test_one_state_party_word_with_no_state_named(process) -> None:
    """With no state named at all, a word only one state's party bears is read as that party's ('Republicans')."""
    text = "Republicans said the spending plan was far too costly."
    doc = process(text, published="2013-03-20", until="actors")
    actor = _actor_at(doc, text, "Republicans")
    assert actor is not None and actor.kind == "group" and (actor.country, actor.sector) == ("USA", "OPP"), _found(doc)


@pytest.mark.parametrize("text, words, country", [
    # a British party's MP in a story set in the United States sits in Britain's parliament
    ("WASHINGTON - Labour MP Dora Fenwick told a congressional panel on Tuesday that the sanctions had failed.",
     "Dora Fenwick", "GBR"),
    # New Zealand has a Labour Party of its own: its MP is New Zealand's
    ("WELLINGTON, New Zealand (AP) _ Labour MP Rawiri Tane said the budget had failed.", "Rawiri Tane", "NZL"),
])
def test_party_members_seat_in_the_party_state(process, text, words, country) -> None:
    doc = process(text, published="2013-03-20", until="actors")
    actor = _actor_at(doc, text, words)
    assert actor is not None and actor.country == country and actor.sector == "LEG", _found(doc)
