"""Round 27 (actsector27): a person's or group's sector from the trade noun the story names them by.

Each row is a plain news sentence of our own, with the sector a careful coder records written before the code
was run, in the conventions of the development gold: the heads and members of gangs, cartels and mobs are
criminals (CRM), not leaders of a state (GOV) or bosses of a firm (BUS); a billionaire, a tour operator and a car
dealer are business people (BUS), and so are those a firm was founded by; one on trial for a common crime is the accused (CRM); a person of a party in opposition is OPP ('X of the opposition Y', 'a leader of Y'),
and a critic of the party no member of it; a TikToker or a social media star makes media (MED). Lawyers stay civilians
(CVL): the development gold codes a defence lawyer CVL in all stories but one. Rows named 'not ...' are near
misses that must keep the sector they had."""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor (its name, or a name of the record that contains it), field, value)
ROWS = [
    # criminals named by their place in a gang, cartel or mob
    ("gang leader, title before the name", "Gang leader Ronel Batiste said his men would not lay down their "
     "arms.", "Ronel Batiste", "sector", "CRM"),
    ("gang leader, apposition, object", "Police arrested Ronel Batiste, a feared gang leader, on Friday.",
     "Ronel Batiste", "sector", "CRM"),
    ("mob boss, apposition, passive", "Viktor Sorin, a reputed mob boss, was sentenced to 20 years by a court "
     "in Milan.", "Viktor Sorin", "sector", "CRM"),
    ("cartel boss, inside a quote", "\"We will find cartel boss Emilio Vance,\" the police chief told reporters "
     "in Lima.", "Emilio Vance", "sector", "CRM"),
    ("gang members, group subject", "Officials said gang members attacked the police station in the capital "
     "overnight.", "gang members", "sector", "CRM"),
    ("not a party's leader", "Party leader Amara Kone said the party would boycott the poll.", "Amara Kone",
     "sector", "GOV"),
    ("not a firm's boss: the firm's sector", "Tomas Held, the boss of the trucking firm Alpen Haul, said fuel "
     "costs had doubled.", "Tomas Held", "sector", "BUS"),
    # people on trial for a common crime: the accused, as the development gold codes defendants (CRM)
    ("on trial, coordination with an apposition", "Omar Haddad, 51, and his wife Leila Haddad, 47, from Perth, "
     "are undergoing trial for manslaughter after the death of their son.", "Leila Haddad", "sector", "CRM"),
    ("stands trial, active", "Karl Weiss stands trial for fraud in Vienna this week.", "Karl Weiss", "sector",
     "CRM"),
    ("on trial, relative clause", "Carla Dunn, who is on trial for the murder of her neighbour, told the court "
     "she was innocent.", "Carla Dunn", "sector", "CRM"),
    ("not a political offence, not a titled person", "Opposition leader Sami Adel went on trial for sedition on "
     "Monday.", "Sami Adel", "sector", "OPP"),
    ("not the accused: a trial of another", "Peter Lo said the trial for the murder of his brother would start "
     "in June.", "Peter Lo", "sector", "CVL"),
    ("not a trial with no crime named", "Anna Berg went on trial in Oslo on Tuesday, her lawyer said.",
     "Anna Berg", "sector", "CVL"),
    # business people named by what they own or run
    ("billionaire, apposition with a relative clause", "Nikolai Fedin, a billionaire who made his fortune in "
     "steel, bought the football club on Monday.", "Nikolai Fedin", "sector", "BUS"),
    ("tour operator, apposition", "Aliya Berik, a tour operator in Almaty, said bookings had collapsed since "
     "the floods.", "Aliya Berik", "sector", "BUS"),
    ("car dealer, apposition, object", "Customs officers questioned Emeka Obi, a car dealer in Lagos, about the "
     "imported trucks.", "Emeka Obi", "sector", "BUS"),
    ("not a former trade: the office held now", "Mark Tull, a former businessman turned senator, opposed the "
     "bill.", "Mark Tull", "sector", "LEG"),
    # a manager is whoever's the body is
    ("manager of a firm named by its kind", "Chen Bo, the manager of a garment factory in Dhaka, said orders had "
     "dropped.", "Chen Bo", "sector", "BUS"),
    ("manager, the body's kind before the title, apposition", "Grace Wanjiru, a hotel manager in Mombasa, said "
     "bookings were down.", "Grace Wanjiru", "sector", "BUS"),
    ("manager, title before the name", "Hotel manager Peter Otieno said most rooms were empty.", "Peter Otieno",
     "sector", "BUS"),
    ("not a manager of no firm", "Laura Diaz, campaign manager for the senator, said the polls were tight.",
     "Laura Diaz", "sector", "CVL"),
    ("not a manager of an international body's project", "Rita Sen, a project manager at the World Bank, said "
     "the loan was approved.", "Rita Sen", "sector", "IGO"),
    # a trade in apposition, and an office the apposition's own clause says is held now
    ("a trade by training, an office held now", "Chen Li, a lawyer by training who now serves as justice "
     "minister, defended the law.", "Chen Li", "sector", "GOV"),
    ("a trade, an office entered", "Amina Bello, a journalist who became information minister last year, "
     "defended the ban.", "Amina Bello", "sector", "GOV"),
    ("a person whose apposition's clause runs a business", "Tom Reed, a teacher who runs a small bakery, said "
     "prices had risen.", "Tom Reed", "sector", "BUS"),
    ("not an office held once", "Jon Berg, an economist who worked as finance minister in the 1990s, said the "
     "plan would fail.", "Jon Berg", "sector", "CVL"),
    ("not a kin of an office holder", "Sara Lund, a businesswoman who is the president's niece, won the "
     "contract.", "Sara Lund", "sector", "BUS"),
    ("not a lawyer who represents clients", "Omar Farouk, a lawyer who represents the families, said the ruling "
     "was unfair.", "Omar Farouk", "sector", "CVL"),
    # founders named by a passive or a participle: the body founded gives its sector ('X founded Y' already did)
    ("founded by, passive, coordination with an apposition", "The firm was founded in 2015 by Lars Holm and his "
     "partner, Erik Sund.", "Erik Sund", "sector", "BUS"),
    ("founded by, participle on a firm", "Brightwave, a shipping company founded in 2016 by Nora Falk and her "
     "former classmate, Ivo Marek, now employs 300 people.", "Nora Falk", "sector", "BUS"),
    ("founded by, participle on a firm, the partner set beside", "Brightwave, a shipping company founded in "
     "2016 by Nora Falk and her former classmate, Ivo Marek, now employs 300 people.", "Ivo Marek", "sector", "BUS"),
    ("not a charity's founder", "The Green Roots Trust was founded by Anna Kluge in 2001.", "Anna Kluge",
     "sector", "CVL"),
    ("not a party's founder", "The Peace Party was founded by Jomo Rai in 1998.", "Jomo Rai", "sector", "CVL"),
    ("not a reporter who founded an outlet", "Skyline Media, founded by reporter Tim Osei, publishes news in "
     "three languages.", "Tim Osei", "sector", "MED"),
    # the opposition: a person of a party in opposition, by their own phrase or title in it
    ("of an opposition party, a standing word between", "Selin Demir of the opposition Republican People's "
     "Party said the budget would hurt the poor.", "Selin Demir", "sector", "OPP"),
    ("of the main opposition party, inside a coordination", "Grace Nabirye of the main opposition National Unity "
     "Platform and two aides were detained in Kampala.", "Grace Nabirye", "sector", "OPP"),
    ("a leader of a party in opposition", "Tendai Moyo of the opposition Citizens Coalition for Change said the "
     "vote was rigged. Farai Dube, a leader of the Citizens Coalition for Change, agreed.", "Farai Dube",
     "sector", "OPP"),
    ("a ruling party's member: its standing, GOV", "Lin Shaw of the ruling Unity Party said the budget was fair.", "Lin Shaw",
     "sector", "GOV"),
    ("not a party leader the knowledge makes a ruler", "Communist Party leader Xi Jinping met the visiting envoy "
     "in Beijing on Tuesday.", "Xi Jinping", "sector", "GOV"),
    ("not a critic of an opposition party", "Ali Reza, a critic of the opposition Freedom Party, said the "
     "protests had turned violent.", "Ali Reza", "sector", "CVL"),
    ("not a ruling party's leader", "President Adama Sow, leader of the ruling Unity Party, opened the new "
     "bridge.", "Adama Sow", "sector", "GOV"),
    # makers of media
    ("TikToker, apposition", "Lucas Brandt, a TikToker with a million followers, apologized for the video on "
     "Sunday.", "Lucas Brandt", "sector", "MED"),
    ("social media star, title before the name", "Social media star Dina Korr was questioned by police over "
     "her posts.", "Dina Korr", "sector", "MED"),
    # lawyers: civilians, as the development gold codes a defence lawyer
    ("not a lawyer as a judge", "Oskar Brandt, a lawyer for the detained reporter, said his client was "
     "innocent.", "Oskar Brandt", "sector", "CVL"),
    ("not lawyers as a profession", "Lawyers say the new law is vague and will be hard to enforce.", "Lawyers",
     "sector", "CVL"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,field,want", ROWS, ids=[r[0] for r in ROWS])
def test_actsector27(records, kind, text, name, field, want):
    assert_probe_field(records, kind, text, name, field, want)
