"""Quote by quote: what a text layout changes in newsmine's records, against the same articles as
published.

    python training/layout_differences.py PLAIN_GOLD PLAIN.jsonl COPY_GOLD COPY.jsonl [--layout wrap|lines|crlf] [--show N]

PLAIN_GOLD is a PolNeAR split (or a sample of it written by ``benchmarks/relayout.py … same``),
COPY_GOLD the same articles in another layout (``hardwrap.py``: offsets unchanged, the default
``--layout wrap``; ``relayout.py … lines`` or ``crlf``: offsets moved, and moved back here;
``--write-back`` writes them so, for ``attrib_score.py`` against PLAIN_GOLD).
For each article: the attributions right (content matched and source overlapping, as
``attrib_score.py`` counts them) and the quotes predicted, as published and in the copy; then
the quotes only one side has, with their speakers, in the articles whose figures differ, so that
each difference can be read for its cause (a line break taken for a paragraph's end, a headline
run into the story, a name cut by a line break …). Session 50 (docs/history/attribution.md).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from attrib_score import charset, overlaps, parse_ann, trim
from relayout import _relaid


def _records(path: Path) -> dict[str, dict]:
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            key = record.get("id") or Path(str(record.get("source", {}).get("path", ""))).stem
            records[Path(key).stem] = record
    return records


def _right(text: str, gold: list[dict], quotes: list[dict]) -> int:
    """Attributions right, matched as ``attrib_score.py`` matches them (IoU >= 0.5, greedy)."""
    gsets = [set().union(*(charset(text, *trim(text, s, e)) for s, e in g["content"])) for g in gold]
    psets = [charset(text, *trim(text, q["start"], q["end"])) for q in quotes]
    candidates = []
    for i, gs in enumerate(gsets):
        parts = sorted(gold[i]["content"])
        gap = {k for (_, e1), (s2, _) in itertools.pairwise(parts) for k in range(e1, s2)}
        for j, ps in enumerate(psets):
            ps = ps - gap
            if gs and ps and (inter := len(gs & ps)) and inter / len(gs | ps) >= 0.5:
                candidates.append((inter / len(gs | ps), i, j))
    used_gold, used_pred, right = set(), set(), 0
    for _, i, j in sorted(candidates, reverse=True):
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        speaker = quotes[j].get("speaker") or {}
        if gold[i]["source"]:
            right += isinstance(speaker.get("start"), int) and overlaps([(speaker["start"], speaker["end"])], gold[i]["source"])
        else:
            right += not speaker
    return right


def _moved_back(quotes: list[dict], back: list[int]) -> list[dict]:
    out = []
    for q in quotes:
        q = dict(q, start=back[q["start"]], end=back[q["end"]])
        if q.get("speaker"):
            q["speaker"] = dict(q["speaker"], start=back[q["speaker"]["start"]], end=back[q["speaker"]["end"]])
        out.append(q)
    return out


def _key(q: dict) -> tuple:
    speaker = q.get("speaker") or {}
    return q["start"], q["end"], speaker.get("start"), speaker.get("end"), speaker.get("name")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("plain_gold", type=Path)
    ap.add_argument("plain", type=Path)
    ap.add_argument("copy_gold", type=Path)
    ap.add_argument("copy", type=Path)
    ap.add_argument("--layout", choices=("wrap", "lines", "crlf"), default="wrap")
    ap.add_argument("--show", type=int, default=0, help="print the differing quotes of this many articles")
    ap.add_argument("--write-back", type=Path, help="write the copy's records here, offsets moved back into PLAIN_GOLD's texts "
                    "(attrib_score.py reads a text's \\r\\n as \\n, so a CRLF copy is scored this way)")
    args = ap.parse_args()
    plain, copy = _records(args.plain), _records(args.copy)
    totals = [0, 0, 0, 0]
    differing = []
    written_back = []
    for path in sorted((args.plain_gold / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = parse_ann(str(args.plain_gold / "attributions" / f"{path.stem}.ann"))
        quotes = (plain.get(path.stem) or {}).get("quotes") or []
        copied = (copy.get(path.stem) or {}).get("quotes") or []
        if args.layout != "wrap":
            _, moved = _relaid(text, args.layout)
            # each offset of the copy to the first offset of the text it came from (the "\n" of a
            # "\r\n" to its "\r", the lines of a blank-line run to the run's start)
            back = [0] * (moved[-1] + 1)
            old = 0
            for new in range(len(back)):
                while old + 1 < len(moved) and moved[old + 1] <= new and moved[old] < new:
                    old += 1
                back[new] = old
            copied = _moved_back(copied, back)
        written_back.append(json.dumps({"id": path.stem, "quotes": copied}))
        figures = (_right(text, gold, quotes), len(quotes), _right(text, gold, copied), len(copied))
        totals = [a + b for a, b in zip(totals, figures)]
        if figures[:2] != figures[2:] or {_key(q) for q in quotes} != {_key(q) for q in copied}:
            differing.append((figures[2] - figures[0], path.stem, text, quotes, copied, figures))
    if args.write_back:
        args.write_back.write_text("\n".join(written_back) + "\n", encoding="utf-8")
    print(f"right {totals[0]} -> {totals[2]}; predicted {totals[1]} -> {totals[3]}; articles differing {len(differing)}")
    differing.sort(key=lambda d: d[0])
    for gain, stem, text, quotes, copied, figures in differing[: args.show]:
        print(f"\n== {stem}: right {figures[0]} -> {figures[2]}, predicted {figures[1]} -> {figures[3]}")
        keys = {_key(q) for q in copied}
        kept = {_key(q) for q in quotes}
        for side, items, other in (("-", quotes, keys), ("+", copied, kept)):
            for q in items:
                if _key(q) in other:
                    continue
                speaker = q.get("speaker") or {}
                content = text[q["start"] : q["end"]].replace("\n", "⏎")
                print(f" {side} [{q['start']}:{q['end']}] {speaker.get('text')!r} ({speaker.get('name')}) {content[:160]!r}")


if __name__ == "__main__":
    main()
