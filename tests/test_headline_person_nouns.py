"""A headline's noun for a person before a name the body writes without it is no first name
(:func:`newsmine.nlp.entities.name_spans._person_noun`, probe65): "Teenager Wei Lan stuns …"
over a body that writes "Wei Lan" and then "Wei" (a family name written first). Invented
articles; the fixed one left "Wei" a person of its own before the rule."""

from __future__ import annotations

import pytest

_DATED = "{headline}\n\nBy Rafael Ortega\n\nApril 11, 2016\n\n{body}\n"


def _speaker_names(pipeline, headline, body):
    record = pipeline.analyze(_DATED.format(headline=headline, body=body))
    return [q.speaker.name for q in record.quotes if q.speaker is not None and q.cue is not None]


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        ("Teenager Wei Lan stuns former champion in Candidates chess tournament",
         'Wei Lan, 17, beat the former champion Viktor Sorokin on Sunday.\n\n"I did not expect him to take the '
         'pawn," Wei said.', "Wei Lan"),
        ("Veteran Zhou Ming takes lead at Shanghai Masters after third round",
         'Zhou Ming, 38, shot a 66 on Saturday.\n\n"I am too old to be nervous," Zhou said.', "Zhou Ming"),
    ],
)
def test_headline_person_noun_is_cut_from_the_name(pipeline, headline, body, name):
    assert _speaker_names(pipeline, headline, body) == [name]


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        # the headline opens on the name itself: nothing to cut
        ("Wei Lan stuns former champion in Candidates chess tournament",
         'Wei Lan, 17, beat the former champion Viktor Sorokin on Sunday.\n\n"I did not expect him to take the '
         'pawn," Wei said.', "Wei Lan"),
        # a known first name after the noun was cut so already
        ("Teenager Tom Reyes stuns former champion in Candidates chess tournament",
         'Tom Reyes, 17, beat the former champion Viktor Sorokin on Sunday.\n\n"I did not expect him to take the '
         'pawn," Reyes said.', "Tom Reyes"),
    ],
)
def test_headline_name_without_a_person_noun_is_unchanged(pipeline, headline, body, name):
    assert _speaker_names(pipeline, headline, body) == [name]
