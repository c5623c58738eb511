"""Review53h: desc53b's document-author rules on invented near misses (session 53).

A study's titled author (``speakers/titled_study_authors.py``) was taken from a title on another
piece of research ("the author of a 2019 study on buses", "the earlier study's lead author") and
from an outside researcher "who was not involved in the new report"; fixed. The other rules held
on their near misses (two subjects named together, "was sued by" inside a quotation, a letter two
people signed, "both parties", "Both campaigns" after the pair was named again the other way).
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_STUDY = (
    "Bike lanes cut crashes, study finds\n\n"
    "A new study of city traffic was published on Monday. The study found that bike lanes cut "
    'crashes by a third. "{words}," said Dana Whitcomb, {title}.\n'
)

# Titles on research that is not the article's study: the study is not Whitcomb's.
_OTHER_RESEARCH_TITLES = [
    "the earlier study's lead author",
    "the study's lead author, who was not involved in the new report",
]


@pytest.mark.parametrize("title", _OTHER_RESEARCH_TITLES)
def test_a_title_on_other_research_gives_the_study_no_author(pipeline, title):
    text = _STUDY.format(words="We saw the same thing years ago", title=title)
    assert speaker_of(pipeline.analyze(text), "cut crashes").name != "Dana Whitcomb"


# xfail54 (review53h's xfail): the title route matched 'The study' to a title holding the word after
# its preposition ('the author of a 2019 study on buses'): such a word names what the office is of
# (speakers/title_phrases.py).
@pytest.mark.parametrize("title", ["the author of a 2019 study on buses", "the lead author of a similar study"])
def test_a_title_of_another_study_is_no_title_of_this_one(pipeline, title):
    text = _STUDY.format(words="We saw the same thing years ago", title=title)
    assert speaker_of(pipeline.analyze(text), "cut crashes").name != "Dana Whitcomb"


@pytest.mark.parametrize("title", ["the new study's lead author", "the lead author of the study"])
def test_a_title_on_the_study_itself_still_gives_its_author(pipeline, title):
    # near miss: "the new study", "of the study" are the article's own study
    text = _STUDY.format(words="Cities should listen", title=title)
    assert speaker_of(pipeline.analyze(text), "cut crashes").name == "Dana Whitcomb"


def test_the_author_of_a_book_is_no_author_of_the_study(pipeline):
    text = _STUDY.format(words="Cities should listen", title="the book's author")
    assert speaker_of(pipeline.analyze(text), "cut crashes").name != "Dana Whitcomb"


_HEADLINE = "Agency weighs delay of water rule\n\n"


def test_two_filers_named_together_give_the_complaint_the_first(pipeline):
    # near miss of the nearest subject: "Ray Dunn and Lisa Ortiz" is one subject, not a dateline
    text = _HEADLINE + (
        "SPRINGVALE, Ore. \u2014 Ray Dunn and Lisa Ortiz filed a complaint with the state elections "
        "board on Friday. The complaint says that Mayor Carl Benning used city staff for campaign work.\n"
    )
    assert speaker_of(pipeline.analyze(text), "used city staff").name == "Ray Dunn"


def test_a_letter_two_senators_signed_is_the_first_signers(pipeline):
    text = _HEADLINE + (
        "A letter signed by Senator Maria Velez and Senator Tom Greer reached the agency on Monday. "
        "The letter urges the agency to delay the rule by a year.\n"
    )
    assert speaker_of(pipeline.analyze(text), "delay the rule").name == "Maria Velez"


def test_sued_by_inside_a_quotation_still_names_the_plaintiff(pipeline):
    # near miss: the mayor's own words say who sued him; the union brings the lawsuit
    text = _HEADLINE + (
        '"I was sued by the Harlow Tenants Union because I told the truth," Mayor Carl Benning said '
        "on Monday. The lawsuit claims that the city ignored safety complaints for years.\n"
    )
    assert speaker_of(pipeline.analyze(text), "ignored safety").name == "Harlow Tenants Union"


_DEBATE = (
    "Mayor and challenger spar over housing\n\n"
    "Mayor Carl Benning and his challenger, Ray Dunn, met for a debate on Tuesday. {middle}"
    "{subject} said the debate was a success.\n"
)


def test_both_parties_are_not_made_a_campaign(pipeline):
    # near miss: "parties" is no campaign plural (a pair of people, or of political parties)
    text = _DEBATE.format(middle="", subject="Both parties")
    assert "campaign" not in (speaker_of(pipeline.analyze(text), "a success").name or "")


def test_both_campaigns_after_the_pair_named_again_the_other_way_is_the_latest_first(pipeline):
    # the pair as last named ("Dunn and Benning") gives its first member, as for other pairs
    text = _DEBATE.format(middle="Dunn and Benning shook hands afterward. ", subject="Both campaigns")
    assert speaker_of(pipeline.analyze(text), "a success").name == "Dunn campaign"


# xfail54 (review53h's xfail): 'both' after three named together took the first of them; 'both' and
# 'the two' are said of two (antecedents/groups.rank_pair, as 'neither' was since review50).
def test_both_campaigns_after_three_candidates_is_not_the_first(pipeline):
    text = (
        "Three candidates spar over housing\n\n"
        "Mayor Carl Benning, Ray Dunn and Lisa Ortiz met for a debate on Tuesday. Both campaigns "
        "said the debate was a success.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a success").name not in ("Benning campaign", "Carl Benning")


def test_all_three_after_three_candidates_is_still_the_first(pipeline):
    # near miss: "all three" counts the three named together
    text = (
        "Three candidates spar over housing\n\n"
        "Mayor Carl Benning, Ray Dunn and Lisa Ortiz met for a debate on Tuesday. All three candidates "
        "said the debate was a success.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a success").name == "Carl Benning"


def test_the_chairman_is_the_person_titled_chairman_of_a_committee(pipeline):
    # near miss: the title's own word before its preposition still names the person
    text = (
        "Panel weighs budget\n\nRep. Ana Ruiz, chairman of the budget committee, opened the hearing on "
        "Monday. The chairman said the state would balance its books.\n"
    )
    assert speaker_of(pipeline.analyze(text), "balance its books").name == "Ana Ruiz"
