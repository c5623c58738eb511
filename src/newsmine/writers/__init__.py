"""Writers: records -> files. Chosen by the output path's suffix (or an explicit format)."""

from __future__ import annotations

from newsmine.writers.jsonl import JsonLinesWriter

__all__ = ["JsonLinesWriter"]
