"""One document scored: predictions matched one-to-one to the gold, and the failures by kind.

Matching is greedy by score (IoU of :mod:`.characters`' character sets, or a gold
content's share covered for the lenient figure), ties broken as the shared scorer breaks
them, so the counts are that scorer's; the error breakdown (:class:`Errors`) is newsmine's
own, for whoever improves the extractor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsmine.evaluate.characters import _overlap, gold_chars, gold_gaps, is_direct, span_chars
from newsmine.evaluate.gold import GoldDocument


def prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 rounded to four places, as the shared scorers print them (F1 from
    the unrounded two)."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": f1}


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator`` rounded to four places; None when nothing was counted."""
    return round(numerator / denominator, 4) if denominator else None


# A content matches at this IoU or more; leniently, when it covers this share of the gold's characters.
IOU_THRESHOLD = 0.5
LENIENT_COVER = 0.3


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
    for i, gold_set in enumerate(gold_sets):
        for j, pred_set in enumerate(pred_sets):
            pred_set = pred_set - gaps[i]
            if not gold_set or not pred_set:
                continue
            inter = len(gold_set & pred_set)
            if not inter:
                continue
            if lenient:
                value, ok = inter / len(gold_set), inter / len(gold_set) >= LENIENT_COVER
            else:
                value = inter / len(gold_set | pred_set)
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
