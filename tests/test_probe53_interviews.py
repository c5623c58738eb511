"""Probe53: who said it, and what, in invented write-ups of questions and answers — the shape the
session-52 probes found weakest (a Q&A's topic labels read as speakers, a press conference's
turns): a newspaper's Q&A with a governor ('Q:'/'A:' turns under topic subheads such as 'On the
budget:', then a follow-up call with 'QUESTION:' and the governor's surname as labels), a White
House briefing ("one reporter asked", "she replied", "The reporter followed up: …"), a Sunday
television interview ("told host … on Sunday's program", the host's question quoted, "Varga
pressed."), a town hall (voters' questions, a moderator reading a card, "Albee cut in."), a
debate (two candidates trading lines, "shot back", "interjected", the moderator), a hearing's
transcript embedded in a story ('OBI: …', 'HENDRY: …', 'COUNCIL PRESIDENT RON LAKE: …') and a
podcast interview quoted at length (a quotation over two paragraphs, "He went on: …").

``tests/fixtures/probe53/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between
accepted answers), the PolNeAR class of the mention that names it, and its content (" || "
between accepted extents; a question is a quote of its asker, a turn's label is no part of it),
compared as ``tests/test_probe52_beats.py`` compares them. All of it was written by hand before
newsmine first ran on the articles; figures are in docs/history/attribution.md, "Session 53 —
probe53". What newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or
``CONTENT_FAULTS``, with its cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_quote, assert_no_quote_holding, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe53"

LEDGER = "Dan Mercer|Capital Ledger|The Capital Ledger|anonymous"
CORRECTIONS = "anonymous|Department of Corrections|The Department of Corrections"
REYNA_CAMPAIGN = "anonymous|Reyna campaign|Sofia Reyna"
CWS = "Church World Service"
AFL_CIO = "AFL-CIO|The AFL-CIO"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # qa: a newspaper's Q&A, topic subheads between the turns
    ("qa", "What did you get wrong", "Dan Mercer", "name",
     "Your second budget failed by four votes. What did you get wrong?"),
    ("qa", "sent it over in an election year", "Margaret Halversen", "name",
     "I don't think we got the numbers wrong. I think we got the calendar wrong. We sent it over in an election "
     "year, and nobody in that building wanted to vote for anything that raised a fee. Speaker Ron Tillery told "
     'me to my face, "Margaret, you\'ll get your vote when pigs fly."'),
    ("qa", "when pigs fly", "Ron Tillery", "name", "Margaret, you'll get your vote when pigs fly"),
    ("qa", "gas tax increase again", "Dan Mercer", "name", "Will you propose the gas tax increase again?"),
    ("qa", "The roads don't care", "Margaret Halversen", "name",
     "Yes. The roads don't care who controls the Senate. We have 1,400 bridges rated poor, and every year we wait, "
     "the repair bill goes up"),
    ("qa", "Are the prisons safe", "Dan Mercer", "name",
     "Three guards were hurt at Lincoln Hills last month. Are the prisons safe?"),
    ("qa", "short more than 300 officers", "Margaret Halversen", "name",
     "No, and I won't sit here and tell you they are. We are short more than 300 officers. I have asked for a pay "
     "raise for them in every budget, and I will ask again"),
    ("qa", "overtime costs", CORRECTIONS, "name", "overtime costs at the state's prisons had doubled since 2014"),
    ("qa", "Are you running again", "Dan Mercer", "name", "Are you running again?"),
    ("qa", "Ask me after the budget passes", "Margaret Halversen", "name",
     "Ask me after the budget passes. I have a job to finish first, and I'm not going to spend this spring talking "
     "about a campaign"),
    ("qa", "Is the state liable", LEDGER, "name",
     "You said the prisons are not safe. Is the state liable for the guards' injuries?"),
    ("qa", "That's for the lawyers", "Margaret Halversen", "name",
     "That's for the lawyers. What I can tell you is that every one of those officers will have his medical bills "
     "paid, and I have told the secretary to make that happen this week"),
    ("qa", "Republicans say", LEDGER, "name", "Republicans say you have had two years to fix the staffing"),
    ("qa", "six years to fund it", "Margaret Halversen", "name",
     "They have had six years to fund it. I'll take my share of the blame when they take theirs"),
    ("qa", "never once come to the table", "Curt Vang", "name",
     'the governor "has never once come to the table with a budget that could pass."'),
    ("qa", "its own spending plan", "Curt Vang", "pronoun", "the Senate would take up its own spending plan in May"),
    # briefing: a press secretary and the reporters' questions
    ("briefing", "making sure the system works", "Dana Whitlock", "name",
     'the review was "about making sure the system works, not about shutting the door."'),
    ("briefing", "How many people are affected", "anonymous", "description", "How many people are affected?"),
    ("briefing", "precise number", "Dana Whitlock", "name", "I don't have a precise number for you today"),
    ("briefing", "more than 10,000", "anonymous", "description", "Is it more than 10,000?"),
    ("briefing", "in that range", "Dana Whitlock", "pronoun", "It's in that range"),
    ("briefing", "whether the department had warned", "anonymous", "description",
     "whether the department had warned the White House that the pause would strand families already cleared for "
     "travel"),
    ("briefing", "had not seen the cable", "Dana Whitlock", "name", "she had not seen the cable"),
    ("briefing", "refer you to him", "Dana Whitlock", "name",
     "If it exists, I'm sure the secretary has read it, and I'd refer you to him"),
    ("briefing", "called Gov. Ray Castellano", "Dana Whitlock", "pronoun",
     "he had called Gov. Ray Castellano of Utah on Sunday"),
    ("briefing", "cordial but short", "Ray Castellano", "name", 'the call had been "cordial but short."'),
    ("briefing", "I told him Utah", "Ray Castellano", "pronoun",
     "I told him Utah has a long tradition of welcoming people who are fleeing for their lives"),
    ("briefing", "What do you say to that father", "anonymous", "description", "What do you say to that father?"),
    ("briefing", "sorry for the uncertainty", "Dana Whitlock", "pronoun",
     "I'd say we are sorry for the uncertainty, and that his case will be reviewed as quickly as we can"),
    ("briefing", "in the pipeline", CWS, "name", 'it had 2,300 people "in the pipeline" whose travel had been canceled'),
    ("briefing", "waited years", "Martha Engel", "name",
     "These are people who have waited years and passed every test we asked of them"),
    ("briefing", "exactly what he said", "Gary Pell", "name", "The president is doing exactly what he said he would do"),
    # tv: a Sunday programme's host and her guests
    ("tv", "would not vote for the Pacific", "Roy Gaskill", "name",
     'he would not vote for the Pacific trade agreement "in its current form,"'),
    ("tv", "machinist in Dayton", "Roy Gaskill", "name",
     "I have read every page of it, and I can't find the part that helps a machinist in Dayton"),
    ("tv", "whether any changes", "Lena Varga", "name", "whether any changes could win his vote"),
    ("tv", "a version of this deal", "Lena Varga", "pronoun", "Is there a version of this deal you could support?"),
    ("tv", "enforceable labor standards", "Roy Gaskill", "name",
     "Put enforceable labor standards in the text, not in a side letter. Put a currency rule in it. Then you've got "
     "a deal I can sell at home || Sure"),
    ("tv", "told the president as much", "Roy Gaskill", "pronoun",
     "he had told the president as much in a phone call on Thursday"),
    ("tv", "Are you calling him wrong", "Lena Varga", "name",
     "The president says the side letters are binding. Are you calling him wrong?"),
    ("tv", "what a side letter is worth", "Roy Gaskill", "name",
     "I'm saying I've been around long enough to know what a side letter is worth"),
    ("tv", "a dozen Democrats", "Roy Gaskill", "description",
     "he expected at least a dozen Democrats to join him || he expected at least a dozen Democrats to join him, "
     "though he declined to name them"),
    ("tv", "very close", "Anne Brill", "name", 'the administration was "very close" to the votes it needed'),
    ("tv", "keep talking", "Anne Brill", "name",
     "We are talking to Senator Gaskill and to many others, and we will keep talking"),
    ("tv", "get ahead of ourselves", "Anne Brill", "pronoun", "Let's not get ahead of ourselves"),
    ("tv", "Republican votes alone", "Mitch Dorsey", "name",
     'the agreement could pass with Republican votes alone if the administration "stops apologizing for it."'),
    ("tv", "the whole Senate", "Mitch Dorsey", "name", "Gaskill isn't the whole Senate"),
    ("tv", "build things", AFL_CIO, "name", 'the senator had "stood up for the people who build things in this country."'),
    # townhall: voters, a moderator and the candidate
    ("townhall", "families like mine", "Deb Marchand", "name",
     "What will you do for families like mine on your first day?"),
    ("townhall", "sorry for your loss", "Sofia Reyna", "pronoun", "I'm so sorry for your loss"),
    ("townhall", "public health emergency", "Sofia Reyna", "pronoun",
     "On my first day, I will declare a public health emergency, and I will send money to treatment centers, not "
     "to more prisons"),
    ("townhall", "a start", "Deb Marchand", "name",
     'the answer was "a start," but that she had heard promises before || the answer was "a start,"'),
    ("townhall", "How would you pay for it", "Kevin Albee|anonymous", "name",
     "Your opponent says your health plan would cost $30 trillion. How would you pay for it?"),
    ("townhall", "That number is made up", "Sofia Reyna", "name", "That number is made up"),
    ("townhall", "new Pacific trade deal", "Jim", "name", "whether she would support the new Pacific trade deal"),
    ("townhall", "what the last one did", "Sofia Reyna", "pronoun", "I've seen what the last one did to Manchester"),
    ("townhall", "supported Reyna's rival", "Carol Beaudoin", "name", "she had supported Reyna's rival in 2008"),
    ("townhall", "another Washington insider", "Carol Beaudoin", "name",
     'why she should trust "another Washington insider." || another Washington insider'),
    ("townhall", "where the bodies are buried", "Sofia Reyna", "name",
     "I have been in Washington. That's how I know where the bodies are buried || That's fair"),
    ("townhall", "time for two more", "Kevin Albee", "pronoun", "We have time for two more"),
    ("townhall", "about student debt", "Maya Okafor", "name", "what Reyna would do about student debt"),
    ("townhall", "community college free", "Sofia Reyna", "name",
     "she would make community college free and let borrowers refinance at lower rates"),
    ("townhall", "11 more town halls", REYNA_CAMPAIGN, "name",
     "it would hold 11 more town halls in the state before the primary"),
    ("townhall", "answered every question", "Ellen Cote", "name", "She answered every question. I can't say that about the others"),
    ("townhall", "Lots of promises", "Ray Cote|Ray", "pronoun", "Lots of promises"),
    # debate: two candidates and a moderator
    ("debate", "serve a full six-year term", "Alan Pierce", "name",
     "whether they would serve a full six-year term if elected"),
    ("debate", "every bad trade deal", "Tom Marsh", "name",
     "Governor Delgado supported every bad trade deal of the last twenty years"),
    ("debate", "That is a lie", "Ruth Delgado", "name", "That is a lie, and he knows it"),
    ("debate", "You gave a speech for it", "Tom Marsh", "name", "You gave a speech for it in 2000"),
    ("debate", "a speech against it", "Ruth Delgado", "pronoun", "I gave a speech against it"),
    ("debate", "hundreds of thousands", "Tom Marsh", "name",
     'Delgado had taken "hundreds of thousands of dollars" from companies that moved jobs overseas'),
    ("debate", "Do you regret it", "Alan Pierce", "pronoun", "Do you regret it?"),
    ("debate", "I'm a gun owner", "Ruth Delgado", "pronoun",
     "I'm a gun owner. But I also think a man on the terror watch list shouldn't be able to buy one, and Senator "
     "Marsh voted against that"),
    ("debate", "taken rights away", "Tom Marsh", "name",
     "I voted against a bill that would have taken rights away from innocent people"),
    ("debate", "take away your check", "Tom Marsh", "name", "She wants you to believe I'm going to take away your check"),
    ("debate", "in this building in 2005", "Ruth Delgado", "name", "You said it in this building in 2005"),
    ("debate", "Let him finish", "Alan Pierce", "name", "Let him finish, please"),
    ("debate", "kept every promise", "Tom Marsh", "pronoun", "I've kept every promise I made to this state"),
    ("debate", "won every exchange", "Luis Ferro", "name", 'his candidate had "won every exchange that mattered."'),
    ("debate", "why Ohio sent him", "Kate Lund", "name",
     'the senator had shown "why Ohio sent him to Washington in the first place."'),
    # transcript: a hearing's turns inside a story
    ("transcript", "to answer every question", "Paul Hendry", "name",
     'he had come "to answer every question, including the hard ones."'),
    ("transcript", "before the bid went out", "Grace Obi", "name",
     "Mr. Mayor, did anyone in your office talk to Bell Street Partners before the bid went out?"),
    ("transcript", "Not to my knowledge", "Paul Hendry", "name",
     "Not to my knowledge. The procurement office runs the bids. I don't"),
    ("transcript", "That's not what I asked", "Grace Obi", "name",
     "That's not what I asked. Did anyone in your office talk to them?"),
    ("transcript", "I've answered the question", "Paul Hendry", "name", "I've answered the question, Councilwoman"),
    ("transcript", "With respect, you haven't", "Grace Obi", "name", None),
    ("transcript", "Looking forward to working", "anonymous", "description", "Looking forward to working together on this"),
    ("transcript", "haven't seen that email", "Paul Hendry", "name",
     "I haven't seen that email. If it's real, I'll look into it"),
    ("transcript", "five-minute recess", "Ron Lake", "name", "Let's take a five-minute recess"),
    ("transcript", "nothing to hide", "Paul Hendry", "name",
     'he had "nothing to hide" and that he had asked the city auditor to review the contract'),
    ("transcript", "I welcome the review", "Paul Hendry", "pronoun", "I welcome the review. I asked for it"),
    ("transcript", "not satisfied", "Grace Obi", "name", "she was not satisfied"),
    ("transcript", "all the reviews he wants", "Grace Obi", "pronoun", "He can ask for all the reviews he wants"),
    ("transcript", "within 60 days", "Linda Ekstrom", "name",
     "her office would begin the review this week and expected to finish it within 60 days"),
    ("transcript", "accusing anybody", "Ron Lake", "name", "Nobody is accusing anybody of anything yet"),
    # podcast: a long interview quoted at length
    ("podcast", "on federal spending", "Walter Crane", "name",
     'his party had "lost its way" on federal spending and that he regretted not doing more to stop it'),
    ("podcast", "nobody was watching,", "Walter Crane", "name",
     "We ran in 2010 on cutting spending, and then we spent like nobody was watching"),
    ("podcast", "why he had not pushed harder", "Jenna Ruiz", "name", "why he had not pushed harder"),
    ("podcast", "What stopped you", "Jenna Ruiz", "pronoun", "You had the gavel. What stopped you?"),
    ("podcast", "Fear of a shutdown", "Walter Crane", "pronoun", None),
    ("podcast", "a hostage situation", "Walter Crane", "pronoun",
     "The way the place works now, the loudest forty people decide what the other four hundred do. That's not a "
     "majority. That's a hostage situation"),
    ("podcast", "a bottle of bourbon", "Walter Crane", "pronoun", None),
    ("podcast", "better time to fight", "Walter Crane", "pronoun",
     "I signed off on it anyway. I told myself there would be a better time to fight. There wasn't"),
    ("podcast", "impossible job", "Walter Crane", "pronoun",
     'her "a decent person in an impossible job." || a decent person in an impossible job'),
    ("podcast", "trade places", "Walter Crane", "pronoun",
     "I wouldn't trade places with her for all the money in the world"),
    ("podcast", "respect for Speaker Crane", "Ben Aldrich", "name", 'the speaker "has a lot of respect for Speaker Crane."'),
    ("podcast", "running for office again", "Jenna Ruiz", "name", "whether he would consider running for office again"),
    ("podcast", "divorce me", "Walter Crane", "pronoun", "My wife would divorce me"),
    ("podcast", "writing a book", "Walter Crane", "pronoun",
     "he planned to spend the next year writing a book about his time in Congress || he planned to spend the next "
     "year writing a book about his time in Congress, which a New York publisher will release in 2018"),
    ("podcast", "Read the bills", "Walter Crane", "pronoun", "Read the bills"),
]  # fmt: skip

# A Q&A's topic labels and a transcript's speaker labels are no quotes.
NOT_QUOTES = [
    ("qa", "On the budget"),
    ("qa", "On the prisons"),
    ("qa", "On a second term"),
]
NOT_HELD = [
    ("qa", "QUESTION:"),
    ("qa", "HALVERSEN:"),
    ("transcript", "OBI:"),
    ("transcript", "HENDRY:"),
]

_TURN_HOLDING_A_REPORT = (
    "'QUESTION: Republicans say you have had two years to fix the staffing.': the turn is one report of the "
    "Republicans' words, and the report ('Republicans say …', its content nearly the whole turn) wins over the "
    "turn as a duplicate (decide._DUPLICATE_IOU); the question itself is no quote. A turn holding a nested report "
    "of a few words more ('You said the prisons are not safe. Is …?') keeps both"
)
_NESTED_EXPECTED = (
    "'her office would begin the review this week and expected to finish it within 60 days': the second verb's "
    "'expected to finish …' is a quote of its own with no speaker beside the auditor's (the shortest quote "
    "holding the words); 'expected' here is the office's plan, no report"
)

# ("briefing", "in the pipeline"), 'Church World Service, one of nine agencies that resettle refugees …, said':
# the speaker was the relative clause's tail; fixed by attribution/sources/relative_asides.py (probe53)
SPEAKER_FAULTS = {
    ("qa", "Republicans say"): _TURN_HOLDING_A_REPORT,
    ("townhall", "what the last one did"):
        "'A man …, who gave his name only as Jim, … asked whether she would support …. She said she would not. ¶ "
        "\"…,\" she told him.': 'she' goes to Jim, the last subject, though the article makes him a man ('A man', "
        "'his name') and names a woman (Reyna) as the one asked",
    ("transcript", "five-minute recess"):
        "'COUNCIL PRESIDENT RON LAKE: Let's take a five-minute recess.': a turn taken once, its name in capitals "
        "with a title before it and 'lake' no word the recogniser tags as a person's, is no name turn; the colon "
        "lead-in keeps the capitals as the speaker, unresolved",
    ("transcript", "within 60 days"): _NESTED_EXPECTED,
    ("transcript", "accusing anybody"):
        "'said Council President Lake': 'Lake' is tagged as no person (a place word), and the full name is written "
        "only in the capitals of a turn label ('COUNCIL PRESIDENT RON LAKE:'), so the speaker stays unresolved",
}  # fmt: skip

CONTENT_FAULTS = {
    ("qa", "Republicans say"): _TURN_HOLDING_A_REPORT,
    ("briefing", "making sure the system works"):
        "'telling reporters at the daily briefing that the review was \"about …\"': the content is the quotation "
        "alone; the clause around it ('the review was') is dropped",
    ("transcript", "within 60 days"): _NESTED_EXPECTED,
}  # fmt: skip


def _with_or_without_question_mark(content: str | None) -> str | None:
    """A question's content with and without its closing '?': PolNeAR train's gold contents of
    questions end at the '?' (31) about as often as before it (38); newsmine leaves it out of a
    transcript turn's content and keeps it in a quotation's."""
    if content is None:
        return None
    extents = content.split(" || ")
    return " || ".join(extents + [e[:-1] for e in extents if e.endswith("?")])


EXPECTED = [(*case[:4], _with_or_without_question_mark(case[4])) for case in EXPECTED]


@pytest.fixture(scope="module")
def probe53_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe53_quote_speaker(probe53_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe53_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe53_quote_content(probe53_records, article, snippet, speaker, mention_class, content):
    assert_content(probe53_records, article, snippet, content)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe53_no_quote(probe53_records, article, words):
    assert_no_quote(probe53_records, article, words)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_HELD, SPEAKER_FAULTS))
def test_probe53_label_is_no_quote(probe53_records, article, words):
    assert_no_quote_holding(probe53_records, article, words)
