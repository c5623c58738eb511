"""A speaking "it" after a document put out since the previous speaker spoke is that document,
and speaks for its author: "The union said …. Acme Steel released a statement within the hour.
'…,' it said" is Acme Steel's, not the union's (xfail55; probe54b's "lobbying" article, where
"Garrity's office released a written statement" and the quotation went to the House Ethics
Committee that spoke before).

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_UNION = (
    "Plant closing\n\n"
    "The Harbor Workers Union said on Monday that the Acme Steel plant on the river must stay open. "
)


def test_it_after_a_company_released_a_statement_is_the_company(pipeline):
    later = 'Acme Steel released a statement within the hour. "We have no choice but to close the plant," it said.\n'
    assert speaker_of(pipeline.analyze(_UNION + later), "no choice but to close").name == "Acme Steel"


def test_it_after_a_persons_office_released_a_statement_is_the_person(pipeline):
    text = (
        "Ethics inquiry\n\n"
        "Rep. Dale Brenner, an Ohio Democrat, took three trips with a lobbyist. The House Ethics Committee "
        "said on Monday that it had opened an inquiry into Brenner.\n\n"
        "Brenner's office released a written statement within the hour. "
        '"The congressman welcomes the chance to set the record straight," it said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "welcomes the chance").name == "Dale Brenner"


def test_it_after_a_statement_and_a_quotation_of_two_sentences_is_the_statements_author(pipeline):
    # the quotation's own sentences lie between the statement and "it": no narrative sentence does
    later = (
        'Acme Steel released a statement within the hour. "We have no choice. The plant has lost money for '
        'six years," it said.\n'
    )
    assert speaker_of(pipeline.analyze(_UNION + later), "lost money for").name == "Acme Steel"


def test_it_after_a_statement_released_before_the_speaker_spoke_is_the_speaker(pipeline):
    # near miss: the statement came before the union spoke; "it" is the union speaking again
    text = (
        "Plant closing\n\n"
        "Acme Steel released a statement on Friday about its river plant. On Monday the Harbor Workers Union "
        'said the plant must stay open. "We will not give up the plant without a fight," it said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "without a fight").name == "Harbor Workers Union"


def test_it_after_a_statement_with_no_author_is_the_previous_speaker(pipeline):
    # near miss: a statement handed out with no one named as its author is no one's new voice
    later = 'Reporters were handed a statement within the hour. "We will not give up the plant," it said.\n'
    assert speaker_of(pipeline.analyze(_UNION + later), "not give up the plant").name == "Harbor Workers Union"


def test_it_after_people_released_a_statement_is_not_given_to_them(pipeline):
    # near miss: a plural subject ("Workers released a statement") is no description of one body
    later = 'Workers released a statement within the hour. "We will not give up the plant," it said.\n'
    assert speaker_of(pipeline.analyze(_UNION + later), "not give up the plant").name == "Harbor Workers Union"


# "the statement said" after a description put the statement out (seen55): the releasing
# subject is the author, not the body that spoke before and that the statement answers.
_INQUIRY = (
    "Ethics inquiry\n\n"
    "Rep. Dale Brenner, an Ohio Democrat, took three trips with a lobbyist. The House Ethics Committee "
    "said on Monday that it had opened an inquiry into Brenner.\n\n"
)


def test_the_statement_after_a_persons_office_released_it_is_the_person(pipeline):
    text = _INQUIRY + (
        "Brenner's office released a written statement within the hour. "
        '"The congressman welcomes the chance to set the record straight," the statement said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "welcomes the chance").name == "Dale Brenner"


def test_the_statement_said_that_after_an_office_released_it_is_the_person(pipeline):
    text = _INQUIRY + (
        "Brenner's office released a statement within the hour. The statement said the congressman "
        "welcomed the inquiry.\n"
    )
    assert speaker_of(pipeline.analyze(text), "welcomed the inquiry").name == "Dale Brenner"


def test_the_statement_after_officials_released_one_is_not_theirs(pipeline):
    # near miss: "Officials" name no author; the statement is not given to anyone by this rule
    text = _INQUIRY + "Officials released a statement within the hour. The statement said the inquiry would be short.\n"
    quotes = [q for q in pipeline.analyze(text).quotes if "would be short" in q.text]
    assert quotes, "the statement's words are a quote"
    assert quotes[0].speaker is None or quotes[0].speaker.name in (None, "House Ethics Committee")


def test_the_statement_after_an_office_released_a_letter_is_not_the_letters_author(pipeline):
    # near miss: another document's noun; "the statement" is the previous speaker's, as before
    text = (
        "Ethics inquiry\n\n"
        "Rep. Dale Brenner took three trips with a lobbyist. Brenner's office released a letter on Friday. "
        "The House Ethics Committee said on Monday that it had opened an inquiry into Brenner. "
        '"We take every complaint seriously," the statement said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "every complaint").name == "House Ethics Committee"


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Steel did not release a statement on Monday.",
        "Acme Steel will release a statement on Friday.",
    ],
    ids=["did-not-release", "will-release"],
)
def test_it_after_a_statement_not_put_out_is_the_previous_speaker(pipeline, sentence):
    # review55b near misses: a statement denied or awaited is no new voice; "it" is the union again
    later = sentence + ' "We will not give up the plant without a fight," it said.\n'
    assert speaker_of(pipeline.analyze(_UNION + later), "without a fight").name == "Harbor Workers Union"


def test_it_after_a_company_has_released_a_statement_is_the_company(pipeline):
    # the guard's near miss: a perfect ("has released") is a statement put out
    later = 'Acme Steel has released a statement. "We have no choice but to close the plant," it said.\n'
    assert speaker_of(pipeline.analyze(_UNION + later), "no choice but to close").name == "Acme Steel"
