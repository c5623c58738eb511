"""newsmine's spaCy components: the factories, their settings and what they read and write.

| factory                  | settings (``config=`` of ``nlp.add_pipe``)                            |
|--------------------------|----------------------------------------------------------------------|
| ``newsmine_paragraphs_v1`` | none                                                               |
| ``newsmine_entities_v1``   | ``known_orgs``, ``add_missed_names``                               |
| ``newsmine_dates_v1``      | ``default_published``                                              |
| ``newsmine_quotes_v1``     | ``model``, ``threshold``, ``quoted_threshold``, ``orphan_min_words``, ``orphan_paragraphs`` |

``newsmine_attribute_ruler_v1`` (:mod:`newsmine.nlp.attribute_rules`) takes the place of
the model's ``attribute_ruler``: the same patterns and settings, executed over token arrays;
``newsmine_lemmatizer_v1`` (:mod:`newsmine.nlp.array_lemmatizer`) holds the model's own rule
lemmatizer and asks it once per distinct token.

The defaults are what ``newsmine extract`` uses and what the README's quality figures
measure. Results are kept on the Doc as plain data (:mod:`newsmine.nlp.results`). The
factories are also declared as ``spacy_factories`` entry points (``pyproject.toml``), so
``spacy.load`` of a saved pipeline finds them without importing newsmine first.

No ``from __future__ import annotations`` here: spaCy validates each setting against the
factory's annotations, which must be real types.
"""

import dataclasses
import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

# Registers newsmine_attribute_ruler_v1 and newsmine_lemmatizer_v1 too: a saved pipeline
# names them after the paragraph component, whose entry point imports this module first.
from newsmine.nlp import array_lemmatizer as _array_lemmatizer  # noqa: F401
from newsmine.nlp import attribute_rules as _attribute_rules  # noqa: F401
from newsmine.nlp.attribution import AttributionModel
from newsmine.nlp.dates import find_dates
from newsmine.nlp.entities import cluster_entities
from newsmine.nlp.paragraphs import mark_paragraph_starts
from newsmine.nlp.attribution import ORPHAN_MIN_WORDS, ORPHAN_PARAGRAPHS
from newsmine.nlp.quotes import find_quotes
from newsmine.nlp.results import entities_of, store_dates, store_entities, store_quotes

__all__ = [
    "DatesComponent",
    "EntitiesComponent",
    "QuotesComponent",
    "make_dates_component",
    "make_entities_component",
    "make_quotes_component",
    "paragraphs_component",
]

# What each component reads of the model's annotation, in spaCy's names (nlp.analyze_pipes()
# checks them). Coarse POS tags are read too, but spaCy's attribute_ruler that sets them
# declares nothing, so "token.pos" would be reported missing on every standard English pipeline.
_ENTITIES_READ = ["doc.ents", "token.ent_type", "token.dep", "token.head", "doc.sents"]
_DATES_READ = ["doc.ents", "token.dep", "token.head", "token.tag", "token.lemma"]
_QUOTES_READ = ["token.ent_type", "token.dep", "token.head", "token.tag", "token.lemma", "doc.sents"]
# Where the entities are kept (newsmine.nlp.results).
_ENTITY_RESULTS = ["doc._.newsmine_entities", "doc.spans"]


@Language.component("newsmine_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """Paragraph breaks end sentences (:mod:`newsmine.nlp.paragraphs`); goes before the parser."""
    return mark_paragraph_starts(doc)


@Language.factory(
    "newsmine_entities_v1",
    requires=_ENTITIES_READ,
    assigns=_ENTITY_RESULTS,
    default_config={"known_orgs": [], "add_missed_names": True},
)
def make_entities_component(
    nlp: Language, name: str, known_orgs: list[str], add_missed_names: bool
) -> "EntitiesComponent":
    """``known_orgs``: names always labelled ORG (your outlets, say), besides each Doc's own
    ``doc._.newsmine_known_orgs``. ``add_missed_names``: add people and places the entity
    recogniser missed, from the curated first names and places lists and from the surnames
    of people it found (``false`` leaves the recogniser's entities alone)."""
    return EntitiesComponent(known_orgs=known_orgs, add_missed_names=add_missed_names)


class EntitiesComponent:
    def __init__(self, known_orgs: list[str] = (), add_missed_names: bool = True) -> None:
        self.known_orgs = list(known_orgs)
        self.add_missed_names = add_missed_names

    def __call__(self, doc: Doc) -> Doc:
        if self.known_orgs:
            doc._.newsmine_known_orgs = [*(doc._.newsmine_known_orgs or ()), *self.known_orgs]
        store_entities(doc, cluster_entities(doc, add_missed_names=self.add_missed_names))
        return doc


@Language.factory(
    "newsmine_dates_v1",
    requires=_DATES_READ,
    assigns=["doc._.newsmine_dates"],
    default_config={"default_published": None},
)
def make_dates_component(nlp: Language, name: str, default_published: str | None) -> "DatesComponent":
    """``default_published``: the publication date (``YYYY-MM-DD``) relative dates ("on
    Tuesday") are resolved against when a Doc has no ``doc._.newsmine_published`` — for
    ``spacy apply`` or ``nlp.pipe`` on plain texts of one day's news."""
    return DatesComponent(default_published=default_published)


class DatesComponent:
    def __init__(self, default_published: str | None = None) -> None:
        self.default_published = default_published

    def __call__(self, doc: Doc) -> Doc:
        if doc._.newsmine_published is None and self.default_published:
            doc._.newsmine_published = self.default_published
        store_dates(doc, find_dates(doc))
        return doc


@Language.factory(
    "newsmine_quotes_v1",
    requires=[*_QUOTES_READ, "doc._.newsmine_entities"],
    # The speakers' pronouns and descriptions are added to the entities as references.
    assigns=["doc._.newsmine_quotes", *_ENTITY_RESULTS],
    default_config={
        "model": None,
        "threshold": None,
        "quoted_threshold": None,
        "orphan_min_words": ORPHAN_MIN_WORDS,
        "orphan_paragraphs": ORPHAN_PARAGRAPHS,
    },
)
def make_quotes_component(
    nlp: Language,
    name: str,
    model: str | None,
    threshold: float | None,
    quoted_threshold: float | None,
    orphan_min_words: int,
    orphan_paragraphs: int,
) -> "QuotesComponent":
    """``model``: an attribution model file (``training/train_attribution.py`` writes one);
    ``null`` is the one shipped with newsmine. ``threshold``: the content score from which
    an attribution is kept (``null``: the model's own, tuned on PolNeAR train; lower finds
    more quotes, less precisely); ``quoted_threshold``: the same for contents mostly inside
    quotation marks. ``orphan_min_words``: a quotation of this many words that no
    attribution covers is a quote of its own; ``orphan_paragraphs``: how many paragraphs
    back its speaker is looked for."""
    attribution = AttributionModel.from_file(model) if model else AttributionModel.default()
    return QuotesComponent(
        with_thresholds(attribution, threshold, quoted_threshold),
        orphan_min_words=orphan_min_words,
        orphan_paragraphs=orphan_paragraphs,
    )


def with_thresholds(
    model: AttributionModel, threshold: float | None, quoted_threshold: float | None
) -> AttributionModel:
    """``model`` with its decision thresholds replaced where given."""
    if threshold is not None:
        model = dataclasses.replace(model, content=dataclasses.replace(model.content, threshold=threshold))
    if quoted_threshold is not None:
        model = dataclasses.replace(model, quoted_threshold=quoted_threshold)
    return model


class QuotesComponent:
    # A saved pipeline carries the attribution model it ran with (nlp.to_disk / spacy.load),
    # so a pipeline made with a model file of one's own works where that file is absent.
    MODEL_FILE = "attribution-model.json"

    def __init__(
        self,
        model: AttributionModel | None = None,
        *,
        orphan_min_words: int = ORPHAN_MIN_WORDS,
        orphan_paragraphs: int = ORPHAN_PARAGRAPHS,
    ) -> None:
        self.model = model or AttributionModel.default()
        self.orphan_min_words = orphan_min_words
        self.orphan_paragraphs = orphan_paragraphs

    def __call__(self, doc: Doc) -> Doc:
        entities = entities_of(doc)
        quotes = find_quotes(
            doc, self.model, entities, orphan_min_words=self.orphan_min_words, orphan_paragraphs=self.orphan_paragraphs
        )
        store_quotes(doc, quotes)
        store_entities(doc, entities)  # with the references the speakers added
        return doc

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.MODEL_FILE).write_text(json.dumps(self.model.to_dict()), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> "QuotesComponent":
        file = Path(path) / self.MODEL_FILE
        if file.exists():
            self.model = AttributionModel.from_file(file)
        return self
