"""Helpers shared by the commands: error reporting and common options."""

from __future__ import annotations

import sys
from typing import Annotated, NoReturn

import typer

__all__ = ["EXIT_PARTIAL", "EXIT_USAGE", "ModelOption", "fail"]

EXIT_PARTIAL = 1  # some articles failed; their error records are in the output
EXIT_USAGE = 2  # the run could not start: bad arguments, missing paths, existing output

ModelOption = Annotated[
    str,
    typer.Option(
        "--model",
        "-m",
        help="spaCy pipeline to parse with: an installed package name or a pipeline directory "
        "(e.g. en_core_web_trf). Default: the bundled small English model.",
    ),
]


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print one line to stderr and exit: no traceback for problems the user can fix."""
    print(f"newsmine: error: {message}", file=sys.stderr)
    raise typer.Exit(code)
