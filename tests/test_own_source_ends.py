"""A content before its cue ends before its own source set off by a description
(:mod:`newsmine.nlp.attribution.own_source_ends`, probe64): '…, the mayor, Ana Ruiz, said.'
Invented sentences; each fixed case ran on over the description and the name before the rule
(and, where the cue had no source or only the person told, had no speaker or the wrong one)."""

from __future__ import annotations

import pytest


def _only_quote(pipeline, text):
    record = pipeline.analyze(text)
    assert len(record.quotes) == 1, [q.text for q in record.quotes]
    return record.quotes[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The bridge will reopen in May, the mayor, Ana Ruiz, said.", "The bridge will reopen in May", "Ana Ruiz"),
        ("The match was a disgrace, the referee, Tom Wade, said.", "The match was a disgrace", "Tom Wade"),
        ("The store had no alarm, the owner, Raj Patel, told police.", "The store had no alarm", "Raj Patel"),
        # review64a: a name's possessive and 'one of' open a description as 'the' does
        ("The loss hurt, Harbor City's coach, Ines Barrow, said.", "The loss hurt", "Ines Barrow"),
        ("The cause was a stroke, one of her nurses, Ida Bell, said.", "The cause was a stroke", "Ida Bell"),
        # review64a: the parse left the cue no source, or only the person told; the name set off
        # right before the cue is the source
        ("The water is safe, a spokeswoman, Jo Lane, said.", "The water is safe", "Jo Lane"),
        ("The trial will resume Monday, the court's clerk, Ed Hart, told The Associated Press.",
         "The trial will resume Monday", "Ed Hart"),
    ],
)
def test_content_ends_before_the_description_of_its_own_source(pipeline, text, content, speaker):
    quote = _only_quote(pipeline, text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the name closing the content is someone else's than the speaker's: it stays
        ("The bridge will be named for the former mayor, Ana Ruiz, the council said.",
         "The bridge will be named for the former mayor, Ana Ruiz"),
        ("The team lost its best player, Tom Reyes, coach Ana Ruiz said.", "The team lost its best player, Tom Reyes"),
        # the description after the name: the parse already ends the content before it
        ("The race was a mess, Jo Lane, the organizer, said.", "The race was a mess"),
        # review64a: a description-like phrase closing the content, the source no name: not cut
        ("Sales fell 4 percent, the worst quarter in a decade, the company said.",
         "Sales fell 4 percent, the worst quarter in a decade"),
        # review64a: the teller the cue's subject, the person told after it: nothing to take
        ("The trial will resume Monday, Ed Hart told The Associated Press.", "The trial will resume Monday"),
    ],
)
def test_content_holding_another_name_or_ending_before_its_source_is_unchanged(pipeline, text, content):
    assert _only_quote(pipeline, text).text == content


def test_content_ends_before_the_nearest_description_only(pipeline):
    """Only the description right before the name is the source's; one before it (the day the
    statement names) stays in the content (review64a)."""
    text = "The team will travel on Friday, the day after the funeral, its captain, Leo Marsh, said."
    assert _only_quote(pipeline, text).text == "The team will travel on Friday, the day after the funeral"


def test_content_ends_before_a_name_whose_description_the_parse_took_for_the_source(pipeline):
    """The parse hangs the name and its description on the statement's noun and takes the
    description for the source: the cut goes before the name, and the phrase before the name
    (the storage the statement names) stays, as a person is described on one side only (review64a)."""
    text = (
        "Emails were placed in storage, the department's archive, Patrick F. Kennedy, the undersecretary "
        "for management, wrote."
    )
    quote = _only_quote(pipeline, text)
    assert quote.text == "Emails were placed in storage, the department's archive"
    assert quote.speaker is not None and quote.speaker.name == "Patrick F. Kennedy"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # extract65: the parse hangs the chain of appositions on the statement's noun and gives the
        # cue the first name, inside the content; the name set off before the cue speaks
        ("The jury heard from the victim's mother, Rosa Vale, the prosecutor, Amy Cole, said.",
         "The jury heard from the victim's mother, Rosa Vale", "Amy Cole"),
        # extract65: two speakers credited together; the content ends before the first, who is the speaker
        ("Prices will rise, the company's chief, Jo Lane, and its finance head, Sam Ito, said.", "Prices will rise", "Jo Lane"),
    ],
)
def test_content_ends_before_the_first_of_its_sources(pipeline, text, content, speaker):
    quote = _only_quote(pipeline, text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the parse ends these before the first speaker already
        ("The plan is dead, the mayor, Ana Ruiz, and her deputy, Tom Wade, said.", "The plan is dead", "Ana Ruiz"),
        ("The victim's mother, Rosa Vale, testified first, the prosecutor, Amy Cole, said.",
         "The victim's mother, Rosa Vale, testified first", "Amy Cole"),
        ("The water supply is safe, the town's two doctors, Jo Lane and Sam Ito, said.", "The water supply is safe", "Jo Lane"),
        # the names joined by 'and' are the statement's: the source is the company
        ("The firm hired a new chief, Jo Lane, and a finance head, Sam Ito, the company said.",
         "The firm hired a new chief, Jo Lane, and a finance head, Sam Ito", None),
    ],
)
def test_conjoined_names_ended_by_the_parse_or_in_the_statement_are_unchanged(pipeline, text, content, speaker):
    quote = _only_quote(pipeline, text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_name_of_a_place_is_no_first_speaker(pipeline):
    """review65d: 'Ames', the county seat's name, opened no pair of speakers ('Ames, and its
    mayor, Jo Lane'); extract65's first-of-two rule gave it the credit."""
    quote = _only_quote(pipeline, "Schools closed in the county seat, Ames, and its mayor, Jo Lane, said.")
    assert quote.speaker is not None and quote.speaker.name == "Jo Lane"
