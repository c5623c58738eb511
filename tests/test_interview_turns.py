"""Write-ups of interviews, briefings and hearings (session 53, probe53): an interviewer who
puts a question again ('The host pressed.', 'One reporter followed up: "…"',
:mod:`newsmine.nlp.attribution.question_turns`), a phrasal cue's particle and a restricting
'only that' kept out of the content (:mod:`newsmine.nlp.attribution.cue_particles`,
:mod:`newsmine.nlp.attribution.only_that`), a transcript turn named 'QUESTION' or read as the
vocative after it (:mod:`newsmine.nlp.speakers.turn_labels`), and a Q&A's topic label ('On the
budget:') read as the answer's speaker (:mod:`newsmine.nlp.attribution.topic_labels`). Each case
failed before its rule; each rule has a near miss beside it. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in

_ROOF = '"The state will pay for the new roof," Governor Ana Pike told {who} on Sunday. {turn} '
_MONEY = '"Where does the money come from, if the budget is already short this year?"\n'


def test_a_host_who_pressed_asks_the_question_after(pipeline):
    text = _ROOF.format(who="the host of the morning show", turn="The host pressed.") + _MONEY
    quote = first_quote_in(pipeline, text, "Where does the money")
    assert quote.speaker is not None and quote.speaker.text == "The host"
    assert quote.cue is not None and quote.cue.text == "pressed"


def test_a_crowd_that_pressed_forward_asks_nothing(pipeline):
    # Near miss: 'pressed forward' moves bodies; the words after stay the governor's.
    text = _ROOF.format(who="the crowd outside the school", turn="The crowd pressed forward.") + _MONEY
    quote = first_quote_in(pipeline, text, "Where does the money")
    assert quote.speaker is not None and quote.speaker.name == "Ana Pike"


_BRIDGE = '"We will finish the bridge by June," Mayor Tom Reed told reporters on Monday.\n\n'


def test_a_short_question_after_followed_up_and_a_colon_is_the_askers(pipeline):
    quote = first_quote_in(pipeline, _BRIDGE + 'One reporter followed up: "Which June?"\n', "Which June")
    assert quote.text.strip('"') == "Which June?", quote.text  # before, 'up: "Which June?"' (the cue's particle)
    assert quote.speaker is not None and quote.speaker.text == "One reporter"
    assert quote.cue is not None and quote.cue.text == "followed up"


def test_a_short_quotation_after_followed_without_up_is_no_question(pipeline):
    # Near miss: following someone to the car puts no question; the short quotation stays unread.
    quotes = pipeline.analyze(_BRIDGE + 'One reporter followed him to the car: "Which June?"\n').quotes
    assert not any("Which June" in q.text for q in quotes)


_LIBRARY = "Senator Ada Lund spoke for an hour at the library.\n\n"


def test_the_particle_of_went_on_is_no_part_of_the_content(pipeline):
    text = (
        _LIBRARY
        + 'She went on: "The way the library works now, the loudest few decide what the rest of us read. That is not a democracy."\n'
    )
    quote = first_quote_in(pipeline, text, "loudest few")
    assert quote.text.startswith("The way the library"), quote.text  # before, 'on: "The way …
    assert quote.cue is not None and quote.cue.text == "went on"


def test_a_content_that_opens_after_its_cue_particle_keeps_its_first_word(pipeline):
    # Near miss: 'pointed out that …' — the content already starts after the particle.
    text = _LIBRARY + "She pointed out that the library is the last public room in town where nobody sells anything.\n"
    quote = first_quote_in(pipeline, text, "last public room")
    assert quote.text.startswith("the library is"), quote.text


_VANCE = "A spokeswoman for the county, Rita Vance, said "


def test_said_only_that_leaves_only_that_out_of_the_content(pipeline):
    text = _VANCE + 'only that the audit "will be released when it is finished."\n'
    quote = first_quote_in(pipeline, text, "released")
    assert quote.text.startswith("the audit"), quote.text


def test_only_inside_the_that_clause_stays_in_the_content(pipeline):
    # Near miss: 'only' belongs to the clause's subject, not to the report.
    quote = first_quote_in(
        pipeline, _VANCE + "that only the auditor could release the report before the end of the month.\n", "auditor"
    )
    assert quote.text.startswith("only the auditor"), quote.text


_FERRY_QA = (
    "Mayor Lena Ostrow on the ferry, the port and her critics\n\n"
    "Mayor Lena Ostrow spoke with Harbor Times reporter Sam Kett on Monday. The interview has been edited.\n\n"
    "QUESTION: The ferry has been late every day this month. Who is to blame?\n\n"
    "OSTROW: I am. It is my city, and the ferry is my job. We have two new captains starting next week.\n\n"
    "QUESTION: Will the fares go up this summer?\n\n"
    "OSTROW: Not while I am mayor. We will find the money somewhere else in the budget.\n"
)


def test_a_turn_named_question_is_the_interviewers(pipeline):
    quote = first_quote_in(pipeline, _FERRY_QA, "fares go up")
    assert quote.speaker is not None and quote.speaker.name == "Sam Kett"
    assert first_quote_in(pipeline, _FERRY_QA, "Not while I am mayor").speaker.name == "Lena Ostrow"


def test_a_turn_named_question_with_no_interviewer_named_is_nobodys(pipeline):
    # The writer asks: no person called 'QUESTION'.
    text = _FERRY_QA.replace("spoke with Harbor Times reporter Sam Kett on Monday", "answered our questions on Monday")
    quote = first_quote_in(pipeline, text, "fares go up")
    assert quote.speaker is None or quote.speaker.name is None


def test_a_turn_named_by_the_askers_surname_stays_hers(pipeline):
    # Near miss: a surname is a name, not a label.
    quote = first_quote_in(pipeline, _FERRY_QA.replace("QUESTION:", "KETT:"), "fares go up")
    assert quote.speaker is not None and quote.speaker.name == "Sam Kett"


_HEARING = (
    "A budget hearing on Monday turned tense when Councilwoman Nia Adu questioned Mayor Paul Hendry about a "
    "$4 million contract.\n\n"
    "ADU: Mr. Mayor, did anyone in your office talk to the firm before the bid went out?\n\n"
    "HENDRY: Not to my knowledge. The procurement office runs the bids. I don't.\n\n"
    "ADU: That's not what I asked. Did anyone in your office talk to them?\n\n"
    "HENDRY: I've answered the question, Councilwoman.\n"
)


def test_a_one_word_turn_before_a_vocative_is_the_person_it_names(pipeline):
    # The recogniser ran 'ADU' into 'Mr. Mayor': the turn went to a 'Mayor'.
    quote = first_quote_in(pipeline, _HEARING, "before the bid went out")
    assert quote.speaker is not None and quote.speaker.name == "Nia Adu"


def test_a_one_word_turn_read_as_its_own_person_stays_so(pipeline):
    # Near miss: 'HENDRY' read as Paul Hendry holds the word; nothing to change.
    quote = first_quote_in(pipeline, _HEARING, "procurement office")
    assert quote.speaker is not None and quote.speaker.name == "Paul Hendry"


_BUDGET_QA = (
    "Comptroller Rosa Vela on the budget and her critics\n\n"
    "ALBANY — Comptroller Rosa Vela sat down with reporters on Thursday for her first long interview since the "
    "election. Her answers, condensed, follow.\n\n"
    "Vela has been criticized by lawmakers of both parties for her audits of the state's pension fund.\n\n"
    "On the pension fund:\n\n"
    '"The fund is healthy, and I will keep saying so until somebody shows me a number that says otherwise."\n\n'
    "On her critics:\n\n"
    '"They are welcome to read the audits. Every one of them is on our website, with the footnotes."\n'
)


def test_an_answer_under_a_topic_label_is_the_interviewees(pipeline):
    # Before, the label's noun phrase spoke: 'the pension fund', 'her critics'.
    for snippet in ("The fund is healthy", "welcome to read the audits"):
        quote = first_quote_in(pipeline, _BUDGET_QA, snippet)
        assert quote.speaker is not None and quote.speaker.name == "Rosa Vela", (snippet, quote.speaker)


def test_a_topic_label_with_no_interview_introduced_names_no_speaker(pipeline):
    # Near miss: no one 'sat down with' anyone; the label still is no speaker.
    text = _BUDGET_QA.replace(
        "sat down with reporters on Thursday for her first long interview", "released two audits on Thursday, her first"
    )
    quote = first_quote_in(pipeline, text, "The fund is healthy")
    assert quote.speaker is None or quote.speaker.text != "the pension fund", quote.speaker


def test_a_name_before_a_colon_in_its_own_paragraph_is_no_topic_label(pipeline):
    # Near miss: 'Senator Ana Ruiz on the fund:' opens with her name, not 'On': she speaks.
    text = _BUDGET_QA.replace("On the pension fund:", "Senator Ana Ruiz on the pension fund:")
    quote = first_quote_in(pipeline, text, "The fund is healthy")
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz", quote.speaker


def test_a_name_before_an_aside_with_a_relative_clause_speaks(pipeline):
    # The parse ran 'said' into the aside's relative clause ('resettle' an adjective, 'that' the cue's
    # object): the speaker was 'resettle refugees in the United States'.
    text = (
        "Lutheran Family Aid, one of nine agencies that resettle refugees in the United States, said in a "
        "statement that it had 1,800 people whose travel had been canceled.\n"
    )
    quote = first_quote_in(pipeline, text, "1,800 people")
    assert quote.speaker is not None and quote.speaker.text == "Lutheran Family Aid", quote.speaker


def test_a_description_after_the_named_body_still_speaks_for_its_people(pipeline):
    # Near miss: the cue's subject is 'Volunteers' before the name; nothing was misparsed.
    text = "Volunteers at the Harbor Trust, a charity that the mayor praised last year, said on Monday that the shelters were full.\n"
    quote = first_quote_in(pipeline, text, "shelters were full")
    assert quote.speaker is not None and quote.speaker.text.startswith("Volunteers"), quote.speaker


# Review (session 53, review53d): each probe53 rule against texts where it must not fire or
# might fire wrongly. Every text is invented.

_QA_ANSWERS = (
    "On the water plant:\n\n"
    '"The plant is safe, and the tests we publish every week say so, whoever is asking."\n\n'
    "On her rivals:\n\n"
    '"They are free to come and drink the water. I do it every morning in front of the cameras."\n'
)


def _reyes_answer(pipeline, intro, snippet="The plant is safe"):
    """The quote holding ``snippet`` in a Q&A on the water plant whose introduction is ``intro``."""
    return first_quote_in(pipeline, f"Treasurer Mona Reyes on the water plant\n\n{intro}\n\n" + _QA_ANSWERS, snippet)


@pytest.mark.parametrize(
    "intro",
    [
        # The introduction puts the reporter first: before, the answers under the labels were his.
        "Gazette reporter Lou Brandt sat down with Treasurer Mona Reyes on Friday.",
        # 'We spoke with …': before, 'We' answered.
        "We spoke with Treasurer Mona Reyes on Friday at her office.",
        # Near miss: the interviewee is the subject and the reporter comes after 'with'.
        "Treasurer Mona Reyes sat down with Gazette reporter Lou Brandt on Friday.",
    ],
    ids=["reporter-sat-down-with", "we-spoke-with", "interviewee-first"],
)
def test_the_interviewee_answers_whoever_the_introduction_puts_first(pipeline, intro):
    for snippet in ("The plant is safe", "free to come and drink"):
        quote = _reyes_answer(pipeline, intro, snippet)
        assert quote.speaker is not None and quote.speaker.name == "Mona Reyes", (snippet, quote.speaker)


@pytest.mark.xfail(
    strict=True,
    reason="an outlet the recogniser tags as nothing ('The Albany Ledger') is not known as the interviewer; its 'talked with' gives it the answers",
)
def test_an_outlet_that_talked_with_the_interviewee_does_not_answer(pipeline):
    quote = _reyes_answer(pipeline, "The Albany Ledger talked with Treasurer Mona Reyes on Friday.")
    assert quote.speaker is not None and quote.speaker.name == "Mona Reyes", quote.speaker


def test_a_date_after_on_is_a_timeline_heading_not_a_topic(pipeline):
    # 'On Tuesday:' dates an entry; before, the quotation under it went to the one who 'spoke to reporters'.
    for label in ("On Tuesday:", "On May 3:"):
        text = (
            "Treasurer Mona Reyes spoke to reporters on Monday about the water plant. Here is how the week went.\n\n"
            f"{label}\n\n"
            '"Two of the filters failed overnight, and the crews had them running again before the schools opened."\n'
        )
        quote = first_quote_in(pipeline, text, "filters failed")
        assert quote.speaker is None or quote.speaker.name != "Mona Reyes", (label, quote.speaker)


_PLACE_TURN = (
    "{intro}\n\n"
    "WASHINGTON: Mr. Mayor, who in your office spoke to the firm before the bid went out?\n\n"
    "HENDRY: Nobody that I know of. The procurement office runs the bids, not me.\n"
)


def test_a_one_word_turn_read_as_a_place_is_the_person_named_with_it(pipeline):
    # 'WASHINGTON' read as the city: the turn is Senator Washington's.
    text = _PLACE_TURN.format(intro="Senator Ivy Washington questioned Mayor Paul Hendry at the hearing on Monday.")
    quote = first_quote_in(pipeline, text, "who in your office")
    assert quote.speaker is not None and quote.speaker.name == "Ivy Washington", quote.speaker
    assert first_quote_in(pipeline, text, "Nobody that I know of").speaker.name == "Paul Hendry"


def test_a_place_read_in_a_one_word_turn_stays_with_no_person_named_so(pipeline):
    # Near miss: nobody in the article is named 'Washington'; no person is made up.
    text = _PLACE_TURN.format(intro="Mayor Paul Hendry answered questions from the panel at the hearing on Monday.")
    quotes = [q for q in pipeline.analyze(text).quotes if "who in your office" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Paul Hendry" for q in quotes)


def test_pressed_on_with_a_bill_asks_no_question(pipeline):
    # Guard: 'pressed on' moves a bill forward; the question after stays the governor's.
    text = _ROOF.format(who="reporters", turn="The senator pressed on.") + _MONEY
    quote = first_quote_in(pipeline, text, "Where does the money")
    assert quote.speaker is None or quote.speaker.text != "The senator", quote.speaker


def test_called_on_keeps_whom_it_calls_in_the_content(pipeline):
    # Guard: PolNeAR's gold for 'called on X to …' is 'X to …'; the particle rule leaves it whole.
    quote = first_quote_in(
        pipeline, "Senator Ada Lund called on the council to repave the road before the winter.\n", "repave"
    )
    assert quote.text.startswith("the council to repave"), quote.text


def test_said_that_only_a_court_keeps_only(pipeline):
    # Guard: 'only' after 'that' restricts the clause's subject.
    quote = first_quote_in(
        pipeline, _VANCE + "that only a court can change the water rights of the valley.\n", "water rights"
    )
    assert quote.text.startswith("only a court"), quote.text


def test_a_senator_one_of_those_who_voted_no_speaks(pipeline):
    # Guard for relative_asides: the aside's 'who' is its verb's subject; the name speaks.
    quote = first_quote_in(
        pipeline,
        "Senator Mark Dale, one of the senators who voted no, said the bill would close two clinics.\n",
        "two clinics",
    )
    assert quote.speaker is not None and quote.speaker.name == "Mark Dale", quote.speaker


def test_a_body_that_the_agencies_praised_speaks(pipeline):
    # 'which the agencies that fund it praised': before, 'the agencies' spoke.
    quote = first_quote_in(
        pipeline,
        "The Harbor Trust, which the agencies that fund it praised, said the shelters were full.\n",
        "shelters were full",
    )
    assert quote.speaker is not None and quote.speaker.text == "The Harbor Trust", quote.speaker


def test_a_council_that_sat_down_with_reporters_answers(pipeline):
    # Near miss: an ORG subject with the press after 'with' is the interviewee, not 'reporters'.
    text = (
        "The Water Board on the water plant\n\nThe Water Board sat down with reporters on Friday at its office.\n\n"
        + _QA_ANSWERS
    )
    quote = first_quote_in(pipeline, text, "The plant is safe")
    assert quote.speaker is None or quote.speaker.text != "reporters", quote.speaker
