"""Where indirect contents start and end against PolNeAR's gold, from extracted records.

    python training/content_extents.py ../shared/benchmarks/polnear/train R.jsonl
    python training/content_extents.py GOLD R.jsonl --show 'end_late:next_sentence' 10
    python training/content_extents.py GOLD R.jsonl --near-only --show end_late 10

Gold and kept quotes are paired one-to-one as the shared scorer pairs them (greedy by IoU of
non-space characters after trimming edge punctuation and a leading 'that'). For every gold
content without a quotation mark, the kept quote it is paired with (``matched``: IoU >= 0.5,
a right content whose extent may still differ) or, when it has none, the unpaired kept quote
overlapping it most (``near``: IoU < 0.5; fixing its extent turns a false positive and a
miss into a match) is lined up with it, and each side that differs is classified by the words
one has and the other lacks: at the start the cue, the source, a complementiser, an earlier
sentence; at the end an attribution clause (', he said'), a following sentence, a
subordinate clause ('because …', 'as …', 'after …'), a relative clause, a parenthetical, a
dash, a conjunct, a participle, a prepositional phrase. Counted by status, side and class;
``--show CLASS N`` prints examples of the classes holding CLASS. Reads records only (no parse):
run ``newsmine extract`` first. Study train, never dev.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter, defaultdict

from newsmine.evaluate import gold_chars, gold_gaps, is_direct, read_gold_dir, span_chars

_TRIM = " \t\n\r\"'“”‘’«»,.;:—–-()[]"  # the shared scorer's edge characters
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?[A-Z0-9]|\n")
_SUBORDINATORS = frozenset(
    "because as after before when while since if unless until although though whereas so once where "
    "despite given including especially even than".split()
)
_RELATIVES = frozenset("who which whom whose where that".split())
_CONJUNCTIONS = frozenset("and but or nor yet".split())
_PREPOSITIONS = frozenset(
    "in on at for with about from by to of over during against under into without among amid between through "
    "toward towards ahead like per around near across behind beyond following".split()
)
_COMPLEMENTISERS = frozenset("that whether if how why what when where who".split())
_TIME_WORDS = re.compile(
    r"(?i)^(on |last |this |earlier |late |early )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|jan|feb|march|april|may|june|july|"
    r"aug|sept|oct|nov|dec)"
)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The first and last compared characters of a span (as the scorer trims it)."""
    chars = span_chars(text, start, end)
    return (min(chars), max(chars) + 1) if chars else (start, start)


def _span(part: dict | None) -> tuple[int, int]:
    return (part["start"], part["end"]) if part else (-1, -1)


def _first_word(fragment: str) -> str:
    m = re.search(r"[A-Za-z0-9’']+", fragment)
    return m.group(0).lower() if m else ""


def _holds(spans: list[tuple[int, int]] | dict | None, s: int, e: int) -> bool:
    if isinstance(spans, dict):
        spans = [(spans["start"], spans["end"])]
    return bool(spans) and any(a < e and s < b for a, b in spans)


def _classify_end(text: str, gold: dict, pred: dict, a: int, b: int) -> str:
    """What lies between a and b, the words one content has past the other's end."""
    fragment = text[a:b]
    if _holds(gold["cue"], a, b) or _holds(gold["source"], a, b):
        return "attribution_clause"  # the gold's own cue or source: ', he said'
    if pred and (_holds(pred.get("cue"), a, b) or _holds(pred.get("speaker"), a, b)):
        return "attribution_clause"
    if _SENTENCE_BREAK.search(fragment):
        return "next_sentence"
    lead = fragment.lstrip()
    word = _first_word(lead)
    if lead.startswith("("):
        return "parenthetical"
    if lead[:1] in "—–" or lead.startswith("--"):
        return "dash"
    if lead.startswith(";"):
        return "semicolon"
    comma = lead.startswith(",")
    if word in _SUBORDINATORS:
        return f"subordinate:{word}"
    if word in _RELATIVES and comma:
        return "relative"
    if word in _CONJUNCTIONS:
        return f"conjunct:{word}"
    if word in ("according", "said", "says", "told", "reported", "added"):
        return f"report:{word}"
    if word.endswith("ing"):
        return "participle"
    if _TIME_WORDS.match(lead.lstrip(", ")):
        return "time"
    if word in _PREPOSITIONS:
        return f"prep{',' if comma else ''}"
    return f"other{',' if comma else ''}"


def _classify_start(text: str, gold: dict, pred: dict, a: int, b: int) -> str:
    """What lies between a and b, the words one content has before the other's start."""
    fragment = text[a:b]
    if _holds(gold["cue"], a, b) or (pred and _holds(pred.get("cue"), a, b)):
        return "cue"
    if _holds(gold["source"], a, b) or (pred and _holds(pred.get("speaker"), a, b)):
        return "source"
    if _SENTENCE_BREAK.search(fragment):
        return "prev_sentence"
    words = re.findall(r"[A-Za-z0-9’']+", fragment.lower())
    if words and words[-1] in _COMPLEMENTISERS and len(words) <= 2:
        return f"complementiser:{words[-1]}"
    if _TIME_WORDS.match(fragment.strip(_TRIM)):
        return "time"
    if words and words[0] in _PREPOSITIONS:
        return "prep"
    return "other"


def _load_records(path: str) -> dict[str, dict]:
    preds = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        r = json.loads(line)
        rid = r.get("id") or os.path.splitext(os.path.basename(str((r.get("source") or {}).get("path", ""))))[0]
        preds[os.path.splitext(os.path.basename(rid))[0]] = r
    return preds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="a PolNeAR split folder (text/, attributions/)")
    ap.add_argument("records", help="newsmine extract's JSON Lines for that split")
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("CLASS", "N"))
    ap.add_argument("--near-only", action="store_true", help="count and show only the unmatched near misses")
    ap.add_argument("--direct", action="store_true", help="the gold contents holding a quotation mark instead")
    args = ap.parse_args()
    preds = _load_records(args.records)
    counts: Counter[str] = Counter()
    status: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for document in read_gold_dir(args.gold):
        doc, text = document.id, document.text
        gold = [{"content": list(a.content), "source": a.source, "cue": a.cue, "direct": is_direct(text, a)} for a in document.attributions]
        quotes = [q for q in (preds.get(doc) or {}).get("quotes") or [] if 0 <= q["start"] < q["end"] <= len(text)]
        gtrim = [[_trimmed(text, s, e) for s, e in sorted(a.content)] for a in document.attributions]
        gsets = [gold_chars(text, a) for a in document.attributions]
        gaps = [gold_gaps(a) for a in document.attributions]
        ptrim = [_trimmed(text, q["start"], q["end"]) for q in quotes]
        psets = [span_chars(text, q["start"], q["end"]) for q in quotes]
        ious = {}
        for i, gs in enumerate(gsets):
            for j, ps in enumerate(psets):
                ps = ps - gaps[i]
                inter = len(gs & ps)
                if gs and ps and inter:
                    ious[i, j] = inter / len(gs | ps)
        pairs, used_g, used_p = {}, set(), set()
        for (i, j), iou in sorted(ious.items(), key=lambda kv: -kv[1]):
            if iou < 0.5 or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            pairs[i] = (j, iou)
        for i, g in enumerate(gold):
            if g["direct"] != args.direct:
                continue
            if i in pairs:
                j, iou = pairs[i]
                kind = "matched"
            else:
                near = [(iou, j) for (gi, j), iou in ious.items() if gi == i and j not in used_p]
                if not near:
                    status["missed"] += 1
                    continue
                iou, j = max(near)
                kind = "near"
            q = quotes[j]
            if not _holds(g["cue"], *_span(q.get("cue"))):
                kind += "/other_cue"  # another attribution's cue: nesting or the cue choice, not an extent
            if args.near_only and not kind.startswith("near"):
                continue
            gs_, ge_ = gtrim[i][0][0], gtrim[i][-1][1]
            ps_, pe_ = ptrim[j]
            labels = []
            if ps_ < gs_:
                labels.append("start_early:" + _classify_start(text, g, q, ps_, gs_))
            elif ps_ > gs_:
                labels.append("start_late:" + _classify_start(text, g, q, gs_, ps_))
            if pe_ > ge_:
                labels.append("end_late:" + _classify_end(text, g, q, ge_, pe_))
            elif pe_ < ge_:
                labels.append("end_early:" + _classify_end(text, g, q, pe_, ge_))
            if len(g["content"]) > 1:
                labels.append("gold_in_parts")
            status[kind + (":exact" if not labels else "")] += 1
            for label in labels:
                counts[f"{kind} {label}"] += 1
            gold_text = " … ".join(text[s:e] for s, e in sorted(g["content"]))
            cue = text[g["cue"][0][0] : g["cue"][0][1]] if g["cue"] else "-"
            example = (
                f"[{doc}] {kind} IoU {iou:.2f} cue {cue!r} / kept {q['cue']['text'] if q.get('cue') else '-'!r} {' '.join(labels)}\n"
                f"    GOLD {gold_text[:300]!r}\n    KEPT {text[q['start'] : q['end']][:300]!r}"
            )
            for label in labels:
                examples[f"{kind} {label}"].append(example)
    print("contents:", ", ".join(f"{k} {n}" for k, n in sorted(status.items())))
    for label, n in counts.most_common():
        print(f"{n:6d}  {label}")
    for pattern, n in args.show:
        shown = 0
        for label in sorted(examples, key=lambda k: -counts[k]):
            if pattern not in label:
                continue
            for example in examples[label]:
                if shown >= int(n):
                    break
                print(example)
                shown += 1


if __name__ == "__main__":
    main()
