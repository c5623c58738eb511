"""Probe44: six more invented articles in genres PolNeAR lacks — a police report (a
spokeswoman, a detective and a neighbour who share a surname, a suspect's lawyer, "police
said"), a merger (two chief executives, a brother of one, the company bearing their surname, an
analyst's note, an anonymous analyst, a regulator's spokesperson, a joint statement), a
diplomacy wire story laid out one paragraph a line with no blank lines (a minister speaking
through an interpreter, a state news agency quoting her, an official who asked not to be named,
ministries' statements, two unrelated Vosses), a space-science story (a lead author and an
agency head sharing a surname, a co-author, a press release, an agency by acronym, a nickname in
quotation marks), a British story in single quotation marks throughout ('…,' said Mrs Patel;
Mrs and Mr Patel; 'Patel's' a shop's name) and a football press conference (a manager, a
captain and his brother of the rival side, "told the BBC", "told reporters").
``tests/fixtures/probe44/`` holds the articles, written for this test; ``EXPECTED`` was written
by hand before newsmine first ran on them.

Conventions the expectations follow (newsmine's and PolNeAR's, not faults): an unnamed
spokesperson of a named body ("an FTC spokesperson", "A spokesman for the Plunkett Foundation")
is an anonymous source; "It quoted Sen as saying …" is the quoting agency's (PolNeAR's gold gives
"CNN quoted an American witness as saying …" to CNN).

What newsmine got wrong and probe44 fixed: "Another analyst, who asked not to be named, said
Norberg had been looking for a deal …. '…,' she said" (the "she" took Ingrid Norberg, named
in what the analyst said); the lead's "…, police said" before the force is named
(left as "police"); "the Austrian foreign ministry said" (no name, the nationality being
an adjective; after "Karelia's foreign ministry" it even took Karelia's). What it still gets
wrong is listed in ``KNOWN_FAULTS`` as strict xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_whole_quote, assert_not_the_speaker, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe44"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("crime", "Two men were arrested on Wednesday", "Eastbridge Police Department"),
    ("crime", "smashed display cases", "Eastbridge Police Department"),
    ("crime", "This was a planned, violent attack", "Carla Mendez"),
    ("crime", "We are very grateful", "Carla Mendez"),
    ("crime", "treated for a cut", "Eastbridge Police Department"),
    ("crime", "had recovered a stolen car", "Mark Doyle"),
    ("crime", "The car was found burned out", "Mark Doyle"),
    ("crime", "We believe a third man", "Mark Doyle"),
    ("crime", "were being held at the central station", "Mark Doyle"),
    ("crime", "heard glass breaking", "Sheila Doyle"),
    ("crime", "I thought it was a car crash", "Sheila Doyle"),
    ("crime", "Then I saw them running", "Sheila Doyle"),
    ("crime", "jumped into a grey hatchback", "Sheila Doyle"),
    ("crime", "It was all over in two minutes", "Sheila Doyle"),
    ("crime", "family had run the business", "Viktor Sandor"),
    ("crime", "My father opened this shop", "Viktor Sandor"),
    ("crime", "We have never had anything like this", "Viktor Sandor"),
    ("crime", "her client denied", "Priya Raman"),
    ("crime", "My client was at work", "Priya Raman"),
    ("crime", "He has cooperated fully", "Priya Raman"),
    ("crime", "identified partly through a phone", "anonymous"),
    ("crime", "extra patrols would be placed", "Eastbridge Police Department"),
    ("crime", "check their cameras", "Mark Doyle"),
    ("crime", "The smallest detail can help", "Mark Doyle"),
    # a speaker of two bodies: the record holds one source, the first named (seen44b)
    ("merger", "agreed to buy rival", "Norberg Foods"),
    ("merger", "Together we will be able", "Ingrid Norberg"),
    ("merger", "This is not about cutting", "Ingrid Norberg"),
    ("merger", "expected to save about $600 million", "Ingrid Norberg"),
    ("merger", "Our board looked at every option", "Samuel Ortega"),
    ("merger", "This one gives our shareholders", "Samuel Ortega"),
    ("merger", "no decisions had been made", "Samuel Ortega"),
    ("merger", "We will talk to our people first", "Samuel Ortega"),
    ("merger", "savings target was", "Tobias Lind"),
    ("merger", "ambitious but achievable", "Tobias Lind"),
    ("merger", "investors would watch", "Tobias Lind"),
    ("merger", "had been looking for a deal", "anonymous"),
    ("merger", "They needed scale", "anonymous"),
    ("merger", "We review all mergers", "anonymous"),
    ("merger", "family would keep a large stake", "Erik Norberg"),
    ("merger", "We are not selling out", "Erik Norberg"),
    ("merger", "We are buying in", "Erik Norberg"),
    ("merger", "would seek meetings", "anonymous"),
    ("diplomacy", "We did not solve everything", "Anton Voss"),
    ("diplomacy", "The door was closed", "Anton Voss"),
    ("diplomacy", "ready to return to the negotiating table", "Dilara Sen"),
    ("diplomacy", "Our people want peace", "Dilara Sen"),
    ("diplomacy", "We will judge our neighbours", "Dilara Sen"),
    ("diplomacy", "set up a joint commission", "OPA"),
    ("diplomacy", "commission would meet", "OPA"),
    ("diplomacy", "the hardest issue", "anonymous"),
    ("diplomacy", "Nobody wanted to leave Vienna", "anonymous"),
    ("diplomacy", "constructive and frank", "Karelia's foreign ministry"),
    ("diplomacy", "prisoner exchanges would be discussed", "Karelia's foreign ministry"),
    ("diplomacy", "it was too early", "Anton Voss"),
    ("diplomacy", "Sanctions are a tool", "Anton Voss"),
    ("diplomacy", "both ministers had shown courage", "Lena Brunner"),
    ("diplomacy", "It is easier to stay at home", "Lena Brunner"),
    ("diplomacy", "previous rounds had collapsed", "Pavel Voss"),
    ("diplomacy", "I have seen this film before", "Pavel Voss"),
    ("diplomacy", "The ending is not usually happy", "Pavel Voss"),
    ("diplomacy", "next round is planned for May", "Austrian foreign ministry"),
    ("space", "This is the first time", "Helena Marsh"),
    ("space", "It doesn't mean there is life", "Helena Marsh"),
    ("space", "team had watched it pass", "Helena Marsh"),
    ("space", "The signal is small", "Helena Marsh"),
    ("space", "spent months ruling out", "Rafael Teixeira"),
    ("space", "We tried very hard", "Rafael Teixeira"),
    ("space", "It wouldn't", "Rafael Teixeira"),
    ("space", "a milestone for the Orion mission", "National Space Exploration Agency"),
    ("space", "exceeded its design goals", "National Space Exploration Agency"),
    ("space", "Orion was built for exactly", "Gloria Marsh"),
    ("space", "stellar activity could still mimic", "Kenji Watanabe"),
    ("space", "I'd like to see it confirmed", "Kenji Watanabe"),
    ("space", "But it's a careful piece of work", "Kenji Watanabe"),
    ("space", "Clouds,", "Helena Marsh"),
    ("space", "Clouds would make my year", "Helena Marsh"),
    ("uk", "It was a shock to everyone", "Anjali Patel"),
    ("uk", "We loved the shop", "Anjali Patel"),
    ("uk", "a disaster for older people", "Geoffrey Hale"),
    ("uk", "Half of our residents", "Geoffrey Hale"),
    ("uk", "Some of them don't drive", "Geoffrey Hale"),
    ("uk", "response had astonished her", "Fiona Blake"),
    ("uk", "People gave what they could", "Fiona Blake"),
    ("uk", "One man came in with a jar", "Fiona Blake"),
    ("uk", "glad the shop would live on", "Rajesh Patel"),
    ("uk", "I will miss the customers", "Rajesh Patel"),
    ("uk", "but I won't miss the 5am starts", "Rajesh Patel"),
    ("uk", "most such shops survive", "anonymous"),
    ("uk", "Goodwill on day one", "anonymous"),
    ("uk", "People have to keep shopping", "anonymous"),
    ("uk", "group had thought about that", "Fiona Blake"),
    ("uk", "We have a five-year plan", "Fiona Blake"),
    ("uk", "would be its first customer", "Anjali Patel"),
    ("uk", "I'll buy a pint of milk", "Anjali Patel"),
    ("presser", "the perfect away performance", "Ryan Kane"),
    ("presser", "I asked the players to be brave", "Ryan Kane"),
    ("presser", "We pressed them high", "Ryan Kane"),
    ("presser", "He's worked so hard", "Ryan Kane"),
    ("presser", "Nobody deserved that more", "Ryan Kane"),
    ("presser", "dressing room had been quiet", "Joe Adeyemi"),
    ("presser", "We knew what we'd done wrong", "Joe Adeyemi"),
    ("presser", "Nobody needed to shout", "Joe Adeyemi"),
    ("presser", "squad had held a meeting", "Joe Adeyemi"),
    ("presser", "It was just the lads", "Joe Adeyemi"),
    ("presser", "Sometimes you need that", "Joe Adeyemi"),
    ("presser", "We were second to every ball", "Stefan Holm"),
    ("presser", "I'm not going to stand here", "Stefan Holm"),
    ("presser", "That's not my decision", "Stefan Holm"),
    ("presser", "spoken to the club's owner", "Stefan Holm"),
    ("presser", "He'll hear about it", "Joe Adeyemi"),
    ("presser", "Mum will be on my side", "Joe Adeyemi"),
    ("presser", "board would meet on Monday", "anonymous"),
    ("presser", "no decision had been taken", "anonymous"),
    ("presser", "Ask me in April", "Ryan Kane"),
]

# A nickname, and a shop's name holding an apostrophe inside single marks, are no quotes.
NOT_QUOTES = [("space", "the Sponge"), ("uk", "Patel's")]

# Quotes whose content must not swallow another's words: (article, snippet, words the first quote
# holding the snippet must not hold).
EXTENTS = [
    ("diplomacy", "too early", "whether sanctions"),
]

# Speakers a quote must not have: a company bearing its founder's surname is not its chief executive.
NOT_SPEAKERS = [("merger", "$12 billion merger", "Ingrid Norberg")]

KNOWN_FAULTS: dict[tuple[str, str], str] = {}  # session 45 (seen45) fixed the two left here


@pytest.fixture(scope="module")
def probe44_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    probe_params(EXPECTED, KNOWN_FAULTS),
)
def test_probe44_quote_speaker(probe44_records, article, snippet, speaker):
    assert_speaker_named(probe44_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "title"), NOT_QUOTES)
def test_probe44_names_are_no_quotes(probe44_records, article, title):
    assert_no_whole_quote(probe44_records, article, title)


@pytest.mark.parametrize(("article", "snippet", "foreign"), probe_params(EXTENTS, KNOWN_FAULTS))
def test_probe44_quote_extent(probe44_records, article, snippet, foreign):
    found = [quote.text for quote in probe44_records[article].quotes if snippet in quote.text]
    assert found and foreign not in found[0], found


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(NOT_SPEAKERS, KNOWN_FAULTS))
def test_probe44_not_the_speaker(probe44_records, article, snippet, wrong):
    assert_not_the_speaker(probe44_records, article, snippet, wrong)


def test_she_after_an_unnamed_speaker_is_not_a_woman_named_in_what_was_said(pipeline):
    # the "she" took the chief executive, named in the words the banker was reported to have said
    text = (
        "Bakery chains agree merger\n\n"
        "Chief executive Maria Lindqvist said the deal would close in May.\n\n"
        "Another banker, who asked not to be named because her bank advises the buyer, said Lindqvist "
        'had wanted a deal for years. "She needed size," she said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "She needed size").kind == "anonymous"


def test_he_after_an_unnamed_speaker_is_not_a_man_named_in_what_was_said(pipeline):
    text = (
        "Bakery chains agree merger\n\n"
        "Chief executive Tom Lindqvist said the deal would close in May.\n\n"
        "One adviser, who asked not to be named, said Lindqvist had wanted a deal for years. "
        '"He needed size," he said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "He needed size").kind == "anonymous"


@pytest.mark.parametrize(
    "middle",
    [
        "Several bakers, who asked not to be named, complained about the deal. They said Lindqvist had moved too fast.",
        "The deal was backed by bank executives supporting the chain. They did not say whether Lindqvist would stay.",
    ],
)
def test_she_after_unnamed_people_speaking_again_is_no_they(pipeline, middle):
    # "they" (unnamed people) spoke last, naming Lindqvist in their words: the "she" is not them
    text = (
        "Bakery chains agree merger\n\n"
        "Chief executive Maria Lindqvist said the deal would close in May.\n\n"
        f"{middle} She said on Tuesday that the price was fair.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the price was fair").name == "Maria Lindqvist"


@pytest.mark.parametrize(
    "before",
    [
        "",
        "The talks were hosted by the Austrian government. ",
        "Karelia's foreign ministry said the meeting had been frank. ",
    ],
)
def test_a_ministry_of_a_nationality_is_named_by_it(pipeline, before):
    # "Austrian" is an adjective, no proper noun: the ministry had no name, or took Karelia's
    text = (
        "Ministers agree to resume talks\n\n"
        f"{before}The next round is planned for May, the Austrian foreign ministry said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "next round is planned").name == "Austrian foreign ministry"


def test_an_indefinite_body_of_a_nationality_stays_unnamed(pipeline):
    # the edge: "an Israeli newspaper" is no name (nor is "a Kenyan ministry")
    text = "Paper prints leaked letter\n\nAn Israeli newspaper published the letter on Sunday, saying it was genuine.\n"
    speaker = speaker_of(pipeline.analyze(text), "genuine")
    assert speaker.name is None


def test_police_in_the_lead_are_the_force_named_further_down(pipeline):
    # "police said" before any force was named stayed "police" (unless it was named within
    # the next sentences); the later ones resolved
    text = (
        "Lorry driver held after bridge crash\n\n"
        "A lorry driver was arrested on Friday after his vehicle struck a railway bridge, police said.\n\n"
        "The crash happened at 7 a.m. on the Mill Road, according to witnesses.\n\n"
        "Three passengers on a train were hurt by falling glass.\n\n"
        "The bridge was closed for six hours, said Sergeant Omar Reid, a spokesman for the Harwick Police Department.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "lorry driver was arrested")
    assert speaker.name == "Harwick Police Department"


def test_police_after_a_force_named_stay_that_force(pipeline):
    # the edge: a force named before goes first, not one named further down
    text = (
        "Lorry driver held after bridge crash\n\n"
        "Officers from the Harwick Police Department closed the road on Friday. A lorry driver was arrested, "
        "police said.\n\n"
        "The lorry had been hired, a spokesman for the Dunmore Police Department said.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "lorry driver was arrested")
    assert speaker.name == "Harwick Police Department"
