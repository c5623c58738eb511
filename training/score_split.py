"""Score newsmine's quotes on a PolNeAR split in seconds, from cached parses.

    python training/score_split.py train --held-out --model /tmp/held-out.json
    python training/score_split.py train --held-out --examples 5      # errors by kind, 5 each
    python training/score_split.py dev                                # the figures only

The same figures as ``newsmine extract`` + ``../shared/tools/attrib_score.py`` (the parse
and the components are the same; the parse is cached by ``polnear.py``). ``--held-out``
scores train's last fifth only: with a model written by ``train_attribution.py
--held-out-model`` these are articles the model has not seen — the place to compare
changes. Never tune on dev.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from polnear import add_split_arguments, chosen_model, parsed, predicted_quotes, prepare

from newsmine.evaluate import score_predictions
from newsmine.nlp.quotes import find_quotes


def _record_quote(text: str, q) -> dict:
    """A quote as ``newsmine extract`` writes its offsets (the fields the study tools read)."""
    def span(s):
        return None if s is None else {"start": s.start_char, "end": s.end_char, "text": s.text}

    return {"start": q.start, "end": q.end, "text": text[q.start : q.end], "relation": q.relation, "cue": span(q.cue), "speaker": span(q.speaker)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_split_arguments(ap)
    ap.add_argument("--examples", type=int, default=0, help="show this many errors of each kind")
    ap.add_argument("--json", action="store_true", help="the full report as JSON")
    ap.add_argument("--output", type=Path, help="also write the quotes as JSON Lines records (id, quotes with offsets, cue, speaker, relation) for attrib_score.py and content_extents.py")
    args = ap.parse_args()
    pairs = parsed(args.split, held_out=args.held_out)
    model = chosen_model(args)
    predictions, elapsed, records = {}, 0.0, []
    for doc, gold in pairs:
        prepare(doc)
        started = time.perf_counter()
        found = find_quotes(doc, model)
        elapsed += time.perf_counter() - started
        predictions[gold.id] = predicted_quotes(found)
        if args.output:
            records.append({"id": gold.id, "quotes": [_record_quote(gold.text, q) for q in found]})
    if args.output:
        args.output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    report = score_predictions([gold for _, gold in pairs], predictions)
    if args.json:
        print(json.dumps(report.to_dict(examples=args.examples), indent=1, ensure_ascii=False))
        return
    s = report.scores
    print(f"content {s['content']}  attribution {s['attribution']}")
    print(f"source {s['source_accuracy_on_matched']} cue {s['cue_accuracy_on_matched']} direct {s['direct_recall']} "
          f"direct_attrib {s['direct_attrib_recall']} exact {s['exact_content_share']} errors {report.errors.counts()} "
          f"quotes component {elapsed:.1f}s")
    by_kind: dict[str, list] = {}
    for example in report.errors.examples:
        by_kind.setdefault(example.kind, []).append(example)
    random.seed(0)
    for kind, examples in by_kind.items() if args.examples else ():
        print("=====", kind)
        for ex in random.sample(examples, min(args.examples, len(examples))):
            print(f"  G[{ex.gold_source}]: {(ex.gold or '')[:160]!r}\n  P[{ex.predicted_speaker}]: {(ex.predicted or '')[:160]!r}")


if __name__ == "__main__":
    main()
