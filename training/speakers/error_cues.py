"""The speaker errors of the train speaker sample, split by whether the kept quote's cue is the gold cue.

    bash benchmarks/speakers_train.sh /tmp/sample.jsonl      # prints where it wrote the joined gold
    python training/speakers/error_cues.py /tmp/tmp.XXXX/train-sample.jsonl /tmp/sample.jsonl [--show "another mention"]

The shared speaker scorer (``../shared/tools/speaker_score.py``, imported at run time, never
copied) sorts each wrong speaker of a matched attribution into a pattern ("speaker is another
mention", "name is just the mention text", ...). Its report does not say *why* a speaker span
is off the gold Source: the source rules gave the gold cue another noun phrase, or the quote
was kept with another cue word whose source is rightly someone else (a relative clause's verb,
'The crowd booed' after a question). This script counts each pattern by that split ("gold
cue": the kept cue overlaps the gold Cue; "other cue": it does not or there is none) and,
with ``--show PATTERN``, prints the errors of the patterns holding PATTERN with the gold
Source, the kept speaker and cue and the text around them. Study the train sample, never dev.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TOOLS = REPO.parent / "shared" / "tools"
TRAIN = REPO.parent / "shared" / "benchmarks" / "polnear" / "train"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="the joined train-sample gold (JSON Lines, as speakers_train.sh writes it)")
    ap.add_argument("records", help="newsmine extract's records for the sample's articles")
    ap.add_argument("--split", default=str(TRAIN), help="the PolNeAR split the sample is drawn from")
    ap.add_argument("--show", default="", metavar="PATTERN", help="print the errors whose pattern holds this text")
    args = ap.parse_args()
    if not (TOOLS / "speaker_score.py").exists():
        sys.exit(f"error_cues.py: the shared speaker scorer ({TOOLS}) is missing")
    sys.path.insert(0, str(TOOLS))
    import speaker_score as scorer  # noqa: PLC0415  (the shared scorer, found only at run time)

    gold = scorer.load_gold(args.gold)
    records = scorer.load_records(args.records)
    docs = sorted({doc for doc, _, _ in gold})
    counts: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        text = Path(args.split, "text", doc + ".txt").read_text(encoding="utf-8")
        attributions = scorer.parse_ann(os.path.join(args.split, "attributions", doc + ".ann"))
        quotes = (records.get(doc) or {}).get("quotes") or []
        matched = scorer.match_contents(text, attributions, quotes, 0.5)
        for i, g in enumerate(attributions):
            source = gold.get((doc, g["source"][0][0], g["source"][-1][1])) if g["source"] else None
            if source is None or i not in matched:
                continue
            quote = quotes[matched[i]]
            speaker = quote.get("speaker") or None
            if scorer.judge(source, speaker, set())[0]:
                continue
            pattern = scorer.pattern({**source, "source": g["source"]}, quote, speaker, text)
            cue = quote.get("cue") or {}
            kept_cue = [(cue["start"], cue["end"])] if isinstance(cue.get("start"), int) else []
            which = "gold cue" if g["cue"] and kept_cue and scorer.overlaps(kept_cue, g["cue"]) else "other cue"
            counts[(pattern, which)] += 1
            if args.show and args.show in pattern:
                spans = [(x["start"], x["end"]) for x in (speaker, cue) if x and isinstance(x.get("start"), int)]
                start = min([g["source"][0][0], *(s for s, _ in spans)])
                end = max([g["source"][-1][1], *(e for _, e in spans)])
                said = json.dumps((speaker or {}).get("text"))
                name = json.dumps((speaker or {}).get("name"))
                print(f"[{source['class']}, {which}] {doc}")
                kept_text = json.dumps(cue.get("text"))
                print(f"    gold {source['source_text']!r} -> {source['referent']}", end="; ")
                print(f"kept {said} (name {name}), cue {kept_text}")
                print(f"    {text[max(0, start - 60):end + 40]!r}")
    for pattern in sorted({p for p, _ in counts}, key=lambda p: -sum(n for (q, _), n in counts.items() if q == p)):
        print(f"{counts[(pattern, 'gold cue')] + counts[(pattern, 'other cue')]:5d}  {pattern}: "
              f"gold cue {counts[(pattern, 'gold cue')]}, other cue {counts[(pattern, 'other cue')]}")


if __name__ == "__main__":
    main()
