"""Speaker names of session 49's eleventh and last blind sample of name sources (names49): its six
errors, each a shape seen once in the sample and once (that quote) or not at all elsewhere on all of
PolNeAR train, so left unfixed as strict xfails, each beside the nearby shape that already resolves
(the guard a rule for it must keep). Two more strict xfails were found while writing the guards. Every
text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.test_names44_parenthetical_cues import _quotes

_ONE_OFF = "names49: once in the sample and on all of PolNeAR train, so no rule yet: "


def _guard_and_one_off(guard, one_off, reason: str) -> list:
    """The parameters of a test: the nearby shape that resolves (the guard a rule must keep),
    then the sample's shape, a strict xfail for ``reason``."""
    values = one_off if isinstance(one_off, tuple) else (one_off,)
    return [guard, pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=_ONE_OFF + reason))]


def _speaker_of(quotes, cue: str, content_start: str) -> str | None:
    found = [name for content, said, name in quotes if said == cue and content.startswith(content_start)]
    assert found, quotes
    return found[0]


_HEADLINE = (
    "The Latest: Okafor declares {}, ignores losses.\n\n"
    "HARBOR CITY (AP) \u2014 The Latest on the county vote.\n\n"
    "Maya Okafor was handed two defeats on Tuesday."
)


@pytest.mark.parametrize(
    "object_",
    _guard_and_one_off(
        "victory",  # the guard: with no quotation marks the parse coordinates the two verbs
        "\u2018victory,\u2019",
        "a headline 'The Latest: X declares \u2018a,\u2019 ignores b': the parse makes the "
        "first clause a complement of 'ignores', and the rule for a subject set off before its verb "
        "(sources/set_off_subjects) stops at the headline's label and at the closing mark of the "
        "quotation, so 'ignores' has no speaker",
    ),
)
def test_a_second_headline_verb_after_a_quoted_object_shares_the_subject(nlp, object_):
    quotes = _quotes(nlp, _HEADLINE.format(object_))
    assert _speaker_of(quotes, "ignores", "losses") == "Maya Okafor"


_POSSESSED_ACTION = (
    "Mayor Ines Halvorsen and councilman Rudy Brandt have feuded for months. The quarrel grew last week "
    "when Ms. Halvorsen, in response to Mr. Brandt's {}, accused him of bullying."
)


@pytest.mark.parametrize(
    ("action", "cue", "content"),
    _guard_and_one_off(
        ("decision to call her defeat a disgrace", "decision", "to call"),  # the guard: the possessor decides
        ("use of a crude nickname to describe her defeat in 2019", "describe", "her defeat"),
        "an infinitive of speech on a noun inside another's possessed action ('Mr. "
        "Brandt's use of a crude nickname to describe …') takes the main clause's subject "
        "(Halvorsen), not the possessor of 'use'. Tried (session 49): an infinitive on a possessed "
        "noun speaks for the possessor changed 10 train quotes, this one right, but an infinitive on a "
        "candidate's 'tendency' took a rival's quotation from him and two quotes not in the gold were "
        "added (attrib_score worse by one): not kept",
    ),
)
def test_an_infinitive_inside_a_possessed_action_is_the_possessors(nlp, action, cue, content):
    quotes = _quotes(nlp, _POSSESSED_ACTION.format(action))
    assert _speaker_of(quotes, cue, content) == "Rudy Brandt"


def test_a_quotation_run_on_after_the_narration_stays_the_speakers(nlp):
    # The guard of the xfail below: the second quotation opens a sentence of its own.
    text = (
        "\u201cShe keeps every promise she makes,\u201d Tom Reyes has said while campaigning for his sister. "
        "\u201cThat makes her the most loyal person in the county.\u201d"
    )
    assert all(name == "Tom Reyes" for _, _, name in _quotes(nlp, text))


@pytest.mark.xfail(
    strict=True,
    reason=_ONE_OFF + "a quoted fragment after 'That makes her' (the writer's words carrying on a quotation "
    "just given) is kept as 'makes' with the source 'That', which names no one; PolNeAR gives both "
    "quotations one attribution, the speaker's (names48 left its kin, a quotation after another verb)",
)
def test_a_quoted_fragment_after_that_makes_is_the_last_speakers(nlp):
    text = (
        "\u201cShe keeps every promise she makes,\u201d Tom Reyes has said while campaigning for his sister. "
        "That makes her \u201cby definition the most loyal person in the county.\u201d"
    )
    assert _speaker_of(_quotes(nlp, text), "makes", "by definition") == "Tom Reyes"


_SAID_BEFORE = (
    "Harbor voters turned out early.\n\n"
    "Marta Quinlan, a 41-year-old nurse from Dover, said before attending Thursday's forum that {} asked "
    "her to raise a question about her top issue: rents.\n\n"
    "She plans to vote in May."
)


@pytest.mark.parametrize(
    "asker",
    [
        "the station",  # the guard: 'that' parsed as the mark of 'said''s clause
        # 'that' read as a relative pronoun on 'forum' (the object of 'raise', which has its own):
        # parse49 offers the clause as said's content (attribution/complements_parsed_relative.py).
        "CNN",
    ],
)
def test_a_that_clause_after_an_adverbial_is_the_speakers(nlp, asker):
    quotes = _quotes(nlp, _SAID_BEFORE.format(asker))
    assert any(name == "Marta Quinlan" and content.startswith(f"{asker} asked") for content, _, name in quotes), quotes


_SPONSORED = "Senator Maya Okafor has long pushed for cheaper housing. {} proposed a county land trust that would buy empty lots."


@pytest.mark.parametrize(
    "bill",
    _guard_and_one_off(
        "A bill sponsored by Okafor",  # the guard: a bill speaks for its sponsor (speakers/authors)
        "The Harbor Housing Act of 2011, introduced by Okafor during the budget fight,",
        "a law's name ('The Harbor Housing Act of 2011, introduced by Okafor') is "
        "resolved as written, an organisation, before the bill rules, which know neither 'Act' nor "
        "'introduced by' (the gold itself is unsure: the bill's sponsor)",
    ),
)
def test_a_bill_introduced_by_a_lawmaker_speaks_for_its_sponsor(nlp, bill):
    quotes = _quotes(nlp, _SPONSORED.format(bill))
    assert _speaker_of(quotes, "proposed", "a county land trust") == "Maya Okafor"


def test_a_speaker_interviewed_by_an_outlet_is_the_speaker(nlp):
    # The guard of the xfail below: the interviewee is the subject of 'said'.
    text = (
        "Mayor Rudy Brandt once praised the harbor plan. In an interview with The Harbor Ledger at the time, "
        "Brandt said the board had chosen the wrong builder."
    )
    assert _speaker_of(_quotes(nlp, text), "said", "the board") == "Rudy Brandt"


@pytest.mark.xfail(
    strict=True,
    reason=_ONE_OFF + "'His complaint, according to an interview with The Harbor Ledger at the time, was …': the "
    "interview names neither its interviewee (the possessor of 'complaint') nor, to the resolver, a "
    "publisher, so the source is left unresolved (the gold is unsure: the interviewee, the paper accepted)",
)
def test_an_interview_with_an_outlet_cited_with_according_to_names_someone(nlp):
    text = (
        "Mayor Rudy Brandt once praised the harbor plan. In 2009 he said the port had been treated unfairly. "
        "His complaint, according to an interview with The Harbor Ledger at the time, was the board's choice "
        "of builder: ''It was Dunmore! I mean, terrible choice.''"
    )
    assert _speaker_of(_quotes(nlp, text), "according to", "His complaint") in ("Rudy Brandt", "Harbor Ledger")


@pytest.mark.parametrize(
    "sentence",
    [
        "Councilwoman Ana Ruiz demanded a vote.",  # the guard
        "In the morning, Councilwoman Ana Ruiz demanded a vote.",  # the guard: the phrase before the name
        # names49's strict xfail, fixed by seen50: the comma before 'demanded' closes the phrase set
        # off after the name, so the verb is no inverted one with 'a vote' its speaker
        # (sources/comma_inversions._set_off_on_the_verb)
        "Councilwoman Ana Ruiz, in the morning, demanded a vote.",
    ],
)
def test_a_subject_before_a_set_off_phrase_speaks(nlp, sentence):
    assert _speaker_of(_quotes(nlp, sentence), "demanded", "a vote") == "Ana Ruiz"


@pytest.mark.xfail(
    strict=True,
    reason="names49 (found reading the headline error above, not a sample error): in a body sentence "
    "'X backs a \u201cfair deal,\u201d rejects the levy' the parse reads the clause before the comma-closed "
    "quotation as what 'rejects' reports and 'the levy' as its speaker set after it, as in '\u201c…,\u201d "
    "said X'; on train the sentences of the shape a scan found run on to a third verb ('X supports \u201ca,\u201d "
    "opposes \u201cb\u201d and recalled …') and resolve",
)
def test_a_second_verb_after_a_comma_closed_quotation_in_the_body_shares_the_subject(nlp):
    quotes = _quotes(nlp, "Mayor Maya Okafor backs a \u201cfair deal,\u201d rejects the levy.")
    assert _speaker_of(quotes, "rejects", "the levy") == "Maya Okafor"
