"""Probe58: who said it, when the speaker is a name of a shape that trips a resolver, in invented
articles shaped like 2016 US political news in several outlets' styles: a cabinet nominee's
confirmation hearing (`hhs`, wire copy: "Dr. Harold T. Warren" then "Warren", a nurse from
"Warren, Ohio" who says "this Warren doesn't speak for us", a two-part surname "Cortez Ruiz", a
chairman "who goes by Chuck", a senator named Price who speaks of "the price of a seat", a
spokeswoman in a possessive "Warren's spokeswoman, Kendra Oyelaran", "A spokesman for
Abernathy", "according to an aide to its chairman, Sen. Walter M. Lund"), a family split on a
ballot question (`lynch`, a local paper: "Robert J. Lynch Jr." and his father "Robert Lynch Sr.",
"The elder Lynch", "Lynch Sr.", a wife and a son quoted by their first names "Diane said",
"Kevin said", a hyphenated surname "Kowalczyk-Reyes" from "Berlin"), a mayor against a council
bill (`city`, a tabloid: a lower-case particle "de Lucca" / "De Lucca" / "De Lucca's press
secretary", an apostrophe "O'Rourke", "O'Neil-Hart", an accent "José Peña" spelled "Pena" once, a
two-part surname "Adler Grant", a lawyer named Washington beside "Washington Heights"), a
foundation named after a nominee's family (`foundation`, Politico: "the Halstead Foundation",
"The Halstead campaign", a nominee and her husband "Evelyn Halstead" / "Martin Halstead", a bare
"Halstead", "Evelyn" inside a spokesman's quotation, "Keane's spokesman", "A Keane aide",
"Halstead's campaign manager"), a long-shot in Iowa (`iowa`, a newspaper's campaign feature:
"Mike Dorsey" in the headline, "Sen. Michael J. Dorsey", a nickname in quotation marks inside a
name "Charles "Chuck" Brennan", a grandmother and granddaughter "Kathleen Young" / "Emily Young",
"The young people brought me," Young said, "Mike Dorsey's wife, Annette"), a congressman who will
not endorse (`caption`, a newspaper's web page: the speaker named first in the headline "King
won't endorse" and the photo caption "Rep. Lyle D. King", then only "The congressman"; a first
name that is a surname "Paul Whitmer" beside "state Sen. Gregory Paul" who "said"; "King's wife,
Marla King"; "Young Republicans of Iowa"), an heir running for Congress (`heirs`, house style
with honorifics: "Thomas R. Carver III", his father "Thomas R. Carver Jr.", "The younger Mr.
Carver", "the elder Mr. Carver", "Carver Industries", a candidate named Price beside "the price
of a Carver job") and a party chair's resignation in hard-wrapped wire copy (`wrap`: names split
across line breaks "Lorraine Hollis / Marsh", "Cortez / Navarro", hyphenated surnames
"Okonkwo-Barr", "Mook-Ellis", "Canova-Reed", "Kessling's spokesman").

``tests/fixtures/probe58/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers: the name written most fully, as the speaker scorer's gold
does, with or without its middle initial), the PolNeAR class of the mention that names it, and
its content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe57_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/speakers.md, "Session 58 — probe58". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text and every person here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe58"

WARREN = "Harold T. Warren|Harold Warren"
CORTEZ_RUIZ = "Patricia Cortez Ruiz"
ABERNATHY = "Charles E. Abernathy|Charles Abernathy"
LUND = "Walter M. Lund|Walter Lund"
LYNCH_JR = "Robert J. Lynch Jr.|Robert Lynch Jr."
LYNCH_SR = "Robert Lynch Sr."
KOWALCZYK = "Amy Kowalczyk-Reyes"
DE_LUCCA = "Vincent de Lucca"
O_ROURKE = "Brian P. O'Rourke|Brian O'Rourke"
PENA = "José Peña"
ADLER_GRANT = "Deborah Adler Grant"
PBA = "Patrolmen's Benevolent Association|The Patrolmen's Benevolent Association"
O_NEIL_HART = "Maureen O'Neil-Hart"
FOUNDATION = "Halstead Foundation|The Halstead Foundation"
HALSTEAD_CAMPAIGN = "Halstead campaign|The Halstead campaign"
DORSEY = "Michael J. Dorsey|Michael Dorsey|Mike Dorsey"
BRENNAN = 'Charles Brennan|Chuck Brennan|Charles "Chuck" Brennan'
KING = "Lyle D. King|Lyle King"
CARVER_III = "Thomas R. Carver III|Thomas Carver III"
CARVER_JR = "Thomas R. Carver Jr.|Thomas Carver Jr."
MARSH = "Lorraine Hollis Marsh"
OKONKWO = "Daniel Okonkwo-Barr"
CORTEZ_NAVARRO = "Elena Cortez Navarro"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # hhs: a cabinet nominee's confirmation hearing (wire copy)
    ("hhs", "pull the rug out", WARREN, "name",
     'he would not "pull the rug out from under anybody" who buys insurance under the health care law'),
    ("hhs", "Nobody who is on Medicare", WARREN, "name", "Nobody who is on Medicare today will see a change"),
    ("hhs", "program is there for my children", WARREN, "name",
     "What we are talking about is making sure the program is there for my children and yours"),
    ("hhs", "You keep saying nobody", CORTEZ_RUIZ, "name",
     "You keep saying nobody will see a change, but your own bill says the payment grows slower than costs"),
    ("hhs", "shows up later", CORTEZ_RUIZ, "name", "That is a change. It's just a change that shows up later"),
    ("hhs", "tied to what a typical plan costs", WARREN, "name",
     'the payments in his bill were "tied to what a typical plan costs," not to inflation'),
    ("hhs", "confirmed before the end of the month", ABERNATHY, "name",
     "he expected Warren to be confirmed before the end of the month"),
    ("hhs", "Chuck and I don't agree", WARREN, "name",
     "Chuck and I don't agree on everything, but he has never once told me something that turned out not to be true"),
    ("hhs", "without his knowledge", "Kendra Oyelaran", "name",
     'the trades were made by a broker "without his knowledge or direction."'),
    ("hhs", "did not satisfy him", "Ronald Price", "name", "the answer did not satisfy him"),
    ("hhs", "price of a seat", "Ronald Price", "name", "The price of a seat on that committee shouldn't be a stock tip"),
    ("hhs", "I'm from Warren", "Angela Brisco", "name",
     "I'm from Warren, and I can tell you this Warren doesn't speak for us"),
    ("hhs", "People back home", "Angela Brisco", "name", "People back home need the coverage they have now"),
    ("hhs", "vote on the nomination next week", "anonymous|" + ABERNATHY, "description",
     "the committee would vote on the nomination next week"),
    ("hhs", "has not scheduled one", "anonymous|" + LUND, "description",
     "The Senate Finance Committee, which must also hold a hearing, has not scheduled one"),
    ("hhs", "supports the nomination", LUND, "name", "he supports the nomination"),
    ("hhs", "confident", WARREN, "name", 'he was "confident" about the vote'),
    ("hhs", "tougher rooms", WARREN, "pronoun", "I've been in tougher rooms than that one"),
    # lynch: a father and son on opposite sides of a ballot question (a local paper)
    ("lynch", "read a budget", LYNCH_JR, "name", "My father taught me to read a budget"),
    ("lynch", "reading this one wrong", LYNCH_JR, "name", "I just think he's reading this one wrong"),
    ("lynch", "credit card with no limit", LYNCH_SR, "name", 'the amendment was "a credit card with no limit."'),
    ("lynch", "exactly once", LYNCH_SR, "pronoun",
     "I borrowed money for this city exactly once, to fix the schools, and we paid it back in six years"),
    ("lynch", "payback date", LYNCH_SR, "pronoun", "This doesn't have a payback date"),
    ("lynch", "a little quieter", "Diane Lynch", "pronoun", 'Sunday dinners had become "a little quieter" since September'),
    ("lynch", "until dessert", "Diane Lynch", "name", "We have a rule: no ballot questions until dessert"),
    ("lynch", "Nobody follows it", "Diane Lynch", "name", "Nobody follows it"),
    ("lynch", "had not decided how to vote", "Kevin Lynch", "name", "he had not decided how to vote"),
    ("lynch", "yelled at", "Kevin Lynch", "name", "I'm going to get yelled at either way"),
    ("lynch", "repairs to bridges", "anonymous|Connecticut Building Trades Council", "description",
     "it would pay for repairs to bridges and rail lines that the state has put off for a decade"),
    ("lynch", "$1.2 billion in interest", "Office of Fiscal Analysis|anonymous", "name",
     "the borrowing could cost $1.2 billion in interest over 30 years"),
    ("lynch", "a distraction", KOWALCZYK, "name", 'the family feud was "a distraction" from the state\'s finances'),
    ("lynch", "I like both of them", KOWALCZYK, "name", "I like both of them"),
    ("lynch", "writing the state's checks", KOWALCZYK, "name",
     "I just don't want either of them writing the state's checks"),
    ("lynch", "vote for his son anyway", LYNCH_SR, "name", "he would vote for his son anyway"),
    ("lynch", "still my son", LYNCH_SR, "pronoun", "He's still my son"),
    ("lynch", "wrong about this one", LYNCH_SR, "pronoun", "He's just wrong about this one"),
    # city: a mayor and his police commissioner against a council bill (a tabloid)
    ("city", "well-meaning but unworkable", DE_LUCCA, "name",
     'a bill from Councilman José Peña that would require cops to hand out business cards after every stop was '
     '"well-meaning but unworkable."'),
    ("city", "cut stops", DE_LUCCA, "name", "We have cut stops by more than 90%"),
    ("city", "Nobody has done more", DE_LUCCA, "name",
     "Nobody has done more to change this department than the people standing behind me"),
    ("city", "keep officers off the street", O_ROURKE, "name", "the paperwork would keep officers off the street"),
    ("city", "Every minute a cop", O_ROURKE, "name",
     "Every minute a cop spends filling out a card is a minute he isn't on patrol"),
    ("city", "protecting the status quo", PENA, "name",
     'the mayor was "protecting the status quo he campaigned against."'),
    ("city", "mothers in Washington Heights", PENA, "name",
     "I've got mothers in Washington Heights whose sons have been stopped five times and never got a name"),
    ("city", "I still have the flyer", PENA, "name", "The mayor ran on this. I still have the flyer"),
    ("city", "hold a hearing", ADLER_GRANT, "name", "she would hold a hearing on the bill next month"),
    ("city", "against accountability", ADLER_GRANT, "name", "Nobody in this building is against accountability"),
    ("city", "who pays", ADLER_GRANT, "name", "The question is what it costs and who pays"),
    ("city", "gift to every defense lawyer", PBA, "name",
     'the bill was "a gift to every defense lawyer in the five boroughs."'),
    ("city", "would veto the bill", O_NEIL_HART, "name", "the mayor would veto the bill if it passed in its current form"),
    ("city", "He's been clear", O_NEIL_HART, "name", "He's been clear"),
    ("city", "sign something that works", O_NEIL_HART, "name", "He'll sign something that works. This doesn't"),
    ("city", "three more Council members", "anonymous|" + PENA, "description",
     "three more Council members were expected to sign on this week"),
    ("city", "wrong about the cost", "Darnell Washington", "name",
     "the mayor and his commissioner were wrong about the cost"),
    ("city", "sky would fall", "Darnell Washington", "name", "They said the sky would fall in 2013, too"),
    ("city", "Crime went down", "Darnell Washington", "name", "Crime went down"),
    ("city", "meet with Peña on Thursday", DE_LUCCA, "name", "he would meet with Peña on Thursday"),
    ("city", "José is a friend", DE_LUCCA, "description", "José is a friend"),
    ("city", "Friends disagree", DE_LUCCA, "description", "Friends disagree"),
    # foundation: a charity named after a nominee's family (Politico)
    ("foundation", "will stop accepting donations", FOUNDATION, "description",
     "The Halstead Foundation will stop accepting donations from foreign governments and corporations if Evelyn "
     "Halstead wins the presidency"),
    ("foundation", "came far too late", "anonymous", "description", None),
    ("foundation", "step down from its board", "Martin Halstead", "name",
     "he would step down from its board the day after the election if his wife won"),
    ("foundation", "proud of every dollar", "Martin Halstead", "description",
     "We have done a lot of good, and I'm proud of every dollar we have raised"),
    ("foundation", "become a distraction", "Martin Halstead", "description",
     "But I will not let the work become a distraction"),
    ("foundation", "foundation's alone", HALSTEAD_CAMPAIGN, "name", "the decision was the foundation's alone"),
    ("foundation", "Evelyn has not been involved", "Greg Tolan", "name",
     "Evelyn has not been involved in the foundation's decisions since she declared her candidacy"),
    ("foundation", "never once", "Greg Tolan", "name",
     'the nominee had "never once" intervened with a federal agency on the foundation\'s behalf'),
    ("foundation", "proud of the work my husband", "Evelyn Halstead", "name",
     'she was "proud of the work my husband has done for 15 years."'),
    ("foundation", "different way", "Evelyn Halstead", "pronoun", "We'll keep doing the work, just in a different way"),
    ("foundation", "selling access", "Reid Fairbanks", "name",
     'the change was "an admission that the foundation has been selling access."'),
    ("foundation", "wrong to take the money", "Reid Fairbanks", "name",
     "If it's wrong to take the money in January, it was wrong to take it last year"),
    ("foundation", "send the letter on Monday", "Tom Arbuckle", "name", "the senator would send the letter on Monday"),
    ("foundation", "two former foundation employees", "anonymous|Douglas Keane", "description",
     "the senator had been in touch with two former foundation employees"),
    ("foundation", "malaria and clean water", "Nadia Ferro", "name",
     "the charity's work on malaria and clean water would continue"),
    ("foundation", "don't belong to one family", "Nadia Ferro", "name", "The programs don't belong to one family"),
    ("foundation", "70 countries", "Nadia Ferro", "name", "They belong to the people who run them in 70 countries"),
    ("foundation", "Republicans want to talk about", "Rita Okafor", "name",
     'the foundation was "a distraction Republicans want to talk about because they don\'t want to talk about their '
     'nominee."'),
    ("foundation", "58 percent", "Quinnipiac University|Quinnipiac", "name",
     "58 percent of voters believed the foundation should close if Halstead wins"),
    # iowa: a long-shot senator's caucus campaign (a newspaper's feature)
    ("iowa", "Mike! Mike!", "anonymous", "description", "Mike! Mike! Mike!"),
    ("iowa", "rancher from Montana", DORSEY, "name",
     "They told me a rancher from Montana couldn't get a hearing in Iowa"),
    ("iowa", "here we are", DORSEY, "name", "Well, here we are"),
    ("iowa", "don't want their money", DORSEY, "pronoun", "I don't want their money and I don't want their advice"),
    ("iowa", "caucus trainings", BRENNAN, "name",
     "turnout at caucus trainings in college towns had been higher than in 2008"),
    ("iowa", "kids this fired up", BRENNAN, "name", "I haven't seen kids this fired up since Obama"),
    ("iowa", "cold Monday night", BRENNAN, "name", "Whether they show up on a cold Monday night is a different question"),
    ("iowa", "never caucused before", "Kathleen Young", "name", "she had never caucused before"),
    ("iowa", "young people brought me", "Kathleen Young", "name", "The young people brought me"),
    ("iowa", "stand in a gym", "Kathleen Young", "name", "I figured if they can stand in a gym for two hours, so can I"),
    ("iowa", "300 doors", "Emily Young", "name", "she had knocked on more than 300 doors for Dorsey"),
    ("iowa", "first convert", "Emily Young", "name", "Grandma was my first convert"),
    ("iowa", "protest vote", "anonymous", "description", 'the campaign saw him as "a protest vote, and a small one."'),
    ("iowa", "in Iowa this long", "Annette Dorsey", "name", "the family had not expected to be in Iowa this long"),
    ("iowa", "packed for two weeks", "Annette Dorsey", "name", "We packed for two weeks"),
    ("iowa", "That was in October", "Annette Dorsey", "name", "That was in October"),
    ("iowa", "keep going", DORSEY, "name", 'he planned to "go to New Hampshire and keep going."'),
    ("iowa", "ticket to New Hampshire", DORSEY, "pronoun", "Third place in Iowa is a ticket to New Hampshire"),
    # caption: a congressman named in the headline and a photo caption, then "The congressman"
    ("caption", "would not endorse his party's", KING, "description",
     "he would not endorse his party's presidential nominee, breaking with every other Republican in the state's "
     "delegation || he would not endorse his party's presidential nominee"),
    ("caption", "since Goldwater", KING, "name", "I've supported every nominee this party has put up since Goldwater"),
    ("caption", "can't support this one", KING, "name", "I can't support this one"),
    ("caption", "write in a name", KING, "name",
     "he would write in a name in November but would not say whose || he would write in a name in November"),
    ("caption", "between me and the ballot", KING, "pronoun", "That's between me and the ballot"),
    ("caption", "was disappointed", "Paul Whitmer", "name", "he was disappointed"),
    ("caption", "voted for Lyle six times", "Paul Whitmer", "name", "I voted for Lyle six times"),
    ("caption", "stand with the party", "Paul Whitmer", "name",
     "I expected him to stand with the party the way the party stood with him"),
    ("caption", "his own business", "Gregory Paul", "name",
     'King\'s decision was "his own business" and would not affect the party\'s support for his re-election'),
    ("caption", "earned his seat", "Gregory Paul", "name", "Lyle has earned his seat"),
    ("caption", "4th District will decide", "Gregory Paul", "name",
     "The voters of the 4th District will decide whether he keeps it"),
    ("caption", "have it both ways", "Rachel Tibbs-Moore", "name", "the congressman was trying to have it both ways"),
    ("caption", "90 percent of the time", "Rachel Tibbs-Moore", "name",
     "He voted with the nominee's allies 90 percent of the time"),
    ("caption", "Skipping one line", "Rachel Tibbs-Moore", "name", "Skipping one line on the ballot doesn't change that"),
    ("caption", "after the second debate", "Marla King", "name",
     "the congressman had made the decision on his own after the second debate"),
    ("caption", "he'd get calls", "Marla King", "pronoun", "I told him he'd get calls"),
    ("caption", "a lot of calls", "Marla King", "pronoun", "He's gotten a lot of calls"),
    ("caption", "I'm 66", KING, "pronoun", "I'm 66"),
    ("caption", "my knees", KING, "pronoun", "I worry about my knees"),
    ("caption", "no comment on Congressman", "anonymous", "description",
     'it had "no comment on Congressman King\'s choices."'),
    ("caption", "who he's helping", "Young Republicans of Iowa", "name", 'King should "think about who he\'s helping."'),
    # heirs: an heir to a company bearing his name runs for Congress (house style with honorifics)
    ("heirs", "running on my last name", CARVER_III, "name", "I'm not running on my last name"),
    ("heirs", "what I did with it", CARVER_III, "name", "I'm running on what I did with it"),
    ("heirs", "cheating its drivers", "Allison Price", "name",
     "He wants credit for the company when it's hiring and no responsibility when it's cheating its drivers"),
    ("heirs", "no admission of wrongdoing", "Carver Industries", "name",
     'the settlement "involved no admission of wrongdoing" and that the company had since moved all its drivers onto '
     'its payroll'),
    ("heirs", "a single dollar", CARVER_JR, "description",
     'he had not given his son\'s campaign "a single dollar beyond what the law allows."'),
    ("heirs", "Tommy asked me", CARVER_JR, "name", "Tommy asked me to stay out of it, and I have"),
    ("heirs", "Mostly", CARVER_JR, "name", "Mostly"),
    ("heirs", "each given the maximum", "Federal Election Commission|anonymous", "description",
     "the father and his wife, Louise Carver, have each given the maximum $5,400 to their son's campaign"),
    ("heirs", "North Carolina Forward", "Center for Responsive Politics|The Center for Responsive Politics", "name",
     "A super PAC supporting Mr. Carver, North Carolina Forward, has received $1.2 million from donors who list "
     "Carver Industries as their employer"),
    ("heirs", "to comment", "Louise Carver", "name", None),
    ("heirs", "raised $2.1 million", "Deshawn Mabry", "name",
     "the campaign had raised $2.1 million, most of it in donations under $200"),
    ("heirs", "match the Carver money", "Deshawn Mabry", "name",
     "We can't match the Carver money"),
    ("heirs", "price of a Carver job", "Deshawn Mabry", "name",
     "We don't have to. People around here know what the price of a Carver job is"),
    ("heirs", "blind trust", CARVER_III, "name", "he would put his shares in the company in a blind trust if elected"),
    ("heirs", "one truck", CARVER_III, "pronoun", "My grandfather built this company with one truck"),
    ("heirs", "prouder of the trust", CARVER_III, "pronoun",
     "I'd like to think he'd be prouder of the trust than of the trucks"),
    # wrap: a party chair resigns (wire copy hard-wrapped at 65 columns)
    ("wrap", "will resign as chair", MARSH, "pronoun",
     "Rep. Lorraine Hollis Marsh will resign as chair of the Democratic National Committee at the end of this week's "
     "party convention"),
    ("wrap", "convention about unity", MARSH, "name",
     "I know that the party cannot hold a convention about unity while its chair is the story, and so I will hand over "
     "the gavel when it ends"),
    ("wrap", "the right decision", OKONKWO, "name",
     'the resignation was "the right decision for the future of the Democratic Party."'),
    ("wrap", "glad she did it", OKONKWO, "pronoun", "I'm glad she did it"),
    ("wrap", "earn the trust", OKONKWO, "pronoun", "But the party still has work to do to earn the trust of my supporters"),
    ("wrap", "unified", CORTEZ_NAVARRO, "name", 'she expected a "unified" convention'),
    ("wrap", "leave Philadelphia together", CORTEZ_NAVARRO, "name", "We are going to leave Philadelphia together"),
    ("wrap", "serve as interim", "Democratic National Committee|anonymous", "description",
     "Donna M. Brazelton, a party vice chair, will serve as interim chair through the election"),
    ("wrap", "Russian hackers", "Rob Mook-Ellis", "name", "the campaign believed Russian hackers had stolen the emails"),
    ("wrap", "primary calendar", "Rob Mook-Ellis", "name",
     "The people who broke into the committee's servers did not do it to improve our primary calendar"),
    ("wrap", "help the other side", "Rob Mook-Ellis", "name", "They did it to help the other side"),
    ("wrap", "fed up", "John Kessling", "name", 'the leak showed "why people are fed up with both parties."'),
    ("wrap", "any convention events", "Chris Schrank", "name", "the governor would not attend any convention events"),
    ("wrap", "resigned months ago", "Tim Canova-Reed", "name", "She should have resigned months ago"),
    ("wrap", "full-time representative", "Tim Canova-Reed", "name", "Her constituents deserve a full-time representative"),
]

# Decided after the first run (session 58): the snippet "declined to comment" became "to comment" (newsmine's
# quote is the verb's object, 'to comment', with Louise Carver its speaker: right, the snippet named no quote);
# "he would write in a name in November" is accepted beside the whole coordination, because newsmine reads "but
# would not say whose" as a report of its own ('whose'), as PolNeAR annotates the shape: train's one case (a
# court order that, the article says, did not say how its judges divided) has the how-clause for a content of its
# own, and newsmine's train record has it so.

_APPOSED_MOVE = (
    "'The Halstead Foundation will stop accepting donations … if Evelyn Halstead wins the presidency, the charity "
    "said Thursday, a move her critics said came far too late.': the appositive after the sentence-final 'said' "
    "holds a 'said' of its own, whose content ('a move her critics said came far too late', a span the parse makes "
    "the object of the charity's 'said') takes the charity for its speaker, and the charity's report of the whole "
    "sentence before it is lost (no quote holds it). Train has the shape 0 times (no ', a move/step/decision …' "
    "apposition after a said-clause holds 'said')"
)
_UNDERFILLED_LINE = (
    "'Sen. Elena Cortez Navarro of Nevada, who will' / 'serve as the convention's permanent chair, said she "
    "expected a' / '\"unified\" convention.': the probe's own wrap is at fault — the first line is 45 columns in "
    "copy wrapped at 65, so newsmine reads its break as a line end of the text's (layout/wrapping.py: a line less "
    "than 80 % filled ending no sentence ends its paragraph) and the speaker's name is cut off from 'said'. A "
    "greedy wrap would have filled the line; the name split across the next lines ('Cortez' / 'Navarro said') is "
    "resolved. No train article is hard-wrapped"
)

SPEAKER_FAULTS: dict = {
    ("foundation", "will stop accepting donations"): _APPOSED_MOVE,
    ("foundation", "came far too late"): _APPOSED_MOVE,
    ("caption", "who he's helping"):
        "'Young Republicans of Iowa, a group of college-age party members, said on Twitter …': the tagger reads no "
        "organisation in 'Young Republicans of Iowa' (NORP 'Republicans', GPE 'Iowa'), so the apposition 'a group "
        "of …' makes the whole span an unnamed group (anonymous, named by its own text); without the apposition "
        "the name is the speaker's. Train has 0 speakers named by a name and its apposition together of this shape "
        "(m58's records: the 21 speaker names holding ', ' are descriptions, a committee's full name, a quoted "
        "title and one school joined to a person's name)",
    ("wrap", "unified"): _UNDERFILLED_LINE,
}
CONTENT_FAULTS: dict = {
    ("foundation", "will stop accepting donations"): _APPOSED_MOVE,
}

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS = [
    ("iowa", "his nickname", "Ames"),
    ("hhs", "fixed payments for private coverage", "Senate Health, Education"),
    ("heirs", "misclassified drivers", "Carver Industries"),
    ("wrap", "his party's nominee", "Republican"),
]

_WRONG_SPEAKER_CAUSES: dict = {
    ("iowa", "his nickname"):
        "'The crowd at the student union here … did not chant the senator's name. It chanted his nickname.': 'It' is "
        "resolved to the place 'Ames' of the dateline, not to the crowd (an unnamed group); 'chanted' reports no "
        "words of the nickname's own",
    ("hhs", "fixed payments for private coverage"):
        "'spent nearly four hours before the Senate Health, Education, Labor and Pensions Committee defending his "
        "plan to …': the committee's name is cut at its first comma ('Senate Health, Education') and taken for the "
        "subject of 'defending', whose subject is Warren (no report of words either)",
    ("heirs", "misclassified drivers"):
        "'… paid $3.4 million to resolve claims that it had misclassified drivers as contractors': the claims' "
        "makers go unnamed, but the company the clause is about ('it') is read as their speaker",
    ("wrap", "his party's nominee"):
        "'Gov. John Kessling of Ohio, a Republican who has not endorsed his party's nominee': 'who' is read as the "
        "bare party word 'Republican' (an unnamed member of the party), not the governor the apposition describes; "
        "'endorsed' reports no words",
}


@pytest.fixture(scope="module")
def probe58_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe58_quote_speaker(probe58_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe58_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe58_quote_content(probe58_records, article, snippet, speaker, mention_class, content):
    assert_content(probe58_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe58_not_the_speaker(probe58_records, article, snippet, wrong):
    assert_not_the_speaker(probe58_records, article, snippet, wrong)
