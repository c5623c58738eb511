"""A verb that goes on a series of relative clauses speaks for their relative pronoun.

'… the mayor who questions the board, who fights with reporters, claims that …, and asserts
that …': the parse hangs 'claims' on the main verb ('This was …') and 'asserts' on the clause
'claims' reports, so they took the main clause's subject and the reported clause's. A
subjectless finite verb after a comma goes on the relative clause the comma closes when that
clause is one of a series (a second relative after a comma, or the same auxiliary repeated:
'who has called for …, has said …'); not a verb after ', and' right after one relative clause,
nor a series of the main verb. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest


def _speaker_of(pipeline, text: str, cue: str) -> str | None:
    found = [q for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.text == cue]
    assert found, f"no quote with the cue {cue!r}: {[(q.text, q.cue and q.cue.text) for q in pipeline.analyze(text).quotes]}"
    speaker = found[0].speaker
    return speaker.text if speaker is not None else None


MAYOR = (
    "This was the mayor we all knew, the mayor who questions the loyalty of the harbor board, who fights "
    'with reporters, claims that the Gazette "takes its orders" from the governor, and asserts that the '
    'ferry company is "robbing us."'
)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (MAYOR, "claims"),  # hung on 'was': the speaker was 'This'
        (MAYOR, "asserts"),  # hung on 'takes' inside what 'claims' reports: 'the Gazette'
        (
            "It is unclear whether voters will warm to a governor who has called for \"a hundred new prisons,\" "
            'has said of smugglers that "they should all be shot" and who is willing to repeat rumors.',
            "said",
        ),
        (
            "She is the kind of senator who votes against every budget, who skips committee hearings, warns "
            'that the state is "going broke" and never says how she would fix it.',
            "warns",
        ),
    ],
)
def test_a_verb_going_on_a_series_of_relative_clauses_speaks_for_the_relative_pronoun(pipeline, text, cue):
    assert _speaker_of(pipeline, text, cue) == "who"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # ', and' right after a single relative clause: the main clause goes on
        ('The mayor praised the workers who stayed, and said, "We need a bigger crew by spring."', "said", "The mayor"),
        ('The mayor praised the workers who stayed but said, "We need a bigger crew by spring."', "said", "The mayor"),
        # a series of the main verb after a relative clause
        ('She toured the plant that makes ferries, met workers, and said the yard "will stay open."', "said", "She"),
        ('She toured the plant that makes ferries, met workers and said the yard "will stay open."', "said", "She"),
        # a verb with a subject of its own after the series
        (
            "This was the mayor who questions the board, who fights with reporters, and the governor said the "
            'city "deserves better."',
            "said",
            "the governor",
        ),
        # review59b: a series set off after its subject, the verb then the subject's own
        (
            'The mayor, who questions the board, who fights with reporters, said the Gazette "takes its orders."',
            "said",
            "The mayor",
        ),
        ('The governor, who has called for new prisons, has said that smugglers "should be shot."', "said", "The governor"),
        ('Reporters who covered the trial, who interviewed the jurors, say the verdict was "a surprise."', "say", "Reporters"),
        ('The board, which meets on Mondays, which has nine members, said that fares "will rise."', "said", "The board"),
    ],
)
def test_a_verb_outside_a_series_of_relative_clauses_keeps_its_speaker(pipeline, text, cue, speaker):
    assert _speaker_of(pipeline, text, cue) == speaker
