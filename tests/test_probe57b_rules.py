"""Probe57b's rules, each on invented political news (tests/test_probe57b_descriptions.py holds
the probe itself), with near misses beside each where the rule must not fire:

- ``speakers/verb_documents.py`` (``_named_before``): 'Adviser resigns after report of payments …
  the Houston Chronicle reported that … The report said' — the headline's "report" announces the
  story's own document; it is no report brought in before the verb, so "the report" is the
  newspaper's. A report named in the body before the verb still is another document (the
  auditor's, not the newspaper that reported on it);
- ``speakers/author_entities.py`` (``_person_of_phrase``): 'The campaign of Democratic nominee
  Elaine Sandoval … filed a complaint … The complaint says' — a campaign noun whose "of" phrase
  names a person is that person's campaign as an author, as "the Sandoval campaign" is; "a
  campaign of attacks on Lee" names no one's campaign.

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.test_probe56_rules import _speaker

# --- a headline's report is the one the body's verb puts out ---------------------------------------

_MAYOR_QUITS = (
    "Mayor quits after {headline_noun} on spending\n\n"
    "Dunmore's mayor resigned on Friday, a day after the Dunmore Ledger reported that he had spent city money on a "
    "boat. The report said the purchases ran from 2012 to 2015.\n"
)


def test_a_headlines_report_is_the_one_the_outlet_reported(pipeline):
    speaker = _speaker(pipeline, _MAYOR_QUITS.format(headline_noun="report"), "purchases ran from 2012")
    assert speaker.name == "Dunmore Ledger"


def test_without_the_headlines_report_the_outlet_reported_it_too(pipeline):
    # the rule only stops the headline's noun from hiding what the body says already
    speaker = _speaker(pipeline, _MAYOR_QUITS.format(headline_noun="questions"), "purchases ran from 2012")
    assert speaker.name == "Dunmore Ledger"


@pytest.mark.parametrize(
    "headline",
    ["Audit report faults mayor", "Auditor's report faults mayor", "Report by state auditor faults mayor"],
    ids=["kind", "owner", "by-author"],
)
def test_a_headlines_report_with_its_own_author_is_not_the_outlets(pipeline, headline):
    # review57d: a headline's report that says whose or what kind it is is another document
    # than the one the outlet's verb puts out, as a report named in the body would be
    text = _MAYOR_QUITS.replace("Mayor quits after {headline_noun} on spending", headline)
    assert _speaker(pipeline, text, "purchases ran from 2012").name != "Dunmore Ledger"


def test_a_report_named_in_the_body_before_the_verb_is_not_the_outlets(pipeline):
    text = (
        "Audit report faults mayor\n\n"
        "Dunmore's auditor, Ruth Caine, released a report on Monday. On Tuesday, the Dunmore Ledger reported that the "
        "mayor had ignored it for a week. The report said the city had overspent by $2 million.\n"
    )
    assert _speaker(pipeline, text, "overspent by $2 million").name != "Dunmore Ledger"


# --- "the campaign of" a person, as a document's author ---------------------------------------------

_COMPLAINT = (
    "Campaign files complaint against party\n\n"
    "{subject} filed a complaint with the Federal Election Commission on Thursday. The complaint says the committee "
    "shared polling data with an outside group.\n"
)


def test_the_campaign_of_a_person_is_their_campaign_as_an_author(pipeline):
    text = _COMPLAINT.format(subject="The campaign of Democratic nominee Ann Lee")
    assert _speaker(pipeline, text, "shared polling data").name == "Lee campaign"


def test_the_campaign_of_a_person_airs_their_campaigns_ad(pipeline):
    text = "Lee goes on the air\n\nThe campaign of Sen. Ann Lee released an ad on Thursday. The ad says her rival is a liar.\n"
    assert _speaker(pipeline, text, "her rival is a liar").name == "Lee campaign"


_STUDY = (
    "Study finds voters misled\n\n{subject} released a study on Thursday. The study says voters were misled by ads.\n"
)


@pytest.mark.parametrize(
    "subject",
    ["The team of Ann Lee and Tom Ruiz", "A team of Ann Lee and Tom Ruiz"],
    ids=["two-members", "indefinite"],
)
def test_a_team_of_people_lists_its_members_not_its_owner(pipeline, subject):
    # review57d: "a team of" people, or "the team of" two, is made of them, no one's campaign
    speaker = _speaker(pipeline, _STUDY.format(subject=subject), "voters were misled")
    assert speaker is None or speaker.name != "Lee campaign", speaker


def test_the_camp_of_a_person_is_their_campaign(pipeline):
    # near miss: one person after "the" keeps probe57b's reading
    speaker = _speaker(pipeline, _STUDY.format(subject="The camp of Sen. Ann Lee"), "voters were misled")
    assert speaker.name == "Lee campaign"


def test_a_campaign_of_attacks_on_a_person_is_not_their_campaign(pipeline):
    text = _COMPLAINT.format(subject="A campaign of attacks on Sen. Ann Lee")
    assert _speaker(pipeline, text, "shared polling data").name != "Lee campaign"
