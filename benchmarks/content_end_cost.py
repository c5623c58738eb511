"""CPU cost of the content-end features: the content model's features and margin of every
candidate, with this checkout's features.py and model against an older commit's, in one
process, alternating (``time.process_time()``; the machine's load cancels out).

    python benchmarks/content_end_cost.py [--ref 626986d] [--articles 40] [--rounds 5]

``--ref``: a commit before the content-end features (626986d: the eighth session's merged
main); it must predate features.py's split into the ``features/`` package, whose
``features`` function is read here from the old single file. Reads the first ``--articles`` texts of ../shared/benchmarks/polnear/dev (speed only:
no figure of quality is read). Prints the milliseconds per article of each side and the
difference.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))
from polnear import base_nlp, prepare

from newsmine.nlp.attribution import AttributionModel, DocContext, doc_text, find_candidates
from newsmine.nlp.attribution import features as current_features
from newsmine.nlp.quote_marks import find_quoted


def _at(ref: str, path: str) -> str:
    return subprocess.run(["git", "show", f"{ref}:{path}"], cwd=REPO, capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", default="626986d")
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    old_features = importlib.util.module_from_spec(importlib.util.spec_from_loader("old_features", loader=None))
    exec(_at(args.ref, "src/newsmine/nlp/attribution/features.py"), old_features.__dict__)
    old_model = AttributionModel.from_dict(json.loads(_at(args.ref, "src/newsmine/nlp/models/attribution-v1.json")))
    new_model = AttributionModel.default()
    nlp = base_nlp()
    work = []
    for path in sorted((REPO.parent / "shared" / "benchmarks" / "polnear" / "dev" / "text").glob("*.txt"))[: args.articles]:
        doc = prepare(nlp(path.read_text(encoding="utf-8")))
        text = doc_text(doc)
        ctx = DocContext(doc, find_quoted(text), text)
        work.append((ctx, find_candidates(ctx, new_model.cue)))

    def run(module, model: AttributionModel) -> float:
        started = time.process_time()
        features, margin = module.features, model.content.margin
        for ctx, candidates in work:
            for cand in candidates:
                margin(features(ctx, cand))
        return time.process_time() - started

    new = old = 0.0
    for _ in range(args.rounds):
        old += run(old_features, old_model)
        new += run(current_features, new_model)
        new += run(current_features, new_model)
        old += run(old_features, old_model)
    per = 1000 / (2 * args.rounds * len(work))
    n_candidates = sum(len(c) for _, c in work)
    print(f"{len(work)} articles, {n_candidates} candidates: features + content margin {new * per:.2f} ms per article "
          f"(this checkout) vs {old * per:.2f} ms ({args.ref}); extra {(new - old) * per:.2f} ms per article")


if __name__ == "__main__":
    main()
