"""Which person a definite description by a title, an occupation or a role stands for, when the
person titled so, the person a pronoun would take and the person just named differ."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def test_an_occupation_is_the_person_just_named_not_one_titled_so_paragraphs_ago(pipeline):
    # "the actor" two paragraphs after "actor Leo Brandt" and just after Omar Haddad is named
    # as a subject is Haddad, as a pronoun would be; right after Brandt is named it is Brandt.
    text = (
        "Stars speak out on casting\n\n"
        "Actor Leo Brandt said studios still cast by type. He has played six villains.\n\n"
        "The festival opened on Friday in Austin. Tickets sold out within an hour.\n\n"
        "Comedy star Omar Haddad spent the summer writing a new show. The actor said the show "
        "would tour in the spring.\n\n"
        "Actor Pia Lund joined the cast last week. The actor said rehearsals had begun.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "would tour in the spring").name == "Omar Haddad"
    assert speaker_of(record, "rehearsals had begun").name == "Pia Lund"


def test_a_title_passes_over_a_higher_ranked_person_the_office_contradicts(pipeline):
    # A pronoun would take Ruiz, named first (out of reach: Berg is named after her); "the former
    # Idaho governor" is Berg, whose title it is.
    text = (
        "Rivals share a playlist\n\n"
        "Sen. Ana Ruiz and former Gov. Tom Berg have more in common than their home state. "
        "They also enjoy the same music. The former Idaho governor said he listens to opera every "
        "night.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "he listens to opera").name == "Tom Berg"


def test_a_description_after_a_list_heading_is_the_person_the_heading_names(pipeline):
    # "6. Tom Reyes." heads a ranked list's item: "the Texas governor" after it is Reyes,
    # not Vance, whom the previous item was about and a pronoun would still take.
    text = (
        "Governors who could still win\n\n"
        "7. Chris Vance.  The Iowa governor has moved beyond the scandal. Vance still needs a "
        "stumble by the others.\n\n"
        "6. Tom Reyes.  The Texas governor said he was in a similar place to Vance.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "in a similar place").name == "Tom Reyes"


def test_a_description_does_not_pass_over_the_subject_for_a_person_named_in_passing(pipeline):
    # Moss is named last, but as an object: "the real estate mogul" is not taken from Harmon
    # for him (Harmon or nobody).
    text = (
        "Harmon steps up attacks\n\n"
        "Lee Harmon spoke for an hour in Tulsa on Monday. The crowd cheered loudly. He attacked "
        "Jeb Moss over his record on trade. The real estate mogul said the deals had cost jobs.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "had cost jobs").name != "Jeb Moss"


def test_a_party_description_is_the_possessor_just_named_when_the_subject_is_out_of_reach(pipeline):
    # Trump, whom a pronoun would take, is named again later in the sentence (so not "the
    # Republican"); Morrow, named just before as the column's possessor, is.
    text = (
        "Readers write\n\n"
        "Donald Trump has a long history of blaming others for his wounds. In Sen. Jed Morrow's column "
        "on Monday, the Republican from Alabama tells Trump that the news media is not to blame for "
        "his decline in the polls.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "his decline in the polls").name == "Jed Morrow"


def test_a_title_of_lower_rank_does_not_hold_the_office_its_last_word_names(pipeline):
    # "Assistant District Attorney Ruth Okafor" is named after the defendant's lawyer, but "the
    # attorney" is the lawyer: an assistant, deputy or vice title is another office. With the
    # rank written in the description ("the deputy mayor"), the lower rank is the one meant.
    text = (
        "Baker denies fraud charges\n\n"
        "Owen Pratt, 61, faces six counts of fraud. His attorney, Lena Vos, said her client had "
        "kept every receipt.\n\n"
        "Assistant District Attorney Ruth Okafor said the state would call twelve witnesses. "
        "Pratt did not speak. The attorney said he would testify at trial.\n\n"
        "Mayor Dan Hale and Deputy Mayor Iris Kemp attended the hearing. The deputy mayor said "
        "the city would review its contracts.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "he would testify at trial").name == "Lena Vos"
    assert speaker_of(record, "review its contracts").name == "Iris Kemp"


def test_a_lieutenant_general_is_the_general(pipeline):
    # A military rank's lieutenant or vice grade is called by the rank alone ("the general",
    # "the admiral", as "Lt. Gen." already read), so the general is Ortiz and the pronoun after
    # him is Ortiz, not the colonel named between (before: both unresolved / Whitby).
    text = (
        "Brigades to move south\n\n"
        "Lieutenant General Paul Ortiz told reporters on Tuesday that two brigades would move "
        "south by March. Army spokesman Colonel Dan Whitby said the first convoys would leave "
        "next month.\n\n"
        "The general said he would visit the new bases in April.\n\n"
        '"Soldiers need a board that makes sense," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "visit the new bases").name == "Paul Ortiz"
    assert speaker_of(record, "a board that makes sense").name == "Paul Ortiz"


def test_the_general_is_the_full_general_not_the_lieutenant_general_beside_him(pipeline):
    # A lieutenant general answers to "the general" only when no full general is about: with
    # General Ortiz named too, "the general" is he, though Sand was named just before (before:
    # Sand, as if both held the rank).
    text = (
        "Brigades to move south\n\n"
        "General Paul Ortiz and Lieutenant General Maria Sand told reporters on Tuesday that two "
        "brigades would move south. The general said he would visit the new bases in April.\n"
    )
    assert speaker_of(pipeline.analyze(text), "visit the new bases").name == "Paul Ortiz"


def test_the_governor_is_not_the_lieutenant_governor_just_named(pipeline):
    # Soto is named last, as a pronoun would take him, but his title is a lower rank of the
    # office: "the governor" is Pike (before: Soto, as if both held the title).
    text = (
        "Troops welcomed home\n\n"
        "Governor Ann Pike and Lieutenant Governor Ray Soto met the returning troops on Friday. "
        "The governor said the state would help with housing.\n"
    )
    assert speaker_of(pipeline.analyze(text), "help with housing").name == "Ann Pike"


def test_a_trade_noun_is_the_person_just_named_with_a_title_of_that_trade(pipeline):
    # A pronoun would take Dale Voss, the subject; "the anchor" is Rita Olmos, whom the article
    # called a reporter (a title of the same trade), not the governor.
    text = (
        "Governor ejects a reporter\n\n"
        "At a news conference in Santa Fe on Monday, Gov. Dale Voss threw veteran television "
        "reporter Rita Olmos out of the room. The anchor for Channel Nine said she had only "
        "asked about the budget.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "only asked about the budget").name == "Rita Olmos"


def test_a_trade_noun_keeps_the_subject_when_no_one_just_named_holds_the_trade(pipeline):
    # Olmos is no reporter here: "the actor" stays with the subject, as a pronoun would.
    text = (
        "Actor answers critics\n\n"
        "Actor Sam Pryce met mayor Rita Olmos at the gala on Monday. The actor said he would "
        "give the prize money to the city.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "give the prize money").name == "Sam Pryce"


def test_the_watchdog_of_an_agency_is_its_inspector_general(pipeline):
    # "Watchdog" is the press's word for an inspector general: "the agency's watchdog" is
    # the inspector general named just before, as "the inspector general" would be.
    text = (
        "Audit faults records office\n\n"
        "The records office lost hundreds of files last year, Interior Department Inspector "
        "General Nora Quist found in an audit released Friday. The office has hired two clerks "
        "since then.\n\n"
        "\"The losses were avoidable,\" the agency's watchdog said in the audit.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "The losses were avoidable").name == "Nora Quist"


# Fixed by seen49 (newuser47c's strict xfail): the wire of a dateline's credit wrote the story and is
# no body a description stands for (speakers/wire_credits.py).
@pytest.mark.parametrize("dateline", ["EASTPORT, Oct 18 (Reuters) - ", "EASTPORT (Reuters) - "])
def test_a_description_is_not_the_wire_agency_of_the_dateline(pipeline, dateline):
    record = pipeline.analyze(f"Debate draws big audience\n\n{dateline}The debate drew 1.2 million "
                              "viewers, the broadcaster said on Friday.\n")
    assert [q.speaker.name for q in record.quotes if q.speaker is not None] == [None]


@pytest.mark.parametrize(
    ("body", "snippet", "name"),
    [
        # near misses: a body the story itself names under the wire's dateline
        ("The debate drew 1.2 million viewers, Channel 4 said. The broadcaster said the figure was a record.",
         "the figure was a record", "Channel 4"),
        ("The International Energy Agency cut its forecast on Friday. The agency said demand would fall.",
         "demand would fall", "International Energy Agency"),
    ],
)
def test_a_description_under_a_wires_dateline_is_the_body_the_story_names(pipeline, body, snippet, name):
    record = pipeline.analyze(f"Debate draws big audience\n\nEASTPORT, Oct 18 (Reuters) - {body}\n")
    assert speaker_of(record, snippet).name == name
