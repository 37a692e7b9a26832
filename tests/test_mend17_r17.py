"""Round 17, mend17: one definition each of the party nouns, the firms known by name and ``negated``, and the
imports those moves let stand at the top of their modules (no import cycle)."""
import subprocess
import sys
from importlib import import_module

import pytest

from eventwire.lexicon import words


def test_party_nouns_one_list_each_reader_adds_its_own_word():
    from eventwire.stages.actors import roles
    from eventwire.stages.actors.sector_text import opposition

    shared = words("party_nouns.txt")
    assert {"party", "coalition", "bloc"} <= shared
    assert opposition._PARTY_NOUNS == shared | {"parties"}  # the text's own words: the plural too
    assert roles._BLOC_NOUNS == shared | {"group"}  # lemmas beside a party's name
    assert "group" not in opposition._PARTY_NOUNS and "parties" not in roles._BLOC_NOUNS


def test_known_companies_live_with_the_world_knowledge():
    knowledge = import_module("eventwire.stages.actors.knowledge")  # (the package's name 'knowledge' is the function)
    sector_text = import_module("eventwire.stages.actors.sector_text")
    org_entities = import_module("eventwire.stages.actors.mentions.org_entities")
    firms = import_module("eventwire.stages.actors.sector_text.firms")

    assert sector_text.known_companies is knowledge.known_companies is firms.known_companies
    assert org_entities.known_companies is knowledge.known_companies
    assert "accenture" in knowledge.known_companies()  # the base's 'Accenture plc' without its legal form


def test_negated_lives_in_tree_and_triggers_reexports_it():
    from eventwire.stages.eventcoding import judged_frames, tree, triggers

    assert triggers.negated is tree.negated is judged_frames.negated
    assert triggers.judged_frames is judged_frames


@pytest.mark.parametrize("module", [
    "eventwire.stages.actors.mentions.org_entities",
    "eventwire.stages.actors.knowledge",
    "eventwire.stages.actors.sector_text",
    "eventwire.stages.eventcoding.triggers",
    "eventwire.stages.eventcoding.judged_frames",
    "eventwire.stages.eventcoding.tree",
])
def test_imports_alone_in_a_fresh_interpreter(module):
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize("text,verb,expected", [
    ("The ministry will not renew the licence of the broadcaster.", "renew", True),
    ("The governor is not going to sign the budget bill this week.", "sign", True),
    ("Farmers never received the promised seed from the agency.", "received", True),
    ("The ministry renewed the licence of the broadcaster on Monday.", "renewed", False),
    ("The governor is going to sign the budget bill this week.", "sign", False),
])
def test_negated_reads_not_and_never(nlp, text, verb, expected):
    from eventwire.stages.eventcoding.tree import negated

    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert negated(tok) is expected
