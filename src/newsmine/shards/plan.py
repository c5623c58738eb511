"""The shard plan: which shards a sharded run was given, so that a reader can tell a complete
output directory from one whose run stopped part-way.

Every shard writes its parts and its done-marker (``DIR/_shards/<shard>.json``) on its own, so
a directory whose run was killed after 2 of 10 shards holds whole parts for 2 shards and reads
like a complete corpus: ``newsmine report DIR`` and ``newsmine merge DIR`` counted its 1,200
articles with exit 0 and no word of the 4,800 never written, and a pipeline that merged after a
job it believed finished published a fifth of the crawl. The markers say which shards are done;
nothing said which were meant to be. Each run therefore writes ``DIR/_newsmine-shards.json``,
the names of the shards it was given, before it runs any; ``report`` and ``merge`` compare the
markers with it. Since session 47 they refuse such a directory (exit 2, nothing written:
:func:`incomplete_refusal`) unless given ``--allow-incomplete``, and then read what is there
with a warning (:func:`incomplete_warning`): the complete shards are whole, and a look at a
running job's progress is a fair use, but a warning on stderr is what a scheduled job never
reads — its merged database or shared report page said nothing of the missing shards. A
directory written before the plan existed has none, and nothing is said.
"""

from __future__ import annotations

import json
import os

__all__ = [
    "ALLOW_INCOMPLETE", "PLAN_NAME", "incomplete_part_refusal", "incomplete_part_warning", "incomplete_refusal",
    "incomplete_warning", "incompleteness", "plan_bytes", "shard_counts",
]

PLAN_NAME = "_newsmine-shards.json"  # inside a sharded output directory, beside the run manifest
ALLOW_INCOMPLETE = "--allow-incomplete"  # the option of report and merge that reads such a directory anyway


def plan_bytes(names: list[str]) -> bytes:
    return json.dumps({"newsmine_shards": 1, "shards": sorted(names)}, indent=0).encode() + b"\n"


def shard_counts(directory: str) -> tuple[int, int] | None:
    """(complete, planned) shards of a local sharded output directory, by the last run's plan;
    None when it has no plan (not sharded, or written before plans existed) or one that does
    not parse."""
    shards = _planned_and_complete(directory)
    return None if shards is None else (len(shards[1]), len(shards[0]))


def _planned_and_complete(directory: str) -> tuple[list[str], set[str]] | None:
    """The shard names of the last run's plan, and those of them that are complete."""
    from newsmine.shards.task import MARKERS

    try:
        with open(os.path.join(directory, PLAN_NAME), "rb") as handle:
            planned = json.load(handle).get("shards")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(planned, list) or not all(isinstance(name, str) for name in planned):
        return None
    folder = os.path.join(directory, MARKERS)
    done = {name.removesuffix(".json") for name in os.listdir(folder)
            if name.endswith(".json") and not name.startswith(".")} if os.path.isdir(folder) else set()
    return planned, done.intersection(planned)


def incomplete_warning(directory: str) -> str | None:
    """The warning for a sharded output whose last run did not complete every shard it was
    given, read with ``--allow-incomplete``; None when it did, or when the directory has no plan."""
    state = _incomplete(directory)
    return state and (f"{state} (the run stopped, is still running, or shards failed), and only the complete ones are read; "
                      "rerun the extract command with --resume to finish it")


def incomplete_refusal(directory: str) -> str | None:
    """The error for a sharded output whose last run did not complete every shard it was given,
    read without ``--allow-incomplete``; None when it did, or when the directory has no plan."""
    state = _incomplete(directory)
    return state and (f"{state} (the run stopped, is still running, or shards failed); rerun the extract command with "
                      f"--resume to finish it, or add {ALLOW_INCOMPLETE} to read the complete shards only")


def incomplete_part_warning(directory: str, part: str, *, result: str = "the report") -> str | None:
    """:func:`incomplete_warning` for one JSON Lines part of the sharded output, named alone
    (``report out/records/wire-1a2b.jsonl --allow-incomplete``): the report is of that part."""
    state = _incomplete(directory)
    return state and (f"{part} is one shard's part of the sharded output {directory}, and {state} (the run stopped, "
                      f"is still running, or shards failed); {result} is of this part alone; rerun the extract "
                      "command with --resume to finish the run")


def incomplete_part_refusal(directory: str, part: str, *, reading: str = "report on") -> str | None:
    """:func:`incomplete_refusal` for one JSON Lines part of the sharded output, named alone: a
    part was read with no check while its directory was refused (review48, review47b's note)."""
    state = _incomplete(directory)
    return state and (f"{part} is one shard's part of the sharded output {directory}, and {state} (the run stopped, "
                      f"is still running, or shards failed); rerun the extract command with --resume to finish it, or "
                      f"add {ALLOW_INCOMPLETE} to {reading} this part alone")


def incompleteness(path: str, *, allowed: bool, command: str = "report") -> str | None:
    """What ``report`` or ``merge`` (``command``) says of ``path`` when it is a sharded output
    whose run did not complete every shard, or one JSON Lines part of one
    (``out/records/wire-1a2b.jsonl``): the refusal, or with ``allowed`` (--allow-incomplete) the
    warning; None otherwise. A part was read with no check while its directory was refused
    (review48, from review47b's note). The folders are found from the path made absolute: a
    part named from inside its folder (``report wire-1a2b.jsonl``) or through a symbolic link
    was read unchecked, and ``merge`` of one part (a streamed run's file to it) was never
    checked (review48c). The names said are those the user typed, or relative ones."""
    whole = os.path.realpath(path)
    if os.path.isdir(whole):
        directory, part = whole, None
    elif os.path.basename(os.path.dirname(whole)) == "records":
        directory, part = os.path.dirname(os.path.dirname(whole)), path
    else:
        return None
    if not os.path.isfile(os.path.join(directory, PLAN_NAME)):
        return None
    if part is None:
        named = path
    elif os.path.basename(os.path.dirname(path)) == "records":  # the folders as typed: out/records/X.jsonl
        named = os.path.dirname(os.path.dirname(path)) or os.curdir
    else:  # X.jsonl from inside records/, or a link to it
        named = os.path.relpath(directory)
    if part is None:
        return incomplete_warning(named) if allowed else incomplete_refusal(named)
    if allowed:
        return incomplete_part_warning(named, part, result="the report" if command == "report" else "the database")
    return incomplete_part_refusal(named, part, reading="report on" if command == "report" else "merge")


# Shards the message names when a run did not complete them; the rest are counted.
_MISSING_EXAMPLES = 3


def _incomplete(directory: str) -> str | None:
    """'DIR is incomplete: 2 of the 10 shards its run was given are complete, not a-1f2e,
    b-03c4, c-9a8b and 5 more', or None. The names say which inputs to look at: a shard whose
    worker died three times (an input that runs out of memory each time) stays incomplete
    after every --resume, and the count alone left its user to compare two listings."""
    shards = _planned_and_complete(directory)
    if shards is None or len(shards[1]) >= len(shards[0]):
        return None
    planned, complete = shards
    missing = [name for name in planned if name not in complete]
    named = ", ".join(missing[:_MISSING_EXAMPLES]) + (f" and {len(missing) - _MISSING_EXAMPLES:,} more"
                                                       if len(missing) > _MISSING_EXAMPLES else "")
    return (f"{directory} is incomplete: {len(complete):,} of the {len(planned):,} shards its run was given are complete, "
            f"not {named}")
