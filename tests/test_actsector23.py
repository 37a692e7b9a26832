"""Round 23, actsector23: actors' country and sector from the evidence the text gives.

1. A person's origin ('was born in', 'is originally from', 'driven from') is the person's country only when
   the text does not say the person's present country outright: a demonym on the noun in apposition ('X, a
   Kenyan nurse') or the place the person is based in ('Lisbon-based X') stays
   (``country.person_origin._said_outright``).

Sentences written for these tests; what a careful coder records was written before the runs. Negative rows:
an origin with nothing said outright still gives the country; an origin the same as the demonym.
"""
from __future__ import annotations

import pytest


def _actor(doc, name: str):
    return next(a for a in doc.actors if a.name == name)


@pytest.mark.parametrize("text, name, code", [
    # a demonym on the apposition, then a birthplace
    ("Lena Vogt, an Austrian woman and former volunteer, said the charity had misled her. "
     "Vogt was born in Chile and moved to Vienna as a child.", "Lena Vogt", "AUT"),
    # the apposition before the name
    ("A Kenyan nurse, Grace Wanjiru, said the clinic had run out of insulin. "
     "Wanjiru, who was born in Uganda, has worked there for ten years.", "Grace Wanjiru", "KEN"),
    # based in a place, then 'originally from'
    ("Berlin-based florist Mei Chen, who is originally from Vietnam, told reporters that costs had doubled.",
     "Mei Chen", "DEU"),
    ("Lisbon-based baker Rui Tavares, who was born in Angola, said flour prices had risen.", "Rui Tavares", "PRT"),
])
def test_country_said_outright_beats_origin(process, text, name, code) -> None:
    doc = process(text, until="actors")
    assert _actor(doc, name).country == code


@pytest.mark.parametrize("text, name, code", [
    # nothing said outright: where the person is from beats where the person lives
    ("Karim Haddad, a farmer who was born in Lebanon, now lives in Brazil, where he grows coffee.",
     "Karim Haddad", "LBN"),
    ("Rahim Tahir, a retired teacher living in a camp in Kenya, was driven from Somalia by drought.",
     "Rahim Tahir", "SOM"),
    # a demonym that agrees with the origin
    ("Ali Warsame, a Somali refugee, fled Somalia in 1991 and has lived in a camp in Kenya since.",
     "Ali Warsame", "SOM"),
])
def test_origin_still_read_when_nothing_said_outright(process, text, name, code) -> None:
    doc = process(text, until="actors")
    assert _actor(doc, name).country == code
