"""Probe44c: six more invented articles in genres PolNeAR lacks — a markets report (a
strategist, a fund manager, a central-bank governor and his unrelated deputy of the same surname,
"traders said", "according to LSEG data"), a public-health briefing (a health minister, a chief
medical officer, a hospital doctor, a patient's daughter sharing her mother's surname, figures
"according to the Ministry of Health"), a wildfire live-updates page (entries opening "10:42 a.m.
— …", a fire chief, an evacuee and his wife, a utility's statement), a school-board story (a
superintendent and a pupil of the same surname, parents, a teachers' union president, a written
statement, a sign's words), a religion story (a bishop and his cousin a parish priest, an imam,
worshippers, a Vatican spokesman, a letter read aloud) and an Australian story ("5 December",
"Mr Singh" and his brother, "told ABC radio", single and double marks mixed).
``tests/fixtures/probe44c/`` holds the articles, written for this test; ``EXPECTED`` and ``DATES``
were written by hand before newsmine first ran on them (two speakers marked below were added
after that run, for attributions the expectations had not listed).

What newsmine got wrong and probe44c fixed: "The governor's deputy, Helen Okafor, … the governor
said" (the possessive "governor's" of her title made her a governor: the quote went to her);
"The diocese said" after "the Diocese of Northbridge" (no such kind of body: unresolved);
"their highest level since October" in a paper of March (next October: "since" points back
whatever the verb's tense); "11:10 a.m. — The cause … is under investigation" (an entry's time
stamp read as a time of any day, 'T11:10', from the present tense); "Father Gallagher" after "the
Rev. Michael Gallagher" (the bishop, the Gallagher named first). What it still gets wrong is
listed in ``KNOWN_FAULTS`` as strict xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, probe_params, speaker_of
from tests.quote_checks import assert_no_whole_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe44c"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("markets", "for as long as it takes", "Martin Okafor"),
    ("markets", "The MSCI world index dropped", "LSEG"),
    ("markets", "The market had priced in", "Clara Whitfield"),
    ("markets", "a big shift", "Clara Whitfield"),
    ("markets", "not yet done", "Martin Okafor"),
    ("markets", "We will not declare victory", "Martin Okafor"),
    ("markets", "Wages are still growing", "Martin Okafor"),
    ("markets", "caught many investors off guard", "anonymous"),
    ("markets", "caught leaning the wrong way", "anonymous"),
    ("markets", "cutting his holdings", "Daniel Reyes"),
    ("markets", "Valuations were stretched", "Daniel Reyes"),
    ("markets", "When rates stay higher", "Daniel Reyes"),
    ("markets", "buying shares in banks", "Daniel Reyes"),
    ("markets", "This is a wobble", "Clara Whitfield"),
    ("markets", "earnings season", "Clara Whitfield"),
    ("markets", "a good case", "Helen Okafor"),
    ("markets", "The committee has nine members", "Martin Okafor"),
    ("markets", "rose 0.6 per cent", "LSEG"),
    ("health", "Hospital admissions for influenza", "Aroha Tane"),
    ("health", "412 people in hospital", "Ministry of Health"),
    ("health", "We are seeing the earliest", "Aroha Tane"),
    ("health", "This is not the time", "Aroha Tane"),
    ("health", "dominant strain", "Samuel Birch"),
    ("health", "The good news", "Samuel Birch"),
    ("health", "The bad news", "Samuel Birch"),
    ("health", "open 30 walk-in clinics", "Samuel Birch"),
    ("health", "treating patients in corridors", "Leah Fong"),
    ("health", "Every bed is full", "Leah Fong"),
    ("health", "We had people waiting", "Leah Fong"),
    ("health", "non-urgent operations", "anonymous"),
    ("health", "no beds on the ward", "Karen Doyle"),
    ("health", "Mum spent a whole day", "Karen Doyle"),
    ("health", "The nurses were wonderful", "Karen Doyle"),
    ("health", "had not been vaccinated", "Karen Doyle"),
    ("health", "campaign had started in March", "Aroha Tane"),
    ("health", "We will look at everything", "Aroha Tane"),
    ("health", "Right now my job", "Aroha Tane"),
    ("health", "chaotic", "Peter Hunt"),
    ("health", "publish updated figures", "Ministry of Health"),
    ("wildfire", "has burned 18,400 acres", "Cal Fire"),
    ("wildfire", "crews had stopped", "Dana Morales"),
    ("wildfire", "We caught a break", "Dana Morales"),
    ("wildfire", "I want to be very clear", "Dana Morales"),
    ("wildfire", "could grow again overnight", "Dana Morales"),
    ("wildfire", "to reduce the risk of new ignitions", "Northern Valley Power"),
    ("wildfire", "power would be restored", "Northern Valley Power"),
    ("wildfire", "the clothes on my back", "Tom Keller"),
    ("wildfire", "We saw the glow", "Tom Keller"),
    ("wildfire", "By the time we got in the car", "Tom Keller"),
    ("wildfire", "lived in the house for 31 years", "Ruth Keller"),
    ("wildfire", "I don't know if it's still there", "Ruth Keller"),
    ("wildfire", "Nobody can tell us", "Ruth Keller"),
    ("wildfire", "cause of the fire is under investigation", "Cedar County Sheriff's Office"),
    ("wildfire", "looking at a downed power line", "anonymous"),
    ("wildfire", "Every resource the state has", "Elena Ruiz"),
    ("wildfire", "had jumped Highway 9", "Dana Morales"),
    ("wildfire", "moving faster than any fire", "Dana Morales"),
    ("wildfire", "If you're waiting for a knock", "Dana Morales"),
    ("school", "falling enrollment", "Angela Brooks"),
    ("school", "Nobody went into education", "Angela Brooks"),
    ("school", "But keeping half-empty buildings", "Angela Brooks"),
    ("school", "My kids can walk", "Jasmine Carter"),
    ("school", "Now they'll be on a bus", "Jasmine Carter"),
    ("school", "consider moving them", "Jasmine Carter"),
    ("school", "had not been told about the plan", "anonymous"),
    ("school", "union was not opposed", "Mark Delgado"),
    ("school", "Our members have heard", "Mark Delgado"),
    ("school", "We want it in writing", "Mark Delgado"),
    ("school", "would be offered positions", "Riverton Unified School District"),
    ("school", "No layoffs are planned", "Riverton Unified School District"),
    ("school", "worried about losing her friends", "Sophie Brooks"),
    ("school", "I've been here since kindergarten", "Sophie Brooks"),
    ("school", "Please don't split us up", "Sophie Brooks"),
    ("school", "had moved too quickly", "Raymond Liu"),
    ("school", "We owed these families", "Raymond Liu"),
    ("school", "painful but necessary", "Gloria Hunt"),
    ("school", "public hearing on March 3", "Gloria Hunt"),
    ("school", "Students will be reassigned", "Angela Brooks"),
    ("religion", "We cannot go on", "Thomas Gallagher"),
    ("religion", "There are fewer of us", "Thomas Gallagher"),
    ("religion", "58 active priests", "Diocese of Northbridge"),
    ("religion", "some parishioners had been in tears", "Michael Gallagher"),
    ("religion", "People have been baptised", "Michael Gallagher"),
    ("religion", "They are afraid of losing that", "Michael Gallagher"),
    ("religion", "would continue every Sunday", "Michael Gallagher"),
    ("religion", "It's the end of an era", "Bridget Nolan"),
    ("religion", "change was overdue", "Declan Nolan"),
    ("religion", "You can't have one priest", "Declan Nolan"),
    ("religion", "Vatican officials were aware", "Luca Bianchi"),
    ("religion", "happening in many dioceses", "Luca Bianchi"),
    ("religion", "Faith communities everywhere", "Yusuf Karim"),
    ("religion", "How do you serve people", "Yusuf Karim"),
    ("religion", "written by accountants", "anonymous"),
    ("religion", "changes would begin at Advent", "Thomas Gallagher"),
    ("religion", "I ask you to be patient", "Thomas Gallagher"),
    ("religion", "no churches would be sold", "Diocese of Northbridge"),
    ("australia", "the council was", "Harjit Singh"),
    ("australia", "Nobody from the department", "Harjit Singh"),
    ("australia", "We found out from a press release", "Harjit Singh"),
    ("australia", "deliver 12,000 homes", "Rebecca Lowe"),
    ("australia", "We are in a housing crisis", "Rebecca Lowe"),
    ("australia", "Councils had two years", "Rebecca Lowe"),
    ("australia", "lodged a proposal", "Harjit Singh"),
    ("australia", "local businesses were worried", "Gurpreet Singh"),
    ("australia", "already hard enough to park", "Gurpreet Singh"),
    ("australia", "Imagine three years of cranes", "Gurpreet Singh"),
    ("australia", "exactly the kind of ambition", "Tom Ashby"),
    ("australia", "They call it", "Priya Menon"),
    ("australia", "I stand from Parramatta", "Priya Menon"),
    ("australia", "capacity on the line", "anonymous"),
    ("australia", "unlikely to back down", "anonymous"),
    ("australia", "She's been burned", "anonymous"),
    ("australia", "council will meet again", "Harjit Singh"),
    ("australia", "If that's what it takes", "Harjit Singh"),
    # added after the first run: "has ordered" and "has vowed" report the bishop and the mayor
    ("religion", "40 parishes to merge", "Thomas Gallagher"),
    ("australia", "to fight it", "Harjit Singh"),
]

# A sign's words are no one's quote; nor is a term in single marks inside a quotation.
NOT_QUOTES = [("school", "Save Maple Grove."), ("australia", "transit-oriented")]

PUBLISHED = {
    "markets": "2026-03-12", "health": "2026-11-18", "wildfire": "2026-08-21",
    "school": "2026-02-05", "religion": "2026-09-14", "australia": "2026-12-05",
}  # fmt: skip

# (article, date expression as written, its TimeML value given PUBLISHED): the first date whose
# text holds the expression must have a value starting so ("1:48 a.m. on Thursday" holds the day).
DATES = [
    ("markets", "March 12", "2026-03-12"),
    ("markets", "Thursday", "2026-03-12"),
    ("markets", "October", "2025-10"),
    ("markets", "six weeks", "P6W"),
    ("markets", "this year", "2026"),
    ("markets", "January 9", "2026-01-09"),
    ("markets", "last month", "2026-02"),
    ("markets", "next week", "2026-W12"),
    ("markets", "April 30", "2026-04-30"),
    ("markets", "Wednesday", "2026-03-11"),
    ("markets", "last Friday", "2026-03-06"),
    ("markets", "today", "2026-03-12"),
    ("markets", "the summer", "2026-SU"),
    ("health", "Nov. 18", "2026-11-18"),
    ("health", "a fortnight", "P2W"),
    ("health", "Wednesday", "2026-11-18"),
    ("health", "Monday", "2026-11-16"),
    ("health", "November 2", "2026-11-02"),
    ("health", "a decade", "P10Y"),
    ("health", "last winter", "2025-WI"),
    ("health", "Saturday", "2026-11-21"),
    ("health", "January 15", "2027-01-15"),
    ("health", "last night", "2026-11-17TNI"),
    ("health", "this week", "2026-W47"),
    ("health", "Sunday", "2026-11-15"),
    ("health", "March", "2026-03"),
    ("health", "every Friday", "XXXX-WXX-5"),
    ("wildfire", "Aug. 21", "2026-08-21"),
    ("wildfire", "3:02 p.m.", "2026-08-21T15:02"),
    ("wildfire", "10:42 a.m.", "2026-08-21T10:42"),
    ("wildfire", "11:10 a.m.", "2026-08-21T11:10"),  # added after the first run (read as 'T11:10')
    ("wildfire", "this afternoon", "2026-08-21TAF"),
    ("wildfire", "31 years", "P31Y"),
    ("wildfire", "Thursday", "2026-08-20"),
    ("school", "Feb. 5", "2026-02-05"),
    ("school", "Wednesday night", "2026-02-04TNI"),
    ("school", "January", "2026-01"),
    ("school", "March 3", "2026-03-03"),
    ("school", "June 30", "2026-06-30"),
    ("school", "the fall", "2026-FA"),
    ("religion", "Sept. 14", "2026-09-14"),
    ("religion", "Sunday", "2026-09-13"),
    ("religion", "1995", "1995"),
    ("religion", "2019", "2019"),
    ("religion", "three years", "P3Y"),
    ("religion", "Monday", "2026-09-14"),
    ("australia", "5 December", "2026-12-05"),
    ("australia", "Thursday morning", "2026-12-03TMO"),
    ("australia", "two years", "P2Y"),
    ("australia", "March 2024", "2024-03"),
    ("australia", "Wednesday evening", "2026-12-02TEV"),
    ("australia", "2027", "2027"),
    ("australia", "19 January", "2027-01-19"),
    ("australia", "11 December", "2026-12-11"),
]

KNOWN_FAULTS = {
    ("markets", "the summer"):
        "'lowering rates by the summer' in a paper of March: no tense to read, last summer taken",
    ("health", "last night"):
        "'waiting nine hours last night': one expression, valued as a day; TimeML has 'nine hours' "
        "and 'last night'",
    ("school", "the fall"): "'in the fall' (the season) is no date expression",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe44c_records(pipeline):
    return {
        name: pipeline.analyze((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), published=published)
        for name, published in PUBLISHED.items()
    }


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe44c_quote_speaker(probe44c_records, article, snippet, speaker):
    assert_speaker_named(probe44c_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), NOT_QUOTES)
def test_probe44c_no_quote(probe44c_records, article, words):
    assert_no_whole_quote(probe44c_records, article, words)


@pytest.mark.parametrize(("article", "expression", "value"), probe_params(DATES, KNOWN_FAULTS))
def test_probe44c_date_value(probe44c_records, article, expression, value):
    found = [d for d in probe44c_records[article].dates if expression in d.text]
    assert found and found[0].value is not None and found[0].value.startswith(value), [
        (d.text, d.value) for d in probe44c_records[article].dates
    ]


def test_the_governors_deputy_is_not_the_governor(pipeline):
    # "governor's" in her title ("the governor's deputy") made her a governor: "the governor" took her
    text = (
        "Central bank holds rates\n\n"
        "Governor Sofia Marchetti said inflation was still too high.\n\n"
        "The governor's deputy, Paul Brandt, said in a speech last week that he saw room for a cut.\n\n"
        'Asked about his view, the governor said: "We decide together."\n'
    )
    assert speaker_of(pipeline.analyze(text), "We decide together").name == "Sofia Marchetti"


def test_the_diocese_is_the_diocese_named_before(pipeline):
    # "diocese" was no kind of body: "The diocese said" stayed unresolved
    text = (
        "Parishes to merge\n\n"
        "The diocese has 40 priests, according to figures published by the Diocese of Northbridge.\n\n"
        "Worshippers gathered outside the church on Sunday.\n\n"
        "The diocese said on Friday that no buildings would be sold.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "no buildings would be sold")
    assert speaker.name == "Diocese of Northbridge"


def test_since_a_month_points_back_whatever_the_tense(pipeline):
    # "will stay" pointed ahead: next October
    record = pipeline.analyze("Rates will stay at their highest level since October.", published="2026-03-12")
    assert {d.text: d.value for d in record.dates}["October"] == "2025-10"


def test_a_live_blog_entry_opening_with_its_time_is_on_the_publication_day(pipeline):
    # spaCy tags the time; the present tense after it made it a time of any day ('T11:10')
    record = pipeline.analyze(
        "Fire live updates\n\n11:10 a.m. — The cause of the fire is under investigation, the sheriff said.\n\n"
        "10:42 a.m. — The governor declared a state of emergency.\n",
        published="2026-08-21",
    )
    values = {d.text: d.value for d in record.dates}
    assert values["11:10 a.m."] == "2026-08-21T11:10"
    assert values["10:42 a.m."] == "2026-08-21T10:42"


def test_father_and_the_rev_are_one_title_between_namesakes(pipeline):
    # "Father" and "Rev." are no title words: the bare surname went to the Doyle named first
    text = (
        "Chapel to close\n\n"
        "Bishop Sean Doyle announced the closure of St Kevin's chapel on Monday.\n\n"
        "The Rev. Martin Doyle, his brother, has served the chapel for 20 years.\n\n"
        "Worshippers signed a petition.\n\n"
        '"It is a sad day," Father Doyle said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "It is a sad day").name == "Martin Doyle"
