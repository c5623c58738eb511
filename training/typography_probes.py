"""Quotes and speakers of the invented layout59 articles in the layouts and typography analysts'
inputs arrive in, each counted against the hand-written expectations of the article as written.

    python training/typography_probes.py [--show LAYOUT ...] [--keep DIR]

Reads ``tests/fixtures/layout59/*.txt`` (six invented 2016 political stories) and their
``expected.tsv`` (article, speaker with "|" between accepted names, content), writes each article in
every layout below into one directory, runs ``newsmine extract`` once over it and, per layout,
counts quotes found, expected quotes found (a quote or one of its parts overlapping the expected
content once both are read back to plain typography), contents right (the same text) and speakers
right (of those found). Offsets move with a layout, so everything is compared by text, read back by
:func:`plain`. ``--show`` prints each expected quote a layout misses or gets wrong, and each quote
of the layout that the article as written does not give the same (content and speaker).

Layouts (each made here, never by hand): ``asis``; ``wrap60``/``wrap72``/``wrap100`` (a space
becomes a line break, as ``hardwrap.py``); ``lines`` (one paragraph a line, no blank line);
``crlf``; ``crlf72``; ``indent4``/``indent_tab`` (no blank line, each paragraph's first line
indented by four spaces or a tab), ``indent4_72`` (that, wrapped); ``mark_start``/``name_start``/
``dash_start`` (a greedy wrap at the width from 60 to 80 that opens the most lines with an
opening quotation mark, a capitalised word or a dash), ``mark_fmt``/``name_fmt``/``dash_fmt``
(wrapped at 72 with the break put, where one fits in the last ten columns, before one of them:
a balanced wrap); ``apostrophes`` (straight
double marks written as two apostrophes ''…''); ``mixed`` (typewriter and curly marks in turn,
one quotation in each); ``guillemets`` («…»); ``nbsp`` (a no-break space after a title and between
every seventh pair of words), ``zwsp`` (a zero-width space after each opening mark and at every
ninth space); ``email`` (wrapped at 72 with "> " before each line: a newsletter quoting a
story), ``email_colon`` (the same under "Jane Roe wrote:"); ``entities`` (HTML entities left in
plain text: &quot;, &#8220;/&#8221;, &#8217;, &amp;), ``entities72`` (that, wrapped).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from layout_probes import _wrapped  # the greedy hard wrap, with the balanced-wrap choice of a cut

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "fixtures" / "layout59"


def _starting(text: str, prefer: re.Pattern[str]) -> str:
    """The greedy wrap, at the one width from 60 to 80 columns, that opens the most lines with a
    match of ``prefer`` (every line full: a plain wrap where those happen to fall at a line's start)."""

    def opened(width: int) -> int:
        return sum(1 for line in _wrapped(text, width).split("\n") if prefer.match(line))

    return _wrapped(text, max(range(60, 81), key=opened))


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip("\n")) if p.strip()]


def _one_a_line(text: str, indent: str = "") -> str:
    return "\n".join(indent + p for p in _paragraphs(text)) + "\n"


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _marks_in_turn(text: str, opening: list[str], closing: list[str]) -> str:
    """Each quotation's pair of marks (straight or curly double) replaced by the next of
    ``opening``/``closing`` in turn."""
    out = []
    opened = False
    n = 0
    for char in text:
        if char in "\"“”":
            if not opened:
                out.append(opening[n % len(opening)])
            else:
                out.append(closing[n % len(closing)])
                n += 1
            opened = not opened
        else:
            out.append(char)
    return "".join(out)


_TITLE_SPACE_RE = re.compile(r"\b(Sen\.|Gov\.|Rep\.|Lt\.|Mr\.|Ms\.|Dr\.) ")


def _nbsp(text: str) -> str:
    text = _TITLE_SPACE_RE.sub(lambda m: m.group(1) + "\u00a0", text)
    count = 0

    def every_seventh(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\u00a0" if count % 7 == 0 else " "

    return re.sub(r"(?<=\w) (?=\w)", every_seventh, text)


def _zwsp(text: str) -> str:
    text = re.sub(r"(^|(?<=[\s(]))([\"“])", "\\2\u200b", text)
    count = 0

    def every_ninth(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return " \u200b" if count % 9 == 0 else " "

    return re.sub(r" ", every_ninth, text)


def _email(text: str, intro: str = "") -> str:
    lines = _wrapped(text, 72).split("\n")
    quoted = "\n".join(("> " + line) if line.strip() else ">" for line in lines)
    return (intro + quoted) if intro else quoted


def _entities(text: str) -> str:
    text = text.replace("&", "&amp;")
    text = _marks_in_turn(text, ["&quot;", "&#8220;"], ["&quot;", "&#8221;"])
    return text.replace("’", "&#8217;")


_MARK = re.compile(r"[\"“]\w")
_NAME = re.compile(r"[A-Z][a-z]+")
_DASH = re.compile(r"[—–-] ")

LAYOUTS: dict[str, Callable[[str], str]] = {
    "asis": lambda t: t,
    "wrap60": lambda t: _wrapped(t, 60),
    "wrap72": lambda t: _wrapped(t, 72),
    "wrap100": lambda t: _wrapped(t, 100),
    "lines": _one_a_line,
    "crlf": _crlf,
    "crlf72": lambda t: _crlf(_wrapped(t, 72)),
    "indent4": lambda t: _one_a_line(t, "    "),
    "indent_tab": lambda t: _one_a_line(t, "\t"),
    "indent4_72": lambda t: _wrapped(_one_a_line(t, "    "), 72),
    "mark_start": lambda t: _starting(t, _MARK),
    "name_start": lambda t: _starting(t, _NAME),
    "dash_start": lambda t: _starting(t, _DASH),
    "mark_fmt": lambda t: _wrapped(t, 72, _MARK),
    "name_fmt": lambda t: _wrapped(t, 72, _NAME),
    "dash_fmt": lambda t: _wrapped(t, 72, _DASH),
    "apostrophes": lambda t: _marks_in_turn(t, ["''"], ["''"]),
    "mixed": lambda t: _marks_in_turn(t, ['"', "“", '"', "“"], ['"', "”", "”", '"']),
    "guillemets": lambda t: _marks_in_turn(t, ["«"], ["»"]),
    "nbsp": _nbsp,
    "zwsp": _zwsp,
    "email": _email,
    "email_colon": lambda t: _email(t, "Jane Roe wrote:\n\n"),
    "entities": _entities,
    "entities72": lambda t: _wrapped(_entities(t), 72),
}


_EDGE = " \t\n\"'“”‘’«»,.;:?!"


def plain(text: str) -> str:
    """Text read back to plain typography: entities unescaped, e-mail markers, zero-width and
    no-break spaces, and every double mark made one straight mark; whitespace one space; the
    marks, spaces and punctuation at either end stripped."""
    text = html.unescape(text)
    text = re.sub(r"(^|\n)>[ ]?", "\\1", text)
    text = text.replace("\u200b", "").replace("\u00a0", " ").replace("''", '"')
    text = re.sub(r"[“”«»]", '"', text).replace("’", "'")
    return re.sub(r"\s+", " ", text).strip(_EDGE)


def _expected() -> dict[str, list[tuple[set[str], str]]]:
    expected: dict[str, list[tuple[set[str], str]]] = {}
    for line in (ARTICLES / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article, speakers, content = line.split("\t")
        expected.setdefault(article, []).append(({plain(s) for s in speakers.split("|")}, plain(content)))
    return expected


def _quotes(record: dict) -> list[tuple[list[str], str]]:
    """Each quote as (its text and its parts' texts, read back; its speaker's name, or "")."""
    quotes = []
    for quote in record["quotes"]:
        texts = [plain(quote["text"])] + [plain(part["text"]) for part in quote.get("parts") or []]
        speaker = quote["speaker"]
        name = plain((speaker or {}).get("name") or "")
        quotes.append((texts, name or ("anonymous" if speaker else "")))
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", nargs="*", default=[], help="layouts whose differences to print")
    parser.add_argument("--keep", type=Path, help="write the layouts and records here")
    parser.add_argument("--layout", nargs="*", help="these layouts only")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="typography-"))
    layouts = {name: LAYOUTS[name] for name in (args.layout or LAYOUTS)}
    if "asis" not in layouts:
        layouts = {"asis": LAYOUTS["asis"], **layouts}
    for name, layout in layouts.items():
        folder = work / "texts" / name
        folder.mkdir(parents=True, exist_ok=True)
        for path in sorted(ARTICLES.glob("*.txt")):
            # newline="" keeps a CRLF layout's line ends as they are
            with open(folder / path.name, "w", encoding="utf-8", newline="") as out:
                out.write(layout(path.read_text(encoding="utf-8")))
    records_path = work / "records.jsonl"
    subprocess.run(["newsmine", "extract", str(work / "texts"), "--output", str(records_path), "--overwrite",
                    "--workers", "1"], check=False, stderr=subprocess.DEVNULL)
    runs: dict[str, dict[str, list]] = {}
    for line in records_path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        path = Path(record["source"]["path"])
        runs.setdefault(path.parent.name, {})[path.stem] = _quotes(record)
    expected = _expected()
    total = sum(len(v) for v in expected.values())
    print(f"{'layout':<12} {'quotes':>6} {'found':>6} {'content':>8} {'speaker':>8} {'both':>5} {'as asis':>8}   of {total} expected")
    for name in layouts:
        found = content = speaker = both = 0
        same = asis_total = 0
        notes = []
        for article, wanted in sorted(expected.items()):
            quotes = runs.get(name, {}).get(article, [])
            for speakers, text in wanted:
                hits = [q for q in quotes if any(text in t or (t and t in text) for t in q[0])]
                exact = [q for q in hits if text in q[0]]
                if hits:
                    found += 1
                right_content = bool(exact)
                right_speaker = any(q[1] in speakers for q in (exact or hits))
                content += right_content
                speaker += right_speaker
                both += any(q[1] in speakers for q in exact)
                if name in args.show and not (right_content and right_speaker):
                    notes.append(f"  {article}: {text[:70]!r} want {sorted(speakers)}; got "
                                 + ("; ".join(f"{q[0][0][:50]!r} by {q[1]!r}" for q in hits) or "nothing"))
            asis = {(q[0][0], q[1]) for q in runs["asis"].get(article, [])}
            here = {(q[0][0], q[1]) for q in quotes}
            asis_total += len(asis)
            same += len(asis & here)
            if name in args.show:
                notes += [f"  {article}: only asis {q[0][:60]!r} by {q[1]!r}" for q in sorted(asis - here)]
                notes += [f"  {article}: only here {q[0][:60]!r} by {q[1]!r}" for q in sorted(here - asis)]
        n_quotes = sum(len(v) for v in runs.get(name, {}).values())
        print(f"{name:<12} {n_quotes:>6} {found:>6} {content:>8} {speaker:>8} {both:>5} {same:>4}/{asis_total}")
        for note in notes:
            print(note)


if __name__ == "__main__":
    main()
