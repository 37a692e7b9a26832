"""The pipeline: ingest -> nlp -> document tables -> actors -> quotes -> times -> places -> events -> record.

Each stage is a module in ``eventwire.stages`` with ``run(doc: Document) -> None`` that adds its own
items to the shared ``Document``; later stages read what earlier ones left. The nlp stage runs over many
articles at once (``nlp.pipe``); the others run per article.
"""
from __future__ import annotations

import gc
import time
import traceback
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from spacy.language import Language

from . import settings
from .document import Document
from .record import Article, Record
from .stages import actors, events, nlp, places, quotes, times

if TYPE_CHECKING:  # pragma: no cover
    from .dictionaries import Dictionaries

Stage = Callable[[Document], None]

# A short article in the project's own words, run once when a pipeline is built so that what the stages load
# on first use (lexicon tables, the gazetteer index, derived word sets) is loaded before the first real one.
WARM_UP_TEXT = (
    "BRUSSELS - The foreign minister of Portugal, Ana Ribeiro, said on Monday that talks with Morocco on "
    "fishing rights would resume next week in Rabat. \"We expect an agreement before the summer,\" she told "
    "reporters. Police in Lisbon arrested 12 people after a protest outside the parliament on Sunday, the "
    "Lusa news agency reported, citing a police spokesman.\n"
)

# the order is the data flow: each stage may read what the stages before it produced. "document tables" is
# no stage of its own: it makes the parse's tables every stage after it reads (``Document.build_tables``),
# so that their cost is shown as theirs and not as the actors stage's, which read them first before.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("document tables", Document.build_tables),
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
                 dictionaries: Dictionaries | None = None, warm: bool = True) -> None:
        """With PETRARCH ``dictionaries`` the events stage is the dictionary coder instead of the project's.
        ``warm``: run ``warm_up`` now."""
        self.nlp: Language = nlp.load_model(model)
        self.stages = stages
        self.dictionary_coder = None
        if dictionaries:
            from .stages.dictionary_coding import DictionaryCoder

            self.dictionary_coder = DictionaryCoder(dictionaries)
            self.stages = tuple((name, self.dictionary_coder if name == "events" else stage) for name, stage in stages)
        self.warm_up_seconds = self.warm_up() if warm else None

    def warm_up(self) -> float:
        """Run ``WARM_UP_TEXT`` through every stage, then move every object alive now (the model, the lexicon
        tables, the stages' word sets: they live as long as the process) out of the garbage collector's
        reach with ``gc.freeze()``. The collector then no longer scans them again and again while articles
        run (~7% of extraction time on VOA stories), and a worker process exits at once instead of
        collecting them at shutdown (3 s). The collector's first-generation threshold is then raised to
        ``settings.GC_GEN0_THRESHOLD`` (never lowered): the objects left to collect are the short-lived ones
        an article makes. Returns the seconds taken."""
        started = time.perf_counter()
        with self.nlp.memory_zone() if hasattr(self.nlp, "memory_zone") else nullcontext():
            for _ in self.run([Article(text=WARM_UP_TEXT, published="2024-03-04")]):
                pass
        gc.collect()
        gc.freeze()
        gen0, gen1, gen2 = gc.get_threshold()
        if gen0 and gen0 < settings.GC_GEN0_THRESHOLD:  # 0: the collector is switched off; leave it so
            gc.set_threshold(settings.GC_GEN0_THRESHOLD, gen1, gen2)
        return time.perf_counter() - started

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
        try:
            for name, stage in self.stages:
                try:
                    stage(doc)
                except Exception as exc:  # noqa: BLE001 - reported per article, the batch goes on
                    where = doc.article.source or doc.article.id
                    detail = traceback.format_exception_only(exc)[-1].strip()
                    return Outcome(doc.article, error=f"{where}: {name} stage failed: {detail}")
            return Outcome(doc.article, record=doc.to_record())
        finally:
            doc.release()
