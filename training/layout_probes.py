"""The same quotes and speakers whatever the line layout: newsmine on the invented probe articles
as written and in ten other plain-text layouts, each layout's quotes moved back to offsets
into the article as written and compared with the run on it.

    python training/layout_probes.py [FIXTURE_DIR ...] [--show N] [--layout NAME ...]

By default it reads every ``tests/fixtures/probe5*/*.txt`` and ``tests/fixtures/pron5*/*.txt``
(invented articles, hand-checked speakers: no third-party text, so the script needs no ``../shared``). Layouts:
``wrap60``/``wrap72``/``wrap80`` (each line hard-wrapped as the shared ``hardwrap.py`` wraps:
a space becomes a line break, offsets kept, paragraphs still apart by a blank line), ``lines``
(one paragraph a line, no blank lines), ``indented`` (no blank lines, each paragraph's first
line indented by four spaces, then wrapped at 72), ``crlf`` (Windows line ends), ``crlf72``
(wrapped at 72 with Windows line ends) ``byline`` (a "By Jane Doe" line under the headline,
and a dateline before the first paragraph when it has none), ``spaces`` (paragraphs apart by a
line holding only spaces) and ``wire`` (wrapped at 72, a "WASHINGTON (Reuters) - " dateline, or
"(Reuters) -" after the lead's own place, and a "(Reporting by …; Editing by …)" credit at the end;
session 53), ``margin1``/``margin4`` (wrapped at 72, one or four spaces before every non-blank
line: archive exports and Markdown; layout53b).

It lives in ``training/``, not ``benchmarks/``: it scores no gold, it reads what a layout
changes against newsmine's own run on the text as written, to find causes to fix (issue 10;
session 52, docs/history/attribution.md). Per layout: quotes found, quotes whose content span
is identical, of those the ones whose speaker is identical; ``--show N`` prints up to N
divergences a layout, the article, the span and the speakers on each side.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A layout returns the new text and, for each of its characters, the offset of the character of
# the text as written it stands for (None for a character the layout added).
Relaid = tuple[str, list[int | None]]

_DATELINE_RE = re.compile(r"^[A-Z][A-Z.' -]+(?:,[^—\n]{0,40})?(?: \([A-Za-z ]+\))? [—–-] ")


def _wrapped(text: str, width: int, prefer: re.Pattern[str] | None = None, slack: int = 10) -> str:
    """``hardwrap.py``'s wrap of one text: within each line a space becomes a line break at
    ``width``. With ``prefer`` (training/typography_probes.py), the cut is the last space in the
    line's last ``slack`` columns before a match of it, where there is one (as a tool that
    balances a paragraph's lines leaves room: GNU ``fmt``)."""
    out = []
    for line in text.split("\n"):
        chars = list(line)
        start = 0
        while len(line) - start > width:
            cut = line.rfind(" ", start, start + width + 1)
            if prefer is not None:
                spots = [m.start() - 1 for m in prefer.finditer(line, start + width - slack, start + width + 1)
                         if m.start() - 1 > start and line[m.start() - 1] == " "]
                if spots:
                    cut = spots[-1]
            if cut <= start:
                cut = line.find(" ", start + width)
                if cut < 0:
                    break
            chars[cut] = "\n"
            start = cut + 1
        out.append("".join(chars))
    return "\n".join(out)


def _same_length(text: str) -> Relaid:
    return text, list(range(len(text)))


def _build(pieces: list[tuple[str, int | None]]) -> Relaid:
    """Text and origins from (piece, origin of its first character or None) pairs."""
    chars: list[str] = []
    origins: list[int | None] = []
    for piece, origin in pieces:
        for k, char in enumerate(piece):
            chars.append(char)
            origins.append(None if origin is None else origin + k)
    return "".join(chars), origins


def _one_paragraph_a_line(text: str, indent: str = "") -> Relaid:
    """Each run of blank lines one line break; ``indent`` before each paragraph's first line."""
    pieces: list[tuple[str, int | None]] = []
    position = 0
    for n, match in enumerate(re.finditer(r"\n(?:[ \t]*\n)+", text)):
        if n or indent:
            pieces.append((indent, None))
        pieces.append((text[position : match.start()], position))
        pieces.append(("\n", match.start()))
        position = match.end()
    pieces.append((indent, None))
    pieces.append((text[position:], position))
    return _build(pieces)


def _indented(text: str, width: int) -> Relaid:
    """One paragraph a line, each indented by four spaces, then wrapped (the indent counts)."""
    relaid, origins = _one_paragraph_a_line(text, indent="    ")
    return _wrapped(relaid, width), origins


def _margined(text: str, margin: str, width: int = 72) -> Relaid:
    """The copy wrapped at ``width`` with ``margin`` before every non-blank line, as archive
    exports put one space and Markdown four (review53b: a margin shared by every line is no
    indent; session 53, layout53b)."""
    wrapped = _wrapped(text, width)
    pieces: list[tuple[str, int | None]] = []
    position = 0
    for line in wrapped.split("\n"):
        if line.strip():
            pieces.append((margin, None))
        pieces.append((line + "\n", position))
        position += len(line) + 1
    relaid, origins = _build(pieces)
    return relaid[:-1], origins[:-1]


def _crlf(text: str) -> Relaid:
    pieces: list[tuple[str, int | None]] = []
    for i, char in enumerate(text):
        pieces.append(("\r\n", None) if char == "\n" else (char, i))
    return _build(pieces)


def _byline(text: str) -> Relaid:
    """A byline under the headline; a dateline before the first paragraph if it has none."""
    head_end = text.index("\n\n") if "\n\n" in text else 0
    body = head_end + 2
    pieces: list[tuple[str, int | None]] = [(text[:head_end], 0), ("\n\nBy Jane Doe\n\n", None)]
    if not _DATELINE_RE.match(text[body:]):
        pieces.append(("SPRINGFIELD, Ill. — ", None))
    pieces.append((text[body:], body))
    return _build(pieces)


def _space_lines(text: str) -> Relaid:
    """Paragraphs apart by a line holding only spaces (wire and archive exports pad their blank
    lines): each run of blank lines one line of three spaces."""
    pieces: list[tuple[str, int | None]] = []
    position = 0
    for match in re.finditer(r"\n(?:[ \t]*\n)+", text):
        pieces.append((text[position : match.start()], position))
        pieces.append(("\n   \n", None))
        position = match.end()
    pieces.append((text[position:], position))
    return _build(pieces)


_WIRE_DASH_RE = re.compile(r"^([A-Z][A-Z.' -]+(?:,[^—\n]{0,40})?)(?: \([A-Za-z ]+\))? [—–-] ")


def _wire(text: str, width: int = 72) -> Relaid:
    """A wire story as an archive keeps it, wrapped at ``width``: the lead's dateline names the
    agency ("WASHINGTON (Reuters) - ", or the place written with "(Reuters) -" after it), and a
    "(Reporting by …; Editing by …)" credit closes the text."""
    head_end = text.index("\n\n") if "\n\n" in text else 0
    body = head_end + 2 if head_end and not _WIRE_DASH_RE.match(text) else 0  # a lead with no headline above
    pieces: list[tuple[str, int | None]] = [(text[:body], 0)]
    dateline = _WIRE_DASH_RE.match(text[body:])
    if dateline:
        pieces.append((dateline.group(1), body))
        pieces.append((" (Reuters) - ", None))
        body += dateline.end()
    else:
        pieces.append(("WASHINGTON (Reuters) - ", None))
    pieces.append((text[body:].rstrip("\n"), body))
    pieces.append(("\n\n(Reporting by Jane Doe in Washington; Additional reporting by Tom Roe; Editing by Ann Poe)\n", None))
    relaid, origins = _build(pieces)
    return _wrapped(relaid, width), origins


LAYOUTS: dict[str, Callable[[str], Relaid]] = {
    "wrap60": lambda text: _same_length(_wrapped(text, 60)),
    "wrap72": lambda text: _same_length(_wrapped(text, 72)),
    "wrap80": lambda text: _same_length(_wrapped(text, 80)),
    "lines": _one_paragraph_a_line,
    "indented": lambda text: _indented(text, 72),
    "crlf": _crlf,
    "crlf72": lambda text: _crlf(_wrapped(text, 72)),
    "byline": _byline,
    "spaces": _space_lines,
    "wire": _wire,
    "margin1": lambda text: _margined(text, " "),
    "margin4": lambda text: _margined(text, "    "),
}


def _quotes(record, origins: list[int | None] | None) -> dict[tuple[int, int], str | None]:
    """Each quote's span (in the text as written) and its speaker's name."""
    quotes = {}
    for quote in record.quotes:
        start, end = quote.start, quote.end
        if origins is not None:
            inside = [o for o in origins[start:end] if o is not None]
            if not inside:
                continue
            start, end = inside[0], inside[-1] + 1
        quotes[(start, end)] = quote.speaker.name if quote.speaker else None
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--layout", action="append", choices=sorted(LAYOUTS))
    args = parser.parse_args()
    import newsmine

    fixtures = ROOT / "tests" / "fixtures"
    dirs = args.dirs or sorted([*fixtures.glob("probe5*"), *fixtures.glob("pron5*")])
    paths = sorted(p for d in dirs for p in d.glob("*.txt"))
    layouts = args.layout or list(LAYOUTS)
    pipeline = newsmine.Pipeline()
    originals = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        originals[path] = (text, _quotes(next(iter(pipeline.process([newsmine.Article(id=path.stem, text=text)]))), None))
    total = sum(len(q) for _, q in originals.values())
    print(f"{len(paths)} articles, {total} quotes as written")
    for name in layouts:
        found = same_content = same_speaker = 0
        shown = []
        for path, (text, quotes) in originals.items():
            relaid, origins = LAYOUTS[name](text)
            record = next(iter(pipeline.process([newsmine.Article(id=path.stem, text=relaid)])))
            moved = _quotes(record, origins)
            found += len(moved)
            for span, speaker in quotes.items():
                if span in moved:
                    same_content += 1
                    same_speaker += moved[span] == speaker
                    if moved[span] != speaker:
                        shown.append(f"  {path.parent.name}/{path.name} {span} speaker {speaker!r} -> {moved[span]!r}: {text[span[0]:span[1]][:70]!r}")
                else:
                    shown.append(f"  {path.parent.name}/{path.name} {span} lost ({speaker!r}): {text[span[0]:span[1]][:70]!r}")
            for span, speaker in moved.items():
                if span not in quotes:
                    shown.append(f"  {path.parent.name}/{path.name} {span} new ({speaker!r}): {text[span[0]:span[1]][:70]!r}")
        print(f"{name}: quotes {found} (as written {total}), contents identical {same_content}, speakers identical {same_speaker}, divergences {len(shown)}")
        for line in shown[: args.show]:
            print(line)


if __name__ == "__main__":
    main()
