#!/usr/bin/env bash
# Direct-quote attribution recall: train's misses by class, then the dev figure.
#
#   benchmarks/direct_quotes.sh [--train-only | --dev-only]
#
# Train (study side): `training/direct_errors.py train` lists the gold direct contents (those
# holding a quotation mark) that newsmine loses, by class (wrong source, boundary, no
# prediction, joined, taken, split). Dev (measure only, never tuned on): `newsmine extract`
# over PolNeAR dev and the shared scorer; prints direct_attrib_recall with content and
# attribution F1 and source accuracy (the figures in README.md, "Direct quotes").
# Reads the parse cache .cache/polnear/train-v3.spacy when present (copy it from another
# worktree rather than parse train again). PolNeAR lives beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/benchmarks/polnear/dev
SCORER=../shared/tools/attrib_score.py
if [ ! -d "$DEV" ] || [ ! -f "$SCORER" ]; then
    echo "direct_quotes.sh: PolNeAR ($DEV) or the shared scorer ($SCORER) is missing" >&2
    exit 2
fi
PYTHON=${PYTHON:-python}
export PYTHONPATH=$PWD/src${PYTHONPATH:+:$PYTHONPATH}
if [ "${1:-}" != "--dev-only" ]; then
    "$PYTHON" training/direct_errors.py train | sed -n '1,40p'
fi
if [ "${1:-}" != "--train-only" ]; then
    OUTPUT=$(mktemp -d)/polnear-dev.jsonl
    "$PYTHON" -m newsmine extract "$DEV/text" --output "$OUTPUT" --overwrite > /dev/null
    "$PYTHON" "$SCORER" "$DEV" "$OUTPUT" > "$OUTPUT.scores.json"
    "$PYTHON" - "$OUTPUT.scores.json" <<'PY'
import json
import sys

d = json.load(open(sys.argv[1]))
c = d.get("counts", {})
print(
    f"dev: direct-quote attribution recall {d['direct_attrib_recall']} ({c.get('attrib_direct')} of {c.get('gold_direct')}), "
    f"direct content recall {d['direct_recall']}, content F1 {d['content']['f1']}, "
    f"attribution F1 {d['attribution']['f1']}, source accuracy {d['source_accuracy_on_matched']}"
)
PY
fi
