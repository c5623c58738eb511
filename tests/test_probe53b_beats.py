"""Probe53b: who said it, and what, in invented articles shaped like 2016 US political news, in
kinds of story the earlier probes (``tests/test_probe5*.py``: campaign beats, direct-quote
stories) did not write: a congressional hearing (a chairman and a ranking member pressing an
agency head who "countered" and "replied", "the agency said in a written statement", a committee
aide), an inspector general's report (e-mails quoted "in the report", lawyers for both sides,
two brothers of one surname, "did not respond to a request for comment", "according to two staff
members"), a state legislature's veto fight (a veto message "wrote", a senator and her husband
of one surname, a lobbyist, "the lawmaker"), a polling story (the poll as source, its director,
respondents of one surname, both campaigns), foreign reactions to a US election ("the Kremlin
said", a state television anchor, ministries and spokespeople, "through an interpreter",
translated remarks), a fact-check (the claim quoted, the checker's verdict, campaign
responses), a strike vote (a union president, a company statement, a spokesman "said in an
e-mail", a father and son of one surname, "the paper") and an obituary of a former senator
(tributes, his own past words "he once said", "he wrote", his children).

``tests/fixtures/probe53b/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between
accepted answers), the PolNeAR class of the mention that names it, and its content (" || "
between accepted extents; None: not compared), read as ``tests/test_probe52_beats.py`` reads
them. All of it was written by hand before newsmine first ran on the articles; figures are in
docs/history/attribution.md, "Session 53 — probe53b". What newsmine still gets wrong is a strict
xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented
for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe53b"

EPA = "Environmental Protection Agency|The Environmental Protection Agency|EPA"
INSPECTOR_GENERAL = "anonymous|Diane Kowalczyk"
FEC = "anonymous|Federal Election Commission|The Federal Election Commission"
GAO = "Government Accountability Office|The Government Accountability Office|GAO"
KEYSTONE = "anonymous|Keystone University"
MARSH_CAMPAIGN = "anonymous|Marsh campaign|The Marsh campaign|Helen Marsh"
FRANKLIN_MARSHALL = "anonymous|Franklin & Marshall College"
KREMLIN = "Kremlin|The Kremlin"
FRENCH_MINISTRY = "anonymous|French Foreign Ministry|The French Foreign Ministry|Foreign Ministry"
HAMILTON = "anonymous|Hamilton Tax Institute|The Hamilton Tax Institute"
CBO = "Congressional Budget Office|The Congressional Budget Office|CBO"
UNION = "anonymous|Amalgamated Metal Workers Local 412|Amalgamated Metal Workers"
HARMON = "Harmon Axle"
BLADE = "anonymous|The Toledo Blade|Toledo Blade"
JOURNAL = "The Providence Journal|Providence Journal"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # hearing
    ("hearing", "the price of getting it right", "Carla Benton", "name",
     'the delay was "the price of getting it right" and that the agency had received more than 40,000 public '
     "comments"),
    ("hearing", "Two years is not getting it right", "Harold Whitcomb", "pronoun",
     "Two years is not getting it right. Two years is getting it late"),
    ("hearing", "drank that water", "Harold Whitcomb", "pronoun", "Children in my state drank that water the whole time"),
    ("hearing", "cut by 12 percent", "Carla Benton", "name", "the agency's budget had been cut by 12 percent since 2012"),
    ("hearing", "You cannot cut an agency's staff", "Carla Benton", "pronoun",
     "You cannot cut an agency's staff and then ask why it moves slowly"),
    ("hearing", "A sample is not good enough", "Gloria Ames", "name",
     "A sample is not good enough when we are talking about children"),
    ("hearing", "require testing of every outlet", "Carla Benton", "name",
     "the final rule would require testing of every outlet used for drinking or cooking, but that small rural "
     "districts would get three years to comply"),
    ("hearing", "behind closed doors", "Mark Dunleavy", "name",
     'the agency of writing the rule "behind closed doors" with advocacy groups || writing the rule "behind '
     'closed doors" with advocacy groups'),
    ("hearing", "sharing drafts", "Mark Dunleavy", "pronoun",
     "showed agency staff sharing drafts with the Natural Resources Defense Council || a stack of e-mails "
     "obtained by the committee, which he said showed agency staff sharing drafts with the Natural Resources "
     "Defense Council"),
    ("hearing", "That is not rulemaking", "Mark Dunleavy", "name", "That is not rulemaking. That is a private club"),
    ("hearing", "routine consultation", "Carla Benton", "name",
     "the e-mails reflected routine consultation with outside experts, the same kind the agency held with "
     "industry groups"),
    ("hearing", "We talk to everyone", "Carla Benton", "pronoun",
     "We talk to everyone. I would be happy to send the senator our meeting logs with the chemical companies, too"),
    ("hearing", "broke any rules", "Mark Dunleavy", "pronoun",
     "he would ask the agency's inspector general to review whether the contacts broke any rules"),
    ("hearing", "publish the final rule", EPA, "description",
     "it expected to publish the final rule in the Federal Register by March"),
    ("hearing", "money to replace old pipes", "anonymous", "description",
     "Whitcomb and Ames were working on a bill that would give school districts money to replace old pipes"),
    ("hearing", "reach the floor", "anonymous", "description", "the bill could reach the floor before the end of the year"),
    ("hearing", "not ready to endorse", "Harold Whitcomb", "name", "he was not ready to endorse the bill"),
    ("hearing", "Money is the easy part", "Harold Whitcomb", "pronoun",
     "Money is the easy part || Money is the easy part. Trust is the hard part, and this agency has not earned it"),
    ("hearing", "more in common", "Gloria Ames", "pronoun",
     'she and the chairman had "more in common on this than people think" and that parents in both states wanted '
     "the same thing"),
    # inquiry
    ("inquiry", "pressured staff", INSPECTOR_GENERAL, "description",
     "A senior official at the Department of Housing and Urban Development pressured staff to award nearly $3 "
     "million in contracts to a consulting firm owned by a major political donor"),
    ("inquiry", "told subordinates", INSPECTOR_GENERAL, "description",
     'the official, Deputy Assistant Secretary Ronald Pike, told subordinates in a series of e-mails that the '
     'firm, Brightline Strategies, was "the only serious bidder" even after a review panel ranked it fourth of '
     "five"),
    ("inquiry", "the only serious bidder", "Ronald Pike", "name",
     'the firm, Brightline Strategies, was "the only serious bidder" || the firm, Brightline Strategies, was "the '
     'only serious bidder" even after a review panel ranked it fourth of five'),
    ("inquiry", "Get this done", "Ronald Pike", "name",
     "Get this done before the end of the quarter || Get this done before the end of the quarter. I don't want to "
     "hear about scoring sheets"),
    ("inquiry", "gave more than $250,000", FEC, "name",
     "The firm's founder, Gerald Haskins, gave more than $250,000 to Republican candidates and committees in the "
     "2014 and 2016 election cycles"),
    ("inquiry", "followed every rule", "Stephanie Morrow", "name",
     'her client "followed every rule he was given" and that the report "takes ordinary e-mails out of context."'),
    ("inquiry", "nineteen years", "Stephanie Morrow", "name",
     "Mr. Pike has served this department for nineteen years without a single complaint || Mr. Pike has served "
     "this department for nineteen years without a single complaint. He will be cleared"),
    ("inquiry", "fair and square", "Paul Haskins", "name",
     'the firm had won the contracts "fair and square" and would cooperate with any review'),
    ("inquiry", "objections went nowhere", "Diane Kowalczyk", "pronoun",
     'Pike had "created an environment in which objections went nowhere."'),
    ("inquiry", "the secretary's office is watching", "Ronald Pike", "name", "the secretary's office is watching this one"),
    ("inquiry", "told the review panel", "anonymous", "description",
     'Pike told the review panel that "the secretary\'s office is watching this one."'),
    ("inquiry", "takes the inspector general's findings", "Lauren Price", "name",
     'the department "takes the inspector general\'s findings seriously" and had placed Pike on administrative '
     "leave"),
    ("inquiry", "no knowledge of the contracts", "anonymous", "description", "it had no knowledge of the contracts"),
    ("inquiry", "never heard of this company", "anonymous", "description",
     "The secretary had never heard of this company until the inspector general's report"),
    ("inquiry", "campaign piggy bank", "Elaine Cho", "name",
     'the report showed "exactly what happens when you treat a federal agency like a campaign piggy bank."'),
    ("inquiry", "call Pike to testify", "Elaine Cho", "pronoun",
     "she would ask the committee's chairman to call Pike to testify"),
    ("inquiry", "failed to document", GAO, "name",
     "HUD had failed to document its reasons for choosing the winning bidder in 14 of 40 contracts it reviewed"),
    # veto
    ("veto", "a gift to Silicon Valley", "Thomas Reilly", "name",
     "a gift to Silicon Valley at the expense of Pennsylvania's towns || it \"a gift to Silicon Valley at the "
     "expense of Pennsylvania's towns.\""),
    ("veto", "know their streets", "Thomas Reilly", "name",
     'local officials "know their streets better than anyone in this building" and that the measure would strip '
     "them of the power to set safety standards for drivers"),
    ("veto", "deeply disappointed", "Janet Kober", "name",
     'she was "deeply disappointed" and would seek an override when the legislature returns next month'),
    ("veto", "patchwork of rules", "Janet Kober", "name",
     "The governor is protecting a patchwork of rules that makes no sense to anyone who has ever used an app to "
     "get home"),
    ("veto", "forty times a day", "Janet Kober", "name", "Drivers cross city lines forty times a day"),
    ("veto", "still counting votes", "Daniel Kober", "name", "he was still counting votes"),
    ("veto", "We are close", "Daniel Kober", "pronoun", "We are close. We are not there yet"),
    ("veto", "spent more than $1.2 million", "anonymous", "description",
     "Uber and Lyft spent more than $1.2 million lobbying in Harrisburg last year"),
    ("veto", "press undecided House members", "anonymous", "description",
     "the companies would press undecided House members through the summer"),
    ("veto", "a driver in Erie", "Amy Lindqvist", "name",
     "This is about whether a driver in Erie can follow the same rules as a driver in Philadelphia"),
    ("veto", "sensible rules", "Frank Osei", "name",
     'cities had "done the hard work of writing sensible rules" and deserved to keep them'),
    ("veto", "override to fail", "Luis Ortega", "name", "he expected the override to fail"),
    ("veto", "had told him", "Luis Ortega", "description",
     "drivers in his district had told him they wanted more protection, not less"),
    ("veto", "they wanted more protection", "anonymous", "description", "they wanted more protection, not less"),
    ("veto", "Nobody in my car", "Luis Ortega", "name",
     "Nobody in my car has ever asked me to make it easier for the company to ignore the city"),
    ("veto", "disappointed by the governor's decision", "Chris Wendt", "name",
     'the company was "disappointed by the governor\'s decision" but remained committed to Pennsylvania'),
    ("veto", "never been afraid", "Thomas Reilly", "name", 'he had "never been afraid of a vote count."'),
    ("veto", "If they have the votes", "Thomas Reilly", "pronoun",
     "If they have the votes, they have the votes || If they have the votes, they have the votes. I don't think "
     "they do"),
    # poll
    ("poll", "by six percentage points", KEYSTONE, "description",
     "Democrat Helen Marsh leads Republican Greg Tolliver by six percentage points among likely voters in "
     "Pennsylvania"),
    ("poll", "almost entirely from suburban women", KEYSTONE, "description",
     "Marsh's lead came almost entirely from suburban women, who favored her by 24 points, up from 11 points in "
     "the same poll in August"),
    ("poll", "where this race is being decided", "Nora Halloran", "name",
     "The suburbs around Philadelphia are where this race is being decided, and right now they are moving in one "
     "direction"),
    ("poll", "after the first debate", "Nora Halloran", "pronoun", "the shift began after the first debate"),
    ("poll", "not over by any stretch", "Nora Halloran", "name", 'the race "is not over by any stretch,"'),
    ("poll", "change their minds", "anonymous", "description", "they could still change their minds"),
    ("poll", "can't do it this time", "Carol Dietz", "name",
     "I just can't do it this time || I just can't do it this time. I keep waiting for him to act like a grown-up"),
    ("poll", "sticking with Tolliver", "Walter Dietz", "name", "he was sticking with Tolliver"),
    ("poll", "She thinks I'm crazy", "Walter Dietz", "pronoun", "She thinks I'm crazy. I think the country needs a shake-up"),
    ("poll", "down by nine", "Jim Bradigan", "name",
     "Keystone had us down by nine at this point in the primary, and we won by twenty"),
    ("poll", "within the margin of error", "Jim Bradigan", "pronoun",
     'the race was "within the margin of error" in the campaign\'s own surveys'),
    ("poll", "takes nothing for granted", "Denise Otero", "name", 'the campaign "takes nothing for granted."'),
    ("poll", "40 field offices", MARSH_CAMPAIGN, "description",
     "it would add 40 field offices in the state by the end of the month"),
    ("poll", "Marsh ahead by two points", FRANKLIN_MARSHALL, "name",
     "the race was tighter, with Marsh ahead by two points || the race was tighter"),
    ("poll", "assumptions about turnout", "anonymous", "description",
     "the difference probably reflected the two surveys' different assumptions about turnout"),
    ("poll", "a dead heat", "Dale Hatch", "name", 'the state was "a dead heat, no matter what the pollsters say."'),
    ("poll", "Everyone is guessing", "Nora Halloran", "name",
     "Everyone is guessing who shows up || Everyone is guessing who shows up. We just try to guess honestly"),
    # reaction
    ("reaction", "restore full-fledged relations", KREMLIN, "name",
     'it was ready to "restore full-fledged relations" with Washington || it was ready to "restore full-fledged '
     "relations\" with Washington after Greg Tolliver's victory in the American presidential election"),
    ("reaction", "never interfere", "Dmitri Orlov", "name",
     'Moscow "has never interfered and will never interfere" in the affairs of other countries'),
    ("reaction", "telegram of congratulations", "Dmitri Orlov", "pronoun",
     "a telegram of congratulations had been sent overnight"),
    ("reaction", "a historic defeat", "Yevgeny Sorokin", "name",
     'the American establishment had suffered "a historic defeat."'),
    ("reaction", "burst into applause", "anonymous|RIA", "name",
     "lawmakers burst into applause when the result was announced || In the lower house of parliament, lawmakers "
     "burst into applause when the result was announced"),
    ("reaction", "This is a good day", "Ivan Zharkov", "name", "This is a good day"),
    ("reaction", "shared values", "Ingrid Vogt", "name",
     'Germany would work with the new president on the basis of shared values: "democracy, freedom, respect for '
     'the law and the dignity of every person."'),
    ("reaction", "open and honest partnership", "Ingrid Vogt", "pronoun",
     "she had spoken with the president-elect's transition team and looked forward to \"an open and honest "
     'partnership."'),
    ("reaction", "remain vigilant", FRENCH_MINISTRY, "name", 'France would "remain vigilant" on climate commitments'),
    ("reaction", "honor the agreements", "Claire Dumont", "name",
     "Paris expected Washington to honor the agreements it had signed"),
    ("reaction", "non-conflict", "Lu Wenhao", "name",
     'China hoped to work with the new administration on "non-conflict, non-confrontation and mutual respect."'),
    ("reaction", "speculate about campaign statements", "Lu Wenhao", "name",
     'he would not "speculate about campaign statements."'),
    ("reaction", "not pay for any wall", "Andrés Ibarra", "name",
     'Mexico would "not pay for any wall, under any circumstances."'),
    # corrected after the first run: '"…," he said, according to a translation provided by his office' is the
    # translation's account by PolNeAR's convention (decide.reported_through), the speaker's verb in its content
    ("reaction", "defend our citizens", "Andrés Ibarra|anonymous", "pronoun",
     'We will defend our citizens wherever they are || We will defend our citizens wherever they are," he said'),
    ("reaction", "could fall further", "anonymous|Banco Norte", "description",
     "the currency could fall further if the new administration moved quickly on trade"),
    ("reaction", "an early meeting", "Kenji Aoyama", "name", "he would seek an early meeting with the president-elect"),
    ("reaction", "cornerstone of peace", "Kenji Aoyama", "name",
     "The alliance between Japan and the United States is the cornerstone of peace in this region"),
    ("reaction", "for months, quietly", "anonymous", "description",
     'Tokyo had been preparing for a Tolliver victory "for months, quietly."'),
    # factcheck
    ("factcheck", "raise taxes on every family in America", "Greg Tolliver", "name",
     'his opponent\'s tax plan would "raise taxes on every family in America by at least $4,000."'),
    ("factcheck", "$1.4 trillion", HAMILTON, "description",
     "Marsh's proposals would raise $1.4 trillion over ten years, nearly all of it from households earning more "
     "than $250,000 a year"),
    ("factcheck", "not how taxes work", "Leonard Fisk", "name",
     "that is not how taxes work || Dividing that total by the number of households gives roughly $4,000 per "
     "family, but that is not how taxes work"),
    ("factcheck", "spread it across everyone", "Leonard Fisk", "pronoun",
     "You can't take a tax on millionaires, spread it across everyone and call it a tax on the middle class"),
    ("factcheck", "little or no change", HAMILTON, "description",
     'households in the middle fifth of earners would see "little or no change" in their tax bills'),
    ("factcheck", "misread our numbers", "Martha Greer", "name", 'the campaign had "misread our numbers."'),
    ("factcheck", "We never said anything like that", "Martha Greer", "pronoun",
     "We never said anything like that || We never said anything like that. We would be happy to walk them "
     "through it"),
    ("factcheck", "every family that pays income tax", "Kayla Brandt", "name",
     '"every family that pays income tax would be hit" if the cut expired'),
    ("factcheck", "keeps the 2001 rates", CBO, "name",
     "The Marsh plan keeps the 2001 rates for households earning under $250,000"),
    ("factcheck", "caught making things up", "Ben Aldana", "name",
     "Greg Tolliver has been caught making things up again || Greg Tolliver has been caught making things up "
     "again. He's not fooling anyone"),
    # corrected after the first run: the fact-check never writes Marsh's given name
    ("factcheck", "wants to cut Social Security", "Marsh", "pronoun", 'Tolliver "wants to cut Social Security,"'),
    ("factcheck", "would not touch the program", "Greg Tolliver", "pronoun", "he would not touch the program"),
    ("factcheck", "deserve to know that history", "Ben Aldana", "name",
     'Tolliver had praised a House budget in 2013 that would have raised the retirement age, and that voters '
     '"deserve to know that history."'),
    ("factcheck", "he has it wrong", "Martha Greer", "description", "he has it wrong"),
    # strike
    ("strike", "Ninety-one percent", UNION, "description",
     "Ninety-one percent of the plant's 1,400 hourly workers voted in favor"),
    ("strike", "given up raises", "Rosa Delgado", "name",
     "Our members have given up raises for eight years to keep this plant open. They are done giving"),
    ("strike", "shift more of the cost", "Rosa Delgado", "name",
     "the company wanted to shift more of the cost of health insurance onto workers and to hire new employees at "
     "a lower wage"),
    ("strike", "until Friday", "Rosa Delgado", "pronoun",
     "the union would give the company until Friday to return to the table"),
    ("strike", "a fair and competitive package", HARMON, "name",
     'it had offered "a fair and competitive package" that included a 2 percent raise in each of the contract\'s '
     "four years"),
    ("strike", "30 percent higher", HARMON, "description",
     "its labor costs were already 30 percent higher than those at its plant in Monterrey, Mexico"),
    ("strike", "no plans to move production", "Dean Fowler", "name",
     'Harmon had "no plans to move production" but that "every plant has to compete."'),
    # corrected after the first run: this article never writes Tolliver's or Marsh's given name
    ("strike", "tear up", "Tolliver", "name",
     'he would "tear up" trade deals that he said had cost Toledo thousands of jobs'),
    ("strike", "do more for less", "Marsh", "name",
     'she stood "with the workers at Harmon and every worker who is asked to do more for less."'),
    ("strike", "join the picket line", "anonymous|Paul Grady", "description",
     "Her running mate, Sen. Paul Grady, plans to join the picket line if a strike begins"),
    ("strike", "not come to a strike", "Tim Novak", "name", "he voted yes but hoped it would not come to a strike"),
    ("strike", "two kids in college", "Tim Novak", "pronoun",
     "I've got two kids in college. A strike is the last thing I want"),
    ("strike", "too patient for too long", "Ed Novak", "name", 'the union had been "too patient for too long."'),
    ("strike", "everything we asked for", "Ed Novak", "pronoun", "We got everything we asked for, and we earned it"),
    ("strike", "supervisors had warned them", "anonymous", "description",
     "supervisors had warned them that the plant could close if the strike went ahead"),
    ("strike", "No supervisor has been authorized", "Dean Fowler", "name",
     "No supervisor has been authorized to discuss the future of the plant"),
    ("strike", "reported record profits", BLADE + "|Harmon Axle", "name",
     "Harmon Axle, which is owned by a private equity firm in Chicago, reported record profits last year"),
    ("strike", "$4 million bonus", BLADE, "description",
     "the company's chief executive received a $4 million bonus"),
    # obituary
    ("obituary", "complications of pneumonia", "Maria Castellano", "name", "the cause was complications of pneumonia"),
    ("obituary", "nobody gets everything", "Raymond Castellano", "pronoun",
     'the Senate worked best "when nobody gets everything and everybody gets something."'),
    # widened after the first run: with "that" tagged a determiner ('wrote that partisanship was'), PolNeAR train's
    # gold keeps it in each such content newsmine keeps it in ('admitted that philanthropy', 'emphasize that trade')
    ("obituary", "a luxury a country can afford", "Raymond Castellano", "pronoun",
     'partisanship was "a luxury a country can afford only when nothing is at stake." || that partisanship was "a '
     'luxury a country can afford only when nothing is at stake."'),
    ("obituary", "the most honest man", "Edith Crane", "name",
     'him "the most honest man I ever negotiated against." || the most honest man I ever negotiated against'),
    ("obituary", "Ray would tell you", "Edith Crane", "pronoun",
     "Ray would tell you exactly what he needed and exactly what he could give up. Then he would keep his word"),
    ("obituary", "finest public servant", "Dana Whitlock", "name", 'the state had "lost its finest public servant."'),
    ("obituary", "introduce a resolution", "Dana Whitlock", "pronoun",
     "she would introduce a resolution honoring him when the Senate returns next week"),
    ("obituary", "taught him politics", "Raymond Castellano", "pronoun", "his father had taught him politics"),
    ("obituary", "fixed shoes", "Raymond Castellano", "pronoun",
     "My father fixed shoes for Republicans and Democrats, and he charged them the same"),
    ("obituary", "took a lot of heat", "Linda Ferrante", "name",
     "Ray took a lot of heat for that deal, and he never once complained about it"),
    ("obituary", "never forgot where he came from", JOURNAL, "name",
     'he was "a senator who never forgot where he came from."'),
    ("obituary", "answered every letter", JOURNAL, "description",
     "his office answered every letter it received, a practice he kept until he retired"),
    ("obituary", "asking for money", "Raymond Castellano", "pronoun",
     "We spend more time on the phone asking for money than we spend reading the bills we vote on"),
    ("obituary", "had opinions about all of them", "Paul Castellano|Paul", "description",
     'his father had watched this year\'s presidential debates from his hospital bed "and had opinions about all '
     'of them."'),
    ("obituary", "He said the whole thing", "Maria Castellano", "name",
     "He said the whole thing made him miss the Senate, and then he said it made him glad he'd left"),
    ("obituary", "the whole thing made him miss", "Raymond Castellano", "pronoun",
     "the whole thing made him miss the Senate"),
]  # fmt: skip

# Words in quotation marks nobody says: a book's title.
NOT_QUOTES = [
    ("obituary", "The Middle of the Room,"),
]

_NESTED = {
    ("inquiry", "the only serious bidder"):
        "'The report found that the official … told subordinates in a series of e-mails that the firm … was \"the "
        "only serious bidder\"': the report's content is found, the official's report nested inside it is not",
    ("veto", "they wanted more protection"):
        "'said drivers in his district had told him they wanted more protection': the lawmaker's content is found, "
        "the drivers' report nested inside it ('told him they wanted') is not",
    ("poll", "change their minds"):
        "'noting that one in five Tolliver supporters said they could still change their minds': the director's "
        "content is found, the supporters' report nested inside it is not",
    ("obituary", "the whole thing made him miss"):
        "'\"He said the whole thing made him miss the Senate, and then he said …,\" Maria Castellano said': hearsay "
        "opening a direct quotation ('He said …' inside the marks) is no quote of its own",
}

_NOT_FOUND = {
    ("poll", "by six percentage points"):
        "'Democrat Helen Marsh leads …, a new Keystone University poll released Wednesday shows.': a poll's "
        "finding before a sentence-final ', a new poll shows' gives no quote",
}

SPEAKER_FAULTS = _NESTED | _NOT_FOUND | {
    ("inquiry", "fair and square"):
        "'A lawyer for Brightline, Paul Haskins, who is his brother, said': with the relative clause after it the "
        "parse makes 'Paul Haskins' a conjunct of 'Brightline', and the speaker is named 'A lawyer for Brightline, "
        "Paul Haskins' (anonymous); without the clause the name is found",
    ("inquiry", "the secretary's office is watching"):
        "'at which, according to two staff members …, Pike told the review panel that \"…\"': the 'according to' "
        "takes the quotation alone as its content, so the quotation is the staff members', not Pike's",
    ("inquiry", "told the review panel"):
        "the report's 'described a meeting …' holds the staff members' account; their own content is the quotation "
        "alone (see 'the secretary's office is watching')",
    ("poll", "40 field offices"):
        "'Marsh's campaign manager, Denise Otero, said … The campaign said it would add 40 field offices': 'the "
        "campaign' is the latest campaign named outright ('The Tolliver campaign dismissed the poll', two "
        "paragraphs up) before the owner of the latest 'campaign' word ('Marsh's campaign manager')",
    ("factcheck", "wants to cut Social Security"):
        "'Marsh has her own troubles with the facts. Last week she said …': the NER tags the bare surname 'Marsh' "
        "(the article never gives her first name) an organisation, so 'she' goes to the latest woman named, "
        "Tolliver's spokeswoman Kayla Brandt",
    ("factcheck", "he has it wrong"):
        "'the author of the study he cites says he has it wrong': the description is resolved through the pronoun "
        "of its own relative clause ('he cites': Tolliver) rather than as the study's author",
    ("strike", "30 percent higher"):
        "'In a statement, Harmon Axle said … The company said': the NER tags 'Harmon' a person and 'Harmon Axle' is "
        "no entity, so 'the company' finds no company to stand for",
    ("strike", "tear up"):
        "'The strike vote came two days after Tolliver visited the plant's parking lot and told workers that …': "
        "the parse makes 'told' a conjunct of 'came', so its subject is 'The strike vote'",
    ("strike", "not come to a strike"):
        "'said he voted yes but hoped it would not come to a strike': the parse tags 'yes' punctuation and starts "
        "a new sentence at 'but hoped', so 'said' keeps 'he voted' and 'hoped' has no subject",
}

CONTENT_FAULTS = _NESTED | _NOT_FOUND | {
    ("inquiry", "told the review panel"):
        "the shortest quote holding the words is the report's 'described a meeting in March 2015 at which, "
        "according to two staff members …' (see SPEAKER_FAULTS)",
    ("veto", "disappointed by the governor's decision"):
        "'the company was \"disappointed by the governor's decision\" but remained committed to Pennsylvania': the "
        "content stops at the quotation's closing mark; content_ends._resumed_after_quotation resumes over 'and' "
        "and 'or' only ('…,\" but pledged to …' is more often a new statement on PolNeAR train)",
    ("reaction", "restore full-fledged relations"):
        "'said … that it was ready to \"restore full-fledged relations\" with Washington after …, as leaders in "
        "Europe and Asia offered cautious congratulations': the writer's closing 'as' clause is kept",
    ("strike", "not come to a strike"):
        "'hoped' has a content of its own, 'it would not come to a strike' (see SPEAKER_FAULTS)",
}
# Fixed by probe53b's rules: ("hearing", "routine consultation") 'mails reflected …' (attribution/
# hyphenated_starts.py); ("hearing", "publish the final rule") 'a written statement after the hearing that …'
# (attribution/phrase_that_clauses.py) and 'The agency' named no agency after '"… an agency's staff …"'
# (speakers/quoted_indefinites.py).

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS = [
    ("strike", "had cost Toledo thousands of jobs", "Dean Fowler"),
    ("factcheck", "the line", "Brandt campaign"),
    ("inquiry", "a request for comment", "Government Accountability Office"),
]

_WRONG_SPEAKER_CAUSES = {
    ("strike", "had cost Toledo thousands of jobs"):
        "'trade deals that he said had cost Toledo …': with 'told' given to 'The strike vote' (SPEAKER_FAULTS), "
        "'he' goes to the latest man named, the company's spokesman",
    ("factcheck", "the line"):
        "'Her campaign defended the line': 'her' goes to Kayla Brandt as 'she' does above (Marsh tagged an "
        "organisation); campaign_owners passes a spokeswoman's campaign to the next candidate, and nobody the "
        "rule can reach runs (the research group's president does not, review53c)",
    ("inquiry", "a request for comment"):
        "'The chairman's office did not respond to a request for comment': 'office' is read as the Government "
        "Accountability Office named later in the article",
}


@pytest.fixture(scope="module")
def probe53b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe53b_quote_speaker(probe53b_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe53b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe53b_quote_content(probe53b_records, article, snippet, speaker, mention_class, content):
    assert_content(probe53b_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe53b_not_the_speaker(probe53b_records, article, snippet, wrong):
    assert_not_the_speaker(probe53b_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe53b_no_quote(probe53b_records, article, words):
    assert_no_whole_quote(probe53b_records, article, words.rstrip(","))
