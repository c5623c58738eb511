"""Shortcuts of session 58's second speed pass (docs/history/speed.md, "speed58b"), on invented
text: the epithet rule's "does the article write the name without this word before it?" asked
of the Doc's one text by :func:`writes_word` with ``not_after``, where a pattern
``(?<!WORD )\\bNAME\\b`` was compiled for each name and searched in ``doc.text`` joined anew; a
headline name's tail searched with its own pattern only when the word's own tests do not
decide; a campaign searched in the Doc's one text, only where it writes the surname. Each is
checked against the reading it replaced (kept here). (The record validated whole is checked in
``test_records.py``.)"""

from __future__ import annotations

import re

import pytest

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.whole_words import writes_word

# Original text: a headline that puts a word before a name the body writes alone, an epithet
# before a name written nowhere else, and near misses (the name inside a longer word, after
# the word with another space, at the text's edges).
_TEXT = (
    "Councillors Rebuke Marta Vilches Over Harbour Fees\n\n"
    "PORT ELLIS — Marta Vilches, the harbour master, said on Monday that Sunny Tomas Okafor "
    "would not stay. Rebuke  Marta Vilches was the Gazette's headline; Marta Vilchesova, her "
    "cousin, declined to comment. Okafor said: \"Rebuke Marta Vilches? Never.\" Tomas Okafor"
)


def _old_written_without(text: str, word: str, before: str) -> bool:
    return re.compile(r"(?<!" + re.escape(before) + r" )\b" + re.escape(word) + r"\b").search(text) is not None


@pytest.mark.parametrize(
    ("text", "word", "before"),
    [
        ("Rebuke Marta Vilches", "Marta Vilches", "Rebuke"),  # only after the word: no
        ("Marta Vilches said", "Marta Vilches", "Rebuke"),  # at the text's start: yes
        ("Rebuke Marta Vilches and Marta Vilches", "Marta Vilches", "Rebuke"),  # the second place
        ("Rebuke  Marta Vilches", "Marta Vilches", "Rebuke"),  # two spaces: not the word and one space
        ("xRebuke Marta Vilches", "Marta Vilches", "Rebuke"),  # a longer word ending so still counts as it
        ("Rebuke Marta Vilchesova", "Marta Vilches", "Rebuke"),  # inside a longer word: no
        ("Rebuke\nMarta Vilches", "Marta Vilches", "Rebuke"),  # a line break is not the space
        ("N.J. Roger Ailes, Roger Ailes", "Roger Ailes", "N.J."),
        ("Cheeto Donald Trump", "Donald Trump", "Cheeto"),
        ("", "Donald Trump", "Cheeto"),
        ("Cheeto ", "", "Cheeto"),  # no name is empty: the regex's own answer
        ("Donald", "", "Cheeto"),
    ],
)
def test_written_without_a_word_before_answers_as_the_look_behind_pattern(text, word, before):
    assert writes_word(text, word, not_after=before + " ") == _old_written_without(text, word, before)


def test_written_without_a_word_before_answers_as_the_pattern_for_every_pair_of_words(nlp):
    doc = nlp.make_doc(_TEXT)
    words = [token.text for token in doc if not token.is_space]
    names = {" ".join(words[i : i + n]) for i in range(len(words)) for n in (1, 2, 3)}
    for before in set(words):
        for name in names:
            assert writes_word(_TEXT, name, not_after=before + " ") == _old_written_without(_TEXT, name, before), (
                before,
                name,
            )


def test_the_epithet_rule_reads_the_docs_one_text_without_compiling_a_pattern(nlp, monkeypatch):
    from newsmine.nlp.entities.name_spans import _epithet_before_first_name

    doc = nlp.make_doc(_TEXT)
    assert doc_text(doc) == doc.text
    first_names = frozenset({"marta", "tomas"})
    starts = {token.text: token.i for token in doc if token.text in ("Rebuke", "Sunny")}

    def refuse(*args, **kwargs):
        raise AssertionError("a pattern was compiled")

    monkeypatch.setattr(re, "compile", refuse)
    # "Rebuke" stands before a name the body writes alone: swept in, no part of the name
    rebuke = starts["Rebuke"]
    assert _epithet_before_first_name(doc[rebuke], doc[rebuke + 1 : rebuke + 3], first_names)
    # "Sunny Tomas Okafor": "Tomas Okafor" is written alone at the text's end; "Sunny" is swept in
    sunny = starts["Sunny"]
    assert _epithet_before_first_name(doc[sunny], doc[sunny + 1 : sunny + 3], first_names)
    # a name written only after the word: the word stays (a given name the lists do not know)
    other = nlp.make_doc("Sunny Tomas Okafor said so. Sunny Tomas Okafor left.")
    assert not _epithet_before_first_name(other[0], other[1:3], first_names)


def _old_trim_headline_name(span, body: str, lower_words: frozenset[str]):
    """``_trim_headline_name`` as it was: the body searched for the tail's first name before
    the word's own tests."""
    from spacy.tokens import Span

    from newsmine.nlp.entities.name_spans import _lead_sentence, _reporting_verb_forms
    from newsmine.nlp.entities.word_lists import all_first_names

    doc = span.doc

    def in_body(start: int, end: int) -> bool:
        return re.search(r"\b" + re.escape(doc[start:end].text) + r"\b", body) is not None

    if len(span) < 2 or in_body(span.start, span.end):
        return span
    after = doc[span.end] if span.end < len(doc) else None
    lower_word_after = after is not None and after.is_lower and after.is_alpha and not after.is_stop
    sentence_case = lower_word_after and _lead_sentence(span)
    for end in range(span.end - 1, span.start, -1):
        if not sentence_case and in_body(span.start, end):
            return Span(doc, span.start, end, label=span.label)
    first_names = all_first_names()
    verbs = _reporting_verb_forms()
    for start in range(span.start + 1, span.end):
        word = doc[start - 1]
        if word.lower_ in first_names:
            break
        if not in_body(start, span.end):
            continue
        tail = re.escape(doc[start : span.end].text)
        named_so = any(m.group(1).lower() in first_names for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + tail + r"\b", body))
        if named_so or word.pos_ != "PROPN" or word.lower_ in lower_words or word.lower_ in verbs:
            return Span(doc, start, span.end, label=span.label)
    return span


# Original headlines over bodies that write the name's end alone, with a first name, or not at all.
_HEADLINES = (
    "Harbour Board Faults Okafor Plan\n\nThe board said Dana Okafor would resign. Okafor declined to comment.\n",
    "Voters Back Whitcombe And Snub Bellamy\n\nWhitcombe won easily, and Tess Bellamy conceded. back to work\n",
    "Marlow Gazette Praises Rivera Tanaka\n\nRivera Tanaka spoke; Tanaka was praised by Praises Tanaka fans.\n",
)


@pytest.mark.parametrize("text", _HEADLINES)
def test_a_headline_name_is_trimmed_as_before_for_every_span_of_the_headline(nlp, text):
    from spacy.tokens import Span

    from newsmine.nlp.entities.name_spans import _trim_headline_name

    doc = nlp(text)
    headline_end = text.index("\n")
    body = text[headline_end:]
    headline_tokens = [t.i for t in doc if t.idx < headline_end and not t.is_space]
    for lower_words in (frozenset(), frozenset({"faults", "back", "praises", "snub"})):
        for start in headline_tokens:
            for end in range(start + 1, min(headline_tokens[-1] + 1, start + 5) + 1):
                span = Span(doc, start, end, label="PERSON")
                new, old = _trim_headline_name(span, body, lower_words), _old_trim_headline_name(span, body, lower_words)
                assert (new.start, new.end, new.label_) == (old.start, old.end, old.label_), span.text


def _old_runs_for_something_by_text(doc, surname: str) -> bool:
    return re.search(rf"\b{re.escape(surname)}(?:['’]s?)? campaign\b", doc.text) is not None


@pytest.mark.parametrize(
    "name",
    ["Dana Okafor", "Okafor", "Tess Bellamy", "Lee Bell", "Ray Whitcombe", "Ann Okafor's", "Jo O.K.", "Al Campaign"],
)
def test_a_campaign_is_found_as_before_on_the_docs_one_text(nlp, name):
    from types import SimpleNamespace

    from newsmine.nlp.speakers.campaign_owners import _runs_for_something

    doc = nlp.make_doc(
        "The Okafor campaign said so, and Bellamy’s campaign agreed; Whitcombe's campaigners did not. "
        "Bell campaign staff left the Bellamys campaign. O.K. campaign? campaign"
    )
    resolver = SimpleNamespace(index=SimpleNamespace(title_words=lambda cluster: set()), doc=doc)
    cluster = SimpleNamespace(name=name)
    assert _runs_for_something(resolver, cluster) == _old_runs_for_something_by_text(doc, name.split()[-1])
