"""PETRARCH/TABARI dictionaries (actors, agents, verbs with synsets and patterns, discards) read into
eventwire's own lexicon model; see ``model.load_dictionaries``."""
from __future__ import annotations

from .common import DictionaryError
from .model import (ActorEntry, AgentEntry, DatedCode, Dictionaries, Discard, Pattern, PatternItem, Transformation,
                    VerbBlock, VerbForm, load_dictionaries, valid_code)

__all__ = ["ActorEntry", "AgentEntry", "DatedCode", "Dictionaries", "DictionaryError", "Discard", "Pattern",
           "PatternItem", "Transformation", "VerbBlock", "VerbForm", "load_dictionaries", "valid_code"]
