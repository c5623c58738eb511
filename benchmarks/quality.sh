#!/usr/bin/env bash
# Quote attribution quality on PolNeAR dev, scored by the project's shared scorer.
#
#   benchmarks/quality.sh [OUTPUT.jsonl]
#
# Runs `newsmine extract` with default settings over the 84 dev articles and prints the
# shared scorer's JSON (the figures in README.md, "Quote attribution quality").
# `newsmine eval ../shared/benchmarks/polnear/dev` gives the same figures in one step, plus
# the errors by kind. PolNeAR lives beside the repository (third-party text, never inside it).
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/benchmarks/polnear/dev
SCORER=../shared/tools/attrib_score.py
if [ ! -d "$DEV" ] || [ ! -f "$SCORER" ]; then
    echo "quality.sh: PolNeAR dev ($DEV) or the shared scorer ($SCORER) is missing" >&2
    exit 2
fi
OUTPUT=${1:-$(mktemp -d)/polnear-dev.jsonl}
newsmine extract "$DEV/text" --output "$OUTPUT" --overwrite
python "$SCORER" "$DEV" "$OUTPUT"
