"""Each pipeline stage's CPU seconds in whole processes: bare spaCy against ``newsmine extract
--workers 1``'s pipeline, each in a fresh process, alternating (A B B A ...).

    python benchmarks/process_stages.py [--articles 100] [--runs 4]

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent). Every process gets speed.py's settings (one BLAS thread, compiled
bytecode); each times its own stages with ``time.process_time()`` (speed.py's
``timed_stages``): bare spaCy's ``nlp.pipe`` over the texts, and newsmine's pipeline as
``--workers 1`` runs it (``warm_up``, ``records_of``, the JSON lines written), model load
apart. stage_speed.py compares the stages with both pipelines in ONE process; this shows
what each stage costs in a process of its own, where the two sides' heaps, collectors and
start-up differ (docs/history/speed.md, ninth session).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from speed import MODEL, POLNEAR_TEXT, compiled_bytecode_env, link_corpus

BATCH_SIZE = 16

# argv: side (bare | newsmine), corpus folder, output file. Prints "stage=seconds" pairs.
_CHILD = f"""
import sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
from pathlib import Path
from speed import own_times, timed_stages
clock = time.process_time
side, corpus, output = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
started = clock()
inclusive = {{}}
if side == "bare":
    import spacy
    nlp = spacy.load({MODEL!r})
    loaded = clock()
    names = timed_stages(nlp, inclusive, clock=clock)
    paths = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    for doc in nlp.pipe((p.read_text(encoding="utf-8") for p in paths), batch_size={BATCH_SIZE}):
        pass
else:
    from newsmine.readers import read_articles
    from newsmine.runners.work import PipelineSettings, records_of, warm_up
    pipeline = warm_up(PipelineSettings(model={MODEL!r}, batch_size={BATCH_SIZE}))
    loaded = clock()
    names = timed_stages(pipeline.nlp, inclusive, clock=clock)
    with open(output, "wb") as out:
        for outcome in records_of(pipeline, read_articles([corpus])):
            out.write(outcome.line)
run = clock() - loaded
own = own_times(inclusive, names)
own["records, JSON"] = run - inclusive[names[-1]]
own["run (after the load)"] = run
own["start-up (imports, load)"] = loaded - started
print(" ".join(f"{{name.replace(' ', '_')}}={{seconds:.4f}}" for name, seconds in own.items()))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--runs", type=int, default=4, help="runs a side, alternating A B B A ...")
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return
    with tempfile.TemporaryDirectory(prefix="newsmine-stages-") as tmp:
        tmp_path = Path(tmp)
        env = compiled_bytecode_env(tmp_path / "pycache")
        corpus = link_corpus(sorted(POLNEAR_TEXT.glob("*.txt")), tmp_path / "corpus", args.articles)
        stages: dict[str, dict[str, list[float]]] = {"bare": {}, "newsmine": {}}
        sides = ["bare", "newsmine"]
        for number in range(args.runs + 1):  # run 0 (untimed) compiles the bytecode, reads the model files
            for side in sides if number % 2 == 0 else sides[::-1]:
                result = subprocess.run([sys.executable, "-c", _CHILD, side, str(corpus), str(tmp_path / "out.jsonl")],
                                        capture_output=True, text=True, env=env, check=True)
                if number:
                    for pair in result.stdout.split():
                        name, seconds = pair.split("=")
                        stages[side].setdefault(name.replace("_", " "), []).append(float(seconds))
    names = list(dict.fromkeys([*stages["newsmine"], *stages["bare"]]))  # newsmine has every stage of bare, in order
    print(f"{args.articles} PolNeAR train articles, {args.runs} fresh processes a side; CPU s: median (lowest - highest)")
    print(f"{'stage':<28} {'bare spaCy':>24} {'newsmine':>24}")
    for name in names:
        cells = []
        for side in sides:
            values = stages[side].get(name)
            cells.append(f"{statistics.median(values):.2f} ({min(values):.2f} - {max(values):.2f})" if values else "")
        print(f"{name:<28} {cells[0]:>24} {cells[1]:>24}")


if __name__ == "__main__":
    main()
