"""The pipeline: ingest -> nlp -> actors -> quotes -> times -> places -> events -> record.

Each stage is a module in ``eventwire.stages`` with ``run(doc: Document) -> None`` that adds its own
items to the shared ``Document``; later stages read what earlier ones left. The nlp stage runs over many
articles at once (``nlp.pipe``); the others run per article.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from spacy.language import Language

from .document import Document
from .record import Article, Record
from .stages import actors, events, nlp, places, quotes, times

if TYPE_CHECKING:  # pragma: no cover
    from .dictionaries import Dictionaries

Stage = Callable[[Document], None]

# the order is the data flow: each stage may read what the stages before it produced
STAGES: tuple[tuple[str, Stage], ...] = (
    ("actors", actors.run),
    ("quotes", quotes.run),
    ("times", times.run),
    ("places", places.run),
    ("events", events.run),
)


@dataclass
class Outcome:
    """The result for one article: a record, or the error that stopped its extraction."""

    article: Article
    record: Record | None = None
    error: str | None = None


class Pipeline:
    def __init__(self, model: str | None = None, stages: tuple[tuple[str, Stage], ...] = STAGES,
                 dictionaries: Dictionaries | None = None) -> None:
        """With PETRARCH ``dictionaries`` the events stage is the dictionary coder instead of the project's."""
        self.nlp: Language = nlp.load_model(model)
        self.stages = stages
        self.dictionary_coder = None
        if dictionaries:
            from .stages.dictionary_coding import DictionaryCoder

            self.dictionary_coder = DictionaryCoder(dictionaries)
            self.stages = tuple((name, self.dictionary_coder if name == "events" else stage) for name, stage in stages)

    def extract(self, article: Article) -> Record:
        """One article through every stage; raises whatever a stage raises."""
        outcome = next(self.run([article]))
        if outcome.error:
            raise RuntimeError(outcome.error)
        assert outcome.record is not None
        return outcome.record

    def run(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        """Records for many articles, streamed; a stage failing on one article does not stop the rest."""
        docs = (Document(article) for article in articles)
        for doc in nlp.parse(docs, self.nlp):
            yield self._finish(doc)

    def _finish(self, doc: Document) -> Outcome:
        for name, stage in self.stages:
            try:
                stage(doc)
            except Exception as exc:  # noqa: BLE001 - reported per article, the batch goes on
                where = doc.article.source or doc.article.id
                detail = traceback.format_exception_only(exc)[-1].strip()
                return Outcome(doc.article, error=f"{where}: {name} stage failed: {detail}")
        return Outcome(doc.article, record=doc.to_record())
