#!/usr/bin/env bash
# Date extraction and normalisation on TimeBank + AQUAINT (TempEval-3), by the shared scorer.
#
#   benchmarks/dates.sh [OUTPUT.jsonl] [--examples N]
#
# Runs `newsmine extract` with default settings over the 256 articles (their creation dates
# as `published`) and prints the scorer's table: strict and relaxed span F1, type accuracy,
# value accuracy and value F1 (TempEval-3's definitions) — the figures in README.md, "Dates".
# The data lives beside the repository (third-party text, never inside it).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/benchmarks/timebank
SCORER=../shared/tools/dates_score.py
PYTHON=${PYTHON:-python}
if [ ! -f "$DATA/input.jsonl" ] || [ ! -f "$SCORER" ]; then
    echo "dates.sh: TimeBank ($DATA) or the shared scorer ($SCORER) is missing" >&2
    exit 2
fi
OUTPUT=${1:-$(mktemp -d)/timebank.jsonl}
shift || true
"$PYTHON" -m newsmine extract "$DATA/input.jsonl" --output "$OUTPUT" --overwrite
"$PYTHON" "$SCORER" "$DATA" "$OUTPUT" "$@"
