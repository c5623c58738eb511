"""The ``newsmine`` command line: thin typer commands over the library.

Each command module holds one command: it parses and validates arguments, calls the
library, and maps library errors to one-line messages on stderr with exit code 2.
"""

from __future__ import annotations

import typer

from newsmine.cli import eval_cmd, explore_cmd, extract_cmd, report_cmd, schema_cmd, shards_cmd

__all__ = ["app", "main"]

app = typer.Typer(
    name="newsmine",
    help="Turn news articles into structured records: entities, dates, quotes and who said them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("extract")(extract_cmd.extract_cli)
app.command("schema")(schema_cmd.schema_cli)
app.command("report")(report_cmd.report_cli)
app.command("explore")(explore_cmd.explore_cli)
app.command("eval")(eval_cmd.eval_cli)
app.command("merge")(shards_cmd.merge_cli)


def main() -> None:
    app()
