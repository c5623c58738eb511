"""The features: the strings the linear models of :mod:`~newsmine.nlp.attribution.model` weigh.

A module for what a feature describes:

- :mod:`.cue_word`: :func:`cue_features`, a word alone, for the cheap cue filter;
  :func:`trigger_features`, what a cue word's candidates share (lemma, tag, source kind …),
  and as tuples of their template and values (:func:`trigger_values`);
- :mod:`.content`: :func:`features`, a candidate's content (relation, length, quoted share,
  sentence edges, adjacency, …), with :mod:`.content_end` for what follows its end; and as
  tuples of their template and values (:func:`feature_values`), which the content model weighs
  without writing the strings;
- :mod:`.source_options`: :func:`source_features`, :func:`no_source_features`, a noun phrase
  near a cue word as its source, or no source, for the source model;
- :mod:`.content_choice`: :func:`choice_features`, a content among its cue's others;
- :mod:`.confidence`: :func:`confidence_features`, a chosen quote, for the confidence model;
- :mod:`.bins`: the bins and log-odds the others build values from.

The feature strings are the keys of the shipped model's weights: a renamed string silently
loses its weight. The model file records :data:`FEATURE_SET` and the feature templates it was
trained with; ``tests/test_attribution_model.py`` fails when the code computes others.
"""

from __future__ import annotations

from newsmine.nlp.attribution.features.confidence import confidence_features
from newsmine.nlp.attribution.features.content import feature_values, features
from newsmine.nlp.attribution.features.content_choice import CueTops, choice_features
from newsmine.nlp.attribution.features.cue_word import cue_features, cue_features_of, cue_values, trigger_features, trigger_values
from newsmine.nlp.attribution.features.source_options import no_source_features, source_features

__all__ = [
    "FEATURE_SET",
    "CueTops",
    "choice_features",
    "confidence_features",
    "cue_features",
    "cue_features_of",
    "cue_values",
    "feature_template",
    "feature_values",
    "features",
    "no_source_features",
    "source_features",
    "trigger_features",
    "trigger_values",
]

# The version of the features of this package, recorded in the model file by the training script: bump
# it when a feature changes meaning without changing its name (bucket edges, a word list),
# and retrain. Renamed, added or removed features show in the model file's feature templates
# (tests/test_attribution_model.py checks both against the shipped model).
FEATURE_SET = "2"


def feature_template(feature: str) -> str:
    """A feature's template: its name without the value ('lem|rel=say|child:ccomp' -> 'lem|rel')."""
    return feature.split("=", 1)[0]
