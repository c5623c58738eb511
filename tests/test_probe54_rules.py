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


# --- review54: a sceptical reviewer's near misses for each rule above --------------------------------
# Every text is invented. The portfolio, agency and apposition rules held on all of these; the
# descriptor rule misfired on a person's trade and on a firm hanging on a person's noun ("the founder
# of a small software company, Name,"), the clock rule on a weekday in the plural: now guarded.

import pytest  # noqa: E402  (kept beside the review's tests it serves)

_SECRETARIES = [
    ("Secretary of State Hillary Clinton", "Hillary Clinton", "she"),
    ("Secretary of Defense Ash Carter", "Ash Carter", "he"),
    ("Secretary of Homeland Security Jeh Johnson", "Jeh Johnson", "he"),
    ("Secretary of Labor Tom Perez", "Tom Perez", "he"),
    ("Minister of Finance Bill Morneau", "Bill Morneau", "he"),
    ("Minister of Justice Jordan Haddad", "Jordan Haddad", "he"),  # a first name that is a country too
]


@pytest.mark.parametrize(("titled", "name", "pronoun"), _SECRETARIES)
def test_a_secretary_or_minister_is_kept_whole_and_a_person(pipeline, titled, name, pronoun):
    text = (
        f"Talks resume\n\nCAPITAL — {titled} said on Monday that the talks would resume in March.\n\n"
        f'"We are not there yet," {pronoun} said.\n'
    )
    speaker = _speaker(pipeline, text, "talks would resume")
    assert (speaker.name, speaker.kind.value) == (name, "person")
    assert _speaker(pipeline, text, "We are not there yet").name == name


def test_the_secretary_of_states_office_stays_a_body(pipeline):
    # near miss: "Secretary of State's office" holds no name after the portfolio
    text = "Petitions\n\nThe Secretary of State's office said it had received 4,000 petitions by Friday.\n"
    assert _speaker(pipeline, text, "4,000 petitions").kind.value == "organisation"


def test_a_secretary_whose_first_name_is_a_place_is_a_person(pipeline):
    text = "Ballots\n\nRICHMOND — Secretary of State Virginia Hale said the ballots would be counted by Friday.\n"
    speaker = _speaker(pipeline, text, "ballots would be counted")
    assert (speaker.name, speaker.kind.value) == ("Virginia Hale", "person")


# seen54: a place's name as a first name after the portfolio (portfolio_holders._place_first_name),
# and the offices whose capitalised words read as no one's name


def test_a_secretary_whose_first_name_is_a_country_is_a_person(pipeline):
    text = "Talks\n\nTBILISI — Secretary of State Georgia Banks said on Monday that the talks would resume in March.\n"
    speaker = _speaker(pipeline, text, "talks would resume")
    assert (speaker.name, speaker.kind.value) == ("Georgia Banks", "person")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an office's capitalised words after the portfolio, no place opening them
        "Filings\n\nThe Secretary of State Elections Division said the filings would be checked by Friday.\n",
        "Filings\n\nThe office of the Secretary of State Business Services said the filings would be checked by Friday.\n",
    ],
)
def test_an_office_after_a_portfolio_is_no_person(pipeline, text):
    speaker = _speaker(pipeline, text, "filings would be checked")
    assert speaker.kind.value != "person"


def test_a_place_and_a_body_word_after_a_portfolio_is_no_person():
    # near miss: "Virginia Department" opens with a place and ends like a body's name: no one's
    import spacy
    from spacy.tokens import Span

    from newsmine.nlp.entities.portfolio_holders import person_after_portfolio

    doc = spacy.blank("en")("Secretary of State Virginia Department said")
    span = Span(doc, 2, 5, label="ORG")
    assert person_after_portfolio(span) is span
    doc = spacy.blank("en")("Secretary of State Virginia Hale said")
    assert person_after_portfolio(Span(doc, 2, 5, label="ORG")).text == "Virginia Hale"


@pytest.mark.parametrize(
    ("described", "name", "surname"),
    [
        ("a wealthy real estate developer, Tran Van Minh,", "Tran Van Minh", "Tran"),
        ("a veteran television producer, Okonkwo Adebayo,", "Okonkwo Adebayo", "Adebayo"),
    ],
)
def test_a_person_set_off_after_a_trade_with_modifiers_stays_a_person(pipeline, described, name, surname):
    # a developer or a producer is a person as often as a company: the recogniser's PERSON stands
    text = (
        f"Tower plan\n\nThe project was backed by {described} who grew up in the town. {surname} said the work "
        "would create 500 jobs.\n"
    )
    speaker = _speaker(pipeline, text, "would create 500 jobs")
    assert (speaker.name, speaker.kind.value) == (name, "person")


@pytest.mark.parametrize(
    ("described", "name", "surname"),
    [
        ("the founder of a small software company, Tran Van Minh,", "Tran Van Minh", "Tran"),
        ("a lawyer for a local construction firm, Okonkwo Adebayo,", "Okonkwo Adebayo", "Adebayo"),
        ("an engineer at a state-owned oil company, Oyelaran Bankole,", "Oyelaran Bankole", "Bankole"),
    ],
)
def test_a_person_set_off_after_a_noun_of_a_firm_stays_a_person(pipeline, described, name, surname):
    # the firm hangs on the person's noun by a preposition: the name set off is the person's
    text = f"Plant dispute\n\nThe complaint came from {described} who spoke to reporters. {surname} said the permit was illegal.\n"
    speaker = _speaker(pipeline, text, "the permit was illegal")
    assert (speaker.name, speaker.kind.value) == (name, "person")


def test_a_law_firm_set_off_after_its_modifier_is_a_body(pipeline):
    text = (
        "Lawsuit\n\nThe suit was filed by a local law firm, Baker Botts, which represents the county. The firm said "
        "the permit was illegal.\n"
    )
    speaker = _speaker(pipeline, text, "the permit was illegal")
    assert (speaker.name, speaker.kind.value) == ("Baker Botts", "organisation")


@pytest.mark.parametrize(
    ("described", "name", "surname", "pronoun"),
    [("a longtime aide, Huma Abedin,", "Huma Abedin", "Abedin", "she"), ("a former partner, Mark Cole,", "Mark Cole", "Cole", "he")],
)
def test_a_person_set_off_after_a_persons_noun_stays_a_person(pipeline, described, name, surname, pronoun):
    # near miss: "aide", "partner" are no body's descriptors
    text = f"Emails\n\nThe messages were sent by {described} who left in 2012. {surname} said {pronoun} had done nothing wrong.\n"
    speaker = _speaker(pipeline, text, "had done nothing wrong")
    assert (speaker.name, speaker.kind.value) == (name, "person")


def test_the_agency_does_not_fit_an_institute_in_the_singular(pipeline):
    # near miss: "Institute for …" is a think tank's name, as "Center for …" is
    text = (
        "Think tank report\n\nThe Institute for Policy Studies published a report on Tuesday about drug prices. The "
        "agency said the figures were wrong.\n"
    )
    assert _speaker(pipeline, text, "the figures were wrong").name != "Institute for Policy Studies"


def test_the_president_named_before_the_next_apposition_stays_who_he_was(pipeline):
    # near miss: the person in "The president, Barack Obama," was named before "the president"
    text = (
        "Trade deal\n\nWASHINGTON — Barack Obama met with union leaders at the White House on Monday. Hours later the "
        "president said he would sign the trade deal.\n\nThe president, Barack Obama, told reporters the deal would "
        "create jobs.\n"
    )
    assert _speaker(pipeline, text, "sign the trade deal").name == "Barack Obama"


def test_a_company_president_named_next_is_not_the_titled_president(pipeline):
    # near miss: "President Obama" titled before; the company's president named next is someone else
    text = (
        "Plant closing\n\nWASHINGTON — Workers at the Dayton plant protested on Monday, a day after President Obama "
        "said the closing was a mistake. Later the president said he would call the company.\n\nThe president, Linda "
        "Shaw, said the plant would close in June.\n"
    )
    assert _speaker(pipeline, text, "he would call the company").name == "Obama"


def test_a_weekday_plural_after_pm_goes_on_the_clause(pipeline):
    # "Tuesdays" is tagged a common plural here and "says" follows: still the clock time's weekday
    text = "Club\n\nThe club that meets at 7 p.m. Tuesdays says it has 300 members, its president said.\n"
    contents = [" ".join(quote.text.split()) for quote in pipeline.analyze(text).quotes]
    assert "The club that meets at 7 p.m. Tuesdays says it has 300 members" in contents


@pytest.mark.parametrize(
    "sentence",
    [
        "The hearing will start at 10 a.m. Tuesday",
        "The debate starts at 8 p.m. Eastern Time Zone",
        "The office stays open until 5 p.m. Fridays",
    ],
)
def test_a_day_or_time_zone_after_the_clock_goes_on_the_clause(pipeline, sentence):
    contents = [quote.text for quote in pipeline.analyze(f"Notice\n\n{sentence}, a spokeswoman said.\n").quotes]
    assert sentence in contents


def test_a_plural_subject_after_am_inside_a_quotation_stays_in_it(pipeline):
    text = (
        'Vigil\n\n"We will stay here until 6 a.m. Neighbors deserve answers," said Rosa Diaz, who organized the '
        "vigil.\n"
    )
    quotes = pipeline.analyze(text).quotes
    assert [(quote.text, quote.speaker.name) for quote in quotes] == [
        ("We will stay here until 6 a.m. Neighbors deserve answers,", "Rosa Diaz")
    ]
