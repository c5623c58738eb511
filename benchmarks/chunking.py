"""What parsing long articles in pieces costs and changes (newsmine.chunking).

1. **Cost**: one long article made of PolNeAR dev texts joined by blank lines
   (``--chars``, default 500,000), analysed (a) the old way, as one spaCy Doc with
   ``nlp.max_length`` raised, and (b) in pieces of ``CHUNK_CHARS`` joined with
   ``Doc.from_docs``. Each in its own process: wall time of the model's components and of
   newsmine's, and growth of peak RSS over the loaded model.
2. **Change**: every PolNeAR dev article analysed whole and in pieces of ``--piece``
   characters (default 2,000, so that most articles are cut several times): share of entity
   mentions (offsets, label) and of quotes (offsets, speaker as written) found both ways.

PolNeAR is read from ``../shared/benchmarks/polnear`` beside the repository; the script
exits with a message when it is absent. No PolNeAR text is written anywhere.

Run: python benchmarks/chunking.py [--chars 500000] [--piece 2000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

POLNEAR_DEV = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "polnear" / "dev" / "text"


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(POLNEAR_DEV.glob("*.txt"))]


def _long_text(chars: int) -> str:
    texts = [t.strip() for t in _texts()]
    joined = ""
    while len(joined) < chars:
        joined += "\n\n".join(texts) + "\n\n"
    return joined[:chars]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(mode: str, chars: int) -> dict:
    """Run in a child process: time and memory of one way of analysing the long article."""
    from newsmine import Pipeline
    from newsmine.chunking import parse_in_chunks, run_components, split_pipeline

    pipeline = Pipeline()
    pipeline.analyze("Warm-up: Dana Reyes said on Tuesday that it would rain.")
    text = _long_text(chars)
    model_components, newsmine_components = split_pipeline(pipeline.nlp)
    base = _peak_mb()
    started = time.perf_counter()
    if mode == "whole":
        pipeline.nlp.max_length = len(text) + 1
        doc = run_components(pipeline.nlp.make_doc(text), model_components)
    else:
        doc = parse_in_chunks(pipeline.nlp, text)
    parsed = time.perf_counter()
    doc = run_components(doc, newsmine_components)
    finished = time.perf_counter()
    return {"mode": mode, "model_seconds": round(parsed - started, 1), "newsmine_seconds": round(finished - parsed, 1),
            "peak_rss_growth_mb": round(_peak_mb() - base), "tokens": len(doc)}


def agreement(piece: int) -> tuple[float, float, int]:
    from newsmine import Pipeline
    from newsmine.chunking import chunk_bounds

    whole = Pipeline()
    pieces = Pipeline(whole.nlp, chunk_chars=piece)
    same = {"entities": 0, "quotes": 0}
    total = {"entities": 0, "quotes": 0}
    cut = 0
    for text in _texts():
        cut += len(chunk_bounds(text, piece)) > 1
        a, b = whole.analyze(text), pieces.analyze(text)
        for kind, key in (("entities", _mentions), ("quotes", _quotes)):
            ka, kb = key(a), key(b)
            same[kind] += len(ka & kb)
            total[kind] += len(ka | kb)
    return same["entities"] / total["entities"], same["quotes"] / total["quotes"], cut


def _mentions(record) -> set:
    return {(m.start, m.end, e.label) for e in record.entities for m in e.mentions}


def _quotes(record) -> set:
    return {(q.start, q.end, q.speaker.text if q.speaker else None) for q in record.quotes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=500_000)
    parser.add_argument("--piece", type=int, default=2_000)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not POLNEAR_DEV.is_dir():
        sys.exit(f"PolNeAR dev texts not found at {POLNEAR_DEV}; nothing to measure")
    if args.child:
        print(json.dumps(measure(args.child, args.chars)))
        return
    for mode in ("whole", "pieces"):
        out = subprocess.run([sys.executable, __file__, "--child", mode, "--chars", str(args.chars)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{args.chars:,} characters, {r['tokens']:,} tokens, {mode:>6}: model components {r['model_seconds']} s, "
              f"newsmine components {r['newsmine_seconds']} s, peak RSS +{r['peak_rss_growth_mb']} MB", flush=True)
    entities, quotes, cut = agreement(args.piece)
    print(f"PolNeAR dev, {len(_texts())} articles ({cut} cut into pieces of <= {args.piece:,} characters): "
          f"entity mentions found both ways {entities:.1%}, quotes {quotes:.1%}")


if __name__ == "__main__":
    main()
