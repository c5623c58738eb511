"""A quotation right after a report of a report goes on with that report's content.

'"X," Obama said of the families, according to a pool report. "Y."': the pool report's
content is the quotation and the words up to 'according to', and the quoted sentence after
it continues that content, as after '"X," he said. "Y."'. Every text here is invented for
newsmine.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday.\n\n"
        '"We will not back down," Mayor Ana Reyes said of the ferry budget, according to the Harbour Gazette. '
        '"The budget stands as it was written in March."\n',
        "The council met on Monday.\n\n"
        '"We will not back down," the mayor told reporters after the vote, according to the Harbour Gazette. '
        '"The budget stands as it was written in March."\n',
    ],
)
def test_a_quotation_after_a_nested_report_continues_its_content(pipeline, text):
    quotes = pipeline.analyze(text).quotes
    held = [q for q in quotes if "The budget stands" in q.text]
    assert len(held) == 1
    assert "We will not back down" in held[0].text
    assert held[0].speaker is not None and held[0].speaker.text == "the Harbour Gazette"



@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            (
                'Ruiz told Channel 4 News that "the gunman shot at the guards, according to the police who '
                'arrested him."\n'
            ),
            "Ruiz",
        ),
        (
            'The mayor told French radio station RTL that "the truck drove into the crowd, according to the police."\n',
            "The mayor",
        ),
    ],
)
def test_according_to_inside_the_quotation_marks_is_the_speakers_own_words(pipeline, text, speaker):
    """The parse hangs 'according to' on 'told', but inside the quotation marks the phrase is
    what the speaker said, not an account the writer reports her through."""
    quotes = pipeline.analyze(text).quotes
    held = [q for q in quotes if "according to the police" in q.text]
    assert len(held) == 1
    assert held[0].speaker is not None and held[0].speaker.text == speaker
    assert held[0].cue is not None and held[0].cue.text == "told"
