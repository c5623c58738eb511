"""Input listing: the files named on the command line, directories walked, and what was skipped.

Directories are walked recursively in sorted order; inside them hidden files and folders,
files of unknown type, anything that is not a regular file (a FIFO, a device, a socket:
reading one could block forever) and newsmine's own outputs (an earlier run's records) are
skipped and counted.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from newsmine.errors import UnsupportedFormat, UsageError
from newsmine.readers.csv_table import is_newsmine_csv
from newsmine.readers.formats import FORMATS, STDIN, detect_format, is_gzipped
from newsmine.readers.gzip_sniff import bare_gz_format

__all__ = ["GLOB_CHARACTERS", "MANIFEST_SUFFIX", "InputFile", "SkippedBecause", "SkippedFile", "display_path", "is_glob",
           "list_inputs", "opens_a_feed"]


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str  # as given or found under a given directory; "-" for stdin
    format: str
    size: int | None  # bytes, for progress; None for stdin


class SkippedBecause(str, Enum):
    """Why a file (or folder) inside an input directory was not read; the value is what the
    run's summary line says."""

    hidden = "hidden"
    unknown_type = "unknown type"
    not_regular = "not a regular file"  # a FIFO, device or socket: reading one could block forever
    output = "the output itself"
    newsmine_records = "newsmine records"  # an earlier run's output: see is_newsmine_output
    page_assets = "saved page's files"  # a browser's "Web Page, Complete" folder: see _page_assets


class SkippedFile(NamedTuple):
    """A file (or folder) inside an input directory that was not read, and why."""

    path: str
    reason: SkippedBecause


# An input named as a link ('https://…'), on the command line or in --inputs-from: refused,
# saying that nothing is downloaded ("no such file or directory" of a link left that to guess).
# The advice is also the one given for a .txt file of links (readers.plain_text).
_WEB_ADDRESS = re.compile(r"(?:https?|ftp)://", re.IGNORECASE)
SAVE_THE_PAGES = "save the pages first (wget --adjust-extension -i LIST -P pages/) and name their folder"
NOT_DOWNLOADED = ("a web address, not a file; newsmine downloads no page (only --shards reads archives and feeds "
                  f"at a URL): {SAVE_THE_PAGES}")


def is_web_address(raw: str) -> bool:
    return _WEB_ADDRESS.match(raw) is not None


# Files people keep articles in that newsmine does not read, and how to save them as a file it
# reads: "convert it" left a researcher with an .xlsx or a .docx not knowing to what.
_SAVE_AS = {
    (".xlsx", ".xlsm", ".xls", ".ods", ".numbers"): "a spreadsheet: save it as CSV (File > Save as / Download > "
                                                    "CSV UTF-8) and name the .csv file",
    (".docx", ".doc", ".odt", ".rtf", ".pages"): "a word-processor document: save it as plain text (.txt, UTF-8)",
    (".pdf",): "a PDF: save or copy its text into a .txt file (pdftotext file.pdf)",
    (".msg",): "an Outlook message: save it as text (File > Save As > Text Only, a .txt file), or drag it into "
               "another mail program and save it as .eml, which newsmine reads",
    (".webarchive",): "a Safari web archive: save the page again as Page Source (.html), which newsmine reads",
    # "rename the file" cannot help an archive: its articles are inside it.
    (".zip",): "a zip archive: unzip it (unzip FILE.zip -d FOLDER) and name the folder it makes",
    (".tar", ".tar.gz", ".tgz", ".7z", ".rar"): "an archive: unpack it (tar -xf FILE, or 7z x FILE) and name the "
                                               "folder it makes",
}


def _unknown_type(path: str) -> str:
    """The refusal of a file named explicitly whose type newsmine does not read."""
    advice = next((how for suffixes, how in _SAVE_AS.items() if str(path).lower().endswith(suffixes)), None)
    hint = f"it is {advice}" if advice else "rename the file or convert it"
    return f"{display_path(path)}: unknown file type; newsmine reads {', '.join(sorted(FORMATS))} ({hint})"


def list_inputs(paths: Iterable[str | Path], skipped: list[SkippedFile] | None = None) -> Iterator[InputFile]:
    """The input files named by ``paths`` (directories walked recursively, sorted).

    Raises :class:`UsageError` for a path that does not exist or a file of unknown type
    named explicitly. Inside directories, hidden entries, files of unknown type and
    non-regular files (FIFOs, devices, sockets) go to ``skipped``. A file named explicitly is
    read whatever it is (``<(zcat feed.jsonl.gz)`` is a FIFO the user meant).
    """

    def skip(path: str, reason: SkippedBecause) -> None:
        if skipped is not None:
            skipped.append(SkippedFile(path, reason))

    for raw in paths:
        raw = str(raw)
        if raw == STDIN:
            yield InputFile(STDIN, "stdin", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                if is_sharded_output(root, files):
                    skip(root, SkippedBecause.newsmine_records)
                    dirs[:] = []
                    continue
                for name in sorted(d for d in dirs if d.startswith(".")):
                    skip(os.path.join(root, name), SkippedBecause.hidden)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in [d for d in dirs if _page_assets(d, files)]:
                    skip(os.path.join(root, name), SkippedBecause.page_assets)
                    dirs.remove(name)
                for name in sorted(files):
                    file_path = os.path.join(root, name)
                    if name.startswith("."):
                        skip(file_path, SkippedBecause.hidden)
                        continue
                    fmt = detect_format(name) or bare_gz_format(file_path)[0]
                    if fmt is None:
                        skip(file_path, SkippedBecause.unknown_type)
                        continue
                    if not _regular_or_unreadable(file_path):
                        skip(file_path, SkippedBecause.not_regular)
                        continue
                    if fmt in ("jsonl", "json") and is_newsmine_output(file_path):
                        skip(file_path, SkippedBecause.newsmine_records)
                        continue
                    if fmt == "csv" and is_newsmine_csv(file_path):
                        skip(file_path, SkippedBecause.newsmine_records)
                        continue
                    if not opens_a_feed(file_path):
                        skip(file_path, SkippedBecause.unknown_type)  # a sitemap, a config file: not articles
                        continue
                    yield InputFile(file_path, fmt, _size(file_path))
        elif path.exists():
            fmt, why = detect_format(raw), ""
            if fmt is None:
                fmt, why = bare_gz_format(raw)
            if fmt is None:
                raise UnsupportedFormat(f"{display_path(raw)}: {why}" if why else _unknown_type(raw))
            yield InputFile(raw, fmt, _size(raw))
        elif is_glob(raw):
            # a quoted glob: only sharded runs expand globs themselves (newsmine.shards.inputs)
            raise UsageError(f"{display_path(raw)}: no such file or directory; newsmine expands a glob only with "
                             "--shards: leave it unquoted so that the shell expands it, or name the directory")
        elif is_web_address(raw):
            raise UsageError(f"{display_path(raw)}: {NOT_DOWNLOADED}")
        else:
            raise UsageError(f"{display_path(raw)}: no such file or directory")


def opens_a_feed(path: str) -> bool:
    """False for a local ``.xml`` file found in a folder or by a glob that is not an RSS or Atom feed
    (a sitemap, a settings file: not articles); True for any other file, and for one that cannot be
    read (reading it gives the error record that says why)."""
    from newsmine.readers.feeds import is_feed

    if not path.lower().endswith(".xml") or "://" in path:
        return True
    try:
        with open(path, "rb") as handle:
            return is_feed(handle.read(4096))
    except OSError:
        return True


def _page_assets(folder: str, files: list[str]) -> bool:
    """Whether ``folder`` holds the files of a page a browser saved whole ("Web Page, Complete":
    ``Story.html`` and ``Story_files/`` beside it). Its frames are HTML (ads, share buttons,
    embedded players) and were read as articles of their own: thin ones recorded as skipped
    pages, longer ones analysed as articles, with quotes."""
    if not folder.endswith("_files"):
        return False
    stem = folder[: -len("_files")]
    return any(name.lower() in (f"{stem}.html".lower(), f"{stem}.htm".lower()) for name in files)


# The files by which a sharded run's output directory is known: its run manifest and its plan
# (newsmine.manifest.MANIFEST_NAME, newsmine.shards.plan.PLAN_NAME; spelled here, as below).
SHARDED_OUTPUT_FILES = ("_newsmine-run.json", "_newsmine-shards.json")
# How each of those files opens when newsmine wrote it (manifest.py, shards/plan.py): the key
# that names it comes first.
_SHARDED_OUTPUT_KEYS = (b'"newsmine_run"', b'"newsmine_shards"')


def is_sharded_output(root: str, files: Iterable[str]) -> bool:
    """Whether the folder ``root``, holding ``files``, is the output directory of a ``--shards``
    run. Found in an input folder (`extract archive/ --shards -o archive/out/`, then a resume, or
    a streamed run over `archive/`), its markers and manifests were read as JSON articles: seven
    MissingText records, and every resume of the sharded run made shards of its own markers.

    The file must be newsmine's (its first key names it), not merely named like it: a folder of
    stories with a note of one's own called ``_newsmine-run.json`` was skipped whole, its
    articles with it, and the run said only "no articles found" (review48c)."""
    for name in SHARDED_OUTPUT_FILES:
        if name not in files:
            continue
        try:
            with open(os.path.join(root, name), "rb") as handle:
                head = handle.read(64)
        except OSError:
            continue
        if head.lstrip(b"{ \t\r\n").startswith(_SHARDED_OUTPUT_KEYS):
            return True
    return False


# The suffix of the run manifest newsmine keeps beside an output (.records.jsonl.newsmine-run.json);
# defined here, not in newsmine.manifest, which imports this package.
MANIFEST_SUFFIX = ".newsmine-run.json"
# How every newsmine record begins, as the writers serialise it (schema_version comes first).
_RECORD_START = b'{"schema_version":'
_HEAD_BYTES = 1 << 16


def is_newsmine_output(path: str) -> bool:
    """Whether the JSON Lines or JSON file at ``path`` is an output of newsmine: its run manifest
    is beside it, or its first record is a newsmine record (``schema_version``, ``entities`` and
    ``quotes``; a record too long to parse in the first 64 KiB is known by how it begins).

    Such a file inside an input directory is left out: an earlier run's ``out.jsonl`` in the
    corpus folder (``extract inout -o inout/out.jsonl``, then ``-o inout/out2.jsonl``) was read
    as a feed, each record's ``text`` and ``id`` analysed again, and the new output held every
    article twice under the same ids, without a word. Named on the command line, it is read:
    the user asked for it."""
    directory, name = os.path.split(path)
    if os.path.exists(os.path.join(directory, f".{name}{MANIFEST_SUFFIX}")):
        return True
    try:
        # an output gzipped after its run (as newsmine advises for `-o out.jsonl.gz`) too
        with (gzip.open(path, "rb") if is_gzipped(path) else open(path, "rb")) as handle:
            head = handle.read(_HEAD_BYTES)
    except (OSError, EOFError):
        return False  # reading it gives the error record that says why
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if first.startswith(b"["):  # a JSON array output: "[", then a record a line
        first = first[1:].lstrip()
    if not first.startswith(_RECORD_START):
        return False
    line, newline, _ = first.partition(b"\n")
    if not newline:
        return True  # a record longer than the head: newsmine's own opening is enough
    try:
        record = json.loads(line.rstrip(b"\r, "))
    except ValueError:
        return False
    return isinstance(record, dict) and all(key in record for key in ("schema_version", "entities", "quotes"))


# The characters that make a path a glob pattern; a sharded run expands such paths itself
# (newsmine.shards.inputs), a streamed run leaves them to the shell.
GLOB_CHARACTERS = ("*", "?", "[")


def is_glob(path: str) -> bool:
    """Whether ``path`` is a glob pattern ("data/*.warc.gz")."""
    return any(character in path for character in GLOB_CHARACTERS)


def _regular_or_unreadable(path: str) -> bool:
    """False for a FIFO, device or socket (opening one may block forever). A file that cannot
    even be examined (a dangling link, no permission) is kept: reading it gives a ReadError
    record that says why."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def display_path(path: str) -> str:
    """``path`` as valid text: bytes that are not UTF-8 (kept by Python as lone surrogates,
    which no JSON or database can hold) shown as ``\\xNN`` escapes."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None
