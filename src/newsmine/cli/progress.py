"""Progress on stderr for long runs: articles done/total, articles/s, words/s, ETA, failures.

Drawn only when stderr is a terminal (logs and pipes stay clean), redrawn at most a few
times a second so that drawing never costs throughput. The final one-line summary is
printed whatever stderr is.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from newsmine.batch import RunSummary

__all__ = ["ProgressLine", "format_summary"]

_REDRAW_SECONDS = 0.25


def _duration(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class ProgressLine:
    def __init__(self, total: int | None, stream: TextIO | None = None, *, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.monotonic()
        self._last_draw = 0.0

    def __call__(self, summary: RunSummary) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw < _REDRAW_SECONDS:
            return
        self._last_draw = now
        self.stream.write("\r" + self.line(summary, now) + "\x1b[K")
        self.stream.flush()

    def line(self, summary: RunSummary, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = summary.articles / elapsed
        done = f"{summary.articles:,}" + (f"/{self.total:,}" if self.total else "")
        parts = [f"{done} articles", f"{rate:,.1f} articles/s", f"{summary.words / elapsed:,.0f} words/s"]
        if self.total and rate > 0:
            parts.append(f"ETA {_duration((self.total - summary.articles) / rate)}")
        parts.append(f"{summary.failed:,} failed")
        return " | ".join(parts)

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def format_summary(summary: RunSummary, seconds: float, output: str) -> str:
    """The final one-line summary, e.g. '120 articles (2 failed: DecodeError 2) in 0:00:14 -> out.jsonl'."""
    failed = ""
    if summary.failed:
        kinds = ", ".join(f"{kind} {count}" for kind, count in summary.errors_by_type.most_common())
        failed = f" ({summary.failed:,} failed: {kinds})"
    skipped = f"; {len(summary.skipped_files):,} files of unknown type skipped" if summary.skipped_files else ""
    return f"{summary.articles:,} articles{failed} in {_duration(seconds)} -> {output}{skipped}"
