"""Quote attribution quality against BRAT standoff gold (the PolNeAR layout).

A gold directory holds ``text/<id>.txt`` (the article) and ``attributions/<id>.ann`` (BRAT
standoff: ``T`` lines are spans labelled ``Source``, ``Cue``, ``Content``...; ``E`` lines tie
the parts of one attribution together). :func:`evaluate` runs extraction over the texts with
default settings and scores the quotes with exactly the definitions of the project's shared
scorer (``attrib_score.py``), so the figures of ``newsmine eval`` and of that script agree:

- **content match**: greedy one-to-one matching by IoU of non-space characters, IoU >= 0.5,
  after trimming edge punctuation and quotation marks and a leading "that"; for a
  discontinuous gold content the characters between its parts are not held against a
  prediction. Ties are broken as the shared scorer does (highest score, then highest gold
  and prediction index first).
- **attribution**: a matched content whose source is right: the predicted speaker span
  overlaps the gold Source span; a gold attribution without a source is right only when no
  speaker is predicted.
- **cue**: the predicted cue overlaps the gold Cue span (share of matched contents).
- **direct**: gold contents holding a quotation mark.
- **lenient** (as in the Gender Gap Tracker): a prediction covering >= 30 % of a gold
  content's characters, matched one-to-one.

On top of the shared scorer's figures, :class:`Errors` breaks the failures down for whoever
improves the extractor: *missed* (a gold content no unmatched prediction touches), *wrong
span* (a gold content that an unmatched prediction overlaps, but with IoU < 0.5), *spurious*
(a prediction touching no unmatched gold content) and *wrong speaker* (a matched content
with a wrong or missing source).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsmine.errors import UsageError

__all__ = [
    "DocumentScore",
    "ErrorExample",
    "Errors",
    "EvaluationReport",
    "GoldAttribution",
    "GoldDocument",
    "PredictedQuote",
    "evaluate",
    "gold_chars",
    "gold_gaps",
    "is_direct",
    "read_brat",
    "read_gold_dir",
    "score_document",
    "span_chars",
    "summarise",
]

IOU_THRESHOLD = 0.5
LENIENT_COVER = 0.3
# Characters trimmed from both edges of a content before comparing (the shared scorer's set).
_TRIM = " \t\n\r\"'“”‘’«»,.;:—–-()[]"
_LEADING_THAT_RE = re.compile(r"that\b\s*", re.IGNORECASE)
_DIRECT_MARKS = "\"“”"
_SPAN_ID_RE = re.compile(r"T\d+")
_EVENT_ID_RE = re.compile(r"E\d+")

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution: content ranges (possibly discontinuous), source and cue ranges."""

    content: Ranges
    source: Ranges | None = None
    cue: Ranges | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    attributions: list[GoldAttribution]


@dataclass(frozen=True, slots=True)
class PredictedQuote:
    """The parts of a predicted quote the scores look at (character offsets into the text)."""

    start: int
    end: int
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None

    @classmethod
    def from_record(cls, quote: Mapping[str, Any] | Any) -> PredictedQuote:
        """From a record's quote, as a :class:`~newsmine.records.Quote` or its JSON dict."""
        data = quote if isinstance(quote, Mapping) else quote.model_dump()
        speaker, cue = data.get("speaker"), data.get("cue")
        return cls(
            data["start"],
            data["end"],
            (speaker["start"], speaker["end"]) if speaker else None,
            (cue["start"], cue["end"]) if cue else None,
        )


def read_brat(path: str | Path) -> list[GoldAttribution]:
    """The attributions of a BRAT ``.ann`` file: every event with a Content role.

    A span whose text holds a newline continues on the next line; such continuation lines
    hold no tab and are skipped.
    """
    spans: dict[str, Ranges] = {}
    events: list[dict[str, str]] = []
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if _SPAN_ID_RE.fullmatch(fields[0]):
            _label, *offsets = fields[1].replace(";", " ").split()
            numbers = [int(o) for o in offsets]
            spans[fields[0]] = tuple((numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 2))
        elif _EVENT_ID_RE.fullmatch(fields[0]):
            events.append(dict(role.split(":", 1) for role in fields[1].split()))
    attributions = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        attributions.append(GoldAttribution(content, spans.get(event.get("Source", "")), spans.get(event.get("Cue", ""))))
    return attributions


def read_gold_dir(gold_dir: str | Path) -> Iterator[GoldDocument]:
    """The documents of a gold directory, in file-name order."""
    gold_dir = Path(gold_dir)
    text_dir, ann_dir = gold_dir / "text", gold_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise UsageError(f"{gold_dir} is not a gold directory: it needs text/<id>.txt and attributions/<id>.ann")
    for text_path in sorted(text_dir.glob("*.txt")):
        ann_path = ann_dir / f"{text_path.stem}.ann"
        if not ann_path.is_file():
            raise UsageError(f"{ann_path} is missing: every text/<id>.txt needs its attributions/<id>.ann")
        yield GoldDocument(text_path.stem, text_path.read_text(encoding="utf-8"), read_brat(ann_path))


# --- scoring -----------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    match = _LEADING_THAT_RE.match(text, start, end)
    if match and end - start > match.end() - start:
        start = match.end()
    return start, end


def span_chars(text: str, start: int, end: int) -> set[int]:
    """The characters of a predicted content that scoring compares: its non-space characters
    once the edges are trimmed as the shared scorer trims them (quotation marks, punctuation,
    a leading "that")."""
    start, end = _trim(text, start, end)
    return {i for i in range(start, end) if not text[i].isspace()}


def is_direct(text: str, attribution: GoldAttribution) -> bool:
    """Whether a gold content holds a quotation mark: what direct-quote recall counts."""
    return any(mark in text[s:e] for s, e in attribution.content for mark in _DIRECT_MARKS)


def gold_chars(text: str, attribution: GoldAttribution) -> set[int]:
    """The characters of a gold attribution's content: each of its parts as :func:`span_chars`."""
    return set().union(*(span_chars(text, start, end) for start, end in attribution.content))


def gold_gaps(attribution: GoldAttribution) -> set[int]:
    """The offsets between the parts of a gold content ('"X," he said, "Y."': the attribution
    between the two pieces), which a prediction may cover without penalty."""
    parts = sorted(attribution.content)
    return {i for (_, end), (start, _) in zip(parts, parts[1:]) for i in range(end, start)}


def _overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> bool:
    b = list(b)
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """One failure, for reading: the document, the gold and predicted content texts."""

    kind: str  # missed | wrong_span | spurious | wrong_speaker
    document: str
    gold: str | None = None
    predicted: str | None = None
    gold_source: str | None = None
    predicted_speaker: str | None = None
    gold_cue: str | None = None
    predicted_cue: str | None = None
    direct: bool = False


@dataclass(slots=True)
class Errors:
    missed: int = 0
    wrong_span: int = 0
    spurious: int = 0
    wrong_speaker: int = 0
    examples: list[ErrorExample] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"missed": self.missed, "wrong_span": self.wrong_span, "spurious": self.spurious, "wrong_speaker": self.wrong_speaker}


@dataclass(slots=True)
class DocumentScore:
    """Counts of one document, named as in the shared scorer's output."""

    counts: dict[str, int]
    errors: Errors


_COUNT_KEYS = (
    "gold", "pred", "content", "attrib", "cue", "gold_src", "src_ok", "exact", "missing_docs",
    "gold_direct", "content_direct", "attrib_direct", "lenient",
)  # fmt: skip


def _greedy_match(
    gold_sets: list[set[int]], pred_sets: list[set[int]], gaps: list[set[int]], *, lenient: bool
) -> list[tuple[float, int, int]]:
    """One-to-one (score, gold index, prediction index) pairs, best score first, as the shared scorer."""
    candidates = []
    for i, gold_chars in enumerate(gold_sets):
        for j, pred_chars in enumerate(pred_sets):
            pred_chars = pred_chars - gaps[i]
            if not gold_chars or not pred_chars:
                continue
            inter = len(gold_chars & pred_chars)
            if not inter:
                continue
            if lenient:
                value, ok = inter / len(gold_chars), inter / len(gold_chars) >= LENIENT_COVER
            else:
                value = inter / len(gold_chars | pred_chars)
                ok = value >= IOU_THRESHOLD
            if ok:
                candidates.append((value, i, j))
    candidates.sort(reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for value, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((value, i, j))
    return pairs


def score_document(doc: GoldDocument, predicted: list[PredictedQuote] | None, *, keep_examples: bool = True) -> DocumentScore:
    """Score one document's predicted quotes (None: the document had no record)."""
    text = doc.text
    counts = dict.fromkeys(_COUNT_KEYS, 0)
    errors = Errors()
    if predicted is None:
        counts["missing_docs"] = 1
    preds = [q for q in predicted or [] if 0 <= q.start < q.end <= len(text)]
    gold = doc.attributions
    direct = [is_direct(text, g) for g in gold]
    gold_sets = [gold_chars(text, g) for g in gold]
    pred_sets = [span_chars(text, q.start, q.end) for q in preds]
    gaps = [gold_gaps(g) for g in gold]
    counts["gold"], counts["pred"], counts["gold_direct"] = len(gold), len(preds), sum(direct)

    counts["lenient"] = len(_greedy_match(gold_sets, pred_sets, gaps, lenient=True))
    pairs = _greedy_match(gold_sets, pred_sets, gaps, lenient=False)

    def example(kind: str, i: int | None, j: int | None) -> None:
        if not keep_examples:
            return
        g = gold[i] if i is not None else None
        q = preds[j] if j is not None else None
        errors.examples.append(
            ErrorExample(
                kind,
                doc.id,
                gold=" … ".join(text[s:e] for s, e in sorted(g.content)) if g else None,
                predicted=text[q.start : q.end] if q else None,
                gold_source=" … ".join(text[s:e] for s, e in g.source) if g and g.source else None,
                predicted_speaker=text[q.speaker[0] : q.speaker[1]] if q and q.speaker else None,
                gold_cue=" … ".join(text[s:e] for s, e in g.cue) if g and g.cue else None,
                predicted_cue=text[q.cue[0] : q.cue[1]] if q and q.cue else None,
                direct=direct[i] if i is not None else False,
            )
        )

    for value, i, j in pairs:
        g, q = gold[i], preds[j]
        counts["content"] += 1
        counts["content_direct"] += direct[i]
        if value >= 0.999:
            counts["exact"] += 1
        if g.source:
            counts["gold_src"] += 1
            source_ok = q.speaker is not None and _overlap([q.speaker], g.source)
            counts["src_ok"] += source_ok
        else:
            source_ok = q.speaker is None
        if source_ok:
            counts["attrib"] += 1
            counts["attrib_direct"] += direct[i]
        else:
            errors.wrong_speaker += 1
            example("wrong_speaker", i, j)
        if g.cue and q.cue is not None and _overlap([q.cue], g.cue):
            counts["cue"] += 1

    matched_gold = {i for _, i, _ in pairs}
    matched_pred = {j for _, _, j in pairs}
    free_preds = [j for j in range(len(preds)) if j not in matched_pred]
    touched_preds: set[int] = set()
    for i in range(len(gold)):
        if i in matched_gold:
            continue
        touching = [j for j in free_preds if gold_sets[i] & (pred_sets[j] - gaps[i])]
        if touching:
            errors.wrong_span += 1
            touched_preds.update(touching)
            example("wrong_span", i, touching[0])
        else:
            errors.missed += 1
            example("missed", i, None)
    for j in free_preds:
        if j not in touched_preds:
            errors.spurious += 1
            example("spurious", None, j)
    return DocumentScore(counts, errors)


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": f1}


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def summarise(counts: Mapping[str, int]) -> dict[str, Any]:
    """The shared scorer's JSON summary from its counts (same keys, same rounding)."""
    c = counts
    return {
        "counts": dict(c),
        "content": _prf(c["content"], c["pred"], c["gold"]),
        "attribution": _prf(c["attrib"], c["pred"], c["gold"]),
        "content_lenient": _prf(c["lenient"], c["pred"], c["gold"]),
        "source_accuracy_on_matched": _ratio(c["src_ok"], c["gold_src"]),
        "cue_accuracy_on_matched": _ratio(c["cue"], c["content"]),
        "exact_content_share": _ratio(c["exact"], c["content"]),
        "direct_recall": _ratio(c["content_direct"], c["gold_direct"]),
        "direct_attrib_recall": _ratio(c["attrib_direct"], c["gold_direct"]),
    }


@dataclass(slots=True)
class EvaluationReport:
    """Scores of a whole gold directory: the shared scorer's summary plus the error breakdown."""

    scores: dict[str, Any]
    errors: Errors
    documents: int

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


def evaluate(gold_dir: str | Path, model: str | None = None, *, pipeline: Any = None) -> EvaluationReport:
    """Extract quotes from ``gold_dir/text/*.txt`` with default settings and score them.

    ``pipeline`` (a loaded :class:`~newsmine.pipeline.Pipeline`) is reused when given;
    otherwise one is loaded for ``model`` (default: the bundled model).
    """
    from newsmine.articles import Article
    from newsmine.pipeline import Pipeline

    documents = list(read_gold_dir(gold_dir))
    if pipeline is None:
        pipeline = Pipeline(model) if model else Pipeline()
    articles = (Article(id=doc.id, text=doc.text, source_format="text") for doc in documents)
    predictions = {record.id: [PredictedQuote.from_record(q) for q in record.quotes] for record in pipeline.process(articles)}
    return score_predictions(documents, predictions)
