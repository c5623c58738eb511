"""Quotes and their attribution: the ``newsmine_quotes_v1`` component.

1. The attributions of the document are found in stages (:mod:`~newsmine.nlp.attribution`:
   quotation marks, cue words, sources, candidates, features, a trained scorer, the
   decision and the orphan quotations).
2. Each becomes a quote: its cue and speaker as written, type and category.
3. Speakers are resolved to entities (:mod:`~newsmine.nlp.speakers`).

A quote is ``direct`` when (nearly) all its content is inside quotation marks, ``mixed``
when part of it is, ``indirect`` otherwise. Nested attributions ("officials said the
governor told donors that '…'") give one quote per cue.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsmine.nlp.apposed_speakers import person_apposed_past_object
from newsmine.nlp.attribution import (
    ORPHAN_MIN_WORDS,
    ORPHAN_PARAGRAPHS,
    AttributionModel,
    addressee_of,
    attribute,
    confidence_features,
    cue_category,
    cue_lemma,
    noun_phrase,
    quote_category,
    quote_type,
)
from newsmine.nlp.doc_attrs import register_extensions
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.example_speakers import person_given_as_example
from newsmine.nlp.results import entities_of
from newsmine.nlp.speaker_spans import (
    named_subject_of_cue,
    person_after_split_title,
    person_after_title_of_two_fields,
    person_in_bodys_titled_apposition,
    person_read_as_object,
    person_titled_by_body,
    poll_behind_share,
)
from newsmine.nlp.speakers import SpeakerResolver, add_resolved_references
from newsmine.records import QuoteCategory, QuoteType, SpeakerKind, SpeakerResolution

__all__ = ["QuoteFound", "confidence_features", "cue_category", "cue_lemma", "find_quotes"]

register_extensions()


@dataclass(slots=True)
class QuoteFound:
    type: QuoteType
    parts: list[tuple[int, int]]  # content character ranges, in order
    cue: Span | None = None
    speaker: Span | None = None
    addressee: Span | None = None
    speaker_kind: SpeakerKind = SpeakerKind.unresolved
    entity: EntityCluster | None = None
    speaker_name: str | None = None
    speaker_resolution: SpeakerResolution = SpeakerResolution.none  # how the name was reached
    score: float = 0.0
    category: QuoteCategory = QuoteCategory.other  # what the cue reports (cue_category)
    confidence: float | None = None  # P(content and speaker right); None without a confidence model
    relation: str = ""  # how the content was found (Candidate.relation: 'child:ccomp', 'quote_run', 'orphan', 'chant' …)

    def __post_init__(self) -> None:
        # Given as strings by the stages and when rebuilt from the Doc's plain data.
        self.type = QuoteType(self.type)
        self.speaker_kind = SpeakerKind(self.speaker_kind)
        self.speaker_resolution = SpeakerResolution(self.speaker_resolution)
        self.category = QuoteCategory(self.category)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def find_quotes(
    doc: Doc,
    model: AttributionModel | None = None,
    entities: list[EntityCluster] | None = None,
    *,
    orphan_min_words: int = ORPHAN_MIN_WORDS,
    orphan_paragraphs: int = ORPHAN_PARAGRAPHS,
) -> list[QuoteFound]:
    """The quotes of ``doc``, their speakers resolved to ``entities`` (default: those the
    entities component left on ``doc``), to which the pronouns and descriptions resolved are
    added as references."""
    model = model or AttributionModel.default()
    entities = entities_of(doc) if entities is None else entities
    ctx, chosen = attribute(doc, model, orphan_min_words=orphan_min_words, orphan_paragraphs=orphan_paragraphs)
    quotes = []
    for cand in chosen:
        cue = doc[cand.cue[0] : cand.cue[1]] if cand.trigger >= 0 else None
        speaker = noun_phrase(doc[cand.source]) if cand.source >= 0 else None
        if speaker is not None:
            speaker = poll_behind_share(speaker, noun_phrase) or speaker  # "In a Harlow poll, 31% of voters said"
            speaker = person_titled_by_body(speaker) or speaker  # "The Ruiz Institute President Ana Ruiz said"
            speaker = person_in_bodys_titled_apposition(speaker) or speaker  # "The Port Authority Head, Ana Ruiz, said"
            speaker = person_read_as_object(speaker) or speaker  # "said Johnson Controls chief executive George Oliver"
            speaker = person_after_title_of_two_fields(speaker) or speaker  # "Vice President for news and talk Ana Ruiz said"
            speaker = person_after_split_title(speaker, noun_phrase) or speaker  # "mused Blaze co-host Stu Burguiere"
            speaker = person_given_as_example(speaker) or speaker  # "Supporters like Mr. Ortega urged"
            speaker = person_apposed_past_object(speaker) or speaker  # "One pastor supporting Mr. Vance, Dan Lee, said"
            if cand.trigger >= 0:
                # "The drumbeat grew louder as Ana Ruiz attacked …": the cue's own named subject
                speaker = named_subject_of_cue(speaker, doc[cand.trigger], noun_phrase) or speaker
        addressee = addressee_of(doc[cand.trigger]) if cand.trigger >= 0 else None
        kind = quote_type(cand)
        category = quote_category(cand, cue, kind)
        found = QuoteFound(kind, list(cand.parts), cue, speaker, addressee, score=cand.score, category=category)
        found.relation = cand.relation
        quotes.append(found)
    resolver = SpeakerResolver(doc, entities, ctx)
    resolutions = []
    # In text order: the resolver remembers the previous speaker, which is the one named before
    # this source in the text, not the one attributed before it.
    for quote in sorted(quotes, key=lambda q: q.speaker.start if q.speaker is not None else -1):
        if quote.speaker is not None:
            resolution = resolver.resolve(quote.speaker)
            resolutions.append(resolution)
            quote.speaker_kind = resolution.kind
            quote.entity = resolution.cluster
            quote.speaker_name = resolution.name
            quote.speaker_resolution = resolution.how
        if model.confidence is not None:
            quote.confidence = round(model.confidence.probability(confidence_features(quote)), 3)
    add_resolved_references(resolutions)
    return quotes


