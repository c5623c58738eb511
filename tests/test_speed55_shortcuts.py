"""Shortcuts that spare newsmine's own time without changing what it finds (docs/history/speed.md,
session 55 — speed55): each gives the answers of the slower way it replaced, on invented text,
both where the rule fires and where it must not. Being equivalences, they pass on the code
before the change too; what they guard is that the faster reading stays the same reading."""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.cause_names import _people_for_a_cause
from newsmine.nlp.entities.titles import _title_as_first_name
from newsmine.nlp.entities.whole_bodies import _with_body_name_before
from newsmine.nlp.entities.word_lists import all_first_names, known_first_name

# Original text: groups of people named for a cause (one opening a sentence, one after a
# tagged name), "for" after a lower-case plural, after a verb and opening the text, and a
# plural of people working for a hospital.
_CAUSES = """For the third year, Moms for Safe Streets marched downtown on Saturday.
Veterans for America joined them, and Nurses for Mercy General sent a van. The teachers for
Riverside walked too, and Dana Osei asked for a Fair Wage. Students for a Greener Harbour spoke
last, as Citizens for Tom Kessler cheered."""


def _people_for_a_cause_token_by_token(doc, ents):
    """_people_for_a_cause's loop before session 55: every token of the article read."""
    from newsmine.nlp.entities import cause_names

    tagged = {i for e in ents for i in range(e.start, e.end)}
    found = []
    for prep in doc:
        i = prep.i - 1
        if prep.lower_ != "for" or i < 0 or i in tagged or prep.head.i != i:
            continue
        word = doc[i]
        if not word.is_title or word.tag_ not in ("NNS", "NNPS") or not cause_names._people_plural(word):
            continue
        end = cause_names._cause_end(doc, prep.i + 1)
        if end < 0 or cause_names._in_title_case(word.sent) or cause_names._a_workplace(doc[end - 1]):
            continue
        inside = [e for e in ents if e.start < end and prep.i < e.end]
        if any(e.end > end or e.label_ in cause_names._NOT_A_CAUSE or e.label_ == "PERSON" for e in inside):
            continue
        found.append(Span(doc, i, end, label="ORG"))
    return found


def _spans(found):
    return [(span.start, span.end, span.label_) for span in found]


def test_people_for_a_cause_reads_only_the_fors_with_the_same_groups(nlp):
    doc = nlp(_CAUSES)
    # The pipeline's entities (the groups already whole) and none at all (every group untagged).
    for ents in (list(doc.ents), []):
        assert _spans(_people_for_a_cause(doc, ents)) == _spans(_people_for_a_cause_token_by_token(doc, ents))
    found = [span.text for span in _people_for_a_cause(doc, [])]
    assert "Moms for Safe Streets" in found
    assert "Students for a Greener Harbour" in found
    assert not any(text.startswith(("Nurses", "teachers", "For", "Dana")) for text in found), "a workplace, lower case, the opening For"


def test_people_for_a_cause_in_a_text_without_for(nlp):
    doc = nlp("Moms of the district marched downtown on Saturday, and Veterans joined them.")
    assert _people_for_a_cause(doc, list(doc.ents)) == []
    assert _people_for_a_cause_token_by_token(doc, list(doc.ents)) == []


def test_known_first_name_is_a_listed_first_name_that_is_no_place():
    places = lexicons.load("places")
    words = sorted(all_first_names() | {"jordan", "georgia", "paris", "harbour", "", "ana", "zzq"})
    for word in words:
        assert known_first_name(word) == (word not in places and word in all_first_names()), word
    assert known_first_name("ana")
    assert not known_first_name("georgia"), "a first name that is also a place"
    assert not known_first_name("harbour")


def test_title_as_first_name_without_titled_surnames_reads_nothing(nlp):
    doc = nlp.make_doc("Dean Amar said the vote would wait.")
    span = Span(doc, 0, 2, label="PERSON")
    assert _title_as_first_name(span, {"Amar": {"dean"}})
    assert not _title_as_first_name(span, {})
    assert not _title_as_first_name(span, {"Osei": {"dean"}})
    assert not _title_as_first_name(Span(doc, 0, 2, label="ORG"), {"Amar": {"dean"}})


def _with_body_name_before_all_at_once(span, body_names):
    """_with_body_name_before before session 55: both words before read together."""
    doc = span.doc
    for start in (span.start - 1, span.start - 2):
        if start < 0 or not all(t.is_title and t.is_alpha and t.ent_iob_ == "O" for t in doc[start : span.start]):
            return span
        if doc[start : span.end].text.lower() in body_names:
            return Span(doc, start, span.end, label="ORG")
    return span


# Original text: a body of two and of three words whose last word alone is tagged, a name at
# the text's start, words before it in lower case, with a digit, and inside another entity.
_BODIES = """Colorado said on Monday that Forward Colorado would sue. Forward Colorado and Bright
Harbour Trust both sued, and Bright Harbour Trust won. the Colorado team lost, as did 4th
Colorado and Forward Colorado Springs."""


def test_with_body_name_before_reads_as_both_words_at_once(nlp):
    doc = nlp(_BODIES)
    body_names = frozenset({"forward colorado", "bright harbour trust"})
    grown = 0
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 4, len(doc)) + 1):
            for label in ("GPE", "ORG", "PERSON"):
                span = Span(doc, start, end, label=label)
                for names in (body_names, frozenset()):
                    new, old = _with_body_name_before(span, names), _with_body_name_before_all_at_once(span, names)
                    assert (new.start, new.end, new.label_) == (old.start, old.end, old.label_), (span.text, names)
                    grown += (new.start, new.label_) != (span.start, span.label_)
    assert grown, "the rule fires somewhere in the text"
