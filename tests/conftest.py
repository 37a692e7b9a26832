"""Shared test fixtures: the spaCy model (loaded once), the pipeline, and ../shared when present."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "putin-kim-2018-06-04"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a reason when it is not beside the checkout."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not present (../shared lies beside the checkout only in CI and dev machines)")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    return pipeline.nlp


@pytest.fixture(scope="session")
def process(pipeline):
    """Run the pipeline up to and including the stage named ``until`` on a text; returns the Document."""
    from eventwire.document import Document
    from eventwire.record import Article
    from eventwire.stages.nlp import parse

    def run(text: str, published: str | None = None, until: str = "events"):
        doc = next(parse([Document(Article(text=text, published=published))], pipeline.nlp))
        for name, stage in pipeline.stages:
            stage(doc)
            if name == until:
                break
        return doc

    return run


@pytest.fixture(scope="session")
def seed_record(pipeline):
    """The seed article's eventwire/1 record (dict), extracted with --published 2018-06-04."""
    from eventwire.ingest import read_inputs

    path = shared_path("corpus", "seed", "putin-kim-2018-06-04.txt")
    (article,) = list(read_inputs([str(path)], published="2018-06-04"))
    return pipeline.extract(article).to_dict()
