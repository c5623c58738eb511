"""How often the grammar's source of a gold cue is the gold Source, independent of contents.

    python training/source_study.py train [--held-out] [--show N]

For every gold attribution with a cue: the cue's head word, the source
:func:`~newsmine.nlp.attribution.subject_of` gives it, and whether its noun phrase overlaps
the gold Source (or is absent when the gold has none). Counts by outcome; ``--show`` prints
N wrong ones. A source rule is worth keeping when it raises this on train.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed

from newsmine.nlp.attribution import DocContext, doc_text, noun_phrase, subject_of
from newsmine.nlp.quote_marks import find_quoted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split", nargs="?", default="train")
    ap.add_argument("--held-out", action="store_true", help="the last fifth of the split only")
    ap.add_argument("--show", type=int, default=0, help="print this many wrong sources")
    args = ap.parse_args()
    kinds: Counter[str] = Counter()
    wrong: dict[str, list[str]] = defaultdict(list)
    for doc, gold in parsed(args.split, held_out=args.held_out):
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        for a in gold.attributions:
            if not a.cue:
                continue
            trigger = doc.char_span(a.cue[0][0], a.cue[-1][1], alignment_mode="expand").root.i
            if ctx.lower[trigger] == "to" and trigger > 0 and ctx.lower[trigger - 1] == "according":
                trigger -= 1
            source = subject_of(ctx, trigger)
            span = noun_phrase(doc[source]) if source >= 0 else None
            if a.source is None:
                kind = "no gold source: " + ("right (none)" if span is None else "wrong (one given)")
            elif span is None:
                kind = "gold source: wrong (none given)"
            else:
                right = any(s < span.end_char and span.start_char < e for s, e in a.source)
                kind = "gold source: " + ("right" if right else "wrong (another)")
            kinds[kind] += 1
            if "wrong" in kind:
                sent = doc[trigger].sent.text.replace("\n", " ")
                wrong[kind].append(f"{kind}: cue {doc[trigger].text!r} gold {[text[s:e] for s, e in a.source or []]} "
                                   f"given {span.text if span is not None else None!r} :: {sent[:200]!r}")
    total = sum(kinds.values())
    right = sum(n for k, n in kinds.items() if "right" in k)
    print(f"{args.split}: source right {right}/{total} = {right / total:.3f}", dict(kinds.most_common()))
    random.seed(0)
    for examples in wrong.values():
        for line in random.sample(examples, min(args.show, len(examples))):
            print(line)


if __name__ == "__main__":
    main()
