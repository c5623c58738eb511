"""spaCy ``Doc`` -> :class:`~newsmine.records.ArticleRecord`: the one seam between the two.

Everything the components left on the Doc (``doc._.newsmine_*`` and their span groups, read
back as objects by :mod:`newsmine.nlp.results`) is turned into record models here, with
character offsets into the article's text. ``doc.text`` may differ from it: wrapped lines are
joined with spaces before parsing (:func:`newsmine.layout.flow_text`, same length), so every
span's text is cut from the article; and a Windows ``\\r\\n`` is one character for the parser,
which does not read the indents opening its lines (:func:`newsmine.layout.parser_text`), so the
record is built on the article's copy without them (:func:`newsmine.layout.reading_copy`) and
its offsets then moved into the text as it came (:func:`_moved_to_input`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from pydantic import BaseModel
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsmine.articles import Article
from newsmine.entity_keys import entity_key
from newsmine.layout import DROPPED_RETURNS, INVISIBLE_CHARACTERS, input_offset, kept_reading_copy
from newsmine.layout.html_entities import read_entities
from newsmine.layout.indents import INDENT_CHARACTERS
from newsmine.nlp.attribution.context import doc_text
from newsmine.nlp.entities import EntityCluster, repaired_name
from newsmine.nlp.gender import stated_gender
from newsmine.nlp.quotes import QuoteFound, cue_lemma
from newsmine.nlp.results import dates_of, entities_of, quotes_of, reference_kind
from newsmine.nlp.speakers.unnamed import unnamed_name
from newsmine.records import (
    ArticleRecord,
    ErrorInfo,
    ReferenceKind,
    Source,
    Status,
)

__all__ = ["error_record", "record_from_doc", "record_speaker_name", "skipped_record", "source_of"]


def source_of(article: Article) -> Source:
    return Source(path=article.source_path, format=article.source_format, url=article.url, encoding=article.encoding)


def error_record(article: Article, error_type: str, message: str) -> ArticleRecord:
    """The record of an article that could not be processed: metadata kept, no analysis."""
    return _unanalysed_record(article, Status.error, error_type, message, text="")


def skipped_record(article: Article, reason_type: str, message: str) -> ArticleRecord:
    """The record of an article read but not analysed (too thin, another language): text and metadata kept."""
    return _unanalysed_record(article, Status.skipped, reason_type, message, text=article.text)


def _unanalysed_record(article: Article, status: Status, reason_type: str, message: str, *, text: str) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        status=status,
        error=ErrorInfo(type=reason_type, message=message),
        source=source_of(article),
        warnings=list(article.warnings),
        title=article.title,
        outlet=article.outlet,
        authors=list(article.authors),
        published=article.published,
        language=article.language,
        word_count=len(text.split()),
        text=text,
    )


# The record's parts are built as the plain fields of their models (dicts) and the whole record
# validated once (ArticleRecord.model_validate): pydantic checks every nested field, refuses what
# breaks the schema with the path of the part at fault, and builds each part's model as it goes.
# A model built for each span (~200 an article) made the same checks from ~200 Python calls
# into the validator: 0.58 against 0.37 ms for a record of ~240 parts (session 58, speed58b).


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    """The fields of a :class:`Span`, which every part that covers text starts with."""
    return {"start": start, "end": end, "text": text[start:end]}


def _entity(cluster: EntityCluster, text: str) -> dict[str, Any]:
    """The fields of an :class:`Entity`."""
    gender, gender_evidence = stated_gender(cluster)
    # The name written without mojibake ("FranÃ§ois Hollande" -> "François Hollande"); the
    # mentions stay as the text has them, which their offsets index
    name = repaired_name(cluster.name)
    return {
        "id": cluster.id,
        "label": cluster.label,
        "name": name,
        "titles": list(cluster.titles),
        "mentions": [_span(text, m.start_char, m.end_char) for m in cluster.mentions],
        "references": [
            {**_span(text, r.start_char, r.end_char), "kind": ReferenceKind(reference_kind(r))}
            for r in cluster.references
        ],
        "gender": gender,
        "gender_evidence": gender_evidence,
        # Only an organisation's key reads its mentions' texts (each Span.text is built from its tokens).
        "key": entity_key(cluster.label, name, [m.text for m in cluster.mentions] if cluster.label == "ORG" else ()),
    }


def _cue(span: SpacySpan, text: str) -> dict[str, Any]:
    """The fields of a :class:`Cue`."""
    return {**_span(text, span.start_char, span.end_char), "lemma": cue_lemma(span)}


def record_speaker_name(found: QuoteFound) -> str | None:
    """The speaker's name as the record lists it: an entity's repaired name, or an unnamed
    source's noun phrase without the clause set off after it (:func:`unnamed_name`). Also what
    ``training/speakers/train_records.py`` writes, so its records name speakers as these do."""
    if not found.speaker_name:
        return found.speaker_name
    name = repaired_name(found.speaker_name)
    return unnamed_name(name) if found.speaker_kind == "anonymous" else name


def _with_its_marks(text: str, start: int, end: int, flowing: str | None = None) -> tuple[int, int]:
    """A quote's offsets taken past the quotation mark its text leaves open at either edge:
    'water bankruptcy" as Geneva summit opens' starts after the headline's opening mark, 'the
    findings were "shocking.' stops before the closing one (the content ends at the sentence's
    full stop inside the marks). Analysts read the text as written, marks paired; the shared
    scorers trim quotation marks at a content's edges, so the figures do not move. A mark
    opening a paragraph that goes on a quotation is not counted: it pairs with no closing mark
    (a quotation over two paragraphs, '"We will fight.\n\n"And we will win," she said', is a
    direct quote whose text took the closing mark). ``flowing``: see :func:`_without_continued_marks`."""
    inner = _without_continued_marks(text, start, end, flowing)
    straight_open = inner.count('"') % 2 == 1
    if start > 0 and (
        (text[start - 1] == "“" and inner.count("”") > inner.count("“"))
        or (text[start - 1] == '"' and straight_open and inner.find('"') < len(inner) - 1 and not _opens_here(inner))
    ):
        start -= 1
        inner = _without_continued_marks(text, start, end, flowing)
        straight_open = inner.count('"') % 2 == 1
    if end < len(text) and (
        (text[end] == "”" and inner.count("“") > inner.count("”")) or (text[end] == '"' and straight_open)
    ):
        end += 1
    return start, end


# A quotation mark opening a paragraph.
_PARAGRAPH_MARK_RE = re.compile(r'\n[^\S\n]*(["“])')


def _without_continued_marks(text: str, start: int, end: int, flowing: str | None = None) -> str:
    """``text[start:end]`` with each mark that opens a paragraph blanked (same length) where the
    paragraph before left its quotation open: news opens the next paragraph of a quotation
    again, a mark that pairs with none (not after '…,” Novak said.', a new quotation).

    ``flowing`` is the text the parser read (same length, a hard-wrapped line's soft break a
    space): a mark that a wrap put at a line's start opens no paragraph, and the paragraph
    before is all its lines, not its last one (session 52: '… at a union hall.⏎"I'm going …'
    inside one wrapped paragraph had its mark blanked, and the quote took its opening mark)."""
    lines = flowing if flowing is not None and len(flowing) == len(text) else text
    inner = list(text[start:end])
    for match in _PARAGRAPH_MARK_RE.finditer(text, start, end):
        if lines[match.start()] != "\n":
            continue
        stop = match.start()
        while stop > 0 and text[stop - 1].isspace():
            stop -= 1
        before = text[lines.rfind("\n", 0, stop) + 1 : stop]
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            inner[match.start(1) - start] = " "
    return "".join(inner)


def _opens_here(inner: str) -> bool:
    """The content's first straight mark opens a quotation (a space or the start before it)."""
    i = inner.find('"')
    return i == 0 or inner[i - 1].isspace()


def _quote(number: int, found: QuoteFound, text: str, flowing: str | None = None) -> dict[str, Any]:
    """The fields of a :class:`Quote`."""
    speaker = None
    if found.speaker is not None:
        s = found.speaker
        speaker = {
            **_span(text, s.start_char, s.end_char),
            "kind": found.speaker_kind,
            "entity_id": found.entity.id if found.entity is not None else None,
            "name": record_speaker_name(found),
            "resolution": found.speaker_resolution,
        }
    addressee = None
    if found.addressee is not None:
        addressee = _span(text, found.addressee.start_char, found.addressee.end_char)
    start, end = _with_its_marks(text, found.start, found.end, flowing)
    parts = list(found.parts)
    if parts and (start, end) != (found.start, found.end):  # the first and last parts take the marks too
        parts[0] = (min(start, parts[0][0]), parts[0][1])
        parts[-1] = (parts[-1][0], max(end, parts[-1][1]))
    return {
        "id": f"Q{number}",
        "type": found.type,
        "start": start,
        "end": end,
        "text": text[start:end],
        "parts": [_span(text, s, e) for s, e in parts],
        "cue": _cue(found.cue, text) if found.cue is not None else None,
        "speaker": speaker,
        "addressee": addressee,
        "category": found.category,
        "confidence": found.confidence,
    }


def record_from_doc(
    doc: Doc, article: Article, *, title: str | None, authors: list[str], outlet: str | None, published: str | None
) -> ArticleRecord:
    dropped = doc.user_data.get(DROPPED_RETURNS)
    # The text the parser's offsets index: the article's \n copy when a "\r\n" was one character
    # (the pipeline's, read once; a Doc annotated elsewhere has it computed here).
    text = kept_reading_copy(doc.user_data, article.text)
    entities = entities_of(doc)
    dates = [
        {**_span(text, d.start_char, d.end_char), "value": d.value, "kind": d.kind}
        for d in dates_of(doc)
    ]
    found = list(quotes_of(doc, entities))
    # The parser's text, once: Doc.text joins every token anew, and asked once a quote it made
    # the record stage seven times slower (session 52, benchmarks/own_time.py --against). The
    # components' copy (doc_text: the text the pipeline tokenised, or rebuilt once from the
    # token array) spares even that one join (session 53).
    flowing = doc_text(doc) if found else None
    record = ArticleRecord.model_validate(
        {
            "id": article.id,
            "source": source_of(article),
            "warnings": list(article.warnings),
            "title": title,
            "outlet": outlet,
            "authors": authors,
            "published": published,
            "language": article.language,
            "word_count": len(text.split()),
            "text": text,
            "entities": [_entity(c, text) for c in entities],
            "dates": dates,
            "quotes": [_quote(n, q, text, flowing) for n, q in enumerate(found, start=1)],
        }
    )
    if dropped:
        _moved_to_input(record, article.text, dropped)
    return record


# Characters the parser may not have read where a span starts: an indent's, an invisible one, an
# e-mail quoted line's ">", a wrap's line break inside a compound ("mid-" / "afternoon").
_UNREAD_OPENINGS = INDENT_CHARACTERS + INVISIBLE_CHARACTERS + ">\n"


def _moved_to_input(record: ArticleRecord, text: str, dropped: list[int]) -> None:
    """Every span of ``record``, built on ``text``'s reading copy (its \\n copy without the indents,
    invisible characters and HTML entities' filler the parser did not read), moved to offsets into ``text`` (its ``\\r\\n`` and indents kept), its
    covered text cut again from ``text``; the record's text made ``text``.
    Records index the text as it came, whatever the parser read (:mod:`newsmine.layout.line_ends`).
    Every model in the record with ``start``, ``end`` and ``text`` is a span (``Span`` and its
    kinds, ``Quote``), so none is missed when a field is added."""
    record.text = text
    # where the character the parser read for an HTML entity stands (its ";") -> the entity's "&"
    entity_starts = {end - 1: start for start, end, _ in read_entities(text)}
    for span in _spans_in(record):
        start, end = input_offset(span.start, dropped), input_offset(span.end, dropped)
        if start < end and (text[start] in _UNREAD_OPENINGS or entity_starts):
            # an indent, an e-mail's "> ", an invisible character or an entity's filler the parser
            # did not read: the span starts past it, at the character it read first, or at the "&"
            # of the entity that character stands for ("\n    &quot;We …", "&quot;We …"; but
            # "&nbsp;The …" opening a line is all an indent)
            start = span.start + bisect_right(dropped, span.start)
            start = entity_starts.get(start, start)
        span.start, span.end = start, end
        span.text = text[span.start : span.end]


def _spans_in(model: BaseModel):
    """Every model nested in ``model`` (fields and lists of them) that has ``start``, ``end`` and ``text``."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, BaseModel):
                if all(isinstance(getattr(item, field, None), (int, str)) for field in ("start", "end", "text")):
                    yield item
                yield from _spans_in(item)
