#!/usr/bin/env bash
# Quote attribution on hard-wrapped text: PolNeAR dev as it is and wrapped at WIDTH columns
# (default 72) by the shared tool hardwrap.py (same offsets, a space becomes a line break),
# both scored by the shared scorer. The README's "Text layout" figures.
#
#   benchmarks/hardwrap.sh [WIDTH]
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/benchmarks/polnear/dev
TOOLS=../shared/tools
WIDTH=${1:-72}
if [ ! -d "$DEV" ] || [ ! -f "$TOOLS/hardwrap.py" ]; then
    echo "hardwrap.sh: PolNeAR dev ($DEV) or $TOOLS/hardwrap.py is missing" >&2
    exit 2
fi
WORK=$(mktemp -d)
python "$TOOLS/hardwrap.py" "$DEV" "$WORK/dev-$WIDTH" "$WIDTH" >/dev/null
for gold in "$DEV" "$WORK/dev-$WIDTH"; do
    name=$(basename "$gold")
    newsmine extract "$gold/text" --output "$WORK/$name.jsonl" --overwrite 2>/dev/null
    python "$TOOLS/attrib_score.py" "$gold" "$WORK/$name.jsonl" |
        python -c "import json, sys; d = json.load(sys.stdin); print(f\"$name: content F1 {d['content']['f1']:.4f}  attribution F1 {d['attribution']['f1']:.4f}  source accuracy {d['source_accuracy_on_matched']:.4f}  direct-quote attribution recall {d['direct_attrib_recall']:.4f}\")"
done
rm -rf "$WORK"
