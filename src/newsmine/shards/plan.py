"""The shard plan: which shards a sharded run was given, so that a reader can tell a complete
output directory from one whose run stopped part-way.

Every shard writes its parts and its done-marker (``DIR/_shards/<shard>.json``) on its own, so
a directory whose run was killed after 2 of 10 shards holds whole parts for 2 shards and reads
like a complete corpus: ``newsmine report DIR`` and ``newsmine merge DIR`` counted its 1,200
articles with exit 0 and no word of the 4,800 never written, and a pipeline that merged after a
job it believed finished published a fifth of the crawl. The markers say which shards are done;
nothing said which were meant to be. Each run therefore writes ``DIR/_newsmine-shards.json``,
the names of the shards it was given, before it runs any; ``report`` and ``merge`` compare the
markers with it and warn (they still read what is there: the complete shards are whole, and a
look at a running job's progress is a fair use). A directory written before the plan existed
has none, and nothing is said.
"""

from __future__ import annotations

import json
import os

__all__ = ["PLAN_NAME", "incomplete_warning", "plan_bytes", "shard_counts"]

PLAN_NAME = "_newsmine-shards.json"  # inside a sharded output directory, beside the run manifest


def plan_bytes(names: list[str]) -> bytes:
    return json.dumps({"newsmine_shards": 1, "shards": sorted(names)}, indent=0).encode() + b"\n"


def shard_counts(directory: str) -> tuple[int, int] | None:
    """(complete, planned) shards of a local sharded output directory, by the last run's plan;
    None when it has no plan (not sharded, or written before plans existed) or one that does
    not parse."""
    from newsmine.shards.task import MARKERS

    try:
        with open(os.path.join(directory, PLAN_NAME), "rb") as handle:
            planned = json.load(handle).get("shards")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(planned, list):
        return None
    folder = os.path.join(directory, MARKERS)
    done = {name.removesuffix(".json") for name in os.listdir(folder)
            if name.endswith(".json") and not name.startswith(".")} if os.path.isdir(folder) else set()
    return len(done.intersection(planned)), len(planned)


def incomplete_warning(directory: str) -> str | None:
    """The warning for a sharded output whose last run did not complete every shard it was
    given; None when it did, or when the directory has no plan."""
    counts = shard_counts(directory)
    if counts is None or counts[0] >= counts[1]:
        return None
    complete, planned = counts
    return (f"{directory} is incomplete: {complete:,} of the {planned:,} shards its run was given are complete, "
            f"and only they are read (the run stopped, or shards failed); rerun the extract command with --resume "
            "to finish it")
