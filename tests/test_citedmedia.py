"""Round 14, citedmedia: named documents cited as a source are actors (stages/actors/documents.py,
document_name_heads.tsv, document_finding_verbs.txt); outlets named only by what they are ('a local radio
station', 'a private news channel', unnamed_outlets.tsv) and the press named bare as a source ('media
reported', 'told media', 'Media outlets', bare_media_words.txt) are media actors of the story's country
(mentions.generic_media). Own sentences only."""
from __future__ import annotations

import pytest


def _actors(process, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = process(text, published="2025-03-01", until="actors")
    return {a.name: (a.kind, a.country, a.sector) for a in doc.actors}


@pytest.mark.parametrize("text, name, country, sector", [
    ("According to the Global Peace Index 2024, Iceland is the most peaceful country in the world.",
     "Global Peace Index 2024", None, "CVL"),
    ("The Arctic Sea Ice Atlas shows the ice near Greenland shrank again last summer.",
     "Arctic Sea Ice Atlas", None, "CVL"),
    ("Data from the World Inequality Database show the richest tenth in Brazil hold most wealth.",
     "World Inequality Database", None, "CVL"),
    ("The Press Freedom Index ranks Norway first and Eritrea last.", "Press Freedom Index", None, "CVL"),
    ("About 40% of the city's people were born abroad, according to the Canadian census.",
     "Canadian census", "CAN", "GOV"),
    ("Kurds make up a tenth of Syria's people, according to the CIA World Factbook.",
     "CIA World Factbook", "USA", "GOV"),
])
def test_named_documents_cited_as_source(process, text, name, country, sector):
    found = _actors(process, text)
    assert found.get(name) == ("organization", country, sector), found


@pytest.mark.parametrize("text, words", [
    ("The report said nothing about the dead, officials in Lima said.", "report"),  # no name of its own
    ("An Ipsos survey found most voters in Lyon backed the plan.", "survey"),  # the maker speaks
    ("The Hang Seng Index rose 2% on Monday as traders in Hong Kong bought bank shares.", "Index"),  # a figure
    ("Oil prices fell as the Nikkei index dropped in Tokyo on Friday.", "index"),
    ("A U.S. report on Tuesday said exports to Mexico grew.", "report"),  # the state, not a document's name
])
def test_no_named_document(process, text, words):
    found = _actors(process, text)
    assert not any(words in n for n in found), found


def test_maker_named_after_is_the_source(process):
    from eventwire.stages.actors.documents import cited_documents
    from eventwire.stages.actors.words import actor_words

    doc = process("According to the Youth Gaming Safety Report released by the Online Play Council, children "
                  "in Seoul play four hours a day.", until="actors")
    assert cited_documents(doc, actor_words()) == []


@pytest.mark.parametrize("text, name, country", [
    ("A police officer in Gonaives told a local radio station on Monday that two prisoners had fled.",
     "local radio station", "HTI"),
    ("Talking to a private news channel, the army spokesman in Islamabad said 20 fighters were killed.",
     "private news channel", "PAK"),
    ("A Kenyan minister told media that the roads would reopen in Nairobi.", "media", "KEN"),
    ("Media outlets in Kabul work under rules that change often.", "Media outlets", "AFG"),
    ("Media reported that the bridge collapsed near Karachi on Sunday.", "Media", "PAK"),
])
def test_unnamed_outlets(process, text, name, country):
    found = _actors(process, text)
    assert found.get(name) == ("media", country, "MED"), found


@pytest.mark.parametrize("text", [
    "Young people in Manila spend hours on social media every day.",
    "Foreign media reported clashes near the border of Chad.",  # not the story's country's press
    "The radio station was closed by police in Port-au-Prince last week.",  # one named before
    "Hayat said the three news outlets in Kabul had been closed.",  # ones named before
    "In Harare, media have faced greater pressure since the election.",  # the trade, not a source
    "Media watchdog Reporters Without Borders hailed the freeing of the editor in Phnom Penh.",
])
def test_no_unnamed_outlet(process, text):
    found = _actors(process, text)
    assert not any(kind == "media" and not n[:1].isupper() or n in ("Media", "media", "media outlets",
                                                                   "news outlets", "radio station")
                   for n, (kind, _, _) in found.items()), found


def test_named_outlet_after_an_owner_word_is_that_outlet(process):
    found = _actors(process, "The independent newspaper Daily Monitor said the vote in Kampala was rigged.")
    assert "Daily Monitor" in found and "independent newspaper" not in found, found


def test_statement_to_media(process):
    found = _actors(process, "In a statement to media on Sunday, the rebel group in Balochistan said it had attacked a convoy.")
    assert found.get("media") == ("media", "PAK", "MED"), found


@pytest.mark.parametrize("text", [
    "According to the Ministry of Health report, cholera cases in Lusaka doubled.",
    "The Central Bank survey found that firms in Accra expect higher prices.",
])
def test_a_body_named_before_the_document_is_the_maker(process, text):
    from eventwire.stages.actors.documents import cited_documents
    from eventwire.stages.actors.words import actor_words

    assert cited_documents(process(text, until="actors"), actor_words()) == []
