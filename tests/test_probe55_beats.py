"""Probe55: who said it, and what, in invented articles shaped like 2016 US political news, in
kinds of story the earlier probes (``tests/test_probe5*.py``: campaign beats, hearings, polls,
Q&A, court rulings, strikes, a hack, a pipeline protest, an epidemic, a march, a trade case, a
campus clash, a boycott, sailors held abroad) did not write: a city's lead-poisoned water
(`water`: a federal agency that becomes "the agency", its regional administrator, a mayor, a state
director "told The Detroit News", an anonymous state official, "according to" a pediatrician, a
mother, her son and her brother of one surname, the White House), football players kneeling
during the anthem (`anthem`: a state senator, the players' joint statement, a linebacker and his
father "the elder Brooks", a coach and a chancellor whose pronouns cross paragraphs, a nested
"she told him", "the university", an anonymous teammate, a conference, a governor's spokesman),
an armed occupation of a wildlife refuge (`standoff`: two brothers of one surname, a sheriff and an
FBI agent of different gender, "the bureau", an anonymous official, "According to Oregon Public
Broadcasting", a diner owner and her husband), a bank's fake accounts before a Senate committee
(`bank`: a chief executive named after his first claim, a senator and the executive trading
pronouns, "Regulators said", former tellers who are sisters, "According to a lawsuit", a bureau
and its director), a veterans hospital's wait lists (`veterans`: "according to a report", the
inspector general who "wrote", "the department" and "the agency", a whistle-blower, a widow
named after "his widow said", her son, an anonymous employee, a veterans group), a county's
overdose deaths (`opioids`: a coroner named after "the county coroner said", a sheriff, a lawsuit
"says", a distributor that becomes "the company" and "Midland", an anonymous federal official, a
mother and her brother-in-law of one surname, "The governor's office"), a territory's debt default
(`debt`: a governor, "the department", a hedge funds' group and its lawyer, the speaker, two
representatives, an anonymous aide, a nurse and her husband of one surname, a newspaper
"reported") and a city dropping its Olympic bid (`olympics`: a mayor, a committee and its chief
executive, a married couple of one surname, the bid's group and its chairman, a poll "found",
a governor's spokeswoman, anonymous council members).

``tests/fixtures/probe55/`` holds the articles, written for this test. ``EXPECTED`` gives for each
quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker without a
name; "|" between accepted answers), the PolNeAR class of the mention that names it, and its
content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe54_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 55 — probe55". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe55"

EPA = "Environmental Protection Agency|The Environmental Protection Agency|EPA"
WHITE_HOUSE = "White House|The White House"
OZARK = "Ozark State University"
CONFERENCE = "Missouri Valley Athletic Conference|The Missouri Valley Athletic Conference"
FBI = "FBI|The FBI"
OPB = "Oregon Public Broadcasting"
FWS = "Fish and Wildlife Service|The Fish and Wildlife Service"
CFPB = "Consumer Financial Protection Bureau|The Consumer Financial Protection Bureau"
VA = ("Department of Veterans Affairs|The Department of Veterans Affairs|Veterans Affairs|VA|"
      "Department of Veterans Affairs' inspector general")
REPORT = "anonymous|Michael Graham|" + VA
LEGION = "American Legion|The American Legion"
MIDLAND = "Midland Pharmaceutical Supply|Midland"
CDC = "Centers for Disease Control and Prevention|The Centers for Disease Control and Prevention|CDC"
TREASURY = "Treasury Department|The Treasury Department|Treasury"
HEALTH_DEPT = "Health Department|The Health Department|anonymous"
NUEVO_DIA = "El Nuevo Día"
USOC = "United States Olympic Committee|The United States Olympic Committee"
DENVER2024 = "Denver 2024"
DENVER_POST = "anonymous|Denver Post|The Denver Post"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # water: lead in a city's drinking water, blamed by city, state and federal officials
    ("water", "failed to act on warnings", EPA, "name",
     "Michigan officials had failed to act on warnings for more than a year"),
    ("water", "lost confidence", EPA, "description", 'it had "lost confidence" in the state\'s handling of the crisis'),
    ("water", "leaching lead", "Susan Okafor", "name",
     "We told them in February of last year that the pipes were leaching lead"),
    ("water", "Nobody in Lansing", "Susan Okafor", "name", "We told them again in June. Nobody in Lansing wanted to hear it"),
    ("water", "were never told the truth", "Denise Harlow", "pronoun",
     'the city had switched its water source two years ago under a state-appointed emergency manager and that '
     'residents "were never told the truth."'),
    ("water", "defend decisions", "Denise Harlow", "name",
     "I am not going to stand here and defend decisions that were made before I got here"),
    ("water", "get the lead out", "Denise Harlow", "name", "My job is to get the lead out of our children's water"),
    ("water", "followed federal rules", "Paul Kessler", "name",
     'his department had followed federal rules and that the EPA was "second-guessing after the fact."'),
    ("water", "40,000 water filters", "Paul Kessler", "pronoun",
     'the state had handed out 40,000 water filters since October and that "every family that wants one can have '
     'one."'),
    ("water", "a few bad samples", "anonymous", "description",
     'Kessler\'s staff had dismissed the first test results as "a few bad samples."'),
    ("water", "nearly doubled", "Anita Ramirez", "name",
     "The share of young children with high levels of lead in their blood nearly doubled after the switch"),
    ("water", "Lead does not leave", "Anita Ramirez", "name", "Lead does not leave"),
    ("water", "it does for life", "Anita Ramirez", "name", "What it does to a 2-year-old's brain, it does for life"),
    ("water", "bathed him", "LaToya Price", "pronoun",
     "she had bathed him in tap water for a year before anyone warned her"),
    ("water", "gets headaches", "LaToya Price", "name", "He gets headaches now, and he never used to"),
    ("water", "poisoned my baby", "LaToya Price", "name",
     "They poisoned my baby, and then they told me I was overreacting"),
    ("water", "tastes like pennies", "Marcus Price|Marcus", "name", 'the water at home "tastes like pennies."'),
    ("water", "lead lines", "Andre Price", "name", "many homes still have lead lines running from the street"),
    ("water", "Half the houses", "Andre Price", "name",
     "Half the houses on this block, you go down to the basement and it's lead"),
    ("water", "had been briefed", WHITE_HOUSE, "name",
     "President Obama had been briefed on the crisis and that federal agencies would send more water and filters "
     "this week"),
    ("water", "300 homes", EPA, "description",
     "it would begin its own sampling at 300 homes next week and would publish the results online"),
    # anthem: football players kneel during the anthem; a senator threatens the university's money
    ("anthem", "cut state money", "Dale Hutchins", "name",
     "he would try to cut state money for Ozark State University after four of its football players knelt during "
     "the national anthem before Saturday's game"),
    ("anthem", "on your own time", "Dale Hutchins", "name", "If you want to protest on your own time, that's your right"),
    ("anthem", "taxpayers paid for", "Dale Hutchins", "name", "But you don't do it in a uniform the taxpayers paid for"),
    ("anthem", "to honor the people", "anonymous", "description",
     'they had knelt "to honor the people who have died at the hands of police, not to disrespect the flag or '
     'anyone who served under it."'),
    ("anthem", "what he planned to do", "Jalen Brooks", "name",
     "he had told his coach before the game what he planned to do"),
    ("anthem", "stand behind me", "Jalen Brooks", "name",
     "Coach told me he didn't agree with it, but that he'd stand behind me"),
    ("anthem", "That's all I asked for", "Jalen Brooks", "name", "That's all I asked for"),
    ("anthem", "great respect", "Rick Sorensen", "name", 'he had "great respect" for his players and for the anthem'),
    ("anthem", "not a politician", "Rick Sorensen", "pronoun", "I'm a football coach. I'm not a politician"),
    ("anthem", "grown men", "Rick Sorensen", "pronoun", "My players are grown men, and they can make their own decisions"),
    ("anthem", "exercised rights", "Ellen Marsh", "name", "the players had exercised rights the Constitution protects"),
    ("anthem", "misguided", "Ellen Marsh", "pronoun", None),
    ("anthem", "spoken with her on Sunday", "Rick Sorensen", "name", "he had spoken with her on Sunday night"),
    ("anthem", "would not discipline anyone", "Ellen Marsh", "pronoun", "the university would not discipline anyone"),
    ("anthem", "We are a public university", "Ellen Marsh", "name", "We are a public university"),
    ("anthem", "find it offensive", "Ellen Marsh", "name", "We do not punish speech because some people find it offensive"),
    ("anthem", "classrooms and research", OZARK, "description", "its state money paid for classrooms and research, not athletics"),
    ("anthem", "nobody is fighting about it", "anonymous", "description",
     'the locker room was divided, but "nobody is fighting about it."'),
    ("anthem", "proud and scared", "Curtis Brooks", "name",
     'he had been "proud and scared at the same time" watching his son kneel on television'),
    ("anthem", "I fought so that", "Curtis Brooks", "name", "I fought so that he could do exactly that"),
    ("anthem", "lose his scholarship", "Curtis Brooks", "name", "I just don't want him to lose his scholarship over it"),
    ("anthem", "a matter for each member school", CONFERENCE, "name",
     "players' conduct during the anthem was a matter for each member school"),
    ("anthem", "respects both the flag", "Scott Lindell", "name",
     'the governor "respects both the flag and the right to protest it."'),
    ("anthem", "file his amendment", "Dale Hutchins", "name",
     "he would file his amendment when the legislature returns in January"),
    # standoff: armed men occupy a federal wildlife refuge
    ("standoff", "as long as it takes", "anonymous", "description", 'they would stay "as long as it takes,"'),
    ("standoff", "hand the refuge's land back", "Lyle Dawson", "name",
     "the occupiers wanted the federal government to hand the refuge's land back to local ranchers and loggers"),
    ("standoff", "not here to hurt anybody", "Lyle Dawson", "name", "We're not here to hurt anybody"),
    ("standoff", "pushed off their own land", "Lyle Dawson", "name",
     "We're here because the people of this county have been pushed off their own land for 40 years"),
    ("standoff", "about 20 people", "Cody Dawson", "name",
     "about 20 people were inside the buildings and that more were on their way"),
    ("standoff", "Nobody's leaving", "Cody Dawson", "name", "Nobody's leaving"),
    ("standoff", "know where we are", "Cody Dawson", "name", "If they want us out, they know where we are"),
    ("standoff", "used our neighbors' grievances", "Gail Brennan", "name",
     'the men had "used our neighbors\' grievances as a cover" for an armed takeover'),
    ("standoff", "You came here saying", "Gail Brennan", "name",
     "You came here saying you wanted to help the people of Harney County"),
    ("standoff", "are asking you to leave", "Gail Brennan", "name", "The people of Harney County are asking you to leave"),
    ("standoff", "offered him safe passage", "Gail Brennan", "pronoun",
     "she had met Lyle Dawson on Saturday and had offered him safe passage out of the county"),
    ("standoff", "He turned it down", "Gail Brennan", "pronoun", "He turned it down"),
    ("standoff", "peaceful resolution", FBI, "name",
     'it was working with state and local agencies "to bring a peaceful resolution to the situation."'),
    ("standoff", "all the time in the world", "Thomas Yates", "name", "We have all the time in the world"),
    ("standoff", "another Waco", "Thomas Yates", "name", "Nobody wants another Waco"),
    ("standoff", "not to approach the refuge", "anonymous", "description",
     "agents had been told not to approach the refuge unless someone was hurt"),
    ("standoff", "16 employees", OPB, "name",
     "the refuge's 16 employees were sent home before the takeover and have been told not to return"),
    ("standoff", "wanted the occupiers gone", "Judy Harmon", "name", "most of her customers wanted the occupiers gone"),
    ("standoff", "my kids can't go to school", "Judy Harmon", "pronoun",
     "They talk about freedom, but my kids can't go to school because somebody's out there with a rifle"),
    ("standoff", "not about the guns", "Dale Harmon", "name",
     "he agreed with the occupiers about federal land, but not about the guns"),
    ("standoff", "right about the government", "Dale Harmon", "name", "They're right about the government"),
    ("standoff", "how to fix it", "Dale Harmon", "name", "They're wrong about how to fix it"),
    ("standoff", "concerned for the safety", FWS, "name",
     'it was "concerned for the safety of our employees and their families."'),
    ("standoff", "unacceptable", "Karen Ostrander", "name",
     'the occupation was "unacceptable" and that she had asked federal authorities to end it "as quickly and safely '
     'as possible."'),
    # bank: a bank's chief executive before a Senate committee over fake accounts
    ("bank", "had not known about it", "Robert Kellerman", "description", "the bank's leaders had not known about it"),
    ("bank", "deeply sorry", "Robert Kellerman", "name", "I am sorry, deeply sorry, that our bank let its customers down"),
    ("bank", "full responsibility", "Robert Kellerman", "name",
     "I accept full responsibility for what happened in our branches"),
    ("bank", "to meet sales targets", "anonymous", "description",
     "employees had opened the accounts to meet sales targets that managers set for every branch"),
    ("bank", "should resign", "Margaret Doyle", "name",
     "he should resign and give back the money he had made while the scheme went on"),
    ("bank", "squeezed your employees", "Margaret Doyle", "name",
     "You squeezed your employees to the breaking point so they would cheat customers"),
    ("bank", "fired 4,800 tellers", "Margaret Doyle", "name",
     "And when it all blew up, you kept your job and fired 4,800 tellers"),
    ("bank", "none had", "Robert Kellerman", "pronoun", "none had"),
    ("bank", "Not one", "Margaret Doyle", "pronoun", "Not one"),
    ("bank", "That's not accountability", "Margaret Doyle", "pronoun",
     "That's not accountability. That's cowardice dressed up as leadership"),
    ("bank", "ended its sales goals", "Robert Kellerman", "name",
     "the company had ended its sales goals for branch workers and would refund every customer who paid a fee on an "
     "account they did not open"),
    ("bank", "a few bad apples", "Richard Hale", "name",
     'the case showed that "fraud on this scale cannot be blamed on a few bad apples."'),
    ("bank", "approved bonuses", "Pat Donnelly", "name",
     "the bank's board had to answer for why it had approved bonuses for the executive who ran the retail division, "
     "Carol Westbrook"),
    ("bank", "the pressure was constant", "anonymous", "description", "the pressure was constant"),
    ("bank", "four times a day", "Yesenia Alvarez", "name",
     "managers had called employees four times a day to ask how many accounts they had opened"),
    ("bank", "make your number", "Yesenia Alvarez", "name",
     "If you didn't make your number, you stayed late, and if you still didn't make it, you were gone"),
    ("bank", "accounts for relatives", "anonymous", "description",
     "some employees opened accounts for relatives to meet their quotas"),
    ("bank", "quit in 2013", "Lucia Alvarez", "name",
     "she had quit in 2013 after a manager told her to open a debit card for a customer who did not speak English"),
    ("bank", "I wouldn't do it", "Lucia Alvarez", "name", "I told him I wouldn't do it"),
    ("bank", "He said there were", "Lucia Alvarez", "name", "He said there were people lined up for my job"),
    ("bank", "widespread", CFPB, "name", 'it had found "widespread" wrongdoing'),
    ("bank", "serve notice", "Richard Corwin", "name", 'the fines should "serve notice" to the rest of the industry'),
    ("bank", "cooperating fully", "Mark Fells", "name", 'the company was "cooperating fully" with every inquiry'),
    # veterans: an inspector general's report on a veterans hospital's wait lists
    ("veterans", "115 days", REPORT, "description",
     "Veterans waited an average of 115 days for a first appointment at the Phoenix veterans hospital last year, "
     "and employees altered records to hide the delays"),
    ("veterans", "at least 40 veterans died", REPORT, "description",
     "at least 40 veterans died while waiting for care, though it could not say whether the delays caused their "
     "deaths"),
    ("veterans", "were systemic", "Michael Graham", "name", "The scheduling practices we found were systemic"),
    ("veterans", "a few employees acting alone", "Michael Graham", "name",
     "They were not the work of a few employees acting alone"),
    ("veterans", "accepted the report's findings", VA, "description",
     "it accepted the report's findings and had already replaced the hospital's top managers"),
    ("veterans", "2,000 more doctors", VA, "description",
     "it would hire 2,000 more doctors and nurses across the country by the end of the year"),
    ("veterans", "outraged", "Robert Dunmore", "name", 'he was "outraged" by the findings'),
    ("veterans", "earned this care", "Robert Dunmore", "pronoun", "Our veterans earned this care"),
    ("veterans", "will be fired", "Robert Dunmore", "pronoun", "Anyone who lied about a wait list will be fired"),
    ("veterans", "secret list of veterans", "Walter Greaves", "name",
     "officials kept a secret list of veterans waiting for appointments"),
    ("veterans", "felt vindicated", "Walter Greaves", "pronoun",
     'he felt vindicated, but that "vindication doesn\'t bring anybody back."'),
    ("veterans", "went to my bosses", "Walter Greaves", "name", "I went to my bosses three times"),
    ("veterans", "The third time", "Walter Greaves", "name", "The third time, they told me to stop making trouble"),
    ("veterans", "cannot police itself", "Kelly Ainsworth", "name",
     'the report showed that the department "cannot police itself"'),
    ("veterans", "see private doctors", "Ann Kessling", "name",
     "she would push for the department to let veterans see private doctors when waits are too long"),
    ("veterans", "go down the street", "Ann Kessling", "pronoun",
     "If the VA can't see you in 30 days, you should be able to go down the street"),
    ("veterans", "seven months for a referral", "Sally Breckenridge", "description",
     "Among the veterans on the secret list was Thomas Breckenridge, a 71-year-old Navy veteran who died of bladder "
     "cancer in November after waiting seven months for a referral"),
    ("veterans", "called the hospital every week", "Sally Breckenridge", "name",
     "her husband had called the hospital every week"),
    ("veterans", "He kept saying", "Sally Breckenridge", "pronoun", "He kept saying, 'They'll call, they'll call,'"),
    ("veterans", "six weeks", "Sally Breckenridge", "pronoun", "They called in January. He'd been gone six weeks"),
    ("veterans", "filed a claim", "Paul Breckenridge", "name", "the family had filed a claim against the department"),
    ("veterans", "served his country", "Paul Breckenridge", "pronoun", "My dad served his country for 22 years"),
    ("veterans", "couldn't find him a doctor", "Paul Breckenridge", "pronoun",
     "They couldn't find him a doctor in seven months"),
    ("veterans", "trained to enter a date", "anonymous", "description",
     "schedulers were trained to enter a date that would make the wait look shorter"),
    ("veterans", "every morning", "anonymous", "pronoun", 'supervisors checked "every morning" that the numbers looked good'),
    ("veterans", "what our members", LEGION, "name",
     'the report confirmed "what our members have been telling us for years."'),
    # opioids: a county's overdose deaths and a state's lawsuit against a drug distributor
    ("opioids", "run out of room", "Janet Vosler", "description",
     "Ross County has run out of room in its morgue for the second time this year"),
    ("opioids", "38 overdose deaths", "Janet Vosler", "name",
     "her office had handled 38 overdose deaths since January, more than in all of last year"),
    ("opioids", "19 years", "Janet Vosler", "name",
     "I have been doing this for 19 years, and I have never seen anything like it"),
    ("opioids", "burying a generation", "Janet Vosler", "name", "We are burying a generation"),
    ("opioids", "carry naloxone", "George Lavender", "name",
     "his deputies now carry naloxone, a drug that reverses overdoses, and had used it 64 times since the spring"),
    ("opioids", "arrest our way", "George Lavender", "name", "We can't arrest our way out of this"),
    ("opioids", "Half the people in my jail", "George Lavender", "name",
     "Half the people in my jail are there because of drugs, and they come out and use again"),
    ("opioids", "turned a blind eye", "anonymous|Martin Dehaven", "description",
     'The company "turned a blind eye" to orders that were far too large for the communities they were shipped to'),
    ("opioids", "follows every federal rule", MIDLAND, "name",
     'it "follows every federal rule" and that it could not control how doctors prescribed the drugs it delivered'),
    ("opioids", "baseless claims", "Rebecca Stroud", "name", 'it would "fight these baseless claims."'),
    ("opioids", "suspicious orders", "anonymous", "description",
     "the agency had warned distributors in 2012 about suspicious orders in the region"),
    ("opioids", "more than 20 percent", CDC + "|anonymous", "name",
     "overdose deaths in Ohio rose by more than 20 percent last year"),
    ("opioids", "waiting list of three months", "Donna Hanes", "name",
     "the program had a waiting list of three months when her son first asked for help"),
    ("opioids", "He asked for help, and", "Donna Hanes", "pronoun",
     "He asked for help, and they told him to come back in the summer"),
    ("opioids", "make it to the summer", "Donna Hanes", "pronoun", "He didn't make it to the summer"),
    ("opioids", "buried four young people", "Rick Hanes", "name",
     "he had buried four young people from his church in a year"),
    ("opioids", "anything left to say", "Rick Hanes", "name",
     "I stand up there and I look at their parents and I don't have anything left to say"),
    ("opioids", "started a support group", "Donna Hanes", "name",
     "she had started a support group for parents that meets in the church basement on Tuesdays"),
    ("opioids", "$20 million more", "anonymous", "description",
     'the state would spend $20 million more on treatment beds, and that the governor "will not rest until every '
     'Ohioan who wants treatment can get it."'),
    ("opioids", "trailer would stay", "Janet Vosler", "name", "the trailer would stay at least until the end of the year"),
    ("opioids", "I hope I'm wrong", "Janet Vosler", "pronoun", "I hope I'm wrong"),
    ("opioids", "sending it back", "Janet Vosler", "pronoun", "But I don't think I'll be sending it back"),
    # debt: a territory misses a debt payment while the House splits over an oversight board
    ("debt", "cannot pay its debts", "Rafael Quiñones", "name",
     'the island "cannot pay its debts and keep its police on the streets at the same time," and that he had '
     'chosen the police'),
    ("debt", "food from the mouths", "Rafael Quiñones", "name",
     "I will not take food from the mouths of our children to pay Wall Street"),
    ("debt", "not tomorrow", "Rafael Quiñones", "name", "Not today, and not tomorrow"),
    ("debt", "within weeks", TREASURY, "name", "the default showed that Congress had to act within weeks"),
    ("debt", "every day of delay", "Anthony Weil", "name", '"every day of delay makes the eventual cost higher."'),
    ("debt", "manufacturing a crisis", "anonymous", "description",
     'the governor was "manufacturing a crisis" to avoid paying creditors'),
    ("debt", "The money is there", "Andrew Rosell", "name", "The money is there"),
    ("debt", "choosing not to pay", "Andrew Rosell", "name", "They are choosing not to pay it"),
    ("debt", "close to agreement", "Paul Ryan", "name",
     "Republicans were close to agreement on a bill that would create a federal board to oversee the island's "
     "budget and let it restructure some of its debt"),
    ("debt", "This is not a bailout", "Paul Ryan", "name", "This is not a bailout"),
    ("debt", "Not one taxpayer dollar", "Paul Ryan", "name", "Not one taxpayer dollar goes to Puerto Rico in this bill"),
    ("debt", "set a precedent", "anonymous", "description", "the bill would set a precedent for states such as Illinois"),
    ("debt", "by another name", "Tim Hollister", "name", None),
    ("debt", "like a colony", "Nilda Vázquez", "name", 'the board would treat the island "like a colony."'),
    ("debt", "We are American citizens", "Nilda Vázquez", "pronoun", "We are American citizens"),
    ("debt", "permission from seven people", "Nilda Vázquez", "pronoun",
     "We should not need permission from seven people in Washington to run our own budget"),
    ("debt", "had the votes", "anonymous", "description",
     "the speaker had the votes to pass the bill without Democratic support, but would prefer not to"),
    ("debt", "3,000 doctors", HEALTH_DEPT, "name", "more than 3,000 doctors have left for the mainland since 2010"),
    ("debt", "stopped ordering some medicines", "Marisol Ortiz", "name",
     "the hospital had stopped ordering some medicines because suppliers would not deliver without cash"),
    ("debt", "We tell patients", "Marisol Ortiz", "name", "We tell patients to bring their own bandages"),
    ("debt", "overtime since last year", "Héctor Ortiz", "name", "he had not been paid for overtime since last year"),
    ("debt", "I work doubles", "Héctor Ortiz", "pronoun", "I work doubles so the government can pay bondholders"),
    ("debt", "don't pay the bondholders either", "Héctor Ortiz", "pronoun", "And then they don't pay the bondholders either"),
    ("debt", "run out of cash by August", NUEVO_DIA, "name", "the government would run out of cash by August"),
    # olympics: a city drops its Olympic bid
    ("olympics", "would not sign a guarantee", "Tom Castellano", "name",
     "he would not sign a guarantee that would make the city's taxpayers responsible for any cost overruns"),
    ("olympics", "blank check", "Tom Castellano", "name",
     "I am not willing to put the taxpayers of Denver on the hook for a blank check"),
    ("olympics", "at any price", "Tom Castellano", "name", "I want the Olympics here. I don't want them at any price"),
    ("olympics", "disappointed", USOC, "name",
     'it was "disappointed" and that it would move quickly to choose another American city'),
    ("olympics", "spoken with the mayor twice", "Sarah Lindqvist", "name",
     "she had spoken with the mayor twice over the weekend"),
    ("olympics", "We respect the mayor's decision", "Sarah Lindqvist", "name", "We respect the mayor's decision"),
    ("olympics", "not optional", "Sarah Lindqvist", "name", "But the guarantee is not optional. Every host city in the world signs it"),
    ("olympics", "Los Angeles and San Francisco had both", "Sarah Lindqvist", "pronoun",
     "Los Angeles and San Francisco had both told the committee they remained interested"),
    ("olympics", "beat the International Olympic Committee", "Megan Delaney", "name",
     "Tonight the people of Denver beat the International Olympic Committee"),
    ("olympics", "That doesn't happen very often", "Megan Delaney", "name", "That doesn't happen very often"),
    ("olympics", "would disband", "Chris Delaney", "name", "the group would disband now that the bid was dead"),
    ("olympics", "anything against the Olympics", "Chris Delaney", "name", "We never had anything against the Olympics"),
    ("olympics", "didn't want to pay", "Chris Delaney", "name", "We just didn't want to pay for them"),
    ("olympics", "thrown away a chance", "anonymous", "description",
     "the city had thrown away a chance to bring billions of dollars in tourism and construction"),
    ("olympics", "a sad day", DENVER2024, "name", 'the decision was "a sad day for Colorado\'s athletes."'),
    ("olympics", "come out ahead", "Walter Pruitt", "name",
     "Every city that has hosted the Games has come out ahead in the long run"),
    ("olympics", "failure of nerve", "Walter Pruitt", "name", "This was a failure of nerve, plain and simple"),
    ("olympics", "51 percent", DENVER_POST, "name",
     "51 percent of residents opposed the bid, and that 71 percent opposed using public money to cover any losses"),
    ("olympics", "second-guess the mayor", "Anne Whitcomb", "name", "she would not second-guess the mayor"),
    ("olympics", "understands the mayor's concerns", "Jill Okada", "name",
     'the governor "understands the mayor\'s concerns" and hoped the state could bid for a Winter Games instead'),
    ("olympics", "made up his mind", "anonymous", "description", "Castellano had made up his mind weeks ago"),
    ("olympics", "signed that check", "anonymous", "description",
     'the mayor had "never wanted to be the guy who signed that check."'),
    ("olympics", "trying to find a way", "Tom Castellano", "pronoun",
     "he had spent two months trying to find a way to limit the city's risk and had failed"),
    ("olympics", "I would have found it", "Tom Castellano", "pronoun",
     "If there had been a way to do this without the guarantee, I would have found it"),
]  # fmt: skip

# Words in quotation marks nobody says.
NOT_QUOTES: list = []

_NESTED_TOLD = (
    "'Sorensen said he had spoken with her on Sunday night. He said she told him the university would not discipline "
    "anyone.': the reported 'she told him …' inside Sorensen's content is no quote of its own, so the shortest quote "
    "holding it is Sorensen's, content 'she told him …' (hearsay nested in an indirect content is found only inside "
    "quotation marks). xfail56: train text has 2 'he/she told him/her', neither inside a 'said' clause, and PolNeAR "
    "never nests attributions (training/nested_study.py), so the probe's inner quote is no train convention"
)
SPEAKER_FAULTS: dict = {
    ("anthem", "would not discipline anyone"): _NESTED_TOLD,
    ("olympics", "a sad day"):
        "'Denver 2024, the private group that led the bid, said …': the recogniser tags 'Denver' a place and '2024' a "
        "date, so the speaker is the city, not the bid's group (a city and a Games' year as a body's name; "
        "xfail56: no such name in train's 840 articles)",
}

CONTENT_FAULTS: dict = {
    ("anthem", "would not discipline anyone"): _NESTED_TOLD,
    ("veterans", "cannot police itself"):
        "'said the report showed that the department \"cannot police itself\" and called for an outside review …': "
        "the parse hangs 'called' on 'showed' (the report called for it), so the content runs on; a report can call "
        "for a review, so no rule tells the two readings apart (without 'the report showed that' the content stops)",
    ("opioids", "more than 20 percent"):
        "'Federal figures show that overdose deaths … rose by more than 20 percent last year, according to the "
        "Centers for Disease Control and Prevention.': the CDC's content holds 'Federal figures show that' (a second "
        "quote gives the figures the clause after it); the probe wrote the clause alone, an extent PolNeAR's "
        "annotators might not take either",
    ("debt", "cannot pay its debts"):
        "'the island \"cannot pay its debts … at the same time,\" and that he had chosen the police': the content "
        "stops at the quotation's closing mark (probe54's trade case and probe53c's: content_ends proposes the "
        "longer content, the content model keeps the shorter)",
}
# Fixed by timephrase56 (features/content.py, the cue's own phrases left out of a that-clause's gap): ("veterans",
# "felt vindicated") 'He said on Wednesday that he felt vindicated, but that "…"' — after 'said on Wednesday that'
# the whole clause scored below the quotation; it is now found whole, as without the time phrase.
# Fixed by probe55's rules (tests/test_probe55_rules.py), failing at the first run: ("water", "bathed him",
# "gets headaches", "poisoned my baby") 'LaToya Price, 34, brought her son …' was no name (a given name with a capital
# inside it: entities/missed_names.py, entities/person_labels.py), so 'She' went to the pediatrician quoted before
# and 'Ms. Price' was a bare 'Price'; ("bank", "accounts for relatives") 'According to a lawsuit filed by the city
# attorney of Los Angeles' after Yesenia Alvarez's quote was she, going on (speakers/office_titles.py); ("anthem",
# "classrooms and research") '"We are a public university," Marsh wrote' made 'The university said' an unnamed
# university, not Ozark State University (speakers/organisations.py).

# Fixed by xfail56 (tests/test_speaker_described_ledes_xfail56.py): ("bank", "had not known about it") 'WASHINGTON —
# The chief executive of Pinnacle National Bank apologized …, but he said …': the dateline made the lede no paragraph
# opener (speakers/descriptions.py), and 'he' skipped a body's officer as if the phrase named a person's aide
# (speakers/pronouns.py), so it stayed unresolved.

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS: list = []

_WRONG_SPEAKER_CAUSES: dict = {}


@pytest.fixture(scope="module")
def probe55_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe55_quote_speaker(probe55_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe55_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe55_quote_content(probe55_records, article, snippet, speaker, mention_class, content):
    assert_content(probe55_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe55_not_the_speaker(probe55_records, article, snippet, wrong):
    assert_not_the_speaker(probe55_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe55_no_quote(probe55_records, article, words):
    assert_no_whole_quote(probe55_records, article, words.rstrip(","))
