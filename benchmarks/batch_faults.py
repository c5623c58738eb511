"""Page faults and CPU of newsmine's batches: one ``nlp.pipe`` call a batch (as ``--workers 1``
runs them) against the same articles streamed through one call (as bare spaCy reads them),
with glibc's default allocator settings or newsmine's (``runners.work.tune_allocator``).

    python benchmarks/batch_faults.py [--articles 30] [--rounds 2] [--untuned]

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent), in ONE process, alternating, minor page faults (``getrusage``) and
``time.process_time()`` of each pass. ``--untuned`` leaves glibc's adaptive thresholds, as
newsmine had them before the tenth session (docs/history/speed.md, tenth session).
"""

from __future__ import annotations

import argparse
import resource
import time

from speed import MODEL, POLNEAR_TEXT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--untuned", action="store_true")
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return
    from newsmine.readers import read_articles
    from newsmine.runners import DEFAULT_BATCH_CHARS
    from newsmine.runners import work
    from newsmine.runners.window import batched

    if args.untuned:
        work.tune_allocator = lambda: False  # warm_up would set them
    settings = work.PipelineSettings(model=MODEL, batch_size=16)
    pipeline = work.warm_up(settings)
    articles = list(read_articles(sorted(POLNEAR_TEXT.glob("*.txt"))[: args.articles]))

    def streamed() -> None:
        for _ in work.records_of(pipeline, iter(articles)):
            pass

    def per_batch() -> None:
        for batch in batched(iter(articles), 16, max_weight=DEFAULT_BATCH_CHARS, weight=lambda a: len(a.text)):
            for _ in work.records_of(pipeline, batch):
                pass

    streamed()  # untimed: fills the caches
    print(f"{len(articles)} articles, allocator {'untuned' if args.untuned else 'tuned'}")
    for number in range(args.rounds):
        for name, run in [("one nlp.pipe call", streamed), ("a call a batch", per_batch)][:: 1 if number % 2 == 0 else -1]:
            faults, cpu = resource.getrusage(resource.RUSAGE_SELF).ru_minflt, time.process_time()
            run()
            print(f"  {name:<18} {resource.getrusage(resource.RUSAGE_SELF).ru_minflt - faults:8,} page faults "
                  f"{time.process_time() - cpu:6.2f} CPU s")


if __name__ == "__main__":
    main()
