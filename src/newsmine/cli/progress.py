"""Progress on stderr for long runs: articles done/total, articles/s, words/s, ETA, failures.

Drawn when stderr is a terminal, redrawn at most a few times a second so that drawing never
costs throughput. When it is a log or a pipe (nohup, cron, a batch system), the same figures
are one line a minute at most, as records come (``newsmine: progress: ...``): a run of hours
logged nothing before its summary. A log's first line, once the output is open and before the
model loads, says what the run reads and where it writes (:meth:`ProgressLine.announce`). The
final one-line summary is printed whatever stderr is.

When a log's first progress line comes (newuser64): ten seconds in (with the first record after
that), then a minute after each. A minute was too long to wait for the first sign of a working
run (its rate and ETA: whether to wait for it or come back tomorrow), and a line sooner than ten
seconds would say little (the model loads in the first seconds, at no rate) and would fill the
log of a run of a few seconds between its start line and its summary, which say all there is.
After the first, a line a minute keeps a day's log to some 1,400 lines.

The total is known cheaply for most inputs: one article per text or HTML file, one per
non-blank line of a JSON Lines file. Lines are counted in a background thread started with
the first record (after any worker processes were forked), so a large file never delays the
start; in a log, half-way to its first progress line (a run too short for a log line never
reads its inputs twice). Until then, and when any input is a JSON array, a WARC file or standard input
(whose articles are not counted without parsing them), only counts and rates are shown; a
.json file holding one object counts one article.

Progress counts articles, never bytes, so a gzipped input needs no byte count (compressed
or not): a gzipped JSON Lines file is decompressed by the counting thread to count its
lines (gzip decompresses several hundred MB a second, far ahead of the analysis), and a
gzip file damaged part-way counts the lines before the damage, the articles it will give.
"""

from __future__ import annotations

import gzip
import os
import sys
import threading
import zlib
from collections import Counter
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TextIO

from newsmine.batch import RunSummary
from newsmine.readers import InputFile, SkippedBecause, detect_format, is_gzipped
from newsmine.runners.fork_guard import no_fork, start_fork_safe_thread
from newsmine.runners.in_work import InWork

__all__ = ["ProgressLine", "count_articles", "counted", "failures", "format_summary", "nothing_found", "replacement_warnings",
           "sharded_run_inputs"]

_REDRAW_SECONDS = 0.25
_LOG_EVERY_SECONDS = 60.0  # a line in a log, after the first one
_FIRST_LOG_SECONDS = 10.0  # a log's first progress line (or sooner, if log_every is shorter); see the docstring
# The watch (ProgressLine.watch) looks this often; on a terminal it speaks after this long
# without a record (in a log, after log_every, as any progress line).
_WATCH_SECONDS = 1.0
_QUIET_SECONDS = 10.0


def _duration(seconds: float) -> str:
    seconds = round(max(seconds, 0))  # round, not int(): 24.9999999 from float error is 25 s
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def _count_lines(path: str) -> int:
    """Non-blank lines of a file (the articles of a JSON Lines file); about a second a gigabyte.
    A gzipped file is counted decompressed, up to any damage."""
    if not is_gzipped(path):
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    count = 0
    with gzip.open(path, "rb") as handle:
        try:
            for line in handle:
                count += bool(line.strip())
        except (EOFError, gzip.BadGzipFile, zlib.error):
            pass  # the reader stops there too (one DecodeError record)
    return count


def count_articles(input_files: Iterable[InputFile]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know; else None."""
    total = 0
    for input_file in input_files:
        if input_file.format in ("text", "html", "email"):
            total += 1
        elif input_file.format == "jsonl" and input_file.path != "-":
            try:
                total += _count_lines(input_file.path)
            except OSError:
                return None
        elif input_file.format == "json" and input_file.path != "-" and _holds_one_object(input_file.path):
            total += 1
        else:
            return None
    return total


def sharded_run_inputs(paths: Iterable[str], *, resume: bool) -> list[InputFile] | None:
    """The inputs a sharded run's progress line counts its total from, as a streamed run's does
    (:func:`count_articles`: JSON Lines lines, one per text or HTML file; none with a WARC file
    among them), or None: for a ``--resume`` (the shards complete before are not in its counts,
    so a total of every input would leave an ETA that never reaches zero) and for URLs (counting
    would download them). A sharded run over JSON Lines dumps showed "610 articles | 10.2
    articles/s" and no total, where the same files streamed showed 609/1,200 and an ETA."""
    if resume:
        return None
    paths = list(paths)
    if any("://" in path for path in paths):
        return None
    return [InputFile(path, detect_format(path) or "", None) for path in paths]


def _holds_one_object(path: str) -> bool:
    """Whether a .json file holds one object (one article), not an array: known from its first
    bytes. A single-article .json beside text files (the bundled samples' research-findings.json)
    took the total and the ETA off the whole run; an array still does (counting its elements
    means parsing it)."""
    try:
        with (gzip.open(path, "rb") if is_gzipped(path) else open(path, "rb")) as handle:
            head = handle.read(4096)
    except (OSError, EOFError, zlib.error):
        return False
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


class ProgressLine:
    """Progress callback for :func:`newsmine.batch.extract`; ``inputs`` give the total."""

    def __init__(
        self,
        inputs: list[InputFile] | None = None,
        stream: TextIO | None = None,
        *,
        total: int | None = None,
        enabled: bool | None = None,
        log_every: float | None = _LOG_EVERY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        """``enabled``: draw the redrawn line (default: when ``stream`` is a terminal). Otherwise,
        unless ``enabled`` is False, a plain line :data:`_FIRST_LOG_SECONDS` in, then every
        ``log_every`` seconds (None: never)."""
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.log_every = log_every if enabled is None and not self.enabled else None
        self._clock = clock
        self.started = clock()
        self._inputs = inputs if total is None else None
        self._last_draw = 0.0
        self._first_log_after = min(_FIRST_LOG_SECONDS, self.log_every or 0.0)
        self._next_log = self.started + self._first_log_after
        self._in_work: InWork | None = None
        self._last_record = self.started
        self._records_seen = 0  # articles + failed of the last call: a call without a new record is no record
        self._first_record: tuple[float, int] | None = None  # (when, articles then): the ETA's rate counts from it
        self._summary: RunSummary | None = None
        self._writing = threading.Lock()  # the run's thread and the watch's write one line at a time
        self._stopped = threading.Event()

    def announce(self, paths: Sequence[str], output: str) -> None:
        """In a log (stderr no terminal), say at once what the run reads and where it writes
        (:func:`start_line`); on a terminal the drawn line says it soon enough. A run under
        ``nohup`` or cron logged nothing for its first minute, model load included (newuser62)."""
        if self.log_every is None or not paths:  # no input: the run's one line says so
            return
        with self._writing:
            self.stream.write(f"newsmine: {start_line(paths, output, self.log_every)}\n")
            self.stream.flush()

    def _count_in_background(self) -> None:
        inputs, self._inputs = self._inputs, None

        def count() -> None:
            self.total = count_articles(inputs)

        start_fork_safe_thread(count, "newsmine-count")  # reads the inputs only: holds nothing a worker needs

    def watch(self, in_work: InWork, *, every: float = _WATCH_SECONDS) -> None:
        """Say what the run is busy with while no record comes: from a thread of its own, a line
        (redrawn on a terminal after :data:`_QUIET_SECONDS`, one a minute in a log, as any progress
        line) naming the longest article in work, its length and how long no record came. A run
        busy with one very long article said nothing until it ended (a 360,000-character line ran
        1 min 48 s silent, looking hung). Stopped by :meth:`finish`.

        ``in_work``: a streamed run's :class:`~newsmine.runners.in_work.ArticlesInWork`, or a
        sharded run's :class:`~newsmine.shards.ShardsInWork` (the article each running shard
        parses in a heavy batch), which is called a few times a second with unchanged counts: a
        call with no new article is not a record."""
        if not self.enabled and self.log_every is None:
            return
        self._in_work = in_work

        def beat() -> None:
            while not self._stopped.wait(every):
                self.quiet_beat()

        start_fork_safe_thread(beat, "newsmine-progress-watch")  # its writes take no_fork (quiet_beat)

    def _quiet_for(self, now: float) -> float | None:
        """How long no record came, when that is long enough for the watch to speak; else None."""
        quiet = now - self._last_record
        if self._in_work is None or quiet < (_QUIET_SECONDS if self.enabled else self.log_every or 0.0):
            return None
        return quiet

    def quiet_beat(self) -> None:
        """One look from the watch thread: a line when no record came for a while and an
        article is in work."""
        now = self._clock()
        quiet = self._quiet_for(now)
        if quiet is None:
            return
        longest = self._in_work.longest()
        if longest is None:
            return
        if self._inputs is not None:  # the total, as the first record would have started it
            self._count_in_background()
        where = f" in {longest.path}" if longest.path and longest.path != longest.id else ""
        waiting = (f"no record for {_duration(quiet)}; longest article in work: {longest.id}{where}, "
                   f"{longest.chars:,} characters")
        others = len(self._in_work) - 1
        if others > 0:
            waiting += f" (and {counted(others, 'other')})"
        with no_fork(), self._writing:  # a worker forked mid-write would find stderr's lock held
            if self._stopped.is_set():
                return
            line = self.line(self._summary or RunSummary(), now) + " | " + waiting
            if self.enabled:
                self._last_draw = now
                self.stream.write("\r" + line + "\x1b[K")
            elif now >= self._next_log:
                self._next_log = now + (self.log_every or 0.0)
                self.stream.write(f"newsmine: progress: {line}\n")
            self.stream.flush()

    def __call__(self, summary: RunSummary) -> None:
        self._summary = summary
        now = self._clock()
        if (seen := summary.articles + summary.failed) != self._records_seen:
            self._records_seen = seen
            self._last_record = now
            self._first_record = self._first_record or (now, summary.articles)
        elif self._quiet_for(now) is not None and self._in_work.longest() is not None:
            return  # the watch's line, naming the article in work, stays (a sharded run calls with every tick)
        if not self.enabled and self.log_every is None:
            return
        with self._writing:
            self._draw(summary)

    def _draw(self, summary: RunSummary) -> None:
        now = self._clock()
        # Counting reads the inputs a second time: a logged run starts it only half-way to its
        # first line, so a run too short to log one never pays for it.
        if self._inputs is not None and (self.enabled or now - self.started >= self._first_log_after / 2):
            self._count_in_background()
        if not self.enabled:
            if now >= self._next_log:
                self._next_log = now + self.log_every
                self.stream.write(f"newsmine: progress: {self.line(summary, now)}\n")
                self.stream.flush()
            return
        if now - self._last_draw < _REDRAW_SECONDS:
            return
        self._last_draw = now
        self.stream.write("\r" + self.line(summary, now) + "\x1b[K")
        self.stream.flush()

    def line(self, summary: RunSummary, now: float | None = None) -> str:
        now = self._clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = summary.articles / elapsed
        done_count = summary.articles + summary.resumed
        total = max(self.total, done_count) if self.total else None
        done = f"{done_count:,}" + (f"/{total:,}" if total else "")
        noun = "article" if (total or done_count) == 1 else "articles"  # "1 articles" began a run's first line
        parts = [f"{done} {noun}", f"{rate:,.1f} articles/s", f"{summary.words / elapsed:,.0f} words/s"]
        if total and (eta_rate := self._eta_rate(summary, now)):
            parts.append(f"ETA {_duration((total - done_count) / eta_rate)}")
        parts.append(f"{summary.failed:,} failed")
        return " | ".join(parts)

    def _eta_rate(self, summary: RunSummary, now: float) -> float | None:
        """Articles a second since the first record, for the ETA; None before an article followed it.

        Not the shown rate, which counts from the run's start (as the final summary does): the model
        loads before the first record, at no rate, and a run's first logged line said "1/48 articles
        | 0.0 articles/s | ... | ETA 0:31:28" for a run of 3 min 47 s (newuser64). From the first
        record on, the rate is the work's alone; the first record's articles (those done while the
        model loaded, or a batch landing together) are left out with the time before it. Records
        come in bursts (a batch's articles at once); lines are written at a burst's first record
        (a log's after its wait, a drawn one's after a redraw's), where this rate is the burst's."""
        if self._first_record is None:
            return None
        first_at, articles_then = self._first_record
        if summary.articles <= articles_then or now <= first_at:
            return None
        return (summary.articles - articles_then) / (now - first_at)

    def finish(self) -> None:
        self._stopped.set()
        self.clear()

    def clear(self) -> None:
        """Erase a drawn line, for another line to take its place (a sharded run's line per
        shard), the watch going on; :meth:`finish` ends the watch too. (A sharded run called
        finish after its first shard, which ended the watch for the rest of the run.)"""
        if self.enabled:
            with self._writing:
                self.stream.write("\r\x1b[K")
                self.stream.flush()


def start_line(paths: Sequence[str], output: str, log_every: float) -> str:
    """A logged run's first line: ``reading 3 input files (.jsonl 2, .txt 1; 52.4 MB) -> out.jsonl;
    a progress line here 10 seconds in and every minute after while the run lasts, the summary at
    the end``. Files by type (what a folder held), their size on disk (a stat each: counting
    articles means reading them, which the progress line does in the background), and when the
    next lines come, so a quiet log is known to be working. "While the run lasts": a run of a few
    seconds logs no progress line, and "a progress line here every minute" promised one (newuser64)."""
    local = [path for path in paths if path != "-" and "://" not in path]
    kinds = Counter(_input_kind(path) for path in paths if path != "-")
    read = ", ".join(f"{kind} {count:,}" for kind, count in kinds.most_common(_SUFFIXES_SHOWN))
    read += ", …" if len(kinds) > _SUFFIXES_SHOWN else ""
    if local:
        read += f"; {_size(sum(_file_size(path) for path in local))}"
    files = counted(len(paths) - ("-" in paths), "input file")
    what = " and ".join(part for part in (f"{files} ({read})" if kinds else "",
                                          "standard input" if "-" in paths else "") if part)
    every = "minute" if log_every == 60 else f"{log_every:g} seconds"
    first = min(_FIRST_LOG_SECONDS, log_every)
    when = f"{first:g} seconds in and every {every} after" if first < log_every else f"every {every}"
    return (f"reading {what} -> {'standard output' if output == '-' else output}; "
            f"a progress line here {when} while the run lasts, the summary at the end")


def _input_kind(path: str) -> str:
    """An input's type for the start line: its suffix, with what a ``.gz`` holds (``.warc.gz``,
    ``.html.gz``: '.gz 2' said nothing of a crawl's files), and 'URL' or 'no suffix' for a name
    without one, where the skipped files' summary names the file (``README``): a page's address
    gave a blank type (' 1') or its last path segment ('ferry-fares 1') (review63c)."""
    suffix = _suffix(path)
    if suffix == ".gz":
        inner = os.path.splitext(os.path.splitext(os.path.basename(path))[0])[1].lower()
        return inner + suffix
    if not suffix.startswith("."):
        return "URL" if "://" in path else "no suffix"
    return suffix


def _file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:  # gone since it was listed: the run's error record says so
        return 0


def _size(size: int) -> str:
    """'52.4 MB', '830 bytes': decimal units, as file managers show them."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return counted(size, "byte")


def failures(failed: int, errors_by_type: Mapping[str, int]) -> str:
    """' (2 failed: DecodeError 2)', or '' when no article failed: the run's summary and each
    shard's line say it alike."""
    if not failed:
        return ""
    kinds = ", ".join(f"{kind} {count}" for kind, count in Counter(errors_by_type).most_common())
    return f" ({failed:,} failed: {kinds})"


def format_summary(summary: RunSummary, seconds: float, output: str, *, min_confidence: float = 0.0) -> str:
    """The final one-line summary, e.g.
    '120 articles (2 failed: DecodeError 2) in 0:00:14, 8.6 articles/s, 5,120 words/s -> out.jsonl'.

    With ``min_confidence`` (``--min-confidence``) above 0 it says how many quotes that left out
    ('; 37 quotes below --min-confidence 0.5 left out'), none included: the records keep no trace
    of them, and before, a run dropped them without a word."""
    failed = failures(summary.failed, summary.errors_by_type)
    seconds = max(seconds, 1e-9)
    rates = f", {summary.articles / seconds:,.1f} articles/s, {summary.words / seconds:,.0f} words/s"
    resumed = f"; {summary.resumed:,} already in the output, skipped" if summary.resumed else ""
    skipped = ""
    if summary.skipped_files:
        skipped = f"; {counted(len(summary.skipped_files), 'file')} skipped ({_skip_reasons(summary)})"
    reasons = summary.not_analysed_by_type
    not_analysed = (f"; {sum(reasons.values()):,} recorded but not analysed: "
                    + ", ".join(f"{kind} {count}" for kind, count in reasons.most_common())) if reasons else ""
    left_out = (f"; {counted(summary.quotes_left_out, 'quote')} below --min-confidence {min_confidence:g} left out"
                if min_confidence > 0 else "")
    replaced = ""
    if summary.replaced:  # --append: what the output held and no longer holds
        replaced = f"; {counted(summary.replaced, 'article')} replaced"
        if summary.replaced_from_elsewhere:
            replaced += f" ({len(summary.replaced_from_elsewhere):,} from another source path)"
    warned = ""
    if summary.warned and summary.warned_example:  # in no table: a run into a database showed none
        article_id, warning = summary.warned_example
        shown = warning if len(warning) <= _WARNING_CHARS else warning[: _WARNING_CHARS - 1] + "…"
        warned = f"; {counted(summary.warned, 'record')} with warnings (first: {article_id}: {shown})"
    first_failure = _first_failure(summary)
    return (f"{counted(summary.articles, 'article')}{failed} in {_duration(seconds)}{rates} -> {output}{resumed}{skipped}"
            f"{not_analysed}{left_out}{replaced}{first_failure}{warned}")


def _first_failure(summary: RunSummary) -> str:
    """The summary's example failure: ``; first failure: ID: Type: message``. The error types alone
    ("2 failed: MissingText 2", exit 1) left what to do in the records; the message says it ("…; name
    the text field with --text-field"), so it is not cut short.

    When several types failed and the most common is not the first failure's, its first record is
    shown instead, and said to be (``; first of the 3 MissingText failures: …``): a folder whose one
    empty file sorted before its feeds showed "first failure: empty: EmptyArticle", and the
    feeds' MissingText, the systematic failure with the option to fix it, stayed unexplained. A
    tie keeps the first failure (most_common keeps the order types were first seen)."""
    if not (summary.failed and summary.failed_example):
        return ""
    article_id, error = summary.failed_example
    label = "first failure"
    most_common, count = summary.errors_by_type.most_common(1)[0] if summary.errors_by_type else ("", 0)
    if not error.startswith(f"{most_common}: ") and most_common in summary.failed_examples_by_type:
        article_id, error = summary.failed_examples_by_type[most_common]
        label = f"first of the {count:,} {most_common} failures"
    shown = error if len(error) <= _ERROR_CHARS else error[: _ERROR_CHARS - 1] + "…"
    return f"; {label}: {article_id}: {shown}"


def _skip_reasons(summary: RunSummary) -> str:
    """The summary's files skipped by reason, most first: ``newsmine records 1; unknown type 2: .pdf 2``."""
    reasons = Counter(skipped_file.reason.value for skipped_file in summary.skipped_files)
    return "; ".join(_skip_reason(reason, count, summary) for reason, count in reasons.most_common())


def _skip_reason(reason: str, count: int, summary: RunSummary) -> str:
    """One reason of the summary's files skipped, ``unknown type 5: .eml 2, .zip 2, .lnk 1`` for files of
    unknown type: "5 files skipped (unknown type 5)" hid that a folder's newsletters, saved pages
    and zip files of articles were not read, and a researcher could not tell them from desktop.ini."""
    if reason != SkippedBecause.unknown_type.value:
        return f"{reason} {count:,}"
    suffixes = Counter(_suffix(skipped.path) for skipped in summary.skipped_files
                       if skipped.reason is SkippedBecause.unknown_type)
    shown = ", ".join(f"{suffix} {n:,}" for suffix, n in suffixes.most_common(_SUFFIXES_SHOWN))
    more = ", …" if len(suffixes) > _SUFFIXES_SHOWN else ""
    return f"{reason} {count:,}: {shown}{more}"


def _suffix(path: str) -> str:
    """A skipped file's type as its user sees it: ``.eml``, ``.zip`` (any case), or the name of a file
    without one (``README``)."""
    name = os.path.basename(path)
    suffix = os.path.splitext(name)[1].lower()
    return suffix if suffix else name


# How many types of skipped files the summary names.
_SUFFIXES_SHOWN = 6


# How much of a record's warning the summary shows.
_WARNING_CHARS = 110
# How much of the first error record's error the summary shows: more than of a warning, since an
# error's message ends with what to do (MissingText's 'name the text field with --text-field').
_ERROR_CHARS = 300


# The replacements from another source path named one by one; more are counted in one line.
_NAMED_REPLACEMENTS = 5


# Formats whose empty file gives no record at all (a .txt, a page, an e-mail or a .json gives an
# error record saying it is empty): such a file among others left the run without a word of it.
_NO_RECORD_WHEN_EMPTY = frozenset({"jsonl", "csv", "feed", "warc"})


def empty_inputs_warning(input_files: Sequence[InputFile]) -> str | None:
    """``export-03.jsonl is empty (0 bytes): no article was read from it``, for the input files
    of 0 bytes that give no record, in a run that read articles from others (a run reading none
    says it in :func:`nothing_found`). An export that failed halfway leaves such a file, and the
    run's summary counted the others' articles without naming it (newuser61)."""
    empty = [item.path for item in input_files if item.size == 0 and item.format in _NO_RECORD_WHEN_EMPTY]
    if not empty:
        return None
    if len(empty) == 1:
        return f"{empty[0]} is empty (0 bytes): no article was read from it"
    named = ", ".join(empty[:_NAMED_INPUTS]) + (f" and {len(empty) - _NAMED_INPUTS:,} more" if len(empty) > _NAMED_INPUTS else "")
    return f"{len(empty):,} input files are empty (0 bytes), no article was read from them: {named}"


def replacement_warnings(summary: RunSummary, output: str) -> list[str]:
    """One warning per article of an ``--append`` run that replaced an article the output held
    under the same id from another source path (ids are file stems: day 2's ``budget.txt``
    replaced day 1's other ``budget.txt`` without a word), the first few named."""
    lines = [f"{output} held article {article_id!r} from {held}; {path} has the same id and replaced it in every table "
             "(ids are file stems: give files unique names, or write each crawl to its own output)"
             for article_id, path, held in summary.replaced_from_elsewhere[:_NAMED_REPLACEMENTS]]
    if (more := len(summary.replaced_from_elsewhere) - _NAMED_REPLACEMENTS) > 0:
        lines.append(f"and {counted(more, 'more article')} from another source path replaced one {output} held "
                     "under the same id")
    return lines


def repeated_id_warning(summary: RunSummary, output: str, output_format: str, *, sharded: bool = False) -> str | None:
    """The warning of a run in which records repeated an article id, or None. A WARC holding
    one URL twice (crawlers fetch pages again) gave two records with one id and DuckDB,
    Parquet, CSV and JSON Lines kept both without a word: the tables' keys repeated and a
    dashboard counted the page twice. SQLite keeps the later record, and its writer says so."""
    if not summary.repeated_ids or output_format == "sqlite":
        return None
    named = ", ".join(repr(article_id) for article_id in summary.repeated_id_examples)
    more = summary.repeated_ids - len(summary.repeated_id_examples)
    where = "standard output" if output == "-" else output
    examples = f"({named}{f' and {more:,} more' if more > 0 else ''})"
    if sharded:
        # Each worker sees its own shard: "of this run" promised a count across shards, and an id
        # in two shards (a page crawled again next month) was in no count (newuser51).
        return (f"{where}: {counted(summary.repeated_ids, 'record')} repeated an article id an earlier record of "
                f"the same shard has {examples}; both are kept, so article_id is not unique in the output, and ids "
                "are compared within each shard only: one in two input files is kept twice without a count "
                "(SELECT article_id FROM articles GROUP BY 1 HAVING count(*) > 1 finds them all)")
    return (f"{where}: {counted(summary.repeated_ids, 'record')} of this run repeated an article id an earlier record "
            f"of it has {examples}; both are kept, so article_id is not "
            "unique in the output (a page a WARC holds twice, an item in two feeds, or files with one stem in two "
            "folders): drop the earlier copies when loading, or give files unique names")


def counted(number: int, noun: str) -> str:
    """'1 article', '2 articles', '1,200 articles' ("1 articles" ended the commonest small run)."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def nothing_found(summary: RunSummary, *, written: str = "nothing was written", from_stdin: bool = False,
                  read: Sequence[str] = ()) -> str | None:
    """The message of a run that found no article at all (a directory of PDFs, an empty folder,
    an empty .jsonl, a mistyped folder name with the right parent), which exits 4
    (``EXIT_NOTHING_FOUND``), streamed or sharded: exit code 0 and a summary of "0 articles"
    alone looked like success. None when the run read something or resumed. ``written``: what
    the run left (a sharded run's empty files are shards, each with its empty parts).
    ``from_stdin``: the only input was standard input, which file types and folders are no
    matter of (an empty `--stdin-format jsonl` stream was told what files newsmine reads).
    ``read``: the input files the run read; when no file was skipped, the message names them
    instead of listing the types newsmine reads (an empty ``.warc.gz`` was told those types, its
    own among them, as if its type were the fault)."""
    if summary.articles or summary.resumed:
        return None
    if from_stdin:
        return f"no articles found on standard input (it was empty, or JSON holding no object); {written}"
    if read and not summary.skipped_files:
        return f"no articles found in the inputs: {_holding_none(list(read))}; {written}"
    # the reasons said here: this message is the run's only line ("see the summary" pointed to none, review48c)
    skipped = f" ({counted(len(summary.skipped_files), 'file')} skipped: {_skip_reasons(summary)})" \
        if summary.skipped_files else ""
    from newsmine.readers import FORMATS

    return (f"no articles found in the inputs{skipped}; newsmine reads {', '.join(sorted(FORMATS))} files, "
            f"in directories recursively; {written}")


# Input files the message of a run that found no article names; more are counted.
_NAMED_INPUTS = 3


def _holding_none(paths: list[str]) -> str:
    """``feed.jsonl holds none (an empty file)``, or ``the 4 files read (a.jsonl, b.jsonl,
    c.jsonl and 1 more) hold none (2 of them empty)``."""
    empty = sum(1 for path in paths if _is_empty(path))
    if len(paths) == 1:
        return f"{paths[0]} holds none" + (" (an empty file)" if empty else "")
    named = ", ".join(paths[:_NAMED_INPUTS]) + (f" and {len(paths) - _NAMED_INPUTS:,} more" if len(paths) > _NAMED_INPUTS else "")
    return f"the {len(paths):,} files read ({named}) hold none" + (f" ({empty:,} of them empty)" if empty else "")


def _is_empty(path: str) -> bool:
    try:
        return os.path.getsize(path) == 0
    except OSError:
        return False
