"""Rules that look for a few words in the whole Doc read the words' positions from its word
arrays (``token_indices``), not a Token per word: the same findings as the loops over every
token they replace (docs/history/speed.md, session 24 — speed5)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsmine.nlp.dates.spans import _SEASON_NOUNS, Candidate, _bare_seasons
from newsmine.nlp.doc_attrs import in_excluded
from newsmine.nlp.entities.candidates import _Candidate
from newsmine.nlp.entities.mentions import _mention_candidates
from newsmine.nlp.entities.missed_names import _ARTICLES, _INSTITUTION_HEADS, _missed_institutions
from newsmine.nlp.entities.name_spans import _lower_case_words, _word_not_name
from newsmine.nlp.entities.names import _name_tokens

# Original text: bare seasons that are dates and those that are not ("spring training", "the
# summer of 1968", "the Arab Spring", "winter coats"), in upper, title and lower case.
_SEASONS = """Spring Plans Stall
The council met before winter even starts. Over the summer the roads were fixed, and in the
spring the library opened. Winter coats sold out; spring training began. The summer of 1968
was hot. Protesters recalled the Arab Spring. By autumn, and again last winter, the mayor
spoke. SUMMER came early; the summer, everyone said, was long."""

# Original text: institutions the recogniser may miss or cut, after "the", at a sentence's
# start, before "of", in a headline, and head words in lower case or alone.
_INSTITUTIONS = """Harwood University Agreed To Talks
He joined the Woods Hole Oceanographic Institution in 1957. The Campaign Integrity Project, a
watchdog, said so. Harwood University agreed. The study came from the Peterson Institute for
International Economics. A university and a museum closed; the Museum reopened. Kelso Valley
Regional Transit Authority raised fares, said the Brightwater Marine Laboratory. Lee Chu and
the Dockside Workers Association met at the Riverside Community Center."""


def _plain_bare_seasons(doc, found):
    """dates.spans._bare_seasons as it read, over every token of the Doc."""
    taken = [(c.start, c.end) for c in found]
    added = []
    for token in doc:
        if token.text not in _SEASON_NOUNS or token.pos_ != "NOUN" or token.dep_ in ("compound", "amod", "nmod"):
            continue
        if token.i + 1 < len(doc) and (doc[token.i + 1].lower_ == "of" or doc[token.i + 1].pos_ in ("NOUN", "PROPN")):
            continue
        first = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].lower_ == "the" else token
        start, end = first.idx, token.idx + len(token.text)
        if any(start < b and a < end for a, b in taken) or in_excluded(doc, start, end):
            continue
        added.append(Candidate(start, end, "DATE"))
    return added


def _plain_missed_institutions(doc, candidates, lower_words):
    """entities.missed_names._missed_institutions as it read, over every token of the Doc."""
    owner = {i: k for k, cand in enumerate(candidates) for i in range(cand.span.start, cand.span.end)}

    def free(i):
        return i not in owner or candidates[owner[i]].label == "PERSON"

    found = []
    for i, token in enumerate(doc):
        if token.lower_ not in _INSTITUTION_HEADS or not token.is_title or i in owner:
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "for"):
            continue
        start = i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and free(start - 1):
            if doc[start - 1].lower_ in _ARTICLES:
                break
            start -= 1
        if start == i:
            continue
        inside = {owner[j] for j in range(start, i) if j in owner}
        if any(candidates[k].span.start < start for k in inside):
            continue
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.text == "the" or before.text == "The" and before.is_sent_start):
            pass
        elif not doc[start].is_sent_start or doc[start].pos_ != "PROPN" or doc[start].lower_ in lower_words:
            continue
        span = Span(doc, start, i + 1, label="ORG")
        if not in_excluded(doc, span.start_char, span.end_char):
            found.append((_Candidate(span, "ORG", _name_tokens(span)), inside))
    replaced = {k for _, inside in found for k in inside}
    return [cand for k, cand in enumerate(candidates) if k not in replaced] + [cand for cand, _ in found]


def _as_tuples(candidates):
    return [(c.span.start, c.span.end, c.label, c.tokens) for c in candidates]


def test_bare_seasons_found_by_their_words_are_those_found_over_every_token(nlp):
    doc = nlp(_SEASONS)
    taken_by_spacy = [Candidate(ent.start_char, ent.end_char, "DATE") for ent in doc.ents if ent.label_ == "DATE"]
    for found in ([], taken_by_spacy):
        seasons = _bare_seasons(doc, found)
        assert seasons == _plain_bare_seasons(doc, found)
    assert _bare_seasons(doc, []), "the text must reach the rule"
    assert _bare_seasons(nlp("The council met on Tuesday."), []) == []


def test_missed_institutions_found_by_their_head_words_are_those_found_over_every_token(nlp):
    doc = nlp(_INSTITUTIONS)
    lower_words = _lower_case_words(doc)
    candidates = _mention_candidates(doc, add_missed_names=False)
    for given in (candidates, [], [c for c in candidates if c.label == "PERSON"]):
        found = _missed_institutions(doc, list(given), lower_words)
        assert _as_tuples(found) == _as_tuples(_plain_missed_institutions(doc, list(given), lower_words))
    added = set(_as_tuples(_missed_institutions(doc, [], lower_words)))
    assert {tokens for *_, tokens in added}, "the text must reach the rule"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("I'm O.K. with it, she said.", "O.K.", True),
        ("The vote closed at 10:22 GMT on Monday.", "GMT", True),
        ("The GMT desk answered.", "GMT", False),
        ("He said so.\nX.\nThe post was removed.", "X.", True),
        ("Lee, of Hartford, said J. Lee was right.", "J.", False),
        ("Ana Ruiz spoke.", "Ana Ruiz", False),
    ],
)
def test_a_word_never_a_name_is_told_from_its_text_read_once(nlp, text, name, expected):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert _word_not_name(span) is expected
