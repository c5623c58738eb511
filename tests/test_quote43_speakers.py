"""Direct quotations given to the wrong speaker or cue (session 43, quote43): an object after a
coordinated verb read as an inverted speaker, a quotation a colon opens after a quoted fragment
joined to the fragment's cue, and a lead-in 'with X:' read as a name. Every text here is
invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_the_object_of_a_coordinated_verb_is_no_inverted_speaker(pipeline):
    # The parse hangs 'recalled' on the quoted 'freezes', whose subject is inside the quotation;
    # the noun after the verb is its object, not a speaker inverted after it ('"…," wrote a
    # retired teacher' has the verb right after the quotation). The verb after 'and' speaks for
    # the subject of the verbs before it, though their tense is another.
    record = pipeline.analyze(
        'Mayor Ann Lee supports "appropriate pay raises," opposes "across-the-board arbitrary pay freezes" and '
        'recalled the three-year freeze on basic city pay rates: "I saw how difficult it was for the crews to be told."\n'
    )
    assert speaker_of(record, "difficult it was").name == "Ann Lee"


def test_an_inverted_speaker_after_a_closing_quotation_stays(pipeline):
    record = pipeline.analyze('The council posted the plan online.\n\n"Too little, too late," wrote a retired teacher from Dover.\n')
    assert "teacher" in speaker_of(record, "Too little").text


def test_a_quotation_after_a_colon_is_not_the_fragment_cues_second_part(pipeline):
    text = (
        'Mayor Ann Lee hammered Tom Reyes, calling him a "wrecking ball," and contrasted the councillor, whom she '
        'described as "reckless," with Jana Park: "What I have seen working with Park is that she is a steady hand."\n'
    )
    record = pipeline.analyze(text)
    fragment = next(q for q in record.quotes if "reckless" in q.text)
    assert "steady hand" not in fragment.text
    # the colon's lead-in 'with Jana Park' names no speaker: the clause's verb ('contrasted') has it
    assert speaker_of(record, "steady hand").name == "Ann Lee"


def test_a_credit_after_a_quoted_headline_still_names_the_author(pipeline):
    record = pipeline.analyze(
        'HARBOUR NEWS—"A new director for the ferry museum," by the Gazette\'s Jana Park: "Ms. Okafor, 48, has '
        'never led a museum before, but she spent twenty years raising money for one."\n'
    )
    assert "Jana Park" in speaker_of(record, "never led a museum").text


def test_a_question_put_to_the_speaker_does_not_take_the_answer(pipeline):
    # 'when asked …' hangs on 'told' between the cue and the quotation: a question put to the
    # cue's own speaker, no report of its own standing between them.
    record = pipeline.analyze(
        "Any decision to charge someone would involve Attorney General Ann Lee, who told the council when asked "
        'last month about the ferry inquiry: "That matter is being handled by career harbour inspectors, as well as '
        "the career attorneys in the city solicitor's office. They will make a recommendation to me when the time "
        'is appropriate."\n'
    )
    assert speaker_of(record, "career harbour inspectors").name == "Ann Lee"
