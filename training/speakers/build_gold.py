"""Join a compact speaker annotation with PolNeAR's .ann files into dev-speakers-shaped JSON Lines.

    python training/speakers/build_gold.py [ANN_TXT] [SPLIT_DIR] [OUT_JSONL]

Defaults: ``training/speakers/train-sample.ann.txt`` (our hand annotation of PolNeAR train
sources), ``../shared/benchmarks/polnear/train`` and ``/tmp/speakers/train-sample.jsonl``.
``--check`` instead rebuilds the shared dev gold from its own ``dev-speakers.ann.txt`` and
compares line by line with ``dev-speakers.jsonl``: the converter must reproduce it exactly.

The compact format (the one ``dev-speakers.ann.txt`` is written in; only ids, indices, kinds and
referent names, never article text):

- ``@k`` starts the k-th article of the split in sorted order (``@k id`` may name it too);
- ``=X full name || alt || alt`` defines alias ``=X`` for the rest of that article;
- ``n KIND[?][:class] referent || alt ... ## note`` annotates the n-th distinct gold Source span
  of the article, in offset order. KIND is P (person), O (organisation), A (anonymous) or X
  (other); ``?`` marks an unsure judgement; ``:n`` / ``:d`` / ``:p`` force the class (name,
  description, pronoun) where the word rule below gets it wrong; ``-`` is a null referent.

A file that annotates one class of sources only says so on a line of its own (``# names only``,
``# descriptions only`` or ``# pronouns only``): its articles' other spans are left out on purpose,
so they are not reported as missing.

The class of a span when not forced: pronoun when the span is one pronoun; name when a
capitalised word of the span (not an article) is a capitalised
word of the referent or of an alternative (for a named referent); description otherwise.

The joined lines go to /tmp (third-party offsets and source text never enter the repository).
Without ../shared the script says so and exits 0.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
DEFAULT_ANN = Path(__file__).resolve().parent / "train-sample.ann.txt"
DEFAULT_OUT = Path("/tmp/speakers/train-sample.jsonl")

KINDS = {"P": "person", "O": "organisation", "A": "anonymous", "X": "other"}
CLASS_CODES = {"n": "name", "d": "description", "p": "pronoun"}
PRONOUNS = frozenset(
    """he she it they him her them his its their who whom whose which that i we you me us my
    our this these those""".split()
)
_LINE = re.compile(r"(\d+)\s+([PQAOX])(\?)?(?::([ndp]))?\s*(.*)")
_ARTICLES = frozenset(("the", "a", "an"))  # "The newspaper" does not name "The Washington Post"
_WORD = re.compile(r"[A-Za-z0-9]+")
PARTIAL_MARKS = ("# names only", "# descriptions only", "# pronouns only")


def is_partial(text: str) -> bool:
    """Whether a compact annotation judges one class of sources only (a marker line says so)."""
    return any(line.strip() in PARTIAL_MARKS for line in text.splitlines())


def source_spans(ann_path: Path) -> list[tuple[int, int]]:
    """Distinct gold Source spans of one article, in offset order (a split span as its hull)."""
    spans: set[tuple[int, int]] = set()
    for line in ann_path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not re.fullmatch(r"T\d+", fields[0]):
            continue
        label, *offsets = fields[1].replace(";", " ").split()
        if label == "Source":
            numbers = list(map(int, offsets))
            spans.add((min(numbers), max(numbers)))
    return sorted(spans)


def span_class(source_text: str, referent: str | None, alt: list[str]) -> str:
    if source_text.strip().lower() in PRONOUNS:
        return "pronoun"
    if referent:
        referent_words = {w.lower() for name in [referent, *alt] for w in _WORD.findall(name) if w[0].isupper()}
        for word in _WORD.findall(source_text):
            if word[0].isupper() and word.lower() not in _ARTICLES and word.lower() in referent_words:
                return "name"
    return "description"


def _names(text: str, aliases: dict[str, list[str]]) -> list[str]:
    """``A || B`` with ``=X`` aliases expanded to the alias's name and alternatives."""
    names: list[str] = []
    for part in (p.strip() for p in text.split("||")):
        if not part:
            continue
        expanded = aliases.get(part, [part]) if part.startswith("=") else [part]
        names.extend(n for n in expanded if n not in names)
    return names


def parse_compact(text: str) -> dict[int, dict[int, dict]]:
    """{article index: {source index: judgement}} from the compact annotation."""
    articles: dict[int, dict[int, dict]] = {}
    aliases: dict[str, list[str]] = {}
    current: dict[int, dict] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            current = articles.setdefault(int(line[1:].split()[0]), {})
            aliases = {}
            continue
        if current is None:
            raise ValueError(f"line {number}: annotation before the first @article")
        if line.startswith("="):
            key, _, value = line.partition(" ")
            aliases[key] = _names(value.partition("##")[0], aliases)
            continue
        match = _LINE.fullmatch(line)
        if not match:
            raise ValueError(f"line {number}: cannot read {raw!r}")
        index, kind, unsure, forced, rest = match.groups()
        body, _, note = rest.partition("##")
        referent_part, _, alt_part = body.partition("||")
        referent_names = _names(referent_part, aliases)  # an alias brings its alternatives
        referent = referent_names[0] if referent_names and referent_names[0] != "-" else None
        alt = referent_names[1:] + [a for a in _names(alt_part, aliases) if a not in referent_names]
        current[int(index)] = {
            "kind": KINDS[kind],
            "referent": referent,
            "alt": alt,
            "unsure": bool(unsure),
            "forced_class": CLASS_CODES.get(forced or ""),
            "note": note.strip() or None,
        }
    return articles


def build(ann_txt: Path, split_dir: Path) -> list[dict]:
    """The dev-speakers-shaped lines of every annotated article."""
    doc_ids = sorted(p.stem for p in (split_dir / "text").glob("*.txt"))
    lines: list[dict] = []
    compact = ann_txt.read_text(encoding="utf-8")
    partial = is_partial(compact)
    for article, judgements in sorted(parse_compact(compact).items()):
        doc = doc_ids[article]
        text = (split_dir / "text" / f"{doc}.txt").read_text(encoding="utf-8")
        spans = source_spans(split_dir / "attributions" / f"{doc}.ann")
        missing = sorted(set(range(len(spans))) - set(judgements))
        if missing and not partial:
            print(f"@{article} {doc}: sources {missing} not annotated", file=sys.stderr)
        for index, judgement in sorted(judgements.items()):
            start, end = spans[index]
            source_text = text[start:end]
            line = {
                "doc": doc,
                "start": start,
                "end": end,
                "source_text": source_text,
                "class": judgement["forced_class"] or span_class(source_text, judgement["referent"], judgement["alt"]),
                "referent": judgement["referent"],
                "kind": judgement["kind"],
            }
            if judgement["alt"]:
                line["alt"] = judgement["alt"]
            if judgement["unsure"]:
                line["unsure"] = True
            if judgement["note"]:
                line["note"] = judgement["note"]
            lines.append(line)
    return lines


def _write(lines: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def check_dev() -> int:
    """Rebuild dev-speakers.jsonl from dev-speakers.ann.txt; 0 when identical."""
    built = build(POLNEAR / "dev-speakers.ann.txt", POLNEAR / "dev")
    shared = [json.loads(l) for l in (POLNEAR / "dev-speakers.jsonl").read_text(encoding="utf-8").splitlines() if l]
    differing = [(b, s) for b, s in zip(built, shared) if b != s]
    for b, s in differing[:20]:
        print("built ", json.dumps(b, ensure_ascii=False), "\nshared", json.dumps(s, ensure_ascii=False), "\n")
    print(f"{len(built)} built, {len(shared)} shared, {len(differing)} differ")
    return 0 if not differing and len(built) == len(shared) else 1


def main(argv: list[str]) -> int:
    if not POLNEAR.is_dir():
        print(f"{POLNEAR} not found: nothing to build")
        return 0
    if argv[:1] == ["--check"]:
        return check_dev()
    ann_txt = Path(argv[0]) if argv else DEFAULT_ANN
    split_dir = Path(argv[1]) if len(argv) > 1 else POLNEAR / "train"
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    lines = build(ann_txt, split_dir)
    _write(lines, out)
    print(f"{len(lines)} sources of {len({l['doc'] for l in lines})} articles -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
