"""Speaker names of session 47 (names47): a participle right after the named object of a
preposition ('interviewed about Bishop Ana Ramos calling the festival a sham', 'tempers flared
over Mayor Dana Whitfield calling the strike illegal', 'the spectacle of Mr. Voss denouncing the
council') has that name for its subject. The parse hangs such a participle on the verb, or on the
noun the preposition belongs to, and the verb's subject (or that noun) was taken as its speaker.
"with" already had the rule for any noun ('closed with Rachel Lindqvist asking'). Every text here
is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_names44_parenthetical_cues import _quotes


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # the participle hung on the passive 'interviewed', whose subject was taken
            "Our reporter Tom Blake will be interviewed about Ana Ramos calling the festival a sham.",
            ("the festival a sham", "calling", "Ana Ramos"),
        ),
        (  # hung on 'flared': 'Tempers' spoke
            "Tempers flared at the council meeting over Mayor Dana Whitfield calling the dock strike illegal.",
            ("the dock strike illegal", "calling", "Dana Whitfield"),
        ),
        (  # 'despite': the council did not say it
            "The harbor council voted for the new bridge despite Dana Whitfield saying the design was unsafe.",
            ("the design was unsafe", "saying", "Dana Whitfield"),
        ),
        (  # 'of' after a noun that is no speaker: 'the spectacle' did not denounce anyone
            "The evening ended with the spectacle of Mayor Dana Whitfield denouncing the port authority.",
            ("the port authority", "denouncing", "Dana Whitfield"),
        ),
    ],
)
def test_a_participle_after_a_prepositions_named_object_is_that_names(nlp, text, quote):
    quotes = _quotes(nlp, text)
    assert quote in quotes, quotes


@pytest.mark.parametrize(
    ("text", "cue", "not_speaker"),
    [
        # guard: 'of' after a noun that speaks itself; the member calls, not Congress
        ("A member of Congress calling for an inquiry into the port deal met the mayor on Monday.", "calling", "Congress"),
        # guard: a plural after 'of' is a group of whom some speak, not the party
        ("The share of Republicans saying the port should close rose to 40 percent this year.", "saying", "Republican Party"),
        # guard: a place after 'in' is no subject of the participle
        ("Governor Tom Blake spoke in Ohio calling for calm after the floods.", "calling", "Ohio"),
        # guard: a comma after the name sets the participle off; the subject of the clause speaks
        (
            "Reporters questioned Governor Tom Blake about Dana Whitfield, saying the inquiry had stalled.",
            "saying",
            "Dana Whitfield",
        ),
    ],
)
def test_a_participle_after_a_speaking_noun_a_place_or_a_comma_keeps_its_speaker(nlp, text, cue, not_speaker):
    quotes = _quotes(nlp, text)
    assert any(c == cue for _, c, _ in quotes), quotes
    assert not any(c == cue and name == not_speaker for _, c, name in quotes), quotes


def test_the_absolute_with_still_takes_its_noun(nlp):
    text = "The hearing closed with Dana Whitfield asking the minister whether the port would reopen."
    quotes = _quotes(nlp, text)
    assert any(cue == "asking" and name == "Dana Whitfield" for _, cue, name in quotes), quotes


@pytest.mark.xfail(
    strict=True,
    reason="a letters page's sign-off line ('Ernie Walsh.' alone on its line) outranks the man the "
    "letters speak of as the antecedent of a 'He' in the next letter; a name alone on a line may also "
    "head a profile whose 'He' is that name, so no rule was written (names47 saw it on train as a "
    "knock-on of its participle rule)",
)
def test_a_letters_sign_off_is_no_antecedent_of_the_next_letters_he(nlp):
    text = (
        "Letters to the editor.\n\nMayor Tom Blake is such a con artist. It amazes me that more people can't see "
        "through the lies he tells.\n\nErnie Walsh.\n\nPortland, Ore.\n\nEveryone can see this man is a fraud "
        "except his followers. He knows the harbor scheme will expose him for what he is."
    )
    quotes = _quotes(nlp, text)
    assert any(cue == "knows" and name == "Tom Blake" for _, cue, name in quotes), quotes


@pytest.mark.xfail(
    strict=True,
    reason="a pollster the recogniser tags a place ('Quinnipiac') after 'polls from' is no author "
    "(author_entities._author_entity takes people and bodies only; named_authors._pollster_named_as_place reads a name "
    "before the poll's noun), so polls cited with 'in' have no speaker (names47's sample, one source)",
)
def test_polls_from_a_pollster_tagged_a_place_are_the_pollsters(nlp):
    text = (
        "The mayor finished ahead of the governor in recent polls from Quinnipiac and the Harbor Ledger, by 8 "
        "points and 11 points."
    )
    quotes = _quotes(nlp, text)
    assert any(cue == "in" and name == "Quinnipiac" for _, cue, name in quotes), quotes
