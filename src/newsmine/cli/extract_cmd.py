"""``newsmine extract``: articles in, one JSON record per article out."""

from __future__ import annotations

import sys
import time
from enum import Enum
from typing import Annotated

import typer

from newsmine.articles import DATE_ORDERS, DEFAULT_MIN_WORDS
from newsmine.batch import RESUMABLE_FORMATS, ExtractOptions, RunSummary, extract, plan_inputs
from newsmine.cli.common import (
    EXIT_NOTHING_FOUND, EXIT_PARTIAL, NOTHING_WRITTEN, START_OVER, ModelOption, fail, reported_errors, terminate_like_interrupt,
)
from newsmine.cli.progress import (
    ProgressLine,
    empty_inputs_warning,
    format_summary,
    nothing_found,
    repeated_id_warning,
    replacement_warnings,
)
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.errors import UsageError
from newsmine.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS, check_min_confidence
from newsmine.readers import STDIN_FORMATS, ReadOptions, formats_help
from newsmine.readers.json_lines import METADATA_FIELDS, JsonFields
from newsmine.runners import DEFAULT_BATCH_CHARS, PipelineSettings
from newsmine.runners.in_work import ArticlesInWork
from newsmine.time_limit import DEFAULT_ARTICLE_TIMEOUT
from newsmine.writers import (
    APPENDABLE_FORMATS, OUTPUT_FORMATS, detect_output_format, kept_until_first_record, replaced_when_finished,
)
from newsmine.writers.target import output_kind

__all__ = ["extract_cli"]


# The choices of --format and --stdin-format, from the writers' and readers' own lists.
OutputFormat = Enum("OutputFormat", {fmt: fmt for fmt in OUTPUT_FORMATS}, type=str)
StdinFormat = Enum("StdinFormat", {fmt: fmt for fmt in STDIN_FORMATS}, type=str)
DateOrder = Enum("DateOrder", {order: order for order in DATE_ORDERS}, type=str)


def _probability(value: float) -> float:
    """--min-confidence's check, in the library's words (a percentage is told how to write it)."""
    try:
        check_min_confidence(value, "it")  # typer names the option before the message
    except UsageError as exc:
        raise typer.BadParameter(str(exc)) from None
    return value


def extract_cli(
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="PATH", show_default=False,
                     help="Required. Where to write the records: a file (.jsonl, .json, .duckdb, .db or .sqlite), a "
                     "directory for --format parquet/csv, or '-' for standard output (JSON Lines or JSON)."),
    ] = None,
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Files or directories (read recursively) of articles, or '-' for standard input. "
            f"Formats by extension: {formats_help()}; .json holds an object or an array, .jsonl an object a "
            "line, HTML goes through trafilatura. With --shards also globs and fsspec URLs "
            "(s3://bucket/cc-news/*.warc.gz).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format; default: from the --output suffix (.json, .duckdb, .db/.sqlite/.sqlite3), "
                     "else JSON Lines. parquet and csv write a directory with one dataset/file per table."),
    ] = None,
    model: ModelOption = DEFAULT_MODEL,
    text_field: Annotated[
        str, typer.Option(metavar="FIELD", help="JSON field or CSV column holding the article text (a dotted name reaches into a nested "
                          "object: article.body).")
    ] = "text",
    id_field: Annotated[str, typer.Option(metavar="FIELD", help="JSON field or CSV column holding the article id.")] = "id",
    field_names: Annotated[
        list[str] | None,
        typer.Option("--field", metavar="KEY=FIELD", show_default=False,
                     help=f"JSON field or CSV column holding the record's {', '.join(METADATA_FIELDS)} (KEY), when the feed names it "
                     "otherwise; repeat for several: --field published=publishedAt --field outlet=source.name (a dotted "
                     "name reaches into a nested object)."),
    ] = None,
    outlet: Annotated[
        str | None,
        typer.Option("--outlet", metavar="NAME", show_default=False,
                     help="Outlet of every article whose input names none (plain text, a feed without an outlet "
                     "field): a folder of one outlet's articles, counted under its name in the report."),
    ] = None,
    date_order: Annotated[
        DateOrder | None,
        typer.Option("--date-order", case_sensitive=False, show_default=False,
                     help="How the inputs write numeric dates in a given published value (a JSON field, a CSV "
                     "column, front matter): DMY reads 03/04/2025 as 3 April, MDY as March 4. Without it such a "
                     "date, which reads both ways, is null with a warning; with it, a date impossible in that order "
                     "(14/05/2025 under MDY) is null with a warning. Dates in the article text are not affected."),
    ] = None,
    stdin_format: Annotated[
        StdinFormat | None,
        typer.Option("--stdin-format", help="Format of standard input ('-'); sniffed from its first bytes if not given."),
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the output if it exists: a file, or newsmine's tables "
                                                               "in a --format parquet/csv or --shards directory (other files "
                                                               "there are kept). The old output stays until this run "
                                                               "writes a record (JSON Lines, DuckDB, SQLite) or until it "
                                                               "finishes (JSON, Parquet, CSV).")] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Continue an interrupted run into the same output (JSON Lines, DuckDB or SQLite): keep its records "
            "(a torn last line is cut) and process only the articles it does not hold yet. Rerun with the same "
            "inputs, from the same directory, and the same settings: a run whose model, newsmine version or "
            "record options (--min-confidence, --text-field, --field, --no-text...) differ from those the output "
            "was made with (kept beside it in .OUTPUT.newsmine-run.json) is refused, exit 2.",
        ),
    ] = False,
    append: Annotated[
        bool,
        typer.Option(
            "--append",
            help="Add to an existing database (.duckdb, .db) or --format parquet/csv directory: new articles are "
            "added, an article whose id it already holds is replaced (load a daily crawl day after day). A "
            "--shards directory grows with --resume instead.",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", "-w", min=1, metavar="N", show_default="all cores",
            help="Worker processes, each with its own copy of the model; 1 runs in this process.",
        ),
    ] = None,
    unordered: Annotated[
        bool, typer.Option("--unordered", help="Write records as they finish instead of in input order (faster with many workers).")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", metavar="ADDRESS",
            help="Run on a Dask cluster instead of local workers: a scheduler address (tcp://10.0.0.5:8786), "
            "or local[:N] for a LocalCluster of N processes. Needs: pip install 'newsmine[dask]'.",
        ),
    ] = None,
    shards: Annotated[
        bool,
        typer.Option(
            "--shards",
            help="Every input file is a shard: the worker that runs it reads the file itself and writes its part of "
            "every table (--output DIR, --format parquet or jsonl; DIR may be an fsspec URL). For corpora of many "
            "large files (CC-NEWS WARCs); --resume skips complete shards. Progress counts the articles done "
            "inside the shards still running, on local workers and on Dask, and names the long article a shard "
            "parses while no record comes. A local DIR is locked for the run; an object store (s3://) cannot be: "
            "start one run at a time there (a second one warns, naming the first).",
        ),
    ] = False,
    inputs_from: Annotated[
        str | None,
        typer.Option("--inputs-from", metavar="FILE", help="Read input paths (with --shards, URLs too) from FILE, "
                     "one a line, after those named (.gz allowed, e.g. CC-NEWS's warc.paths.gz)."),
    ] = None,
    download_timeout: Annotated[
        float | None,
        # Its default is shards.download.DEFAULT_DOWNLOAD_TIMEOUT, named here as text: importing the
        # shards package costs every command's start (a test checks the two agree).
        typer.Option(min=0, metavar="SECONDS", show_default="300",
                     help="With --shards: seconds a URL input (https://, s3://...) may send no data before its shard "
                     "fails (reported, no part; --resume retries it) and the run goes on; 0: no limit. A slow "
                     "download that keeps sending is never cut short."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N", help="Articles per spaCy batch.")] = DEFAULT_BATCH_SIZE,
    batch_chars: Annotated[
        int,
        typer.Option(min=1, metavar="N", help="Most characters per spaCy batch (a longer article goes alone): bounds each worker's "
                     "peak memory, about 3 kB per character with the default model."),
    ] = DEFAULT_BATCH_CHARS,
    max_chars: Annotated[
        int, typer.Option(min=1, metavar="N", help="Articles longer than this many characters become error records.")
    ] = DEFAULT_MAX_CHARS,
    article_timeout: Annotated[
        float,
        typer.Option(min=0, metavar="SECONDS", help="Seconds one article may take before it becomes an ArticleTimeout error record and "
                     "the run goes on (0: no limit). Applies in the main thread of a process: the CLI and local "
                     "workers, not Dask."),
    ] = DEFAULT_ARTICLE_TIMEOUT,
    min_confidence: Annotated[
        float,
        typer.Option(metavar="P", callback=_probability, help="Leave out quotes whose calibrated confidence (quote.confidence: "
                     "the probability that content and speaker are right) is below P, from 0 to 1 (0.8, not 80); 0 keeps them all. The "
                     "run's summary says how many it left out."),
    ] = 0.0,
    guess_gender: Annotated[
        bool,
        typer.Option("--guess-gender", help="Give people the article states no gender of a gender guessed from their "
                     "first name (gender-guesser's name lists; pip install 'newsmine[gender]'), marked "
                     "'guessed:first-name' in gender_evidence."),
    ] = False,
    no_text: Annotated[
        bool,
        typer.Option("--no-text", help="Leave the article text out of the records (smaller output; offsets then "
                     "index the original text, which the output no longer holds)."),
    ] = False,
    min_words: Annotated[
        int, typer.Option(min=0, metavar="N", help="Web pages (HTML, WARC) with fewer words of article text are recorded with status "
                          "'skipped' (ThinPage) and not analysed.")
    ] = DEFAULT_MIN_WORDS,
    other_languages: Annotated[
        bool,
        typer.Option("--other-languages", help="Analyse articles whose text is confidently in another language than the "
                     "model's too (by default they are recorded with status 'skipped', OtherLanguage, and not analysed); "
                     "the detected language is still in each record's 'language'."),
    ] = False,
) -> None:
    """Extract entities, dates, quotes and metadata from news articles into JSON Lines, JSON,
    DuckDB, SQLite, Parquet or CSV (--format, or the --output suffix).

    One record per input article, in input order (unless --unordered). Articles that cannot
    be processed get an error record (status "error") and the run goes on; the exit code is
    then 1. Runs use every core by default (--workers) and can be resumed after a crash
    (--resume), with the settings the output was made with (others are refused, exit 2).

    Exit codes: 0 every article ok; 1 some articles failed; 2 the run could not start; 3 it
    stopped part-way; 4 no article found in the inputs (nothing written); 130 interrupted;
    143 terminated.

    Example: newsmine extract data/samples --output records.jsonl
    """
    if output is None:
        fail(_missing_output(bool(inputs) or inputs_from is not None))
    options = ExtractOptions(
        pipeline=PipelineSettings(model=model, batch_size=batch_size, max_chars=max_chars, include_text=not no_text,
                                  article_timeout=article_timeout or None, min_confidence=min_confidence,
                                  guess_gender=guess_gender, other_languages=other_languages),
        read=ReadOptions(fields=JsonFields(text=text_field, id=id_field, **_renamed_fields(field_names or [])),
                         stdin_format=stdin_format.value if stdin_format else None, min_words=min_words,
                         outlet=outlet.strip() or None if outlet else None,
                         date_order=date_order.value if date_order else None),
        overwrite=overwrite,
        output_format=output_format.value if output_format else None,
        resume=resume,
        append=append,
        workers=workers,
        dask=dask,
        unordered=unordered,
        batch_chars=batch_chars,
    )
    if dask is not None and workers is not None:
        fail("--workers and --dask exclude each other: with Dask, the cluster's workers do the work (local:N sets their number)")
    if shards:
        from newsmine.cli.shards_cmd import run_sharded

        run_sharded(inputs or [], output, options, inputs_from=inputs_from, download_timeout=download_timeout)
        return
    if download_timeout is not None:
        fail("--download-timeout applies to --shards runs, whose workers download URL inputs; a streamed run "
             "reads local files and standard input only")
    if inputs_from is not None:
        # A nightly run over a day's thousands of WARC files wants a list, not a command line
        # of that length; only --shards took one ("--inputs-from needs --shards").
        from newsmine.shards.inputs import read_local_input_list

        with reported_errors(stopped=lambda: NOTHING_WRITTEN):
            inputs = [*(inputs or []), *read_local_input_list(inputs_from)]
        if not inputs:
            fail(f"{inputs_from} names no input (blank lines and # comments only): nothing to do; nothing was written",
                 EXIT_NOTHING_FOUND)
    if not inputs:
        fail("name the input files or directories")
    if "-" in inputs and _stdin_is_a_terminal():
        # `newsmine extract - -o x.jsonl` typed without a pipe waited for input without a word.
        print("newsmine: reading the article from the terminal: type or paste it, then Ctrl-D on a line of its own",
              file=sys.stderr)
    # Listing a large folder takes a while: a stop then said "interrupted" alone.
    with reported_errors(stopped=lambda: NOTHING_WRITTEN):
        output_format = detect_output_format(output, options.output_format)  # refuse 'out.csv' before loading the model
        input_files = plan_inputs(inputs, output)
        held_before = (resume or append) and output_kind(output) in ("file", "directory")
        kept_until_written = overwrite and kept_until_first_record(output, output_format)
        kept_until_finished = overwrite and replaced_when_finished(output, output_format)
        progress = ProgressLine(input_files)
    written = RunSummary()

    def on_record(summary: RunSummary) -> None:
        nonlocal written
        written = summary
        progress(summary)
        raise_if_stopped()  # a stop whose exception something swallowed (see terminate_like_interrupt)

    def on_warning(message: str) -> None:
        print(f"newsmine: warning: {message}", file=sys.stderr)

    started = time.monotonic()
    in_work = ArticlesInWork()
    progress.watch(in_work)  # names the long article a run is busy with when no record comes
    try:
        with (reported_errors(on_stop=progress.finish, records_written=lambda: written.articles,
                              records_kept=lambda: written.kept, output=output, held_before=held_before,
                              kept_until_written=kept_until_written, kept_until_finished=kept_until_finished,
                              to_continue=_how_to_continue(output, output_format, options)),
              terminate_like_interrupt() as raise_if_stopped):
            summary = extract(inputs, output, options, on_record=on_record, on_warning=on_warning, in_work=in_work,
                              on_start=lambda: progress.announce([item.path for item in input_files], output))
    finally:
        progress.finish()
    read = [input_file.path for input_file in input_files if input_file.path != "-"]
    if (empty := nothing_found(summary, from_stdin=set(inputs) == {"-"}, read=read)) is not None:
        fail(empty, EXIT_NOTHING_FOUND)  # one line, no "0 articles … -> out.jsonl" for a file never written
    if (empty := empty_inputs_warning(input_files)) is not None:
        on_warning(empty)
    for warning in replacement_warnings(summary, output):
        on_warning(warning)
    if (repeated := repeated_id_warning(summary, output, output_format)) is not None:
        on_warning(repeated)
    print(format_summary(summary, time.monotonic() - started, output, min_confidence=min_confidence), file=sys.stderr)
    if summary.failed:
        raise typer.Exit(EXIT_PARTIAL)


def _missing_output(inputs_named: bool) -> str:
    """What a run without --output lacks, the input first: `newsmine extract` alone complained
    of --output only, and a user who then gave it learnt of the input at the next try. (--output
    is checked here, not required by typer, which checks options before arguments.)"""
    if not inputs_named:
        return ("name the input files or directories and where to write the records: newsmine extract INPUT... "
                "--output PATH (see 'newsmine extract --help')")
    return "Missing option '--output' / '-o': where to write the records (see 'newsmine extract --help')"


def _stdin_is_a_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced standard input
        return False


def _renamed_fields(specs: list[str]) -> dict[str, str]:
    """``--field published=publishedAt`` -> ``{"published": "publishedAt"}``, refusing what is no such pair."""
    renamed: dict[str, str] = {}
    for spec in specs:
        key, _, name = spec.partition("=")
        key, name = key.strip(), name.strip()
        if key in ("text", "id"):
            fail(f"--field {spec}: the {key} field is named with --{key}-field {name or 'FIELD'}")
        if key not in METADATA_FIELDS or not name:
            fail(f"--field {spec}: give KEY=FIELD, KEY one of {', '.join(METADATA_FIELDS)} (e.g. --field published=publishedAt)")
        if key in renamed and renamed[key] != name:
            fail(f"--field names two fields for {key}: {renamed[key]} and {name}")
        renamed[key] = name
    return renamed


def _how_to_continue(output: str, output_format: str, options: ExtractOptions) -> str | None:
    """What a stopped run's message says to do next, by the flags each format takes: --resume
    continues JSON Lines, DuckDB and SQLite (skipping the articles the output holds); an
    --append run is finished by running it again (re-seen articles replace theirs, none is
    duplicated), and so is a Parquet or CSV directory; a JSON array cannot be continued.

    An --append run into a database is told both ways on: the same command starts over from the
    first article (an hour's run stopped near its end is an hour again: "rerun the same command to
    finish" let a user think it went on), --resume in its place goes on where the run stopped, at
    the price of the articles held from before keeping their earlier records."""
    if output_kind(output) == "stream":
        return None
    if options.append:
        again = ("rerun the same command to finish: it extracts every article again (those the output holds "
                 "are replaced, none is duplicated)")
        if output_format in RESUMABLE_FORMATS:
            again += ("; or rerun it with --resume in place of --append to go on where this run stopped (articles "
                      "the output held before this run then keep their earlier records)")
        return again
    if options.resume:
        return "rerun the same command to continue"
    if options.overwrite and replaced_when_finished(output, output_format):
        return START_OVER  # the old output is kept whole, and this run's records with it discarded
    # --overwrite contradicts both flags: the same command with one of them added is refused.
    flag = "with {} instead of --overwrite" if options.overwrite else "with {}"
    if output_format in RESUMABLE_FORMATS:
        return f"rerun the same command {flag.format('--resume')} to continue"
    if output_format in APPENDABLE_FORMATS:
        return (f"rerun the same command {flag.format('--append')} to finish (the articles it holds are extracted "
                "again and replace theirs)")
    return "a JSON array cannot be continued: rerun with --overwrite, or write JSON Lines (.jsonl), which --resume continues"
