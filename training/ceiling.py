"""The candidate generator's ceiling: gold contents no candidate reaches, by the shape that would.

    python training/ceiling.py train                     # counts
    python training/ceiling.py train --show para 10      # examples of one shape

For every gold attribution of the split that no candidate of any cue word matches (IoU >= 0.5,
as the shared scorer measures it; no cue filter, no model), the first class that fits:

- ``no cue`` / ``cue word not a trigger``: the gold cue is absent, or its head word is not a
  word :func:`~newsmine.nlp.attribution.cues.is_trigger` lets propose (a noun missing from the
  cue nouns, a preposition, a colon);
- ``deep``: the object of a preposition below a complement of the cue word ('are skeptical of
  free trade');
- ``para``: a candidate of the cue word continued over the following sentences of its paragraph;
- ``one token``: a single dependent of the cue word ('I think so', 'what she wrote');
- ``cut``: a candidate of the cue word cut at a comma, dash or parenthesis inside it;
- ``subtree``: some other subtree of the cue's sentence;
- ``other``.

The classes say what a candidate change could reach, not what the model would then choose.
Session 11 proposed the two largest as candidates and retrained (train 5-fold content /
attribution F1, shipped code 0.7177 / 0.6689): ``deep`` objects 0.7175 / 0.6683 (+15k
candidates, +128 positives); ``para`` runs 0.7187 / 0.6671 (+29k candidates, +1.3k
positives, source accuracy 0.9416 -> 0.9389); both, with prepositional objects also cut
before an apposition ('referring to John Kerry, the chief negotiator'), 0.7173 / 0.6681.
None was kept: the ceiling is not what loses these contents. Study train, never dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, content_iou, gold_contents, gold_trigger, parsed, prepare, print_kinds

from newsmine.evaluate import span_chars
from newsmine.nlp.attribution import DocContext, doc_text, find_candidates, is_trigger
from newsmine.nlp.quote_marks import find_quoted

_MATCH = 0.5
_CUT_MARKS = frozenset({",", "—", "--", ";", "-", "("})
_DEEP_PATH = frozenset({"acomp", "attr", "dobj", "oprd", "prep", "pobj", "xcomp"})


def _classify(ctx: DocContext, doc, trigger: int, own, iou) -> str:
    """The first shape of the module docstring that reaches the gold content."""
    tok_iou = lambda a, b: iou(ctx.idx[a], ctx.idx[b - 1] + len(doc[b - 1]))  # noqa: E731
    stack = [(trigger, 0)]
    while stack:
        node, depth = stack.pop()
        for c in doc[node].children:
            if c.i > trigger and c.dep_ in _DEEP_PATH and depth < 4:
                if c.dep_ == "pobj" and depth >= 1 and tok_iou(c.left_edge.i, c.right_edge.i + 1) >= _MATCH:
                    return "deep"
                stack.append((c.i, depth + 1))
    sent = ctx.sent_of[trigger]
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[trigger]]
    for cand in own:
        for s in range(sent, len(ctx.sent_bounds)):
            end = min(ctx.sent_bounds[s][1], p_end)
            if end <= p_start:
                break
            if cand.end <= ctx.idx[end - 1] and iou(cand.start, ctx.idx[end - 1] + len(doc[end - 1])) >= _MATCH:
                return "para"
    if any(tok_iou(c.i, c.i + 1) >= _MATCH for c in doc[trigger].children):
        return "one token"
    for cand in own:
        first, last = ctx.token_at_char(cand.start), ctx.token_at_char(max(cand.start, cand.end - 1))
        if any(ctx.lower[j] in _CUT_MARKS and iou(cand.start, ctx.idx[j]) >= _MATCH for j in range(first, last + 1)):
            return "cut"
    s_start, s_end = ctx.sent_bounds[sent]
    if any(tok_iou(doc[x].left_edge.i, doc[x].right_edge.i + 1) >= _MATCH for x in range(s_start, s_end)):
        return "subtree"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap, model=False)
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("KIND", "N"), help="N examples of KIND")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for doc, gold in parsed(args.split, held_out=args.held_out):
        prepare(doc)
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        candidates = find_candidates(ctx)
        chars = [span_chars(text, c.start, c.end) for c in candidates]
        for a, contents in zip(gold.attributions, gold_contents(gold)):
            total += 1
            if any(content_iou(ch, contents) >= _MATCH for ch in chars):
                continue
            trigger = gold_trigger(doc, a.cue) if a.cue else -1
            if trigger < 0:
                kind = "no cue"
            elif not is_trigger(ctx, trigger):
                kind = "cue word not a trigger"
            else:
                own = [c for c in candidates if c.trigger == trigger]
                kind = _classify(ctx, doc, trigger, own, lambda s, e: content_iou(span_chars(text, s, e), contents))
            counts[kind] += 1
            cue = " ".join(text[s:e] for s, e in a.cue or [])
            examples[kind].append(f"CUE {cue!r} CONTENT {' … '.join(text[s:e] for s, e in a.content)[:160]!r}")
    print(f"{sum(counts.values())} of {total} gold contents no candidate reaches")
    print_kinds(counts, examples, args.show)


if __name__ == "__main__":
    main()
