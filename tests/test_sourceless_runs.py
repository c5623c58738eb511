"""A run of quoted sentences kept under a cue word with no subject ('"…" were provoking
violence. "…"': the writer's verb, the quotation its subject) goes on with the speaker of the
attribution before it, as an orphan quotation does
(:mod:`newsmine.nlp.attribution.sourceless_runs`, session 54). Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in

_LAWYER = "Ruiz, the harbor master's lawyer, argues that her client never urged anyone toward a blockade."


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # Before: no speaker, cue 'stirring up' / 'provoking' (the writer's verb between the quotations).
        (
            _LAWYER + ' "The county is claiming that his radio calls asking boat owners to come to the pier as '
            'witnesses, asking them to bring lanterns . . . to come quietly" were stirring up trouble. "His aim '
            'was to keep the channel open for the ferries and the fishing boats."',
            "The county is claiming",
        ),
        (
            _LAWYER + ' "His radio calls asking boat owners to come to the pier as witnesses, asking them to bring '
            'lanterns" were provoking violence. "His intent was to keep the channel open for the ferries and the boats."',
            "His radio calls",
        ),
    ],
)
def test_a_run_under_a_cue_with_no_subject_goes_on_with_the_speaker_before(pipeline, text, snippet):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == "Ruiz"
    assert quote.cue is None  # the writer's verb is no report of the run


def test_a_run_of_quoted_titles_gets_no_speaker(pipeline):
    # Near miss: short quotations (titles) under 'nominated' are no one's words.
    text = (
        'Ana Ruiz, the festival director, said the lineup was the strongest in years. "The Long Tide" was '
        'nominated for a jury prize. "Harbor Lights" was nominated too.'
    )
    quote = first_quote_in(pipeline, text, "The Long Tide")
    assert quote.speaker is None


def test_a_run_far_from_any_speaker_gets_none(pipeline):
    # Near miss: the attribution before is more than two paragraphs back.
    text = (
        _LAWYER + "\n\nThe harbor was closed for two days in March.\n\nThe ferries ran late all week.\n\n"
        'The county board met on Friday.\n\n"His radio calls asking boat owners to come to the pier as witnesses, '
        'asking them to bring lanterns" were provoking violence. "His intent was to keep the channel open for the '
        'ferries and the boats."'
    )
    quote = first_quote_in(pipeline, text, "His radio calls")
    assert quote.speaker is None
