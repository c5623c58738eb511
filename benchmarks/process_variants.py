"""Why spaCy's own components cost more in newsmine's process than in bare spaCy's: whole
processes that differ from bare spaCy by one thing at a time, compared two at a time side by side.

    python benchmarks/process_variants.py [--articles 60] [--repeats 4] [--pairs bare:newsmine,bare:loaded,...]
                                          [--unpinned]

The two processes of a pair run at the same time, each pinned to its own CPU (``taskset``;
the CPUs swapped every other run), so that the rest of the machine's load disturbs both
alike: on a shared machine, runs one after the other moved the model's CPU time by 0.89x to
1.17x of bare spaCy's between variants that differ by nothing that could (the thirteenth
session). Each pair's ratio is the median of its runs' ratios.

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent). Every process gets speed.py's settings (one BLAS thread, compiled
bytecode) and times the model's components with ``time.process_time()`` (speed.py's
``timed_stages``); minor page faults of the run come from ``getrusage``, and the memory in
transparent huge pages at its end from ``/proc/self/smaps_rollup``. The variants, each a
step from bare spaCy towards ``newsmine extract --workers 1``'s process:

* ``bare``: ``spacy.load`` and ``nlp.pipe`` over the texts (speed.py's baseline);
* ``loaded``: the same, in a process that has also imported newsmine and loaded its pipeline
  (a second copy of the model, its lexicons, gazetteers, attribution weights, dateparser and
  the country table) without running it: the larger footprint alone;
* ``tuned``: bare spaCy with newsmine's allocator and collector settings
  (``tune_allocator``, ``tune_garbage_collector``);
* ``stock``: newsmine's ``Pipeline`` with spaCy's stock rule components, its paragraph and
  own components disabled, untuned: newsmine's tokenizer, reading and batching;
* ``paragraphs``: ``stock`` with the paragraph component (sentence starts preset before the
  parser);
* ``interleaved``: ``paragraphs`` with newsmine's components and records run between spaCy's
  batches, untuned;
* ``interleaved-tuned``: ``interleaved`` with newsmine's allocator and collector settings;
* ``newsmine``: newsmine's pipeline (``warm_up``, array rules) over all the articles in one
  ``nlp.pipe`` call, as process_stages.py runs it;
* ``batched``: the same, the articles cut into batches of at most 50,000 characters, one
  ``nlp.pipe`` call each, as ``newsmine extract --workers 1`` runs them (``runners.run``);
* ``batched-16``: the same with no character bound: batches of 16 articles, one call each;
* ``batched-thp``: ``batched`` with glibc asking for transparent huge pages for the whole
  heap (``GLIBC_TUNABLES=glibc.malloc.hugetlb=1``, read at process start).

process_stages.py compares the two ends; this says which step carries the difference
(docs/history/speed.md, thirteenth session).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from speed import MODEL, POLNEAR_TEXT, compiled_bytecode_env, link_corpus

BATCH_SIZE = 16
VARIANTS = (
    "bare", "loaded", "tuned", "stock", "paragraphs", "interleaved", "interleaved-tuned", "newsmine", "batched", "batched-16",
    "batched-thp",
)
# The thirteenth session's pairs (docs/history/speed.md), each a step from bare spaCy to --workers 1.
DEFAULT_PAIRS = ("bare:newsmine,bare:loaded,bare:tuned,stock:paragraphs,paragraphs:interleaved,"
                 "interleaved:interleaved-tuned,newsmine:batched,newsmine:batched-16,bare:batched,batched:batched-thp")
# The model's components both sides run the same way (the rule components differ in `newsmine`).
MODEL_STAGES = ("tok2vec", "tagger", "parser", "ner")

# argv: variant, corpus folder, output file. Prints one JSON object of CPU seconds and faults.
_CHILD = f"""
import json, resource, sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from pathlib import Path
from speed import own_times, timed_stages
clock = time.process_time
variant, corpus, output = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
paths = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
started = clock()
inclusive = {{}}
if variant in ("bare", "loaded", "tuned"):
    if variant == "tuned":
        from newsmine.runners.work import tune_allocator, tune_garbage_collector
        tune_allocator()
    import spacy
    nlp = spacy.load({MODEL!r})
    if variant == "loaded":
        from newsmine.entity_keys import country_name
        from newsmine.nlp.dates.values import load_dateparser
        from newsmine.pipeline import Pipeline
        unused = Pipeline({MODEL!r}, batch_size={BATCH_SIZE})
        load_dateparser()
        country_name("France")
    if variant == "tuned":
        tune_garbage_collector()
    loaded, before = clock(), resource.getrusage(resource.RUSAGE_SELF)
    names = timed_stages(nlp, inclusive, clock=clock)
    for doc in nlp.pipe((p.read_text(encoding="utf-8") for p in paths), batch_size={BATCH_SIZE}):
        pass
else:
    from newsmine.nlp.model import NEWSMINE_COMPONENTS, PARAGRAPHS_COMPONENT
    from newsmine.pipeline import Pipeline
    from newsmine.readers import read_articles
    from newsmine.runners import run as run_articles
    from newsmine.runners.work import PipelineSettings, records_of, tune_allocator, tune_garbage_collector, warm_up
    tuned = variant == "interleaved-tuned" or variant == "newsmine" or variant.startswith("batched")
    if variant == "newsmine" or variant.startswith("batched"):
        pipeline = warm_up(PipelineSettings(model={MODEL!r}, batch_size={BATCH_SIZE}))
    else:
        if tuned:
            tune_allocator()
        pipeline = Pipeline({MODEL!r}, batch_size={BATCH_SIZE}, stock_spacy=True)
        if tuned:
            tune_garbage_collector()
        disabled = {{"stock": [PARAGRAPHS_COMPONENT, *NEWSMINE_COMPONENTS], "paragraphs": list(NEWSMINE_COMPONENTS)}}
        pipeline.nlp.select_pipes(disable=disabled.get(variant, []))
    loaded, before = clock(), resource.getrusage(resource.RUSAGE_SELF)
    names = timed_stages(pipeline.nlp, inclusive, clock=clock)
    with open(output, "wb") as out:
        if variant.startswith("batched"):  # warm_up's pipeline, the one timed, in the CLI's batches
            settings = PipelineSettings(model={MODEL!r}, batch_size={BATCH_SIZE})
            batch_chars = 10**12 if variant == "batched-16" else 50_000  # DEFAULT_BATCH_CHARS
            outcomes = run_articles(settings, read_articles([corpus]), workers=1, batch_chars=batch_chars)
        else:  # every article through one nlp.pipe call, as process_stages.py runs them
            outcomes = records_of(pipeline, read_articles([corpus]))
        for outcome in outcomes:
            out.write(outcome.line)
run = clock() - loaded
usage = resource.getrusage(resource.RUSAGE_SELF)
own = own_times(inclusive, names)
own["run"] = run
own["faults"] = usage.ru_minflt - before.ru_minflt  # the run's, after the load
own["system"] = usage.ru_stime - before.ru_stime
with open("/proc/self/smaps_rollup") as rollup:  # memory backed by transparent huge pages at the end
    own["huge MB"] = next((int(line.split()[1]) / 1024 for line in rollup if line.startswith("AnonHugePages:")), 0.0)
print(json.dumps(own))
"""


# glibc (2.35 and later) madvises its heap and mappings for transparent huge pages.
_HUGE_PAGES = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"}


def _run_together(pair: tuple[str, str], cpus: tuple[int, int] | None, corpus: Path, tmp: Path, env: dict[str, str]) -> list[dict]:
    """Run the two variants of ``pair`` at the same time, each pinned to its CPU (``cpus``;
    None: wherever the scheduler puts them): whatever else the machine runs then disturbs
    both alike, so their ratio is far steadier than that of two runs one after the other."""
    processes = [
        subprocess.Popen([*(["taskset", "-c", str(cpus[side])] if cpus else []), sys.executable, "-c", _CHILD, variant,
                          str(corpus), str(tmp / f"out-{side}.jsonl")],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**env, **_HUGE_PAGES} if variant == "batched-thp" else env)
        for side, variant in enumerate(pair)
    ]
    results = []
    for variant, process in zip(pair, processes):
        stdout, stderr = process.communicate()
        if process.returncode:
            sys.exit(f"{variant} failed:\n{stderr}")
        results.append(json.loads(stdout))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=4, help="runs of each pair, the CPUs swapped every other run")
    parser.add_argument("--unpinned", action="store_true", help="leave the two processes of a run unpinned")
    parser.add_argument("--pairs", default=DEFAULT_PAIRS,
                        help=f"comma-separated A:B pairs of variants, from: {', '.join(VARIANTS)}")
    args = parser.parse_args()
    pairs = [tuple(pair.split(":")) for pair in args.pairs.split(",")]
    unknown = {variant for pair in pairs for variant in pair} - set(VARIANTS)
    if unknown or any(len(pair) != 2 for pair in pairs):
        parser.error(f"pairs are A:B of known variants (unknown: {sorted(unknown)})")
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return
    with tempfile.TemporaryDirectory(prefix="newsmine-variants-") as tmp:
        tmp_path = Path(tmp)
        env = compiled_bytecode_env(tmp_path / "pycache")
        corpus = link_corpus(sorted(POLNEAR_TEXT.glob("*.txt")), tmp_path / "corpus", args.articles)
        _run_together(("bare", "newsmine"), (0, 1), corpus, tmp_path, env)  # untimed: bytecode, page cache
        for pair in pairs:
            runs = []
            for number in range(args.repeats):
                cpus = None if args.unpinned else (0, 1) if number % 2 == 0 else (1, 0)
                runs.append(_run_together(pair, cpus, corpus, tmp_path, env))
                print(f"{pair[0]}:{pair[1]} run {number + 1} ({os.getloadavg()[0]:.1f}): {json.dumps(runs[-1])}",
                      file=sys.stderr, flush=True)
            _report(pair, runs)


def _report(pair: tuple[str, str], runs: list[list[dict[str, float]]]) -> None:
    def model_time(run: dict[str, float]) -> float:
        return sum(run[stage] for stage in MODEL_STAGES)

    first, second = pair
    print(f"\n{second} against {first}, {len(runs)} runs side by side: CPU s, medians; B/A = median of the runs' ratios")
    print(f"{'stage':<24}{first:>18}{second:>18}{'B/A':>8}")
    for name in ("reading and tokenising", *MODEL_STAGES, "model", "run", "system", "faults", "huge MB"):
        values = [[model_time(run) if name == "model" else run.get(name, 0.0) for run in both] for both in runs]
        ratios = [b / a for a, b in values if a]
        print(f"{name:<24}{statistics.median(a for a, _ in values):>18.2f}{statistics.median(b for _, b in values):>18.2f}"
              f"{statistics.median(ratios) if ratios else float('nan'):>8.3f}   " + " ".join(f"{r:.3f}" for r in ratios))


if __name__ == "__main__":
    main()
