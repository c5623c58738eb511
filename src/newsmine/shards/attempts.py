"""How shards are handed to workers, whatever runs them: at most
:data:`_IN_FLIGHT_PER_WORKER` submitted per worker, :data:`_ATTEMPTS` runs of a shard whose
worker dies under it, and a shard that fails reported as its summary (:func:`_guarded`), so that
one bad shard never stops the run. Split from :mod:`newsmine.shards` (session 50); shared by
:mod:`.local_pool` and :mod:`.on_dask`.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmine.shards.task import ShardSummary, shard_name

# Shards submitted and not yet finished, per worker: enough to keep each busy, few enough
# that the client and scheduler hold a handful of futures whatever the number of shards.
_IN_FLIGHT_PER_WORKER = 2


# Runs of a shard whose local worker process dies under it before the shard is reported as
# failed (Dask's own default, distributed.scheduler.allowed-failures, is 3 too).
_ATTEMPTS = 3


def _guarded(path: str, compute: Callable[[], ShardSummary]) -> ShardSummary:
    """The shard's summary, or one saying why it failed: one bad shard never stops the run."""
    try:
        return compute()
    except Exception as exc:  # noqa: BLE001 - reported per shard; KeyboardInterrupt still stops the run
        return ShardSummary(shard=shard_name(path), input=path, shard_error=f"{type(exc).__name__}: {exc}")
