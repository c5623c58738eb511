"""Are newsmine's array attribute_ruler and lemmatizer identical to spaCy's on every PolNeAR text?

    python benchmarks/attribute_rules.py [--splits train,dev] [--limit N]

Each PolNeAR text (``../shared/benchmarks/polnear/{train,dev}/text``, read at run time; skipped
cleanly when absent) is parsed once by the components before the ruler, as newsmine's
pipeline runs them (paragraph breaks before the parser); then one copy goes through the
model's own ``attribute_ruler`` and one through newsmine's
(:mod:`newsmine.nlp.attribute_rules`), alternating which goes first, each timed with
``time.process_time()``, and every token attribute (tag, POS, morphology, lemma, dependency,
head, sentence starts, entities, norm) of the two copies is compared. Then the model's
lemmatizer runs on the first copy and newsmine's (:mod:`newsmine.nlp.array_lemmatizer`,
around another loaded copy of the model's lemmatizer) on the second, timed the same way, and every token
attribute is compared again. Exit status 1 if any token differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"
clock = time.process_time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--limit", type=int, default=0, help="at most this many texts per split (0: all)")
    args = parser.parse_args()
    folders = [POLNEAR / split / "text" for split in args.splits.split(",")]
    if not all(folder.is_dir() for folder in folders):
        print(f"skipped: PolNeAR texts not found under {POLNEAR}")
        return 0

    import spacy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG

    from newsmine.nlp.array_lemmatizer import ArrayLemmatizer
    from newsmine.nlp.attribute_rules import ArrayAttributeRuler
    from newsmine.nlp.model import DEFAULT_MODEL, add_paragraph_breaks

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE, NORM]
    nlp = add_paragraph_breaks(spacy.load(DEFAULT_MODEL))
    stock = nlp.get_pipe("attribute_ruler")
    # compiled from the loaded component's patterns, as newsmine.nlp.model does it
    fast = ArrayAttributeRuler(nlp.vocab, validate=stock.validate)
    fast.add_patterns(stock.patterns)
    # the array lemmatizer around a lemmatizer of its own: spaCy's keeps answers too, and a
    # shared one would let whichever runs second find them ready
    lemmatizers = {"stock": nlp.get_pipe("lemmatizer"), "array": ArrayLemmatizer(spacy.load(DEFAULT_MODEL).get_pipe("lemmatizer"))}
    rulers = {"stock": stock, "array": fast}
    before_ruler = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]

    paths = [path for folder in folders for path in sorted(folder.glob("*.txt"))[: args.limit or None]]
    texts = [path.read_text(encoding="utf-8") for path in paths]
    seconds = {(stage, name): 0.0 for stage in ("ruler", "lemmatizer") for name in ("stock", "array")}
    differing: list[str] = []
    tokens = 0
    with nlp.select_pipes(enable=before_ruler):
        for n, (path, doc) in enumerate(zip(paths, nlp.pipe(texts, batch_size=16))):
            copies = {"stock": doc.copy(), "array": doc.copy()}
            order = ("stock", "array") if n % 2 else ("array", "stock")
            same = True
            for stage, components in (("ruler", rulers), ("lemmatizer", lemmatizers)):
                for name in order:
                    started = clock()
                    components[name](copies[name])
                    seconds[stage, name] += clock() - started
                same = same and numpy.array_equal(copies["stock"].to_array(attrs), copies["array"].to_array(attrs))
            if not same:
                differing.append(f"{path.parent.parent.name}/{path.name}")
            tokens += len(doc)

    per_article = 1000 / len(texts)
    print(f"{len(texts)} PolNeAR texts ({args.splits}), {tokens:,} tokens")
    print(f"texts with any token attribute different: {len(differing)}" + (f" ({', '.join(differing[:10])})" if differing else ""))
    for stage, label in (("ruler", "attribute_ruler"), ("lemmatizer", "lemmatizer")):
        stock_ms, array_ms = seconds[stage, "stock"] * per_article, seconds[stage, "array"] * per_article
        print(f"{label} CPU ms per article: spaCy's {stock_ms:.2f}, newsmine's {array_ms:.2f} ({stock_ms / array_ms:.1f}x faster)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
