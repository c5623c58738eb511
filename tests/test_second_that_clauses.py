"""A kept content runs on over a second 'that' clause the parse hung on a word of the content or
on the word the cue completes ('telling reporters that "we …" and that she had seen …', 'was
quick to say that …, and that …'), up to a dash; the second clause of another report, a
demonstrative 'that' and a new sentence are left alone. Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _contents(nlp, text: str, cue: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(nlp(text)) if q.cue is not None and q.cue.text == cue]


def test_a_second_that_clause_after_the_closing_mark_joins_the_quoted_content(nlp):
    # The parse hangs 'seen' on 'are' inside the quotation; the content stopped at the mark.
    text = (
        'The nurse defended the ward on Monday, telling the board that "we are short of beds, we are short of '
        'staff" and that she had seen no sign of help from the ministry.\n'
    )
    assert _contents(nlp, text, "telling") == [
        '"we are short of beds, we are short of staff" and that she had seen no sign of help from the ministry'
    ]


def test_a_second_that_clause_hung_on_the_word_the_cue_completes_joins_the_content(nlp):
    text = 'The captain was quick to say that the crew had done "everything right," and that the storm was simply too strong.\n'
    assert _contents(nlp, text, "say") == [
        'the crew had done "everything right," and that the storm was simply too strong'
    ]


def test_a_second_that_clause_stops_before_a_spaced_dash(nlp):
    text = (
        'The captain was quick to say that the crew had done "everything right," and that the storm was simply '
        "too strong - though the coast guard disagreed.\n"
    )
    assert _contents(nlp, text, "say") == [
        'the crew had done "everything right," and that the storm was simply too strong'
    ]


def test_a_second_that_clause_stops_before_a_comma_after_its_verb(nlp):
    # Near miss of the carry: a participle's own report, or the source of the words, after a
    # comma is not the second clause's ('adding that …' is an attribution of its own).
    opening = 'The nurse defended the ward on Monday, telling the board that "we are short of beds, we are short of staff" and that '
    joined = '"we are short of beds, we are short of staff" and that '
    text = opening + "she would close a unit, adding that repairs would take a year.\n"
    assert _contents(nlp, text, "telling") == [joined + "she would close a unit"]
    text = opening + "the ministry had ignored her letters, according to the minutes.\n"
    assert _contents(nlp, text, "telling") == [joined + "the ministry had ignored her letters"]


def test_a_second_that_clause_of_the_outer_report_stays_out_of_the_inner_one(nlp):
    # Near miss: 'and that he expects …' hangs on 'makes clear', whose content already holds it;
    # the inner 'showing' keeps its own words.
    text = 'The memo makes clear that the chief is being polite and showing "respect" to the board, and that he expects the vote to go his way.\n'
    assert _contents(nlp, text, "showing") == ['respect" to the board']


def test_a_demonstrative_that_after_the_quotation_stays_out(nlp):
    # Near miss: 'that group' is a subject, not a complementizer.
    text = 'The captain was quick to say that the crew had done "everything right," but that group of sailors was never questioned.\n'
    assert _contents(nlp, text, "say") == ['the crew had done "everything right,']


def test_a_that_opening_the_next_sentence_stays_out(nlp):
    # Near miss: 'And that was all …' is a sentence of its own, after the quotation's period.
    text = 'The captain told reporters that the crew had done "everything right." And that was all he would say.\n'
    assert _contents(nlp, text, "told") == ['the crew had done "everything right.']


# Review52b: a sceptical reading of the stage; it held on these.
def test_a_second_that_clause_of_another_speakers_verb_stays_that_speakers(nlp):
    # Near miss: 'but critics noted that …' has its own cue and subject; the mayor's content
    # stops at her closing mark.
    text = 'Mayor Ruth Dale said that "the budget is balanced," but critics noted that the surplus came from a one-time land sale.\n'
    assert _contents(nlp, text, "said") == ['"the budget is balanced,']
    assert _contents(nlp, text, "noted") == ["the surplus came from a one-time land sale"]


def test_a_relative_clause_with_its_own_report_inside_the_second_clause_is_carried_whole(nlp):
    # 'which critics said …' is a relative clause inside the second clause, before its verb: the
    # senator's content runs over it to the clause's end.
    text = (
        'Senator Omar Bell insisted that "the tax cut pays for itself" and that the plan, which critics said '
        "would swell the deficit, would pass by summer.\n"
    )
    assert _contents(nlp, text, "insisted") == [
        '"the tax cut pays for itself" and that the plan, which critics said would swell the deficit, would pass by summer'
    ]


@pytest.mark.xfail(
    strict=True,
    reason="review52b, left (an earlier extent stage, not second_that_clauses; same before session "
    "52): a clause with its own subject and cue after '\" and' is carried into the mayor's content",
)
def test_a_conjoined_report_of_another_speaker_stays_out_of_the_content(nlp):
    text = 'Mayor Ruth Dale said that "the budget is balanced" and aides argued that the surplus would last a decade.\n'
    assert _contents(nlp, text, "said") == ['"the budget is balanced"']


@pytest.mark.xfail(
    strict=True,
    reason="review52b, left (an earlier extent stage, not second_that_clauses; same before session "
    "52): the writer's 'but that is not what …' (a demonstrative subject) is carried into the content",
)
def test_the_writers_demonstrative_that_clause_after_a_comma_stays_out(nlp):
    text = 'The mayor said the fix "will take time," but that is not what residents of Elm Street want to hear.\n'
    assert _contents(nlp, text, "said") == ['the fix "will take time,']
