"""Probe57: who said it, and what, in invented articles shaped like 2016 US political news, in
kinds of story the earlier probes (``tests/test_probe5*.py``: campaign beats, hearings, polls,
Q&A, court rulings, a Supreme Court nomination, vetoes, fact checks, conventions, a primary
night, a federal shutdown, farm-bill talks, a rail shutdown, a House sit-in, a monument's
removal, outlets' house styles) did not write: a state budget standoff (`budget`: a governor and a
speaker of different gender whose pronouns cross paragraphs, "According to a report released …
by Moody's", "The report warned", an anonymous aide, a superintendent and her brother "Ms.
Brandt" / "Mr. Brandt", a quotation run over a paragraph break, a spokesman "in an email", "The
Philadelphia Inquirer reported", a union's statement and its president), a foreign leader's state
visit (`visit`: two presidents of different gender, "through an interpreter", a reporter's
question, a quotation whose speaker is named only after it, "According to a White House
official", a protester and her nephew "Ms. Ibarra" / "Mr. Ibarra", an embassy's statement, "The
Washington Post reported", "according to the White House press secretary, …, who said"), the
Electoral College's vote (`electors`: a defecting elector, a secretary of state, a party chairman,
a married couple "Ms. Rourke" / "Mr. Rourke", a campaign official who spoke on condition of
anonymity, "Politico reported", "according to the National Archives, which …", a post on Twitter
that "wrote"), a nominee's health (`health`: a nominee, her physician who "wrote" and her daughter
of one surname, "The younger Whitaker", a running mate of the other gender, a law enforcement
official, an expert named only after the quote, a poll that "found" and "According to the poll"),
a nominee's tax returns (`taxes`: "The New York Times reported", "the Times said", "According to
the documents", three unnamed experts, a nominee and his son "Victor Halloran Jr." / "The younger
Halloran" and the bare "Halloran" after them, the IRS, a research group's report that
"estimated"), a court order to unlock a phone (`encryption`: an order as its judge's words, a
chief executive who "wrote" in an open letter and is named a sentence after "the company's chief
executive called", an FBI director, a hearing's questioner who "asked" and witness who "replied",
a father and his daughter "Mr. Delgado" / "Ms. Delgado", groups "including" a named one,
"according to the court"), a nominee's feud with a fallen soldier's parents (`goldstar`: a
father and mother "Mr. Rahimi" / "Ms. Rahimi", an opinion article she "wrote", a senator's
statement run over a paragraph break, "According to the organization", an adviser who spoke on
condition of anonymity and is "the adviser" after, "she and Vane believed", a poll) and a
sheriff's jail policy against a governor (`sanctuary`: a governor and a sheriff of different
gender, "According to an analysis by …", "The institute found", two commissioners who asked not to
be named, a widow and her brother "Reyes" / "Luis Reyes", an ICE spokeswoman, "The Austin
American-Statesman reported", "The governor's office said").

``tests/fixtures/probe57/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it, and its
content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe56_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 57 — probe57". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe57"

MOODYS = "Moody's Investors Service|Moody's"
INQUIRER = "Philadelphia Inquirer|The Philadelphia Inquirer"
PSEA = "Pennsylvania State Education Association|The Pennsylvania State Education Association"
EMBASSY = "Argentine Embassy|The Argentine Embassy"
WAPO = "Washington Post|The Washington Post"
ARCHIVES = "National Archives|The National Archives"
CBS = "CBS News|anonymous"
NYT = "New York Times|The New York Times|Times|The Times"
IRS = "Internal Revenue Service|The Internal Revenue Service|IRS"
TPC = "Tax Policy Center|The Tax Policy Center"
EFF = "anonymous|Electronic Frontier Foundation|The Electronic Frontier Foundation"
VFW = "Veterans of Foreign Wars|The Veterans of Foreign Wars"
CNN_POLL = "CNN|CNN/ORC|anonymous"
MPI = "Migration Policy Institute|The Migration Policy Institute"
ICE = "anonymous|Immigration and Customs Enforcement|ICE"
STATESMAN = "Austin American-Statesman|The Austin American-Statesman"
GOVERNORS_OFFICE = "anonymous|Keith Haskell"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # budget: a state budget standoff between a governor and a House speaker
    ("budget", "would veto any budget", "Rachel Cordero", "name",
     "she would veto any budget that did not include new money for schools"),
    ("budget", "kicks it down the road", "Rachel Cordero", "pronoun",
     "I was elected to fix the way we pay for education, not to sign another plan that kicks it down the road"),
    ("budget", "dead on arrival", "Dennis Kohl", "name",
     'the governor\'s proposed increase in the income tax was "dead on arrival" in his chamber'),
    ("budget", "holding the schools hostage", "Dennis Kohl", "pronoun", None),
    ("budget", "keeps saying she wants a deal", "Dennis Kohl", "name", "The governor keeps saying she wants a deal"),
    ("budget", "same plan she sent us", "Dennis Kohl", "name", "Then she sends us the same plan she sent us in March"),
    ("budget", "offered twice", "Rachel Cordero", "name",
     "she had offered twice to meet the speaker halfway on the size of the increase"),
    ("budget", "moved an inch", "Rachel Cordero", "pronoun", "He hasn't moved an inch"),
    ("budget", "$6 billion", MOODYS, "name",
     "the state has delayed about $6 billion in payments to schools, counties and social service agencies since July"),
    ("budget", "downgrade of the state's credit", MOODYS, "description",
     "the impasse could lead to a downgrade of the state's credit rating if it lasted past Thanksgiving"),
    ("budget", "stay in session", "anonymous", "description",
     "the speaker's members had been told to expect to stay in session through December"),
    ("budget", "$15 million loan", "Laura Brandt", "name",
     "the district had taken out a $15 million loan in September and would run out of money again by January"),
    ("budget", "paying interest", "Laura Brandt", "name", "We are paying interest on money the state owes us"),
    ("budget", "reach a classroom", "Laura Brandt", "name",
     "Every dollar of that interest is a dollar that doesn't reach a classroom"),
    ("budget", "domestic violence shelters", "Mark Brandt", "pronoun",
     "the county had stopped paying some of its own bills to keep its domestic violence shelters open"),
    ("budget", "don't agree on taxes", "Mark Brandt", "name", "My sister and I don't agree on taxes"),
    ("budget", "has to do its job", "Mark Brandt", "name", "We agree that Harrisburg has to do its job"),
    ("budget", "not asking for a raise", "Rachel Cordero", "name", "She is not asking for a raise"),
    ("budget", "asking for paper", "Rachel Cordero", "name",
     "She is asking for paper || She is asking for paper. When people in that building talk about the budget as a "
     "game of chicken, I want them to think about her || She is asking for paper. \"When people in that building "
     "talk about the budget as a game of chicken, I want them to think about her"),
    ("budget", "game of chicken", "Rachel Cordero", "name",
     "When people in that building talk about the budget as a game of chicken, I want them to think about her"),
    ("budget", "return to the table", "Tim Ostrowski", "name",
     'the speaker would return to the table "the moment the governor takes the tax increase off it."'),
    ("budget", "nearly reached a deal", INQUIRER, "name",
     "the two sides had nearly reached a deal in August before it collapsed over a tax on natural gas drilling"),
    ("budget", "negotiate in the newspaper", "Rachel Cordero", "pronoun", "I'm not going to negotiate in the newspaper"),
    ("budget", "30 districts", PSEA, "name", "30 districts had borrowed more than $430 million since the impasse began"),
    ("budget", "might not be paid", "Joan Whitcomb", "name",
     "teachers in some districts had been told they might not be paid in February"),
    # visit: a foreign leader's state visit to Washington
    ("visit", "talking past each other", "Thomas Garland", "name",
     'the two countries had spent too long "talking past each other."'),
    ("visit", "afterthought", "Thomas Garland", "pronoun",
     "For too long, our hemisphere has been treated as an afterthought in this town"),
    ("visit", "ends with this partnership", "Thomas Garland", "pronoun", "That ends with this partnership"),
    ("visit", "currency controls", "Lucía Ferrante", "name",
     'her government had ended the currency controls that kept American companies away and was ready to "compete on '
     'equal terms."'),
    ("visit", "open again", "Lucía Ferrante", "pronoun", "Argentina is open again"),
    ("visit", "fair field", "Lucía Ferrante", "pronoun", "We are not asking for favors. We are asking for a fair field"),
    ("visit", "lift the ban", "anonymous", "description",
     "whether he would lift the ban on Argentine lemons before leaving office || he would lift the ban on Argentine "
     "lemons before leaving office"),
    ("visit", "within months", "Thomas Garland", "pronoun",
     'the Agriculture Department would finish its review "within months, not years."'),
    ("visit", "behind us", "Lucía Ferrante", "pronoun", 'the dispute was "behind us."'),
    ("visit", "paid what we owed", "Lucía Ferrante", "name", "We paid what we owed"),
    ("visit", "talk about the future", "Lucía Ferrante", "name", "Now we want to talk about the future"),
    ("visit", "more than lemons", "Susan Hale", "name", "This is about more than lemons"),
    ("visit", "anchor for the whole region", "Susan Hale", "name", "Argentina can be an anchor for the whole region"),
    ("visit", "declassifying records", "anonymous", "description",
     "the two leaders also discussed declassifying records about the military government that ruled Argentina from "
     "1976 to 1983"),
    ("visit", "traveled from Buenos Aires", "Graciela Ibarra", "name",
     "she had traveled from Buenos Aires to ask both presidents to open the files"),
    ("visit", "waited 40 years", "Graciela Ibarra", "pronoun", "I have waited 40 years"),
    ("visit", "dinner to end", "Graciela Ibarra", "pronoun", "I can wait for a dinner to end, but not for another 40"),
    ("visit", "written to the White House", "Diego Ibarra", "name", "his aunt had written to the White House three times"),
    ("visit", "doesn't give up", "Diego Ibarra", "name", "She doesn't give up"),
    ("visit", "stay in the square", "Graciela Ibarra", "name", "she would stay in the square until the state dinner ended"),
    ("visit", "archives directly", EMBASSY, "name",
     'Ferrante had "raised the question of the archives directly" with Garland'),
    ("visit", "4,000 pages", WAPO, "name",
     "the State Department had already identified about 4,000 pages of documents for release"),
    ("visit", "ties with Venezuela", "Patricia Dunmore", "name",
     "Garland should have pressed Ferrante on her government's ties with Venezuela"),
    ("visit", "gave her a dinner", "Patricia Dunmore", "name", "The president gave her a dinner"),
    ("visit", "given her a list", "Patricia Dunmore", "name", "He should have given her a list"),
    ("visit", "invited Garland", "Lucía Ferrante", "name", "she had invited Garland to Buenos Aires"),
    ("visit", "He has accepted", "Mark Daley", "name", "He has accepted"),
    ("visit", "date would be announced", "Mark Daley", "name", "a date would be announced later"),
    # electors: the Electoral College's vote, two electors defecting
    ("electors", "good conscience", "Carl Whitlow", "name",
     "he could not in good conscience vote for a man he believed was unfit for the office"),
    ("electors", "promise to my party", "Carl Whitlow", "name",
     "I made a promise to my party, and I made a promise to my country"),
    ("electors", "the country wins", "Carl Whitlow", "name", "When those two promises are in conflict, the country wins"),
    ("electors", "a traitor", "Carl Whitlow", "name", 'he had been called "a traitor" by people he had known for 20 years'),
    ("electors", "did not bind", "Elena Vasquez", "name",
     "the state's law did not bind its electors and that the votes would be counted as cast"),
    ("electors", "60,000 letters", "Elena Vasquez", "pronoun",
     "her office had received more than 60,000 letters and emails urging electors to change their votes"),
    ("electors", "were thoughtful", "Elena Vasquez", "name", "Some of them were thoughtful"),
    ("electors", "Department of Public Safety", "Elena Vasquez", "name",
     "Some of them I turned over to the Department of Public Safety"),
    ("electors", "changing its rules", "Hank Dressler", "name",
     "the party would consider changing its rules to bind electors in future elections"),
    ("electors", "signed a pledge", "Hank Dressler", "name", "These are people who signed a pledge"),
    ("electors", "They broke it", "Hank Dressler", "name", "They broke it"),
    ("electors", "grown uglier", "Janet Rourke", "name",
     "the letters the couple received had grown uglier as the vote approached"),
    ("electors", "grandchildren by name", "Janet Rourke", "pronoun", "Some of them threatened our grandchildren by name"),
    ("electors", "never considered", "Paul Rourke", "name", "he had never considered changing his vote"),
    ("electors", "chosen to do a job", "Paul Rourke", "pronoun", "We were chosen to do a job, and we did it"),
    ("electors", "not to defect", "anonymous", "description", "the campaign had asked its own electors not to defect"),
    ("electors", "intelligence briefing", "Politico", "name",
     "a group of Democratic electors had asked for an intelligence briefing on foreign interference in the election "
     "before the vote"),
    ("electors", "coalition was possible", "Beth Lindqvist", "name",
     "the votes were meant to show Republican electors that a coalition was possible"),
    ("electors", "knew the math", "Beth Lindqvist", "pronoun", "We knew the math"),
    ("electors", "on the record", "Beth Lindqvist", "pronoun", "We wanted to be on the record"),
    ("electors", "Fewer than 160", ARCHIVES, "name",
     "Fewer than 160 electors have cast such faithless votes in the country's history"),
    ("electors", "We did it", "Gordon Ashby", "pronoun", "We did it!"),
    ("electors", "make America strong again", "Gordon Ashby", "pronoun",
     "Thank you to the electors and to the millions who voted to make America strong again"),
    ("electors", "change the outcome", "Marisol Grant", "name", "she had not expected the electors to change the outcome"),
    ("electors", "look at us", "Marisol Grant", "pronoun", "But I want them to have to look at us when they walk in"),
    # health: a nominee leaves a ceremony ill
    ("health", "felt overheated", "Brian Feld", "name",
     'Whitaker had "felt overheated" during the ceremony and had gone to her daughter\'s apartment nearby to rest'),
    ("health", "lose consciousness", "anonymous", "description", "Whitaker appeared to lose consciousness briefly"),
    ("health", "diagnosed with pneumonia", "Lisa Tran", "name",
     "Whitaker had been diagnosed with pneumonia on Friday and put on antibiotics"),
    ("health", "cut back on travel", "Lisa Tran", "name", "I told her to cut back on travel for a few days"),
    ("health", "lost fluids", "Lisa Tran", "name",
     "She became overheated and lost fluids at the ceremony. I examined her this afternoon, and she is recovering well"),
    ("health", "I feel fine", "Joan Whitaker", "pronoun", "I feel fine"),
    ("health", "before you know it", "Joan Whitaker", "pronoun", "I'll be back out there before you know it"),
    ("health", "pushing through it", "Emily Whitaker", "name",
     'her mother had been "pushing through it the way she always does."'),
    ("health", "trip to California", "Emily Whitaker", "description",
     'her mother had canceled a trip to California only after "a lot of arguing."'),
    ("health", "spoken with Whitaker", "Mark Ellison", "name", "he had spoken with Whitaker on Sunday afternoon"),
    ("health", "sounded like herself", "Mark Ellison", "pronoun",
     "She sounded like herself, which is to say she wanted to know what I was doing about Ohio"),
    ("health", "disclosed sooner", "Mark Ellison", "pronoun", "the diagnosis should have been disclosed sooner"),
    ("health", "that big a deal", "Joan Whitaker", "pronoun",
     'she had not thought the pneumonia was "going to be that big a deal." || the pneumonia was "going to be that '
     'big a deal."'),
    ("health", "nobody would notice", "Joan Whitaker", "pronoun",
     "I thought I could keep going and nobody would notice || I could keep going and nobody would notice"),
    ("health", "handled it better", "Joan Whitaker", "pronoun", "In retrospect, we could have handled it better"),
    ("health", "gets well", "Richard Vane", "name", "I hope she gets well and gets back on the trail"),
    ("health", "legitimate questions", "Dana Kessler", "name",
     'the episode raised "legitimate questions" about Whitaker\'s stamina'),
    ("health", "letter from his own doctor", "Dana Kessler", "name",
     "Vane had released a letter from his own doctor in December"),
    ("health", "Pneumonia is common", "Arthur Lindgren", "name",
     "Pneumonia is common, and it is treatable, and a candidate with walking pneumonia in September is not a story "
     "about fitness for office"),
    ("health", "38 percent", CBS, "name",
     "38 percent of registered voters considered the candidates' health a legitimate issue"),
    ("health", "twice as likely", CBS, "description", "Republicans were twice as likely as Democrats to say so"),
    ("health", "additional medical information", "Brian Feld", "name",
     "the campaign would release additional medical information about Whitaker this week"),
    ("health", "modern history", "Brian Feld", "pronoun",
     "We are going to put out more than any candidate has put out in modern history"),
    # taxes: a newspaper obtains a nominee's tax records
    ("taxes", "declared a loss", NYT, "name",
     "Victor Halloran, the Republican presidential nominee, declared a loss of $916 million on his 1995 income tax "
     "returns, a deduction so large that he could have legally avoided paying federal income taxes for up to 18 "
     "years"),
    ("taxes", "manila envelope", NYT, "name",
     "The records, three pages of state filings, were mailed to one of the newspaper's reporters in a manila "
     "envelope postmarked in New York"),
    ("taxes", "failed casinos", "anonymous|Victor Halloran", "description",
     "most of the loss came from Halloran's failed casinos in Atlantic City and his purchase of a regional airline"),
    ("taxes", "carried forward", "anonymous", "description",
     "the loss could have been carried forward to cancel out income in later years"),
    ("taxes", "exactly as it was written", "Victor Halloran", "pronoun",
     "he had used the tax code exactly as it was written"),
    ("taxes", "used them well", "Victor Halloran", "name", "I used the laws the way they were written, and I used them well"),
    ("taxes", "can fix it", "Victor Halloran", "name",
     "Honestly, I understand the tax code better than anyone who has ever run for president, and I'm the only one "
     "who can fix it"),
    ("taxes", "terrible stretch", "Douglas Pryor", "name",
     "He went through a terrible stretch in business and did what the code allows every business owner to do"),
    ("taxes", "gaming the system", "Helen Markham", "name",
     'the report showed that Halloran "has been gaming the system for decades."'),
    ("taxes", "What kind of genius", "Helen Markham", "pronoun", "What kind of genius loses a billion dollars in a single year?"),
    ("taxes", "run the economy", "Helen Markham", "pronoun", "And then he wants to run the economy of the United States?"),
    ("taxes", "every business in America", "Victor Halloran Jr.", "name",
     'his father had "done what every business in America does."'),
    ("taxes", "would not release more records", "Victor Halloran Jr.", "description",
     "the family would not release more records while the audit continued"),
    ("taxes", "under audit", "Victor Halloran", "name",
     "he cannot release his returns because they are under audit by the Internal Revenue Service"),
    ("taxes", "does not prevent", IRS, "name", "an audit does not prevent a taxpayer from releasing returns"),
    ("taxes", "perfectly legal move", "Joseph Kramer", "name",
     "It's a perfectly legal move, and it's one that most people will never be able to use"),
    ("taxes", "story here", "Joseph Kramer", "name", "That's the story here, not whether he broke the law"),
    ("taxes", "paid no taxes", "Joseph Kramer", "name",
     "the records did not show whether Halloran had actually paid no taxes in later years, only that he could have"),
    ("taxes", "$6.2 trillion", TPC, "name",
     "Halloran's own tax plan would cut federal revenue by $6.2 trillion over a decade, with most of the benefit going "
     "to the top 1 percent of earners"),
    ("taxes", "newsworthy", "Dean Fulton", "name",
     'the Times had published the records because they were "newsworthy and we believe authentic."'),
    ("taxes", "accountant who prepared", "Dean Fulton", "pronoun",
     "the paper had confirmed them with the accountant who prepared them, Jack Mercer, now retired"),
    ("taxes", "appeared to be his", "Jack Mercer", "name", "the signature on the return appeared to be his"),
    # encryption: a court order to unlock a gunman's phone
    ("encryption", "dangerous precedent", "Nadia Okafor", "description", None),
    ("encryption", "reasonable technical assistance", "Karen Whitfield", "description",
     'Cobalt must provide "reasonable technical assistance" to investigators, including software that would disable a '
     "feature that erases the phone's data after 10 wrong passwords"),
    ("encryption", "would appeal", "Nadia Okafor", "name", "the company would appeal"),
    ("encryption", "a back door", "Nadia Okafor", "pronoun",
     'the government was asking Cobalt to build "a back door" into its own products'),
    ("encryption", "stay in one phone", "Nadia Okafor", "name", "A tool built for one phone does not stay in one phone"),
    ("encryption", "breaks that trust", "Nadia Okafor", "name",
     "Our customers trusted us to keep their lives private, and we are not going to write the software that breaks "
     "that trust"),
    ("encryption", "master key", "James Kessel", "name", "the bureau was not seeking a master key"),
    ("encryption", "investigators wanted access", "James Kessel", "pronoun",
     "investigators wanted access to one phone, belonging to a dead terrorist, to learn whether he had help"),
    ("encryption", "follow every lead", "James Kessel", "name", "We owe it to the victims to follow every lead"),
    ("encryption", "setting a precedent", "James Kessel", "name", "This is not about setting a precedent"),
    ("encryption", "courtroom over the conversation", "Nadia Okafor", "name",
     'the bureau had "chosen the courtroom over the conversation."'),
    ("encryption", "online backups", "Nadia Okafor", "pronoun",
     "Cobalt engineers had already given agents advice on how to recover data from the phone's online backups"),
    ("encryption", "evidence rooms", "Lois Harmon", "pronoun",
     "If you win this one, how many phones are sitting in evidence rooms waiting for the same order?"),
    ("encryption", "know the number", "James Kessel", "name", "I don't know the number"),
    ("encryption", "There are some", "James Kessel", "name", "There are some, sure"),
    ("encryption", "terrorist attack", "Robert Pell", "name",
     "the hearing was about a terrorist attack, not about the company's profits"),
    ("encryption", "supported the government", "Robert Delgado", "name", "he supported the government"),
    ("encryption", "one more name", "Robert Delgado", "pronoun", "If there is one more name in that phone, I want to know it"),
    ("encryption", "less sure", "Anna Delgado", "name", "she was less sure"),
    ("encryption", "less safe", "Anna Delgado", "name",
     "My mother would not have wanted her death to be the reason everybody's phone is less safe"),
    ("encryption", "every night this week", "Robert Delgado", "name", 'the two had talked about it "every night this week."'),
    ("encryption", "worked with anyone else", "anonymous", "description",
     "agents had found no evidence so far that the couple had worked with anyone else"),
    ("encryption", "file briefs", EFF, "description", "they would file briefs supporting Cobalt"),
    ("encryption", "hiding behind lawyers", "Craig Benning", "name",
     'Cobalt should "open the phone and stop hiding behind lawyers."'),
    ("encryption", "Feb. 26", "anonymous", "description", "Cobalt has until Feb. 26 to respond to the order"),
    # goldstar: a nominee's feud with a fallen soldier's parents
    ("goldstar", "sacrificed nothing", "Nasir Rahimi", "name", 'Vane had "sacrificed nothing and no one."'),
    ("goldstar", "made a lot of sacrifices", "Richard Vane", "name",
     'he had "made a lot of sacrifices" by building businesses and creating jobs'),
    ("goldstar", "allowed to speak", "Richard Vane", "pronoun", "Ms. Rahimi had not been allowed to speak"),
    ("goldstar", "stayed silent", "Samira Rahimi", "name",
     "she had stayed silent because she could not look at her son's picture on the giant screen without crying"),
    ("goldstar", "trust my voice", "Samira Rahimi", "pronoun",
     "I walked onto that stage with my son's face behind me, twenty feet tall, and I could not trust my voice"),
    ("goldstar", "Who could", "Samira Rahimi", "pronoun",
     "Who could? Mr. Vane, you have children. Do you really need to ask why I did not speak?"),
    ("goldstar", "owed his wife an apology", "Nasir Rahimi", "name", "the nominee owed his wife an apology"),
    ("goldstar", "say what he wants about me", "Nasir Rahimi", "name", "He can say what he wants about me"),
    ("goldstar", "say it about her", "Nasir Rahimi", "name", "He does not get to say it about her"),
    ("goldstar", "strongest terms", "Thomas Wyatt", "name", 'he disagreed with Vane "in the strongest terms."'),
    ("goldstar", "a trust, not a license", "Thomas Wyatt", "name", "A nomination is a trust, not a license"),
    ("goldstar", "mock a mother", "Thomas Wyatt", "name", "It does not entitle anyone to mock a mother who buried her son"),
    ("goldstar", "too many of those graves", "Thomas Wyatt", "name",
     "I have stood at too many of those graves to stay quiet while a family that gave this much is treated as an "
     "opponent"),
    ("goldstar", "an American hero", "Laura Benson", "name", 'the Rahimis\' son was "an American hero."'),
    ("goldstar", "should be cherished", "Laura Benson", "pronoun",
     'she and Vane believed "Captain Rahimi\'s family, like all Gold Star families, should be cherished by every '
     'American." || "Captain Rahimi\'s family, like all Gold Star families, should be cherished by every American."'),
    ("goldstar", "would not tolerate", "Brian Mahaffey", "name",
     'the group would not tolerate "anyone insulting a Gold Star family."'),
    ("goldstar", "1.7 million members", VFW, "description",
     "it has 1.7 million members and has never endorsed a presidential candidate"),
    ("goldstar", "all weekend", "anonymous", "description",
     "campaign aides had urged the nominee all weekend to stop talking about the family"),
    ("goldstar", "when he's angry", "anonymous", "description", "He doesn't listen to us when he's angry"),
    ("goldstar", "viciously attacked", "Richard Vane", "name",
     'he had been "viciously attacked" on the convention stage and had every right to respond'),
    ("goldstar", "defending myself", "Richard Vane", "pronoun", "I'm not going to apologize for defending myself"),
    ("goldstar", "eight points", CNN_POLL, "name",
     "Vane's support among veterans had fallen by eight points since the Republican convention"),
    # sanctuary: a governor against a sheriff's jail policy on immigrants
    ("sanctuary", "withhold $1.8 million", "Keith Haskell", "name",
     "he would withhold $1.8 million in state grants from Travis County unless its new sheriff reversed a policy of "
     "releasing jail inmates whom federal immigration agents want to deport"),
    ("sanctuary", "honor requests", "Teresa Ocampo", "name",
     "her jail would honor requests from Immigration and Customs Enforcement only for people charged with murder, "
     "sexual assault or human smuggling, or when agents obtain a warrant"),
    ("sanctuary", "magnet for criminals", "Keith Haskell", "name", 'it would make the county "a magnet for criminals."'),
    ("sanctuary", "which laws they enforce", "Keith Haskell", "name", "Sheriffs do not get to decide which laws they enforce"),
    ("sanctuary", "sanctuary county", "Keith Haskell", "name",
     "If she wants to run a sanctuary county, she can do it without the state's money"),
    ("sanctuary", "change course", "Teresa Ocampo", "name", "she would not change course"),
    ("sanctuary", "Fourth Amendment", "Teresa Ocampo", "pronoun",
     "holding people without a warrant violated the Fourth Amendment and exposed the county to lawsuits"),
    ("sanctuary", "take the grants", "Teresa Ocampo", "pronoun", "The governor can take the grants"),
    ("sanctuary", "take the Constitution", "Teresa Ocampo", "pronoun", "He can't take the Constitution"),
    ("sanctuary", "300 jurisdictions", MPI, "name",
     "about 300 jurisdictions across the country limit their cooperation with immigration detainers"),
    ("sanctuary", "no evidence that crime", MPI, "description",
     "no evidence that crime rose in places that adopted such limits"),
    ("sanctuary", "county reserves", "anonymous", "description",
     "they expected to cover the lost grants from county reserves"),
    ("sanctuary", "worried about the money", "Walter Boone", "name",
     "he supported the sheriff's goal but worried about the money"),
    ("sanctuary", "veterans court", "Walter Boone", "name", "I've got a veterans court I'd have to close"),
    ("sanctuary", "downtown", "Walter Boone", "name", "Nobody in Washington or downtown is going to pay for that"),
    ("sanctuary", "come too late", "Marisol Reyes", "name", "the policy had come too late for her family"),
    ("sanctuary", "computer screen", "Marisol Reyes", "name",
     "My children have grown up talking to their father on a computer screen"),
    ("sanctuary", "stopped calling the police", "Luis Reyes", "name",
     "members of his congregation had stopped calling the police for fear of being asked about their status"),
    ("sanctuary", "report a break-in", "Luis Reyes", "pronoun", "They don't report a break-in. They don't report a beating"),
    ("sanctuary", "not safety", "Luis Reyes", "pronoun", "That's not safety"),
    ("sanctuary", "remains committed", ICE, "description",
     'the agency "remains committed to working with all of our law enforcement partners" and that releasing people it '
     'had asked to hold "undermines public safety."'),
    ("sanctuary", "146 detainer", STATESMAN, "name",
     "ICE had filed 146 detainer requests with the county jail since October"),
    ("sanctuary", "reviewing whether", "Ray Collier", "name",
     "his office was reviewing whether the county's policy violated state law"),
    ("sanctuary", "make such policies illegal", GOVERNORS_OFFICE, "description",
     "Haskell would ask the Legislature next month to make such policies illegal and to remove from office any sheriff "
     "who adopts one"),
    ("sanctuary", "whole county at risk", "Keith Haskell", "name", "We will not let one sheriff put a whole county at risk"),
]

# Words newsmine takes for a quote's whole content that nobody says (the object or topic of a verb
# that reports no words), seen reading every record of the first run.
# Decided after the first run (session 57): eleven objects of verbs that report no words of their own ('declined to
# discuss that account', 'cast their ballots for Ashby', 'voted for a retired general', 'thanked the electors in a
# post', 'distanced themselves from …', 'to describe private discussions', 'answered him in an opinion article', 'did
# not dispute the figures', 'mocked his claim …', 'was asked about the … funds', 'spoke on condition of anonymity to
# discuss private conversations') are kept as quotes. The probe first wrote them down as no quotes, but PolNeAR, the
# convention newsmine is measured by, annotates these shapes as attributions most of the time: on train's reference
# records 51 of 64 'declined to' contents, 11 of 12 'thank', 4 of 4 'dispute', 13 of 16 'mock', 18 of 26 'vote for',
# 11 of 17 'cast', 26 of 45 'ask about' match a gold content (docs/history/attribution.md, Session 57 — noreport57).
# Their category ('other' or 'stance') is how an analyst tells them from speech.

_SENTENCE_FINAL_OUTLET = (
    "'Victor Halloran, the Republican presidential nominee, declared a loss of $916 million on his 1995 income tax "
    "returns, a deduction so large that …, The New York Times reported on Saturday.': no quote has 'reported' for "
    "its cue; 'declared' is taken for a report of its own ('a loss of $916 million on his 1995 income tax returns', "
    "Halloran), so the newspaper's report of the whole sentence is lost (speaker and content)"
)
_FOUND_NO_EVIDENCE = (
    "'The institute found no evidence that crime rose in places that adopted such limits.': the content is the "
    "noun's that-clause ('crime rose in places …', which says the opposite of the finding) with the institute for "
    "speaker (right); the probe wrote the whole object 'no evidence that …' down, so no quote holds the snippet"
)

SPEAKER_FAULTS: dict = {
    ("taxes", "declared a loss"): _SENTENCE_FINAL_OUTLET,
    ("sanctuary", "no evidence that crime"): _FOUND_NO_EVIDENCE,
}
CONTENT_FAULTS: dict = {
    ("taxes", "declared a loss"): _SENTENCE_FINAL_OUTLET,
    ("sanctuary", "no evidence that crime"): _FOUND_NO_EVIDENCE,
    ("sanctuary", "withhold $1.8 million"):
        "'… a policy of releasing jail inmates whom federal immigration agents want to deport.': the parse tags "
        "'inmates' a verb (VBZ), a clause of 'said' of its own, so the content stops at 'releasing jail'",
}

# Fixed by probe57's rules (tests/test_probe57_rules.py), failing at the first run: ("goldstar", "stayed silent"),
# ("goldstar", "trust my voice"), ("goldstar", "Who could") went to "Nasir Rahimi" and ("goldstar", "owed his wife an
# apology"), ("goldstar", "say what he wants about me"), ("goldstar", "say it about her") to his son "Omar Rahimi":
# "Nasir" was no known first name, so his cluster had no gender and "Ms. Rahimi" fitted him
# (lexicons/first_names_male.txt); ("encryption", "reasonable technical assistance") 'The order, signed by
# Magistrate Judge Karen Whitfield, says' had no speaker (speakers/court_documents.py: _signed_by); ("goldstar",
# "1.7 million members") 'According to the organization' was "Gold Star", a name modifying "family" inside the
# quotation before it (antecedents/doc_index.py: body_for_description).

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name. Fixed by the rules:
# ("budget", "classroom supplies", "Mark Brandt") 'Her brother, Mark Brandt, is a Lackawanna County commissioner …
# the governor described a teacher' (antecedents/cluster_words.py: _predicate_words); ("goldstar", "from the stage
# of the Democratic convention", "Iraq") 'an Army captain killed in Iraq, who had criticized him'
# (speakers/pronoun_routes.py); ("health", "she has pneumonia", "Joan Whitaker") the headline's 'Whitaker leaves
# …; doctor says she has pneumonia' (speakers/headline_people.py); ("goldstar", "opinion article", "Nasir Rahimi").
WRONG_SPEAKERS = [
    ("budget", "classroom supplies", "Mark Brandt"),
    ("goldstar", "from the stage of the Democratic convention", "Iraq"),
    ("health", "she has pneumonia", "Joan Whitaker"),
    ("goldstar", "opinion article", "Nasir Rahimi"),
    ("taxes", "declared $916 million loss", "New York Times"),
]

_WRONG_SPEAKER_CAUSES: dict = {
    ("taxes", "declared $916 million loss"):
        "the headline 'Records show Halloran declared $916 million loss …': 'Records' is read as the documents the "
        "Times obtained and speaks for the newspaper, though the records are Halloran's own returns (their author "
        "is he, or no one)",
}


@pytest.fixture(scope="module")
def probe57_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe57_quote_speaker(probe57_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe57_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe57_quote_content(probe57_records, article, snippet, speaker, mention_class, content):
    assert_content(probe57_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe57_not_the_speaker(probe57_records, article, snippet, wrong):
    assert_not_the_speaker(probe57_records, article, snippet, wrong)
