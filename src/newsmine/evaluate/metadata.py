"""Web pages' title, authors, date and main text against hand-checked gold.

The definitions are those of the project's shared scorer (``metadata_score.py``), so that
``newsmine eval --metadata GOLD_DIR`` and that script print the same figures (ported in session
61 from the version whose sha256 begins ab0f215b82b4; ``tests/test_evaluate_metadata.py`` checks
the agreement). Every
denominator is all gold pages; a page with no record, or an error record, is wrong on every
field and finds no snippet.

- **title accuracy**: the title equals the gold one after Unicode NFKC, typographic quotes
  and dashes made ASCII, whitespace collapsed, case folded and punctuation stripped from both
  ends; the wrong ones split into ``site_suffix`` ("Title | Site"), ``other_contains``,
  ``missing`` and ``wrong``;
- **authors**: names reduced to their words; ``exact`` = the predicted set equals the gold set
  (an empty prediction is wrong); precision / recall / F1 micro-averaged over names;
- **date accuracy**: ``published`` is the gold day; ``off_by_one`` and ``missing`` among the wrong;
- **text**, as trafilatura's evaluation: whitespace collapsed, a snippet is found when it is a
  substring of the text; ``with_recall`` (main-text snippets found), ``without_absent``
  (boilerplate snippets kept out), trafilatura's precision and F1.

The gold directory holds ``gold.jsonl`` (one object a page: ``id``, ``file``, ``title``,
``authors``, ``date`` YYYY-MM-DD, ``with``, ``without``) and ``pages/<id>.html``, as
``../shared/benchmarks/webpages/dev``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from newsmine.errors import UsageError
from newsmine.evaluate.gold import json_objects

__all__ = ["evaluate_metadata", "read_metadata_gold", "score_metadata"]

_TYPOGRAPHIC = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})  # fmt: skip
# A site name after the gold title: "Title | Site", "Title - Site" (a colon usually starts a subtitle).
_SEPARATOR = re.compile(r"^[^\w\s]*\s*[|\-·•»/~]+\s*\S")
_REQUIRED_KEYS = ("id", "title", "authors", "date", "with", "without")


def _norm_title(title: str | None) -> str:
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", title or "").translate(_TYPOGRAPHIC)).casefold()
    start, end = 0, len(s)
    while start < end and (s[start].isspace() or unicodedata.category(s[start]).startswith("P")):
        start += 1
    while end > start and (s[end - 1].isspace() or unicodedata.category(s[end - 1]).startswith("P")):
        end -= 1
    return s[start:end]


def _title_outcome(gold: str, predicted: str | None) -> str:
    g, p = _norm_title(gold), _norm_title(predicted)
    if not p:
        return "missing"
    if p == g:
        return "exact"
    if g and p.startswith(g) and _SEPARATOR.match(p[len(g) :]):
        return "site_suffix"
    if g and g in p:
        return "other_contains"
    return "wrong"


def _name_set(names: Any) -> set[str]:
    if isinstance(names, str):
        names = [names]
    keys = (" ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", n).casefold())) for n in names or [] if isinstance(n, str))
    return {k for k in keys if k}


def _date_outcome(gold: str, predicted: str | None) -> str:
    if not predicted:
        return "missing"
    predicted = str(predicted)[:10]
    if predicted == gold:
        return "exact"
    try:
        if abs((date.fromisoformat(predicted) - date.fromisoformat(gold)).days) == 1:
            return "off_by_one"
    except ValueError:
        pass
    return "wrong"


def _norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def read_metadata_gold(gold_dir: str | Path) -> tuple[list[dict[str, Any]], Path]:
    """gold.jsonl's pages and the folder of their HTML. ``gold_dir`` may be the folder holding
    gold.jsonl, its ``pages/`` folder, or gold.jsonl itself (as the shared scorer takes them).
    A line that does not parse or lacks a key is refused with its line."""
    path = Path(gold_dir)
    if path.is_dir() and not (path / "gold.jsonl").exists() and (path.parent / "gold.jsonl").exists():
        path = path.parent  # the pages folder was given
    if path.is_dir():
        path = path / "gold.jsonl"
    if not path.is_file():
        raise UsageError(f"{path} is missing: --metadata takes a folder with gold.jsonl (one page a line: id, file, "
                         "title, authors, date, with, without) and pages/, as ../shared/benchmarks/webpages/dev")
    pages_dir = path.parent / "pages"
    if not pages_dir.is_dir():
        raise UsageError(f"{pages_dir} is missing: the pages that {path} describes go there")
    gold = []
    for number, page in json_objects(path, _REQUIRED_KEYS):
        if problem := _bad_page(page):
            # The shared scorer stops on these with a traceback; newsmine said "unexpected
            # TypeError" (exit 3) after extracting every page.
            raise UsageError(f"{path}, line {number}: {problem}")
        gold.append(page)
    return gold, pages_dir


def _bad_page(page: Mapping[str, Any]) -> str | None:
    """What makes a gold page unscorable: a date that is no string, a title that is no string
    (null is missing), snippets that are not lists of strings."""
    if not isinstance(page["date"], str):
        return f"date {page['date']!r} is not a YYYY-MM-DD string (every gold page needs its date)"
    if page["title"] is not None and not isinstance(page["title"], str):
        return f"title {page['title']!r} is not a string"
    for key in ("with", "without"):
        if not isinstance(page[key], list) or not all(isinstance(s, str) for s in page[key]):
            return f"{key!r} is not a list of snippets (strings)"
    return None


def score_metadata(gold: list[Mapping[str, Any]], records: Iterable[Mapping[str, Any] | None], examples: int = 0) -> dict[str, Any]:
    """The shared scorer's dict for records (JSON dicts, in output order; None for a line that
    did not parse). A record is matched to a page by its ``id``, else the stem of ``source.path``."""
    by_id: dict[str, Mapping[str, Any]] = {}
    extra, dups, unreadable = 0, 0, 0
    gold_ids = {g["id"] for g in gold}
    for rec in records:
        if rec is None:
            unreadable += 1
            continue
        rid = _record_id(rec)
        if rid not in gold_ids:
            extra += 1
        elif rid in by_id:
            dups += 1
        else:
            by_id[rid] = rec
    titles, dates, errors = Counter(), Counter(), Counter()
    a_exact = a_tp = a_pred = a_gold = 0
    w_found = w_total = wo_found = wo_total = missing = 0
    wrong: dict[str, list] = {"title": [], "authors": [], "date": [], "text": []}
    pages = []
    for g in gold:
        rec = by_id.get(g["id"])
        if rec is None:
            missing += 1
            rec = {}
        elif rec.get("status") == "error":
            errors[(rec.get("error") or {}).get("type") or "error"] += 1
        title, authors, published, text = rec.get("title"), rec.get("authors") or [], rec.get("published"), rec.get("text")
        t_out = _title_outcome(g["title"], title)
        titles[t_out] += 1
        gs, ps = _name_set(g["authors"]), _name_set(authors)
        tp = len(gs & ps)
        a_ok = bool(ps) and ps == gs
        a_exact += a_ok
        a_tp, a_pred, a_gold = a_tp + tp, a_pred + len(ps), a_gold + len(gs)
        d_out = _date_outcome(g["date"], published)
        dates[d_out] += 1
        normalised = _norm_ws(text or "")
        wf = sum(1 for s in g["with"] if normalised and _norm_ws(s) in normalised)
        wof = sum(1 for s in g["without"] if normalised and _norm_ws(s) in normalised)
        wt, wot = len(g["with"]), len(g["without"])
        w_found, w_total, wo_found, wo_total = w_found + wf, w_total + wt, wo_found + wof, wo_total + wot
        status = "missing" if not rec else rec.get("status", "ok")
        pages.append({"id": g["id"], "status": status, "title": t_out, "authors_exact": a_ok, "authors_tp": tp,
                      "authors_pred": len(ps), "authors_gold": len(gs), "date": d_out,
                      "with_found": wf, "with_total": wt, "without_found": wof, "without_total": wot})
        if t_out != "exact":
            wrong["title"].append({"id": g["id"], "outcome": t_out, "gold": g["title"], "pred": title})
        if not a_ok:
            wrong["authors"].append({"id": g["id"], "gold": g["authors"], "pred": authors})
        if d_out != "exact":
            wrong["date"].append({"id": g["id"], "outcome": d_out, "gold": g["date"], "pred": published})
        if wf < wt or wof:
            missed = [s for s in g["with"] if _norm_ws(s) not in normalised or not text]
            kept = [s for s in g["without"] if text and _norm_ws(s) in normalised]
            wrong["text"].append({"id": g["id"], "with_missed": missed, "without_found": kept, "status": status})
    n = len(gold)
    precision = a_tp / a_pred if a_pred else 0.0
    recall = a_tp / a_gold if a_gold else 0.0
    tp, fp, fn = w_found, wo_found, w_total - w_found
    return {
        "pages": n,
        "counts": {"records_matched": len(by_id), "missing_records": missing, "error_records": sum(errors.values()),
                   "errors_by_type": dict(errors), "records_not_in_gold": extra, "duplicate_ids": dups,
                   "unreadable_lines": unreadable},
        "title": {"accuracy": titles["exact"] / n if n else 0.0,
                  **{k: titles[k] for k in ("exact", "site_suffix", "other_contains", "missing", "wrong")}},
        "authors": {"exact": a_exact / n if n else 0.0, "exact_count": a_exact, "precision": precision, "recall": recall,
                    "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
                    "empty_predictions": sum(1 for p in pages if p["authors_pred"] == 0),
                    "names_gold": a_gold, "names_pred": a_pred, "names_tp": a_tp},
        "date": {"accuracy": dates["exact"] / n if n else 0.0, **{k: dates[k] for k in ("exact", "off_by_one", "missing", "wrong")}},
        "text": {"with_recall": w_found / w_total if w_total else 0.0,
                 "without_absent": 1 - wo_found / wo_total if wo_total else 0.0,
                 "precision": tp / (tp + fp) if tp + fp else 0.0,
                 "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
                 "with_found": w_found, "with_total": w_total, "without_found": wo_found, "without_total": wo_total},
        "examples": {k: v[:examples] for k, v in wrong.items()} if examples else {},
        "per_page": pages,
    }  # fmt: skip


def _record_id(rec: Mapping[str, Any]) -> str | None:
    if rec.get("id") is not None:
        return str(rec["id"])
    source = rec.get("source")
    path = source.get("path") if isinstance(source, dict) else source
    if path:
        name = Path(path).name
        return name[:-5] if name.lower().endswith(".html") else Path(name).stem
    return None


def evaluate_metadata(gold_dir: str | Path, model: str | None = None, *, pipeline: Any = None,
                      on_record: Any = None, examples: int = 0) -> dict[str, Any]:
    """Extract the gold directory's ``pages/`` as ``newsmine extract GOLD_DIR/pages`` does
    (default settings) and score the records: :func:`score_metadata`'s dict."""
    from newsmine.errors import NothingFound
    from newsmine.pipeline import Pipeline
    from newsmine.readers import read_articles

    gold, pages_dir = read_metadata_gold(gold_dir)
    if not gold:
        raise NothingFound(f"{pages_dir.parent / 'gold.jsonl'} holds no page: nothing to score")
    if pipeline is None:
        pipeline = Pipeline(model) if model else Pipeline()
    records = []
    for record in pipeline.process(read_articles([pages_dir])):
        if on_record is not None:
            on_record(record, len(gold))
        records.append(json.loads(record.model_dump_json()))
    return score_metadata(gold, records, examples)
