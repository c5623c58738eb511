"""Probe54's rules, each on invented political news (tests/test_probe54_beats.py holds the probe
itself), with near misses beside each where the rule must not fire:

- ``entities/portfolio_holders.py``: 'Secretary of State Helen Garvey said' — the recogniser tags
  "State Helen Garvey" one organisation; the portfolio is cut off and the rest is the person;
- ``entities/modified_descriptors.py``: 'a private security firm, Ironclad Cyber, which …' — a
  body's name in apposition after an article, modifiers and a body's descriptor is a body, not the
  person the recogniser tagged, so "the company said" finds it;
- ``antecedents/agency_names.py``: 'The Centers for Disease Control and Prevention … The agency
  said' — an agency named by a plural head before "for" or "of" fits "the agency";
- ``speakers/named_in_next_apposition.py``: '… after the college's president said she would not
  cancel it. ¶ The president, Laura Pike, wrote …' — a definite description is the person the
  next sentence names in apposition to the same noun, not the person named just before it;
- ``clock_plural_subjects.py``: '… by 11 p.m. Marchers chanted "No justice, no peace!"' — a
  capitalised plural common noun and its verb after a clock time open a new sentence.

Every text here is invented for newsmine.
"""

from __future__ import annotations


def _speaker(pipeline, text: str, snippet: str):
    quotes = [quote for quote in pipeline.analyze(text).quotes if snippet in " ".join(quote.text.split())]
    assert quotes, f"no quote holds {snippet!r}"
    return min(quotes, key=lambda quote: len(quote.text)).speaker


# --- a portfolio tagged with the name after it ------------------------------------------------------

_SAILORS = (
    "Ferry crews freed after night in custody\n\nWASHINGTON — Secretary of State Helen Garvey said she had spoken four "
    'times overnight with the foreign minister.\n\n"Last year, this could have become a crisis," she said.\n'
)


def test_a_secretary_of_state_tagged_with_her_portfolio_is_a_person(pipeline):
    speaker = _speaker(pipeline, _SAILORS, "spoken four times")
    assert (speaker.name, speaker.kind.value) == ("Helen Garvey", "person")


def test_she_after_a_secretary_tagged_with_her_portfolio_is_the_secretary(pipeline):
    assert _speaker(pipeline, _SAILORS, "Last year, this could").name == "Helen Garvey"


def test_an_office_of_a_portfolio_without_a_first_name_stays_a_body(pipeline):
    # near miss: no first name after the portfolio, no person to cut out
    text = "Budget office\n\nWASHINGTON — The Secretary of State Department liaison office said it would publish the figures on Friday.\n"
    assert _speaker(pipeline, text, "publish the figures").kind.value == "organisation"


# --- a body's name after an article, modifiers and a descriptor -------------------------------------


def test_a_security_firm_set_off_after_its_modifiers_is_the_company(pipeline):
    text = (
        "Hackers hit county\n\nThe attack was first made public by a private security firm, Ironclad Cyber, which the "
        "county hired to clean its network. In a report on Thursday, the company said the hackers had used a program "
        "seen in earlier attacks on the FBI.\n"
    )
    assert _speaker(pipeline, text, "the hackers had used").name == "Ironclad Cyber"


def test_a_hyphenated_modifier_before_the_descriptor_counts(pipeline):
    text = (
        "Ballot printing\n\nThe ballots were printed by a family-owned printing company, Marlow Brandt, which the county "
        "has used since 2004. The company said the error came from a file sent by the FBI.\n"
    )
    assert _speaker(pipeline, text, "the error came from").name == "Marlow Brandt"


def test_a_person_set_off_after_a_firm_with_a_first_name_stays_a_person(pipeline):
    # near miss: a first name opens the name after "a small law firm,": a partner, not the firm
    text = (
        "Zoning fight\n\nThe lawsuit was filed by a partner at a small law firm, Dana Whitcomb, who lives near the site. "
        "Whitcomb said the permit was issued without a hearing.\n"
    )
    speaker = _speaker(pipeline, text, "the permit was issued")
    assert (speaker.name, speaker.kind.value) == ("Dana Whitcomb", "person")


# --- "the agency" for an agency named by a plural head ----------------------------------------------


def test_the_agency_after_the_national_institutes_of_health(pipeline):
    text = (
        "Measles cases rise\n\nThe National Institutes of Health said on Monday that it would fund three new vaccine "
        "trials. The agency said in a statement that the first trial would begin in May.\n"
    )
    assert _speaker(pipeline, text, "the first trial would begin").name == "National Institutes of Health"


def test_the_agency_after_the_centers_for_disease_control(pipeline):
    text = (
        "Flu season\n\nThe Centers for Disease Control and Prevention raised its estimate of flu deaths on Friday. The "
        "agency said 12,000 people had died since October.\n"
    )
    assert _speaker(pipeline, text, "12,000 people had died").name == "Centers for Disease Control and Prevention"


def test_the_agency_does_not_fit_a_center_in_the_singular(pipeline):
    # near miss: "Center for …" in the singular is a think tank's name, no agency
    text = (
        "Think tank report\n\nThe Center for American Progress published a report on Tuesday about drug prices. The "
        "agency said the figures were wrong.\n"
    )
    assert _speaker(pipeline, text, "the figures were wrong").name != "Center for American Progress"


# --- a definite description named in apposition in the next sentence -------------------------------

_CAMPUS = (
    "Students protest talk\n\nCARLISLE, Ind. — Hundreds of students rallied on Thursday against a planned speech by the "
    "writer Tom Baxter, a day after the college's {noun} said she would not cancel it.\n\nThe president, Laura Pike, "
    "wrote in a letter to students that the college would not decide which ideas were too dangerous to hear.\n"
)


def test_the_president_is_the_one_named_beside_the_same_noun_next(pipeline):
    assert _speaker(pipeline, _CAMPUS.format(noun="president"), "she would not cancel it").name == "Laura Pike"


def test_a_chief_executive_named_beside_the_same_noun_next(pipeline):
    text = (
        "Hospital merger\n\nNurses at Mercy General picketed on Monday against a merger backed by the developer Sam Ortiz, "
        "hours after the hospital's chief executive said the deal would close in June.\n\nThe chief executive, Grace "
        "Liu, told staff in an e-mail that no jobs would be cut.\n"
    )
    assert _speaker(pipeline, text, "the deal would close in June").name == "Grace Liu"


def test_another_noun_named_next_is_someone_else(pipeline):
    # near miss: "the college's provost" is not "The president, Laura Pike," (nor the writer)
    speaker = _speaker(pipeline, _CAMPUS.format(noun="provost"), "she would not cancel it")
    assert speaker.name not in ("Laura Pike", "Tom Baxter")


# --- a plural subject and its verb after a clock time ------------------------------------------------


def test_a_plural_subject_after_pm_opens_a_sentence(pipeline):
    text = (
        'Vigil downtown\n\nA police spokesman said no arrests had been made by 11 p.m. Marchers chanted "No justice, no '
        'peace!" as they passed the station.\n'
    )
    contents = [quote.text for quote in pipeline.analyze(text).quotes]
    assert "no arrests had been made by 11 p.m." in contents
    assert "No justice, no peace!" in contents


def test_officials_after_pm_are_the_speakers_of_their_sentence(pipeline):
    text = "Turnout\n\nThe polls closed at 8 p.m. Officials said turnout was the highest in 20 years.\n"
    assert _speaker(pipeline, text, "turnout was the highest").text == "Officials"


def test_a_time_zone_after_pm_goes_on_the_sentence(pipeline):
    # near miss: "Eastern" is tagged a proper noun and no verb follows it: the clause goes on
    text = "Debate\n\nThe debate starts at 9 p.m. Eastern and runs for 90 minutes, the network said.\n"
    contents = [quote.text for quote in pipeline.analyze(text).quotes]
    assert "The debate starts at 9 p.m. Eastern and runs for 90 minutes" in contents


def test_weekdays_after_am_go_on_the_sentence(pipeline):
    # near miss: a plural proper noun with no verb after it ("Mondays through Fridays")
    text = "Office\n\nThe office opens at 9 a.m. Mondays through Fridays, a spokesman said.\n"
    contents = [quote.text for quote in pipeline.analyze(text).quotes]
    assert "The office opens at 9 a.m. Mondays through Fridays" in contents
