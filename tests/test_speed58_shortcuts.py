"""Shortcuts that spare newsmine's own time without changing what it finds (docs/history/speed.md,
session 58 — speed58), on invented text: whole-word searches without a compiled pattern, the
lower-case words read by hash, curated names of two words tried only where the next word is
their second, a name's edge words read once, joined initials and pairs of capitalised words
searched from where they can start, and the cue verbs between two words counted from a running
count. Each is checked against the reading it replaced (kept here)."""

from __future__ import annotations

import re

import pytest
from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH
from spacy.tokens import Span

from newsmine.nlp.whole_words import writes_word

# Original text: a headline, a dateline, outlets written whole and cut, places of two words and
# a near miss of each, joined initials, names in pairs of capitalised words.
_TEXT = (
    "Harbour Board Names New Chair\n\n"
    "PORT ELLIS — The Washington Post said on Monday that A.J. Okafor, a New Hampshire "
    "native, would chair the board. The Washington office of the board declined to comment, "
    "and the Post's rival, The Marlow Gazette, said the new chair had lived in New Orleans "
    "and in New Brunswick. T.R. Bellamy of the U.S. Coast Guard told reporters that Dana "
    "Whitcombe and Lena DuPree-Hart would join her. \"We are ready,\" Okafor said, and "
    "Bellamy said the board was pleased."
)


def _old_written(text: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(word) + r"\b", text) is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Okafor said", "Okafor"),  # at the start
        ("said Okafor", "Okafor"),  # at the end
        ("Okafors said", "Okafor"),  # inside a longer word: no
        ("McOkafor said", "Okafor"),
        ("Okafor_said", "Okafor"),  # the underscore is a word character
        ("Okafor2 said", "Okafor"),  # so is a digit
        ("Okafor² said", "Okafor"),  # and a numeric of any script
        ("Zoë Okafor", "Zo"),  # a letter outside ASCII goes on the word
        ("Zoë Okafor", "Zoë"),
        ("Zoe\u0301 Okafor", "Zoe"),  # a combining accent is no word character
        ("the (Okafor) camp", "(Okafor"),  # a word opening with punctuation needs a word before it
        ("the x(Okafor) camp", "(Okafor"),
        ("the U.S. Coast Guard", "U.S."),  # ending with punctuation: no word character after it
        ("the U.S.A Coast Guard", "U.S."),
        ("U.S.A and the U.S. too", "U.S."),  # the second place found
        ("aaaa a", "aaa"),  # overlapping places, none whole
        ("aaaa aaa", "aaa"),
        ("", "Okafor"),
        ("Okafor", "Okafor"),
        ("- Okafor -", "-"),
        ("Okafor", ""),  # no name is empty: the regex's own answer
        ("", ""),
    ],
)
def test_writes_word_answers_as_the_word_boundary_pattern(text, word):
    assert writes_word(text, word) == _old_written(text, word)


def test_writes_word_answers_as_the_pattern_for_every_word_and_piece_of_a_text():
    pieces = set(_TEXT.split()) | {_TEXT[i : i + n] for i in range(0, len(_TEXT), 7) for n in (1, 3, 6, 11)}
    pieces |= {piece.strip('.,"') for piece in pieces} | {piece.lower() for piece in pieces}
    for piece in pieces:
        assert writes_word(_TEXT, piece) == _old_written(_TEXT, piece), piece


def test_no_pattern_is_compiled_for_a_word(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a pattern was compiled")

    monkeypatch.setattr(re, "compile", refuse)
    monkeypatch.setattr(re, "search", refuse)
    assert writes_word(_TEXT, "Bellamy") and not writes_word(_TEXT, "Bella")


def test_the_lower_case_words_are_those_of_the_flag_array(nlp):
    from newsmine.nlp.entities.name_spans import _read_lower_case_words

    doc = nlp.make_doc(_TEXT + " Über naïve café x2 a_b 3rd CAPS Mixed")
    array = doc.to_array([IS_LOWER, IS_ALPHA, ORTH])
    mask = (array[:, 0] == 1) & (array[:, 1] == 1)
    expected = frozenset(doc.vocab.strings[h] for h in set(array[mask, 2].tolist()))
    assert _read_lower_case_words(doc) == expected
    assert {"said", "naïve", "café"} <= expected and not {"x2", "a_b", "Okafor", "CAPS"} & expected
    assert _read_lower_case_words(doc) == expected  # read again from the words kept by hash
    assert _read_lower_case_words(nlp.make_doc("")) == frozenset()


def _old_strip(span: Span) -> tuple[int, int]:
    from newsmine.nlp.entities.word_lists import _POSSESSIVE

    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def test_a_name_is_stripped_as_before_for_every_span(nlp):
    from newsmine.nlp.entities.names import _strip_span

    doc = nlp.make_doc("the Post's rival , an \"Okafor\" said: A Marlow Gazette 's\n\nThe Bellamy.")
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            span = Span(doc, start, end, label="ORG")
            stripped = _strip_span(span)
            assert (stripped.start, stripped.end) == _old_strip(span), span.text
            assert stripped.label_ == "ORG"


def _old_joined_initials_words(doc) -> list[int]:
    from newsmine.nlp.attribution import doc_text

    starts = {m.start() for m in re.finditer(r"(?=(?:[A-Z]\.){2,3} )", doc_text(doc))}
    return [t.i for t in doc if t.idx in starts and t.i < len(doc) - 1]


@pytest.mark.parametrize(
    "text",
    [
        _TEXT,
        "No initials here at all, said Dana Whitcombe.",
        "The U.S. said A.J. Okafor and R.M.,Tarn met.",  # a pair before the first person's initials
        "Ask J. Pike or A.B.C.D. Okafor or K.T. Bellamy",
        "Ends with P.J.",  # no space after the last initials
        "P.J. Okafor spoke",  # at the very start
    ],
)
def test_joined_initials_are_looked_for_as_before(nlp, text):
    from newsmine.nlp.entities.initialled_names import _joined_initials_words

    doc = nlp.make_doc(text)
    assert [t.i for t in _joined_initials_words(doc)] == _old_joined_initials_words(doc)


def test_two_capitalised_words_are_found_as_before():
    from newsmine.nlp.entities.missed_names import _TWO_NAMES_RE

    old = re.compile(r"\b(?=([A-Z][a-z]+(?:[A-Z][a-z]+|-[A-Za-z][a-z]+)?)[ \t]+([A-Z][\w’'-]*[a-z]))")
    text = _TEXT + " LaToya Price, Hye-jin Dorsey, xAna Ruiz, _Ana Ruiz, 3Ana Ruiz, ÉAna Ruiz, O’Keeffe Lane"
    found = [(m.start(), m.groups()[:2]) for m in _TWO_NAMES_RE.finditer(text)]
    assert found == [(m.start(), m.groups()) for m in old.finditer(text)]
    assert any(groups == ("Dana", "Whitcombe") for _, groups in found)
    # entities60: a surname may open with the Arabic article, the name after it group 3
    arabic = [m.groups() for m in _TWO_NAMES_RE.finditer("the cleric Khalil al-Mansouri said")]
    assert ("Khalil", "al-Mansouri", "Mansouri") in arabic


def _old_names_at(doc, i: int, index: dict, capitalised: bool) -> int | None:
    for words in index[doc[i].lower_]:
        end = i + len(words)
        if end <= len(doc) and all(
            doc[j].lower_ == w and (not capitalised or doc[j].text[:1].isupper()) for j, w in zip(range(i, end), words)
        ):
            return end
    return None


def test_outlets_and_places_of_two_words_are_found_as_before(nlp):
    from newsmine.nlp.entities import missed_names

    doc = nlp(_TEXT + " In New Mexico and New Zealand, the Washington Times and The Washington.")
    outlets = missed_names._with_missed_outlets(doc, [])
    assert [c.span.text for c in outlets] == ["Washington Post", "Washington Times"]
    places = missed_names._missed_places(doc, [], frozenset())
    assert {c.span.text for c in places} >= {"New Orleans", "New Mexico", "New Zealand"}
    assert "New Brunswick" not in {c.span.text for c in places}  # in no list: no place of the list
    # Every place a name of either list may start: the same end as the word-by-word reading.
    for index, capitalised in ((missed_names._outlets_by_first_word(), True), (missed_names._places_by_first_word(), False)):
        for i, token in enumerate(doc):
            if token.lower_ not in index:
                continue
            second = doc[i + 1].lower_ if i + 1 < len(doc) else None
            new = next(
                (
                    i + len(words)
                    for words in index[token.lower_]
                    if not (len(words) > 1 and words[1] != second)
                    and i + len(words) <= len(doc)
                    and all(
                        doc[j].lower_ == w and (not capitalised or doc[j].text[:1].isupper())
                        for j, w in zip(range(i, i + len(words)), words)
                    )
                ),
                None,
            )
            assert new == _old_names_at(doc, i, index, capitalised), token.text


def test_cue_verbs_between_counts_the_cue_verbs_of_a_range(nlp):
    from types import SimpleNamespace

    from newsmine.nlp.attribution.context import DocContext
    from newsmine.nlp.attribution.features.content import _nearest_cue
    from newsmine.nlp.quote_marks import find_quoted

    doc = nlp(_TEXT)
    ctx = DocContext(doc, find_quoted(doc.text))
    assert sum(ctx.cue_verb) >= 2
    for lo in range(len(doc) + 1):
        for hi in range(lo - 1, len(doc) + 1):
            assert ctx.cue_verbs_between(lo, hi) == sum(ctx.cue_verb[k] for k in range(lo, hi)), (lo, hi)
    # The nearer-cue feature as the word-by-word loop read it, for every cue word and first token.
    for t in (i for i, cue in enumerate(ctx.cue_verb) if cue):
        s_start, s_end = ctx.sent_bounds[ctx.sent_of[t]]
        for first in range(s_start, s_end):
            mine = abs(t - first)
            nearer = range(max(s_start, first - mine + 1), min(s_end, first + mine))
            expected = "no" if any(j != t and ctx.cue_verb[j] for j in nearer) else "yes"
            assert _nearest_cue(ctx, SimpleNamespace(trigger=t), first) == expected, (t, first)


@pytest.mark.parametrize(
    "text",
    [
        "The vote closed at about 3.20pm on Friday and resumed at 10 a.m. Monday.",
        "They met at 3:20 PM and again at 11AM, not at 13pm; the 4 apples cost 2 a piece.",
        "At 5 a.m. sharp.",
        "No clock here: 5 apples, 3 pears, an amendment.",
        "",
    ],
)
def test_clock_times_are_found_as_with_the_full_pattern_alone(nlp, text, monkeypatch):
    from newsmine.nlp.dates import untagged_dates

    doc = nlp.make_doc(text)
    found = untagged_dates._clock_times(doc, text, [])
    monkeypatch.setattr(untagged_dates, "_CLOCK_TIME_HINT_RE", re.compile(""))  # matches every text
    assert found == untagged_dates._clock_times(doc, text, [])


def test_a_text_without_a_clock_hint_is_not_searched_with_the_full_pattern(nlp, monkeypatch):
    from newsmine.nlp.dates import untagged_dates

    class Refusing:
        def finditer(self, *args):
            raise AssertionError("searched with the full pattern")

    monkeypatch.setattr(untagged_dates, "_CLOCK_TIME_RE", Refusing())
    text = "No clock here: 5 apples, 3 pears, an amendment at 10."
    assert untagged_dates._clock_times(nlp.make_doc(text), text, []) == []
