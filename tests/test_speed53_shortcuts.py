"""Shortcuts that spare newsmine's own time without changing what it finds (docs/history/speed.md,
session 53 — speed53): each gives the answers of the slower way it replaced, on invented text,
both where the rule fires and where it must not."""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsmine.nlp.dates.untagged_dates import _fortnights
from newsmine.nlp.doc_attrs import _EXCLUDED_KEY, in_excluded
from newsmine.nlp.entities.name_spans import _MARKUP_RE, _without_markup
from newsmine.nlp.entities.person_labels import _opens_a_full_name_elsewhere, first_name_with_who

# Original text: names run into markup and links, and names with none.
_MARKUP = """Harbour Board Meets
Joseph P. Kahn: http://bit.ly/3xYzAbc wrote the notice. The Quayside Trust said the meeting
went well, and Ana Ruiz agreed. datetime="2019 was in the page. Read more at www.quayside.example
from Mara Lind. Dana Osei <b>spoke</b> last."""


def _markup_cut_token_by_token(span: Span) -> Span | None:
    """_without_markup as it read every token's text with the regex before session 53."""
    for tok in span:
        found = _MARKUP_RE.search(tok.text)
        if found:
            if tok.i == span.start or found.start() > 0 and not tok.text.startswith("http"):
                return None
            return Span(span.doc, span.start, tok.i, label=span.label)
    return span


def _spans_of(doc) -> list[Span]:
    """Every stretch of one to six tokens: what the recogniser might have tagged."""
    return [Span(doc, i, j, label="PERSON") for i in range(len(doc)) for j in range(i + 1, min(i + 7, len(doc) + 1))]


def test_names_without_markup_are_cut_as_every_token_read_them(nlp):
    doc = nlp.make_doc(_MARKUP)
    spans = _spans_of(doc)
    assert [_without_markup(s) for s in spans] == [_markup_cut_token_by_token(s) for s in spans]
    kahn = next(s for s in spans if s.text == "Joseph P. Kahn: http://bit.ly/3xYzAbc")
    assert _without_markup(kahn).text == "Joseph P. Kahn:", "the link is cut off the name"


def test_a_name_with_no_markup_is_kept_whole(nlp):
    doc = nlp.make_doc("The Quayside Trust said Ana Ruiz agreed.")
    trust = Span(doc, 1, 3, label="ORG")
    assert _without_markup(trust) is trust


def test_fortnights_are_read_as_weeks_and_a_capitalised_name_is_not(nlp):
    text = "The Fortnight Club met a fortnight ago and will meet again in the next fortnight."
    doc = nlp.make_doc(text)
    assert [(c.start, c.end, c.read_as) for c in _fortnights(doc, text, [])] == [
        (text.index("a fortnight ago"), text.index(" and will"), "two weeks ago"),
        (text.index("the next fortnight"), len(text) - 1, "the next two weeks"),
    ]
    title = "The Fortnight Club Meets In March"
    assert _fortnights(nlp.make_doc(title), title, []) == []


def test_ranges_outside_the_body_are_found_and_none_without_them(nlp):
    doc = nlp.make_doc("By Mara Lind. The board met on Tuesday.")
    assert not in_excluded(doc, 3, 12)
    doc.user_data[_EXCLUDED_KEY] = [[0, 13]]
    assert in_excluded(doc, 3, 12)
    assert not in_excluded(doc, 14, 23), "the body after the byline"
    doc.user_data[_EXCLUDED_KEY] = []
    assert not in_excluded(doc, 3, 12)


# Original text: a first name alone before "who", also written as a full name; and a place
# before "which" in an article that writes the name whole too.
_FIRST_NAMES = (
    "Georgia Mills runs the food bank. Georgia, who opened it in 2015, said demand doubled. "
    "Voters across Georgia, which holds its primary in May, were asked too."
)


def test_a_first_name_before_who_is_read_the_same_whichever_is_asked_first(nlp):
    doc = nlp(_FIRST_NAMES)
    georgias = [Span(doc, t.i, t.i + 1, label="GPE") for t in doc if t.text == "Georgia"]
    assert len(georgias) == 3
    # "Georgia Mills" (no comma after it), "Georgia, who" (the first name), "Georgia, which" (the state)
    assert [first_name_with_who(s) for s in georgias] == [False, True, False]
    first_name = georgias[1]
    assert _opens_a_full_name_elsewhere(first_name.root), "the full name elsewhere, asked second now"


# Original text: British single quotations, straight and curly, one nesting a double quotation,
# beside apostrophes that open or close nothing ('90s, don't, players', 'em).
_SINGLE_MARKS = """Harbour Fees Rise
'We cannot afford it,' said Moore, whose players' fees rose in the '90s.
‘It is over,’ she said. ‘People said to me, "Watch me,"’ Ms Hart said.
They don't rock 'n' roll 'em any more (‘Not here,’ he said) — 'Never,' added Lee.
"""


def test_single_mark_patterns_look_for_the_mark_first_and_match_as_before():
    from newsmine.nlp.quote_marks import single_marks

    for name in ("_ASCII_SINGLE_QUOTATION_RE", "_NESTING_SINGLE_QUOTATION_RE", "_SINGLE_OPENING_RE"):
        pattern = getattr(single_marks, name)
        before = re.compile(re.sub(r"^\(\?=(?:'|\['‘\]|\[‘'\])\)", "", pattern.pattern), pattern.flags)
        assert before.pattern != pattern.pattern, name
        assert [m.span() for m in pattern.finditer(_SINGLE_MARKS)] == [m.span() for m in before.finditer(_SINGLE_MARKS)], name
        assert pattern.search(_SINGLE_MARKS), f"{name} must find something in the text"
    assert not single_marks._ASCII_SINGLE_QUOTATION_RE.search("They don't rock 'n' roll in the '90s."), "apostrophes only"
