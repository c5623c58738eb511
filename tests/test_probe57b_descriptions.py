"""Probe57b: descriptions as speakers — a source written as a description ("the governor", "the
campaign", "the committee", "the department", "the spokeswoman", "the newspaper", "the network",
"the report", "the poll", "the lawsuit", "the two senators", "the former secretary", "his wife")
whose referent the article names — in eight invented articles shaped like 2016 US political news,
in several outlets' styles: a governor who keeps refugees against a neighbouring governor
(`refugees`, AP: "Iowa Gov. Helen Marsh" then "the governor" paragraphs later with "Nebraska Gov.
Dale Pruitt" and a law professor between, "Her spokesman, Colin Fenwick" then "Her spokesman", an
anonymous senior aide, "Legal scholars say"), a complaint to the election commission (`coordination`:
"The complaint says", "the committee" for the Republican National Committee, a spokesman named in
the sentence after his quote, "The campaign's spokeswoman, Maya Okafor" then "The spokeswoman", "The
group" after its director, "The department" after the Justice Department, "Experts said"), a
measure against an arms sale (`armssale`, New York Times: "The senators, Ward Kessler … and Amy
Trenholm", "The two senators said in a joint statement", two former secretaries each "the former
secretary" in a paragraph of their own, a State Department official who asked not to be named and
"The department said", "The chairman said", "Aides to both senators"), an adviser's foreign
payments (`ledger`, CNN: "the Houston Chronicle reported" then "The newspaper said", "The report
said", "The Chronicle" and "The paper", "NBC News … reported" then "The network said" and "told the
network", a lawyer for a named client, "Calloway's wife, Lorraine", a senior aide who requested
anonymity), a voting law struck down (`votinglaw`, Reuters: a court, "The lawsuit, brought by …",
"The lawsuit said", "The civil rights group said", "A Quinnipiac University poll … showed", "The
poll found", "According to the poll", "A report by the State Board of Elections … found", "The
report said", "A spokesman for the board"), a running mate's wife on the trail (`runningmate`:
"Mrs. Hammond, the wife of Indiana Gov. Lyle Hammond", "Her spokesman, Brett Caldwell" then "The
spokesman", "the governor said he had spoken with his wife", another governor's "His spokeswoman",
"His wife, he told a union hall", "the younger Hammond", "The Hammond campaign said"), regulators
and lead in a city's water (`leadwater`: "A senior official of the Environmental Protection Agency
told" named in the next sentence, "the official testified", "The department said" for the state's
department, "The agency said", "The group said" after a coalition's lawsuit, "The lawsuit says",
"The mayor said", a task force's report) and an attorney general's confirmation hearing
(`hearing`: "The Alabama Republican … told the committee", "the nominee said", "the senator from
California said" after a Texas senator, an unnamed senator, "The chairman, Sen. Frank Osterman"
then "the chairman said", "The police said", "The group said", "Langley's wife, Mary", a senior
aide).

``tests/fixtures/probe57b/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers, read as the speaker scorer reads a null referent with its
alternatives), the PolNeAR class of the mention that names it, and its content (" || " between
accepted extents; None where the probe wrote none down), read as ``tests/test_probe57_beats.py``
reads them. All of it was written by hand before newsmine first ran on the articles; figures are in
docs/history/speakers.md, "Session 57 — probe57b". What newsmine still gets wrong is a strict xfail
in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented for
newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe57b"

SANDOVAL_CAMPAIGN = "Sandoval campaign|The Sandoval campaign|Elaine Sandoval's campaign"
RNC = "Republican National Committee|The Republican National Committee|RNC"
RESTORE = "Restore America's Promise"
JUSTICE = "Justice Department|The Justice Department|Department of Justice"
KESSLER = "Ward Kessler|Amy Trenholm"
STATE = "State Department|The State Department"
STATE_OFFICIAL = "anonymous|State Department|The State Department"
SAUDI_EMBASSY = "Saudi Embassy|The Saudi Embassy"
CHRONICLE = "Houston Chronicle|The Houston Chronicle|Chronicle"
NBC = "NBC News|NBC"
CALLOWAY_LAWYER = "anonymous|Dwight Calloway"
LORRAINE = "Lorraine Calloway|Lorraine"
COURT = "4th U.S. Circuit Court of Appeals|U.S. Circuit Court of Appeals|4th Circuit|The 4th U.S. Circuit Court of Appeals"
NC_NAACP = "North Carolina NAACP|NAACP|North Carolina chapter of the NAACP|state NAACP"
QUINNIPIAC = "Quinnipiac University|Quinnipiac"
BOARD = "State Board of Elections|The State Board of Elections|North Carolina State Board of Elections"
BOARD_SPOKESMAN = "anonymous|State Board of Elections|The State Board of Elections"
CASTELLANO_SPOKESWOMAN = "anonymous|Jim Castellano"
HAMMOND_CAMPAIGN = "Hammond campaign|The Hammond campaign"
EPA = "Environmental Protection Agency|The Environmental Protection Agency|EPA"
MDEQ = (
    "Michigan Department of Environmental Quality|The Michigan Department of Environmental Quality|"
    "Department of Environmental Quality"
)
COALITION = "anonymous|Natural Resources Defense Council|The Natural Resources Defense Council"
CAPITOL_POLICE = "Capitol Police|U.S. Capitol Police"
NAACP = "NAACP|The NAACP"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # refugees: a governor keeps taking refugees; a neighbouring governor refuses them
    ("refugees", "keep accepting refugees", "Helen Marsh", "name",
     "her state would keep accepting refugees from Syria || her state would keep accepting refugees from Syria, "
     "breaking with more than two dozen fellow Republican governors who have moved to close their doors since last "
     "week's attacks in Paris"),
    ("refugees", "punish families", "Helen Marsh", "name",
     "We are not going to punish families who are running from the same people who attacked Paris"),
    ("refugees", "how to do it safely", "Helen Marsh", "name", "Iowa has done this before, and we know how to do it safely"),
    ("refugees", "spoken twice", "Colin Fenwick", "name",
     "the governor had spoken twice with officials at the State Department since Saturday and had asked for a "
     "briefing on how refugees are screened"),
    ("refugees", "Nebraska will not take the risk", "Dale Pruitt", "name",
     "Until Washington can tell me who these people are, Nebraska will not take the risk"),
    ("refugees", "drafted over the weekend", "anonymous", "description",
     "the order had been drafted over the weekend after calls from several state senators"),
    ("refugees", "neither governor has much say", "anonymous", "description", "neither governor has much say in the matter"),
    ("refugees", "put up a fence", "Marisol Ortega", "name",
     "A governor can make resettlement harder, but a governor cannot put up a fence"),
    ("refugees", "offered to take more", "Helen Marsh", "description",
     "the state's churches and resettlement agencies had already offered to take more"),
    ("refugees", "three calls this morning", "Helen Marsh", "pronoun",
     "I got three calls this morning from pastors asking how they can help"),
    ("refugees", "gambling with", "Roy Haldane", "name", "Marsh was \"gambling with Iowans' safety.\""),
    ("refugees", "meet with Haldane", "Colin Fenwick", "description",
     "the governor would meet with Haldane and other legislators next week"),
    # coordination: a campaign's complaint that a party committee coordinated ads with a super PAC
    ("coordination", "shared polling data", SANDOVAL_CAMPAIGN, "description",
     "the committee shared polling data and ad scripts with the group, Restore America's Promise, in violation of "
     "federal rules that bar parties from coordinating their spending with outside groups"),
    ("coordination", "shadow campaign", "Peter Lindgren", "name",
     "The RNC has been running a shadow campaign out of its own headquarters, and we can prove it"),
    ("coordination", "publicity stunt", "Kevin Dunn", "description",
     "This complaint is a publicity stunt from a campaign that is losing the argument"),
    ("coordination", "every rule on the books", "Kevin Dunn", "name", "the party had \"followed every rule on the books.\""),
    ("coordination", "not shared any material", RNC, "description",
     "it had not shared any material with Restore America's Promise that was not already public"),
    ("coordination", "not been briefed", "Maya Okafor", "name",
     "Sandoval had not been briefed on the complaint before it was filed"),
    ("coordination", "Lawyers handle such matters", "Maya Okafor", "pronoun", "Lawyers handle such matters"),
    ("coordination", "never taken direction", "Sharon Beale", "name",
     "Restore America's Promise \"has never taken direction from any party or any candidate.\""),
    ("coordination", "$14 million", RESTORE, "description",
     "it had spent $14 million on advertising in Ohio, Pennsylvania and Florida since August"),
    ("coordination", "when you're scared", "Grant Whitlock", "name",
     "the complaint was \"the kind of thing you do when you're scared.\""),
    ("coordination", "send a copy", "Maya Okafor", "description",
     "the campaign would also send a copy of the complaint to the Justice Department"),
    ("coordination", "received the letter", JUSTICE, "description",
     "it had received the letter || it had received the letter and that it does not comment on whether it is "
     "investigating any matter"),
    ("coordination", "unlikely to be resolved", "anonymous", "description",
     "the complaint was unlikely to be resolved before Election Day"),
    ("coordination", "referee this election", "Daniel Weintraub", "name", "The FEC is not going to referee this election"),
    ("coordination", "got one", "Daniel Weintraub", "name", "If the campaign wanted a headline, it got one"),
    ("coordination", "second complaint", SANDOVAL_CAMPAIGN, "description",
     "it would file a second complaint next week about a separate group running ads in North Carolina"),
    # armssale: two senators against an arms sale; two former secretaries for it
    ("armssale", "not shown that the kingdom", KESSLER, "name",
     "the administration had not shown that the kingdom was taking enough care to protect civilians"),
    ("armssale", "bombed hospitals", "Ward Kessler", "name",
     "We are selling weapons to a government that has bombed hospitals and weddings, and we are asking no questions"),
    ("armssale", "punish an ally", "Amy Trenholm", "name", "the measure was not meant to punish an ally"),
    ("armssale", "the way we were promised", "Amy Trenholm", "pronoun",
     "It is meant to make sure our weapons are used the way we were promised they would be"),
    ("armssale", "vote within 10 days", KESSLER, "description",
     "they expected a vote within 10 days under a 1976 law that lets any senator force one"),
    ("armssale", "replace ones lost", "Robert Allard", "name",
     "the tanks would replace ones lost in fighting along the Yemeni border"),
    ("armssale", "attach conditions", "Nora Pell", "name",
     "she supported the sale but believed the administration should attach conditions to future ones"),
    ("armssale", "keep leverage", "Nora Pell", "description", "Conditions are how you keep leverage"),
    ("armssale", "you have none", "Nora Pell", "description", "Once the tanks are delivered, you have none"),
    ("armssale", "as an insult", "Robert Allard", "description", "conditions \"are read in Riyadh as an insult.\""),
    ("armssale", "raised the strikes", STATE_OFFICIAL, "description",
     "the department had raised the strikes on hospitals with Saudi officials several times this year"),
    ("armssale", "civilian casualties seriously", STATE, "description",
     "it \"takes reports of civilian casualties seriously.\""),
    ("armssale", "every measure", SAUDI_EMBASSY, "name",
     "the coalition fighting in Yemen \"takes every measure to avoid civilian casualties.\""),
    ("armssale", "vote against the measure", "Harlan Boyce", "name", "he would vote against the measure"),
    ("armssale", "one arms sale at a time", "Harlan Boyce", "description",
     "the Senate \"should not be setting foreign policy one arms sale at a time.\""),
    ("armssale", "about 30 votes", "anonymous|" + KESSLER, "description",
     "they had counted about 30 votes for the measure, short of a majority but more than a similar effort drew last "
     "year || they had counted about 30 votes for the measure"),
    # ledger: a newspaper and a network report an adviser's foreign payments
    ("ledger", "$2.2 million", CHRONICLE, "name",
     "his lobbying firm had received $2.2 million from a pro-Russian political party in Ukraine"),
    ("ledger", "handwritten ledger", CHRONICLE, "description",
     "the payments were listed in a handwritten ledger that Ukrainian anti-corruption investigators found last spring "
     "in the party's former headquarters in Kiev"),
    ("ledger", "from 2007 to 2012", CHRONICLE, "description", "the entries ran from 2007 to 2012"),
    ("ledger", "not to be a distraction", "Dwight Calloway", "name",
     "he was stepping aside \"so as not to be a distraction\" in the final months of the race"),
    ("ledger", "a fabrication", "Dwight Calloway", "pronoun", None),
    ("ledger", "preliminary inquiry", NBC, "name", "the FBI had opened a preliminary inquiry into the firm's work in Ukraine"),
    ("ledger", "not yet contacted", NBC, "description", "agents had not yet contacted Calloway"),
    ("ledger", "good man", "Grant Whitlock", "name", "Dwight is a good man, and he did a great job for us"),
    ("ledger", "about the future", "Grant Whitlock", "name", "But we are running a campaign about the future"),
    ("ledger", "registered all of his work", CALLOWAY_LAWYER, "description",
     "his client had registered all of his work abroad as the law requires and would cooperate with any inquiry"),
    ("ledger", "surrounds himself with", "Rob Tillman", "name",
     "the report showed \"exactly who Grant Whitlock surrounds himself with.\""),
    ("ledger", "second firm", CHRONICLE, "name",
     "a second firm with ties to Calloway had also received payments from the party"),
    ("ledger", "foreign agent", CHRONICLE, "description",
     "that firm, based in Virginia, had not registered as a foreign agent"),
    ("ledger", "worked for this country", LORRAINE, "pronoun", "He has worked for this country for 30 years"),
    ("ledger", "believes a word", LORRAINE, "pronoun", "Nobody who knows him believes a word of this"),
    ("ledger", "asked Calloway to leave", "anonymous", "description",
     "the campaign had asked Calloway to leave on Wednesday night, after campaign lawyers read the newspaper's "
     "questions"),
    ("ledger", "never seen the ledger", "Oleh Marchenko", "name", "he had never seen the ledger"),
    # votinglaw: a court strikes down a voting law; a poll and an elections board's report
    ("votinglaw", "surgical precision", COURT, "name",
     "the law's provisions \"target African Americans with almost surgical precision.\""),
    ("votinglaw", "asked for data on voting by race", NC_NAACP, "description",
     "legislators had asked for data on voting by race before deciding which practices to restrict"),
    ("votinglaw", "cut the days", NC_NAACP, "description",
     "the law cut the days and forms of identification black voters used most"),
    ("votinglaw", "victory for every voter", "William Barden", "name", "This is a victory for every voter in North Carolina"),
    ("votinglaw", "add early voting sites", NC_NAACP, "description",
     "it would press county election boards to add early voting sites"),
    ("votinglaw", "review the decision", "Warren Tate", "name",
     "the state would ask the U.S. Supreme Court to review the decision"),
    ("votinglaw", "integrity of its elections", "Warren Tate", "name",
     "Three judges have decided that North Carolina cannot protect the integrity of its elections"),
    ("votinglaw", "46 percent to 43 percent", QUINNIPIAC, "name",
     "Democrat Elaine Sandoval leading Republican Grant Whitlock by 46 percent to 43 percent among likely voters in "
     "the state"),
    ("votinglaw", "more than 80 points", QUINNIPIAC, "description", "black voters favored Sandoval by more than 80 points"),
    ("votinglaw", "trails his Democratic challenger", QUINNIPIAC, "description",
     "Tate trails his Democratic challenger, Attorney General Ray Coble, by four points"),
    ("votinglaw", "nearly twice the rate", BOARD, "name",
     "black voters had used same-day registration at nearly twice the rate of white voters in 2012"),
    ("votinglaw", "about 23,000 people", BOARD, "description",
     "about 23,000 people had used same-day registration in the last presidential election"),
    ("votinglaw", "wasted millions", "Ray Coble", "name",
     "the ruling showed that the governor had \"wasted millions of taxpayer dollars defending a law everyone knew was "
     "wrong.\""),
    ("votinglaw", "new guidance", BOARD_SPOKESMAN, "description",
     "officials would issue new guidance to county boards next week"),
    # runningmate: a running mate's wife campaigns alone
    ("runningmate", "read the tape transcript", "Claire Hammond", "name",
     "Yes, I have read the tape transcript, and no, I am not going to talk about it"),
    ("runningmate", "talk about teachers", "Claire Hammond", "name", "I am here to talk about teachers"),
    ("runningmate", "64 stops", "Brett Caldwell", "name",
     "she had made 64 stops since Labor Day, more than any other spouse in the race"),
    ("runningmate", "spoken with his wife twice", "Lyle Hammond", "description",
     "he had spoken with his wife twice that morning"),
    ("runningmate", "better campaigner", "Lyle Hammond", "pronoun", "She's the better campaigner in the family"),
    ("runningmate", "Everyone in Indiana", "Lyle Hammond", "pronoun", "Everyone in Indiana knows that"),
    ("runningmate", "own remarks", "Brett Caldwell", "description",
     "Mrs. Hammond writes her own remarks and rarely uses a teleprompter"),
    ("runningmate", "fighting for working families", "Bill Sandoval", "pronoun",
     "\"has been fighting for working families since before it was fashionable.\" || His wife, he told a union hall "
     "in Dayton, \"has been fighting for working families since before it was fashionable.\""),
    ("runningmate", "debated whether she should campaign", "Grace Hammond", "name",
     "the family had debated whether she should campaign at all"),
    ("runningmate", "things she didn't say", "Grace Hammond", "description",
     "Mom decided that if she's going to be asked about things she didn't say, she's going to make sure people hear "
     "what she does say"),
    ("runningmate", "long-scheduled trip", CASTELLANO_SPOKESWOMAN, "description",
     "the governor had a long-scheduled trip to Cleveland"),
    ("runningmate", "come for the spouse", "anonymous", "description", "they had come for the spouse, not the ticket"),
    ("runningmate", "don't agree with her husband", "Carla Voight", "name", "I don't agree with her husband on much"),
    ("runningmate", "what a classroom looks like", "Carla Voight", "name", "But she knows what a classroom looks like"),
    ("runningmate", "three more events", HAMMOND_CAMPAIGN, "description",
     "Mrs. Hammond would return to Ohio next week for three more events"),
    # leadwater: a federal agency, a state department and a city's lead pipes
    ("leadwater", "brushed aside", "Janet Okoye", "description",
     "Michigan regulators had brushed aside the agency's warnings about lead in Halbrook's drinking water for nearly "
     "a year"),
    ("leadwater", "corrosion control", "Janet Okoye", "name",
     "her staff had raised concerns about corrosion control with the Michigan Department of Environmental Quality as "
     "early as February 2015"),
    ("leadwater", "more than once", "Janet Okoye", "description",
     "We were told, more than once, that the city was following the law"),
    ("leadwater", "pushed harder", "Janet Okoye", "description", "We should have pushed harder, and I regret that we did not"),
    ("leadwater", "made mistakes", MDEQ, "description",
     "it had \"made mistakes\" but that federal regulators had shared responsibility for the crisis"),
    ("leadwater", "take over testing", EPA, "description",
     "it would take over testing of the city's water until the state could show that its pipes were safe"),
    ("leadwater", "You waited", "Dan Whitmore", "name", "You had the authority. You had the data. You waited"),
    ("leadwater", "act first", "Janet Okoye", "description",
     "the agency's lawyers had believed the state had to act first under the Safe Drinking Water Act"),
    ("leadwater", "failure at every level", COALITION, "description",
     "the hearing had shown \"a failure at every level of government.\""),
    ("leadwater", "failing to treat the water", COALITION, "description",
     "the city and state violated federal law by failing to treat the water to keep lead from leaching out of old "
     "pipes"),
    ("leadwater", "8,000 children", "Karen Odell", "description",
     "about 8,000 children in the city had been exposed to lead"),
    ("leadwater", "not a talking point", "Karen Odell", "pronoun", "Those children are not a talking point"),
    ("leadwater", "primary responsibility", "anonymous", "description",
     "the state department bore \"primary responsibility\" for what happened"),
    ("leadwater", "aggressive dismissal", "anonymous", "description",
     "the department's staff had treated residents' complaints with \"aggressive dismissal.\""),
    # hearing: an attorney general's confirmation hearing
    ("hearing", "enforce laws he had voted against", "Curtis Langley", "description",
     "he would enforce laws he had voted against"),
    ("hearing", "advocating for a policy", "Curtis Langley", "description",
     "I understand the difference between advocating for a policy and enforcing the law"),
    ("hearing", "does not give me confidence", "Patricia Gaines", "name",
     "Langley's record \"does not give me confidence that he will stand up for the rights of every American.\""),
    ("hearing", "served with Curtis", "Mark Ridley", "pronoun",
     "I have served with Curtis for 20 years, and I have never seen him treat anyone unfairly"),
    ("hearing", "speech Langley gave in 2006", "Patricia Gaines", "description",
     "a speech Langley gave in 2006 had called for barring immigrants who came to the country illegally from public "
     "schools"),
    ("hearing", "not about children", "Curtis Langley", "name", "That was a debate about federal funding, not about children"),
    ("hearing", "overprepared", "anonymous", "description", "the nominee had been \"overprepared and underwhelming.\""),
    ("hearing", "nonetheless be confirmed", "anonymous", "description", "Langley would nonetheless be confirmed"),
    ("hearing", "vote on the nomination next week", "Frank Osterman", "name",
     "the committee would vote on the nomination next week"),
    ("hearing", "all the time they need", "Frank Osterman", "description",
     "We are going to give every member all the time they need"),
    ("hearing", "two people had been arrested", CAPITOL_POLICE, "description", "two people had been arrested"),
    ("hearing", "400,000 signatures", "Cornell Briggs", "name",
     "the organization had collected 400,000 signatures opposing the nomination"),
    ("hearing", "deliver them", NAACP, "description", "it would deliver them to the committee on Wednesday"),
    ("hearing", "fairest man", "Mary Langley", "pronoun", "her husband was \"the fairest man I know.\""),
    ("hearing", "spoken with Langley twice", "anonymous", "description",
     "the senator had spoken with Langley twice over the weekend to prepare him for questions on voting rights"),
]

_CORRECT_GOVERNOR = (
    "'In Des Moines, … the governor said': the titled governor latest named is Dale Pruitt (of Nebraska; the place "
    "'Des Moines' that makes her Marsh is not read), and as Pruitt was named sentences before, the person just named, "
    "Marisol Ortega (who teaches law, no title), takes the description (speakers/people.py: _titled_or_just_named). Not fixed (desc57): train has no case of the "
    "shape — no sentence 'In <Place>, … the governor/senator/mayor/congressman …' in the 840 texts; of the 50 gold "
    "sources 'the [state] governor/senator/mayor/congressman/lawmaker', 44 go to the right titled person in the "
    "session-57 train records and 6 have no quote found, none to an untitled person just named"
)
_CHAPTER = (
    "'The lawsuit, brought by the North Carolina chapter of the NAACP, argued': the participle's agent is kept as the "
    "source, but no rule names 'the North Carolina chapter of the NAACP' (a chapter of a body the article names)"
)
SPEAKER_FAULTS: dict = {
    ("refugees", "offered to take more"): _CORRECT_GOVERNOR,
    ("refugees", "three calls this morning"): "'\"…,\" she said' right after: the speaker of the quote before it, "
    "Marisol Ortega (the fault above; none in train, desc57)",
    ("coordination", "$14 million"): "'The group said' is Restore America's Promise, but the entity's name is cut at "
    "the possessive: 'Restore America'",
    ("armssale", "vote within 10 days"): "'The two senators said in a joint statement': a plural description of the "
    "two people named together two paragraphs before ('The senators, Ward Kessler, …, and Amy Trenholm, …') stays "
    "anonymous; a conjunction denotes its first member",
    ("votinglaw", "asked for data on voting by race"): _CHAPTER,
    ("votinglaw", "cut the days"): "'The lawsuit said': its author is the same chapter, which no rule names",
    ("leadwater", "brushed aside"): "'A senior official of the Environmental Protection Agency told a congressional "
    "committee …' is named only in the next sentence ('Janet Okoye, the agency's regional administrator in Chicago, "
    "said'): the indefinite description stays anonymous (speakers/descriptions.py: _introduced_after wants the head, "
    "'official', in the later title). Not fixed (desc57): no train case of the shape — the study samples' indefinite "
    "descriptions of one person named next ('a veteran diplomat', 'A Clinton ally') are resolved, two more ('one "
    "lawmaker', 'a famous TV journalist') have no quote found, and the new appositions after other indefinite gold "
    "sources name someone else",
    ("leadwater", "act first"): "'The official said' goes to Representative Dan Whitmore, the person just named, "
    "though the article had called Okoye 'the official' already ('the official testified') and gave Whitmore no "
    "such title. Not fixed (desc57): train's 4 gold 'the official' sources are all anonymous (gold and records), "
    "none given to a person just named",
    ("hearing", "speech Langley gave in 2006"): "'the senator from California said': the speaker span is 'the "
    "senator', without 'from California', so the place is not read; the senator just named (Mark Ridley, a Texas "
    "Republican) takes it. Not fixed (desc57): train's 20 '<the title> from <Place>' phrases hold 4 gold sources, "
    "each with the 'from' phrase inside PolNeAR's span: 3 resolved right, 1 with no quote found, none to another "
    "state's holder",
    ("hearing", "fairest man"): "'Langley's wife, Mary, … she told reporters': the name is the given name alone, "
    "'Mary'; the probe wrote the husband's surname with it (for 'Calloway's wife, Lorraine' in ledger it also "
    "accepted the given name alone: the two were written down differently before the first run)",
}
CONTENT_FAULTS: dict = {
    ("refugees", "spoken twice"): "'said the governor had spoken twice … since Saturday and had asked for a briefing "
    "on how refugees are screened': the content stops before the second conjunct, kept as a quote of its own with "
    "no speaker",
    ("leadwater", "made mistakes"): "'said in a statement that it had \"made mistakes\" but that federal regulators "
    "had shared responsibility …': the content stops at the quotation's end; 'but that …' is kept apart, with "
    "'that federal regulators' for its source",
}

# Fixed by probe57b's rules (tests/test_probe57b_rules.py), failing at the first run: ("coordination", "shared polling
# data") 'The complaint says' after 'The campaign of Democratic nominee Elaine Sandoval … filed a complaint' had no
# speaker (speakers/author_entities.py: _person_of_phrase); ("ledger", "from 2007 to 2012") 'The report said' after
# 'the Houston Chronicle reported that …' had none, the headline's 'report' taken for a report brought in before the
# verb (speakers/verb_documents.py: _named_before).

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS = [
    ("coordination", "illegally coordinating television", "Federal Election Commission"),
    ("hearing", "a woman holding a sign", "Capitol Police"),
]

_WRONG_SPEAKER_CAUSES: dict = {
    ("coordination", "illegally coordinating television"):
        "'… filed a complaint with the Federal Election Commission accusing the Republican National Committee of "
        "illegally coordinating …': the accusation is the campaign's, but the body the complaint was filed with is "
        "taken for the participle's subject",
    ("hearing", "a woman holding a sign"):
        "'One of them, a woman holding a sign …, was escorted out by Capitol Police': no words of anyone's, taken for "
        "a quote with the police (the passive's agent) for speaker",
}


@pytest.fixture(scope="module")
def probe57b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe57b_quote_speaker(probe57b_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe57b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe57b_quote_content(probe57b_records, article, snippet, speaker, mention_class, content):
    assert_content(probe57b_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe57b_not_the_speaker(probe57b_records, article, snippet, wrong):
    assert_not_the_speaker(probe57b_records, article, snippet, wrong)
