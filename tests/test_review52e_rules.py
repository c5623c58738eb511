"""Review52e: seen52b's four rules read sceptically on invented political news — the near misses
each must leave alone, the two misfires found (and fixed), and what was seen and left.

- ``attribution/motion_verbs.py``: sound — a verb of motion after a credit ('said as she walked
  off the stage', 'said, driving home the point') or before it ('flew to Ohio, where she said')
  leaves the report alone.
- ``speakers/type_names.py``: sound on named committees; two older faults with a named PAC left.
- ``entities/cause_names.py``: misfired in a headline's title case ('Boeing Machinists for a
  Third Week Stay Off the Job'); fixed.
- ``attribution/quoted_objects.py``: misfired on an 'as' phrase whose noun bears a relative
  clause ('"Lock her up" as a chant that lasted several minutes'); fixed.

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of
from tests.test_probe52_rules import _contents

_HEAD = "Campaign trail notes\n\n"


def _quotes(pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.cue.text if q.cue else None) for q in pipeline.analyze(text).quotes]


# --- a verb of motion: sound --------------------------------------------------------------------


def test_a_credit_before_walking_off_keeps_its_quotation(pipeline):
    text = _HEAD + (
        'Mayor Ana Ruiz thanked the volunteers. "We will win in November," Ruiz said as she walked off the stage.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "We will win in November").name == "Ana Ruiz"


def test_a_credit_before_driving_home_the_point_keeps_its_quotation(pipeline):
    text = _HEAD + (
        'Governor Tom Hale spoke for an hour in Akron. "This plant is not closing," he said, driving home the '
        "point with a fist on the lectern.\n"
    )
    assert speaker_of(pipeline.analyze(text), "This plant is not closing").name == "Tom Hale"


def test_a_report_after_a_flight_is_kept(pipeline):
    text = _HEAD + "Senator Dana Pike flew to Erie on Monday, where she said the steel plant would reopen by June.\n"
    record = pipeline.analyze(text)
    assert speaker_of(record, "the steel plant would reopen by June").name == "Dana Pike"


# --- the type of committee: sound on named committees ----------------------------------------


def test_a_named_committee_with_a_super_pac_apposed_keeps_its_name(pipeline):
    text = _HEAD + "Heartland Values Fund, a super PAC backing the senator, said it would spend $5 million in Iowa.\n"
    assert speaker_of(pipeline.analyze(text), "spend $5 million").name == "Heartland Values Fund"


def test_the_pac_after_a_named_pac_is_that_pac(pipeline):
    text = _HEAD + (
        "Granite Future PAC bought airtime in Manchester this week. The PAC said it would spend $2 million on ads "
        "in the final week.\n"
    )
    assert speaker_of(pipeline.analyze(text), "spend $2 million").name == "Granite Future PAC"


@pytest.mark.xfail(
    strict=True,
    reason="'Priorities USA, a super PAC, said': the small model tags 'PAC' and not the committee's name, and the "
    "speaker comes out unresolved (named 'Priorities USA' but no entity); the same before seen52b's type_names "
    "(review52e, left: the recogniser's span, not the type rule). xfail53, left: making an entity of the "
    "capitalised words before ', a super PAC/group' would meet train's 'San Francisco, a group of …' and "
    "'Tuesday, the PAC'",
)
def test_a_named_pac_with_its_type_apposed_is_an_organisation(pipeline):
    text = _HEAD + "Priorities USA, a super PAC, said it would spend $5 million on ads in Florida.\n"
    speaker = speaker_of(pipeline.analyze(text), "spend $5 million")
    assert (speaker.kind.value, speaker.name) == ("organisation", "Priorities USA")


@pytest.mark.xfail(
    strict=True,
    reason="'Priorities USA bought airtime … The super PAC said': the description is not joined to the committee "
    "named before; anonymous 'The super PAC' now (seen52b's type_names), an organisation named 'PAC' before — "
    "no worse, still not the committee (review52e, left: a description's antecedent, not the type rule)",
)
def test_the_super_pac_after_a_named_committee_is_that_committee(pipeline):
    text = _HEAD + (
        "Priorities USA bought airtime in Tampa this week. The super PAC said it would spend $2 million on ads in "
        "the final week.\n"
    )
    assert speaker_of(pipeline.analyze(text), "spend $2 million").name == "Priorities USA"


# --- a body named for its cause ------------------------------------------------------------------


def test_a_headline_in_title_case_runs_no_name_over_for(pipeline):
    # misfire fixed: every word of a headline is capitalised, the weeks untagged, the verb eaten
    text = "Boeing Machinists for a Third Week Stay Off the Job\n\nThe strike went on on Monday, a union spokesman said.\n"
    names = [entity.name for entity in pipeline.analyze(text).entities]
    # before the fix: "Boeing Machinists for a Third Week Stay Off"
    assert not any(name.startswith("Boeing Machinists for") for name in names), names


def test_a_cause_name_in_a_body_sentence_is_still_whole(pipeline):
    # guard for the fix: the same shape in a body sentence
    text = _HEAD + "Miami Exiles for a Free Cuba said the embargo should stay.\n"
    assert speaker_of(pipeline.analyze(text), "the embargo should stay").name == "Miami Exiles for a Free Cuba"


def test_a_group_in_lower_case_names_no_cause(pipeline):
    text = _HEAD + "The senator spoke to a group for a Free Cuba on Friday.\n"
    names = [entity.name for entity in pipeline.analyze(text).entities]
    assert not any("for a Free Cuba" in name for name in names), names


def test_a_place_for_a_day_is_no_organisation(pipeline):
    text = _HEAD + "The mayor declared Ohio for a Day a success, and organisers said the fair would return.\n"
    names = [entity.name for entity in pipeline.analyze(text).entities]
    assert "Ohio for a Day" not in names, names


def test_americans_for_prosperity_is_an_organisation(pipeline):
    # xfail53: a people's plural tagged NORP opens a cause's name too (entities/cause_names.py);
    # on PolNeAR train every such plural with 'for' and a capitalised cause is a group's name
    text = _HEAD + "Americans for Prosperity said it would knock on a million doors in Wisconsin.\n"
    speaker = speaker_of(pipeline.analyze(text), "knock on a million doors")
    assert (speaker.kind.value, speaker.name) == ("organisation", "Americans for Prosperity")


def test_a_peoples_plural_before_a_capitalised_cause_is_a_group(pipeline):
    text = _HEAD + "Americans for Safer Harbors said the permit should be withdrawn.\n"
    speaker = speaker_of(pipeline.analyze(text), "permit should be withdrawn")
    assert (speaker.kind.value, speaker.name) == ("organisation", "Americans for Safer Harbors")


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: 'for' of time in lower case, and a verb's 'for' (what they were thanked for)
        "Democrats for years have said the levy would fail.",
        "The senator thanked Americans for Their Patience in a video on Friday.",
        # a person after 'for': whom the people are rallied for (a train headline's shape)
        "The governor rallies Democrats for Ana Ruiz at the harbour on Friday.",
    ],
)
def test_a_peoples_plural_with_no_cause_hung_on_it_names_no_group(pipeline, sentence):
    names = [entity.name for entity in pipeline.analyze(_HEAD + sentence + "\n").entities]
    assert not any(" for " in name for name in names), names


# --- quotations before a writer's 'as' clause ---------------------------------------------------


def test_a_chant_as_a_noun_with_a_relative_clause_keeps_its_as_phrase(pipeline):
    # misfire fixed: 'as a chant that lasted …' is an 'as' phrase, its clause a relative one
    text = _HEAD + 'Supporters shouted "Lock her up" as a chant that lasted several minutes.\n'
    # before the fix: the content was "Lock her up" alone
    assert '"Lock her up" as a chant that lasted several minutes' in _contents(pipeline, text)


def test_a_slogan_as_a_rallying_cry_keeps_its_as_phrase(pipeline):
    text = _HEAD + 'Organizers chose "Not one more" as the rallying cry that opened the march.\n'
    assert '"Not one more" as the rallying cry that opened the march' in _contents(pipeline, text)


def test_a_chant_before_a_scene_still_ends_at_the_quotation(pipeline):
    # guard for the fix: the rule's own shape, the parse hanging 'as' as a mark
    text = _HEAD + 'Many chanted "Safe staff saves lives" as board members walked in for the vote.\n'
    assert "Safe staff saves lives" in _contents(pipeline, text)


def test_a_called_quotation_before_an_as_clause_is_unchanged(pipeline):
    text = _HEAD + 'Senator Dana Pike called the shutdown "a disgrace" as lawmakers returned to the Capitol.\n'
    assert ('the shutdown "a disgrace"', "called") in _quotes(pipeline, text)


def test_an_as_clause_that_is_the_credit_keeps_its_quotation(pipeline):
    text = _HEAD + 'The bill is "a gift to the oil companies," as the senator put it on Tuesday.\n'
    assert ("a gift to the oil companies,", "put") in _quotes(pipeline, text)


def test_the_senator_who_put_it_is_the_speaker(pipeline):
    # xfail53: no fault. The speaker is 'the senator' as written; its name is None because the
    # article names no senator, as for 'the senator said' (unresolved, not named 'the senator')
    text = _HEAD + 'The bill is "a gift to the oil companies," as the senator put it on Tuesday.\n'
    speaker = speaker_of(pipeline.analyze(text), "a gift to the oil companies")
    assert (speaker.text, speaker.name) == ("the senator", None)


def test_the_senator_who_put_it_is_the_senator_named_before(pipeline):
    text = _HEAD + (
        "Senator Dana Pike voted against the bill on Monday. The bill is \"a gift to the oil companies,\" as the "
        "senator put it on Tuesday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a gift to the oil companies").name == "Dana Pike"
