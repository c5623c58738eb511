"""training/speakers/train_records.py writes the speaker names ``newsmine extract`` writes.

The script runs the quotes component on cached parses instead of the whole pipeline, and its
records are scored by the shared scorers beside ``newsmine extract``'s: a name it wrote
otherwise (mojibake left in, an unnamed source's set-off clause kept) would count as a
speaker error the tool does not make (session 57, retrain57).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PATH = ROOT / "training" / "speakers" / "train_records.py"
_SPEC = importlib.util.spec_from_file_location("train_records", _PATH)
train_records = importlib.util.module_from_spec(_SPEC)
sys.modules["train_records"] = train_records
_SPEC.loader.exec_module(train_records)


def _names(pipeline, text: str) -> tuple[list, list]:
    """(mention, name) of each quote's speaker: as the script writes them, as the record does."""
    from newsmine.nlp.results import quotes_of

    lines = [train_records.quote_line(q) for q in quotes_of(pipeline.nlp(text))]
    script = [(line["speaker"]["text"], line["speaker"]["name"]) for line in lines if line["speaker"]]
    record = [(q.speaker.text, q.speaker.name) for q in pipeline.analyze(text).quotes if q.speaker is not None]
    return script, record


def test_a_speaker_named_in_mojibake_is_written_repaired_as_the_record_writes_it(pipeline):
    text = (
        "Envoy speaks at summit\n\n"
        'The French ambassador, FranÃ§ois Delattre, spoke on Friday. "We will not give up," said '
        "FranÃ§ois Delattre, who also met the press."
    )
    script, record = _names(pipeline, text)
    assert ("FranÃ§ois Delattre", "François Delattre") in script
    assert script == record


def test_an_ascii_name_and_an_unnamed_source_are_written_as_the_record_writes_them(pipeline):
    # near misses: nothing to repair in an ASCII name nor in an unnamed source's noun phrase
    text = (
        "Harbour deal stalls\n\n"
        '"The talks are over for now," said Tom Varga, the harbour board chairman. "Nothing is '
        'agreed," said a harbour official, who asked not to be named because the talks were private.'
    )
    script, record = _names(pipeline, text)
    assert script == [("Tom Varga", "Tom Varga"), ("a harbour official", "a harbour official")]
    assert script == record
