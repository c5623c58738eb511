#!/usr/bin/env bash
# Speaker resolution quality on PolNeAR dev, scored by the project's shared speaker scorer.
#
#   benchmarks/speakers.sh [OUTPUT.jsonl] [--examples N]
#
# Runs `newsmine extract` with default settings over the 84 dev articles and prints the
# report of ../shared/tools/speaker_score.py (the figures in README.md, "Speaker
# resolution"): accuracy per class of source span (pronoun, description, name), on sources
# whose referent the article names and on those it does not, and the errors by pattern.
# Extra arguments (e.g. --examples 20, --json) go to the scorer. PolNeAR and its speaker gold
# live beside the repository (third-party text, never inside it).
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/benchmarks/polnear/dev
SCORER=../shared/tools/speaker_score.py
if [ ! -d "$DEV" ] || [ ! -f "$SCORER" ]; then
    echo "speakers.sh: PolNeAR dev ($DEV) or the shared speaker scorer ($SCORER) is missing" >&2
    exit 2
fi
OUTPUT=$(mktemp -d)/polnear-dev.jsonl
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
    OUTPUT=$1
    shift
fi
newsmine extract "$DEV/text" --output "$OUTPUT" --overwrite
python "$SCORER" "$DEV" "$OUTPUT" "$@"
