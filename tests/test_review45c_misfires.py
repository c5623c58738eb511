"""Session 45 (review45c): misfires of seen45b's alias, naming and office rules on invented text.

"Maria Lopez, who dubbed Jack Hale a coward," does not make Hale her alias (she named him);
"a driver who goes by Main Street every morning" is not named Main Street; "The fund's founder,
Goldman Sachs," stays a firm (founders may be firms). The near-misses that must keep firing are
beside each. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest


def _quote(record, snippet):
    found = [q for q in record.quotes if snippet in q.text]
    assert found, [q.text for q in record.quotes]
    return found[0]


@pytest.mark.parametrize("verb", ["who dubbed Jack Hale a coward last year", 'who nicknamed Jack Hale "the Weasel"'])
def test_a_person_who_gives_another_a_nickname_keeps_her_own_name(pipeline, verb):
    # Jack Hale was joined to Maria Lopez as her alias, and his quote became hers
    text = f'Vote delayed\n\nMaria Lopez, {verb}, said the vote was rigged. "He ran away," Hale said.\n'
    record = pipeline.analyze(text)
    assert _quote(record, "ran away").speaker.name == "Jack Hale"
    assert _quote(record, "vote was rigged").speaker.name == "Maria Lopez"


def test_a_nickname_given_in_the_passive_is_still_an_alias(pipeline):
    text = (
        "Boxer returns\n\nThomas Reed, who was dubbed Tiger Tom by fans, said he would fight again. "
        '"I am not finished," Tiger Tom said.\n'
    )
    assert _quote(pipeline.analyze(text), "not finished").speaker.name == "Thomas Reed"


def test_a_street_passed_on_the_way_names_no_one(pipeline):
    # the driver was named "Main Street", and so was the "she" after her
    text = (
        "Lights out\n\nA driver who goes by Main Street every morning said the lights were broken. "
        '"It is chaos," she said.\n'
    )
    record = pipeline.analyze(text)
    assert _quote(record, "lights were broken").speaker.name != "Main Street"
    assert _quote(record, "It is chaos").speaker.name != "Main Street"


def test_a_firm_set_off_after_founder_stays_a_firm(pipeline):
    # "founder" was an office only a person holds, so the bank became a person
    text = "Fund to close\n\nThe fund's founder, Goldman Sachs, said the fees would fall.\n"
    labels = {e.name: e.label for e in pipeline.analyze(text).entities}
    assert labels.get("Goldman Sachs") == "ORG"


# (Lake: no speaker's name before seen46; now the office as written, an unnamed holder, not Dart)
@pytest.mark.parametrize(("county", "expected"), [("Lake", "Sheriff of Lake County"), ("Cook", "Tom Dart")])
def test_a_headline_sheriff_of_another_county_is_not_the_sheriff_named_below(pipeline, county, expected):
    # review45 guarded "the sheriff of Cook County" against a sheriff named later of another
    # county; the headline's description took him all the same
    text = (
        f"Sheriff of {county} County says jail is full\n\nDeputies arrested two men on Friday. "
        "Sheriff Tom Dart of Cook County said the arrests were routine.\n"
    )
    speaker = _quote(pipeline.analyze(text), "jail is full").speaker
    assert speaker.name == expected
