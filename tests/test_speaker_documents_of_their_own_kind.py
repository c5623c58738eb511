"""A document stands for the document of its own noun: 'the staff letter' after 'a letter …
from the staff association' is that letter (whose author the article does not name), not a
statement named before with its author; 'a transcript of the interview' is not the plan named
just after it. Guards: a letter named with its author is still taken up by 'the letter', and
'a new poll' still takes the survey named with its pollster just after it (poll and survey are
one kind of document)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_STATEMENT = (
    "Board keeps Kovac at the fund\n\n"
    "The board of the Harbor Development Fund renewed the contract of its president, Ivan Kovac, on Thursday.\n\n"
    "The government backed him at once, according to a statement from Finance Minister Ruth Adler. "
    '"Mr. Kovac has led the fund through a hard decade," Ms. Adler said.\n\n'
)


@pytest.mark.parametrize(
    ("letter", "author"),
    [
        # the letter introduced last has no author the article names
        ("A letter this month to the board from the staff association urged the board to look at other candidates.", None),
        # a guard: the letter introduced with its author is that author's
        ("A letter this month to the board from Senator Omar Haddad urged the board to look at other candidates.", "Omar Haddad"),
    ],
)
def test_the_letter_is_the_letter_introduced_last(pipeline, letter, author):
    text = f"{_STATEMENT}Many employees are unhappy. {letter}\n\nAs for Mr. Kovac, the staff letter noted that two surveys of employees showed a crisis of trust.\n"
    speaker = speaker_of(pipeline.analyze(text), "a crisis of trust")
    assert speaker.text == "the staff letter"
    assert speaker.name == author


def test_a_transcript_is_not_the_plan_named_after_it(pipeline):
    text = (
        "Lee presses Ruiz on health care\n\n"
        '"It is a very general debate when it comes to Senator Ruiz. What does that mean?" Governor Ana Lee asked, '
        "according to a transcript of the interview. Absent Ruiz's health care plan, which he has not released, Lee "
        "pointed to the votes he has cast on the issue.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "a very general debate")
    assert speaker.text == "a transcript of the interview"
    assert speaker.name is None


def test_a_new_poll_is_still_the_survey_named_after_it(pipeline):
    text = (
        "Lee leads in Ohio\n\n"
        "A new poll shows Governor Ana Lee ahead of Senator Paul Ruiz by six points in Ohio. The survey, "
        "conducted by Harbor Research, also found Lee leading among women.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "ahead of Senator Paul Ruiz")
    assert speaker.name == "Harbor Research"


def test_a_poll_introduced_with_no_author_written_is_still_the_pollsters(pipeline):
    # a guard: "an online poll of 800 voters" names no author of its own ("Harbor Research
    # found" says who did it), so "the poll" is still the pollster's, as the data released before
    text = (
        "Moderates are up for grabs\n\n"
        "Harbor Research's Ana Diaz, a Democratic pollster, released data Monday on moderate Republicans. "
        "In an online poll of 800 likely primary voters, Harbor Research found that many dislike both parties.\n\n"
        "Still, the poll shows that moderates may be open to a new candidate.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "open to a new candidate")
    assert speaker.text == "the poll"
    assert speaker.name is not None
