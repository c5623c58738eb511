"""A headline opened by a bare role for the person the story opens with, seen in session 46
(desc46): "Republican seeks new Clinton inquiry." above a subhead and a lead whose subject is
the committee chairman. Headline style writes the role for the person; the resolver took the
word as an unnamed someone ("Republican", anonymous). Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_party_noun_opening_the_headline_is_the_subhead_subject(pipeline):
    text = (
        "Democrat seeks new audit of port deal.\n\n"
        "Ruiz asks for review of contract approvals by harbor staff.\n\n"
        "State Sen. Elena Ruiz on Tuesday requested yet another audit of the harbor commission, "
        "this one focused on contracts that a staff member approved despite a freeze.\n"
    )
    assert speaker_of(pipeline.analyze(text), "new audit of port deal").name == "Elena Ruiz"


def test_a_party_noun_opening_the_headline_is_the_lead_subject(pipeline):
    text = (
        "Democrat seeks new audit of port deal.\n\n"
        "State Sen. Elena Ruiz on Tuesday requested yet another audit of the harbor commission, "
        "this one focused on contracts that a staff member approved despite a freeze.\n"
    )
    assert speaker_of(pipeline.analyze(text), "new audit of port deal").name == "Elena Ruiz"


def test_a_plural_party_noun_stays_the_party(pipeline):
    # "Democrats seek …" is the party (or its members), not the lead's first person
    text = (
        "Democrats seek new audit of port deal.\n\n"
        "State Sen. Elena Ruiz and Rep. Tom Briggs on Tuesday requested another audit of the "
        "harbor commission.\n"
    )
    assert speaker_of(pipeline.analyze(text), "new audit of port deal").name != "Elena Ruiz"
