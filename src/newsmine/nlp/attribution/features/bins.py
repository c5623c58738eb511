"""Numbers made into feature values: bins by edges, and the log-odds of a probability; and a
feature's string from its template and values (:func:`feature_string`)."""

from __future__ import annotations

import math

__all__ = ["BOOL_TEXT", "LOGIT_LIMIT", "FeatureValue", "bucket", "feature_string", "logit"]

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


# A bool as an f-string writes it, for the feature values (each a str, weighed as it is).
BOOL_TEXT = {False: "False", True: "True"}
# A feature as its template and values: ('lem|rel', 'say', 'child:ccomp'); ('bias',) alone.
FeatureValue = tuple[str, ...]


def feature_string(value: FeatureValue) -> str:
    """A feature as the linear models' weights name it: its template, '=' and its values joined
    by '|' (('lem|rel', 'say', 'child:ccomp') -> 'lem|rel=say|child:ccomp'); a template without
    values alone (('bias',) -> 'bias')."""
    return f"{value[0]}={'|'.join(value[1:])}" if len(value) > 1 else value[0]
