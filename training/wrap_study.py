"""How well ``layout.soft_breaks`` finds the line breaks of hard-wrapped text, on PolNeAR train.

    python training/wrap_study.py [--width 70] [--two-spaces] [--train DIR]

No PolNeAR article is hard-wrapped, so each is wrapped here, two ways: greedily (``textwrap``,
as most mail clients and editors wrap) and by GNU ``fmt`` (which balances a paragraph's lines
and leaves room a greedy wrap fills), with paragraphs apart by a blank line and, the hard case,
by a single newline (a paragraph's last line is then told from a wrapped one by its shape only).
Every break inside a paragraph should be soft, every break between paragraphs hard: the script
counts the breaks missed and those made wrongly soft, and checks that the unwrapped articles
still read as not wrapped. Session 38 (docs/history/speakers.md). Needs ``fmt`` on the PATH.

``--two-spaces`` types two spaces after each sentence before wrapping, as older copy is typed:
``fmt`` then prefers a sentence's end for its breaks, so more lines end a sentence with room for
the next word (session 63: such lines inside a paragraph read as its end).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

from newsmine.layout import soft_breaks

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "polnear" / "train" / "text"


# A sentence's end, perhaps inside a closing mark, before the next sentence's capital.
_SENTENCE_GAP_RE = re.compile(r"([.!?][\"”’')]?) (?=[\"“]?[A-Z])")


def _two_spaced(text: str) -> str:
    return _SENTENCE_GAP_RE.sub(r"\1  ", text)


def _greedy(paragraph: str, width: int) -> str:
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


def _fmt(paragraph: str, width: int) -> str:
    return subprocess.run(["fmt", f"-w{width}"], input=paragraph, capture_output=True, text=True, check=True).stdout.rstrip("\n")


def _wrapped(text: str, wrap: Callable[[str, int], str], width: int, separator: str) -> tuple[str, set[int]]:
    """The article wrapped, and the offsets of the line breaks that only wrap (the soft ones)."""
    pieces, soft, position = [], set(), 0
    for paragraph in text.split("\n\n"):
        if pieces:
            pieces.append(separator)
            position += len(separator)
        lines = wrap(paragraph, width)
        soft |= {position + i for i, char in enumerate(lines) if char == "\n"}
        pieces.append(lines)
        position += len(lines)
    return "".join(pieces), soft


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--width", type=int, default=70)
    ap.add_argument("--train", type=Path, default=TRAIN, help="the articles' folder (a worktree has no ../shared)")
    ap.add_argument("--two-spaces", action="store_true", help="two spaces after each sentence before wrapping")
    args = ap.parse_args()
    texts = [path.read_text(encoding="utf-8") for path in sorted(args.train.glob("*.txt"))]
    if args.two_spaces:
        texts = [_two_spaced(text) for text in texts]
    for name, wrap in (("greedy", _greedy), ("fmt", _fmt)):
        for separator, layout in (("\n\n", "blank line"), ("\n", "single newline")):
            breaks = missed = wrong = unseen = 0
            for text in texts:
                wrapped, soft = _wrapped(text, wrap, args.width, separator)
                found = {start for start, _ in soft_breaks(wrapped)}
                breaks += len(soft)
                missed += len(soft - found)
                wrong += len(found - soft)
                unseen += bool(soft) and not found
            print(
                f"{name:6} paragraphs apart by a {layout:14}: {breaks} soft breaks, {missed} missed, "
                f"{wrong} made wrongly soft; {unseen} articles not seen as wrapped"
            )
    print(f"unwrapped articles read as wrapped: {sum(bool(soft_breaks(text)) for text in texts)} of {len(texts)}")


if __name__ == "__main__":
    main()
