"""Reliability of ``quote.confidence``: quotes binned by confidence vs the share that is right.

    newsmine extract ../shared/benchmarks/polnear/dev/text -o /tmp/dev.jsonl --overwrite
    python benchmarks/confidence_reliability.py ../shared/benchmarks/polnear/dev /tmp/dev.jsonl

A quote is right when its content matches a gold content (the shared scorer's one-to-one
IoU >= 0.5 match) and its speaker overlaps the gold source (or both are absent). Prints a
Markdown table (the one in README.md) and the expected calibration error: the mean gap
between confidence and share right, weighted by the quotes in each bin.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
from polnear import attribution_right  # noqa: E402

from newsmine.evaluate import PredictedQuote, read_gold_dir  # noqa: E402

BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def main() -> None:
    gold_dir, records = Path(sys.argv[1]), Path(sys.argv[2])
    by_id = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            by_id[record["id"]] = record
    pairs = []  # (confidence, right)
    for gold in read_gold_dir(gold_dir):
        quotes = by_id.get(gold.id, {}).get("quotes", [])
        right = attribution_right(gold, [PredictedQuote.from_record(q) for q in quotes])
        pairs.extend((q["confidence"], r) for q, r in zip(quotes, right) if q.get("confidence") is not None)
    if not pairs:
        sys.exit("no quote carries a confidence")
    print("| confidence | quotes | mean confidence | share right |")
    print("|---|---|---|---|")
    gap = 0.0
    for low, high in zip(BINS, BINS[1:]):
        inside = [(c, r) for c, r in pairs if low <= c < high]
        if not inside:
            continue
        mean_c = sum(c for c, _ in inside) / len(inside)
        share = sum(r for _, r in inside) / len(inside)
        gap += abs(mean_c - share) * len(inside)
        print(f"| {low:.1f}–{min(high, 1.0):.1f} | {len(inside)} | {mean_c:.3f} | {share:.3f} |")
    total_right = sum(r for _, r in pairs)
    print(f"\n{len(pairs)} quotes, {total_right / len(pairs):.3f} right; expected calibration error {gap / len(pairs):.3f}")


if __name__ == "__main__":
    main()
