"""Quotation shapes of wire copy, text archives and web pages that the marks pairing
(``nlp/quote_marks/``) reads (probe48): typewriter ````…''`` pairs, a quotation mark left
unclosed by a typo before another speaker's quotation, and a block quoted under a lead-in
ending "wrote:" with no marks. Every text here is invented for newsmine; each rule has a near
miss beside it where it must not fire."""

from __future__ import annotations

import pytest

from newsmine.nlp.quote_marks import find_quoted
from tests.conftest import shortest_quote_holding


def _quoted(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in find_quoted(text)]


# --- typewriter pairs: ``…''

def test_typewriter_accents_open_a_quotation_the_apostrophes_close():
    text = "Board delays vote\n\n``We will not rush this,'' said board president Harold Gaines. ``Not for anyone.''"
    assert _quoted(text) == ["We will not rush this,", "Not for anyone."]


def test_a_typewriter_quotation_after_the_cue_is_the_speakers(pipeline):
    text = (
        "Board delays vote on shorter week\n\n"
        "The Pine Ridge board put off its vote on Monday.\n\n"
        "``We are not going to rush this,'' said board president Harold Gaines. "
        "``If it takes another month to get it right, it takes another month.''\n"
    )
    quote = shortest_quote_holding(pipeline.analyze(text), "If it takes another month")
    assert quote.speaker is not None and quote.speaker.name == "Harold Gaines", quote.speaker


def test_grave_accents_with_no_closing_apostrophes_are_no_quotation():
    # near miss: Markdown's inline code, a code fence, accents glued to a word
    text = "Setup guide\n\nRun ``pip install harbour`` first, then ```make``` and wait.\n\nThe word``s stay."
    assert _quoted(text) == []


# --- an unclosed mark (a typo) before another speaker's quotation

_TYPO = (
    "Council leader quits\n\n"
    '"I said I would not lead a council that could not pass a budget," Ashby told the chamber. "Tonight it could not.\n\n'
    '"It is a sad night for the district," said Sandra Kerr, the deputy leader.\n'
)


def test_an_unclosed_mark_does_not_run_into_a_quotation_credited_to_another_name():
    assert _quoted(_TYPO) == [
        "I said I would not lead a council that could not pass a budget,",
        "Tonight it could not.",
        "It is a sad night for the district,",
    ]


def test_the_next_speakers_quotation_is_hers_not_the_unclosed_quotes(pipeline):
    record = pipeline.analyze(_TYPO)
    quote = shortest_quote_holding(record, "It is a sad night")
    assert "Tonight" not in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Sandra Kerr", quote.speaker


def test_a_quote_running_on_and_closed_before_its_own_speakers_name_stays_one_quotation():
    # near miss: the run-on convention, closed before a cue naming the speaker of its first paragraph
    text = (
        "Rally report\n\n"
        '"One kind is a casual hate," Sexton said. "People come out to revel in it.\n\n'
        '"Another kind is nihilistic," Sexton said.\n'
    )
    stretches = find_quoted(text)
    assert [len(s.pieces) for s in stretches] == [1, 2]


def test_a_quote_running_on_and_closed_before_a_pronoun_stays_one_quotation():
    # near miss: a pronoun cannot tell another speaker from the same one
    text = (
        "Rally report\n\n"
        '"One kind is a casual hate," Sexton said. "People come out to revel in it.\n\n'
        '"Another kind is nihilistic," he said.\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 2]


def test_a_quote_running_on_with_no_credit_until_its_last_paragraph_stays_one_quotation():
    # near miss: wire copy credits a run-on quotation at its end; its first paragraph names no
    # speaker, so the name after the closing mark is the whole quotation's, not another's
    text = (
        "Council leader quits\n\n"
        "Councillors rejected the budget by two votes on Wednesday.\n\n"
        '"We have lost a year of work tonight. Nobody in this chamber should be proud of it.\n\n'
        '"It is a sad night for the district," said Sandra Kerr, the deputy leader.\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [2]


# --- a quote running on into a paragraph that is a credited run of its own (session 61)

_OWN_RUN = (
    "Harbour plan splits the council\n\n"
    '"Some of us want the ferries back," Okafor said. "Others want the quay sold to the highest bidder.\n\n'
    '"I have never seen the chamber so divided," Okafor said. "Nobody knows how the vote will go."\n'
)


def test_a_paragraph_credited_in_its_own_run_ends_the_unclosed_quote_before_it():
    assert _quoted(_OWN_RUN) == [
        "Some of us want the ferries back,",
        "Others want the quay sold to the highest bidder.",
        "I have never seen the chamber so divided,",
        "Nobody knows how the vote will go.",
    ]


def test_a_paragraph_credited_by_a_pronoun_in_its_own_run_ends_the_unclosed_quote_before_it():
    text = (
        "Clinic waits grow\n\n"
        '"The waiting room is full by eight," he said. "Some patients give up and go home.\n\n'
        '"We asked for two more nurses in March," he continued. "We are still waiting."\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 1, 1, 1]


def test_the_second_paragraphs_run_is_its_own_credits_not_the_first_quote_running_on(pipeline):
    record = pipeline.analyze(_OWN_RUN)
    quote = shortest_quote_holding(record, "I have never seen the chamber")
    assert "highest bidder" not in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Okafor", quote.speaker
    first = shortest_quote_holding(record, "highest bidder")
    assert "chamber" not in first.text


def test_a_quote_running_on_into_a_paragraph_with_no_credit_of_its_own_stays_one_quotation():
    # near miss: the first paragraph credits no speaker, so the whole quotation is credited at
    # the second paragraph's credit, as wire copy writes it
    text = (
        "Harbour plan splits the council\n\n"
        "The vote on the quay was put off again on Tuesday.\n\n"
        '"Some of us want the ferries back and others want the quay sold.\n\n'
        '"I have never seen the chamber so divided," Okafor said. "Nobody knows how the vote will go."\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [2, 1]


def test_a_quote_running_on_into_a_credit_then_narration_stays_one_quotation():
    # near miss: the second quotation comes after a sentence of narration, not the credit's own
    text = (
        "Harbour plan splits the council\n\n"
        '"Some of us want the ferries back," Okafor said. "Others want the quay sold.\n\n'
        '"I have never seen the chamber so divided," Okafor said. He left before the vote. '
        'The clerk read the result. "It was close."\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 2, 1]


@pytest.mark.parametrize(
    "narration",
    ["Prices continued to rise.", "He continued to argue for the quay."],
)
def test_a_quote_closed_on_a_full_stop_before_narration_is_not_a_credited_run(narration):
    # Failed before review61c: the capitalised subject and 'continued' after a quotation that
    # ends its sentence were read as a credit ('," Okafor continued'), so the unclosed quote
    # stopped at its paragraph's end; they are narration, and the quote runs on
    text = (
        "Harbour plan splits the council\n\n"
        '"Some of us want the ferries back," Okafor said. "Others want the quay sold.\n\n'
        f'"We will see." {narration} "It was close."\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 2, 1]


def test_a_quote_closed_on_a_full_stop_before_a_named_subjects_narration_runs_on():
    # Failed before leftovers62: _credits_another read 'Officials told' after a quotation ending
    # its sentence as another speaker's credit, so the unclosed quote stopped at its paragraph's
    # end; the words are narration, and the quote runs on (review61c's guard, now in both tests)
    text = (
        "Harbour plan splits the council\n\n"
        '"Some of us want the ferries back," Okafor said. "Others want the quay sold.\n\n'
        '"We will see." Officials told the council to wait. "It was close."\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 2, 1]


def test_another_speakers_credit_after_a_comma_still_ends_the_unclosed_quote():
    # near miss: the next paragraph credited to another name after a comma is that speaker's
    text = (
        "Harbour plan splits the council\n\n"
        '"Some of us want the ferries back," Okafor said. "Others want the quay sold.\n\n'
        '"We will see," said Sandra Kerr, the clerk.\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 1, 1]


def test_a_credited_run_after_a_comma_still_ends_the_unclosed_quote_before_it():
    # near miss of the full-stop guard: the same paragraph credited after a comma
    text = (
        "Harbour plan splits the council\n\n"
        '"Some of us want the ferries back," Okafor said. "Others want the quay sold.\n\n'
        '"We will see," he continued. "It was close."\n'
    )
    assert [len(s.pieces) for s in find_quoted(text)] == [1, 1, 1, 1]


# --- a block quoted under "… wrote:" with no marks

_BLOCK = (
    "Mayor's late post draws rebuke\n\n"
    "The mayor of Castlebridge, Priya Shah, posted a message shortly before midnight on Sunday.\n\n"
    "Shah wrote:\n\n"
    "We offered 4 per cent. We offered it twice. Every day this goes on, the rubbish on our streets is the union's choice.\n\n"
    "— Priya Shah (@MayorPriyaShah) June 7, 2026\n\n"
    "The post had been viewed more than 200,000 times by Monday.\n"
)


def test_a_paragraph_under_a_lead_in_ending_wrote_and_a_colon_is_a_quotation():
    assert _quoted(_BLOCK) == [
        "We offered 4 per cent. We offered it twice. Every day this goes on, the rubbish on our streets is the union's choice."
    ]


def test_the_quoted_block_is_the_lead_ins_speakers(pipeline):
    record = pipeline.analyze(_BLOCK)
    quote = shortest_quote_holding(record, "We offered it twice")
    assert quote.speaker is not None and quote.speaker.name == "Priya Shah", quote.speaker
    assert "the union's choice" in quote.text and "@MayorPriyaShah" not in quote.text


def test_a_speech_excerpt_under_said_and_a_colon_with_a_phrase_between_is_a_quotation():
    text = (
        "Governor's old words resurface\n\n"
        "In a speech last July in Austin, he said:\n\n"
        "Let no one be mistaken about what this campaign is.\n"
    )
    assert _quoted(text) == ["Let no one be mistaken about what this campaign is."]


def test_a_quoted_blocks_lines_run_on_to_the_next_blank_line_words_quoted_inside_included():
    text = (
        "Columnist on the film\n\n"
        "The column ran on Sunday.\n\n"
        "Hewitt writes:\n\n"
        "The film names neither the mayor nor his deputy, but the \u201cimpression\u201d it leaves is plain.\n"
        "In fact, it says they did nothing at all.\n\n"
        "The film opens on Friday.\n"
    )
    stretches = find_quoted(text)
    assert [[text[a:b] for a, b in s.pieces] for s in stretches] == [
        ["The film names neither the mayor nor his deputy, but the \u201cimpression\u201d it leaves is plain.",
         "In fact, it says they did nothing at all."]
    ]


def test_an_embeds_credit_line_right_under_the_block_is_no_part_of_it():
    # near miss: the credit opens with a dash on the block's next line, no blank line between
    text = _BLOCK.replace("union's choice.\n\n— Priya", "union's choice.\n— Priya")
    assert [s.pieces[-1][1] for s in find_quoted(text)] == [text.index("— Priya") - 1]


def test_in_copy_of_one_paragraph_a_line_the_quoted_block_is_its_one_line():
    # near miss: with no blank lines setting paragraphs apart, the next line is the story's own
    text = "Columnist on the film\nHewitt writes:\nThe film names neither the mayor nor his deputy.\nThe film opens on Friday.\n"
    assert _quoted(text) == ["The film names neither the mayor nor his deputy."]


def test_a_paragraph_under_a_things_adds_or_a_nouns_posts_is_no_quotation():
    # review48b: 'adds' after a thing is 'includes', not speech; 'posts' is a noun too
    texts = [
        "Budget\n\nThe new budget adds:\n\nThree new parks and a library on Mill Road.\n\nThe council votes next week.\n",
        "Budget\n\nThe mayor said the plan adds:\n\nThree new parks\nA bus lane on Main Street\n",
        "Hiring\n\nThe health agency still has 40 open posts:\n\nMost are in nursing and midwifery.\n",
    ]
    for text in texts:
        assert _quoted(text) == [], text


def test_a_paragraph_under_a_name_or_pronoun_that_added_or_posted_is_a_quotation():
    # near miss of the narrowing: a person's 'added:' and 'posted:' still open a block
    texts = [
        "Strike talks\n\nThe mayor was blunt.\n\nShah added:\n\nWe will not pay a penny more.\n",
        "Strike talks\n\nLater that night she posted on Facebook:\n\nWe will not pay a penny more.\n",
        "Strike talks\n\nThe spokesman, Tom Reyes, added in a statement:\n\nWe will not pay a penny more.\n",
    ]
    for text in texts:
        assert _quoted(text) == ["We will not pay a penny more."], text


# Fixed by seen49 (review48b's strict xfail): a "What <a thing> says:" subhead heads the writer's
# summary (quote_marks.block_quotes._explainer_subhead).
@pytest.mark.parametrize("subhead", ["What the law says:", "What the new ruling says:", "Here's what the ordinance states:"])
def test_a_summary_under_an_explainers_what_the_law_says_subhead_is_no_quotation(subhead):
    text = (
        f"Rent rules explained\n\nThe council passed the ordinance on Tuesday.\n\n{subhead}\n\n"
        "Landlords must give tenants 90 days' notice before raising rent by more than 5 per cent.\n"
    )
    assert _quoted(text) == []


@pytest.mark.parametrize("subhead", ["What the senator said:", "What he said:", "What Ruiz wrote:", "What the officials said:"])
def test_a_what_subhead_on_a_person_still_heads_a_quotation(subhead):
    # near misses of the explainer's subhead: a person's words under "What <a person> said:"
    text = (
        f"Rent rules explained\n\nThe council passed the ordinance on Tuesday.\n\n{subhead}\n\n"
        "Landlords must give tenants 90 days' notice before raising rent by more than 5 per cent.\n"
    )
    assert _quoted(text) == ["Landlords must give tenants 90 days' notice before raising rent by more than 5 per cent."]


def test_paragraphs_under_other_colons_are_no_quotation():
    # near misses: a caption, a list, a heading, a bullet under "said:", a lower-case start,
    # a paragraph that only happens to end on "said:" after a long sentence
    texts = [
        "Ad launched\n\nWatch the ad below:\n\nTeachout is an academic who is building her campaign.",
        "Plan\n\nAreas where the senator wants changes include:\n\nVoter participation in every state.",
        "Paper\n\nCORRECTION:\n\nAs published in the international edition.",
        "Debate\n\nThe senator said:\n\n- lower fares for every commuter.",
        "Debate\n\nThe senator said:\n\n@harbourtransit fares are too high.",
        "Debate\n\nThe senator said:\n\nthe fares are too high, a point she repeated.",
        "Debate\n\n" + "The long hearing ran late into the evening and covered the fares, the depots and the drivers. " * 4
        + "Afterwards, the senator said:\n\nFares will rise in May.",
    ]
    for text in texts:
        assert _quoted(text) == [], text
