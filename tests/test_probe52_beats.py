"""Probe52: who said it, and what, in invented articles shaped like 2016 US political news (the
genre of PolNeAR's held-out test set), in beats the session-51 probes did not write: a Supreme
Court nomination fight (senators of both parties, "the White House said in a statement", a
report in a relative clause "in which Holloway said"), a vice-presidential debate (the two
running mates answering each other in consecutive paragraphs with only "he" and "she", "she
shot back", "wrote on Facebook", a campaign's statement), a down-ballot Senate race (a super
PAC's ad and its narrator, "said in a tweet on Wednesday:" before a quotation, a Libertarian,
a newspaper's editorial board "writing that"), a ballot initiative ("Opponents argue",
"Supporters counter", coalitions and committees speaking, two women of different parties in
one paragraph), a foreign-policy story (a foreign minister "through an interpreter", a
State Department spokesman "said:", "a senior administration official told reporters", a
foreign ministry), a campaign staff shake-up ("the campaign said in a brief statement … It
said", a fired manager's statement running over a paragraph with no cue, "people close to the
campaign", "that person said", "the DNC said in a statement"), a voter-ID lawsuit (a judge's
order "wrote", plaintiffs, the attorney general, "she wrote" interrupting a paraphrase), a
protest outside a rally (a police chief who becomes "the chief", protesters' chants, a
counter-protester known by his first name, a sign that is no quote, "the mayor"), a press
gaggle aboard the candidate's plane ("told reporters aboard his plane", an aide who
"interjected:", "She always does this" inside the candidate's quotation) and a transition
story after election day (the president-elect's spokesman, senators' reactions in a list).

``tests/fixtures/probe52/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between
accepted answers), the PolNeAR class of the mention that names it, and its content, compared
as ``tests/test_probe51_campaign.py`` compares it (" || " between accepted extents). All of it
was written by hand before newsmine first ran on the articles; figures are in
docs/history/speakers.md, "Session 52 — probe52". What newsmine still gets wrong is a strict
xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented
for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_quote, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe52"

WHITE_HOUSE = "White House|The White House"
FUENTES_CAMPAIGN = "Fuentes campaign|The Fuentes campaign|Maria Fuentes"
HEARTLAND = "anonymous|Heartland Forward"
POST_DISPATCH = "anonymous|St. Louis Post-Dispatch|The St. Louis Post-Dispatch"
PALEY_CAMPAIGN = "anonymous|Paley campaign|Roger Paley"
FAIR_WAGE = "anonymous|Colorado Families for a Fair Wage"
KEEP_WORKING = "anonymous|Keep Colorado Working"
MESA_POLL = "anonymous|Colorado Mesa University"
BANE_CAMPAIGN = "anonymous|Bane campaign|Curtis Bane"
FOREIGN_MINISTRY = "anonymous|Russian Foreign Ministry|Foreign Ministry"
PRATT_CAMPAIGN = "anonymous|Pratt campaign|Howard Pratt"
DNC = "Democratic National Committee|The Democratic National Committee|DNC"
ELECTIONS_COMMISSION = "anonymous|Wisconsin Elections Commission|The Wisconsin Elections Commission"
RNC = "Republican National Committee|The Republican National Committee|RNC"
TAX_POLICY_CENTER = "anonymous|Tax Policy Center|The Tax Policy Center"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # scotus
    ("scotus", "should fill the seat", "Bradley Voss", "name", "the next president should fill the seat"),
    ("scotus", "deserve a voice", "Bradley Voss", "name",
     "The American people are about to choose a new president, and they deserve a voice in this decision"),
    ("scotus", "constitutional duty", WHITE_HOUSE, "name",
     "The Senate has a constitutional duty to give Judge Alvarado a hearing and a vote"),
    ("scotus", "It is an abdication", WHITE_HOUSE, "name", "Refusing to do its job is not a principle. It is an abdication"),
    ("scotus", "as a courtesy", "Joan Whitfield", "name",
     "she had met the judge as a courtesy but would not change her mind"),
    ("scotus", "the most cynical thing", "Laura Benning", "name",
     'the blockade "the most cynical thing I have seen in twenty years here." || '
     "the most cynical thing I have seen in twenty years here"),
    ("scotus", "knows perfectly well", "Joan Whitfield", "name",
     'Benning "knows perfectly well the Democrats did the same thing in 1992."'),
    ("scotus", "ready to answer any question", "Miriam Alvarado", "pronoun",
     'she was "ready to answer any question the senators wish to ask."'),
    ("scotus", "try to force a vote", "Laura Benning", "name", "she would try to force a vote on the floor"),
    ("scotus", "would probably fail", "Laura Benning", "pronoun", "the effort would probably fail"),
    ("scotus", "on the record", "Laura Benning", "pronoun", "But I want every one of my colleagues on the record"),
    ("scotus", "every right", "Bradley Voss", "pronoun", 'the Senate had "every right" to withhold its consent'),
    ("scotus", "let the people decide", "Dennis Holloway", "name",
     'a president in his last year should "let the people decide."'),
    ("scotus", "forgotten his own words", "Bradley Voss", "name", "Now he has forgotten his own words"),
    ("scotus", "the comparison was unfair", "Dennis Holloway", "description", "the comparison was unfair"),
    ("scotus", "I gave a speech", "Dennis Holloway", "name", "I gave a speech. They are shutting down a branch of government"),
    ("scotus", "stands with Chairman Voss", "Rita Caldwell", "name",
     'Ostrow "stands with Chairman Voss, today and in January."'),
    # vpdebate
    ("vpdebate", "why voters should trust", "Elaine Quarles", "name", "why voters should trust their tickets"),
    ("vpdebate", "I trust Maria Fuentes", "Anita Reyes", "pronoun",
     "I trust Maria Fuentes with my children's future, and I have watched her keep her word for twenty years"),
    ("vpdebate", "defending the indefensible", "Tom Kessler", "pronoun",
     "The senator is a fine person, but she is defending the indefensible"),
    ("vpdebate", "simply not true", "Anita Reyes", "pronoun", "That is simply not true, and the governor knows it"),
    ("vpdebate", "in the newspapers every morning", "Tom Kessler", "pronoun", "It is in the newspapers every morning"),
    ("vpdebate", "your candidate's tweets", "Anita Reyes", "pronoun", "So are your candidate's tweets"),
    ("vpdebate", "paid any federal income tax", "Elaine Quarles", "name",
     "whether his running mate, Walt Brenner, had paid any federal income tax in the last decade"),
    ("vpdebate", "followed the law", "Tom Kessler", "name",
     'Brenner had "followed the law, like every smart businessman does."'),
    ("vpdebate", "Six times tonight", "Anita Reyes", "pronoun",
     "Six times tonight I have asked the governor to defend his running mate's words, and six times he has "
     "changed the subject"),
    ("vpdebate", "the largest tax increase", "Tom Kessler", "name",
     'the Democrats of planning "the largest tax increase in a generation." || the largest tax increase in a '
     "generation"),
    ("vpdebate", "most middle-income families", TAX_POLICY_CENTER, "name",
     "most middle-income families would see no change under the Fuentes plan"),
    ("vpdebate", "sit down and talk", "Tom Kessler", "name", 'the United States should "sit down and talk" with Moscow'),
    ("vpdebate", "far too friendly", "Anita Reyes", "name",
     'the Republican ticket had been "far too friendly to a man who invades his neighbors."'),
    ("vpdebate", "a cheap shot", "Tom Kessler", "pronoun", 'that "a cheap shot." || a cheap shot'),
    ("vpdebate", "wiped the floor", "Walt Brenner", "name", 'his running mate had "wiped the floor" with Reyes'),
    ("vpdebate", "steady leadership", FUENTES_CAMPAIGN, "name",
     'Reyes had "shown the country exactly what steady leadership looks like."'),
    ("vpdebate", "sounded like a real person", "Patricia Lowe", "name", 'Reyes "sounded like a real person."'),
    ("vpdebate", "my grocery bill", "Dana Whitt", "name", "She didn't talk about my grocery bill"),
    # senate
    ("senate", "voting to raise taxes", HEARTLAND, "name",
     'Ashby of "voting to raise taxes 31 times" during her eight years in the state legislature || '
     "voting to raise taxes 31 times"),
    ("senate", "wrong for your family", "anonymous|Heartland Forward", "description",
     "Karen Ashby: wrong for Missouri, wrong for your family"),
    ("senate", "recycled garbage", "Karen Ashby", "name", 'the ad "recycled garbage." || recycled garbage'),
    ("senate", "cites were procedural", "Karen Ashby", "pronoun",
     "Most of the votes it cites were procedural || Most of the votes it cites were procedural and several were "
     "on budgets that Paley's own party wrote"),
    ("senate", "whatever they want", "Karen Ashby", "pronoun", "They can spend whatever they want"),
    ("senate", "nothing to do with the ad", "Derek Olin", "name",
     "the senator had nothing to do with the ad, since federal law bars campaigns from coordinating with super "
     "PACs || the senator had nothing to do with the ad"),
    ("senate", "every word of it", "Derek Olin", "name", "every word of it was accurate"),
    ("senate", "Missouri knows my record", "Roger Paley", "name",
     "Missouri knows my record. 42 bills signed into law, and I'm just getting started"),
    ("senate", "auditioning", "Glenn Sutter", "name",
     'both major-party candidates were "auditioning to be the same kind of senator."'),
    ("senate", "a single dollar", "Glenn Sutter", "pronoun", 'he would not accept "a single dollar from a super PAC, ever."'),
    ("senate", "unglamorous work", POST_DISPATCH, "name",
     'she "has spent her career doing the unglamorous work of governing."'),
    ("senate", "grown comfortable", POST_DISPATCH, "description",
     'Paley had "grown comfortable" in Washington and had missed nearly a third of committee votes this year'),
    ("senate", "predictable", PALEY_CAMPAIGN, "name", 'the editorial "predictable." || predictable'),
    ("senate", "afraid of a third voice", "Glenn Sutter", "pronoun", "They're afraid of a third voice on that stage"),
    ("senate", "may turn on turnout", "anonymous", "description",
     "the race may turn on turnout in the St. Louis suburbs"),
    ("senate", "runs even in St. Charles", "Marcus Hale", "name", "If Ashby runs even in St. Charles County, she wins"),
    # ballot
    ("ballot", "cannot afford rent", FAIR_WAGE, "name",
     "a full-time worker earning the current minimum of $8.31 an hour cannot afford rent in any county in the state"),
    ("ballot", "rent and groceries", "Lisa Ordway", "name",
     "No one who works forty hours a week should have to choose between rent and groceries"),
    ("ballot", "fall hardest on small businesses", "anonymous", "description",
     "the increase would fall hardest on small businesses in rural counties, where wages and prices are lower"),
    ("ballot", "thousands of entry-level jobs", KEEP_WORKING, "name",
     'the measure "will cost thousands of entry-level jobs."'),
    ("ballot", "cut his staff's hours", "Tony Biaggi", "name", "he had already cut his staff's hours in anticipation"),
    ("ballot", "not a villain", "Tony Biaggi", "name", "I'm not a villain here"),
    ("ballot", "did not lead to the job losses", "anonymous", "description",
     "similar increases in Seattle and San Francisco did not lead to the job losses opponents predicted"),
    ("ballot", "mostly reassuring", "Rachel Tan", "name", 'the evidence so far was "mixed but mostly reassuring."'),
    ("ballot", "was not Seattle", "Rachel Tan", "pronoun", "rural Colorado was not Seattle"),
    ("ballot", "goes a lot further", "Rachel Tan", "pronoun", "The same dollar goes a lot further in Lamar than in Boulder"),
    ("ballot", "good intentions", "Neil Strand", "name", "good intentions do not pay the bills"),
    ("ballot", "1.6 billion", "Lisa Ordway", "name", 'the measure would put "$1.6 billion in the pockets of working families."'),
    ("ballot", "that figure ignored", "Karen Yost", "name", "that figure ignored the jobs that would disappear"),
    ("ballot", "no longer has a paycheck", "Karen Yost", "name",
     "You can't put money in the pocket of someone who no longer has a paycheck"),
    ("ballot", "heard that argument", "Lisa Ordway", "name", "she had heard that argument for years"),
    ("ballot", "wrong in 2006", "Lisa Ordway", "pronoun", "It was wrong in 2006, and it is wrong now"),
    ("ballot", "54 percent of likely voters", MESA_POLL, "description", "54 percent of likely voters supporting the measure"),
    # foreign
    ("foreign", "many things said", "Jonas Vilkas", "pronoun", "We have heard many things said in an American campaign"),
    ("foreign", "something very clear", "Jonas Vilkas", "pronoun",
     "We listen to what the government of the United States tells us, and today it told us something very clear"),
    ("foreign", "ironclad", "Margaret Lyle", "name",
     'the commitment under Article 5 of the NATO treaty was "ironclad" and "not up for negotiation, in an '
     'election year or any other year."'),
    ("foreign", "their fair share", "Curtis Bane", "name",
     'allies who did not pay "their fair share" should not expect American protection "automatically."'),
    ("foreign", "has always supported NATO", BANE_CAMPAIGN, "pronoun",
     'the governor "has always supported NATO" and wanted "a stronger alliance, not a freeloading one."'),
    ("foreign", "campaign rhetoric", "Mark Heyer", "name",
     'allies "understand the difference between campaign rhetoric and American policy."'),
    ("foreign", "private diplomatic conversations", "Mark Heyer", "name",
     "I'm not going to get into private diplomatic conversations"),
    ("foreign", "come up in every meeting", "anonymous", "description",
     "the subject had come up in every meeting of the trip"),
    ("foreign", "Every foreign minister", "anonymous", "description", "Every foreign minister she has met has asked about it"),
    ("foreign", "theater for a domestic audience", FOREIGN_MINISTRY, "name",
     'the visit as "theater for a domestic audience." || theater for a domestic audience'),
    ("foreign", "raised its military spending", "Jonas Vilkas", "name",
     "Lithuania had raised its military spending to 2 percent of economic output this year, a year ahead of "
     "schedule || Lithuania had raised its military spending to 2 percent of economic output this year"),
    ("foreign", "A small country remembers", "Jonas Vilkas", "pronoun",
     "A small country remembers who stood with it. We also remember who did not"),
    ("foreign", "could speak for the next president", "Margaret Lyle", "name",
     "no secretary of state could speak for the next president"),
    ("foreign", "sixty-seven years", "Margaret Lyle", "pronoun",
     "What I can tell you is what the United States has done for sixty-seven years"),
    # shakeup
    ("shakeup", "a valuable part of the team", PRATT_CAMPAIGN, "description",
     'Keane had been "a valuable part of the team" and that it wished him well'),
    ("shakeup", "would take over", PRATT_CAMPAIGN, "pronoun",
     "Pratt's deputy manager, Allison Marr, would take over day-to-day operations effective immediately"),
    ("shakeup", "proud of what we built", "Scott Keane", "pronoun",
     "I am proud of what we built, a campaign that won the nomination with a fraction of the money and the staff "
     "of our rivals"),
    ("shakeup", "I leave with no regrets", "Scott Keane", "pronoun",
     "I leave with no regrets and with enormous respect for the candidate. I will keep working every day to see "
     "him elected"),
    ("shakeup", "weeks of friction", "anonymous", "description",
     "weeks of friction between Keane and the candidate's son-in-law, Eric Lind, who has taken an increasingly "
     "large role in strategy || weeks of friction between Keane and the candidate's son-in-law, Eric Lind"),
    ("shakeup", "running the campaign like a primary", "anonymous|Eric Lind", "description",
     'Lind had complained to Pratt that Keane was "running the campaign like a primary." || Keane was "running '
     'the campaign like a primary."'),
    ("shakeup", "grown frustrated", "anonymous", "description",
     "Pratt had grown frustrated after a series of interviews in which Keane contradicted him on immigration"),
    ("shakeup", "corrected on television", "anonymous", "description",
     "The candidate doesn't like being corrected on television"),
    ("shakeup", "different direction", "Howard Pratt", "pronoun", "Scott's a good guy. We just want to go in a different direction"),
    ("shakeup", "win big", "Howard Pratt", "pronoun", "We're going to win. We're going to win big"),
    ("shakeup", "honored and ready", "Allison Marr", "pronoun", 'she was "honored and ready to get to work."'),
    ("shakeup", "plays the role any family plays", "Ben Coyle", "name",
     'the candidate\'s family "plays the role any family plays" and that Lind had "no title and no desk" at '
     "campaign headquarters"),
    ("shakeup", "manage his own campaign", DNC, "name",
     "Howard Pratt can't manage his own campaign. Why would anyone trust him to manage the country?"),
    # voterid
    ("voterid", "unreasonably difficult", "Ellen Forsythe", "description",
     'the state had made it "unreasonably difficult" for thousands of eligible voters to obtain the ID they need '
     "to cast a ballot"),
    ("voterid", "a maze with no map", "Ellen Forsythe", "name",
     'the state\'s process for issuing free IDs was "a maze with no map."'),
    ("voterid", "a voter's stamina", "Ellen Forsythe", "name",
     "The right to vote cannot be made to depend on a voter's stamina, or on how many hours she can take off work "
     "to stand in a line"),
    ("voterid", "voted in every election", "Ruth Delacroix", "pronoun", "she had voted in every election since 1952"),
    ("voterid", "office three times", "Ruth Delacroix", "name", "I went to that office three times"),
    ("voterid", "would appeal", "Brad Schuette", "name",
     "the state would appeal to the U.S. Court of Appeals for the Seventh Circuit"),
    ("voterid", "judicial activism", "Brad Schuette", "pronoun",
     'the ruling "a lawless act of judicial activism" that would "invite fraud at the polls." || a lawless act of '
     'judicial activism" that would "invite fraud at the polls'),
    ("voterid", "modest and sensible", "Brad Schuette", "name",
     "Wisconsin's law is modest and sensible, and it has been upheld before"),
    ("voterid", "only one case", "Ellen Forsythe", "pronoun",
     "The state's own witnesses had identified only one case of in-person voter impersonation in a decade"),
    ("voterid", "appeal was expected", "Dana Hirsch", "name", "the state's appeal was expected"),
    ("voterid", "We'll be there", "Dana Hirsch", "pronoun", "We'll be there"),
    ("voterid", "substituted her own preferences", "anonymous", "description",
     'the judge had "substituted her own preferences for the will of the people."'),
    ("voterid", "issue guidance", ELECTIONS_COMMISSION, "name", "it would issue guidance to local clerks by Monday"),
    ("voterid", "some confusion at the counter", "Glen Maddox", "name",
     'clerks should expect "some confusion at the counter" in the first weeks'),
    ("voterid", "get through it", "Glen Maddox", "pronoun", "We'll get through it"),
    # protest
    ("protest", "No wall, no hate", "anonymous", "description", "No wall, no hate"),
    ("protest", "tremendous restraint", "Ramon Esquivel", "name",
     'officers had shown "tremendous restraint" and that the arrests were for assault and vandalism'),
    ("protest", "right to protest", "Ramon Esquivel", "description",
     "People have the right to protest. They do not have the right to throw rocks at my officers"),
    ("protest", "two officers had suffered", "Ramon Esquivel", "name", "two officers had suffered minor injuries"),
    ("protest", "funneled supporters", "anonymous", "description", None),
    ("protest", "planned a peaceful march", "Maria Soto", "name", "the demonstrators had planned a peaceful march"),
    ("protest", "does not speak for California", "Maria Soto", "pronoun",
     "We came here to say that this man does not speak for California"),
    ("protest", "water bottle", "Kevin Dahl", "name",
     "he had been hit in the back of the head with a water bottle as he walked to his car"),
    ("protest", 'done "nothing', "Kevin Dahl", "pronoun", 'the police had done "nothing" to help him'),
    ("protest", "came to hear a speech", "Kevin Dahl", "pronoun", "I'm a fifty-year-old man who came to hear a speech"),
    ("protest", "stand up for the people", "Jake", "pronoun",
     "he had come to \"stand up for the people who aren't afraid to say what they think.\""),
    ("protest", "some friends outside", "Gil Rourke", "pronoun", "I hear we have some friends outside"),
    ("protest", "thugs", "Gil Rourke", "name", 'the protesters were "thugs" and that Mayor Elena Park had "let them run wild."'),
    ("protest", "no matter who started it", "Elena Park", "name", 'the violence was "unacceptable, no matter who started it."'),
    ("protest", "bore some responsibility", "Elena Park", "pronoun", "Rourke bore some responsibility"),
    ("protest", "calling people criminals", "Elena Park", "description",
     "When you spend a year calling people criminals, you should not be surprised when the temperature rises"),
    # plane
    ("plane", "did not believe the polls", "Vince Keller", "name",
     "he did not believe the polls showing him trailing Helen Castro in North Carolina"),
    ("plane", "They're phony", "Vince Keller", "pronoun", "They're phony. They poll the wrong people"),
    ("plane", "coming very soon", "Vince Keller", "name", 'they were "coming very soon."'),
    ("plane", "more on that this week", "Tara Blaine", "name", "We'll have more on that this week"),
    ("plane", "protecting me", "Vince Keller", "pronoun", "She always does this. She's protecting me"),
    ("plane", "what's going on with her", "Vince Keller", "pronoun", "I don't know what's going on with her. Nobody knows"),
    ("plane", "I'll look at it", "Vince Keller", "pronoun", "I'll look at it at the time"),
    ("plane", "peaceful transfer of power", "Jeff Oduya", "name",
     'the remarks were "a direct attack on the peaceful transfer of power."'),
    ("plane", "No candidate in modern history", "Jeff Oduya", "name", "No candidate in modern history has said something like this"),
    ("plane", "talking down our democracy", "Helen Castro", "pronoun",
     'Keller was "talking down our democracy" and that voters would have the last word'),
    ("plane", "He can keep you", "Helen Castro", "pronoun", "He can keep you in suspense"),
    ("plane", "two rallies", "Tara Blaine", "name", "the candidate would hold two rallies in the state on Tuesday"),
    # transition
    ("transition", "blown away", "Dan Pruett", "name",
     'the president-elect had interviewed Ferris twice and was "blown away" by her record as a prosecutor'),
    ("transition", "She's tough", "Dan Pruett", "name", "She's tough, she's fair, and she's going to restore the rule of law"),
    ("transition", "defense secretary and Treasury", "Dan Pruett", "name",
     "the transition team expected to announce the nominees for defense secretary and Treasury secretary next week"),
    ("transition", "humbled", "Linda Ferris", "name", 'she was "humbled" by the nomination'),
    ("transition", "not to any party", "Linda Ferris", "pronoun",
     "The Department of Justice belongs to the American people, not to any party"),
    ("transition", "a danger to the conservative cause", "Linda Ferris", "name",
     'Haddon "a danger to the conservative cause." || a danger to the conservative cause'),
    ("transition", "an outstanding choice", "Bill Harlan", "name",
     'Ferris was "an outstanding choice" and predicted a quick confirmation || Ferris was "an outstanding choice"'),
    ("transition", "raises serious questions", "Patricia Oakes", "name",
     'Ferris\'s record on voting rights "raises serious questions that she will have to answer."'),
    ("transition", "keep an open mind", "Diane Reyna", "name",
     'she would "keep an open mind" and looked forward to meeting the governor || she would "keep an open mind"'),
    ("transition", "not a coronation", "Victor Lamm", "name", "Confirmation is not a coronation. We will do our job"),
    ("transition", "superb attorney general", RNC, "name", 'Ferris "will be a superb attorney general."'),
    ("transition", "leaving a mess", "Jean Ashworth", "name", 'the governor was "leaving a mess behind in Columbia."'),
    ("transition", "ready to serve", "Henry Dunlap", "name", 'he was "ready to serve."'),
    ("transition", "I said what I said", "Linda Ferris", "pronoun", "I said what I said"),
]  # fmt: skip

# Quotation marks around what nobody says: a sign's words.
NOT_QUOTES = [
    ("protest", "Build the Wall"),
]

_NOT_FOUND = {
    ("ballot", "54 percent of likely voters"):
        "'A Colorado Mesa University poll released this month found 54 percent of likely voters supporting the "
        "measure': 'found' with a noun phrase and a participle after it (no clause) gives no quote",
}

# ("ballot", "cannot afford rent"), 'Colorado Families for a Fair Wage' named 'Colorado Families': fixed by
# entities/cause_names.py (seen52b)
SPEAKER_FAULTS = _NOT_FOUND

CONTENT_FAULTS = _NOT_FOUND | {
    ("foreign", "A small country remembers"):
        "'he added a warning of his own: \"…\"': the cue's object before the colon is kept. Left: on PolNeAR "
        "train the gold keeps such an object about as often as it drops it ('a few relevant facts: \"…\"', 'a link "
        "to the video with one sentence: \"…\"' kept; 'a libertarian-style case: \"…\"' dropped)",
}  # fmt: skip
# ("protest", "No wall, no hate"), the chant's 'as' clause kept: fixed by attribution/quoted_objects.py (seen52b)


@pytest.fixture(scope="module")
def probe52_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe52_quote_speaker(probe52_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe52_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe52_quote_content(probe52_records, article, snippet, speaker, mention_class, content):
    assert_content(probe52_records, article, snippet, content)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe52_no_quote(probe52_records, article, words):
    assert_no_quote(probe52_records, article, words)
