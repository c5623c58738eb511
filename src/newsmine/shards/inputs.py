"""The input files of a sharded run: paths, directories, globs and URLs, or a list in a file.

CC-NEWS publishes each month's archives as ``warc.paths.gz``, one path a line; that is the
form :func:`read_input_list` reads (gzipped or not, local or at any fsspec URL), with a
``prefix`` to turn its relative paths into URLs (``s3://commoncrawl/``,
``https://data.commoncrawl.org/``).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator

from newsmine.errors import UsageError
from newsmine.readers import STDIN, SkippedBecause, SkippedFile, detect_format, list_inputs
from newsmine.readers.inputs import GLOB_CHARACTERS, NOT_DOWNLOADED, is_glob, is_web_address, opens_a_feed
from newsmine.shards.task import is_url

__all__ = ["expand_inputs", "one_article_shards_warning", "read_input_list", "read_local_input_list"]

# Formats whose file holds one article: as shards, one task and one part per table each.
ONE_ARTICLE_FORMATS = ("text", "html", "email")
# From how many such shards a run is warned; a handful beside WARC files is no matter.
MANY_ONE_ARTICLE_SHARDS = 100


def one_article_shards_warning(paths: list[str]) -> str | None:
    """The warning for a sharded run most of whose shards are one-article files (a folder of
    .txt or .html), or None. `extract archive/ --shards` over 120 text and HTML files (and 5 feeds
    and WARCs) ran 125 shards, wrote 125 parts in each of seven tables and said nothing, though
    the README advises a streamed run for such a folder; a newsroom's archive of a hundred
    thousand saved pages would make a hundred thousand parts per table."""
    single = sum(1 for path in paths if detect_format(path) in ONE_ARTICLE_FORMATS)
    if single < MANY_ONE_ARTICLE_SHARDS or single * 2 < len(paths):
        return None
    return (f"{single:,} of the {len(paths):,} shards are one-article files (text, HTML, e-mail): every file "
            "becomes a task with its own part in each table; a streamed run (the same command without --shards, "
            "into one output such as -o records.jsonl or -o corpus.duckdb) batches them across files")


def expand_inputs(inputs: Iterable[str], skipped: list[SkippedFile] | None = None) -> Iterator[str]:
    """Input files named by ``inputs``: files, directories (walked, as in any run), globs
    (``data/2024-*/*.warc.gz``, ``s3://bucket/cc-news/*.warc.gz``) and URLs of files. Files of
    unknown type found by a glob or in a directory go to ``skipped``; a name that matches
    nothing is a :class:`UsageError`."""
    for raw in inputs:
        raw = str(raw)
        if raw == STDIN:
            raise UsageError("a sharded run reads files, not standard input: every input file is a shard")
        if is_url(raw) and not raw.startswith("file://"):
            if is_glob(raw):
                yield from _known(_url_glob(raw), skipped)
            else:
                yield raw
        elif is_glob(raw) and not os.path.exists(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise UsageError(f"{raw}: no file matches")
            for match in matches:
                if os.path.isdir(match):
                    yield from (found.path for found in list_inputs([match], skipped=skipped))
                else:
                    yield from _known([match], skipped)
        else:
            yield from (found.path for found in list_inputs([raw.removeprefix("file://")], skipped=skipped))

def read_input_list(path: str, *, prefix: str = "") -> list[str]:
    """The paths or URLs listed in ``path``, one a line (blank lines and ``#`` comments
    skipped), each with ``prefix`` put before it; ``.gz`` (and other compressions fsspec
    knows) is undone."""
    return [prefix + entry for _, entry in _listed(path)]


def read_local_input_list(path: str) -> list[str]:
    """The paths listed in ``path``, as :func:`read_input_list` reads them, for a streamed run:
    one that names no file there is a :class:`UsageError` giving its line in the list. The
    run's check of its inputs said only "missing.txt: no such file or directory", and a user
    whose list held that path on line 40 looked for it on the command line; a relative path is
    read from the current directory, not the list's, which the message says too."""
    listed = _listed(path)
    for number, entry in listed:
        if not os.path.lexists(entry):
            if is_web_address(entry):
                raise UsageError(f"{entry}, listed on line {number} of {path}: {NOT_DOWNLOADED}")
            glob_note = ("; a glob in a list is expanded only with --shards: list the files"
                         if is_glob(entry) else "")
            relative_note = ("" if os.path.isabs(entry) else
                             f" (a relative path is read from the current directory, {os.getcwd()}, not from the list's)")
            raise UsageError(f"{entry}: no such file or directory, listed on line {number} of {path}"
                             f"{relative_note}{glob_note}")
    return [entry for _, entry in listed]


def _listed(path: str) -> list[tuple[int, str]]:
    """The entries of the input list ``path`` with their line numbers (from 1): blank lines
    and ``#`` comments skipped, compression undone."""
    import fsspec

    try:
        with fsspec.open(path, "rt", compression="infer", encoding="utf-8") as handle:
            lines = [line.strip() for line in handle]
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc  # not "[Errno 2] ...: '/abs/path'"
        raise UsageError(f"cannot read the input list {path}: {reason}") from exc
    return [(number, line) for number, line in enumerate(lines, 1) if line and not line.startswith("#")]

def _url_glob(pattern: str) -> list[str]:
    """The URLs matching ``pattern``, spelled as the pattern spells its directory (fsspec
    answers ``memory://in/*`` with ``memory:///in/a.txt``): the records' ``source.path`` is
    then the URL the user would have written."""
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(pattern)
    except ImportError as exc:
        raise UsageError(f"{pattern}: {exc}") from exc
    matches = sorted(_spelled_as(pattern, path, match) or fs.unstrip_protocol(match) for match in fs.glob(path))
    if not matches:
        raise UsageError(f"{pattern}: no file matches")
    return matches


def _spelled_as(pattern: str, stripped_pattern: str, match: str) -> str | None:
    """``match`` (a path as the filesystem names it) under the pattern's own spelling of the
    directory before its first wildcard, or None when the two do not line up."""
    cut = min(index for index in (pattern.find(c) for c in GLOB_CHARACTERS) if index >= 0)
    written = pattern[: pattern.rfind("/", 0, cut) + 1]
    stripped_cut = min(index for index in (stripped_pattern.find(c) for c in GLOB_CHARACTERS) if index >= 0)
    stripped = stripped_pattern[: stripped_pattern.rfind("/", 0, stripped_cut) + 1]
    if not written or not stripped or not match.startswith(stripped):
        return None
    return written + match[len(stripped):]


def _known(paths: Iterable[str], skipped: list[SkippedFile] | None) -> Iterator[str]:
    for path in paths:
        if detect_format(path) is not None and opens_a_feed(path):  # a glob's sitemap.xml is no feed
            yield path
        elif skipped is not None:
            skipped.append(SkippedFile(path, SkippedBecause.unknown_type))
