"""Readers: input files -> :class:`~newsmine.articles.Article` objects, lazily.

Formats by extension: ``.txt``/``.md`` plain text; ``.html``/``.htm`` (and gzipped,
``.html.gz``/``.htm.gz``) through trafilatura;
``.json`` (an object or an array) and ``.jsonl``/``.ndjson`` (an object a line); text and
JSON also gzipped (``.txt.gz``, ``.json.gz``, ``.jsonl.gz``...), decompressed as they are read;
``.warc``/``.warc.gz`` web archives; a bare ``.gz`` (``page.gz``) by its content decompressed
(``gzip_sniff``). Directories are walked recursively in sorted order;
inside them, hidden files and folders, files with other extensions and anything that is not
a regular file (a FIFO, a device, a socket: reading one could block forever) are skipped and
counted. ``-`` reads standard input, whose format is given or sniffed from its first byte.

Modules: ``formats`` (suffixes and formats), ``inputs`` (listing the input files),
``files`` (reading one file into articles), ``limits`` (what is refused unread), and one
module per format's reader (``plain_text``, ``html``, ``json_lines``, ``warc``).
"""

from __future__ import annotations

from newsmine.readers.files import ReadOptions, read_articles, read_file
from newsmine.readers.formats import FORMATS, STDIN, STDIN_FORMATS, detect_format, formats_help, is_gzipped, split_suffix
from newsmine.readers.inputs import InputFile, SkippedBecause, SkippedFile, display_path, list_inputs

__all__ = [
    "FORMATS",
    "STDIN",
    "STDIN_FORMATS",
    "InputFile",
    "ReadOptions",
    "SkippedBecause",
    "SkippedFile",
    "detect_format",
    "display_path",
    "formats_help",
    "is_gzipped",
    "list_inputs",
    "read_articles",
    "read_file",
    "split_suffix",
]
