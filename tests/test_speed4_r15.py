"""Round 15, speed (issues 15, 16, 21): the actors modules that now import their helpers once, at the top,
instead of on every call, still import alone, in any order a caller may start from (a cycle of top-level
imports would fail only for the module imported first), and the helpers they bind are the ones the
modules that define them hold."""
from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = ["organisations", "not_bodies", "mentions", "seats", "sector_text", "country", "bodies"]


@pytest.mark.parametrize("module", MODULES)
def test_module_imports_first(module):
    """Each module imports in a fresh interpreter as the first module of the package."""
    done = subprocess.run([sys.executable, "-c", f"import eventwire.stages.actors.{module}"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def test_bound_helpers_are_the_defining_modules():
    """The names bound at the top are the defining modules' own functions (no stale or shadowed copy)."""
    from importlib import import_module

    from eventwire import gazetteer, settings

    # (the modules by their full names: the package's own namespace binds some of their functions' names)
    bodies, country, knowledge, mentions, not_bodies, organisations, places, sector, sector_text, seats = (
        import_module(f"eventwire.stages.actors.{m}") for m in (
            "bodies", "country", "knowledge", "mentions", "not_bodies", "organisations", "places", "sector",
            "sector_text", "seats"))

    assert organisations.known_companies is sector_text.known_companies
    assert organisations.describers is sector_text.describers
    assert organisations.descriptor_sector is sector.descriptor_sector
    assert organisations.knowledge is knowledge.knowledge
    assert organisations.gazetteer is gazetteer and bodies.gazetteer is gazetteer
    # (the country package's modules that read the gazetteer bind it each)
    assert country.body_home.gazetteer is gazetteer and country.person_home.gazetteer is gazetteer
    assert organisations.settings is settings and places.settings is settings and not_bodies.settings is settings
    assert mentions.record_sector is sector.record_sector and mentions.recent is knowledge.recent
    assert not_bodies._well_known_place is mentions._well_known_place
    assert seats.place_of_note is not_bodies.place_of_note and seats.everyday_word is not_bodies.everyday_word
    assert import_module("eventwire.stages.actors.sector_text.opposition").leader_roles is sector.leader_roles
    assert bodies.tokens_with_lemma is mentions.tokens_with_lemma
