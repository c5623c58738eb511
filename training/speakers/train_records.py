"""The records ``newsmine extract`` writes for PolNeAR train, from the cached parses, in minutes.

    python training/speakers/train_records.py OUT.jsonl [--only IDS.txt]

Extracting all 840 train articles parses each again (a quarter of an hour and more on the
shared machine); the parses are cached (``training/polnear.py``), so this runs only what
follows the parse (byline, entities, quotes and speakers) and writes one line per article with
its ``id`` and ``quotes`` (offsets, speaker mention, kind, name, resolution, cue word and
relation; the name as the record writes it, mojibake repaired: ``record_speaker_name``):
what ``training/speaker_study.py``, the shared ``speaker_score.py`` and
``attrib_score.py`` (its cue accuracy too) and ``training/content_extents.py`` (which splits
its classes by whether the kept cue is the gold one) read. Same quotes and
speakers as ``newsmine extract`` (checked on the train sample: identical scores). About two
minutes for all of train, so a change to the speaker rules can be read across the whole split
(``speaker_study.py`` before and after) instead of the hand-annotated sample alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from polnear import parsed, prepare  # noqa: E402

from newsmine.extract import record_speaker_name  # noqa: E402
from newsmine.nlp.attribution import AttributionModel  # noqa: E402
from newsmine.nlp.quotes import QuoteFound, find_quotes  # noqa: E402


def quote_line(q: QuoteFound) -> dict:
    """A quote as the script writes it: offsets, speaker mention with its kind, name (as the
    record writes it, mojibake repaired) and resolution, cue word and relation."""
    speaker = None
    if q.speaker is not None:
        speaker = {
            "start": q.speaker.start_char, "end": q.speaker.end_char, "text": q.speaker.text,
            "kind": q.speaker_kind.value, "name": record_speaker_name(q), "resolution": q.speaker_resolution.value,
        }  # fmt: skip
    cue = None if q.cue is None else {"start": q.cue.start_char, "end": q.cue.end_char, "text": q.cue.text}
    return {"start": q.start, "end": q.end, "speaker": speaker, "cue": cue, "relation": q.relation}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--only", type=Path, help="a file of article ids, one a line: those only")
    args = ap.parse_args()
    only = set(args.only.read_text(encoding="utf-8").split()) if args.only else None
    model = AttributionModel.default()
    with args.output.open("w", encoding="utf-8") as out:
        for n, (doc, gold) in enumerate(parsed("train"), 1):
            if only is not None and gold.id not in only:
                continue
            quotes = [quote_line(q) for q in find_quotes(prepare(doc), model)]
            out.write(json.dumps({"id": gold.id, "quotes": quotes}) + "\n")
            print(f"\r{n} articles", end="", file=sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()
