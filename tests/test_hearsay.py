"""'reportedly' as a cue: PolNeAR attributes the clause it sits in, without it, to no source.
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest


def _quotes(nlp, text):
    from newsmine.nlp.quotes import find_quotes

    return [([text[s:e] for s, e in q.parts], q.cue.text if q.cue is not None else None, q.speaker) for q in find_quotes(nlp(text))]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "The harbour board is reportedly making plans to sell the old ferry as it nears the end of its review.\n",
            ["The harbour board is", "making plans to sell the old ferry"],
        ),
        (
            "Both Orlen Foods and Vastra have reportedly looked at the bakery chain and passed.\n",
            ["Both Orlen Foods and Vastra have", "looked at the bakery chain and passed"],
        ),
        (
            "The trail council met on Friday. Reportedly, the treasurer made angry remarks to the volunteers.\n",
            ["the treasurer made angry remarks to the volunteers"],
        ),
    ],
)
def test_the_clause_around_reportedly_is_reported_by_no_one(nlp, text, parts):
    assert any(found == parts and cue.lower() == "reportedly" and speaker is None for found, cue, speaker in _quotes(nlp, text))


def test_reportedly_on_a_verb_of_speech_leaves_the_verb_its_speaker(nlp):
    text = "The ferry captain reportedly said that the engines had failed twice last winter.\n"
    found = _quotes(nlp, text)
    assert not any(cue and cue.lower() == "reportedly" for _, cue, _ in found)
    assert any(cue == "said" and speaker is not None and speaker.text == "The ferry captain" for _, cue, speaker in found)


def test_the_verb_under_reportedly_loses_its_own_attribution_inside_the_clause(nlp):
    text = "Both Orlen Foods and Vastra have reportedly looked at the bakery chain and passed.\n"
    found = _quotes(nlp, text)
    assert [cue for _, cue, _ in found] == ["reportedly"]
