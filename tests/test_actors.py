"""The actors stage on sentences written for these tests, and on the seed article's gold."""
from __future__ import annotations

from eventwire.evaluate.gold import GoldArticle, count_actors

from .conftest import shared_path


def _actors(process, text: str) -> dict[str, object]:
    doc = process(text, until="actors")
    return {a.name: a for a in doc.actors}


def test_titles_give_country_and_sector(process) -> None:
    actors = _actors(process, "Japanese Foreign Minister Haruto Sato met Brazilian President Ana Costa in Tokyo. "
                              "Sato later thanked Costa.")
    sato, costa = actors["Haruto Sato"], actors["Ana Costa"]
    assert (sato.kind, sato.country, sato.sector, sato.code) == ("person", "JPN", "GOV", "JPNGOV")
    assert (costa.country, costa.sector) == ("BRA", "GOV")
    assert [m.text for m in sato.mentions] == ["Haruto Sato", "Sato"]
    assert [m.text for m in costa.mentions] == ["Ana Costa", "Costa"]


def test_surnames_join_the_right_full_name(process) -> None:
    text = ("North Korean leader Kim Jong-un met senior official Kim Yong-chol on Monday. "
            "Kim said the talks went well.")
    actors = _actors(process, text)
    assert len(actors["Kim Jong-un"].mentions) == 2
    assert len(actors["Kim Yong-chol"].mentions) == 1


def test_outlets_institutions_and_generic_media(process) -> None:
    text = ("The Kremlin said on Monday that talks would go on, according to Russia's TASS news agency. "
            "Iranian state media reported the visit, and various Turkish outlets carried the statement.")
    actors = _actors(process, text)
    assert (actors["Kremlin"].kind, actors["Kremlin"].country, actors["Kremlin"].sector) == ("organization", "RUS", "GOV")
    assert (actors["TASS"].kind, actors["TASS"].country) == ("media", "RUS")
    assert (actors["Iranian state media"].kind, actors["Iranian state media"].country) == ("media", "IRN")
    assert actors["Turkish outlets"].country == "TUR"
    assert "Russia" in actors and actors["Russia"].kind == "country"


def test_anonymous_source_is_an_actor_of_its_own(process) -> None:
    actors = _actors(process, "An unnamed Polish official told reporters the border would stay closed.")
    official = actors["An unnamed Polish official"]
    assert (official.kind, official.country, official.sector) == ("person", "POL", "GOV")


def test_description_joins_the_leader(process) -> None:
    text = "French President Marie Laurent arrived in Dakar. The French leader was welcomed by students."
    actors = _actors(process, text)
    assert [m.text for m in actors["Marie Laurent"].mentions] == ["Marie Laurent", "The French leader"]


def test_capital_that_acts_is_the_government(process) -> None:
    actors = _actors(process, "Moscow denied the report on Tuesday.")
    assert actors["Russia"].mentions[0].text == "Moscow"


def test_mentions_point_into_the_text(process) -> None:
    text = "Canadian Prime Minister Lea Roy said Ottawa would send aid. Roy spoke in Halifax."
    doc = process(text, until="actors")
    for actor in doc.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text


def test_seed_actor_figures(seed_record) -> None:
    gold = GoldArticle(shared_path("corpus", "seed", "putin-kim-2018-06-04.gold.json"))
    counts = count_actors(gold, seed_record)
    assert counts["tp"] / counts["gold"] >= 0.9
    assert counts["country_ok"] / counts["tp"] >= 0.9


def test_groups_are_actors(process) -> None:
    actors = _actors(process, "Syrian rebels shelled the town on Monday. Police arrested twelve protesters in Nairobi.")
    assert (actors["Syrian rebels"].kind, actors["Syrian rebels"].country, actors["Syrian rebels"].sector) == \
        ("group", "SYR", "REB")
    assert (actors["Police"].sector, actors["Police"].code) == ("GOV", "KENGOVCOP")  # police are GOV, COP their role
    assert actors["protesters"].sector == "CVL"


def test_object_pronoun_is_not_its_own_clause_subject(process) -> None:
    from eventwire.stages.actors import pronoun_antecedent

    doc = process("Austrian Chancellor Eva Gruber wrote to Omar Said, inviting him to Vienna. She said talks "
                  "would help.", until="actors")
    names = {t.lower_: doc.actor(pronoun_antecedent(doc, t)).name for t in doc.nlp if t.lower_ in ("him", "she")}
    assert names == {"him": "Omar Said", "she": "Eva Gruber"}


def test_lexicon_surname_country_tagged_as_person_and_leading_preposition(process) -> None:
    text = "Beyond Ukraine, G7 leaders discussed trade. Merkel described the meeting as useful. Botswana said it would help."
    actors = {a.name: a for a in process(text, published="2019-06-01", until="actors").actors}
    assert (actors["Merkel"].country, actors["Merkel"].sector) == ("DEU", "GOV")
    assert actors["Botswana"].kind == "country" and actors["Ukraine"].kind == "country"
    assert actors["Group of Seven"].sector == "IGO"
    assert not any(name.startswith("Beyond") for name in actors)


def test_dated_offices_hold_only_inside_their_dates(process) -> None:
    """A well-known person keeps a country at any date, an office only while holding it; after it, a
    head of government's office is a former one, still named for her rule (as 'former Chancellor X' is
    read), and with no date nothing is known of the office."""
    text = "Merkel said the talks in Berlin had been useful."
    for day, sector in (("2019-06-01", "GOV"), ("2023-06-01", "GOV"), ("2004-06-01", None), (None, None)):
        merkel = next(a for a in process(text, published=day, until="actors").actors if a.name == "Merkel")
        assert (merkel.country, merkel.sector) == ("DEU", sector), day


def test_outlets_named_after_what_they_are(process) -> None:
    actors = _actors(process, "An unnamed diplomat told the newspaper Al-Ahram that talks failed, according to the "
                              "Dutch broadcaster NOS. Ethiopia's state broadcaster reported the visit.")
    assert actors["Al-Ahram"].kind == "media"
    assert (actors["NOS"].kind, actors["NOS"].country) == ("media", "NLD")
    assert actors["Ethiopia's state broadcaster"].country == "ETH"


def test_state_bodies_and_named_bodies(process) -> None:
    actors = _actors(process, "Qatar's foreign ministry said the talks went well. The Sudanese army accused the "
                              "rebel group M23 of looting. The union FNV Havens called a strike.")
    assert (actors["Qatar's foreign ministry"].country, actors["Qatar's foreign ministry"].sector) == ("QAT", "GOV")
    assert (actors["Sudanese army"].kind, actors["Sudanese army"].sector) == ("organization", "MIL")
    assert (actors["M23"].kind, actors["M23"].sector) == ("group", "REB")
    assert (actors["FNV Havens"].sector, actors["FNV Havens"].code) == ("CVL", "LAB")  # a union: civil society


def test_dateline_places_unplaced_officials(process) -> None:
    text = ("LILONGWE, Malawi — Malawi's electoral commission will recount votes in two districts, police "
            "spokesman Daniel Banda said on Monday. Malawi's opposition had asked for the recount, and the "
            "Malawian government agreed. Electoral commission chair Ruth Mbewe said results would follow.")
    actors = _actors(process, text)
    assert (actors["Daniel Banda"].country, actors["Daniel Banda"].sector) == ("MWI", "GOV")
    assert actors["Daniel Banda"].code == "MWIGOVCOP"  # police: a government body, COP its role in the code
    assert actors["Ruth Mbewe"].country == "MWI"


def test_no_country_without_evidence(process) -> None:
    """A story that is set nowhere in particular gives nobody a country: an official whose sentence places
    him nowhere, an international body and its staff stay without one; a sentence that places a person in
    one country's town is evidence."""
    text = ("Police spokesman Daniel Banda said on Monday that nobody was hurt. "
            "Human Rights Watch researcher Tendai Moyo said the count was fair. "
            "Opposition candidate Grace Chirwa told supporters in Blantyre that she would appeal.")
    actors = _actors(process, text)
    assert actors["Daniel Banda"].country is None
    assert actors["Human Rights Watch"].country is None
    assert actors["Tendai Moyo"].country is None
    assert actors["Grace Chirwa"].country == "MWI"


def test_story_setting_places_local_actors_only(process) -> None:
    """A story clearly set in one country (its towns, its bodies, its people) gives that country to the
    local people, officials and security forces it leaves without one; never to an international body
    or its staff, to commentators, to rights groups, or to a person introduced as foreign."""
    text = ("Malawi's electoral commission will recount votes in two districts. The Malawian government agreed "
            "after talks in Lilongwe. Police spokesman Daniel Banda said on Monday that nobody was hurt. "
            "Human Rights Watch researcher Tendai Moyo said the count in Malawi was fair. "
            "Soldiers guarded the tally centre in Zomba, where shopkeeper Esther Phiri said she had queued "
            "for hours. Analysts said the recount could take a week. Rights groups urged calm. "
            "Kenyan observer Paul Mwangi said the process was open.")
    actors = _actors(process, text)
    assert actors["Daniel Banda"].country == "MWI"
    assert actors["Esther Phiri"].country == "MWI"
    assert actors["Soldiers"].country == "MWI"
    assert actors["Human Rights Watch"].country is None and actors["Tendai Moyo"].country is None
    assert actors["Analysts"].country is None
    assert actors["Rights groups"].country is None
    assert actors["Paul Mwangi"].country == "KEN"


def test_dateline_sets_the_story_for_local_speakers_not_outlets(process) -> None:
    """'DAKAR, Senegal —': a resident quoted without a country is Senegalese; a named foreign outlet and
    the UN agency keep none, and 'local media' are the setting's."""
    text = ("DAKAR, Senegal — Fishermen returned to port early on Friday after a storm. \"The sea took two boats,\" "
            "said Moussa Diop, a fisherman. Local media reported that a UNICEF team had arrived, and Reuters "
            "said the port would reopen.")
    actors = _actors(process, text)
    assert actors["Moussa Diop"].country == "SEN"
    assert actors["local media"].country == "SEN"
    assert actors["UNICEF"].country is None
    assert actors["Reuters"].country != "SEN"


def test_no_actor_takes_the_publishers_country(pipeline) -> None:
    """The publisher (here an American outlet) never lends its country: only the text does."""
    from eventwire.record import Article

    text = ("Election officials counted ballots late into the night, spokesman Peter Okello said. Analysts "
            "said the count was slow. The U.S. State Department said it was watching, and American "
            "diplomat Jane Carter met the commission.")
    for outlet, url in (("Voice of America", "https://www.voanews.com/a/x.html"), (None, None)):
        record = pipeline.extract(Article(text=text, outlet=outlet, url=url, published="2025-03-01"))
        got = {a.name: a.country for a in record.actors}
        assert got["Jane Carter"] == "USA" and got["United States"] == "USA", got
        assert got["Peter Okello"] is None and got["Analysts"] is None, got
        assert {n for n, c in got.items() if c == "USA"} <= {"Jane Carter", "United States", "U.S. State Department",
                                                             "State Department"}, got


def test_organisation_kind_from_its_name(process) -> None:
    actors = _actors(process, "The Ethiopian News Agency said the Southern African Development Community met.")
    assert (actors["Ethiopian News Agency"].kind, actors["Ethiopian News Agency"].country) == ("media", "ETH")
    assert actors["Southern African Development Community"].sector == "IGO"


def test_outlet_named_before_its_noun(process) -> None:
    actors = _actors(process, "Police fired tear gas, the Nation newspaper reported. The Labour Party said it "
                              "would protest.")
    assert (actors["Nation"].kind, actors["Nation"].sector) == ("media", "MED")
    # ruling or opposition? the text does not say, nor its country: read as out of government (body_sectors)
    assert (actors["Labour Party"].sector, actors["Labour Party"].code) == ("OPP", "OPP")


def test_references_back_to_named_bodies(process) -> None:
    text = ("The rebel group M23 seized the town. M23 fighters later shelled a camp. United Nations experts "
            "have accused Rwanda of backing the group. The Malawi Electoral Commission said the commission "
            "would recount.")
    doc = process(text, until="actors")
    by_name = {a.name: a for a in doc.actors}
    assert [m.text for m in by_name["M23"].mentions] == ["M23", "M23 fighters", "the group"]  # its fighters are M23
    assert by_name["United Nations experts"].sector == "IGO"
    assert [m.text for m in by_name["Malawi Electoral Commission"].mentions] == ["Malawi Electoral Commission",
                                                                                 "the commission"]


def test_capital_as_object_of_a_political_verb_is_the_government(process) -> None:
    doc = process("The United States accused Beijing of genocide. Lavrov visited Beijing on Monday.", until="places")
    china = next(a for a in doc.actors if a.name == "China")
    assert [m.text for m in china.mentions] == ["Beijing"] and china.mentions[0].start < 40
    assert [p.text for p in doc.places] == ["Beijing"] and doc.places[0].start > 40


def test_plural_and_derived_demonyms_and_plain_groups(process) -> None:
    actors = _actors(process, "Guinea deported 168 Liberians on Monday. Serb forces shelled the town. "
                              "Opposition groups in Zimbabwe protested on Friday.")
    # a demonym's plural counted by a number is a group of that country, not the country (round 23, actleft23)
    counted = actors["168 Liberians"]
    assert (counted.kind, counted.country) == ("group", "LBR") and "Liberia" not in actors
    serb = actors["Serb forces"]  # a state's forces: its military, a group of that state (round 12)
    assert (serb.kind, serb.country, serb.sector) == ("group", "SRB", "MIL")
    assert (actors["Opposition groups"].kind, actors["Opposition groups"].sector) == ("group", "OPP")


def test_guerrillas_youths_prisoners_and_immigrants_are_groups(process) -> None:
    actors = _actors(process, "Kurdish guerrillas ambushed a convoy. Angolan youths burned tyres. "
                              "Prisoners rioted in the jail. Haitian immigrants marched downtown.")
    assert (actors["Kurdish guerrillas"].kind, actors["Kurdish guerrillas"].sector) == ("group", "REB")
    assert (actors["Angolan youths"].kind, actors["Angolan youths"].country, actors["Angolan youths"].sector) == \
        ("group", "AGO", "CVL")
    assert (actors["Prisoners"].kind, actors["Prisoners"].sector) == ("group", "CVL")
    assert (actors["Haitian immigrants"].country, actors["Haitian immigrants"].sector,
            actors["Haitian immigrants"].code) == ("HTI", "CVL", "HTIREF")


def test_entity_repair_on_the_small_model(process) -> None:
    """Names cut at a particle run on; country words and abbreviated titles fused to a name fall off."""
    text = ("The head of the bank, Maria van der Berg, said rates would hold. Van der Berg added nothing. "
            "U.N. envoy for Yemen Hans Grundberg met officials. Grundberg left on Friday. "
            "Former DP Rigathi Gachagua addressed supporters. Gachagua spoke for an hour.")
    actors = _actors(process, text)
    assert "Maria van der Berg" in actors and "Hans Grundberg" in actors, sorted(actors)
    assert [m.text for m in actors["Maria van der Berg"].mentions] == ["Maria van der Berg", "Van der Berg"]
    assert actors["Hans Grundberg"].country is None  # 'for Yemen' is his brief, not his country
    assert actors["Rigathi Gachagua"].kind == "person"
    assert not any(name.startswith(("Yemen ", "DP ")) for name in actors)


def test_pronouns_follow_gender_and_recent_subjects(process) -> None:
    """he/she go to the latest person that fits, and the result is on the Document for other stages."""
    text = ("Finance Minister Paul Mensah met reporters on Monday. He said prices would fall. "
            "The same warning came from central bank governor Ama Owusu at a hearing in Accra. "
            "\"We cannot wait,\" she said. Mensah later spoke to Reuters. \"Nothing changes,\" he said.")
    doc = process(text, until="actors")
    mensah = next(a for a in doc.actors if a.name == "Paul Mensah")
    owusu = next(a for a in doc.actors if a.name == "Ama Owusu")
    assert [m.text for m in mensah.mentions] == ["Paul Mensah", "He", "Mensah", "he"]
    assert [m.text for m in owusu.mentions] == ["Ama Owusu", "she"]
    she = next(t for t in doc.nlp if t.lower_ == "she")
    assert doc.referents(she) == [owusu.id]


def test_a_government_named_after_its_head(process) -> None:
    text = ("President Donald Trump spoke on Monday. Senator Marco Rubio said the Trump administration would act. "
            "\"We will not wait,\" he said.")
    doc = process(text, published="2019-06-01", until="quotes")
    names = {a.name: a for a in doc.actors}
    assert (names["Trump administration"].kind, names["Trump administration"].country) == ("organization", "USA")
    quote = next(q for q in doc.quotes if q.text.startswith("We will not wait"))
    assert doc.actor(quote.speaker).name == "Marco Rubio"


def test_titles_of_civil_bodies_and_international_staff(process) -> None:
    """A president or chair of a charity is civil society; a spokesman of the U.N. chief is U.N. staff."""
    text = ("Maria Okafor, president of the Lagos Rights Foundation, said the law was unfair. "
            "U.N. Secretary-General Antonio Guterres condemned the attack. \"It must stop,\" Guterres' spokesman, "
            "Pedro Alvarez, told reporters.")
    actors = _actors(process, text)
    assert actors["Maria Okafor"].sector == "CVL"
    assert (actors["Pedro Alvarez"].sector, actors["Pedro Alvarez"].country) == ("IGO", None)
    assert actors["Antonio Guterres"].country is None


def test_country_of_the_body_named_in_an_apposition(process) -> None:
    text = ("Ana Lopes, a professor of law at the University of Coimbra, said the ruling was sound. "
            "Speaker Tomas Reyes, president of the national assembly, opened the session.")
    actors = _actors(process, text)
    assert (actors["Ana Lopes"].country, actors["Ana Lopes"].sector) == ("PRT", "CVL")
    assert actors["Tomas Reyes"].country is None  # nothing says which assembly


def test_plural_references_reach_every_actor(process) -> None:
    text = ("Kenya and Somalia agreed on Monday to reopen their border. Both countries will send troops. "
            "President William Ruto met President Hassan Sheikh Mohamud in Nairobi, and the two leaders "
            "signed a deal. Local traders welcomed the news. They said prices would fall.")
    doc = process(text, published="2024-05-01", until="actors")
    ids = {a.name: a.id for a in doc.actors}
    both = next(t for t in doc.nlp if t.lower_ == "both")
    two = next(t for t in doc.nlp if t.lower_ == "leaders")
    they = next(t for t in doc.nlp if t.text == "They")
    assert set(doc.referents(both)) == {ids["Kenya"], ids["Somalia"]}
    assert set(doc.referents(two)) == {ids["William Ruto"], ids["Hassan Sheikh Mohamud"]}
    assert doc.referents(they) == [ids["Local traders"]]


def test_a_record_does_not_depend_on_what_came_before(pipeline) -> None:
    """Article A, then B, then A again: A's record is the same both times (no state leaks from one
    document to the next through caches, lexicons or the model's vocabulary)."""
    from eventwire.record import Article

    a = Article(text="Pakistani officials blamed India for the attack, a charge New Delhi rejected. Police in "
                     "Quetta said two gunmen fled. \"We heard shots,\" said Imran Baig, a shopkeeper.",
                published="2025-03-02")
    b = Article(text="BAMAKO, Mali — Malian soldiers and Wagner fighters clashed with rebels near Kidal, the "
                     "army said. Pakistani officials in Islamabad said they were watching. Officials said Pakistan "
                     "would send envoys.", published="2025-03-04")
    first = pipeline.extract(a).to_dict()
    pipeline.extract(b)
    assert pipeline.extract(a).to_dict() == first


def test_people_named_as_members_of_a_state_body_take_its_sector(process) -> None:
    """Names in apposition to 'members of the parliament', 'judges of the court' are lawmakers and
    judges; a person who merely acts on a body ('sued the ministry') stays a civilian."""
    actors = _actors(process, "Three members of the Kenyan parliament — Ann Wanjiru, Peter Kosgei and Ruth Atieno — "
                              "wrote to the minister.")
    assert {(actors[n].sector, actors[n].country) for n in ("Ann Wanjiru", "Peter Kosgei", "Ruth Atieno")} == {
        ("LEG", "KEN")}
    actors = _actors(process, "Two judges of the Supreme Court, Mary Oduya and John Kiptoo, dissented.")
    assert actors["Mary Oduya"].sector == "JUD" and actors["John Kiptoo"].sector == "JUD"
    actors = _actors(process, "Mary Oduya, who sued the ministry of health, said she would appeal.")
    assert actors["Mary Oduya"].sector == "CVL"
