"""Probe59: who said it, and what, in invented 2016-style US political news about events where
several people speak in turn — the multi-speaker shapes of issue 10 (direct-quote attribution and
names as speakers): a House committee hearing (`hearing`: a chairman, a witness named once and
then "the witness", members of both parties, a question "asked" then "replied", a reply run on
into a paragraph with no cue, a speaker named after a long quotation "said Rep. …, D-Md., who …",
a quotation inside a quotation, "He" after two men in one sentence, "the chairman"), a Senate
debate recap on a cable-news site (`debate`: two men of one party each, a moderator named once,
"shot back", a question, an answer and a retort that names nobody, a father's saying quoted
inside a quotation, a county chairwoman named after the quotation, a poll that "found"), a
governor's news conference (`presser`: a governor and her health secretary, both women,
unnamed and named reporters' questions, a bare follow-up question and its bare answer, a
statement read aloud, "the governor"), a senator's town hall (`townhall`: a heckler named only
as "a man near the back", voters named with age and town, an exchange run without cues, two
women and two men in turn, a chant), a federal court hearing (`court`: a judge, a prosecutor and
a defence lawyer, "the judge" and "the lawyer", a bare exchange between judge and lawyer, the
defendant's words quoted by the prosecutor), a roundtable of strategists in a magazine
(`panel`: a moderator, four panelists of both genders, mixed quotes with two quoted phrases, a
quoted phrase inside a quotation), a rally with a warm-up sheriff (`rally`: the sheriff's words
quoted by the candidate inside a quotation, the crowd's chant and a shout, a spokesman named in
apposition, two voters) and a phone interview written as an exchange (`phone`: the writer's "I
asked", a mayor and his chief of staff on a speakerphone, bare lines between them, a party
chairman "reached later").

``tests/fixtures/probe59/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it ("none" for a
quotation with no cue of its own, whose speaker the run of the exchange gives), and its content
(" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe57_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 59 — probe59". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe59"

DEMOCRATS = "Democratic Party|Democrats|anonymous"
JUSTICE = "anonymous|Justice Department"
MARIST = "Marist College|Marist|Marist College poll"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # hearing: a House committee questions an FBI deputy director (wire copy)
    ("hearing", "every lead we were given", "Colin Maddox", "description",
     'agents had followed "every lead we were given" in their inquiry into a former State Department aide\'s private '
     "email account"),
    ("hearing", "masterclass", "Warren Pratt", "name",
     'the investigation "a masterclass in looking the other way." || a masterclass in looking the other way'),
    ("hearing", "handled like any other", "Warren Pratt", "name",
     "The American people were told this case was handled like any other"),
    ("hearing", "It was not", "Warren Pratt", "name", "It was not"),
    ("hearing", "interviewed 17 people", "Colin Maddox", "pronoun",
     "the bureau had interviewed 17 people and reviewed more than 30,000 emails"),
    ("hearing", "go easy on anyone", "Colin Maddox", "name", "We did not go easy on anyone"),
    ("hearing", "where the evidence took us", "Colin Maddox", "name", "We went where the evidence took us"),
    ("hearing", "never put under oath", "Warren Pratt", "name", "Then why was she never put under oath?"),
    ("hearing", "not needed to get the truth", "Colin Maddox", "description",
     "Because an interview under oath was not needed to get the truth"),
    ("hearing", "raise your right hand", "Colin Maddox", "description",
     "Lying to an FBI agent is a crime whether or not you raise your right hand"),
    ("hearing", "22 years at the bureau", "Colin Maddox", "none",
     "In my 22 years at the bureau, I have never seen an agent skip a step because of who the subject was"),
    ("hearing", "hearings on one woman's emails", "Lorraine Okafor", "name",
     "This committee has held more hearings on one woman's emails than it has on the water in our cities, the price "
     "of insulin and the fires in the West put together"),
    ("hearing", "slow the case down", "Lorraine Okafor", "name",
     "whether anyone at the Justice Department had asked him to slow the case down"),
    ("hearing", "slow anything down", "Colin Maddox", "pronoun", "No one asked me to slow anything down"),
    ("hearing", "destroy two laptops", "Dale Kimbrough", "pronoun",
     "agents had agreed to destroy two laptops after searching them"),
    ("hearing", "no ordinary defendant", "Dale Kimbrough", "pronoun",
     'the agreement "a gift no ordinary defendant would ever get." || a gift no ordinary defendant would ever get'),
    ("hearing", "told it did not exist", "Dale Kimbrough", "name",
     "Pratt had asked the bureau for the memo in July and was told it did not exist"),
    ("hearing", "retired agent mailed", "Dale Kimbrough", "pronoun",
     "the committee found it only after a retired agent mailed a copy to his office"),
    ("hearing", "standard procedure for devices", "Colin Maddox", "name",
     'the laptops had been destroyed under "standard procedure for devices of that kind."'),
    ("hearing", "When I asked the lead agent", "Colin Maddox", "name",
     "When I asked the lead agent whether we had missed anything, he told me, 'Sir, there is nothing left to find"),
    ("hearing", "nothing left to find", "anonymous", "pronoun", "Sir, there is nothing left to find"),
    ("hearing", "I believed him then", "Colin Maddox", "name", "I believed him then, and I believe him now"),
    ("hearing", "side deal", "Warren Pratt", "name",
     "Standard procedure does not include a side deal with the subject's lawyers"),
    ("hearing", "see it in writing", "Warren Pratt", "name", "If it does, I'd like to see it in writing"),
    ("hearing", "campaign event with a gavel", DEMOCRATS, "name",
     'the questioning had turned into "a campaign event with a gavel."'),
    ("hearing", "attorney general to testify", "Warren Pratt", "name",
     "he would ask the attorney general to testify before the August recess"),
    ("hearing", "owes this committee answers", "Warren Pratt", "description",
     "She owes this committee answers, and she is going to give them under oath"),
    ("hearing", "no plans", JUSTICE, "description", 'the attorney general had "no plans" to appear'),
    # debate: a Senate debate recap (a cable-news site)
    ("debate", "outsourcing lobby", "Mitchell Keane", "name",
     'Dunning "the best friend the outsourcing lobby ever had" || the best friend the outsourcing lobby ever had'),
    ("debate", "voted for every trade agreement", "Mitchell Keane", "name",
     "the senator had voted for every trade agreement that came before him"),
    ("debate", "90,000 manufacturing jobs", "Mitchell Keane", "name",
     "Roy Dunning has been in Washington for 12 years, and in those 12 years Ohio lost 90,000 manufacturing jobs"),
    ("debate", "there for every one of them", "Mitchell Keane", "name", "He was there for every one of them"),
    ("debate", "That's rich", "Roy Dunning", "name", "That's rich"),
    ("debate", "350,000 jobs", "Roy Dunning", "name",
     "When Mitch was governor, this state lost 350,000 jobs in four years. He wasn't just there. He was in charge"),
    ("debate", "support their party's", "Jill Sato", "name",
     "whether they would support their party's presidential nominee"),
    ("debate", "I'll support the nominee", "Roy Dunning", "name", "I've said I'll support the nominee, and I will"),
    ("debate", "clothespin", "Mitchell Keane", "name",
     'he would vote for his party\'s nominee "without apology and without a clothespin on my nose."'),
    ("debate", "qualified to be commander", "Jill Sato", "name",
     "Senator, do you believe your nominee is qualified to be commander in chief?"),
    ("debate", "better than the alternative", "Roy Dunning", "description",
     "I believe he'd be a lot better than the alternative"),
    ("debate", "That's not what I asked", "Jill Sato", "none", "That's not what I asked"),
    ("debate", "I believe he is qualified", "Roy Dunning", "none", "I believe he is qualified, yes"),
    ("debate", "changed his mind", "Mitchell Keane", "name",
     "he had changed his mind since he signed a law as governor that let people carry concealed weapons into bars"),
    ("debate", "how I see a lot of things", "Mitchell Keane", "pronoun",
     'the shooting at a Dayton nightclub last year "changed how I see a lot of things."'),
    ("debate", "My father used to say", "Mitchell Keane", "name",
     "My father used to say, 'Never trust a man who won't admit he was wrong"),
    ("debate", "Never trust a man", "anonymous", "description", "Never trust a man who won't admit he was wrong"),
    ("debate", "I was wrong", "Mitchell Keane", "name", "Well, I was wrong"),
    ("debate", "refused to hold a debate", "Roy Dunning", "name", "Keane had refused to hold a debate in Youngstown"),
    ("debate", "afraid of the crowd", "Roy Dunning", "pronoun",
     'the former governor was "afraid of the crowd there, and he should be."'),
    ("debate", "his own living room", "Mitchell Keane", "pronoun",
     "I'll debate Roy in Youngstown, in Toledo, in his own living room if he'll have me"),
    ("debate", "3,000 Ohioans", "Dana Whitlock", "name",
     "Neither one of them said a word about the drugs that killed more than 3,000 Ohioans last year, and that's the "
     "first thing people in my county ask about"),
    ("debate", "by 9 percentage points", MARIST, "name",
     "Dunning leading Keane by 9 percentage points among likely voters"),
    # presser: a governor's news conference with reporters' questions (a local paper)
    ("presser", "$90 million hole", "Marian Holt", "name",
     "she would not call lawmakers back to the Capitol to deal with a $90 million hole in the state's Medicaid budget"),
    ("presser", "broad daylight", "Marian Holt", "name",
     'the Legislature had "made this mess in broad daylight" and could fix it in January'),
    ("presser", "taxpayer money", "Marian Holt", "name",
     "I'm not going to spend a million dollars of taxpayer money so that the same people can come down here and not "
     "do the same job twice"),
    ("presser", "hospitals in the Delta", "anonymous", "description",
     "whether hospitals in the Delta could close before January"),
    ("presser", "Some of them are in trouble", "Marian Holt", "description", "Some of them are in trouble"),
    ("presser", "before any of this", "Marian Holt", "description", "Some of them were in trouble before any of this"),
    ("presser", "managed-care companies", "Nadia Fairbanks", "name",
     "the shortfall would be covered through the end of the year by delaying payments to managed-care companies"),
    ("presser", "no patient would lose", "Nadia Fairbanks", "pronoun", "no patient would lose coverage"),
    ("presser", "letter in the mail", "Nadia Fairbanks", "name",
     "Nobody is getting a letter in the mail telling them their card doesn't work"),
    ("presser", "spoken with House Speaker", "Rick Alvarez", "name",
     "whether she had spoken with House Speaker Glenn Treadway since the session ended"),
    ("presser", "Not this month", "Marian Holt", "pronoun", "Not this month"),
    ("presser", "Do you plan to", "Rick Alvarez", "none", "Do you plan to?"),
    ("presser", "knows where to find me", "Marian Holt", "none", "When he has a plan, he knows where to find me"),
    ("presser", "tens of millions of dollars", "Glenn Treadway", "name",
     'the governor\'s budget office had given lawmakers numbers that were "wrong by tens of millions of dollars."'),
    ("presser", "blame whoever she likes", "Glenn Treadway", "name",
     "The governor can blame whoever she likes, but her own people wrote the estimate"),
    ("presser", "had not read it", "Marian Holt", "name", "she had not read it"),
    ("presser", "He voted for the budget", "Marian Holt", "pronoun", "He voted for the budget. I guess he read it after"),
    ("presser", "delayed payments were legal", "anonymous", "description", "whether the delayed payments were legal"),
    ("presser", "reviewed the plan", "Nadia Fairbanks", "pronoun",
     'the attorney general\'s office had reviewed the plan and found it "within the department\'s authority."'),
    ("presser", "what I'm going to say", "Marian Holt", "pronoun", "I've said what I'm going to say about that"),
    ("presser", "Thank y'all", "Marian Holt", "pronoun", "Thank y'all for coming"),
    ("presser", "make payroll", "Tim Boudreaux", "name",
     "at least four hospitals had told the association they might not make payroll in December"),
    ("presser", "line in a spreadsheet", "Tim Boudreaux", "name", "We're not talking about a line in a spreadsheet"),
    ("presser", "only emergency room", "Tim Boudreaux", "name", "We're talking about the only emergency room for 60 miles"),
    # townhall: a senator's town hall meeting with voters (a local paper)
    ("townhall", "give Judge Harmon a hearing", "anonymous", "description", "Why won't you give Judge Harmon a hearing?"),
    ("townhall", "next president should fill", "Gloria Brandt", "name",
     "the next president should fill the vacancy on the Supreme Court"),
    ("townhall", "lame-duck Senate", "Gloria Brandt", "pronoun",
     'the nomination "a decision for the voters in November, not for a lame-duck Senate." || a decision for the '
     "voters in November, not for a lame-duck Senate"),
    ("townhall", "not in the Constitution", "anonymous", "description", "That's not in the Constitution"),
    ("townhall", "Neither is a deadline", "Gloria Brandt", "name", "Neither is a deadline"),
    ("townhall", "advice and consent", "Gloria Brandt", "name",
     "The Constitution says the Senate gives its advice and consent. Sometimes the advice is no"),
    ("townhall", "$600 a month", "Linda Marsh", "pronoun", None),
    ("townhall", "He rations it", "Linda Marsh", "name",
     "He works two jobs, Senator. He rations it. What are you going to do about that?"),
    ("townhall", "I hear that story", "Gloria Brandt", "name", "I hear that story everywhere I go"),
    ("townhall", "explain their prices", "Gloria Brandt", "name",
     "I've asked the drug companies to come in and explain their prices, and I'm going to keep asking"),
    ("townhall", "Asking?", "Linda Marsh", "none", "Asking?"),
    ("townhall", "Subpoenaing", "Gloria Brandt", "none", "Subpoenaing, if it comes to that"),
    ("townhall", "voted for Brandt six times", "Linda Marsh", "name", "she had voted for Brandt six times"),
    ("townhall", "not sure about a seventh", "Linda Marsh", "pronoun", "she was not sure about a seventh"),
    ("townhall", "I'll give her that", "Linda Marsh", "name", "She listened. I'll give her that"),
    ("townhall", "inject a subpoena", "Linda Marsh", "name", "But my son can't inject a subpoena"),
    ("townhall", "just to yell", "Ron Tekippe", "name", "Some of you people came here from Des Moines just to yell"),
    ("townhall", "drove 30 miles", "Ron Tekippe", "name", "I drove 30 miles to say thank you"),
    ("townhall", "would keep coming", "Jeff Lund", "name", "he had come to ask about the court and would keep coming"),
    ("townhall", "counts as a constituent", "Jeff Lund", "pronoun",
     'Tekippe "doesn\'t get to decide who counts as a constituent."'),
    ("townhall", "99 counties", "Amy Carlisle", "name",
     "Brandt had held a town hall in each of Iowa's 99 counties every year since 1981"),
    ("townhall", "never skipped one", "Amy Carlisle", "name",
     "She's never skipped one, and she's not going to start skipping them because people are mad at her"),
    ("townhall", "go into politics", "anonymous", "description",
     "what she would tell a student who wanted to go into politics"),
    ("townhall", "thick skin", "Gloria Brandt", "name", "Grow a thick skin"),
    ("townhall", "read the whole bill", "Gloria Brandt", "name", "And read the whole bill"),
    ("townhall", "Hearings now", "anonymous|Harmon", "description", "Hearings now!"),
    # court: a judge refuses to delay a state senator's trial (a local paper)
    ("court", "not a reason the court recognizes", "Ellen Voss", "description",
     'the senator\'s schedule as a candidate was "not a reason the court recognizes."'),
    ("court", "defend his good name", "Samuel Ortega", "name",
     'a trial in the middle of a campaign would make it "impossible for my client to defend his good name and his '
     'seat at the same time."'),
    ("court", "knocking on doors", "Samuel Ortega", "name",
     "He would be sitting in this courtroom while his opponent is knocking on doors"),
    ("court", "every document the defense", "Brian Kettering", "name",
     "the government had turned over every document the defense asked for by March"),
    ("court", "never raised the election", "Brian Kettering", "pronoun", "Ortega had never raised the election until last week"),
    ("court", "chose to run again", "Brian Kettering", "name", "The defendant chose to run again knowing this trial date"),
    ("court", "his decision, not the government's", "Brian Kettering", "name", "That was his decision, not the government's"),
    ("court", "how long a delay", "Ellen Voss", "description", "how long a delay he wanted"),
    ("court", "Sixty days, your honor", "Samuel Ortega", "description", "Sixty days, your honor"),
    ("court", "you'll want sixty more", "Ellen Voss", "none", "And if he wins, you'll want sixty more"),
    ("court", "No, your honor", "Samuel Ortega", "none", "No, your honor"),
    ("court", "heard that before", "Ellen Voss", "name", "I've heard that before"),
    ("court", "23 witnesses", "Brian Kettering", "name",
     "the government planned to call 23 witnesses, among them Haverford's former treasurer, Denise Albright, who "
     "pleaded guilty in May to filing false reports"),
    ("court", "would testify that", "Brian Kettering", "pronoun",
     'Albright would testify that the senator told her to "call it constituent services" when she asked how to list '
     "the boat"),
    ("court", "call it constituent services", "Lyle Haverford", "description", None),
    ("court", "challenge Albright's account", "Samuel Ortega", "name", "he would challenge Albright's account"),
    ("court", "lied to every agency", "Samuel Ortega", "pronoun",
     'her "a woman who has lied to every agency in this state and is now lying to this one." || a woman who has lied '
     "to every agency in this state and is now lying to this one"),
    ("court", "he was innocent", "Lyle Haverford", "pronoun", "he was innocent"),
    ("court", "taken a dime", "Lyle Haverford", "name", "I've never taken a dime that wasn't mine"),
    ("court", "jury will decide", "Lyle Haverford", "name",
     "The voters know me. They'll decide in November, and a jury will decide in September"),
    ("court", "answer hypotheticals", "Samuel Ortega", "description", "We're not going to answer hypotheticals"),
    ("court", "spends his days in the Capitol", "Carla Benning", "name",
     'voters deserved "a senator who spends his days in the Capitol, not in a courtroom."'),
    ("court", "heart of the government's case", "Ellen Voss", "description",
     'the expenses were "the heart of the government\'s case."'),
    # panel: four strategists at a roundtable (a magazine)
    ("panel", "name the state", "Paul Ashworth", "name", None),
    ("panel", "Pennsylvania", "Renee Gaskins", "name", "Pennsylvania"),
    ("panel", "carry us", "Renee Gaskins", "name", "Everybody assumes the suburbs will carry us. I've assumed that before"),
    ("panel", "no ground game", "Tom Brackett", "pronoun",
     'his party\'s nominee had "no ground game to speak of" there and was "flying on television and prayer."'),
    ("panel", "40 field offices", "Mike Delahunt", "name", "the campaign had 40 field offices in Florida"),
    ("panel", "more than enough", "Mike Delahunt", "pronoun", None),
    ("panel", "not been inside one", "Mike Delahunt", "pronoun", "Brackett had not been inside one"),
    ("panel", "know it's empty", "Tom Brackett", "name", "I don't need to go inside a building to know it's empty, Mike"),
    ("panel", "You'd know if you went", "Mike Delahunt", "name", "You'd know if you went"),
    ("panel", "believed the national polls", "Paul Ashworth", "name",
     "whether she believed the national polls, which showed her party's candidate ahead by 6 points"),
    ("panel", "weather forecast", "Renee Gaskins", "pronoun", "I believe them the way I believe a weather forecast"),
    ("panel", "bring an umbrella", "Renee Gaskins", "pronoun",
     "It tells you to bring an umbrella. It doesn't tell you whether you'll get wet"),
    ("panel", "young Latino voters", "Yvonne Pak", "name",
     "the polls were missing young Latino voters who had registered since the spring"),
    ("panel", "31,000", "Yvonne Pak", "pronoun", "her group alone had signed up 31,000 of them"),
    ("panel", "landlines at dinnertime", "Yvonne Pak", "name", "Pollsters call landlines at dinnertime"),
    ("panel", "at work at dinnertime", "Yvonne Pak", "name", "My voters are at work at dinnertime"),
    ("panel", "cuts both ways", "Tom Brackett", "pronoun", "She's right, and it cuts both ways"),
    ("panel", "people we can't see", "Tom Brackett", "pronoun", "The polls are missing people we can't see either"),
    ("panel", "lose the election in the debates", "Paul Ashworth", "name",
     "whether either party's nominee could still lose the election in the debates"),
    ("panel", "Only if he shows up", "Renee Gaskins", "name", "Only if he shows up"),
    ("panel", "every week since June", "Mike Delahunt", "pronoun",
     "I've heard 'he's finished' every week since June of last year"),
    ("panel", "He's still here", "Mike Delahunt", "pronoun", "Every week. He's still here"),
    ("panel", "less than anyone", "Renee Gaskins", "name", 'her party would win "by less than anyone in this room expects."'),
    ("panel", "dozen counties", "Yvonne Pak", "name", "it would come down to turnout in about a dozen counties"),
    ("panel", "Turnout is destiny", "Yvonne Pak", "pronoun", "Turnout is destiny"),
    ("panel", "commentary", "Yvonne Pak", "pronoun", "Everything else is commentary"),
    # rally: a nominee's rally and its warm-up speaker (wire copy)
    ("rally", "one bad summer away", "Dwayne Rucker", "description", 'the country was "one bad summer away from chaos."'),
    ("rally", "abandoned by their own president", "Dwayne Rucker", "name",
     'police officers felt "abandoned by their own president" and that the Democratic nominee would "finish the '
     'job."'),
    ("rally", "buried two deputies", "Dwayne Rucker", "name", "I've buried two deputies in 11 years"),
    ("rally", "wear this badge", "Dwayne Rucker", "name",
     "I'm not going to stand here and let anybody tell me the people who wear this badge are the problem"),
    ("rally", "Blue lives matter", "anonymous", "description", "Blue lives matter!"),
    ("rally", "a great man, a tough man", "Frank Calloway", "pronoun", None),
    ("rally", "told me backstage", "Frank Calloway", "name", None),
    ("rally", "they love you here", "Dwayne Rucker", "name", "Frank, they love you here, but they want to hear you say it"),
    ("rally", "law and order president", "Frank Calloway", "name", "So I'll say it. I will be the law and order president"),
    ("rally", "lost control of their streets", "Frank Calloway", "pronoun", None),
    ("rally", "never spent a day", "Frank Calloway", "pronoun", None),
    ("rally", "She's had 30 years", "Frank Calloway", "name", "She's had 30 years"),
    ("rally", "What has she done", "Frank Calloway", "name", "Thirty years. What has she done?"),
    ("rally", "Nothing!", "anonymous", "description", "Nothing!"),
    ("rally", "That's right", "Frank Calloway", "name", "That's right"),
    ("rally", "in the coming weeks", "Lisa Hardesty", "name",
     'the candidate would visit Milwaukee\'s north side "in the coming weeks,"'),
    ("rally", "photo op in a parking lot", "Jordan Ames", "name",
     'Calloway\'s visit was "a photo op in a parking lot 20 miles from the neighborhoods he keeps talking about."'),
    ("rally", "come to Milwaukee", "Jordan Ames", "name", "If he wants to talk about Milwaukee, he can come to Milwaukee"),
    ("rally", "jobs as much as policing", "Alan Brenner", "name",
     'the city\'s unrest was "about jobs as much as policing."'),
    ("rally", "voted for Democrats", "Gary Voigt", "name", "he had voted for Democrats for most of his life"),
    ("rally", "reason he came", "Gary Voigt", "pronoun", "Rucker was the reason he came"),
    ("rally", "what I've been thinking", "Gary Voigt", "name", "The sheriff says what I've been thinking for years"),
    ("rally", "making up my mind", "Gary Voigt", "name", "The other fellow, I'm still making up my mind about"),
    ("rally", "had already decided", "Carl Maki", "name", "he had already decided"),
    ("rally", "voting for Calloway", "Carl Maki", "name", "I'm voting for Calloway"),
    ("rally", "come around", "Carl Maki", "name", "Gary will come around"),
    # phone: a phone interview written as an exchange (a magazine)
    ("phone", "not recording this", "Bill Stroud", "pronoun", "You're not recording this, are you?"),
    ("phone", "get it right", "Bill Stroud", "pronoun", "Then you'll get it right"),
    ("phone", "refused to endorse", "Corinne Albee", "pronoun",
     "why he had refused to endorse his party's nominee when every other Republican mayor in the state had"),
    ("phone", "anything except endorse", "Bill Stroud", "name", "Because nobody has asked me to do anything except endorse"),
    ("phone", "what Cedar Falls needs", "Bill Stroud", "name",
     "Nobody from the campaign has called to ask what Cedar Falls needs. Not once"),
    ("phone", "called twice in September", "Dan Kopecky", "name", "the campaign had in fact called twice in September"),
    ("phone", "ask for a yard sign", "Bill Stroud", "description", "They called to ask for a yard sign, Dan"),
    ("phone", "still a call", "Dan Kopecky", "name", "That's still a call"),
    ("phone", "It's a yard sign", "Bill Stroud", "none", "It's a yard sign"),
    ("phone", "Gerald Ford", "Bill Stroud", "name", "he had voted for every Republican presidential nominee since Gerald Ford"),
    ("phone", "asked, not told", "Bill Stroud", "pronoun",
     'he would probably vote for this one, too, but that he wanted "to be asked, not told."'),
    ("phone", "pressured him", "Corinne Albee", "pronoun", "whether the state party had pressured him"),
    ("phone", "strong word", "Bill Stroud", "pronoun", "Pressured is a strong word"),
    ("phone", "remember my birthday", "Bill Stroud", "pronoun",
     "Let's say I've had a lot of phone calls from people who suddenly remember my birthday"),
    ("phone", "three times in one week", "Dan Kopecky", "name",
     "the party chairman, Jeff Horning, had called the mayor three times in one week"),
    ("phone", "whole ticket look bad", "Dan Kopecky", "pronoun", 'Horning told the mayor he was "making the whole ticket look bad."'),
    ("phone", "never pressured Stroud", "Jeff Horning", "name", "he had never pressured Stroud"),
    ("phone", "fine mayor", "Jeff Horning", "name", None),
    ("phone", "what it would take", "Corinne Albee", "pronoun", "what it would take"),
    ("phone", "A visit", "Bill Stroud", "pronoun", "A visit"),
    ("phone", "flood wall", "Bill Stroud", "pronoun",
     "An hour. Come see the flood wall we built with no help from Washington, and tell me what you're going to do "
     "about the next one"),
    ("phone", "Probably not", "Bill Stroud", "pronoun", "Probably not"),
    ("phone", "Ask my wife", "Bill Stroud", "pronoun", "But I've been wrong before. Ask my wife"),
    ("phone", "parking lot", "Dan Kopecky", "pronoun", "He's turning into the parking lot"),
    ("phone", "has to go", "Dan Kopecky", "pronoun", "He has to go"),
]

_EXCHANGE_RUN = (
    "a bare quotation paragraph in a two-person exchange ('\"…,\" the senator replied. ¶ \"That's not what I "
    "asked.\" ¶ \"…\"') is joined to the quote before it as a run (attribution/quotation_candidates.py), so it "
    "takes the answerer's name though the turn went back to the asker. Nearly absent from PolNeAR train: of main's "
    "1,449 run quotes, 1 crosses a paragraph into a bare question after an exchange (a crowd's call and response), "
    "and a bare paragraph after a credited quotation goes on with the same speaker far more often there (as "
    "'hearing: 22 years at the bureau' does here); no rule written"
)
_NESTED = (
    "a quotation inside a quotation with its own credit ('he told me, 'Sir, …'', 'My father used to say, "
    "'…'', 'Dwayne told me backstage, '…'', 'the senator told her to \"call it …\"') is no quote of its "
    "own: PolNeAR never nests attributions (training/nested_study.py: no gold content holds another gold cue), so "
    "the outer quote holding it, with the outer speaker, is what the corpus annotates; the probe wrote the "
    "reader's inner speaker down. Kept as a strict xfail to see a change, not a fault to fix against the corpus"
)
_SURNAME_AS_VERB = (
    "'\"That's rich,\" Dunning shot back.': the surname \"Dunning\" is tagged a verb (VBG, advcl of \"'s\"), so "
    "\"shot back\" has no subject and the quotation joins Keane's run before it; a parse of a surname that is an "
    "English word ('Trump shot back' after a quotation comes out right on train)"
)
_PASSIVE_TOLD = (
    "'Kimbrough said Pratt had asked the bureau for the memo in July and was told it did not exist': the content "
    "stops at 'in July', and the passive 'was told' is a quote of its own with no speaker"
)
_SAID_AND_CALLED = (
    "'Horning, reached later, said he had never pressured Stroud and called him \"a friend …\"': only the "
    "'called' quote is kept; the said-content ('he had never pressured Stroud') is lost to the conjoined cue"
)
_LEAD_OFFICIAL = (
    "'A senior FBI official told a House committee …' in the lead, named only as 'The witness, FBI Deputy Director "
    "Colin Maddox,' two paragraphs on: 'official' is none of his titles, so the description stays anonymous "
    "(probe59's _titled_just_below takes a title word only: 'A federal judge' … 'Judge Ellen Voss')"
)

SPEAKER_FAULTS: dict = {
    ("hearing", "every lead we were given"): _LEAD_OFFICIAL,
    ("hearing", "told it did not exist"): _PASSIVE_TOLD,
    ("hearing", "nothing left to find"): _NESTED,
    ("debate", "That's rich"): _SURNAME_AS_VERB,
    ("debate", "350,000 jobs"): _SURNAME_AS_VERB,
    ("debate", "That's not what I asked"): _EXCHANGE_RUN,
    ("debate", "Never trust a man"): _NESTED,
    ("presser", "Do you plan to"): _EXCHANGE_RUN,
    ("townhall", "Asking?"): _EXCHANGE_RUN,
    ("court", "you'll want sixty more"): _EXCHANGE_RUN,
    ("court", "call it constituent services"): _NESTED,
    ("rally", "they love you here"): _NESTED,
    ("phone", "It's a yard sign"): _EXCHANGE_RUN,
    ("phone", "never pressured Stroud"): _SAID_AND_CALLED,
}
CONTENT_FAULTS: dict = {
    ("hearing", "destroy two laptops"):
        "'held up a memo that he said showed agents had agreed to destroy two laptops …': the content opens with "
        "the relative 'that he said showed'; on train the shape 'that/which X said VERB' occurs 11 times and 3 "
        "contents open at the relative word so",
    ("hearing", "told it did not exist"): _PASSIVE_TOLD,
    ("hearing", "nothing left to find"): _NESTED,
    ("debate", "Never trust a man"): _NESTED,
    ("panel", "40 field offices"):
        "'the campaign had 40 field offices in Florida, a number he called \"more than enough.\"': the apposition "
        "holding a cue of its own ('called') runs on in the said-content",
    ("panel", "believed the national polls"):
        "'asked Gaskins whether she believed the national polls, which showed her party's candidate ahead by 6 "
        "points': the content stops before the non-restrictive which-clause, the writer's words or the question's "
        "(the probe wrote the whole; either reading may be PolNeAR's)",
    ("rally", "one bad summer away"):
        "'telling a crowd of several thousand that the country was \"one bad summer away from chaos.\"': the "
        "content is the quoted words alone, without the that-clause's 'the country was'",
    ("rally", "they love you here"): _NESTED,
    ("phone", "never pressured Stroud"): _SAID_AND_CALLED,
}

# Fixed by probe59's rules (tests/test_probe59_rules.py), failing at the first run: ("hearing", "not needed to get
# the truth"), ("hearing", "raise your right hand") and ("hearing", "22 years at the bureau") went to the chairman
# who asked, "the witness" not being the one set before 'FBI Deputy Director Colin Maddox' (antecedents/
# cluster_words.py: _titles_before); ("debate", "better than the alternative") and ("debate", "I believe he is
# qualified") to the moderator who asked (speakers/people.py: _previous_speaker_asked); ("presser", "Not this month"),
# ("presser", "knows where to find me") to the health secretary, ("phone", "A visit"), ("phone", "flood wall"),
# ("phone", "Probably not"), ("phone", "Ask my wife") to the party chairman quoted before, not the one asked by name
# (speakers/addressed_pronouns.py: named_one_asked); ("court", "not a reason the court recognizes") 'A federal
# judge' in the lead stayed anonymous (speakers/description_routes.py: _titled_just_below).


@pytest.fixture(scope="module")
def probe59_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe59_quote_speaker(probe59_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe59_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe59_quote_content(probe59_records, article, snippet, speaker, mention_class, content):
    assert_content(probe59_records, article, snippet, content)
