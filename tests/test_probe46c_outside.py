"""Probe46c: four invented articles in the house styles of English-language news outside the
US and UK — a state flood review from eastern India (a Chief Minister "stated that" and
"informed that", "while speaking to newsmen", a District Collector "(DC)" then "the DC said",
"Superintendent of Police (SP)", names with initials first, "Shri", "Smt.", "Dr. (Mrs.)",
"opined", "averred", "quipped", "sources said", "said he"), a Nigerian roads story ("Alhaji",
"Engr.", "Hon.", "Barr.", "Chief", "Malam", "disclosed", "lamented", "Reacting,", "Also
speaking,", an official who "pleaded anonymity", "told our correspondent"), a Malaysian agency
story ("KUALA LUMPUR, Sept 9 (Bernama) --", "Datuk Seri Dr", "Datin", "Tan Sri", "noted",
"maintained", "when contacted by Bernama", "-- BERNAMA") and translated agency copy from Beijing
and Nairobi ("(Xinhua) --", "said Wang, according to the Foreign Ministry's transcript", "the
Chinese side", "Xinhua reported", "Kenya's daily newspaper The Standard", "Enditem").
``tests/fixtures/probe46c/`` holds the articles, written for this test; ``EXPECTED`` and
``NOT_QUOTES`` were written by hand before newsmine first ran on them. First run: 63 of 91
speakers right.

What newsmine got wrong and probe46c fixed: honorifics of South Asia, West Africa and Malaysia
("Shri", "Smt.", "Alhaji", "Malam", "Engr.", "Barr.", "Datuk", "Datin") were no honorifics, so
"Alhaji Musa Danladi" kept the word in his name and "Malam Ibrahim Garba" was another man than
"Garba"; "Smt. Anjali Das", the honorific unknown to the recogniser, was tagged a body; names
the recogniser cut before their last word ("Shri Naveen| Mohapatra", "K. Ramesh| Kumar") where
the parse joins it as a compound; "Alhaji Sani| Yusuf Bichi" tagged as two people side by
side; an office by its initials ("the DC", "the SP", "the BDO", "the CM") was a body named
"DC": it is the person whose bracketed acronym or title it spells. What it still gets wrong is
listed in ``KNOWN_FAULTS`` as strict xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe46c"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("india", "no farmer will be left", "Naveen Mohapatra"),
    ("india", "Rs 450 crore", "Naveen Mohapatra"),
    ("india", "We will not tolerate any delay", "Naveen Mohapatra"),
    ("india", "1.2 lakh hectares", "K. Ramesh Kumar"),
    ("india", "The survey teams will visit", "K. Ramesh Kumar"),
    ("india", "damage could have been far smaller", "K. Ramesh Kumar"),
    ("india", "14 relief camps", "Anjali Das"),
    ("india", "We are providing cooked food", "Anjali Das"),
    ("india", "mobile health teams", "Anjali Das"),
    ("india", "two persons were still missing", "R. Venkatesh"),
    ("india", "Our teams, along with ODRAF", "R. Venkatesh"),
    ("india", "woken up only after", "Sujata Panda"),
    ("india", "Every year the same story", "Sujata Panda"),
    ("india", "inter-ministerial central team", "anonymous"),
    ("india", "sought Rs 2,000 crore", "anonymous"),
    ("india", "grown more fish than rice", "Bhagaban Sahu"),
    ("india", "My four acres are a lake", "Bhagaban Sahu"),
    ("india", "relief had not reached her village", "Sarojini Behera"),
    ("india", "Nobody from the block office", "Sarojini Behera"),
    ("india", "relief materials had been dispatched", "P. K. Mishra"),
    ("india", "Some villages are still cut off", "P. K. Mishra"),
    ("india", "fresh low pressure area", "H. R. Biswal"),
    ("india", "Heavy rainfall is likely", "H. R. Biswal"),
    ("india", "short-duration paddy", "Manas Ranjan Rout"),
    ("india", "If sowing is done", "Manas Ranjan Rout"),
    ("india", "visit the affected areas by helicopter", "Naveen Mohapatra"),
    ("india", "I want to see the situation", "Naveen Mohapatra"),
    ("nigeria", "no fewer than 30 trucks", "Musa Danladi"),
    ("nigeria", "The roads have become death traps", "Musa Danladi"),
    ("nigeria", "written three letters", "Musa Danladi"),
    ("nigeria", "work would resume on the road", "Bello Ibrahim"),
    ("nigeria", "The contractor has not abandoned", "Bello Ibrahim"),
    ("nigeria", "N2.4 billion", "Bello Ibrahim"),
    ("nigeria", "raise the matter on the floor", "Aminu Sani Garba"),
    ("nigeria", "I will move a motion", "Aminu Sani Garba"),
    ("nigeria", "sue the government for negligence", "Chidinma Okafor"),
    ("nigeria", "The law is very clear", "Chidinma Okafor"),
    ("nigeria", "contributed money to fill the potholes", "Emeka Nwosu"),
    ("nigeria", "We are tired of waiting", "Emeka Nwosu"),
    ("nigeria", "not been paid for eight months", "anonymous"),
    ("nigeria", "How can he work without money", "anonymous"),
    ("nigeria", "47 road crash victims", "Hauwa Abdullahi"),
    ("nigeria", "Most of them are young men", "Hauwa Abdullahi"),
    ("nigeria", "written to the Federal Government", "Sani Yusuf Bichi"),
    ("nigeria", "Kano cannot wait for Abuja", "Sani Yusuf Bichi"),
    ("nigeria", "Sometimes we sleep on the road", "Ibrahim Garba"),
    ("nigeria", "three days on a journey", "Ibrahim Garba"),
    ("nigeria", "crashes on the highway had increased", "Yakubu Dan-Asabe"),
    ("nigeria", "Our men are on the road", "Yakubu Dan-Asabe"),
    ("malaysia", "recruit 3,000 more nurses", "Lim Wei Chong"),
    ("malaysia", "recruitment would focus on hospitals", "Lim Wei Chong"),
    ("malaysia", "We are not only hiring", "Lim Wei Chong"),
    ("malaysia", "1,200 nurses had resigned", "Lim Wei Chong"),
    ("malaysia", "ask the Finance Minister nicely", "Lim Wei Chong"),
    ("malaysia", "Seriously, the proposal", "Lim Wei Chong"),
    ("malaysia", "contract posts were not enough", "Noraini Ismail"),
    ("malaysia", "Young nurses want permanent posts", "Noraini Ismail"),
    ("malaysia", "800 more nurses", "Rosnah Abdul Karim"),
    ("malaysia", "working double shifts", "Rosnah Abdul Karim"),
    ("malaysia", "offered to provide housing", "Sim Kui Seng"),
    ("malaysia", "filled in two stages", "anonymous"),
    ("malaysia", "workload had become unbearable", "anonymous"),
    ("malaysia", "eight nurses on a night shift", "anonymous"),
    ("malaysia", "train more nurses locally", "Abdul Rahman Yusof"),
    ("malaysia", "plaster on a wound", "Abdul Rahman Yusof"),
    ("malaysia", "recruited more than 4,000 nurses", "Ministry of Health"),
    ("malaysia", "continue to hire foreign nurses", "Janil Rahman"),
    ("malaysia", "Our ageing population", "Janil Rahman"),
    ("malaysia", "wait up to eight hours", "N. V. Subbarow"),
    ("malaysia", "The public pays the price", "N. V. Subbarow"),
    ("malaysia", "publish the waiting times", "Lim Wei Chong"),
    ("malaysia", "What gets measured", "Lim Wei Chong"),
    ("xinhua", "ready to work with Kenya", "Wang Lei"),
    ("xinhua", "China and Kenya are good friends", "Wang Lei"),
    ("xinhua", "The two sides will hold", "Wang Lei"),
    ("xinhua", "13 million passengers", "Wang Lei"),
    ("xinhua", "We never attach political strings", "Wang Lei"),
    ("xinhua", "cut the cost of moving goods", "Joseph Kiprono"),
    ("xinhua", "This railway is not a Kenyan project", "Joseph Kiprono"),
    ("xinhua", "a reliable partner", "William Mutai"),
    ("xinhua", "close to an agreement", "The Standard"),
    ("xinhua", "repaid over 20 years", "The Standard"),
    ("xinhua", "parliament must see the loan", "Grace Achieng"),
    ("xinhua", "Kenyans will pay this loan", "Grace Achieng"),
    ("xinhua", "12 percent rise", "Philip Wanyama"),
    ("xinhua", "The numbers speak for themselves", "Philip Wanyama"),
    ("xinhua", "Infrastructure is good", "Faith Njeri"),
    ("xinhua", "ready to build its part", "Edward Katumba"),
    ("xinhua", "Kenyan engineers will run", "Zhou Ping"),
    ("xinhua", "Beijing is being more careful", "Stephen Otieno"),
    ("xinhua", "The specific terms", "Wang Lei"),
]
# Page furniture of agency copy and a constituency's name are no one's quote.
NOT_QUOTES = [
    ("nigeria", "Gwale"),
    ("xinhua", "Enditem"),
    ("malaysia", "BERNAMA"),
]

KNOWN_FAULTS = {
    ("nigeria", "I will move a motion"):
        "'the lawmaker stated' after 'Hon. Aminu Sani Garba, said': the lawmaker's cluster shares 'Garba' with "
        "'Malam Ibrahim Garba' named later, and the speaker's name is taken from him",
    ("malaysia", "working double shifts"):
        "'Sabah Health director Datuk Dr Rosnah Abdul Karim said … \"…,\" she said': no list gives Rosnah's "
        "gender, so 'she' goes back to the woman quoted before",
    ("xinhua", "The two sides will hold"):
        "'\"…,\" said Wang, according to the Foreign Ministry's transcript': by PolNeAR's convention words said "
        "through another's account are the account's (decide.reported_through), here the transcript's; a reader "
        "takes Wang for the speaker",
    ("xinhua", "close to an agreement"):
        "\"Kenya's daily newspaper The Standard reported\": no outlet list holds 'The Standard', and a name "
        "after 'daily newspaper' is not taken for an outlet",
    ("xinhua", "repaid over 20 years"): "'The newspaper, citing officials …, said': taken for Xinhua, the outlet of the dateline",
    ("xinhua", "ready to build its part"):
        "'Minister X said in Kampala that …, the Ugandan newspaper New Vision reported': the nested report is "
        "the newspaper's alone, the minister's own words get no quote",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe46c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe46c_quote_speaker(probe46c_records, article, snippet, speaker):
    assert_speaker_named(probe46c_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe46c_no_quote(probe46c_records, article, words):
    assert_no_quote(probe46c_records, article, words)


def _speaker_name(pipeline, text: str, snippet: str) -> str | None:
    return speaker_of(pipeline.analyze(text), snippet).name


# "Alhaji", "Shri", "Smt.", "Datuk" … were no honorifics: the name kept the word, and "Alhaji
# Danladi" later was read by both words against the full name.
def test_an_honorific_of_west_africa_is_no_part_of_the_name(pipeline):
    text = (
        "Drivers count losses\n\nThe chairman of the drivers' union, Alhaji Musa Danladi, said on Monday that 20 "
        "buses had broken down.\n\nAlhaji Danladi said the union would write to the minister again.\n"
    )
    assert _speaker_name(pipeline, text, "20 buses") == "Musa Danladi"
    assert _speaker_name(pipeline, text, "write to the minister") == "Musa Danladi"


def test_a_surname_barr_is_no_honorific(pipeline):
    # near miss: "Barr." is a barrister's honorific only with its full stop, before a name
    text = "Lawyers split on ruling\n\nThe ruling was wrong, said Bob Barr. A second lawyer, Ada Eze, said it was sound.\n"
    assert _speaker_name(pipeline, text, "ruling was wrong") == "Bob Barr"


# The recogniser cut names it has no first-name list for before their last word, which the
# parse joins to them as a compound: "Shri Naveen| Mohapatra", "K. Ramesh| Kumar".
@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            (
                "Crop survey ordered\n\nChief Minister Shri Naveen Mohapatra on Monday directed officials to finish "
                'the survey. "No farmer will be left out," Mohapatra said.\n'
            ),
            "No farmer will be left out",
            "Naveen Mohapatra",
        ),
        (
            (
                "Crop survey ordered\n\nRevenue Minister K. Ramesh Kumar, while speaking to newsmen, said the teams "
                "would visit every village.\n"
            ),
            "visit every village",
            "K. Ramesh Kumar",
        ),
    ],
    ids=["honorific", "initial"],
)
def test_a_name_cut_before_its_compound_surname_is_whole(pipeline, text, snippet, name):
    assert _speaker_name(pipeline, text, snippet) == name


def test_a_body_after_a_name_is_not_its_surname(pipeline):
    # near miss: the capitalised word after a name ends a body's name, not the person's
    text = (
        "Plan unveiled\n\nOn Thursday, Priya Nair said the plan was ready. The Nair Foundation said it would pay "
        "for it.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "plan was ready").name == "Priya Nair"
    assert speaker_of(record, "pay for it").name == "Nair Foundation"


# "Superintendent of Police (SP) R. Venkatesh informed that …": the recogniser tagged the initial
# alone a nationality and left the surname untagged, so the speaker was an unnamed source and
# "the SP" had no one to name (seen46b).
def test_an_initial_tagged_a_nationality_opens_a_persons_name(pipeline):
    text = (
        "Road closed\n\nCommissioner of Police (CP) R. Srinivasan informed that the road was closed after the "
        'landslide. "Traffic will be diverted through the old town," the CP said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "road was closed").name == "R. Srinivasan"
    assert speaker_of(record, "Traffic will be diverted").name == "R. Srinivasan"


def test_a_letter_after_a_place_word_opens_no_name(pipeline):
    # near miss: 'Terminal B.' ends a sentence the parse runs on, the letter a compound of the
    # next sentence's first word; were the letter tagged alone, it would be a place's, not a person's
    from spacy.tokens import Span

    from newsmine.nlp.entities.whole_names import _with_initial_tagged_as_other

    doc = pipeline.nlp("Flights were moved to Terminal B. Officials said the move was planned.")
    letter = next(token.i for token in doc if token.text == "B.")
    assert doc[letter].head.text == "Officials"  # the parse this guards against
    assert [ent.label_ for ent in _with_initial_tagged_as_other([Span(doc, letter, letter + 1, label="NORP")])] == [
        "NORP"
    ]


@pytest.mark.xfail(
    strict=True,
    reason="'R.| Rajendran' with the initial tagged a nationality and the surname a place: the rule joins only "
    "an untagged surname, and the whole title and name stays an unnamed source",
)
def test_an_initial_before_a_surname_tagged_a_place(pipeline):
    text = (
        "Boats rescued\n\nSuperintendent of Police (SP) R. Rajendran informed that four fishermen were rescued "
        "near the harbour.\n"
    )
    assert _speaker_name(pipeline, text, "four fishermen") == "R. Rajendran"


def test_an_honorific_name_tagged_as_two_people_is_one(pipeline):
    text = (
        "Road repairs\n\nThe transport commissioner, Alhaji Sani Yusuf Bichi, said the state had written to Abuja. "
        '"Our people are suffering," Bichi said.\n'
    )
    assert _speaker_name(pipeline, text, "written to Abuja") == "Sani Yusuf Bichi"
    assert _speaker_name(pipeline, text, "Our people are suffering") == "Sani Yusuf Bichi"


def test_people_named_in_a_list_stay_apart(pipeline):
    # near miss: a comma parts two people; the honorific is the first one's alone
    text = "Road repairs\n\nAlhaji Sani, Yusuf Bichi and Ada Eze said the state had written to Abuja.\n"
    assert _speaker_name(pipeline, text, "written to Abuja") == "Sani"


# "the DC", "the CM": an office by its initials was a body named "DC"; it is the person whose
# bracketed acronym ("District Collector (DC) Smt. Anjali Das") or title spells it.
def test_an_office_by_its_initials_is_the_person_holding_it(pipeline):
    text = (
        "Camps open\n\nCuttack District Collector (DC) Smt. Anjali Das said 14 camps were open. "
        '"We are serving food twice a day," the DC said.\n\n'
        'Chief Minister Ravi Menon said the survey would end in ten days. "There will be no delay," the CM said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "14 camps").name == "Anjali Das"
    assert speaker_of(record, "serving food").name == "Anjali Das"
    assert speaker_of(record, "no delay").name == "Ravi Menon"


def test_initials_no_title_spells_stay_a_body(pipeline):
    # near miss: "the FBI" spells no one's title, and "the BDO" none either here (the title
    # read is "Development Officer", with no bracketed "(BDO)" to tie it to her)
    text = (
        "Inquiry\n\nBlock Development Officer Ravi Menon said boats had been sent. "
        '"The FBI has no role here," the BDO said. Asked about the case, the FBI said it did not comment.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "did not comment").kind == "organisation"
    assert speaker_of(record, "did not comment").name == "FBI"
    assert speaker_of(record, "no role here").name != "Ravi Menon"


def test_a_form_label_after_a_name_is_not_its_surname(pipeline):
    # near miss: a profile's fields run on without line breaks; "Age" before its colon is the next label
    text = (
        "Faces of the strike\n\nName: Dana Whitlock Age: 31 Job: Cook\n\nWhy she is striking: "
        "\u201cI cannot pay my rent on these wages,\u201d Whitlock said.\n"
    )
    assert _speaker_name(pipeline, text, "pay my rent") == "Dana Whitlock"


# "The Federal Road Safety Corps (FRSC) Sector Commander in Kano, Mr. Yakubu Dan-Asabe,
# confirmed …": the parse makes the body the subject, the title its apposition and the name the
# title's, so the body spoke (seen46b: speaker_spans.person_in_bodys_titled_apposition).
def test_a_name_after_a_bodys_title_set_off_by_commas_speaks(pipeline):
    text = (
        "Bridge shut\n\nThe Lagos State Traffic Management Authority (LASTMA) Zonal Head in Ikeja, Mr. Tunde "
        "Bakare, confirmed that the bridge would be shut for a week.\n"
    )
    assert _speaker_name(pipeline, text, "shut for a week") == "Tunde Bakare"


@pytest.mark.parametrize(
    "subject",
    [
        "The Ikeja Traders Union, the group Mr. Tunde Bakare founded,",
        "The Lagos State Traffic Management Authority (LASTMA), Mr. Tunde Bakare's agency,",
        "The Harbor Caucus, its chairman Tom Reed and 40 members,",
    ],
    ids=["group-he-founded", "his-agency", "chairman-and-members"],
)
def test_a_body_with_a_person_in_an_apposition_that_is_no_title_still_speaks(pipeline, subject):
    # near miss: the words set off after the body are no title of the person named in them
    text = f"Bridge shut\n\n{subject} said the bridge would be shut for a week.\n"
    speaker = speaker_of(pipeline.analyze(text), "shut for a week")
    assert speaker.kind == "organisation", (speaker.text, speaker.name)


def test_a_list_of_a_body_and_titled_people_is_no_bodys_title(pipeline):
    # near miss (lead, session 46): a comma between the body and the title makes a list of
    # speakers, not the body's own titled officer; the body, first in the list, stays the speaker.
    text = (
        "Vote nears\n\nThe Harbor Caucus, the senator, Tom Reed, and the mayor said on Monday that "
        "they would back the plan.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "back the plan")
    assert speaker.name != "Tom Reed", (speaker.text, speaker.name)
