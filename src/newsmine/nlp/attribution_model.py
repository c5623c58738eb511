"""The trained linear model that scores attribution candidates.

A logistic regression over the string features of :mod:`newsmine.nlp.attribution`,
trained on PolNeAR train by ``training/train_attribution.py``. It ships inside the package
as a small JSON file (feature -> weight, the decision threshold, and how it was trained),
is read once per process and never touches the network.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

__all__ = ["DEFAULT_MODEL_FILE", "AttributionModel"]

DEFAULT_MODEL_FILE = "attribution-v1.json"


@dataclass(frozen=True, slots=True)
class AttributionModel:
    weights: dict[str, float]
    threshold: float
    info: dict[str, Any]

    def probability(self, features: list[str]) -> float:
        weights = self.weights
        z = sum(weights.get(f, 0.0) for f in features)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    @classmethod
    def from_file(cls, path: str | Path) -> AttributionModel:
        return cls._from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> AttributionModel:
        return cls(weights=dict(data["weights"]), threshold=float(data["threshold"]), info=dict(data.get("info", {})))

    def to_dict(self) -> dict[str, Any]:
        return {"threshold": self.threshold, "info": self.info, "weights": self.weights}

    @staticmethod
    @cache
    def default() -> AttributionModel:
        """The model shipped with newsmine (read once per process)."""
        text = files("newsmine.nlp.models").joinpath(DEFAULT_MODEL_FILE).read_text(encoding="utf-8")
        return AttributionModel._from_dict(json.loads(text))
