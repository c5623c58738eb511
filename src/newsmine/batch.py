"""Batch extraction: inputs -> records -> output, with a summary. The CLI's ``extract`` is a
thin layer over :func:`extract`.

Inputs are read lazily and records are written as they complete, so memory stays flat
whatever the corpus size. The work itself runs in this process, in a pool of worker
processes, or on a Dask cluster (:mod:`newsmine.runners`); the records are the same.

Resuming (``resume=True``): the output is recovered (a torn last line is cut) and every
article whose record it already holds is skipped before any parsing. An article is known
by its **(source path, id)**: ids alone repeat (file stems in different directories), and a
path alone does not identify the articles of a JSON Lines file. The path is compared as
written in the record, so resume with the same input arguments from the same directory.
When one file holds several articles with the same id, each record held skips one of them.
JSON Lines, DuckDB and SQLite outputs can be resumed (a database holds every batch it
committed).

Appending (``append=True``) adds to an existing database or table directory (DuckDB, SQLite,
Parquet, CSV): new articles are added and an article whose id the output already holds is
replaced, so a daily crawl can be loaded into the same output day after day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.articles import Article
from newsmine.errors import OutputError, UsageError
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS
from newsmine.readers import ReadOptions, list_inputs, read_file
from newsmine.records import ArticleRecord
from newsmine.runners import DEFAULT_BATCH_CHARS, Outcome, PipelineSettings, article_key, run
from newsmine.writers import APPENDABLE_FORMATS, detect_output_format, held_articles, open_writer
from newsmine.writers.jsonl import recover

__all__ = ["ExtractOptions", "RunSummary", "extract"]


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    model: str = DEFAULT_MODEL
    batch_size: int = DEFAULT_BATCH_SIZE
    max_chars: int = DEFAULT_MAX_CHARS
    read: ReadOptions = field(default_factory=ReadOptions)
    overwrite: bool = False
    # Output format (newsmine.writers.OUTPUT_FORMATS); None chooses by the output's suffix.
    output_format: str | None = None
    # Continue an interrupted run: keep the output's records, skip their articles.
    resume: bool = False
    # Add to an existing database or table directory; articles it already holds are replaced.
    append: bool = False
    # Local worker processes; None: one per available core; 1: in this process.
    workers: int | None = None
    # A Dask scheduler address, or "local" / "local:N"; replaces local workers when set.
    dask: str | None = None
    # Write records as they finish rather than in input order (faster with many workers).
    unordered: bool = False
    # Most characters in one batch (bounds a worker's peak memory; a longer article goes alone).
    batch_chars: int = DEFAULT_BATCH_CHARS


@dataclass(slots=True)
class RunSummary:
    articles: int = 0  # records written by this run
    failed: int = 0
    words: int = 0
    errors_by_type: Counter = field(default_factory=Counter)
    skipped_files: list[str] = field(default_factory=list)
    resumed: int = 0  # articles skipped because the output already held their record

    def add(self, outcome: Outcome) -> None:
        self.articles += 1
        self.words += outcome.words
        if outcome.error_type is not None:
            self.failed += 1
            self.errors_by_type[outcome.error_type] += 1


# Called after each record with the running summary (the CLI draws progress with it).
ProgressCallback = Callable[[RunSummary], None]


def extract(
    inputs: Iterable[str | Path],
    output: str | Path,
    options: ExtractOptions | None = None,
    *,
    on_record: ProgressCallback | None = None,
) -> RunSummary:
    """Extract records for every article under ``inputs`` into ``output`` (JSON Lines unless
    ``options.output_format`` or the output's suffix says otherwise)."""
    options = options or ExtractOptions()
    output = str(output)
    summary = RunSummary()
    input_files = list(list_inputs(inputs, skipped=summary.skipped_files))  # fail fast on bad paths
    held = _prepare_output(output, options)
    articles: Iterator[Article] = (article for input_file in input_files for article in read_file(input_file, options.read))
    if held:
        articles = _not_yet_written(articles, held, summary)
    settings = PipelineSettings(model=options.model, batch_size=options.batch_size, max_chars=options.max_chars)
    mode = "append" if options.resume or options.append else "overwrite" if options.overwrite else "new"
    writer = open_writer(output, format=options.output_format, mode=mode)
    write_line = getattr(writer, "write_line", None) or (lambda line: writer.write(ArticleRecord.model_validate_json(line)))
    outcomes = None
    try:
        outcomes = run(
            settings,
            articles,
            workers=options.workers,
            dask=options.dask,
            ordered=not options.unordered,
            batch_chars=options.batch_chars,
        )
        for outcome in outcomes:
            write_line(outcome.line)
            summary.add(outcome)
            if on_record is not None:
                on_record(summary)
    except BaseException:
        if outcomes is not None:
            outcomes.close()  # stops the workers now
        writer.close()
        if mode == "new" and summary.articles == 0:
            _remove_if_empty(output)  # a run that could not start leaves no output behind
        raise
    writer.close()
    return summary


def _prepare_output(output: str, options: ExtractOptions) -> Counter:
    """Refuse an existing output unless told; for a resume, the records it already holds."""
    for (flag, other), why in _CONTRADICTIONS.items():
        if getattr(options, flag) and getattr(options, other):
            raise UsageError(f"--{flag} and --{other} contradict each other: {why}")
    if output == "-":
        if options.resume or options.append:
            raise UsageError(f"--{'resume' if options.resume else 'append'} needs an output file, not standard output")
        return Counter()
    output_format = detect_output_format(output, options.output_format)
    if options.append and output_format not in APPENDABLE_FORMATS:
        raise UsageError(f"--append adds to a database (.duckdb, .db) or a --format parquet/csv directory, not to "
                         f"{output_format} output; to continue an interrupted {output_format} run use --resume")
    if options.resume:
        if output_format == "jsonl":
            return recover(output)
        if output_format in ("duckdb", "sqlite"):
            return held_articles(output, output_format)
        raise UsageError(f"--resume continues JSON Lines, DuckDB or SQLite output, not {output_format}; "
                         + ("to add to this output use --append" if output_format in APPENDABLE_FORMATS
                            else "start again with --overwrite"))
    if not options.overwrite and not options.append and Path(output).exists():
        hint = ("--append to add to it (articles it holds are replaced)" if output_format in APPENDABLE_FORMATS
                else "--resume to continue it")
        raise OutputError(f"{output} exists; pass {hint} or --overwrite to replace it")
    return Counter()


_CONTRADICTIONS = {
    ("resume", "overwrite"): "resume keeps the output, overwrite replaces it",
    ("append", "overwrite"): "append adds to the output, overwrite replaces it",
    ("resume", "append"): "resume skips the articles the output holds, append extracts them again and replaces them",
}


def _remove_if_empty(output: str) -> None:
    path = Path(output)
    if output != "-" and path.is_file() and path.stat().st_size == 0:
        path.unlink()


def _not_yet_written(articles: Iterable[Article], held: Counter, summary: RunSummary) -> Iterator[Article]:
    for article in articles:
        key = article_key(article)
        if held[key] > 0:
            held[key] -= 1
            summary.resumed += 1
            continue
        yield article
