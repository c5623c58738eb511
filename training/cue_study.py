"""Cue errors by lemma: which gold cues newsmine misses, which of its cues the gold lacks,
and where it keeps the gold content under another cue.

    python training/cue_study.py train                  # counts (shipped model, in-sample)
    python training/cue_study.py train --show swap 20   # examples of one class
    python training/cue_study.py train --dump /tmp/cues-before.json   # to compare runs

Quotes are matched to gold contents one-to-one as the shared scorer matches them. Classes:
``missed`` (a gold attribution no kept quote matches, by the gold cue's lemma), ``spurious``
(a kept quote matching no gold content, by its cue's lemma), ``swap`` (a matched quote
whose cue does not overlap the gold cue: 'predicted lemma -> gold lemma') and
``swap_wrong_source`` (the swaps whose source is wrong too); ``right`` and ``wrong_source``: the matched quotes
by their cue's lemma, source right or not. Study train, never dev.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, parsed, predicted_quotes, prepare

from newsmine.evaluate import _greedy_match, _overlap, gold_chars, gold_gaps, span_chars
from newsmine.nlp.quotes import find_quotes


def lemma_of(doc, ranges) -> str:
    """The lemma of the words of character ranges ('--' for none), 'according to' kept."""
    if not ranges:
        return "--"
    words = []
    for s, e in ranges:
        span = doc.char_span(s, e, alignment_mode="expand")
        words += [t.lemma_.lower() for t in span] if span is not None else [doc.text[s:e].lower()]
    text = " ".join(words)
    return "according to" if text.startswith("accord to") else text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("CLASS", "N"))
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--lemma", help="only the counts of this cue lemma")
    ap.add_argument("--dump", help="write every error as JSON lines here")
    args = ap.parse_args()
    model = chosen_model(args)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    dump = []
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        text = gold.text
        preds = predicted_quotes(find_quotes(doc, model))
        gold_sets = [gold_chars(text, g) for g in gold.attributions]
        gaps = [gold_gaps(g) for g in gold.attributions]
        pairs = _greedy_match(gold_sets, [span_chars(text, q.start, q.end) for q in preds], gaps, lenient=False)
        matched_gold = {i: j for _, i, j in pairs}
        matched_pred = set(matched_gold.values())

        def show(kind: str, key: str, g=None, q=None) -> None:
            counts[kind][key] += 1
            line = f"[{gold.id}] {key}"
            if g is not None:
                line += f"\n   gold cue {[text[s:e] for s, e in g.cue or ()]} src {[text[s:e] for s, e in g.source or ()]} content {' … '.join(text[s:e] for s, e in g.content)[:200]!r}"
            if q is not None:
                cue = text[q.cue[0]:q.cue[1]] if q.cue else None
                spk = text[q.speaker[0]:q.speaker[1]] if q.speaker else None
                line += f"\n   pred cue {cue!r} src {spk!r} content {text[q.start:q.end][:200]!r}"
            examples[kind].append(line)
            dump.append({"kind": kind, "key": key, "doc": gold.id, "gold": g.content if g else None, "pred": (q.start, q.end) if q else None})

        for i, g in enumerate(gold.attributions):
            j = matched_gold.get(i)
            if j is None:
                show("missed", lemma_of(doc, g.cue), g)
                continue
            q = preds[j]
            source_ok = (q.speaker is not None and _overlap([q.speaker], g.source)) if g.source else q.speaker is None
            counts["right" if source_ok else "wrong_source"][lemma_of(doc, [q.cue] if q.cue else None)] += 1
            if g.cue and not (q.cue and _overlap([q.cue], g.cue)):
                key = f"{lemma_of(doc, [q.cue] if q.cue else None)} -> {lemma_of(doc, g.cue)}"
                show("swap", key, g, q)
                if not source_ok:
                    show("swap_wrong_source", key, g, q)
        for j, q in enumerate(preds):
            if j not in matched_pred:
                show("spurious", lemma_of(doc, [q.cue] if q.cue else None), None, q)
    ap_lemma = args.lemma
    for kind, counter in counts.items():
        if ap_lemma:
            print(f"{kind} {ap_lemma}: {counter[ap_lemma]}")
            continue
        print(f"== {kind}: {sum(counter.values())}")
        print("   " + ", ".join(f"{k} {n}" for k, n in counter.most_common(args.top)))
    for kind, n in args.show:
        print(f"===== {kind}")
        for line in examples[kind][: int(n)]:
            print(line)
    if args.dump:
        Path(args.dump).write_text("\n".join(json.dumps(d) for d in dump), encoding="utf-8")


if __name__ == "__main__":
    main()
