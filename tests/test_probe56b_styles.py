"""Probe56b: who said it, and what, in invented articles written in the house styles of PolNeAR's
outlets (2016 US political news), read at first sight. The earlier probes (``tests/test_probe5*.py``)
wrote kinds of story; this one writes outlets' voices: an AP 'The Latest' file with time-stamped
items as the wire and Breitbart ran it (`latest`: a campaign as the subject of "says", an official
named only in the item's next paragraph, a candidate and his sister of one surname, an exit poll
credited by "According to the surveys", a spokesman's tweet, a voter and his wife of one surname),
a HuffPollster digest (`huffpollster`: a label and colon before a quotation, bracketed link credits,
"Outliers" list items "X finds that …", a poll that "found", a spokesman named in the next
sentence), an opinionated Breitbart report (`breitbart`: "according to two people who attended",
an attendee who "told Breitbart News", an embedded tweet, a strategist and her husband of one
surname, "(via Mediaite)", a memo obtained by the outlet, "Sources close to"), a Western Journalism
viral-video post (`westjournal`: "A Texas sheriff" named after his words, a sheriff and his sister
whose name holds his surname, "So wrote Rep. …", "according to a 2015 report by", a reader
question and "H/T"), a Politico story with long quotation runs (`politico`: a capitals byline, an
anonymous official's run of many clauses, "told POLITICO", a candidate and her opponent whose
pronouns cross paragraphs, "The Montana senator", strategists speaking privately, a candidate's
wife of his surname, a poll by "According to"), a USA TODAY story of one-sentence paragraphs
(`usatoday`: a judge who "wrote", bare pronoun quotes paragraphs after the name, a voter and her
son of one surname), a Washington Post story (`washpost`: two bylines, "according to people
familiar with the effort", a governor and his wife, a campaign manager's words passed on by "two
people who have heard her say so", a university poll that "found") and a New York Times story
(`nyt`: honorifics, a candidate and his mother "Mr. Gallego" / "Ms. Gallego", a newspaper that
"called", a GAO report that "found", a quotation whose speaker is named in the next sentence by
"The admission came from", a couple of one surname).

``tests/fixtures/probe56b/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it, and its
content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe56_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 56 — probe56b". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe56b"

KASICH_CAMPAIGN = "anonymous|John Kasich|Kasich campaign|John Kasich's campaign"
TRUMP_CAMPAIGN = "anonymous|Donald Trump|Trump campaign|Donald Trump's campaign"
EDISON = "Edison Research|anonymous"
FANDM = "Franklin & Marshall College|Franklin & Marshall|Franklin & Marshall College poll"
QUINNIPIAC_STAFF = "Doug Schwartz|anonymous|Quinnipiac University|Quinnipiac"
PEW = "Pew Research Center|The Pew Research Center"
DALLAS = "anonymous|Dallas Morning News|The Dallas Morning News"
ACLU = ("American Civil Liberties Union of Texas|The American Civil Liberties Union of Texas|"
        "American Civil Liberties Union|ACLU")
CIS = "Center for Immigration Studies|The Center for Immigration Studies"
QUINNIPIAC = "Quinnipiac University|Quinnipiac"
WEC = "Wisconsin Elections Commission|The Wisconsin Elections Commission"
UW = "University of Wisconsin-Madison|The University of Wisconsin-Madison"
FDU = "Fairleigh Dickinson University"
EXPRESS_NEWS = "San Antonio Express-News|The San Antonio Express-News|Express-News"
GAO = "Government Accountability Office|The Government Accountability Office|GAO"
GALLEGO_POLL = "anonymous|Pete Gallego|Gallego campaign"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # latest: an AP 'The Latest' file on primary night, items stamped with the time
    ("latest", "guarantees a contested convention", KASICH_CAMPAIGN, "description",
     "his win in his home state guarantees a contested convention in Cleveland this summer"),
    ("latest", "no longer works for anybody", "Beth Hansen", "name", 'the math "no longer works for anybody."'),
    ("latest", "campaign in Pennsylvania", "Beth Hansen", "pronoun",
     "the governor would campaign in Pennsylvania on Wednesday"),
    ("latest", "with delegates and with momentum", "Beth Hansen", "name",
     "We're going to Cleveland with delegates and with momentum"),
    ("latest", "Nobody gets to 1,237", "Beth Hansen", "name", "Nobody gets to 1,237 now"),
    ("latest", "highest for a presidential primary", "Penelope Townsley", "description",
     "turnout in Miami-Dade County was the highest for a presidential primary since 1992"),
    ("latest", "lines had thinned", "Penelope Townsley", "name",
     "lines had thinned by early evening but that some precincts ran out of Republican ballots and had to print more"),
    ("latest", "never ran out of anything", "Penelope Townsley", "pronoun", "We never ran out of anything"),
    ("latest", "numbers surprised everybody", "Penelope Townsley", "pronoun", "The Republican numbers surprised everybody"),
    ("latest", "suspending his presidential campaign", "Marco Rubio", "name",
     "he is suspending his presidential campaign"),
    ("latest", "not God's plan", "Marco Rubio", "name",
     "While it is not God's plan that I be president in 2016, or maybe ever, the fact that I've even come this far is "
     "evidence of how special America is"),
    ("latest", "known since Friday", "Veronica Rubio", "name", "the family had known since Friday how the night would go"),
    ("latest", "at peace with it", "Veronica Rubio", "pronoun", "He's at peace with it"),
    ("latest", "called our mother first", "Veronica Rubio", "pronoun", "He called our mother first"),
    ("latest", "Palm Beach club", TRUMP_CAMPAIGN, "description",
     "the billionaire will speak at his Palm Beach club after the Florida results"),
    ("latest", "thanking the people of Florida", "Hope Hicks", "name",
     'Trump "looks forward to thanking the people of Florida."'),
    ("latest", "prepared two speeches", "anonymous", "description",
     "the campaign had prepared two speeches, one for a win in Ohio and one for a loss"),
    ("latest", "more than half of Republican voters", EDISON, "description",
     "more than half of Republican voters in Ohio say they feel betrayed by politicians in their own party"),
    ("latest", "four in 10 Ohio Republicans", EDISON, "name",
     "about four in 10 Ohio Republicans said they want the next president to come from outside the political "
     "establishment"),
    ("latest", "the campaign she and Bernie Sanders", "Hillary Clinton", "name",
     'she is "proud" of the campaign she and Bernie Sanders are running || she is "proud" of the campaign she and '
     'Bernie Sanders are running and wants the party to come together'),
    ("latest", "raised issues that matter", "Hillary Clinton", "name", 'Sanders had "raised issues that matter."'),
    ("latest", "what kind of campaign he wants", "John Podesta", "pronoun",
     'Sanders would "have to decide what kind of campaign he wants to run in the weeks ahead."'),
    ("latest", "keep running the one", "Michael Briggs", "name", "We'll keep running the one we've run"),
    ("latest", "doesn't yell", "Dennis Kowalski", "description",
     'he voted for Kasich because he wanted someone who "doesn\'t yell."'),
    ("latest", "Democrat my whole life", "Dennis Kowalski", "name", "I've been a Democrat my whole life"),
    ("latest", "crossed over today", "Dennis Kowalski", "name",
     "I crossed over today. My wife didn't. She's voting for Bernie"),
    ("latest", "gone soft", "Carol Kowalski", "name",
     'her husband had "gone soft." || she thought her husband had "gone soft."'),
    ("latest", "He'll come back", "Carol Kowalski", "pronoun", "He'll come back"),
    # huffpollster: a HuffPollster digest, a colon's label before a quotation, link credits in brackets
    ("huffpollster", "still leads in Pennsylvania", "Natalie Jackson", "name",
     "Hillary Clinton still leads in Pennsylvania, but by less than she did a month ago. The HuffPost Pollster "
     "average now shows her ahead by about 4 points, down from 9 in late August. Most of that movement comes from "
     "undecided voters breaking toward Donald Trump, not from Clinton supporters changing their minds"),
    ("huffpollster", "view both candidates unfavorably", FANDM, "description",
     "38 percent of Pennsylvania voters view both candidates unfavorably"),
    ("huffpollster", "the suburbs are holding", "Terry Madonna", "name",
     "the suburbs are holding for her, but the margins in the west are worse than Obama's || that \"the suburbs are "
     "holding for her, but the margins in the west are worse than Obama's.\""),
    ("huffpollster", "younger and more likely", "Ariel Edwards-Levy", "name",
     "undecided voters in the latest HuffPost/YouGov survey are younger and more likely to be independents than "
     "the electorate as a whole"),
    ("huffpollster", "either candidate very much", "Ariel Edwards-Levy", "name", "They don't like either candidate very much"),
    ("huffpollster", "same complaint", "Ariel Edwards-Levy", "name",
     "But they dislike Trump on temperament and Clinton on trust, and those aren't the same complaint"),
    ("huffpollster", "disproportionately", "Nate Cohn", "name",
     "Undecided voters in September are, disproportionately, people who will not vote at all. Treating them as a "
     "reservoir for either candidate overstates how much the race can move"),
    ("huffpollster", "reaches most respondents", "Patrick Murray", "name",
     "why his firm now reaches most respondents by cellphone"),
    ("huffpollster", "looks like 1996", "Patrick Murray", "name", "The landline sample looks like 1996"),
    ("huffpollster", "answers the phone", "Patrick Murray", "name",
     "It's older, it's whiter, and it answers the phone. That's the problem"),
    ("huffpollster", "$3,000", "Patrick Murray", "pronoun", "the change added about $3,000 to the cost of each state poll"),
    ("huffpollster", "no plans to follow", QUINNIPIAC_STAFF, "description", "the university had no plans to follow"),
    ("huffpollster", "weighting handles it", "Doug Schwartz", "name", "Our weighting handles it"),
    ("huffpollster", "college-educated white women", "Mark Blumenthal", "name",
     "Trump's support among college-educated white women has fallen to the lowest level of the campaign"),
    ("huffpollster", "rarely moves the polls", "Harry Enten", "name",
     "the first debate rarely moves the polls more than two points"),
    ("huffpollster", "55 percent of voters", PEW, "name",
     '55 percent of voters say the campaign has made them feel "frustrated."'),
    ("huffpollster", "top of the ticket holds", "Amy Walter", "name",
     'the Senate map now favors Democrats "if the top of the ticket holds."'),
    ("huffpollster", "outlast this election", "Kristen Soltis Anderson", "name",
     "Republicans' problems with young voters will outlast this election"),
    # breitbart: an opinionated report, an embedded tweet, a '(via …)' credit
    ("breitbart", "behind closed doors", "anonymous", "description",
     "Top Republican donors and consultants met behind closed doors in a Washington hotel on Thursday to plot ways "
     "to deny Donald Trump the party's nomination"),
    ("breitbart", "a funeral and a war council", "anonymous", "description",
     'the mood was "somewhere between a funeral and a war council."'),
    ("breitbart", "magic spell", "anonymous", "description",
     "They kept saying the word 'convention' like it was a magic spell"),
    ("breitbart", "talked to a Trump voter", "anonymous", "description",
     "Nobody in that room has talked to a Trump voter in his life"),
    ("breitbart", "$100 million disaster", "Katrina Pierson", "name",
     "These are the same people who gave us Jeb Bush's $100 million disaster"),
    ("breitbart", "donor class", "Katrina Pierson", "name",
     "The voters have spoken, and the donor class doesn't like what it heard"),
    ("breitbart", "exploring every option", "Katie Walsh Dunmore", "pronoun",
     'the group was "exploring every option" and that "nobody owes Donald Trump a nomination."'),
    ("breitbart", "steal anything", "Greg Dunmore", "pronoun", "Nobody is trying to steal anything"),
    ("breitbart", "nominee who can win", "Greg Dunmore", "pronoun", "We want a nominee who can win in November"),
    ("breitbart", "elites in that ballroom", "Laura Ingraham", "name",
     "If the elites in that ballroom think they can overrule millions of primary voters, they are going to find out "
     "what a third party looks like"),
    ("breitbart", "double digits", "anonymous", "description",
     'Trump would lose to Hillary Clinton by "double digits" in a general election'),
    ("breitbart", "fighting the last war", "Chris Collins", "name", 'the donors were "fighting the last war."'),
    ("breitbart", "haven't had a raise", "Chris Collins", "name",
     "I've got a district full of people who haven't had a raise since 2007"),
    ("breitbart", "reading memos", "Chris Collins", "name", "They're not reading memos from Washington consultants"),
    ("breitbart", "had not been invited", "anonymous", "description",
     "the Texas senator had not been invited and would not take part in any effort organized by the donors"),
    ("breitbart", "beating Trump at the ballot box", "Rick Tyler", "name",
     "We're beating Trump at the ballot box, not in a hotel ballroom"),
    ("breitbart", "remain neutral", "Sean Spicer", "name", "the party would remain neutral"),
    ("breitbart", "doesn't pick nominees", "Sean Spicer", "pronoun", "The RNC doesn't pick nominees"),
    ("breitbart", "Delegates do", "Sean Spicer", "pronoun", "Delegates do"),
    # westjournal: a viral-video headline, a tweet, 'So wrote', 'H/T'
    ("westjournal", "keep holding illegal immigrants", "Dale Ruggles", "description",
     "his county would keep holding illegal immigrants for federal agents, no matter what the courts say"),
    ("westjournal", "would not release any inmate", "Dale Ruggles", "name",
     "he would not release any inmate flagged by Immigration and Customs Enforcement before agents arrived"),
    ("westjournal", "took an oath", "Dale Ruggles", "name",
     "I took an oath to protect the people of this county, not to protect people who are here illegally and commit "
     "crimes"),
    ("westjournal", "know where my office is", "Dale Ruggles", "name",
     "If Washington wants to sue me, they know where my office is"),
    ("westjournal", "violated the Fourth Amendment", DALLAS, "name",
     "holding inmates on ICE requests alone violated the Fourth Amendment"),
    ("westjournal", "grandstanding for cable news", "Anne Ruggles Barrera", "pronoun",
     'her brother was "grandstanding for cable news" and that local police need immigrants to trust them'),
    ("westjournal", "afraid to call 911", "Anne Ruggles Barrera", "pronoun",
     "When people are afraid to call 911, everybody is less safe"),
    ("westjournal", "just won't say it", "Anne Ruggles Barrera", "pronoun", "He knows that. He just won't say it"),
    ("westjournal", "I love my sister", "Dale Ruggles", "pronoun", "I love my sister"),
    ("westjournal", "She's wrong", "Dale Ruggles", "pronoun", "She's wrong"),
    ("westjournal", "what leadership looks like", "Louie Gohmert", "name",
     "This is what leadership looks like. Every sheriff in America should be saying the same thing"),
    ("westjournal", "inviting a lawsuit", ACLU, "name", 'the sheriff was "inviting a lawsuit he will lose."'),
    ("westjournal", "more than 300 jurisdictions", CIS, "name",
     "more than 300 jurisdictions nationwide have policies that limit cooperation with ICE detainers"),
    ("westjournal", "respects the decisions", "anonymous", "description",
     'the agency "respects the decisions of local law enforcement" || the agency "respects the decisions of local law '
     'enforcement" but urged "cooperation within the law."'),
    ("westjournal", "cut off federal funds", "Donald Trump", "name", "to cut off federal funds to sanctuary cities"),
    ("westjournal", "going to end it", "Donald Trump", "name", "We're going to end it"),
    ("westjournal", "sanctuary cities anymore", "Donald Trump", "name", "You're not going to have sanctuary cities anymore"),
    ("westjournal", "solve crimes", "Hillary Clinton", "name", 'they help police "solve crimes."'),
    # politico: a byline in capitals, long quotation runs, 'told POLITICO', anonymous officials and strategists
    ("politico", "organize voters on their own", "anonymous", "description",
     "Hillary Clinton's campaign has left them to organize voters on their own"),
    ("politico", "complains about Brooklyn", "anonymous", "description",
     "I don't want to be the guy who complains about Brooklyn, because they've been good to us, they've been "
     "responsive when we've called, and I think she's going to carry the state in the end. But you walk into some "
     "of these field offices in the Mahoning Valley and there are four people and a box of yard signs, and that's "
     "not what we had in 2012, and everybody in Ohio knows it"),
    ("politico", "doing her job for her", "anonymous", "description", "We're doing her job for her in some counties"),
    ("politico", "in Scranton, in Erie", "Katie McGinty", "name",
     "I've been with Secretary Clinton in Scranton, in Erie, in Pittsburgh. The energy is real. The staff is real. "
     "I'm not going to second-guess anybody's field plan six weeks out, and frankly I don't have time to"),
    ("politico", "What I hear from voters", "Katie McGinty", "name",
     "What I hear from voters is about jobs, and about who's going to stand up for them, and that's what this race "
     "is about"),
    ("politico", "had not decided whether", "Pat Toomey", "pronoun",
     "he had not decided whether he would vote for the nominee"),
    ("politico", "not there yet", "Pat Toomey", "name", "I'm not there yet"),
    ("politico", "very clear about my concerns", "Pat Toomey", "name", "I've been very clear about my concerns"),
    ("politico", "hiding in plain sight", "Katie McGinty", "pronoun", 'Toomey was "hiding in plain sight."'),
    ("politico", "better manners", "Harry Reid", "name", "Pat Toomey is Donald Trump with better manners"),
    ("politico", "That's all he is", "Harry Reid", "name", "That's all he is"),
    ("politico", "outwork anybody", "Jesse Ferguson", "name",
     'the campaign had more than 500 paid staff in Pennsylvania and Ohio combined and would "outwork anybody."'),
    ("politico", "largest coordinated campaign", "Jesse Ferguson", "name",
     "We have the largest coordinated campaign in the history of both states. We've knocked on more than a million "
     "doors in Pennsylvania alone. We've got organizers in every county"),
    ("politico", "happy to talk", "Jesse Ferguson", "name",
     "If there are Senate campaigns that want more, we're happy to talk, and we talk to them every day"),
    ("politico", "not worried", "Jon Tester", "name", 'he was "not worried" about the coordination'),
    ("politico", "slightly ahead of Clinton", "Jon Tester", "description",
     "the committee's polling showed McGinty running slightly ahead of Clinton in the Philadelphia suburbs"),
    ("politico", "shifted about $2 million", "anonymous", "description",
     "the DSCC had shifted about $2 million from Ohio to Pennsylvania and North Carolina after concluding that former "
     "Gov. Ted Strickland could not close his deficit against Sen. Rob Portman"),
    ("politico", "called this race but Washington", "Rebecca Lenhart", "name", "Nobody has called this race but Washington"),
    ("politico", "counted out before", "Rebecca Lenhart", "name", "Ted has been counted out before"),
    ("politico", "never had an easy race", "Frances Strickland", "pronoun",
     'her husband "has never had an easy race and never wanted one."'),
    ("politico", "11 points among likely voters", QUINNIPIAC, "name",
     "Portman led Strickland by 11 points among likely voters"),
    # usatoday: USA TODAY's one-sentence paragraphs
    ("usatoday", "sign an affidavit", "Lynn Adelman", "name",
     "voters without a photo ID may sign an affidavit and cast a ballot"),
    ("usatoday", "makes hard to get", "Lynn Adelman", "name",
     "The state cannot require a voter to produce a document the state itself makes hard to get"),
    ("usatoday", "the state would appeal", "Scott Walker", "name", "the state would appeal"),
    ("usatoday", "common-sense law", "Scott Walker", "name", "This is a common-sense law"),
    ("usatoday", "Voters support it", "Scott Walker", "name", "Voters support it"),
    ("usatoday", "timing is terrible", "anonymous", "description", "the timing is terrible"),
    ("usatoday", "printed our poll books", "Neil Albrecht", "name", "We printed our poll books in August"),
    ("usatoday", "reprinting them", "Neil Albrecht", "name", "Now we're reprinting them"),
    ("usatoday", "2,000 poll workers", "Neil Albrecht", "name",
     "the city had trained about 2,000 poll workers under the old rules"),
    ("usatoday", "$40,000", "Neil Albrecht", "pronoun", "the retraining would cost at least $40,000"),
    ("usatoday", "received guidance", "Kris Teske", "name", "she had not yet received guidance from the state"),
    ("usatoday", "won't stop ringing", "Kris Teske", "pronoun", "I've got a phone that won't stop ringing"),
    ("usatoday", "don't have answers yet", "Kris Teske", "pronoun", "I don't have answers yet"),
    ("usatoday", "new instructions", WEC, "name", "it would send new instructions to clerks by Friday"),
    ("usatoday", "as fast as we responsibly can", "Michael Haas", "name",
     'the commission was "working as fast as we responsibly can."'),
    ("usatoday", "turned away in April", "Andrea Kaminski", "name",
     "This is a win for thousands of Wisconsinites who were turned away in April"),
    ("usatoday", "300,000 registered voters", UW, "name",
     "about 300,000 registered voters in the state lacked an acceptable ID in 2014"),
    ("usatoday", "being denied one", "Scott Walker", "pronoun", "Nobody who wants an ID is being denied one"),
    ("usatoday", "every election since 1948", "Ruthelle Frank", "pronoun", "I've voted in every election since 1948"),
    ("usatoday", "prove who I am", "Ruthelle Frank", "pronoun", "I don't see why I should have to prove who I am now"),
    ("usatoday", "sent us home", "Dan Frank", "pronoun", "They sent us home both times"),
    ("usatoday", "can't win at the ballot box", "Brad Courtney", "name",
     'Democrats were "trying to win in court what they can\'t win at the ballot box."'),
    ("usatoday", "keep certain people from voting", "Jennifer Shilling", "name",
     "Republicans wrote this law to keep certain people from voting, and everybody knows which people"),
    # washpost: two bylines, people familiar with the effort, a governor and his wife
    ("washpost", "a staff of more than 100", "anonymous", "description",
     "New Jersey Gov. Chris Christie, who was named to head the transition effort in May, has assembled a staff of "
     "more than 100 people in an office a few blocks from the White House"),
    ("washpost", "building a government for Trump", "anonymous", "description",
     "whether Christie is building a government for Trump or for himself"),
    ("washpost", "hiring Chris's people", "anonymous", "description", "There's a feeling that Chris is hiring Chris's people"),
    ("washpost", "fly with the family", "anonymous", "description", "That's not going to fly with the family"),
    ("washpost", "wildly overstated", "Chris Christie", "name", 'the tension had been "wildly overstated."'),
    ("washpost", "I talk to Donald every day", "Chris Christie", "pronoun",
     "I talk to Donald every day. I talk to Jared every day. We are all rowing in the same direction"),
    ("washpost", "we will be ready", "Chris Christie", "pronoun",
     "The transition's job is to be ready, and we will be ready"),
    ("washpost", "1,000 of the roughly 4,000", "Rich Bagger", "name",
     "the team had already identified candidates for about 1,000 of the roughly 4,000 political appointments a new "
     "president makes"),
    ("washpost", "make the big decisions himself", "Kellyanne Conway|anonymous", "name",
     "Trump will make the big decisions himself"),
    ("washpost", "Of course he will", "Kellyanne Conway", "pronoun", "Of course he will"),
    ("washpost", "what candidates do", "Kellyanne Conway", "pronoun", "He's the candidate. That's what candidates do"),
    ("washpost", "done a terrific job", "Kellyanne Conway", "pronoun",
     'Christie had "done a terrific job" and that she had no plans to replace anyone'),
    ("washpost", "26 percent of New Jersey voters", FDU, "name",
     "26 percent of New Jersey voters approve of his job performance, the lowest figure for any governor in the "
     "state's modern history"),
    ("washpost", "welcome a move to Washington", "Mary Pat Christie|anonymous", "name",
     "she would welcome a move to Washington"),
    ("washpost", "measuring the drapes", "Brian Fallon", "name",
     'the campaign "is focused on winning, not on measuring the drapes."'),
    ("washpost", "professional and cooperative", "Tim Horne", "name", 'both teams had been "professional and cooperative."'),
    ("washpost", "exactly the same", "Tim Horne", "name", "We treat them exactly the same"),
    ("washpost", "also the tradition", "Tim Horne", "name", "That's the law, and it's also the tradition"),
    # nyt: the Times's honorifics (Mr. Hurd, Mr. Gallego and his mother Ms. Gallego), a speaker named after her words
    ("nyt", "defend the indefensible", "Will Hurd", "name", "I'm not going to defend the indefensible"),
    ("nyt", "I'm going to say it's racist", "Will Hurd", "name",
     "When Donald Trump says something about Mexicans that is racist, I'm going to say it's racist"),
    ("nyt", "late and soft", "Pete Gallego", "name", 'Mr. Hurd\'s criticism of Mr. Trump had come "late and soft."'),
    ("nyt", "waited until it was safe", "Pete Gallego", "name", "He waited until it was safe"),
    ("nyt", "People here noticed", "Pete Gallego", "name", "People here noticed"),
    ("nyt", "voted for her son", "Elena Gallego", "name",
     "she had voted for her son in every race since he first ran for the statehouse in 1990"),
    ("nyt", "stubborn boy", "Elena Gallego", "pronoun", "He was a stubborn boy"),
    ("nyt", "stubborn congressman", "Elena Gallego", "pronoun", "He is a stubborn congressman. That is good for us"),
    ("nyt", "rare independent voice", EXPRESS_NEWS, "name", None),
    ("nyt", "agree with Will on everything", "Hector Garza", "name", "We don't agree with Will on everything"),
    ("nyt", "listens to agents", "Hector Garza", "name", "But he listens to agents"),
    ("nyt", "surveillance technology", GAO, "name",
     "the Border Patrol could not measure how well its surveillance technology worked in the region"),
    ("nyt", "$2.1 million", "anonymous", "description",
     "The Democratic Congressional Campaign Committee has reserved $2.1 million in television time in San Antonio"),
    ("nyt", "reward Will's independence", "Katie Martin", "name",
     'the party was "confident that voters will reward Will\'s independence."'),
    ("nyt", "who I'm voting for", "Maria Luisa Ortiz", "name", "Honestly, I don't know who I'm voting for"),
    ("nyt", "did not trust him", "Maria Luisa Ortiz", "pronoun",
     "she liked that Mr. Hurd had broken with Mr. Trump, but that she did not trust him to keep doing it"),
    ("nyt", "already decided", "Ramiro Ortiz", "name", "he had already decided"),
    ("nyt", "answers his phone", "Ramiro Ortiz", "pronoun", "He answers his phone"),
    ("nyt", "two candidates tied", GALLEGO_POLL, "description", "the two candidates tied, with 11 percent undecided"),
    ("nyt", "press releases with numbers", "Justin Lazaro", "name", "Internal polls are press releases with numbers"),
]

# Words newsmine takes for a quote's whole content that nobody says (the object or topic of a verb
# that reports no words), seen reading every record of the first run.
NOT_QUOTES = [
    ("washpost", "to hold its ground in the polls"),
    ("washpost", "requests for comment"),
    ("westjournal", "The clip of Ruggles' news conference"),
    ("nyt", "Mr. Hurd"),
    ("nyt", "Mr. Trump"),
]

_NAMED_NEXT_PARAGRAPH = (
    "an indefinite description opening a 'The Latest' item ('A Florida election official says …', 'A Cleveland "
    "man says …') whose person the item's next paragraph names ('County elections supervisor Penelope Townsley "
    "said …', 'said 58-year-old Dennis Kowalski, a retired steelworker'): no apposition or 'who' ties them, so it "
    "stays an anonymous description (as probe56's 'a woman holding a photograph')"
)
_ACCORDING_AROUND_SAID = (
    "'According to the surveys conducted by Edison Research …, about four in 10 Ohio Republicans said they want "
    "…': the said-clause's content is kept with the according-to's source ('the surveys', Edison Research) and the "
    "according-to's own content (the main clause, 'about four in 10 … establishment') is not found"
)
_SAID_BEFORE_THE_SPEECH = (
    "'Veronica Rubio, said before the speech that the family had known since Friday how the night would go': the "
    "parse hangs the that-clause on 'speech' (a noun's relative or complement clause), so no report of hers is found; "
    "only 'how the night would go' comes out, as the family's"
)

SPEAKER_FAULTS: dict = {
    ("latest", "highest for a presidential primary"): _NAMED_NEXT_PARAGRAPH,
    ("latest", "doesn't yell"): _NAMED_NEXT_PARAGRAPH,
    ("latest", "known since Friday"): _SAID_BEFORE_THE_SPEECH,
    ("latest", "four in 10 Ohio Republicans"): _ACCORDING_AROUND_SAID,
}
NOT_QUOTE_FAULTS: dict = {
    ("washpost", "to hold its ground in the polls"):
        "'As Donald Trump's campaign struggles to hold its ground in the polls': 'struggles to' taken as a report",
    ("washpost", "requests for comment"):
        "'Kushner did not respond to requests for comment': the object of 'respond to' taken as words",
    ("westjournal", "The clip of Ruggles' news conference"):
        "'The clip of Ruggles' news conference has been shared more than 40,000 times': the subject of a passive "
        "'shared' taken as words, with no speaker",
    ("nyt", "Mr. Hurd"): "'Mr. Hurd has been endorsed by The San Antonio Express-News': a passive 'endorsed' read as a report",
    ("nyt", "Mr. Trump"): "'the union … that has endorsed Mr. Trump': the object of 'endorsed' taken as words",
}
CONTENT_FAULTS: dict = {
    ("latest", "known since Friday"): _SAID_BEFORE_THE_SPEECH,
    ("latest", "four in 10 Ohio Republicans"): _ACCORDING_AROUND_SAID,
    ("westjournal", "violated the Fourth Amendment"):
        "'His remarks come weeks after a federal judge in Oregon ruled that …, according to the Dallas Morning News': "
        "the according-to's content (the whole sentence) is found, the judge's 'ruled that …' inside it is not",
    ("politico", "organize voters on their own"):
        "'… are quietly complaining that Hillary Clinton's campaign has left them to organize voters on their own, a "
        "worry that could shape …': the writer's appositive on the complaint is kept in its content",
    ("washpost", "make the big decisions himself"):
        "'Kellyanne Conway, who was named campaign manager this month, has told associates that Trump will make the "
        "big decisions himself, according to two people …': only the according-to's content (the whole clause) is "
        "found; the 'has told associates that' report inside it is not (it is for 'His wife … has told friends she "
        "would …' two paragraphs on)",
    ("washpost", "26 percent of New Jersey voters"):
        "'A … poll … found that 26 percent of New Jersey voters approve of his job performance, the lowest figure for "
        "any governor in the state's modern history': the appositive is left out of the content; the probe took it "
        "as the poll's finding (arguable: it may be the writer's, as the politico appositive is)",
    ("washpost", "welcome a move to Washington"):
        "'His wife, Mary Pat Christie, … has told friends she would welcome a move to Washington, according to a "
        "person close to the family': the inner report's content runs on over ', according to …'",
}

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS: list = [
    ("huffpollster", "the race tightening", "New"),
    ("politico", "could not close his deficit", "two Democratic strategists"),
]

_WRONG_SPEAKER_CAUSES: dict = {
    ("huffpollster", "the race tightening"):
        "'New surveys show the race tightening …': the speaker named 'New', the adjective the recogniser tags at the "
        "paragraph's start",
    ("politico", "could not close his deficit"):
        "'… said privately that the DSCC had shifted about $2 million … after concluding that former Gov. Ted "
        "Strickland could not close his deficit …': the nested 'concluding' goes to the strategists who said it, not "
        "to the DSCC, the subject it shares with 'had shifted'",
}

# Fixed by probe56b's rule (tests/test_probe56b_rules.py), failing at the first run: ("huffpollster", "55 percent
# of voters"), ("huffpollster", "top of the ticket holds") and ("huffpollster", "outlast this election"): an
# "Outliers" list item's dash glued to its first word ('-Amy Walter says …') made one token of "-Amy", so the
# speaker was "Walter", "Soltis Anderson" and "-A Pew Research Center" (layout/flowing.py, _glued_list_dashes).


@pytest.fixture(scope="module")
def probe56b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe56b_quote_speaker(probe56b_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe56b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe56b_quote_content(probe56b_records, article, snippet, speaker, mention_class, content):
    assert_content(probe56b_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe56b_not_the_speaker(probe56b_records, article, snippet, wrong):
    assert_not_the_speaker(probe56b_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, NOT_QUOTE_FAULTS))
def test_probe56b_no_quote(probe56b_records, article, words):
    assert_no_whole_quote(probe56b_records, article, words.rstrip(","))
