"""How PolNeAR annotates one reporting verb inside another's clause, counted on a split.

    python training/nested_study.py train
    python training/nested_study.py train --kept --show 'conj<ccomp' 10

PolNeAR never nests attributions: no gold content of train holds another gold cue (0 of
19,832; two gold contents overlap 9 times). So where a reporting verb Y (a verb of the cue
lexicon outside quotation marks, with a quotation after it in its subtree) hangs below
another, X, the gold keeps one of two readings:

- ``O``: X's content holds Y and its quotation ('said she had called it "…"'), Y no cue;
- ``I+X``: two attributions side by side, X's content cut before Y ('said …, adding "…"');
- ``I``: Y's alone, X no cue; ``X only``: X's content stops before Y, which is no cue;
  ``none``: neither.

Counted by Y's own relation (the first link of the path up to X), by that and the link
into X, by whether Y has a subject of its own and is a participle, and by Y's cue category
(:func:`~newsmine.nlp.attribution.cues.cue_category`). With ``--kept``, also what newsmine
keeps (shipped model or ``--model``): X's quote holding Y (``O``), X's quote not holding it
(``x``), Y's quote (``I``), by gold reading. ``--show PATH N``: examples of a path
('advcl', 'conj<ccomp'). Study train, never dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, parsed, prepare

from newsmine.evaluate import _overlap
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext, doc_text
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.decide import attribute
from newsmine.nlp.quote_marks import find_quoted

_READINGS = ("O", "I+X", "I", "X only", "none")


def nested_pairs(ctx: DocContext):
    """(X, Y, path) for each reporting verb Y with a quotation after it in its subtree whose
    nearest reporting-verb ancestor is X; ``path``: the dependency labels from Y up to X."""
    for y in range(ctx.n):
        if not ctx.cue_verb[y] or not any(ctx.quote_of[j] >= 0 for j in range(y + 1, ctx.right[y] + 1)):
            continue
        path, h = [], y
        while ctx.head[h] != h:
            path.append(ctx.dep[h])
            h = ctx.head[h]
            if ctx.cue_verb[h]:
                yield h, y, path
                break


def gold_reading(ctx: DocContext, gold, x: int, y: int) -> str:
    """Which of :data:`_READINGS` the gold gives the pair."""

    def token(i: int) -> list[tuple[int, int]]:
        return [(ctx.idx[i], ctx.idx[i] + len(ctx.doc[i]))]

    y_char = ctx.idx[y]
    x_cues = [a for a in gold.attributions if a.cue and _overlap(token(x), a.cue)]
    if any(any(s <= y_char < e for s, e in a.content) for a in x_cues):
        return "O"
    if any(a.cue and _overlap(token(y), a.cue) for a in gold.attributions):
        return "I+X" if x_cues else "I"
    return "X only" if x_cues else "none"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--kept", action="store_true", help="also what newsmine keeps, by gold reading")
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("PATH", "N"), help="N examples of a path ('advcl', 'conj<ccomp')")
    args = ap.parse_args()
    model = chosen_model(args) if args.kept else None
    tables: dict[str, defaultdict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    kept_by: defaultdict[str, Counter[str]] = defaultdict(Counter)
    examples: defaultdict[str, list[str]] = defaultdict(list)
    holding = contents = 0  # gold contents, and those holding another gold cue
    for doc, gold in parsed(args.split, held_out=args.held_out):
        for a in gold.attributions:
            contents += 1
            holding += any(b is not a and b.cue and any(s <= b.cue[0][0] < e for s, e in a.content) for b in gold.attributions)
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        kept = attribute(prepare(doc), model)[1] if model is not None else []
        for x, y, path in nested_pairs(ctx):
            reading = gold_reading(ctx, gold, x, y)
            first, into = path[0], path[-1]
            own_subject = any(ctx.dep[c] in SUBJECT_DEPS for c in ctx.children[y])
            link = first if len(path) == 1 else f"{first}<{into}"
            tables["Y's relation"][first][reading] += 1
            tables["Y's relation < link into X"][link][reading] += 1
            tables["Y's relation, own subject, participle"][f"{first} {'subj' if own_subject else 'nosubj'} {'VBG' if ctx.tag[y] == 'VBG' else '-'}"][reading] += 1
            tables["Y's cue category"][cue_category(ctx.lemma[y], False)][reading] += 1
            if model is not None:
                x_kept = [q for q in kept if q.trigger == x]
                holds = any(any(s <= ctx.idx[y] < e for s, e in q.parts) for q in x_kept)
                mark = ("O" if holds else "x" if x_kept else "-") + ("I" if any(q.trigger == y for q in kept) else "-")
                kept_by[f"{first if first in ('ccomp', 'advcl', 'conj') else 'other'} {reading}"][mark] += 1
            examples[link].append(f"  [{gold.id}] {reading}: X={doc[x].text!r} Y={doc[y].text!r} path={'<'.join(path)}\n    {doc[y].sent.text.strip()[:300]!r}")
            if len(path) > 1:
                examples[first].append(examples[link][-1])
    print(f"{holding} of {contents} gold contents hold another gold cue")
    for title, rows in tables.items():
        print(f"== {title}")
        for key, row in sorted(rows.items(), key=lambda kv: -sum(kv[1].values()))[:20]:
            print(f"  {key:28s} n={sum(row.values()):5d}  " + "  ".join(f"{r} {row[r]:4d}" for r in _READINGS))
    if kept_by:
        print("== kept (X's quote holding Y 'O', not holding it 'x'; Y's quote 'I'), by Y's relation and gold reading")
        for key in sorted(kept_by):
            print(f"  {key:20s} " + "  ".join(f"{m} {n:4d}" for m, n in kept_by[key].most_common()))
    for wanted, n in args.show:
        print(f"===== {wanted} ({len(examples[wanted])})")
        for line in examples[wanted][: int(n)]:
            print(line)


if __name__ == "__main__":
    main()
