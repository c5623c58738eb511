"""Probe46a: five invented articles in the feature and magazine style PolNeAR lacks.

DOCSTRING-TBD

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, assert_speaker_is, probe_params, speaker_of

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
# Titles of works in quotation marks are no one's quote.
NOT_QUOTES = [
    ("celebrity", "Salt and Static"),
    ("celebrity", "Sorry Is a Small Word"),
]
# (article, snippet of the quote's content, words of whom it was said to, as written)
ADDRESSEES = [
    ("river", "We had a plan on paper", "me"),
    ("celebrity", "People think the voice", "Vogue"),
    ("keeper", "He is a different player now", "reporters"),
]

KNOWN_FAULTS: dict = {}


@pytest.fixture(scope="module")
def probe46a_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe46a_quote_speaker(probe46a_records, article, snippet, speaker):
    assert_speaker_is(speaker_of(probe46a_records[article], snippet), speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe46a_no_quote(probe46a_records, article, words):
    # neither a quote of these words alone nor one opening with them
    for quote in probe46a_records[article].quotes:
        assert not quote.text.strip("\"'“”‘’( ").startswith(words.rstrip(".,")), quote.text


@pytest.mark.parametrize(("article", "snippet", "words"), probe_params(ADDRESSEES, KNOWN_FAULTS))
def test_probe46a_addressee(probe46a_records, article, snippet, words):
    found = [q for q in probe46a_records[article].quotes if snippet in q.text]
    assert found and found[0].addressee is not None and words in found[0].addressee.text, [
        (q.text, q.addressee) for q in found
    ]
