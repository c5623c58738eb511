"""Review45d: misfires of the merges probe45d, probe45e and dates45 on invented news, each
guarded, with the shape each rule was made for kept beside it. Every text here is invented for
newsmine.

- "the daily White House briefing", "the daily Gallup tracking poll": "daily" qualifies the
  noun after the name, so the name is no newspaper and "the newspaper" stays the outlet named;
- "Diego Moreno lost to Jannik Weber … the Spaniard said": two players named, neither said to be
  of a nation, so the demonym is no one's epithet (one player alone still is);
- "the Good Friday Agreement", "the Boxing Day Test": a holiday inside a longer name is no date;
- "the H1 visa": a visa's class, not the first half of a year.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize(
    ("middle", "outlet"),
    [
        ("Reporters pressed the spokeswoman at the daily White House briefing on Monday.", "New York Times"),
        ("Support fell to 41 percent in the daily Gallup tracking poll.", "New York Times"),
    ],
    ids=["briefing", "poll"],
)
def test_daily_before_a_name_that_qualifies_a_noun_is_no_newspaper(pipeline, middle, outlet):
    # was the White House / Gallup: "daily" right before a name made it one "the newspaper" fits
    text = (
        "Officials dodge questions\n\nThe New York Times first reported the plan on Sunday. "
        f"{middle} The newspaper said the plan would cost $2 billion.\n"
    )
    assert speaker_of(pipeline.analyze(text), "cost $2 billion").name == outlet


def test_a_paper_the_article_calls_a_daily_is_still_the_newspaper(pipeline):
    text = (
        "Tokyo paper criticises deal\n\nThe New York Times reported the deal on Sunday. The daily Asahi "
        "criticised it on Monday. The newspaper said the government had given away too much.\n"
    )
    assert speaker_of(pipeline.analyze(text), "given away too much").name == "Asahi"


def test_a_demonym_after_two_players_is_no_ones_epithet(pipeline):
    # was Jannik Weber: the person a pronoun would take, though either player may be the Spaniard
    text = (
        "Weber into final\n\nDiego Moreno lost to Jannik Weber in four sets on Friday. "
        '"I had my chances," the Spaniard said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "my chances")
    assert speaker.name in (None, "the Spaniard"), (speaker.text, speaker.name)


def test_a_demonym_after_one_player_is_theirs(pipeline):
    text = (
        "Moreno out\n\nDiego Moreno lost in four sets on Friday. "
        '"I had my chances," the Spaniard said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "my chances").name == "Diego Moreno"


def _dates(pipeline, text: str) -> dict[str, str | None]:
    return {d.text: d.value for d in pipeline.analyze(text, published="2026-12-05").dates}


def test_a_holiday_inside_a_name_is_no_date(pipeline):
    dates = _dates(
        pipeline,
        "Peace deal marks anniversary\n\nPeace has held since the Good Friday Agreement. England won the "
        "Boxing Day Test in Melbourne.\n",
    )
    assert not [text for text in dates if "Good Friday" in text or "Boxing Day" in text], dates


def test_a_holiday_before_its_date_or_alone_is_still_one(pipeline):
    text = "Shops to close\n\nShops close on Easter Monday and Boxing Day. The Christmas Day service moved.\n"
    dates = _dates(pipeline, text)
    assert dates.get("Easter Monday") == "2026-04-06"
    assert "Boxing Day" in dates


def test_the_h1_visa_is_no_half_year(pipeline):
    # was two "H1" dates, the visa's class read as the first half of 2026
    text = "Visa delays\n\nWorkers on the H1 visa program face delays. Sales rose in H1 and Q2.\n"
    dates = [(d.text, d.value) for d in pipeline.analyze(text, published="2026-12-05").dates]
    assert dates == [("H1", "2026-H1"), ("Q2", "2026-Q2")], dates
