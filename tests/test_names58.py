"""Speaker names of session 58 (names58). Every text here is invented for newsmine.

A surname that is also a title word ("Judge", "King", "Bishop"): when the recogniser tags the
first name alone ("Patty" of "Lt. Gov. Patty Judge (D)", "Democrat Patty Judge said"), the word
after it is read back as her surname (``whole_names._with_surname_after_first_name``), but a
title word was never taken, so the person was "Patty" and her pronouns named "Patty". A title
word with no capitalised name after it titles no one: it is the surname
(``whole_names._titles_a_name``). A title word before a name ("Maria Judge Amos Kettering") is
still that name's title."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsmine.nlp.entities.whole_names import _with_surname_after_first_name
from tests.conftest import speaker_of


def test_a_title_word_surname_after_a_tagged_first_name_is_hers(pipeline):
    # was "Patty": the recogniser tags the first name alone before "Judge (D)"
    text = (
        "Senate race tightens\n\n"
        "Sen. Chuck Grassley will face former Iowa Lt. Gov. Patty Judge (D) in November. She said Tuesday "
        "that the senator had lost touch with farmers. A federal judge ruled on the case last week.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "lost touch with farmers").name == "Patty Judge"
    assert "Patty" not in {entity.name for entity in record.entities}


def test_a_bare_title_word_surname_joins_the_person_named_after_a_party(pipeline):
    # was "Judge", named by its own text: the person was "Patty" after "Democrat"
    text = (
        "Iowa race\n\n"
        "Organizers said Grassley could lose to Democrat Patty Judge not only because of his age. "
        "Judge said the judge in the case was wrong.\n"
    )
    assert speaker_of(pipeline.analyze(text), "in the case was wrong").name == "Patty Judge"


def test_a_judge_titled_before_his_name_keeps_the_title_out(pipeline):
    # near miss: "Judge" before a name is that name's title, not a surname
    text = (
        "Court news\n\n"
        "The appeal reached Judge Amos Kettering on Monday. Kettering said the judge before him had erred.\n"
    )
    assert speaker_of(pipeline.analyze(text), "had erred").name == "Amos Kettering"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lawyers told Maria Judge that the case was over.", "Maria Judge"),  # nothing after it to title
        ("The race pits Tom Bishop (R) against her.", "Tom Bishop"),
        ("Lawyers told Maria Judge Amos Kettering would rule.", "Maria"),  # near miss: a title before a name
        ("Lawyers told Maria Judge\xa0Amos Kettering would rule.", "Maria"),  # the same past a no-break space
        ("Lawyers told Maria Former Judge Amos Kettering would rule.", "Maria"),  # a title modifier, as before
        ("Lawyers told Maria Secretary of State Ann Hale would rule.", "Maria"),  # a title running on
        # review58: a title before a name opening with an initial, an apostrophe or a nickname in quotes
        ("Lawyers told Maria Judge J. Michelle Childs would rule.", "Maria"),
        ("Lawyers told Maria Judge O'Neill would rule.", "Maria"),
        ('Lawyers told Maria Judge "Amos" Kettering would rule.', "Maria"),
        # near misses: no name after the title word, so it is her surname as before
        ("Lawyers told Maria Judge, the clerk said, that the case was over.", "Maria Judge"),
        ("Lawyers told Maria Judge\n\nAmos Kettering would rule.", "Maria Judge"),  # a paragraph ends
    ],
)
def test_a_title_word_after_a_lone_first_name_is_a_surname_only_when_it_titles_no_one(nlp, text, expected):
    doc = nlp.make_doc("Court news\n\n" + text)  # past the headline, where the rule reads
    first = next(token for token in doc if token.text in ("Maria", "Tom"))
    span = _with_surname_after_first_name(Span(doc, first.i, first.i + 1, label="PERSON"))
    assert span.text == expected


# A headline that opens with its speaker's name and a colon: when the verb after the colon is kept
# as the cue, its "I" was left unresolved (``pronoun_routes._headline_label_speaks``).
_BODY = "\n\nOne month after announcing her support for the mayor, Ana Ruiz said on Thursday that she had doubts.\n"


@pytest.mark.parametrize(
    ("headline", "snippet", "name"),
    [
        ("Ruiz: I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.", "Water Supply", "Ana Ruiz"),
        (  # right on main too (another route reads this "I"); the train headline of this shape was not
            "Hale on Ruiz Releasing Her Bank Speech Transcripts: ‘I Think She Will.’",
            "She Will",
            "Tom Hale",
        ),
    ],
)
def test_a_headlines_i_after_its_speakers_label_is_the_label(pipeline, headline, snippet, name):
    body = _BODY if name == "Ana Ruiz" else "\n\nSen. Tom Hale said on Tuesday that the transcripts should come out.\n"
    speaker = speaker_of(pipeline.analyze(headline + body), snippet)
    assert (speaker.text, speaker.name) == ("I", name)


@pytest.mark.parametrize(
    "headline",
    [
        "Breaking: I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.",  # a kicker
        "Big Win For Ruiz: I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.",  # headed by "Win"
        "Ruiz Vote Looms. I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.",  # no label
        "Ruiz: You Still Believe Hale Can Be Trusted with Ohio’s Water Supply Contracts?",  # "you": the reader
        "Dear Ruiz: I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.",  # a letter to her
        # review58: a slogan against the name is not the name's words
        "Not Ruiz: I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.",
        "Never Ruiz: I Still Believe Hale Can’t Be Trusted with Ohio’s Water Supply Contracts.",
    ],
)
def test_a_headlines_first_or_second_person_without_a_speakers_label_stays_unresolved(pipeline, headline):
    speaker = speaker_of(pipeline.analyze(headline + _BODY), "Water Supply")
    assert speaker.text in ("I", "You") and speaker.name is None
