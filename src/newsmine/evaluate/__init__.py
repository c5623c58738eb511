"""Quote attribution quality against BRAT standoff gold (the PolNeAR layout).

A gold directory holds ``text/<id>.txt`` (the article) and ``attributions/<id>.ann`` (BRAT
standoff: ``T`` lines are spans labelled ``Source``, ``Cue``, ``Content``...; ``E`` lines tie
the parts of one attribution together). :func:`evaluate` runs extraction over the texts with
default settings and scores the quotes with exactly the definitions of the project's shared
scorer (``attrib_score.py``), so the figures of ``newsmine eval`` and of that script agree:

- **content match**: greedy one-to-one matching by IoU of non-space characters, IoU >= 0.5,
  after trimming edge punctuation and quotation marks and a leading "that"; for a
  discontinuous gold content the characters between its parts are not held against a
  prediction. Ties are broken as the shared scorer does (highest score, then highest gold
  and prediction index first).
- **attribution**: a matched content whose source is right: the predicted speaker span
  overlaps the gold Source span; a gold attribution without a source is right only when no
  speaker is predicted.
- **cue**: the predicted cue overlaps the gold Cue span (share of matched contents).
- **direct**: gold contents holding a quotation mark.
- **lenient** (as in the Gender Gap Tracker): a prediction covering >= 30 % of a gold
  content's characters, matched one-to-one.

On top of the shared scorer's figures, :class:`Errors` breaks the failures down for whoever
improves the extractor: *missed* (a gold content no unmatched prediction touches), *wrong
span* (a gold content that an unmatched prediction overlaps, but with IoU < 0.5), *spurious*
(a prediction touching no unmatched gold content) and *wrong speaker* (a matched content
with a wrong or missing source).

A package of one module a step, each importing only those listed before it: :mod:`.gold`
(the BRAT reader), :mod:`.characters` (which characters are compared), :mod:`.scoring` (one
document: matching and errors), :mod:`.speakers` (speaker resolution: the shared ``speaker_score.py``'s figures),
:mod:`.dates` and :mod:`.metadata` (TIMEX3 dates and web pages' metadata, each with its own
gold folder and articles: ``dates_score.py``'s and ``metadata_score.py``'s figures),
:mod:`.summary` (a whole directory: the summary, and :func:`evaluate`).
"""

from __future__ import annotations

# Read from here by the training scripts (training/polnear.py and the studies), as before the split.
from newsmine.evaluate.characters import (
    _overlap,  # noqa: F401
    gold_chars,
    gold_gaps,
    is_direct,
    span_chars,
)
from newsmine.evaluate.dates import evaluate_dates, read_timex_gold, score_dates
from newsmine.evaluate.gold import GoldAttribution, GoldDocument, read_brat, read_gold_dir
from newsmine.evaluate.metadata import evaluate_metadata, read_metadata_gold, score_metadata
from newsmine.evaluate.scoring import (
    DocumentScore,
    ErrorExample,
    Errors,
    PredictedQuote,
    _greedy_match,  # noqa: F401
    score_document,
)
from newsmine.evaluate.speakers import SPEAKER_CLASSES, name_match, read_speaker_gold, score_speakers
from newsmine.evaluate.summary import EvaluationReport, evaluate, score_predictions, summarise

__all__ = [
    "SPEAKER_CLASSES",
    "DocumentScore",
    "ErrorExample",
    "Errors",
    "EvaluationReport",
    "GoldAttribution",
    "GoldDocument",
    "PredictedQuote",
    "evaluate",
    "evaluate_dates",
    "evaluate_metadata",
    "gold_chars",
    "gold_gaps",
    "is_direct",
    "name_match",
    "read_brat",
    "read_gold_dir",
    "read_metadata_gold",
    "read_speaker_gold",
    "read_timex_gold",
    "score_dates",
    "score_document",
    "score_metadata",
    "score_predictions",
    "score_speakers",
    "span_chars",
    "summarise",
]
