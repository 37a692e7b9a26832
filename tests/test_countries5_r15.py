"""Round 15 (countries5): the country of every common class of actor a news story names, one row per class.

Each row is a plain news sentence of our own, given with no headline, with the country a careful coder
records written before the code was run, in the maintainers' conventions as their development gold (A, B)
shows them: a state's officials, forces, courts and bodies are the state's (by a demonym, "X's", "of X",
an apposition, an "X-based" word, a province, state or town of it, or an opening dateline); a people or
a group named by a nationality its home state; an ambassador or a visiting official the state that sends
them; a firm and its executives the firm's home state; armed groups where they fight; international
bodies, their staff and envoys and international NGOs no country, but an NGO of one state that state.
Sentences whose country the start code missed are the class of a province known in English by a name
not its own ('Henan', 'Bavaria', 'Guangdong'; places.province_of_note) and of a state's diplomat at an
international body described after the name ('X, the U.S. ambassador to the United Nations';
mentions._person_candidate), and of an employee 'with' a firm placed in a town ('X, an analyst with Y in
Hanoi'; country.phrase._works_with)."""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor (its name, or a name of the record that contains it), country or None)
ROWS = [
    # demonym titles
    ("demonym minister", "The Kenyan foreign minister, Musalia Mudavadi, said talks would resume on Monday.",
     "Musalia Mudavadi", "KEN"),
    ("demonym president", "Ghanaian President John Mahama opened the new port on Tuesday.", "John Mahama", "GHA"),
    ("demonym president lower", "The Senegalese president, Bassirou Faye, met farmers near Thies on Friday.",
     "Bassirou Faye", "SEN"),
    ("demonym general", "Sudanese army chief Abdel Fattah al-Burhan visited troops near Omdurman.",
     "Abdel Fattah al-Burhan", "SDN"),
    ("demonym lawmaker", "A Filipino senator, Risa Hontiveros, called for an inquiry into the contracts.",
     "Risa Hontiveros", "PHL"),
    ("demonym officials group", "Ethiopian officials said the dam would start producing power next year.",
     "officials", "ETH"),
    ("demonym police", "Tanzanian police arrested four opposition activists in Arusha on Sunday.", "police", "TZA"),
    ("demonym troops", "Rwandan troops crossed into the border area on Wednesday, witnesses said.", "troops", "RWA"),
    ("demonym ministry", "The Egyptian Foreign Ministry condemned the strike in a statement.",
     "Foreign Ministry", "EGY"),
    # possessives
    ("possessive army", "Nigeria's army said it killed 30 militants in Borno state on Sunday.", "army", "NGA"),
    ("possessive minister", "Zambia's finance minister, Situmbeko Musokotwane, said the debt deal was near.",
     "Situmbeko Musokotwane", "ZMB"),
    ("possessive parliament", "Malawi's parliament rejected the budget on Thursday.", "parliament", "MWI"),
    ("possessive court", "Peru's top court suspended the decree on Friday.", "court", "PER"),
    ("possessive president", "Chile's president, Gabriel Boric, said the reform would pass.", "Gabriel Boric", "CHL"),
    ("possessive central bank", "Turkey's central bank raised its main rate to 50 percent on Thursday.",
     "central bank", "TUR"),
    ("possessive electoral body", "Mozambique's electoral commission announced the results late on Thursday.",
     "electoral commission", "MOZ"),
    ("possessive opposition", "Cameroon's main opposition party said it would boycott the vote.",
     "opposition party", "CMR"),
    # of X
    ("president of X", "The president of Ghana, Nana Akufo-Addo, arrived in Lome on Monday.", "Nana Akufo-Addo", "GHA"),
    ("prime minister of X", "Dick Schoof, the prime minister of the Netherlands, said the plan was fair.",
     "Dick Schoof", "NLD"),
    ("president of X after the name", "Samia Hassan, the president of Tanzania, spoke at the summit.",
     "Samia Hassan", "TZA"),
    ("army of X", "The army of Chad said it had repelled an attack near Lake Chad.", "army", "TCD"),
    # appositions
    ("apposition minister demonym", "Ahmed Ali, a Somali government minister, said aid had reached Baidoa.",
     "Ahmed Ali", "SOM"),
    ("apposition spokesman of ministry", "Maria Zakharova, spokeswoman for Russia's Foreign Ministry, dismissed the "
     "report.", "Maria Zakharova", "RUS"),
    ("apposition lawmaker of country", "Jonas Berg, a Swedish lawmaker, said the bill went too far.",
     "Jonas Berg", "SWE"),
    ("apposition activist demonym", "Leila Haddad, a Lebanese activist, said the protests would continue.",
     "Leila Haddad", "LBN"),
    ("apposition journalist demonym", "Omar Farouk, an Egyptian journalist, was released on Sunday.",
     "Omar Farouk", "EGY"),
    ("apposition official", "Pedro Alvarez, Mexico's economy minister, met business leaders on Monday.",
     "Pedro Alvarez", "MEX"),
    # X-based
    ("X-based firm", "The London-based company Arcadia Mining said it would close two mines.", "Arcadia Mining", "GBR"),
    ("X-based group", "The Nairobi-based group Haki Watch said the arrests were illegal.", "Haki Watch", "KEN"),
    ("X-based analyst", "Lena Fischer, a Berlin-based analyst, said the coalition would hold.", "Lena Fischer", "DEU"),
    ("X-based think tank", "The Washington-based Stimson Center published the study on Monday.",
     "Stimson Center", "USA"),
    ("X-based rights group", "The New York-based Committee to Protect Journalists condemned the arrest.",
     "Committee to Protect Journalists", None),
    # nationality adjectives on groups
    ("demonym refugees", "Afghan refugees crossed the border into Iran on Sunday.", "refugees", "AFG"),
    ("demonym soldiers", "Ukrainian soldiers repelled an assault near Pokrovsk on Monday.", "soldiers", "UKR"),
    ("demonym farmers", "French farmers blocked roads near Lyon to protest the trade deal.", "farmers", "FRA"),
    ("demonym migrants", "Haitian migrants were deported from the Dominican Republic on Tuesday.", "migrants", "HTI"),
    ("demonym students", "Bangladeshi students marched in Dhaka on Friday to demand reforms.", "students", "BGD"),
    ("demonym workers", "Indian workers were evacuated from Kuwait after the fire.", "workers", "IND"),
    ("demonym voters", "Polish voters go to the polls on Sunday to elect a president.", "voters", "POL"),
    # persons named only later by surname
    ("surname later minister", "Foreign Minister Ronald Lamola of South Africa arrived on Monday. Lamola said the "
     "talks were useful.", "Ronald Lamola", "ZAF"),
    ("surname later demonym", "Kenyan opposition leader Kalonzo Musyoka spoke in Machakos. Musyoka said the vote was "
     "unfair.", "Kalonzo Musyoka", "KEN"),
    ("surname later apposition", "Jean Mbeki, an Ivorian economist, spoke on Monday. Mbeki said prices would rise.",
     "Jean Mbeki", "CIV"),
    # spokespeople for a state body
    ("spokesman state ministry", "A spokesman for the Chinese Foreign Ministry, Lin Jian, said Beijing opposed the "
     "sanctions.", "Lin Jian", "CHN"),
    ("spokesman army possessive", "Uganda's army spokesman, Felix Kulayigye, said troops had killed five rebels.",
     "Felix Kulayigye", "UGA"),
    ("spokesman government", "Government spokesman Isaac Mwaura of Kenya said the strike was illegal.",
     "Isaac Mwaura", "KEN"),
    ("state department spokesman", "State Department spokesman Matthew Miller said the United States was concerned.",
     "Matthew Miller", "USA"),
    ("Kremlin spokesman", "Kremlin spokesman Dmitry Peskov said Moscow was ready for talks.", "Dmitry Peskov", "RUS"),
    # IGO staff and envoys
    ("UN envoy for country", "The U.N. envoy for Yemen, Hans Grundberg, urged both sides to release prisoners.",
     "Hans Grundberg", None),
    ("UN secretary-general", "U.N. Secretary-General Antonio Guterres called for a cease-fire in Sudan.",
     "Antonio Guterres", None),
    ("UN agency chief", "Filippo Grandi, the U.N. refugee chief, visited camps in Chad on Monday.",
     "Filippo Grandi", None),
    ("WHO head", "WHO Director-General Tedros Adhanom Ghebreyesus warned of a cholera outbreak.",
     "Tedros Adhanom Ghebreyesus", None),
    ("AU commission chair", "African Union Commission Chairman Moussa Faki urged calm in Chad.", "Moussa Faki", None),
    ("EU foreign policy chief", "EU foreign policy chief Kaja Kallas said the bloc would send more aid.",
     "Kaja Kallas", None),
    ("IMF official", "Kristalina Georgieva, the IMF managing director, praised Egypt's reforms.",
     "Kristalina Georgieva", None),
    ("UN agency", "The World Food Program said millions faced hunger in Gaza.", "World Food Program", None),
    ("UN rapporteur", "Richard Bennett, the U.N. special rapporteur on Afghanistan, criticized the ban.",
     "Richard Bennett", None),
    # NGO staff
    ("intl NGO", "Amnesty International said the police used excessive force in Lagos.", "Amnesty International", None),
    ("intl NGO staff", "Tirana Hassan, executive director of Human Rights Watch, said the law was dangerous.",
     "Tirana Hassan", None),
    ("national NGO", "The Kenya Human Rights Commission said 12 protesters were killed.",
     "Kenya Human Rights Commission", "KEN"),
    ("MSF", "Doctors Without Borders said its clinic in Darfur was looted.", "Doctors Without Borders", None),
    ("ICRC", "The International Committee of the Red Cross said it had reached the detainees.",
     "International Committee of the Red Cross", None),
    # ambassadors
    ("ambassador to", "Russia's ambassador to Kenya, Dmitry Maksimychev, denied the claim.",
     "Dmitry Maksimychev", "RUS"),
    ("demonym ambassador", "The U.S. ambassador to Nigeria, Richard Mills, met state governors in Abuja.",
     "Richard Mills", "USA"),
    ("ambassador in", "China's ambassador in Zambia, Du Xiaohui, said loans would continue.", "Du Xiaohui", "CHN"),
    ("ambassador apposition", "Philippe Lalliot, the French ambassador to Senegal, left Dakar on Monday.",
     "Philippe Lalliot", "FRA"),
    ("a state's ambassador to the UN", "Linda Thomas-Greenfield, the U.S. ambassador to the United Nations, called "
     "for a vote.", "Linda Thomas-Greenfield", "USA"),
    ("a state's envoy to the UN, possessive", "Fu Cong, China's envoy to the U.N., said Beijing opposed the "
     "resolution.", "Fu Cong", "CHN"),
    ("a state's ambassador to the EU", "Marie Dupont, the French ambassador to the European Union, said the deal "
     "was close.", "Marie Dupont", "FRA"),
    ("a state's diplomat at the UN", "Ahmed Musa, a Nigerian diplomat at the United Nations, said the vote was close.",
     "Ahmed Musa", "NGA"),
    ("UN staff of a nationality stay the UN's", "Ahmed Musa, a Nigerian official at the United Nations, said the "
     "vote was close.", "Ahmed Musa", None),
    # visiting officials
    ("visiting demonym", "Visiting Chinese Foreign Minister Wang Yi met President Ruto in Nairobi.", "Wang Yi", "CHN"),
    ("visiting possessive", "India's visiting defense minister, Rajnath Singh, toured the port in Colombo.",
     "Rajnath Singh", "IND"),
    ("visiting host", "Visiting Chinese Foreign Minister Wang Yi met President William Ruto in Nairobi.",
     "William Ruto", "KEN"),
    ("met host in capital", "Turkish President Recep Tayyip Erdogan met Prime Minister Abiy Ahmed in Addis Ababa.",
     "Abiy Ahmed", "ETH"),
    # exiles and diaspora
    ("exiled opposition", "Exiled Cambodian opposition leader Sam Rainsy said he would return.", "Sam Rainsy", "KHM"),
    ("exile living abroad", "Belarusian opposition leader Sviatlana Tsikhanouskaya, who lives in exile in Lithuania, "
     "urged new sanctions.", "Sviatlana Tsikhanouskaya", "BLR"),
    # companies and executives
    ("known firm", "Shell said it would sell its onshore oil fields in Nigeria.", "Shell", "GBR"),
    ("known firm 2", "Toyota said it would build a new plant in Kenya.", "Toyota", "JPN"),
    ("known firm 3", "Huawei signed a deal with the government of Senegal on Tuesday.", "Huawei", "CHN"),
    ("firm executive", "Elon Musk, the chief executive of Tesla, said the factory would open next year.",
     "Elon Musk", "USA"),
    ("demonym company", "A Chinese company, Sinohydro, will build the dam in Uganda.", "Sinohydro", "CHN"),
    ("demonym state firm", "Russian state energy company Gazprom halted deliveries on Monday.", "Gazprom", "RUS"),
    ("X-based executive", "Kofi Boateng, chief executive of the Accra-based Nova Bank, said lending would grow.",
     "Kofi Boateng", "GHA"),
    ("employee 'with' a firm in a town", "Tom Baker, an analyst with Sunrise Brokerage in Hanoi, said prices rose.",
     "Tom Baker", "VNM"),
    ("executive 'with' a firm in a town, after 'said'", "Rents kept rising this year, said Joan Price, chief "
     "strategist with Lotus Securities in Jakarta.", "Joan Price", "IDN"),
    # rebels and militias
    ("named rebels", "M23 rebels seized the town of Goma in eastern Congo on Monday.", "M23", "COD"),
    ("jihadist group", "Boko Haram fighters attacked a village in Borno state overnight.", "Boko Haram", "NGA"),
    ("al-Shabab", "Al-Shabab claimed responsibility for the bombing in Mogadishu.", "Al-Shabab", "SOM"),
    ("Houthis", "Yemen's Houthi rebels fired a missile at a ship in the Red Sea.", "Houthi", "YEM"),
    ("RSF", "The Rapid Support Forces shelled a camp near El Fasher on Sunday.", "Rapid Support Forces", "SDN"),
    ("militia in country", "A militia in eastern Congo killed 15 villagers, local officials said.", "militia", "COD"),
    ("demonym rebels", "Colombian rebels freed two hostages on Friday.", "rebels", "COL"),
    ("separatists region", "Separatists in Cameroon's Northwest region burned a school on Monday.",
     "Separatists", "CMR"),
    # cities and regions as the only place
    ("governor of city-state", "The governor of Lagos, Babajide Sanwo-Olu, ordered the market closed.",
     "Babajide Sanwo-Olu", "NGA"),
    ("officials in a town", "Officials in Mombasa said the port would reopen on Friday.", "Officials", "KEN"),
    ("police in city", "Police in Karachi arrested three men after the blast.", "Police", "PAK"),
    ("residents of city", "Residents of Goma said shelling continued through the night.", "Residents", "COD"),
    ("governor region", "The governor of Kherson region, Oleksandr Prokudin, said two people died.",
     "Oleksandr Prokudin", "UKR"),
    ("chief minister of state", "The chief minister of Punjab, Maryam Nawaz, announced a smog emergency in Lahore.",
     "Maryam Nawaz", "PAK"),
    # dateline openings
    ("dateline city only", "KAMPALA — Security forces arrested the opposition leader on Monday.",
     "Security forces", "UGA"),
    ("dateline person", "ABUJA, Nigeria — Senate President Godswill Akpabio said the bill would pass.",
     "Godswill Akpabio", "NGA"),
    # US states and Chinese provinces
    ("US state governor", "Texas Governor Greg Abbott said the state would send more troops to the border.",
     "Greg Abbott", "USA"),
    ("US state officials", "Officials in Florida said the storm killed four people.", "Officials", "USA"),
    ("US state senator", "Senator Lindsey Graham of South Carolina said he would back the bill.",
     "Lindsey Graham", "USA"),
    ("Chinese province", "Authorities in Henan province ordered the factory closed.", "Authorities", "CHN"),
    ("Chinese province official", "The party chief of Xinjiang, Ma Xingrui, visited Kashgar on Monday.",
     "Ma Xingrui", "CHN"),
    ("Chinese province by its English name", "Police in Guangdong arrested 12 people after the protest.",
     "Police", "CHN"),
    ("German state by its English name", "Police in Bavaria arrested three men on Monday.", "Police", "DEU"),
    ("province in a title", "Sichuan Governor Huang Qiang said 12 people were killed in the quake.",
     "Huang Qiang", "CHN"),
    ("region of several states says nothing", "Police in Kashmir arrested two men on Monday.", "Police", None),
    ("Indian state", "Police in Kerala said the boat capsized on Sunday.", "Police", "IND"),
    # former officials
    ("former demonym president", "Former Brazilian President Jair Bolsonaro was charged on Tuesday.",
     "Jair Bolsonaro", "BRA"),
    ("former possessive", "Pakistan's former prime minister, Imran Khan, remains in jail.", "Imran Khan", "PAK"),
    ("former of X", "Ellen Johnson Sirleaf, a former president of Liberia, urged calm.",
     "Ellen Johnson Sirleaf", "LBR"),
    ("former UN", "Ban Ki-moon, a former U.N. secretary-general, called for dialogue.", "Ban Ki-moon", "KOR"),
    # foreign correspondents and think tanks
    ("think tank analyst", "Andrew Wilson, an analyst at the European Council on Foreign Relations, said the vote "
     "mattered.", "Andrew Wilson", None),
    ("national think tank analyst", "Ayesha Siddiqa, a scholar at King's College London, said the army held power.",
     "Ayesha Siddiqa", "GBR"),
    ("US university professor", "Mark Green, a professor at Harvard University, said the tariffs would hurt farmers.",
     "Mark Green", "USA"),
    ("outlet reporter", "A Reuters reporter saw smoke rising over the city.", "Reuters", "GBR"),
    ("state media", "Chinese state media reported the launch on Sunday.", "state media", "CHN"),
    ("outlet named", "The BBC reported that 30 people were killed.", "BBC", "GBR"),
    # state-named bodies
    ("government building", "The Elysee said the president would travel to Algiers.", "Elysee", "FRA"),
    ("US agency", "The Pentagon said two drones were shot down over Iraq.", "Pentagon", "USA"),
    ("foreign office", "Britain's Foreign Office summoned the ambassador on Monday.", "Foreign Office", "GBR"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,country", ROWS, ids=[r[0] for r in ROWS])
def test_country_by_class(records, kind, text, name, country) -> None:
    assert_probe_field(records, kind, text, name, "country", country)


def test_province_of_note_reads_the_english_name() -> None:
    from eventwire import gazetteer
    from eventwire.stages.actors.places import place_country, province_of_note

    assert place_country("Henan") == "CN" and place_country("Bavaria") == "DE"
    assert place_country("Kashmir") is None  # a region of several states says nothing
    assert place_country("QC") is None  # an abbreviation is no province's English name
    assert province_of_note(gazetteer.load().lookup("Kerala")) is None  # its own name: the old reading decides
