"""Issue 10's name figure pooled over every speaker study sample, from one set of whole-train records.

    python training/speakers/name_pool.py RECORDS.jsonl [--shared DIR] [--against OLD.jsonl] [--show PATTERN]

RECORDS is ``speakers/train_records.py``'s output (all 840 train articles, cached parses), so
one run scores every study file instead of thirteen ``speakers_train.sh`` extractions. Each
study file (``STUDY_FILES``: the name-judging ones; never train-holdout or train-blind, whose
errors are only the lead's to score) is joined with PolNeAR by ``build_gold.build`` and scored
by the shared scorer's own ``score`` (``../shared/tools/speaker_score.py``, imported at run
time, never copied). Printed: each file's name sources right / scored, the pool's sum, and
the pool's name errors by the scorer's patterns (no quote matched is not an error here: the
figure is over matched quotes, as the scorer's is). ``--against`` prints the same for older
records beside them and the errors that moved; ``--show PATTERN`` lists the errors whose
pattern holds PATTERN with their gold Source, referent, kept speaker and context.

Sessions 55 to 58 pooled the samples by hand (``build_gold.py`` per file, ``speaker_score.py
--gold``); this is that pooling, written once (session 62).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import build

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# The study files that judge name sources (descriptions-only and pronouns-only files judge none).
STUDY_FILES = (
    "train-sample", "train-fresh", "train-extra", "train-all47", "train-names37", "train-names39",
    "train-names43", "train-names46", "train-names47", "train-names48", "train-names48b",
    "train-names49", "train-names54",
)  # fmt: skip


def name_errors(scorer, split: Path, records: str, gold_dir: Path) -> tuple[dict[str, tuple[int, int]], list[dict]]:
    """Per study file (right, scored) on name sources, and every name error (with its file)."""
    figures: dict[str, tuple[int, int]] = {}
    errors: list[dict] = []
    for name in STUDY_FILES:
        gold_path = gold_dir / f"{name}.jsonl"
        if not gold_path.exists():  # built once a run, in a folder of its own
            lines = build(HERE / f"{name}.ann.txt", split)
            gold_path.write_text(
                "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
            )
        out = scorer.score(str(split), records, gold=str(gold_path), examples=10**9)
        figures[name] = (out["counts"]["right"]["name"], out["counts"]["scored_attributions"]["name"])
        errors += [{**e, "file": name} for e in out.get("examples", []) if e["class"] == "name"]
    return figures, errors


def _key(error: dict) -> tuple:
    return error["doc"], error["source"], error["context"]


def _line(e: dict) -> str:
    """One error: its file and article, the gold Source and referent, the speaker kept."""
    return (
        f"[{e['file']}] {e['doc']} | {e['source']} -> {e['referent']} | kept {e['pred_text']!r} => {e['pred_name']!r}"
    )


def records_arguments(description: str) -> argparse.ArgumentParser:
    """The arguments every pooled study takes: the whole-train records and the shared data."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("records", help="train_records.py's records of all 840 train articles")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data (PolNeAR, tools)")
    return ap


def shared_scorer(shared: Path, script: str):
    """(the shared speaker scorer module, PolNeAR train's folder), or exit saying what is missing."""
    split = shared / "benchmarks" / "polnear" / "train"
    if not (shared / "tools" / "speaker_score.py").exists() or not split.is_dir():
        sys.exit(f"{script}: {shared} holds no PolNeAR train or speaker scorer (--shared)")
    sys.path.insert(0, str(shared / "tools"))
    import speaker_score  # the shared scorer, found only at run time, never copied

    return speaker_score, split


def main(argv: list[str] | None = None) -> None:
    ap = records_arguments(__doc__.split("\n\n")[0])
    ap.add_argument("--against", default="", metavar="OLD", help="older records to compare with")
    ap.add_argument("--show", default="", metavar="PATTERN", help="list the errors whose pattern holds PATTERN")
    args = ap.parse_args(argv)
    scorer, split = shared_scorer(Path(args.shared), "name_pool.py")

    gold_dir = Path(tempfile.mkdtemp(prefix="name_pool-"))  # the joined gold stays out of the repository
    figures, errors = name_errors(scorer, split, args.records, gold_dir)
    old_figures, old_errors = name_errors(scorer, split, args.against, gold_dir) if args.against else ({}, [])
    for name, (right, scored) in figures.items():
        before = f"{old_figures[name][0]} / {old_figures[name][1]} -> " if old_figures else ""
        print(f"{name:15s} {before}{right} / {scored} ({100 * right / scored:.1f})")
    right, scored = (sum(f[i] for f in figures.values()) for i in (0, 1))
    before = ""
    if old_figures:
        old_right, old_scored = (sum(f[i] for f in old_figures.values()) for i in (0, 1))
        before = f"{old_right} / {old_scored} ({100 * old_right / old_scored:.2f}) -> "
    print(f"{'pool':15s} {before}{right} / {scored} ({100 * right / scored:.2f})")
    print("\nname errors by pattern:")
    for pattern, count in Counter(e["pattern"] for e in errors).most_common():
        print(f"  {count:4d}  {pattern}")
    if args.against:
        now, then = {_key(e) for e in errors}, {_key(e) for e in old_errors}
        for label, moved in (
            ("mended", [e for e in old_errors if _key(e) not in now]),
            ("new", [e for e in errors if _key(e) not in then]),
        ):
            print(f"\n{label}: {len(moved)}")
            for e in moved:
                print("  " + _line(e))
    if args.show:
        for e in errors:
            if args.show in e["pattern"]:
                print(f"\n{_line(e)}\n  ({e['pattern']}) {e['context']}")


if __name__ == "__main__":
    main()
