"""The speaker each matched quote resolves to, beside its gold Source, for reading on train.

    python training/speaker_study.py GOLD_DIR RECORDS.jsonl [--class description] [--gold SPEAKERS.jsonl]

GOLD_DIR is a PolNeAR split (or a folder holding some of its ``text/`` and ``attributions/``
files), RECORDS what ``newsmine extract`` wrote for its texts. For every gold attribution a
predicted quote matches (as the shared ``speaker_score.py`` matches them), one line: the gold
Source as written, a rough class of it (pronoun / description / name, the scorer's classes
guessed from the words), the predicted speaker mention, its ``name`` and ``resolution``, and
the passage before the source. PolNeAR train has no speaker gold, so these lines are for
reading: a resolution judged by reading the passage is how the speaker rules were studied
(dev only measured). With ``--gold`` (lines in the shape of ``dev-speakers.jsonl``, e.g. a
hand-annotated train sample) only the wrong resolutions are printed, with the gold referent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent.parent.parent / "shared" / "tools"
_PRONOUNS = frozenset(
    "he she it they him her them his its their who whom whose which that i we you this these those".split()
)
_DETERMINERS = frozenset("the a an his her its their this that these those our my one some".split())


def rough_class(source: str) -> str:
    """pronoun / description / name, guessed from the words as the gold's classes read."""
    words = source.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return "pronoun"
    determiner = bool(words) and words[0].lower() in _DETERMINERS
    rest = words[1:] if determiner else words
    if not any(w[:1].isupper() for w in rest):
        return "description"  # "the senator", "officials"
    if determiner and rest and rest[-1][:1].islower():
        return "description"  # "the Clinton campaign", "a Harlow poll"
    return "name"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("records", type=Path)
    ap.add_argument("--class", dest="cls", default="", help="only sources of this rough class")
    ap.add_argument("--gold", type=Path, help="speaker gold: print only the wrong resolutions")
    ap.add_argument("--width", type=int, default=300, help="characters of passage before the source")
    args = ap.parse_args()
    sys.path.insert(0, str(TOOLS))
    from speaker_score import judge, load_gold, load_records, match_contents, parse_ann  # noqa: E402

    gold_speakers = load_gold(args.gold) if args.gold else {}
    referents: dict[str, set[str]] = {}
    for (doc, _, _), o in gold_speakers.items():
        if o["referent"]:
            referents.setdefault(doc, set()).add(o["referent"])
    records = load_records(args.records)
    shown = 0
    for path in sorted((args.gold_dir / "text").glob("*.txt")):
        doc = path.stem
        text = path.read_text(encoding="utf-8")
        gold = parse_ann(str(args.gold_dir / "attributions" / f"{doc}.ann"))
        quotes = [q for q in (records.get(doc) or {}).get("quotes") or [] if isinstance(q.get("start"), int)]
        for i, j in sorted(match_contents(text, gold, quotes).items()):
            source = gold[i]["source"]
            if not source:
                continue
            start, end = source[0][0], source[-1][1]
            written = " ".join(text[start:end].split())
            cls = rough_class(written)
            if args.cls and cls != args.cls:
                continue
            speaker = quotes[j].get("speaker") or {}
            line = ""
            if gold_speakers:
                o = gold_speakers.get((doc, start, end))
                if o is None or judge(o, speaker or None, referents.get(doc, set()))[0]:
                    continue
                line = f"  GOLD {o['referent']!r} alt={o.get('alt')}\n"
            passage = " ".join(text[max(0, start - args.width) : start].split())
            after = " ".join(text[end : end + 60].split())
            spoken = " ".join((speaker.get("text") or "").split())
            print(
                f"[{doc} {start}] {cls}: {written!r} -> {speaker.get('name')!r} ({speaker.get('resolution')}, "
                f"{speaker.get('kind')}; mention {spoken!r})\n{line}    …{passage} [[{written}]] {after}\n"
            )
            shown += 1
    print(f"{shown} sources", file=sys.stderr)


if __name__ == "__main__":
    main()
