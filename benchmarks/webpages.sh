#!/usr/bin/env bash
# Web page metadata and main text on the shared webpages benchmark (dev, 48 pages), scored
# by its own scorer: title, authors, date, and the share of "must appear" / "must not appear"
# text snippets (the figures in README.md, "Web pages").
#
#   benchmarks/webpages.sh [OUTPUT.jsonl] [--examples N]
#
# The pages are third-party content and live beside the repository, never inside it.
# Give newsmine the pages/ directory, not dev/ (it would read gold.jsonl as articles).
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/benchmarks/webpages/dev
SCORER=../shared/tools/metadata_score.py
if [ ! -d "$DEV/pages" ] || [ ! -f "$SCORER" ]; then
    echo "webpages.sh: the webpages benchmark ($DEV) or its scorer ($SCORER) is missing" >&2
    exit 2
fi
OUTPUT=${1:-$(mktemp -d)/webpages-dev.jsonl}
shift || true
# Exit code 1 means some pages failed; the scorer counts them, so go on.
newsmine extract "$DEV/pages" --output "$OUTPUT" --overwrite || [ $? -eq 1 ]
python "$SCORER" "$DEV" "$OUTPUT" "$@"
