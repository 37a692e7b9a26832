"""The readers' rule of the story's setting: which actors left without a country a reader
places in the country the story is set in (local people, officials, security forces, state bodies, local
outlets and bodies), and which never (commentators, international bodies, people away from home)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ....document import Document
from ....lexicon import words
from ....record import Actor
from ..words import ActorWords, group_head
from .phrase import _description, _span_of, before_name
from .body_home import research_body
from .employers import _serves_no_country, body_spoken_for
from .commentators import comments_from_outside, institution_of, is_commentator, research_body_named
from .outsiders import _away_from_home, _coming_into, _from_outside
from .press_audience import press_audience


_SETTING_SECTORS = {  # the sectors of the actors of each kind a reader places in the story's country
    "person": (None, "CVL", "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "BUS", "LAB", "AGR"),
    "group": (None, "CVL", "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "BUS", "LAB", "AGR", "EDU", "MED"),
    # (EDU: schools; MED: 'journalists' of no outlet named, the place's own press; not 'foreign journalists')
    "organization": ("GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB"),  # a state body, an opposition party or an
    # armed group; never a charity, firm or league before sectors are settled (``_local_body``)
    "media": ("MED",),
}


def _civil_bodies(actor: Actor) -> bool:
    """'rights groups', 'aid agencies', 'charities', 'media groups' named by what they are, not whose:
    bodies that may work from anywhere (``body_group_nouns.txt``)."""
    head = group_head(actor)
    return actor.kind == "group" and actor.sector in (None, "CVL", "MED") and re.sub(r"(?:ie)?s$", "", head) in \
        _body_group_stems()


@lru_cache(maxsize=1)
def _body_group_stems() -> frozenset[str]:
    """``body_group_nouns.txt``'s nouns without a final 'y' ('agency' -> 'agenc'), as ``_civil_bodies`` cuts
    a plural ('agencies' -> 'agenc'); made once."""
    return frozenset(re.sub(r"y$", "", n) for n in words("body_group_nouns.txt"))


_NAME_FUNCTION_WORDS = frozenset({"the", "a", "an", "some", "other", "several", "many", "most", "all", "two", "three",
                                  "few", "various", "both", "these", "those", "such", "and", "of"})


def _cause_groups(actor: Actor) -> bool:
    """Whether a group named by a body noun (``_civil_bodies``) is named by a cause that crosses borders
    ('rights groups', 'aid agencies', 'press freedom organizations': ``cause_group_words.txt``) or by
    the noun alone ('groups'); 'political groups', 'student groups', 'local fan organizations' are the
    people of the place."""
    if not _civil_bodies(actor):
        return False
    words_ = [x.strip(".,'’\"") for x in actor.name.lower().split()[:-1]]
    words_ = [x for x in words_ if x and x not in _NAME_FUNCTION_WORDS]
    return not words_ or any(x in words("cause_group_words.txt") for x in words_)


def _placed_by_setting(doc: Document, w: ActorWords, actor: Actor, dateline: bool = False,
                       settled: bool = False) -> bool:
    """Whether a reader takes an actor the story leaves without a country for one of the country the
    story is set in: local people (residents, witnesses, officials), security forces, state bodies,
    local outlets (``_local_outlet``); never commentators ('analysts', a researcher), people living away
    from home ('migrants', ``displaced_group_words.txt``), international bodies, staff of an outlet (they
    follow their outlet: ``_staff_follow_outlets``), or people who speak for a body whose country is
    unknown.
    Under a dateline ('KABUL —') the bodies of any sector named without a country are the place's too;
    once sectors are ``settled``, so are the civil, teaching, business and unsorted bodies the knowledge base does
    not know (``_local_body``). Criminals (CRM) are placed like armed groups once sectors are settled (as they
    were when recorded REB), not before."""
    sector = "REB" if actor.sector == "CRM" and settled else actor.sector
    if sector not in _SETTING_SECTORS.get(actor.kind, ()) and not (
            dateline and actor.kind == "organization" and actor.sector != "IGO") and not (
            actor.kind == "organization" and actor.sector == "MED") and not (
            settled and actor.kind == "organization" and actor.sector in _LOCAL_BODY_SECTORS):
        return False
    if actor.kind == "media" or actor.sector == "MED" and actor.kind == "organization":
        return _local_outlet(doc, actor)
    if actor.kind == "organization" and actor.sector in _LOCAL_BODY_SECTORS and not dateline:
        return _local_body(doc, actor)
    if actor.kind == "group" and comments_from_outside(doc, actor):
        return False
    if actor.kind == "group" and _away_from_home(actor):
        return False  # 'migrants', 'refugees': where they are, not whose they are
    if actor.kind == "group" and _coming_into(doc, actor):
        return False  # 'families moving to Japan', 'workers arriving in Qatar': who come there, not its people
    if actor.kind == "group" and actor.sector == "MED" and press_audience(doc, actor)[0]:
        return False  # 'told reporters': the press where the speaker speaks (``press_audience``)
    if (_cause_groups(actor) if settled else _civil_bodies(actor)) or actor.kind == "group" and _from_outside(doc, actor):
        return False  # 'rights groups', 'aid agencies', 'charities' may come from anywhere; 'foreign
        # bloggers', 'international forces' come from outside the setting
    if actor.kind == "person":
        if is_commentator(doc, actor) and (institution_of(doc, actor) is not None or research_body_named(doc, actor)):
            return False  # 'Jane Doe, a researcher at ...': her institution, not the story, places her
        span = _span_of(doc, actor)
        body = body_spoken_for(doc, actor)
        if body is not None and (not body.country and _serves_no_country(w, body) or body.kind == "media"):
            return False  # staff of an international body, or of an outlet (which may be foreign)
        if _in_team_from_outside(doc, actor):
            return False  # 'who leads her international legal team': one of a team from outside the setting
        if span is not None and _own_phrase_country(doc, w, span) not in (None, doc.setting):
            return False  # 'commander for U.S. Indo-Pacific Command' in a story set in North Korea
    return True


def _in_team_from_outside(doc: Document, actor: Actor) -> bool:
    """Whether a person's own phrase (the title before the name, the apposition or relative clause after
    it) makes the person one of a team, delegation or mission (``member_nouns.txt``) named as coming
    from outside (``foreign_group_words.txt``): 'a lawyer on his international legal team', 'who heads
    the foreign monitoring mission'. Not a foreign word of the person's own title ('the foreign minister')."""
    span = _span_of(doc, actor)
    if span is None:
        return False
    outside, members = words("foreign_group_words.txt"), words("member_nouns.txt")
    phrase = before_name(span) + [t for c in span.root.children if c.i >= span.end and c.dep_ in (
        "appos", "relcl", "acl") for t in c.subtree]
    return any(t.lower_ in outside and t.head.lemma_.lower() in members and t.head.i != span.root.i and
               t.head.dep_ != "appos" for t in phrase)


def _local_outlet(doc: Document, actor: Actor) -> bool:
    """Whether a reader takes an outlet named without a country for one of the story's country: one
    named by what it is ('local media', 'state television'), or one named by its own name that the
    knowledge base does not know (the well-known outlets of every country and the international ones
    are there, with their countries or none): a local paper or station ('a journalist with NewsDay').
    Not one whose name says it covers a wider region or the world ('Healthcare Asia',
    ``region_and_world_words.txt``), nor a scholarly journal ('the journal X', ``scholarly_outlet_nouns.txt``)."""
    lowered = actor.name.lower().split()
    if actor.name[:1].islower() or lowered[0] in ("local", "state"):
        return True
    if any(x.strip(".,'’") in words("region_and_world_words.txt") for x in lowered):
        return False
    return not _named_as_scholarly(doc, actor)


_LOCAL_BODY_SECTORS = (None, "CVL", "EDU", "BUS")  # (BUS: a firm the knowledge base does not know)


@lru_cache(maxsize=1)
def _wide_or_faith_words() -> frozenset[str]:
    """The words that say a body is wider than one country or of a faith, read once (not per body)."""
    return words("region_and_world_words.txt") | words("faith_words.txt")


def _local_body(doc: Document, actor: Actor) -> bool:
    """Whether a reader takes a civil, teaching, business or unsorted body named without a country, and unknown
    to the knowledge base (which holds the international NGOs, with no country, and the well-known firms), for
    one of the country the story is set in: a local association, charity, party, museum or firm ('the Elephant
    Protection Society' in a story set in Botswana; a company a local man founded), not a firm that advises
    (``_advising_firm``). Not a body whose name says it is wider than one country ('International
    ...', 'Asian ...': ``region_and_world_words.txt``) or names a faith ('the Catholic Church': ``faith_words.txt``), a university or research body (where the commentators
    of a story work, often abroad), nor a scholarly journal. Read once sectors are settled: before, firms
    have no sector yet."""
    wide = _wide_or_faith_words()
    if any(x.strip(".,'’") in wide for x in actor.name.lower().split()):
        return False
    if actor.sector == "BUS" and _advising_firm(doc, actor):
        return False
    return not research_body(actor.name) and not _named_as_scholarly(doc, actor)


def _advising_firm(doc: Document, actor: Actor) -> bool:
    """Whether a firm is introduced as one that studies, rates or advises ('business consultancy X', 'X, a
    risk consultancy', 'ratings agency X': ``commentator_firm_words.txt``): like a commentator, it may work
    from anywhere. A firm the story names doing business ('X founded Y Corporation') is the setting's."""
    said = words("commentator_firm_words.txt")
    first = actor.mentions[0].start
    near = doc.text[max(0, first - 40):first].lower().split()[-3:]
    if any(x.strip(",.'’\"") in said for x in near):
        return True
    span = _span_of(doc, actor)
    return span is not None and any(t.lower_ in said for t in before_name(span) + _description(span))


def _named_as_scholarly(doc: Document, actor: Actor) -> bool:
    """Whether a noun for a scholarly periodical comes right before a mention ('the journal X')."""
    scholarly = words("scholarly_outlet_nouns.txt")
    for m in actor.mentions[:3]:
        before = doc.text[max(0, m.start - 40):m.start].lower().split()[-3:]
        if any(x.strip(",:") in scholarly for x in before):
            return True
    return False


def _own_phrase_country(doc: Document, w: ActorWords, span: Span) -> str | None:
    """A country named in a person's own phrase: the title before the name and the whole of the
    appositions after it, briefs included."""
    words = before_name(span) + [t for c in span.root.children if c.dep_ in ("appos", "prep") and c.i >= span.end
                                  for t in c.subtree]
    return w.country_in(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
