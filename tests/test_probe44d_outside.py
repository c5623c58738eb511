"""Probe44d: three more invented articles in styles PolNeAR lacks — a refugee story from a UN
agency's side (a spokesperson who "told reporters in Geneva", a refugee quoted "through an
interpreter", a medical charity, a government's statement that "state media reported", an aid
worker not authorized to speak), a local business feature (a baker and her daughter of the same
surname, customers, a city inspector, an online review quoted) and a tech-policy story (a senator,
a chief executive's blog post, a researcher's post on X, "a person familiar with the
negotiations", a spokesperson who "declined to comment", a think tank's report). Straight and
curly marks mixed, split quotations, pronouns across paragraphs.
``tests/fixtures/probe44d/`` holds the articles, written for this test; ``EXPECTED`` was written
by hand before newsmine first ran on them.

What newsmine got wrong and probe44d fixed: "An aid worker who was not authorized to speak
publicly said … '…,' the aid worker said" (a trade no unnamed-source list holds, introduced with
"an": the second mention stayed unresolved; it is that unnamed one again). What it still gets
wrong is listed in ``KNOWN_FAULTS`` as strict xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_whole_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe44d"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("refugees", "60,000 people have crossed", "United Nations refugee agency"),
    ("refugees", "We are seeing families", "Marta Lindqvist"),
    ("refugees", "The reception centres", "Marta Lindqvist"),
    ("refugees", "received only 18 per cent", "Marta Lindqvist"),
    ("refugees", "food rations would be cut", "Marta Lindqvist"),
    ("refugees", "We left with nothing", "Amina Yusuf"),
    ("refugees", "The soldiers came", "Amina Yusuf"),
    ("refugees", "I do not know if he is alive", "Amina Yusuf"),
    ("refugees", "cholera cases had doubled", "Doctors Without Walls"),
    ("refugees", "If clean water", "Peter Aalto"),
    ("refugees", "restoring order", "Ministry of Information"),
    ("refugees", "would be allowed to return", "Ministry of Information"),
    ("refugees", "We will not turn", "Joseph Mbeki"),
    ("refugees", "but we cannot carry this alone", "Joseph Mbeki"),
    ("refugees", "trucks carrying tents", "anonymous"),
    ("refugees", "Nobody will tell us why", "anonymous"),
    ("refugees", "second team", "Marta Lindqvist"),
    ("refugees", "This is not a crisis", "Marta Lindqvist"),
    ("refugees", "People should not expect", "Marta Lindqvist"),
    ("bakery", "I cried", "Irena Kowalski"),
    ("bakery", "Thirty years of work", "Irena Kowalski"),
    ("bakery", "thought about closing", "Natalie Kowalski"),
    ("bakery", "Mom kept saying", "Natalie Kowalski"),
    ("bakery", "I told her", "Natalie Kowalski"),
    ("bakery", "We needed every cent", "Irena Kowalski"),
    ("bakery", "covered less than half", "Irena Kowalski"),
    ("bakery", "wait was worth it", "anonymous"),
    ("bakery", "every Saturday", "Daniel Ortiz"),
    ("bakery", "no other place", "Daniel Ortiz"),
    ("bakery", "driven 40 minutes", "Frances Hale"),
    ("bakery", "I would have driven", "Frances Hale"),
    ("bakery", "had fixed every item", "Gordon Pike"),
    ("bakery", "They did everything", "Gordon Pike"),
    ("bakery", "I wish every business", "Gordon Pike"),
    ("bakery", "overpriced and slow", "anonymous"),
    ("bakery", "the best in the county", "anonymous"),
    ("bakery", "take the croissant part", "Natalie Kowalski"),
    ("bakery", "The slow part", "Natalie Kowalski"),
    ("bakery", "no plans to retire", "Irena Kowalski"),
    ("bakery", "Ask me again", "Irena Kowalski"),
    ("aipolicy", "bill would fail", "Laura Whitman"),
    ("aipolicy", "If a company builds", "Laura Whitman"),
    ("aipolicy", "not a radical idea", "Laura Whitman"),
    ("aipolicy", "push research overseas", "Raj Mehta"),
    ("aipolicy", "We support rules", "Raj Mehta"),
    ("aipolicy", "We do not support", "Raj Mehta"),
    ("aipolicy", "very far apart", "anonymous"),
    ("aipolicy", "compromise was unlikely", "anonymous"),
    ("aipolicy", "to comment on the talks", "anonymous"),
    ("aipolicy", "14 of the 20", "Halden Institute"),
    ("aipolicy", "Voluntary commitments", "Halden Institute"),
    ("aipolicy", "missing the point", "Elena Vasquez"),
    ("aipolicy", "The question isn't", "Elena Vasquez"),
    ("aipolicy", "whether anyone will know", "Elena Vasquez"),
    ("aipolicy", "cautiously hopeful", "Elena Vasquez"),
    ("aipolicy", "Nobody in that room", "Elena Vasquez"),
    ("aipolicy", "hands trial lawyers", "Dale Hutchins"),
    ("aipolicy", "There's a deal", "Dale Hutchins"),
    ("aipolicy", "if the other side", "Dale Hutchins"),
    ("aipolicy", "talks would resume", "Laura Whitman"),
]

# "Natalie laughed when asked about it": the object of "asked" is no quote.
NOT_QUOTES = [("bakery", "it")]

KNOWN_FAULTS = {
    ("refugees", "cholera cases had doubled"):
        "'Doctors Without Walls, a medical charity': the recogniser tags only 'Doctors' (kept as an unnamed group)",
    ("refugees", "restoring order"):
        "'The army was \"…,\" the Ministry of Information said in a statement, state media reported': one quote "
        "to the outer source (the state media, unresolved); the ministry's own attribution is inside it",
    ("refugees", "would be allowed to return"):
        "'It said residents …' after the ministry's statement, which was read as the state media's: 'It' unresolved",
    ("bakery", "overpriced and slow"):
        "'One review posted on Yelp … called the bakery \"…\"': a review by no one named is left unresolved",
    ("bakery", "the best in the county"):
        "'though the reviewer admitted': the reviewer of a review named just before, left unresolved",
    ("bakery", "it"): "'when asked about it': the object of 'asked' is taken for what was asked",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe44d_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe44d_quote_speaker(probe44d_records, article, snippet, speaker):
    assert_speaker_named(probe44d_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe44d_no_quote(probe44d_records, article, words):
    assert_no_whole_quote(probe44d_records, article, words)


def test_the_trade_introduced_unnamed_is_that_unnamed_one_again(pipeline):
    # "worker" is no unnamed-source word: "the aid worker" stayed unresolved
    text = (
        "Flood relief slows\n\n"
        "A relief worker who was not allowed to speak to the press said roads to the valley were still closed.\n\n"
        "Governor Ruth Adler visited the shelter on Sunday.\n\n"
        '"We are running out of blankets," the relief worker said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "running out of blankets")
    assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)


def test_a_trade_introduced_unnamed_is_not_the_leads_speaker(pipeline):
    # the lead's speaker took the description: the unnamed one is no one named
    text = (
        "Quarantine row\n\n"
        'Governor Alan Brisk said on Monday: "We will quarantine anyone who comes back sick."\n\n'
        "When a nurse returned from the outbreak, the governor ordered her quarantined. "
        "The nurse later sued, claiming the order was unlawful.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "the order was unlawful")
    assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)
