"""The ``newsmine`` command line's typer app: thin typer commands over the library
(:func:`newsmine.cli.main` runs it once its stop handling is set up).

Each command module holds one command: it parses and validates arguments, calls the
library inside :func:`~newsmine.cli.common.reported_errors`, which maps every error the same
way for every command (one line on stderr; exit 2 for usage and unwritable outputs, 3 for a
run stopped part-way, 130/143 for Ctrl-C/SIGTERM).

Help is plain text (``rich_markup_mode=None``): rich's panels showed ``<bool>`` after every
flag and read ``[dask]`` in help text as markup. Usage errors (an unknown option, a missing
argument) are one line too, like every other error: see :class:`_OneLineErrors`.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from newsmine.cli import eval_cmd, explore_cmd, extract_cmd, report_cmd, schema_cmd, shards_cmd
from newsmine.cli.common import EXIT_USAGE
from newsmine.cli.stops import exit_stopped

__all__ = ["app"]

# typer's usage errors derive from click's ClickException (vendored by recent typer versions,
# so reached through a class typer exports rather than by importing click).
_CLICK_EXCEPTION = next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "ClickException")


class _OneLineErrors(TyperGroup):
    """Usage errors as ``newsmine: error: <what> (see '<command> --help')`` on one line."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _CLICK_EXCEPTION as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # `newsmine` alone: the help, as asked
                exc.show()
                sys.exit(exc.exit_code)
            context = getattr(exc, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            # typer validates choices through pydantic, whose messages begin "Value error, "
            message = " ".join(exc.format_message().replace("Value error, ", "").split()).rstrip(".")
            print(f"newsmine: error: {message}{hint}", file=sys.stderr)
            sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a stop that escapes it exits like any other (typer would turn it into
        a silent exit 130, a SIGTERM's too). The commands report the stops that come while they
        work themselves; this catches those of the moments between (reading the arguments)."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as stop:
            exit_stopped(stop)


app = typer.Typer(
    name="newsmine",
    cls=_OneLineErrors,
    help="Turn news articles into structured records: entities, dates, quotes and who said them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from newsmine import __version__

        print(f"newsmine {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn news articles into structured records: entities, dates, quotes and who said them."""


app.command("extract")(extract_cmd.extract_cli)
app.command("schema")(schema_cmd.schema_cli)
app.command("report")(report_cmd.report_cli)
app.command("explore")(explore_cmd.explore_cli)
app.command("eval")(eval_cmd.eval_cli)
app.command("merge")(shards_cmd.merge_cli)
