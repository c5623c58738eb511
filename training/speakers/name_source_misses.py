"""Matched quotes whose gold Source is a name but whose speaker is none or another mention, by construction.

    python training/speakers/name_source_misses.py RECORDS.jsonl [--held-out] [--show CLASS N] [--dump F.jsonl]

Issue 10's named-name figure loses most of its errors before resolution: the quote matches a
gold content but carries no speaker, or a speaker span off the gold Source. This lists every
quote of ``RECORDS.jsonl`` (``speakers/train_records.py`` or ``score_split.py --output``) that
the shared scorer matches to a PolNeAR train attribution (``source_misses.matched``: the same
greedy IoU matching, checked equal to ``attrib_score.py``'s counts) whose gold Source is a
proper name (its head a proper noun, or inside a PERSON or ORG entity) and whose speaker is
(a) none or (b) a span not overlapping the gold Source, classed by construction: the quote
runs, a name in another paragraph, a source in a parenthetical, 'according to', 'was quoted
as saying', a headline's 'X: …', a question's asker or answerer, an impression ('X seemed to
…'), a gold Cue that is a preposition, a possessive or a colon (a gold convention), another
cue word kept (the cue choice), and on the gold cue itself no source found, a pronoun or
relative taken for the name, or a thing or another person taken. ``--held-out``: the last fifth
of train only (for records of a model fitted on the first 80 %). The articles of the held-out
speaker samples (train-holdout, train-blind) are left out unless ``--with-held-out-samples``
(their errors are never studied). Never run on dev.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import held_out_docs
from polnear import parsed
from source_misses import cue_ok, matched, passage, records

_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "who", "which", "that", "his", "her", "their", "its", "him", "them", "we", "i", "you"]
)
# Gold Cues that are no word of speech: PolNeAR's conventions, not a source rule's miss.
_CONVENTION_CUES = re.compile(r"[:.]|for|'s|’s|from|in|on|view|(?:'s|’s) word:|the contention|the feeling")
_IMPRESSION = re.compile(r"\b(?:seem|seems|seemed|appear|appears|appeared)\b")


def named_source(doc, source: list[tuple[int, int]]) -> bool:
    """Whether a gold Source span is a name: its head a proper noun or in a PERSON/ORG entity."""
    start, end = source[0][0], source[-1][1]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.pos_ == "PROPN" or any(e.start <= root.i < e.end and e.label_ in ("PERSON", "ORG") for e in doc.ents)


def construction(doc, gold_attribution, quote) -> str:
    """The class of a name source missed (see the module's docstring)."""
    text = doc.text
    s0, e0 = gold_attribution.source[0][0], gold_attribution.source[-1][1]
    cs, ce = gold_attribution.content[0][0], gold_attribution.content[-1][1]
    gold_cue = " ".join(text[s:e] for s, e in gold_attribution.cue or []).strip().lower()
    kept_cue = ((quote.get("cue") or {}).get("text") or "").lower()
    relation = quote.get("relation") or ""
    speaker = quote.get("speaker")
    if relation.startswith("orphan") or not quote.get("cue"):
        return "orphan quotation (no cue word kept)"
    if relation.startswith(("quote_run", "quote_next")):
        return "quote runs"
    if _CONVENTION_CUES.fullmatch(gold_cue):
        return "gold convention: a preposition, possessive or colon as the Cue"
    if "according" in gold_cue:
        return "'according to'"
    if "quoted" in gold_cue:
        return "passive 'was quoted as saying'"
    if text[e0 : e0 + 2].strip().startswith(":"):
        return "headline-style 'X: …'" if text.count("\n", 0, s0) <= 1 else "a label 'X: …'"
    if text.rfind("(", 0, s0) > text.rfind(")", 0, s0) and ")" in text[e0 : e0 + 80]:
        return "source inside a parenthetical"
    if s0 < cs and text.rfind("\n", 0, s0) != text.rfind("\n", 0, cs):
        return "a name in an earlier paragraph"
    if s0 > ce and text.rfind("\n", 0, s0) > ce:
        return "a name in a later paragraph"
    if s0 >= ce and ce - cs > 250:
        return "speaker after a long content"
    if "asked" in gold_cue or kept_cue == "asked":
        return "a question's asker or answerer"
    if _IMPRESSION.search(f"{gold_cue} {kept_cue}"):
        return "an impression ('X seemed to …')"
    if not cue_ok(gold_attribution, quote):
        return "another cue word kept (the cue choice)"
    if speaker is None:
        return "gold cue kept, no source found"
    if speaker["text"].lower().split()[0] in _PRONOUNS:
        return "gold cue kept, a pronoun or relative taken for the name"
    return "gold cue kept, a thing or another person taken"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--held-out", action="store_true", help="the last fifth of train only")
    ap.add_argument("--with-held-out-samples", action="store_true", help="also the articles of train-holdout and train-blind")
    ap.add_argument("--show", nargs=2, action="append", default=[], metavar=("CLASS", "N"), help="print N examples of the classes holding CLASS")
    ap.add_argument("--dump", type=Path, help="a JSON line per miss (article, class, gold Source, speaker, cues, passage)")
    args = ap.parse_args()
    recs = records(args.records)
    left_out = set() if args.with_held_out_samples else held_out_docs()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    named = right = 0
    rows = []
    for doc, gold in parsed("train", held_out=args.held_out):
        record = recs.get(gold.id)
        if record is None or gold.id in left_out:
            continue
        for i, quote in matched(gold, record):
            g = gold.attributions[i]
            if not g.source or not named_source(doc, g.source):
                continue
            named += 1
            speaker = quote.get("speaker")
            if speaker and any(speaker["start"] < e and s < speaker["end"] for s, e in g.source):
                right += 1
                continue
            kind = f"{'none' if speaker is None else 'another mention'}: {construction(doc, g, quote)}"
            counts[kind] += 1
            shown = passage(doc, g, quote) if quote.get("cue") else doc.text[g.content[0][0] : g.content[-1][1]][:300]
            examples[kind].append(f"  {gold.id}\n    {shown[:600]}")
            rows.append({"id": gold.id, "class": kind, "gold_source": doc.text[g.source[0][0] : g.source[-1][1]],
                         "speaker": (speaker or {}).get("text"), "cue": (quote.get("cue") or {}).get("text"), "passage": shown})
    print(f"matched quotes with a named gold Source: {named}; speaker on it {right} ({right / max(named, 1):.4f}); missed {named - right}")
    for kind, n in counts.most_common():
        print(f"{n:5d}  {kind}")
    for pattern, n in args.show:
        for kind in counts:
            if pattern in kind:
                print(f"\n{kind}")
                print("\n".join(examples[kind][: int(n)]))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


if __name__ == "__main__":
    main()
