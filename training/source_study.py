"""How often the source newsmine gives a gold cue is the gold Source, independent of contents.

    python training/source_study.py train --held-out --model /tmp/held-out.json [--show N]
    python training/source_study.py train --grammar          # the grammar rules alone
    python training/source_study.py train --held-out --speaker-model /tmp/speaker.json

For every gold attribution with a cue: the cue's head word, the source
:func:`~newsmine.nlp.attribution.sources.choose_source` gives it (the speaker model's
choice with ``--speaker-model FILE`` from ``train_sources.py --held-out-model``,
else the source model's, or with ``--grammar`` the rules' :func:`~newsmine.nlp.attribution.subject_of`),
and whether its noun phrase overlaps
the gold Source (or is absent when the gold has none). Counts by outcome; ``--show`` prints
N wrong ones. A source rule is worth keeping when it raises this on train.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, gold_trigger, parsed, source_right

from newsmine.nlp.attribution import DocContext, doc_text, noun_phrase
from newsmine.nlp.attribution.sources import choose_source
from newsmine.nlp.quote_marks import find_quoted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--show", type=int, default=0, help="print this many wrong sources")
    ap.add_argument("--grammar", action="store_true", help="the grammar's pick alone, not the source model's")
    args = ap.parse_args()
    model = chosen_model(args)
    if args.grammar:
        model = replace(model, source=None, speaker=None)
    # The speaker model when there is one (it gives the quotes' speakers), else the source model.
    scorer = model.speaker if model.speaker is not None else model.source
    kinds: Counter[str] = Counter()
    wrong: dict[str, list[str]] = defaultdict(list)
    for doc, gold in parsed(args.split, held_out=args.held_out):
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        for a in gold.attributions:
            if not a.cue:
                continue
            trigger = gold_trigger(doc, a.cue)
            source = choose_source(ctx, trigger, scorer)
            span = noun_phrase(doc[source]) if source >= 0 else None
            right = source_right(doc, source, a.source)
            if not a.source:
                kind = "no gold source: " + ("right (none)" if right else "wrong (one given)")
            elif span is None:
                kind = "gold source: wrong (none given)"
            else:
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
