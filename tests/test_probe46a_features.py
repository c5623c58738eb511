"""Probe46a: five invented articles in the feature and magazine style PolNeAR lacks — a flood
feature (a long quotation opening the story, its speaker named in the sentence after: "That is
how Maria Ortega, 54, describes …"; the reporter in the first person, "tells me"; a quotation
running over three paragraphs; a man described before he is named; a mother and son of one
surname), a singer's profile ("tells Vogue", "she explains", "she laughs", her producer, a
cellist and her mother of her surname quoted in between, album titles in quotation marks), a
science feature ("says the study's lead author, a behavioral ecologist …" named only in the next
paragraph, "Co-author Jonas Lindgren", "he adds", an outside critic "reached again by email"), a
goalkeeper's comeback ("recalls", "admits", "insists", "When I asked him", his wife by her first
name) and a bakery founder with her co-founder husband of her surname, both later called by
first name only. ``tests/fixtures/probe46a/`` holds the articles, written for this test;
``EXPECTED``, ``NOT_QUOTES`` and ``ADDRESSEES`` were written by hand before newsmine first ran on
them (committed before it did), except the entries marked "after the first run".

First run: 69 of 75 speakers right; 72 of the 75 quotes found (the three missed are the
faults below, left). The multi-paragraph quotation, "tells me", "tells Vogue", present-tense
cues, first names for a couple of one surname, the one-word "Probably," and the titles were
right. What probe46a fixed: the quotation named in the sentence after it ("That is how …
describes", "Those were the words of …": :mod:`newsmine.nlp.attribution.taken_up`); "says the
study's lead author, a … who …" cut at the possessive ("the study's" spoke); that lead author,
named two sentences later by "The ecologist is Priya Raman"
(:mod:`newsmine.nlp.speakers.identified`); "a retired bus driver named Samuel Okoro" read as a
cue whose content was the whole sentence; "Not everyone is persuaded." a quote of its subject; "called up to the national team" a quote.
What it still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails.
Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_addressee, assert_no_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe46a"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("river", "The water came under the door first", "Maria Ortega"),
    ("river", "My mother bought this cabinet", "Maria Ortega"),
    ("river", "It has survived two husbands", "Maria Ortega"),
    ("river", "We had a plan on paper", "Dale Whitcomb"),
    ("river", "What we did not have", "Dale Whitcomb"),
    ("river", "roof of the garage", "Samuel Okoro"),
    ("river", "boy in a canoe", "Samuel Okoro"),
    ("river", "still do not know his name", "Samuel Okoro"),
    ("river", "Anybody would have done it", "Ethan Marsh"),
    ("river", "I just happened to have a boat", "Ethan Marsh"),
    ("river", "went straight to bed", "Carol Marsh"),
    ("river", "found out what he had done", "Carol Marsh"),
    ("river", "covered a fraction", "anonymous"),
    ("river", "I am not asking for a palace", "Maria Ortega"),
    ("river", "tested every siren twice", "Dale Whitcomb"),
    ("river", "The river is going to come back", "Dale Whitcomb"),
    ("river", "I will cook a proper dinner", "Maria Ortega"),
    ("celebrity", "Ask me anything", "Nadia Fairweather"),
    ("celebrity", "nothing left to hide", "Nadia Fairweather"),
    ("celebrity", "spent most of the following year", "Nadia Fairweather"),
    ("celebrity", "I thought I was finished", "Nadia Fairweather"),
    ("celebrity", "She called me every week", "Theo Grant"),
    ("celebrity", "I kept every voicemail", "Theo Grant"),
    ("celebrity", "He is a liar and a hoarder", "Nadia Fairweather"),
    ("celebrity", "sessions were unlike anything", "Iris Calloway"),
    ("celebrity", "We recorded most of it at night", "Iris Calloway"),
    ("celebrity", "half of singing", "Nadia Fairweather"),
    ("celebrity", "People think the voice", "Nadia Fairweather"),
    ("celebrity", "I was embarrassed", "Nadia Fairweather"),
    ("celebrity", "fully supported Nadia", "Northlight Records"),
    ("celebrity", "I had never seen her so small", "Ruth Fairweather"),
    ("celebrity", "apologizing to the nurses", "Ruth Fairweather"),
    ("celebrity", "For ten years I apologized", "Nadia Fairweather"),
    ("celebrity", "Smaller rooms", "Nadia Fairweather"),
    # after the first run: given to the singer ('Her label'), the label named two paragraphs on
    ("celebrity", "cancellation of the remaining 40 dates", "Northlight Records"),
    ("bees", "When people hear that", "Priya Raman"),
    ("bees", "I rolled my eyes too", "Priya Raman"),
    ("bees", "They are not counting", "Priya Raman"),
    ("bees", "hardest part of the experiment", "Jonas Lindgren"),
    ("bees", "Bees are extremely practical", "Jonas Lindgren"),
    ("bees", "surprisingly consistent", "Mei Chen"),
    ("bees", "I went in expecting", "Mei Chen"),
    ("bees", "responding to the pattern of light", "Hannah Voss"),
    ("bees", "It is a beautiful experiment", "Hannah Voss"),
    ("bees", "anticipated that objection", "Priya Raman"),
    ("bees", "The bees did not care", "Priya Raman"),
    ("bees", "second series was", "Hannah Voss"),
    ("bees", "send the apparatus", "Jonas Lindgren"),
    ("bees", "If it works there too", "Jonas Lindgren"),
    ("bees", "We keep asking", "Priya Raman"),
    ("keeper", "Everybody looks at the knee first", "Tomasz Adler"),
    ("keeper", "I heard it before I felt it", "Tomasz Adler"),
    ("keeper", "there were weeks", "Grace Olumide"),
    ("keeper", "The knee healed on schedule", "Grace Olumide"),
    ("keeper", "The worst moment was a training session", "Tomasz Adler"),
    ("keeper", "He sat in the garden", "Lena"),
    ("keeper", "did nothing special", "Frank Delaney"),
    ("keeper", "I told him to stop trying", "Frank Delaney"),
    ("keeper", "He is a different player now", "Paul Whitford"),
    ("keeper", "not thinking about the national team", "Tomasz Adler"),
    ("keeper", "I would be lying", "Tomasz Adler"),
    ("bakery", "I did not have a business plan", "Amara Osei"),
    ("bakery", "Amara makes the bread", "Kwame Osei"),
    ("bakery", "He proposed", "Amara Osei"),
    ("bakery", "I would not recommend it", "Amara Osei"),
    ("bakery", "best thing to happen to Yorkshire", "anonymous"),
    ("bakery", "We sold out by nine", "Kwame Osei"),
    ("bakery", "they considered selling", "Kwame Osei"),
    ("bakery", "That would have been the end of it", "Amara Osei"),
    ("bakery", "the loan was one of the easiest", "Simon Harcourt"),
    ("bakery", "We looked at the queues", "Simon Harcourt"),
    ("bakery", "pace of expansion", "anonymous"),
    ("bakery", "The bread is still good", "anonymous"),
    ("bakery", "hiring twenty apprentices", "Amara Osei"),
    ("bakery", "We grew faster than our people could", "Amara Osei"),
    ("bakery", "the next shop will be the last", "Kwame Osei"),
    ("bakery", "Probably", "Kwame Osei"),
]
# Titles of works in quotation marks are no one's quote; the last three were added after the
# first run (what it took for quotes).
NOT_QUOTES = [
    ("celebrity", "Salt and Static"),
    ("celebrity", "Sorry Is a Small Word"),
    ("keeper", "Tomasz Adler"),
    ("keeper", "the national team"),
    ("bees", "Not everyone"),
]
# (article, snippet of the quote's content, words of whom it was said to, as written)
ADDRESSEES = [
    ("river", "We had a plan on paper", "me"),
    ("celebrity", "People think the voice", "Vogue"),
    ("keeper", "He is a different player now", "reporters"),
]

KNOWN_FAULTS = {
    ("keeper", "there were weeks"):
        "'She admits there were weeks when she wondered whether he would play again': the nested 'wondered' keeps "
        "its clause (0.69 after the reranker) and 'admits' (0.41), whose content holds it, loses",
    ("keeper", "not thinking about the national team"):
        "'He insists he is not thinking about the national team, though he admits he checks his phone …': "
        "'insists''s best content runs over the 'though' clause that 'admits' keeps; its core without it scores "
        "0.26, under the threshold",
    ("bakery", "He proposed"):
        "'He proposed, she recalls, in the queue at a bakery': the parse hangs 'she recalls' as a parataxis of "
        "'proposed', which is taken for the cue, its content 'she recalls, in the queue …'",
    ("celebrity", "cancellation of the remaining 40 dates"):
        "'Her label announced …' is the singer, by the pronoun: 'label' is no word for a body (as one, it gave "
        "probe45's 'The label was \"…,\" he said, dismissing …' to the label), and the label is named only two "
        "paragraphs later ('her label, Northlight Records'), where a body's description looks back, never ahead",
    ("keeper", "Tomasz Adler"):
        "'The first thing you notice about Tomasz Adler is the limp': 'notice' with a generic 'you' is taken for a "
        "cue, its content the name",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe46a_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe46a_quote_speaker(probe46a_records, article, snippet, speaker):
    assert_speaker_named(probe46a_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe46a_no_quote(probe46a_records, article, words):
    assert_no_quote(probe46a_records, article, words)


@pytest.mark.parametrize(("article", "snippet", "words"), probe_params(ADDRESSEES, KNOWN_FAULTS))
def test_probe46a_addressee(probe46a_records, article, snippet, words):
    assert_addressee(probe46a_records, article, snippet, words)
