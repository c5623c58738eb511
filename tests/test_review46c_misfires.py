"""Review46c: the last batch of session 46's rules (probe46d's arts titles, section labels and
kin owned by a pronoun; headline46's event headlines; dateorder46's --date-order) read against
invented news of many kinds. One misfire found: a title word that is also a brand's first word
('Conductor Labs', tagged PERSON whole) was cut off as a title, leaving a person 'Labs'."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_START_UP = (
    "Start-up raises funds\n\n{name}, a Boston software firm, raised $12 million on Tuesday. "
    '"We will hire forty engineers," {name} said in a statement.\n'
)


def test_a_title_word_before_only_a_company_word_stays_in_the_name(pipeline):
    # probe46d made 'conductor' a title: 'Conductor Labs' became a person 'Labs'
    speaker = speaker_of(pipeline.analyze(_START_UP.format(name="Conductor Labs")), "forty engineers")
    assert speaker.name == "Conductor Labs", (speaker.text, speaker.name)


def test_a_title_word_before_a_name_is_still_cut(pipeline):
    # near miss: a conductor's name after the title keeps the title out of the name
    text = (
        "Orchestra opens season\n\nConductor Mei Lin Zhao led the city orchestra on Friday. "
        '"This hall deserves a full house," Conductor Mei Lin Zhao said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "full house").name == "Mei Lin Zhao"


@pytest.mark.xfail(
    strict=True,
    reason="the recogniser tags 'Labs' alone a PERSON after 'Director' (the title outside the span): "
    "a person 'Labs', by another path than the cut title (review46c, left)",
)
def test_a_company_word_tagged_alone_after_a_title_is_no_person(pipeline):
    speaker = speaker_of(pipeline.analyze(_START_UP.format(name="Director Labs")), "forty engineers")
    assert speaker.name == "Director Labs", (speaker.text, speaker.name)
