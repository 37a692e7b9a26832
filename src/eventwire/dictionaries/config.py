"""The dictionary files of a PETRARCH installation, found by PETRARCH's own configuration file.

A folder of dictionaries as PETRARCH distributes them holds a ``PETR_config.ini`` whose ``[Dictionaries]``
section names them: ``verbfile_name``, ``actorfile_list`` (comma-separated), ``agentfile_name``,
``discardfile_name`` (``issuefile_name`` is read by PETRARCH for issue coding, which eventwire does not do).
"""
from __future__ import annotations

import configparser
from pathlib import Path

from .common import DictionaryError

CONFIG_NAME = "PETR_config.ini"
KEYS = {"verbs": "verbfile_name", "actors": "actorfile_list", "agents": "agentfile_name",
        "discards": "discardfile_name"}
LISTS = ("actors", "agents")


def dictionary_files(directory: str) -> dict[str, str | list[str]]:
    """Paths of the dictionaries the folder's ``PETR_config.ini`` names (lists for actors and agents).
    Raises DictionaryError when there is no such file, it names none, or a named file is missing."""
    folder = Path(directory)
    config_path = folder / CONFIG_NAME
    if not config_path.is_file():
        found = sorted(p for p in folder.glob("*.ini") if p.is_file())
        if len(found) != 1:
            raise DictionaryError(f"{directory}: no {CONFIG_NAME} naming the dictionaries")
        config_path = found[0]
    parser = configparser.ConfigParser(inline_comment_prefixes=("#", ";"), strict=False, interpolation=None)
    try:
        parser.read(config_path, encoding="utf-8")
    except configparser.Error as exc:
        raise DictionaryError(f"{config_path}: cannot read PETRARCH configuration: {exc}") from None
    if not parser.has_section("Dictionaries"):
        raise DictionaryError(f"{config_path}: no [Dictionaries] section")
    out: dict[str, str | list[str]] = {}
    for kind, key in KEYS.items():
        value = parser.get("Dictionaries", key, fallback="").strip()
        names = [n.strip() for n in value.split(",") if n.strip()]
        if not names:
            continue
        paths = [folder / n for n in names]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise DictionaryError(f"{config_path}: {key} names a missing file: {', '.join(missing)}")
        out[kind] = [str(p) for p in paths] if kind in LISTS else str(paths[0])
    if not out:
        raise DictionaryError(f"{config_path}: [Dictionaries] names no dictionary files")
    return out
