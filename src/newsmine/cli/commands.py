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
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from newsmine.cli import eval_cmd, explore_cmd, extract_cmd, report_cmd, schema_cmd, shards_cmd
from newsmine.cli.common import EXIT_USAGE
from newsmine.cli.log_lines import show_library_warnings
from newsmine.cli.stops import WHILE_STARTING, exit_stopped

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

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """Read the arguments before the command; a stop meanwhile says nothing was touched (see
        :func:`_stopped_while_reading_arguments`)."""
        with _stopped_while_reading_arguments():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: Any) -> Any:
        """Run the command; a stop that escapes it exits like any other (typer would turn it into
        a silent exit 130, a SIGTERM's too). The commands report the stops that come while they
        work themselves, and :func:`_stopped_while_reading_arguments` those before; this catches
        those of the moments between."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as stop:
            exit_stopped(stop)


class _ArgumentList(TyperArgument):
    """An argument taking several values, shown in --help as ``INPUT...`` (as the usage line
    writes it) rather than typer's ``INPUT <list[str]>``, a Python type a user has no use for."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _rich_display_name(self) -> str:
        return f"{super()._rich_display_name()}..."


class _Command(TyperCommand):
    """A command whose arguments are read (parsed, converted, checked: ``exists=True`` looks at
    the disk) with the same stop handling as the group's, and whose arguments of several values
    read ``INPUT...`` in its help (:class:`_ArgumentList`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument and param.nargs != 1:
                param.__class__ = _ArgumentList

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        with _stopped_while_reading_arguments():
            return super().make_context(info_name, args, parent, **extra)


@contextmanager
def _stopped_while_reading_arguments() -> Iterator[None]:
    """A stop while typer reads the arguments exits as one while the commands are imported does:
    "interrupted; nothing was read or written; rerun the same command to start over". Before,
    a Ctrl-C there said "interrupted" alone (the command's arguments: was a --resume run's
    output touched?), or nothing at all with exit 130, a SIGTERM's too (the group's: typer
    turns a KeyboardInterrupt into a silent exit 130)."""
    try:
        yield
    except KeyboardInterrupt as stop:
        exit_stopped(stop, WHILE_STARTING)


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
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn news articles into structured records: entities, dates, quotes and who said them."""
    ctx.call_on_close(show_library_warnings())  # the WARC reader's per-file line, as `newsmine: warning: …`


app.command("extract", cls=_Command)(extract_cmd.extract_cli)
app.command("schema", cls=_Command)(schema_cmd.schema_cli)
app.command("report", cls=_Command)(report_cmd.report_cli)
app.command("explore", cls=_Command)(explore_cmd.explore_cli)
app.command("eval", cls=_Command)(eval_cmd.eval_cli)
app.command("merge", cls=_Command)(shards_cmd.merge_cli)
