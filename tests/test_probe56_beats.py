"""Probe56: who said it, and what, in invented articles shaped like 2016 US political news, in
kinds of story the earlier probes (``tests/test_probe5*.py``: campaign beats, hearings, polls,
Q&A, court rulings, a Supreme Court nomination, vetoes, fact checks, conventions, a shooting
inquiry, a trade case, strikes, lead in a city's water, an anthem protest, a refuge standoff, a
bank's fake accounts, a debt default, an Olympic bid) did not write: farm-bill talks between the
chambers (`farmbill`: two committee chairmen and a ranking member of different gender whose
pronouns cross paragraphs, "according to the Congressional Budget Office", an anonymous aide, "Dorsey's
office", a farming couple of one surname "Ms. Lindqvist" / "Mr. Lindqvist", a union's letter,
"Politico reported"), retired coal miners rallying for their benefits (`miners`: a union's
president and "the union says", a senator and a representative, a leader's spokesman who "told
The Associated Press", a miner and his son "the elder Tolliver", a widow described before she is
named, "according to a report", a newspaper "reported"), a council voting to remove a
Confederate statue (`monument`: a councilwoman, a mayor, a state senator who "told The Post and
Courier", an attorney general who "wrote", a grandfather and his granddaughter of one surname,
a heritage group, an anonymous council member, "according to the city's public works
department, which said"), a federal order shutting a rail line (`metro`: "the agency", a
secretary with his title before his name, a general manager of the other gender, "She said he had
called her", a rider, an anonymous official, "According to the National Transportation Safety
Board", "The Washington Post reported", a union president who "called" the firings), a House
sit-in over guns (`sitin`: a run alternating between two members of different gender, a
speaker who "told CNN", an anonymous aide, C-SPAN, "Politico reported", a mother and her
daughter of one surname, "According to the Gun Violence Archive"), the Justice Department
dropping private prisons (`prisons`: a memo's author who "wrote", a split quotation, "the bureau",
an inspector general's report that "found", "the company" and its chief executive who "told
Bloomberg News", a senator, a mayor, two brothers Hollis, an anonymous official, a research
group), a governor's fight with FEMA over wildfire aid (`wildfire`: a governor and a regional
administrator of different gender, "the agency", "told the Billings Gazette", an anonymous
official, a commissioner, a rancher and his daughter "Mr. Garrity" / "Ms. Garrity", "according to the
Agriculture Department", "The Missoulian reported") and a regulator's vote on cable boxes
(`fcc`: a chairman and a dissenting commissioner of different gender trading a quotation run,
"the commission" and "the agency", a trade group and its president who "told Reuters", a quote
whose speaker is named only in the next sentence, a congresswoman and her husband of one surname,
"Two people briefed on the talks", "according to an analysis", "The Wall Street Journal
reported").

``tests/fixtures/probe56/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it, and its
content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe55_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 56 — probe56". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe56"

CBO = "Congressional Budget Office|The Congressional Budget Office|CBO"
NFU = "National Farmers Union|The National Farmers Union"
POLITICO = "Politico"
UMWA = "United Mine Workers of America|The United Mine Workers of America|United Mine Workers"
CRS = "anonymous|Congressional Research Service|The Congressional Research Service"
GAZETTE_MAIL = "Charleston Gazette-Mail|The Charleston Gazette-Mail|Gazette-Mail"
SCV = "Sons of Confederate Veterans|The Sons of Confederate Veterans"
PUBLIC_WORKS = "anonymous|Public Works Department|public works department"
FTA = "Federal Transit Administration|The Federal Transit Administration"
NTSB = "National Transportation Safety Board|The National Transportation Safety Board|NTSB"
WAPO = "Washington Post|The Washington Post"
CSPAN = "C-SPAN"
GVA = "Gun Violence Archive|The Gun Violence Archive"
DOJ = "Justice Department|The Justice Department"
BOP = "Bureau of Prisons|The Bureau of Prisons"
REPORT = "anonymous|Michael Horowitz|" + DOJ
CIVICCORE = "CivicCore Corrections|CivicCore"
SENTENCING = "Sentencing Project|The Sentencing Project"
FEMA = "Federal Emergency Management Agency|The Federal Emergency Management Agency|FEMA"
USDA = "Agriculture Department|The Agriculture Department"
MISSOULIAN = "Missoulian|The Missoulian"
FCC = "Federal Communications Commission|The Federal Communications Commission|FCC"
NCTA = ("National Cable and Telecommunications Association|The National Cable and Telecommunications "
        "Association")
SENATE_STAFF = "anonymous|Senate Commerce Committee|The Senate Commerce Committee"
WSJ = "Wall Street Journal|The Wall Street Journal"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # farmbill: House and Senate negotiators stall over food stamps
    ("farmbill", "within shouting distance", "Gordon Vance", "name",
     'the two chambers were "within shouting distance" on crop insurance and conservation but far apart on '
     'nutrition'),
    ("farmbill", "doing farm bills for 22 years", "Gordon Vance", "name",
     "I've been doing farm bills for 22 years, and I have never seen one die over a single title"),
    ("farmbill", "intend to see it this year", "Gordon Vance", "name", "I don't intend to see it this year"),
    ("farmbill", "would not sign any report", "Ellen Marsh", "name",
     "she would not sign any report that cut benefits for families who already struggle to find work"),
    ("farmbill", "backs of hungry kids", "Ellen Marsh", "pronoun",
     "We are not going to balance this bill on the backs of hungry kids"),
    ("farmbill", "Nobody is talking about", "Gordon Vance", "name", "Nobody is talking about hungry kids"),
    ("farmbill", "able-bodied adults", "Gordon Vance", "name",
     "We're talking about able-bodied adults without children who can work and won't"),
    ("farmbill", "work or train 20 hours", "Frank Dorsey", "name",
     "adults without children work or train 20 hours a week to keep their benefits"),
    ("farmbill", "1.1 million people", CBO, "name",
     "The requirement would remove about 1.1 million people from the program over a decade"),
    ("farmbill", "whole ballgame", "anonymous", "description", "The work requirement is the whole ballgame for our members"),
    ("farmbill", "doesn't pass the House", "anonymous", "description", "Without it, the bill doesn't pass the House"),
    ("farmbill", "remains optimistic", "Frank Dorsey|anonymous", "name",
     'the chairman "remains optimistic" and that the House would "not be rushed into a bad deal."'),
    ("farmbill", "already costing them", "anonymous", "description", "the delay was already costing them"),
    ("farmbill", "operating loans", "Dale Lindqvist", "name",
     "lenders would not commit to next year's operating loans until they knew what crop insurance would look like"),
    ("farmbill", "safety net is", "Dale Lindqvist", "pronoun",
     "The bank wants to know what the safety net is before they write the check"),
    ("farmbill", "cattle herd", "Karen Lindqvist", "name",
     "the couple had already sold part of their cattle herd to cover costs after two years of low wheat prices"),
    ("farmbill", "People in this building", "Karen Lindqvist", "name",
     "People in this building think a farm bill is about food stamps or about farmers"),
    ("farmbill", "they need each other", "Karen Lindqvist", "name", "It's about both, and they need each other"),
    ("farmbill", "right about that", "Dale Lindqvist", "pronoun", "She's right about that"),
    ("farmbill", "uncertainty for family farms", NFU, "name",
     "every week of delay is a week of uncertainty for family farms"),
    ("farmbill", "short-term extension", POLITICO, "name",
     "Senate leaders had discussed a short-term extension of the current law if the talks collapse"),
    ("farmbill", "had not been told", "Ellen Marsh", "name", "she had not been told of any such plan"),
    ("farmbill", "put it on mine", "Ellen Marsh", "pronoun",
     "If there's an extension on the table, nobody has put it on mine"),
    # miners: retired coal miners rally for their health benefits and pensions
    ("miners", "end of the bargain", "Harold Quinn", "name", "We held up our end of the bargain"),
    ("miners", "dug the coal", "Harold Quinn", "name",
     "We dug the coal that built this country. All we're asking is that the government keep the promise it made "
     "in 1946"),
    ("miners", "will be exhausted", UMWA, "description",
     "the miners' health fund will be exhausted by Dec. 31 because of a wave of coal company bankruptcies"),
    ("miners", "before the lights go out", "Joe Whitcomb", "pronoun",
     'Senate Majority Leader Mitch McConnell had promised him a vote "before the lights go out" on the miners'),
    ("miners", "A promise is not a vote", "Joe Whitcomb", "name", "A promise is not a vote"),
    ("miners", "committed to finding", "Kyle Brennan", "name",
     'the leader was "committed to finding a solution" that did not add to the deficit'),
    ("miners", "broken with her party", "Linda Carver", "name", "she had broken with her party's leaders on the issue"),
    ("miners", "aren't statistics", "Linda Carver", "name", "These aren't statistics to me"),
    ("miners", "high school with their kids", "Linda Carver", "name", "I went to high school with their kids"),
    ("miners", "wondering every spring", "Linda Carver", "pronoun",
     'a four-month stopgap, which House leaders have floated, would leave widows "wondering every spring whether '
     'they\'ll have insurance."'),
    ("miners", "Four months is an insult", "anonymous", "description", "Four months is an insult"),
    ("miners", "I've got black lung", "Ray Tolliver", "description",
     "I've got black lung, and I've got a card that says I have insurance"),
    ("miners", "card's no good", "Ray Tolliver", "description", "In January, that card's no good"),
    ("miners", "gave them his lungs", "Wayne Tolliver", "name", "He gave them his lungs"),
    ("miners", "give him a doctor", "Wayne Tolliver", "name", "They can give him a doctor"),
    ("miners", "not a bailout", "Carol Jennings", "description", "It's not a bailout"),
    ("miners", "It's a debt", "Carol Jennings", "description", "It's a debt"),
    ("miners", "died of black lung in 2014", "Carol Jennings", "name",
     "her husband had died of black lung in 2014 and that she had depended on the union's plan ever since"),
    ("miners", "90,000 retirees", CRS, "name",
     "the pension plan covers about 90,000 retirees and could fail within a decade"),
    ("miners", "bankruptcy court", GAZETTE_MAIL, "name",
     "at least two coal companies had asked a bankruptcy court to end their payments to the fund"),
    ("miners", "loud and clear", "Kyle Brennan", "name", 'the leader "has heard the miners loud and clear."'),
    # monument: a council votes to remove a Confederate statue; state lawmakers object
    ("monument", "put up in 1911", "Theresa Odom", "name",
     "This statue was put up in 1911 to tell black people in this town where they stood"),
    ("monument", "telling them something else", "Theresa Odom", "name", "Tonight we're telling them something else"),
    ("monument", "moved to a museum", "Curtis Fenwick", "name", "the statue would be moved to a museum rather than destroyed"),
    ("monument", "received threats", "Curtis Fenwick", "pronoun", "he had received threats since the vote was scheduled"),
    ("monument", "call my house", "Curtis Fenwick", "name",
     "I've had people call my house and tell my wife what they'd do to me"),
    ("monument", "no authority to act", "Wade Pruitt", "name", "the council had no authority to act"),
    ("monument", "Heritage Act is clear", "Wade Pruitt", "name",
     "The Heritage Act is clear. You need two-thirds of the General Assembly to move a monument, and a city council "
     "is not the General Assembly"),
    ("monument", "protected monuments", "Alan Whitaker", "name",
     "cities could not remove protected monuments without the Legislature's approval"),
    ("monument", "expected to be sued", "Theresa Odom", "name", "she expected to be sued"),
    ("monument", "Let them sue", "Theresa Odom", "pronoun", "Let them sue"),
    ("monument", "see them in court", "Theresa Odom", "pronoun", "We'll see them in court"),
    ("monument", "great-great-grandfather", "Earl Haskins", "name",
     "My great-great-grandfather fought in that war, and he wasn't fighting for slavery"),
    ("monument", "I love my grandfather", "Megan Haskins", "pronoun", "I love my grandfather"),
    ("monument", "isn't about him", "Megan Haskins", "pronoun", "But that statue isn't about him, and it isn't about me"),
    ("monument", "even if she's wrong", "Earl Haskins", "name", 'he was proud of her "even if she\'s wrong."'),
    ("monument", "halt the removal", SCV, "name", "the group would ask a judge to halt the removal"),
    ("monument", "let the voters decide", "anonymous", "description", 'the city "should have let the voters decide."'),
    ("monument", "$170,000", PUBLIC_WORKS, "description", "The removal will cost about $170,000"),
    ("monument", "private donations", PUBLIC_WORKS, "description", "the money would come from private donations"),
    ("monument", "as soon as the lawyers", "Curtis Fenwick", "name",
     'crews could begin work "as soon as the lawyers let us."'),
    # metro: a federal agency shuts a rail line after a tunnel fire
    ("metro", "failed to correct", FTA, "description",
     'the system had "failed to correct" cable defects that inspectors flagged in March'),
    ("metro", "Safety is not optional", "Ramon Ellis", "name", "Safety is not optional"),
    ("metro", "year of warnings", "Ramon Ellis", "name", "Metro has had a year of warnings"),
    ("metro", "accepted the order", "Naomi Sterling", "name",
     "she accepted the order and that the authority would use the closure to replace 4,000 feet of power cable"),
    ("metro", "tell you we were surprised", "Naomi Sterling", "name",
     "I'm not going to stand here and tell you we were surprised"),
    ("metro", "in bad shape", "Naomi Sterling", "name", "We knew this line was in bad shape"),
    ("metro", "had called her", "Naomi Sterling", "pronoun",
     "he had called her before the order was issued and told her the department would not wait any longer"),
    ("metro", "bus service", "Victor Amaya", "name",
     "the board would meet Monday to discuss bus service for the riders the closure strands"),
    ("metro", "two hours to get to work", "Denise Pratt", "name", "It took me two hours to get to work"),
    ("metro", "I'd be on time", "Denise Pratt", "name", "If they'd fixed it last year, I'd be on time"),
    ("metro", "60 more cable defects", "anonymous", "description", "crews had found at least 60 more cable defects since March"),
    ("metro", "flagged for replacement", NTSB, "name",
     "the cable that caught fire had been flagged for replacement in 2015"),
    ("metro", "falsifying", WAPO, "name", "two track inspectors had been fired for falsifying inspection records"),
    ("metro", "being blamed", "Marcus Dill", "name", "the workers were being blamed for management's decisions"),
    ("metro", "a scapegoat move", "Marcus Dill", "pronoun", None),
    ("metro", "telling them about these cables", "Marcus Dill", "name",
     "My members have been telling them about these cables for two years"),
    ("metro", "until there was smoke", "Marcus Dill", "name", "Nobody listened until there was smoke"),
    ("metro", "for as long as it takes", "Ramon Ellis", "name",
     'the department would take over safety oversight of the system "for as long as it takes."'),
    # sitin: House Democrats sit in on the floor to demand votes on guns
    ("sitin", "will not be quiet", "Samuel Okoye", "name", "We will not be quiet, and we will not go home"),
    ("sitin", "people's business", "Samuel Okoye", "name", "We came here to do the people's business"),
    ("sitin", "a publicity stunt", "Paul Ryan", "name", None),
    ("sitin", "trying to raise money", "Paul Ryan", "name", 'Democrats were "trying to raise money off of this."'),
    ("sitin", "This is not leadership", "Paul Ryan", "name", "This is not leadership"),
    ("sitin", "This is theater", "Paul Ryan", "name", "This is theater"),
    ("sitin", "slept two hours", "Maria Delgado", "name", "she had slept two hours on the carpet near the well of the House"),
    ("sitin", "My back hurts", "Maria Delgado", "pronoun",
     "My back hurts, but it doesn't hurt as much as the families in Orlando hurt"),
    ("sitin", "say-so of a government list", "Clint Barlow", "name",
     'the Democrats\' bill would strip rights from Americans "on the say-so of a government list."'),
    ("sitin", "take away due process", "Clint Barlow", "name", "You want to take away due process"),
    ("sitin", "We want a vote", "Maria Delgado", "name", "We want a vote"),
    ("sitin", "write a bill that works", "Clint Barlow", "pronoun", "Then write a bill that works"),
    ("sitin", "We did, in December", "Maria Delgado", "pronoun", "We did, in December"),
    ("sitin", "Capitol Police", "anonymous", "description",
     "leaders had considered asking the Capitol Police to clear the floor but decided it would make matters worse"),
    ("sitin", "lawmakers' phones", CSPAN, "name",
     "it had carried the protest from lawmakers' phones because the House cameras were turned off when the chamber "
     "went into recess"),
    ("sitin", "fund-raising e-mails", POLITICO, "name",
     "the Democratic Congressional Campaign Committee sent at least a dozen fund-raising e-mails during the sit-in"),
    ("sitin", "for my son", "Luisa Ortega", "name", "They're sitting on the floor for my son"),
    ("sitin", "That means something", "Luisa Ortega", "name", "That means something"),
    ("sitin", "still in the hospital", "Sofia Ortega", "name", "My brother is still in the hospital"),
    ("sitin", "least they can do", "Sofia Ortega", "name", "The least they can do is vote"),
    ("sitin", "130 mass shootings", GVA, "name",
     "there have been more than 130 mass shootings in the United States this year"),
    ("sitin", "protest would resume", "Samuel Okoye", "name", "the protest would resume after the July Fourth recess"),
    ("sitin", "We'll be back", "Samuel Okoye", "pronoun", "We'll be back"),
    # prisons: the Justice Department phases out private prisons
    ("prisons", "phase out its use", DOJ, "name",
     "it would phase out its use of privately run prisons, concluding that they are less safe and no cheaper than "
     "the ones the government runs itself || it would phase out its use of privately run prisons"),
    ("prisons", "same level of correctional services", "Ellen Crawford", "name",
     'the private facilities "simply do not provide the same level of correctional services, programs and '
     'resources."'),
    ("prisons", "important role", "Ellen Crawford", "pronoun", "They served an important role during a difficult period"),
    ("prisons", "compare poorly", "Ellen Crawford", "pronoun",
     "but time has shown that they compare poorly to our own || They served an important role during a difficult "
     "period, but time has shown that they compare poorly to our own"),
    ("prisons", "below 14,200", BOP, "description",
     "it expected the number of inmates in private prisons to fall below 14,200 by May"),
    ("prisons", "more assaults", REPORT, "name",
     "more assaults and more contraband at private prisons than at comparable federal ones"),
    ("prisons", "per capita", REPORT, "description",
     'the contract facilities had "more safety and security incidents per capita" in most of the categories it '
     'measured'),
    ("prisons", "disappointed", CIVICCORE, "description",
     'it was "disappointed" and that the report had ignored the age of the federal buildings it was compared to'),
    ("prisons", "cost-effective services", "Lyle Danvers", "name",
     "We have provided safe, humane and cost-effective services to the bureau for more than 20 years"),
    ("prisons", "next administration", "Lyle Danvers", "pronoun",
     'the company would "make our case to the next administration."'),
    ("prisons", "long overdue", "Rachel Stone", "name", None),
    ("prisons", "immigration detention centers", "Rachel Stone", "pronoun",
     "Congress should now look at immigration detention centers, which the memo does not cover"),
    ("prisons", "asylum hearing", "Rachel Stone", "name",
     "If they aren't safe for federal inmates, they aren't safe for families waiting on an asylum hearing"),
    ("prisons", "biggest employer", "Glen Pike", "name", "That prison is the biggest employer we've got"),
    ("prisons", "close this town", "Glen Pike", "name", "You close it, and you close this town"),
    ("prisons", "short shifts", "Frank Hollis", "name", "the staff had complained about short shifts for years"),
    ("prisons", "two men short", "Frank Hollis", "pronoun", "We've been running two men short on every shift since I started"),
    ("prisons", "problems are real", "Tom Hollis", "name", "The problems are real"),
    ("prisons", "300 people out of work", "Tom Hollis", "name", "But the answer isn't to throw 300 people out of work"),
    ("prisons", "Eden contract", "anonymous", "description",
     "the department had not decided what would happen to the Eden contract"),
    ("prisons", "8 percent", SENTENCING, "name",
     "private prisons held about 8 percent of all state and federal inmates last year"),
    ("prisons", "would be gradual", "Thomas Kane", "name", "the change would be gradual"),
    ("prisons", "safe bed", "Thomas Kane", "pronoun", "No one will be moved before we have a safe bed for them"),
    # wildfire: a governor and FEMA fight over a disaster declaration after fires
    ("wildfire", "leaving Montana to burn", "Ron Tillman", "name", None),
    ("wildfire", "did everything right", "Ron Tillman", "name", "These families did everything right"),
    ("wildfire", "nothing to come back to", "Ron Tillman", "name", "They got out, and now they have nothing to come back to"),
    ("wildfire", "severity and magnitude", FEMA, "description",
     'the damage "was not of such severity and magnitude" as to be beyond the capabilities of the state and its '
     'local governments'),
    ("wildfire", "based on a formula", "Carla Brandt", "name",
     "the decision was based on a formula that weighs the cost of the damage against the state's population"),
    ("wildfire", "appeal within 30 days", "Carla Brandt", "pronoun",
     "the state could appeal within 30 days and that she expected it would"),
    ("wildfire", "grew up in a fire town", "Carla Brandt", "name", "I grew up in a fire town"),
    ("wildfire", "what these people", "Carla Brandt", "name", "I know what these people are going through"),
    ("wildfire", "he would appeal", "Ron Tillman", "name", "he would appeal"),
    ("wildfire", "called Brandt twice", "Ron Tillman", "pronoun",
     "he had called Brandt twice on Friday and that she had told him the formula left her no room"),
    ("wildfire", "formula is wrong", "Ron Tillman", "pronoun", "Then the formula is wrong"),
    ("wildfire", "insured losses", "anonymous", "description",
     "the state's insured losses had been higher than it first reported, which counted against it"),
    ("wildfire", "no fire insurance", "Joan Reddick", "name",
     "more than half of the burned homes in her county had no fire insurance"),
    ("wildfire", "three generations", "Joan Reddick", "pronoun",
     "These are ranch houses and cabins that have been in families for three generations"),
    ("wildfire", "don't get a mortgage", "Joan Reddick", "pronoun", "You don't get a mortgage, you don't get insurance"),
    ("wildfire", "leave at noon", "Ann Garrity", "pronoun", "I told him to leave at noon"),
    ("wildfire", "left at six", "Ann Garrity", "pronoun", "He left at six, with the fire across the road"),
    ("wildfire", "horses to get out", "Bud Garrity", "name", "I had horses to get out"),
    ("wildfire", "without the horses", "Bud Garrity", "name", "I wasn't leaving without the horses"),
    ("wildfire", "loan to rebuild", "Ann Garrity", "name", "the family had not been able to get a loan to rebuild"),
    ("wildfire", "what FEMA's going to do", "Ann Garrity", "pronoun",
     "The bank wants to know what FEMA's going to do before they'll talk to us"),
    ("wildfire", "half its budget", USDA, "name",
     "The Forest Service has spent more than half its budget on firefighting for the first time this year || The "
     "Forest Service has spent more than half its budget on firefighting for the first time this year, according to "
     "the Agriculture Department, forcing it to borrow from its prevention programs"),
    ("wildfire", "meet with the state's delegation", "Dave Moen", "name",
     "he would ask the agency's administrator to meet with the state's delegation this week"),
    ("wildfire", "spreadsheet", "Dave Moen", "name", "I'm not going to let a spreadsheet decide this"),
    ("wildfire", "two other Western states", MISSOULIAN, "name",
     "two other Western states had been turned down for fire declarations under the same formula since 2014"),
    ("wildfire", "individual grants", "Carla Brandt", "name",
     "the agency would still send teams to help families apply for individual grants"),
    # fcc: a regulator's vote opens cable boxes to competitors
    ("fcc", "held hostage by a box", "Walter Pryce", "name", "For too long, consumers have been held hostage by a box"),
    ("fcc", "letting them out", "Walter Pryce", "name", "Today we are letting them out"),
    ("fcc", "$20 billion", FCC, "description", "American households spend about $20 billion a year renting the boxes"),
    ("fcc", "unlock the box", FCC, "description", 'the rule would "unlock the box" for about 99 million pay-TV customers'),
    ("fcc", "far beyond what Congress", "Diane Holbrook", "name", "the rule went far beyond what Congress had authorized"),
    ("fcc", "rule about boxes", "Diane Holbrook", "name",
     "This is not a rule about boxes. It's a rule about who controls the programming"),
    ("fcc", "the majority has given", "Diane Holbrook", "name", "And the answer the majority has given is: Washington"),
    ("fcc", "simply wrong", "Walter Pryce", "name", 'she was "simply wrong" about the law'),
    ("fcc", "licensing agreements", "Walter Pryce", "pronoun",
     "the commission had written the rule to protect the licensing agreements between programmers and cable companies"),
    ("fcc", "rewritten the statute", "Diane Holbrook", "name", "You've rewritten the statute"),
    ("fcc", "We've read it", "Walter Pryce", "name", "We've read it"),
    ("fcc", "Read it again", "Diane Holbrook", "pronoun", "Read it again"),
    ("fcc", "block the rule", NCTA, "name", "it would ask a federal court to block the rule"),
    ("fcc", "ignored the record", "Gene Ashworth", "name", 'the commission had "ignored the record and the law."'),
    ("fcc", "paying more, not less", "Gene Ashworth", "name", "Consumers will end up paying more, not less"),
    ("fcc", "biggest pro-consumer thing", "Priya Nair", "name",
     "It is the biggest pro-consumer thing this agency has done in a decade"),
    ("fcc", "monopoly rents", "Priya Nair", "pronoun", 'cable companies had earned "monopoly rents" on the boxes for too long'),
    ("fcc", "a win for every family", "Anna Whitfield", "name",
     'the vote was "a win for every family that has ever looked at its cable bill and wondered what that $10 fee '
     'was for."'),
    ("fcc", "without paying for them", "David Whitfield", "name",
     "it would let technology companies show programs without paying for them"),
    ("fcc", "at dinner", "David Whitfield", "name", "We don't talk about the FCC at dinner"),
    ("fcc", "third Democrat", "anonymous", "description",
     "the chairman had changed the rule in its final week to win the vote of the commission's third Democrat, who had "
     "worried about copyright protections"),
    ("fcc", "$231 a year", SENATE_STAFF, "description", "the average household pays $231 a year in box rental fees"),
    ("fcc", "Google and Amazon", WSJ, "name",
     "Google and Amazon had already begun designing apps that could replace the boxes"),
    ("fcc", "take effect within two years", "Walter Pryce", "name", "he expected the rule to take effect within two years"),
    ("fcc", "what courts do", "Walter Pryce", "pronoun", "The court will do what courts do"),
]

# Words newsmine takes for a quote's whole content that nobody says (the topic of a verb that
# reports no words), seen reading every record of the first run.
NOT_QUOTES = [
    ("prisons", "the rest"),
    ("prisons", "internal deliberations"),
    ("monument", "to inflame the debate"),
    ("fcc", "the disagreement"),
    ("fcc", "Priya Nair"),
]

_FOUND_A_NOUN = (
    "'a report by the department's inspector general, Michael Horowitz, that found more assaults and more contraband "
    "at private prisons …': 'found' with a noun phrase, not a clause, is no report to newsmine; PolNeAR's annotators "
    "take some such findings, so the probe wrote it down"
)
_NAMED_NEXT = (
    "'\"It's not a bailout,\" said a woman holding a photograph of her late husband. \"It's a debt.\" ¶ Carol "
    "Jennings, 68, said her husband had died …': an indefinite description named only in the next paragraph, by "
    "what she says there (her husband), not by an apposition; it stays an anonymous 'a woman'"
)
_POSSESSIVE_BODY = (
    "'according to the city's public works department, which said …': the unnamed department's name keeps the "
    "city's possessive ('city's public works department'); the probe took the department unnamed or as 'public "
    "works department'"
)

SPEAKER_FAULTS: dict = {
    ("miners", "not a bailout"): _NAMED_NEXT,
    ("miners", "It's a debt"): _NAMED_NEXT,
    ("monument", "$170,000"): _POSSESSIVE_BODY,
    ("monument", "private donations"): _POSSESSIVE_BODY,
    ("prisons", "more assaults"): _FOUND_A_NOUN,
    ("prisons", "disappointed"):
        "'Shares of CivicCore Corrections, the second-largest operator, fell …. The company said …': the recogniser "
        "tags no name there (it does without the apposition, or in the two sentences alone), so 'The company' has no "
        "body named before it and stays unnamed (an invented name with a capital inside, which no list holds)",
}
NOT_QUOTE_FAULTS: dict = {
    ("prisons", "the rest"): "'His brother disagreed about the rest.': the topic of 'disagreed about' taken as words",
    ("prisons", "internal deliberations"):
        "'who spoke on condition of anonymity to discuss internal deliberations': the topic of 'discuss' taken as words",
    ("monument", "to inflame the debate"):
        "'because she did not want to inflame the debate': a purpose clause of 'want' taken as words",
    ("fcc", "the disagreement"): "'Asked about the disagreement, Mr. Whitfield said': the question's topic taken as words",
}

CONTENT_FAULTS: dict = {
    ("prisons", "more assaults"): _FOUND_A_NOUN,
    ("metro", "had called her"):
        "'She said he had called her before the order was issued and told her the department would not wait any "
        "longer.': the parse hangs 'told' on 'said' (her own second report), so the content stops before 'and'; "
        "'told her' after '… called her' is his (she would have told herself), and the whole-sentence candidate "
        "scores 0.32 against the ccomp's 0.52; the nested 'the department would not wait any longer' comes out a "
        "quote of hers",
}

# Fixed by probe56's rules (tests/test_probe56_rules.py), failing at the first run: ("farmbill", "would not sign any
# report") 'The committee's ranking Democrat, Sen. Ellen Marsh of Michigan, said' went to the Republican chairman
# quoted before, a party word's description taking the person a pronoun would stand for over the name set off after
# its comma (speakers/description_routes.py); ("monument", "Heritage Act is clear") 'Pruitt told The Post and
# Courier' was one name, an organisation (entities/name_splits.py); ("wildfire", "no fire insurance") 'Lewis and
# Clark County Commissioner Joan Reddick' was "Lewis", the first of a pair joined by "and"
# (speakers/joined_names.py). The snippet of ("wildfire", "he would appeal") was first written with the cue word
# before it ("said he would appeal"), which no quote's text holds: a slip of the list, not of newsmine.

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS: list = []

_WRONG_SPEAKER_CAUSES: dict = {}


@pytest.fixture(scope="module")
def probe56_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe56_quote_speaker(probe56_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe56_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe56_quote_content(probe56_records, article, snippet, speaker, mention_class, content):
    assert_content(probe56_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe56_not_the_speaker(probe56_records, article, snippet, wrong):
    assert_not_the_speaker(probe56_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, NOT_QUOTE_FAULTS))
def test_probe56_no_quote(probe56_records, article, words):
    assert_no_whole_quote(probe56_records, article, words.rstrip(","))
