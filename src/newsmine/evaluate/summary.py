"""A whole gold directory scored: the shared scorer's summary, and :func:`evaluate`.

:func:`score_predictions` adds up the documents' counts and errors and turns the counts
into the shared scorer's JSON summary (same keys, same rounding: :func:`summarise`), so
that ``newsmine eval`` and ``attrib_score.py`` print the same figures. :func:`evaluate`
extracts the directory's texts first, with default settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsmine.errors import NothingFound
from newsmine.evaluate.gold import GoldDocument, read_gold_dir
from newsmine.evaluate.scoring import _COUNT_KEYS, Errors, PredictedQuote, prf, ratio, score_document
from newsmine.evaluate.speakers import read_speaker_gold, score_speakers


def summarise(counts: Mapping[str, int]) -> dict[str, Any]:
    """The shared scorer's JSON summary from its counts (same keys, same rounding)."""
    c = counts
    return {
        "counts": dict(c),
        "content": prf(c["content"], c["pred"], c["gold"]),
        "attribution": prf(c["attrib"], c["pred"], c["gold"]),
        "content_lenient": prf(c["lenient"], c["pred"], c["gold"]),
        "source_accuracy_on_matched": ratio(c["src_ok"], c["gold_src"]),
        "cue_accuracy_on_matched": ratio(c["cue"], c["content"]),
        "exact_content_share": ratio(c["exact"], c["content"]),
        "direct_recall": ratio(c["content_direct"], c["gold_direct"]),
        "direct_attrib_recall": ratio(c["attrib_direct"], c["gold_direct"]),
    }


@dataclass(slots=True)
class EvaluationReport:
    """Scores of a whole gold directory: the shared scorer's summary plus the error breakdown."""

    scores: dict[str, Any]
    errors: Errors
    documents: int
    # The shared speaker scorer's figures (its JSON keys), when speaker gold was given.
    speakers: dict[str, Any] | None = None

    def to_dict(self, *, examples: int = 0) -> dict[str, Any]:
        """JSON-ready: the scores, ``errors`` counts and up to ``examples`` examples per error kind."""
        result = dict(self.scores)
        result["errors"] = self.errors.counts()
        if examples:
            by_kind: dict[str, list[dict[str, Any]]] = {}
            for ex in self.errors.examples:
                bucket = by_kind.setdefault(ex.kind, [])
                if len(bucket) < examples:
                    bucket.append({k: getattr(ex, k) for k in ex.__slots__ if k != "kind"})
            result["error_examples"] = by_kind
        if self.speakers is not None:
            result["speakers"] = self.speakers
        return result


def score_predictions(
    documents: Iterable[GoldDocument], predictions: Mapping[str, list[PredictedQuote]], *, keep_examples: bool = True
) -> EvaluationReport:
    """Score predicted quotes (by document id) against gold documents."""
    totals = dict.fromkeys(_COUNT_KEYS, 0)
    errors = Errors()
    n = 0
    for doc in documents:
        n += 1
        result = score_document(doc, predictions.get(doc.id), keep_examples=keep_examples)
        for key, value in result.counts.items():
            totals[key] += value
        for kind, value in result.errors.counts().items():
            setattr(errors, kind, getattr(errors, kind) + value)
        errors.examples.extend(result.errors.examples)
    return EvaluationReport(summarise(totals), errors, n)


def evaluate(gold_dir: str | Path, model: str | None = None, *, pipeline: Any = None,
             on_record: Callable[[Any, int], None] | None = None,
             speakers: str | Path | None = None, speaker_examples: int = 0) -> EvaluationReport:
    """Extract quotes from ``gold_dir/text/*.txt`` with default settings and score them.

    ``speakers`` (speaker gold, JSON Lines: :func:`~newsmine.evaluate.speakers.read_speaker_gold`)
    adds the speaker resolution figures to the report, from the same extraction; it is read
    (and refused when wrong) before the model loads. ``speaker_examples`` keeps that many wrong
    speakers in them.

    ``pipeline`` (a loaded :class:`~newsmine.pipeline.Pipeline`) is reused when given;
    otherwise one is loaded for ``model`` (default: the bundled model). ``on_record`` is
    called after each article with its record and the number of articles being scored: the
    CLI draws extract's progress line with it (``newsmine eval`` was silent for a minute).
    """
    from newsmine.articles import Article
    from newsmine.pipeline import Pipeline

    documents = list(read_gold_dir(gold_dir))
    if not documents:  # an all-zero table and exit 0 read like a score
        text_dir = Path(gold_dir) / "text"
        raise NothingFound(f"{text_dir if text_dir.is_dir() else gold_dir} holds no .txt article: nothing to score")
    speaker_gold = read_speaker_gold(speakers, documents) if speakers is not None else None
    if pipeline is None:
        pipeline = Pipeline(model) if model else Pipeline()
    articles = (Article(id=doc.id, text=doc.text, source_format="text") for doc in documents)
    predictions, quotes = {}, {}
    for record in pipeline.process(articles):
        predictions[record.id] = [PredictedQuote.from_record(q) for q in record.quotes]
        if speaker_gold is not None:
            quotes[record.id] = [q.model_dump(mode="json") for q in record.quotes]
        if on_record is not None:
            on_record(record, len(documents))
    report = score_predictions(documents, predictions)
    if speaker_gold is not None:
        report.speakers = score_speakers(documents, quotes, speaker_gold, examples=speaker_examples, gold_path=str(speakers))
    return report
