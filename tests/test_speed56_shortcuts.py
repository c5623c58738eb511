"""Shortcuts that spare newsmine's own time without changing what it finds (docs/history/speed.md,
session 56 — speed56), on invented text: the entity label fixes read a mention's label once,
and give the same labels as before where a fix speaks and where none does."""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.labels import _fixed_label

# Original text: a newspaper, a place, an honorific before a name, a settlement "of" a name,
# a body named after its city's club word, and a name no fix touches.
_TEXT = (
    "The Harlow Tribune reported on Monday that Mr. Osei had left Georgia for the town of "
    "Millbrook, where Riverside United train. Dana Whitcombe said nothing."
)


class _CountedSpan(Span):
    """A Span that counts how often its label is read."""

    reads = 0

    @property
    def label_(self) -> str:
        type(self).reads += 1
        return super().label_


def _span(doc, words: str, label: str) -> Span:
    start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
    return Span(doc, start, start + len(words.split()), label=label)


def test_fixed_label_reads_the_label_once(nlp):
    doc = nlp(_TEXT)
    # Every fix asked (no early answer): a made-up name the lists do not hold, a label most fixes test.
    span = _span(doc, "Dana Whitcombe", "FAC")
    counted = _CountedSpan(doc, span.start, span.end, label="FAC")
    _CountedSpan.reads = 0
    assert _fixed_label(counted) == _fixed_label(span)
    assert _CountedSpan.reads == 1, "the label is looked up once a mention, not once a rule"


def test_fixed_label_keeps_its_answers(nlp):
    doc = nlp(_TEXT)
    cases = [
        ("Harlow Tribune", "PERSON", False, "ORG"),  # a newspaper's word, not a person
        ("Georgia", "PERSON", False, "GPE"),  # the places' list
        ("Georgia", "ORG", True, "ORG"),  # in sports copy a listed place tagged a body stays the team
        ("Osei", "ORG", False, "PERSON"),  # an honorific before it
        ("Millbrook", "LOC", False, "GPE"),  # "the town of"
        ("Riverside United", "GPE", False, "ORG"),  # a club's word
        ("Dana Whitcombe", "PERSON", False, "PERSON"),  # no fix speaks: the label as tagged
        ("Dana Whitcombe", "EVENT", False, "EVENT"),
    ]
    for words, label, sports, expected in cases:
        assert _fixed_label(_span(doc, words, label), sports=sports) == expected, (words, label, sports)


# --- whole-article patterns searched only where what every match holds is written ---------

import re  # noqa: E402

import pytest  # noqa: E402

from newsmine.nlp.attribution import examinations  # noqa: E402
from newsmine.nlp.dates import slash_dates as slash_module  # noqa: E402
from newsmine.nlp.dates import untagged_dates  # noqa: E402
from newsmine.nlp.dates.nth_weekdays import NTH_WEEKDAY_RE  # noqa: E402
from newsmine.nlp.entities import missed_names  # noqa: E402

# Original texts: each pattern's matches, their near misses, and prose with none.
_WITH_MATCHES = [
    "The vote is on the first Tuesday in November, and the count on the LAST FRIDAY OF Nov.",
    "Talks resume on 5th Dec and end on the 21st of January; the 3rd  March session was dropped.",
    "Sales fell in H1 and should recover in Q4 2027; the FY2029 plan and FY27 goals stand.",
    "The filing is dated 09/12/2026 and the reply 31/1/2027.",
    "Prince Edmund and Princess Ada met King Harold; Queen Mira stayed home.",
    "Judge Paula Grant adjourned; Judge O'Neill-Ruiz sat the next day.",
]
_NEAR_MISSES = [
    "The first Tuesday meeting was cancelled; Monday's and Sunday's were not.",  # a weekday, no "in"/"of" month
    "The 5th floor and the 21st century; 3rd-quarter growth.",  # ordinals before no month
    "The Q7 model, H1N1, the Q4-class ship and the H1 visa.",  # codes no period
    "Prices rose 3/4 of a point; see page 12/3; the 2026/27 season.",  # slashes, no date
    "The Kingston council and the Queensway depot; Princeton's dean.",  # royal titles' letters inside words
    "The judge's ruling, the Judgement Day film, and the judges' panel.",
]
_NONE = "The council met on Monday and approved the budget after a long debate, the mayor said."

_PATTERNS = [
    (untagged_dates._NTH_WEEKDAY_HINT_RE.search, NTH_WEEKDAY_RE),
    (untagged_dates._ORDINAL_HINT_RE.search, untagged_dates._ORDINAL_DAY_MONTH_RE),
    (untagged_dates._PERIOD_CODE_HINT_RE.search, untagged_dates._PERIOD_CODE_RE),
    (slash_module._SLASH_DIGIT_RE.search, slash_module._SLASH_DATE_RE),
    (lambda text: "Prince" in text or "King" in text or "Queen" in text, missed_names._ROYAL_NAME_RE),
    (lambda text: "Judge" in text, examinations._JUDGE_RE),
]


@pytest.mark.parametrize("hint, pattern", _PATTERNS)
def test_every_match_holds_its_hint(hint, pattern):
    """Each quick search is what every match of its pattern holds: wherever the pattern
    matches, in the texts and in each match alone, the quick search finds something too."""
    matched = 0
    for text in [*_WITH_MATCHES, *_NEAR_MISSES, _NONE]:
        for match in pattern.finditer(text):
            matched += 1
            assert hint(text) and hint(match.group(0)), (pattern.pattern, match.group(0))
    assert matched, "the texts hold a match of each pattern"


class _Untouchable:
    """A pattern that must not be searched."""

    def finditer(self, *args, **kwargs):
        raise AssertionError("searched a text that cannot hold a match")

    search = finditer


def test_a_text_without_the_hints_is_not_searched(monkeypatch):
    for module, name in (
        (untagged_dates, "NTH_WEEKDAY_RE"),
        (untagged_dates, "_ORDINAL_DAY_MONTH_RE"),
        (untagged_dates, "_PERIOD_CODE_RE"),
        (slash_module, "_SLASH_DATE_RE"),
        (missed_names, "_ROYAL_NAME_RE"),
        (examinations, "_JUDGE_RE"),
    ):
        monkeypatch.setattr(module, name, _Untouchable())
    assert untagged_dates._nth_weekdays_of_months(None, _NONE, []) == []
    assert untagged_dates._ordinal_days_of_months(None, _NONE, []) == []
    assert untagged_dates._period_codes(None, _NONE, []) == []
    assert slash_module.slash_dates(_NONE) == []
    assert missed_names._missed_royals(None, [], _NONE, frozenset()) == []
    assert examinations._bench_turns(_NONE) == []


def test_period_codes_and_slash_dates_still_found(nlp):
    text = _WITH_MATCHES[2]
    found = untagged_dates._period_codes(nlp.make_doc(text), text, [])
    assert [text[c.start : c.end] for c in found] == ["H1", "Q4 2027", "FY2029", "FY27"]
    text = _WITH_MATCHES[3]
    assert [text[start:end] for start, end, _ in slash_module.slash_dates(text)] == ["09/12/2026", "31/1/2027"]
    assert untagged_dates._period_codes(nlp.make_doc(_NEAR_MISSES[2]), _NEAR_MISSES[2], []) == []


# The caps-line pattern before session 56: the count of capitalised words first.
_CAPS_LINE_BEFORE = re.compile(r"^(?=(?:[^\n]*?[A-Z]{2,}\b){3})[^a-z\n]+$", re.MULTILINE)
_CAPS_TEXT = """MAYOR OKAFOR WINS SECOND TERM
By Dana Osei
HARLOW — The mayor won again. THE RESULT WAS CLOSE, the clerk said.
NEW ROAD, NEW BRIDGE
UPDATE: 3 P.M. — COUNT GOES ON AFTER 2 RECOUNTS
A line with one CAPS word and LOTS of THEM but lower case too
"""


def test_caps_lines_the_same_with_the_lower_case_test_first():
    lines = [m.span() for m in missed_names._CAPS_LINE_RE.finditer(_CAPS_TEXT)]
    assert lines == [m.span() for m in _CAPS_LINE_BEFORE.finditer(_CAPS_TEXT)]
    assert [_CAPS_TEXT[s:e] for s, e in lines] == [
        "MAYOR OKAFOR WINS SECOND TERM",
        "NEW ROAD, NEW BRIDGE",
        "UPDATE: 3 P.M. — COUNT GOES ON AFTER 2 RECOUNTS",
    ]


# --- name rules that return at once where nothing they look for is written -----------------

from newsmine.nlp.entities.bracketed_acronyms import with_bracketed_acronyms_joined  # noqa: E402
from newsmine.nlp.entities.entity_cluster import EntityCluster  # noqa: E402
from newsmine.nlp.entities.whole_bodies import _with_saints_institution  # noqa: E402

_SAINTS_TEXT = "Nurses at St. Brendan's Regional Hospital said the Harlow Clinic was full, Dana Osei said."
_NO_SAINTS_TEXT = "Nurses at Brendan Regional Hospital said the Harlow Clinic was full, Dana Osei said."


class _UnreadSpan(Span):
    """A Span whose words and text must not be read."""

    def __getitem__(self, i):
        raise AssertionError("a word of the name read")

    @property
    def text(self) -> str:
        raise AssertionError("the name's text read")


def test_saints_rule_still_joins_the_saints_institution(nlp):
    doc = nlp(_SAINTS_TEXT)
    start = next(t.i for t in doc if t.text == "Regional")
    found = _with_saints_institution([Span(doc, start - 3, start - 1, label="PERSON"), Span(doc, start, start + 2, label="ORG")])
    assert [(span.text, span.label_) for span in found] == [("St. Brendan's Regional Hospital", "ORG")]


def test_saints_rule_reads_no_name_in_an_article_without_a_saint(nlp):
    doc = nlp(_NO_SAINTS_TEXT)
    ents = [_UnreadSpan(doc, e.start, e.end, label=e.label_) for e in doc.ents]
    assert ents and _with_saints_institution(ents) == ents
    assert _with_saints_institution([]) == []


def test_bracketed_initials_read_no_mention_text_where_none_is_declared(nlp):
    doc = nlp("The Harlow Transit Authority said on Monday that Dana Osei would lead it.")
    body = EntityCluster(label="ORG", name="Harlow Transit Authority", mentions=[_UnreadSpan(doc, 1, 4, label="ORG")])
    person = EntityCluster(label="PERSON", name="Dana Osei", mentions=[_UnreadSpan(doc, 9, 11, label="PERSON")])
    assert with_bracketed_acronyms_joined([body, person]) == [body, person]


def test_bracketed_initials_still_joined(nlp):
    doc = nlp("The Harlow Transit Authority (HTA) said on Monday that HTA would buy buses.")
    body = EntityCluster(label="ORG", name="Harlow Transit Authority", mentions=[Span(doc, 1, 4, label="ORG")])
    later = next(t.i for t in doc if t.text == "HTA" and t.i > 6)
    short = EntityCluster(label="PERSON", name="HTA", mentions=[Span(doc, later, later + 1, label="PERSON")])
    assert with_bracketed_acronyms_joined([body, short]) == [body]
    assert [m.text for m in body.mentions] == ["Harlow Transit Authority", "HTA"]


# --- a person's party read after the name only where a bracket or a comma follows it ---------

from newsmine.nlp.antecedents.cluster_words import _mark_after, _party_words  # noqa: E402


@pytest.mark.parametrize(
    "text, party",
    [
        ("Sen. Ann Lee (R-Texas) said on Monday that the bill would pass.", {"republican"}),
        ("Ann Lee , D-Ohio, said the bill would pass.", {"democratic"}),  # a space before the comma
        ("Ann Lee, a Democrat-turned-Republican, said the bill would pass.", {"republican"}),
        ("Ann Lee, a Democrat, said the bill would pass.", {"democratic"}),
        ("Republican Ann Lee said the bill would pass.", {"republican"}),  # before the name: always read
        ("Ann Lee (pictured) said the bill would pass.", set()),
        ("Ann Lee said the bill would pass, a Democrat added.", set()),
        ("The bill was written by Ann Lee", set()),  # the name ends the article
    ],
)
def test_party_words_after_the_name(nlp, text, party):
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Ann")
    cluster = EntityCluster(label="PERSON", name="Ann Lee", mentions=[Span(doc, start, start + 2, label="PERSON")])
    assert _party_words(doc, cluster) == party


def test_mark_after_skips_spaces_only(nlp):
    text = "Ann Lee  (R-Texas) and Ann Lee\n(D-Ohio) and Ann Lee"
    doc = nlp.make_doc(text)
    ends = [t.i + 1 for t in doc if t.text == "Lee"]
    assert [_mark_after(text, doc, end) for end in ends] == [True, False, False]
