"""Probe55's rules, each on invented political news (tests/test_probe55_beats.py holds the probe
itself), with near misses beside each where the rule must not fire:

- ``entities/missed_names.py``: 'LaToya Price, 34, brought her son …' — a given name of the lists
  written with a capital inside it ("LaToya", "DeShawn") opens a person's name the recogniser
  missed, as a given name written "Latoya" does; a word with a capital inside that no list holds
  ("McCain", "DeVos") opens none (``entities/person_labels.py`` reads such a given name as a
  name's capitalised word too, where the recogniser tagged the name a body);
- ``speakers/office_titles.py`` (``government_office_not_held``): '"…," Alvarez, a teller, said. ¶
  According to a lawsuit filed by the city attorney of Los Angeles, …' — a level of government
  before a trade noun names an office, which the speaker just quoted does not hold unless a title
  of theirs says so; the description is not that speaker going on;
- ``speakers/organisations.py`` (``_unnamed_since``): '"We are a public university," Marsh wrote.
  ¶ The university said …' — an indefinite noun after a copula says what a subject is and brings
  in no other body, so "the university" is still the one named before.

Every text here is invented for newsmine.
"""

from __future__ import annotations


def _speaker(pipeline, text: str, snippet: str):
    quotes = [quote for quote in pipeline.analyze(text).quotes if snippet in " ".join(quote.text.split())]
    assert quotes, f"no quote holds {snippet!r}"
    return min(quotes, key=lambda quote: len(quote.text)).speaker


def _people(pipeline, text: str) -> set[str]:
    return {entity.name for entity in pipeline.analyze(text).entities if entity.label == "PERSON"}


# --- a given name with a capital inside it ----------------------------------------------------------

_CLINIC = (
    "Parents line up for lead tests\n\nFLINTRIDGE, Mich. — Dr. Anita Ramirez said the share of children with high lead "
    "levels had doubled.\n\nLaToya Price, 34, brought her son, Marcus, 6, to the clinic on Tuesday. She said she had "
    'bathed him in tap water for a year.\n\n"He gets headaches now," Ms. Price said.\n\nHer brother, Andre Price, said '
    "the pipes were old.\n"
)


def test_a_given_name_with_an_inner_capital_opens_a_missed_name(pipeline):
    assert "LaToya Price" in _people(pipeline, _CLINIC)


_TAGGED_A_BODY = (
    "Parents line up for lead tests\n\nMILLBROOK, Mich. — LaToya Price brought her son to the fire station on Tuesday. "
    "She said she had bathed him in tap water.\n"
)


def test_a_name_tagged_a_body_opening_with_an_inner_capital_given_name_is_a_person(pipeline):
    # the recogniser tags "LaToya Price" an organisation here
    assert _speaker(pipeline, _TAGGED_A_BODY, "bathed him").name == "LaToya Price"


def test_she_after_a_given_name_with_an_inner_capital_is_that_woman(pipeline):
    assert _speaker(pipeline, _CLINIC, "bathed him").name == "LaToya Price"


def test_ms_and_the_surname_is_the_woman_of_an_inner_capital_given_name(pipeline):
    assert _speaker(pipeline, _CLINIC, "gets headaches").name == "LaToya Price"


def test_a_male_given_name_with_an_inner_capital_opens_a_missed_name(pipeline):
    text = (
        "Coach backs players\n\nOMAHA — DeShawn Miles, 19, said on Monday that he had knelt to honor victims of police "
        "shootings.\n"
    )
    assert _speaker(pipeline, text, "he had knelt").name == "DeShawn Miles"


def test_a_word_with_an_inner_capital_that_no_list_holds_opens_no_name(pipeline):
    # near miss: "McCain Institute" and "DeVos Place" are no given name and a surname
    text = (
        "Forum draws crowd\n\nPHOENIX — The McCain Institute held a forum at DeVos Place on Tuesday, and organizers said "
        "the hall was full.\n"
    )
    people = _people(pipeline, text)
    assert not any(name.startswith(("McCain ", "DeVos ")) for name in people), people


# --- a level of government before a trade noun ------------------------------------------------------

_TELLER = "Yesenia Alvarez, a teller, said managers had called employees four times a day.\n\n"


def test_a_city_attorney_is_not_the_teller_just_quoted(pipeline):
    text = _TELLER + (
        "According to a lawsuit filed by the city attorney of Los Angeles, some employees opened accounts for "
        "relatives to meet their quotas.\n"
    )
    speaker = _speaker(pipeline, text, "accounts for relatives")
    assert speaker.name != "Yesenia Alvarez", (speaker.text, speaker.name)


def test_a_county_coroner_is_not_the_teller_just_quoted(pipeline):
    text = _TELLER + "The county coroner said two of the dead had worked at the branch.\n"
    speaker = _speaker(pipeline, text, "two of the dead")
    assert speaker.name != "Yesenia Alvarez", (speaker.text, speaker.name)


def test_the_city_attorney_after_the_city_attorney_quoted_is_she(pipeline):
    # near miss: the speaker's title holds the trade
    text = 'City Attorney Ruth Lee said the bank had misled customers.\n\n"They lied to this city," the city attorney said.\n'
    assert _speaker(pipeline, text, "They lied to this city").name == "Ruth Lee"


def test_the_city_attorney_after_a_city_attorney_in_apposition_is_she(pipeline):
    # near miss: the title in apposition
    text = "Ruth Lee, the city attorney, said the bank had misled customers.\n\nThe city attorney said the suit would be filed on Monday.\n"
    assert _speaker(pipeline, text, "suit would be filed").name == "Ruth Lee"


def test_a_former_teller_after_the_teller_quoted_is_she(pipeline):
    # near miss: no level of government before the trade
    text = _TELLER + '"It was constant," the former teller said.\n'
    assert _speaker(pipeline, text, "It was constant").name == "Yesenia Alvarez"


def test_the_state_senator_after_a_senator_quoted_is_he(pipeline):
    # near miss: an office of no trade noun the rule reads
    text = "Sen. Tom Hale said the bill was dead.\n\n\"It's over,\" the state senator said.\n"
    assert _speaker(pipeline, text, "It's over").name == "Tom Hale"


# --- an indefinite noun after a copula --------------------------------------------------------------

_CAMPUS = (
    "Senator threatens university\n\nSPRINGFIELD, Mo. — State Sen. Dale Hutchins said on Monday that he would try to "
    "cut state money for Ozark State University after four of its football players knelt.\n\n"
)


def test_the_university_after_we_are_a_public_university_is_the_one_named(pipeline):
    text = _CAMPUS + (
        '"We are a public university," Marsh wrote. "We do not punish speech."\n\nThe university said in a statement '
        "that its state money paid for classrooms, not athletics.\n"
    )
    assert _speaker(pipeline, text, "paid for classrooms").name == "Ozark State University"


def test_the_group_after_a_group_brought_in_is_that_group(pipeline):
    # near miss: an indefinite subject brings in another body
    text = (
        "Parents form group\n\nSPRINGFIELD, Mo. — The Ozark Parents Alliance said on Monday that it would sue the "
        "district.\n\nA group of parents who oppose the suit gathered outside the board meeting.\n\nThe group said in a "
        "statement that the suit was a waste of money.\n"
    )
    assert _speaker(pipeline, text, "waste of money").name != "Ozark Parents Alliance"
