"""Seen52b's rules for faults probe52 saw (tests/test_probe52_beats.py), each on invented
political news, with near misses beside each where the rule must not fire:

- ``attribution/motion_verbs.py``: 'Ostrow spent the morning …, but about an hour in, the
  nominee strolled back to the press seats' — a verb of motion reports nothing said before it.
- ``speakers/type_names.py``: 'A super PAC supporting the governor said' — the tagged word
  "PAC" is the kind of committee, no name.
- ``entities/cause_names.py``: 'Michigan Voters for a Clean Lake said' — a body named for its
  cause runs on over "for a …" when the small model tags the cause apart.
- ``attribution/quoted_objects.py``: 'Some chanted "Not in our valley" as ticket holders lined
  up' — a content of quotations alone ends before the writer's 'as' clause.

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.motion_verbs import moves_after_content
from tests.conftest import REPO, doc_context, speaker_of
from tests.test_probe52_rules import _contents

_HEAD = "Campaign trail notes\n\n"


# --- a verb of motion --------------------------------------------------------------------------

_BUS = _HEAD + (
    "ABOARD THE OSTROW BUS — Maria Ostrow spent most of the ride from Akron to Toledo in a rear booth, "
    "but about an hour in, the Democratic nominee strolled forward to the press seats.\n"
)


def _candidate(ctx, cue_word: str, content: str, quoted: float = 0.0) -> Candidate:
    trigger = next(t.i for t in ctx.doc if t.text == cue_word)
    start = ctx.text.index(content)
    cand = Candidate(
        trigger, ctx.idx[trigger], (trigger, trigger + 1), [(start, start + len(content))], "child:ccomp", -1
    )
    cand.quoted_share = quoted
    return cand


def test_the_writers_clause_before_a_verb_of_motion_is_no_report(nlp):
    ctx = doc_context(nlp, _BUS)
    content = "Maria Ostrow spent most of the ride from Akron to Toledo in a rear booth"
    assert moves_after_content(ctx, _candidate(ctx, "strolled", content))


def test_the_probes_dateline_sentence_is_no_quote_of_wandered(pipeline):
    # probe52's plane article (invented): "ABOARD THE KELLER PLANE — … the Republican nominee
    # wandered back to the press section" was a quote of "wandered"
    text = (REPO / "tests" / "fixtures" / "probe52" / "plane.txt").read_text(encoding="utf-8")
    assert not [q.text for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.lemma == "wander"]


def test_words_after_a_verb_of_motion_are_not_its_concern(nlp):
    # near miss: what follows the verb is left to the model ("walked back his remarks that …")
    text = _HEAD + "Senator Hal Brenn walked back his claim that the plant would close by June.\n"
    ctx = doc_context(nlp, text)
    assert not moves_after_content(ctx, _candidate(ctx, "walked", "his claim that the plant would close by June"))


def test_a_quotation_before_a_verb_of_motion_stays(nlp):
    # near miss: quoted words are someone's, whichever verb the parse hung them on
    text = _HEAD + '"We are not done in Ohio," Ostrow told the crowd and strolled off the stage.\n'
    ctx = doc_context(nlp, text)
    assert not moves_after_content(ctx, _candidate(ctx, "strolled", "We are not done in Ohio,", quoted=1.0))


def test_a_reporting_verb_after_the_content_is_untouched(nlp):
    # near miss: the same shape with a verb of saying
    text = _HEAD + "Maria Ostrow will win Lucas County by ten points, her pollster predicted on Friday.\n"
    ctx = doc_context(nlp, text)
    assert not moves_after_content(
        ctx, _candidate(ctx, "predicted", "Maria Ostrow will win Lucas County by ten points")
    )


# --- the type of committee as a name -----------------------------------------------------------


def test_a_super_pac_is_named_by_no_one(pipeline):
    text = _HEAD + "A super PAC supporting the governor said it would spend $2 million on ads in the final week.\n"
    speaker = speaker_of(pipeline.analyze(text), "spend $2 million")
    # before: an organisation named "PAC"; the study samples class an unnamed committee anonymous
    assert (speaker.kind, speaker.name) == ("anonymous", "A super PAC")


def test_a_named_pac_keeps_its_name(pipeline):
    # near miss: a committee's own name ends in its type
    text = _HEAD + "Granite Future PAC said it would spend $2 million on ads in the final week.\n"
    assert speaker_of(pipeline.analyze(text), "spend $2 million").name == "Granite Future PAC"


# --- a body named for its cause ---------------------------------------------------------------


def test_a_body_named_for_its_cause_keeps_the_whole_name(pipeline):
    text = _HEAD + "Michigan Voters for a Clean Lake said the plant should close.\n"
    record = pipeline.analyze(text)
    # before: "Michigan Voters" (the small model tags "Clean Lake" apart)
    assert speaker_of(record, "the plant should close").name == "Michigan Voters for a Clean Lake"
    assert "Clean Lake" not in [entity.name for entity in record.entities]


def test_a_coalition_named_for_its_cause_in_apposition(pipeline):
    text = (
        _HEAD
        + "Oregon Renters for a Fair Lease, a coalition of tenant groups, argues that rents have doubled in a decade.\n"
    )
    # before: "Oregon Renters"
    assert speaker_of(pipeline.analyze(text), "rents have doubled").name == "Oregon Renters for a Fair Lease"


def test_a_verbs_for_stays_out_of_the_name(pipeline):
    # near miss: "for" hangs on "thanked", not on the company's name
    text = _HEAD + "The chamber thanked Midwest Power for the Clean Energy Pledge, its president said.\n"
    names = [entity.name for entity in pipeline.analyze(text).entities]
    assert "Midwest Power" in names, names
    assert not any(name.startswith("Midwest Power for") for name in names), names


def test_a_pollster_working_for_another_body_stays_apart(pipeline):
    # near miss: the words after "for" are another organisation (a pollster's client)
    text = _HEAD + (
        "The survey was conducted by Edison Research for the Associated Press, which said turnout "
        "was the highest in two decades.\n"
    )
    names = [entity.name for entity in pipeline.analyze(text).entities]
    assert not any(name.startswith("Edison Research for") for name in names), names


# --- the writer's 'as' clause after a chanted quotation ---------------------------------------

_FRESNO = "Protesters greet governor in Fresno\n\n"


def test_a_chant_ends_before_the_writers_as_clause(pipeline):
    text = _FRESNO + (
        "About two hundred protesters gathered across the street from the fairgrounds on Saturday before the "
        'rally began. Some chanted "Not in our valley" as ticket holders lined up at the gates.\n'
    )
    assert "Not in our valley" in _contents(pipeline, text), _contents(pipeline, text)


def test_a_chant_ends_before_an_as_clause_read_as_a_preposition(pipeline):
    text = _FRESNO + (
        "Dozens of nurses stood outside the hospital in the rain on Monday. Many chanted "
        '"Safe staff saves lives" as board members walked in for the vote.\n'
    )
    assert "Safe staff saves lives" in _contents(pipeline, text), _contents(pipeline, text)


def test_the_probes_chant_ends_at_the_quotation(pipeline):
    text = (REPO / "tests" / "fixtures" / "probe52" / "protest.txt").read_text(encoding="utf-8")
    assert "No wall, no hate" in _contents(pipeline, text)


def test_an_as_phrase_after_a_quotation_stays(pipeline):
    # near miss: 'as' with no clause of its own is the report's ("named X as Y")
    text = _FRESNO + 'Ostrow named "Hamilton" as her favorite musical.\n'
    assert '"Hamilton" as her favorite musical' in _contents(pipeline, text), _contents(pipeline, text)


def test_a_clause_around_a_quotation_keeps_its_as_clause(pipeline):
    # near miss: the speaker's own clause holds the quotation; the 'as' clause is part of what was
    # said (PolNeAR train: 'was "stagnant for about a month" as donors waited …' is one gold content)
    text = _FRESNO + 'A spokesman said the rally was "the largest of the campaign" as aides counted the crowd.\n'
    assert 'the rally was "the largest of the campaign" as aides counted the crowd' in _contents(pipeline, text)


# --- seen and left ------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'Secretary of State Margaret Lyle sought … to reassure allies alarmed by the Republican nominee's "
    "suggestion …': the candidacy noun goes to the person just named (speakers/people._person_just_named), though "
    "the nominee is named only two paragraphs on ('the nominee, Gov. Curtis Bane'). Left: a secretary is an office "
    "candidate.py lets a candidate hold (a state's secretary of state runs for governor), and on PolNeAR train none "
    "of the 62 candidacy-noun descriptions resolved has this shape (session 52)",
)
def test_a_nominee_named_only_later_is_not_the_secretary_named_before(pipeline):
    text = (REPO / "tests" / "fixtures" / "probe52" / "foreign.txt").read_text(encoding="utf-8")
    record = pipeline.analyze(text)
    assert speaker_of(record, "might not defend NATO members").name in (None, "Curtis Bane")


def test_a_pollster_working_for_a_paper_the_model_leaves_untagged_stays_apart(pipeline):
    # near miss: "for the …" names whom the body works for, tagged or not
    text = _HEAD + "A poll conducted by Harlow Research for the Dunmore Ledger shows that turnout will be high.\n"
    assert speaker_of(pipeline.analyze(text), "turnout will be high").name != "Harlow Research for the Dunmore Ledger"
