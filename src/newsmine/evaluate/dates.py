"""Dates against TimeML (TIMEX3) gold, as TempEval-3 Task A scores timexes.

The definitions are those of the project's shared scorer (``dates_score.py``), so that
``newsmine eval --dates GOLD_DIR`` and that script print the same figures (ported in session 61
from the version whose sha256 begins 07f8a70e27dc; ``tests/test_evaluate_dates.py`` checks the
agreement):

- **relaxed match**: a predicted date and a gold timex share a character; pairs are one to
  one, exact offsets first, then a maximum matching over overlapping spans, larger overlaps
  tried first; **strict**: a relaxed pair with the very same offsets. P = pairs / predicted,
  R = pairs / gold, F1 their harmonic mean;
- **type accuracy**: relaxed pairs whose kind (date, time, duration, set -> DATE, TIME,
  DURATION, SET) is the gold type, over relaxed pairs;
- **value accuracy**: relaxed pairs whose value equals the gold value after a small
  normalisation (upper case; "199X" = "199", "19XX" = "19"; "P2DE" = "P20Y", "P1CE" =
  "P100Y"), over relaxed pairs; a null value is wrong; **value F1**: relaxed F1 x value
  accuracy (TempEval-3's headline timex figure).

The gold directory holds ``gold.jsonl`` (one document a line: ``id``, ``timexes``
``[{start, end, text, type, value}]``, optionally ``corpus``, ``dct`` and ``text``) and, when
gold.jsonl gives no texts, ``input.jsonl`` (the articles: ``id``, ``text``, ``published``),
as ``../shared/benchmarks/timebank``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsmine.errors import UsageError
from newsmine.evaluate.gold import json_objects
from newsmine.evaluate.scoring import prf

__all__ = ["KIND_TO_TYPE", "evaluate_dates", "read_timex_gold", "score_dates", "summarise_dates"]

KIND_TO_TYPE = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}
VALUE_NORMALISATION = [
    "strip + upper case",
    "trailing X of a decade/century dropped: 199X == 199 (TimeML reduced precision), 19XX == 19",
    "P<n>DE -> P<10n>Y, P<n>CE -> P<100n>Y (TimeML decade/century units)",
    "nothing else: null, unresolved or coarser/finer values are wrong",
]  # the shared scorer's words, printed in its JSON
ERROR_KINDS = ("missed", "spurious", "boundary", "wrong_type", "wrong_value", "null_value")


def _norm_value(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().upper()
    if m := re.fullmatch(r"(\d{3})X", value) or re.fullmatch(r"(\d{2})XX", value):
        value = m.group(1)
    if m := re.fullmatch(r"P(\d+)(DE|CE)", value):
        value = f"P{int(m.group(1)) * (10 if m.group(2) == 'DE' else 100)}Y"
    return value


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _match(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one relaxed pairs (gold index, prediction index): exact spans first, then a
    maximum matching over overlapping spans (augmenting paths), larger overlaps tried first."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_pred and (g["start"], g["end"]) == (p["start"], p["end"]):
                pairs.append((gi, pi))
                used_gold.add(gi)
                used_pred.add(pi)
                break
    candidates: dict[int, list[int]] = {}
    for pi, p in enumerate(pred):
        if pi in used_pred:
            continue
        overlapping = [(-_overlap(g, p), gi) for gi, g in enumerate(gold) if gi not in used_gold and _overlap(g, p) > 0]
        candidates[pi] = [gi for _, gi in sorted(overlapping)]
    owner: dict[int, int] = {}  # gold index -> prediction index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in candidates[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    def largest_overlap(pi: int) -> int:
        return max((_overlap(gold[gi], pred[pi]) for gi in candidates[pi]), default=0)

    for pi in sorted(candidates, key=lambda pi: (-largest_overlap(pi), pi)):
        augment(pi, set())
    pairs.extend(owner.items())
    return pairs


def score_dates(gold_docs: Iterable[Mapping[str, Any]], predictions: Mapping[str, list[Mapping[str, Any]]]) -> tuple[dict[str, Any], dict[str, list]]:
    """The shared scorer's ``scores`` and the errors by kind as (doc id, text, gold, prediction).

    ``gold_docs``: ``[{id, text, timexes: [{start, end, type, value}]}]``; ``predictions``:
    doc id -> ``[{start, end, type, value}]`` (TIMEX3 types: :data:`KIND_TO_TYPE`)."""
    n_gold = n_pred = n_match = n_strict = n_type = n_value = n_value_raw = 0
    by_type: dict[str, dict[str, int]] = {}
    errors: dict[str, list] = {kind: [] for kind in ERROR_KINDS}
    for doc in gold_docs:
        text, gold, pred = doc["text"], doc["timexes"], predictions.get(doc["id"], [])
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = _match(gold, pred)
        matched_gold, matched_pred = {g for g, _ in pairs}, {p for _, p in pairs}
        for g in gold:
            by_type.setdefault(g["type"], dict.fromkeys(("gold", "matched", "strict", "type_ok", "value_ok"), 0))["gold"] += 1
        errors["missed"] += [(doc["id"], text, g, None) for gi, g in enumerate(gold) if gi not in matched_gold]
        errors["spurious"] += [(doc["id"], text, None, p) for pi, p in enumerate(pred) if pi not in matched_pred]
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            counts = by_type[g["type"]]
            n_match += 1
            counts["matched"] += 1
            if (g["start"], g["end"]) == (p["start"], p["end"]):
                n_strict += 1
                counts["strict"] += 1
            else:
                errors["boundary"].append((doc["id"], text, g, p))
            if p.get("type") == g["type"]:
                n_type += 1
                counts["type_ok"] += 1
            else:
                errors["wrong_type"].append((doc["id"], text, g, p))
            n_value_raw += p.get("value") is not None and p.get("value") == g["value"]
            if _norm_value(p.get("value")) is not None and _norm_value(p.get("value")) == _norm_value(g["value"]):
                n_value += 1
                counts["value_ok"] += 1
            else:
                errors["null_value" if p.get("value") is None else "wrong_value"].append((doc["id"], text, g, p))
    scores: dict[str, Any] = {
        "gold": n_gold, "pred": n_pred, "relaxed_matches": n_match, "strict_matches": n_strict,
        "strict": prf(n_strict, n_pred, n_gold),
        "relaxed": prf(n_match, n_pred, n_gold),
        "type_accuracy": round(n_type / n_match, 4) if n_match else 0.0,
        "type_f1": prf(n_type, n_pred, n_gold)["f1"],
        "value_accuracy": round(n_value / n_match, 4) if n_match else 0.0,
        "value_f1": prf(n_value, n_pred, n_gold)["f1"],
        "value_correct": n_value,
        "value_correct_exact_strings": n_value_raw,
        "value_null_on_matches": len(errors["null_value"]),
    }  # fmt: skip
    scores["by_gold_type"] = {
        t: {"gold": c["gold"], "relaxed_recall": round(c["matched"] / c["gold"], 4) if c["gold"] else 0.0,
            "strict_recall": round(c["strict"] / c["gold"], 4) if c["gold"] else 0.0,
            "value_accuracy_on_matched": round(c["value_ok"] / c["matched"], 4) if c["matched"] else None}
        for t, c in sorted(by_type.items())
    }  # fmt: skip
    scores["errors"] = {kind: len(found) for kind, found in errors.items()}
    return scores, errors


def read_timex_gold(gold_dir: str | Path) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    """gold.jsonl's documents (each with its ``text``) and each document's publication date
    (input.jsonl's ``published``, else gold.jsonl's ``dct``), for extraction. What the shared
    scorer stops on, and a line that does not parse, is refused with its file and line."""
    gold_dir = Path(gold_dir)
    gold_path, input_path = gold_dir / "gold.jsonl", gold_dir / "input.jsonl"
    if not gold_path.is_file():
        raise UsageError(f"{gold_path} is missing: --dates takes a folder with gold.jsonl (the TIMEX3 gold, one "
                         "document a line) and input.jsonl (the articles), as ../shared/benchmarks/timebank")
    docs = [doc for _, doc in json_objects(gold_path, ("id", "timexes"))]
    published: dict[str, str | None] = {d["id"]: d.get("dct") for d in docs}
    if input_path.is_file():
        articles = {row["id"]: row for _, row in json_objects(input_path, ("id", "text"))}
        for doc in docs:
            if doc["id"] in articles:
                published[doc["id"]] = articles[doc["id"]].get("published", published[doc["id"]])
                doc.setdefault("text", articles[doc["id"]]["text"])
    for doc in docs:
        if "text" not in doc:
            raise UsageError(f"{gold_path}: document {doc['id']!r} has no text in gold.jsonl and is not in {input_path}")
        if not isinstance(doc["text"], str) or not isinstance(doc["timexes"], list):
            raise UsageError(f"{gold_path}: document {doc['id']!r}: its text must be a string and its timexes a list")
        for timex in doc["timexes"]:
            if not isinstance(timex, dict):
                raise UsageError(f"{gold_path}: document {doc['id']!r}: a timex is not a JSON object")
            if missing := [k for k in ("start", "end", "type", "value") if k not in timex]:
                raise UsageError(f"{gold_path}: document {doc['id']!r}: a timex lacks {', '.join(missing)}")
            if not all(isinstance(timex[k], int) and not isinstance(timex[k], bool) for k in ("start", "end")):
                # The shared scorer stops on these with a traceback; newsmine said "unexpected TypeError".
                raise UsageError(f"{gold_path}: document {doc['id']!r}: a timex's start and end must be character "
                                 f"offsets (integers), not {timex['start']!r} and {timex['end']!r}")
            if timex.get("text", doc["text"][timex["start"] : timex["end"]]) != doc["text"][timex["start"] : timex["end"]]:
                raise UsageError(f"{gold_path}: document {doc['id']!r}: gold offsets {timex['start']}-{timex['end']} "
                                 f"do not index {timex['text']!r}")
    return docs, published


def summarise_dates(gold_dir: str | Path, gold_docs: list[dict[str, Any]], predictions: Mapping[str, list[Mapping[str, Any]]],
                    records: Mapping[str, Any], *, examples: int = 0, context: int = 25) -> dict[str, Any]:
    """The shared scorer's JSON (``gold``, ``records``, ``scores``, ``by_corpus``,
    ``value_normalisation``, and ``examples`` when asked for)."""
    scores, errors = score_dates(gold_docs, predictions)
    corpora = list(dict.fromkeys(d["corpus"] for d in gold_docs if d.get("corpus")))
    summary: dict[str, Any] = {
        "gold": {"dir": str(gold_dir), "docs": len(gold_docs), "timexes": sum(len(d["timexes"]) for d in gold_docs)},
        "records": dict(records),
        "scores": scores,
    }
    if corpora:
        summary["by_corpus"] = {}
        for corpus in corpora:
            selected = [d for d in gold_docs if d.get("corpus") == corpus]
            summary["by_corpus"][corpus] = {"docs": len(selected), **score_dates(selected, predictions)[0]}
    summary["value_normalisation"] = VALUE_NORMALISATION
    if examples:
        summary["examples"] = _examples(errors, examples, context)
    return summary


def _snippet(text: str, start: int, end: int, context: int) -> str:
    left, right = text[max(0, start - context) : start].replace("\n", " "), text[end : end + context].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…" if context else f"[{text[start:end]}]"


def _examples(errors: Mapping[str, list], n: int, context: int) -> dict[str, Any]:
    out = {}
    for kind, found in errors.items():
        rows = []
        for doc_id, text, gold, pred in found[:n]:
            row: dict[str, Any] = {"doc": doc_id}
            for key, timex in (("gold", gold), ("pred", pred)):
                if timex is not None:
                    row[key] = {"start": timex["start"], "end": timex["end"], "text": text[timex["start"] : timex["end"]],
                                "type": timex.get("type"), "value": timex.get("value"),
                                "context": _snippet(text, timex["start"], timex["end"], context)}
            rows.append(row)
        out[kind] = {"count": len(found), "shown": rows}
    return out


def evaluate_dates(gold_dir: str | Path, model: str | None = None, *, pipeline: Any = None,
                   on_record: Any = None, examples: int = 0) -> dict[str, Any]:
    """Extract dates from the gold directory's articles (their ``published`` dates as the
    reference) with default settings and score them: :func:`summarise_dates`' dict.

    As in the shared scorer, an error record, or one whose text is not the gold text, predicts
    nothing for its document and is counted under ``records``."""
    from newsmine.articles import Article
    from newsmine.errors import NothingFound
    from newsmine.pipeline import Pipeline

    gold_docs, published = read_timex_gold(gold_dir)
    if not gold_docs:
        raise NothingFound(f"{Path(gold_dir) / 'gold.jsonl'} holds no document: nothing to score")
    if pipeline is None:
        pipeline = Pipeline(model) if model else Pipeline()
    texts = {doc["id"]: doc["text"] for doc in gold_docs}
    articles = (Article(id=doc["id"], text=doc["text"], published=published[doc["id"]], source_format="jsonl") for doc in gold_docs)
    predictions: dict[str, list[dict[str, Any]]] = {}
    info: dict[str, Any] = {"records": 0, "error_records": 0, "text_mismatch": 0, "kinds": {}}
    for record in pipeline.process(articles):
        if on_record is not None:
            on_record(record, len(gold_docs))
        info["records"] += 1
        if record.status != "ok":
            info["error_records"] += 1
            continue
        if record.text != texts.get(record.id):
            info["text_mismatch"] += 1
            continue
        found = []
        for date in record.dates:
            kind = date.kind.value
            info["kinds"][kind] = info["kinds"].get(kind, 0) + 1
            found.append({"start": date.start, "end": date.end, "text": date.text, "type": KIND_TO_TYPE.get(kind, kind), "value": date.value})
        predictions[record.id] = found
    info["missing_docs"] = sum(doc_id not in predictions for doc_id in texts)
    return summarise_dates(gold_dir, gold_docs, predictions, info, examples=examples)
