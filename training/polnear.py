"""PolNeAR for training and the development tools: gold documents with their spaCy parses.

PolNeAR lives beside the repository (``../shared/benchmarks/polnear``), never inside it.
Parsing 840 articles with the small English model takes minutes, so parses are cached as
a spaCy ``DocBin`` under ``.cache/polnear/`` (ignored by git); delete it after changing the
model. The parse is the base model's only: newsmine's own components run on top
(:func:`prepare`). Also the scorer's view of contents (:func:`gold_contents`,
:func:`content_iou`; a prediction's characters are ``newsmine.evaluate.span_chars``) and
quotes as the scorer reads them (:func:`predicted_quotes`), shared by the tools of this folder.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from newsmine.evaluate import GoldDocument, PredictedQuote, _greedy_match, _overlap, gold_chars, gold_gaps, read_gold_dir, span_chars
from newsmine.layout import find_byline
from newsmine.nlp.entities import cluster_entities
from newsmine.nlp.results import store_entities
import newsmine.nlp  # noqa: F401  (registers the components)
from newsmine.nlp.model import DEFAULT_MODEL, add_paragraph_breaks
from newsmine.nlp.attribution import AttributionModel, noun_phrase
from newsmine.nlp.attribution.model import speaker_scorer
from newsmine.nlp.quotes import QuoteFound

REPO = Path(__file__).resolve().parent.parent
POLNEAR = REPO.parent / "shared" / "benchmarks" / "polnear"
CACHE = REPO / ".cache" / "polnear"
# Bumped when what runs before the parse changes (v2: paragraph breaks end sentences; v3:
# quotation marks glued between words split off).
CACHE_VERSION = "v3"


def add_split_arguments(ap: argparse.ArgumentParser, *, model: bool = True) -> None:
    """The study tools' common arguments: the split (train by default), ``--held-out`` and,
    with ``model``, ``--model`` (see :func:`chosen_model`)."""
    ap.add_argument("split", nargs="?", default="train")
    ap.add_argument("--held-out", action="store_true", help="the last fifth of the split only")
    if model:
        ap.add_argument("--model", type=Path, help="attribution model file (default: the shipped one)")
        ap.add_argument("--speaker-model", type=Path, help="speaker model file (training/train_sources.py; default: none)")


def chosen_model(args: argparse.Namespace) -> AttributionModel:
    """The attribution model ``--model`` names, or the shipped one; with ``--speaker-model``,
    the speaker model of that file re-chooses the speakers."""
    model = AttributionModel.from_file(args.model) if args.model else AttributionModel.default()
    speaker = getattr(args, "speaker_model", None)
    return replace(model, speaker=speaker_scorer(speaker.read_text(encoding="utf-8"))) if speaker else model


def gold_dir(split: str) -> Path:
    path = POLNEAR / split
    if not path.is_dir():
        sys.exit(f"PolNeAR {split} not found at {path} (it lives beside the repository, in ../shared)")
    return path


def base_nlp() -> spacy.Language:
    """The parser newsmine's components run on: the model with paragraph breaks ending sentences.

    Texts go through ``nlp.pipe`` bare, without the layout :class:`newsmine.Pipeline` gives the
    paragraph component in ``doc.user_data`` (a headline's line end: session 41), so the
    cached parses and the shipped models trained on them are unchanged; on the 141 train
    articles whose headline has one line break after it, extraction through the Pipeline
    gained one source and lost one content."""
    return add_paragraph_breaks(spacy.load(DEFAULT_MODEL))


def parsed(split: str, *, held_out: bool = False) -> list[tuple[Doc, GoldDocument]]:
    """(parsed Doc, gold) pairs of a split, in file order; parses are cached. ``held_out``:
    the last fifth only (the articles ``train_attribution.py --held-out-model`` leaves out)."""
    gold = list(read_gold_dir(gold_dir(split)))
    cache = CACHE / f"{split}-{CACHE_VERSION}.spacy"
    nlp = base_nlp()
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
    pairs = list(zip(docs, gold))
    return pairs[len(pairs) * 4 // 5 :] if held_out else pairs


def prepare(doc: Doc) -> Doc:
    """What newsmine's pipeline does before the quotes component: byline exclusion, entities."""
    byline = find_byline(doc.text)
    doc._.newsmine_excluded = [(byline.start, byline.end)] if byline else []
    store_entities(doc, cluster_entities(doc))
    return doc


def gold_trigger(doc: Doc, cue: list[tuple[int, int]]) -> int:
    """The token heading a gold cue (the word newsmine's candidates start from): the root of
    its span; 'according' for 'according to'."""
    trigger = doc.char_span(cue[0][0], cue[-1][1], alignment_mode="expand").root.i
    if doc[trigger].lower_ == "to" and trigger > 0 and doc[trigger - 1].lower_ == "according":
        trigger -= 1
    return trigger


def source_right(doc: Doc, source: int, gold_source: list[tuple[int, int]] | None) -> bool:
    """Whether source token ``source`` (-1: none) is the gold Source as the scorer counts it:
    its noun phrase overlaps the gold span, or both are absent."""
    if source < 0 or not gold_source:
        return source < 0 and not gold_source
    phrase = noun_phrase(doc[source])
    return any(s < phrase.end_char and phrase.start_char < e for s, e in gold_source)


def predicted_quotes(found: list[QuoteFound]) -> list[PredictedQuote]:
    """Quotes as the scorer reads them (the same offsets ``newsmine extract`` writes)."""
    out = []
    for q in found:
        speaker = (q.speaker.start_char, q.speaker.end_char) if q.speaker is not None else None
        cue = (q.cue.start_char, q.cue.end_char) if q.cue is not None else None
        out.append(PredictedQuote(q.start, q.end, speaker, cue))
    return out


def gold_contents(gold: GoldDocument) -> list[tuple[set[int], set[int]]]:
    """Each gold attribution's content characters and the gaps between its parts (a
    prediction is not penalised for covering the gap of a split quote)."""
    return [(gold_chars(gold.text, a), gold_gaps(a)) for a in gold.attributions]


def content_iou(predicted: set[int], gold: tuple[set[int], set[int]]) -> float:
    """Intersection over union of a predicted content with a gold one (gaps left out)."""
    chars, gaps = gold
    predicted = predicted - gaps
    if not predicted or not chars:
        return 0.0
    return len(predicted & chars) / len(predicted | chars)


def attribution_right(gold: GoldDocument, predicted: list[PredictedQuote]) -> list[int]:
    """1 for each predicted quote whose content matches a gold content (one-to-one, as the
    shared scorer matches them) and whose speaker is right (overlaps the gold source, or is
    absent when the gold has none); else 0."""
    text = gold.text
    contents = gold_contents(gold)
    gold_sets = [chars for chars, _ in contents]
    gaps = [gap for _, gap in contents]
    pred_sets = [span_chars(text, q.start, q.end) for q in predicted]
    right = [0] * len(predicted)
    for _, i, j in _greedy_match(gold_sets, pred_sets, gaps, lenient=False):
        source, speaker = gold.attributions[i].source, predicted[j].speaker
        right[j] = int(speaker is not None and _overlap([speaker], source)) if source else int(speaker is None)
    return right


def print_kinds(counts: Counter[str], examples: dict[str, list[str]], show: list[tuple[str, str]]) -> None:
    """The study tools' report: each kind's count and share, then ``N`` examples (a fixed
    random sample) of each kind ``show`` names as (kind, N)."""
    total = sum(counts.values())
    for kind, n in counts.most_common():
        print(f"{n:6d} {n / total:6.3f}  {kind}")
    random.seed(0)
    for kind, n in show:
        print("=====", kind)
        for example in random.sample(examples[kind], min(int(n), len(examples[kind]))):
            print(example)
