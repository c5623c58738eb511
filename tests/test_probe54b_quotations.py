"""Probe54b: direct quotations of every shape in invented political news of kinds no earlier
probe wrote (issue 10's unmet figure is the attribution recall of direct quotes): a recount
meeting (a chair and a campaign lawyer trading lines with no credit, a quoted question, a tweet,
a written statement), a filibuster (a letter read aloud over a paragraph break, single marks
nested in a passage that runs on over paragraphs, "He continued:", a two-speaker exchange), a
concession speech (curly marks, a passage of two paragraphs with no credit at all, a fragment
after "She added that", "told CNN"), a pipeline hearing (straight and curly marks mixed inside
one quotation and across the two parts of another, a company's statement, "called X \"…\""),
a sheriff's recall (a video statement over two paragraphs, a nested order in single marks, a
radio host and the sheriff alternating for six turns), a redistricting argument (justices'
questions, lawyers' answers, "posted on X:", "told reporters that … \"very comfortable\""), an
ethics inquiry (text messages quoted, an office's statement, a reporter's question, "He added:")
and a shutdown (tweets answering each other, a question with a nested word in single marks,
"he continued" in curly marks after straight ones).

``tests/fixtures/probe54b/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between
accepted answers), the PolNeAR class of the mention that names it ("none" for a quotation with no
credit of its own), and its content (``assert_content``: quotation marks and the punctuation at
either end left out; " || " between accepted extents). A quotation an interrupting credit splits
is one content (PolNeAR's discontinuous content), written with :func:`_split` as newsmine's parts
join. All of it was written by hand before newsmine first ran on the articles; figures are in
docs/history/attribution.md, "Session 54 — probe54b". What newsmine still gets wrong is a strict
xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented
for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe54b"


def _split(*parts: str) -> str:
    """One content of a quotation an interrupting credit splits, as its parts join: each part
    with the comma that closed it inside the marks ('"A," she said. "B."' reads 'A, B')."""
    joined = [part if part.endswith(("?", "!", ".")) else part + "," for part in parts[:-1]]
    return " ".join([*joined, parts[-1]])


def _either(first: str, second: str) -> str:
    """The accepted extents of a quotation running over a paragraph break with a re-opening
    mark: each paragraph's own, or the two as one (the re-opening mark kept between them)."""
    stop = "" if first.endswith(("?", "!", ".")) else "."
    return f'{first} || {second} || {first}{stop} "{second} || {first}{stop} “{second}'


LETTER_1 = (
    "We have survived droughts, floods and the federal government. I do not know if we can survive being outbid "
    "for our own water by a company in Phoenix"
)
LETTER_2 = "I am asking you to stand up as long as your legs will hold you"
DITCH_1 = (
    "He'd come back and tell my mother, 'The water is talking today,' and she'd ask him what it said, and he'd say, "
    "'It says it's tired.'"
)
DITCH_2 = (
    "I think about that a lot. The water is tired. The people who depend on it are tired. And now we're going to "
    "put a price tag on it and sell it to whoever shows up with the biggest checkbook"
)
MOTHER_1 = (
    "My mother cleaned offices downtown for 22 years. Some of those offices belonged to people who are now in the "
    "Senate. She used to say she knew more about them from their wastebaskets than the voters knew from their ads"
)
MOTHER_2 = "Mama, I didn’t get you into the building this time. But we got closer than anybody thought we would"
VIDEO_1 = "These deputies were disciplined for cause. Now they're upset, and they found a reporter who'd listen"
VIDEO_2 = (
    "I'm not going anywhere. If the people of Grant County want me gone, they can vote me out in 2028 like they've "
    "always been able to"
)
# A quotation split by a credit and running on over a paragraph break, as newsmine's parts join
# (each paragraph a part, no re-opening mark between): the same extent as the forms above.
# Added after the first run (the notation, not the extent).
LETTER_JOINED = f"My family has farmed this ground since before New Mexico was a state, {LETTER_1}. {LETTER_2}"
DITCH_JOINED = f"He used to walk the ditch every morning before breakfast, {DITCH_1} {DITCH_2}"
VIDEO_JOINED = (
    "I've been your sheriff for 16 years. I've never asked anybody for anything except their vote, "
    f"{VIDEO_1}. {VIDEO_2}"
)
GARRITY_OFFICE = "Tom Garrity|anonymous"
ETHICS_COMMITTEE = "House Ethics Committee|The House Ethics Committee|Ethics Committee"
LETTER = "anonymous"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # recount
    ("recount", "We have a margin smaller", "Wanda Osei", "name",
     _split("We have a margin smaller than the number of ballots we set aside for signature problems",
            "I am not going to certify a number I can't stand behind")),
    ("recount", "Madam Chair", "Bradley Kemp", "name", "Madam Chair, the machine count has been audited twice"),
    ("recount", "Audited by the same machines", "Wanda Osei", "name", "Audited by the same machines"),
    ("recount", "By the same procedure", "Bradley Kemp", "none",
     "By the same procedure the state requires in every county"),
    ("recount", "Then the state can explain it", "Wanda Osei", "none",
     "Then the state can explain it to the voters. I'm explaining it to the ones in this room"),
    ("recount", "ask a judge to stop the recount", "Bradley Kemp", "name",
     "the campaign would ask a judge to stop the recount before it begins on Monday"),
    ("recount", "This board has decided", "Bradley Kemp", "pronoun",
     "This board has decided the outcome it wants and is looking for a process to reach it"),
    ("recount", "Every ballot in this county", "Wanda Osei", "name",
     "Every ballot in this county is going to be touched by two people, one from each party. Nobody is going to be "
     "in that room alone"),
    ("recount", "a first draft", "Alicia Fenner", "name", 'the machine count "a first draft" || a first draft'),
    ("recount", "accept whatever the recount found", "Alicia Fenner", "name",
     "she would accept whatever the recount found"),
    ("recount", "If I lose by 41 votes", "Alicia Fenner", "pronoun",
     _split("If I lose by 41 votes after a fair count, I'll shake his hand",
            "If I win by three, I expect him to shake mine")),
    ("recount", "made their choice on Election Day", "Gary Thornquist", "pronoun",
     "The voters of the 14th District made their choice on Election Day. A recount run by a partisan board will "
     "only make people trust the result less, not more"),
    ("recount", "Where does it end?", "Leon Pruett", "pronoun",
     "Where does it end? If we recount 41 votes, do we recount 400?"),
    ("recount", "We recount when the law", "Wanda Osei", "name",
     _split("We recount when the law lets us and the numbers ask us to", "Tonight they're asking")),
    ("recount", "about five days", "anonymous", "description",
     "the recount would take about five days and cost the county roughly $48,000"),
    ("recount", "already begun moving ballot boxes", "Rhonda Baptiste", "name",
     "her staff had already begun moving ballot boxes to a gymnasium at the county fairgrounds"),
    ("recount", "We've done this before", "Rhonda Baptiste", "name",
     _split("We've done this before, in 2012", "It's slow and it's boring and it works")),
    ("recount", "Count every vote", "Jonah Whitlock", "name", "Count every vote. That's not a slogan, it's the law"),
    ("recount", "find votes until she wins", "Marlene Cobb", "name",
     _split("They're going to find votes until she wins", "I've seen this movie")),
    # filibuster
    ("filibuster", "I'm told I have to keep talking", "Raymond Pike", "pronoun",
     _split("I'm told I have to keep talking, so I will",
            "My grandmother used to say that the river doesn't belong to anyone; we just borrow it for a while. She "
            "never had a law degree, but she understood water law better than this bill does")),
    ("filibuster", "My family has farmed this ground", LETTER, "description",
     _split("My family has farmed this ground since before New Mexico was a state", LETTER_1) + " || "
     + _split("My family has farmed this ground since before New Mexico was a state", f'{LETTER_1}. "{LETTER_2}') + " || " + LETTER_JOINED),
    ("filibuster", "stand up as long as your legs", LETTER, "none",
     _either(LETTER_1, LETTER_2) + " || "
     + _split("My family has farmed this ground since before New Mexico was a state", f'{LETTER_1}. "{LETTER_2}') + " || " + LETTER_JOINED),
    ("filibuster", "My legs are fine", "Raymond Pike", "pronoun",
     _split("My legs are fine", "Ask me again at four in the morning")),
    ("filibuster", "theater", "anonymous", "description", 'the speech "theater" || theater'),
    ("filibuster", "once Pike sat down", "anonymous", "description", "the bill would pass once Pike sat down"),
    ("filibuster", "all the time in the world", "Dana Whitford", "name", 'she had "all the time in the world."'),
    ("filibuster", "a good man and a good talker", "Dana Whitford", "name",
     _split("Senator Pike is a good man and a good talker",
            "But he's talking to an empty room and a camera. The votes haven't moved")),
    ("filibuster", "Can you tell me one family", "Raymond Pike", "name",
     "Can you tell me one family in my district who asked for this bill?"),
    ("filibuster", "I can tell you 40,000 families", "Marcus Oyelowo", "pronoun",
     "I can tell you 40,000 families who will get cheaper water in Albuquerque"),
    ("filibuster", "That's not what I asked", "Raymond Pike", "none", "That's not what I asked"),
    ("filibuster", "It's the answer I have", "Marcus Oyelowo", "none", "It's the answer I have, Senator"),
    ("filibuster", "He used to walk the ditch", "Raymond Pike", "name",
     _split("He used to walk the ditch every morning before breakfast", DITCH_1) + " || "
     + _split("He used to walk the ditch every morning before breakfast", f'{DITCH_1} "{DITCH_2}') + " || " + DITCH_JOINED),
    ("filibuster", "The water is tired", "Raymond Pike", "none",
     f'{DITCH_2} || {DITCH_1} "{DITCH_2} || '
     + _split("He used to walk the ditch every morning before breakfast", f'{DITCH_1} "{DITCH_2}') + " || " + DITCH_JOINED),
    ("filibuster", "I'm not against Albuquerque", "Raymond Pike", "pronoun",
     "I'm not against Albuquerque. I'm not against growth. I'm against pretending that water is the same thing as "
     "oil or wheat. It isn't. When it's gone, there is no more"),
    ("filibuster", "Watching Senator Pike from home", "Teresa Alcalá", "name",
     "Watching Senator Pike from home. Whatever you think of the bill, that is what caring about your district "
     "looks like"),
    ("filibuster", "It was a long speech", "Dana Whitford", "pronoun",
     _split("It was a long speech", "It was not a long debate. Those are different things")),
    ("filibuster", "Not tonight", "Raymond Pike", "pronoun", _split("Not tonight", "Tonight I'm going to sleep")),
    # concession
    ("concession", "I called Congresswoman Lindgren", "Nkechi Okafor", "name",
     _split("I called Congresswoman Lindgren about an hour ago and congratulated her",
            "She ran a strong race. She beat me fair and square, and I told her so")),
    ("concession", "My mother cleaned offices", "Nkechi Okafor", "none", _either(MOTHER_1, MOTHER_2)),
    ("concession", "Mama, I didn’t get you", "Nkechi Okafor", "none", _either(MOTHER_1, MOTHER_2)),
    ("concession", "something that is hard", "Nkechi Okafor", "pronoun",
     _split("I’m going to ask you to do something that is hard",
            "I’m going to ask you to work for the person who beat us. Not because she is perfect. Because the other "
            "guy is a lot worse")),
    ("concession", "anywhere she wants me", "Nkechi Okafor", "pronoun",
     "she would campaign for Lindgren “anywhere she wants me, starting tomorrow.”"),
    ("concession", "gracious and generous", "Dana Lindgren", "name",
     "Okafor’s speech “gracious and generous” || gracious and generous"),
    ("concession", "meet next week", "Dana Lindgren", "name", "the two would meet next week"),
    ("concession", "Nkechi and I fought hard", "Dana Lindgren", "name",
     _split("Nkechi and I fought hard, and we said some things about each other’s records",
            "That’s a primary. I have nothing but respect for her, and I am going to need her")),
    ("concession", "voting with the radical left", "Curtis Vail", "name",
     _split("Dana Lindgren spent six years in Washington voting with the radical left 97 percent of the time",
            "Ohio can do better, and in November it will")),
    ("concession", "probably", "Terrell Banks", "name",
     "he would “probably” vote for Lindgren but would not knock on doors for her"),
    ("concession", "showed up at our hall", "Terrell Banks", "name",
     _split("Nkechi showed up at our hall three times. Lindgren’s never been", "She’s going to have to earn it")),
    ("concession", "If Nkechi says we work for her", "Patrice Holloway", "name",
     _split("If Nkechi says we work for her, we work for her", "I’ve never seen anybody lose with that much class")),
    ("concession", "Sleep", "Nkechi Okafor", "pronoun",
     _split("Sleep", "Then I’m going to find out what my kids have been doing for 14 months")),
    ("concession", "Ask me in a year", "Nkechi Okafor", "pronoun", "Ask me in a year"),
    # pipeline
    ("pipeline", "I have a well 200 feet", "Ellen Marsh", "name",
     _split("I have a well 200 feet from where they want to dig",
            "If that well goes bad, there's no city water to hook up to. There's nothing. There's me and a truck")),
    ("pipeline", "will meet or exceed", "Douglas Reinholt", "name",
     'the pipeline "will meet or exceed every federal and state safety standard" and would create about 1,100 '
     "construction jobs"),
    ("pipeline", "We have listened carefully", "Douglas Reinholt|Keystone Midstream|anonymous", "description",
     _split("We have listened carefully to landowners along the route and have already moved it in 40 places to "
            "respond to their concerns", "We will continue to do so")),
    ("pipeline", "Forty places", "Paul Ketterman", "pronoun",
     _split("Forty places",
            "Out of how many? They won't tell us. I asked them in writing in March and I'm still waiting for the "
            "answer")),
    ("pipeline", "filed a formal complaint", "Angela Dunmore", "name", "whether he had filed a formal complaint"),
    ("pipeline", "No, ma'am", "Paul Ketterman", "pronoun", _split("No, ma'am", "I didn't know I could")),
    ("pipeline", "You can, and you should", "Angela Dunmore", "name",
     _split("You can, and you should", "That's what puts it in the record")),
    ("pipeline", "out of work for much", "Rick Salerno", "name",
     "his members had been out of work for much of the past two years"),
    ("pipeline", "I respect these folks", "Rick Salerno", "name",
     _split("I respect these folks. I do. But my guys have mortgages too",
            "This is 1,100 jobs, and they're good jobs, and they're union jobs. Don't tell me that doesn't count")),
    ("pipeline", "prone to sinkholes", "Miriam Oduya", "pronoun",
     "the route crosses at least six areas where limestone beneath the surface is prone to sinkholes"),
    ("pipeline", "own survey shows them", "Miriam Oduya", "name",
     _split("The company’s own survey shows them",
            "It's on page 212. I'd encourage the commissioners to read it, because I don't think anyone at Keystone "
            "has")),
    ("pipeline", "reading the survey wrong", "Stephen Caldwell", "name",
     _split("Dr. Oduya is reading the survey wrong", "Those areas were studied, and the line was designed around them")),
    ("pipeline", "an insult to the people", "Yvonne Barfield", "name",
     "the commission's schedule \"an insult to the people who live there,\" || an insult to the people who live "
     "there"),
    ("pipeline", "Next time, come to us", "Yvonne Barfield", "pronoun", "Next time, come to us"),
    ("pipeline", "I can't promise you", "Angela Dunmore", "pronoun",
     _split("I've heard you", "I can't promise you how this comes out. But I've heard you")),
    # sheriff
    ("sheriff", "People are signing in the rain", "Corinne Haskell", "name",
     _split("People are signing in the rain. People are signing in church parking lots",
            "I've lived here 50 years, and I have never seen anything like it")),
    ("sheriff", "work of political opponents", "Wade Bodine", "name",
     "the recall is the work of political opponents"),
    ("sheriff", "I've been your sheriff", "Wade Bodine", "name",
     _split("I've been your sheriff for 16 years. I've never asked anybody for anything except their vote", VIDEO_1)
     + " || " + _split("I've been your sheriff for 16 years. I've never asked anybody for anything except their vote",
                       f'{VIDEO_1}. "{VIDEO_2}') + " || " + VIDEO_JOINED),
    ("sheriff", "I'm not going anywhere", "Wade Bodine", "none",
     _either(VIDEO_1, VIDEO_2) + " || "
     + _split("I've been your sheriff for 16 years. I've never asked anybody for anything except their vote",
              f'{VIDEO_1}. "{VIDEO_2}') + " || " + VIDEO_JOINED),
    ("sheriff", "account was false", "Lorena Vance", "name", "the sheriff's account was false"),
    ("sheriff", "kept copies of emails", "Lorena Vance", "pronoun",
     "she has kept copies of emails and text messages and has given them to the state attorney general's office"),
    ("sheriff", "Don't touch Ray Dutton's boys", "Lorena Vance", "name",
     _split("He said, 'Don't touch Ray Dutton's boys. Ever.' That was the order",
            "I wrote it down the same day, because I knew someday somebody would ask me")),
    ("sheriff", "As a matter of policy", "Jada Okonkwo", "name",
     "As a matter of policy, we do not comment on whether an investigation exists"),
    ("sheriff", "never asked the sheriff for a favor", "Martin Greaves", "name",
     'his client "has never asked the sheriff for a favor and never received one."'),
    ("sheriff", "Did you ever tell a deputy", "Bill Stroud", "name",
     "Did you ever tell a deputy not to arrest somebody?"),
    ("sheriff", "Not the way they're telling it", "Wade Bodine", "name", "Not the way they're telling it"),
    ("sheriff", "What way, then?", "Bill Stroud", "none", "What way, then?"),
    ("sheriff", "use their judgment", "Wade Bodine", "none",
     "I told them to use their judgment. That's what a deputy is paid for"),
    ("sheriff", "three of them say the same thing", "Bill Stroud", "none", "Sheriff, three of them say the same thing"),
    ("sheriff", "written up the same month", "Wade Bodine", "none",
     "Three of them got written up the same month. Ask yourself why"),
    ("sheriff", "a lynch mob with a letterhead", "Eli Marchetti", "name",
     'the resolution "a lynch mob with a letterhead." || a lynch mob with a letterhead'),
    ("sheriff", "We don't know what happened yet", "Eli Marchetti", "name",
     _split("We don't know what happened yet", "Neither do the people signing that petition")),
    ("sheriff", "turn in its signatures", "Corinne Haskell", "name",
     "the committee expects to turn in its signatures by the Oct. 15 deadline"),
    ("sheriff", "We'll get there", "Corinne Haskell", "pronoun",
     _split("We'll get there", "And then the voters can decide, which is all we ever asked for")),
    # redistricting
    ("redistricting", "packs Black voters", "anonymous|Fair Count Carolina", "description",
     "the map packs Black voters in the northeast into a single district and splits Durham and Greensboro so "
     "thoroughly that Democrats cannot win there"),
    ("redistricting", "This map wasn't drawn", "Allison Thorne", "name",
     _split("This map wasn't drawn to follow county lines or keep communities together. It was drawn to produce a "
            "10-to-4 result, and it does that perfectly", "That is the whole design")),
    ("redistricting", "every map produces a result", "Harold Pettiford", "pronoun",
     _split("Ms. Thorne, every map produces a result",
            "How is this court supposed to tell a political map from an unconstitutional one?")),
    ("redistricting", "By looking at what the mapmakers", "Allison Thorne", "name",
     _split("By looking at what the mapmakers threw away",
            "They drew more than 1,000 maps. They picked the most extreme one")),
    ("redistricting", "says nothing about partisan fairness", "Curtis Ambler", "name",
     'the constitution "says nothing about partisan fairness" and that the court had no standard to apply'),
    ("redistricting", "The people of this state elect", "Curtis Ambler", "name",
     _split("The people of this state elect a legislature to draw these lines",
            "If they don't like the lines, they know how to elect a different legislature")),
    ("redistricting", "how voters could do that", "Maria Esposito", "name",
     "how voters could do that if the districts for the legislature had been drawn the same way"),
    ("redistricting", "a locked door", "Maria Esposito", "pronoun",
     "That sounds a little like a locked door with the key inside, Mr. Ambler"),
    ("redistricting", "the key is the ballot", "Curtis Ambler", "name",
     _split("With respect, Your Honor, the key is the ballot", "It's always been the ballot")),
    ("redistricting", "very comfortable", "Phil Braddock", "name",
     'he was "very comfortable" with the map and expected the court to uphold it'),
    ("redistricting", "We followed the law", "Phil Braddock", "pronoun",
     _split("We followed the law. We followed the court's own guidance from 2023", "I'd draw it the same way tomorrow")),
    ("redistricting", "Voters should pick their politicians", "Renee Caldwell", "name",
     "Voters should pick their politicians, not the other way around. I hope the court agrees"),
    ("redistricting", "My congressman used to come", "Gerald Spruill", "name",
     _split("My congressman used to come to our fish fry. Now my congressman lives at the beach",
            "I don't think he knows where Rocky Mount is")),
    ("redistricting", "hard to predict", "anonymous", "description", "the outcome was hard to predict"),
    ("redistricting", "changed its mind on this question", "Kendra Bellamy", "name",
     _split("The court has changed its mind on this question once already",
            "Nobody should be surprised if it changes it again, or if it doesn't")),
    ("redistricting", "Keep going", "Allison Thorne", "name", "Keep going. There's a federal court down the street"),
    # lobbying
    ("lobbying", "opened a preliminary inquiry", ETHICS_COMMITTEE, "name",
     "it had opened a preliminary inquiry into Rep. Tom Garrity, an Indiana Republican, over a series of trips he "
     "took with a lobbyist for a medical device maker whose products come before the subcommittee he leads"),
    ("lobbying", "does not itself indicate", ETHICS_COMMITTEE, "description",
     'the inquiry "does not itself indicate that any violation has occurred."'),
    ("lobbying", "welcomes the chance", GARRITY_OFFICE, "pronoun",
     _split("Congressman Garrity welcomes the chance to set the record straight. Every trip he took was paid for "
            "properly and reported on time", "He has nothing to hide and will cooperate fully")),
    ("lobbying", "the lodge has a chef", "Monica Strand", "name",
     "Tell T.G. the lodge has a chef now. He'll never want to leave"),
    ("lobbying", "He says book it", "Kyle Bettis", "name", "He says book it. And he says thank you"),
    ("lobbying", "done nothing wrong", "Monica Strand", "name", "she had done nothing wrong"),
    ("lobbying", "I've known Tom for 20 years", "Monica Strand", "pronoun",
     _split("I've known Tom for 20 years. We were friends long before either of us was in this business",
            "Friends go fishing")),
    ("lobbying", "buying you a chef", "Angela Moreno", "name",
     _split("If a lobbyist is buying you a chef in Alaska, you are not on a fishing trip. You are on a payroll",
            "The committee needs to move fast on this one")),
    ("lobbying", "I've said everything", "Tom Garrity", "pronoun",
     "I've said everything I'm going to say. Read the statement"),
    ("lobbying", "have a bill before your subcommittee", "anonymous", "description",
     "Did Ms. Strand's company have a bill before your subcommittee at the time?"),
    ("lobbying", "Read the statement", "Tom Garrity", "name", "Read the statement"),
    ("lobbying", "the case was a test", "anonymous", "description",
     "the case was a test for a committee that has been criticized for moving slowly"),
    ("lobbying", "where complaints go to die", "Ruth Abernathy", "name",
     _split("The ethics committee has a reputation as the place where complaints go to die",
            "This is a chance to show it isn't")),
    ("lobbying", "a textbook case", "Capitol Integrity Project|anonymous", "description",
     'the trips "a textbook case of the gifts rule being ignored" || a textbook case of the gifts rule being ignored'),
    ("lobbying", "subpoena Garrity's travel records", "Capitol Integrity Project|anonymous", "description",
     "the committee to subpoena Garrity's travel records"),
    ("lobbying", "most honest people", "Dale Hofstetter", "name",
     _split("Tom's one of the most honest people I've served with", "Let the process work")),
    ("lobbying", "I'd go fishing with him", "Dale Hofstetter", "pronoun",
     "I'd go fishing with him any day. I'd pay my own way, though"),
    # shutdown
    ("shutdown", "The Democrats had a deal", "Grant Halvorsen", "pronoun",
     _split("The Democrats had a deal on the table on Thursday night. A fair deal",
            "They walked away from it because their base wanted a fight, and now they have one")),
    ("shutdown", "The American people are not stupid", "Grant Halvorsen", "pronoun",
     _split("The American people are not stupid", "They know who said yes and who said no")),
    ("shutdown", "There was no deal on Thursday", "Naomi Castellanos", "name",
     "There was no deal on Thursday. There was a piece of paper with a number on it and a demand that we sign it "
     "by midnight. That's not a negotiation. That's a ransom note"),
    ("shutdown", "If it was a ransom note", "Grant Halvorsen", "name",
     "If it was a ransom note, why did your own negotiator call it ‘workable’ on Thursday afternoon?"),
    ("shutdown", "called an early draft", "Peter Lindqvist", "name",
     'he had called an early draft "workable" and that the draft was changed afterward'),
    ("shutdown", "Workable was the word", "Peter Lindqvist", "name",
     _split("Workable was the word for the Tuesday version",
            "By Thursday it had $4 billion in it for things we never discussed. I don't know what word you'd use for "
            "that")),
    ("shutdown", "I've got $212", "Marisol Tejeda", "name",
     _split("I've got $212 in my checking account. Rent is due on the first",
            "They keep saying it's about principle. My landlord doesn't take principle")),
    ("shutdown", "driving for a delivery app", "Dwayne", "name",
     "he had started driving for a delivery app at night"),
    ("shutdown", "My kids think", "Dwayne", "pronoun", "My kids think it's an adventure. It's not"),
    ("shutdown", "The president's door is open", "Lauren Pace", "name",
     "The president's door is open. It's been open since day one"),
    ("shutdown", "is approaching a point", "anonymous", "description",
     'staffing "is approaching a point where we cannot guarantee normal operations."'),
    ("shutdown", "never seen sick calls", "Frank Orozco", "name",
     _split("We have never seen sick calls like this",
            "These people are exhausted. They are working second jobs. And they are guiding your airplane")),
    ("shutdown", "vote for any bill", "Sharon Whitlow", "name",
     "she would vote for any bill that reopened the government, even briefly"),
    ("shutdown", "shut things down", "Sharon Whitlow", "pronoun",
     _split("I didn't come here to shut things down",
            "My constituents want the parks open and the checks in the mail. So do I")),
    ("shutdown", "Not this week", "Grant Halvorsen", "name", "Not this week"),
]  # fmt: skip

_TURNS = (
    'two speakers alternating with no credit after their first exchange (\'"…," Kemp said. ¶ "…," Osei answered. '
    '¶ "…" ¶ "…"\', the sheriff and the radio host, the senator and the bill\'s sponsor): every bare turn is '
    "joined to the last credited quote as its next part (quote_run), so the turns of the first speaker go to the "
    "second; PolNeAR train has 4 bare quotation paragraphs after two quotes credited to different speakers: 3 "
    "continue the second speaker (the 2 with a gold source both the second) and 1 is a crowd's shout, so no rule "
    "can be checked there (direct54's ground: speakers of direct quotes)"
)
# ("lobbying", "welcomes the chance") 'Garrity's office released a written statement …. "…," it said.' went to
# the House Ethics Committee, the previous speaker: fixed by xfail55 (speakers/body_pronouns.py, a document
# put out since the previous speaker spoke is what "it" stands for).
# 'Nkechi Okafor' (four quotes, 'Sleep' and 'anywhere she wants me'): she was a man by the "his" of
# 'The Republican nominee, businessman Curtis Vail, wasted no time. Within an hour of Okafor's
# speech, his campaign …', and every "she" for her went to Dana Lindgren: fixed by
# antecedents/previous_people.py (a pronoun of the gender of a person named the sentence before
# votes for no one).
# 'The plaintiffs, a group of voters and … Fair Count Carolina, argue that …' went to Allison Thorne, the
# plaintiffs' lawyer named in the next paragraph, at probe54b's first run; it passes since the session's
# merges (the group is its own speaker), so it is no longer listed.
# 'Gov. Renee Caldwell, …, posted on X shortly after the arguments ended: "…"' took 'ended' for the cue (the
# parse hung 'posted' on the name, acl); it passes since extract66's reduced_relative_reports makes 'posted'
# the sentence's verb, so it is no longer listed.
SPEAKER_FAULTS = {
    ("recount", "By the same procedure"): _TURNS,
    ("filibuster", "That's not what I asked"): _TURNS,
    ("sheriff", "What way, then?"): _TURNS,
    ("sheriff", "three of them say the same thing"): _TURNS,
}

CONTENT_FAULTS = {
    ("recount", "Where does it end?"): (
        "'He asked the other two members a question that drew applause …: \"Where does it end? …\"': the content "
        "keeps the cue's objects before the colon; on train the gold keeps an object before a colon ('reveals a few "
        'relevant facts: "…"\'), so attribution/colon_quotations.py leaves objects alone, though here the '
        "question is the quotation (rank54's ground: extents)"
    ),
    ("recount", "find votes until she wins"): (
        '\'"…," said Marlene Cobb, 63, who held a sign reading "Certify Now." "I\'ve seen this movie."\': the '
        "quotation after the sign's words is joined to the sign's 'reading' as its next part, not to Cobb's quote "
        "(xfail55: PolNeAR train's three signs 'saying'/'that read' a quotation have no quotation right after)"
    ),
    ("concession", "anywhere she wants me"): (
        "'She added that she would campaign for Lindgren “anywhere she wants me, starting tomorrow.”': two ccomps of "
        "'added' in the parse (the that-clause's verb and the quotation's 'wants'); the quotation's is taken, so the "
        "that-clause is lost (with 'Ann Boyd added' the parse differs and the content is right; train has no such "
        "parse: rank54's ground)"
    ),
}


@pytest.fixture(scope="module")
def probe54b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe54b_quote_speaker(probe54b_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe54b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, CONTENT_FAULTS)
)
def test_probe54b_quote_content(probe54b_records, article, snippet, speaker, mention_class, content):
    assert_content(probe54b_records, article, snippet, content)
