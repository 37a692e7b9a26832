"""Verbal conflict that wire news tells (round 26, verbal26): rejections and refusals (REJECT) and threats
(THREATEN) in shapes the event lexicons did not read: a voiced worry dismissed or brushed aside, a course ruled
out, an invitation declined, a proposal balked at, a measure threatened against a party, a vowed reprisal whose
condition names the party bound. Near misses (a cause ruled out, a price balked at, "declined to comment",
exports declining, a threatened species, rain warned of, a pronoun of the condition read as the threatener's
own state) code nothing or no such party. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.event_helpers import coded_rule


def _names(parties: tuple[str, ...], want: str) -> bool:
    return any(want.lower() in p.lower() for p in parties)


def _of_type(process, text: str, kind: str) -> list[tuple]:
    return [e for e in coded_rule(process, text) if e[0] == kind]


@pytest.mark.parametrize("text, source, target, rule", [
    # a worry, rumour or doubt voiced by others, dismissed (word class dismissed)
    ("Brazilian Finance Minister Rui Costa dismissed fears that the new levy would slow growth.",
     "Rui Costa", "", "verb:dismiss/"),
    ("Argentine Trade Minister Luis Pena rebuffed fears that the tariffs would cause a recession.",
     "Luis Pena", "", "verb:rebuff/"),
    ("The Kenyan government brushed aside criticism from Uganda over the pipeline.",
     "Kenya", "", "verb:brush/"),
    # a course put to a party and ruled out (word class ruled_out): the party of its "with" phrase
    ("Serbian President Aleksandar Vucic ruled out talks with Kosovo.", "Aleksandar Vucic", "Kosovo",
     "verb:rule/out"),
    ("Ukraine ruled out any compromise with Russia over Crimea.", "Ukraine", "", "verb:rule/out"),
    # an invitation or offer declined (word class declined), a proposal balked at
    ("Iraq declined an invitation from Turkey to attend the summit.", "Iraq", "Turkey", "verb:decline/"),
    ("Slovakia balked at the European Commission's proposal.", "Slovakia", "European Commission", "verb:balk/"),
])
def test_a_rejection_told_by_its_verb(process, text, source, target, rule) -> None:
    found = _of_type(process, text, "REJECT")
    assert any(_names(s, source) and (not target or _names(t, target)) and r.startswith(rule)
               for _, s, t, r in found), found


@pytest.mark.parametrize("text", [
    # a cause or a forecast ruled out, nothing put to a party
    "Police in Lima ruled out foul play in the death of the Chilean diplomat.",
    "Brazil's central bank ruled out a rate cut.",
    # a price balked at: no party named
    "The Swiss firm balked at the price.",
    # declining: a fall, a refusal to speak to the press
    "Exports to Germany declined sharply in March.",
    "Nepal's foreign minister declined to comment.",
    # a court's motion between private parties, a refusal to comment
    "The court rejected a motion by Apple to dismiss the lawsuit brought by Epic Games.",
    "The Pakistani officials refused to comment on the Indian report.",
])
def test_no_rejection_without_a_course_put_to_a_party(process, text) -> None:
    found = _of_type(process, text, "REJECT")
    assert not found, found


@pytest.mark.parametrize("text, source, target, rule", [
    # a measure threatened against a party (word class threat_measures): the party it is aimed at
    ("Beijing threatened sanctions against Lithuania.", "China", "Lithuania", "verb:threaten/@threat_measures"),
    ("Washington threatened tariffs on Mexican steel.", "United States", "Mexico",
     "verb:threaten/@threat_measures"),
    # a reprisal vowed or threatened, its condition hung on the "to" complement: the party the condition binds
    ("Kenya vowed to retaliate if Somalia seized its ships.", "Kenya", "Somalia", "verb:vow/"),
    ("Iran threatened to close the strait if Washington imposed new sanctions.", "Iran", "United States",
     "verb:threaten"),
    ("Jordan's king warned Israel of dire consequences if it annexed the valley.", "Jordan", "Israel",
     "verb:warn"),
])
def test_a_threat_names_the_party_it_is_aimed_at(process, text, source, target, rule) -> None:
    found = _of_type(process, text, "THREATEN")
    assert any(_names(s, source) and _names(t, target) and r.startswith(rule) for _, s, t, r in found), found


def test_the_condition_does_not_bind_the_threatener_own_state(process) -> None:
    # "it" of the condition is Israel's; the king's own country is never the party bound
    found = _of_type(process, "Jordan's king warned Israel of dire consequences if it annexed the valley.",
                     "THREATEN")
    assert found and not any(_names(t, "Jordan") for _, _, t, _ in found), found


@pytest.mark.parametrize("text", [
    # a threat of nature, a threatened species or crop, rain warned of
    "Meteorologists warned of heavy rain in the north.",
    "The drought threatened crops across Kenya.",
    "Conservation groups say the leopard is a threatened species in Nepal.",
    # a measure threatened with nobody named it is aimed at, under a guess
    'Analyst Tom Reed said, "Trump may overreach and start threatening military action."',
])
def test_no_threat_without_a_party_threatened(process, text) -> None:
    found = _of_type(process, text, "THREATEN")
    assert not found, found


# ---- threats told as force not ruled out, a response promised; a refusal's own troops -------------------------

@pytest.mark.parametrize("text, source, target, rule", [
    # force or a measure not ruled out against a party (word class open_threats, flag neg)
    ("Israel did not rule out military action against Iran.", "Israel", "Iran", "verb:rule/out+@open_threats"),
    ("Russia said it would not rule out the use of force against Georgia.", "Russia", "Georgia",
     "verb:rule/out+@open_threats"),
    # a response promised or vowed to a party's deed (word class answered_threats): the deed's doer
    ("Pakistan promised a strong response to any Indian aggression.", "Pakistan", "India",
     "verb:promise/@answered_threats"),
    ("Seoul vowed a harsh reply to the provocation by Pyongyang.", "South Korea", "North Korea",
     "verb:vow/@answered_threats"),
])
def test_a_threat_not_ruled_out_or_promised(process, text, source, target, rule) -> None:
    found = _of_type(process, text, "THREATEN")
    assert any(_names(s, source) and _names(t, target) and r.startswith(rule) for _, s, t, r in found), found


@pytest.mark.parametrize("text", [
    # a cause or a forecast not ruled out; a response to no party's deed
    "Police in Quito did not rule out foul play in the death of the Peruvian diplomat.",
    "The central bank of Chile did not rule out a rate cut.",
    "Kenya vowed a swift response to the floods.",
    # force ruled out: no threat
    "Kenyan President William Ruto ruled out military action against Somalia.",
])
def test_no_threat_in_a_forecast_or_force_ruled_out(process, text) -> None:
    found = _of_type(process, text, "THREATEN")
    assert not found, found


def test_a_promised_response_is_no_promise(process) -> None:
    found = [e for e in coded_rule(process, "Pakistan promised a strong response to any Indian aggression.")
             if e[0] == "AGREE"]
    assert not found, found


def test_a_refusal_is_not_aimed_at_the_refusing_side_own_troops(process) -> None:
    found = _of_type(process, "The Iraqi leader refused to withdraw his troops from Kuwait.", "REJECT")
    assert found and not any(_names(t, "troops") for _, _, t, _ in found), found


def test_a_court_denying_bail_rejects_no_party(process) -> None:
    found = _of_type(process, "A federal judge in Boston denied bail to the former banker.", "REJECT")
    assert not found, found


# ---- nouns: a warning that tells a deed, a denial of a claim ----------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    # a warning that its maker will do a coercive deed (word class threat_nouns, context.own_threat)
    ("Ghana issued a warning that it would expel Nigerian traders.", "Ghana", "Nigerian traders"),
    ("Ethiopia repeated its warning that it would strike the rebels in Tigray.", "Ethiopia", "rebels"),
])
def test_a_warning_that_tells_a_deed_is_a_threat(process, text, source, target) -> None:
    found = _of_type(process, text, "THREATEN")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found
    assert not [e for e in coded_rule(process, text) if e[0] in ("SANCTION", "ASSAULT")]


def test_a_warning_of_weather_tells_no_threat(process) -> None:
    text = "The Kenyan weather office issued a warning that floods would hit the coast."
    assert not _of_type(process, text, "THREATEN")


def test_a_denial_of_a_claim_rejects_its_maker(process) -> None:
    found = _of_type(process, "Kenya's denial of the Ugandan claims came hours later.", "REJECT")
    assert any(_names(s, "Kenya") and _names(t, "Uganda") for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "The website of the Kenyan tax office suffered a denial of service attack.",
    "The denial of visas to the Afghan team drew criticism from Canada.",
])
def test_a_denial_of_no_claim_is_no_rejection(process, text) -> None:
    assert not [e for e in _of_type(process, text, "REJECT") if e[3].startswith("noun:denial")]


# ---- a refusal despite calls or protests answers their makers ------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Despite calls from the African Union, Chad refused to release the opposition leader.", "Chad", "African Union"),
    ("Despite pressure from Washington, Israel refused to halt the offensive.", "Israel", "United States"),
])
def test_a_refusal_despite_calls_answers_the_callers(process, text, source, target) -> None:
    found = _of_type(process, text, "REJECT")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


def test_a_refusal_despite_the_weather_answers_nobody(process) -> None:
    assert not _of_type(process, "Despite the rain, Chad refused to postpone the vote.", "REJECT")


# ---- a claim rejected in apposition: its teller ----------------------------------------------------------------

def test_a_charge_rejected_answers_who_reiterated_the_claim(process) -> None:
    text = ("Colombian officials reiterated the claim that Tuesday's bombing was planned in Venezuela, "
            "a charge Venezuela rejected.")
    found = _of_type(process, text, "REJECT")
    assert any(_names(s, "Venezuela") and _names(t, "Colombian officials") for _, s, t, _ in found), found


# ---- the brief's near misses: entry refused is coercion, not a rejection; a denial answers its accuser ---------

def test_entry_refused_is_no_rejection(process) -> None:
    # a state refusing people entry is COERCE 1722 (event_verbs.tsv deny/refuse obj:visa|entry|admission)
    found = coded_rule(process, "Swiss border police denied entry to the Kenyan athletes.")
    assert not [e for e in found if e[0] == "REJECT"], found
    assert [e for e in found if e[0] == "COERCE"], found


def test_wrongdoing_denied_answers_the_accuser(process) -> None:
    text = "Prosecutors in Lima accused Mayor Jorge Ruiz of bribery. Ruiz denied any wrongdoing."
    found = _of_type(process, text, "REJECT")
    assert any(_names(s, "Jorge Ruiz") and _names(t, "Prosecutors") for _, s, t, _ in found), found


# ---- a court turning down a motion of nobody named: procedure, not a rejection of a party --------------------

@pytest.mark.parametrize("text", [
    "The judge rejected the defense's request for a delay.",
    "A federal court in Miami rejected the motion.",
])
def test_a_court_turning_down_a_motion_rejects_no_party(process, text) -> None:
    assert not _of_type(process, text, "REJECT")


def test_a_court_turning_down_a_state_request_rejects_the_state(process) -> None:
    text = "The court's president, Judge Ana Silva, rejected Kenya's request to brief the judges."
    found = _of_type(process, text, "REJECT")
    assert any(_names(s, "Ana Silva") and _names(t, "Kenya") for _, s, t, _ in found), found


# ---- a warning to the public or to one's own people is an advisory, not a threat ----------------------------

@pytest.mark.parametrize("text", [
    "Police in Lagos warned residents to stay indoors during the storm.",
    "The Kenyan central bank warned investors that the shilling could fall.",
    "The State Department warned Americans against travel to Haiti.",
])
def test_an_advisory_is_no_threat(process, text) -> None:
    assert not _of_type(process, text, "THREATEN")


@pytest.mark.parametrize("text, source, target", [
    ("Iran warned the United States against any attack.", "Iran", "United States"),
    ("Boko Haram threatened Nigeria.", "Boko Haram", "Nigeria"),
])
def test_a_warning_to_another_party_stays_a_threat(process, text, source, target) -> None:
    found = _of_type(process, text, "THREATEN")
    assert any(_names(s, source) and _names(t, target) for _, s, t, _ in found), found


def test_a_pronoun_read_as_the_rejecting_side_is_not_its_target(process) -> None:
    text = ("Peruvian officials first claimed that no country had offered to take in the refugees but later admitted "
            "that some had, and that Peru turned them down.")
    found = _of_type(process, text, "REJECT")
    assert not any(_names(t, "Peruvian officials") for _, _, t, _ in found), found


def test_saying_no_to_a_party_plan_rejects_the_party(process) -> None:
    found = _of_type(process, "Hungary said no to the European Union's migration plan.", "REJECT")
    assert any(_names(s, "Hungary") and _names(t, "European Union") for _, s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Swiss voters said no to the proposal.",
    "The Kenyan runner said no to the interview.",
])
def test_saying_no_to_nobody_thing_rejects_no_party(process, text) -> None:
    assert not _of_type(process, text, "REJECT")
