"""A full name whose first name no list knows, its surname never tagged (session 65, names65b).

"Mpho Ndlovu said …", later "Ndlovu said": the small model tags neither, no list knows "Mpho",
so the first quote went to "Mpho Ndlovu" as written and the later one to a person "Ndlovu" of
its own. A one-word singular proper noun that speaks alone elsewhere in the article now counts
as a bare surname as a PERSON tag does, and the unlisted first name before it joins it; the
checks on the first name stay (no title, day, place, word the article writes in lower case,
function word). Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes

_HEADLINE = "Residents demand clean water."


def _speakers(nlp, body: str) -> list[str | None]:
    """The speaker names of the article's quotes after the first (the headline's "Residents")."""
    doc = nlp(_HEADLINE + "\n" + body + "\n")
    return [q.speaker_name for q in find_quotes(doc)][1:]


@pytest.mark.parametrize(
    ("given", "surname"),
    [
        ("Mpho", "Ndlovu"),  # Zulu
        ("Olumide", "Bakare"),  # Yoruba
        ("Anbu", "Selvam"),  # Tamil
        ("Mere", "Tawhai"),  # Maori
    ],
)
def test_the_later_bare_surname_is_the_person_named_in_full(nlp, given, surname):
    body = (
        f"{given} {surname} said the community had waited six years for a pipeline.\n\n"
        f'"This is our water," {surname} said on Wednesday.'
    )
    assert _speakers(nlp, body) == [f"{given} {surname}"] * 2


def test_a_surname_that_speaks_after_told(nlp):
    """The full name speaks with another cue ("told reporters"), the surname later alone."""
    body = (
        "Protesters marched on Tuesday. Muthu Pandian told reporters the community had waited six years.\n\n"
        '"This is our water," Pandian said.'
    )
    assert _speakers(nlp, body) == ["Muthu Pandian"] * 2


def test_a_full_name_tagged_an_organisation(nlp):
    """The recogniser tags 'Wayra Apaza' whole a body; names66 makes it a person (its surname
    speaks alone later)."""
    body = (
        "Wayra Apaza said the community had waited six years for a pipeline.\n\n"
        '"This is our water," Apaza said on Wednesday.'
    )
    assert _speakers(nlp, body) == ["Wayra Apaza"] * 2


@pytest.mark.parametrize("before", ["Yesterday", "When", "Minister", "Coach", "But"])
def test_a_word_before_the_surname_that_is_no_first_name(nlp, before):
    """Guard: a day word, a function word or a title before the surname opens no name."""
    body = (
        f"{before} Ndlovu said the community had waited six years for a pipeline.\n\n"
        '"This is our water," Ndlovu said on Wednesday.'
    )
    assert not any(name and name.startswith(before) for name in _speakers(nlp, body))


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (  # a plural proper noun speaks as a group
            'Even Latino Republicans criticised the plan. "It is a mistake," Republicans said on Friday.',
            "Latino Republicans",
        ),
        (  # a function word before a firm's one-word name
            (
                "Small advisers are winning bigger deals this year.\n\nBesides Peakview, the list of rivals includes "
                'Lazlo, Evermore Partners and others. Some have been around for decades.\n\n"Our clients stay with '
                'us," Peakview said in a statement.'
            ),
            "Besides Peakview",
        ),
        (  # a platform speaks alone as a company
            "Members list their home as Wilayat Twitter on their pages. \"We remove such accounts,\" Twitter said.",
            "Wilayat Twitter",
        ),
    ],
)
def test_bodies_that_speak_alone_take_no_first_name(nlp, body, wrong):
    """Guards: a plural, a function word before the name, a platform."""
    assert wrong not in _speakers(nlp, body)
