"""Probe61: mixed quotations (reported words around a quoted phrase) in invented 2016-style US
political news, the shapes issue 10's direct-quote misses are made of: 'called X "…"', 'dismissed
X as "…"', 'warned of "…"', 'said the plan was "…," adding that …', 'praised what he called
"…"', 'The pledge, she said, was made "…"', quotations under weak verbs (blast, slam, vow, urge,
label, hail, thank, challenge, accuse) and under nouns ('a promise of "…"', 'Hadley's warning
that …', 'Landry's threat to …'), with a few pure quotations beside them.

``tests/fixtures/probe61/`` holds eight articles of eight kinds of story (a Senate debate, a
union march, a stalled court nomination, a state budget standoff, a city tax vote, an inspector
general's report, a Senate hearing on a payment abroad, a television station pulling an ad).
``EXPECTED`` gives each quote as PolNeAR's annotators would mark it, written by hand before
newsmine first ran on the articles: a snippet naming the case, the speaker ("|" between accepted
answers, "anonymous" for a source left unnamed), the cue as written, the shape of the quotation,
and the content as it stands in the article (" … " between the parts of a content a credit
interrupts, " || " between accepted extents). A content is found when a quote of newsmine's
overlaps it with an intersection over union of at least 0.5, counted as the shared scorer
``attrib_score.py`` counts it (non-space characters, edge punctuation and quotation marks and a
leading "that" trimmed, the words between a content's parts not held against a prediction); the
speaker is that quote's. Figures and the faults' causes are in docs/history/attribution.md,
"Session 61 — probe61". What newsmine still gets wrong is a strict xfail with its cause and its
count over PolNeAR train. Every text here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import REPO
from tests.probe_wiring import ContentsProbe

ARTICLES = REPO / "tests" / "fixtures" / "probe61"

# Shapes: 'oprd' call/label X "…"; 'as' VERB X as "…"; 'clause' a cue's clause holding a quoted
# phrase; 'that' a that-clause holding one; 'object' a quoted or half-quoted object ('praised her
# "courage"', 'warned of "…"'); 'infinitive' VERB (X) to "…"; 'noun' a noun cue; 'interrupted' a
# content a credit interrupts; 'what-called' VERB what X called "…"; 'pure' a quotation alone;
# 'indirect' no quotation marks.
# Speaker answers added after the first run (the name's form, not who speaks: newsmine names a
# campaign, a party and an office by their own words, and the article says "Obama" alone):
# "Halloran campaign", "Democratic Party", "White House press office", "Obama", "Clinton campaign".
WHITE_HOUSE = "anonymous|White House|White House press office"

# (article, snippet, speaker, cue, shape, content)
EXPECTED = [
    # debate: a Senate debate
    ("debate", "a gift to lobbyists", "Denise Carrow", "called", "oprd",
     'the Pacific trade pact he once backed "a gift to lobbyists and a kick in the teeth to Youngstown."'),
    ("debate", "recycled nonsense", "Ray Halloran", "dismissed", "as",
     'the attack as "recycled nonsense from a governor who lost 350,000 jobs."'),
    ("debate", "missing in action", "Ray Halloran", "said", "clause",
     'his opponent had been "missing in action" during the steel crisis'),
    ("debate", "never once picked up", "Ray Halloran", "adding", "that",
     'that she had "never once picked up the phone" to call the mills in Lorain'),
    ("debate", "on the phone every single day", "Denise Carrow", "shot back", "pure",
     "I was on the phone every single day … Ask the workers at Republic Steel who got their jobs back"),
    ("debate", "correct but not close", "Ray Halloran", "described", "as",
     'his relationship with the Republican nominee as "correct but not close"'),
    ("debate", "eyes wide open", "Ray Halloran", "said", "clause", 'he would vote for him "with my eyes wide open."'),
    ("debate", "rubber-stamp", "Denise Carrow", "warned of", "object",
     '"a senator who will rubber-stamp whatever comes out of Trump Tower."'),
    ("debate", "real bipartisan win", "Ray Halloran", "praised", "what-called",
     'what he called "a real bipartisan win" in the addiction bill Congress passed in July'),
    ("debate", "a good start", "Denise Carrow", "said", "clause", 'the bill was "a good start, but only a start."'),
    ("debate", "a rerun of 2010", "Ray Halloran|anonymous|Halloran campaign", "labeled", "oprd",
     'Carrow\'s jobs plan "a rerun of 2010,"'),
    ("debate", "running from his own record", "Nina Patel", "said", "clause",
     'the senator was "running from his own record,"'),
    ("debate", "a desperate stunt", "Nina Patel", "called", "oprd", 'the attack "a desperate stunt."'),
    ("debate", "a lot closer", "Denise Carrow", "told", "that", 'that the race was "a lot closer than the polls say."'),
    ("debate", "win this thing", "Denise Carrow", "said", "pure",
     "We're going to win this thing in the last two weeks"),
    # rally: a union march
    ("rally", "NAFTA on steroids", "Gloria Schenck", "blasted", "as", 'the deal as "NAFTA on steroids"'),
    ("rally", "pay at the ballot box", "Gloria Schenck", "vowed", "infinitive",
     'to "make every member of Congress who votes for it pay at the ballot box."'),
    ("rally", "rigged trade policies", "Martin Alvarez", "slammed", "what-called",
     'what he called "the rigged trade policies of the last 25 years."'),
    ("rally", "bring jobs", "Martin Alvarez", "said", "pure",
     "They told us NAFTA would bring jobs … It brought pink slips"),
    ("rally", "hold Hillary Clinton", "Martin Alvarez", "urged", "infinitive",
     'the crowd to "hold Hillary Clinton to her word" on the deal'),
    ("rally", "the gold standard", "Hillary Clinton", "called", "oprd",
     'the pact "the gold standard" of trade agreements'),
    ("rally", "she opposes it", "Hillary Clinton", "says", "indirect", "she opposes it"),
    ("rally", "most progressive trade agreement", "Josh Earnest", "described", "as",
     'the deal as "the most progressive trade agreement in history"'),
    ("rally", "state by state", "Josh Earnest", "said", "clause",
     'the president would keep making "the case for it, state by state."'),
    ("rally", "still reviewing", "Glenn Kistler|anonymous", "said", "clause",
     'he was "still reviewing" the text, which runs to more than 5,000 pages'),
    ("rally", "spin", "Gloria Schenck", "dismissed", "as", 'the White House figures as "spin."'),
    ("rally", "the same promises", "Gloria Schenck", "said", "clause",
     'members had heard "the same promises" in 1993 and 2000, when Congress normalized trade with China, "and we '
     'watched the mills close one by one."'),
    ("rally", "done with both parties", "Dale Renko", "said", "clause",
     'he had voted for Obama twice and was "done with both parties" on trade'),
    ("rally", "pays what mine did", "Dale Renko", "said", "pure", "My son can't find work that pays what mine did"),
    ("rally", "a betrayal of working families", "Frank Delvecchio|anonymous", "calling", "oprd",
     'the deal "a betrayal of working families."'),
    # court: a stalled nomination
    ("court", "cordial and candid", "Paul Hadley", "described", "as",
     'his hourlong talk with Marsh as "cordial and candid"'),
    ("court", "lame-duck president", "Paul Hadley", "said", "clause",
     'the Senate would not hold "a confirmation hearing for a nominee of a lame-duck president."'),
    ("court", "dereliction of duty", "anonymous|Democrats|Democratic Party", "accused", "object",
     'Republicans of "dereliction of duty."'),
    ("court", "unprecedented in the history", "Laura Quint", "said", "clause",
     'the majority\'s "no hearings, no votes" pledge was "unprecedented in the history of this body,"'),
    ("court", "taken wildly out of context", "George Ambler", "said", "that",
     'that speech had been "taken wildly out of context."'),
    ("court", "deserve a voice", "George Ambler", "said", "pure",
     "I said then what I say now: the American people deserve a voice"),
    ("court", "patience and grace", WHITE_HOUSE, "praised", "object", 'her "patience and grace"'),
    ("court", "under oath", WHITE_HOUSE, "said", "clause",
     'she was "ready to answer every question, in public, under oath."'),
    ("court", "hold the line", "anonymous", "urging", "infinitive", 'senators to "hold the line."'),
    ("court", "a rubber stamp", "Judicial Crisis Network|anonymous", "labels", "oprd",
     'Marsh "a rubber stamp for the Obama agenda."'),
    ("court", "well into 2017", "Paul Hadley", "warning", "noun",
     'that the seat could stay empty "well into 2017"'),
    ("court", "playing politics", "Barack Obama|Obama", "told", "that",
     'that Republicans were "playing politics with the Constitution" and that the Senate\'s job was "not to sit on '
     'its hands for a year."'),
    ("court", "a gamble with the court", "Laura Quint", "called", "oprd",
     'the Republicans\' promise to wait for the election "a gamble with the court\'s legitimacy."'),
    # budget: a state budget standoff
    ("budget", "productive", "Carl Rennick|anonymous", "said", "clause", 'the talks had been "productive,"'),
    ("budget", "grand bargain", "Carl Rennick|anonymous", "adding", "that",
     'that the governor remained "optimistic that a grand bargain is within reach."'),
    ("budget", "radical agenda", "Maureen Dolan", "told", "clause",
     'the governor was still insisting on "a radical agenda that has nothing to do with the budget," including limits '
     "on collective bargaining"),
    ("budget", "pet projects", "Maureen Dolan", "said", "pure",
     "You don't hold schools and social service agencies hostage for your pet projects"),
    ("budget", "the reforms Illinois needs", "Carl Rennick", "called", "oprd",
     "his proposals, which include a property tax freeze and changes to workers' compensation, \"the reforms "
     'Illinois needs to grow again."'),
    ("budget", "$10 billion by Christmas", "Susan Mendez", "warned", "that",
     'that the state\'s unpaid bills, now at $8 billion, could reach "$10 billion by Christmas" without a budget'),
    ("budget", "missing payroll", "Susan Mendez|anonymous", "said", "clause",
     'it had been forced to delay payments to hospitals and that some were "weeks away from missing payroll."'),
    ("budget", "a sham budget", "Carl Rennick", "calling", "oprd",
     'it "a sham budget" that was "$4 billion out of balance."'),
    ("budget", "some movement", "Ed Kowalczyk", "said", "clause",
     'he saw "some movement" on pensions and that negotiators would meet again Wednesday'),
    ("budget", "an existential threat", "anonymous", "called", "oprd",
     'the standoff "an existential threat" to higher education'),
    ("budget", "students before politics", "anonymous", "urged", "infinitive",
     'lawmakers to "put students before politics."'),
    ("budget", "running on fumes", "Thomas Adeyemi", "said", "clause",
     'the campus was "running on fumes" and could close by spring'),
    ("budget", "no plan to pay for", "Carl Rennick", "said", "interrupted",
     'Dolan\'s "no new cuts" promise to social service providers … was "a promise she has no plan to pay for."'),
    # mayor: a city tax vote
    ("mayor", "no new taxes on working families", "Arlene Pruitt", "promise", "noun",
     '"no new taxes on working families,"'),
    ("mayor", "150 police officers", "Arlene Pruitt", "says", "indirect",
     "the half-point increase is needed to hire 150 police officers"),
    ("mayor", "public safety bow", "Derek Shaw", "called", "oprd",
     'the plan "a broken promise wrapped in a public safety bow."'),
    ("mayor", "looked voters in the eye", "Derek Shaw", "said", "pure",
     "She looked voters in the eye and told them no new taxes … Now she wants the biggest tax increase in 20 years"),
    ("mayor", "supported more officers", "Yvette Mills", "said", "indirect", "she supported more officers"),
    ("mayor", "the wrong tool", "Yvette Mills", "described", "as", 'the tax as "the wrong tool at the wrong time."'),
    ("mayor", "courage", "Ray Donnelly", "praised", "object", 'the mayor\'s "courage"'),
    ("mayor", "breaking point", "Ray Donnelly", "told", "that",
     'that the department was "stretched to the breaking point," with response times up 40 percent since 2012'),
    ("mayor", "long-overdue investment", "Fraternal Order of Police|The Fraternal Order of Police|anonymous",
     "hailed", "as", 'it as "a long-overdue investment in the people who keep this city safe."'),
    ("mayor", "less competitive", "Cincinnati Business Committee|The Cincinnati Business Committee", "said",
     "clause", 'the increase would make the city "less competitive,"'),
    ("mayor", "safer streets", "Downtown Residents Council|the Downtown Residents Council", "said", "clause",
     'it was "a fair price for safer streets."'),
    ("mayor", "homicide numbers", "Arlene Pruitt", "said", "interrupted",
     'The pledge … was made "before the homicide numbers we saw last summer."'),
    ("mayor", "thoughts and prayers", "Arlene Pruitt", "accused", "object",
     'the plan\'s opponents of "offering thoughts and prayers instead of officers."'),
    ("mayor", "worth looking at", "anonymous", "called", "what-called",
     '"worth looking at." || a compromise the mayor\'s chief of staff called "worth looking at."'),
    ("mayor", "November ballot", "Derek Shaw", "vowed", "indirect",
     "to put the increase on the November ballot if the council approves it"),
    # emails: an inspector general's report
    ("emails", "deficient at every level", "anonymous", "described", "as",
     'the department\'s record-keeping as "deficient at every level"'),
    ("emails", "repeated warnings", "anonymous", "said", "clause",
     'Bellamy\'s staff had ignored "repeated warnings" from the department\'s technology office'),
    ("emails", "thorough and fair review", "Ron Bellamy", "welcomed", "what-called",
     'what he called "a thorough and fair review"'),
    ("emails", "anything classified", "Ron Bellamy", "saying", "clause",
     'he had "never sent or received anything classified" on the server'),
    ("emails", "damning", "Mark Tolliver", "called", "oprd", 'the report "damning"'),
    ("emails", "contempt for the law", "Mark Tolliver", "said", "clause",
     'Bellamy had shown "a pattern of contempt for the law."'),
    ("emails", "paperwork problem", "Mark Tolliver", "said", "pure",
     "This is not a paperwork problem … This is a cover-up problem"),
    ("emails", "within 30 days", "Mark Tolliver", "demanded", "that",
     'that Bellamy testify before the committee "within 30 days"'),
    ("emails", "not off the table", "Mark Tolliver", "warned", "that", 'that a subpoena was "not off the table."'),
    ("emails", "fishing expedition", "anonymous|Democrats", "dismissed", "as",
     'the demand as "a fishing expedition in an election year."'),
    ("emails", "intentional wrongdoing", "Sheila Park", "noted", "that",
     'that the report found "no evidence of intentional wrongdoing."'),
    ("emails", "better things to do", "Sheila Park", "said", "clause",
     'the committee had "better things to do" than relitigate a report the inspector general had already closed'),
    ("emails", "cooperated fully", "David Shore", "said", "that", 'that his client had "cooperated fully"'),
    ("emails", "wrong on the facts", "David Shore", "called", "oprd",
     'several of the report\'s findings "simply wrong on the facts."'),
    ("emails", "answered every question", "David Shore", "said", "pure",
     "Secretary Bellamy answered every question he was asked … He would do it again tomorrow"),
    ("emails", "full confidence", "Eric Lowell", "said", "clause",
     'the president had "full confidence" in the secretary'),
    ("emails", "stonewalled for months", "Phyllis Kemper", "told", "that",
     'that her office had been "stonewalled for months" by Bellamy\'s former aides'),
    # iran: a Senate hearing
    ("iran", "not ransom", "Ann Corliss|anonymous", "told", "that",
     'that a $400 million cash payment to Iran in January was "not ransom,"'),
    ("iran", "leverage we used", "Ann Corliss", "described", "as",
     'the timing of the payment, which arrived on the same day the prisoners were freed, as "leverage we used, not a '
     'price we paid."'),
    ("iran", "distinction without a difference", "Bob Landry", "called", "oprd",
     'the explanation "a distinction without a difference"'),
    ("iran", "a price on every American", "Bob Landry", "said", "clause",
     'the administration had "put a price on every American\'s head."'),
    ("iran", "looks like ransom", "Bob Landry", "said", "pure",
     "If it looks like ransom and it's delivered like ransom, it's ransom"),
    ("iran", "billions more", "Ann Corliss", "warned", "that",
     'that losing the case at The Hague could have cost taxpayers "billions more."'),
    ("iran", "patient diplomacy", "Diane Okafor", "praised", "as",
     'the release of the prisoners as "an achievement of patient diplomacy"'),
    ("iran", "troubled", "Diane Okafor", "said", "clause",
     'she was "troubled" by the cash and wanted "a fuller accounting" of how it was delivered'),
    ("iran", "most naive negotiator", "Donald Trump", "calling", "oprd",
     'the president "the most naive negotiator in history."'),
    ("iran", "reckless talk", "Hillary Clinton|anonymous|Clinton campaign", "dismissed", "as",
     'the attack as "the kind of reckless talk that would get Americans killed."'),
    ("iran", "Iran's own money", "Hossein Jaberi", "said", "that",
     'that the money was "Iran\'s own money" and that the United States had "no right to boast" of returning it'),
    ("iran", "spy novel", "Bob Landry", "described", "as",
     'the delivery, on wooden pallets aboard an unmarked cargo plane, as "something out of a spy novel."'),
    ("iran", "by whatever it takes", "Bob Landry", "threat", "noun",
     'to cut the department\'s budget "by whatever it takes"'),
    # adwar: a station pulls an ad
    ("adwar", "supported storing nuclear waste", "Silver State Forward|anonymous", "says", "clause",
     "Lyle “supported storing nuclear waste” in Nevada"),
    ("adwar", "worth a conversation", "Rebecca Lyle", "saying", "clause", "the issue was “worth a conversation.”"),
    ("adwar", "deceptively edited", "Marc Ellison", "wrote", "that",
     "that the clip had been “deceptively edited” and that the full quote made clear she “opposed Yucca then and "
     "opposes it now.”"),
    ("adwar", "not supported by the record", "Stan Huber", "said", "clause",
     "the station had reviewed the full video and found the ad “not supported by the record.”"),
    ("adwar", "censorship, plain and simple", "Chad Rourke", "called", "oprd",
     "the decision “censorship, plain and simple”"),
    ("adwar", "until Election Day", "Chad Rourke", "vowed", "infinitive",
     "to keep the ad running on the other three stations “until Election Day.”"),
    ("adwar", "behind every word", "Chad Rourke", "said", "pure", "We stand behind every word"),
    ("adwar", "my own record", "Joe Hartman", "said", "clause", "he would “rather talk about my own record”"),
    ("adwar", "nonexistent, by law", "Joe Hartman", "described", "as",
     "his relationship with the super PAC as “nonexistent, by law.”"),
    ("adwar", "a wall of negativity", "Sheila Krupp", "said", "clause",
     "Nevada viewers were seeing “a wall of negativity” and that ads pulled for inaccuracy were “still rare, but not "
     "unheard of.”"),
    ("adwar", "doing the right thing", "Rebecca Lyle", "thanked", "object",
     "the station for “doing the right thing”"),
    ("adwar", "denounce the lies", "Rebecca Lyle", "challenged", "infinitive",
     "Hartman to “denounce the lies being told on his behalf.”"),
    ("adwar", "the truth still matters", "Tina Orozco", "said", "clause",
     "the station’s decision showed “the truth still matters in Nevada,”"),
    ("adwar", "cut-and-paste smears", "Tina Orozco", "accused", "object",
     "Republicans of running “a campaign of cut-and-paste smears.”"),
    ("adwar", "paper it’s printed on", "Rebecca Lyle", "said", "interrupted",
     "Hartman’s “clean campaign” pledge … “isn’t worth the paper it’s printed on.”"),
]  # fmt: skip

_WHICH = (
    "'His office said he was \"still reviewing\" the text, which runs to more than 5,000 pages': the content "
    "stops before the ', which' clause the expectation holds (overlap 0.48). PolNeAR train's gold is split on it: "
    "132 contents stop right before ', which', 99 hold one; of newsmine's 82 train contents stopping before "
    "', which', the gold stops there too for 65 (50 matched) and runs on for 17 (5 matched): no rule to write"
)
_NESTED_CALLED = (
    "'…, a compromise the mayor's chief of staff called \"worth looking at.\"' at the end of Mills's said-content: "
    "the reduced relative's 'called' gets no quote of its own and the compromise stays in Mills's content. "
    "PolNeAR train marks 1 'call' attribution inside another gold content (against 213 outside one), so the "
    "expectation is against the corpus's own habit; no rule"
)
_THREAT = (
    "'Landry's threat to cut the department's budget \"by whatever it takes\" drew no response': a noun cue heading "
    "the subject of a verb of no speech gets no candidate kept. PolNeAR train has 1 gold content under 'threat' "
    "(matched); 25 under the noun 'promise' (21 matched), 12 under 'warning' (6): no recurring construction"
)
_CONJOINED = (
    "'The ad … says Lyle \u201csupported storing nuclear waste\u201d in Nevada and shows a clip …': the parse makes the "
    "quoted verb phrase modifiers of 'waste' (subject of 'says') and 'Lyle' a npadvmod, so the content is the "
    "verb phrase, running over 'and shows a clip …' (without the marks the parser joins 'and shows' to "
    "'supported', the same run-on). Over train, 36 kept contents run over ' and …' past the gold's end (21 of "
    "them unmatched, 5 mixed, 2 of those unmatched): coordination, not mixed quotes"
)
# 'Chad Rourke, called the decision “censorship, plain and simple” and vowed to …' kept no 'called' quote
# (its candidate scored under the threshold); it passes since extract66 (the parse's 'called' hung on the
# name as a reduced relative is the sentence's verb: reduced_relative_reports), so it is no longer listed.
# Each content fault also fails the speaker check (the speaker is that of the quote overlapping
# the content), so it is listed in both.
CONTENT_FAULTS = {
    ("rally", "still reviewing"): _WHICH,
    ("mayor", "worth looking at"): _NESTED_CALLED,
    ("iran", "by whatever it takes"): _THREAT,
    ("adwar", "supported storing nuclear waste"): _CONJOINED,
}
SPEAKER_FAULTS = {
    **CONTENT_FAULTS,
    ("mayor", "no new taxes on working families"): (
        "'Pruitt, a Democrat who ran in 2013 on a promise of \"no new taxes on working families,\"': the noun cue "
        "'promise' has no possessor, and its quote no speaker; the speaker is the subject of the verb the noun's "
        "preposition hangs on. Train: 3 kept quotes of a noun cue (promise, pledge, vow, warning, threat) match a "
        "gold content with a source and have no speaker, 1 of them this construction ('Sanders and Clinton both "
        "campaigned on pledges to be tough on Wall Street'): no rule for one"
    ),
}


class TestProbe61(ContentsProbe):
    """The articles, cases and faults above under :class:`tests.probe_wiring.ContentsProbe`'s tests."""

    FIELDS = ("article", "snippet", "speaker", "cue", "shape", "content")
