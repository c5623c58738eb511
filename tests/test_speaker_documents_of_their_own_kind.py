"""A document stands for the document of its own noun: 'the staff letter' after 'a letter …
from the staff association' is that letter (whose author the article does not name), not a
statement named before with its author; 'a transcript of the interview' is not the plan named
just after it. Guards: a letter introduced with its named author is still that author's; 'a
new poll' still takes the survey named with its pollster just after it (poll and survey are
one kind of document), 'a court filing' the lawsuit named after it (one case's papers); a poll introduced with no author written does not hide the pollster."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_STATEMENT = (
    "Board keeps Kovac at the fund\n\n"
    "The board of the Harbor Development Fund renewed the contract of its president, Ivan Kovac, on Thursday.\n\n"
    "The government backed him at once, according to a statement from Finance Minister Ruth Adler. "
    '"Mr. Kovac has led the fund through a hard decade," Ms. Adler said.\n\n'
    "Many employees are unhappy. A letter this month to the board from {author} urged the board to look at "
    "other candidates.\n\n"
    "As for Mr. Kovac, the staff letter noted that two surveys of employees showed a crisis of trust.\n"
)
_TRANSCRIPT = (
    "Lee presses Ruiz on health care\n\n"
    '"It is a very general debate when it comes to Senator Ruiz. What does that mean?" Governor Ana Lee asked, '
    "according to a transcript of the interview. Absent Ruiz's health care plan, which he has not released, Lee "
    "pointed to the votes he has cast on the issue.\n"
)
_NEW_POLL = (
    "Lee leads in Ohio\n\n"
    "A new poll shows Governor Ana Lee ahead of Senator Paul Ruiz by six points in Ohio. The survey, "
    "conducted by Harbor Research, also found Lee leading among women.\n"
)
_FILING = (
    "Lee's fund under scrutiny\n\n"
    "In 2009, Paul Lee set up a private equity fund in Bermuda and invited the investor Omar Haddad to put "
    "money in, according to a court filing. Mr. Haddad put $40 million into the fund before the deal "
    "unraveled and Mr. Haddad sued Mr. Lee. The case is still pending.\n"
)
_ONLINE_POLL = (
    "Moderates are up for grabs\n\n"
    "Harbor Research's Ana Diaz, a Democratic pollster, released data Monday on moderate Republicans. "
    "In an online poll of 800 likely primary voters, Harbor Research found that many dislike both parties.\n\n"
    "Still, the poll shows that moderates may be open to a new candidate.\n"
)


@pytest.mark.parametrize(
    ("text", "snippet", "mention", "name"),
    [
        # the letter introduced last, by an author the article does not name
        (_STATEMENT.format(author="the staff association"), "a crisis of trust", "the staff letter", None),
        # a guard: the letter introduced with its named author is that author's
        (_STATEMENT.format(author="Senator Omar Haddad"), "a crisis of trust", "the staff letter", "Omar Haddad"),
        # a transcript is no plan, though both are of the memo family
        (_TRANSCRIPT, "a very general debate", "a transcript of the interview", None),
        # a guard: a court filing and a lawsuit are the papers of one case
        (_FILING, "invited the investor", "a court filing", "Omar Haddad"),
        # a guard: a poll and a survey are one kind of document
        (_NEW_POLL, "ahead of Senator Paul Ruiz", "A new poll", "Harbor Research"),
        # a guard: "an online poll of 800 voters" names no author of its own ("Harbor Research
        # found" says who did it), so "the poll" still has the pollster of the data released before
        (_ONLINE_POLL, "open to a new candidate", "the poll", "Ana Diaz"),
    ],
)
def test_a_document_is_the_one_of_its_own_noun(pipeline, text, snippet, mention, name):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert (speaker.text, speaker.name) == (mention, name)
