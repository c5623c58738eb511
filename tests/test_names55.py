"""Speaker names of session 55 (names55): a bare surname after two relatives named together by
"and". Every text here is invented for newsmine.

"President Barack Obama and first lady Michelle Obama visited …. '…,' Obama said": the rule that
gives a bare surname to the relative named in full just before it (``cluster_builder.
_named_in_full_just_before``) took the conjunction's second member for the one just named, so the
president's words went to his wife. A conjunction names both at once, and news name first the one
they are about: the bare surname is now the first member's (``namesake_cues._joined_after_another``,
beside the apposition of a relative that rule already passes over)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_VISIT = '{headline}\n\n{pair} toured the flooded town on Monday. "We will rebuild every home," {speaker} said.\n'


@pytest.mark.parametrize(
    ("pair", "speaker", "name"),
    [
        ("President Barack Obama and first lady Michelle Obama", "Obama", "Barack Obama"),
        ("Sen. Tom Hale and his wife, Ann Hale,", "Hale", "Tom Hale"),  # the wife set beside "his wife"
        ("Mayor Ann Hale and her husband Tom Hale", "Hale", "Ann Hale"),  # the mayor first, the husband beside the noun
        ("Former President Bill Clinton and Chelsea Clinton", "Clinton", "Bill Clinton"),
        ("House Democratic Leader Nancy Pelosi and her daughter Christine Pelosi", "Pelosi", "Nancy Pelosi"),
    ],
)
def test_a_bare_surname_after_two_relatives_joined_by_and_is_the_first(pipeline, pair, speaker, name):
    record = pipeline.analyze(_VISIT.format(headline="Leaders tour flood zone", pair=pair, speaker=speaker))
    assert speaker_of(record, "rebuild every home").name == name


def test_the_first_member_even_when_another_relative_was_introduced_earlier(pipeline):
    text = (
        "Trumps arrive in Ohio\n\nIvanka Trump spoke at a factory in Ohio on Monday.\n\n"
        "On Tuesday, Donald Trump and his wife, Melania Trump, arrived in Cleveland. "
        '"We will rebuild every home," Trump said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "rebuild every home").name == "Donald Trump"


_FLOOD_TOUR = 'Flood tour\n\n{before} "We will rebuild every home," {speaker} said.\n'


@pytest.mark.parametrize(
    ("before", "speaker", "name"),
    [
        # an honorific still tells the relatives apart
        ("President Barack Obama and first lady Michelle Obama toured the town.", "Mrs. Obama", "Michelle Obama"),
        # the relative named alone, last, in a sentence or clause of her own: still the one just named
        ("Sen. Tom Hale toured the town on Monday. His wife, Ann Hale, spoke at the school.", "Hale", "Ann Hale"),
        ("Sen. Tom Hale toured the town on Monday, and Ann Hale spoke at the school.", "Hale", "Ann Hale"),
        # joined to someone of another surname: she is just named, first or last
        ("Tom Hale, a farmer, met Gov. Ann Hale and Sen. Dana Price on Monday.", "Hale", "Ann Hale"),
        ("Tom Hale, a farmer, met Sen. Dana Price and Gov. Ann Hale on Monday.", "Hale", "Ann Hale"),
    ],
)
def test_near_misses_keep_the_relative_named_just_before(pipeline, before, speaker, name):
    record = pipeline.analyze(_FLOOD_TOUR.format(before=before, speaker=speaker))
    assert speaker_of(record, "rebuild every home").name == name
