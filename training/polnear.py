"""PolNeAR for training and fast development: gold documents with their spaCy parses.

PolNeAR lives beside the repository (``../shared/benchmarks/polnear``), never inside it.
Parsing 840 articles with the small English model takes minutes, so parses are cached as
a spaCy ``DocBin`` under ``.cache/polnear/`` (ignored by git); delete it after changing the
model. The parse is the base model's only: newsmine's own components run on top.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from newsmine.evaluate import GoldDocument, PredictedQuote, _greedy_match, _overlap, gold_chars, gold_gaps, read_gold_dir, span_chars
from newsmine.layout import find_byline
from newsmine.nlp.entities import cluster_entities
import newsmine.nlp  # noqa: F401  (registers the components)
from newsmine.nlp.model import DEFAULT_MODEL, add_paragraph_breaks

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"
CACHE = REPO / ".cache" / "polnear"
# Bumped when what runs before the parse changes (v2: paragraph breaks end sentences).
CACHE_VERSION = "v2"


def gold_dir(split: str) -> Path:
    path = POLNEAR / split
    if not path.is_dir():
        sys.exit(f"PolNeAR {split} not found at {path} (it lives beside the repository, in ../shared)")
    return path


def parsed(split: str) -> list[tuple[Doc, GoldDocument]]:
    """(parsed Doc, gold) pairs of a split, in file order; parses are cached."""
    gold = list(read_gold_dir(gold_dir(split)))
    cache = CACHE / f"{split}-{CACHE_VERSION}.spacy"
    nlp = add_paragraph_breaks(spacy.load(DEFAULT_MODEL))
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        print(f"parsing PolNeAR {split} ({len(gold)} articles) once; cached in {cache}", file=sys.stderr)
        docs = list(nlp.pipe((g.text for g in gold), batch_size=16))
        cache.parent.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=True)
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(cache)
    if len(docs) != len(gold) or any(d.text != g.text for d, g in zip(docs, gold)):
        sys.exit(f"{cache} does not match PolNeAR {split}; delete it and run again")
    return list(zip(docs, gold))


def prepare(doc: Doc) -> Doc:
    """What newsmine's pipeline does before the quotes component: byline exclusion, entities."""
    byline = find_byline(doc.text)
    doc._.newsmine_excluded = [(byline.start, byline.end)] if byline else []
    doc._.newsmine_entities = cluster_entities(doc)
    return doc


def attribution_right(gold: GoldDocument, predicted: list[PredictedQuote]) -> list[int]:
    """1 for each predicted quote whose content matches a gold content (one-to-one, as the
    shared scorer matches them) and whose speaker is right (overlaps the gold source, or is
    absent when the gold has none); else 0."""
    text = gold.text
    gold_sets = [gold_chars(text, a) for a in gold.attributions]
    gaps = [gold_gaps(a) for a in gold.attributions]
    pred_sets = [span_chars(text, q.start, q.end) for q in predicted]
    right = [0] * len(predicted)
    for _, i, j in _greedy_match(gold_sets, pred_sets, gaps, lenient=False):
        source, speaker = gold.attributions[i].source, predicted[j].speaker
        right[j] = int(speaker is not None and _overlap([speaker], source)) if source else int(speaker is None)
    return right
