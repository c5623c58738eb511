"""Copy a BRAT gold folder (PolNeAR form) in another plain-text layout, its gold offsets moved
with the text: the layouts the shared ``hardwrap.py`` does not make.

    python benchmarks/relayout.py SRC DST LAYOUT [--only N]

LAYOUT is ``same`` (the text as it is: with ``--only``, a sample), ``lines`` (one paragraph a line: each run of line breaks and blank lines becomes one
line break, as feeds and database exports write paragraphs) or ``crlf`` (every line break a
Windows ``\\r\\n``). A hard-wrapped copy (``hardwrap.py SRC DST WIDTH``) can be the SRC, so
``hardwrap.py`` then ``relayout.py … crlf`` gives a wrapped text with Windows line ends.
``--only N`` keeps every Nth article (a quicker sample of train). The span offsets of the
``T`` lines of each ``.ann`` are moved to the new text; their quoted text is left as it was
(the scorers read offsets into the ``.txt``). Issue 10; session 50 (docs/history/attribution.md).
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

_BLANK_RUN_RE = re.compile(r"\n(?:[ \t]*\n)+")
_SPAN_LINE_RE = re.compile(r"^(T\d+\t\S+ )([\d ;]+)(\t|$)")


def _relaid(text: str, layout: str) -> tuple[str, list[int]]:
    """The text in ``layout``, and the new offset of each old offset (0 … len(text))."""
    pieces: list[str] = []
    moved = [0] * (len(text) + 1)
    position = 0
    if layout == "same":
        return text, list(range(len(text) + 1))
    if layout == "crlf":
        for i, char in enumerate(text):
            moved[i] = position
            piece = "\r\n" if char == "\n" else char
            pieces.append(piece)
            position += len(piece)
    else:  # lines
        runs = {match.start(): match.end() for match in _BLANK_RUN_RE.finditer(text)}
        i = 0
        while i < len(text):
            if i in runs:
                for j in range(i, runs[i]):
                    moved[j] = position
                pieces.append("\n")
                position += 1
                i = runs[i]
                continue
            moved[i] = position
            pieces.append(text[i])
            position += 1
            i += 1
    moved[len(text)] = position
    return "".join(pieces), moved


def _moved_ann(ann: str, moved: list[int]) -> str:
    out = []
    for line in ann.split("\n"):
        match = _SPAN_LINE_RE.match(line)
        if match:
            offsets = re.sub(r"\d+", lambda number: str(moved[int(number.group())]), match.group(2))
            line = match.group(1) + offsets + line[match.end(2) :]
        out.append(line)
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("layout", choices=("same", "lines", "crlf"))
    parser.add_argument("--only", type=int, default=1, help="keep every Nth article")
    args = parser.parse_args()
    shutil.rmtree(args.dst, ignore_errors=True)
    (args.dst / "text").mkdir(parents=True)
    (args.dst / "attributions").mkdir()
    for n, path in enumerate(sorted((args.src / "text").glob("*.txt"))):
        if n % args.only:
            continue
        text, moved = _relaid(path.read_text(encoding="utf-8"), args.layout)
        (args.dst / "text" / path.name).write_bytes(text.encode("utf-8"))
        ann = args.src / "attributions" / f"{path.stem}.ann"
        if ann.is_file():
            (args.dst / "attributions" / ann.name).write_text(_moved_ann(ann.read_text(encoding="utf-8"), moved), encoding="utf-8")
    print(args.dst)


if __name__ == "__main__":
    main()
