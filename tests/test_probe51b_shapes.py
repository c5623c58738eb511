"""Probe51b: who said it, in ten news shapes no probe had covered — invented articles: a live
blog with time-stamped entries ("10:42 a.m. — …", newest first, a reader's message "sent us",
a baker and her husband Lowe, "Ms. Lowe told us"), a Q&A whose "Q:" turns are an interviewer
named once in the standfirst and whose "A:" turns resume after a prose paragraph quoting someone
else (hearsay inside a turn: "My mother said, '…'"), quotes through an interpreter ("said through
an interpreter", "speaking in Spanish", an aunt and nephew Quispe, "told the Swiss broadcaster
RTS"), social posts ("wrote on Facebook", "The post … went on:", "it said" of a message, "she
wrote" on X, an anonymous user, a father and daughter Bellandi), a leaked memo and a letter to
shareholders ("the memo reads", "she wrote", a quotation over a paragraph break, an anonymous
store manager, "wrote …, in a note to clients"), a study story ending in an editor's note and a
correction (a mother and son Abramowicz, a resident named by first name only, a scare quote in
the correction), a Reuters wire ("LAGOS, Nigeria (Reuters) -", "told Reuters", curly and straight
marks mixed, a husband and wife Nwankwo, a reporting credit), a reaction roundup (upper-case
section labels, one paragraph per reacting person or body, two unrelated Reddys), a data breach
(a company statement, "the statement said", a ransomware group that "wrote", a regulator's
director, two unrelated Menons) and a Moon launch (a commentator, an unnamed flight controller, a
spokeswoman for a society named once, brothers Amundsen, a nested quotation in single marks).

``tests/fixtures/probe51b/`` holds the articles, written for this test; ``EXPECTED`` (the
speaker, and the class of the mention that names it in PolNeAR's terms) and ``NOT_QUOTES`` were
written by hand before newsmine first ran on them, on the conventions of probe47a (a "Q:" turn is
the interviewer's, an "A:" turn the interviewee's, hearsay inside a turn the reported speaker's),
probe47b, probe49, probe50 and probe50b: an unnamed spokesperson of a named body is an unnamed
source (the body accepted too: "anonymous|Body"); a document whose author the text names ("the
memo reads", "the statement said", "The post … went on") is its author's, or no one's;
"|" separates accepted answers. First-run and final figures are in docs/history/speakers.md,
"Session 51 — probe51b". What newsmine still gets wrong is listed in ``KNOWN_FAULTS`` as strict
xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_no_quote, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe51b"

EASTLINE = "Eastline Energy|Eastline"
POLICE = "Harrowgate Police Service|the Harrowgate Police Service"
ANDES = "Andes Litio"
ALLIANCE = "Portland Restaurant Alliance|The Portland Restaurant Alliance"
OKAFOR_MEMO = "Daniel Okafor|anonymous"
HOLLINS = "anonymous|Hollins & Crane"
FCA = "Financial Conduct Authority|The Financial Conduct Authority"
COMPETITION = "anonymous|Competition Authority|The Competition Authority"
MEDIVALE = "Medivale Health|Medivale"
MEDIVALE_STATEMENT = "Medivale Health|Medivale|anonymous"
BLACKLANTERN = "BlackLantern"

# (article, snippet of the quote's content, speaker's name or "anonymous" ("|" between accepted
# answers), the class of the speaker's mention)
EXPECTED = [
    ("liveblog", "making steady progress", EASTLINE, "description"),
    ("liveblog", "I know people are frustrated", "Colette Varga", "pronoun"),
    ("liveblog", "We will get answers", "Colette Varga", "pronoun"),
    ("liveblog", "Our building's elevators are out", "anonymous", "description"),
    ("liveblog", "A transformer failed", "Graham Pike", "name"),
    ("liveblog", "Unfortunately that meant", "Graham Pike", "name"),
    ("liveblog", "It is too early to say", "Graham Pike", "pronoun"),
    ("liveblog", "Please stay off the roads", POLICE, "name"),
    ("liveblog", "Our generators kicked in", "Imran Qureshi", "name"),
    ("liveblog", "Three hundred loaves", "Beatriz Lowe", "pronoun"),
    ("liveblog", "You can't sell bread", "Beatriz Lowe", "pronoun"),
    ("liveblog", "Torches and batteries", "Desmond Lowe", "pronoun"),
    ("liveblog", "I've sold more this morning", "Desmond Lowe", "pronoun"),
    ("liveblog", "This is not 2014", "Beatriz Lowe", "name"),
    ("liveblog", "Back then we had a gas oven", "Beatriz Lowe", "name"),
    ("qa", "What made you take the job", "Rory Dunne", "name"),
    ("qa", "I answered an advertisement", "Agnes Thorvald", "name"),
    ("qa", "You'll be back within a year", "anonymous", "description"),
    ("qa", "What changed over three decades", "Rory Dunne", "name"),
    ("qa", "The storms. When I started", "Agnes Thorvald", "name"),
    ("qa", "Did anyone listen", "Rory Dunne", "name"),
    ("qa", "The Met Office did, eventually", "Agnes Thorvald", "name"),
    ("qa", "These are the only continuous records", "Paul Hennessy", "name"),
    ("qa", "Were you lonely", "Rory Dunne", "name"),
    ("qa", "People always ask that", "Agnes Thorvald", "name"),
    ("qa", "She wrote down things no instrument", "Tomasz Wrobel", "pronoun"),
    ("qa", "What the gulls were doing", "Tomasz Wrobel", "pronoun"),
    ("qa", "Any advice for him", "Rory Dunne", "name"),
    ("qa", "Write everything down", "Agnes Thorvald", "name"),
    ("qa", "What will you miss most", "Rory Dunne", "name"),
    ("qa", "The quiet before a storm", "Agnes Thorvald", "name"),
    ("interpreter", "They are taking the water", "Rosa Quispe", "name"),
    ("interpreter", "nothing green about it", "Rosa Quispe", "name"),
    ("interpreter", "My aunt does not want money", "Mateo Quispe", "pronoun"),
    ("interpreter", "She wants a study", "Mateo Quispe", "pronoun"),
    ("interpreter", "less fresh water than a single golf", ANDES, "description"),
    ("interpreter", "nothing to hide", "Hugo Brenner", "name"),
    ("interpreter", "No project is more important", "Alvaro Mendez", "name"),
    ("interpreter", "We expect our partners", "Kenji Arakawa", "pronoun"),
    ("interpreter", "The minister speaks beautifully", "Rosa Quispe", "pronoun"),
    ("interpreter", "Let him come and drink", "Rosa Quispe", "pronoun"),
    ("interpreter", "study it carefully", "anonymous", "description"),
    ("social", "never cooked a meal", "Marco Bellandi", "name"),
    ("social", "If you want to ruin a family business", "Marco Bellandi|anonymous", "description"),
    ("social", "a heavy plate of good intentions", "Hannah Greer", "name"),
    ("social", "I was angry and I wrote", "Marco Bellandi|anonymous", "description"),
    ("social", "The door is open", "Marco Bellandi|anonymous", "description"),
    ("social", "Apology accepted", "Hannah Greer", "pronoun"),
    ("social", "Our critics visit anonymously", "Samantha Ruiz", "name"),
    ("social", "Best carbonara in the city", "anonymous", "description"),
    ("social", "People we have never met", "Giulia Bellandi", "pronoun"),
    ("social", "It's gone too far", "Giulia Bellandi", "pronoun"),
    ("social", "Critics and cooks need each other", ALLIANCE, "description"),
    ("social", "turn the temperature down", ALLIANCE, "description"),
    ("social", "Not the pasta", "Marco Bellandi", "pronoun"),
    ("social", "Maybe my phone", "Marco Bellandi", "pronoun"),
    ("memo", "We should assume a footprint", OKAFOR_MEMO, "description"),
    ("memo", "Communication to staff", OKAFOR_MEMO, "description"),
    ("memo", "fully committed to our estate", "Fiona Marsh", "name"),
    ("memo", "There is no closure program", "Fiona Marsh", "pronoun"),
    ("memo", "Over the spring, we examined", "Fiona Marsh", "pronoun"),
    ("memo", "No decisions had been taken", "Fiona Marsh", "pronoun"),
    ("memo", "We owe our colleagues honesty", "Fiona Marsh", "pronoun"),
    ("memo", "one of many planning scenarios", HOLLINS, "description"),
    ("memo", "does not reflect company policy", HOLLINS, "description"),
    ("memo", "Our members found out", "Karen Doyle", "name"),
    ("memo", "That is no way to treat", "Karen Doyle", "name"),
    ("memo", "We all knew something", "anonymous", "pronoun"),
    ("memo", "We just didn't know it was us", "anonymous", "pronoun"),
    ("memo", "Closing weak stores", "Oliver Strand", "name"),
    ("memo", "aware of the reports", FCA, "name"),
    ("correction", "The drop was larger", "Naomi Achebe", "name"),
    ("correction", "Cycling got more popular", "Naomi Achebe", "pronoun"),
    ("correction", "This is the evidence", "Leon Farrell", "name"),
    ("correction", "Nobody is against safety", "Ruth Abramowicz", "pronoun"),
    ("correction", "three of my members", "Ruth Abramowicz", "pronoun"),
    ("correction", "My mother and I have argued", "David Abramowicz", "pronoun"),
    ("correction", "The numbers are on my side", "David Abramowicz", "pronoun"),
    ("correction", "I let my kids ride", "Teresa", "name"),
    ("wire", "Investors stopped asking", "Chidi Nwankwo", "name"),
    ("wire", "Paylode has shown", "Salma Al Harbi", "name"),
    ("wire", "The drought is not over", "Funmilayo Adeyemi", "name"),
    ("wire", "fixed those gaps completely", "Chidi Nwankwo", "name"),
    ("wire", "We learned that lesson", "Chidi Nwankwo", "pronoun"),
    ("wire", "Nairobi is where the competition", "Ngozi Nwankwo", "pronoun"),
    ("roundup", "This brings together two businesses", "Alan Prescott", "name"),
    ("roundup", "lower prices within the first year", "Rebecca Stoll", "name"),
    ("roundup", "Every merger like this", "Bernard Kiely", "name"),
    ("roundup", "When two buyers become one", "Moira Fenwick", "pronoun"),
    ("roundup", "every local market", COMPETITION, "description"),
    ("roundup", "confident in our own offer", "Hartley's|Hartley", "name"),
    ("roundup", "Bigger is not the same", "Nigel Hartley", "pronoun"),
    ("roundup", "Customers will decide", "Nigel Hartley", "pronoun"),
    ("roundup", "The cost savings look real", "Anika Sharma", "name"),
    ("roundup", "keep the bakery counter", "Tom Reddy", "pronoun"),
    ("roundup", "Less choice is never good", "Joan Reddy", "pronoun"),
    ("roundup", "I have it in writing", "Priya Banerjee", "pronoun"),
    ("breach", "detected unusual activity", MEDIVALE, "description"),
    ("breach", "We deeply regret", MEDIVALE_STATEMENT, "description"),
    ("breach", "There is no evidence", MEDIVALE_STATEMENT, "description"),
    ("breach", "Medivale chose not to pay", BLACKLANTERN, "description"),
    ("breach", "Paying criminals only funds", "Ravi Menon", "name"),
    ("breach", "legal duty to protect patient data", "Melissa Crane", "name"),
    ("breach", "longer than the law allows", "Marcus Hale", "name"),
    ("breach", "They go after clinics", "Lena Kowalczyk", "pronoun"),
    ("breach", "I got a letter today", "Gloria Menon", "name"),
    ("breach", "A month is a long time", "Gloria Menon", "name"),
    ("breach", "We wanted to be sure", "Jessica Park", "pronoun"),
    ("launch", "Liftoff! Tranquil is on its way", "Ashley Ortiz", "name"),
    ("launch", "We have acquisition of signal", "anonymous", "description"),
    ("launch", "the most painful night", "Victor Amundsen", "name"),
    ("launch", "Tonight makes up for it", "Victor Amundsen", "pronoun"),
    ("launch", "we are not celebrating", "Victor Amundsen", "pronoun"),
    ("launch", "Every lander that reaches", "Helen Pryor", "name"),
    ("launch", "For us it is a dream", "Lucía Ferraro", "name"),
    ("launch", "more times than I can count", "Victor Amundsen", "name"),
    ("launch", "Victor called me at midnight", "Karl Amundsen", "pronoun"),
    ("launch", "If it goes, it goes", "Victor Amundsen", "name"),
    ("launch", "It went", "Karl Amundsen", "pronoun"),
]

# Quotation marks around what nobody says: a label in a document and a scare quote in a correction.
NOT_QUOTES = [
    ("memo", "priority for exit"),
    ("correction", "painted"),
]

KNOWN_FAULTS = {
    ("launch", "If it goes, it goes"):
        "'\"Victor called me at midnight and said, 'If it goes, it goes,'\" he said': the single-marked quotation "
        "inside a double-marked one is no quote of its own, so the brother's words hold it (the nested quote is "
        "direct quotes' work, left to them)",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe51b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES)


@pytest.mark.parametrize(("article", "snippet", "speaker", "mention_class"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe51b_quote_speaker(probe51b_records, article, snippet, speaker, mention_class):
    assert_speaker(probe51b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe51b_no_quote(probe51b_records, article, words):
    assert_no_quote(probe51b_records, article, words)
