"""Coreference by class: short forms, role descriptions by role, country and recency, roles introduced
with 'a', plural descriptions, and quote speakers that use them. Sentences are the project's own."""


def _actor_at(doc, phrase, nth=1):
    at = -1
    for _ in range(nth):
        at = doc.text.index(phrase, at + 1)
    return doc.actor(doc.actor_in(at, at + len(phrase)))


def _names(doc, ids):
    return [doc.actor(a).name for a in ids]


def _token(doc, word, nth=1):
    found = [t for t in doc.nlp if t.text == word]
    return found[nth - 1]


# ---- short forms ---------------------------------------------------------------------------------

def test_parenthesised_short_form_is_the_full_name(process):
    doc = process("The Coastal Fisheries Authority (CFA) closed three harbours on Monday. Fishermen said the "
                  "CFA had given them no warning, and the CFA said it would reopen them next week.",
                  until="actors")
    full = _actor_at(doc, "Coastal Fisheries Authority")
    assert full is not None
    assert _actor_at(doc, "CFA", 1) is full and _actor_at(doc, "CFA", 3) is full


def test_or_short_form_and_known_by_initials(process):
    doc = process("Fighters of the Southern Liberation Front, or SLF, blocked the road. Crown Prince Faisal bin "
                  "Nayef, known by his initials FBN, met the envoy. FBN later said the talks went well.",
                  until="actors")
    assert _actor_at(doc, "SLF") is _actor_at(doc, "Southern Liberation Front")
    prince = _actor_at(doc, "Faisal bin Nayef")
    assert prince is not None and _actor_at(doc, "FBN", 2) is prince


def test_lower_case_brackets_and_countries_are_no_short_forms(process):
    doc = process("Finance Minister Ana Costa (pictured) met officials of Brazil (BRA) on Tuesday.", until="actors")
    costa = _actor_at(doc, "Ana Costa")
    assert costa is not None and all(m.text != "pictured" for m in costa.mentions)


# ---- role descriptions -----------------------------------------------------------------------------

def test_the_minister_joins_the_finance_minister_named_before(process):
    doc = process("Finance Minister Laila Haddad met bankers in Amman on Sunday. The talks were productive, "
                  "the minister said after the meeting.", until="actors")
    assert _actor_at(doc, "the minister") is _actor_at(doc, "Laila Haddad")


def test_the_last_named_of_two_ministers_and_not_a_deputy(process):
    doc = process("Deputy Minister Omar Said opened the session. Later, Interior Minister Karim Nasser spoke to "
                  "reporters. Energy Minister Hana Youssef then left the hall. The minister said the talks "
                  "would continue.", until="actors")
    assert _actor_at(doc, "The minister") is _actor_at(doc, "Hana Youssef")


def test_a_former_holder_is_not_the_president(process):
    doc = process("Former President Alan Grey criticised the budget. President Maria Lind defended it on "
                  "Tuesday. The president said the cuts were needed.", until="actors")
    assert _actor_at(doc, "The president") is _actor_at(doc, "Maria Lind")
    alone = process("Former President Alan Grey criticised the budget on Tuesday. He said the president had "
                    "no plan.", until="actors")
    assert alone.actor_in(alone.text.index("the president"), alone.text.index("the president") + 13) is None


def test_a_country_possessive_picks_that_countrys_envoy(process):
    doc = process("Swedish envoy Lars Berg arrived in Geneva on Monday. Norwegian envoy Ola Nordmann arrived a "
                  "day later. Sweden's envoy said the ceasefire could hold.", until="actors")
    assert _actor_at(doc, "envoy said") is _actor_at(doc, "Lars Berg")


def test_a_role_word_as_adjective_or_before_a_name_is_no_description(process):
    doc = process("Spokesman Tomas Riva said the country's official language would not change. The Chilean "
                  "spokesman Pedro Soto disagreed.", until="actors")
    at = doc.text.index("official")
    assert doc.actor_in(at, at + len("official")) is None
    assert _actor_at(doc, "Pedro Soto") is not _actor_at(doc, "Tomas Riva")


def test_a_role_introduced_with_a_becomes_the_actor_of_the_later_description(process):
    doc = process("A Treasury Department spokesperson declined to comment on Monday. \"We do not discuss "
                  "pending cases,\" the spokesperson added.", until="quotes")
    intro = _actor_at(doc, "spokesperson declined")
    assert intro is not None and intro.kind == "person"
    assert _actor_at(doc, "the spokesperson") is intro
    assert doc.quotes and doc.quotes[0].speaker == intro.id


# ---- plural descriptions -----------------------------------------------------------------------------

def test_both_leaders_are_the_two_people_just_named(process):
    doc = process("Prime Minister Jonas Keller visited Vienna on Monday. After talks with Chancellor Eva Brandt, "
                  "both leaders promised \"a new chapter for our trade.\"", until="quotes")
    leaders = doc.referents(_token(doc, "leaders"))
    assert _names(doc, leaders) == ["Jonas Keller", "Eva Brandt"]
    assert doc.quotes and doc.actor(doc.quotes[0].speaker).name == "Jonas Keller"


def test_the_two_countries_are_the_last_two_named(process):
    doc = process("Ghana signed a fishing accord with Togo in 2019. Trade between the two countries has "
                  "doubled since then.", until="actors")
    assert sorted(_names(doc, doc.referents(_token(doc, "countries")))) == ["Ghana", "Togo"]


def test_on_both_sides_and_a_lone_leader_are_not_resolved(process):
    doc = process("Kenya closed the border with Uganda. Traders on both sides say prices have risen. President "
                  "Ali Hamid said both leaders of the party would meet.", until="actors")
    assert doc.referents(_token(doc, "sides")) == []
    assert len(doc.referents(_token(doc, "leaders"))) < 2


# ---- definite nouns ------------------------------------------------------------------------------

def test_the_bloc_and_the_company_are_the_body_of_that_class_named_last(process):
    doc = process("Leaders of the African Union met in Addis Ababa on Sunday. The bloc said it would send "
                  "observers. Later, Orion Mining Corporation said its mine would close. The company blamed "
                  "the drought.", until="actors")
    assert _actor_at(doc, "The bloc") is _actor_at(doc, "African Union")
    assert _actor_at(doc, "The company") is _actor_at(doc, "Orion Mining Corporation")


def test_the_country_prefers_the_storys_own_country_named_in_reach(process):
    doc = process("Peru's president met farmers in Lima on Monday. Peru's coffee growers sell most of their "
                  "beans to Chile. The country expects a record harvest this year.", until="actors")
    assert _actor_at(doc, "The country") is _actor_at(doc, "Peru's president")


def test_a_definite_noun_as_modifier_or_before_of_is_no_reference(process):
    doc = process("Ghana's government opened a clinic in Accra. Patients were moved to the government hospital "
                  "and the court of appeal ruled on Friday.", until="actors")
    for phrase in ("the government hospital", "the court of appeal"):
        at = doc.text.index(phrase)
        assert doc.actor_in(at, at + len(phrase)) is None


# ---- pronouns ------------------------------------------------------------------------------------------

def test_a_pronoun_after_a_quote_skips_what_the_quote_names(process):
    from eventwire.stages.actors import pronoun_antecedent

    doc = process("The Harbour Workers Union held a meeting in Mombasa on Monday. \"Uganda and Tanzania are "
                  "taking our cargo,\" it said.", until="actors")
    it = [t for t in doc.nlp if t.lower_ == "it"][-1]
    found = doc.actor(pronoun_antecedent(doc, it))
    assert found is not None and "Union" in found.name


def test_a_body_described_by_a_word_of_its_name_or_its_sector(process):
    doc = process("Chile filed a complaint with the World Trade Organization on Monday over copper duties, the "
                  "trade body said. Later, the United Nations sent a team to Santiago, the world body said.",
                  until="actors")
    assert _actor_at(doc, "trade body") is _actor_at(doc, "World Trade Organization")
    assert _actor_at(doc, "world body") is _actor_at(doc, "United Nations")


def test_the_separatist_group_is_an_armed_group_not_an_army(process):
    doc = process("Soldiers of the Pakistani military fought fighters of the Baloch Liberation Army near Quetta on "
                  "Friday. The separatist group said it had lost three men.", until="actors")
    found = _actor_at(doc, "The separatist group")
    assert found is not None and found.sector == "REB"


def test_a_role_of_the_same_family_and_an_of_phrase_of_the_verb(process):
    doc = process("Ambassador Nadia Haddad arrived in Cairo on Monday. The envoy said talks with Egypt would "
                  "resume. Egypt's opposition accused the government of delaying them.", until="actors")
    assert _actor_at(doc, "The envoy") is _actor_at(doc, "Nadia Haddad")
    assert _actor_at(doc, "the government") is _actor_at(doc, "Egypt would")


def test_a_role_introduced_by_a_possessive_and_not_by_a_persons(process):
    doc = process("Chad's interior minister closed the border on Monday. Traders protested. The minister said the "
                  "border would reopen soon.", until="actors")
    intro = _actor_at(doc, "interior minister")
    assert intro is not None and intro.country == "TCD" and _actor_at(doc, "The minister") is intro
    other = process("President Ruto's spokesman met traders on Monday. The spokesman said prices would fall.",
                    until="actors")
    at = other.text.index("The spokesman")
    found = other.actor(other.actor_in(at, at + len("The spokesman")))
    assert found is None or found.name != "spokesman"
