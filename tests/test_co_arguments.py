"""A description is not the person its own verb has in the other role (speakers/co_arguments.py).

Session 62 left 'She was appointed by the mayor, who called her "…"': the relative "who"
resolves as "the mayor", which went, as a role noun does, to the person just named — the
appointee. Invented text."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in, speaker_of

_APPOINTEE = "New director named\n\nAna Ruiz will lead the city's housing office from March. "


@pytest.mark.parametrize(
    ("sentence", "snippet"),
    [
        ('She was appointed by the mayor, who called her "a tireless advocate for renters."', "tireless advocate"),
        ('She was appointed by the mayor, who called her "the best choice we have."', "best choice"),
        ('Ruiz was chosen by the mayor, who called her "a tireless advocate for renters."', "tireless advocate"),
        ('She thanked the mayor, who called her "a tireless advocate for renters."', "tireless advocate"),
    ],
)
def test_the_agent_or_object_of_her_verb_is_not_her(pipeline, sentence, snippet):
    quote = first_quote_in(pipeline, _APPOINTEE + sentence + "\n", snippet)
    assert quote.speaker is None or quote.speaker.name != "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        # near misses: the mayor named before is still found; "she" speaks of the mayor; a
        # description that is the subject goes, as before, to the person just named
        (
            (
                "New director named\n\nMayor Tom Berg announced the choice on Monday. Ana Ruiz will lead the "
                'city\'s housing office from March. She was appointed by the mayor, who called her "a tireless advocate."\n'
            ),
            "tireless advocate",
            "Tom Berg",
        ),
        (
            _APPOINTEE + 'She thanked the mayor, who she said was "a friend to every renter in this city."\n',
            "a friend to every renter",
            "Ana Ruiz",
        ),
        (
            (
                "New director named\n\nAna Ruiz, a housing lawyer, will lead the city's housing office from March. "
                'The lawyer said she was "ready to start on Monday."\n'
            ),
            "ready to start",
            "Ana Ruiz",
        ),
    ],
)
def test_other_descriptions_keep_their_speaker(pipeline, text, snippet, name):
    assert speaker_of(pipeline.analyze(text), snippet).name == name
