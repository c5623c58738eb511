"""Review of names66's rules (session 66, review66c). Every text here is invented for newsmine.

1. A full name tagged a body whose last word speaks alone is a person (names66) unless the name
   reports of itself as "it" ("Fiat Chrysler said it would recall … Chrysler said"): companies
   named after two people are shortened to the second name too.
2. A one-word person after "the" before a noun, written once (names66 drops it as a common
   word: "The Moon landing"), stays a person before a noun of what a person wrote, proposed or
   had done to them ("the Mueller report", "the Kennedy assassination").
3. A lone "Lee" a paragraph after "President Lee Jae-myung" and "Senator Mike Lee" is the one
   named first, in either order (names66's side effect, kept: the relatives' rule read whatever
   the order of a name's words).
4. A demonym tagged a language after "the" is one of a people ("the Filipino said": names66),
   not before a language's noun ("the Filipino language").
"""

from __future__ import annotations

import pytest

from tests.test_names66_names import _entities, _speakers  # the same article shape as names66's tests

# --- 1. a body speaking of itself ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            'Fiat Chrysler said it would recall 40,000 trucks.\n\n"Safety comes first," Chrysler said on Tuesday.',
            "Fiat Chrysler",
        ),
        (
            'Kraft Heinz said its profits fell in the quarter.\n\n"We are cutting costs," Heinz said on Tuesday.',
            "Kraft Heinz",
        ),
    ],
)
def test_a_company_shortened_to_its_last_word_that_reports_of_itself_stays_a_body(pipeline, body, name):
    surname = name.split()[-1]
    assert _speakers(pipeline, body) == [(name, name, "organisation"), (surname, name, "organisation")]


@pytest.mark.parametrize(
    ("full", "clause"),
    [
        ("Wayra Apaza", "said she would go to court if the pipeline was not built"),
        # "it" of "be" is anyone's
        ("Kathir Velan", "told reporters it was the worst flood in memory"),
    ],
)
def test_a_person_whose_clause_holds_no_body_pronoun_is_still_a_person(pipeline, full, clause):
    surname = full.split()[-1]
    body = f'{full} {clause}.\n\n"This is our water," {surname} said on Wednesday.'
    assert _speakers(pipeline, body) == [(full, full, "person"), (surname, full, "person")]


@pytest.mark.xfail(
    strict=True,
    reason="no sign of a body in the name's sentence ('said profits fell'): 'Kraft' reads as an unlisted "
    "given name and 'Heinz said' as its surname speaking alone, so names66's rule makes a person of it",
)
def test_a_company_shortened_to_its_last_word_without_it_stays_a_body(pipeline):
    body = 'Kraft Heinz said profits fell in the quarter.\n\n"We are cutting costs," Heinz said on Tuesday.'
    assert _speakers(pipeline, body)[0][2] == "organisation"


# --- 2. a person before a noun of their work or fate --------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Mueller report was released on Thursday, Ana Ruiz said.", "Mueller"),
        ("The Schumer bill would raise taxes on oil companies, Ana Ruiz said.", "Schumer"),
        ("The Kennedy assassination changed the country, Ana Ruiz said.", "Kennedy"),
    ],
)
def test_a_person_before_a_noun_of_their_work_or_fate_stays_a_person(pipeline, body, name):
    assert _entities(pipeline, body)[name] == ("PERSON", 1)


# --- 3. a lone "Lee" after a Korean and an American Lee -----------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("President Lee Jae-myung", "Senator Mike Lee", "Lee Jae-myung"),  # names66's side effect
        ("Senator Mike Lee", "President Lee Jae-myung", "Mike Lee"),  # the same before names66
    ],
)
def test_a_lone_lee_a_paragraph_later_is_the_first_named(pipeline, first, second, expected):
    body = f'{first} met {second} in Seoul on Monday.\n\n"We agreed on trade," Lee said.'
    assert _speakers(pipeline, body)[-1] == ("Lee", expected, "person")


# --- 4. a language after "the" before a language's noun -----------------------------------------


def test_the_language_before_a_languages_noun_stays_a_language(pipeline):
    body = "The app was translated into the Filipino language last year, Ana Cruz said."
    assert _entities(pipeline, body)["Filipino"][0] == "LANGUAGE"
