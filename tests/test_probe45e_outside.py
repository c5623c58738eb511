"""Probe45e: four more invented articles in styles PolNeAR lacks — a tennis semi-final with its
press conference (players known by surname, "the world No. 3", "the 22-year-old", "the
Spaniard" for a player named before, a coach, "X said of Y", a fan), a hurricane briefing (a
governor's news conference, a National Weather Service forecaster, a utility whose outages
"would last", a spokeswoman, residents, "officials urged", a deputy not authorised to speak,
figures "according to PowerOutage.us"), a food-safety recall (the agency's notice "posted on its
website", the company's statement, its chief executive's video, a doctor, a parent of a sick
child, "health officials in three states said", an anonymous spokesman, consumer groups) and a
foreign-press review ("told Le Monde", "in an interview with Der Spiegel", "the daily Asahi
reported, citing government sources", "(Translated from French.)", a president's televised
address, a minister's post on X, a paper that "quoted an unnamed official as saying").
Straight and curly marks mixed, split quotations, pronouns across paragraphs.
``tests/fixtures/probe45e/`` holds the articles, written for this test; ``EXPECTED``,
the first three ``NOT_QUOTES`` and ``ADDRESSEES`` were written by hand before newsmine first ran
on them (the last four no-quotes were added after that run: what it took for quotes).

What newsmine got wrong and probe45e fixed: "Diego Moreno … blamed himself. '…,' the Spaniard
said" ('Spaniard' was no word for one of a people, only words ending "-an" and "-i" were; and a
demonym went only to a person the article says is of that nation: the article never says Moreno
is Spanish, as reports of a player known to their readers do not); "the daily Asahi reported …
The newspaper said" (a name no outlet list holds, called a daily, did not fit "the newspaper":
an earlier "Zeitung" did); "Megan Holt, whose 6-year-old son was hospitalized for five days,
said …" (the parse makes the name the passive clause's subject, and only an active one was taken
for the speaker of the clause before the verb: no speaker). What it still gets wrong is listed in ``KNOWN_FAULTS`` as strict
xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_addressee, assert_no_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe45e"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("tennis", "I stopped thinking about the score", "Tomas Varga"),
    ("tennis", "When you are tired", "Tomas Varga"),
    ("tennis", "never been so close to walking off", "Tomas Varga"),
    ("tennis", "I had my chances", "Diego Moreno"),
    ("tennis", "Two match points", "Diego Moreno"),
    ("tennis", "no complaint", "Diego Moreno"),
    ("tennis", "He was cramping", "Diego Moreno"),
    ("tennis", "I would do the same", "Diego Moreno"),
    ("tennis", "prepared for a long match", "Ilse Brandt"),
    ("tennis", "We trained for five hours", "Ilse Brandt"),
    ("tennis", "He is stronger than people think", "Ilse Brandt"),
    ("tennis", "He plays without fear", "Karl Lindqvist"),
    ("tennis", "To finish at one in the morning", "Diego Moreno"),
    ("tennis", "and the players were not asked", "Diego Moreno"),
    ("tennis", "welfare in mind", "Paul Hendry"),
    ("tennis", "take a month off", "Diego Moreno"),
    ("tennis", "My body is telling me", "Diego Moreno"),
    ("tennis", "I have lost to him", "Tomas Varga"),
    ("tennis", "ice bath", "Ilse Brandt"),
    ("tennis", "No practice", "Ilse Brandt"),
    ("tennis", "Best match", "Maria Costa"),
    ("tennis", "Everyone says I am the favourite", "Karl Lindqvist"),
    ("hurricane", "worst might still be ahead", "Rebecca Hollis"),
    ("hurricane", "The wind is leaving", "Rebecca Hollis"),
    ("hurricane", "4,000 National Guard", "Rebecca Hollis"),
    ("hurricane", "If you are told to leave", "Rebecca Hollis"),
    ("hurricane", "weakened to a tropical storm", "Martin Oduya"),
    ("hurricane", "People see the sun come out", "Martin Oduya"),
    ("hurricane", "crest at 28 feet", "Martin Oduya"),
    ("hurricane", "days, not hours", "Gulf Coast Power"),
    ("hurricane", "6,000 line workers", "Gulf Coast Power"),
    ("hurricane", "We know people are hot", "Denise Carver"),
    ("hurricane", "Forty years", "Ray Lubbock"),
    ("hurricane", "ignored the evacuation order", "Lucy Tan"),
    ("hurricane", "I will never do that again", "Lucy Tan"),
    ("hurricane", "four deaths", "Division of Emergency Management"),
    ("hurricane", "simply gone", "anonymous"),
    ("hurricane", "major disaster declaration", "Alan Merritt"),
    ("hurricane", "Florida will get what it needs", "Alan Merritt"),
    ("hurricane", "tour the damage", "Rebecca Hollis"),
    ("hurricane", "We will rebuild", "Rebecca Hollis"),
    ("recall", "was recalling all bags", "Food and Drug Administration"),
    ("recall", "throw the berries away", "Food and Drug Administration"),
    ("recall", "deeply sorry", "Northfield Orchards"),
    ("recall", "Food safety is the foundation", "Northfield Orchards"),
    ("recall", "We are working with the FDA", "Northfield Orchards"),
    ("recall", "imported from a grower abroad", "Harold Vance"),
    ("recall", "We trusted a supplier", "Harold Vance"),
    ("recall", "confirmed 41 cases", "anonymous"),
    ("recall", "first patients fell ill", "anonymous"),
    ("recall", "seven weeks", "Anita Rao"),
    ("recall", "Someone who ate these berries", "Anita Rao"),
    ("recall", "vaccine given within two weeks", "Anita Rao"),
    ("recall", "eaten the berries in smoothies", "Megan Holt"),
    ("recall", "He was so yellow", "Megan Holt"),
    ("recall", "kept the empty bag", "Megan Holt"),
    ("recall", "I am glad I did", "Megan Holt"),
    ("recall", "inspectors had visited", "anonymous"),
    ("recall", "recall had come too late", "anonymous"),
    ("recall", "Parents were told", "Tom Becker"),
    ("recall", "investigation was ongoing", "Food and Drug Administration"),
    ("pressreview", "not negotiate with a gun", "Claire Dumont"),
    ("pressreview", "Europe is not a supermarket", "Claire Dumont"),
    ("pressreview", "We are not looking for a war", "Julien Roche"),
    ("pressreview", "only ones to pay for peace", "Julien Roche"),
    ("pressreview", "German carmakers could lose", "Katrin Vogel"),
    ("pressreview", "These are not numbers", "Katrin Vogel"),
    ("pressreview", "prefer a deal to a fight", "Katrin Vogel"),
    ("pressreview", "waited too long to grow a spine", "Frankfurter Allgemeine Zeitung"),
    ("pressreview", "preparing to send his trade envoy", "Asahi"),
    ("pressreview", "list of American farm goods", "Asahi"),
    ("pressreview", "All options are on the table", "Kenji Morita"),
    ("pressreview", "will not follow Paris", "Paolo Ferri"),
    ("pressreview", "Dialogue first", "Paolo Ferri"),
    ("pressreview", "ready since the spring", "anonymous"),
    ("pressreview", "Nobody in Brussels wants this", "anonymous"),
    ("pressreview", "in close contact", "Lee Soo-jin"),
    ("pressreview", "hoped for an exemption", "anonymous"),
    ("pressreview", "mostly theatre", "Marc Lefèvre"),
    ("pressreview", "The Americans need our parts", "Marc Lefèvre"),
    ("pressreview", "most dangerous moment", "anonymous"),
    ("pressreview", "nobody wins a car war", "Financial Times"),
    ("pressreview", "We are friends of America", "Claire Dumont"),
]
# Product names in quotation marks and a translator's note are no one's quote.
NOT_QUOTES = [
    ("recall", "Summer Medley"),
    ("recall", "Berry Bright"),
    ("pressreview", "Translated from French"),
    ("pressreview", "retaliation and newspapers"),
    ("pressreview", "how far to push back"),
    ("pressreview", "government sources"),
    ("pressreview", "little"),
]
# (article, snippet of the quote's content, words of whom it was said to, as written)
ADDRESSEES = [
    ("tennis", "I stopped thinking about the score", "reporters"),
    ("tennis", "Everyone says I am the favourite", "BBC"),
    ("hurricane", "worst might still be ahead", "news conference"),
    ("pressreview", "We are not looking for a war", "Le Monde"),
    ("pressreview", "Nobody in Brussels wants this", "the paper"),
    ("pressreview", "in close contact", "Yonhap"),
    ("pressreview", "mostly theatre", "France Inter"),
]

KNOWN_FAULTS = {
    ("pressreview", "ready since the spring"):
        "'El País quoted an unnamed European Commission official as saying that …': the paper that quotes is "
        "taken for the speaker, not the official it quotes",
    ("pressreview", "most dangerous moment"):
        "\"The Guardian's economics editor called the week '…'\": a role of an outlet's, unnamed, is left "
        "unresolved rather than an unnamed source",
    ("pressreview", "retaliation and newspapers"):
        "'with leaders warning of retaliation and newspapers divided over how far to push back': the absolute "
        "clause's second subject is taken into the content of 'warning of'",
    ("pressreview", "how far to push back"): "'newspapers divided over how far to push back': 'divided' is read as a cue",
    ("pressreview", "government sources"):
        "'the daily Asahi reported, citing government sources, that …': what is cited (the sources) is taken "
        "for a content of its own",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe45e_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe45e_quote_speaker(probe45e_records, article, snippet, speaker):
    assert_speaker_named(probe45e_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe45e_no_quote(probe45e_records, article, words):
    assert_no_quote(probe45e_records, article, words)


@pytest.mark.parametrize(("article", "snippet", "words"), probe_params(ADDRESSEES, KNOWN_FAULTS))
def test_probe45e_addressee(probe45e_records, article, snippet, words):
    assert_addressee(probe45e_records, article, snippet, words)


# 'Spaniard' and 'Swede' were no words for one of a people (only "-an" and "-i" were), and a
# demonym went only to a person the article says is of its nation: match reports never say so
# of a player their readers know. It is the person just named, then stays theirs.
@pytest.mark.parametrize(
    ("text", "snippets", "name"),
    [
        (
            (
                "Ortega through to final\n\nCarlos Ortega came from a set down to win the semi-final on Friday. "
                '"I was nervous at the start," the Spaniard said. "Then I found my rhythm."\n\n'
                'Umpire Grace Hall said the crowd had been "loud but fair."\n\n'
                'The Spaniard, 24, said he would rest on Saturday. "My shoulder needs it," he said.\n'
            ),
            ["nervous at the start", "rest on Saturday", "My shoulder needs it"],
            "Carlos Ortega",
        ),
        (
            (
                "Lund wins in Doha\n\nAnna Lund won her third title of the year on Sunday, beating the top seed in "
                'straight sets. "This one feels special," the Swede told reporters.\n'
            ),
            ["This one feels special"],
            "Anna Lund",
        ),
    ],
    ids=["spaniard", "swede"],
)
def test_a_demonym_is_the_player_just_named(pipeline, text, snippets, name):
    record = pipeline.analyze(text)
    for snippet in snippets:
        assert speaker_of(record, snippet).name == name, snippet


def test_a_name_called_a_daily_is_the_newspaper(pipeline):
    # an outlet no list holds, called "the daily", did not fit "the newspaper": an earlier known outlet took it
    text = (
        "Seoul weighs response to tariffs\n\n"
        "The Washington Post reported on Monday that the White House had drafted the order.\n\n"
        "In Seoul, the daily Hanmin reported that the government would send an envoy. "
        "The newspaper said the envoy would leave on Friday.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "leave on Friday")
    assert speaker.name == "Hanmin", (speaker.text, speaker.name)


def test_a_name_parsed_as_a_passive_whose_clause_subject_still_speaks(pipeline):
    # the parse hangs "Doyle, whose … son was hospitalized," as a passive clause under "said"
    # with the name as its subject: only an active subject was taken, so no one spoke
    text = (
        "Salad recall widens\n\n"
        "Megan Doyle, whose 6-year-old son was hospitalized for five days, said the family had eaten the salad in "
        "sandwiches almost every morning.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "eaten the salad")
    assert speaker.name == "Megan Doyle", (speaker.text, speaker.name)
