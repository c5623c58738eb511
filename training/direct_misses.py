"""The gold direct contents a records file misses, by why: read from records, no parse.

    python training/direct_misses.py /work/shared/benchmarks/polnear/train RECORDS.jsonl
    python training/direct_misses.py GOLD RECORDS.jsonl --show "source: other speaker" 10
    python training/direct_misses.py GOLD NEW.jsonl --against OLD.jsonl --show gained 20

For every gold attribution whose content holds a quotation mark (what the shared scorer's
direct-quote attribution recall counts), matched one-to-one to the records' quotes as that
scorer matches them (IoU of trimmed non-space characters >= 0.5), the class of the miss:

- ``source: …``: the content matched, the speaker does not overlap the gold Source; split by
  the kept quote's cue (``gold cue`` when it overlaps the gold Cue, ``other cue``, ``no cue``:
  an orphan quotation) and by the speaker (``none`` kept, ``one where the gold has none``, an
  ``other speaker``);
- ``extent: …``: a kept quote overlaps the content without matching it: ``taken`` (it matched
  another gold content), ``joined`` (it holds most of another gold content too), ``split``
  (two or more kept quotes share it), else ``start early/late``, ``end early/late``;
- ``none: …``: no kept quote touches it; ``quoted`` when the content is mostly inside
  quotation marks, ``fragment`` when a clause quotes a few words.

With ``--against``, the direct contents attributed right by one file and not the other
(``gained``, ``lost``), for reading a change. Study PolNeAR train, never dev.

The counts are over every article (the shared scorer's figures), but the examples that
``--show`` prints leave out the articles of the held-out speaker samples (train-holdout,
train-blind: only the lead scores them, nobody studies them), saying how many were left out;
``--with-held-out-samples`` prints them too. Studies until session 64 filtered them by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "speakers"))
from held_out import held_out_docs

from newsmine.evaluate.characters import _overlap, gold_chars, gold_gaps, is_direct, span_chars
from newsmine.evaluate.gold import read_gold_dir
from newsmine.evaluate.scoring import IOU_THRESHOLD, _greedy_match

# A kept quote "holds" another gold content when it covers this share of its characters.
_HOLDS = 0.5
_MARKS = "\"“”"


def load_records(path: str) -> dict[str, list[dict]]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rid = r.get("id") or str((r.get("source") or {}).get("path", ""))
                out[Path(rid).stem] = [q for q in r.get("quotes") or [] if isinstance(q.get("start"), int)]
    return out


def _quoted_share(text: str, start: int, end: int) -> float:
    """Share of a span's non-space characters inside straight or curly quotation marks."""
    inside, n, total = False, 0, 0
    # Walk from the paragraph's start so a mark opened before the span counts.
    p = text.rfind("\n", 0, start) + 1
    for i in range(p, end):
        c = text[i]
        if c in _MARKS:
            inside = not inside if c == '"' else c == "“"
            continue
        if i >= start and not c.isspace():
            total += 1
            n += inside
    return n / total if total else 0.0


def classify(doc, quotes: list[dict]) -> list[tuple[int, str, int | None]]:
    """(gold index, class, kept quote index) for each direct gold content; class 'right'
    when attributed right."""
    text, gold = doc.text, doc.attributions
    gsets = [gold_chars(text, g) for g in gold]
    psets = [span_chars(text, q["start"], q["end"]) for q in quotes]
    gaps = [gold_gaps(g) for g in gold]
    pairs = _greedy_match(gsets, psets, gaps, lenient=False)
    matched = {i: j for _, i, j in pairs}
    matched_pred = {j: i for _, i, j in pairs}
    out = []
    for i, g in enumerate(gold):
        if not is_direct(text, g):
            continue
        if i in matched:
            j = matched[i]
            q = quotes[j]
            sp, cue = q.get("speaker"), q.get("cue")
            if g.source:
                ok = bool(sp) and _overlap([(sp["start"], sp["end"])], g.source)
            else:
                ok = not sp
            if ok:
                out.append((i, "right", j))
                continue
            cue_kind = "no cue" if not cue else "gold cue" if g.cue and _overlap([(cue["start"], cue["end"])], g.cue) else "other cue"
            sp_kind = "none" if not sp else "one where the gold has none" if not g.source else "other speaker"
            out.append((i, f"source: {cue_kind}, {sp_kind}", j))
            continue
        gs = gsets[i]
        touching = [j for j, ps in enumerate(psets) if gs & (ps - gaps[i])]
        if not touching:
            s, e = min(a for a, _ in g.content), max(b for _, b in g.content)
            kind = "quoted" if _quoted_share(text, s, e) >= 0.5 else "fragment"
            out.append((i, f"none: {kind}", None))
            continue
        best = max(touching, key=lambda j: len(gs & psets[j]))
        if best in matched_pred:
            out.append((i, "extent: taken", best))
            continue
        ps = psets[best]
        if any(k != i and gsets[k] and len(gsets[k] & ps) >= _HOLDS * len(gsets[k]) for k in range(len(gold))):
            out.append((i, "extent: joined", best))
            continue
        if len([j for j in touching if len(gs & psets[j]) >= 0.2 * len(gs)]) > 1:
            out.append((i, "extent: split", best))
            continue
        sides = []
        if min(ps) < min(gs) - 1:
            sides.append("start early")
        elif min(ps) > min(gs) + 1:
            sides.append("start late")
        if max(ps) > max(gs) + 1:
            sides.append("end late")
        elif max(ps) < max(gs) - 1:
            sides.append("end early")
        out.append((i, "extent: " + (" + ".join(sides) or "other"), best))
    return out


def _show(doc, i: int, j: int | None, quotes: list[dict]) -> str:
    text, g = doc.text, doc.attributions[i]
    content = " … ".join(text[s:e] for s, e in g.content)
    src = " / ".join(text[s:e] for s, e in g.source or ())
    cue = " / ".join(text[s:e] for s, e in g.cue or ())
    lines = [f"[{doc.id}] GOLD ({src or '-'} | {cue or '-'}): {content[:300]!r}"]
    if j is not None:
        q = quotes[j]
        sp, qc = q.get("speaker") or {}, q.get("cue") or {}
        lines.append(f"    KEPT ({sp.get('text', '-')} | {qc.get('text', '-')}): {text[q['start']:q['end']][:300]!r}")
    return "\n".join(lines)


def shown_examples(examples: dict[str, list[tuple[str, str]]], kind: str, left_out: set[str]) -> tuple[list[str], int]:
    """The examples of every class holding ``kind`` outside the ``left_out`` articles, and how
    many lie inside them (counted, never printed)."""
    pool = [(doc, ex) for k, exs in examples.items() if kind in k for doc, ex in exs]
    return [ex for doc, ex in pool if doc not in left_out], sum(doc in left_out for doc, _ in pool)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("records")
    ap.add_argument("--against", help="another records file: list the direct contents gained and lost")
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("KIND", "N"), help="N examples of the classes holding KIND")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--with-held-out-samples", action="store_true", help="also print examples from the articles of train-holdout and train-blind")
    a = ap.parse_args()
    assert IOU_THRESHOLD == 0.5
    docs = list(read_gold_dir(a.gold))
    recs = load_records(a.records)
    other = load_records(a.against) if a.against else None
    counts: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str]]] = {}
    for doc in docs:
        quotes = recs.get(doc.id, [])
        got = classify(doc, quotes)
        for i, kind, j in got:
            counts[kind] += 1
            examples.setdefault(kind, []).append((doc.id, _show(doc, i, j, quotes)))
        if other is not None:
            old_quotes = other.get(doc.id, [])
            old = {i: (kind, j) for i, kind, j in classify(doc, old_quotes)}
            for i, kind, j in got:
                was, oj = old[i]
                if (kind == "right") != (was == "right"):
                    key = "gained" if kind == "right" else "lost"
                    counts[key] += 1
                    label = f"{was} -> {kind}"
                    counts[f"{key}: {label}"] += 1
                    examples.setdefault(key, []).append((doc.id, f"{label}\n{_show(doc, i, j, quotes)}\n  was:\n{_show(doc, i, oj, old_quotes)}"))
    total = sum(v for k, v in counts.items() if not k.startswith(("gained", "lost")))
    print(f"direct gold contents: {total}, right {counts['right']} ({counts['right'] / total:.4f})")
    for kind, n in sorted(counts.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1])):
        if kind != "right":
            print(f"  {n:5d}  {kind}")
    left_out = set() if a.with_held_out_samples else held_out_docs(Path(a.gold))
    rng = random.Random(a.seed)
    for kind, n in a.show:
        pool, held = shown_examples(examples, kind, left_out)
        rng.shuffle(pool)
        print(f"\n== {kind}: {len(pool) + held}" + (f" ({held} in held-out speaker-sample articles, not shown)" if held else ""))
        for ex in pool[: int(n)]:
            print(ex)


if __name__ == "__main__":
    sys.exit(main())
