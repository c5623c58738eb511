"""Cost of newsmine's quote attribution against bare spaCy, on the same texts in one run.

    python benchmarks/quotes_speed.py [DIR_OF_TXT]   # default: ../shared/benchmarks/polnear/dev/text

Prints the seconds of bare ``nlp.pipe`` (the same model), of newsmine's whole pipeline
(``Pipeline.process``: parse, entities, dates, quotes, records) and of the quotes component
alone, and the throughput ratio newsmine / bare spaCy (>= 0.85 is the project's floor).
Bare spaCy and newsmine alternate over several rounds and the best round of each counts,
because the machine is shared and timings are noisy.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import spacy

from newsmine.articles import Article
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.nlp.quotes import find_quotes
from newsmine.pipeline import Pipeline

REPO = Path(__file__).resolve().parent.parent
ROUNDS = 3


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "benchmarks" / "polnear" / "dev" / "text"
    if not folder.is_dir():
        sys.exit(f"{folder} not found (PolNeAR lives beside the repository, in ../shared)")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    bare = spacy.load(DEFAULT_MODEL)
    pipeline = Pipeline()
    articles = [Article(id=str(n), text=t) for n, t in enumerate(texts)]
    nlp = pipeline.nlp
    with nlp.select_pipes(disable=["newsmine_quotes_v1"]):
        prepared = list(nlp.pipe(texts, batch_size=16))
    bare_times, newsmine_times, quotes_times = [], [], []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        docs = list(bare.pipe(texts, batch_size=16))
        bare_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        for _record in pipeline.process(articles):
            pass
        newsmine_times.append(time.perf_counter() - started)
        # The quotes component alone, on Docs that went through the other components.
        started = time.perf_counter()
        for doc in prepared:
            find_quotes(doc)
        quotes_times.append(time.perf_counter() - started)
    b, n, q = min(bare_times), min(newsmine_times), min(quotes_times)
    print(f"{len(texts)} articles, {sum(len(d) for d in docs)} tokens; best of {ROUNDS} rounds")
    print(f"bare spaCy      {b:7.2f} s")
    print(f"newsmine        {n:7.2f} s   throughput ratio {b / n:.3f}")
    print(f"quotes alone    {q:7.2f} s   ({q / b:.1%} of bare spaCy)")


if __name__ == "__main__":
    main()
