"""``newsmine extract``: articles in, one JSON record per article out."""

from __future__ import annotations

import sys
import time
from enum import Enum
from typing import Annotated

import typer

from newsmine.batch import ExtractOptions, RunSummary, extract
from newsmine.cli.common import EXIT_PARTIAL, ModelOption, reported_errors
from newsmine.cli.progress import ProgressLine, format_summary
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS
from newsmine.readers import ReadOptions, list_inputs
from newsmine.readers.json_lines import JsonFields
from newsmine.writers import detect_output_format

__all__ = ["extract_cli"]


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    duckdb = "duckdb"
    parquet = "parquet"
    csv = "csv"


class StdinFormat(str, Enum):
    text = "text"
    html = "html"
    json = "json"
    jsonl = "jsonl"


def extract_cli(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files or directories (read recursively) of articles, or '-' for standard input. "
            "Formats by extension: .txt .md (plain text), .html .htm (via trafilatura), .json "
            "(an object or an array), .jsonl .ndjson (an object a line), .warc .warc.gz.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Where to write the records: a file (.jsonl, .json, .duckdb), a directory "
                     "for --format parquet/csv, or '-' for standard output (JSON Lines or JSON)."),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option("--format", "-f", help="Output format; default: from the --output suffix (.json, .duckdb), "
                     "else JSON Lines. parquet and csv write a directory with one dataset/file per table."),
    ] = None,
    model: ModelOption = DEFAULT_MODEL,
    text_field: Annotated[str, typer.Option(help="JSON field holding the article text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSON field holding the article id.")] = "id",
    stdin_format: Annotated[
        StdinFormat | None,
        typer.Option("--stdin-format", help="Format of standard input ('-'); sniffed from its first byte if not given."),
    ] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace the output file if it exists.")] = False,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = DEFAULT_BATCH_SIZE,
    max_chars: Annotated[
        int, typer.Option(min=1, help="Articles longer than this many characters become error records.")
    ] = DEFAULT_MAX_CHARS,
) -> None:
    """Extract entities, dates, quotes and metadata from news articles into JSON Lines.

    One record per input article, in input order. Articles that cannot be processed get an
    error record (status "error") and the run goes on; the exit code is then 1.

    Example: newsmine extract data/samples --output records.jsonl
    """
    options = ExtractOptions(
        model=model,
        batch_size=batch_size,
        max_chars=max_chars,
        read=ReadOptions(fields=JsonFields(text=text_field, id=id_field), stdin_format=stdin_format.value if stdin_format else None,
                         max_chars=max_chars),
        overwrite=overwrite,
        output_format=output_format.value if output_format else None,
    )
    with reported_errors():
        detect_output_format(output, options.output_format)  # refuse 'out.csv' before loading the model
        total = _count_single_article_files(inputs)
    progress = ProgressLine(total)
    written = RunSummary()

    def on_record(summary: RunSummary) -> None:
        nonlocal written
        written = summary
        progress(summary)

    started = time.monotonic()
    with reported_errors(on_stop=progress.finish, records_written=lambda: written.articles, output=output):
        summary = extract(inputs, output, options, on_record=on_record)
    progress.finish()
    print(format_summary(summary, time.monotonic() - started, output), file=sys.stderr)
    if summary.failed:
        raise typer.Exit(EXIT_PARTIAL)


def _count_single_article_files(inputs: list[str]) -> int | None:
    """Total articles when every input holds one (txt, md, html); None when unknown."""
    total = 0
    for input_file in list_inputs(inputs):
        if input_file.format not in ("text", "html"):
            return None
        total += 1
    return total


