"""``newsmine report``: a corpus at a glance, in the terminal and as an HTML page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from newsmine.cli.common import START_OVER, fail, reported_errors
from newsmine.errors import OutputError
from newsmine.writers.target import require_folder

__all__ = ["report_cli"]


def report_cli(
    records: Annotated[
        Path,
        typer.Argument(exists=True, metavar="RECORDS", help="Records written by newsmine extract: a .jsonl or .json file, a .duckdb or "
                       ".db/.sqlite/.sqlite3 (SQLite) database, or a --format parquet or csv output directory (sharded or not; "
                       "a --shards --format jsonl directory too).", show_default=False),
    ],
    html: Annotated[
        Path | None,
        typer.Option("--html", dir_okay=False, metavar="FILE", help="Also write the report as one self-contained HTML page with "
                     "charts (no scripts, no network requests)."),
    ] = None,
    top: Annotated[int, typer.Option(min=1, max=100, metavar="N", help="How many speakers and entities per type to list.")] = 10,
    outlet: Annotated[
        list[str] | None,
        typer.Option("--outlet", metavar="NAME", help="Only articles of this outlet (as written in the records); repeat for several.",
                     show_default=False),
    ] = None,
    since: Annotated[
        dt.datetime | None,
        typer.Option("--since", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD",
                     help="Only articles published on or after this day (undated articles are left out)."),
    ] = None,
    until: Annotated[
        dt.datetime | None,
        typer.Option("--until", formats=["%Y-%m-%d"], metavar="YYYY-MM-DD",
                     help="Only articles published on or before this day (undated articles are left out)."),
    ] = None,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, metavar="N", help="Rank speakers, and compare outlets, that appear in at least "
                          "this many articles.")
    ] = 1,
    examples: Annotated[int, typer.Option(min=0, max=20, metavar="N", help="Example quotes shown per top speaker.")] = 3,
    all_categories: Annotated[
        bool, typer.Option("--all-categories", help="Rank speakers on every quote, stances and thoughts included "
                           "(by default only speech and writing count: quote.category).")
    ] = False,
    allow_incomplete: Annotated[
        bool, typer.Option("--allow-incomplete", help="Report on a --shards output directory whose run did not complete "
                           "every shard (stopped, still running, or shards failed): its complete shards only, with a "
                           "warning. Without it such a directory is refused (exit 2).")
    ] = False,
) -> None:
    """Summarise records: corpus size, top quoted speakers with example quotes, the share of
    anonymous sources, most mentioned entities by type, quotes per outlet and over time,
    outlets compared, and the data's quality (errors, thin articles, unresolved speakers).

    Example: newsmine report records.db --since 2025-03-01 --outlet "The Coastal Ledger" --html report.html
    """
    from newsmine.report import ReportFilter, build_report, render_html, render_text
    from newsmine.report.sources import SPEAKER_CATEGORIES

    if since and until and since > until:
        fail(f"--since {since.date()} is after --until {until.date()}: no article can match")
    if not allow_incomplete:
        _refuse_if_incomplete(records)
    filters = ReportFilter(outlets=tuple(outlet or ()), since=since.date() if since else None,
                           until=until.date() if until else None, min_articles=min_articles,
                           speaker_categories=None if all_categories else SPEAKER_CATEGORIES)
    # A stop said "interrupted" alone: building the report of a large corpus takes a while.
    with reported_errors(stopped=lambda: f"; the report was not finished; {START_OVER}"):
        if html is not None:
            require_folder(str(html))  # before the report is built, not after it is printed
            _refuse_to_replace_what_is_no_page(html, records)
        report = build_report(records, top=top, filters=filters, examples=examples)
        _warn_if_incomplete(records)
        # Printed with --html too ("Also write", as its help says): stdout is the report, whatever
        # else is written, so `--html r.html > r.txt` keeps both and a script reading stdout gets
        # the same text either way; the page's confirmation goes to stderr.
        typer.echo(render_text(report), nl=False)
        if html is not None:
            try:
                html.write_text(render_html(report), encoding="utf-8")
            except OSError as exc:
                raise OutputError(f"cannot write {html}: {exc.strerror or exc}") from exc
    if html is not None:
        typer.echo(f"HTML report written to {html}", err=True)


def _incompleteness(records: Path, *, allowed: bool) -> str | None:
    """The refusal or warning for a sharded output or one of its parts (shards/plan.py)."""
    from newsmine.shards.plan import incompleteness

    return incompleteness(str(records), allowed=allowed)


def _refuse_if_incomplete(records: Path) -> None:
    """A sharded output whose run stopped part-way reads like a complete corpus, and a report
    page shared from it said nothing of the shards never written (shards/plan.py); one of its
    parts named alone is refused as its directory is."""
    if refusal := _incompleteness(records, allowed=False):
        fail(refusal)


def _warn_if_incomplete(records: Path) -> None:
    """--allow-incomplete: the report is read, and the warning says what it lacks (shards/plan.py)."""
    if warning := _incompleteness(records, allowed=True):
        typer.echo(f"newsmine: warning: {warning}", err=True)


def _refuse_to_replace_what_is_no_page(html: Path, records: Path) -> None:
    """``--html`` replaces an earlier report (any HTML page) but not a file of another kind:
    ``--html records.jsonl``, a slip of tab completion, replaced the records with the page."""
    if not html.is_file():
        return
    if records.is_file() and html.resolve() == records.resolve():
        fail(f"--html {html} is the records file being reported on: name the page another file (e.g. report.html)")
    with html.open("rb") as handle:
        start = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    # Markup of any kind (HTML5 may open with <head> or <meta>, XHTML with <?xml): a page; JSON
    # Lines, CSV, a database or text opens otherwise.
    if start and not start.startswith(b"<"):
        fail(f"{html} exists and is not an HTML page, which --html would replace: name another file (e.g. report.html), "
             "or remove it first")
