"""People owned by someone are not that someone. 'Park's biggest boosters said', 'Park's first
three questioners asked', 'Park's inner circle believes', 'Park's forces say': the head names
people round the possessor (followers, questioners, a circle), so the source is unnamed people
(the gold's null), never Park, as 'Park's aides' and 'Park's supporters' already were. The
gathering words ("circle", "forces", "guard", "army", "entourage") count only when owned, and
not by a place ("China's army" is a body). Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes

_LEAD = "Mayor Ellen Park won the primary on Tuesday. "


def _speakers(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker mention, speaker name) of each quote the whole pipeline keeps for ``text``."""
    doc = nlp(text + "\n")
    return [(q.speaker.text if q.speaker is not None else None, q.speaker_name) for q in find_quotes(doc)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Park's biggest boosters in the county said the result was \"a mandate.\"",
        "Park's inner circle believes the council will back her budget.",
        "Park's forces say the council will back her budget.",
        "Park's handlers said she would not take questions.",
        "Park's admirers say she saved the port.",
        "Park's predecessor said the budget was \"a fantasy.\"",
        "Park's old guard says the rules must stay.",
        "Park's running mate said the budget was \"a fantasy.\"",
    ],
)
def test_people_round_the_possessor_are_not_the_possessor(nlp, sentence):
    speakers = _speakers(nlp, _LEAD + sentence)
    owned = [(mention, name) for mention, name in speakers if mention and mention.startswith("Park's")]
    assert owned, speakers
    assert all(name != "Ellen Park" for _, name in owned), owned


def test_the_first_questioners_are_unnamed_people(nlp):
    text = "Mayor Ellen Park held a town hall on Tuesday. Park's first three questioners asked whether the library would close."
    speakers = _speakers(nlp, text)
    assert ("Park's first three questioners", "Park's first three questioners") in speakers, speakers


def test_her_aides_are_still_unnamed(nlp):
    """Guard: the words the lists held before keep their reading."""
    speakers = _speakers(nlp, _LEAD + "Park's aides said the result was \"a mandate.\"")
    assert ("Park's aides", "Park's aides") in speakers, speakers


def test_the_spokesman_named_beside_is_still_named(nlp):
    """Guard: a possessed head with the person named beside it is that person."""
    speakers = _speakers(nlp, _LEAD + "Park's spokesman, Tom Alder, said the result was \"a mandate.\"")
    assert any(name == "Tom Alder" for _, name in speakers), speakers


def test_a_places_army_is_still_a_body(nlp):
    """Guard: a gathering word a place owns is the place's body, as before."""
    speakers = _speakers(nlp, "China's army said the drills near the strait were \"routine.\"")
    assert ("China's army", "China's army") in speakers, speakers
