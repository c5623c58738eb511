"""Documents whose author the article introduced just before, seen in session 49 (desc49): "the
statement" a few sentences after a body "said in a statement" (quoted sentences between), "The
photo" after someone "posted a photo", "the passage" after the book it is from. Every text here
is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_SAID_IN = (
    "Transit board rejects fare plan\n\n"
    "The Harlow Transit Authority said in a statement on Friday that its board had voted down the fare plan.\n\n"
    "\u201cThe board heard from riders for three hours before it voted.\u201d\n\n"
    "\u201cWe will come back with a new plan in the spring. No fares will rise before then,\u201d "
    "the statement said.\n"
)


def test_the_statement_a_body_said_in_a_few_sentences_before(pipeline):
    # two quoted sentences stand between "said in a statement" and "the statement said"
    assert speaker_of(pipeline.analyze(_SAID_IN), "new plan in the spring").name == "Harlow Transit Authority"


_POSTED = (
    "Senator shares photo from flood zone\n\n"
    "State Sen. Maria Okafor posted a photo of herself with rescue crews on Sunday. The photo "
    "reads \u201cThank you to every volunteer who came out in the rain.\u201d\n"
)


def test_the_photo_someone_posted(pipeline):
    assert speaker_of(pipeline.analyze(_POSTED), "every volunteer").name == "Maria Okafor"


_BOOK = (
    "New book revisits the mayor's first term\n\n"
    "A new book by the historian Daniel Ostrowski traces the mayor's first term. \u201cShe ran "
    "the city like a small firm, with every budget line checked twice,\u201d the passage reads.\n"
)


def test_the_passage_of_a_book_named_with_its_author(pipeline):
    assert speaker_of(pipeline.analyze(_BOOK), "small firm").name == "Daniel Ostrowski"


_NOTE = (
    "Council split on stadium plan\n\n"
    "Council member Dana Whitfield wrote in a handwritten letter to the mayor on Monday that she "
    "would vote no. \u201cI cannot back a plan this costly,\u201d the note read.\n"
)


def test_the_note_after_a_letter_someone_wrote_in(pipeline):
    # another noun of the family ("letter" for "the note") in the sentence just before
    assert speaker_of(pipeline.analyze(_NOTE), "plan this costly").name == "Dana Whitfield"


# Near misses: the document is someone else's, or nobody's named.


def test_another_noun_of_the_family_two_sentences_back_is_not_taken_up(pipeline):
    text = (
        "Council split on stadium plan\n\n"
        "Council member Dana Whitfield wrote in a handwritten letter to the mayor on Monday that she "
        "would vote no. The council meets again on Thursday. \u201cI cannot back a plan this "
        "costly,\u201d the note read.\n"
    )
    assert speaker_of(pipeline.analyze(text), "plan this costly").name != "Dana Whitfield"


def test_a_statement_spoken_in_too_long_before_is_not_taken_up(pipeline):
    # five sentences after "said in a statement", with a new speaker between: not that body's
    text = (
        "Transit board rejects fare plan\n\n"
        "The Harlow Transit Authority said in a statement on Friday that its board had voted down the fare "
        "plan. "
        "Riders had packed the hall for hours. Some waited outside in the cold. The vote took ten "
        "minutes. Fares have not risen since 2015. The city council has not taken a side.\n\n"
        "\u201cNo fares will rise before the spring,\u201d the statement said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "before the spring").name != "Harlow Transit Authority"


def test_a_suit_someone_spoke_in_is_no_suit_of_theirs(pipeline):
    # "Ware insists in the suit": the suit is the plaintiff's, not the one who speaks of it
    text = (
        "Former aide sues county\n\n"
        "A lawsuit has been filed by Nora Quinlan against Harlow County. County spokesman Paul "
        "Ware said in a statement that the claims were baseless. \u201cThe county fired her for "
        "cause,\u201d the suit says.\n"
    )
    assert speaker_of(pipeline.analyze(text), "fired her for cause").name != "Paul Ware"


def test_a_photo_nobody_is_said_to_post_stays_unnamed(pipeline):
    # a photo that no named person put out: the photo speaks for no one in the article
    text = (
        "Flood waters recede in Harlow\n\n"
        "Crews cleared the last roads on Sunday, Mayor Elena Ruiz said. A photo circulating online "
        "shows a flooded school. The photo reads \u201cStay home if you can.\u201d\n"
    )
    assert speaker_of(pipeline.analyze(text), "Stay home if you can").name != "Elena Ruiz"


def test_a_message_is_no_document_of_its_own(pipeline):
    # "the party's message" is a political line: a later "the email" stays the campaign's
    text = (
        "Ruiz campaign asks for money\n\n"
        "Ruiz's supporters could shape the Harlow Democratic Party's message at the convention. "
        "On Saturday, her campaign sent out a fundraising email. \u201cWe have already changed "
        "the race,\u201d read the email.\n"
    )
    assert speaker_of(pipeline.analyze(text), "already changed the race").name != "Harlow Democratic Party"


# An author named in the document's own phrase.


def test_a_statement_attributed_to_someone_is_theirs(pipeline):
    text = (
        "Campaign answers critics\n\n"
        "Aides to Mayor Elena Ruiz drafted a reply overnight. \u201cThe mayor has nothing to hide,\u201d "
        "read the statement, which was attributed to campaign spokesman Omar Haddad.\n"
    )
    assert speaker_of(pipeline.analyze(text), "nothing to hide").name == "Omar Haddad"


def test_a_statement_attributed_to_an_unnamed_aide_names_no_one(pipeline):
    # near miss: "attributed to" a common noun names no author; the rule must not take the mayor
    text = (
        "Campaign answers critics\n\n"
        "Aides to Mayor Elena Ruiz drafted a reply overnight. \u201cThe mayor has nothing to hide,\u201d "
        "read the statement, which was attributed to a senior aide.\n"
    )
    assert speaker_of(pipeline.analyze(text), "nothing to hide").name != "Elena Ruiz"


# desc49's strict xfail, passing since desc55's rule (documents._pronoun_in_its_clause): a document
# whose relative clause has "she" release it is hers, the quoted title before it notwithstanding.
def test_a_document_a_pronoun_released_after_a_named_title(pipeline):
    text = (
        "Ruiz lays out harbor plan\n\n"
        "Mayor Elena Ruiz spoke for an hour on Tuesday. The cleanup would cost $40 million, "
        "according to the \u201cHarlow Harbor Authority\u201d plan she released.\n"
    )
    assert speaker_of(pipeline.analyze(text), "would cost $40 million").name == "Elena Ruiz"


@pytest.mark.xfail(
    strict=True,
    reason="'its FEC reports': a possessive pronoun before a body's name on a document; the name route "
    "gives the document to the body named (the FEC), not to whom 'its' stands for (desc49, one train source)",
)
def test_a_document_filed_with_a_body_is_the_filers(pipeline):
    text = (
        "Ruiz campaign spent little on data\n\n"
        "The Ruiz campaign had spent just $8,000 on voter data by October, according to its FEC "
        "reports.\n"
    )
    assert speaker_of(pipeline.analyze(text), "just $8,000").name == "Ruiz campaign"
