"""review55d: misfires of seen55's rules found with near misses, each guarded.

- ``verb_documents.put_out`` (used by ``released_by_a_description_before`` and the speaking
  "it" after a document): a release said not to have happened ("did not release a statement")
  or asked about ("Will … release a statement?") put no document out, so "the statement said"
  is not the would-be releaser's.
- ``doc_index._named_with_legal_form``: "the nonprofit"/"the charity" is no company named with
  its legal form, but a name that says it is a charity ("Harbor Food Bank Inc.", "the Kessler
  Foundation Inc.") is a nonprofit incorporated, as US nonprofits mostly are.

Every article here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import speaker_of

_INQUIRY = (
    "Ethics inquiry\n\n"
    "Rep. Dale Brenner, an Ohio Democrat, took three trips with a lobbyist. The House Ethics Committee "
    "said on Monday that it had opened an inquiry into Brenner.\n\n"
)


def test_the_statement_after_an_office_did_not_release_one_is_not_the_offices(pipeline):
    text = _INQUIRY + (
        "Brenner's office did not release a statement on Monday. "
        '"We take every complaint seriously," the statement said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "every complaint").name == "House Ethics Committee"


def test_the_statement_after_a_question_whether_an_office_will_release_one_is_not_the_offices(pipeline):
    text = _INQUIRY + (
        "Will Brenner's office release a statement? "
        '"We take every complaint seriously," the statement said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "every complaint").name == "House Ethics Committee"


def test_the_statement_after_an_office_released_one_is_still_the_offices_person(pipeline):
    # near miss: the release said as done keeps seen55's rule
    text = _INQUIRY + (
        "Brenner's office released a statement on Monday. "
        '"We take every complaint seriously," the statement said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "every complaint").name == "Dale Brenner"


def test_the_nonprofit_is_a_food_bank_incorporated(pipeline):
    text = "Food drive\n\nHarbor Food Bank Inc. opened a second pantry on Monday. The nonprofit said demand had doubled.\n"
    assert speaker_of(pipeline.analyze(text), "demand had doubled").name == "Harbor Food Bank Inc."


def test_the_nonprofit_is_a_food_bank_incorporated_after_a_comma(pipeline):
    text = "Food drive\n\nHarbor Food Bank, Inc. opened a second pantry on Monday. The nonprofit said demand had doubled.\n"
    assert speaker_of(pipeline.analyze(text), "demand had doubled").name == "Harbor Food Bank, Inc."


def test_the_charity_is_a_foundation_incorporated(pipeline):
    text = "Food drive\n\nThe Kessler Foundation Inc. gave $2 million to the pantry. The charity said demand had doubled.\n"
    assert speaker_of(pipeline.analyze(text), "demand had doubled").name == "Kessler Foundation Inc."


def test_the_nonprofit_is_still_no_group_incorporated(pipeline):
    # near miss: "Group" says nothing of profit; the legal form still rules the firm out
    text = (
        "Food drive\n\n"
        "The Harbor Trust hired Kessler Group Inc. to run the drive. The nonprofit said demand had doubled.\n"
    )
    assert speaker_of(pipeline.analyze(text), "demand had doubled").name == "Harbor Trust"


def test_the_letter_from_an_aide_an_office_sent_is_not_the_offices(pipeline):
    # the letter's own credit names its author, though no entity holds "a former aide"
    text = _INQUIRY + (
        "Brenner's office sent reporters a letter from a former aide. "
        '"The trips were paid for," the letter said.\n'
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "paid for" in q.text]
    assert quotes, "the letter's words are a quote"
    assert quotes[0].speaker is None or quotes[0].speaker.name != "Dale Brenner"


def test_the_letter_an_office_sent_is_still_the_offices_person(pipeline):
    # near miss: a letter with no credit of its own is the sender's
    text = _INQUIRY + 'Brenner\'s office sent reporters a letter. "The trips were paid for," the letter said.\n'
    assert speaker_of(pipeline.analyze(text), "paid for").name == "Dale Brenner"


def test_it_after_an_office_did_not_release_a_statement_is_the_previous_speaker(pipeline):
    # the same guard serves the speaking "it" after a document (body_pronouns)
    text = _INQUIRY + 'Brenner\'s office did not release a statement. "We take every complaint seriously," it said.\n'
    assert speaker_of(pipeline.analyze(text), "every complaint").name == "House Ethics Committee"


def test_it_after_a_question_whether_an_office_will_release_a_statement_is_the_previous_speaker(pipeline):
    text = _INQUIRY + 'Will Brenner\'s office release a statement? "We take every complaint seriously," it said.\n'
    assert speaker_of(pipeline.analyze(text), "every complaint").name == "House Ethics Committee"
