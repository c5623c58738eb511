"""Seen44: faults probe43, probe43b and review43b saw on news outside politics and left, fixed
by general rules, with the near-misses that must stay as they are. Every text here is
invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

# --- "the actress said" after a cast list in parentheses ---------------------------------


def test_the_actress_is_the_one_a_cast_parenthesis_names_past_her_part(pipeline):
    # "She plays Nora": the part named between the actress and "the actress said" is no other person
    text = (
        "Review: 'Low Tide' is a patient thriller\n\n"
        "The film follows Nora (Maya Ortiz), a ferry captain, and her brother Sam (Leo Fenwick), who "
        "owes money to the wrong people.\n\n"
        "Ortiz is superb. She plays Nora as a woman who has stopped expecting help. "
        '"I wanted her to be tired, not brave," the actress said at the premiere.\n'
    )
    assert speaker_of(pipeline.analyze(text), "tired, not brave").name == "Maya Ortiz"


def test_the_actor_after_his_part_is_still_the_actor(pipeline):
    text = (
        "Review: 'Low Tide' is a patient thriller\n\n"
        "The film follows Nora (Maya Ortiz), a ferry captain, and her brother Sam (Leo Fenwick), who "
        "owes money to the wrong people.\n\n"
        "Fenwick is less convincing. He plays Sam as a boy. "
        '"Sam is a coward, and I liked that," the actor said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "Sam is a coward").name == "Leo Fenwick"


def test_a_real_person_named_between_is_still_another_person(pipeline):
    # only a part the cast parenthesis names is passed over: a co-star quoted between stays
    # between (the description is left unresolved, as before), and the part speaks for nobody
    text = (
        "Review: 'Low Tide' is a patient thriller\n\n"
        "The film follows Nora (Maya Ortiz), a ferry captain.\n\n"
        "Ortiz is superb. Her co-star Ben Ashdown said he learned a lot from her. "
        '"I wanted her to be tired, not brave," the actress said at the premiere.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "tired, not brave")
    assert speaker.name not in ("Ben Ashdown", "Nora")


# --- an unnamed lead speaker and the next named one --------------------------------------


def test_a_lead_speaker_given_her_is_not_the_man_named_next(pipeline):
    text = (
        "Storm batters coast\n\n"
        "A storm brought down trees and power lines along the coast on Sunday.\n\n"
        'A resident said her roof had gone. "We heard it lift off at about 3 a.m.," said fisherman '
        "Tom Hale, whose boat sank at its mooring.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "her roof had gone").name != "Tom Hale"
    assert speaker_of(record, "lift off").name == "Tom Hale"


def test_a_lead_speaker_given_her_is_still_the_woman_named_next(pipeline):
    # the delayed identification of a wire lead stays when the genders agree
    text = (
        "Storm batters coast\n\n"
        "A storm brought down trees and power lines along the coast on Sunday.\n\n"
        'A resident said her kitchen had flooded. "I have lived here 30 years and never seen it," '
        "said Jane Doe, who runs the corner shop.\n"
    )
    assert speaker_of(pipeline.analyze(text), "kitchen had flooded").name == "Jane Doe"


def test_a_lead_speaker_of_no_gender_is_still_the_person_named_next(pipeline):
    text = (
        "Storm batters coast\n\n"
        "A storm brought down trees and power lines along the coast on Sunday.\n\n"
        'A resident said the water came up in minutes. "We had no warning," said Tom Hale, who '
        "runs the corner shop.\n"
    )
    assert speaker_of(pipeline.analyze(text), "water came up").name == "Tom Hale"


# --- "Brandt, asked whether …, smiled" ---------------------------------------------------


def _quotes_holding(record, snippet):
    return [q for q in record.quotes if snippet in q.text]


def test_a_question_put_to_the_subject_in_an_aside_is_not_theirs(pipeline):
    text = (
        "Cup semi-final\n\n"
        "The home side won on penalties.\n\n"
        'Ellie Brandt, asked whether Kowalski would start the final, smiled. "We will see," she said.\n'
    )
    record = pipeline.analyze(text)
    asked = _quotes_holding(record, "whether Kowalski would start")
    assert asked and all(q.speaker is None or q.speaker.name != "Ellie Brandt" for q in asked)
    assert all("smiled" not in q.text for q in asked)
    assert speaker_of(record, "We will see").name == "Ellie Brandt"


def test_an_asked_aside_before_said_leaves_said_to_the_subject(pipeline):
    text = (
        "Club keeps its coach\n\n"
        "The club ended a poor season on Sunday.\n\n"
        "Diego Santos, asked about his future, said he would stay.\n"
    )
    assert speaker_of(pipeline.analyze(text), "he would stay").name == "Diego Santos"


def test_an_active_asked_after_an_aside_of_the_subject_keeps_its_asker(pipeline):
    # "Brandt, 45, asked whether …": the comma closes the age; she asks
    text = (
        "Club in turmoil\n\n"
        "The board met on Monday.\n\n"
        "Ellie Brandt, 45, asked whether the club would appeal, and the chairman said no.\n"
    )
    assert speaker_of(pipeline.analyze(text), "whether the club would appeal").name == "Ellie Brandt"


# --- a description, then a person named bare in the next sentence ------------------------

_TALKS = (
    "Moscow rejects talks offer\n\n"
    "Russia rejected on Monday an offer of talks on a ceasefire, days after the offer was made in "
    "Geneva by a group of mediators from three countries, two European and one Asian.\n\n"
    "The offer would have frozen the front line for sixty days and opened two corridors for "
    "civilians leaving the eastern towns, where fighting has gone on since the spring.\n\n"
    "The mediators had hoped for an answer by the end of the week.\n\n"
)


def test_a_person_named_bare_after_a_description_is_another_actor(pipeline):
    # "Sergei Lavrov told reporters": named with nothing that introduces him, someone the reader
    # is taken to know, not the adviser just described
    text = _TALKS + (
        'A Kremlin adviser said the offer was "not serious." Sergei Lavrov told reporters in Moscow '
        "that Russia would not negotiate under pressure.\n"
    )
    assert speaker_of(pipeline.analyze(text), "not serious").kind == "anonymous"


def test_a_person_introduced_after_a_description_is_still_the_one_described(pipeline):
    text = _TALKS + (
        'A Kremlin adviser said the offer was "a stunt." Yuri Orlov, who advises the president on '
        "foreign policy, told reporters it would be answered in writing.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a stunt").name == "Yuri Orlov"


def test_a_person_named_bare_after_an_owned_description_is_still_the_one_described(pipeline):
    # "the minister's spokesman": one post, whoever holds it is named next, however written
    text = _TALKS + (
        "The foreign minister's spokesman said the offer was \"a stunt.\" Maria Zorina told reporters "
        "it would be answered in writing.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a stunt").name == "Maria Zorina"


# --- an organisation's forces speak for it -----------------------------------------------

_BORDER = "Border clashes resume\n\nFighting resumed along the border on Tuesday after a week of calm.\n\n"


def test_an_armed_groups_forces_speak_for_the_group(pipeline):
    text = _BORDER + "Hezbollah's forces said they had fired rockets at two army posts. The army said it returned fire.\n"
    assert speaker_of(pipeline.analyze(text), "fired rockets").name == "Hezbollah"


def test_a_named_groups_forces_speak_for_the_group(pipeline):
    text = _BORDER + "The Wagner Group's forces said they had left the town.\n"
    assert speaker_of(pipeline.analyze(text), "left the town").name == "Wagner Group"


def test_a_persons_forces_are_still_the_people_round_her(pipeline):
    text = _BORDER + "Senator Ana Ruiz's forces said they would block the bill.\n"
    assert speaker_of(pipeline.analyze(text), "block the bill").name != "Ana Ruiz"


def test_a_places_army_is_still_its_body(pipeline):
    text = _BORDER + "Israel's army said it had struck launch sites.\n"
    speaker = speaker_of(pipeline.analyze(text), "launch sites")
    assert (speaker.name, speaker.kind) == ("Israel's army", "organisation")


# --- an interview written without 'Q:'/'A:' ------------------------------------------------

_INTERVIEW = (
    "'Bread is patience': Tomas Berg on ovens, debt and his new bakery\n\n"
    "By Clara Wynn\n\n"
    "Tomas Berg baked his first loaf at 12. Twenty years later he runs four bakeries in Oslo, and "
    "his new one opens in Bergen next week. He spoke to us in his kitchen.\n\n"
    "Why Bergen?\n\n"
    "My wife grew up there. I always thought the city deserved better bread.\n\n"
    "You have said that your first bakery nearly ruined you. Was it that bad?\n\n"
    "Worse. I thought good flour was enough, and it is not. I borrowed far too much.\n\n"
    "What would you tell a young baker?\n\n"
    "Sleep. And keep your own books. I learned both too late.\n"
)


def test_the_i_of_an_unmarked_interviews_answers_is_the_interviewee(pipeline):
    # not the byline's writer: the questions are paragraphs of their own ending in '?'
    assert speaker_of(pipeline.analyze(_INTERVIEW), "good flour was enough").name == "Tomas Berg"


def test_you_in_an_interviews_question_is_the_interviewee(pipeline):
    assert speaker_of(pipeline.analyze(_INTERVIEW), "first bakery nearly ruined").name == "Tomas Berg"


def test_you_in_a_marked_interviews_question_is_the_interviewee(pipeline):
    text = (
        "Ana Ruiz on the harbour plan\n\n"
        "Mayor Ana Ruiz spoke with the Gazette about the harbour plan.\n\n"
        "Q: You have said the plan will pay for itself. How?\n\n"
        "A: I think the ferry fees will cover it within ten years.\n\n"
        "Q: And the critics?\n\n"
        "A: I have met them twice. We disagree on the numbers.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pay for itself").name == "Ana Ruiz"


def test_an_op_eds_rhetorical_questions_make_no_interview(pipeline):
    # two questions put to no one, answered by the writer: the 'I' stays the byline's writer
    text = (
        "Our town needs its library\n\n"
        "By Clara Wynn\n\n"
        "The council will vote on Monday on closing the Harbour Street library.\n\n"
        "Why does this matter?\n\n"
        "I grew up in that library. I think the council has not counted what it gives.\n\n"
        "What would the town lose?\n\n"
        "I believe we would lose the only warm room open to everyone.\n"
    )
    assert speaker_of(pipeline.analyze(text), "has not counted").name == "Clara Wynn"
