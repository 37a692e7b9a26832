"""The parse's entities by label and by token, made once per document for the actors stage's readers: many
of them are asked once per actor or per mention, and each walked every entity of the article (reading each
one's label, a string looked up anew on every read) to find the few of one label or the one holding a word."""
from __future__ import annotations

from ...document import Document, span_text


def labelled_entities(doc: Document, labels: frozenset[str]) -> tuple:
    """The entities of the parse whose label is in ``labels``, in text order (``doc.entities()`` filtered),
    made once per document and set of labels."""
    key = ("entities labelled", labels)
    found = doc._cache.get(key)
    if found is None:
        found = doc._cache[key] = tuple(e for e, label in zip(doc.entities(), entity_labels(doc)) if label in labels)
    return found


def entity_labels(doc: Document) -> list[str]:
    """The label of each entity of the parse, in the order of ``doc.entities()``, read once per document."""
    found = doc._cache.get("entity labels")
    if found is None:
        found = doc._cache["entity labels"] = [e.label_ for e in doc.entities()]
    return found


def entity_at(doc: Document, i: int):
    """The entity that holds token ``i``, or None: what ``next((e for e in doc.entities() if e.start <= i <
    e.end), None)`` gives (the entities never overlap), read off a table of the tokens in entities made once
    per document."""
    table = doc._cache.get("entity of token")
    if table is None:
        table = doc._cache["entity of token"] = {}
        for e in reversed(doc.entities()):  # (the first entity holding a token wins, as ``next`` over them)
            for k in range(e.start, e.end):
                table[k] = e
    return table.get(i)


def entity_text(ent) -> str:
    """What ``ent.text`` gives for an entity (or another span) of the parse, cut from the article's text by its
    offsets (``span_text``: ``Span.text`` makes a Token per word on every read). The parse reads the article
    with its typographic apostrophes written straight (``nlp.parse_text``, one character for one): a span
    holding one is read off the parse itself."""
    text = span_text(ent)
    return ent.text if "’" in text or "ʼ" in text or "‘" in text else text


ORG = frozenset({"ORG"})
PERSON = frozenset({"PERSON"})
GPE = frozenset({"GPE"})
GPE_LOC = frozenset({"GPE", "LOC"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
