"""Sectors by kind of person or body (round 13, issue 16): people who publish media of their own are media
(MED), a defence ministry's officials are the government's (GOV) while its armed forces stay MIL, and
criminals by trade or by their own account are CRM. Sentences written for these tests."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, object]:
    return {a.name: a for a in process(text, until="actors").actors}


@pytest.mark.parametrize("text, name", [
    ("Foreign vloggers who film the new bridges draw large audiences at home.", "Foreign vloggers"),
    ("Several influencers from Europe toured the factories last spring.", "influencers"),
    ("A travel blogger, Ines Dahl, wrote that the border crossing was calm.", "Ines Dahl"),
    ("Omar Sadik, a YouTuber with three million subscribers, accused the airline of lying.", "Omar Sadik"),
    ("A Canadian internet celebrity, Leo Brandt, praised the new stadium.", "Leo Brandt"),
    ("Podcaster Dana Holt interviewed the governor on Monday.", "Dana Holt"),
])
def test_people_who_publish_media_of_their_own_are_media(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == "MED"


@pytest.mark.parametrize("text, name, sector", [
    ("Three Polish defense officials said the jets had landed safely.", "Polish defense officials", "GOV"),
    ("British defence officials confirmed the base would close.", "British defence officials", "GOV"),
    ("Latvian defense forces began an exercise near the border.", "Latvian defense forces", "MIL"),
    ("Military officials said the bridge over the river had been repaired.", "Military officials", "MIL"),
    ("Pentagon officials said the carrier would stay in the region.", "Pentagon officials", "GOV"),
    ("Defense Department officials said the transfer flights had ended.", "Defense Department officials", "GOV"),
])
def test_a_defence_ministrys_officials_are_the_government(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


@pytest.mark.parametrize("text, name", [
    ("Marko Jovanovic, a member of a Serbian crime group, told jurors he had been paid to follow the judge.",
     "Marko Jovanovic"),
    ("Sergei Ivanov, a self-styled member of a criminal gang, told the court that he had been paid.",
     "Sergei Ivanov"),
    ("Drug traffickers ambushed a patrol in the hills on Sunday.", "Drug traffickers"),
    ("Contract killer Ruben Sala admitted that he shot the banker.", "Ruben Sala"),
])
def test_criminals_by_trade_or_own_account_are_criminals(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == "CRM"


def test_the_defence_ministry_itself_keeps_its_sector(process) -> None:
    """Only its officials change: the Pentagon as a body stays coded with the armed forces it runs."""
    actors = _actors(process, "The Pentagon said it would send two more warships.")
    assert actors["Pentagon"].sector == "MIL"


def test_a_member_of_a_party_or_club_takes_no_sector_from_it(process) -> None:
    """Only a body of the state, an armed group or a criminal one gives its members' sector ('a member of a
    chess club' is no club official)."""
    actors = _actors(process, "Nora Quist, a member of a local chess club, said the hall was too cold.")
    assert actors["Nora Quist"].sector not in ("CRM", "REB", "MIL")


@pytest.mark.parametrize("text, name", [
    ("Brazil's Public Ministry asked the court to block the sale of the port.", "Public Ministry"),
    ("The Supreme People's Procuratorate approved the arrest of the former governor.",
     "Supreme People's Procuratorate"),
])
def test_a_prosecution_service_by_its_civil_law_name_is_judicial(process, text, name) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == "JUD"


def test_another_ministry_stays_the_governments(process) -> None:
    actors = _actors(process, "Brazil's Ministry of Health asked hospitals to report new cases.")
    assert actors["Ministry of Health"].sector == "GOV", {a.name: a.sector for a in actors.values()}


@pytest.mark.parametrize("text, name, sector", [
    ("The navy, the police and commandos of the Black Hawk Regiment joined the rescue.", "Black Hawk Regiment", "MIL"),
    ("Fighters of the Popular Resistance Front attacked a checkpoint near the town.", "Popular Resistance Front",
     "REB"),
])
def test_a_body_named_as_what_armed_people_are_of_is_armed(process, text, name, sector) -> None:
    actors = _actors(process, text)
    assert name in actors, sorted(actors)
    assert actors[name].sector == sector


def test_a_body_named_as_what_members_are_of_is_not_armed(process) -> None:
    actors = _actors(process, "Members of the Harbor Rowing Association rescued two swimmers.")
    assert actors["Harbor Rowing Association"].sector not in ("MIL", "REB", "CRM")
