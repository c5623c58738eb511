"""Pathological articles: wall time and peak memory of each, next to bare spaCy on news prose.

Each case is built in memory (invented text only) and run in a fresh process, so that its
peak resident memory is its own: the number reported is the growth of the process's peak
RSS over the RSS after loading the model and analysing one small article.

Cases (the issue's three, plus the neighbours that broke something while building them):

* ``line_1mb``: a 1,000,000-character line of words, no sentence end anywhere;
* ``no_whitespace_1mb``: 1,000,000 letters without a space;
* ``quotes_10k_short``: 10,000 straight quotation marks, 5,000 two-word quotes in one paragraph;
* ``quotes_10k_said``: 5,000 '"…," Merkel said.' sentences in one paragraph (10,000 marks);
* ``marks_only_10k``: 10,000 quotation marks and nothing else;
* ``curly_open_10k``: 10,000 opening curly marks, then a sentence;
* ``divs_20k``: an HTML page with 20,000 nested ``<div>``s around one paragraph;
* ``divs_20k_unclosed``: 20,000 ``<div><p>`` opened and never closed;
* ``news_2m``: 2,000,000 characters of news-like prose in paragraphs (the default
  ``--max-chars``), parsed in pieces (see ``newsmine.chunking``).

The reference is bare spaCy (``nlp.pipe`` with the same model) on the same 2,000,000
characters of prose cut into 5,000-character articles: "bare s/MB" below. Every case is
also expressed as a ratio to that reference, per character.

* ``short_lines_1m``: 1,000,000 one-letter lines (2 MB, within the default ``--max-chars``):
  2,000,000 tokens, over the token budget (``newsmine.chunking.CHARS_PER_TOKEN``), so refused
  as ``InputTooLarge`` once counted (before: 420 s and 2.5 GB);
* ``short_lines_20k``: 20,000 one-letter lines (40,000 tokens, analysed): what such text
  costs per character when it is parsed;
* ``short_lines_at_budget``: 249,999 one-letter lines (just under 500,000 tokens, the budget
  at the default ``--max-chars``): the most parsing any article may cost. Slow (minutes).

Corpus (``--corpus``): the whole hostile corpus of ``tests/test_hostile.py`` (every bad input
of issues 6 and 15, with its small ``--max-chars``) through ``newsmine extract`` in a subprocess: wall
time and the peak RSS of the largest process (a benchmark, not a timed test: before the
fixes its 10,000 quotation marks alone took over four minutes).

Reader cases (``--readers``): reading alone, no model, each in a fresh process: peak RSS
growth of streaming every article of a hostile file, which must stay bounded whatever the
file's size (issue 15: no input shape over 1 GB per process):

* ``json_array_150mb``: a 150 MB ``.json`` array of 5,000-character articles;
* ``stdin_jsonl_150mb``: the same articles as JSON Lines on standard input;
* ``warc_header_1gib``: a ``.warc.gz`` of about 1 MB whose header line expands to 1 GiB;
* ``zeros_json``, ``zeros_txt``: ``/dev/zero`` named ``.json`` and ``.txt`` (endless bytes).

Run: python benchmarks/hostile_inputs.py [--cases a,b] [--scale 1.0]
     python benchmarks/hostile_inputs.py --readers [--cases a,b] [--scale 1.0]
     python benchmarks/hostile_inputs.py --corpus
(``--bare S`` reuses bare spaCy's seconds per MB from an earlier run instead of measuring it.)
(``--scale 0.1`` makes every case ten times smaller, for a quick look.)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

CASES = (
    "line_1mb",
    "no_whitespace_1mb",
    "quotes_10k_short",
    "quotes_10k_said",
    "marks_only_10k",
    "curly_open_10k",
    "divs_20k",
    "divs_20k_unclosed",
    "news_2m",
    "short_lines_1m",
    "short_lines_20k",
    "short_lines_at_budget",
)
READER_CASES = ("json_array_150mb", "stdin_jsonl_150mb", "warc_header_1gib", "zeros_json", "zeros_txt")

_NAMES = ["Dana Reyes", "Tom Okafor", "Mira Stone", "Paul Eriksen", "Lena Ward", "Omar Haddad", "Ruth Kim"]
_ORGS = ["the Harbour Board", "Eastmere Council", "the Port Authority", "Coastline Bank", "the Ferry Union"]
_PLACES = ["Eastmere", "Northfield", "Lowbridge", "Saltcombe"]
_WORDS = ("the board said plans would change after talks with officials in Eastmere on Tuesday while "
          "critics warned that costs could rise for years").split()


def news_prose(chars: int, seed: int = 7) -> str:
    """Invented news paragraphs: names, organisations, places, dates and attributed quotes."""
    rnd = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        name, org, place = rnd.choice(_NAMES), rnd.choice(_ORGS), rnd.choice(_PLACES)
        surname = name.split()[1]
        paragraph = rnd.choice([
            f'"We will rebuild the pier in {place} by March," {name} of {org} said on Tuesday.',
            f"{name} told reporters in {place} that {org} would review the budget next year.",
            f'{org} expects the work to take three years, according to {name}. "It is long overdue," {surname} said.',
            f"Officials in {place} said the ferry would run again in May, while {surname} warned of delays.",
        ]) + " " + rnd.choice([
            f"The council met in {place} last week.",
            f"{surname}, a former engineer, has led {org} since 2019.",
            "The vote is expected on Monday.",
        ])
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:chars]


def build(case: str, scale: float) -> tuple[str, str]:
    """(format, content) of a case: format "text" or "html"."""
    n = lambda count: max(1, int(count * scale))  # noqa: E731
    if case == "line_1mb":
        rnd = random.Random(1)
        words, size = [], 0
        while size < n(1_000_000):
            word = rnd.choice(_WORDS)
            words.append(word)
            size += len(word) + 1
        return "text", " ".join(words)[: n(1_000_000)]
    if case == "no_whitespace_1mb":
        return "text", "a" * n(1_000_000)
    if case == "quotes_10k_short":
        return "text", " ".join('"word here"' for _ in range(n(5_000)))
    if case == "quotes_10k_said":
        return "text", " ".join('"We will review the plan," Merkel said.' for _ in range(n(5_000)))
    if case == "marks_only_10k":
        return "text", '"' * n(10_000)
    if case == "curly_open_10k":
        return "text", "\u201c" * n(10_000) + " said the minister."
    if case == "divs_20k":
        body = "<div>" * n(20_000) + "<p>The harbour board said the pier would reopen in May.</p>" + "</div>" * n(20_000)
        return "html", f"<html><head><title>Deep</title></head><body>{body}</body></html>"
    if case == "divs_20k_unclosed":
        return "html", "<html><body>" + "<div><p>The harbour board met. " * n(20_000)
    if case == "news_2m":
        return "text", news_prose(n(2_000_000))
    if case in ("short_lines_1m", "short_lines_20k", "short_lines_at_budget"):
        lines = {"short_lines_1m": 1_000_000, "short_lines_20k": 20_000, "short_lines_at_budget": 249_999}[case]
        return "text", "\n".join(chr(ord("a") + i % 26) for i in range(n(lines)))
    raise ValueError(f"unknown case {case!r}")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_case(case: str, scale: float) -> dict:
    """Run one case in this process (called in a child process by :func:`main`)."""
    from newsmine import Pipeline
    from newsmine.articles import Article
    from newsmine.readers.html import article_from_html

    pipeline = Pipeline(article_timeout=None)  # measured to the end, however long it takes
    pipeline.analyze('Warm-up: "We are ready," Dana Reyes said on Tuesday.')
    fmt, content = build(case, scale)
    base = _peak_mb()
    started = time.perf_counter()
    if fmt == "html":
        article = article_from_html(case, content, path=None, encoding="utf-8")
    else:
        article = Article(id=case, text=content)
    record = next(pipeline.process([article]))
    seconds = time.perf_counter() - started
    for span in [m for e in record.entities for m in e.mentions] + list(record.quotes) + list(record.dates):
        assert record.text[span.start : span.end] == span.text
    return {
        "case": case,
        "chars": len(content),
        "seconds": round(seconds, 2),
        "peak_rss_growth_mb": round(_peak_mb() - base),
        "status": record.status.value,
        "error": record.error.type if record.error else "",
        "entities": len(record.entities),
        "quotes": len(record.quotes),
    }


def build_reader_case(case: str, scale: float, directory: str) -> str:
    """Write a reader case's file under ``directory``; returns the path to read ("-": stdin)."""
    import gzip
    import os
    import zlib

    size = max(1, int(150_000_000 * scale))
    article = json.dumps({"text": news_prose(5_000)})
    if case in ("json_array_150mb", "stdin_jsonl_150mb"):
        path = os.path.join(directory, "feed.json" if case == "json_array_150mb" else "feed.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            written = 0
            handle.write("[" if case == "json_array_150mb" else "")
            while written < size:
                separator = "," if case == "json_array_150mb" and written else ""
                handle.write(separator + article + ("" if case == "json_array_150mb" else "\n"))
                written += len(article) + 1
            handle.write("]" if case == "json_array_150mb" else "")
        return path
    if case == "warc_header_1gib":
        path = os.path.join(directory, "bomb.warc.gz")
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # a gzip member, written in pieces
        chunk = b"a" * (16 << 20)
        with open(path, "wb") as handle:
            handle.write(compressor.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: "))
            for _ in range(max(1, int(64 * scale))):  # 64 x 16 MiB = 1 GiB
                handle.write(compressor.compress(chunk))
            handle.write(compressor.compress(b"\r\n\r\n") + compressor.flush())
        assert gzip.GzipFile(path).read(8) == b"WARC/1.0"
        return path
    if case in ("zeros_json", "zeros_txt"):
        path = os.path.join(directory, "zeros." + case.split("_")[1])
        os.symlink("/dev/zero", path)
        return path
    raise ValueError(f"unknown reader case {case!r}")


def run_reader_case(case: str, scale: float) -> dict:
    """Stream every article of a reader case (in a child process): seconds and peak RSS growth."""
    import os
    import tempfile
    from collections import Counter

    from newsmine.readers import read_articles

    with tempfile.TemporaryDirectory() as directory:
        # Built by another process, so that this one's peak RSS is the reading alone.
        built = subprocess.run([sys.executable, __file__, "--build", case, "--scale", str(scale), "--directory", directory],
                               capture_output=True, text=True, check=True)
        path = built.stdout.strip().splitlines()[-1]
        file_bytes = os.path.getsize(path) if os.path.isfile(path) else None
        if case.startswith("stdin"):
            sys.stdin = open(path, encoding="utf-8")  # noqa: SIM115 - read_articles reads sys.stdin.buffer
            path = "-"
        base = _peak_mb()
        started = time.perf_counter()
        outcomes = Counter(article.failure.type if article.failure else "ok" for article in read_articles([path]))
        seconds = time.perf_counter() - started
    return {"case": case, "bytes": file_bytes, "seconds": round(seconds, 2), "peak_rss_growth_mb": round(_peak_mb() - base),
            "articles": dict(outcomes)}


def run_corpus() -> dict:
    """The hostile corpus of tests/test_hostile.py through `newsmine extract` in a subprocess."""
    import os
    import tempfile
    from collections import Counter
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(repo))
    from tests.test_hostile import MAX_CHARS, build_corpus

    with tempfile.TemporaryDirectory() as directory:
        corpus = Path(directory) / "corpus"
        corpus.mkdir()
        expected = build_corpus(corpus, port=9)  # the discard port: a fetch would fail at once (none is made)
        output = Path(directory) / "records.jsonl"
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), os.environ.get("PYTHONPATH", "")])}
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "newsmine", "extract", str(corpus), "-o", str(output),
                               "--max-chars", str(MAX_CHARS)], capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - started
        # split on "\n" alone: a record's text may hold U+2028, which splitlines() breaks on
        statuses = Counter(json.loads(line)["status"] for line in output.read_bytes().split(b"\n") if line)
    return {"articles": len(expected), "seconds": round(seconds, 1), "exit_code": done.returncode,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
            "statuses": dict(statuses)}


def bare_spacy_seconds_per_mb(scale: float) -> float:
    """Bare spaCy (nlp.pipe, same model) on the news_2m prose cut into 5,000-character articles."""
    import spacy

    from newsmine.nlp.model import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    text = news_prose(max(1, int(2_000_000 * scale)))
    pieces = [text[i : i + 5_000] for i in range(0, len(text), 5_000)]
    started = time.perf_counter()
    for _ in nlp.pipe(pieces):
        pass
    return (time.perf_counter() - started) / (len(text) / 1_000_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--readers", action="store_true", help="the reader cases (no model): memory bounds")
    parser.add_argument("--corpus", action="store_true", help="the hostile test corpus through newsmine extract")
    parser.add_argument("--bare", type=float, help="bare spaCy's s/MB from an earlier run (skips measuring it again)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--build", help=argparse.SUPPRESS)
    parser.add_argument("--directory", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        print(build_reader_case(args.build, args.scale, args.directory))
        return
    if args.child:
        if args.child == "bare":
            result = bare_spacy_seconds_per_mb(args.scale)
        elif args.child in READER_CASES:
            result = run_reader_case(args.child, args.scale)
        else:
            result = run_case(args.child, args.scale)
        print(json.dumps(result))
        return

    def child(name: str):
        out = subprocess.run([sys.executable, __file__, "--child", name, "--scale", str(args.scale)],
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    if args.corpus:
        r = run_corpus()
        print(f"hostile corpus: {r['articles']} articles in {r['seconds']} s, exit code {r['exit_code']}, "
              f"peak RSS of the largest process {r['peak_rss_mb']} MB, statuses {r['statuses']}")
        return
    if args.readers:
        cases = READER_CASES if args.cases == ",".join(CASES) else tuple(args.cases.split(","))
        print(f"{'case':<20}{'file bytes':>14}{'seconds':>9}{'peak MB':>9}  articles")
        for case in cases:
            r = child(case)
            size = f"{r['bytes']:,}" if r["bytes"] is not None else "endless"
            print(f"{case:<20}{size:>14}{r['seconds']:>9.2f}{r['peak_rss_growth_mb']:>9}  {r['articles']}", flush=True)
        return

    bare = args.bare or child("bare")
    print(f"bare spaCy on news prose: {bare:.1f} s/MB (nlp.pipe, 5,000-character articles)")
    print(f"{'case':<20}{'chars':>11}{'seconds':>9}{'x bare':>8}{'peak MB':>9}  status   entities quotes")
    for case in args.cases.split(","):
        r = child(case)
        ratio = r["seconds"] / (bare * r["chars"] / 1_000_000)
        status = r["status"] + (f" ({r['error']})" if r["error"] else "")
        print(f"{case:<20}{r['chars']:>11,}{r['seconds']:>9.2f}{ratio:>8.1f}{r['peak_rss_growth_mb']:>9}  "
              f"{status:<8} {r['entities']:>8} {r['quotes']:>6}", flush=True)


if __name__ == "__main__":
    main()
