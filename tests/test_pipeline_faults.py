"""The Pipeline never lets one article stop the stream, whatever fails inside spaCy."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsmine import Article, Pipeline, add_newsmine_components
from newsmine.records import Status


class _FailsOnMarker:
    """A component with a pipe() of its own and no error handler, like spaCy's parser and NER:
    it fails a whole batch when any article in it holds the marker."""

    def __call__(self, doc):
        if "BOOM" in doc.text:
            raise RuntimeError("component exploded")
        return doc

    def pipe(self, docs, batch_size=128):
        batch = list(docs)
        if any("BOOM" in doc.text for doc in batch):
            raise RuntimeError("component exploded on a batch")
        yield from batch


@Language.factory("test_fails_on_marker")
def _make_fails_on_marker(nlp, name):
    return _FailsOnMarker()


@pytest.fixture(scope="module")
def fragile():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fails_on_marker")
    return Pipeline(add_newsmine_components(nlp), batch_size=4)


def test_a_component_failing_on_a_batch_costs_only_the_article_that_broke_it(fragile):
    texts = [f"Article number {n}." for n in range(10)]
    texts[5] = "Article number 5 goes BOOM."
    records = list(fragile.process(Article(id=f"a{n}", text=text) for n, text in enumerate(texts)))
    assert [r.id for r in records] == [f"a{n}" for n in range(10)]  # one each, in input order
    assert [r.status for r in records].count(Status.error) == 1
    assert records[5].error.type == "ProcessingError" and "component exploded" in records[5].error.message
    assert all(r.text == texts[n] for n, r in enumerate(records) if n != 5)


def test_a_failing_input_iterable_is_the_callers_error_not_an_article_error(fragile):
    def articles():
        yield Article(id="first", text="Fine.")
        raise OSError("disk gone")

    with pytest.raises(OSError, match="disk gone"):
        list(fragile.process(articles()))


def test_text_with_a_lone_surrogate_becomes_an_error_record_that_can_be_written(pipeline):
    record = pipeline.analyze("Mayor Maria Reyes said \ud800 nothing.")
    assert record.status is Status.error and record.error.type == "DecodeError"
    assert "lone surrogate" in record.error.message
    record.model_dump_json()  # writable: the text is not in the error record
