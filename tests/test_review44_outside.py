"""Review44: where session 44's rules misfired on news outside politics (crime stories, company
news, op-eds), each with the smallest guard; the near-misses that must stay are the tests of
the rules themselves (test_seen44_outside, test_probe44_outside, test_naming_verbs). Every
text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

# --- a lead speaker's gender: not from the victim the lead reports on -------------------------


def test_a_lead_witness_is_the_man_named_next_though_the_victim_is_she(pipeline):
    text = (
        "Pedestrian hurt in hit-and-run\n\n"
        'A witness said she was hit by the car as she crossed the road. "It never slowed down," said '
        "Tom Briggs, who saw the crash from his shop.\n"
    )
    assert speaker_of(pipeline.analyze(text), "she was hit by the car").name == "Tom Briggs"


def test_a_lead_neighbor_is_the_woman_named_next_though_the_dead_man_is_he(pipeline):
    text = (
        "Man found dead in flat\n\n"
        'A neighbor said he had been dead for days before anyone noticed. "Nobody checked on him," '
        "said Maria Lopez, who lives across the hall.\n"
    )
    assert speaker_of(pipeline.analyze(text), "dead for days").name == "Maria Lopez"


# --- "…, police said" in the lead: only a force that speaks, where it happened ---------------


def test_police_in_the_lead_are_not_a_force_named_only_for_a_past_case(pipeline):
    text = (
        "Man held after chase ends in crash\n\n"
        "A man was arrested on Saturday after a car chase that ended in a crash on Highway 6, police said.\n\n"
        "The chase began shortly after midnight when officers tried to stop a stolen pickup truck.\n\n"
        "Two bystanders were treated for minor injuries at the scene.\n\n"
        "The suspect, 29, had been wanted by the Dallas Police Department since a robbery in 2019, "
        "court records show.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "man was arrested on Saturday")
    assert speaker.name != "Dallas Police Department"


def test_police_in_the_lead_abroad_are_not_the_force_at_home(pipeline):
    text = (
        "Tourist stabbed on Spanish beach\n\n"
        "A British tourist was stabbed on a beach in Marbella on Saturday, police said.\n\n"
        "The victim, a 22-year-old from Leeds, was taken to hospital in a serious condition.\n\n"
        "Witnesses said the attacker ran towards the old town.\n\n"
        "The Metropolitan Police said it was in contact with the family.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "tourist was stabbed")
    assert speaker.name != "Metropolitan Police"


# --- 'referring questions to …' names nothing the speaker said -----------------------------


def test_referring_questions_to_someone_is_no_reference(pipeline):
    text = (
        "Retailer sued over data breach\n\n"
        '"We are not commenting on ongoing litigation," the company said, referring questions to its '
        "outside counsel.\n"
    )
    record = pipeline.analyze(text)
    assert not [q for q in record.quotes if q.text == "its outside counsel"]


# --- an organisation's forces: not its sales force ------------------------------------------


def test_a_companys_sales_force_does_not_speak_for_the_company(pipeline):
    text = (
        "Software maker lifts forecast\n\n"
        "Norvell Systems raised its forecast on Tuesday. Norvell Systems's sales force said the new "
        "licences were selling well.\n"
    )
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "selling well" in q.text)
    assert quote.speaker is None or quote.speaker.name != "Norvell Systems"


# --- an op-ed's questions to its reader make no interview -----------------------------------


def test_an_op_eds_questions_put_to_you_make_no_interview(pipeline):
    # three questions put to the reader, each answered in the first person by the writer: the
    # 'I' is the byline's writer, not the mayor the introduction names
    text = (
        "Opinion: The council is failing our city\n\n"
        "By Helen Marsh\n\n"
        "Mayor Tom Reyes promised in 2019 that the buses would run on time by now. He was wrong.\n\n"
        "Do you remember when the buses ran on time?\n\n"
        "I do. My father drove the number 12 for twenty years, and I rode it to school.\n\n"
        "Have you tried to report a pothole lately?\n\n"
        "I have, three times. Nobody called me back.\n\n"
        "Are you willing to accept this for four more years?\n\n"
        "I am not, and I hope you are not either.\n"
    )
    assert speaker_of(pipeline.analyze(text), "you are not either").name == "Helen Marsh"


# --- another grade of the office: also for a speaker going on; "state" is no grade -----------


def test_the_deputy_chief_right_after_the_chiefs_words_is_someone_else(pipeline):
    text = (
        "City short of officers\n\n"
        'Police Chief Tom Hale said the department was short of officers. "We need 40 more," the '
        "deputy chief said.\n"
    )
    quote = next(q for q in pipeline.analyze(text).quotes if "40 more" in q.text)
    assert quote.speaker is None or quote.speaker.name != "Tom Hale"


def test_the_state_attorney_general_is_the_attorney_general_just_named(pipeline):
    text = (
        "Charges in pension fraud\n\n"
        'Attorney General Ruth Adler announced the charges on Monday. "No one is above the law," the '
        "state attorney general said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "above the law").name == "Ruth Adler"


def test_the_state_treasurer_is_the_treasurer_just_named(pipeline):
    text = 'Budget surplus\n\nTreasurer Mark Ivey said revenue was up. "We have a surplus," the state treasurer said.\n'
    assert speaker_of(pipeline.analyze(text), "a surplus").name == "Mark Ivey"


# --- a title in single marks ending in '!' is no quoted sentence ----------------------------


def test_a_title_in_single_marks_that_the_sentence_runs_on_past_is_no_quote(pipeline):
    text = (
        "Summer festival line-up\n\n"
        "The band played \"Hey Jude,\" Linn said. 'Oklahoma!' opened the second half.\n"
    )
    record = pipeline.analyze(text)
    assert not [q for q in record.quotes if "second half" in q.text]
