"""The gold: attributions read from BRAT standoff files, in the PolNeAR layout.

``T`` lines are labelled spans (``Source``, ``Cue``, ``Content``…), ``E`` lines tie one
attribution's spans together; only events with a Content role are attributions that the
scores count. Offsets are kept as ranges, a content possibly in several parts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsmine.errors import UsageError

_SPAN_ID_RE = re.compile(r"T\d+")
_EVENT_ID_RE = re.compile(r"E\d+")
# A span or event line whose fields are separated by spaces instead of tabs.
_SPACED_ID_RE = re.compile(r"[TE]\d+ +\S")

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution: content ranges (possibly discontinuous), source and cue ranges."""

    content: Ranges
    source: Ranges | None = None
    cue: Ranges | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    attributions: list[GoldAttribution]



def read_brat(path: str | Path) -> list[GoldAttribution]:
    """The attributions of a BRAT ``.ann`` file: every event with a Content role.

    A span whose text holds a newline continues on the next line; such continuation lines
    hold no tab and are skipped. What would make a file score as one without attributions is
    refused with its line (:class:`UsageError`): a span or event line typed with spaces for its
    tabs, an event naming a span the file lacks, Content spans with no event at all. (Content
    spans that no event names, beside events, are left out as the shared scorer leaves them:
    PolNeAR train holds 8.)
    """
    spans: dict[str, Ranges] = {}
    labels: dict[str, str] = {}
    events: list[tuple[int, str, dict[str, str]]] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), 1):
        fields = line.split("\t")
        if len(fields) < 2:
            if _SPACED_ID_RE.match(line):
                # 'E1 Attribution:T4 Content:T3' typed with spaces: read as a continuation line,
                # it left the gold empty and every score 0, exit 0.
                raise _bad_line(path, number, line, "its fields are separated by spaces: 'T1<tab>Label START END<tab>text' "
                                "and 'E1<tab>Attribution:T4 Content:T3 Cue:T2 Source:T1' take tabs")
            continue
        if _SPAN_ID_RE.fullmatch(fields[0]):
            _label, *offsets = fields[1].replace(";", " ").split() or [""]
            if not offsets or len(offsets) % 2 or not all(offset.isdigit() for offset in offsets):
                raise _bad_line(path, number, line, "a span is 'T1<tab>Label START END<tab>text' (START END pairs "
                                "joined by ';' for a span in pieces)")
            numbers = [int(o) for o in offsets]
            if any(numbers[i] > numbers[i + 1] for i in range(0, len(numbers), 2)):
                # "T3<tab>Content 24 3": a hand-typed END before its START scored as a missed quote, exit 0
                raise _bad_line(path, number, line, "a span's END comes before its START (offsets count characters "
                                "from the start of the .txt file: 'T1<tab>Label START END<tab>text')")
            spans[fields[0]] = tuple((numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 2))
            labels[fields[0]] = _label
        elif _EVENT_ID_RE.fullmatch(fields[0]):
            roles = fields[1].split()
            if not all(":" in role for role in roles):
                raise _bad_line(path, number, line, "an attribution is 'E1<tab>Attribution:T4 Content:T3 Cue:T2 Source:T1'")
            events.append((number, line, dict(role.split(":", 1) for role in roles)))
    for number, line, event in events:
        # An event naming a span the file lacks lost its content (or source) without a word.
        if missing := [f"{role}:{span_id}" for role, span_id in event.items() if span_id not in spans]:
            raise _bad_line(path, number, line, f"{', '.join(missing)} names no T line of the file")
    if not events and "Content" in labels.values():
        # Content spans alone score nothing: the gold was empty and every score 0, exit 0.
        raise UsageError(f"{path}: its Content spans belong to no attribution: add an 'E1<tab>Attribution:T4 "
                         "Content:T3 Cue:T2 Source:T1' line for each (the Attribution span may be the cue's)")
    attributions = []
    for _number, _line, event in events:
        content = spans.get(event.get("Content", ""))
        if content is None:
            continue
        attributions.append(GoldAttribution(content, spans.get(event.get("Source", "")), spans.get(event.get("Cue", ""))))
    return attributions


def _bad_line(path: str | Path, number: int, line: str, expected: str) -> UsageError:
    """A gold line that does not parse: a scorer that skipped it, or stopped on a traceback,
    hid that the gold file is wrong."""
    shown = line if len(line) <= 80 else line[:79] + "…"
    return UsageError(f"{path}, line {number}: {shown!r} is not BRAT standoff: {expected}; fix the line")


def json_objects(path: str | Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each non-blank line of a JSON Lines gold file (speakers, dates,
    pages). A line that is not a JSON object with the ``required`` keys is refused with its
    number: a scorer that stopped on a traceback, or skipped it, hid that the gold is wrong."""
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}, line {number}: not JSON ({exc.msg}); each line is one JSON object "
                             f"with {', '.join(required)}") from None
        if not isinstance(obj, dict) or (missing := [k for k in required if k not in obj]):
            what = f"lacks {', '.join(missing)}" if isinstance(obj, dict) else "is not a JSON object"
            raise UsageError(f"{path}, line {number}: {what}; each line needs {', '.join(required)}")
        yield number, obj


def read_gold_dir(gold_dir: str | Path) -> Iterator[GoldDocument]:
    """The documents of a gold directory, in file-name order.

    Two layouts: PolNeAR's (``text/<id>.txt`` and ``attributions/<id>.ann``), and the brat
    tool's own, where each ``<id>.ann`` sits beside its ``<id>.txt`` in one folder: a user who
    annotated their articles in brat had their folder refused as "not a gold directory"."""
    gold_dir = Path(gold_dir)
    text_dir, ann_dir = gold_dir / "text", gold_dir / "attributions"
    if text_dir.is_dir() and ann_dir.is_dir():
        where = "every text/<id>.txt needs its attributions/<id>.ann"
    elif gold_dir.is_dir() and any(gold_dir.glob("*.ann")):
        text_dir = ann_dir = gold_dir
        where = "every <id>.txt of a brat folder needs its <id>.ann beside it"
    else:
        raise UsageError(f"{gold_dir} is not a gold directory: it needs text/<id>.txt and attributions/<id>.ann, or "
                         "a brat folder of <id>.txt files each with its <id>.ann beside it")
    for text_path in sorted(text_dir.glob("*.txt")):
        ann_path = ann_dir / f"{text_path.stem}.ann"
        if not ann_path.is_file():
            raise UsageError(f"{ann_path} is missing: {where}")
        yield GoldDocument(text_path.stem, text_path.read_text(encoding="utf-8"), read_brat(ann_path))
