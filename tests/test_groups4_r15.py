"""Round 15 (groups4): actors a news story names by a common noun, one row per class and shape.

Each row is a plain news sentence of our own, with what a careful coder records written before the code was
run, in the maintainers' conventions (A/B gold): a group named by a common noun is an actor where it acts,
speaks or is acted on (civilians, witnesses, elders, an ethnic people, peacekeepers, a junta, mercenaries);
international bodies and their staff have no country; a body named in full keeps its whole name ('Central
Bank of Kenya', not 'Central Bank' and Kenya). Names are matched case-folded with a leading 'the' dropped,
equal, or the expected name inside an actor's name or one of its mentions (a government folded into
its country); '-' as a country means: not checked. Rows whose text says no such group
acts carry name None: no actor whose name holds the noun may be listed."""
from __future__ import annotations

import re

import pytest

# (class, text, names (any of them), country, sector)
ROWS = [
    # an ethnic people named alone
    ("people subject", "Kurds in northern Syria protested against the new curfew on Monday.", ("Kurds",), "SYR", "CVL"),
    ("people object", "Gunmen in Quetta attacked Hazaras returning from a market, police in Pakistan said.",
     ("Hazaras",), "PAK", "CVL"),
    ("people prep object", "Human rights groups in Afghanistan condemned attacks on Hazaras in Kabul.", ("Hazaras",),
     "AFG", "CVL"),
    ("people by-agent", "The new border fence in Iraq was opposed by Yazidis living near Sinjar.", ("Yazidis",), "IRQ",
     "CVL"),
    ("people possessive", "The Tuaregs' leaders in Mali rejected the peace deal on Friday.", ("Tuareg",), "MLI", "CVL"),
    ("people counted", "Thousands of Rohingya fled across the border from Myanmar into Bangladesh last week.",
     ("Rohingya",), "-", "CVL"),
    ("people second clause", "Ethiopian troops entered the town, and Amharas living there fled to the hills.",
     ("Amharas", "Amhara"), "ETH", "CVL"),
    # elders, a reporter, a legal team
    ("clan elders", "Clan elders in Somalia said the fighting had killed ten herders.", ("Clan elders", "elders"), "SOM",
     "CVL"),
    ("tribal elders object", "Afghan officials met tribal elders in Kandahar to discuss the dispute.",
     ("tribal elders", "elders"), "AFG", "CVL"),
    ("elders by-agent", "The ceasefire in South Sudan was brokered by local elders on Sunday.", ("elders",), "SSD",
     "CVL"),
    ("outlet's reporter", "A VOA reporter in Goma said rebels had entered the city overnight.", ("VOA reporter",
                                                                                                   "reporter"),
     "USA", "MED"),
    ("legal team owned", "Peter Okello was jailed in Kampala on Monday. His legal team said it would appeal.",
     ("legal team", "team"), "-", "CVL"),
    ("a person's lawyers", "Opposition leader Jacob Mensah's lawyers in Ghana said they would appeal the ruling.",
     ("lawyers",), "-", "CVL"),
    # peacekeepers and other forces named by a noun
    ("UN peacekeepers subject", "U.N. peacekeepers in South Sudan repelled an attack on the camp on Tuesday.",
     ("U.N. peacekeepers", "peacekeepers"), "-", "IGO"),
    ("UN peacekeepers object", "Gunmen in Congo ambushed U.N. peacekeepers near Beni on Sunday.",
     ("U.N. peacekeepers", "peacekeepers"), "-", "IGO"),
    ("national peacekeepers", "Kenyan peacekeepers in Somalia killed six militants, the army said.",
     ("Kenyan peacekeepers", "peacekeepers"), "KEN", "MIL"),
    ("peacekeepers by-agent", "The village in Mali was attacked by gunmen and later secured by Chadian peacekeepers.",
     ("Chadian peacekeepers", "peacekeepers"), "TCD", "MIL"),
    ("mercenaries subject", "Foreign mercenaries fought alongside government troops in Libya, a U.N. report said.",
     ("mercenaries",), "-", "-"),
    ("mercenaries object", "The army in the Central African Republic hired Russian mercenaries last year.",
     ("mercenaries",), "-", "-"),
    ("mercenaries prep object", "Villagers in Mali accused the army of working with mercenaries.", ("mercenaries",),
     "-", "-"),
    ("junta possessive", "Mali's junta expelled the French ambassador on Monday.", ("junta",), "MLI", "-"),
    ("junta subject", "The military junta in Niger suspended the broadcaster on Friday.", ("junta",), "NER",
     "-"),
    ("junta object", "West African leaders urged the junta in Burkina Faso to hold elections.",
     ("junta",), "BFA", "-"),
    ("transitional government", "Sudan's transitional government signed a deal with rebel groups on Saturday.",
     ("transitional government",), "SDN", "-"),
    ("state governors", "State governors in Nigeria rejected the new tax plan on Tuesday.", ("governors",
                                                                                           "State governors"),
     "NGA", "GOV"),
    ("governors object", "President Bola Tinubu met state governors in Abuja on Thursday.", ("governors",), "NGA",
     "GOV"),
    ("UN staff members", "U.N. staff members were evacuated from Port-au-Prince on Sunday.",
     ("U.N. staff members", "staff members", "U.N. staff"), "-", "IGO"),
    ("UN staff object", "Gunmen in Yemen detained U.N. staff in Sanaa last week.", ("U.N. staff", "staff"), "-",
     "IGO"),
    ("UN staffers object", "Gunmen in Yemen detained two U.N. staffers in Sanaa.", ("U.N. staffers", "staffers"), "-",
     "IGO"),
    ("aid workers", "Aid workers in Gaza said food supplies had run out.", ("aid workers",), "-", "CVL"),
    ("spokesman for a firm", "A spokesman for the oil company Shell said the pipeline in Nigeria was repaired.",
     ("Shell",), "-", "BUS"),
    ("spokeswoman for a firm", "A spokeswoman for the carmaker Toyota said output in Japan would fall.",
     ("Toyota",), "-", "BUS"),
    # a body named in full
    ("central bank of a country", "The Central Bank of Kenya raised its key interest rate on Tuesday.",
     ("Central Bank of Kenya",), "KEN", "GOV"),
    ("central bank of a country object", "Investors in Lagos welcomed the decision by the Central Bank of Nigeria.",
     ("Central Bank of Nigeria",), "NGA", "GOV"),
    # sectors of groups and bodies named by a noun
    ("unnamed local council", "John Ouma, who heads the local council in Kisumu, said the floods destroyed 300 homes.",
     ("John Ouma",), "KEN", "GOV"),
    ("industry body", "The National Association of Manufacturers warned that the tariffs would cost jobs.",
     ("National Association of Manufacturers",), "USA", "BUS"),
    ("industry body's head", "Jay Timmons, president of the National Association of Manufacturers, said the "
     "tariffs would cost jobs.", ("Jay Timmons",), "USA", "BUS"),
    ("a bank's economist", "Razia Khan, an economist at Standard Chartered, said inflation in Ghana would ease.",
     ("Razia Khan",), "-", "BUS"),
    ("a commercial bank", "Standard Chartered said it would close branches in Kenya.", ("Standard Chartered",), "-",
     "BUS"),
    ("school officials", "School officials in Texas said the classes were cancelled after the shooting.",
     ("School officials",), "USA", "CVL"),
    ("supporters of an opposition candidate", "Supporters of the opposition candidate clashed with police in "
     "Maputo on Thursday.", ("Supporters",), "MOZ", "OPP"),
    ("opposition supporters", "Police in Kampala fired tear gas at opposition supporters on Monday.",
     ("opposition supporters", "supporters"), "UGA", "OPP"),
    # neighbours of the classes above
    ("civilians object", "Soldiers in Myanmar killed 12 civilians in a raid on Sunday.", ("civilians",), "MMR", "CVL"),
    ("witnesses", "Witnesses in Bamako said soldiers fired into the air.", ("Witnesses",), "MLI", "CVL"),
    ("demonstrators", "Police in Nairobi dispersed demonstrators with water cannon on Tuesday.", ("demonstrators",),
     "KEN", "CVL"),
    ("analysts", "Analysts said the talks in Doha were unlikely to end the war.", ("Analysts",), "-", "CVL"),
    ("opposition lawmakers", "Opposition lawmakers in Thailand walked out of the debate on Wednesday.",
     ("Opposition lawmakers", "lawmakers"), "THA", "LEG"),
    ("rights groups", "Rights groups accused the police in Uganda of torturing detainees.", ("Rights groups",), "-",
     "CVL"),
    ("law enforcement agencies", "Law enforcement agencies in Pakistan arrested 40 suspects on Friday.",
     ("Law enforcement agencies",), "PAK", "-"),
    ("freed passengers", "Freed passengers told reporters in Quetta that the gunmen had beaten them.",
     ("passengers", "Freed passengers"), "-", "CVL"),
    ("displaced families", "Displaced families in Darfur said militiamen burned their homes.", ("families",), "SDN",
     "CVL"),
    ("health workers", "Health workers in Sierra Leone went on strike over unpaid wages.", ("Health workers",
                                                                                          "workers"),
     "SLE", "-"),
    ("herders", "Herders in central Nigeria clashed with farmers over grazing land.", ("Herders",), "NGA", "-"),
    ("traders object", "Police in Harare evicted street traders from the city centre.", ("traders",), "ZWE", "BUS"),
    ("monks", "Buddhist monks in Sri Lanka marched to the parliament on Friday.", ("monks",), "LKA", "-"),
    ("pastors", "Pastors in Nicaragua were arrested by police after the sermon.", ("Pastors",), "NIC", "-"),
    ("fishermen", "Fishermen in Senegal blocked the port to protest foreign trawlers.", ("Fishermen",), "SEN", "-"),
    ("coup leaders", "Coup leaders in Gabon dissolved the parliament on Wednesday.", ("Coup leaders", "leaders"),
     "GAB", "MIL"),
    ("security forces object", "Protesters in Iran clashed with security forces in Tehran.", ("security forces",),
     "IRN", "-"),
    ("paramilitary", "Paramilitary forces in Sudan shelled the city of El Fasher on Monday.",
     ("Paramilitary forces", "forces"), "SDN", "-"),
    ("ministry officials", "Health ministry officials in Uganda confirmed three Ebola cases.",
     ("Health ministry officials", "ministry officials", "officials"), "UGA", "GOV"),
    ("settlers", "Israeli settlers attacked a Palestinian village in the West Bank on Friday.", ("settlers",
                                                                                              "Israeli settlers"),
     "ISR", "CVL"),
    ("students subject", "University students in Dhaka blocked roads to demand the vice chancellor's resignation.",
     ("students", "University students"), "BGD", "-"),
    ("bishops", "Catholic bishops in Kenya urged the government to end the abductions.", ("bishops",
                                                                                         "Catholic bishops"),
     "KEN", "-"),
    ("doctors strike", "Doctors in Nigeria began a strike on Monday over unpaid salaries.", ("Doctors",), "NGA", "-"),
    ("journalists object", "Authorities in Ethiopia detained three journalists in Addis Ababa.", ("journalists",),
     "ETH", "MED"),
    ("diplomats", "Western diplomats in Kinshasa urged both sides to stop fighting.", ("diplomats",
                                                                                     "Western diplomats"),
     "-", "GOV"),
    ("villagers by-agent", "The attack in Burkina Faso was reported by villagers who fled to Djibo.", ("villagers",),
     "BFA", "CVL"),
    ("parents", "Parents of the kidnapped schoolgirls in Nigeria marched to the governor's office.", ("Parents",),
     "NGA", "-"),
    ("relatives", "Relatives of the missing miners in Ghana blocked the road to the mine.", ("Relatives",), "GHA",
     "CVL"),
    ("traditional leaders", "Traditional leaders in Zambia called for calm after the vote.", ("Traditional leaders",
                                                                                            "leaders"),
     "ZMB", "CVL"),
    ("women object", "The Taliban in Afghanistan barred women from universities.", ("women",), "AFG", "CVL"),
    ("residents apposition", "Residents, many of them farmers, fled the town of Gao after the attack.",
     ("Residents",), "-", "CVL"),
    ("officials of a body", "Officials of the electoral commission in Malawi said the count was delayed.",
     ("Officials", "electoral commission"), "MWI", "-"),
    # no actor: the noun describes, counts or speaks of people at large
    ("people generic", "People in Kenya are worried about rising prices.", None, "-", "-"),
    ("some analysts none", "Prices rose in Lagos, where many people shop at open markets.", None, "-", "-"),
    ("kind of act", "Parliament in Ghana passed a law against deporting migrants.", None, "-", "-"),
    ("a city of tourists", "Venice is a city of tourists, and its canals are crowded in summer.", None, "-", "-"),
    ("a people as an adjective", "The Kurdish language is taught in schools in northern Iraq.", None, "-", "-"),
    ("peacekeeping as a describer", "The peacekeeping mission in Mali ended in December.", None, "-", "-"),
    ("staff as a describer", "The staff canteen in the ministry in Nairobi was closed for repairs.", None, "-", "-"),
    ("mercenary as a describer", "The novel tells of a mercenary life in the 1960s Congo.", None, "-", "-"),
]

# the noun whose absence a row with name None checks
_ABSENT = {"people generic": "people", "some analysts none": "people", "kind of act": "migrants",
           "a city of tourists": "tourists", "a people as an adjective": "kurd",
           "peacekeeping as a describer": "peacekeep", "staff as a describer": "staff",
           "mercenary as a describer": "mercenar"}


# rows the code does not yet get right (round 15, groups4: left for later), each with why; strict, so a row that
# starts passing must leave this list
NOT_YET = {
    "people object": "the tagger makes 'Hazaras' an organisation entity: a people, but not placed by its town",
    "people prep object": "as above: no country from 'in Kabul'",
    "people possessive": "a people's possessive ('the Tuaregs' leaders') is not read",
    "people second clause": "'Amharas' tagged as an organisation entity of no actor",
    "UN staff members": "'staff members': the head noun 'members' is no group noun",
    "aid workers": "the parser reads a sentence-opening 'Aid' as a verb",
    "industry body": "no country for an industry body the text does not place",
    "industry body's head": "as above",
    "a bank's economist": "an economist keeps the title's CVL at a firm",
    "supporters of an opposition candidate": "the supporters' sector is not read from whom they support",
    "coup leaders": "coup leaders take the leaders' GOV",
    "ministry officials": "'Health ministry officials' is read as the ministry",
    "kind of act": "the parse hangs 'against deporting' on the verb, not on 'law'",
}


def _rows():
    return [pytest.param(*r, id=r[0], marks=pytest.mark.xfail(strict=True, reason=NOT_YET[r[0]]))
            if r[0] in NOT_YET else pytest.param(*r, id=r[0]) for r in ROWS]


def _norm(name: str) -> str:
    name = re.sub(r"[^\w\s]", "", name.lower().replace("-", " "))
    return re.sub(r"^the\s+", "", name).strip()


@pytest.fixture(scope="module")
def records(pipeline):
    from eventwire.record import Article

    return {text: pipeline.extract(Article(text=text, published="2025-03-01")) for text in {r[1] for r in ROWS}}


def _hit(actors, names):
    for name in names:
        hit = next((a for a in actors if _norm(a.name) == _norm(name)), None)
        if hit is not None:
            return hit
    return next((a for a in actors for name in names if _norm(name) in _norm(a.name)), None) or next(
        (a for a in actors for name in names for m in a.mentions if _norm(name) in _norm(m.text)), None)


@pytest.mark.parametrize("kind,text,names,country,sector", _rows())
def test_group_actor_by_class(records, kind, text, names, country, sector) -> None:
    actors = records[text].actors
    seen = [(a.name, a.country, a.sector) for a in actors]
    if names is None:
        noun = _ABSENT[kind]
        assert not any(noun in _norm(a.name) for a in actors), (kind, seen)
        return
    hit = _hit(actors, names)
    assert hit is not None, (kind, seen)
    if country != "-":
        assert hit.country == country, (kind, seen)
    if sector != "-":
        assert hit.sector == sector, (kind, seen)
