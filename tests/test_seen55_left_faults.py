"""Faults this session's helpers noticed and left (seen55), each counted on PolNeAR train first:
what PolNeAR itself annotates so is kept (plain tests saying so), and what no general rule
fixes yet (strict xfails with their reasons).

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _quotes_holding(pipeline, text: str, snippet: str) -> list:
    return [q for q in pipeline.analyze(text).quotes if snippet in q.text]


# Kept: PolNeAR train annotates stance and instruction cues as attributions ("support" and its
# forms about 130 gold cues; "withdrew" 2, one a senator withdrawing his support; "told" with an
# instruction as its content, officials telling residents not to do something), so these stay
# quotes.
def test_a_withdrawn_bid_stays_a_quote_of_another_kind(pipeline):
    text = "Airport bid\n\nThe Harbor Company withdrew its bid for the airport on Tuesday after a vote in the council.\n"
    quotes = _quotes_holding(pipeline, text, "its bid")
    assert quotes and quotes[0].category.value == "other"


def test_supporting_a_bid_stays_a_stance_quote(pipeline):
    text = "Airport bid\n\nThree councillors who supported the bid last year voted against it on Tuesday.\n"
    quotes = _quotes_holding(pipeline, text, "the bid")
    assert quotes and quotes[0].category.value == "stance"


def test_an_instruction_not_to_speak_stays_a_quote_of_its_giver(pipeline):
    text = "Locker room\n\nThe team had told players not to speak to reporters about the injury.\n"
    assert speaker_of(pipeline.analyze(text), "not to speak").text == "The team"


# Kept: "X says …, according to the AP": PolNeAR never nests attributions and gives the outlet
# the whole clause, the inner credit inside (37 train gold contents of "according to" hold a
# "said"/"says"/"told" of their own); newsmine keeps that and the inner speaker's own quote.
def test_a_credit_inside_according_to_an_outlet_keeps_both_quotes(pipeline):
    text = (
        "Campaign\n\nHis campaign manager, Jeff Weaver, says the senator will stay in the race until the "
        "convention, according to the Associated Press.\n"
    )
    record = pipeline.analyze(text)
    speakers = {q.speaker.name for q in record.quotes if "stay in the race" in q.text and q.speaker}
    assert {"Associated Press", "Jeff Weaver"} <= speakers


@pytest.mark.xfail(
    strict=True,
    reason="descriptions._introduced_after gives an indefinite description opening a paragraph "
    "to the person whose title fits named in the next sentences: right in the news lede it is "
    "written for (train: 9 indefinite person descriptions resolved so, a candidate's adviser, a "
    "judge, a spokesman, a diplomat named in the next sentences; the six read were right), wrong when the one named later is a second speaker; nothing in the "
    "words tells the two apart without reading what each said",
)
def test_a_state_senator_is_not_the_senator_named_after_saying_the_opposite(pipeline):
    text = (
        "Budget vote\n\n"
        "A state senator said on Monday that the budget would pass easily.\n\n"
        "Later, Senator Maria Lopez said she would vote against it.\n"
    )
    assert speaker_of(pipeline.analyze(text), "would pass easily").name != "Maria Lopez"


@pytest.mark.xfail(
    strict=True,
    reason="the parse reads 'reopens' as a noun ('pier reopens' a compound subject of 'said'), so "
    "no cue has the clause as its content; with 'will reopen' or a headline before it the quote is "
    "found. A parse error, not a construction: no general rule here",
)
def test_a_one_sentence_article_with_a_present_tense_verb_gives_its_quote(pipeline):
    record = pipeline.analyze("The pier reopens on Friday, harbour master Jana Novak said on Monday.")
    assert any("pier reopens" in q.text for q in record.quotes)


@pytest.mark.xfail(
    strict=True,
    reason="newuser55's vote-count rule makes '6-1' no content; the 'for' phrase's candidates "
    "remain but the model does not keep them in a one-sentence text (PolNeAR gives a vote's "
    "object after 'for' as the content); a threshold matter of the model, not a rule",
)
def test_a_council_vote_for_a_resolution_gives_the_resolution_as_content(pipeline):
    record = pipeline.analyze("The council voted 6-1 for the resolution on Monday.")
    assert any("the resolution" in q.text for q in record.quotes)


@pytest.mark.xfail(
    strict=True,
    reason="the tokenizer splits 'non-profit' into 'non', '-', 'profit' and the parse makes each a "
    "dependent of the verb ('-' and 'profit' two subjects), so the speaker is 'profit', unresolved "
    "(train: 1 such quote of the 6 gold sources holding the word; 'The nonprofit' in one word "
    "resolves). Keeping the word whole is a tokenizer change every cached parse would miss",
)
def test_the_hyphenated_non_profit_is_the_group_named_before(pipeline):
    text = (
        "Pier contest\n\n"
        "The advocacy group Harbor Watch sponsored a contest for new pier designs. "
        "The non-profit said the pier was unsafe.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pier was unsafe").name == "Harbor Watch"
