"""Surname44: a titled surname between relatives named in full ("President Hale" beside Tom Hale
and his older brother Mark Hale). A title one relative is shown to hold goes to that one ("the
Bishop of Northbridge, Thomas Gallagher" … "Bishop Gallagher"); a title no relative is shown to
hold, written in the paper's own words, is not handed to the relative introduced first: the
mention stands apart. Inside a quotation the relative introduced first still takes it. Text
invented for these tests."""

from __future__ import annotations

from tests.conftest import speaker_of


def _entity(record, name):
    matches = [e for e in record.entities if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in record.entities]}"
    return matches[0]


def _titles(record, name):
    return [t.lower() for t in _entity(record, name).titles]


def _mentions(record, name):
    return [m.text for m in _entity(record, name).mentions]


BROTHERS = (
    "Tom Hale opened his campaign in Dayton on Monday. He brought his older brother, Mark Hale, to "
    "vouch for him.\n\n"
    "Critics have long attacked President Hale's handling of the economy.\n\n"
    '"My brother will be a fine leader," the former president told the crowd.'
)

COUPLE = (
    "Ana Reyes filed her papers in Sacramento on Tuesday. Her husband, Luis Reyes, stood beside her.\n\n"
    "Critics attacked Governor Reyes's record on water.\n\n"
    '"We will run on the record," Mrs. Reyes said. Mr. Reyes declined to comment.'
)

FATHER_AND_SON = (
    "Daniel Okoro, 34, announced his bid for the council seat on Friday. His father, Samuel Okoro, "
    "served three terms in Congress.\n\n"
    "Supporters recalled how Senator Okoro had fought for the port. Senator Okoro retired in 2010."
)

CARRIED = (
    "Gov. Ana Reyes filed her papers on Tuesday. Her husband, Luis Reyes, stood beside her.\n\n"
    "Critics attacked Governor Reyes's record on water."
)

QUOTED = (
    "Ana Reyes filed her papers in Sacramento on Tuesday. Her husband, Luis Reyes, stood beside her.\n\n"
    '"I look forward to debating Governor Reyes on water," her opponent said.'
)

COUSINS = (
    "Paul Gallagher, a teacher in Kells, organised the vigil on Sunday. His cousin, the Bishop of "
    "Northbridge, Thomas Gallagher, sent a letter.\n\n"
    "Bishop Gallagher said the parish would stay open."
)


def test_a_title_no_brother_holds_is_not_handed_to_the_one_named_first(pipeline):
    record = pipeline.analyze(BROTHERS)
    assert "president" not in _titles(record, "Tom Hale")


def test_the_former_president_is_not_the_brother_named_first(pipeline):
    record = pipeline.analyze(BROTHERS)
    assert speaker_of(record, "fine leader").name == "Hale"  # not Tom Hale, whom no title names


def test_a_title_no_spouse_holds_is_not_handed_to_the_wife_named_first(pipeline):
    record = pipeline.analyze(COUPLE)
    assert "governor" not in _titles(record, "Ana Reyes")


def test_honorifics_still_pick_the_spouse_of_their_gender(pipeline):
    record = pipeline.analyze(COUPLE)
    assert _mentions(record, "Luis Reyes") == ["Luis Reyes", "Reyes"]
    assert _mentions(record, "Ana Reyes") == ["Ana Reyes", "Reyes"]


def test_a_title_neither_father_nor_son_holds_stays_apart_and_together(pipeline):
    record = pipeline.analyze(FATHER_AND_SON)
    assert "senator" not in _titles(record, "Daniel Okoro")
    assert _mentions(record, "Okoro") == ["Okoro", "Okoro"]  # the two "Senator Okoro" are one


def test_a_title_the_wife_holds_in_full_still_goes_to_her(pipeline):
    record = pipeline.analyze(CARRIED)
    assert _mentions(record, "Ana Reyes") == ["Ana Reyes", "Reyes"]


def test_a_title_inside_a_quotation_still_goes_to_the_relative_named_first(pipeline):
    record = pipeline.analyze(QUOTED)
    assert _mentions(record, "Ana Reyes") == ["Ana Reyes", "Reyes"]


def test_a_title_of_a_body_held_in_apposition_goes_to_its_holder(pipeline):
    record = pipeline.analyze(COUSINS)
    assert _mentions(record, "Thomas Gallagher") == ["Thomas Gallagher", "Gallagher"]
    assert _mentions(record, "Paul Gallagher") == ["Paul Gallagher"]
