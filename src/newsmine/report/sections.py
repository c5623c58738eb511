"""What a corpus report holds, section by section: plain frozen dataclasses.

:mod:`newsmine.report.data` fills them from SQL; :mod:`newsmine.report.text` and
:mod:`newsmine.report.html` read them. They hold no queries and no database, so the
renderers need neither, and a report can be built by hand. What each number counts is
defined in :mod:`newsmine.report.data`'s overview (and stated in the report itself).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "DEFAULT_TOP",
    "THIN_WORDS",
    "CoMentions",
    "CorpusReport",
    "CorpusTotals",
    "DataQuality",
    "EntityRow",
    "EntityTypeRow",
    "ErrorRow",
    "GenderShare",
    "OutletComparison",
    "OutletRow",
    "QuoteExample",
    "QuoteSources",
    "SpeakerRow",
    "TimeBucket",
    "WarningRow",
]

DEFAULT_TOP = 10  # speakers, and entities per type, that a report lists
# An ok article of fewer words is thin (counted in the data-quality section).
THIN_WORDS = 50

# How an analyst names the outlet of articles that do not name it (a CSV, a folder of text files).
NAME_THE_OUTLET = "name it with extract --outlet NAME, or --field outlet=FIELD"


@dataclass(frozen=True, slots=True)
class CorpusTotals:
    articles: int
    ok: int
    failed: int
    words: int
    outlets: int
    entities: int
    mentions: int
    quotes: int
    first_published: dt.date | None
    last_published: dt.date | None
    undated: int  # ok articles without a publication date
    unreadable_lines: int = 0  # JSON Lines input: lines that were not a valid record (a torn last line)

    @property
    def outlets_in_words(self) -> str:
        """The corpus's outlet count as the Corpus table shows it. A bare "0" beside ok articles read
        as an error where the articles name no outlet (a folder of text files; newuser63 and review63c
        left it): it says so and how to name them. No ok article: the plain count."""
        if self.outlets or not self.ok:
            return f"{self.outlets:,}"
        return f"0 (no article names its outlet: {NAME_THE_OUTLET})"


@dataclass(frozen=True, slots=True)
class QuoteSources:
    total: int
    named: int
    anonymous: int
    unresolved: int
    none: int

    @property
    def anonymous_share(self) -> float:
        return self.anonymous / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    name: str
    kind: str
    quotes: int
    articles: int
    outlets: int
    titles: tuple[str, ...] = ()  # the titles written beside them, most articles first: namesakes show here


@dataclass(frozen=True, slots=True)
class EntityRow:
    label: str
    name: str
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class GenderShare:
    """Quotes by people (speakers linked to a PERSON entity), by the gender the article states."""

    outlet: str | None  # None: the whole corpus
    female: int
    male: int
    unknown: int

    @property
    def total(self) -> int:
        return self.female + self.male + self.unknown


@dataclass(frozen=True, slots=True)
class EntityTypeRow:
    label: str
    entities: int  # distinct keys
    mentions: int


@dataclass(frozen=True, slots=True)
class OutletRow:
    outlet: str
    articles: int
    quotes: int
    anonymous: int

    @property
    def quotes_per_article(self) -> float:
        return self.quotes / self.articles if self.articles else 0.0


@dataclass(frozen=True, slots=True)
class TimeBucket:
    label: str  # '2025-03-10', '2025-03' or '2025'
    articles: int
    quotes: int


@dataclass(frozen=True, slots=True)
class CoMentions:
    speakers: list[str]
    entities: list[str]
    counts: dict[tuple[str, str], int]  # (speaker, entity) -> quotes

    def count(self, speaker: str, entity: str) -> int:
        return self.counts.get((speaker, entity), 0)


@dataclass(frozen=True, slots=True)
class QuoteExample:
    words: str  # the speaker's own words, or the article's report of them (``quoted`` false)
    article_id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    quoted: bool = True  # a direct quote; a mixed or indirect one is reported speech, shown without quotation marks


@dataclass(frozen=True, slots=True)
class OutletComparison:
    outlet: str
    articles: int
    quotes: int
    named: int
    anonymous: int
    unresolved: int
    no_speaker: int
    top_speakers: list[tuple[str, int]]  # (speaker, quotes), most quoted first
    categories: dict[str, int]  # quote category -> quotes (when the tables have categories)

    @property
    def anonymous_share(self) -> float:
        return self.anonymous / self.quotes if self.quotes else 0.0


@dataclass(frozen=True, slots=True)
class ErrorRow:
    kind: str  # error type, or the status when a non-ok article has none
    articles: int
    example_id: str
    example_message: str | None


@dataclass(frozen=True, slots=True)
class WarningRow:
    """One kind of record warning: those whose words differ only in quoted values and numbers
    (the field, the value, the characters cut) count together; the example is one of them whole."""

    articles: int
    warnings: int
    example_id: str
    example_warning: str


@dataclass(frozen=True, slots=True)
class DataQuality:
    errors: list[ErrorRow]
    thin: int  # ok articles under THIN_WORDS words
    thin_examples: list[str]
    no_outlet: int  # ok articles
    no_title: int
    unresolved_quotes: int
    unresolved_speakers: list[tuple[str, int]]  # the words the pipeline could not resolve -> quotes
    no_speaker_quotes: int
    languages: list[tuple[str, int]] | None  # article language -> ok articles, when recorded
    # Records' warnings (article_warnings): an analyst working from the tables learns that an
    # article is incomplete (its text cut short by a news API) or a value was dropped. None:
    # the output was written before its tables held warnings (its JSON Lines records hold them).
    warned_articles: int | None = 0
    warnings: int = 0
    common_warnings: list[WarningRow] = field(default_factory=list)


@dataclass(slots=True)
class CorpusReport:
    source: str
    totals: CorpusTotals
    sources: QuoteSources
    top_speakers: list[SpeakerRow]
    entity_types: list[EntityTypeRow]
    top_entities: dict[str, list[EntityRow]]  # label -> rows, labels by total mentions
    outlets: list[OutletRow]
    timeline_unit: str  # day | month | year
    timeline: list[TimeBucket]
    undated_quotes: int
    co_mentions: CoMentions
    top: int = DEFAULT_TOP
    notes: list[str] = field(default_factory=list)
    examples: dict[str, list[QuoteExample]] = field(default_factory=dict)  # top speaker -> quotes
    outlets_compared: list[OutletComparison] = field(default_factory=list)
    category_names: list[str] = field(default_factory=list)  # quote categories, when the tables have them
    quality: DataQuality | None = None
    filters: str | None = None  # what the report was limited to, in words
    speakers_count: str = ""  # which quotes the top speakers count, in words (sources.speaker_count_note)
    gender: GenderShare = GenderShare(None, 0, 0, 0)
    gender_by_outlet: list[GenderShare] = field(default_factory=list)  # outlets with quotes by people
    surname_notes: list[str] = field(default_factory=list)  # ranked speakers known by a surname alone (surnames.py)

    @property
    def no_outlet_note(self) -> str | None:
        """What a ranked speaker's '-' in the outlets column means, when one has it: quoted only in
        articles that name no outlet (a CSV or a folder of text files without one). The bare count,
        "0 outlets" beside "1 article", read as an error (newuser62); it is true of the column, which
        counts the outlets named, and the note says how to name them."""
        if all(speaker.outlets for speaker in self.top_speakers):
            return None
        return f"outlets '-': quoted only in articles that name no outlet ({NAME_THE_OUTLET})"
