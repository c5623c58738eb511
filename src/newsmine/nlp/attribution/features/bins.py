"""Numbers made into feature values: bins by edges, and the log-odds of a probability; and a
feature's string from its template and values (:func:`feature_string`); where each template's
values stand among a tuple of values several share (:class:`ValueLayout`)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["BOOL_TEXT", "LOGIT_LIMIT", "FeatureValue", "ValueLayout", "bucket", "feature_string", "logit"]

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


@dataclass(frozen=True)
class ValueLayout:
    """Where each template's values stand in a tuple of values that several templates share
    (:meth:`ValueLayout.of`): ``positions[k]``, the indices of template k's values, in order;
    ``readers[i]``, the templates that read the value at index i."""

    positions: tuple[tuple[int, ...], ...]
    readers: tuple[tuple[int, ...], ...]

    @classmethod
    def of(cls, features_of: Callable[[tuple[str, ...]], list[FeatureValue]], size: int) -> ValueLayout:
        """The layout of ``features_of``, which makes one feature a template from ``size``
        values: read off the features it makes of ``size`` distinct placeholders, so that the
        layout cannot drift from the function."""
        placeholders = tuple(f"\x00{i}" for i in range(size))
        index = {placeholder: i for i, placeholder in enumerate(placeholders)}
        positions = tuple(tuple(index[part] for part in value[1:]) for value in features_of(placeholders))
        readers = tuple(tuple(k for k, used in enumerate(positions) if i in used) for i in range(size))
        return cls(positions, readers)
