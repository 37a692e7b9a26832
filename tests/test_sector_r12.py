"""A person's sector from what the story says they do (round 12, issue 16): titles of the news trade and
clergy, a job told with 'as', credit lines, a peer of a person whose work is known, a relative clause that
gives no title, and politicians in the opposition. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _sector(process, text: str, name: str) -> str | None:
    doc = process(text, published="2025-03-01", until="events")
    found = [a for a in doc.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in doc.actors]}"
    from eventwire.stages.actors.sector import record_sector

    actor = found[0]
    record_sector(actor)  # the record's vocabulary (REL -> CVL), as the record writes it
    return actor.sector


@pytest.mark.parametrize("text, name, sector", [
    ("Grace Banda, a presenter at Radio Maria, said the station was closed.", "Grace Banda", "MED"),
    ("Grace Banda, 41, a television presenter, said the station was closed.", "Grace Banda", "MED"),
    ("Peter Mwangi, a photojournalist, was detained at the border.", "Peter Mwangi", "MED"),
    ("Veteran newsreader Alice Njeri retired on Friday.", "Alice Njeri", "MED"),
    ("Daniel Kato, a pastor in Gulu, said the church would stay open.", "Daniel Kato", "CVL"),
])
def test_news_trade_and_clergy_titles(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


def test_a_pastor_title_is_no_part_of_the_name(process) -> None:
    doc = process("Pastor Daniel Kato said the church would stay open.", until="actors")
    assert "Daniel Kato" in [a.name for a in doc.actors]


@pytest.mark.parametrize("text, name, sector", [
    ("Samuel Okoro, who works as a reporter for Channel 5, was detained on Monday.", "Samuel Okoro", "MED"),
    ("Ruth Achieng is working as a presenter for Citizen TV.", "Ruth Achieng", "MED"),
    ("Ruth Achieng, who worked as a reporter for the Nation until 2019, now sells shoes.", "Ruth Achieng", "CVL"),
    ("Ruth Achieng works as a nurse at a clinic in Kisumu.", "Ruth Achieng", "CVL"),
])
def test_a_job_told_with_as_in_the_present(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


def test_a_job_any_body_gives_is_no_office_of_state(process) -> None:
    text = "Ruth Achieng, who works as an adviser at a bank in Nairobi, lost her savings."
    assert _sector(process, text, "Ruth Achieng") != "GOV"


@pytest.mark.parametrize("text, name, sector", [
    ("The floods cut the road. Amina Yusuf reported from Garissa; Omar Ali contributed from Nairobi.",
     "Amina Yusuf", "MED"),
    ("The floods cut the road. Amina Yusuf reported from Garissa; Omar Ali contributed from Nairobi.",
     "Omar Ali", "MED"),
    ("The floods cut the road. Amina Yusuf has more from Garissa.", "Amina Yusuf", "MED"),
    ("The floods cut the road. Farmers told Amina Yusuf that reporters from Nairobi came late.", "Amina Yusuf",
     "CVL"),
    ("Police said Amina Yusuf had contributed money to the campaign.", "Amina Yusuf", "CVL"),
])
def test_credit_lines(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Police arrested journalist Peter Mwangi and his colleague John Otieno on Monday.", "John Otieno", "MED"),
    ("Peter Mwangi, a reporter for the Standard, was held. His colleague John Otieno was freed.", "John Otieno",
     "MED"),
    ("John Otieno, a colleague of the journalist Peter Mwangi, was freed.", "John Otieno", "MED"),
    ("Senator Mary Wanjiru and her colleague Ann Kamau walked out of the chamber.", "Ann Kamau", "LEG"),
    ("Lawyer Mary Wanjiru and her colleague Ann Kamau filed the appeal.", "Ann Kamau", "CVL"),
    ("Journalist Peter Mwangi met John Otieno, a colleague of his brother.", "John Otieno", "CVL"),
])
def test_a_peer_does_the_same_work(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Ruth Achieng, a lawyer who represents the president, spoke on Monday.", "Ruth Achieng", "CVL"),
    ("Ruth Achieng, a reporter who covered the president's campaign, spoke on Monday.", "Ruth Achieng", "MED"),
    ("Ruth Achieng, an activist whose brother is a minister, spoke on Monday.", "Ruth Achieng", "CVL"),
    ("Ruth Achieng, the minister who oversees the police, spoke on Monday.", "Ruth Achieng", "GOV"),
    ("Peter Mwangi, a politician who criticized the rebels, called for calm.", "Peter Mwangi", "CVL"),
])
def test_a_relative_clause_in_an_apposition_gives_no_title(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Peter Mwangi, a politician who has criticized the president, called for protests.", "Peter Mwangi", "OPP"),
    ("Peter Mwangi, a soldier-turned-politician who denounced the government, called for protests.",
     "Peter Mwangi", "OPP"),
    ("Peter Mwangi, a politician who praised the president, called for calm.", "Peter Mwangi", "CVL"),
    ("Peter Mwangi, a lawyer who criticized the president, called for protests.", "Peter Mwangi", "CVL"),
    ("Peter Mwangi, a member of parliament for the opposition Democratic Party, called for protests.",
     "Peter Mwangi", "OPP"),
    ("Peter Mwangi, a lawmaker for the opposition party, called for protests.", "Peter Mwangi", "OPP"),
    ("Peter Mwangi, a lawmaker for the ruling party, called for calm.", "Peter Mwangi", "LEG"),
])
def test_politicians_in_the_opposition(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


@pytest.mark.parametrize("title, sector", [
    ("NAME, editor-in-chief of the Daily Nation,", "MED"), ("NAME, a news photographer,", "MED"),
    ("Magistrate NAME", "JUD"), ("NAME, a state attorney,", "JUD"), ("Reverend NAME", "CVL"), ("Cardinal NAME", "CVL"),
    ("NAME, a banker,", "BUS"), ("NAME, an industrialist,", "BUS"), ("NAME, a mining magnate,", "BUS"),
    ("NAME, a police commander,", "GOV"), ("NAME, an army commander,", "MIL"), ("NAME, a retired judge,", "CVL"),
])
def test_more_titles_of_trades(process, title, sector) -> None:
    text = title.replace("NAME", "Joseph Mutua") + " was detained on Tuesday."
    assert _sector(process, text, "Joseph Mutua") == sector


def test_a_title_before_the_name_is_no_part_of_it(process) -> None:
    for title in ("Magistrate", "Reverend", "Cardinal"):
        doc = process(f"{title} Joseph Mutua was detained on Tuesday.", until="actors")
        assert "Joseph Mutua" in [a.name for a in doc.actors], title


@pytest.mark.parametrize("who, sector", [
    ("Daniel Kato, who heads the Uganda Manufacturers Association,", "BUS"),
    ("Peter Mwangi, chairman of the Kenya Association of Manufacturers,", "BUS"),
    ("Peter Mwangi, president of the Coffee Exporters Council,", "BUS"),
    ("Peter Mwangi, president of the Association of Poultry Farmers,", "CVL"),
    ("Peter Mwangi, president of the Kenya Law Society,", "CVL"),
    ("Peter Mwangi, a spokesman for the Teachers Union,", "CVL"),
])
def test_a_body_of_a_trades_owners_is_business(process, who, sector) -> None:
    name = " ".join(who.split(",")[0].split())
    assert _sector(process, f"{who} said prices would rise.", name) == sector


@pytest.mark.parametrize("title, sector", [
    ("a media commentator based in Macau", "MED"), ("a television commentator", "MED"),
    ("a political commentator", "CVL"), ("a media analyst", "CVL"),
])
def test_a_commentator_is_media_only_when_the_title_names_the_media(process, title, sector) -> None:
    assert _sector(process, f"Li Wen, {title}, said the rules were strict.", "Li Wen") == sector


@pytest.mark.parametrize("who, sector", [
    ("NAME, who represents Mogadishu in parliament,", "LEG"),
    ("NAME, who represents the journalist in court,", "CVL"),
    ("NAME, who represented Mogadishu in parliament until 2020,", "CVL"),
    ("NAME, a member of the National Assembly,", "LEG"),
    ("NAME, a member of the Senate Foreign Relations Committee,", "LEG"),
    ("NAME, a member of the country's upper house,", "LEG"),
    ("NAME, a member of the Supreme Court,", "JUD"),
    ("NAME, a member of the rebel movement,", "REB"),
    ("NAME, a member of the football club,", "CVL"),
    ("NAME, a former member of the National Assembly,", "CVL"),
    ("NAME, a Reuters photographer,", "MED"),
    ("NAME, a freelance photographer for Agence France-Presse,", "MED"),
    ("NAME, a wildlife photographer,", "CVL"),
    ("NAME, the firm's chairman,", "BUS"),
    ("NAME, the ministry's spokesman,", "GOV"),
])
def test_seats_memberships_and_employers(process, who, sector) -> None:
    text = who.replace("NAME", "Hassan Warsame") + " spoke to VOA on Friday."
    assert _sector(process, text, "Hassan Warsame") == sector


@pytest.mark.parametrize("who, sector", [
    ("NAME, who leads the opposition Unity Party,", "OPP"),
    ("NAME, who heads the main opposition coalition,", "OPP"),
    ("NAME, who led the opposition Unity Party until 2019,", "CVL"),
    ("NAME, who met opposition leaders last week,", "CVL"),
])
def test_a_leader_of_the_opposition_told_by_a_clause(process, who, sector) -> None:
    text = who.replace("NAME", "Joseph Mutua") + " was detained on Tuesday."
    assert _sector(process, text, "Joseph Mutua") == sector


@pytest.mark.parametrize("text, sector", [
    ("Rose Atieno, a lawmaker and former journalist, was detained on Monday.", "LEG"),
    ("Rose Atieno, a journalist and former lawmaker, was detained on Monday.", "MED"),
    ("Rose Atieno, a lawyer and opposition lawmaker, was detained on Monday.", "LEG"),
    ("Rose Atieno has worked as a journalist for 20 years.", "MED"),
    ("Rose Atieno, 52, a former journalist who now runs a bakery, spoke on Monday.", "CVL"),
])
def test_each_part_of_a_description_has_its_head(process, text, sector) -> None:
    assert _sector(process, text, "Rose Atieno") == sector


@pytest.mark.parametrize("text, name, sector", [
    ("Police arrested Samuel Okoro on Monday. Okoro, a reporter for the Star, had criticized the governor.",
     "Samuel Okoro", "MED"),
    ("Police arrested Samuel Okoro on Monday. Okoro, a former reporter, now sells phones.", "Samuel Okoro", "CVL"),
    ("Journalists Samuel Okoro and Ann Wairimu were detained.", "Ann Wairimu", "MED"),
    ("Opposition lawmakers Samuel Okoro and Ann Wairimu were detained.", "Samuel Okoro", "LEG"),
    ("Opposition lawmakers Samuel Okoro and Ann Wairimu were detained.", "Ann Wairimu", "LEG"),
    ("Opposition activists Samuel Okoro and Ann Wairimu were detained.", "Ann Wairimu", "OPP"),
    ("Lawyers Samuel Okoro and Ann Wairimu filed the appeal.", "Ann Wairimu", "CVL"),
    ("Samuel Okoro and Ann Wairimu, both journalists with the Star, were detained.", "Ann Wairimu", "MED"),
    ("Samuel Okoro and Ann Wairimu, both opposition lawmakers, were detained.", "Samuel Okoro", "LEG"),
])
def test_descriptions_at_another_mention_or_shared_by_names(process, text, name, sector) -> None:
    assert _sector(process, text, name) == sector


def test_several_present_parts_keep_the_phrase_head(process) -> None:
    text = "Joseph Mutua, founder and chief executive of Amani Foods, was detained on Tuesday."
    assert _sector(process, text, "Joseph Mutua") == "BUS"
