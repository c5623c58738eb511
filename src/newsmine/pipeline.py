"""The library's processing core: articles in, records out.

:class:`Pipeline` loads the spaCy model once and streams articles through ``nlp.pipe``,
yielding one :class:`~newsmine.records.ArticleRecord` per article, in input order. An article
that cannot be processed (unreadable input, a failing component) yields an error record
and the stream goes on.

Beside it (split by what they hold, session 50): :mod:`newsmine.doc_source`, the Docs spaCy
pipes, prepared from the articles in input order; :mod:`newsmine.failed_articles`, how a
failure becomes an article's error record; :mod:`newsmine.headline_lines`, a plain-text
headline as the pipeline hands it on.
"""

from __future__ import annotations

import inspect
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from newsmine.articles import DEFAULT_MAX_CHARS, DEFAULT_MIN_WORDS, Article, author_list, check_article, parse_published
from newsmine.chunking import (
    CHARS_PER_TOKEN,
    CHUNK_CHARS,
    chunk_tokens,
    count_tokens,
    make_doc,
    parse_in_chunks,
    run_components,
    split_pipeline,
)
from newsmine.doc_source import DocSource, InPieces, InputFailed
from newsmine.errors import UsageError
from newsmine.extract import error_record, record_from_doc, skipped_record
from newsmine.failed_articles import FAILURE_KEY, failure_message, remember_failure, timeout_record
from newsmine.headline_lines import as_written, headline_line_end
from newsmine.layout import (
    DROPPED_RETURNS,
    READING_COPY,
    LayoutReading,
    find_byline,
    find_contact_block,
    find_credit,
    find_dateline,
    find_headline,
    find_link_lines,
    find_release_notice,
    find_wire_outlet,
    kept_reading_copy,
    lines_are_paragraphs,
    read_layout,
)
from newsmine.nlp.attribution.context import doc_text, remember_doc_text
from newsmine.nlp.gender import guess_missing_genders, guessed_gender
from newsmine.nlp.model import DEFAULT_MODEL, check_pipeline, load_pipeline
from newsmine.nlp.paragraphs import HEADLINE_END, LINE_PARAGRAPHS
from newsmine.language import detect_language
from newsmine.records import ArticleRecord
from newsmine.time_limit import DEFAULT_ARTICLE_TIMEOUT, ArticleTimeout, callers_exceptions, time_limit

__all__ = ["DEFAULT_BATCH_SIZE", "DEFAULT_MAX_CHARS", "Pipeline", "analyze"]

DEFAULT_BATCH_SIZE = 16
# Sources whose text a reader extracted from markup: one paragraph, heading or caption a line.
_MARKUP_FORMATS = frozenset({"html", "warc"})
# Inputs whose text is a named field or column (--text-field), as opposed to a whole file.
_FORMATS_WITH_FIELDS = frozenset({"json", "jsonl", "csv"})
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def check_min_confidence(value: float, name: str = "min_confidence") -> None:
    """Raise :class:`UsageError` unless ``value`` is a probability from 0 to 1.

    A confidence is a probability, but users write percentages ("80"): the range check of the
    option parser said only "Input should be less than or equal to 1", and ``Pipeline`` took 80
    silently and left out every quote. NaN fails too (no quote is above it nor below it).
    """
    if not 0.0 <= value <= 1.0:  # False for NaN as well
        hint = f" ({value / 100:g} for {value:g}%)" if 1.0 < value <= 100.0 and value == int(value) else ""
        raise UsageError(f"{name} is a probability from 0 to 1{hint}, such as 0.8 to keep the quotes newsmine is "
                         f"80% sure of or more; got {value:g}")


# An article past which the --max-chars refusal names --article-timeout too: a million characters
# take some 25 s on a free processor (a 5.1 MB one took 124 s), minutes on a shared one.
_LONG_ARTICLE_CHARS = 1_000_000


def _and_the_timeout(chars: int, article_timeout: float | None) -> str:
    """What a long article over ``--max-chars`` is told of ``--article-timeout`` too: the limit is
    the clock's, and a longer article let in needs more of it. A 5 MB article let in with
    ``--max-chars 6000000`` on two cores shared with other runs became ``ArticleTimeout`` at 600 s,
    having had 124 s on a processor (session 65); the message had named only ``--max-chars``. A
    short article over a low ``--max-chars`` is not told: it takes seconds."""
    if article_timeout is None or chars < _LONG_ARTICLE_CHARS:
        return ""
    return (f", and on a machine busy with other work --article-timeout with it (its {article_timeout:g} s are the "
            "clock's, and an article this long may take minutes)")


class Pipeline:
    """Loads a spaCy model once and turns articles into records.

    ``model`` is an installed pipeline package name or a pipeline directory (default: the
    bundled small English model), or an already loaded ``Language`` with newsmine's
    components added (see :func:`newsmine.load_pipeline` and
    :func:`newsmine.add_newsmine_components`); one without them is refused with
    :class:`~newsmine.errors.UsageError`. ``guess_gender=True`` gives people the article
    states no gender of one guessed from their first name (:mod:`newsmine.nlp.gender`).
    ``stock_spacy=True`` keeps the model's ``attribute_ruler`` and lemmatizer as spaCy runs
    them instead of newsmine's exact array execution of the same rules
    (:mod:`newsmine.nlp.attribute_rules`, :mod:`newsmine.nlp.array_lemmatizer`).
    Every article's language is detected from its text when the caller gave none
    (:mod:`newsmine.language`); one confidently in another language than the model's is
    recorded but not analysed (``OtherLanguage``), unless ``other_languages=True``.
    """

    def __init__(
        self,
        model: str | Path | Language = DEFAULT_MODEL,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_chars: int = DEFAULT_MAX_CHARS,
        chunk_chars: int = CHUNK_CHARS,
        article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
        min_confidence: float = 0.0,
        guess_gender: bool = False,
        stock_spacy: bool = False,
        other_languages: bool = False,
    ):
        check_min_confidence(min_confidence)  # before the model loads: a wrong call fails at once
        self.nlp = model if isinstance(model, Language) else load_pipeline(model, stock_spacy=stock_spacy)
        check_pipeline(self.nlp)
        self.batch_size = batch_size
        self.max_chars = max_chars
        # Longer articles are parsed in pieces of at most this many characters.
        self.chunk_chars = chunk_chars
        # Seconds one article may take before it becomes an ArticleTimeout error record
        # (None: no limit); see newsmine.time_limit for where the limit holds.
        self.article_timeout = article_timeout
        # Quotes whose calibrated confidence is lower are left out of the records
        # (--min-confidence); 0 keeps every quote the model chose.
        self.min_confidence = min_confidence
        # Quotes left out for that since the pipeline was made, a running total: the run's summary
        # counts them (before, --min-confidence dropped quotes without a word of how many).
        self.quotes_left_out = 0
        # People the article states no gender of get one guessed from their first name
        # (--guess-gender; needs the gender extra), marked "guessed:first-name".
        self.guess_gender = guess_gender
        if guess_gender:
            guessed_gender("Ana Ruiz")  # fail now, not on every article, when gender-guesser is missing
        # True: analyse text in any language with this model (--other-languages), as before
        # session 47; the language is still detected and recorded. False: such text is skipped.
        self.other_languages = other_languages
        # Language.set_error_handler() fails on the Cython parser in spaCy 3.8; the default
        # handler is what spaCy uses for components without a pipe() of their own (ours).
        self.nlp.default_error_handler = remember_failure

    def process(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        """Records for ``articles``, one each, in input order; streams (memory stays flat)."""
        # What a SIGALRM handler of the caller's own raises is the caller's, not an article's
        # failure to retry (newsmine.time_limit): it leaves here as the caller raised it.
        with callers_exceptions():
            yield from self._process(articles)

    def _process(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        # Articles that fail before parsing wait in `pending` so that records keep input order.
        pending: deque[tuple[Article, Doc] | ArticleRecord | InPieces] = deque()

        source = DocSource(self, iter(articles), pending)
        while True:
            try:
                parsed = iter(self.nlp.pipe(source, as_tuples=True, batch_size=self.batch_size))
                while True:
                    # The limit runs while the next record is being computed, not while the
                    # caller writes the last one out.
                    with time_limit(self.article_timeout):
                        item = next(parsed, None)
                    if item is None:
                        break
                    doc, article = item
                    while pending and not (isinstance(pending[0], tuple) and pending[0][0] is article):
                        yield self._flush(pending.popleft())
                    if pending:
                        pending.popleft()
                    record = self._record(doc, article)
                    _release(doc)
                    yield record
                break
            except InputFailed as failed:
                raise failed.__cause__ from None
            except Exception:
                # A model component without an error handler of its own (spaCy's parser and
                # NER cannot take one) failed on a batch, or the batch ran out of time. Retry
                # the articles in flight one at a time, so that only the culprit fails, then
                # go on with the rest.
                if not pending:
                    # Nothing was in flight (the time ran out before spaCy took an article):
                    # take the next one alone, so that every round makes progress.
                    try:
                        next(source)
                    except StopIteration:
                        break
                    except InputFailed as failed:
                        raise failed.__cause__ from None
                in_flight = list(pending)
                pending.clear()
                for item in in_flight:
                    yield self._process_alone(item[0]) if isinstance(item, tuple) else self._flush(item)
        while pending:
            yield self._flush(pending.popleft())

    def _process_alone(self, article: Article) -> ArticleRecord:
        prepared = self._prepare(article)
        if not isinstance(prepared, Doc):
            return self._flush(prepared)
        try:
            with time_limit(self.article_timeout):
                parsed = list(self.nlp.pipe([prepared]))
        except ArticleTimeout as exc:
            return timeout_record(article, exc)
        except Exception as exc:
            return error_record(article, "ProcessingError", failure_message(exc))
        if not parsed:  # a component without pipe() failed; remember_failure noted why
            return self._flush((article, prepared))
        return self._record(parsed[0], article)

    def analyze(
        self,
        text: str | None = None,
        *,
        html: str | None = None,
        id: str = "article",
        title: str | None = None,
        published: str | date | datetime | None = None,
        authors: Iterable[str] = (),
        outlet: str | None = None,
        url: str | None = None,
        guess_gender: bool = False,
        date_order: str | None = None,
        min_words: int = DEFAULT_MIN_WORDS,
    ) -> ArticleRecord:
        """The record of one article given as a string: plain ``text``, or a web page's
        ``html`` (read as an ``.html`` file is: main text and the page's own metadata, which
        the arguments given here override). ``guess_gender`` as the pipeline's, for this
        article (``newsmine.analyze(text, guess_gender=True)``). ``date_order`` (``"DMY"`` or
        ``"MDY"``) is how a numeric ``published`` is written, as ``--date-order``: without it,
        ``"03/04/2025"`` is null with a warning (see :func:`newsmine.articles.parse_published`).
        ``min_words``: a page (``html=``) with fewer words of article text is recorded but not
        analysed, as ``--min-words``. ``id`` is the record's id (``"article"`` unless given).

        A bad article is not an exception: check ``record.status``. ``"error"`` (empty text,
        over the pipeline's ``max_chars``, a timeout, a failing component) and ``"skipped"`` (a
        thin page, another language) come with ``record.error.type`` and ``.message``; a
        ``published`` that cannot be read is null with a line in ``record.warnings``. Raised:
        ``TypeError`` for an argument of the wrong type (``bytes`` text: decode it first;
        ``authors`` as one string), :class:`~newsmine.errors.UsageError` for ``text`` and
        ``html`` both or neither, or a ``date_order`` that is neither DMY nor MDY.

        Every text's language is detected (:mod:`newsmine.language`): a German text given to the
        English model is a ``"skipped"`` record (``OtherLanguage``), not nonsense people, unless
        the pipeline was made with ``other_languages=True``. The pipeline's ``article_timeout``
        holds in the main thread only (a ``SIGALRM`` timer); called from other threads (a web
        framework's thread pool) an article has no time limit."""
        if (text is None) == (html is None):
            raise UsageError("give the article as text=... or as html=..., one of the two")
        authors = author_list(authors)  # a TypeError for authors="Jane Doe", read as ['J', 'a', ...] before
        if guess_gender and not self.guess_gender:
            return guess_missing_genders(self.analyze(text, html=html, id=id, title=title, published=published,
                                                      authors=authors, outlet=outlet, url=url, date_order=date_order,
                                                      min_words=min_words))
        # A date that cannot be read ("yesterday", "2026-02-30") is set aside with a line in the
        # record's warnings, as the JSON readers do: it was dropped without a word here.
        try:
            given_published, published_problem = parse_published(published, date_order)
        except ValueError as exc:  # a date_order that is none of DMY, MDY
            raise UsageError(str(exc)) from None
        if html is not None:
            from newsmine.readers.html import article_from_html

            article = article_from_html(id, html, path=None, encoding=None, url=url, min_words=min_words)
            article.title = title or article.title
            if published_problem is not None and article.published:
                published_problem += f"; the page's own date ({article.published}) is used"
            article.published = given_published or article.published
            article.authors = list(authors) or article.authors
            article.outlet = outlet or article.outlet
            check_article(article)  # the values given here, as Article() checks its own
        else:
            article = Article(
                id=id,
                text=text,
                title=title,
                url=url,
                published=given_published,
                authors=list(authors),
                outlet=outlet,
                source_format="text",
            )
        if published_problem is not None:
            article.warnings.append(published_problem)
        return next(self.process([article]))

    # --- internals -----------------------------------------------------------------

    def _prepare(self, article: Article) -> Doc | ArticleRecord | InPieces:
        """A Doc ready for the pipeline, the error record of an article that cannot be
        parsed, or a long article to be parsed in pieces (see :mod:`newsmine.chunking`) when
        its turn comes, under its own time limit (:meth:`_flush`)."""
        if article.published is not None:
            # An Article made in Python ('2026-02-06T08:00:00Z' from a database row) kept its
            # value as given, where every record says YYYY-MM-DD (the readers' values pass as they are).
            article.published, problem = parse_published(article.published)
            if problem is not None:
                article.warnings.append(problem)
        if article.failure is not None:
            return error_record(article, article.failure.type, article.failure.message)
        if not article.text.strip():
            # An Article made in Python has no file: "check the --text-field" misled its caller.
            # A plain-text or HTML file has no field to name: "or the --text-field" sent the
            # owner of an empty .txt file to an option of JSON and CSV input.
            if not article.source_path:
                where = "the text given was empty or only whitespace"
            elif article.source_format in _FORMATS_WITH_FIELDS:
                where = "check the input file or the --text-field"
            else:
                where = "the file is empty or holds only whitespace: check it"
            return error_record(article, "EmptyArticle", f"the article holds no text; {where}")
        surrogate = _SURROGATE_RE.search(article.text)
        if surrogate is not None:
            # Only reachable from Python (readers decode strictly): it could not be written out.
            return error_record(
                article,
                "DecodeError",
                f"the text holds a lone surrogate (U+{ord(surrogate.group()):04X} at character {surrogate.start():,}), "
                "which is no character and cannot be written as UTF-8; decode the input with errors='strict'",
            )
        if len(article.text) > self.max_chars:
            return error_record(
                article,
                "InputTooLarge",
                f"the article has {len(article.text):,} characters, over the limit of {self.max_chars:,}; raise --max-chars "
                "(newsmine.Pipeline(max_chars=...) in Python) to process it"
                + _and_the_timeout(len(article.text), self.article_timeout),
            )
        if article.language is None:
            # Here, not in each reader: every input (a .txt file, a JSON row, a web page, an
            # Article made in Python) passes this point once (newsmine.language).
            article.language = detect_language(article.text)
        skipped = self._not_to_analyse(article)
        if skipped is not None:
            return skipped
        # One bad article never stops the batch, whatever goes wrong in our code or spaCy's.
        try:
            # The parser reads hard-wrapped lines as running prose and a "\r\n" as one "\n"; the
            # record keeps the text as it came, offsets moved back into it (newsmine.layout).
            reading = read_layout(article.text)  # once: the record reads its copy and dropped characters
            flowing = reading.parser_text
            too_dense = self._too_dense(article, flowing)
            if too_dense is not None:
                return too_dense
            if len(article.text) > self.chunk_chars:
                return InPieces(article, reading)
            doc = make_doc(self.nlp, flowing)
            if len(doc) > chunk_tokens(self.chunk_chars):  # short, but dense in tokens: pieces bound its memory
                return InPieces(article, reading)
            self._annotate(doc, article, reading)
        except Exception as exc:
            return error_record(article, "ProcessingError", failure_message(exc))
        return doc

    def _too_dense(self, article: Article, flowing: str) -> ArticleRecord | None:
        """The error record of an article with more tokens than ``max_chars`` allows (one per
        :data:`~newsmine.chunking.CHARS_PER_TOKEN` characters), else None.

        The model's time and memory grow with tokens, not characters: 1,000,000 one-letter
        lines (2 MB, within the default --max-chars) are 2,000,000 tokens, which took 420 s
        and 2.5 GB, where 2 MB of prose (400,000 tokens) takes well under half that time. Text
        that dense is no prose, and it is refused as fast as it is counted. Short articles are
        never counted: an article cannot have more tokens than characters.
        """
        budget = self.max_chars // CHARS_PER_TOKEN
        if len(flowing) <= budget:
            return None
        tokens = count_tokens(self.nlp, flowing, budget, self.chunk_chars)
        if tokens <= budget:
            return None
        return error_record(
            article,
            "InputTooLarge",
            f"the article has over {budget:,} tokens (words, punctuation marks, line breaks) in {len(flowing):,} "
            f"characters: --max-chars {self.max_chars:,} allows one token per {CHARS_PER_TOKEN} characters, and news "
            "prose has one per 5; text this dense (short lines, single letters) is not prose and would take many "
            "times longer than prose of its length. Raise --max-chars (newsmine.Pipeline(max_chars=...) in Python) to "
            "process it anyway, or split it",
        )

    def _not_to_analyse(self, article: Article) -> ArticleRecord | None:
        """The record of an article kept but not analysed: too thin (the reader says), or written in
        another language than the model's (English entities and quotes of it would be nonsense)."""
        if article.skip is not None:
            return skipped_record(article, article.skip.type, article.skip.message)
        # "xx" is spaCy's multi-language pipelines: they read any language.
        if article.language and not self.other_languages and self.nlp.lang != "xx" and article.language != self.nlp.lang:
            return skipped_record(
                article, "OtherLanguage",
                f"the text is in another language ({article.language}) than the model's ({self.nlp.lang}); "
                "it is recorded but not analysed (use a model for that language to analyse it, or --other-languages "
                "(Pipeline(other_languages=True)) to analyse it with this one anyway)",
            )
        return None

    def _annotate(self, doc: Doc, article: Article, reading: LayoutReading) -> None:
        """What newsmine's components read besides the parse: byline, publication date, title.

        Read off ``flowing``, the article's text with wrapped lines joined and each ``\\r\\n`` one
        character, no indent read (:func:`~newsmine.layout.parser_text`, ``reading``'s): where it lost
        one, kept on the Doc for the record with the copy its offsets index
        (:data:`~newsmine.layout.DROPPED_RETURNS`, :data:`~newsmine.layout.READING_COPY`).
        """
        flowing = reading.parser_text
        byline = find_byline(flowing)
        credit = find_credit(flowing)
        published = article.published
        title = article.title
        headline = find_headline(flowing) if article.source_format == "text" else None
        if article.source_format == "text":
            published = published or find_dateline(flowing)
            if title is None:
                title = headline
        wire = find_wire_outlet(flowing) if article.source_format == "text" and not (byline and byline.outlet) else None
        excluded = [(found.start, found.end) for found in (byline, credit) if found] + find_link_lines(flowing)
        excluded += [found for found in (find_contact_block(flowing), find_release_notice(flowing)) if found]
        doc._.newsmine_excluded = excluded
        doc._.newsmine_published = published
        doc._.newsmine_known_orgs = [name for name in (article.outlet, byline.outlet if byline else None, wire) if name]
        # Plain data only, so that the Doc still serialises (DocBin, pickle, to_bytes).
        doc.user_data["newsmine_byline_authors"] = list(byline.authors if byline else credit.authors if credit else [])
        doc.user_data["newsmine_byline_outlet"] = byline.outlet if byline and byline.outlet else wire
        doc.user_data["newsmine_title"] = title
        # Where paragraphs end without a full stop (newsmine.nlp.paragraphs): every line of a
        # web page's extracted text, and of plain text whose layout leaves no line break inside
        # a sentence (newsmine.layout.lines_are_paragraphs); the line of a plain-text headline.
        doc.user_data[LINE_PARAGRAPHS] = article.source_format in _MARKUP_FORMATS or (
            article.source_format == "text" and lines_are_paragraphs(article.text, flowing)
        )
        doc.user_data[HEADLINE_END] = headline_line_end(flowing, headline)
        remember_doc_text(doc, flowing)  # the Doc's own text, which the components read
        if reading.dropped:  # a "\r\n" read as "\n", an indent not read
            doc.user_data[DROPPED_RETURNS] = reading.dropped
            doc.user_data[READING_COPY] = reading.reading_copy

    def _process_in_chunks(self, article: Article, reading: LayoutReading) -> ArticleRecord:
        doc = parse_in_chunks(self.nlp, reading.parser_text, self.chunk_chars)
        self._annotate(doc, article, reading)
        _, newsmine_components = split_pipeline(self.nlp)
        return self._record(run_components(doc, newsmine_components), article)

    def _record(self, doc, article: Article) -> ArticleRecord:
        failure = doc.user_data.get(FAILURE_KEY)
        if isinstance(failure, ArticleTimeout):
            return timeout_record(article, failure)
        if failure is not None:
            return error_record(article, "ProcessingError", failure)
        authors = list(article.authors) or list(doc.user_data.get("newsmine_byline_authors", []))
        outlet = article.outlet or doc.user_data.get("newsmine_byline_outlet")
        title = doc.user_data.get("newsmine_title", article.title)
        if article.title is None and article.source_format == "text":
            # what the parser read had “” for «»
            title = as_written(title, doc_text(doc), kept_reading_copy(doc.user_data, article.text))
        try:
            record = record_from_doc(doc, article, title=title, authors=authors, outlet=outlet, published=doc._.newsmine_published)
        except Exception as exc:  # a bug must cost one article, not the batch
            return error_record(article, "ProcessingError", f"building the record failed: {failure_message(exc)}")
        if self.min_confidence > 0:
            # Ids stay those of the whole set (Q1, Q3, ...): a quote keeps its id whatever the threshold.
            kept = [q for q in record.quotes if q.confidence is None or q.confidence >= self.min_confidence]
            self.quotes_left_out += len(record.quotes) - len(kept)
            record.quotes = kept
        if self.guess_gender:
            guess_missing_genders(record)
        return record

    def _flush(self, item: tuple[Article, Doc] | ArticleRecord | InPieces) -> ArticleRecord:
        if isinstance(item, ArticleRecord):
            return item
        if isinstance(item, InPieces):
            # Parsed here, outside spaCy's batches and with the clock running: a long article
            # is the likeliest to run away (preparing, where it was parsed before, is paused).
            try:
                with time_limit(self.article_timeout):
                    return self._process_in_chunks(item.article, item.reading)
            except ArticleTimeout as exc:
                return timeout_record(item.article, exc)
            except Exception as exc:
                return error_record(item.article, "ProcessingError", failure_message(exc))
        # spaCy dropped this doc after a component raised; remember_failure noted why.
        article, doc = item
        reason = doc.user_data.get(FAILURE_KEY, "a pipeline component failed")
        if isinstance(reason, ArticleTimeout):
            return timeout_record(article, reason)
        return error_record(article, "ProcessingError", f"{reason}; the article was skipped, please report it")


def _release(doc: Doc) -> None:
    """Drop what the components left on a Doc once its record is built. Their spans point
    back at the Doc, and that cycle kept every parsed Doc alive until a full garbage
    collection: worker memory grew with the corpus (531 MB on 300 articles, 686 MB on 3,000).
    """
    doc.user_data.clear()


_DEFAULT_PIPELINE: Pipeline | None = None
# Threads of a web service calling analyze() at once loaded one model each (8 threads, 8 models).
_DEFAULT_PIPELINE_LOCK = threading.Lock()

_Parameters = ParamSpec("_Parameters")
_Result = TypeVar("_Result")


def _with_parameters_of(
    method: Callable[Concatenate[Any, _Parameters], _Result],
) -> Callable[[Callable[..., _Result]], Callable[_Parameters, _Result]]:
    """Give a function the parameters of ``method`` without its ``self``, for type checkers and
    ``help()`` alike, so they are written once (on the method). A signature set at run time only
    left mypy and pyright seeing ``analyze(*args: Any, **kwargs: Any)``: ``analyze(b"...",
    publishd="...")`` passed them."""

    def with_parameters(function: Callable[..., _Result]) -> Callable[_Parameters, _Result]:
        signature = inspect.signature(method)
        function.__signature__ = signature.replace(parameters=list(signature.parameters.values())[1:])  # type: ignore[attr-defined]
        return function

    return with_parameters


@_with_parameters_of(Pipeline.analyze)
def analyze(*args: Any, **kwargs: Any) -> ArticleRecord:
    """Analyse one article with the default model, loaded once, on first use (a
    :class:`Pipeline` of its own: ``Pipeline()`` elsewhere loads a second copy; make one and call
    its ``analyze`` to share it). The arguments, the record and what is raised are those of
    :meth:`Pipeline.analyze`. Threads may call it at once: the model is loaded by the first."""
    global _DEFAULT_PIPELINE
    if _DEFAULT_PIPELINE is None:
        with _DEFAULT_PIPELINE_LOCK:
            if _DEFAULT_PIPELINE is None:
                _DEFAULT_PIPELINE = Pipeline()
    return _DEFAULT_PIPELINE.analyze(*args, **kwargs)
