"""Batch extraction: inputs -> records -> output, with a summary. The CLI's ``extract`` is a
thin layer over :func:`extract`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.errors import OutputError
from newsmine.nlp.model import DEFAULT_MODEL
from newsmine.pipeline import DEFAULT_BATCH_SIZE, DEFAULT_MAX_CHARS, Pipeline
from newsmine.readers import ReadOptions, list_inputs, read_file
from newsmine.records import ArticleRecord, Status
from newsmine.writers import open_writer

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


@dataclass(slots=True)
class RunSummary:
    articles: int = 0
    failed: int = 0
    words: int = 0
    errors_by_type: Counter = field(default_factory=Counter)
    skipped_files: list[str] = field(default_factory=list)

    def add(self, record: ArticleRecord) -> None:
        self.articles += 1
        if record.status is Status.error:
            self.failed += 1
            self.errors_by_type[record.error.type] += 1
        else:
            self.words += len(record.text.split())


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
    summary = RunSummary()
    input_files = list(list_inputs(inputs, skipped=summary.skipped_files))  # fail fast on bad paths
    if str(output) != "-" and not options.overwrite and Path(output).exists():
        raise OutputError(f"{output} exists; pass --overwrite to replace it")
    pipeline = Pipeline(options.model, batch_size=options.batch_size, max_chars=options.max_chars)
    articles = (article for input_file in input_files for article in read_file(input_file, options.read))
    writer = open_writer(str(output), format=options.output_format, mode="overwrite" if options.overwrite else "new")
    try:
        for record in pipeline.process(articles):
            writer.write(record)
            summary.add(record)
            if on_record is not None:
                on_record(summary)
    finally:
        writer.close()
    return summary
