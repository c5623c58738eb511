"""Probe43b: six more invented articles in genres PolNeAR lacks — an obituary (a daughter and
son of the dead man's surname, "he is survived by"), a city council meeting (councillors,
residents at the microphone, two Walshes, a mayor, a motion), an earthquake hard-wrapped at
70 columns (agencies by acronym, "according to", survivors, two unrelated Morenos), a tablet
launch (a chief executive quoted from a keynote and a blog post, analysts, an anonymous app
maker, two unrelated Parks with hyphenated Korean given names), a film review (titles in
quotation marks that are no quotes) and a first-person op-ed quoting others.
``tests/fixtures/probe43b/`` holds the articles, written for this test; ``EXPECTED`` was
written by hand before newsmine first ran on them.

What newsmine got wrong and probe43b fixed: "Soo-ah Park" read as "Park" and merged with the
chief executive Min-jun Park ("ah" is a syllable of a romanised given name too); "A young
teacher, who gave her name only as Kirsty, said …. '…,' she said" (the "she" was the teacher
unnamed, not Kirsty); "Cinematographer Lea Varga" (a film crew's role before a name is a
title); "one app maker, who asked not to be named, said" (left unresolved, and the "he" after
it taken for the chief executive: a description of no listed kind is anonymous too); seen44:
"the actress said" after "She plays Aminata" (a part the cast parenthesis names, "Aminata (Grace
Ndiaye)", is no other person between). What it still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails.
Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_whole_quote, assert_not_the_speaker, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe43b"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("obituary", "he died peacefully in his sleep", "Ruth Finch"),
    ("obituary", "Dad never missed a crossing", "Ruth Finch"),
    ("obituary", "the only boss he ever respected", "Ruth Finch"),
    ("obituary", "He would shout at you for a loose rope", "Colin Barr"),
    ("obituary", "You always knew where you stood", "Colin Barr"),
    ("obituary", "Harold kept 200 passengers calm", "Colin Barr"),
    ("obituary", "Nobody even complained", "Colin Barr"),
    ("obituary", "part of the fabric of island life", "Merrow Island Council"),
    ("obituary", "still had the ship's bell rope", "Alison Tate"),
    ("obituary", "He told us the sea had witnessed it", "Alison Tate"),
    ("obituary", "but we believed him", "Alison Tate"),
    ("obituary", "proud but never boastful", "Daniel Finch"),
    ("obituary", "He didn't talk about the rescues", "Daniel Finch"),
    ("obituary", "We found out about most of them", "Daniel Finch"),
    ("obituary", "would scatter his ashes", "Daniel Finch"),
    ("obituary", "minute's silence", "anonymous"),
    ("obituary", "He'd want it short", "Margaret"),
    ("obituary", "a good sermon, like a good crossing", "Margaret"),
    ("council", "This city has a waiting list", "Nadia Hussain"),
    ("council", "We cannot keep parking cars", "Nadia Hussain"),
    ("council", "would hurt shops on the high street", "Gerald Pike"),
    ("council", "Take away 300 spaces", "Gerald Pike"),
    ("council", "hanging on by their fingernails", "Gerald Pike"),
    ("council", "feared for her business", "Brenda Walsh"),
    ("council", "My customers are pensioners", "Brenda Walsh"),
    ("council", "They are not going to cycle", "Brenda Walsh"),
    ("council", "had lived with her parents", "Kirsty"),
    ("council", "I'm 29", "Kirsty"),
    ("council", "I have a good job", "Kirsty"),
    ("council", "Sorry, Mum", "Tom Walsh"),
    ("council", "we need houses more", "Tom Walsh"),
    ("council", "The papers were published on Friday", "Gerald Pike"),
    ("council", "Nobody has asked the traders", "Gerald Pike"),
    ("council", "discussed at two committee meetings", "Nadia Hussain"),
    ("council", "We are not pouring concrete", "Nadia Hussain"),
    ("council", "raise about £4 million", "anonymous"),
    ("council", "I would rather we got this right", "Louise Okafor"),
    ("council", "she was disappointed", "Nadia Hussain"),
    ("council", "A month is a month", "Nadia Hussain"),
    ("council", "The families on that list", "Nadia Hussain"),
    ("disaster", "killing at least 62 people", "National Disaster Management Agency"),
    ("disaster", "at a depth of 10 kilometres", "United States Geological Survey"),
    ("disaster", "The numbers will rise", "Pablo Ibarra"),
    ("disaster", "We have villages that we have not", "Pablo Ibarra"),
    ("disaster", "410 people had been injured", "Pablo Ibarra"),
    ("disaster", "road between Serrano", "Red Crescent"),
    ("disaster", "the only way in", "Amina Farouk"),
    ("disaster", "We are flying in tents", "Amina Farouk"),
    ("disaster", "the nights up there are freezing", "Amina Farouk"),
    ("disaster", "his house had collapsed", "Luis Moreno"),
    ("disaster", "I heard the walls crack", "Luis Moreno"),
    ("disaster", "Then there was only dust", "Luis Moreno"),
    ("disaster", "answers the phone", "Carmen Moreno"),
    ("disaster", "I keep calling", "Carmen Moreno"),
    ("disaster", "two battalions had been sent", "anonymous"),
    ("disaster", "It could take three days", "anonymous"),
    ("disaster", "the priority was sanitation", "Helen Achebe"),
    ("disaster", "A camp without toilets", "Helen Achebe"),
    ("disaster", "no family will be left", "Rafael Cortes"),
    ("disaster", "release 5 million euros", "European Union"),
    ("disaster", "the search would continue", "Pablo Ibarra"),
    ("disaster", "Every hour matters", "Pablo Ibarra"),
    ("launch", "spent four years on the hinge", "Min-jun Park"),
    ("launch", "We broke eleven thousand hinges", "Min-jun Park"),
    ("launch", "This is the last screen", "Min-jun Park"),
    ("launch", "reached the end of what a rectangle", "Min-jun Park"),
    ("launch", "It's a beautiful piece of engineering", "Dana Whitfield"),
    ("launch", "The question is whether anyone", "Dana Whitfield"),
    ("launch", "foldable devices made up less", "Dana Whitfield"),
    ("launch", "Lumora has a habit of being early", "Raj Menon"),
    ("launch", "tested the screen by folding", "Soo-ah Park"),
    ("launch", "We wanted it to survive a teenager", "Soo-ah Park"),
    ("launch", "That's the hardest test", "Soo-ah Park"),
    ("launch", "would launch in 14 countries", "Elena Ruiz"),
    ("launch", "a full working day", "Elena Ruiz"),
    ("launch", "working on a cheaper model", "anonymous"),
    ("launch", "target price was below", "anonymous"),
    ("launch", "received a test unit", "anonymous"),
    ("launch", "We're being asked to build", "anonymous"),
    ("launch", "If you think this is thin", "Min-jun Park"),
    ("launch", "wait until next year", "Min-jun Park"),
    ("review", "wanted to make a western without horses", "Idris Kamara"),
    ("review", "shot almost everything in natural light", "Idris Kamara"),
    ("review", "The sun is the most expensive actor", "Idris Kamara"),
    ("review", "It turns up when it wants", "Idris Kamara"),
    ("review", "no drones, no cranes", "Lea Varga"),
    ("review", "A journey film that is short", "Idris Kamara"),
    ("review", "You have to feel the distance", "Idris Kamara"),
    ("review", "I grew up hearing stories", "Grace Ndiaye"),
    ("review", "Nobody wrote them down", "Grace Ndiaye"),
    ("review", "distributors had been nervous", "Marc Delorme"),
    ("review", "We were told it was commercial suicide", "Marc Delorme"),
    ("review", "We'll see", "Marc Delorme"),
    ("oped", "That's the market", "anonymous"),
    ("oped", "independent retailers are the heart", "Derek Lowe"),
    ("oped", "I wasn't beaten by Amazon", "Tariq Aziz"),
    ("oped", "I was beaten by the spreadsheet", "Tariq Aziz"),
    ("oped", "experiences, not stores", "anonymous"),
    ("oped", "Mum, you're the only shop", "Hanna Olsen"),
    ("oped", "Where will I go now?", "anonymous"),
    ("oped", "We are listening", "Derek Lowe"),
    ("oped", "I should enjoy my retirement", "Peter Olsen"),
]

# Film titles in quotation marks are no quotes.
NOT_QUOTES = [("review", "The Salt Road"), ("review", "Harbour Lights")]

# Speakers a quote must not have: a character's line quoted in a review is not the director's,
# a company is no "she".
NOT_SPEAKERS = [
    ("review", "doesn't hate you", "Idris Kamara"),
    ("launch", "We wanted it to survive a teenager", "Lumora"),
]

KNOWN_FAULTS = {
    ("oped", "That's the market"):
        "'When I asked the agent why, he said, \"…\"': the 'he' is the unnamed object of the clause before, "
        "left unresolved",
    ("oped", "Where will I go now?"):
        "'One woman, who asked me not to print her name, came in …. On the last day she cried and said': "
        "the 'she' two sentences after an unnamed subject of no cue takes the last woman named",
}


@pytest.fixture(scope="module")
def probe43b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    probe_params(EXPECTED, KNOWN_FAULTS),
)
def test_probe43b_quote_speaker(probe43b_records, article, snippet, speaker):
    assert_speaker_named(probe43b_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "title"), NOT_QUOTES)
def test_probe43b_titles_are_no_quotes(probe43b_records, article, title):
    assert_no_whole_quote(probe43b_records, article, title)


@pytest.mark.parametrize(("article", "snippet", "wrong"), NOT_SPEAKERS)
def test_probe43b_not_the_speaker(probe43b_records, article, snippet, wrong):
    assert_not_the_speaker(probe43b_records, article, snippet, wrong)


def test_a_hyphenated_korean_given_name_ending_in_ah_is_not_another_park(pipeline):
    # "Soo-ah Park" was read as "Park" alone and merged with the chief executive Min-jun Park
    text = (
        "Phone maker shows new watch\n\n"
        "Chief executive Min-jun Park said the watch took three years to build.\n\n"
        "The company's head of design, Soo-ah Park, said the strap was tested for a year.\n"
    )
    assert speaker_of(pipeline.analyze(text), "strap was tested").name == "Soo-ah Park"


def test_she_after_a_speaker_who_gave_her_name_is_that_name(pipeline):
    # the pronoun took the unnamed subject ("A nurse") rather than the name she gave (one the
    # recogniser leaves untagged)
    text = (
        "Hospital car park charges anger staff\n\n"
        "The hospital raised its parking charges on Monday.\n\n"
        "A nurse, who gave her name only as Tamsin, said she paid £60 a month to park. "
        '"It is a tax on working nights," she said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "a tax on working nights")
    assert (speaker.name, speaker.kind) == ("Tamsin", "person")


def test_a_film_crews_role_before_a_name_is_a_title(pipeline):
    # "Screenwriter Tomas Berg" was the speaker's whole name
    text = (
        "Festival opens with thriller\n\n"
        "The city's film festival opened on Thursday with a thriller shot in the harbour.\n\n"
        "Screenwriter Tomas Berg said the script had taken him four years.\n"
    )
    assert speaker_of(pipeline.analyze(text), "taken him four years").name == "Tomas Berg"


def test_a_description_of_no_listed_kind_that_asked_not_to_be_named_is_anonymous(pipeline):
    # "one chip supplier" was left unresolved, and so was the "he" after it
    text = (
        "Console maker delays launch\n\n"
        "Founder Ivo Brandt said the console would ship in October.\n\n"
        "Retailers were unhappy, and one chip supplier, who asked not to be named, said he had not "
        'yet seen the final hardware. "We are guessing," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "seen the final").kind == "anonymous"
    assert speaker_of(record, "We are guessing").kind == "anonymous"


def test_the_relation_an_apposition_names_is_that_person(pipeline):
    # 'his wife of 55 years, Margaret': the apposition crosses the 'of' phrase of time, and the
    # wife so named goes before the daughter who shares the surname (invented text)
    text = (
        "Port Callan mourns its harbourmaster\n\n"
        "Henry Walsh, who ran the harbour for 30 years, died on Sunday. He was 81.\n\n"
        'His daughter, Ruth Walsh, said he loved the boats. "He knew every hull by sound," she said.\n\n'
        "He is survived by his wife of 55 years, Margaret; his children, Ruth and Daniel; and five grandchildren.\n\n"
        '"He never once missed a tide," his wife said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "He never once missed a tide").name == "Margaret"

