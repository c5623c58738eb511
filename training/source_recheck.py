"""Source rules re-checked on the quotes the pipeline keeps, in a minute instead of fifteen.

    python training/source_recheck.py train --build      # once: run the pipeline, keep its matched quotes
    python training/source_recheck.py train [--show N]   # after each change to attribution/sources/

``--build`` runs the whole quotes component on the split (the shipped model) and stores, for
every predicted quote whose content matches a gold attribution one-to-one (as the shared
scorer matches), its cue word, relation, the source it was given and the gold Source, under
``.cache/polnear/``. Without it, the grammar's source (:func:`~newsmine.nlp.attribution.subject_of`)
is recomputed for those cue words (quotes attributed by punctuation and orphan quotations keep
theirs) and compared with the stored one: right before → after (the noun phrase overlaps the
gold Source, or both are absent), with N examples of sources gained and lost. It leaves out
second-order effects (a changed source changes the content model's features and so which
contents are kept): confirm with ``source_errors.py`` and the shared scorer. Never tune on dev.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import CACHE, gold_contents, parsed, prepare, source_right

from newsmine.evaluate import _greedy_match, span_chars
from newsmine.nlp.attribution import AttributionModel, DocContext, doc_text, noun_phrase, subject_of
from newsmine.nlp.attribution.decide import attribute
from newsmine.nlp.quote_marks import find_quoted

# Relations whose source is not the cue word's grammatical source.
_KEPT_SOURCE = frozenset({"colon", "dash", "orphan"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("split")
    ap.add_argument("--build", action="store_true", help="run the pipeline and store its matched quotes")
    ap.add_argument("--show", type=int, default=0, help="print this many sources gained and lost")
    args = ap.parse_args()
    stored = CACHE / f"{args.split}-matched-sources.pkl"
    if args.build:
        stored.write_bytes(pickle.dumps(_matched(args.split)))
        print(f"stored the matched quotes in {stored}", file=sys.stderr)
        return
    rows = pickle.loads(stored.read_bytes())
    docs = parsed(args.split)
    before = after = 0
    changed: dict[bool, list[str]] = {True: [], False: []}
    contexts: dict[int, DocContext] = {}
    for d, trigger, relation, source, gold_source in rows:
        doc = docs[d][0]
        new = source
        if trigger >= 0 and relation.split(":")[0] not in _KEPT_SOURCE:
            if d not in contexts:
                text = doc_text(doc)
                contexts.clear()
                contexts[d] = DocContext(doc, find_quoted(text), text)
            new = subject_of(contexts[d], trigger)
        was, now = source_right(doc, source, gold_source), source_right(doc, new, gold_source)
        before += was
        after += now
        if was != now:
            changed[now].append(
                f"{'+' if now else '-'} cue {doc[trigger].text!r} was {_phrase(doc, source)!r} now {_phrase(doc, new)!r} "
                f"gold {[docs[d][1].text[s:e] for s, e in gold_source or []]} :: {doc[trigger].sent.text[:200]!r}"
            )
    print(f"{args.split}: {len(rows)} matched quotes, source right {before} -> {after} (+{len(changed[True])} -{len(changed[False])})")
    for line in changed[True][: args.show] + changed[False][: args.show]:
        print(line)


def _matched(split: str) -> list[tuple]:
    """(article index, cue word, relation, source, gold Source) of each matched quote."""
    model = AttributionModel.default()
    rows = []
    for d, (doc, gold) in enumerate(parsed(split)):
        prepare(doc)
        _, chosen = attribute(doc, model)
        contents = gold_contents(gold)
        predicted = [span_chars(gold.text, c.parts[0][0], c.parts[-1][1]) for c in chosen]
        for _, i, j in _greedy_match([c for c, _ in contents], predicted, [g for _, g in contents], lenient=False):
            cand = chosen[j]
            rows.append((d, cand.trigger, cand.relation, cand.source, gold.attributions[i].source))
    return rows


def _phrase(doc, source: int) -> str | None:
    return noun_phrase(doc[source]).text if source >= 0 else None


if __name__ == "__main__":
    main()
