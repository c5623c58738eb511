"""Headlines that tell what happened are not attributions (session 46, headline46;
``attribution/headline_events.py``): 'Drought hits river barges' once gave a quote 'river
barges' by 'Drought' (cue 'hits'). A headline clause whose cue reports nothing and whose
source the body writes about only as a thing is dropped; a headline whose source the body
presents as a person or a body, or whose cue reports speech, keeps its quote. Every text here
is invented for newsmine."""

from __future__ import annotations

import pytest


def _contents(record) -> list[str]:
    return [q.text for q in record.quotes]


def _headline_quotes(record, text: str) -> list[str]:
    line_end = text.index("\n")
    return [q.text for q in record.quotes if q.start < line_end]


# --- what happened: dropped ---


def test_weather_headline_is_no_attribution(pipeline):
    text = (
        "Drought hits river barges\n\n"
        "The drought that has gripped the upper valley since July has left the river at its lowest "
        "level in forty years. Barge operators say they can load only half their usual cargo.\n\n"
        '"We are sailing with empty holds," said Ines Marlow, who manages a shipping firm in Kettering. '
        "The drought is expected to last until the autumn rains arrive.\n"
    )
    record = pipeline.analyze(text)
    assert _headline_quotes(record, text) == []
    assert "We are sailing with empty holds," in _contents(record)  # the body's quotes stay


def test_crime_headline_is_no_attribution(pipeline):
    text = (
        "Burglaries rattle quiet suburb\n\n"
        "A string of burglaries over the past month has left residents of Elmwood Park on edge. "
        "Police said six homes were entered through back windows.\n\n"
        "The burglaries happened during the day, when most owners were at work, according to "
        "Sergeant Dana Kolb.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == []


def test_sport_headline_is_no_attribution(pipeline):
    text = (
        "Injuries sink Harbour Rovers\n\n"
        "A run of injuries left Harbour Rovers with eleven fit players for Saturday's match, which "
        "they lost four-nil. The injuries began in training last week.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == []


# headline46 left it: 'pushes' is a stance cue ('push for'); with the particle 'up' or 'down' it
# moves a thing and takes no stance (seen47: cue_checks._pushed_up_or_down), in a headline or not.
def test_market_headline_is_no_attribution(pipeline):
    text = (
        "Glut pushes copper prices down\n\n"
        "Copper fell to a two-year low on Wednesday as a glut of metal piled up in warehouses. The "
        "glut has built since smelters restarted in the spring.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == []


def test_a_force_pushing_prices_up_is_no_attribution(pipeline):
    text = "Feed costs\n\nDrought in the plains is pushing up feed prices across the region this winter.\n"
    assert not [q for q in pipeline.analyze(text).quotes if q.cue is not None and q.cue.text.startswith("push")]


@pytest.mark.parametrize(
    ("headline", "quote"),
    [("Unions push for higher wages", "higher wages"),  # 'push for' takes a stance
     ("Unions push back against pay plan", "pay plan")],  # a particle, but not 'up' or 'down'
)
def test_a_stance_pushed_for_or_back_keeps_its_quote(pipeline, headline, quote):
    # near misses of the particle rule
    text = f"{headline}\n\nThe unions on Monday rejected the pay offer. Union leader Ana Ruiz said members would strike.\n"
    assert _headline_quotes(pipeline.analyze(text), text) == [quote]


# --- near misses: kept ---


def test_sport_headline_whose_club_the_body_names_keeps_its_quote(pipeline):
    # 'Rovers' is the body's organisation (a capital inside the sentence, a club's name)
    text = (
        "Rovers sign veteran keeper\n\n"
        "Harbour Rovers have signed goalkeeper Tomas Lind on a one-year deal. Rovers manager Alan "
        "Pike said the club needed experience after a poor autumn.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == ["veteran keeper"]


def test_political_headline_whose_speaker_the_body_names_keeps_its_quote(pipeline):
    text = (
        "Mayor blasts transit budget\n\n"
        "Mayor Helen Ortiz on Monday called the regional transit budget a betrayal of commuters. "
        "The mayor said the cuts would close three night routes.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) != []


def test_business_headline_whose_company_the_body_names_keeps_its_quote(pipeline):
    # the same cue category as 'Drought hits …' ('unveils' reports nothing), but the body names
    # the company: PolNeAR attributes such headlines ('Clinton unveils …')
    text = (
        "Brauer Foods unveils new dairy plant\n\n"
        "Brauer Foods opened a dairy plant near Lindau on Wednesday. Brauer said the plant would "
        "employ 300 people.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == ["new dairy plant"]


def test_headline_whose_source_word_the_body_never_uses_keeps_its_quote(pipeline):
    # 'Heavyweights' is not in the body: nothing says it is a thing (PolNeAR train attributes
    # 'Conservative Heavyweights Come Out Against Trump'), so the same cue category keeps it
    text = (
        "Heavyweights line up behind harbor plan\n\n"
        "Three former mayors and the head of the port authority on Monday backed the plan to "
        "rebuild the north pier. Former mayor Lisa Grant said the city had waited long enough.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == ["harbor plan"]


def test_headline_with_a_verb_of_saying_keeps_its_quote(pipeline):
    # a cue that reports speech keeps the clause whatever the body makes of its subject
    text = (
        "Drought warnings say rivers will fall further\n\n"
        "The drought warnings issued on Friday cover most of the valley. Forecasters expect no rain "
        "before October.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) != []


@pytest.mark.xfail(
    strict=True,
    reason="headline46: the parse takes 'delays' for part of the subject and 'vote' (a stance "
    "noun) for the cue; the rule reads only cues that report nothing, and on PolNeAR train a "
    "source word the body uses as a verb ('Carnage renews', 'Ryan wages') is as often gold",
)
def test_council_delays_vote_headline_is_no_attribution(pipeline):
    text = (
        "Harbor council delays vote on ferry fares\n\n"
        "The harbor council on Tuesday postponed a decision on raising ferry fares after residents "
        "packed the chamber. The council delayed the vote until next month.\n"
    )
    assert _headline_quotes(pipeline.analyze(text), text) == []
