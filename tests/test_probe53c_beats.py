"""Probe53c: who said it, and what, in invented articles shaped like 2016 US political news, in
kinds of story the earlier probes (``tests/test_probe5*.py``: campaign beats, direct-quote
stories, Q&A and interviews, hearings, an inspector general's report, a veto fight, polls,
foreign reactions, a fact-check, a strike, an obituary) did not write: an immigration court
ruling (the judge's opinion "wrote", lawyers for both sides "argued" and "insisted", the
department's statement, a plaintiff family, an official "who spoke on condition of anonymity"),
a gun-policy story after a shooting (a sheriff, a survivor, lawmakers of both parties, advocacy
groups that "wrote on Twitter"), a campaign-finance story (filings with the Federal Election
Commission, "records show", a watchdog group, a campaign treasurer), a health-care rollout (an
insurer's statement, a state commissioner, patients, an analyst who "wrote in a note to
clients"), a governor's race with three candidates quoted in turn (one woman, two men, a middle
of "he" and "she"), a military deployment (a Pentagon spokesman, a defense official "who spoke on
condition of anonymity", an ally's foreign minister, a ministry's statement), a city-hall
corruption story (a mayor, council members, a U.S. attorney, "according to the indictment",
"the indictment says") and a convention-floor color piece (delegates by name and state, a
chant, a speaker quoted from the stage).

``tests/fixtures/probe53c/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between
accepted answers), the PolNeAR class of the mention that names it, and its content (" || "
between accepted extents; None: not compared), read as ``tests/test_probe53b_beats.py`` reads
them. All of it was written by hand before newsmine first ran on the articles; figures are in
docs/history/attribution.md, "Session 53 — probe53c". What newsmine still gets wrong is a strict
xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented
for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe53c"

DHS = "anonymous|Homeland Security Department|The Homeland Security Department|Department of Homeland Security"
MARIA = "Maria L.|Maria L|Maria"
BUCKEYE = "Buckeye Firearms Association|The Buckeye Firearms Association"
MOMS = "Moms for Safe Streets"
RECORDS = "anonymous|Federal Election Commission|The Federal Election Commission"
CASCADE = "Cascade Health Partners"
POLL = "anonymous|Badger State University"
PENTAGON = "Pentagon|The Pentagon"
RUSSIAN_MINISTRY = "Russian Defense Ministry|The Russian Defense Ministry|Defense Ministry"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # asylum: an immigration court ruling
    ("asylum", "offered no reasoned explanation", "Miriam Okafor", "name",
     'the department had "offered no reasoned explanation" for abandoning a practice it had followed for two '
     "decades"),
    ("asylum", "The government may change its mind", "Miriam Okafor", "name", "The government may change its mind"),
    ("asylum", "What it may not do", "Miriam Okafor", "name",
     "What it may not do is change its mind without telling anyone why"),
    ("asylum", "strongly disagrees", DHS, "description",
     'it "strongly disagrees" with the decision and would appeal to the Ninth Circuit'),
    ("asylum", "ties the hands", DHS, "description",
     "Today's ruling ties the hands of the officers charged with securing our border"),
    ("asylum", "a reminder that the law applies", "Rosa Delgado-Price", "name",
     'the decision was "a reminder that the law applies to the government, too."'),
    ("asylum", "These families walked", "Rosa Delgado-Price", "pronoun",
     "These families walked a thousand miles to ask for protection"),
    ("asylum", "The least they are owed", "Rosa Delgado-Price", "pronoun",
     "The least they are owed is a hearing on this side of the line"),
    ("asylum", "lawful use of the president's authority", "Thomas Brennan", "name",
     "the policy was a lawful use of the president's authority over the border"),
    ("asylum", "at length", "Thomas Brennan", "pronoun",
     'the department had explained its reasons "at length" in a memo issued in January'),
    ("asylum", "devotes exactly one paragraph", "Miriam Okafor", "pronoun",
     "devotes exactly one paragraph to the families who would be affected, and that paragraph is about cost"),
    ("asylum", "90 percent of families", "Miriam Okafor", "name",
     "the department's own figures showed more than 90 percent of families released into the United States had "
     "appeared for their court dates"),
    ("asylum", "waiting four months", MARIA, "pronoun", "she had been waiting four months for a hearing"),
    ("asylum", "My boys ask me", MARIA, "pronoun", "My boys ask me every day when we can leave"),
    ("asylum", "What am I supposed to tell them", MARIA, "pronoun", "What am I supposed to tell them?"),
    ("asylum", "drafting a new memo", "anonymous", "description",
     "the department was already drafting a new memo meant to answer the judge's objections"),
    ("asylum", "We expect to win on appeal", "Jill Marston", "name", "We expect to win on appeal"),
    ("asylum", "judicial activism", "Dale Harkins", "name", 'the decision was "judicial activism at its worst."'),
    ("asylum", "what Congress should have done", "Ana Villanueva", "name",
     'the court had done "what Congress should have done months ago."'),
    ("asylum", "order the return of families", "Rosa Delgado-Price", "name",
     "her group would ask the judge to order the return of families already sent across the border"),
    ("asylum", "We will keep bringing these cases", "Rosa Delgado-Price", "pronoun", "We will keep bringing these cases"),
    ("asylum", "cuts a corner", "Rosa Delgado-Price", "pronoun",
     "Every time the government cuts a corner, we will be there || Every time the government cuts a corner, we will "
     "be there. And every time, we will ask the same question: Who does this policy actually protect? || Every time "
     'the government cuts a corner, we will be there. "And every time, we will ask the same question: Who does this '
     "policy actually protect?"),
    ("asylum", "Who does this policy actually protect", "Rosa Delgado-Price", "pronoun",
     "And every time, we will ask the same question: Who does this policy actually protect? || Every time the "
     "government cuts a corner, we will be there. And every time, we will ask the same question: Who does this "
     'policy actually protect? || Every time the government cuts a corner, we will be there. "And every time, we '
     "will ask the same question: Who does this policy actually protect?"),
    # shooting: gun policy after a shooting
    ("shooting", "had bought the rifle", "Rick Vance", "name",
     "the gunman, a 24-year-old man from Springfield, had bought the rifle used in the attack from a stranger he met "
     "through an online forum"),
    ("shooting", "No one asked him a single question", "Rick Vance", "name", "No one asked him a single question"),
    ("shooting", "found no sign", "Rick Vance", "description",
     "investigators had found no sign that the gunman knew any of his victims"),
    ("shooting", "I don't know", "Rick Vance", "pronoun", "I don't know"),
    ("shooting", "it would have been harder", "Rick Vance", "pronoun", "I know it would have been harder"),
    ("shooting", "walking back and forth", "Denise Albright", "name",
     "We could hear him walking back and forth outside the door"),
    ("shooting", "I kept thinking about my granddaughter", "Denise Albright", "name",
     "I kept thinking about my granddaughter, and whether anyone would tell her I loved her"),
    ("shooting", "never thought much about gun laws", "Denise Albright", "pronoun",
     "she had never thought much about gun laws before Saturday"),
    ("shooting", "I think about them now", "Denise Albright", "pronoun", "I think about them now"),
    ("shooting", "showed exactly the gap", "Karen Holloway", "name",
     "the shooting showed exactly the gap her bill was meant to close"),
    ("shooting", "Somebody tell me", "Karen Holloway", "name",
     "Somebody tell me what the argument is for letting a man buy a rifle from a stranger in a parking lot with no "
     "check at all"),
    ("shooting", "waiting three years", "Karen Holloway", "name", "I have been waiting three years for that argument"),
    ("shooting", "bring the bill to a vote", "Larry Obermeyer", "name", "he would not bring the bill to a vote this year"),
    ("shooting", "burden law-abiding gun owners", "Larry Obermeyer", "pronoun",
     "it would burden law-abiding gun owners without stopping criminals, who he said would find other ways to get "
     "weapons"),
    ("shooting", "Every one of us is heartbroken", "Larry Obermeyer", "name", "Every one of us is heartbroken"),
    ("shooting", "heartbreak is not a reason", "Larry Obermeyer", "name", "But heartbreak is not a reason to pass a bad law"),
    ("shooting", "now backed the bill", "Steve Kaminski", "name",
     "he now backed the bill and would urge his colleagues to do the same"),
    ("shooting", "I've been a hunter", "Steve Kaminski", "name", "I've been a hunter my whole life"),
    ("shooting", "takes anything away from me", "Steve Kaminski", "name",
     "I don't see how asking a buyer to pass the same check at a yard sale that he'd pass at a gun store takes "
     "anything away from me"),
    ("shooting", "criminals don't submit", BUCKEYE, "name", "criminals don't submit to background checks"),
    ("shooting", "Four families are planning funerals", MOMS, "description", "Four families are planning funerals this week"),
    ("shooting", "Call your senator", MOMS, "description", "Call your senator"),
    ("shooting", "focused on the families", "anonymous", "description",
     'he was "focused on the families" and would meet with the sheriff on Tuesday'),
    ("shooting", "sold twice", "Rick Vance", "pronoun",
     "the rifle had been sold twice in the past year, both times without a check || the rifle had been sold twice "
     "in the past year, both times without a check, according to records his investigators had obtained"),
    ("shooting", "People keep asking me", "Rick Vance", "description", "People keep asking me what the answer is"),
    ("shooting", "I'm a cop", "Rick Vance", "description",
     "I'm a cop. I can tell you what happened. The answer is their job"),
    # finance: a campaign-finance story
    ("finance", "raised nearly $6 million", RECORDS, "description",
     "A super PAC supporting Republican Senate candidate Mark Ellery in Missouri raised nearly $6 million in the "
     "last three months, but almost all of it came from three wealthy donors"),
    ("finance", "reported raising $5.9 million", "Show Me Prosperity|" + RECORDS, "name", None),
    ("finance", "The largest single check", RECORDS, "description",
     "The largest single check, $2.5 million, came from the developer, Howard Pruitt"),
    ("finance", "supports candidates who share", "Nancy Loeb", "name",
     'her client "supports candidates who share his views on taxes and regulation" and that every contribution had '
     'been "fully and properly disclosed."'),
    ("finance", "how a handful of donors", "anonymous", "description",
     "the numbers showed how a handful of donors can dominate a Senate race"),
    ("finance", "Three people are paying", "Adam Reyes", "name",
     "Three people are paying for most of the advertising voters in Missouri will see this fall"),
    ("finance", "That is not a grassroots campaign", "Adam Reyes", "name",
     "That is not a grassroots campaign. That is a private one"),
    ("finance", "$4.1 million on television ads", "Adam Reyes", "name",
     "the super PAC had spent $4.1 million on television ads attacking Ellery's Democratic opponent, Secretary of "
     "State Claire Dunmore, more than Ellery's own campaign had spent on ads of any kind"),
    ("finance", "served as Ellery's campaign manager", RECORDS, "description",
     "the group's chairman, Doug Wexler, served as Ellery's campaign manager during his 2012 House race"),
    # corrected after the first run: the snippet held the cue ('said'), which no content holds
    ("finance", "it did not", "Doug Wexler", "name", "it did not"),
    ("finance", "I haven't spoken to Mark", "Doug Wexler", "pronoun", "I haven't spoken to Mark about this race, period"),
    ("finance", "I know the rules", "Doug Wexler", "pronoun", "I know the rules, and I follow them"),
    ("finance", "no control over what outside groups do", "Linda Fairbanks", "name",
     'the campaign had "no control over what outside groups do."'),
    ("finance", "raised $3.4 million", "Linda Fairbanks", "pronoun",
     "the campaign itself had raised $3.4 million in the quarter, most of it in contributions of less than $200"),
    ("finance", "We are proud", "Linda Fairbanks", "name", "We are proud of where our money comes from"),
    ("finance", "Anyone can look it up", "Linda Fairbanks", "name", "Anyone can look it up"),
    ("finance", "About 58 percent", RECORDS, "description",
     "About 58 percent of the campaign's money came from donors who gave the maximum of $2,700 || About 58 percent "
     "of the campaign's money came from donors who gave the maximum of $2,700, and fewer than one in five dollars "
     "came from donors who gave $200 or less"),
    ("finance", "trying to buy a Senate seat", "Eric Tate", "name", "Mark Ellery's friends are trying to buy a Senate seat"),
    ("finance", "Missourians aren't for sale", "Eric Tate", "name", "Missourians aren't for sale"),
    ("finance", "raised $2.8 million", RECORDS, "description",
     "A super PAC backing her, Missouri Forward, raised $2.8 million in the quarter, much of it from labor unions"),
    ("finance", "well over a hundred", "anonymous", "description",
     'staff had a backlog of "well over a hundred" complaints waiting for a vote'),
    ("finance", "The law only works", "Adam Reyes", "name", "The law only works if someone enforces it"),
    ("finance", "Right now, nobody is", "Adam Reyes", "name", "Right now, nobody is"),
    # rollout: a health-care exchange's first week
    ("rollout", "fewer than half the enrollments", CASCADE, "description",
     "it had received fewer than half the enrollments it expected"),
    ("rollout", "technical problems outside our control", CASCADE, "name",
     '"technical problems outside our control" had kept many customers from completing their applications'),
    ("rollout", "extend its enrollment deadline", CASCADE, "description",
     "it would extend its enrollment deadline by two weeks"),
    ("rollout", "We understand the frustration", CASCADE, "description",
     "We understand the frustration our members are feeling"),
    ("rollout", "We share it", CASCADE, "description", "We share it"),
    ("rollout", "improving every day", "Ruth Ambler", "name", "the site was improving every day"),
    ("rollout", "fixed a flaw", "Ruth Ambler", "pronoun",
     "the state had fixed a flaw that caused some applications to be submitted twice and that average wait times on "
     "the help line had fallen from three hours to forty minutes"),
    ("rollout", "Was this launch what we wanted", "Ruth Ambler", "name", "Was this launch what we wanted? No"),
    ("rollout", "Is it getting better", "Ruth Ambler", "name", "Is it getting better? Yes, and quickly"),
    ("rollout", "no one who started an application", "Ruth Ambler", "pronoun",
     "no one who started an application before the deadline would lose coverage because of the site's problems"),
    ("rollout", "tried to enroll six times", "Tomas Rivera", "name", "he had tried to enroll six times since Monday"),
    ("rollout", "Every time I get to the last page", "Tomas Rivera", "name",
     "Every time I get to the last page, it throws me out"),
    ("rollout", "My insulin doesn't wait", "Tomas Rivera", "name", "My insulin doesn't wait for their computers"),
    ("rollout", "rationing medication", "Sharon Pike", "name",
     "her patients had begun rationing medication while they waited for coverage"),
    ("rollout", "cut her pills in half", "Sharon Pike", "name", "I had a woman cut her pills in half this week"),
    ("rollout", "broken website", "Sharon Pike", "name", "That's what a broken website looks like from here"),
    ("rollout", "an older, sicker", "Priya Natarajan", "name",
     'slow sign-ups could leave the insurer with "an older, sicker and more expensive pool" of customers'),
    ("rollout", "If healthy young people give up", "Priya Natarajan", "name",
     "If healthy young people give up after the third error message, they are not coming back"),
    ("rollout", "$80 million", "Priya Natarajan", "pronoun",
     "the company could lose as much as $80 million on its Oregon exchange plans next year"),
    ("rollout", "proved his party's warnings right", "Bill Hartley", "name", "the week had proved his party's warnings right"),
    ("rollout", "We said this would be a mess", "Bill Hartley", "pronoun", "We said this would be a mess, and it is a mess"),
    ("rollout", "growing pains", "Grace Yoon", "name", 'the problems were "growing pains"'),
    ("rollout", "300,000 people", "Grace Yoon", "name",
     "the state's earlier program had left 300,000 people without any option at all"),
    ("rollout", "Nobody is going back to that", "Grace Yoon", "name", "Nobody is going back to that"),
    ("rollout", "only a fraction of the traffic", "anonymous", "description",
     "the company that built the site had tested it with only a fraction of the traffic it received on the first day"),
    ("rollout", "Everything is on the table", "Ruth Ambler", "pronoun", "Everything is on the table"),
    # governor: three candidates in turn
    ("governor", "balanced its budget on the backs", "Lorraine Whitfield", "pronoun",
     'the state had "balanced its budget on the backs of teachers" for eight years'),
    ("governor", "I spent my whole career", "Lorraine Whitfield", "name", "I spent my whole career in classrooms"),
    ("governor", "what a cut looks like", "Lorraine Whitfield", "name",
     "I know what a cut looks like when it reaches a third grader"),
    ("governor", "would pay for it", "Lorraine Whitfield", "pronoun",
     'she would pay for it by closing what she called "corporate loopholes."'),
    ("governor", "cost the state $300 million", "Lorraine Whitfield", "pronoun", None),
    ("governor", "drive every manufacturer", "Tom Bracken", "pronoun",
     'Whitfield\'s plan would "drive every manufacturer in this state to Iowa."'),
    ("governor", "You can't tax your way", "Tom Bracken", "pronoun", "You can't tax your way to good schools"),
    ("governor", "You grow your way there", "Tom Bracken", "pronoun", "You grow your way there"),
    ("governor", "paid for by savings", "Tom Bracken", "pronoun",
     "the cut would be paid for by savings in state agencies, though he has not said which ones || the cut would be "
     "paid for by savings in state agencies"),
    ("governor", "find them in the first hundred days", "Tom Bracken", "pronoun",
     'he would "find them in the first hundred days."'),
    ("governor", "done it before", "Tom Bracken", "pronoun", "the state had done it before and could do it again"),
    ("governor", "both parties had failed", "Gil Navarro", "pronoun", "both parties had failed the state's factory towns"),
    ("governor", "They fight about who gets the credit", "Gil Navarro", "pronoun",
     "They fight about who gets the credit and nobody gets the jobs"),
    ("governor", "would not accept money", "Gil Navarro", "pronoun",
     "he would not accept money from political action committees and that he had raised most of his $1.2 million "
     "from small donors"),
    ("governor", "pulling votes from Whitfield", "anonymous", "description", "he is pulling votes from Whitfield"),
    ("governor", "Nobody owns anybody's vote", "Gil Navarro", "pronoun", "Nobody owns anybody's vote"),
    ("governor", "If they want mine", "Gil Navarro", "pronoun", "If they want mine, they can earn it"),
    ("governor", "Gil is a friend", "Lorraine Whitfield", "pronoun", "Gil is a friend, and he's running a serious campaign"),
    ("governor", "voters want a choice", "Lorraine Whitfield", "pronoun", "I just think voters want a choice that can win"),
    ("governor", "A vote for Gil Navarro", "Tom Bracken", "pronoun", "A vote for Gil Navarro is a vote for Lorraine Whitfield"),
    ("governor", "That's just arithmetic", "Tom Bracken", "pronoun", "That's just arithmetic"),
    ("governor", "pretend he has a plan", "Lorraine Whitfield", "name", 'she expected Bracken to "pretend he has a plan."'),
    ("governor", "who has actually run something", "Tom Bracken", "name",
     'the debate would show voters "who has actually run something."'),
    ("governor", "finish a sentence", "Gil Navarro", "name", "he hoped the moderators would let him finish a sentence"),
    ("governor", "tied at 42 percent", POLL, "description", "Whitfield and Bracken tied at 42 percent among likely voters"),
    ("governor", "the wild card nobody can price", "Ellen Marcus", "name",
     'the independent\'s share was "the wild card nobody can price."'),
    ("governor", "it's a coin flip", "Ellen Marcus", "name", "If Navarro's voters stay with him, it's a coin flip"),
    ("governor", "If half of them come home", "Ellen Marcus", "name", "If half of them come home, it isn't"),
    # pentagon: a deployment to the Baltic states
    ("pentagon", "1,200 additional troops", PENTAGON, "name",
     "it would send about 1,200 additional troops to Estonia, Latvia and Lithuania over the next two months, the "
     "largest American deployment to the region since the end of the Cold War || it would send about 1,200 "
     "additional troops to Estonia, Latvia and Lithuania over the next two months"),
    ("pentagon", "This is a defensive step", "Aaron Whitley", "name", "This is a defensive step, and it is a proportionate one"),
    ("pentagon", "Our allies asked", "Aaron Whitley", "name", "Our allies asked, and we answered"),
    ("pentagon", "173rd Airborne", "Aaron Whitley", "name",
     "the troops would come mostly from the Army's 173rd Airborne Brigade, based in Italy, and would rotate through "
     "the region rather than be stationed there permanently"),
    ("pentagon", "F-16 fighter jets", "anonymous", "description",
     "the Pentagon had also drawn up options for sending a squadron of F-16 fighter jets to Lithuania, but that the "
     "defense secretary had not yet signed off on them"),
    ("pentagon", "by surprise", "anonymous", "description", "the Russian buildup had caught some in the Pentagon by surprise"),
    ("pentagon", "Nobody expected it to move this fast", "anonymous", "description", "Nobody expected it to move this fast"),
    ("pentagon", "a clear message", "Andris Kalnins", "pronoun",
     'the deployment sent "a clear message that an attack on one of us is an attack on all of us."'),
    ("pentagon", "We are a small country", "Andris Kalnins", "name", "We are a small country"),
    ("pentagon", "We ask them to stand with us", "Andris Kalnins", "name",
     "We do not ask anyone to fight for us. We ask them to stand with us, and today they have"),
    ("pentagon", "pushing its military machine", RUSSIAN_MINISTRY, "description",
     'NATO was "pushing its military machine right up to our doorstep"'),
    ("pentagon", "take all necessary measures", RUSSIAN_MINISTRY, "description",
     'Russia would "take all necessary measures" to protect its security'),
    ("pentagon", "overdue", "Walter Graves", "name", 'the deployment was "overdue"'),
    ("pentagon", "Rotations are fine for training", "Walter Graves", "name", "Rotations are fine for training"),
    ("pentagon", "Deterrence means being there", "Walter Graves", "name",
     "Deterrence means being there when the tanks start rolling, not two weeks later"),
    ("pentagon", "What is the goal here", "Nora Whitlock", "pronoun", "What is the goal here?"),
    ("pentagon", "If it's deterrence, say so", "Nora Whitlock", "pronoun",
     "If it's deterrence, say so. If it's something more, Congress needs to vote on it"),
    ("pentagon", "fully within existing authorities", "Aaron Whitley", "name",
     'the deployment was "fully within existing authorities" and required no new vote'),
    ("pentagon", "exercises that had been scheduled", "Aaron Whitley", "pronoun",
     "the troops would take part in exercises that had been scheduled since last spring"),
    ("pentagon", "informed Moscow", "anonymous", "description",
     'the administration had informed Moscow of the deployment in advance through military channels "to avoid any '
     'misunderstanding."'),
    ("pentagon", "unlikely to change Russia's calculations", "anonymous", "description",
     "the move was unlikely to change Russia's calculations on its own"),
    ("pentagon", "Twelve hundred soldiers", "Martin Osgood", "name", "Twelve hundred soldiers don't stop two brigades"),
    ("pentagon", "from the first hour", "Martin Osgood", "name",
     "What they do is make sure that if something happens, Americans are involved from the first hour. That is the "
     "point"),
    # cityhall: a mayor indicted
    ("cityhall", "took more than $90,000", "anonymous", "description",
     "The mayor of Riverton, N.J., was indicted on Tuesday on federal charges that he took more than $90,000 in cash "
     "and home renovations from a towing company in exchange for a lucrative city contract"),
    ("cityhall", "steered the city's towing contract", "anonymous", "description",
     "Deluca steered the city's towing contract to Apex Recovery in 2014 after its owner, Vincent Sorrel, paid for a "
     "new kitchen and deck at the mayor's home in the Shore Acres neighborhood"),
    ("cityhall", "on at least six occasions", "anonymous", "description",
     'Sorrel later delivered envelopes of cash to the mayor\'s campaign office "on at least six occasions."'),
    ("cityhall", "Nobody gets that contract", "Frank Deluca", "name",
     "Nobody gets that contract but you, as long as we understand each other"),
    ("cityhall", "Public office is a public trust", "Janet Osei", "name", "Public office is a public trust, not a private business"),
    ("cityhall", "cash register", "Janet Osei", "name", "The mayor of Riverton treated his office like a cash register"),
    ("cityhall", "investigation was continuing", "Janet Osei", "name",
     "the investigation was continuing and that others could face charges"),
    ("cityhall", "never taken a dime", "Richard Amato", "name",
     'his client had "never taken a dime" from anyone and would be "fully vindicated" at trial'),
    ("cityhall", "This case rests on the word", "Richard Amato", "name",
     "This case rests on the word of a man who has every reason to lie"),
    ("cityhall", "trying to save himself", "Richard Amato", "name",
     "Vincent Sorrel is trying to save himself, and the government is letting him"),
    ("cityhall", "would not resign", "Frank Deluca", "pronoun", "he would not resign"),
    ("cityhall", "I was elected by the people", "Frank Deluca", "description",
     "I was elected by the people of Riverton, and I will keep working for them"),
    ("cityhall", "I have faith in the justice system", "Frank Deluca", "description",
     "I have faith in the justice system, and I have faith in this city"),
    ("cityhall", "vote next week on a resolution", "Teresa Gaines", "name",
     "the council would vote next week on a resolution asking him to do so"),
    ("cityhall", "How is he supposed to run a city", "Teresa Gaines", "name",
     "How is he supposed to run a city when he's fighting for his freedom?"),
    ("cityhall", "And he shouldn't", "Teresa Gaines", "name", "He can't. And he shouldn't"),
    ("cityhall", "raised questions about the towing contract", "Teresa Gaines", "pronoun",
     "she had raised questions about the towing contract in 2015 and been told by the city's business administrator "
     'that the bidding had been "by the book."'),
    ("cityhall", "presumption of innocence", "Luis Ortega", "pronoun", "the mayor deserved the presumption of innocence"),
    ("cityhall", "premature at best", "Luis Ortega", "pronoun", 'calls for his resignation were "premature at best."'),
    ("cityhall", "Today I do", "Luis Ortega", "pronoun", "Today I do"),
    ("cityhall", "FBI began investigating", "anonymous", "description",
     "the FBI began investigating after a rival towing company complained that it had been shut out of the bidding"),
    ("cityhall", "an open secret", "anonymous", "description", 'the complaint had been "an open secret" at City Hall for months'),
    # convention: the floor on the second night
    ("convention", "Not this time", "anonymous", "description", "Not this time! Not this time!"),
    ("convention", "I've watched these on TV", "Carol Banks", "name", "I've watched these on TV since I was a girl"),
    ("convention", "standing in one", "Carol Banks", "pronoun", "I never thought I'd be standing in one"),
    ("convention", "minimum wage", "Jerome Watts", "pronoun",
     "he had come to Philadelphia to make sure the party's platform included a pledge to raise the minimum wage, and "
     "that he thought it had"),
    ("convention", "That's the part that matters", "Jerome Watts", "pronoun", "That's the part that matters"),
    ("convention", "The balloons are nice too", "Jerome Watts", "pronoun", "The balloons are nice too"),
    ("convention", "still deciding whether to volunteer", "Megan Lowry", "name",
     "she was still deciding whether to volunteer for the fall campaign"),
    ("convention", "I'll vote for her", "Megan Lowry", "name", "I'll vote for her"),
    ("convention", "Whether I knock on doors", "Megan Lowry", "name",
     "Whether I knock on doors for her is a different question, and she has to answer it, not me"),
    ("convention", "Say something tonight", "Megan Lowry", "pronoun", "Say something tonight she hasn't said before"),
    ("convention", "not a choice between two candidates", "Anne Moreland", "pronoun",
     'the election was "not a choice between two candidates, but between two countries."'),
    ("convention", "your pension belong to you", "Anne Moreland", "name",
     "In one of them, your job, your paycheck and your pension belong to you"),
    ("convention", "the best lawyers", "Anne Moreland", "name",
     "In the other, they belong to whoever can afford the best lawyers"),
    ("convention", "working people for granted", "Anne Moreland", "pronoun",
     'her party had "too often taken working people for granted"'),
    ("convention", "no arrests had been made", "Dan Kessler", "name",
     "the crowd had been peaceful and that no arrests had been made by 10 p.m."),
    ("convention", "the speech had done its job", "Ray Castillo", "name", "he thought the speech had done its job"),
    ("convention", "She talked about pensions", "Ray Castillo", "name", "She talked about pensions"),
    ("convention", "Nobody talks about pensions", "Ray Castillo", "name",
     "Nobody talks about pensions. My father lost his. I was waiting twenty years for somebody up there to say that "
     "word"),
    ("convention", "meant about half of them", "anonymous", "description",
     'she thought the speech had "said all the right words and meant about half of them."'),
    ("convention", "I'll tell my grandkids", "Carol Banks", "pronoun", "I'll tell my grandkids about this"),
    ("convention", "Whatever happens in November", "Carol Banks", "pronoun", "Whatever happens in November"),
]  # fmt: skip

# Words in quotation marks nobody says.
NOT_QUOTES: list = []

_NOT_FOUND = {
    ("finance", "raised nearly $6 million"):
        "'… raised nearly $6 million …, but almost all of it came from three wealthy donors, federal records show.': "
        "a finding before a sentence-final ', records show' gives the second clause only ('almost all of it came …'), "
        "with 'federal records' unresolved (probe53b's ', a new poll shows' gave no quote)",
    ("finance", "About 58 percent"):
        "'About 58 percent of the campaign's money came from …, records show, and fewer than one in five dollars …': "
        "a mid-sentence ', records show,' gives no quote",
}

_NESTED = {
    ("shooting", "sold twice"):
        "'He noted that the rifle had been sold twice …, according to records his investigators had obtained.': the "
        "'according to' takes the whole sentence ('He noted that …') as the records' content, as PolNeAR does, but "
        "the sheriff's own report nested inside it ('noted' and its clause) is not a quote of its own",
}

SPEAKER_FAULTS = _NOT_FOUND | _NESTED | {
    ("asylum", "waiting four months"):
        "'One of the plaintiffs, a woman identified in court papers as Maria L., fled …. Reached by telephone …, she "
        "said': the woman named inside the partitive subject's apposition is passed over and 'she' goes to the judge "
        "quoted before ('One of the plaintiffs, Maria Lopez, fled' does the same; 'Maria L., one of the plaintiffs, "
        "fled' is found)",
    ("asylum", "My boys ask me"): "'\"…,\" she said' after the sentence above: 'she' is the judge again",
    ("asylum", "What am I supposed to tell them"): "the same quote as 'My boys ask me'",
    ("finance", "The largest single check"):
        "'The largest single check, $2.5 million, came from the developer, Howard Pruitt, the filings show.': the "
        "name in apposition at the content's end is taken for the speaker of 'show' (and cut from the content), not "
        "'the filings'",
    ("rollout", "fewer than half the enrollments"):
        "'… and the state's largest insurer said on Friday that …': the description comes before the article names "
        "the insurer ('Cascade Health Partners said in a statement', the next paragraph), so it stays unresolved",
    ("governor", "pulling votes from Whitfield"):
        "'He has been criticized by Democrats who say he is pulling votes from Whitfield': the 'who' of unnamed party "
        "members is named 'Democratic Party', the party itself (members speaking are no body's statement)",
}

CONTENT_FAULTS = _NOT_FOUND | _NESTED | {
    ("shooting", "burden law-abiding gun owners"):
        "'argued that it would burden … without stopping criminals, who he said would find other ways …': the content "
        "ends before the relative clause holding a nested cue ('he said'), which is a quote of its own; PolNeAR keeps "
        "the nested report inside the outer content",
    ("shooting", "now backed the bill"):
        "'said he now backed the bill and would urge his colleagues to do the same': the content ends before the "
        "conjunct holding a cue verb ('urge', a quote of its own) (that_conjuncts._reports / cue_conjuncts, a "
        "choice measured on train)",
    ("shooting", "focused on the families"):
        "'said he was \"focused on the families\" and would meet with the sheriff': the content stops at the "
        "quotation's closing mark; content_ends._resumed_after_quotation proposes the longer content, the content "
        "model keeps the shorter",
    ("finance", "The largest single check"):
        "the appositive name at the end ('…, Howard Pruitt, the filings show') is cut from the content and taken for "
        "the speaker (see SPEAKER_FAULTS)",
    ("cityhall", "raised questions about the towing contract"):
        "'said she had raised questions … in 2015 and been told by the city's business administrator that …': the "
        "content ends before the conjunct holding a cue verb ('told', a quote of its own), as 'now backed the bill'",
}
# Fixed by xfail54: ('shooting', 'Four families are planning funerals') and its 'Call your senator', 'Moms
# for Safe Streets' untagged (entities/cause_names._people_for_a_cause).
# Fixed by probe53c's rules: ("rollout", "an older, sicker") 'a note to clients that slow sign-ups …'
# (attribution/phrase_that_clauses.py: the cue's dative is one of its phrases).
# Fixed by probe60's rule: ("asylum", "devotes exactly one paragraph") 'The judge was not persuaded. The memo, she
# wrote, "…"' went to the plaintiffs' lawyer, not the judge introduced as 'A federal judge' and named since
# (speakers/pronouns.py: _unnamed_subject_before; tests/test_probe60_rules.py).

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS = [
    # fixed by speakers/party_appositions.py ("Harkins, a Texas Republican who backed …" was an unnamed "Republican")
    ("asylum", "the policy", "Republican"),
    ("asylum", "it", "Democrat"),
    ("rollout", "the exchange", "Republican"),
]

_WRONG_SPEAKER_CAUSES: dict = {}


@pytest.fixture(scope="module")
def probe53c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe53c_quote_speaker(probe53c_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe53c_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe53c_quote_content(probe53c_records, article, snippet, speaker, mention_class, content):
    assert_content(probe53c_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe53c_not_the_speaker(probe53c_records, article, snippet, wrong):
    assert_not_the_speaker(probe53c_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe53c_no_quote(probe53c_records, article, words):
    assert_no_whole_quote(probe53c_records, article, words.rstrip(","))
