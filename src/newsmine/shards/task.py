"""One shard: one input file in, that file's part of every output table out.

:func:`process_shard` is the unit of work of a sharded run (:mod:`newsmine.shards`). It is a
module-level function of picklable arguments, so a local process pool and Dask run the same
code; the worker opens the input itself (a local path or any fsspec URL), so the client
sends a name and receives a :class:`ShardSummary` of a few hundred bytes, never records.

Output layout under the output directory ``DIR`` (a local path or an fsspec URL):

* ``DIR/<table>/<shard>.parquet`` for every table of :mod:`newsmine.writers.tables`
  (Parquet), or ``DIR/records/<shard>.jsonl`` (JSON Lines);
* ``DIR/_shards/<shard>.json``: the done-marker, the shard's summary, written last.

Every file is written under a temporary name in its final directory (``.<shard>...tmp-<id>``,
which matches no ``*.parquet`` glob) and renamed when complete, so a reader never sees half a
part; a shard that fails or is killed mid-way leaves no part of its own and no marker. A
shard is complete when its marker exists: a shard killed between its renames and its marker
is redone, and the rename replaces the parts it left, so every article is written once.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field

from newsmine.articles import Article, ReadFailure
from newsmine.batch import REPEATED_ID_EXAMPLES
from newsmine.pipeline import Pipeline
from newsmine.readers import InputFile, ReadOptions, detect_format, is_gzipped, read_file, split_suffix
from newsmine.readers.gzip_sniff import bare_gz_format
from newsmine.records import ArticleRecord, Status
from newsmine.runners import DEFAULT_BATCH_CHARS, PipelineSettings
from newsmine.runners.window import batched
from newsmine.runners.work import process_exclusively, warm_up
from newsmine.shards.download import DEFAULT_DOWNLOAD_TIMEOUT, local_copy
from newsmine.writers.jsonl import SHARD_RECORDS, record_line
from newsmine.writers.tables import TABLES, RowBuffer, arrow_schema

__all__ = [
    "MARKERS", "RECORDS", "SHARD_FORMATS", "ShardSettings", "ShardSummary", "canonical_input", "is_url", "part_paths", "process_shard",
    "shard_name",
]

MARKERS = "_shards"  # DIR/_shards/<shard>.json: the shard is complete
RECORDS = SHARD_RECORDS  # DIR/records/<shard>.jsonl for JSON Lines shards
SHARD_FORMATS = ("parquet", "jsonl")
# Records per Parquet row group: a worker holds one group's rows, whatever the shard's size.
_ROW_GROUP_RECORDS = 1000
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class ShardSettings:
    """Everything a worker needs besides the shard's name; picklable and small."""

    pipeline: PipelineSettings = field(default_factory=PipelineSettings)
    read: ReadOptions = field(default_factory=ReadOptions)
    format: str = "parquet"  # one of SHARD_FORMATS
    batch_chars: int = DEFAULT_BATCH_CHARS
    # Seconds a URL input may send no data before its shard fails (None: no limit; shards/download.py).
    download_timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT


@dataclass(slots=True)
class ShardSummary:
    """What a worker sends back for one shard (and writes as its done-marker)."""

    shard: str
    input: str
    articles: int = 0  # records written, error records included
    failed: int = 0  # error records
    words: int = 0  # words of the ok articles' texts, for words/s
    errors_by_type: dict[str, int] = field(default_factory=dict)
    # Records read but not analysed (status "skipped": ThinPage, OtherLanguage), by reason.
    not_analysed_by_type: dict[str, int] = field(default_factory=dict)
    quotes_left_out: int = 0  # quotes below --min-confidence left out of the shard's records
    seconds: float = 0.0  # wall time in the worker, reading to marker
    # Records whose article id an earlier record of the shard had (a WARC holding one URL
    # twice), the first few of those ids; records with warnings, the first one's id and warning:
    # what a streamed run's summary says (batch.RunSummary), which a sharded run's left out.
    repeated_ids: int = 0
    repeated_id_examples: list[str] = field(default_factory=list)
    warned: int = 0
    warned_example: list[str] | None = None  # [id, warning]: a list, as the marker's JSON gives it back
    failed_example: list[str] | None = None  # [id, "Type: message"] of the shard's first error record
    # The shard's first error record of each type, the same way: the run's summary shows the first
    # of the most common type (cli.progress._first_failure), as a streamed run's does; a marker
    # written before this field gives none, and the run's first failure is shown as before.
    failed_examples_by_type: dict[str, list[str]] = field(default_factory=dict)
    # Set while the worker parses a heavy batch (:func:`heavy_batch`), never written: the
    # longest article of that batch as [id, source path, characters, articles in the batch], for
    # the progress line to name while no record comes (shards/progress.py). None otherwise.
    in_work: list | None = None
    # Set by the runner, never written: the shard was complete before this run (--resume),
    # or it could not be processed at all (the message says why; it has no part and no marker).
    resumed: bool = False
    shard_error: str | None = None

    def to_json(self) -> bytes:
        data = asdict(self)
        del data["resumed"], data["shard_error"], data["in_work"]
        return json.dumps(data, indent=1, sort_keys=True).encode() + b"\n"

    @classmethod
    def from_json(cls, data: bytes) -> ShardSummary:
        # A marker written by another newsmine version may lack a field, or hold one this one
        # does not know: the counts it shares are what a resumed run needs.
        known = {name for name in cls.__dataclass_fields__ if name not in ("resumed", "shard_error", "in_work")}
        return cls(**{name: value for name, value in json.loads(data).items() if name in known})


def is_url(path: str) -> bool:
    return "://" in path


def canonical_input(input_path: str) -> str:
    """One spelling for every way of naming the same input, so that it names one shard: a
    local path (or ``file://`` URL) as an absolute path; a URL with the slashes after its
    ``scheme://`` collapsed (fsspec reads ``memory://in/a.txt`` and ``memory:///in/a.txt``
    as the same file, and its globs answer in the second form)."""
    if not is_url(input_path) or input_path.startswith("file://"):
        return os.path.abspath(input_path.removeprefix("file://"))
    scheme, rest = input_path.split("://", 1)
    return f"{scheme}://{rest.lstrip('/')}"


def shard_name(input_path: str) -> str:
    """A stable, readable, unique name for the shard of ``input_path``: the file's stem (made
    safe for every filesystem and object store) and a short hash of the full path or URL, so
    that ``2024/01/a.warc.gz`` and ``2024/02/a.warc.gz`` never collide. The path is hashed in
    its :func:`canonical_input` form: the name depends neither on the directory the run starts
    from nor on how a URL was spelled."""
    full = canonical_input(input_path)
    base = full.rstrip("/").rsplit("/", 1)[-1]
    stripped, fmt = split_suffix(base)
    # A gzipped feed keeps its whole name (``feed.jsonl.gz-<hash>``), as when newsmine did not
    # read it: a sharded run resumed across that change then finds its shard by the same name.
    base = stripped if fmt is not None and not is_gzipped(base) else base
    stem = _UNSAFE.sub("_", base).strip("._")[:60] or "shard"
    return f"{stem}-{hashlib.sha1(full.encode()).hexdigest()[:10]}"


def part_paths(root: str, shard: str, format: str) -> dict[str, str]:
    """The shard's final part files, by table (``records`` for JSON Lines)."""
    if format == "jsonl":
        return {RECORDS: f"{root}/{RECORDS}/{shard}.jsonl"}
    return {table: f"{root}/{table}/{shard}.parquet" for table in TABLES}


def marker_path(root: str, shard: str) -> str:
    return f"{root}/{MARKERS}/{shard}.json"


def process_shard(
    input_path: str, output_dir: str, settings: ShardSettings, *, pipeline: Pipeline | None = None,
    on_progress: Callable[[ShardSummary], None] | None = None,
) -> ShardSummary:
    """Read the articles of one input file, extract their records and write the shard's parts
    and then its marker under ``output_dir``. ``pipeline``: an already loaded pipeline to use
    in this process (else the process's cached one for ``settings.pipeline``). ``on_progress``
    hears the shard's running summary after each record (it must be cheap: it is called for
    every article; a sharded run on Dask sends it on, see :mod:`newsmine.shards`).

    A bad input never raises (its articles become error records, as in any run); an output
    that cannot be written does, and so does a URL input that sends no data for
    ``settings.download_timeout`` seconds (:class:`~newsmine.shards.download.DownloadTimeout`),
    leaving no part and no marker behind.
    """
    import fsspec

    started = time.monotonic()
    fs, root = fsspec.core.url_to_fs(output_dir)
    root = root.rstrip("/")
    shard = shard_name(input_path)
    summary = ShardSummary(shard=shard, input=input_path)
    errors: Counter[str] = Counter()
    not_analysed: Counter[str] = Counter()
    ids_seen: set[str] = set()
    pipeline = pipeline or warm_up(settings.pipeline)
    with local_copy(input_path, settings.download_timeout) as (local_path, unreadable), _PartWriters(fs, root, shard, settings.format) as writers:
        for record in _records(pipeline, input_path, local_path, unreadable, settings, summary, on_progress):
            summary.articles += 1
            _count_id_and_warning(summary, record, ids_seen)
            if record.status is Status.error:
                summary.failed += 1
                errors[record.error.type if record.error else "Error"] += 1
                if record.error is not None:
                    example = [record.id, f"{record.error.type}: {record.error.message}"]
                    summary.failed_example = summary.failed_example or example
                    summary.failed_examples_by_type.setdefault(record.error.type, example)
            else:
                summary.words += len(record.text.split())
                if record.status is Status.skipped:
                    not_analysed[record.error.type if record.error else "Skipped"] += 1
            if not settings.pipeline.include_text:  # --no-text, as a streamed run's outcome_of does
                record.text = ""
            writers.write(record)
            if on_progress is not None:
                on_progress(summary)
        writers.commit()
    summary.errors_by_type = dict(errors)
    summary.not_analysed_by_type = dict(not_analysed)
    summary.seconds = round(time.monotonic() - started, 3)
    _write_atomically(fs, marker_path(root, shard), summary.to_json())
    return summary


def _count_id_and_warning(summary: ShardSummary, record: ArticleRecord, ids_seen: set[str]) -> None:
    """The shard's repeated article ids and records with warnings, counted as
    :meth:`newsmine.batch.RunSummary.add` counts a streamed run's."""
    if record.id in ids_seen:
        summary.repeated_ids += 1
        if len(summary.repeated_id_examples) < REPEATED_ID_EXAMPLES and record.id not in summary.repeated_id_examples:
            summary.repeated_id_examples.append(record.id)
    else:
        ids_seen.add(record.id)
    if record.warnings:
        summary.warned += 1
        summary.warned_example = summary.warned_example or [record.id, record.warnings[0]]


def _records(pipeline: Pipeline, input_path: str, local_path: str, unreadable: str | None,
             settings: ShardSettings, summary: ShardSummary,
             on_progress: Callable[[ShardSummary], None] | None = None) -> Iterator[ArticleRecord]:
    # A bare .gz ("page.gz") is what its content says, as in a streamed run (readers.gzip_sniff).
    fmt = detect_format(input_path) or (bare_gz_format(local_path)[0] if unreadable is None else None) or "text"
    if unreadable is not None:  # one error record for the whole file, as the readers make for a local one
        articles: Iterator[Article] = iter([Article(id=shard_name(input_path), source_path=input_path, source_format=fmt,
                                                    failure=ReadFailure("ReadError", unreadable))])
    else:
        read = read_file(InputFile(local_path, fmt, None), settings.read, max_chars=settings.pipeline.max_chars)
        articles = _named_after(read, local_path, input_path)
    size = settings.pipeline.batch_size
    for batch in batched(articles, size, max_weight=settings.batch_chars, weight=lambda article: len(article.text)):
        if heavy_batch(batch, settings.batch_chars):
            summary.in_work = _longest_in(batch, input_path)
            if on_progress is not None:
                on_progress(summary)  # sent at once (shards/progress._throttled): the worker is busy from here
        records, quotes_left_out = process_exclusively(pipeline, batch)  # a Dask worker's threads share one pipeline
        summary.quotes_left_out += quotes_left_out
        summary.in_work = None
        yield from records


def heavy_batch(batch: list[Article], batch_chars: int) -> bool:
    """Whether parsing ``batch`` can take seconds: at least half of ``batch_chars`` characters (a
    long article alone in its batch, or a full batch). Only such a batch is reported as in work
    before it is parsed: a shard on one 360,000-character article had its progress line stand
    still, silent, for minutes (newuser51), while a report for every light batch (a feed of short
    items) would send a Dask worker's events many times a second, for batches done within one."""
    return sum(len(article.text or "") for article in batch) >= max(batch_chars // 2, 1)


def _longest_in(batch: list[Article], input_path: str) -> list:
    """The batch's longest article as :attr:`ShardSummary.in_work` holds it (the first of equal ones)."""
    longest = max(batch, key=lambda article: len(article.text or ""))
    return [longest.id, longest.source_path or input_path, len(longest.text or ""), len(batch)]


def _named_after(articles: Iterator[Article], local_path: str, input_path: str) -> Iterator[Article]:
    """Articles read from a downloaded copy carry the URL they came from, not the copy's path."""
    for article in articles:
        if local_path != input_path and article.source_path == local_path:
            article.source_path = input_path
        yield article


def _write_atomically(fs, path: str, data: bytes) -> None:
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    temporary = _temporary(path)
    try:
        with fs.open(temporary, "wb") as handle:
            handle.write(data)
        _rename(fs, temporary, path)
    except BaseException:
        _remove_quietly(fs, temporary)
        raise


def _temporary(path: str) -> str:
    folder, name = path.rsplit("/", 1)
    return f"{folder}/.{name}.tmp-{uuid.uuid4().hex[:12]}"


def _rename(fs, source: str, target: str) -> None:
    protocols = fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)
    if "file" in protocols:
        os.replace(source, target)  # atomic on one filesystem, replaces an earlier part
    else:
        fs.mv(source, target)  # object stores: a copy that appears whole, then a delete


def _remove_quietly(fs, path: str) -> None:
    try:
        if fs.exists(path):
            fs.rm(path)
    except OSError:
        pass


class _PartWriters:
    """The shard's part files, written under temporary names until :meth:`commit`."""

    def __init__(self, fs, root: str, shard: str, format: str):
        self._fs, self._format = fs, format
        self._finals = part_paths(root, shard, format)
        self._temporaries = {table: _temporary(path) for table, path in self._finals.items()}
        self._stack = ExitStack()
        self._buffer = RowBuffer()
        self._writers: dict = {}
        self._committed = False

    def __enter__(self) -> _PartWriters:
        import pyarrow.parquet as pq

        try:
            for table, temporary in self._temporaries.items():
                self._fs.makedirs(temporary.rsplit("/", 1)[0], exist_ok=True)
                handle = self._stack.enter_context(self._fs.open(temporary, "wb"))
                if self._format == "jsonl":
                    self._writers[table] = handle
                else:
                    self._writers[table] = self._stack.enter_context(
                        pq.ParquetWriter(handle, arrow_schema(table), compression="zstd"))
        except BaseException:
            self._abandon()
            raise
        return self

    def write(self, record: ArticleRecord) -> None:
        if self._format == "jsonl":
            self._writers[RECORDS].write(record_line(record))
            return
        self._buffer.add(record)
        if self._buffer.records >= _ROW_GROUP_RECORDS:
            self._flush()

    def _flush(self) -> None:
        if self._buffer.records:
            for table, rows in self._buffer.arrow_tables().items():
                self._writers[table].write_table(rows)
            self._buffer.clear()

    def commit(self) -> None:
        """Close every part (a Parquet file is readable once its footer is written) and give
        each its final name."""
        if self._format != "jsonl":
            self._flush()  # a table without rows still gets its (empty) part: every glob matches
        self._stack.close()
        for table, temporary in self._temporaries.items():
            _rename(self._fs, temporary, self._finals[table])
        self._committed = True

    def _abandon(self) -> None:
        try:
            self._stack.close()
        except Exception:
            pass  # the failure that got us here is the one to report
        for temporary in self._temporaries.values():
            _remove_quietly(self._fs, temporary)

    def __exit__(self, exc_type, *_exc_info: object) -> None:
        if exc_type is not None or not self._committed:
            self._abandon()
