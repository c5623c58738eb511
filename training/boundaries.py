"""Boundary errors: gold contents a kept quote overlaps without matching, by where it is off.

    python training/boundaries.py train --held-out --model /tmp/held-out.json
    python training/boundaries.py train --held-out --show end_late 10     # examples of a kind

For every gold attribution of the split that no kept quote matches (IoU >= 0.5, as the shared
scorer measures it) but that the kept quote overlapping it most covers in part (the scorer's
lenient match, >= 30 % of the gold characters, or IoU >= 0.2), the kind of miss:
``start_early`` / ``start_late`` / ``start_ok`` and ``end_late`` / ``end_early`` / ``end_ok``
(where the prediction starts and ends against the gold content), direct or indirect (the
gold content holds a quotation mark), and the relation of the kept quote ('child:dobj',
'vp', 'quote_run' …): trailing clauses kept ('the candidate, who is running …'), a
quotation taken with the words after it ('"…," promising …'), a raising verb's subject left
out ('Nabisco … is expected to cut 277 workers'). Counts, then examples. Study train, never dev.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, content_iou, gold_contents, parsed, prepare

from newsmine.evaluate import span_chars
from newsmine.nlp.quotes import find_quotes

_MATCH = 0.5
_LENIENT_COVER = 0.3
_NEAR_IOU = 0.2
_QUOTE_MARKS = '"“”'


def _side(predicted: int, gold: int, before: str, after: str) -> str:
    return before if predicted < gold else after if predicted > gold else "ok"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("KIND", "N"), help="N examples of the kinds holding KIND")
    args = ap.parse_args()
    model = chosen_model(args)
    counts: Counter[str] = Counter()
    relations: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        text = gold.text
        found = find_quotes(doc, model)
        predicted = [span_chars(text, q.start, q.end) for q in found]
        for attribution, (chars, gaps) in zip(gold.attributions, gold_contents(gold)):
            scored = [(content_iou(p, (chars, gaps)), j) for j, p in enumerate(predicted)]
            iou, j = max(scored, default=(0.0, -1))
            if j < 0 or iou >= _MATCH or not chars:
                continue
            near = predicted[j] - gaps
            if len(near & chars) / len(chars) < _LENIENT_COVER and iou < _NEAR_IOU:
                continue
            direct = any(m in text[s:e] for s, e in attribution.content for m in _QUOTE_MARKS)
            start = "start_" + _side(min(near), min(chars), "early", "late")
            end = "end_" + _side(max(near), max(chars), "early", "late")
            kind = f"{start}/{end}/{'direct' if direct else 'indirect'}"
            quote = found[j]
            counts[kind] += 1
            relations[quote.relation.split(":")[0] + ":" + (quote.relation.split(":") + [""])[1]] += 1
            examples[kind].append(
                f"[{gold.id}] IoU {iou:.2f} {quote.relation}\n"
                f"    GOLD {' … '.join(text[s:e] for s, e in sorted(attribution.content))[:240]!r}\n"
                f"    KEPT {' … '.join(text[s:e] for s, e in quote.parts)[:240]!r}"
            )
    total = sum(counts.values())
    print(f"{total} boundary errors")
    for kind, n in counts.most_common():
        print(f"{n:6d} {n / max(total, 1):6.3f}  {kind}")
    print("by the kept quote's relation:", ", ".join(f"{rel} {n}" for rel, n in relations.most_common(12)))
    random.seed(0)
    for wanted, n in args.show:
        for kind in sorted(k for k in examples if wanted in k):
            print("=====", kind)
            for example in random.sample(examples[kind], min(int(n), len(examples[kind]))):
                print(example)


if __name__ == "__main__":
    main()
