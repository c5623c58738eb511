"""A definite description of one person opening a paragraph ("The deputy head of the
delegation said …"), that no rule resolves, is the person the next sentence names for the first
time as a speaker ('"…," Senior Colonel Zhou Liming told reporters'); not someone named before, not
when the article grants anonymity, not when the next sentence's new speaker is only mentioned.
Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_LEAD = (
    "Navies trade warnings at Jakarta forum\n\n"
    "Defence ministers from 20 countries met in Jakarta on Saturday to discuss shipping lanes.\n\n"
    '"We will keep sailing where the law allows," Defence Secretary Alan Pryce said, adding that '
    "allies would join the patrols.\n\n"
)
_DESCRIBED = "The deputy head of the Chinese delegation said the patrols were a provocation and would fail.\n\n"


def test_a_description_is_the_speaker_the_next_sentence_introduces(pipeline):
    text = _LEAD + _DESCRIBED + '"This is a time for cooperation," Senior Colonel Zhou Liming told reporters.\n'
    assert speaker_of(pipeline.analyze(text), "patrols were a provocation").name == "Zhou Liming"


def test_the_last_man_to_run_is_the_one_quoted_next(pipeline):
    text = (
        "Mayor weighs an independent bid\n\n"
        "Mayor Dana Holt turned 70 this week and has not ruled out a run for governor.\n\n"
        "The last man to mount a serious independent campaign says he doubts she will run.\n\n"
        '"She only runs to win," says Victor Lund, who ran in 2010.\n'
    )
    assert speaker_of(pipeline.analyze(text), "doubts she will run").name == "Victor Lund"


def test_no_name_when_the_article_grants_anonymity(pipeline):
    granted = (
        '"This is a time for cooperation," an aide told reporters on condition of anonymity, before '
        "Senior Colonel Zhou Liming said the talks would go on.\n"
    )
    text = _LEAD + _DESCRIBED + granted
    assert speaker_of(pipeline.analyze(text), "patrols were a provocation").name != "Zhou Liming"


def test_not_someone_the_next_sentence_only_mentions(pipeline):
    text = _LEAD + _DESCRIBED + "Senior Colonel Zhou Liming, who leads the delegation, did not attend the dinner.\n"
    assert speaker_of(pipeline.analyze(text), "patrols were a provocation").name != "Zhou Liming"


def test_a_leads_unnamed_person_is_the_one_named_beside_the_next_cues_subject(pipeline):
    """'A former top aide to Gov. Ron Haskell described a "culture of fear" …' then '"…," said
    the aide, Meredith Calloway': the lead's newcomer is the person named in apposition to the
    next cue's subject, though that subject repeats the lead's noun ('the aide')."""
    text = (
        "Former aide describes chaos\n\n"
        'A former top aide to Gov. Ron Haskell described a "culture of fear" inside his office on '
        "Wednesday, saying staff were told to delete text messages.\n\n"
        '"It was not a suggestion," said the aide, Meredith Calloway, who served as deputy chief of staff.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "staff were told").name == "Meredith Calloway"
