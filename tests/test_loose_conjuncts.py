"""The first of two subjects the parse leaves side by side speaks
(:mod:`newsmine.nlp.attribution.sources.loose_conjuncts`, sources65): 'Costs will rise, the
mayor, Ana Ruiz, and the council said.' Invented sentences; each fixed case gave the second
subject ('the council', 'her deputy') before the rule."""

from __future__ import annotations

import pytest

from tests.conftest import only_quote


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"Costs will rise," the mayor, Ana Ruiz, and the council said.', "Costs will rise,"),
        ("Costs will rise, the mayor, Ana Ruiz, and the council said.", "Costs will rise"),
        ("The pool will close in June, the mayor, Ana Ruiz, and her deputy said.", "The pool will close in June"),
    ],
)
def test_first_of_two_subjects_set_off_speaks(pipeline, text, content):
    quote = only_quote(pipeline, text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz", quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        # the parse's own conjunction: the first subject already
        ("Costs will rise, the mayor and the council said.", "the mayor"),
        # the 'and' joins two clauses, not two subjects of the cue: the cue's own subject speaks
        ("The mayor, Ana Ruiz, spoke first, and the council said costs will rise.", "the council"),
    ],
)
def test_subject_with_no_loose_conjunct_before_it_is_unchanged(pipeline, text, speaker_text):
    speaker = only_quote(pipeline, text).speaker
    assert speaker is not None and speaker.text == speaker_text



@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        # the first member's head is the party letter the parse hung 'and' on: the phrase built
        # from it closes the parenthesis it opened (it ended 'Ada Moss (D' before)
        ("Former Gov. Ada Moss (D) and Gov. Ray Tull (R) said the vote would be close.", "Former Gov. Ada Moss (D)"),
        # near misses: a speaker phrase that opens no parenthesis leaves the one after it out
        ('"We will win," said Rep. Jo Lane (R-Ohio).', "Rep. Jo Lane"),
        ("The vote will be close, the senator said (though aides disagreed).", "the senator"),
    ],
)
def test_speaker_phrase_closes_only_a_parenthesis_it_opened(pipeline, text, speaker_text):
    speaker = only_quote(pipeline, "Vote day\n\n" + text).speaker
    assert speaker is not None and speaker.text == speaker_text
