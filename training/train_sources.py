"""Train the speaker model on PolNeAR train: which noun phrase near a cue word is its source.

    pip install '.[train]'                      # scikit-learn
    python training/train_sources.py --held-out-model --output /tmp/speaker.json
    python training/score_split.py train --held-out --speaker-model /tmp/speaker.json

A logistic regression over every noun-phrase head of the cue word's sentence within 25
tokens (outside quotation marks) and 'none' (:func:`newsmine.nlp.attribution.sources.choose_source`;
features in :func:`newsmine.nlp.attribution.features.source_features`, the grammar's pick
one of them). Fitted on the gold cues of train's first 80 %; the regularisation is chosen
by source accuracy on the other 20 % (the measure of ``source_study.py``); then refitted on
all of train (``--held-out-model`` skips the refit: the file for scoring train's last fifth
with ``score_split.py``, ``source_errors.py``, ``source_study.py`` ``--speaker-model FILE``). Labels: one option
per gold cue is right, the grammar's pick when it overlaps the gold Source, else the
option whose noun phrase covers the gold span best (``train_attribution._source_anchor``).

The quotes component applies it (``AttributionModel.speaker``) after the content model scored
the candidates with the grammar's source, so it changes speakers only and the attribution
model needs no retrain. Not shipped: it did not raise source accuracy on matched quotes
(docs/history/attribution.md, *What remains weak*). Deterministic; about 5 minutes with cached parses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed
from train_attribution import _context, _fit_source, fit_source_on, training_versions

OUTPUT = Path("/tmp/speaker-model.json")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--held-out-model", action="store_true", help="write the model fitted on the first 80 %% only")
    args = ap.parse_args()
    started = time.time()
    articles = [_context(doc, gold) for doc, gold in parsed("train")]
    split = len(articles) * 4 // 5
    scorer, names, c = _fit_source(articles[:split], articles[split:])
    if not args.held_out_model:
        scorer, names = fit_source_on(articles, c)
    versions = training_versions([], [], names)
    info = {
        "trained_on": f"PolNeAR train ({'the first 80 % of ' if args.held_out_model else ''}840 articles): the Source spans of its gold cues",
        "script": "training/train_sources.py",
        "C": c,
        **{k: v for k, v in versions.items() if k != "feature_templates"},
        "feature_templates": versions["feature_templates"]["source"],
    }
    args.output.write_text(json.dumps({"info": info, "speaker": scorer.to_dict()}, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(scorer.weights)} weights, C={c}; {time.time() - started:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
