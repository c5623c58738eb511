"""Attribution: who reported what, found in stages over spaCy's parse.

An attribution is a *cue* (the reporting expression: "said", "told", "according to",
"believes", a colon in a headline), a *content* (what was said, thought or reported) and a
*source* (who). The stages, one module each, in the order they run:

1. :mod:`~.context` — the parsed document read once into plain lists (tokens, trees cut at
   paragraph breaks, sentences, paragraphs, quotations);
2. :mod:`~.cues` — which words may head a cue, the cue's extent, what it reports;
3. :mod:`~.sources` — the source the grammar gives a cue word, the speaker as written (a
   package: the grammar's rules, those for misparsed subjects, the learned choice);
4. :mod:`~.candidates` — every (cue, content, source) the parse, the quotations and the
   punctuation allow (:mod:`~.cue_checks`: the cue words that report nothing, where a
   complement really starts and ends);
5. :mod:`~.features` — the strings the linear models weigh;
6. :mod:`~.model` — the trained models (cue filter, content scorer, confidence) and their file;
7. :mod:`~.decide` — scores, each cue's best content, one attribution per content, each
   content's extent mended (:mod:`~.cue_prepositions`, :mod:`~.quotation_tails`,
   :mod:`~.raised_subjects`, :mod:`~.trailing_phrases`), then :mod:`~.orphans` (uncovered
   quotations become quotes of their own), :mod:`~.chants` (the chants a noun names) and
   :mod:`~.not_speech` (titles, page furniture, imperatives to the reader and what could be
   said left out).

:func:`attribute` runs them all on a parsed Doc; the training script
(``training/train_attribution.py``) runs the same :func:`decide`. The quotes component
(:mod:`newsmine.nlp.quotes`) turns the attributions into quotes and resolves their speakers.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidates import Candidate, find_candidates, quote_type
from newsmine.nlp.attribution.context import DocContext, doc_text
from newsmine.nlp.attribution.cues import cue_category, cue_lemma, is_trigger, quote_category
from newsmine.nlp.attribution.decide import attribute, choose, decide, score_candidates
from newsmine.nlp.attribution.features import FEATURE_SET, confidence_features, cue_features, feature_template
from newsmine.nlp.attribution.model import AttributionModel, LinearScorer
from newsmine.nlp.attribution.orphans import ORPHAN_MIN_WORDS, ORPHAN_PARAGRAPHS
from newsmine.nlp.attribution.sources import addressee_of, noun_phrase, subject_of

__all__ = [
    "FEATURE_SET",
    "ORPHAN_MIN_WORDS",
    "ORPHAN_PARAGRAPHS",
    "AttributionModel",
    "Candidate",
    "DocContext",
    "LinearScorer",
    "addressee_of",
    "attribute",
    "choose",
    "confidence_features",
    "cue_category",
    "cue_features",
    "cue_lemma",
    "decide",
    "doc_text",
    "feature_template",
    "find_candidates",
    "is_trigger",
    "noun_phrase",
    "quote_category",
    "quote_type",
    "score_candidates",
    "subject_of",
]
