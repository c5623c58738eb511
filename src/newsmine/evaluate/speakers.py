"""Speaker resolution: does a matched quote's ``speaker.name`` denote the gold source's referent?

The definitions are those of the project's shared scorer (``speaker_score.py``), so that
``newsmine eval GOLD_DIR --speakers GOLD.jsonl`` and that script print the same figures (ported in
session 61 from the version whose sha256 begins 923848e0c3f6; the agreement tests in
``tests/test_evaluate_speakers.py`` fail when the two drift apart):

- a predicted quote answers the gold attribution its content is matched to (the matching of
  :mod:`.scoring`: IoU >= 0.5 of trimmed non-space characters, greedy and one-to-one);
- each matched attribution whose gold Source span has a line in the speaker gold is judged on
  the quote's ``speaker.name``: a name referent is right when the name equals it or an ``alt``
  after normalising (case, punctuation, F.B.I. = FBI, a possessive, a leading "the", titles,
  initials, Jr./Sr.), or when one is the tail of the other with a capitalised shared word
  ("Clinton" for "Hillary Clinton"); a null referent (the article never names the speaker) is
  right when no name is given, the speaker is ``anonymous``, or the name is an ``alt``;
- ``accuracy`` is right / scored per class of gold span (pronoun, description, name);
  ``accuracy_named_vs_null`` splits it by referent, since a null referent is right whenever
  nothing is resolved; ``accuracy_strict`` refuses a tail match that fits another referent of
  the article; ``accuracy_sure_gold_only`` leaves out spans marked ``unsure``; ``coverage``
  says how many gold sources (and attributions) a matched quote reached.

The speaker gold is JSON Lines, one line per distinct gold Source span: ``doc``, ``start``,
``end``, ``source_text``, ``class``, ``referent`` (a name, or null), ``kind`` and optionally
``alt``, ``unsure`` and ``note`` (PolNeAR's ``dev-speakers.jsonl``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newsmine.errors import UsageError
from newsmine.evaluate.characters import _overlap, gold_chars, gold_gaps, span_chars
from newsmine.evaluate.gold import GoldDocument, json_objects
from newsmine.evaluate.scoring import _greedy_match, ratio

__all__ = ["SPEAKER_CLASSES", "name_match", "read_speaker_gold", "score_speakers"]

SPEAKER_CLASSES = ("pronoun", "description", "name")
# Titles dropped from the front of a name; not "justice" or "general", which start organisation names.
_TITLES = frozenset((  # noqa: SIM905  (the shared scorer's list, in its words)
    "mr mrs ms miss dr sen sens senator rep reps representative gov governor president vice "
    "secretary gen lt col rev reverend sir dame prof professor speaker mayor chief former then first "
    "lady madam candidate nominee"
).split())
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_REQUIRED_KEYS = ("doc", "start", "end", "class", "referent")

SpanKey = tuple[str, int, int]


def _words(name: str | None) -> list[tuple[str, bool]]:
    """[(normalised word, was capitalised)] of a name; titles, initials, "the" and a possessive dropped."""
    if not name:
        return []
    s = name.replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"(?<=\w)\.(?=\w)|\.", "", s)  # F.B.I. -> FBI, Mr. -> Mr
    s = s.replace("&", "")
    words = [(t.lower(), t[:1].isupper()) for t in re.split(r"[^\w]+", s) if t]
    while words and (words[0][0] in _TITLES or words[0][0] == "the"):
        words = words[1:]
    return [w for w in words if len(w[0]) > 1]


def name_match(predicted: str | None, gold: str | None) -> int:
    """2 when the names are equal once normalised, 1 when one is the other's tail, else 0.

    A tail needs a word the prediction capitalised ("the campaign" is no "Trump campaign");
    Jr./Sr./II separate two full names ("Donald Trump" is not "Donald Trump Jr.") but not a
    surname from a full name ("Biden" is a tail of "Joseph R. Biden Jr.")."""
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return 0
    p_suffix, g_suffix = p[-1][0] in _SUFFIXES, g[-1][0] in _SUFFIXES
    if p_suffix != g_suffix and len(p) - p_suffix >= 2 and len(g) - g_suffix >= 2:
        return 0
    p, g = p[: len(p) - p_suffix] or p, g[: len(g) - g_suffix] or g
    pw, gw = [w for w, _ in p], [w for w, _ in g]
    if pw == gw:
        return 2
    if len(pw) < len(gw) and gw[-len(pw) :] == pw and any(cap for _, cap in p):
        return 1
    if len(gw) < len(pw) and pw[-len(gw) :] == gw and any(cap for _, cap in p[-len(gw) :]):
        return 1
    return 0


def read_speaker_gold(path: str | Path, documents: Iterable[GoldDocument] | None = None) -> dict[SpanKey, dict[str, Any]]:
    """The speaker gold by (doc, start, end). A line that does not parse, or lacks a key, is
    refused with its line number; given the gold ``documents``, so is a ``doc`` that is not
    among them (speaker gold of another split scored every figure as "no data", exit 0)."""
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path} is not a file: --speakers takes the speaker gold, JSON Lines "
                         "(one line per gold Source span: doc, start, end, class, referent)")
    gold: dict[SpanKey, dict[str, Any]] = {}
    for number, entry in json_objects(path, _REQUIRED_KEYS):
        if not isinstance(entry["start"], int) or not isinstance(entry["end"], int):
            raise UsageError(f"{path}, line {number}: start and end must be character offsets (integers)")
        if entry["class"] not in SPEAKER_CLASSES:
            raise UsageError(f"{path}, line {number}: class {entry['class']!r} is none of {', '.join(SPEAKER_CLASSES)}")
        gold[(entry["doc"], entry["start"], entry["end"])] = entry
    if documents is not None:
        known = {doc.id for doc in documents}
        if unknown := sorted({doc for doc, _, _ in gold} - known):
            shown = ", ".join(unknown[:3]) + (f" and {len(unknown) - 3} more" if len(unknown) > 3 else "")
            articles = "an article" if len(unknown) == 1 else f"{len(unknown)} articles"
            raise UsageError(f"{path} names {articles} the gold directory does not hold ({shown}): "
                             "give the speaker gold of this directory's articles")
    return gold


def _judge(gold: Mapping[str, Any], speaker: Mapping[str, Any] | None, doc_referents: set[str]) -> tuple[bool, bool, str | None]:
    """(right, right under the strict reading, how it was right)."""
    name = (speaker or {}).get("name")
    alts = gold.get("alt") or []
    if gold["referent"] is None:
        if not speaker:
            return True, True, "null: no speaker"
        if speaker.get("kind") == "anonymous":
            return True, True, "null: anonymous"
        if not name:
            return True, True, "null: name null"
        if any(name_match(name, alt) for alt in alts):
            return True, True, "null: alt"
        return False, False, None
    best = max(name_match(name, x) for x in [gold["referent"], *alts]) if name else 0
    if not best:
        return False, False, None
    if best == 2:
        return True, True, "equal"
    mine = {gold["referent"], *alts}
    ambiguous = any(r not in mine and name_match(name, r) for r in doc_referents)
    return True, not ambiguous, "tail"


def _on_source(speaker: Mapping[str, Any] | None, source: Iterable[tuple[int, int]]) -> bool:
    return bool(speaker) and isinstance(speaker.get("start"), int) and isinstance(speaker.get("end"), int) \
        and _overlap([(speaker["start"], speaker["end"])], source)


def _pattern(gold: Mapping[str, Any], speaker: Mapping[str, Any] | None, source: Iterable[tuple[int, int]]) -> str:
    """The kind of a wrong speaker, as the shared scorer names it."""
    if gold["referent"] is None:
        return "null referent, named speaker predicted"
    if not speaker:
        return "no speaker on the matched quote"
    if not _on_source(speaker, source):
        return "speaker is another mention (span off the gold source)"
    name, mention = speaker.get("name"), speaker.get("text") or ""
    if not name:
        return "gold source found, left unresolved (name null)"
    if name_match(name, mention) == 2 or name.strip().lower() == mention.strip().lower():
        return "gold source found, name is just the mention text"
    return "gold source found, resolved to the wrong entity"


def _context(text: str, start: int, end: int, limit: int = 20) -> str:
    """At most ``limit`` words: some before the source span, the span in brackets, a few after."""
    span, after = text[start:end].split(), text[end:].split()[:3]
    before = text[:start].split()[-max(0, limit - len(span) - len(after)) :] if limit > len(span) + len(after) else []
    words = " ".join([*before, "[" + " ".join(span) + "]", *after]).split()
    return " ".join(words[:limit]) + (" ..." if len(words) > limit else "")


def score_speakers(
    documents: Iterable[GoldDocument],
    quotes: Mapping[str, list[Mapping[str, Any]]],
    gold: Mapping[SpanKey, Mapping[str, Any]],
    *,
    examples: int = 0,
    gold_path: str | None = None,
) -> dict[str, Any]:
    """The shared speaker scorer's figures (its JSON keys) for predicted quotes by document id.

    ``quotes`` holds each document's quotes as record dicts (``start``, ``end``, ``speaker``:
    ``{start, end, text, kind, name}`` or None); a document without an entry counts under
    ``counts.missing_docs``. ``examples`` adds that many wrong speakers, spread over classes
    and articles as the shared scorer spreads them. ``records`` is None: the quotes were
    extracted in memory, not read from a file."""
    referents: dict[str, set[str]] = defaultdict(set)
    for (doc, _, _), entry in gold.items():
        if entry["referent"]:
            referents[doc].add(entry["referent"])
    n, right, strict, sure_n, sure_right = Counter(), Counter(), Counter(), Counter(), Counter()
    null_referent, right_by, patterns = Counter(), Counter(), Counter()
    split_n, split_right = Counter(), Counter()  # (class, "named" | "null")
    sources_seen, sources_hit, attributions_all = Counter(), Counter(), Counter()
    errors: list[dict[str, Any]] = []
    missing_docs = span_on = 0
    for document in documents:
        text = document.text
        if document.id not in quotes:
            missing_docs += 1
        predicted = [q for q in quotes.get(document.id) or []
                     if isinstance(q.get("start"), int) and isinstance(q.get("end"), int) and 0 <= q["start"] < q["end"] <= len(text)]
        pairs = _greedy_match([gold_chars(text, g) for g in document.attributions],
                              [span_chars(text, q["start"], q["end"]) for q in predicted],
                              [gold_gaps(g) for g in document.attributions], lenient=False)
        matched = {i: j for _, i, j in pairs}
        hit_keys, doc_keys = set(), set()
        for i, attribution in enumerate(document.attributions):
            if not attribution.source:
                continue
            key = (document.id, attribution.source[0][0], attribution.source[-1][1])
            entry = gold.get(key)
            if entry is None:
                continue
            cls = entry["class"]
            doc_keys.add(key)
            attributions_all[cls] += 1
            if i not in matched:
                continue
            hit_keys.add(key)
            speaker = predicted[matched[i]].get("speaker") or None
            span_on += _on_source(speaker, attribution.source)
            ok, ok_strict, how = _judge(entry, speaker, referents[document.id])
            n[cls] += 1
            right[cls] += ok
            strict[cls] += ok_strict
            if not entry.get("unsure"):
                sure_n[cls] += 1
                sure_right[cls] += ok
            if entry["referent"] is None:
                null_referent["n"] += 1
                null_referent["right"] += ok
            half = (cls, "named" if entry["referent"] else "null")
            split_n[half] += 1
            split_right[half] += ok
            if ok:
                right_by[how] += 1
                continue
            pattern = _pattern(entry, speaker, attribution.source)
            patterns[pattern] += 1
            errors.append({"doc": document.id, "class": cls, "source": entry.get("source_text"), "referent": entry["referent"],
                           "pred_name": (speaker or {}).get("name"), "pred_text": (speaker or {}).get("text"),
                           "pred_kind": (speaker or {}).get("kind"), "pattern": pattern,
                           "context": _context(text, entry["start"], entry["end"])})
        for key in doc_keys:
            cls = gold[key]["class"]
            sources_seen[cls] += 1
            sources_hit[cls] += key in hit_keys

    def by_class(numerators: Counter, denominators: Counter) -> dict[str, float | None]:
        total = ratio(sum(numerators[k] for k in SPEAKER_CLASSES), sum(denominators[k] for k in SPEAKER_CLASSES))
        return {"overall": total, **{k: ratio(numerators[k], denominators[k]) for k in SPEAKER_CLASSES}}

    coverage = by_class(sources_hit, sources_seen)
    halves = ("named", "null")
    out: dict[str, Any] = {
        "records": None,
        "gold": gold_path,
        "accuracy": by_class(right, n),
        "accuracy_named_vs_null": {k: {h: ratio(split_right[(k, h)], split_n[(k, h)]) for h in halves} for k in SPEAKER_CLASSES},
        "accuracy_strict": by_class(strict, n),
        "accuracy_sure_gold_only": by_class(sure_right, sure_n),
        "coverage": {"sources": coverage.pop("overall"), **coverage, "attributions": by_class(n, attributions_all)["overall"]},
        "counts": {
            "gold_sources": {k: sources_seen[k] for k in SPEAKER_CLASSES},
            "gold_sources_matched": {k: sources_hit[k] for k in SPEAKER_CLASSES},
            "gold_attributions": {k: attributions_all[k] for k in SPEAKER_CLASSES},
            "scored_attributions": {k: n[k] for k in SPEAKER_CLASSES},
            "right": {k: right[k] for k in SPEAKER_CLASSES},
            "right_strict": {k: strict[k] for k in SPEAKER_CLASSES},
            "null_referent": dict(null_referent),
            "right_by": dict(right_by),
            "named_vs_null": {k: {h: [split_right[(k, h)], split_n[(k, h)]] for h in halves} for k in SPEAKER_CLASSES},
            "speaker_span_on_gold_source": span_on,
            "missing_docs": missing_docs,
        },
        "error_patterns": dict(patterns.most_common()),
    }
    if examples:
        out["examples"] = _spread(errors, examples)
    return out


def _spread(errors: list[dict[str, Any]], examples: int) -> list[dict[str, Any]]:
    """``examples`` errors, round robin over the classes, evenly spaced over each class's articles."""
    by_class: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for error in errors:
        by_class[error["class"]].append(error)
    quota: Counter = Counter()
    while sum(quota.values()) < min(examples, len(errors)):
        for k in SPEAKER_CLASSES:
            if quota[k] < len(by_class[k]) and sum(quota.values()) < examples:
                quota[k] += 1
    return [by_class[k][int(i * len(by_class[k]) / quota[k])] for k in SPEAKER_CLASSES for i in range(quota[k])]
