"""Quotation typography seen wrong in probe42b's invented articles (a teachers' pay vote, a
museum theft, an orchestra lockout): a quotation inside a quotation in straight-quote copy
('"She said, "I love this job." What …?"'); a pull-quote, a display line repeating a quotation,
given the last speaker before it; a 'that' read as a conjunction made the speaker of the
participle after it ('The union disputes that, saying …'). Every text here is invented for
newsmine."""

from __future__ import annotations

from newsmine.nlp.quote_marks import find_quoted
from tests.conftest import speaker_of


def _inner(text):
    return [text[s.inner_start : s.inner_end] for s in find_quoted(text)]


def test_a_straight_quotation_nests_inside_a_straight_quotation():
    text = '"A nurse came to see me," the governor said. "She told me, "We are exhausted." What do I answer?"'
    assert _inner(text)[1] == 'She told me, "We are exhausted." What do I answer?'


def test_a_straight_mark_opening_with_too_few_marks_after_it_still_ends_the_quotation():
    # the first quotation's closing mark missing: the next one opens, nothing nests
    text = '"We will win the vote, the organiser said. "Nobody doubts it."'
    assert _inner(text) == ["We will win the vote, the organiser said. "]


def test_a_nested_straight_quotation_keeps_its_whole_quote_and_speaker(pipeline):
    text = (
        "Nurses vote on pay\n\n"
        '"A nurse came to see me last week, close to tears," Governor Elena Marsh said. '
        '"She told me, "We are exhausted and we are leaving." What do I answer her?"\n'
    )
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "What do I answer her" in q.text)
    assert "We are exhausted" in quote.text
    assert quote.speaker.name == "Elena Marsh"


def test_a_pull_quote_takes_the_speaker_of_the_quotation_it_repeats(pipeline):
    text = (
        "Ferry company loses its licence\n\n"
        "The harbour authority withdrew the licence of Bluewake Ferries on Monday. "
        'Its chairman, Oskar Lindgren, said the company had "ignored every warning."\n\n'
        "The company has appealed.\n\n"
        "“Nobody should board a ferry that has not been inspected”\n\n"
        "Safety inspector Mariam Yusuf said two of the company's boats had not been inspected in three years.\n\n"
        "“Nobody should board a ferry that has not been inspected,” she said. “It is that simple.”\n"
    )
    record = pipeline.analyze(text)
    quotes = [q for q in record.quotes if "Nobody should board" in q.text]
    assert len(quotes) == 2
    assert all(q.speaker is not None and q.speaker.name == "Mariam Yusuf" for q in quotes)


def test_a_quotation_repeated_as_someone_quoting_it_makes_no_pull_quote(pipeline):
    # the rival quotes the mayor's words in marks of their own: the paragraph is not his
    text = (
        "Mayor Ann Lee made a promise at her first rally in 2019.\n\n"
        '"I will never close the Lindholm ferry while I am mayor."\n\n'
        "Three years later the ferry stopped running. Her rival, Tom Reyes, has not let voters forget it.\n\n"
        "\"She stood there and said, 'I will never close the Lindholm ferry while I am mayor.' Then she closed it,\" "
        "Reyes said on Monday.\n"
    )
    record = pipeline.analyze(text)
    promise = [q for q in record.quotes if q.text.startswith("I will never close")]
    assert promise and all(q.speaker is None or q.speaker.name != "Tom Reyes" for q in promise)


def test_that_read_as_a_conjunction_is_not_the_speaker_of_the_participle_after_it(pipeline):
    text = (
        "Ferry talks stall\n\n"
        "The ferry company says the crews walked out without notice. "
        "The union disputes that, saying it warned managers in a letter two weeks ago.\n"
    )
    assert speaker_of(pipeline.analyze(text), "it warned managers").text == "The union"


def test_a_turn_marked_by_a_hyphenated_name_has_the_whole_name_as_its_speaker(pipeline):
    text = (
        "Candidates make their pitch\n\n"
        "Lena Okoro-Banks and Tomas Vilar-Reyes met for a last debate on Tuesday. "
        "The moderator asked each for one promise.\n\n"
        'Okoro-Banks: "Every bus route cut last year comes back within a year."\n\n'
        'Vilar-Reyes: "Nobody on the housing list waits more than two years."\n'
    )
    assert speaker_of(pipeline.analyze(text), "Nobody on the housing list").text == "Vilar-Reyes"


def test_a_short_q_and_a_answers_with_the_person_just_quoted_not_the_one_quoted_most(pipeline):
    text = (
        "Library closures go ahead\n\n"
        "Librarian Nadia Ferreira said the closures would leave whole estates without a library. "
        '"Children do their homework here," Ferreira said. "Where will they go?" '
        "Ferreira has worked at the Eastfield branch for twenty years.\n\n"
        "Council leader Owen Marsh said the council had no choice. Asked about the petition, "
        "Marsh said he had read every page.\n\n"
        "Q: Will any branch reopen?\n\n"
        "A: I hope so. We are looking for partners to run two of them.\n\n"
        "Q: When will you decide?\n\n"
        "A: By the spring. I will not keep staff waiting longer than that.\n"
    )
    assert speaker_of(pipeline.analyze(text), "We are looking for partners").name == "Owen Marsh"


def test_a_person_named_further_down_the_lead_in_sentence_does_not_answer_a_q_and_a(pipeline):
    # the rival is named in the paragraph before the first turn, but not as its sentence's subject
    text = (
        "Port chief Ann Lee on the ferry crisis\n\n"
        "Ann Lee has run the Lindholm port since 2015. Lee, 54, grew up on the island and still takes the ferry.\n\n"
        "The interview came days after her rival Tom Reyes called for an audit of the port.\n\n"
        "Q: Why did the ferry stop running?\n\n"
        "A: The boats were forty years old. We could not keep them safe any longer.\n\n"
        "Q: Will it run again?\n\n"
        "A: By the summer. I promise.\n"
    )
    assert speaker_of(pipeline.analyze(text), "We could not keep them safe").name == "Ann Lee"
