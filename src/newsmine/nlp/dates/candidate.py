"""A date expression found in the text, before its value is read (:class:`Candidate`): where it
is, spaCy's label or REF, and the text to read when it is not the span's own. Split from
:mod:`.spans` (session 50).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Candidate:
    start: int  # character offsets into the doc's text
    end: int
    label: str  # DATE | TIME (spaCy's) or REF (added here)
    read_as: str | None = None  # the text to normalise when it is not the span's own ("25" -> "April 25")
    before_ended: bool = False  # "the year" of "the year ended March 31": a span of time
    time_stamp: bool = False  # a live blog's time stamp line: a time of the publication day
