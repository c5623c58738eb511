"""The record newsmine writes for each article: versioned pydantic models.

Field names are a contract with analysts' downstream code (issue 2). Add fields only
with a default, and bump :data:`SCHEMA_VERSION` when a field changes meaning or goes away.
The JSON Schema generated from :class:`ArticleRecord` is committed under ``schemas/`` and a
test fails when the two drift apart (``newsmine schema > schemas/article-record.schema.json``).

Every span carries ``start``/``end`` character offsets into :attr:`ArticleRecord.text`
and the ``text`` they cover, so ``record.text[span.start:span.end] == span.text`` holds
for every span of every record: any claim can be checked against the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "SCHEMA_VERSION",
    "ArticleRecord",
    "Cue",
    "DateKind",
    "DateMention",
    "Entity",
    "ErrorInfo",
    "Mention",
    "Quote",
    "QuoteCategory",
    "QuoteType",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "SpeakerResolution",
    "Status",
    "record_json_schema",
]

SCHEMA_VERSION = "2"
# Version 2: an entity's `mentions` hold names only; the pronouns and descriptions resolved to
# it moved to `references`; entities gained `key`, `gender` and `gender_evidence`. Records of
# version 1 still validate (their mentions may include pronouns), so outputs of earlier runs
# stay readable by `newsmine report` and `--append`.


class _Model(BaseModel):
    # extra="forbid": a typo in a field name is an error, not a silently dropped value.
    # json_schema_serialization_defaults_required: the schema of what newsmine writes lists every
    # field as required, since every record carries every key; it said only "id" and "source",
    # and tables generated from it made "status" or "entities" optional (session 46).
    model_config = ConfigDict(extra="forbid", frozen=False, json_schema_serialization_defaults_required=True)


class Span(_Model):
    """A stretch of the article text."""

    start: int = Field(ge=0, description="Character offset of the first character in the record's text.")
    end: int = Field(ge=0, description="Character offset one past the last character (Python slice end).")
    text: str = Field(description="The covered text, exactly text[start:end].")

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Mention(Span):
    """One place in the text where an entity is mentioned."""


class ReferenceKind(str, Enum):
    pronoun = "pronoun"
    description = "description"


class Reference(Span):
    """A pronoun or description that refers to an entity named elsewhere in the article."""

    kind: ReferenceKind = Field(description="pronoun ('he', 'they') or description ('the senator', 'the agency').")


Gender = Literal["female", "male", "unknown"]


class Entity(_Model):
    """A canonical entity: all mentions of one real-world referent in one article."""

    id: str = Field(description="Identifier unique within the article, e.g. 'E1'. Quotes' speaker.entity_id points here.")
    label: str = Field(
        description="Entity type, spaCy/OntoNotes labels: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, "
        "PRODUCT, WORK_OF_ART, LAW, LANGUAGE."
    )
    name: str = Field(description="Canonical name: the fullest proper-name form used in the article.")
    titles: list[str] = Field(
        default_factory=list,
        description="Titles and roles written next to a mention (e.g. 'UN Secretary-General'), first seen first.",
    )
    mentions: list[Mention] = Field(
        description="Every mention by name, in text order (so counting mentions counts names). "
        "Pronouns and descriptions resolved to this entity are in `references`."
    )
    references: list[Reference] = Field(
        default_factory=list,
        description="Pronouns ('she') and descriptions ('the senator') resolved to this entity, in text order.",
    )
    key: str | None = Field(
        default=None,
        description="Corpus-wide key, the same for this referent in every article: normalised name and type, "
        "e.g. 'GPE:united states' for 'US', 'U.S.' and 'America'; 'PERSON:antonio guterres'.",
    )
    gender: Gender = Field(
        default="unknown",
        description="For a PERSON: the gender the article itself states (pronouns resolved to the person, "
        "honorifics Mr./Ms./Mrs.); 'unknown' when it states none, or for other labels.",
    )
    gender_evidence: list[str] = Field(
        default_factory=list,
        description="What `gender` rests on, e.g. ['pronoun:she', 'honorific:Ms.'], or ['guessed:first-name'] "
        "when guessed from the first name (only with the explicit option).",
    )


class DateKind(str, Enum):
    date = "date"
    time = "time"
    duration = "duration"
    set = "set"


class DateMention(Span):
    """A date or time expression and its normalised value."""

    value: str | None = Field(
        description="TimeML value (ISO 8601 as TimeML extends it): '2025-03-14', '2025-03', '2025', "
        "'2025-03-14T15:00', parts of a day '2025-03-14TNI', quarters '2025-Q3', halves '2025-H1', "
        "seasons '2025-SU', weeks '2025-W11', weekends '2025-W11-WE', decades '199X', centuries '19'; "
        "'PRESENT_REF', 'PAST_REF', 'FUTURE_REF' for 'now', 'recently', 'the future'; a partial such as "
        "'XXXX-12-03' when the year is unknown; for durations an ISO 8601 duration such as 'P2D' "
        "('PXY': years, number not said); for sets such as 'every Monday' a description like "
        "'XXXX-WXX-1'; null when the expression could not be normalised."
    )
    kind: DateKind = Field(description="date | time | duration | set.")


class QuoteType(str, Enum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


class QuoteCategory(str, Enum):
    """What the cue reports. speech: words said aloud or on the record (say, tell, add,
    according to); writing: words written or published (write, tweet, post, announce in a
    statement); thought: beliefs, fears, hopes and intentions (believe, fear, hope, want);
    stance: a position taken for or against (back, endorse, oppose, criticise); other: any
    other cue (see, vote, decline ...), or one newsmine has not categorised."""

    speech = "speech"
    writing = "writing"
    thought = "thought"
    stance = "stance"
    other = "other"


class SpeakerKind(str, Enum):
    person = "person"
    organisation = "organisation"
    anonymous = "anonymous"
    unresolved = "unresolved"


class SpeakerResolution(str, Enum):
    """How a speaker's ``name`` was reached, strongest first; an analyst may keep only the first kinds.

    - ``name``: the mention holds the name ("Ana Ruiz said", "Ruiz said", "a Harlow poll").
    - ``apposition``: a name written beside the mention ("the mayor, Ana Ruiz, said").
    - ``title``: a title or role the article gave the person ("the senator" after "Sen. Ana Ruiz").
    - ``description``: a description matched by type, recency and prominence ("the newspaper"
      after "The Daily Ledger reported", "the Republican nominee", "the poll").
    - ``pronoun``: a pronoun ranked against the people or bodies named before it ("she said").
    - ``previous_speaker``: handed on from the previous speaker (a pronoun or description that
      only the previous speaker fits, "they" after an organisation's statement).
    - ``none``: no name was reached (unresolved or an unnamed source).
    """

    name = "name"
    apposition = "apposition"
    title = "title"
    description = "description"
    pronoun = "pronoun"
    previous_speaker = "previous_speaker"
    none = "none"


class Cue(Span):
    """The reporting expression ('said', 'told', 'made clear', 'according to')."""

    lemma: str = Field(description="Lemma of the cue, words joined by a space ('say', 'make clear').")


class Speaker(Span):
    """Who the quote is attributed to, as written near the quote, and whom that resolves to."""

    kind: SpeakerKind = Field(description="person | organisation | anonymous | unresolved.")
    entity_id: str | None = Field(
        default=None, description="Id of the canonical entity in `entities` the mention resolves to, if any."
    )
    name: str | None = Field(
        default=None,
        description="Canonical name of that entity (or, for an unnamed source, the phrase that introduces it, "
        "also for a 'he' or 'she' standing for it: 'a senior official').",
    )
    resolution: SpeakerResolution = Field(
        default=SpeakerResolution.none,
        description="How the name was reached: name | apposition | title | description | pronoun | "
        "previous_speaker | none (see SpeakerResolution); keep only the strongest kinds when precision matters.",
    )


class Quote(_Model):
    """A direct, indirect or mixed quotation with its attribution.

    ``start``/``end``/``text`` cover the whole content; for a direct quote split around
    its attribution ('"X," he said, "Y."') that stretch includes the interruption, and
    ``parts`` lists the content pieces alone.
    """

    id: str = Field(description="Identifier unique within the article, e.g. 'Q1'.")
    type: QuoteType = Field(description="direct (in quotation marks), indirect (reported speech) or mixed.")
    start: int = Field(ge=0, description="Character offset where the content starts.")
    end: int = Field(ge=0, description="Character offset one past the end of the content.")
    text: str = Field(description="The content, exactly text[start:end].")
    parts: list[Span] = Field(
        default_factory=list, description="The content pieces, without the interrupting attribution; one piece when continuous."
    )
    cue: Cue | None = Field(default=None, description="The reporting expression, if found.")
    speaker: Speaker | None = Field(default=None, description="The source, if found.")
    addressee: Span | None = Field(default=None, description="Whom it was said to, as written ('told Reuters' -> 'Reuters').")
    category: QuoteCategory = Field(
        default=QuoteCategory.other,
        description="What the cue reports: speech (say, tell, add), writing (write, tweet, post a statement), "
        "thought (believe, fear, hope, want), stance (back, endorse, oppose, criticise) or other. "
        "A quotation with no cue word (a quote continued in the next paragraph, '\"…\" ― Jane Doe') is speech. "
        "Counting what people said, keep speech and writing.",
    )
    confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Probability that the quote is right: its content matches what was reported and its speaker is "
        "who reported it (as written; the resolved name is not checked). Calibrated on news text held out from "
        "training; null when the model file has no confidence model.",
    )

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Quote:
        if self.end < self.start:
            raise ValueError(f"quote end {self.end} is before its start {self.start}")
        return self


class Source(_Model):
    """Where the article came from."""

    path: str | None = Field(default=None, description="Input file path as given, or '-' for standard input.")
    format: str = Field(description="Input format: text | html | json | jsonl | csv | warc | feed (an RSS or Atom item).")
    url: str | None = Field(default=None, description="The article's URL when the input gives one.")
    encoding: str | None = Field(default=None, description="Character encoding the bytes were decoded with.")


class Status(str, Enum):
    ok = "ok"
    error = "error"
    # Read and recorded (text and metadata) but not analysed: a page with too few words
    # (ThinPage) or an article not in the model's language (OtherLanguage); `error` says which.
    skipped = "skipped"


class ErrorInfo(_Model):
    type: str = Field(
        description="Error class, e.g. 'DecodeError', 'InputTooLarge', 'InvalidJSON'; for skipped articles "
        "'ThinPage' or 'OtherLanguage'."
    )
    message: str = Field(description="What was wrong and what to do about it.")


class ArticleRecord(_Model):
    """One article in, one record out."""

    schema_version: Literal["1", "2"] = Field(
        default=SCHEMA_VERSION,
        description="Version of this record layout: '2' is written; '1' (mentions may include pronouns, no references, "
        "key or gender) is still read.",
    )
    id: str = Field(description="File stem for a file; the JSON 'id' or '<file>:<line>' for JSON Lines.")
    status: Status = Field(
        default=Status.ok,
        description="ok; error when the article could not be processed; skipped when it was read but not analysed "
        "(too few words of article text, or not in the model's language): text and metadata kept, no entities, "
        "dates or quotes.",
    )
    error: ErrorInfo | None = Field(
        default=None, description="Why the article failed (status error) or was not analysed (status skipped); null when ok."
    )
    source: Source
    title: str | None = Field(default=None, description="Headline.")
    outlet: str | None = Field(default=None, description="Publisher or site name.")
    authors: list[str] = Field(default_factory=list, description="Byline authors.")
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    language: str | None = Field(
        default=None,
        description="ISO 639-1 code of the language the text is written in: detected from its first 3,000 characters "
        "(every input), or as the caller gave it (Article(language=...)); null when unsure (under 8 words, or "
        "the detector under 0.9 confident) or for an article that failed before it was read.",
    )
    word_count: int = Field(default=0, ge=0, description="Words (whitespace-separated) in `text`.")
    text: str = Field(default="", description="The text every offset in this record indexes.")
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="What the input held that newsmine changed or left out, e.g. a relative 'published' value "
        "('yesterday') set to null, or a file name that is not UTF-8 shown escaped in source.path.",
    )

    @model_validator(mode="after")
    def _error_matches_status(self) -> ArticleRecord:
        if (self.status is not Status.ok) != (self.error is not None):
            raise ValueError("error must be set exactly when status is 'error' or 'skipped'")
        return self

    def spans(self) -> Iterator[Span | Quote]:
        """Every stretch of `text` the record points at: entity mentions and references, dates,
        and for each quote its whole content, its parts, cue, speaker and addressee.

        Each has ``start``/``end``/``text`` with ``text == record.text[start:end]``; checks of
        that promise (tests, fuzzing) walk this one list so that a new kind of span is checked
        everywhere once it is listed here.
        """
        for entity in self.entities:
            yield from entity.mentions
            yield from entity.references
        yield from self.dates
        for quote in self.quotes:
            yield quote
            yield from quote.parts
            yield from (span for span in (quote.cue, quote.speaker, quote.addressee) if span is not None)


def record_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`ArticleRecord`, as committed under ``schemas/``."""
    schema = ArticleRecord.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newsmine.invalid/schemas/article-record-v{SCHEMA_VERSION}.json"
    # The schema describes what newsmine writes: this version only (the model also reads
    # version-1 records of earlier runs, which this schema does not promise).
    schema["properties"]["schema_version"] = {
        "const": SCHEMA_VERSION,
        "default": SCHEMA_VERSION,
        "description": "Version of this record layout.",
        "title": "Schema Version",
        "type": "string",
    }
    return schema
