"""Round 15 (sectors4): the sector of every common class of actor a news story names, one row per class.

Each row is a plain news sentence of our own, with the sector a careful coder records written before the
code was run, in the maintainers' conventions as their development gold (A, B) shows them: countries no
sector; officials GOV, armed forces MIL, police GOV; legislators LEG on either side of the house (an
opposition lawmaker, a shadow minister); judges, courts and prosecutors JUD, but lawyers CVL (a party's
counsel, not the court); journalists, outlets and state media MED; firms, executives, traders BUS; UN
bodies and their staff IGO; NGOs, unions, clergy, academics, analysts, former officials (but a former head
of state) and the people at large (refugees, residents, witnesses, elders, an ethnic people) CVL; armed
groups, militias and gunmen REB, gangs CRM."""
from __future__ import annotations

import pytest

from .actor_helpers import assert_probe_field, probe_records

# (class, text, actor (its name, or a name of the record that contains it), sector)
ROWS = [
    ("head of state", "Kenyan President William Ruto met farmers in Eldoret on Monday to discuss maize prices.",
     "William Ruto", "GOV"),
    ("farmers", "Kenyan President William Ruto met farmers in Eldoret on Monday to discuss maize prices.", "farmers",
     "CVL"),
    ("minister", "Ghana's Finance Minister Kwame Asante announced new fuel taxes on Tuesday.", "Kwame Asante", "GOV"),
    ("police spokesman", "A police spokesman, Daniel Mwangi, said three suspects were arrested in Mombasa on Sunday.",
     "Daniel Mwangi", "GOV"),
    ("army spokesman", "Army spokesman Colonel Abdi Hassan said troops repelled the attack near Baidoa.", "Abdi Hassan",
     "MIL"),
    ("UN spokesman", "U.N. spokesman Farhan Haq said aid convoys were blocked at the border on Friday.", "Farhan Haq",
     "IGO"),
    ("opposition lawmaker", "Opposition lawmaker Sarah Njeri criticized the budget in parliament on Wednesday.",
     "Sarah Njeri", "LEG"),
    ("parliament", "Uganda's parliament passed the bill on Wednesday after a long debate.", "parliament", "LEG"),
    ("shadow minister after the name", "Mary Holt, the shadow foreign secretary for Britain's opposition Labour Party, "
     "said the plan was reckless.", "Mary Holt", "LEG"),
    ("shadow minister before the name", "Shadow Home Secretary Tom Brandt said the plan would fail.", "Tom Brandt",
     "LEG"),
    ("ruling party", "South Africa's ruling African National Congress lost its majority in the vote, officials said.",
     "African National Congress", "GOV"),
    ("opposition party", "The opposition Movement for Democratic Change said the vote in Zimbabwe was rigged.",
     "Movement for Democratic Change", "OPP"),
    ("opposition leader", "Opposition leader Raila Odinga called for protests across Kenya on Monday.", "Raila Odinga",
     "OPP"),
    ("former minister", "Former Defense Minister John Banda of Zambia said the army had been unprepared for the floods.",
     "John Banda", "CVL"),
    ("former head of state", "Former Liberian President Ellen Johnson Sirleaf urged calm after the election on Tuesday.",
     "Ellen Johnson Sirleaf", "GOV"),
    ("judge", "Judge Maria Lopez sentenced the former mayor to ten years in prison on Thursday.", "Maria Lopez", "JUD"),
    ("court", "Kenya's Supreme Court ruled on Friday that the presidential election was valid.", "Supreme Court", "JUD"),
    ("prosecutors", "Prosecutors in Seoul charged the former defense minister with insurrection on Sunday.",
     "prosecutors", "JUD"),
    ("lawyer", "Defense lawyer Peter Kamau said his client would appeal the ruling in Nairobi.", "Peter Kamau", "CVL"),
    ("lawyers for a party", "Lawyers for the jailed reporter said they would appeal the ruling.", "Lawyers", "CVL"),
    ("a party's lawyers", "The former minister's lawyers said they would challenge the verdict in the High Court.",
     "lawyers", "CVL"),
    ("police", "Police arrested 20 protesters in Kampala on Tuesday, witnesses said.", "police", "GOV"),
    ("protesters", "Police arrested 20 protesters in Kampala on Tuesday, witnesses said.", "protesters", "CVL"),
    ("witnesses", "Police arrested 20 protesters in Kampala on Tuesday, witnesses said.", "witnesses", "CVL"),
    ("soldiers", "Soldiers opened fire on a crowd in the northern town of Gao on Monday, residents said.", "soldiers",
     "MIL"),
    ("residents", "Soldiers opened fire on a crowd in the northern town of Gao on Monday, residents said.", "residents",
     "CVL"),
    ("rebels", "M23 rebels seized the town of Sake in eastern Congo on Thursday, local officials said.", "M23", "REB"),
    ("armed groups", "Armed groups attacked three villages in Burkina Faso, killing dozens of civilians.",
     "armed groups", "REB"),
    ("gunmen", "Gunmen kidnapped 30 students from a school in Nigeria's Kaduna state on Friday.", "gunmen", "REB"),
    ("militia leader", "Militia leader Ahmed Dini said his fighters would not disarm.", "Ahmed Dini", "REB"),
    ("gang leader", "Gang leader Jimmy Cherizier said his fighters would keep the port of Port-au-Prince closed.",
     "Jimmy Cherizier", "CRM"),
    ("company", "The mining company Barrick Gold said its output in Mali fell by half last year.", "Barrick Gold",
     "BUS"),
    ("executive", "Mary Okoye, chief executive of the bank, said lending would slow this year.", "Mary Okoye", "BUS"),
    ("industry body", "The Kenya Association of Manufacturers said the new tax would hurt exports.",
     "Kenya Association of Manufacturers", "BUS"),
    ("union", "The Nigeria Labour Congress called a general strike over the fuel price on Monday.",
     "Nigeria Labour Congress", "CVL"),
    ("workers", "Workers at the port of Durban walked off the job on Tuesday, demanding higher pay.", "workers", "CVL"),
    ("doctors", "Doctors at a hospital in Khartoum said five patients died after the power failed.", "doctors", "CVL"),
    ("health ministry", "Kenya's Health Ministry said 40 people had died of cholera since January.", "Health Ministry",
     "GOV"),
    # groups of teachers and students are EDU since round 24 (CAMEO's education sector, as G codes them)
    ("teachers", "Teachers in Zimbabwe went on strike on Monday over unpaid wages.", "teachers", "EDU"),
    ("professor", "Jane Wells, a professor of economics at Makerere University, said prices would rise.", "Jane Wells",
     "CVL"),
    ("think tank", "The Brookings Institution, a Washington think tank, said the tariffs would hurt growth.",
     "Brookings Institution", "CVL"),
    ("analysts", "Analysts said the central bank would cut rates again in March.", "analysts", "CVL"),
    ("cleric", "Archbishop Peter Akinola told worshippers in Abuja to pray for peace.", "Peter Akinola", "CVL"),
    ("church", "The Catholic Church in Congo called for talks between the government and the rebels.",
     "Catholic Church", "CVL"),
    ("journalist", "Journalist Amina Yusuf was detained in Addis Ababa on Monday, her employer said.", "Amina Yusuf",
     "MED"),
    ("state media", "Iranian state media reported that the ship had been seized in the Gulf.", "state media", "MED"),
    ("editor", "Ali Reza, editor of the Kabul Times, said the paper would close next month.", "Ali Reza", "MED"),
    ("NGO", "Amnesty International said security forces in Mali killed dozens of civilians.", "Amnesty International",
     "CVL"),
    ("UN agency", "The World Food Programme said it would cut rations for refugees in Kenya next month.",
     "World Food Programme", "IGO"),
    ("refugees", "The World Food Programme said it would cut rations for refugees in Kenya next month.", "refugees",
     "CVL"),
    ("UN official", "A UNICEF official, Rania Dagash, said many children in Sudan were malnourished.", "Rania Dagash",
     "IGO"),
    ("migrants", "Dozens of migrants drowned off the coast of Libya when their boat capsized, the coast guard said.",
     "migrants", "CVL"),
    ("activist", "Activist Boniface Mwangi said he had been beaten by police in Nairobi.", "Boniface Mwangi", "CVL"),
    ("security sources", "Security sources said at least 12 soldiers were killed in the ambush near Tillaberi.",
     "security sources", "MIL"),
    ("passengers", "Passengers said the bus was stopped by armed men on the road to Mandera.", "passengers", "CVL"),
    ("businessman", "A Kenyan businessman, Paul Njoroge, said his shop had been looted.", "Paul Njoroge", "BUS"),
    ("student leader", "Student leader Daniel Ochieng said the university fees were too high.", "Daniel Ochieng",
     "CVL"),
    ("traditional leaders", "Traditional leaders in Ghana's north called for an end to the fighting.",
     "traditional leaders", "CVL"),
    ("world leaders", "World leaders gathered in New York for the U.N. General Assembly on Tuesday.", "world leaders",
     "GOV"),
    ("central bank by name", "The Reserve Bank of Zimbabwe kept its main lending rate at 35 percent on Tuesday.",
     "Reserve Bank of Zimbabwe", "GOV"),
    ("central bank named 'Bank of'", "The Bank of Ghana raised its policy rate, while Bank of China said its profit rose.",
     "Bank of Ghana", "GOV"),
    ("a commercial bank named for its state", "The Bank of Ghana raised its policy rate, while Bank of China said its "
     "profit rose.", "Bank of China", "BUS"),
    ("a company's officials", "Company officials said the mine would close for a week.", "Company officials", "BUS"),
    ("a club's officials", "Club officials said the coach had resigned after the defeat.", "Club officials", "CVL"),
    ("a state's officials", "Defense officials said the drills would go on.", "Defense officials", "GOV"),
    ("intelligence service by name", "Kenya's National Intelligence Service said it had foiled a plot to attack the "
     "capital.", "National Intelligence Service", "GOV"),
    ("an ethnic minority's members", "Members of the ethnic Hazara minority said they had been driven from their "
     "land, and the government denied it.", "Hazara", "CVL"),
]


@pytest.fixture(scope="module")
def records(pipeline):
    return probe_records(pipeline, ROWS)


@pytest.mark.parametrize("kind,text,name,sector", ROWS, ids=[r[0] for r in ROWS])
def test_sector_by_class(records, kind, text, name, sector) -> None:
    assert_probe_field(records, kind, text, name, "sector", sector)
