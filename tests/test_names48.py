"""Speaker names of session 48 (names48): a copy, version, draft or page of something speaks
for that thing ('according to a copy of Mayor Dana Whitfield's memo', 'an archived version of
the Harbor Trust website', 'the front page of The Harbor Ledger'), and an analysis of someone's
data by a third party is the third party's ('an analysis of Harbor Board data by Tidewater
Analytics'). The strict xfails are shapes of names48's blind sample left unfixed. Every text
here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_names44_parenthetical_cues import _quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tourism fell by a third last year, according to a copy of the Harbor Trust report.", "Harbor Trust"),
        (
            "Tourism fell by a third last year, according to a copy of Mayor Dana Whitfield's memo to the council.",
            "Dana Whitfield",
        ),
        (
            "According to an archived version of the Harbor Trust website from 2010, the pier was sold that year.",
            "Harbor Trust",
        ),
        ("According to an early draft of the Harbor Trust budget, the pier was sold in 2010.", "Harbor Trust"),
        ("According to the front page of The Harbor Ledger, the pier was sold in 2010.", "Harbor Ledger"),
    ],
)
def test_a_copy_version_draft_or_page_speaks_for_what_it_is_of(nlp, text, speaker):
    quotes = _quotes(nlp, text)
    assert any(cue.lower() == "according to" and name == speaker for _, cue, name in quotes), quotes


@pytest.mark.parametrize(
    "text",
    [
        # guard: "the letter" alone does not say whose; the earlier letter's writer is not it
        "Mayor Dana Whitfield sent a letter to the council in March asking for more money for the pier. The "
        "council refused. Tom Blake, the port director, wrote to the shipping company's chief executive, "
        "threatening a major lawsuit, according to a copy of the letter reviewed by the Ledger.",
        # guard: a plan nobody is named for
        "Mayor Dana Whitfield spoke on Monday. The pier will close in June, according to an early draft of the plan.",
    ],
)
def test_a_copy_of_a_thing_whose_owner_is_not_written_takes_nobody(nlp, text):
    quotes = _quotes(nlp, text)
    according = [name for _, cue, name in quotes if cue.lower() == "according to"]
    assert according and not any(according), quotes


def test_an_analysis_of_someones_data_by_a_third_party_is_the_third_partys(nlp):
    text = (
        "Forty percent of all gifts to harbor candidates came from women, according to an analysis of Harbor "
        "Board data by Tidewater Analytics, higher than any year on record."
    )
    quotes = _quotes(nlp, text)
    assert any(cue == "according to" and name == "Tidewater Analytics" for _, cue, name in quotes), quotes


def test_an_analysis_of_someones_data_with_no_by_keeps_the_datas_owner(nlp):
    # guard: no "by", so the data's owner is the only author written
    text = "Tourism fell by a third last year, according to an analysis of Harbor Board data released in May."
    quotes = _quotes(nlp, text)
    assert any(cue == "according to" and name == "Harbor Board" for _, cue, name in quotes), quotes


@pytest.mark.xfail(
    strict=True,
    reason="a speech noun after 'on' ('campaigned on pledges to …') has no speaker: the noun-cue rule "
    "takes the verb's subject after 'in', 'with' and 'to' only (names48's sample, one source; one on "
    "all of train)",
)
def test_pledges_campaigned_on_are_the_campaigners(nlp):
    text = (
        "Dana Whitfield and Tom Blake are running for mayor. Whitfield and Blake both campaigned on pledges to "
        "be tough on Wall Street, a departure from the 1990s when under Ben Carr the Democrats sought political "
        "money and economic advice from Wall Street."
    )
    quotes = _quotes(nlp, text)
    assert any(name == "Dana Whitfield" for content, _, name in quotes if "tough on Wall Street" in content), quotes


# Fixed by seen49 (names48's strict xfail): a plural campaign noun after a conjunction of names is
# the first name's campaign, the gold's convention for a conjunction (speakers/campaigns.py).
def test_two_campaigns_named_together_are_the_first(nlp):
    text = "Dana Whitfield and Tom Blake are running for mayor. The Whitfield and Blake campaigns declined to comment."
    quotes = _quotes(nlp, text)
    assert any(cue == "declined" and name == "Whitfield campaign" for _, cue, name in quotes), quotes


def test_campaigns_of_no_named_owners_are_nobodys_campaign(nlp):
    # near miss: a plural campaign noun after a conjunction of common nouns names no one's campaign
    text = "Dana Whitfield is running for mayor. The recycling and litter campaigns ended in May, the council said."
    quotes = _quotes(nlp, text)
    assert all(name is None or "campaign" not in name for _, _, name in quotes), quotes


@pytest.mark.xfail(
    strict=True,
    reason="a participle on a note's object ('responded … with an editor's note on the story saying …') "
    "takes no speaker, or the story; the note is the outlet's that responded (names48's sample, one source)",
)
def test_a_note_an_outlet_responded_with_is_the_outlets(nlp):
    text = (
        "Tom Blake is running for mayor. (The Harbor Ledger responded late Friday with an editor's note on the "
        "story saying that Blake had not applied.)"
    )
    quotes = _quotes(nlp, text)
    assert any(name == "Harbor Ledger" for content, _, name in quotes if "had not applied" in content), quotes


@pytest.mark.xfail(
    strict=True,
    reason="'X was unsure why the battle seemed to …': the inner 'seemed' is taken as the cue (which gives "
    "no speaker by design) and the state of mind 'was unsure' is lost (names48's sample, one source)",
)
def test_unsure_why_is_the_unsure_ones(nlp):
    text = (
        "Dan Tripp is a lawyer. Dan Tripp, state director of Keep the Harbor, was unsure why the battle seemed to "
        "start and stop."
    )
    quotes = _quotes(nlp, text)
    assert any(name == "Dan Tripp" for content, _, name in quotes if "start and stop" in content), quotes


def test_a_company_based_in_a_city_and_state_is_the_company(nlp):
    # names48's strict xfail, fixed by names51 (attribution/sources/based_companies.py)
    text = (
        "Raleigh, N.C.-based Salix Pharmaceuticals and the Italian firm Cosmo Pharmaceuticals terminated a reverse "
        "merger, citing changes in the political environment."
    )
    quotes = _quotes(nlp, text)
    assert any(cue == "terminated" and name == "Salix Pharmaceuticals" for _, cue, name in quotes), quotes
