"""Time the stages of the quotes component on cached PolNeAR parses (best of 3 rounds).

    python training/phase_times.py train [--held-out]

Pairs quotation marks, builds the context, finds the candidates (cue filter, proposals,
features), scores, decides (choice, orphans, filters), then the whole component with
speaker resolution. For speed work on one stage; the whole extraction against bare spaCy is
``benchmarks/quotes_speed.py``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, parsed, prepare

from newsmine.nlp.attribution import AttributionModel, DocContext, decide, doc_text, find_candidates, score_candidates
from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quotes import find_quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap, model=False)
    args = ap.parse_args()
    model = AttributionModel.default()
    docs = [prepare(doc) for doc, _ in parsed(args.split, held_out=args.held_out)]
    best: dict[str, float] = {}
    n_candidates = 0
    for _ in range(3):
        times: dict[str, float] = {}

        def tick(stage: str, started: float) -> float:
            now = time.perf_counter()
            times[stage] = times.get(stage, 0.0) + now - started
            return now

        n_candidates = 0
        for doc in docs:
            t = time.perf_counter()
            text = doc_text(doc)
            stretches = find_quoted(text)
            t = tick("quotation marks", t)
            ctx = DocContext(doc, stretches, text)
            t = tick("context", t)
            candidates = find_candidates(ctx, model.cue)
            n_candidates += len(candidates)
            t = tick("candidates and features", t)
            score_candidates(candidates, model)
            t = tick("scores", t)
            decide(ctx, candidates, model.content.threshold, model.quoted_threshold)
            tick("decision", t)
        t = time.perf_counter()
        for doc in docs:
            find_quotes(doc, model)
        tick("whole component (with speakers)", t)
        best = {stage: min(best.get(stage, float("inf")), v) for stage, v in times.items()}
    print({stage: round(v, 3) for stage, v in best.items()}, f"{len(docs)} articles, {n_candidates} candidates")


if __name__ == "__main__":
    main()
