"""Misfires of the session's second batch of rules, found on invented news by review46b: an
office's initials that name a well-known body ("the ED", "the HC", "the AP"), a later 'The
coach was …' naming another coach than the speaker, a college named with an honorific ("Shri
Ram College of Commerce") made a person. Every text here is invented for newsmine; each misfire
test fails on the main of session 46 before review46b, and each has a near miss beside it."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


# --- an office by its initials (speakers/office_acronyms.py) ---------------------------------


@pytest.mark.parametrize(
    ("text", "snippet", "body"),
    [
        (
            "Raids on textile exporters\n\nMumbai: The company's Executive Director Rajesh Rao said the firm had "
            'cooperated fully.\n\n"We have nothing to hide," Mr Rao said.\n\nThe ED said in a statement that it had '
            "seized documents showing transfers to shell firms.\n",
            "seized documents",
            "ED",
        ),
        (
            "Constable suspended\n\nJaipur: Head Constable Ram Singh was suspended on Tuesday.\n\n"
            "The HC observed that the department had failed to act on earlier complaints.\n",
            "failed to act",
            "HC",
        ),
        (
            "Campus row\n\nAssistant Professor Lena Hart, who teaches history at the college, has been suspended.\n\n"
            '"I was never given a chance to respond," Hart said.\n\n'
            "The AP reported that the college had received three complaints about her lectures.\n",
            "three complaints",
            "AP",
        ),
    ],
    ids=["enforcement-directorate", "high-court", "associated-press"],
)
def test_initials_of_a_known_body_are_not_a_title_holder(pipeline, text, snippet, body):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.name == body, (speaker.text, speaker.name)


def test_initials_bracketed_before_a_person_still_name_them(pipeline):
    # near miss: the article ties "(ED)" to her, so the initials a body also uses are hers
    text = (
        "Shelter funds\n\nPune: Executive Director (ED) Meera Pillai said the trust had filed a complaint.\n\n"
        '"We trusted them," the ED said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "trusted them").name == "Meera Pillai"


def test_an_office_spelled_in_titles_only_still_names_its_holder(pipeline):
    # near miss: "the MD" is no body's usual initials: the Managing Director named before
    text = (
        "Mill reopens\n\nManaging Director Kavya Nair visited the mill on Sunday.\n\n"
        '"Every worker will be paid by Friday," the MD said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "paid by Friday").name == "Kavya Nair"


# --- a description identified by a later copula (speakers/identified.py) ---------------------

_MATCH = '"We defended like lions today," said the coach, still hoarse from shouting.\n\n'


@pytest.mark.parametrize(
    "later",
    [
        "The previous coach was Martin Kerr, sacked in March after six straight defeats.\n",
        "The visitors had led at half-time. The coach of the visiting side was Bo Nilsson, who left two years ago.\n",
    ],
    ids=["previous-coach", "other-side"],
)
def test_a_copula_naming_another_holder_of_the_noun_names_no_speaker(pipeline, later):
    speaker = speaker_of(pipeline.analyze("Rovers hold on\n\n" + _MATCH + later), "like lions")
    assert speaker.name not in ("Martin Kerr", "Bo Nilsson"), (speaker.text, speaker.name)


def test_a_copula_naming_the_other_sides_lawyer_is_not_the_speaker(pipeline):
    text = (
        "Trial opens\n\n\"My client was nowhere near the scene,\" said the lawyer for the defence.\n\n"
        "The lawyer for the prosecution is Hannah Cole, who told jurors the evidence was overwhelming.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "nowhere near")
    assert speaker.name != "Hannah Cole", (speaker.text, speaker.name)


def test_a_bare_copula_still_names_the_described_speaker(pipeline):
    # near miss: 'The coach is Bo Nilsson' has no word the description lacks
    text = "Rovers hold on\n\n" + _MATCH + "The coach is Bo Nilsson, who took over in March.\n"
    assert speaker_of(pipeline.analyze(text), "like lions").name == "Bo Nilsson"


# --- an honorific opening a body's name (entities/body_labels.py, names.py) ------------------


def test_a_college_named_with_an_honorific_is_a_body(pipeline):
    text = "College fest\n\nShri Ram College of Commerce said on Monday that its annual fest would be held online.\n"
    speaker = speaker_of(pipeline.analyze(text), "annual fest")
    assert (speaker.kind.value, speaker.name) == ("organisation", "Shri Ram College of Commerce")


def test_a_person_named_with_the_same_honorific_stays_a_person(pipeline):
    # near miss: no word of a body, a building or a street after "Shri"
    text = "Canal works\n\nShri Naveen Mohapatra said on Monday that the canal would be finished by June.\n"
    speaker = speaker_of(pipeline.analyze(text), "canal would be")
    assert (speaker.kind.value, speaker.name) == ("person", "Naveen Mohapatra")


# --- a pull quote's credit line (attribution/credit_lines.py) ---------------------------------

_UNCLOSED = '"We will not let the harbour be sold off," said Councillor Jane Obi.\n\n"This is a once-in-a-generation chance,\n'


def test_a_sentence_under_an_unclosed_quotation_is_no_credit_line(pipeline):
    text = "Harbour plan\n\n" + _UNCLOSED + "Tom Hale, who runs the ferry, disagreed.\u201d\n"
    quotes = [q for q in pipeline.analyze(text).quotes if "once-in-a-generation" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Tom Hale" for q in quotes), [
        (q.text, q.speaker and q.speaker.name) for q in quotes
    ]


def test_a_credit_line_without_a_verb_still_credits_the_quotation(pipeline):
    # near miss: a name and an affiliation, no verb
    text = "Harbour plan\n\n" + _UNCLOSED + "Tom Hale, Harbour Ferry Company.\u201d\n"
    assert speaker_of(pipeline.analyze(text), "once-in-a-generation").name == "Tom Hale"


# --- a tweet or an email its sender was just said to send (speakers/documents.py) --------------


@pytest.mark.parametrize(
    "sending",
    [
        "Councillor Ray Dunn said he had never emailed the donor.",
        "Councillor Ray Dunn denied that he emailed the donor.",
        "Councillor Ray Dunn was asked whether he had emailed the donor.",
    ],
    ids=["never", "denied", "asked-whether"],
)
def test_an_email_after_a_denied_or_questioned_sending_is_not_the_deniers(pipeline, sending):
    text = "Donor row\n\n" + sending + " The email, which this newspaper has seen, asks for $5,000 before the vote.\n"
    speaker = speaker_of(pipeline.analyze(text), "$5,000")
    assert speaker.name != "Ray Dunn", (speaker.text, speaker.name)


def test_an_email_after_a_sending_told_as_done_is_the_senders(pipeline):
    # near miss: he emailed the donor, plainly told
    text = (
        "Donor row\n\nCouncillor Ray Dunn emailed the donor on Monday. "
        "The email, which this newspaper has seen, asks for $5,000 before the vote.\n"
    )
    assert speaker_of(pipeline.analyze(text), "$5,000").name == "Ray Dunn"


# 'a memo seen by Reuters says': the outlet that saw a document was taken for its author (a
# participle's agent, sources/subject._author_of); fixed by probe47b: the memo speaks, its author unnamed.
def test_a_document_seen_by_an_outlet_is_not_the_outlets(pipeline):
    text = "Plant closure\n\nA memo seen by Reuters says the plant in Harwick will close by June.\n"
    assert speaker_of(pipeline.analyze(text), "will close").name != "Reuters"


# 'co-ordinator' splits as 'co' '-' 'ordinator', no title word: spk46's split-title rule
# (speaker_spans.person_after_split_title) wanted a title word after the hyphen, so the speaker
# was 'Labour co'; the word the hyphen cuts now counts whole ("coordinator"; seen47).
def test_a_name_after_a_split_co_ordinator_is_the_speaker(pipeline):
    text = 'Election night\n\n"It is too early to call," said Labour co-ordinator Aisha Khan.\n'
    assert speaker_of(pipeline.analyze(text), "too early").name == "Aisha Khan"


def test_a_name_after_a_split_co_chair_is_the_speaker(pipeline):
    text = 'Budget vote\n\n"We have the numbers," said committee co-chair Pedro Alves.\n'
    assert speaker_of(pipeline.analyze(text), "the numbers").name == "Pedro Alves"


def test_a_name_after_a_split_title_tagged_as_a_place_is_the_speaker(pipeline):
    # the recogniser tags 'Tomas Okafor' a place here; newsmine's entities make him a person,
    # and the split-title rule read only the recogniser's PERSON tag (seen47)
    text = 'Co-op votes\n\n"We will reopen in spring," said co-founder Tomas Okafor.\n'
    assert speaker_of(pipeline.analyze(text), "reopen in spring").name == "Tomas Okafor"


def test_a_name_after_a_split_word_that_is_no_trade_is_not_the_speaker(pipeline):
    # near miss: "co-op" joined is "coop", no trade; Aisha Khan runs the shop, she does not speak
    text = 'Shop opens\n\n"We will open in May," said the co-op Aisha Khan runs.\n'
    record = pipeline.analyze(text)
    assert all(q.speaker is None or q.speaker.name != "Aisha Khan" for q in record.quotes)
