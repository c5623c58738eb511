#!/usr/bin/env bash
# Speaker resolution on our hand-annotated PolNeAR train sample (training/speakers/).
#
#   benchmarks/speakers_train.sh [OUTPUT.jsonl] [--examples N]
#   SAMPLE=training/speakers/train-holdout.ann.txt benchmarks/speakers_train.sh [OUTPUT.jsonl] ...
#
# PolNeAR train has no speaker gold of its own; training/speakers/train-sample.ann.txt holds our
# annotation of every gold Source span of some train articles (dev-speakers conventions, names
# only). build_gold.py joins it with ../shared into /tmp; this script links the sample's
# articles into a folder, runs `newsmine extract` on them and prints the shared scorer's report
# (the train figures in README.md, "Speaker resolution"). Study errors here, never on dev.
# SAMPLE picks another annotation file of train articles: train-fresh.ann.txt (held out in sessions
# 15 to 17, measured twice) was opened for study in session 18, beside train-sample.ann.txt;
# train-holdout.ann.txt (session 18) is now the held-out one: only measured, never study its errors
# or pick rules on it.
# train-blind.ann.txt (session 21) is a second held-out sample: 40 train articles in none of the
# three files above, taken by a seeded rule written in its header (random.Random(21)) and
# annotated blind, without newsmine's output. Only the lead scores it (as train-holdout); helpers
# never study its errors or pick rules on it.
# train-extra.ann.txt (session 28) annotates only the name sources of 20 more train articles, in
# none of the four files above (its header says how they were taken): a third study sample.
# train-extra-desc.ann.txt (session 28) is a study file of description sources only: 20 train
# articles in none of the four files above, only their description spans annotated.
# train-pron37.ann.txt (session 37) is a study file of pronoun sources only: 25 train articles in
# none of the six files above (Random(3707)), annotated blind before newsmine was run on them.
# train-desc37.ann.txt (session 37) is a third description-only study file: 30 train articles in
# none of the six files above, taken by a seeded rule (its header) and annotated blind; its first
# figure (before anyone studied it) is in docs/history/speakers.md.
# train-names37.ann.txt (session 37) annotates only the name sources of 25 more train articles in
# none of the six files above (random.Random(3737), its header says how), blind: a fourth study
# sample of names (it may share articles with pron37 and desc37, never a source).
# train-names39.ann.txt (session 39) annotates only the name sources of 25 more train articles in
# none of the nine files above (random.Random(3939), its header says how), blind: a fifth study
# sample of names.
# train-desc39.ann.txt (session 39) is a fourth description-only study file: 25 train articles in
# none of the nine files above names39 (random.Random(3940), its header says how), annotated
# blind; its first figure is in docs/history/speakers.md (it may share articles with names39,
# never a source).
# train-desc42.ann.txt (session 42) is a fifth description-only study file: 30 train articles in
# none of the eleven files above (random.Random(4242), its header says how), annotated blind; its
# first figure is in docs/history/speakers.md.
# train-desc43.ann.txt (session 43) is a sixth description-only study file: 25 train articles in
# none of the twelve files above (random.Random(4343), its header says how), annotated blind; its
# first figure is in docs/history/speakers.md.
# train-names43.ann.txt (session 43) annotates only the name sources of 25 more train articles in
# none of the twelve files above nor desc43's (random.Random(4345), its header says how), blind: a
# sixth study sample of names; its first figure is in docs/history/speakers.md.
# train-desc46.ann.txt (session 46) is a seventh description-only study file: 30 train articles in
# none of the fourteen files above (random.Random(4647), its header says how), annotated blind; its
# first figure is in docs/history/speakers.md (it may share articles with names46, never a source).
# train-names46.ann.txt (session 46) annotates only the name sources of 25 more train articles in
# none of the fourteen files above (random.Random(4646), its header says how), blind: a seventh
# study sample of names; its first figure is in docs/history/speakers.md.
# train-names47.ann.txt (session 47) annotates only the name sources of 25 more train articles in
# none of the sixteen files above (random.Random(4747), its header says how), blind: an eighth
# study sample of names; its first figure is in docs/history/speakers.md.
# train-all47.ann.txt (session 47) annotates EVERY source (names, descriptions, pronouns) of 10 more
# train articles in none of the sixteen files above nor names47's (random.Random(4748), its header
# says how), blind: a study sample; its first figure is in docs/history/speakers.md.
# train-desc47.ann.txt (session 47) is an eighth description-only study file: 25 train articles in
# none of the eighteen files above (random.Random(4749), its header says how), annotated blind; its
# first figure is in docs/history/speakers.md.
# train-names48.ann.txt (session 48) annotates only the name sources of 25 more train articles in
# none of the nineteen files above (random.Random(4848), its header says how), blind: a ninth
# study sample of names; its first figure is in docs/history/speakers.md.
# train-names48b.ann.txt (session 48) annotates only the name sources of 20 more train articles in
# none of the twenty files above (random.Random(4850), its header says how), blind: a tenth study
# sample of names; its first figure is in docs/history/speakers.md.
# train-names49.ann.txt (session 49) annotates only the name sources of the last 25 train articles
# in none of the twenty-one files above (all of them, no draw; four had been drawn before with no
# name source, its header says which), blind: an eleventh study sample of names; its first figure
# is in docs/history/speakers.md. With it every train article is in some sample.
# train-desc54.ann.txt (session 54) is a ninth description-only study file: 25 train articles in
# none of the description-holding files above (names-only and pronoun-only files may share its
# articles; random.Random(5454), its header says how), annotated blind; its first figure is in
# docs/history/speakers.md.
# train-names54.ann.txt (session 54) annotates only the name sources of 25 more train articles
# whose name sources no file judged (articles of the description- and pronoun-only files;
# random.Random(5455), its header says how), blind: a twelfth study sample of names; its first
# figure is in docs/history/speakers.md.
# train-desc55.ann.txt (session 55) is a tenth description-only study file: 25 train articles in
# none of the description-holding files above (names-only and pronoun-only files may share its
# articles; random.Random(5555), its header says how), annotated blind; its first figure is in
# docs/history/speakers.md.
set -euo pipefail
cd "$(dirname "$0")/.."
TRAIN=../shared/benchmarks/polnear/train
SCORER=../shared/tools/speaker_score.py
if [ ! -d "$TRAIN" ] || [ ! -f "$SCORER" ]; then
    echo "speakers_train.sh: PolNeAR train ($TRAIN) or the shared speaker scorer ($SCORER) is missing" >&2
    exit 2
fi
SAMPLE=${SAMPLE:-training/speakers/train-sample.ann.txt}
WORK=$(mktemp -d)
GOLD=$WORK/train-sample.jsonl
python training/speakers/build_gold.py "$SAMPLE" "$TRAIN" "$GOLD"
mkdir -p "$WORK/sample/text" "$WORK/sample/attributions"
for doc in $(python -c "import json,sys; print('\n'.join(sorted({json.loads(l)['doc'] for l in open(sys.argv[1])})))" "$GOLD"); do
    ln -s "$(realpath "$TRAIN/text/$doc.txt")" "$WORK/sample/text/"
    ln -s "$(realpath "$TRAIN/attributions/$doc.ann")" "$WORK/sample/attributions/"
done
OUTPUT=$WORK/train-sample-records.jsonl
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
    OUTPUT=$1
    shift
fi
newsmine extract "$WORK/sample/text" --output "$OUTPUT" --overwrite
python "$SCORER" "$WORK/sample" "$OUTPUT" --gold "$GOLD" "$@"
