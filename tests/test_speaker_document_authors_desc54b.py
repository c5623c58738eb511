"""Two documents whose author the article names, read on invented text (session 54, desc54b;
``speakers/spoken_in_documents.message_spoken_in_before``, ``speakers/held_signs.py``). Every
text here is invented for newsmine.

- "The message" right after "X wrote in a … email": X's, as "the note" after "wrote in a letter"
  already was ("message" is no document noun of its own: "the party's message" is a line).
- "X held up a sign saying …": the sign's words are its holder's.
- "the transit page" a few sentences after "the Dunn campaign website": the campaign's
  (``speakers/web_pages.py``).

Near misses: "the message" with no document spoken in just before (X only "said"), an owned
"campaign's message", an email three sentences back; a sign no one holds ("A sign on the fence
said"), "protesters holding signs" (no named holder); a page with no website named before, a
newspaper's "front page of the Harlow Ledger", a person's own "her page".
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_EMAIL = (
    "Aides traded notes on the bond plan\n\n"
    "The mayor's aides argued over the budget for weeks. \"The council has handed her the chance. "
    'She has to take it now rather than wait for the next vote," Dana Whitfield wrote in a March 4, '
    "2015 email. {tail}\n"
)
_MESSAGE = (
    "The message, sent to the city manager and forwarded to the mayor, called for a vote on the bond before summer."
)


def test_the_message_after_wrote_in_an_email_is_the_writer(pipeline):
    text = _EMAIL.format(tail=_MESSAGE)
    speaker = speaker_of(pipeline.analyze(text), "a vote on the bond")
    assert (speaker.text, speaker.name) == ("The message", "Dana Whitfield")


def test_the_message_after_wrote_in_an_email_with_a_that_clause(pipeline):
    text = (
        "Aides traded notes on the bond plan\n\n"
        "Dana Whitfield wrote in an email to the city manager that the vote should wait. "
        "The message called for a vote on the bond before summer.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a vote on the bond").name == "Dana Whitfield"


def test_the_message_after_a_plain_said_is_no_ones(pipeline):
    # near miss: Whitfield spoke, but in no document; "the message" is not hers
    text = (
        "Aides traded notes on the bond plan\n\n"
        "Dana Whitfield said on Monday that the vote should wait. "
        "The message called for a vote on the bond before summer.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a vote on the bond").name is None


def test_an_owned_message_is_not_the_email_writer(pipeline):
    # near miss: "the campaign's message" is a line of the campaign's, not the email just written
    text = (
        "Aides traded notes on the bond plan\n\n"
        "Dana Whitfield wrote in an email to the city manager that the vote should wait. "
        "The campaign's message called for a vote on the bond before summer.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a vote on the bond").name != "Dana Whitfield"


def test_the_message_long_after_the_email_is_no_ones(pipeline):
    # near miss: an email three sentences back is another matter by then
    text = (
        "Aides traded notes on the bond plan\n\n"
        "Dana Whitfield wrote in an email to the city manager that the vote should wait. "
        "The council met on Tuesday. It heard from residents for three hours. Members voted twice. "
        "The message called for a vote on the bond before summer.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a vote on the bond").name is None


_ARENA = "Protest at the arena\n\n{body}\n"


def test_a_sign_held_up_is_its_holders(pipeline):
    body = (
        "Outside the arena about 100 protesters gathered, holding signs and chanting. "
        'Ellen Marsh held up a sign saying "Renters Against Kessler." '
        "The 44-year-old teacher said she had come from Dayton."
    )
    speaker = speaker_of(pipeline.analyze(_ARENA.format(body=body)), "Renters Against")
    assert (speaker.text, speaker.name) == ("a sign", "Ellen Marsh")


def test_a_sign_no_one_holds_is_no_ones(pipeline):
    # near miss: a sign on a fence, a person named after it
    body = (
        "About 100 protesters gathered outside the arena. A sign on the fence said the arena "
        "would close in June. Ellen Marsh said she had come from Dayton."
    )
    assert speaker_of(pipeline.analyze(_ARENA.format(body=body)), "close in June").name is None


def test_signs_held_by_unnamed_protesters_are_no_ones(pipeline):
    # near miss: the holders are a crowd, no named person; Marsh is named only after
    body = (
        "About 100 protesters gathered outside the arena, holding signs saying "
        '"Renters Against Kessler." Ellen Marsh said she had come from Dayton.'
    )
    assert speaker_of(pipeline.analyze(_ARENA.format(body=body)), "Renters Against").name != "Ellen Marsh"


_PAGES = "Two platforms, two tones\n\n{body}\n"


def test_a_page_of_a_campaign_website_is_the_campaigns(pipeline):
    body = (
        "Visit the Dunn campaign website, and you will find long papers on transit and housing. "
        "One of them is a page on buses, which praises the new routes. Then it turns to fares. "
        "The transit page says fares must fall by half."
    )
    speaker = speaker_of(pipeline.analyze(_PAGES.format(body=body)), "fares must fall")
    assert (speaker.text, speaker.name) == ("The transit page", "Dunn campaign")


def test_a_page_with_no_website_before_is_no_ones(pipeline):
    # near miss: no website named; "the page" is not the mayor's for being near him
    body = "Mayor Ray Dunn spoke at length on Monday. Then he turned to fares. The transit page says fares must fall by half."
    assert speaker_of(pipeline.analyze(_PAGES.format(body=body)), "fares must fall").name is None


def test_a_newspapers_front_page_is_the_newspapers(pipeline):
    # near miss: a page with its own "of" owner after a campaign website
    body = "Visit the Dunn campaign website for more. The front page of the Harlow Ledger says fares must fall by half."
    assert speaker_of(pipeline.analyze(_PAGES.format(body=body)), "fares must fall").name == "Harlow Ledger"


def test_an_owned_page_is_its_owners(pipeline):
    # near miss: "her page" after another's website is hers
    body = (
        "Visit Ray Dunn's website for more. Lisa Ortiz said on her Facebook page that fares must "
        "fall by half. Her page says the buses are late."
    )
    assert speaker_of(pipeline.analyze(_PAGES.format(body=body)), "buses are late").name == "Lisa Ortiz"


# Seen and left (desc54b): documents whose author the article names, by shapes no rule reads.


@pytest.mark.xfail(
    strict=True,
    reason="a work's title owned by its author ('Quill's Ledger Files details …') is read as a name of its own",
)
def test_a_books_title_owned_by_its_author_is_the_authors(pipeline):
    text = (
        "Ledger Files debunks the mayor\n\n"
        "The mayor said on Monday that no deal had been made. Reporter Nora Quill's book Ledger Files "
        "shows there was more than one deal. Quill's Ledger Files details several payments to the mayor's friends.\n"
    )
    assert speaker_of(pipeline.analyze(text), "several payments").name == "Nora Quill"


@pytest.mark.xfail(
    strict=True,
    reason="papers found on a campaign's website ('you will find a collection of papers') are no page noun",
)
def test_papers_on_a_campaign_website_are_the_campaigns(pipeline):
    body = (
        "Visit the Dunn campaign website, and you will find a collection of long papers on transit. "
        "Most of the papers argue that fares must fall by half."
    )
    assert speaker_of(pipeline.analyze(_PAGES.format(body=body)), "fares must fall").name == "Dunn campaign"
