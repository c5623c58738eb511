"""Speakers the article says it does not name: a "who" or a description in a sentence granting
anonymity ("who declined to be identified"), and a plural no entity holds ("Millennials",
"Hundreds"), are unnamed people, not the person named beside them nor a name as written.

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


_UNNAMED_BY_SENTENCE = {
    # "a longtime adviser to Ruiz, who declined to be identified": the relative is the adviser,
    # whom the article does not name, not Ruiz, named right before it.
    "who declined to be identified": (
        "The quiet campaign of Maria Ruiz\n\n"
        "Maria Ruiz has held few rallies this summer. \"She trusts the old map of the county,\" said "
        "a longtime adviser to Ruiz, who declined to be identified and warned that the campaign "
        "was running out of money.\n",
        "the campaign was running out of money",
        "Maria Ruiz",
    ),
    # The officials are described by where the server was taken from; the sentence says they go
    # unnamed, so no town or person named inside their phrase is the speaker.
    "officials speaking on condition of anonymity": (
        "Investigators widen the server inquiry\n\n"
        "Investigators are examining the servers of the regional water board. Federal officials "
        "familiar with the server taken from the board's office in Dunmore, Pa., speaking on the "
        "condition of anonymity, said that the inquiry would last into the spring.\n",
        "the inquiry would last into the spring",
        "Dunmore",
    ),
}


@pytest.mark.parametrize("case", sorted(_UNNAMED_BY_SENTENCE))
def test_a_speaker_its_sentence_leaves_unnamed_is_not_a_name_beside_it(pipeline, case):
    text, snippet, named_beside = _UNNAMED_BY_SENTENCE[case]
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.kind == "anonymous" and speaker.name != named_beside


def test_a_plural_no_entity_holds_is_unnamed_people_not_a_name(pipeline):
    # "Millennials" is capitalised but names a generation, not a body: unnamed people (kept, as
    # every unnamed group, with the mention as their name), no longer a name as written.
    text = (
        "Young voters split on energy\n\n"
        "A new survey of voters under 35 was released on Tuesday. Across partisan lines, "
        "Millennials have reached a rare consensus that solar power should be expanded. By a wide "
        "margin, Millennials also say that the minimum wage should rise.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("solar power should be expanded", "the minimum wage should rise"):
        voters = speaker_of(record, snippet)
        assert voters.kind == "anonymous" and voters.entity_id is None, snippet



# noreport57: the relative 'who' of an unnamed source was named "who" (the mention as written); it is
# named by the description it stands for, climbing over a preposition's object and an apposition.
# The first two fail on main (c9fef787); the third (the noun right before 'who') was named so
# already and guards the climb's plainest case.
@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            '"The budget is dead for this year," said a senior aide to the governor, who declined to be '
            "identified and warned that the session would end without a vote.\n",
            "the session would end without a vote",
            "a senior aide to the governor",
        ),
        (
            "A campaign official for Dana Whitlock, the Democratic nominee, who spoke on condition of anonymity "
            "to discuss the talks, said the campaign had asked its electors to stay loyal.\n",
            "the talks",
            "A campaign official for Dana Whitlock",
        ),
        (
            "The plan was dropped, according to a city hall official who requested anonymity to speak candidly.\n",
            "anonymity to speak candidly",
            "a city hall official",
        ),
    ],
    ids=["aide-to-the-governor", "over-an-apposition", "right-after-the-noun"],
)
def test_an_unnamed_relative_who_is_named_by_its_description(pipeline, text, snippet, name):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.text == "who" and speaker.kind == "anonymous" and speaker.name == name



# review57c: the climb stopped at a modifier after the noun, so the name was what the source
# knows of or is close to ('the inspection', 'the mayor': a wrong person), and a number's 'of'
# ('one of the engineers') left 'who'. The climb goes on through the modifier to the noun; when
# the parse takes the noun for an adjective ('an official close to the mayor') 'who' stays.
@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("a person familiar with the inspection", "a person familiar with the inspection"),
        ("a person briefed on the inspection", "a person briefed on the inspection"),
        ("one of the engineers", "one of the engineers"),
        ("a lawyer representing the mayor", "a lawyer representing the mayor"),
        ("an official close to the mayor", "who"),
    ],
    ids=["familiar-with", "briefed-on", "one-of", "representing", "close-to-parsed-as-adjective"],
)
def test_an_unnamed_relative_who_is_not_named_by_what_its_source_knows_of(pipeline, source, name):
    text = (
        "The bridge dispute\n\nThe county closed the Harbor Street bridge on Monday. \"It was never safe,\" "
        f"said {source}, who declined to be identified and warned that two other bridges were at risk.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "two other bridges were at risk")
    assert speaker.text == "who" and speaker.kind == "anonymous" and speaker.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"It was never safe," one engineer, who spoke on condition of anonymity, told reporters.', "one engineer"),
        ('"It was never safe," said Ann Lee, a county engineer, who asked not to be named.', None),
        ('"It was never safe," said a spokesman for the county, who declined to be named.', "a spokesman for the county"),
    ],
    ids=["no-quotation-mark-opens-it", "a-name-stays-none", "over-a-preposition"],
)
def test_the_description_a_relative_who_stands_for(nlp, sentence, name):
    # near misses: the noun's left edge may be the quotation mark before it; a name ends the climb
    from newsmine.nlp.speakers.unnamed import described_by_relative

    doc = nlp(sentence)
    who = next(t.i for t in doc if t.lower_ == "who")
    assert described_by_relative(doc[who : who + 1]) == name
