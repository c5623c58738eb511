"""Numbers made into feature values: bins by edges, and the log-odds of a probability."""

from __future__ import annotations

import math

__all__ = ["LOGIT_LIMIT", "bucket", "logit"]

LOGIT_LIMIT = 30.0


def bucket(n: float, edges: tuple[float, ...]) -> int:
    for k, edge in enumerate(edges):
        if n < edge:
            return k
    return len(edges)


def logit(p: float) -> float:
    if p <= 0.0:
        return -LOGIT_LIMIT
    if p >= 1.0:
        return LOGIT_LIMIT
    return math.log(p / (1.0 - p))
