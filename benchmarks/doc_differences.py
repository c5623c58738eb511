"""Do newsmine's Docs cost spaCy's components more than bare spaCy's Docs of the same texts?

    python benchmarks/doc_differences.py [--articles 100] [--rounds 3]

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent), in ONE process, alternating (mirrored from round to round): the
model's own components (tok2vec to ner, stock spaCy) run over Docs made four ways — bare
spaCy's tokenizer; newsmine's (soft line breaks flowed, glued quotation marks split);
either with newsmine's paragraph starts preset — in batches of 16, and two of them in
batches cut at 50,000 characters as ``--workers 1`` cuts them. Each component is timed with
``time.process_time()``; medians of the rounds. ``attribute_ruler`` cannot be affected by
the differences: read each variant's total against it to see past the machine's load.
"""

from __future__ import annotations

import argparse
import statistics
import time

from speed import MODEL, POLNEAR_TEXT

clock = time.process_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return
    import spacy

    from newsmine.chunking import make_doc
    from newsmine.layout import flow_text
    from newsmine.nlp.paragraphs import mark_paragraph_starts
    from newsmine.pipeline import Pipeline
    from newsmine.runners import DEFAULT_BATCH_CHARS
    from newsmine.runners.window import batched

    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_TEXT.glob("*.txt"))[: args.articles]]
    bare = spacy.load(MODEL)
    newsmine_nlp = Pipeline(MODEL).nlp
    components = list(bare.pipeline)

    def by_sixteen(docs):
        return [docs[i : i + 16] for i in range(0, len(docs), 16)]

    def by_characters(docs):
        return list(batched(docs, 16, max_weight=DEFAULT_BATCH_CHARS, weight=lambda d: len(d.text)))

    variants = {
        "bare spaCy's Docs": (lambda t: bare.make_doc(t), by_sixteen),
        "newsmine's tokens": (lambda t: make_doc(newsmine_nlp, flow_text(t)), by_sixteen),
        "bare + paragraph starts": (lambda t: mark_paragraph_starts(bare.make_doc(t)), by_sixteen),
        "newsmine's Docs": (lambda t: mark_paragraph_starts(make_doc(newsmine_nlp, flow_text(t))), by_sixteen),
        "bare, 50k-char batches": (lambda t: bare.make_doc(t), by_characters),
        "newsmine's, 50k-char batches": (lambda t: mark_paragraph_starts(make_doc(newsmine_nlp, flow_text(t))), by_characters),
    }

    def run(make, batching) -> dict[str, float]:
        seconds: dict[str, float] = {}
        for batch in batching([make(t) for t in texts]):
            for name, component in components:
                started = clock()
                batch = list(component.pipe(batch))
                seconds[name] = seconds.get(name, 0.0) + clock() - started
        return seconds

    tokens = {name: sum(len(make(t)) for t in texts) for name, (make, _) in variants.items()}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    for number in range(args.rounds + 1):  # round 0 untimed: caches, first use
        for name in list(variants) if number % 2 == 0 else list(variants)[::-1]:
            seconds = run(*variants[name])
            if number:
                results[name].append(seconds)
    print(f"{len(texts)} articles, CPU s (medians of {args.rounds} rounds)")
    for name, runs in results.items():
        median = {stage: statistics.median(r[stage] for r in runs) for stage in runs[0]}
        total = statistics.median(sum(r.values()) for r in runs)
        print(f"{name:<30} {tokens[name]:7,} tokens  total {total:6.2f}  total / attribute_ruler "
              f"{total / median['attribute_ruler']:5.2f}  " + " ".join(f"{s}={v:.2f}" for s, v in median.items()))


if __name__ == "__main__":
    main()
