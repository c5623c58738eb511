"""Probe45d: four more invented articles in styles PolNeAR lacks — an awards night (winners'
acceptance speeches, "told reporters backstage", a presenter's joke split around "she joked", the
host's monologue, the academy's statement, a rival producer's post on X), an appeals-court ruling
("wrote Judge X for the majority", "Judge Y wrote in dissent", "the court held …, the opinion
said", "according to the opinion", lawyers for both sides, the attorney general's office and its
spokesman, a scholar, a driver who gave only his first name), a campaign rally (a chant "the
crowd chanted", signs reading "…", a heckler, a supporter with first name only, a rival
campaign's emailed statement, "according to a pool report") and an earnings miss ("said in a
filing with the Securities and Exchange Commission", "according to the filing", "wrote analysts
at X in a note to clients", the chief executive on a call with analysts, a former engineer who
asked not to be identified, "people familiar with the matter"). Straight and curly marks mixed,
split quotations, pronouns across paragraphs. ``tests/fixtures/probe45d/`` holds the articles,
written for this test; ``EXPECTED``, ``ADDRESSEES`` and the first six ``NOT_QUOTES`` were
written by hand before newsmine first ran on them (58 of 70 quote facts right then; the last
no-quote was added after that run), with one change after: the Halvorsen note was first
expected as the firm's, and newsmine's unnamed "analysts at Halvorsen Partners" is as written.

What newsmine got wrong and probe45d fixed: "a man near the front shouted" and "the crowd
chanted" were unresolved (no list held "man", "woman" or "crowd"): unnamed now; 'Presenting the
prize for best actor, Helena Marsh paused …. "…," she joked' gave Marsh the title "prize for best
actor", so the gender of "actor", and "she" went to the woman quoted before; "The company said in
a filing …. Analysts had expected …. According to the filing, …" left "the filing" unresolved
(the unnamed analysts had spoken between, so the previous speaker was no author); "According to
the opinion" went to "the Supreme Court" that a scholar had said the case could reach. What it
still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails. Every text here is invented
for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_addressee, assert_no_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe45d"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("awards", "You let us into your kitchens", "Noor Castellanos"),
    ("awards", "This belongs to you", "Noor Castellanos"),
    ("awards", "nearly quit the project twice", "Noor Castellanos"),
    ("awards", "The money ran out in March", "Noor Castellanos"),
    ("awards", "Both times the crew stayed", "Noor Castellanos"),
    ("awards", "Welcome to the only room", "Barry Tolliver"),
    ("awards", "I was told there would be no mix-ups", "Helena Marsh"),
    ("awards", "so naturally I checked", "Helena Marsh"),
    ("awards", "I have been doing this for thirty years", "Desmond Achebe"),
    ("awards", "his mother had watched the film", "Desmond Achebe"),
    ("awards", "She says I was better", "Desmond Achebe"),
    ("awards", "We do not disappear at fifty", "Priya Venkataraman"),
    ("awards", "We just stop getting called", "Priya Venkataraman"),
    ("awards", "viewing figures for the broadcast", "Academy of Screen Arts"),
    ("awards", "Audiences are coming back", "Academy of Screen Arts"),
    ("awards", "Congratulations to the winners", "Carl Lindqvist"),
    ("awards", "Sleep", "Noor Castellanos"),
    ("awards", "Then a smaller film", "Noor Castellanos"),
    ("awards", "played me off", "Barry Tolliver"),
    ("ruling", "The state may not do indirectly", "Miriam Osterhout"),
    ("ruling", "leaves drivers with neither", "Miriam Osterhout"),
    ("ruling", "preempted in its entirety", "Fourth Circuit Court of Appeals"),
    ("ruling", "the majority had ignored decades", "Harold Pease"),
    ("ruling", "Today's decision announces", "Harold Pease"),
    ("ruling", "It will not be the last word", "Harold Pease"),
    ("ruling", "For four years these drivers", "Tamara Quist"),
    ("ruling", "Today a court told them otherwise", "Tamara Quist"),
    ("ruling", "We continue to believe", "anonymous"),
    ("ruling", "This is not the end of this fight", "Bradley Kincaid"),
    ("ruling", "We will take it as far", "Bradley Kincaid"),
    ("ruling", "disappointed but not surprised", "Owen Farrugia"),
    ("ruling", "ruling would raise prices", "Owen Farrugia"),
    ("ruling", "There is a real split", "Lena Haddad"),
    ("ruling", "have been waiting for a clean case", "Lena Haddad"),
    ("ruling", "case could reach the Supreme Court", "anonymous"),
    ("ruling", "read the statute too narrowly", "Fourth Circuit Court of Appeals"),
    ("ruling", "We just want a seat", "Abdi"),
    ("rally", "Build the bridge!", "anonymous"),
    ("rally", "They told you it couldn't be done", "Ray Calloway"),
    ("rally", "I'm telling you", "Ray Calloway"),
    ("rally", "If the legislature sends it", "Ray Calloway"),
    ("rally", "What about the tolls?", "anonymous"),
    ("rally", "No tolls, sir", "Ray Calloway"),
    ("rally", "driven across the old bridge", "Denise"),
    ("rally", "Every winter I wonder", "Denise"),
    ("rally", "Ray is the only one", "Denise"),
    ("rally", "bridge would cost at least", "Ellis Vaughn"),
    ("rally", "He's selling a ribbon-cutting", "Ellis Vaughn"),
    ("rally", "My opponent has been treasurer", "Ray Calloway"),
    ("rally", "mixes federal dollars", "Ray Calloway"),
    ("rally", "race had tightened", "anonymous"),
    ("rally", "Four more weeks!", "anonymous"),
    ("filing", "revenue fell 8 percent", "Orbis Devices"),
    ("filing", "may be subject to claims", "Orbis Devices"),
    ("filing", "a painful lesson", "Valerie Brandt"),
    ("filing", "We shipped too fast", "Valerie Brandt"),
    ("filing", "That is on me", "Valerie Brandt"),
    ("filing", "would cut its marketing budget", "Valerie Brandt"),
    ("filing", "The engineers are the people", "Valerie Brandt"),
    ("filing", "Management is asking investors", "anonymous"),
    ("filing", "looks light", "Michael Tran"),
    ("filing", "only bright spot", "Michael Tran"),
    ("filing", "managers had pushed the update", "anonymous"),
    ("filing", "We flagged it", "anonymous"),
    ("filing", "Nobody wanted to hear it", "anonymous"),
    ("filing", "talks were at an early stage", "anonymous"),
    ("filing", "did not comment on market rumors", "Dale Whitaker"),
    ("filing", "Give us two quarters", "Valerie Brandt"),
    ("filing", "You will see a different company", "Valerie Brandt"),
]

# Film titles and the words on placards are no one's quote; nor is whom a candidate points at.
NOT_QUOTES = [
    ("awards", "Harbour Lights"),
    ("awards", "The Quiet Year"),
    ("awards", "Iron Meadow"),
    ("rally", "Bridge Now"),
    ("rally", "Cross With Ray"),
    ("rally", "Fix It Before It Falls"),
    ("rally", "him"),
]

# (article, snippet of the quote's content, words of whom it was said to, as written)
ADDRESSEES = [
    ("awards", "nearly quit the project twice", "reporters"),
    ("filing", "would cut its marketing budget", "analysts"),
]

KNOWN_FAULTS = {
    ("awards", "Congratulations to the winners"):
        "'The producer Carl Lindqvist, whose war epic \"Iron Meadow\" won nothing despite nine nominations, posted "
        "on X …:': the parse hangs 'posted' on 'nominations' as a clause of that noun, its source (unresolved)",
    ("awards", "Sleep"):
        "'Backstage, a visibly emotional Castellanos was asked …. \"Sleep,\" she said': the parse makes "
        "'Castellanos' an apposition of 'Backstage' (tagged a product), no subject, so 'she' keeps the academy "
        "spokeswoman named before",
    ("awards", "Then a smaller film"): "the same quotation as 'Sleep', split: the same fault",
    ("awards", "played me off"):
        "'Tolliver closed the ceremony by thanking the orchestra, which he said had …': 'Tolliver' opening the "
        "sentence is tagged an adverb, no mention, and 'he' takes the producer quoted before",
    ("ruling", "read the statute too narrowly"):
        "'According to the opinion': the courts written last before it ('a friend of the court', 'a rehearing "
        "before the full court') resolve to no named court, so the opinion stays unresolved",
    ("rally", "Build the bridge!"):
        "'\"Build the bridge!\" the crowd chanted as Calloway took the stage, many holding signs reading …': the "
        "parse makes 'signs' the object of 'chanted', and 'as Calloway took the stage' is taken for the content",
    ("rally", "him"): "'Calloway paused and pointed at him': 'pointed' is a cue ('pointed to'), 'him' its content",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe45d_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe45d_quote_speaker(probe45d_records, article, snippet, speaker):
    assert_speaker_named(probe45d_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe45d_no_quote(probe45d_records, article, words):
    assert_no_quote(probe45d_records, article, words)


@pytest.mark.parametrize(("article", "snippet", "words"), probe_params(ADDRESSEES, KNOWN_FAULTS))
def test_probe45d_addressee(probe45d_records, article, snippet, words):
    assert_addressee(probe45d_records, article, snippet, words)


# "man", "woman" and "crowd" were in no list of people: an unnamed one was left unresolved
@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            'Council votes to close library\n\nA woman in the second row stood up and shouted, "Where will the children go?"\n',
            "Where will the children go?",
        ),
        (
            'Mayor heckled at market opening\n\n"Fix the roads!" the crowd chanted when Mayor Tom Ellery arrived.\n',
            "Fix the roads!",
        ),
    ],
    ids=["a-woman", "the-crowd"],
)
def test_a_woman_or_the_crowd_is_unnamed(pipeline, text, snippet):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)


def test_what_an_opening_participle_presents_is_no_title(pipeline):
    # "award for best actor" was Lena Park's title, so her gender that of "actor": "she" went to Ana Ruiz
    text = (
        "Film prizes handed out\n\n"
        'Ana Ruiz won best director. "This is for my mother," she said.\n\n'
        "Presenting the award for best actor, Lena Park opened the envelope slowly. "
        '"I have waited all year to do this," she joked.\n'
    )
    assert speaker_of(pipeline.analyze(text), "waited all year").name == "Lena Park"


def test_the_filing_a_company_spoke_in_is_its_own_after_an_unnamed_speaker(pipeline):
    # the unnamed analysts spoke between, so the previous speaker was no author: unresolved
    text = (
        "Lumo Foods misses forecasts\n\n"
        "Lumo Foods said in a filing with the Securities and Exchange Commission that sales fell 6 percent. "
        "Analysts had expected a small gain.\n\n"
        "According to the filing, Lumo set aside $12 million for recalls.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "set aside $12 million")
    assert speaker.name == "Lumo Foods", (speaker.text, speaker.name, speaker.kind)


def test_a_court_in_someones_reported_words_did_not_write_the_opinion(pipeline):
    # "According to the opinion" went to the Supreme Court the professor said the case could reach
    text = (
        "Court overturns fishing ban\n\n"
        "The Ninth Circuit Court of Appeals struck down the ban on Tuesday. "
        '"The rule was arbitrary," the opinion said.\n\n'
        "Professor Dana Moss said the case could reach the Supreme Court.\n\n"
        "According to the opinion, the agency had ignored its own data.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "ignored its own data")
    assert speaker.name != "Supreme Court", (speaker.text, speaker.name, speaker.kind)
