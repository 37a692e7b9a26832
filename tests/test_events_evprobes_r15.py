"""Round 15 (evprobes): events by PLOVER type in the shapes plain news takes, one row per shape.

Each row is a news sentence of our own, with what a careful coder records written down before the code was run:
the PLOVER type, a source and a target (a part of an actor's name; "a|b" accepts either), and where it matters
the status. Shapes: active, passive with and without an agent, reported, nominal ("held talks with", "the
arrest of X by Y", "X's visit to Y"), coordinated parties, relative clauses, adjective participants ("a
Turkish offensive"), negated and hypothetical. Negative rows name a type that must not be coded (a natural
disaster kills, a company reports profits). Sentences written for these tests, none taken from any story."""
from __future__ import annotations

import pytest

# (shape, text, type, source, target, status); source/target None: not checked; sym: either direction
ROWS = [
    # AGREE
    ("agree active", "Ethiopia and Eritrea agreed on Tuesday to reopen their border crossings.", "AGREE", "Ethiopia",
     "Eritrea", None),
    ("promise that", "Pakistan promised Afghanistan on Monday that it would reopen the Torkham crossing.", "AGREE",
     "Pakistan", "Afghanistan", None),
    ("pledge to send", "Colombia pledged to send 200 police officers to Haiti.", "AGREE", "Colombia", "Haiti", None),
    ("accept an offer", "Chad accepted Niger's offer of mediation.", "AGREE", "Chad", "Niger", None),
    ("offer to", "Hamas offered to release the hostages in exchange for a ceasefire.", "AGREE", "Hamas", None, None),
    ("agree hypothetical", "If Russia agrees to a ceasefire, Ukraine will halt its strikes.", "AGREE", "Russia", None,
     "hypothetical"),
    ("agree negated", "Iran has not agreed to the inspections, a diplomat said.", "AGREE", "Iran", None, "negated"),
    # CONSULT
    ("meet active", "Chinese Foreign Minister Wang Yi met Indian Foreign Minister Subrahmanyam Jaishankar in New "
     "Delhi on Monday.", "CONSULT", "Wang Yi", "Jaishankar", None),
    ("held talks with", "Kenyan President William Ruto held talks with Somali President Hassan Sheikh Mohamud in "
     "Nairobi.", "CONSULT", "Ruto", "Mohamud", None),
    ("visit a country", "Turkish Foreign Minister Hakan Fidan visited Syria on Sunday.", "CONSULT", "Fidan", "Syria",
     None),
    ("possessive visit", "Modi's visit to Russia angered Ukraine.", "CONSULT", "Modi", "Russia", None),
    ("host", "Ruto hosted Tanzanian President Samia Suluhu Hassan at State House on Friday.", "CONSULT", "Ruto",
     "Samia", None),
    ("phone call", "French President Emmanuel Macron spoke by phone with Volodymyr Zelenskyy on Tuesday.", "CONSULT",
     "Macron", "Zelenskyy", None),
    ("passive received", "Zelenskyy was received by Pope Leo at the Vatican on Friday.", "CONSULT", "Leo",
     "Zelenskyy", "sym"),
    ("ministers of X and Y met", "The foreign ministers of Egypt and Jordan met in Cairo on Monday.", "CONSULT",
     "Egypt", "Jordan", "sym"),
    ("negotiations between", "Negotiations between the Taliban and Pakistan collapsed on Friday.", "CONSULT",
     "Taliban", "Pakistan", "sym"),
    ("meet planned", "Vladimir Putin will meet Donald Trump in Alaska next week.", "CONSULT", "Putin", "Trump",
     "planned"),
    ("mediated talks between", "Qatar mediated talks between Rwanda and Congo.", "CONSULT", "Rwanda", "Congo", "sym"),
    ("relative clause meet", "Antony Blinken, who met Saudi Crown Prince Mohammed bin Salman on Tuesday, flew to "
     "Israel.", "CONSULT", "Blinken", "Mohammed bin Salman", None),
    # SUPPORT
    ("praise", "Germany praised Poland's handling of the refugee crisis.", "SUPPORT", "Germany", "Poland", None),
    ("endorse a bid", "Lula endorsed Argentina's bid to join the BRICS group.", "SUPPORT", "Lula", "Argentina", None),
    ("passive backed coordinated", "Ukraine's peace plan was backed by Japan and Canada.", "SUPPORT", "Japan",
     "Ukraine", None),
    ("passive backed second", "Ukraine's peace plan was backed by Japan and Canada.", "SUPPORT", "Canada", "Ukraine",
     None),
    ("thank for", "Thailand thanked Malaysia for its help in the rescue.", "SUPPORT", "Thailand", "Malaysia", None),
    ("sign a trade agreement", "Vietnam and Japan signed a trade agreement in Hanoi on Thursday.", "SUPPORT",
     "Vietnam", "Japan", "sym"),
    ("restore relations", "Saudi Arabia restored diplomatic relations with Iran.", "SUPPORT", "Saudi Arabia", "Iran",
     None),
    ("congratulate", "India congratulated Anura Kumara Dissanayake on his election victory.", "SUPPORT", "India",
     "Dissanayake", None),
    ("recognize a state reported", "Officials said Britain would recognize a Palestinian state in September.",
     "SUPPORT", "Britain|United Kingdom", "Palestin", None),
    ("apologize", "The Israeli government apologized to Egypt for the killing of a border guard.", "SUPPORT",
     "Israel", "Egypt", None),
    ("welcome a decision", "Somalia welcomed Turkey's decision to send naval ships to its coast.", "SUPPORT",
     "Somalia", "Turkey", None),
    # COOPERATE
    ("joint force", "Mali and Burkina Faso formed a joint force to fight jihadists.", "COOPERATE", "Mali",
     "Burkina Faso", "sym"),
    ("joint exercises", "Russia and Iran held joint naval exercises in the Gulf of Oman.", "COOPERATE", "Russia",
     "Iran", "sym"),
    ("extradite", "Poland extradited a Russian spy suspect to Germany.", "COOPERATE", "Poland", "Germany", None),
    ("cooperate with", "Nigeria is cooperating with Cameroon in the fight against Boko Haram.", "COOPERATE",
     "Nigeria", "Cameroon", None),
    ("share intelligence", "Kenya shared intelligence with Uganda on the rebel group.", "COOPERATE", "Kenya",
     "Uganda", None),
    # AID
    ("send aid", "Japan sent humanitarian aid to Myanmar after the earthquake.", "AID", "Japan", "Myanmar", None),
    ("passive provided by", "Medical supplies were provided to Gaza by the United Arab Emirates.", "AID",
     "United Arab Emirates", "Gaza|Palestin", None),
    ("give planned", "Germany will give Ukraine 500 million euros in military aid.", "AID", "Germany", "Ukraine",
     "planned"),
    ("nominal delivery", "The U.S. delivery of Patriot missiles to Ukraine was delayed.", "AID", "United States",
     "Ukraine", None),
    ("grant asylum", "Canada granted asylum to a Saudi activist.", "AID", "Canada", "activist", None),
    ("provide with a loan", "China provided Zambia with a loan of $1 billion.", "AID", "China", "Zambia", None),
    ("arm reported", "Damascus said Turkey was arming rebels in northern Syria.", "AID", "Turkey", "rebels",
     "reported"),
    ("aid negated", "The European Union has not sent any weapons to Israel.", "AID", "European Union", "Israel",
     "negated"),
    # CONCEDE / RETREAT
    ("ease restrictions", "Georgia's government eased restrictions on foreign media.", "CONCEDE|RETREAT",
     "Georgia|government", None, None),
    ("lift sanctions", "The United States lifted sanctions on Syria.", "RETREAT|CONCEDE", "United States", "Syria",
     None),
    ("release a citizen", "Iran released a French citizen held for two years.", "RETREAT", "Iran", None, None),
    ("free prisoners", "The junta freed 30 political prisoners on Monday.", "RETREAT", "junta", "prisoners", None),
    ("hand over territory", "Armenia handed over four villages to Azerbaijan.", "CONCEDE", "Armenia", "Azerbaijan",
     None),
    ("return fishermen", "Pakistan returned 200 Indian fishermen to India.", "RETREAT", "Pakistan",
     "fishermen|India", None),
    ("surrender", "The rebels surrendered to the army near Goma.", "RETREAT", "rebels", "army", None),
    ("withdraw troops", "Russia withdrew its troops from the Kherson region of Ukraine.", "RETREAT", "Russia", None,
     None),
    ("passive pulled out", "French troops were pulled out of Chad in January.", "RETREAT", "France|French", "Chad",
     None),
    ("nominal withdrawal planned", "The withdrawal of U.S. forces from Iraq will be completed next year.", "RETREAT",
     "United States|U.S.", "Iraq", None),
    ("pause strikes", "Israel paused its strikes on Gaza for 48 hours.", "RETREAT", "Israel", None, None),
    # REQUEST
    ("urge to", "Egypt urged Ethiopia to stop filling the dam.", "REQUEST", "Egypt", "Ethiopia", None),
    ("call on to", "The United Nations called on Myanmar's military to release Aung San Suu Kyi.", "REQUEST",
     "United Nations", "military|Myanmar", None),
    ("ask for", "Kenya asked the IMF for a new loan.", "REQUEST", "Kenya", "IMF|International Monetary Fund", None),
    ("appeal to", "Lebanon appealed to France for help rebuilding the port.", "REQUEST", "Lebanon", "France", None),
    ("passive urged by", "Russia was urged by China to end the war.", "REQUEST", "China", "Russia", None),
    ("call for X to", "Guinea called for Sierra Leone to hand over the suspects.", "REQUEST", "Guinea",
     "Sierra Leone", None),
    ("demand that", "The opposition demanded that President Paul Biya resign.", "REQUEST", "opposition", "Biya", None),
    ("press to", "Britain pressed Israel to let more aid into Gaza.", "REQUEST", "Britain|United Kingdom", "Israel",
     None),
    ("capitals as states", "Seoul asked Tokyo to apologize for wartime forced labor.", "REQUEST", "Korea|Seoul",
     "Japan|Tokyo", None),
    ("coordinated objects", "Washington urged Serbia and Kosovo to ease tensions.", "REQUEST",
     "Washington|United States", "Serbia", None),
    ("coordinated objects second", "Washington urged Serbia and Kosovo to ease tensions.", "REQUEST",
     "Washington|United States", "Kosovo", None),
    # ACCUSE
    ("accuse of", "Rwanda accused Burundi of harboring rebels.", "ACCUSE", "Rwanda", "Burundi", None),
    ("criticize for", "China criticized the Philippines for sending ships to the shoal.", "ACCUSE", "China",
     "Philippines", None),
    ("condemn", "Human Rights Watch condemned Iran's execution of two activists.", "ACCUSE", "Human Rights Watch",
     "Iran", None),
    ("denounce treatment", "The European Union denounced Belarus's treatment of political prisoners.", "ACCUSE",
     "European Union", "Belarus", None),
    ("passive accused by", "Venezuela was accused by Guyana of massing troops near the border.", "ACCUSE", "Guyana",
     "Venezuela", None),
    ("blame for", "India blamed Pakistan for the attack in Kashmir.", "ACCUSE", "India", "Pakistan", None),
    ("sue", "South Africa sued Israel at the International Court of Justice.", "ACCUSE", "South Africa", "Israel",
     None),
    ("investigate", "Police are investigating the former minister Ali Bongo for corruption.", "ACCUSE", "Police",
     "Bongo", None),
    ("criticize practices", "Hakainde Hichilema criticized China's lending practices.", "ACCUSE", "Hichilema",
     "China", None),
    ("nominal accusations", "Russia's accusations against Ukraine were dismissed by Western officials.", "ACCUSE",
     "Russia", "Ukraine", None),
    # REJECT
    ("reject a proposal", "Israel rejected the ceasefire proposal put forward by Egypt.", "REJECT", "Israel", "Egypt",
     None),
    ("dismiss accusations", "The Kremlin dismissed the accusations by Britain as absurd.", "REJECT", "Kremlin|Russia",
     "Britain|United Kingdom", None),
    ("refuse to let", "Iran refused to let inspectors into the Fordow site.", "REJECT", "Iran", None, None),
    ("veto", "Russia vetoed a Security Council resolution on Syria.", "REJECT", "Russia", None, None),
    ("deny accusation", "China denied Taiwan's accusation that it had cut undersea cables.", "REJECT", "China",
     "Taiwan", None),
    ("defy demand", "Mali's junta defied ECOWAS's demand for early elections.", "REJECT", "junta|Mali", "ECOWAS",
     None),
    ("passive rejected by", "The proposal from the government was rejected by the opposition parties.", "REJECT",
     "opposition", None, None),
    # THREATEN
    ("threaten to strike", "North Korea threatened to strike U.S. bases in Guam.", "THREATEN", "North Korea",
     "United States", None),
    ("threaten with", "Donald Trump threatened Colombia with tariffs.", "THREATEN", "Trump", "Colombia", None),
    ("warn against", "Iran warned Israel against any attack on its nuclear sites.", "THREATEN", "Iran", "Israel",
     None),
    ("nominal threat", "China's threat to invade Taiwan worries its neighbors.", "THREATEN", "China", "Taiwan", None),
    ("passive threatened by", "Journalists were threatened by militia members in Tripoli.", "THREATEN", "militia",
     "Journalists", None),
    ("vow to attack", "The Houthis vowed to attack any ship bound for Israel.", "THREATEN", "Houthi", None, None),
    # PROTEST
    ("protest against", "Thousands of people protested in Belgrade against the government.", "PROTEST", None,
     "government", None),
    ("go on strike", "Teachers went on strike in Nigeria over unpaid salaries.", "PROTEST", "Teachers", None, None),
    ("rally", "Students rallied outside parliament in Nairobi.", "PROTEST", "Students", None, None),
    ("nominal protest by", "A protest by farmers blocked roads in Brussels.", "PROTEST", "farmers", None, None),
    ("march", "Opposition supporters marched through Kinshasa to demand new elections.", "PROTEST", "supporters",
     None, None),
    ("hunger strike", "The jailed activist Alaa Abdel Fattah began a hunger strike.", "PROTEST", "Alaa", None, None),
    ("demonstrate outside embassy", "Demonstrators gathered outside the U.S. embassy in Baghdad.", "PROTEST",
     "Demonstrators", None, None),
    ("sit-in", "Workers staged a sit-in at the labor ministry in Tunis.", "PROTEST", "Workers", None, None),
    # SANCTION
    ("expel ambassador", "Niger expelled the French ambassador.", "SANCTION", "Niger", "France|French|ambassador",
     None),
    ("recall ambassador", "Algeria recalled its ambassador from France.", "SANCTION", "Algeria", "France", None),
    ("cut ties", "Colombia cut diplomatic ties with Israel.", "SANCTION", "Colombia", "Israel", None),
    ("suspend aid", "The United States suspended military aid to Niger.", "SANCTION", "United States", "Niger", None),
    ("designate", "Washington designated the Houthis a terrorist organization.", "SANCTION",
     "Washington|United States", "Houthi", None),
    ("passive expelled by", "Russian diplomats were expelled by Norway.", "SANCTION", "Norway", "Russia", None),
    ("nominal expulsion by", "The expulsion of Indian diplomats by Canada deepened the rift.", "SANCTION", "Canada",
     "India", None),
    # MOBILIZE
    ("deploy near", "China deployed warships near Taiwan.", "MOBILIZE", "China", None, None),
    ("mass troops", "Russia massed troops on the border with Ukraine.", "MOBILIZE", "Russia", None, None),
    ("send police abroad", "Kenya sent police officers to Haiti.", "MOBILIZE|AID", "Kenya", "Haiti", None),
    ("call up reservists", "Israel called up 60,000 reservists.", "MOBILIZE", "Israel", None, None),
    ("put on alert", "South Korea put its army on high alert.", "MOBILIZE", "South Korea", None, None),
    ("nominal deployment of", "The deployment of North Korean troops to Russia alarmed South Korea.", "MOBILIZE",
     "North Korea", "Russia", None),
    # COERCE
    ("arrest active", "Police arrested the opposition leader Tundu Lissu in Dar es Salaam.", "COERCE", "Police",
     "Lissu", None),
    ("passive detained by", "The journalist Hopewell Chin'ono was detained by security forces in Harare.", "COERCE",
     "security forces", "Chin'ono", None),
    ("passive arrested no agent", "Three activists were arrested in Minsk on Monday.", "COERCE", None, "activists",
     None),
    ("nominal arrest by", "The arrest of the mayor by Turkish police sparked protests.", "COERCE", "police", "mayor",
     None),
    ("possessive arrest", "Ekrem Imamoglu's arrest led to protests across Turkey.", "COERCE", None, "Imamoglu", None),
    ("sentence", "A court in Moscow sentenced the reporter Evan Gershkovich to 16 years in prison.", "COERCE",
     "court", "Gershkovich", None),
    ("charge with", "Prosecutors charged former President Yoon Suk Yeol with insurrection.", "COERCE", "Prosecutors",
     "Yoon", None),
    ("ban a party", "The government banned the main opposition party in Tanzania.", "COERCE", "government", "party",
     None),
    ("deport", "Authorities deported 300 migrants to Honduras.", "COERCE", "Authorities", "migrants", None),
    ("dissolve parties", "The junta dissolved all political parties in Burkina Faso.", "COERCE", "junta", "parties",
     None),
    ("seize a boat", "China seized a Philippine fishing boat.", "COERCE", "China", "Philippine", None),
    ("relative arrested by", "The activist Rose Mwangi, who was arrested by police last week, was freed on bail.",
     "COERCE", "police", "Mwangi", None),
    ("coordinated objects detained", "Police detained two journalists and a lawyer in Kampala.", "COERCE", "Police",
     "journalists", None),
    ("crack down on", "Security forces cracked down on protesters in Tehran.", "COERCE|ASSAULT", "Security forces",
     "protesters", None),
    # ASSAULT
    ("drones attack a city", "Russian drones attacked Kyiv overnight.", "ASSAULT", "Russia", "Kyiv|Ukraine", None),
    ("kill villagers", "Gunmen killed 12 villagers in Zamfara state.", "ASSAULT", "Gunmen", "villagers", None),
    ("passive killed by", "Two soldiers were killed by al-Shabab fighters near Mogadishu.", "ASSAULT", "Shabab",
     "soldiers", None),
    ("passive killed no agent", "Five civilians were killed in an airstrike in Darfur.", "ASSAULT", None, "civilians",
     None),
    ("nominal strike on", "The Israeli strike on Beirut killed a Hezbollah commander.", "ASSAULT", "Israel",
     "Hezbollah|commander|Lebanon|Beirut", None),
    ("adjective offensive", "A Turkish offensive against Kurdish fighters began on Sunday.", "ASSAULT", "Turk",
     "Kurdish", None),
    ("launch airstrikes on", "Pakistan launched airstrikes on Taliban positions in Afghanistan.", "ASSAULT",
     "Pakistan", "Taliban|Afghanistan", None),
    ("abduct", "Boko Haram abducted 50 students from a school in Kaduna.", "ASSAULT", "Boko Haram", "students", None),
    ("clash symmetric", "Sudan's army and the Rapid Support Forces clashed in Khartoum.", "ASSAULT", "army",
     "Rapid Support Forces", "sym"),
    ("fire missiles at", "Houthi rebels fired missiles at a cargo ship in the Red Sea.", "ASSAULT", "Houthi", None,
     None),
    ("reported shelling", "Ukraine said Russia had shelled a hospital in Kharkiv.", "ASSAULT", "Russia", None,
     "reported"),
    ("nominal attack on by", "The attack on the police station by militants left four dead.", "ASSAULT",
     "militants", "police", None),
    ("relative stormed", "The fighters, who stormed the base at dawn, killed three guards.", "ASSAULT", "fighters",
     "guards", None),
    ("shoot dead", "Israeli troops shot dead a Palestinian teenager in Jenin.", "ASSAULT", "Israel", "teenager",
     None),
    ("kidnap", "Armed men kidnapped a Catholic priest in Enugu.", "ASSAULT", "men", "priest", None),
    ("attack negated", "The army did not attack the village, a spokesman said.", "ASSAULT", "army", None, "negated"),
    ("attack hypothetical", "If Iran attacks Israel, the United States will respond.", "ASSAULT", "Iran", "Israel",
     "hypothetical"),
    ("coordinated subjects", "Chad and Niger attacked Boko Haram bases on the lake.", "ASSAULT", "Chad", "Boko Haram",
     None),
    ("coordinated subjects second", "Chad and Niger attacked Boko Haram bases on the lake.", "ASSAULT", "Niger",
     "Boko Haram", None),
    # events inside quotes
    ("quoted deed", "\"Our forces destroyed the rebel camp,\" the Nigerian army said in a statement.", "ASSAULT",
     "army", None, "reported"),
    ("quoted accusation", "\"Rwanda is arming the M23 rebels,\" Congo's foreign minister said.", "AID", "Rwanda",
     "M23", "reported"),
]

# (shape, text, type that must not be coded)
NEGATIVE = [
    ("quake kills", "The earthquake killed 300 people in Herat.", "ASSAULT"),
    ("crash kills", "A bus crash killed 14 people in Kenya.", "ASSAULT"),
    ("flood destroys", "The flood destroyed bridges in eastern Libya.", "ASSAULT"),
    ("company profits", "The company announced record profits on Monday.", None),
    ("scientists warn", "Scientists warned that the glacier could collapse.", "THREATEN"),
    ("conference attended", "The minister attended a conference on climate change in Geneva.", "CONSULT"),
    ("no protests held", "No protests were held in the capital on Friday.", "PROTEST"),
    ("storm forces flight", "The storm forced thousands of people to flee their homes.", None),
    ("inflation", "Inflation hit 20 percent in Turkey, officials said.", None),
    ("sports defeat", "Nigeria beat Ghana 2-0 in the World Cup qualifier.", "ASSAULT"),
    ("price attack metaphor", "The opposition attacked the budget as a waste of money.", "ASSAULT"),
    # a contact that did not take place is no event of the story (filters.unrecorded; A/C/D record it optional)
    ("meet negated", "Benjamin Netanyahu did not meet Joe Biden during the trip.", "CONSULT"),
    ("disease kills", "Cholera has killed 40 people in Malawi this month, health officials said.", "ASSAULT"),
]


# Rows the code does not read yet, by class (round 15 tally). Each is strict: a row that starts to pass fails here
# until it is taken off the list. Classes whose shape occurs in no R, F or 69 story were not fixed this round.
KNOWN = {
    # the actors stage names no actor for a party (a lone name, "the junta", "the government" unnamed, a mayor, a
    # priest; "militia members" and a three-part Korean name cut short are read since actprobes: test_actprobes_r16)
    "actor missing": {"passive received", "endorse a bid", "free prisoners", "protest against",
                      "nominal arrest by", "ban a party", "dissolve parties", "kidnap", "defy demand"},
    # a frame no row or reader takes: a deed told in a quote, destroy (promise X that, ministers of X and Y, designate
    # X a group, a joint force, give money, a delivery noun, hand over villages, return people, press X to, call up
    # reservists, police sent, passive provide and pull out are read since evrows: tests/test_events_evrows_r15.py)
    "frame or row missing": {"quoted deed"},
    # a protest without "against" (rallied, marched, gathered, staged a sit-in): the rows ask for it, as a rally may
    # be a show of support; no such protest in R, F or the 69 (people named as protesters who gather, march or
    # rally are read since round 19: tests/test_evaid19.py)
    "protest without against": {"rally", "march", "sit-in"},
    # a target not read: the city attacked, the station of the police, the addressee of a pledge, the parse of
    # "X's visit to Y angered Z", a refusal to let someone in (no target: dropped)
    # (the addressee of a pledge is read since evrows: target role pledged)
    "target": {"drones attack a city", "nominal attack on by", "possessive visit", "refuse to let", "shoot dead"},
    # no doer: a city (Minsk) names no state; a killing in an airstrike by no one named
    "doer": {"passive arrested no agent", "passive killed no agent"},
    # a negated agreement is left out like a contact
    "negated agreement": {"agree negated"},
    # ("paused its strikes" and "attacked the budget" are read since evrows: tests/test_events_evrows_r15.py)
}
_KNOWN = {shape: kind for kind, shapes in KNOWN.items() for shape in shapes}


def _marked(rows, shape_at=0):
    return [pytest.param(*r, marks=pytest.mark.xfail(reason=_KNOWN[r[shape_at]], strict=True)) if r[shape_at] in _KNOWN
            else r for r in rows]


def _match(want: str | None, names: tuple[str, ...]) -> bool:
    if want is None:
        return True
    return any(w.lower() in n.lower() for w in want.split("|") for n in names)


def matches(events, kind, source, target, status) -> bool:
    """events: (type, sources, targets, status) with names; a row's status 'sym' lets the parties swap."""
    for e in events:
        if e[0] not in kind.split("|"):
            continue
        pairs = [(e[1], e[2])] + ([(e[2], e[1])] if status == "sym" else [])
        if not any(_match(source, s) and _match(target, t) for s, t in pairs):
            continue
        if status not in (None, "sym") and e[3] != status:
            continue
        return True
    return False


def coded(doc):
    name = {a.id: a.name for a in doc.actors}
    return [(e.type, tuple(name.get(x, "") for x in e.source), tuple(name.get(x, "") for x in e.target), e.status)
            for e in doc.events]


@pytest.mark.parametrize("shape,text,kind,source,target,status", _marked(ROWS), ids=[r[0] for r in ROWS])
def test_event_by_type_and_shape(process, shape, text, kind, source, target, status) -> None:
    events = coded(process(text, "2025-03-01"))
    assert matches(events, kind, source, target, status), (shape, events)


@pytest.mark.parametrize("shape,text,kind", _marked(NEGATIVE), ids=[r[0] for r in NEGATIVE])
def test_no_event(process, shape, text, kind) -> None:
    events = coded(process(text, "2025-03-01"))
    assert not [e for e in events if kind is None or e[0] == kind], (shape, events)


# the classes this round added, in more shapes: a deed of force vowed is a threat, not a deed (eventcoding/vows.py);
# forces moved named in the "of" phrase are the doers (eventcoding/forces.py). (text, type, source, target, absent)
CLASS_ROWS = [
    ("The rebels vowed to kill the hostages.", "THREATEN", "rebels", None, "ASSAULT"),
    ("Trump's threat to impose tariffs on Canada angered Ottawa.", "THREATEN", "Trump", "Canada", "COERCE"),
    ("The army pledged to crush the rebels.", "THREATEN", "army", "rebels", "ASSAULT"),
    ("Pakistan's ultimatum to expel Afghan diplomats alarmed Kabul.", None, None, None, "SANCTION"),
    ("Japan pledged to send aid to Myanmar.", "AGREE", "Japan", None, None),
    ("The withdrawal of Russian troops from Armenia began on Monday.", "RETREAT", "Russia", "Armenia", None),
    ("The deployment of Kenyan police officers to Haiti was delayed.", "MOBILIZE", "Kenya", "Haiti", None),
    ("The withdrawal of funding from the project angered Malawi.", None, None, None, "RETREAT"),
]


@pytest.mark.parametrize("text,kind,source,target,absent", CLASS_ROWS, ids=[r[0][:40] for r in CLASS_ROWS])
def test_vowed_deeds_and_forces_moved(process, text, kind, source, target, absent) -> None:
    events = coded(process(text, "2025-03-01"))
    if kind:
        assert matches(events, kind, source, target, None), events
    if absent:
        assert not [e for e in events if e[0] == absent], events
