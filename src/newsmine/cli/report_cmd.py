"""``newsmine report``: a corpus at a glance, in the terminal and as an HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsmine.cli.common import fail
from newsmine.errors import NewsmineError

__all__ = ["report_cli"]


def report_cli(
    records: Annotated[
        Path,
        typer.Argument(exists=True, help="Records written by newsmine extract: a .jsonl or .json file, a .duckdb "
                       "database, or a --format parquet output directory.", show_default=False),
    ],
    html: Annotated[
        Path | None,
        typer.Option("--html", dir_okay=False, help="Also write the report as one self-contained HTML page with "
                     "charts (no scripts, no network requests)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="How many speakers and entities per type to list.")] = 10,
) -> None:
    """Summarise records: corpus size, top quoted speakers and the share of anonymous sources,
    most mentioned entities by type, quotes per outlet, and the date range.

    Example: newsmine report records.jsonl --html report.html
    """
    from newsmine.report import build_report, render_html, render_text

    try:
        report = build_report(records, top=top)
    except NewsmineError as exc:
        fail(str(exc))
    typer.echo(render_text(report), nl=False)
    if html is not None:
        try:
            html.write_text(render_html(report), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {html}: {exc.strerror or exc}")
        typer.echo(f"HTML report written to {html}", err=True)
