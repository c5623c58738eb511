"""A tiny corpus of hand-built records, every number checkable by eye.

The texts are invented for these tests. Counts the writer and report tests rely on:

=================  ==========================================================
articles           4 (3 ok, 1 error: ``broken``)
entities           5 (harbour-1: 2, harbour-2: 2, harbour-3: 1)
mentions           7 (harbour-1: 3, harbour-2: 3, harbour-3: 1)
quotes             6 (harbour-1: 3, harbour-2: 2, harbour-3: 1)
quote_parts        7 (harbour-2's Q1 is split around its attribution: 2 parts)
dates              2 (harbour-1 "May", harbour-3 "Tuesday")
article_warnings   1 (harbour-3: its 'published' value was relative, set to null)
speakers           Dana Reyes 3 quotes in 2 articles and 2 outlets; Tom Okafor 1;
                   1 anonymous ("A port official"); 1 quote without a speaker
outlets            Eastmere Gazette: 2 ok articles, 4 quotes; Coastline Post: 1, 2
published          2025-03-10 (3 quotes), 2025-04-02 (2 quotes); harbour-3 undated
co-mention         Tom Okafor's quote mentions Dana Reyes once
=================  ==========================================================
"""

from __future__ import annotations

from newsmine.records import (
    ArticleRecord, Cue, DateMention, Entity, ErrorInfo, Mention, Quote, Source, Span, Speaker, Status,
)


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def span(cls, text: str, needle: str, nth: int = 0, **fields):
    start, end = _at(text, needle, nth)
    return cls(start=start, end=end, text=needle, **fields)


def harbour_1() -> ArticleRecord:
    text = ('Mayor Dana Reyes said the pier will reopen in May. "We are ready," Reyes told the Gazette. '
            "A port official said the budget was tight.")
    return ArticleRecord(
        id="harbour-1", source=Source(path="in/harbour-1.json", format="json", url="https://eastmere.example/pier", encoding="utf-8"),
        title="Pier to reopen", outlet="Eastmere Gazette", authors=["Ann Lee", "Bo Park"], published="2025-03-10", text=text,
        entities=[
            Entity(id="E1", label="PERSON", name="Dana Reyes", titles=["Mayor"],
                   mentions=[span(Mention, text, "Dana Reyes"), span(Mention, text, "Reyes", 1)]),
            Entity(id="E2", label="ORG", name="Eastmere Gazette", mentions=[span(Mention, text, "Gazette")]),
        ],
        dates=[span(DateMention, text, "May", value="2025-05", kind="date")],
        quotes=[
            span(Quote, text, "the pier will reopen in May", id="Q1", category="speech", type="indirect",
                 parts=[span(Span, text, "the pier will reopen in May")], cue=span(Cue, text, "said", lemma="say"),
                 speaker=span(Speaker, text, "Mayor Dana Reyes", kind="person", entity_id="E1", name="Dana Reyes")),
            span(Quote, text, "We are ready,", id="Q2", category="speech", type="direct", parts=[span(Span, text, "We are ready,")],
                 cue=span(Cue, text, "told", lemma="tell"),
                 speaker=span(Speaker, text, "Reyes", 1, kind="person", entity_id="E1", name="Dana Reyes"),
                 addressee=span(Span, text, "the Gazette")),
            span(Quote, text, "the budget was tight", id="Q3", category="speech", type="indirect", parts=[span(Span, text, "the budget was tight")],
                 cue=span(Cue, text, "said", 1, lemma="say"),
                 speaker=span(Speaker, text, "A port official", kind="anonymous", name="A port official")),
        ],
    )


def harbour_2() -> ArticleRecord:
    text = '"The ferry is safe," said Dana Reyes, "and it runs daily." Tom Okafor, a union leader, said Reyes was wrong.'
    whole_start = text.index("The ferry")
    whole_end = text.index("daily.") + len("daily.")
    return ArticleRecord(
        id="harbour-2", source=Source(path="in/harbour-2.txt", format="text", encoding="utf-8"),
        title="Ferry row", outlet="Coastline Post", published="2025-04-02", text=text,
        entities=[
            Entity(id="E1", label="PERSON", name="Dana Reyes",
                   mentions=[span(Mention, text, "Dana Reyes"), span(Mention, text, "Reyes", 1)]),
            Entity(id="E2", label="PERSON", name="Tom Okafor", titles=["union leader"], mentions=[span(Mention, text, "Tom Okafor")]),
        ],
        quotes=[
            Quote(id="Q1", category="speech", type="direct", start=whole_start, end=whole_end, text=text[whole_start:whole_end],
                  parts=[span(Span, text, "The ferry is safe,"), span(Span, text, "and it runs daily.")],
                  cue=span(Cue, text, "said", lemma="say"),
                  speaker=span(Speaker, text, "Dana Reyes", kind="person", entity_id="E1", name="Dana Reyes")),
            span(Quote, text, "Reyes was wrong", id="Q2", category="speech", type="indirect", parts=[span(Span, text, "Reyes was wrong")],
                 cue=span(Cue, text, "said", 1, lemma="say"),
                 speaker=span(Speaker, text, "Tom Okafor", kind="person", entity_id="E2", name="Tom Okafor")),
        ],
    )


def broken() -> ArticleRecord:
    return ArticleRecord(id="broken", status=Status.error, source=Source(path="in/broken.txt", format="text"),
                         error=ErrorInfo(type="DecodeError", message="the content looks binary, not text"))


def harbour_3() -> ArticleRecord:
    text = "Café owners aside, officials in Eastmere said the harbour would close on Tuesday, according to a statement."
    return ArticleRecord(
        id="harbour-3", source=Source(path="in/harbour-3.txt", format="text", encoding="utf-8"),
        outlet="Eastmere Gazette", text=text,
        warnings=["'published' 'last week' is relative to the day it is read, not a date; set to null"],
        entities=[Entity(id="E1", label="GPE", name="Eastmere", mentions=[span(Mention, text, "Eastmere")])],
        dates=[span(DateMention, text, "Tuesday", value=None, kind="date")],
        quotes=[span(Quote, text, "the harbour would close on Tuesday", id="Q1", category="speech", type="indirect",
                     parts=[span(Span, text, "the harbour would close on Tuesday")])],
    )


def sample_records() -> list[ArticleRecord]:
    return [harbour_1(), harbour_2(), broken(), harbour_3()]


# Rows per table for sample_records(), counted by hand from the texts above.
EXPECTED_ROWS = {"articles": 4, "entities": 5, "mentions": 7, "quotes": 6, "quote_parts": 7, "dates": 2,
                 "article_warnings": 1}
