"""Probe51: who said it, and what, in invented articles shaped like 2016 US campaign news (the
genre of PolNeAR's held-out test set): a rally (chants, a slogan, a quotation running over a
paragraph break with a re-opening mark, the candidate's wife and brother sharing his surname, a
long quotation with "he said" at its end), a debate recap (a moderator's questions, candidates
answering each other, "fact-checkers said", a husband who is "the former governor"), a
congressional hearing (a chairman who becomes "the chairman", a witness who becomes "the
director", "in written testimony", questions put by members), a poll story ("according to a
Quinnipiac University poll", "the poll found", pollsters, a wife and husband Delgado), a
campaign-finance story ("filings show", an emailed statement "she wrote", an anonymous
strategist, the candidate's daughter), an endorsement ("said in a statement", "wrote that" in an
op-ed, a senator and her husband Hollis), a scandal told by anonymous aides ("according to two
people familiar with the matter", "a campaign official, who spoke on condition of anonymity",
"told The New York Times that the governor had said …", a governor and his wife Pruitt), a
policy speech told mostly in paraphrase ("argued that", "she went on to say", "Harrow, she
said, had …"), a TV interview story ("said on NBC's \"Meet the Press\"", "told Fox News host …",
show titles in quotation marks, a report nested three deep) and a primary night ("the
Associated Press projected", a concession refused, "the younger Harrow", a wife and husband
Birch).

``tests/fixtures/probe51/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker (a name, or "anonymous" for a source nobody names; "|"
between accepted answers), the PolNeAR class of the mention that names it, and its content (the
words said or reported, compared without the quotation marks and the punctuation at either end,
the parts of a quotation an interrupting cue splits joined by a space, or one part of a quote whose
quotations a cue separates ('"A," she said. "B."' is one quote); " || " between accepted
extents; None where no extent is checked). All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/speakers.md, "Session 51 — probe51". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with
its cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_quote, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe51"

QUINNIPIAC = "anonymous|Quinnipiac University|Quinnipiac|Quinnipiac University Poll"
FRANKLIN = "anonymous|Franklin & Marshall College"
HARROW_CAMPAIGN = "anonymous|Harrow|Dale Harrow|Harrow campaign"
AP = "Associated Press|AP|The Associated Press|the Associated Press"
FEC = "anonymous|Federal Election Commission"
DNC = "Democratic National Committee|The Democratic National Committee"
EDISON = "anonymous|Edison Research"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # rally
    ("rally", 'he will "bring the jobs home', "Dale Harrow", "name", 'he will "bring the jobs home"'),
    ("rally", "from Mexico and China", "Dale Harrow", "name",
     'he would "bring the jobs home" from Mexico and China'),
    ("rally", "They sold you out", "Dale Harrow", "name",
     "They sold you out. They sold out Dayton, they sold out Toledo, they sold out every town in this state"),
    ("rally", "And you know what?", "Dale Harrow", "pronoun",
     "And you know what? They'll do it again if you let them. We are not going to let them || And you know what? "
     "They'll do it again if you let them. We are not going to let them. \"We're going to tear up every bad deal, "
     "and if they won't sit down with us, we walk away"),
    ("rally", "tear up every bad deal", "Dale Harrow", "pronoun",
     "We're going to tear up every bad deal, and if they won't sit down with us, we walk away || And you know "
     "what? They'll do it again if you let them. We are not going to let them. \"We're going to tear up every bad "
     "deal, and if they won't sit down with us, we walk away"),
    ("rally", "Fix it now!", "anonymous", "description", "Fix it now!"),
    ("rally", "Send her home!", "anonymous", "description", "Send her home!"),
    ("rally", "a lot of explaining to do", "Dale Harrow", "pronoun",
     "I'll tell you what, folks, she has a lot of explaining to do"),
    ("rally", "most stubborn man", "Monica Harrow", "pronoun",
     "Dale is the most stubborn man I have ever met, and I mean that as a compliment"),
    ("rally", "take it to the bank", "Monica Harrow", "pronoun",
     "When he gives you his word, you can take it to the bank"),
    ("rally", "begged the candidate not to run", "Ron Harrow", "name",
     "the family had begged the candidate not to run"),
    ("rally", "he'd lost his mind", "Ron Harrow", "name", "We all told him he'd lost his mind"),
    ("rally", "He never listens", "Ron Harrow", "name", "He didn't listen. He never listens"),
    ("rally", "she had come because", "Keisha Rowland", "name",
     "she had come because of the candidate's remarks about immigrants"),
    ("rally", "one suitcase", "Keisha Rowland", "name", "My grandmother came to this country with one suitcase"),
    ("rally", "three more rallies", "Brent Tolliver", "name",
     "the campaign would hold three more rallies in Ohio before the end of the month"),
    ("rally", "still with the lawyers", "Brent Tolliver", "name", 'the matter was "still with the lawyers."'),
    ("rally", "Make the Heartland Work Again", "Dale Harrow", "pronoun", "Make the Heartland Work Again"),
    ("rally", "I didn't need to do this", "Dale Harrow", "pronoun",
     "I didn't need to do this. I had a good life, a beautiful family, great buildings, the best golf courses "
     "anywhere. I could have stayed home and watched it all on television like everybody else. But I looked at "
     "what they were doing to places like Dayton and I said, somebody has to stop it. Somebody has to say enough"),
    ("rally", "This is not a campaign", "Dale Harrow", "pronoun", "This is not a campaign"),
    ("rally", "movements don't lose", "Dale Harrow", "pronoun", "This is a movement, and movements don't lose"),
    # debate
    ("debate", "how they would bring back", "Lester Coyle", "name", "how they would bring back manufacturing jobs"),
    ("debate", "close the loopholes", "Claire Whitman", "name",
     'she would invest in roads and clean energy and "close the loopholes that reward companies for shipping '
     'jobs overseas."'),
    ("debate", "only now discovering factories", "Dale Harrow", "pronoun",
     "She's been in Washington for thirty years, and she's only now discovering factories?"),
    ("debate", "responsible for the weather", "Claire Whitman", "name",
     "I suspect that before the night is out I will be responsible for the weather, too"),
    ("debate", "the worst trade pact", "Dale Harrow", "name",
     "the senator's husband, former Gov. Paul Whitman, had signed \"the worst trade pact this state ever saw\" "
     "when he led Michigan in the 1990s"),
    ("debate", "the claim was misleading", "anonymous", "description", "the claim was misleading"),
    ("debate", "governors do not negotiate", "anonymous", "description",
     "governors do not negotiate trade agreements"),
    ("debate", "whether he would release his tax returns", "Lester Coyle", "name",
     "whether he would release his tax returns"),
    ("debate", "when the audit is finished", "Dale Harrow", "description",
     'he would do so "when the audit is finished,"'),
    ("debate", "When she shows me hers", "Dale Harrow", "pronoun", "When she shows me hers, I'll show her mine"),
    ("debate", "a strange bargain", "Claire Whitman", "name", 'a strange bargain || that "a strange bargain."'),
    ("debate", "He is hiding something", "Claire Whitman", "pronoun",
     "He is hiding something. Either the fortune is smaller than he claims, or the charity is, or the taxes are"),
    ("debate", "good at business", "Dale Harrow", "name", "That's called being good at business"),
    ("debate", "the look of a president", "Lester Coyle", "name",
     'whether he still believed the senator lacked "the look of a president,"'),
    ("debate", "talking about energy", "Dale Harrow", "name", "he had been talking about energy"),
    ("debate", "She doesn't have the energy", "Dale Harrow", "pronoun", "She doesn't have the energy"),
    ("debate", "You need a lot of energy", "Dale Harrow", "pronoun", "You need a lot of energy for this job"),
    ("debate", "lecture me about energy", "Claire Whitman", "name",
     'when he had visited 112 countries and negotiated a ceasefire, "then he can lecture me about energy."'),
    ("debate", "done exactly what she came", "Paul Whitman", "name",
     'his wife had "done exactly what she came here to do."'),
    ("debate", "Not for a second", "Paul Whitman", "pronoun", "Not for a second"),
    ("debate", "a very different picture", "Kara Lindell", "name",
     'online surveys showed "a very different picture."'),
    ("debate", "going away", "Kara Lindell", "name", "He won this thing going away"),
    # hearing
    ("hearing", "no evidence of intent", "Warren Pike", "name",
     "agents had found \"no evidence of intent\" to break the law in Sen. Claire Whitman's use of a private "
     "email server"),
    ("hearing", "lost faith", "Gordon Ashby", "name", "Americans had lost faith in the bureau's impartiality"),
    ("hearing", "If your name were not Whitman", "Gordon Ashby", "name",
     "If your name were not Whitman, you would be facing charges"),
    ("hearing", "most people in this room", "Gordon Ashby", "name", "I think most people in this room know that"),
    ("hearing", "whose name is on the file", "Warren Pike", "pronoun", "I don't care whose name is on the file"),
    ("hearing", "We follow the facts", "Warren Pike", "pronoun",
     "We follow the facts, and the facts did not support a prosecution"),
    ("hearing", "dozens of agents", "Warren Pike", "name",
     'the investigation had involved "dozens of agents and thousands of hours," and that career prosecutors had '
     "agreed with his recommendation"),
    ("hearing", "whether any classified material", "Gordon Ashby", "description",
     "whether any classified material had passed through the server"),
    ("hearing", "about a hundred emails", "Warren Pike", "description",
     "about a hundred emails had contained information that was classified at the time"),
    ("hearing", "That was sloppy", "Warren Pike", "pronoun",
     "That was sloppy, and in places worse than sloppy, but sloppiness is not a crime under the statute"),
    ("hearing", "a campaign event dressed up", "Elaine Ortiz", "name",
     'the hearing was "a campaign event dressed up as oversight."'),
    ("hearing", "more hearings on the emails", "Elaine Ortiz", "pronoun",
     "the committee had held more hearings on the emails than on the opioid epidemic"),
    ("hearing", "as many hearings as it takes", "Gordon Ashby", "name", 'he would hold "as many hearings as it takes."'),
    ("hearing", "briefed the Justice Department", "Andrew Kessel", "name",
     "the bureau had briefed the Justice Department at every stage"),
    ("hearing", "whether the attorney general", "Tom Grady", "name",
     "whether the attorney general had met privately with Paul Whitman during the inquiry"),
    ("hearing", "no knowledge of such a meeting", "Andrew Kessel", "name", "he had no knowledge of such a meeting"),
    ("hearing", "raised more questions", "Tom Grady", "name",
     "Kessel's answer \"raised more questions than it answered.\""),
    ("hearing", "ask the inspector general", "Tom Grady", "pronoun",
     "he would ask the inspector general to look into the matter"),
    ("hearing", "confirms what we have said", "Jared Fenn", "name",
     "the director's testimony \"confirms what we have said all along.\""),
    ("hearing", "takes full responsibility", "Jared Fenn", "name",
     'the senator "has acknowledged it was a mistake and takes full responsibility."'),
    ("hearing", "political pressure", "Elaine Ortiz", "name",
     "whether he had come under political pressure from either party"),
    ("hearing", "no one would dare", "Warren Pike", "name", "No one has told me what to do, and no one would dare"),
    ("hearing", "I have served under presidents", "Warren Pike", "description",
     "I have served under presidents of both parties. I have disappointed all of them at one time or another, "
     "which is how it should be. The day this bureau starts asking who benefits before it asks what happened, "
     "it stops being worth anything to anybody"),
    ("hearing", "get to the bottom", "Gordon Ashby", "description", "We will get to the bottom of this"),
    # poll
    ("poll", "five-point lead", QUINNIPIAC, "description",
     "Sen. Claire Whitman holds a five-point lead over Dale Harrow among likely voters in Pennsylvania"),
    ("poll", "47 percent of likely voters", QUINNIPIAC, "description",
     "Whitman has the support of 47 percent of likely voters and Harrow 42 percent"),
    ("poll", "bleeding has stopped", "Peter Molloy", "name",
     "The bleeding has stopped for Harrow, but the wound is still open"),
    ("poll", "doing better with white men", "Peter Molloy", "name",
     "He is doing better with white men without college degrees than any Republican we have measured in this state"),
    ("poll", "Philadelphia suburbs", "Peter Molloy", "name", "the race in the Philadelphia suburbs would decide the state"),
    ("poll", "favor Whitman by more than 20", "Peter Molloy", "pronoun",
     "Women in those four counties favor Whitman by more than 20 points"),
    ("poll", "the race is closer", FRANKLIN, "description", "the race is closer, with Whitman ahead by three points"),
    ("poll", "undecided voters", "Terry Madden", "name", "undecided voters were unusually numerous for September"),
    ("poll", "about to flip", "Terry Madden", "name",
     "Pennsylvania always looks like it's about to flip, and then it doesn't"),
    ("poll", "bet the house", "Terry Madden", "name", "But I wouldn't bet the house on it this year"),
    ("poll", "showed momentum", HARROW_CAMPAIGN, "description", "the numbers showed momentum"),
    ("poll", "Every poll is moving", "Linda Carver", "name", "Every poll is moving in one direction"),
    ("poll", "undercount voters", "Linda Carver", "pronoun",
     "surveys undercount voters who have not cast a ballot in years"),
    ("poll", "ten points behind", "Erin Pascal", "name", "We run like we're ten points behind, every single day"),
    ("poll", "58 percent of voters", QUINNIPIAC, "description",
     "58 percent of voters view Harrow unfavorably and 51 percent say the same of Whitman"),
    ("poll", "right temperament", "anonymous", "pronoun", "Whitman had the right temperament to be president"),
    ("poll", "People don't love either", "Rosa Delgado", "name", "People don't love either of them"),
    ("poll", "scares me less", "Rosa Delgado", "name", "I'm voting for the one who scares me less"),
    ("poll", "he had not decided", "Luis Delgado", "name", "he had not decided"),
    ("poll", "Ask me in November", "Luis Delgado", "name", "Ask me in November"),
    # finance
    ("finance", "paid more than $8 million", FEC, "description",
     "Dale Harrow's presidential campaign paid more than $8 million to companies owned by the candidate or his "
     "family during the first six months of the year"),
    ("finance", "$4.1 million to Harrow Air", FEC, "description",
     "The payments included $4.1 million to Harrow Air for use of the candidate's private jet and nearly $1 "
     "million in rent to Harrow Plaza, the Manhattan tower that houses the campaign's headquarters"),
    ("finance", "fair market value", "Kara Lindell", "name",
     'every payment was "at or below fair market value" and had been reviewed by the campaign\'s lawyers'),
    ("finance", "$50 million of his own money", "Kara Lindell", "pronoun",
     "Mr. Harrow has put more than $50 million of his own money into this campaign"),
    ("finance", "Nobody is getting rich", "Kara Lindell", "pronoun", "Nobody is getting rich off of it"),
    ("finance", "legal but unusual", "anonymous", "description", "the arrangement was legal but unusual"),
    ("finance", "perfectly lawful way", "Meredith Shaw", "name",
     "It's a perfectly lawful way to move money from donors into your own pocket"),
    ("finance", "whether the donors know", "Meredith Shaw", "name",
     "The question is whether the donors know that's what they're paying for"),
    ("finance", "$1.3 million in cash", FEC, "description",
     "the campaign had $1.3 million in cash at the end of June, compared with $42 million for the Whitman campaign"),
    ("finance", "terrifying", "anonymous", "description", 'the figure "terrifying." || terrifying'),
    ("finance", "cannot run a general election", "anonymous", "description",
     "You cannot run a general election on $1.3 million"),
    ("finance", "a lot of money, very quickly", "Dale Harrow", "pronoun",
     'he would raise "a lot of money, very quickly" and could put in more of his own if needed'),
    ("finance", "opposite of worried", "Dale Harrow", "pronoun", "I'm not worried. I'm the opposite of worried"),
    ("finance", "what we'd charge anybody", "Ivy Harrow", "name",
     'the companies had charged the campaign "what we\'d charge anybody."'),
    ("finance", "insisted on paying full price", "Ivy Harrow", "pronoun", "her father had insisted on paying full price"),
    ("finance", "a window into how", "Tom Brody", "name",
     'the filings offered "a window into how Harrow would run the country."'),
    ("finance", "personal piggy bank", DNC, "name",
     'the candidate was "using his campaign as a personal piggy bank."'),
    ("finance", "Federal law allows", FEC, "description",
     "Federal law allows candidates to pay their own businesses for goods and services as long as the price "
     "reflects market rates"),
    ("finance", "future operational decisions", "Kara Lindell", "name",
     'she would not discuss "future operational decisions."'),
    # endorsement
    ("endorsement", "calling Harrow", "Margaret Hollis", "name", 'Harrow "unfit" || unfit'),
    ("endorsement", "she would vote for Democrat", "Margaret Hollis", "name", "she would vote for Democrat Claire Whitman"),
    ("endorsement", "never before voted", "Margaret Hollis", "name",
     "I have never before voted for a Democrat for president, and I did not reach this decision lightly"),
    ("endorsement", "unfit for the office", "Margaret Hollis", "name", "But Dale Harrow is unfit for the office he seeks"),
    ("endorsement", "shown contempt", "Margaret Hollis", "name",
     "Harrow had \"shown contempt for the habits that hold a democracy together\" and that his remarks about a "
     "fallen soldier's family were \"the last straw.\""),
    ("endorsement", "informed Senate Majority Leader", "Margaret Hollis", "description",
     "she had informed Senate Majority Leader Ron Pickett of her decision on Monday"),
    ("endorsement", "respected his colleague", "Ron Pickett", "name", "he respected his colleague but disagreed with her"),
    ("endorsement", "entitled to her view", "Ron Pickett", "pronoun", "Margaret is entitled to her view"),
    ("endorsement", "I don't share it", "Ron Pickett", "pronoun", "I don't share it"),
    ("endorsement", "trying for 30 years", "Margaret Hollis", "pronoun", "Tom has been trying for 30 years"),
    ("endorsement", "finally got his wish", "Margaret Hollis", "pronoun",
     "He finally got his wish, but not because of anything he said"),
    ("endorsement", "five minutes before", "Thomas Hollis", "name",
     'he had learned of the decision "about five minutes before everybody else."'),
    ("endorsement", "creature of Washington", "Kara Lindell", "name",
     "Senator Hollis is a creature of Washington who stands for everything voters are sick of"),
    ("endorsement", "Nobody in Maine cares", "Kara Lindell", "name", "Nobody in Maine cares what she thinks"),
    ("endorsement", "put country over party", "Claire Whitman", "pronoun",
     "Senator Hollis put country over party, and I am grateful"),
    ("endorsement", "Republicans of conscience", "Claire Whitman", "pronoun",
     'she hoped "other Republicans of conscience" would follow'),
    ("endorsement", "considering similar announcements", "anonymous", "description",
     "they were considering similar announcements"),
    ("endorsement", "within weeks", "anonymous", "description", 'a decision could come "within weeks."'),
    ("endorsement", "unlikely to move many votes", "anonymous", "description",
     "the endorsement was unlikely to move many votes in Maine, where Whitman already leads || the endorsement was "
     "unlikely to move many votes in Maine"),
    ("endorsement", "symbols matter", "Jennifer Lao", "name", "It's symbolic, but symbols matter in a year like this"),
    ("endorsement", "pay a price", "Margaret Hollis", "pronoun", "she expected to pay a price with some voters at home"),
    ("endorsement", "So be it", "Margaret Hollis", "pronoun", "So be it"),
    # scandal
    ("scandal", "argued late into Saturday night", "anonymous", "description",
     "Senior advisers to Dale Harrow argued late into Saturday night over how the Republican nominee should respond "
     "to a leaked 2009 recording in which he mocked laid-off steelworkers, and his running mate at one point told "
     "aides he was \"not sure he could stay on the ticket,\""),
    ("scandal", "not sure he could stay", "Mark Pruitt", "description", 'he was "not sure he could stay on the ticket,"'),
    ("scandal", "urged Harrow to apologize", "anonymous", "description",
     "campaign manager Brent Tolliver had urged Harrow to apologize on camera"),
    ("scandal", "apologies are for losers", "Dale Harrow", "name", 'that "apologies are for losers." || apologies are for losers'),
    ("scandal", "Harrow refused", "anonymous", "description", "Harrow refused"),
    # (written 'disputed that account' before the first run: a snippet holding the cue, which no content holds)
    ("scandal", "that account", "anonymous", "description", "that account"),
    ("scandal", "no shouting match", "anonymous", "description",
     "There was no shouting match. There was a debate, and the candidate made a decision"),
    ("scandal", "spending time with his family", "Alan Reyes", "name",
     'Pruitt was "spending time with his family" and remained "fully committed" to the ticket'),
    ("scandal", "the governor had said privately", "anonymous", "description",
     "the governor had said privately he would not defend the remarks"),
    ("scandal", "he would not defend the remarks", "Mark Pruitt", "description", "he would not defend the remarks"),
    ("scandal", "pretend this is fine", "anonymous", "description",
     "He's not going to go on television and pretend this is fine"),
    ("scandal", "I was wrong, and I apologize", "Dale Harrow", "pronoun", "I said it, I was wrong, and I apologize"),
    ("scandal", "far worse, and you know it", "Dale Harrow", "pronoun", "She has done far worse, and you know it"),
    ("scandal", "praying for everyone", "Karen Pruitt", "name", 'she was "praying for everyone involved."'),
    ("scandal", "deeply offended", "Mark Pruitt", "pronoun",
     'he was "deeply offended" by the recording but would not leave the race'),
    ("scandal", "second chances", "Mark Pruitt", "name", "I believe in second chances"),
    ("scandal", "no longer in good conscience", "Jason Kell", "name",
     'he could "no longer in good conscience" support the nominee'),
    ("scandal", "the mood was grim", "anonymous", "description",
     "Inside the campaign, the mood was grim || the mood was grim"),
    ("scandal", "waiting for the next shoe", "anonymous", "description",
     "Everybody is staring at their phones waiting for the next shoe"),
    ("scandal", "sending out résumés", "anonymous", "description",
     "several junior aides had begun sending out résumés"),
    ("scandal", "Not for one second", "Brent Tolliver", "name", "Not for one second"),
    ("scandal", "a path to 270", "Brent Tolliver", "pronoun",
     'the campaign still had "a path to 270" and that the candidate would "be on that debate stage Sunday night."'),
    # speech
    ("speech", "pay their fair share", "Claire Whitman", "name", 'the wealthy will "pay their fair share"'),
    ("speech", "his tax plan would reward", "Claire Whitman", "pronoun",
     "his tax plan would reward the richest Americans while doing little for the workers he claims to champion"),
    ("speech", "$5 trillion", "Claire Whitman", "name",
     "Harrow's proposal to cut the top income tax rate would cost the Treasury more than $5 trillion over a decade"),
    ("speech", "top 1 percent", "Claire Whitman", "pronoun", "most of the benefit would go to the top 1 percent"),
    ("speech", "tuition-free", "Claire Whitman", "pronoun",
     "her own plan would raise taxes on incomes above $5 million and use the money to pay for tuition-free public "
     "college and a national infrastructure bank"),
    ("speech", "a single penny more", "Claire Whitman", "pronoun",
     'Middle-class families would not pay "a single penny more."'),
    ("speech", "Buy American", "Claire Whitman", "pronoun",
     'to create a "Buy American" standard for federal contracts || create a "Buy American" standard for federal '
     "contracts"),
    ("speech", "too slow, too timid", "Claire Whitman", "pronoun",
     'the country had been "too slow, too timid and too trusting" in enforcing its trade deals with China'),
    ("speech", "Chinese steel", "Claire Whitman", "pronoun",
     "Harrow had built his hotels with Chinese steel and sold suits made in Mexico"),
    ("speech", "talks a big game", "Claire Whitman", "name", "He talks a big game about bringing jobs home"),
    ("speech", "own neckties", "Claire Whitman", "name", "He could start with his own neckties"),
    ("speech", "buy back their own shares", "Claire Whitman", "pronoun",
     "companies had used past tax cuts to buy back their own shares rather than to hire"),
    ("speech", "repeat the mistake", "Claire Whitman", "pronoun",
     "the Republican's plan for deep cuts to corporate taxes would repeat the mistake"),
    ("speech", "front of a paycheck", "Rafael Ortega", "name",
     'Harrow "has never signed the front of a paycheck for a working man in his life."'),
    ("speech", "no credibility on trade", HARROW_CAMPAIGN, "description",
     'Whitman had "no credibility on trade" after years of supporting free-trade agreements'),
    ("speech", "boring and dishonest", "Dale Harrow", "name", 'the speech "boring and dishonest" || boring and dishonest'),
    ("speech", "same script", "Dale Harrow", "name", 'she had been "reading from the same script for 30 years."'),
    ("speech", "broadly in line", "Rachel Okafor", "name",
     "the tax proposals were broadly in line with what the senator had promised during the primaries"),
    ("speech", "could be paid for", "Rachel Okafor", "pronoun",
     "whether the infrastructure bank could be paid for as described"),
    ("speech", "arithmetic is ambitious", "Rachel Okafor", "name", "The arithmetic is ambitious"),
    ("speech", "sign a jobs bill", "Claire Whitman", "pronoun", "if elected she would sign a jobs bill in her first 100 days"),
    # interview
    ("interview", 'Harrow "has apologized', "Mark Pruitt", "name", 'Harrow "has apologized" and voters want to move on'),
    ("interview", "apologized from the heart", "Mark Pruitt", "name",
     "Dale Harrow had \"apologized from the heart\" for his remarks about steelworkers and that voters were ready to "
     "focus on \"the issues that matter to their families.\""),
    ("interview", "I take him at his word", "Mark Pruitt", "name", "He said he was wrong. I take him at his word"),
    ("interview", "a lot more forgiving", "Mark Pruitt", "name",
     "I think the American people are a lot more forgiving than the people in this town"),
    ("interview", "whether he had considered leaving", "Dan Whitaker", "name",
     "whether he had considered leaving the ticket || on whether he had considered leaving the ticket"),
    ("interview", 'had "never" thought', "Mark Pruitt", "description", 'he had "never" thought about it'),
    ("interview", "two people close to the campaign", "Dan Whitaker", "name",
     "two people close to the campaign had told NBC News that Pruitt had said privately he might step aside"),
    ("interview", "Pruitt had said privately", "anonymous", "description",
     "Pruitt had said privately he might step aside"),
    ("interview", "he might step aside", "Mark Pruitt", "name", "he might step aside"),
    ("interview", "That's just not true", "Mark Pruitt", "name", "That's just not true"),
    ("interview", "impossible position", "Rafael Ortega", "name", 'the governor was "in an impossible position."'),
    ("interview", "I feel for him", "Rafael Ortega", "name", "I feel for him, honestly"),
    ("interview", "defend something he would never", "Rafael Ortega", "name",
     "He's being asked to defend something he would never defend if anybody else had said it, and he's doing it "
     "with a straight face"),
    ("interview", "old news", "Dale Harrow", "pronoun",
     'the recording was "old news" and that Whitman\'s husband had "said far worse things, believe me."'),
    ("interview", "whether he planned to raise", "Megan Kerr", "name",
     "whether he planned to raise Paul Whitman's past at the next debate"),
    ("interview", "rather talk about jobs", "Dale Harrow", "name", "We'll see. Maybe. I'd rather talk about jobs"),
    ("interview", "asked Fox not to play", "Megan Kerr", "name",
     "the campaign had asked Fox not to play the recording during the interview"),
    ("interview", "editorial decisions", "Irena Walsh", "name", 'the network "makes its own editorial decisions."'),
    ("interview", "he would not respond", "Paul Whitman", "name", "he would not respond"),
    ("interview", "My wife is running", "Paul Whitman", "description", "My wife is running for president. I'm not"),
    ("interview", "name-calling", "Paul Whitman", "description", "I'll leave the name-calling to him"),
    ("interview", "stands behind our nominee", "Reid Barlow", "name", 'the party "stands behind our nominee."'),
    ("interview", "not discussed replacing", "Reid Barlow", "name", "the committee had not discussed replacing Harrow"),
    ("interview", "no mechanism", "Reid Barlow", "pronoun", "There is no mechanism, and there is no appetite"),
    ("interview", "a lot of praying", "Karen Pruitt", "name", 'she had "a lot of praying to do first."'),
    ("interview", "like he always does", "Karen Pruitt", "pronoun",
     'Her husband would "do what he thinks is right, like he always does."'),
    # primary
    ("primary", "won the New York Democratic primary", AP, "name",
     "Claire Whitman won the New York Democratic primary decisively on Tuesday || Claire Whitman won the New York "
     "Democratic primary decisively on Tuesday, the Associated Press projected, defeating Sen. Frank Delaney of "
     "Vermont in the state she represents in the Senate and moving closer to a majority of the delegates needed "
     "for the nomination"),
    ("primary", "always had my back", "Claire Whitman", "name",
     "New York, you have always had my back, and tonight you had it again"),
    ("primary", "home stretch", "Claire Whitman", "name",
     "The race for the nomination is in the home stretch, and the finish line is in sight"),
    ("primary", "in this fight with me", "Claire Whitman", "pronoun",
     "I want you in this fight with me, because we are going to need you in November"),
    ("primary", "a path to victory", "Frank Delaney", "description",
     'the campaign had "a path to victory" and would fight "all the way to the convention in Philadelphia."'),
    ("primary", "write our obituary", "Frank Delaney", "pronoun",
     "Some people want to write our obituary. They have been writing it for a year now. They wrote it in Iowa, they "
     "wrote it in Nevada, they wrote it last month in Ohio. And every time, you proved them wrong. So let them "
     "write. We'll keep organizing"),
    ("primary", "would reassess", "Carl Wexler", "name",
     "the campaign would reassess after the primaries in five states next week"),
    ("primary", "We're not there", "Carl Wexler", "name", "We're not there"),
    ("primary", "won his home state", AP, "description",
     "Dale Harrow won his home state with 60 percent of the vote || On the Republican side, Dale Harrow won his home "
     "state with 60 percent of the vote"),
    ("primary", "much of a race anymore", "Dale Harrow", "name", "We don't have much of a race anymore"),
    ("primary", "Governor Benning has no path", "Dale Harrow", "name", "Governor Benning has no path. He should get out"),
    ("primary", "stay in the race", "Lyle Benning", "description",
     'he would stay in the race because "no one is going to arrive at the convention with a majority."'),
    ("primary", "his father had called it", "Dale Harrow Jr.", "name",
     'his father had called it "the best night of the campaign."'),
    ("primary", "texting everybody", "Dale Harrow Jr.", "name", "He was texting everybody he knows"),
    ("primary", "Whitman won women", EDISON, "description",
     "Whitman won women by more than 25 points, while Delaney carried voters under 30"),
    ("primary", "she can actually win", "Naomi Birch", "name", "I like Frank, but I think she can actually win"),
    ("primary", "long talk at breakfast", "Alex Birch", "pronoun", "We had a long talk at breakfast"),
]  # fmt: skip

# Quotation marks around what nobody says: the titles of television shows, a slogan's name.
NOT_QUOTES = [
    ("interview", "Meet the Press"),
    ("interview", "This Week"),
    ("interview", "Fox & Friends"),
    ("interview", "State of the Union"),
    ("speech", "Buy American"),
]

_NOT_FOUND = {
    ("endorsement", "calling Harrow"):
        "the headline 'Sen. Hollis endorses Whitman, calling Harrow \"unfit\"' gives no quote of 'calling' (a "
        "participle after the headline's verb, its object a name and its complement a quoted adjective)",
    ("scandal", "Harrow refused"):
        "'Harrow refused, one of them said, telling the room that \"…\"': the interrupting cue's content keeps only "
        "the participle after it; the clause before it ('Harrow refused') is no part of any quote",
    ("interview", "whether he had considered leaving"):
        "'Pressed by moderator Dan Whitaker on whether he had considered leaving the ticket, the governor said …': "
        "the moderator's question ('pressed … on whether') is no quote of his. seen51b: against PolNeAR's "
        "convention — train's two 'pressed on/about why|what …' are both gold attributions; revisit the expectation",
}

SPEAKER_FAULTS = _NOT_FOUND | {
    ("rally", "Send her home!"):
        "'The crowd broke into chants of \"…\" when Harrow turned to the border, and later shouted \"Send her "
        "home!\"': the parse splits the sentence at 'when' and coordinates 'shouted' with 'turned', so the crowd's "
        "shout is Harrow's",
    ("scandal", "not sure he could stay"):
        "'his running mate at one point told aides he was \"not sure …\"' in the lead: the running mate is named "
        "only paragraphs later ('The running mate, Gov. Mark Pruitt'); the mention, cut as 'his running mate at one "
        "point', stays unresolved",
    ("scandal", "apologies are for losers"):
        "'Harrow refused, one of them said, telling the room that \"apologies are for losers.\"': the participle is "
        "read as the content of the interrupting 'said' (its speaker the anonymous source), not as Harrow's telling",
    ("scandal", "he would not defend the remarks"):
        "'a Republican close to Pruitt told The New York Times that the governor had said privately he would not "
        "defend the remarks': the report nested in the told clause ('the governor had said …') is no quote of its own",
    ("interview", "Pruitt had said privately"):
        "'Whitaker noted that two people close to the campaign had told NBC News that Pruitt had said privately he "
        "might step aside': only the outer report (the moderator's 'noted') is a quote; the two nested ones are not",
    ("interview", "he might step aside"):
        "the innermost of three nested reports ('Pruitt had said privately he might step aside') is no quote of its "
        "own",
}

CONTENT_FAULTS = _NOT_FOUND | {
    ("rally", "from Mexico and China"):
        "'promised a packed arena here on Saturday night that he would …': the addressee of 'promised' and the "
        "time are kept in the content (probe50's rule for a told noun object covers verbs of telling only)",
    ("poll", "undercount voters"):
        "'She argued that surveys undercount voters who …, a claim some independent pollsters dispute': the writer's "
        "apposition on the whole claim is kept (trailing_phrases cuts an apposition opening with a determiner only; "
        "xfail53's cut before the writer's name for a report does not reach it: the parse makes 'claim' the cue's "
        "own object)",
    ("finance", "what we'd charge anybody"):
        "'told the AP that the companies had charged the campaign \"what we\'d charge anybody.\"': the content is "
        "cut to the quotation, its clause left out",
    ("endorsement", "she would vote for Democrat"):
        "'said Tuesday that she would vote for Democrat Claire Whitman, becoming the most senior Republican in "
        "Congress to endorse her': the writer's participle is kept at the content's end",
    ("scandal", "apologies are for losers"):
        "the participle 'telling the room that …' is the content of the interrupting 'one of them said' (see the "
        "speaker's fault)",
    ("scandal", "he would not defend the remarks"):
        "the nested report is no quote of its own (see the speaker's fault)",
    ("interview", "Pruitt had said privately"):
        "the nested report is no quote of its own (see the speaker's fault)",
    ("interview", "he might step aside"):
        "the nested report is no quote of its own (see the speaker's fault)",
}  # fmt: skip

@pytest.fixture(scope="module")
def probe51_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe51_quote_speaker(probe51_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe51_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe51_quote_content(probe51_records, article, snippet, speaker, mention_class, content):
    assert_content(probe51_records, article, snippet, content)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe51_no_quote(probe51_records, article, words):
    assert_no_quote(probe51_records, article, words)
