"""Probe55b: who said it, and what, in invented articles written in newsroom styles the earlier
probes did not write: wire copy with a dateline and "told Reuters" (`wire_reuters`: anonymous
officials, a spokeswoman, a senator and his wife of one surname, a company's spokesman, an
anonymous European official, a credit line), an AP dateline with "X reports, citing …"
(`wire_ap`: a union's leader and his deputy of one surname who are no relation, a minister, a
sister and brother, outlets cited, a company's statement), British style (`british`: 'Mr Hughes'
without a dot, 'says' in the present tense, single quotation marks, 'the minister said' after a
long quotation, a brother of one surname), a newsletter digest of short items (`digest`), an
interview written as Q&A turns (`qa`: the chief's answers, a critic quoted inside a question, her
husband of one surname), a live blog with timestamps (`liveblog`: a senator and her husband of one
surname, anonymous aides, a press secretary), a report translated from a foreign language
(`statemedia`: "said in a statement carried by state media", a minister and her cousin of one
surname, a newspaper citing unnamed miners, an opposition leader) and an e-mail hard-wrapped at
70 columns (`email`: a mayor, a councilman and his sister-in-law of one surname, "told me", an
anonymous staffer, a chamber's statement).

``tests/fixtures/probe55b/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names or a speaker
without a name; "|" between accepted answers), the PolNeAR class of the mention that names it,
and its content (" || " between accepted extents; None where the probe wrote none down), read as
``tests/test_probe55_beats.py`` reads them. All of it was written by hand before newsmine first
ran on the articles; figures are in docs/history/attribution.md, "Session 55 — probe55b". What
newsmine still gets wrong is a strict xfail in ``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its
cause. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_whole_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe55b"

TREASURY = "anonymous|Treasury Department|The Treasury Department"
CML = "Tomas Varga|Calderan Marine Lines"
RWU = "Rail Workers Union|The Rail Workers Union"
NAHT = "National Association of Head Teachers|The National Association of Head Teachers"
DFE = "anonymous|Department for Education|The Department for Education"
HBA = "Home Builders Association|The Home Builders Association"
NWS = "National Weather Service|The National Weather Service"
WHITE_HOUSE = "Dana Price"
ENERGY = "Ministry of Energy|The Ministry of Energy"
CHAMBER = "Chamber of Commerce|The Chamber of Commerce"

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # wire_reuters: a Reuters dateline, "told Reuters", anonymous officials
    ("wire_reuters", "preparing new sanctions", "anonymous", "anonymous",
     "The Obama administration is preparing new sanctions on shipping companies that carry oil from Calderan "
     "ports"),
    ("wire_reuters", "as early as next week", "anonymous", "anonymous",
     "the Treasury Department could announce the measures as early as next week"),
    ("wire_reuters", "every tool we have", "Angela Ruiz", "name", "We are looking at every tool we have"),
    ("wire_reuters", "No decision has been made", "Angela Ruiz", "name", "No decision has been made on timing"),
    ("wire_reuters", "waited too long", "Paul Whitcomb", "name", "the administration had waited too long"),
    ("wire_reuters", "another tanker leaves port", "Paul Whitcomb", "name",
     "Every month we wait, another tanker leaves port"),
    ("wire_reuters", "not involved in her husband", "Dana Whitcomb", "pronoun",
     "she was not involved in her husband's work on the committee"),
    ("wire_reuters", "talk to Paul about clients", "Dana Whitcomb", "pronoun",
     "I don't talk to Paul about clients, and he doesn't talk to me about the committee"),
    ("wire_reuters", "had broken no U.S. law", CML, "description", "the firm had broken no U.S. law"),
    ("wire_reuters", "every voyage is legal", "Tomas Varga", "name",
     "We carry cargo for customers in forty countries, and every voyage is legal"),
    ("wire_reuters", "had not consulted Brussels", "anonymous", "anonymous",
     "Washington had not consulted Brussels about the plan"),
    ("wire_reuters", "like everybody else", "anonymous", "anonymous", "We read about it in the newspaper, like everybody else"),
    ("wire_reuters", "briefed allies regularly", "Angela Ruiz", "name", "the department briefed allies regularly"),
    ("wire_reuters", "work closely with our partners", "Angela Ruiz", "pronoun",
     'the United States would "continue to work closely with our partners."'),
    # wire_ap: an AP dateline, "reports, citing", two Doyles who are no relation
    ("wire_ap", "most commuter lines", "anonymous", "anonymous",
     "Thousands of rail workers walked off the job Thursday, shutting down most commuter lines into London and "
     "stranding hundreds of thousands of passengers"),
    ("wire_ap", "would last 48 hours", RWU, "name",
     "the strike would last 48 hours unless the government reopened talks over job cuts"),
    ("wire_ap", "left with no choice", "Martin Doyle", "name", "Our members have been left with no choice"),
    ("wire_ap", "end this tomorrow", "Martin Doyle", "name", "The government can end this tomorrow if it wants to"),
    ("wire_ap", "reckless and unnecessary", "Helen Carmody", "name", None),
    ("wire_ap", "offered the union a fair deal", "Helen Carmody", "pronoun",
     "the government had offered the union a fair deal and would not return to talks while the walkout continued"),
    ("wire_ap", "12,000 workers", "BBC|The BBC", "name", "more than 12,000 workers joined the strike"),
    ("wire_ap", "closed their doors", "Evening Standard|The Evening Standard", "name",
     "some stations closed their doors by 7 a.m."),
    ("wire_ap", "nobody has told us anything", "Priya Shah", "name",
     "I've been standing here for an hour and nobody has told us anything"),
    ("wire_ap", "work from home", "Anil Shah", "name", "he had given up and would work from home"),
    ("wire_ap", "any time, any place", "Karen Doyle", "name",
     'the union was ready to meet ministers "any time, any place."'),
    ("wire_ap", "voted overwhelmingly", "Karen Doyle", "pronoun",
     "members had voted overwhelmingly for the strike in January"),
    ("wire_ap", "emergency legislation", "Sky News", "name",
     "ministers are considering emergency legislation to limit strikes on essential services"),
    ("wire_ap", "return to normal by Monday", "Network Rail", "name", "it expected services to return to normal by Monday"),
    ("wire_ap", "working through the weekend", "Network Rail", "description", "Our teams will be working through the weekend"),
    ("wire_ap", "spoken to Doyle by phone", "Helen Carmody", "name", "she had spoken to Doyle by phone"),
    ("wire_ap", "the door is open", "Helen Carmody", "pronoun",
     "I told him the door is open, but not while trains are standing still"),
    # british: 'Mr Hughes', present-tense 'says', single quotation marks
    ("british", "postcode lottery", "Hughes|Mr Hughes", "name",
     "the new formula will end a 'postcode lottery' in which pupils in some areas receive far more than others"),
    ("british", "worth hundreds of pounds more", "Hughes|Mr Hughes", "description",
     "For too long, a child in one town has been worth hundreds of pounds more than a child in the next town along, "
     "for no reason that anyone can explain. That is not fair, and this government is going to fix it"),
    ("british", "already cutting staff", "Patel|Mrs Patel", "name", "schools are already cutting staff"),
    ("british", "three teaching assistants", "Patel|Mrs Patel", "pronoun", "We have lost three teaching assistants this year"),
    ("british", "it will be teachers", "Patel|Mrs Patel", "pronoun", "Next year it will be teachers"),
    ("british", "9 in 10 schools", NAHT, "name", "9 in 10 schools expect to cut their budgets next year"),
    ("british", "ignored the evidence", "Clarke|Ms Clarke", "name", "ministers have 'ignored the evidence'"),
    ("british", "robs Peter to pay Paul", "Osei|Dr Osei", "name", "the formula 'robs Peter to pay Paul'"),
    ("british", "simple arithmetic", "Osei|Dr Osei", "description",
     "If you give more to some schools without giving more overall, other schools must get less. It is simple "
     "arithmetic, and the government knows it"),
    ("british", "at a record high", DFE, "anonymous", "overall school funding is at a record high"),
    ("british", "more than £42bn", DFE, "pronoun", "Core schools funding will rise to more than £42bn next year"),
    ("british", "received no reply", "Patel|Mrs Patel", "name", "she has written to Mr Hughes twice and received no reply"),
    ("british", "which of them should go", "Patel|Mrs Patel", "pronoun",
     "I would like him to come to my school and tell my staff which of them should go"),
    # digest: a newsletter's short items
    ("digest", "3,000 affordable homes", "Teresa Ng", "name", "it would create 3,000 affordable homes within five years"),
    ("digest", "biggest step this city", "Teresa Ng", "pronoun",
     "This is the biggest step this city has taken on housing in a generation"),
    ("digest", "in its tracks", HBA, "name", 'the rule would "stop construction in its tracks."'),
    ("digest", "very difficult to impossible", NWS, "name",
     'travel would be "very difficult to impossible" on the interstate'),
    ("digest", "open on time", "Raymond Cole", "name", "all schools would open on time on Wednesday"),
    ("digest", "stepped aside", "Raymond Cole", "pronoun", "he had stepped aside from any decision on the grievance"),
    ("digest", "car chase", "police|anonymous", "anonymous",
     "A man was arrested after a car chase through downtown late Monday"),
    ("digest", "on two wheels", "anonymous", "anonymous", 'the car "came around the corner on two wheels."'),
    ("digest", "difficult decision", "Linda Marsh", "name", "This was a difficult decision"),
    ("digest", "learned of the closing", "Joe Ferris", "name", "workers had learned of the closing from the news"),
    ("digest", "Nobody from the company", "Joe Ferris", "name", "Nobody from the company called us"),
    ("digest", "never seen the rent", "Evelyn Brooks", "name",
     "I have lived here 60 years and I have never seen the rent go up like this"),
    # qa: an interview in Q&A turns
    ("qa", "fires in May", "Renata Alvarez", "name",
     "In May. We had fires in May that we would normally see in August. I told my battalion chiefs then that we "
     "were going to have a long year"),
    ("qa", "asked for state crews", "Renata Alvarez", "name",
     "No. We asked for state crews on the first night. He knows that, because he was in the room"),
    ("qa", "edge of town", "Dale Hendricks", "name", "the chief waited until the fire was at the edge of town"),
    ("qa", "look at the log", "Renata Alvarez", "name", "I say look at the log. The request went out at 11:40 p.m"),
    ("qa", "reports to a battalion chief", "Renata Alvarez", "name",
     "He reports to a battalion chief, not to me. I have never made a decision about his job"),
    ("qa", "30 more firefighters", "Renata Alvarez", "name",
     "Money for 30 more firefighters. We were not ready for this summer, and we will not be ready for the next one "
     "unless something changes"),
    ("qa", "stood by his comments", "Dale Hendricks", "name", "he stood by his comments"),
    ("qa", "I know what I saw", "Dale Hendricks", "pronoun", "I was in the room, and I know what I saw"),
    ("qa", "good people make mistakes", "Dale Hendricks", "pronoun", "The chief is a good person, but good people make mistakes"),
    # liveblog: timestamped entries
    ("liveblog", "has the votes", "Frank Oakes", "name", "he has the votes"),
    ("liveblog", "president will sign it", "Frank Oakes", "name", "We will pass this bill today, and the president will sign it"),
    ("liveblog", "cuts money for transit", "Ellen Marsh", "name", "she will vote no because the bill cuts money for transit"),
    ("liveblog", "20th-century roads alone", "Ellen Marsh", "name",
     "You cannot build a 21st-century country with 20th-century roads alone"),
    ("liveblog", "do not discuss legislation", "anonymous", "anonymous", 'the two "do not discuss legislation."'),
    ("liveblog", "supports the bill", "White House|The White House", "name", "the president supports the bill"),
    ("liveblog", "fixing our bridges", WHITE_HOUSE, "name", "This bill will put Americans to work fixing our bridges"),
    ("liveblog", "still undecided", "anonymous", "anonymous", "at least three senators are still undecided"),
    ("liveblog", "money for rural roads added", "Roy Whitfield", "name", "he wants money for rural roads added"),
    ("liveblog", "more gravel roads", "Roy Whitfield", "pronoun", "My state has more gravel roads than paved ones"),
    ("liveblog", "a deal has been reached", "Frank Oakes", "name", "a deal has been reached with Whitfield"),
    ("liveblog", "add $2 billion", "Frank Oakes", "pronoun", "the bill will add $2 billion for rural roads"),
    ("liveblog", "riders this bill left behind", "Ellen Marsh", "pronoun",
     'she would "keep fighting for the riders this bill left behind."'),
    # statemedia: a translated report carried by state media
    ("statemedia", "those responsible for the collapse", "Viktor Halov", "name",
     "to punish those responsible for the collapse of a coal mine that killed 27 workers || "
     "those responsible for the collapse of a coal mine that killed 27 workers"),
    ("statemedia", "answer before the law", "Viktor Halov", "name",
     "Those who ignored the safety rules will answer before the law, whatever their rank"),
    ("statemedia", "recovered all the bodies", ENERGY, "name",
     "rescuers had recovered all the bodies and that the mine would remain closed"),
    ("statemedia", "no serious violations", "Irina Sokol", "name",
     'inspectors had visited the mine in March and found "no serious violations."'),
    ("statemedia", "was detained on Saturday", "anonymous|prosecutor general's office", "description",
     "He was detained on Saturday"),
    ("statemedia", "complained for months", "Novy Vestnik|anonymous", "name",
     "workers had complained for months about gas levels in the lower shafts"),
    ("statemedia", "told the foreman every week", "anonymous", "anonymous", "We told the foreman every week"),
    ("statemedia", "the plan came first", "anonymous", "anonymous", "He said the plan came first"),
    ("statemedia", "blame local managers", "Marta Belova", "name",
     "the government was trying to blame local managers for its own failures"),
    ("statemedia", "signed the inspection report", "Marta Belova", "pronoun",
     "The president talks about punishment, but his own ministry signed the inspection report"),
    ("statemedia", "visit the mining town", "Rossiya-24|anonymous", "name",
     "the president will visit the mining town of Karsk on Monday"),
    ("statemedia", "meet the families", "Dmitri Orel", "name", "the president would meet the families of the dead"),
    ("statemedia", "would not resign", "Irina Sokol", "name", "she would not resign"),
    ("statemedia", "find out what happened", "Irina Sokol", "pronoun", "I will stay and I will find out what happened"),
    # email: a forwarded note hard-wrapped at 70 columns
    ("email", "ninety years old", "Gloria Pruitt", "name",
     "Nobody wants to pay more for water, but the pipes under this city are ninety years old, and they are failing"),
    ("email", "retirees and renters", "Eric Dunn", "pronoun", "the increase would hit retirees and renters hardest"),
    ("email", "forty years of neglect", "Eric Dunn", "name",
     "You are asking people on fixed incomes to pay for forty years of neglect by this council"),
    ("email", "November ballot", "Eric Dunn", "pronoun", "he would try to put the increase on the November ballot"),
    ("email", "300 leaks", "Maria Dunn", "pronoun", "the department had found 300 leaks in the past year"),
    ("email", "a fifth of our water", "Maria Dunn", "pronoun", "We lose about a fifth of our water before it reaches anyone's tap"),
    ("email", "lined up the fifth vote", "anonymous", "anonymous", "the mayor had lined up the fifth vote only on Monday night"),
    ("email", "nowhere else", CHAMBER, "name",
     'it supported the increase "as long as the money goes into the pipes and nowhere else."'),
    ("email", "discounts to low-income", "Gloria Pruitt|anonymous|Pruitt's office", "pronoun",
     "the city would offer discounts to low-income households"),
]  # fmt: skip

# Words in quotation marks nobody says, and words a verb that tells no report made a quote of.
NOT_QUOTES: list = [
    ("digest", "Maple"),
    ("wire_ap", "London commuter lines"),
    ("statemedia", "carried by state media"),
    ("statemedia", "published by the state news agency DNA"),
]

_ROSSIYA = (
    "'The Kremlin-friendly channel Rossiya-24 reports, citing Drevanian officials, that the president will visit …': "
    "the parser reads 'reports' as a noun (the channel's reports) and hangs the that-clause on 'visit' as the root, "
    "so no cue holds the clause and 'citing Drevanian officials' is a quote of its own, given to 'the president' "
    "(the same shape with 'The BBC reports, citing union officials, that …' is parsed as a verb and found). "
    "xfail56: train has no 'NAME reports, citing …, that' and its 5 'NAME reports that' are all parsed as verbs "
    "and kept (child:ccomp), so no train case to fit a rule on"
)
_NO_SERIOUS_VIOLATIONS = (
    "'The minister, Irina Sokol, told the state broadcaster that inspectors had visited the mine in March and found "
    "\"no serious violations.\"': the parse hangs the that-clause on 'broadcaster' as a relative clause (its verb "
    "has its own subject and object, so it is none), so the minister's content opens at 'the state broadcaster'; "
    "and 'found' makes the quoted words a quote of their own, the inspectors' (the shortest quote holding them). A "
    "hearer as the direct object of 'told' is not read by complements_parsed_relative.py, which reads only a noun "
    "in a place or time phrase after the cue; PolNeAR train has no such kept content to check a rule on. "
    "xfail56 counted: train text has 32 'tell/told DET (words) that', 26 kept as the verb's complement "
    "(child:ccomp); the parse makes the clause a relative of the hearer with a full clause only once, inside a "
    "quotation (a quote_run), so a rule reading the hearer would change no train quote"
)
_RURAL_ROADS = (
    "'Sen. Roy Whitfield, one of the undecided, tells the Courier he wants money for rural roads added.': the "
    "content stops before 'added' (the parse hangs the participle elsewhere than on 'roads'), so no quote holds "
    "the probe's snippet"
)

SPEAKER_FAULTS: dict = {
    ("wire_reuters", "had broken no U.S. law"):
        "'A spokesman for Calderan Marine Lines, the largest of the companies, said the firm had broken no U.S. law. "
        "\"…,\" the spokesman, Tomas Varga, said …': an unnamed spokesman named in the next sentence by 'the "
        "spokesman, NAME' stays anonymous; the name comes after, in the next quote's credit (PolNeAR train has no "
        "'the spokesman, NAME,' to check a rule on; xfail56: nor any 'the NOUN, NAME, said' credit after a "
        "quotation (one 'The party chairman, NAME,' opens a sentence, no credit))",
    ("wire_ap", "working through the weekend"):
        "'Network Rail, which manages the tracks, said … \"…,\" the company said in a statement.': the recogniser "
        "tags no entity on 'Network Rail' (its speaker is an unresolved name), so 'the company' goes to the last "
        "body it tagged, The Evening Standard, three paragraphs up. xfail56: train's 5 'NAME, which …, said' "
        "subjects are all tagged (organisations), so no untagged-name case to fit a rule on",
    ("liveblog", "money for rural roads added"): _RURAL_ROADS,
    ("statemedia", "no serious violations"): _NO_SERIOUS_VIOLATIONS,
    ("statemedia", "visit the mining town"): _ROSSIYA,
    ("wire_ap", "London commuter lines"):
        "'Striking rail workers shut down London commuter lines' (the headline): 'shut down' is read as a cue and "
        "its object as a content, which the headline-event filter (attribution/headline_events.py) does not drop; "
        "not looked into further",
}

CONTENT_FAULTS: dict = {
    ("qa", "look at the log"):
        "'Alvarez: I say look at the log. The request went out at 11:40 p.m.': the turn's own 'I say look at the "
        "log' is a quote of its own inside the turn (content 'look at the log', Alvarez's: right), and it is the "
        "shortest quote holding the snippet, so the probe's whole-turn content is read off the wrong quote (the "
        "turn itself is found with the probe's content)",
    ("liveblog", "money for rural roads added"): _RURAL_ROADS,
    ("statemedia", "no serious violations"): _NO_SERIOUS_VIOLATIONS,
    ("statemedia", "visit the mining town"): _ROSSIYA,
}
# Fixed by probe55b's rules (tests/test_probe55b_rules.py), failing at the first run: ("qa", "edge of town",
# "stood by his comments", "I know what I saw", "good people make mistakes") 'Supervisor Dale Hendricks' was a
# body, so his 'he' went to Luis Alvarez (lexicons/titles.txt); ("digest", "never seen the rent") 'Quote of the
# day: "…" — Evelyn Brooks' went to 'the day' (attribution/punctuation_candidates.py); ("british", "postcode
# lottery", "worth hundreds of pounds more") 'Mr Hughes' joined 'Mr Hughes's brother, Gareth Hughes'
# (entities/cluster_builder.py), and 'The education secretary' was 'Labour's shadow education secretary, Dr
# Osei' (speakers/titled_people.py, speakers/descriptions.py); 'He reports to a battalion chief' and 'in a
# statement carried by state media' were quotes (attribution/not_speech.py).

# Speakers wrong on quotes the hand-written list did not hold, seen reading every record of the first run:
# (article, snippet, the wrong speaker's name). Strict xfails while newsmine gives that name.
WRONG_SPEAKERS: list = [
    ("british", "plans to change how schools", "Osei"),
    ("british", "school funding plan as head teachers", "Gareth Hughes"),
    ("statemedia", "Drevanian officials", "the president"),
]

_WRONG_SPEAKER_CAUSES: dict = {
    ("statemedia", "Drevanian officials"): _ROSSIYA,
}


@pytest.fixture(scope="module")
def probe55b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + NOT_QUOTES + WRONG_SPEAKERS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"), probe_params(EXPECTED, SPEAKER_FAULTS)
)
def test_probe55b_quote_speaker(probe55b_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe55b_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe55b_quote_content(probe55b_records, article, snippet, speaker, mention_class, content):
    assert_content(probe55b_records, article, snippet, content)


@pytest.mark.parametrize(("article", "snippet", "wrong"), probe_params(WRONG_SPEAKERS, _WRONG_SPEAKER_CAUSES))
def test_probe55b_not_the_speaker(probe55b_records, article, snippet, wrong):
    assert_not_the_speaker(probe55b_records, article, snippet, wrong)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe55b_no_quote(probe55b_records, article, words):
    assert_no_whole_quote(probe55b_records, article, words.rstrip(","))
