"""Round 21 (speed18): three readers the actors stage calls hundreds of times an article set
(``organisations.place_not_body``, ``country.pronoun_owners.pronoun_owner_country``,
``own_place.own_place_country``) imported the module they read on every call (an import statement in the
function: some 2-3 microseconds each, about 2,200 calls a pass over all69-noE). Each now binds that module once,
at the end of its own module (after its own definitions, so the import cycle it avoided still resolves), and
reads the names off it at call time. What they read must be the very functions and sets the old imports gave,
and each module must still import first, on its own, in a fresh interpreter."""
from __future__ import annotations

import subprocess
import sys

import pytest

from eventwire.stages.actors import country, not_bodies, organisations, own_place
from eventwire.stages.actors.coref import pronouns
from eventwire.stages.actors.country import pronoun_owners


def test_the_bound_modules_give_the_names_the_old_imports_gave():
    assert organisations._not_bodies.said_as_place is not_bodies.said_as_place
    assert organisations._not_bodies.province_or_city is not_bodies.province_or_city
    assert pronoun_owners._pronouns.PLURAL_PRONOUNS is pronouns.PLURAL_PRONOUNS
    assert pronoun_owners._pronouns.pronoun_antecedent is pronouns.pronoun_antecedent
    assert own_place._country._away_from_home is country._away_from_home
    assert own_place._country.comments_from_outside is country.comments_from_outside
    assert own_place._country.work_title_tokens is country.work_title_tokens


def test_no_import_statement_left_in_the_three_readers():
    import inspect

    for reader in (organisations.place_not_body, pronoun_owners.pronoun_owner_country, own_place.own_place_country):
        assert " import " not in inspect.getsource(reader).split('"""')[-1], reader.__name__


@pytest.mark.parametrize("module", ["eventwire.stages.actors.organisations", "eventwire.stages.actors.not_bodies",
                                    "eventwire.stages.actors.country.pronoun_owners", "eventwire.stages.actors.own_place",
                                    "eventwire.stages.actors.coref.pronouns", "eventwire.stages.actors.seats"])
def test_each_module_imports_first_in_a_fresh_interpreter(module):
    done = subprocess.run([sys.executable, "-c", f"import {module}; import eventwire.pipeline"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr[-400:]


def test_the_readers_still_read_a_place_and_an_owner(nlp):
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages import actors
    from eventwire.stages.nlp import parse

    text = "Workers from Nepal protested in the capital on Sunday. The Kenyan president told his aides to wait.\n"
    doc = next(parse([Document(Article(text=text, published="2025-03-02"))], nlp))
    doc.build_tables()
    actors.run(doc)  # (runs all three readers; a name they read that is missing raises here)
    assert any(a.country == "NPL" for a in doc.actors if "Workers" in a.mentions[0].text)
