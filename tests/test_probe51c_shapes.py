"""Probe51c: who said it, and what, in ten more invented articles shaped like 2016 US political
news (the genre of PolNeAR's held-out test set), in shapes probe51 did not write: a town hall
(voters named with age, trade and town, one named by first name only after "one woman shouted", a
quote resumed after a paragraph break), leaked emails ("wrote in an email to …", a reply "she
wrote", "according to the emails", "the messages show"), a Supreme Court ruling ("wrote for the
majority", "In a dissent, …", a lawyer's and a professor's reactions), a State Department briefing
(a spokesman asked by reporters, "the official said", a foreign ministry's statement, "Then he
added:"), a campaign-ad story (the ad's narrator "says", "The ad says", the candidate's "I approved
this message", the rival campaign's answer), a convention night (a husband "introduced by their
daughter", a quotation nested in single marks, "The former president"), a fact-check ("Claim:",
"Rating:", the candidate against a criminologist, "The report she cited found"), a state
legislature vote ("Rep. Ana Ortiz, D-Tucson,", a House speaker who is "the speaker" but no
speaker of the debate), a news analysis ("critics say", "supporters argue", a run of "according
to …", a report nested in "according to two Republican aides") and a running mate's wife
campaigning alone (a bare "Ashworth" for her, "Gov. Ashworth" for him, their son Owen).

``tests/fixtures/probe51c/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker (a name, or "anonymous" for a source nobody names; "|"
between accepted answers), the PolNeAR class of the mention that names it ("none" where no cue
names anyone), and its content, compared as ``tests/test_probe51_campaign.py`` compares them
(without the quotation marks and the punctuation at either end, the parts of a quotation an
interrupting cue splits joined by a space, or any one part of a quote; " || " between accepted
extents; None where no extent is checked). All of it was written by hand before newsmine first
ran on the articles (three answers widened after, for newsmine's convention that an ad's narrator,
"the ad" and "the … campaign" speak as the campaign, named as such); figures are in
docs/history/speakers.md, "Session 51 — probe51c". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_quote, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe51c"

BRANDT = "Walter Brandt"
MORALES = "Lucia Morales"
STATE = "State Department|The State Department|the State Department"
VALDORIA = "anonymous|Foreign Ministry|Valdoria's Foreign Ministry|Valdoria"
RIGHTS = "anonymous|Human Rights Watch"
FBI = "anonymous|FBI"
CLAIRE = "Claire Ashworth"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # town hall
    ("townhall", "how he planned to bring down", "Mary Olsen", "name",
     "how he planned to bring down the cost of prescription drugs"),
    ("townhall", "I pay more for my insulin", "Mary Olsen", "pronoun",
     "I pay more for my insulin than I do for my mortgage"),
    ("townhall", "What are you going to do about that?", "Mary Olsen", "pronoun",
     "What are you going to do about that?"),
    ("townhall", "Every other country on Earth", "Evan Corwin", "pronoun", "Every other country on Earth does this"),
    ("townhall", "name their price", "Evan Corwin", "pronoun",
     "We are the only ones who let the drug companies name their price"),
    ("townhall", "That's what they all say", "Dale Kruse", "name", "That's what they all say"),
    ("townhall", "every politician who ever came", "Dale Kruse", "name",
     "I've heard it from every politician who ever came through this gym"),
    ("townhall", "What about the tariffs?", "Linda|anonymous", "description", "What about the tariffs?"),
    ("townhall", "My husband and I grow soybeans", "Linda", "pronoun", "My husband and I grow soybeans"),
    ("townhall", "Who's going to pay our loans?", "Linda", "pronoun",
     "China stopped buying. Who's going to pay our loans?"),
    ("townhall", "a trade war that nobody won", "Evan Corwin", "description",
     'he would end what he called "a trade war that nobody won." || a trade war that nobody won'),
    ("townhall", "treated like bargaining chips", "Evan Corwin", "pronoun",
     'farmers had been "treated like bargaining chips" by Washington for too long'),
    ("townhall", "whether Corwin would forgive student debt", "Tyler|anonymous", "description",
     "whether Corwin would forgive student debt"),
    ("townhall", "he supported cutting interest rates", "Evan Corwin", "description",
     "he supported cutting interest rates on federal loans || he supported cutting interest rates on federal loans "
     "but stopped short of forgiveness"),
    ("townhall", "I'm not going to promise you", "Evan Corwin", "pronoun",
     "I'm not going to promise you something I can't deliver"),
    ("townhall", "never setting foot on a farm", "anonymous", "description",
     'never setting foot on a farm || Corwin of "never setting foot on a farm."'),
    ("townhall", "My grandfather milked forty cows", "Evan Corwin", "pronoun",
     "My grandfather milked forty cows every morning of his life"),
    ("townhall", "she had not made up her mind", "Mary Olsen", "name", "she had not made up her mind"),
    ("townhall", "He listens, I'll give him that", "Mary Olsen", "pronoun", "He listens, I'll give him that"),
    ("townhall", "listening is cheap", "Mary Olsen", "pronoun", "But listening is cheap"),
    ("townhall", "three more town halls", "Nadia Ferris", "name",
     "the senator would hold three more town halls in Iowa before the caucuses"),
    ("townhall", "He wants to hear the hard questions", "Nadia Ferris", "name",
     "He wants to hear the hard questions"),
    # leaked emails
    ("emails", "clashed privately", "anonymous|The Washington Post", "description",
     "Top aides to Gov. Rita Lang clashed privately over how much access to give a wealthy donor seeking a state "
     "contract"),
    ("emails", "pushing to arrange a private dinner", "anonymous", "description", None),
    ("emails", "Victor has been very good to us", "Martin Becker", "name",
     "Victor has been very good to us, and he is not going to wait forever"),
    ("emails", "I am not comfortable putting this", "Joan Pike", "pronoun",
     "I am not comfortable putting this on her calendar while the bid is open"),
    ("emails", "If this ever comes out", "Joan Pike", "pronoun",
     "If this ever comes out, it will look exactly like what it is"),
    ("emails", "overthinking it", "Martin Becker", "name", 'Pike was "overthinking it."'),
    ("emails", "The dinner took place", "anonymous", "description", "The dinner took place two weeks later"),
    ("emails", "We should assume every word", "Howard Nye", "name",
     "We should assume every word of this will be read aloud at a hearing someday"),
    ("emails", "Please loop me in", "Howard Nye", "name", "Please loop me in before anything else is scheduled"),
    ("emails", "Becker did not respond to that email", "anonymous", "description",
     "Becker did not respond to that email"),
    ("emails", "followed every rule", "Ray Dunbar", "name",
     'the company had "followed every rule" and won the contract "on the merits."'),
    ("emails", "she had not known about", "Rita Lang", "name",
     "she had not known about the disagreement among her staff"),
    ("emails", "I expect everyone who works for me", "Rita Lang", "pronoun",
     "I expect everyone who works for me to put the public first"),
    ("emails", "Absolutely not", "Rita Lang", "name", "Absolutely not"),
    ("emails", "always acted in good faith", "Martin Becker", "pronoun",
     'he had "always acted in good faith" but did not want to be "a distraction."'),
    ("emails", "These emails speak for themselves", "Curtis Wynn", "pronoun", "These emails speak for themselves"),
    ("emails", "was for sale", "Curtis Wynn", "pronoun", "The governor's office was for sale"),
    # court ruling
    ("ruling", "no credible evidence", "Helen Marsh", "name",
     'the state had offered "no credible evidence" of the in-person fraud the law was meant to prevent'),
    ("ruling", "A right that can be exercised", "Helen Marsh", "pronoun",
     "A right that can be exercised only by those with the time and money to obtain a particular card is not a "
     "right at all"),
    ("ruling", "substituting its own policy", "Raymond Cole", "name",
     'the majority of "substituting its own policy preferences for the judgment of the people of Ohio." || '
     "substituting its own policy preferences for the judgment of the people of Ohio"),
    ("ruling", "broad authority", "Raymond Cole", "pronoun",
     'states had "broad authority" to set the rules for their own elections'),
    ("ruling", "The Constitution does not require Ohio", "Raymond Cole", "name",
     "The Constitution does not require Ohio to wait for fraud to occur before acting to prevent it"),
    ("ruling", "invite challenges", "Raymond Cole", "name",
     "Today's decision will invite challenges to commonsense election rules in every state"),
    ("ruling", "sent back to the lower courts", "Samuel Ito", "name",
     "the case should have been sent back to the lower courts"),
    ("ruling", "keep hundreds of thousands", "anonymous", "description",
     "the law would keep hundreds of thousands of people from voting in November"),
    ("ruling", "This is a great day for democracy", "Dana Whitfield", "name", "This is a great day for democracy"),
    ("ruling", "deeply disappointed", "Greg Hollander", "name",
     'he was "deeply disappointed" and would work with the legislature on a new law "that can survive the '
     "court's scrutiny.\""),
    ("ruling", "just made it easier to cheat", BRANDT, "name", 'the court had "just made it easier to cheat."'),
    ("ruling", "Voting should be easy", MORALES, "pronoun", "Voting should be easy, and cheating should be hard"),
    ("ruling", "could affect similar laws", "anonymous", "description",
     "the decision could affect similar laws in at least nine other states"),
    ("ruling", "not a death sentence for voter ID", "Pamela Reyes", "name",
     "It's not a death sentence for voter ID, but it's close"),
    ("ruling", "States are going to have to prove", "Pamela Reyes", "name",
     "States are going to have to prove the problem exists before they can solve it"),
    # State Department briefing
    ("briefing", "would not recognize the results", STATE, "name",
     "the United States would not recognize the results of last weekend's presidential election in Valdoria || "
     "the United States would not recognize the results of last weekend's presidential election in Valdoria, "
     "calling the vote \"deeply flawed\" and urging the country's leaders to release jailed opposition figures"),
    ("briefing", "The election was neither free nor fair", "Thomas Keane", "name",
     "The election was neither free nor fair"),
    ("briefing", "all options remain on the table", "Thomas Keane", "name",
     'all options remain on the table || that "all options remain on the table"'),
    ("briefing", "get ahead of the secretary", "Thomas Keane", "pronoun",
     "I'm not going to get ahead of the secretary on that"),
    ("briefing", "in contact with European allies", "anonymous", "description",
     "the administration had been in contact with European allies about a joint response"),
    ("briefing", "Nobody wants to isolate", "anonymous", "description",
     "Nobody wants to isolate the Valdorian people"),
    ("briefing", "an unacceptable interference", VALDORIA, "description", None),
    ("briefing", "will not take lessons in democracy", VALDORIA, "description",
     'Valdoria "will not take lessons in democracy from Washington."'),
    ("briefing", "count their own votes", "Aurelio Benz", "pronoun",
     "The Americans should count their own votes before they count ours"),
    ("briefing", "asleep at the wheel", BRANDT, "name",
     'the Obama administration had been "asleep at the wheel" as Valdoria slid toward authoritarianism'),
    ("briefing", "supported the department's decision", MORALES, "name", "she supported the department's decision"),
    ("briefing", "comment on a political campaign", "Thomas Keane", "pronoun",
     "I'm not going to comment on a political campaign from this podium"),
    ("briefing", "The secretary has been working", "Thomas Keane", "pronoun",
     "The secretary has been working on this for months. I'd leave it there"),
    ("briefing", "Words are not a policy", "Elena Castillo", "name", "Words are not a policy"),
    ("briefing", "did not go far enough", RIGHTS, "description", "the statement did not go far enough"),
    # campaign ad
    ("ad", "For thirty years", "anonymous|Brandt campaign", "description",
     "For thirty years, Lucia Morales voted for every trade deal that shipped your job overseas"),
    ("ad", "Free trade is good for everyone", MORALES, "name", "Free trade is good for everyone"),
    ("ad", "can't be trusted", "anonymous|Walter Brandt|Brandt campaign", "description", 'Morales "can\'t be trusted"'),
    ("ad", "I approved this message", BRANDT, "pronoun",
     "I'm Walter Brandt, and I approved this message because your job matters more than her donors"),
    ("ad", "a lie from start to finish", "anonymous|Lucia Morales|Morales campaign", "description", None),
    ("ad", "had been cut to remove", "Kevin Dorsey", "name",
     "the 1998 clip had been cut to remove the senator's next sentence, in which she called for \"strong "
     "protections for workers.\""),
    ("ad", "spending millions to hide", "Kevin Dorsey", "name",
     "Walter Brandt is spending millions to hide what he actually did, which was to make his ties in China"),
    ("ad", "I worked at the mill", "Frank Kowalski", "pronoun", "I worked at the mill for twenty-two years"),
    ("ad", "Both campaigns know", "Cheryl Dunn", "name",
     "Both campaigns know the election will be decided by a few hundred thousand voters in the industrial Midwest"),
    ("ad", "It's not negative", BRANDT, "pronoun", "It's not negative. It's true"),
    ("ad", "less than $3 million", "Kantar Media|anonymous", "name",
     "the Brandt campaign had spent less than $3 million on television through the end of July, a fraction of "
     "the Morales campaign's total || the Brandt campaign had spent less than $3 million on television through "
     "the end of July"),
    # convention night
    ("convention", "the quietest man in any room", "Sofia Morales", "name", None),
    ("convention", "I met Lucia in 1979", "Daniel Morales", "name",
     "I met Lucia in 1979, in a line for a bus that never came"),
    ("convention", "every door in the district", "Daniel Morales", "pronoun", None),
    ("convention", "She doesn't quit", "Daniel Morales", "pronoun", "She doesn't quit"),
    ("convention", "she will never quit on you", "Daniel Morales", "pronoun",
     "She has never quit on this family, and she will never quit on you"),
    ("convention", "the hardest-working person", "Arthur Bell", "name", None),
    ("convention", "she was still reading amendments", "Arthur Bell", "name",
     "At three in the morning, I looked over and she was still reading amendments"),
    ("convention", "I'll sleep when it passes", MORALES, "pronoun", "Arthur, I'll sleep when it passes"),
    ("convention", "nobody alone can fix anything", "James Whitlock", "name",
     "Folks, nobody alone can fix anything in this country. We do it together, or we don't do it at all"),
    ("convention", "fought for the Affordable Care Act", "James Whitlock", "description",
     'she had "fought for the Affordable Care Act when it wasn\'t popular to do it."'),
    ("convention", "too nervous to watch", "Sofia Morales", "pronoun",
     'her mother had been "too nervous to watch" and had stayed in the hotel'),
    # fact check
    ("factcheck", "nation's largest cities", BRANDT, "name",
     'violent crime had "doubled" in the nation\'s largest cities since 2008'),
    ("factcheck", "Violent crime in our big cities", BRANDT, "none",
     "Violent crime in our big cities has doubled, it's doubled, under this administration"),
    ("factcheck", "You can't walk down the street", BRANDT, "pronoun",
     "You can't walk down the street in Chicago, in Baltimore, without getting shot"),
    ("factcheck", "the violent crime rate in cities", FBI, "description",
     "the violent crime rate in cities with more than 250,000 residents fell by about 17 percent between 2008 "
     "and 2015"),
    ("factcheck", "There is no reading of the data", "Marcus Hale", "name",
     "There is no reading of the data that gets you to 'doubled,'"),
    ("factcheck", "Mr. Brandt was talking about", "Paula Grant", "pronoun",
     "Mr. Brandt was talking about what people feel in these neighborhoods"),
    ("factcheck", "homicides in Chicago rose", "anonymous", "description",
     "homicides in Chicago rose by about 58 percent in 2016"),
    ("factcheck", "that difference mattered", "Marcus Hale", "name", "that difference mattered"),
    ("factcheck", "One terrible year in one city", "Marcus Hale", "pronoun",
     "One terrible year in one city is not a national trend"),
    ("factcheck", "out of control", BRANDT, "pronoun",
     'crime was "out of control" and "the worst it\'s been in forty-five years."'),
    ("factcheck", "had doubled in big cities", BRANDT, "name",
     "violent crime had doubled in big cities under the current administration"),
    # state legislature
    ("legislature", "doing the job Washington won't", BRANDT, "name", 'Arizona was "doing the job Washington won\'t."'),
    ("legislature", "My constituents live with this", "Gary Stone", "name",
     "My constituents live with this every single day"),
    ("legislature", "We are being asked to spend", "Ana Ortiz", "name",
     "We are being asked to spend forty million dollars on a campaign commercial"),
    ("legislature", "It is a press release", "Ana Ortiz", "name", "This is not a security plan. It is a press release"),
    ("legislature", "in legal jeopardy", "Ana Ortiz", "name",
     "the bill could put Guard members in legal jeopardy, because it did not say who would command them"),
    ("legislature", "caring more about illegal immigrants", "Gary Stone", "name", None),
    ("legislature", "Members will address each other", "David Price", "description",
     "Members will address each other with respect or they will not address this body at all"),
    ("legislature", "reflects the will of this chamber", "David Price", "pronoun",
     'the bill "reflects the will of this chamber."'),
    ("legislature", "an unfunded mandate", "Karen Tully", "name",
     'she supported border security but could not back "an unfunded mandate with no end date."'),
    ("legislature", "I ran on fiscal responsibility", "Karen Tully", "name", "I ran on fiscal responsibility"),
    ("legislature", "his chamber would take up", "Mark Quinn", "name", "his chamber would take up the bill next week"),
    ("legislature", "will review the final bill", "Ben Lowry", "name",
     'the governor "will review the final bill carefully."'),
    # news analysis
    ("analysis", "less a plan than a promise", "anonymous", "description", None),
    ("analysis", "this is exactly the point", "anonymous", "description", "this is exactly the point"),
    ("analysis", "Voters are not reading white papers", "Jim Harlan", "name", "Voters are not reading white papers"),
    ("analysis", "reduce federal revenue", "Tax Policy Center|the Tax Policy Center", "name",
     "the plan would reduce federal revenue by about $6 trillion over a decade"),
    ("analysis", "the national debt would rise",
     "Committee for a Responsible Federal Budget|the Committee for a Responsible Federal Budget", "name",
     "the national debt would rise to 127 percent of the economy by 2026"),
    ("analysis", "those figures expose", "anonymous", "description",
     "those figures expose a contradiction at the heart of the campaign"),
    ("analysis", "balance the budget in eight years", BRANDT, "name", None),
    ("analysis", "You cannot do both", "Maya Chen", "name",
     "You cannot do both of those things and the tax cut"),
    ("analysis", "built on assumptions", "Robert Kline", "name",
     'the forecasts were "built on assumptions from the failed economy of the last eight years."'),
    ("analysis", "trillions in new revenue", "Robert Kline", "pronoun",
     'growth of 4 percent a year, which the campaign projects, would produce "trillions in new revenue."'),
    ("analysis", "has not grown by 4 percent", "Commerce Department|the Commerce Department|anonymous", "name",
     "The economy has not grown by 4 percent in a year since 2000"),
    ("analysis", "not studied the details", "Alan Reed", "name", 'he had "not studied the details."'),
    ("analysis", "don't add up", "Alan Reed", "name", 'the numbers "don\'t add up."'),
    ("analysis", "dressed up as a jobs plan", MORALES, "name", None),
    ("analysis", "reflects his business experience", "anonymous", "description",
     "that reflects his business experience"),
    ("analysis", "signed paychecks", "Jim Harlan", "name", "People see a guy who has signed paychecks"),
    ("analysis", "voters trust Brandt more", "anonymous", "description",
     "voters trust Brandt more than Morales on the economy"),
    # a running mate's wife alone
    ("spouse", "the best friend public schools", CLAIRE, "name",
     'her husband would be "the best friend public schools ever had in the White House."'),
    ("spouse", "I taught for eleven years", CLAIRE, "pronoun",
     "I taught for eleven years before Neil ever ran for anything"),
    ("spouse", "a stubborn optimist", CLAIRE, "pronoun", None),
    ("spouse", "on a curve", CLAIRE, "pronoun", 'he still graded her cooking "on a curve."'),
    ("spouse", "He would have been here himself", CLAIRE, "pronoun",
     "He would have been here himself, but he is in Ohio today"),
    ("spouse", "most requested surrogates", "anonymous", "description", None),
    ("spouse", "ruining the country", BRANDT, "name", None),
    ("spouse", "call anybody names", CLAIRE, "name", "I'm not going to call anybody names"),
    ("spouse", "Claire spent more time", "Neil Ashworth", "name",
     "Claire spent more time in a classroom than Walter Brandt has spent reading about one"),
    ("spouse", "constantly, at dinner", "Owen Ashworth", "pronoun",
     'his parents argued about politics "constantly, at dinner, in the car, everywhere."'),
    ("spouse", "a lovely woman", "Glenn Patterson", "name",
     "Mrs. Ashworth was \"a lovely woman\" but that her husband's record on schools in Virginia had been \"a "
     "disaster.\""),
    ("spouse", "she would be there too", CLAIRE, "name", "she would be there too"),
    ("spouse", "Wherever he goes, I go", CLAIRE, "pronoun", "Wherever he goes, I go"),
]  # fmt: skip

# stretches that are no quote of anyone (a label, a rating)
NOT_QUOTES = [
    ("factcheck", "Rating"),
    ("factcheck", "Our ruling"),
]

# Quotes no quote of newsmine holds (so neither speaker nor content can be checked).
_NOT_FOUND = {
    ("emails", "pushing to arrange a private dinner"):
        "'The emails … show Lang's chief of staff, Martin Becker, pushing to arrange a private dinner …': the "
        "object and its participle, together what the emails show, are cut into two quotes ('Lang's chief of "
        "staff, Martin Becker' and 'to arrange …'), neither holding 'pushing'",
    ("factcheck", "Violent crime in our big cities"):
        "'Claim: \"Violent crime in our big cities has doubled …\"' — a fact-check's label before the claim "
        "it checks is no cue, so the quotation, the candidate's (named in the lead), is found by no rule",
}

SPEAKER_FAULTS = _NOT_FOUND | {
    ("ad", "Free trade is good for everyone"):
        "'The ad then shows a clip of Morales at a 1998 Senate hearing, saying, \"…\"': the participle hangs "
        "on 'shows', so the words are the ad's (its campaign's), not those of Morales shown in the clip "
        "(ad_voices._footage_of_someone reads a person shown as the ad's object, not one in a clip 'of' her)",
    ("convention", "I'll sleep when it passes"):
        "a quotation in single marks nested in a double-marked one ('\"… She said, 'Arthur, I'll sleep when it "
        "passes.'\" Bell said') is no quote of its own (probe51b's nested quotation; direct quotes' work)",
    ("convention", "too nervous to watch"):
        "'Sofia Morales, a pediatric nurse …, returned to the stage … to hug her father. Backstage, she told CNN "
        "that her mother …': the 'she' goes to the nominee Lucia Morales, the family's most named woman, not "
        "to the daughter named as the subject just before",
    ("factcheck", "homicides in Chicago rose"):
        "'A spokeswoman … pointed to a news report on homicides in Chicago. … The report she cited found that …': "
        "'The report' goes to the FBI (the last body named whose data was cited), though the report is a news "
        "report no one names",
    ("analysis", "don't add up"):
        "'Privately, according to two Republican aides, Reed has told colleagues that the numbers \"don't add "
        "up.\"': only the outer report (the aides') is a quote; the nested one (Reed's telling) is not",
    ("spouse", "ruining the country"):
        "'Asked about Walter Brandt's comments on Thursday that teachers' unions were \"ruining the "
        "country,\" she shook her head': the question's topic is read as a quote with no speaker; the noun "
        "'comments … that' makes no quote of Brandt's",
    ("spouse", "call anybody names"):
        "'\"…,\" Ashworth said' after two paragraphs of the candidate's wife (Claire Ashworth, the story's "
        "subject, called 'Ashworth' before) goes to her husband Neil Ashworth, named in full once in the lead",
    ("spouse", "Claire spent more time"):
        "'Her husband, … \"…,\" Gov. Ashworth said': the title 'Gov.' was never given to Neil Ashworth "
        "('Democratic vice presidential nominee Neil Ashworth'), and with two Ashworths the titled surname "
        "becomes an entity of its own ('Ashworth'), not the husband",
}

CONTENT_FAULTS = _NOT_FOUND | {
    ("briefing", "all options remain on the table"):
        "'Keane said that \"all options remain on the table\" but declined to give details': the cue's "
        "conjunct ('but declined …', the spokesman's act) is kept at the content's end",
    ("ad", "can't be trusted"):
        "'The ad says Morales \"can't be trusted\" and closes with Brandt speaking …': the cue's conjunct is "
        "kept at the content's end (the parse hangs 'closes' on 'trusted', so cue_conjuncts does not cut it)",
    ("convention", "I'll sleep when it passes"):
        "the nested single-marked quotation is no quote of its own (see the speaker's fault)",
    ("factcheck", "homicides in Chicago rose"):
        "'found that homicides in Chicago rose by about 58 percent in 2016, a real and sharp increase in one "
        "city': the writer's apposition on the whole claim is kept (probe51's 'a claim some … dispute')",
}


@pytest.fixture(scope="module")
def probe51c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe51c_quote_speaker(probe51c_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe51c_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe51c_quote_content(probe51c_records, article, snippet, speaker, mention_class, content):
    assert_content(probe51c_records, article, snippet, content)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe51c_no_quote(probe51c_records, article, words):
    assert_no_quote(probe51c_records, article, words)
