"""The gold direct quotes newsmine loses, by class: what direct-quote attribution recall counts.

    python training/direct_errors.py train
    python training/direct_errors.py train --show boundary 10      # examples of the classes holding 'boundary'

For every gold attribution of the split whose content holds a quotation mark (the scorer's
"direct" contents), matched to the kept quotes one-to-one as the shared scorer matches them
(IoU of trimmed non-space characters >= 0.5), the class of the miss:

- ``wrong source``: matched, but the speaker does not overlap the gold Source (or is absent,
  or present when the gold has none); split by how the quote was found (its relation) and
  whether a speaker was given at all;
- ``no prediction``: no kept quote touches the content; split by whether the content is one
  quotation newsmine's marks pairing finds (``quotation found``), a fragment inside a longer
  clause (``fragment``), or a quotation the pairing does not find (``marks not paired``);
- ``joined``: the kept quote overlapping it most also holds most of another gold content;
- ``split``: two or more kept quotes share it and none matches;
- ``taken``: the kept quote overlapping it matched another gold content;
- ``boundary``: one kept quote overlaps it without matching, by where it is off
  (``start early`` / ``start late`` / ``end early`` / ``end late``).

Counts, then examples with the gold and kept texts. Study train, never dev.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, parsed, predicted_quotes, prepare

from newsmine.evaluate import _greedy_match, _overlap, gold_chars, gold_gaps, score_predictions, span_chars
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import find_quotes

_QUOTE_MARKS = '"“”'
# A kept quote "holds" another gold content when it covers this share of its characters.
_HOLDS = 0.5


def _side(predicted: int, gold: int, before: str, after: str) -> str | None:
    return before if predicted < gold else after if predicted > gold else None


def _no_prediction_kind(text: str, content: tuple[tuple[int, int], ...], stretches: list[tuple[int, int]]) -> str:
    """Why nothing was kept, as far as the quotation marks tell: the gold content is one
    quotation the pairing finds, a clause holding a quoted fragment, or marks not paired."""
    chars = set().union(*(span_chars(text, s, e) for s, e in content))
    for start, end in stretches:
        inner = span_chars(text, start, end)
        if inner and len(inner & chars) / len(inner | chars) >= 0.8:
            return "quotation found"
    if any(chars & span_chars(text, s, e) for s, e in stretches):
        return "fragment"
    return "marks not paired"


def classify(text: str, gold, found) -> list[tuple[str, int, int | None]]:
    """(class, gold index, kept quote index or None) for each gold direct content of one
    document that is not attributed right."""
    preds = predicted_quotes(found)
    attributions = gold.attributions
    gold_sets = [gold_chars(text, a) for a in attributions]
    gaps = [gold_gaps(a) for a in attributions]
    pred_sets = [span_chars(text, q.start, q.end) for q in preds]
    pairs = {i: j for _, i, j in _greedy_match(gold_sets, pred_sets, gaps, lenient=False)}
    matched_pred = set(pairs.values())
    stretches = [(s.inner_start, s.inner_end) for s in find_quoted(text)]
    out = []
    for i, a in enumerate(attributions):
        if not any(m in text[s:e] for s, e in a.content for m in _QUOTE_MARKS):
            continue
        if i in pairs:
            j = pairs[i]
            speaker = preds[j].speaker
            right = (speaker is not None and _overlap([speaker], a.source)) if a.source else speaker is None
            if not right:
                how = "no speaker" if speaker is None else "no gold source" if not a.source else "other speaker"
                out.append((f"wrong source/{how}/{found[j].relation.split(':')[0]}", i, j))
            continue
        chars = gold_sets[i]
        touching = [(len(chars & (pred_sets[j] - gaps[i])), j) for j in range(len(preds))]
        touching = sorted(((n, j) for n, j in touching if n), reverse=True)
        if not touching:
            out.append((f"no prediction/{_no_prediction_kind(text, a.content, stretches)}", i, None))
            continue
        _, j = touching[0]
        if j in matched_pred:
            out.append(("taken", i, j))
            continue
        others = [k for k in range(len(attributions)) if k != i and gold_sets[k] and len(gold_sets[k] & pred_sets[j]) >= _HOLDS * len(gold_sets[k])]
        if others:
            out.append(("joined", i, j))
            continue
        if len(touching) > 1 and touching[1][0] >= 0.2 * len(chars):
            out.append(("split", i, j))
            continue
        near = pred_sets[j] - gaps[i]
        sides = [_side(min(near), min(chars), "start early", "start late"), _side(max(near), max(chars), "end early", "end late")]
        out.append(("boundary/" + " + ".join(s for s in sides if s), i, j))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("KIND", "N"), help="N examples of the classes holding KIND")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    model = chosen_model(args)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    golds, predictions = [], {}
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        text = gold.text
        found = find_quotes(doc, model)
        golds.append(gold)
        predictions[gold.id] = predicted_quotes(found)
        total += sum(any(m in text[s:e] for s, e in a.content for m in _QUOTE_MARKS) for a in gold.attributions)
        for kind, i, j in classify(text, gold, found):
            counts[kind] += 1
            a = gold.attributions[i]
            kept = found[j] if j is not None else None
            line = f"[{gold.id}@{a.content[0][0]}]"
            line += f"\n    GOLD {' … '.join(text[s:e] for s, e in sorted(a.content))[:300]!r}"
            line += f"\n      src {' … '.join(text[s:e] for s, e in a.source or ())!r} cue {' … '.join(text[s:e] for s, e in a.cue or ())!r}"
            if kept is not None:
                line += f"\n    KEPT {kept.relation} {' … '.join(text[s:e] for s, e in kept.parts)[:300]!r}"
                line += f"\n      spk {kept.speaker.text if kept.speaker is not None else None!r} cue {kept.cue.text if kept.cue is not None else None!r}"
            para_start = text.rfind("\n", 0, a.content[0][0]) + 1
            para_end = text.find("\n", a.content[-1][1])
            line += f"\n    PARA {text[para_start : para_end if para_end >= 0 else len(text)][:400]!r}"
            examples[kind].append(line)
    lost = sum(counts.values())
    scores = score_predictions(golds, predictions).scores
    print(f"content F1 {scores['content']['f1']}  attribution F1 {scores['attribution']['f1']}  "
          f"source accuracy {scores['source_accuracy_on_matched']}  direct recall {scores['direct_recall']}  "
          f"direct attribution recall {scores['direct_attrib_recall']}")
    print(f"{total} gold direct contents, {total - lost} attributed right ({(total - lost) / max(total, 1):.4f}), {lost} lost")
    by_class = Counter()
    for kind, n in counts.items():
        by_class[kind.split("/")[0]] += n
    for cls, n in by_class.most_common():
        print(f"{n:5d}  {cls}")
        for kind, m in counts.most_common():
            if kind.split("/")[0] == cls and kind != cls:
                print(f"{m:9d}  {kind[len(cls) + 1:]}")
    rng = random.Random(args.seed)
    for wanted, n in args.show:
        for kind in sorted(k for k in examples if wanted in k):
            print(f"===== {kind} ({len(examples[kind])})")
            for line in rng.sample(examples[kind], min(int(n), len(examples[kind]))):
                print(line)


if __name__ == "__main__":
    main()
