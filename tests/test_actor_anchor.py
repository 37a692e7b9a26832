"""actors.words.Anchor: the list led by '\\W' and read after one space must find what '\\b(?:list)\\b' finds."""
import re

from eventwire.stages.actors.words import Anchor, actor_words

TEXTS = [
    "Army officers and navy,army,police chiefs met; the disarmament talks went on.",
    "police said the policeman was not a police officer but a coast guard member",
    "Minister of Health\nminister-designate, prime minister's office (ministers) and the vice-minister.",
    "army",  # the whole text one word
    "ARMY NAVY Army Navy aRmY",
    "the junta's army, navy and air force; an armyworm is no army; x_army and army_x are one word each",
    "Café owners, the Army's chief; ÉCOLE army—navy–police",
    "Acme Co.army of lawyers, Gov.Navy and Dept. police; co. at the end co.",  # a word that ends in '.'
]


def _plain(alternation: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?i:\b(?:{alternation})\b)", text)]


def test_led_anchor_finds_what_the_plain_pattern_finds():
    for alternation in ("army|navy|police|air force|coast guard", "minister|prime minister|ministers",
                        "police(?:man|men)?|officers?", r"co\.|gov\.|dept\.|army|navy|police"):
        anchor = Anchor(alternation)
        assert anchor._led is not None  # (the list begins with letters only)
        for text in TEXTS:
            assert anchor.spans(text) == _plain(alternation, text), (alternation, text)


def test_lists_not_led_by_word_characters_keep_the_plain_search():
    anchor = Anchor(r"\.net|army")  # a word may begin with '.': '\b' before it is not '\W'
    assert anchor._led is None
    for text in TEXTS + ["see the .net site and the army"]:
        assert anchor.spans(text) == _plain(r"\.net|army", text)


def test_the_actor_lists_anchors_are_led_and_agree():
    w = actor_words()
    anchors = [w.state_body_anchor, w.body_noun_anchor, w.media_head_anchor, w.role_anchor]
    assert all(a._led is not None for a in anchors)
    for anchor in anchors:
        for text in TEXTS + ["The Interior Ministry spokesman told state television the Senate had met.",
                             "reporters from the news agency and a newspaper asked the parliament"]:
            assert anchor.spans(text) == [m.span() for m in anchor.pattern.finditer(text)]
