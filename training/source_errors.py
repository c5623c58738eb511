"""The wrong sources of matched quotes on a PolNeAR split, by how the quote was found.

    python training/source_errors.py train [--held-out] [--show N] [--kind 'orphan']

What the shared scorer's source accuracy counts, with the reason behind each miss:
every predicted quote whose content matches a gold attribution (one-to-one, as the scorer
matches) but whose speaker does not overlap the gold Source (or is given when the gold has
none). Counted by ``wrong`` (another span / none given / one given against a gold without a
source), the quote's relation (``child``, ``orphan``, ``quote_run`` … see
``nlp/attribution/candidates.py``), whether its cue overlaps the gold cue (``cueOK``,
``cueX``; ``cue-`` none) and ``D``irect / ``I``ndirect. ``--show`` prints N examples of each
class (``--kind`` keeps the classes holding that text): the gold source and cue, the
predicted ones, and the passage. ``source_study.py`` measures the grammar alone on every
gold cue; this is the view from the quotes the pipeline keeps. Never tune on dev.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, gold_contents, parsed, predicted_quotes, prepare

from newsmine.evaluate import _greedy_match, _overlap, span_chars
from newsmine.nlp.quotes import find_quotes

_DIRECT_MARKS = ('"', "“", "”")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--show", type=int, default=0, help="print this many examples of each class")
    ap.add_argument("--kind", default="", help="show only the classes holding this text")
    args = ap.parse_args()
    model = chosen_model(args)
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    gold_sources = right = 0
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        found = find_quotes(doc, model)
        predicted = predicted_quotes(found)
        text = gold.text
        contents = gold_contents(gold)
        pred_chars = [span_chars(text, p.start, p.end) for p in predicted]
        for _, i, j in _greedy_match([c for c, _ in contents], pred_chars, [g for _, g in contents], lenient=False):
            g, p = gold.attributions[i], predicted[j]
            if g.source:
                gold_sources += 1
                if p.speaker is not None and _overlap([p.speaker], g.source):
                    right += 1
                    continue
                wrong = "none" if p.speaker is None else "other"
            elif p.speaker is None:
                continue
            else:
                wrong = "gold-none"
            cue = "cue-" if p.cue is None else ("cueOK" if g.cue and _overlap([p.cue], g.cue) else "cueX")
            direct = "D" if any(m in text[s:e] for s, e in g.content for m in _DIRECT_MARKS) else "I"
            kind = f"{wrong} {found[j].relation.split(':')[0]} {cue} {direct}"
            kinds[kind] += 1
            spans = [*g.content, *(g.source or []), *(g.cue or [])]
            lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
            passage = text[max(0, lo - 150) : hi + 60].replace("\n", "¶")
            examples[kind].append(
                f"[{gold.id}] {found[j].relation} gold source={_texts(text, g.source)!r} cue={_texts(text, g.cue)!r} | "
                f"predicted speaker={_texts(text, [p.speaker] if p.speaker else None)!r} cue={_texts(text, [p.cue] if p.cue else None)!r}\n"
                f"    {passage[:700]}"
            )
    print(f"{args.split}: source right on matched {right}/{gold_sources} = {right / max(gold_sources, 1):.4f}")
    for kind, n in kinds.most_common():
        print(f"{n:5d} {kind}")
    random.seed(0)
    for kind, lines in examples.items():
        if args.show and args.kind in kind:
            print("=====", kind)
            for line in random.sample(lines, min(args.show, len(lines))):
                print(line)


def _texts(text: str, ranges: list[tuple[int, int]] | None) -> str | None:
    return " | ".join(text[s:e] for s, e in ranges) if ranges else None


if __name__ == "__main__":
    main()
