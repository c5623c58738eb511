"""Fast development loop: newsmine's components on cached parses of a PolNeAR split, scored.

    python training/dev_score.py dev [--examples N] [--json]
    python training/dev_score.py train --held-out --model /tmp/held-out.json

``--held-out`` scores train's last fifth only: with a model written by
``train_attribution.py --held-out-model`` these are articles the model has not seen, the
place to compare changes without looking at dev.

Same figures as ``newsmine eval`` on the split (the parse is the same), in seconds instead of
half a minute, because the spaCy parse is cached (see polnear.py).
"""
import argparse, json, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import parsed, prepare
from newsmine.evaluate import PredictedQuote, score_predictions
from newsmine.extract import _quote
from newsmine.nlp.attribution_model import AttributionModel
from newsmine.nlp.quotes import find_quotes

ap = argparse.ArgumentParser()
ap.add_argument("split", nargs="?", default="dev")
ap.add_argument("--examples", type=int, default=0)
ap.add_argument("--json", action="store_true")
ap.add_argument("--held-out", action="store_true", help="score the last fifth of the split only")
ap.add_argument("--model", type=Path, help="attribution model file (default: the shipped one)")
args = ap.parse_args()
pairs = parsed(args.split)
if args.held_out:
    pairs = pairs[len(pairs) * 4 // 5 :]
model = AttributionModel.from_file(args.model) if args.model else AttributionModel.default()
preds = {}
elapsed = 0.0
for doc, gold in pairs:
    prepare(doc)
    t = time.perf_counter()
    found = find_quotes(doc, model)
    elapsed += time.perf_counter() - t
    text = doc.text
    preds[gold.id] = [PredictedQuote.from_record(_quote(n, q, text)) for n, q in enumerate(found, 1)]
report = score_predictions([g for _, g in pairs], preds)
s = report.scores
if args.json:
    print(json.dumps(report.to_dict(examples=args.examples), indent=1, ensure_ascii=False))
else:
    print(f"content {s['content']}  attribution {s['attribution']}")
    print(f"source {s['source_accuracy_on_matched']} cue {s['cue_accuracy_on_matched']} direct {s['direct_recall']} "
          f"direct_attrib {s['direct_attrib_recall']} exact {s['exact_content_share']} errors {report.errors.counts()} quotes {elapsed:.1f}s")
    if args.examples:
        by = {}
        for ex in report.errors.examples:
            by.setdefault(ex.kind, []).append(ex)
        import random
        random.seed(0)
        for kind, exs in by.items():
            print("=====", kind)
            for ex in random.sample(exs, min(args.examples, len(exs))):
                print(f"  G[{ex.gold_source}]: {(ex.gold or '')[:160]!r}\n  P[{ex.predicted_speaker}]: {(ex.predicted or '')[:160]!r}")
