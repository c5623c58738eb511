"""Probe65: who said what, and when, in invented news of six more kinds of story outside
PolNeAR's 2016 US politics, kinds no earlier probe wrote, each written to stress what its kind does
to quotes and speakers — an evening art sale (`auction`: a painting's title in curly marks opening
a reported sentence, "the auction house said", the auctioneer's aside, a dealer's one-word
quotation, a great-grandniece quoted in curly single marks); a coin hoard found by a farmer
(`dig`: "archaeologists said", "according to the National Museum Wales", "The farmer, Huw Bevan,
58, said", a landowner "who asked not to be named", a council spokeswoman); a missing hiker
found alive (`rescue`, hard-wrapped at 70 columns: a sheriff's office, a hospital spokesman, a
sergeant, a team leader, a father's statement, "Officials said", "urged"); a round of a chess
tournament (`chess`, curly marks: "said through an interpreter", "called the loss “…”", a
commentator, a coach, organisers, "FIDE, the world chess federation, said in a statement"); a
restaurant review (`restaurant`: dishes' names in quotation marks beside the chef's words, "told
me", a diner who is never named, a relative clause "who said"); an anonymous lottery winner
(`lottery`: "New Jersey Lottery officials said", "the statement said", a clerk "who gave only her
first name, Priya", "Critics of anonymity say"). The articles mix straight and curly marks and
carry a byline and a date line.

``tests/fixtures/probe65/`` holds the articles, written for this test. ``EXPECTED`` gives each
quote as PolNeAR's annotators would mark it, written by hand before newsmine first ran on the
articles: the article, a snippet naming the quote, the speaker as written, the speaker's resolved
name ("|" between accepted answers, "anonymous" for a source nobody names), the cue as written and
the content (" … " between the parts of a content a credit interrupts, " || " between accepted
extents). A content is found when a quote of newsmine's overlaps it with an intersection over
union of at least 0.5, counted as the shared scorer counts it; the speaker and the cue are that
quote's. ``DATES`` gives date expressions with the value each should have against the article's
date line. The first run's differences and what decided each are in docs/history/attribution.md,
"Session 65 — probe65". What newsmine still gets wrong is a strict xfail with its cause. Every
text here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import REPO
from tests.probe_wiring import KindsProbe

ARTICLES = REPO / "tests" / "fixtures" / "probe65"

# Corrected after the first run, by PolNeAR's conventions as newsmine's train-backed rules keep them
# (docs/history/attribution.md, "Session 65 — probe65"): 'said in a brief statement that he was
# "delighted for Huw" and hoped …' is two reports, the conjoined 'hoped' one of its own (the cue's
# conjunct, `cue_conjuncts`), so the 'said' content ends before it and the 'hoped' case is new; the
# ', which can be rented …' aside after 'urged climbers to carry a locator beacon' is accepted
# cut (`trailing_phrases.end_before_long_which_clause`: the gold stops before a long ', which'
# clause two times to one).
# (article, snippet, speaker as written, resolved speaker, cue, content)
EXPECTED = [
    # auction: an evening sale at an auction house
    ("auction", "more than twice its low estimate", "the auction house", "Harrow's|Harrow’s", "said",
     "“Morning at Honfleur,” a harbor scene by the French painter Berthe Lavallée, sold for $38.2 million at "
     "Harrow’s on Tuesday night, more than twice its low estimate"),
    ("auction", "it’s only money", "he", "Oliver Crane", "said", "Don’t be shy, it’s only money"),
    ("auction", "We knew the picture", "Shore", "Amelia Shore", "told",
     "We knew the picture was special, but nobody in this building predicted this … It tells you that the very "
     "best still finds its price"),
    ("auction", "fell by about a third", "the research firm ArtIndex", "ArtIndex", "according to",
     "Sales of Impressionist and modern art at the major houses fell by about a third in 2015"),
    ("auction", "selective, not frightened", "Harrow’s chief executive, Daniel Ferro", "Daniel Ferro", "said",
     'the results showed that collectors were "selective, not frightened."'),
    ("auction", "People read the headlines", "he", "Daniel Ferro", "said",
     "People read the headlines about a slowdown and assume the money has gone … It hasn’t. It’s waiting for the "
     "right object"),
    ("auction", "flattered by a single picture", "Martin Obi", "Martin Obi", "said",
     'the total for the night, $212 million, was "respectable" but flattered by a single picture'),
    ("auction", "an ordinary sale", "Obi", "Martin Obi", "said", "Take out the Lavallée and you have an ordinary sale"),
    ("auction", "when the hammer fell", "The artist’s great-grandniece, Sophie Lavallée", "Sophie Lavallée", "said",
     "she had cried when the hammer fell"),
    ("auction", "sold almost nothing", "she", "Sophie Lavallée", "said",
     "She sold almost nothing in her lifetime … She would have found this very funny"),
    # dig: a coin hoard found by a farmer
    ("dig", "2,300 Roman silver coins", "archaeologists", "anonymous", "said",
     "A hoard of more than 2,300 Roman silver coins found by a farmer ploughing a field near Abergavenny is one "
     "of the largest discovered in Wales"),
    ("dig", "packed into a clay pot", "the National Museum Wales", "National Museum Wales", "according to",
     "The coins, packed into a clay pot, date from a period when the empire was torn by civil war and raids along "
     "its borders"),
    ("dig", "a bottle top", "The farmer, Huw Bevan", "Huw Bevan", "said",
     "he first thought the glint in the soil was a bottle top"),
    ("dig", "switched the engine off", "Bevan", "Huw Bevan", "said",
     "Then I saw the second one, and the third, and I switched the engine off … My hands were shaking. My wife "
     "thought I'd hurt myself"),
    ("dig", "pull them out there and then", "Ellis", "Rhiannon Ellis", "said",
     "The temptation is always to pull them out there and then … But the order they were packed in tells us "
     "whether this was saved over years or buried in a single panic"),
    ("dig", "Early results pointed", "she", "Rhiannon Ellis", "said", "Early results pointed to the second"),
    ("dig", "important but not unprecedented", "Dr. Tom Aldridge", "Tom Aldridge", "said",
     'the find was "important but not unprecedented."'),
    ("dig", "a lot of hoards", "he", "Tom Aldridge", "said",
     "Britain has produced a lot of hoards from exactly these decades … What will matter is the pot's setting, "
     "whether there was a building nearby, or a road"),
    ("dig", "delighted for Huw", "The landowner", "anonymous", "said in a brief statement",
     'he was "delighted for Huw"'),
    ("dig", "stay in Wales", "The landowner", "anonymous", "hoped", "the coins would stay in Wales"),
    ("dig", "closed to the public", "A spokeswoman for Monmouthshire County Council", "anonymous", "said",
     "the field had been closed to the public while archaeologists surveyed it with metal detectors"),
    # rescue: a missing hiker found alive (hard-wrapped at 70 columns)
    ("rescue", "found alive on Sunday", "the Clackamas County Sheriff's Office",
     "Clackamas County Sheriff's Office", "said",
     "A 24-year-old hiker missing on Mount Hood since Friday was found alive on Sunday afternoon in a snow cave "
     "she had dug below a ridge"),
    ("rescue", "in fair condition", "a hospital spokesman", "anonymous", "said",
     "Maya Lindgren, of Portland, was flown to a hospital in Portland with frostbite to her feet and was in fair "
     "condition on Monday"),
    ("rescue", "winds of up to 60 mph", "Sgt. Paul Moreno", "Paul Moreno", "said",
     "crews were hampered by winds of up to 60 mph on Saturday and could not fly"),
    ("rescue", "preparing the family", "Moreno", "Paul Moreno", "said",
     "Honestly, by Saturday night we were preparing the family for bad news … She did everything right once she "
     "knew she was in trouble. That's why she's alive"),
    ("rescue", "a wall of snow blocks", "Team leader Jess Harmon", "Jess Harmon", "said",
     "Lindgren had built a wall of snow blocks at the mouth of the cave and had rationed two energy bars over "
     "three days"),
    ("rescue", "We heard the whistle", "Harmon", "Jess Harmon", "said",
     "We heard the whistle before we saw anything … Three short blasts, over and over. She'd been doing it every "
     "hour"),
    ("rescue", "nobody else could", "he", "Erik Lindgren", "said in a statement",
     "They went up when nobody else could … We will never be able to repay them"),
    ("rescue", "41 people", "The sheriff's office", "Clackamas County Sheriff's Office", "said",
     "41 people had taken part in the search, which cost an estimated $30,000"),
    ("rescue", "did not bill", "Officials", "anonymous", "said", "the county did not bill rescued hikers"),
    ("rescue", "a locator beacon", "Moreno", "Paul Moreno", "urged",
     "climbers to carry a locator beacon || climbers to carry a locator beacon, which can be rented for $5 at shops "
     "in Government Camp"),
    # chess: a round of a chess tournament
    ("chess", "take the pawn", "Wei", "Wei Lan", "said",
     "I did not expect him to take the pawn … After that, I think the position plays itself"),
    ("chess", "the worst game", "he", "Viktor Sorokin", "called",
     "the loss “the worst game I have played in ten years”"),
    ("chess", "a good night’s sleep", "he", "Viktor Sorokin", "said",
     "he would “need a good night’s sleep and a better opening.”"),
    ("chess", "a computer finds", "Commentator Judit Varga", "Judit Varga", "said",
     "Wei’s 23rd move, a knight retreat most players would not consider, was “the kind of idea a computer finds "
     "and a human doesn’t.”"),
    ("chess", "nothing to lose", "Varga", "Judit Varga", "said",
     "He played like someone with nothing to lose … That is the most dangerous kind of player"),
    ("chess", "prepared the opening", "Wei’s coach, Liu Fang", "Liu Fang", "said",
     "the team had prepared the opening for months but had not expected to use it against Sorokin"),
    ("chess", "happy for him", "Keller", "Sam Keller", "said", "I’m happy for him, and I’d like him to lose on Tuesday"),
    ("chess", "attendance had doubled", "The tournament’s organizers", "anonymous", "said",
     "attendance had doubled since the first week, and tickets for the final round on Thursday had sold out"),
    ("chess", "delighted", "FIDE, the world chess federation", "FIDE", "said in a statement",
     "it was “delighted” by the interest and would hold the title match in London"),
    # restaurant: a restaurant review, dishes' names in quotation marks
    ("restaurant", "an argument with her", "The chef, Tomasz Wilk", "Tomasz Wilk", "says",
     "most of the menu began as an argument with her"),
    ("restaurant", "an insult to the dead", "Wilk", "Tomasz Wilk", "told",
     "She thought anything new was an insult to the dead … So every dish here is me trying to win that argument "
     "ten years too late"),
    ("restaurant", "a third of the menu", "Wilk's business partner, Dana Reyes", "Dana Reyes", "said",
     "the restaurant would change about a third of the menu each season"),
    ("restaurant", "take the pork off", "she", "Dana Reyes", "said",
     "People keep asking us to never take the pork off … That one is safe. Tomasz would have a riot on his hands"),
    ("restaurant", "four times since it opened", "who", "anonymous", "said",
     "she had eaten at the restaurant four times since it opened"),
    ("restaurant", "the wait was worth it", "A neighboring diner", "anonymous", "told", "the wait was worth it"),
    ("restaurant", "I come for the dumpling", "she", "anonymous", "said",
     "I come for the dumpling … I stay because nobody rushes you"),
    ("restaurant", "portions are too small", "he", "Tomasz Wilk", "said",
     "She would say the portions are too small … She'd be wrong"),
    # lottery: an anonymous jackpot winner
    ("lottery", "chosen to remain anonymous", "New Jersey Lottery officials", "anonymous|New Jersey Lottery", "said",
     "The winner of last month’s $188 million Garden Millions jackpot is a hospital nurse from Middlesex County "
     "who has chosen to remain anonymous"),
    ("lottery", "Blue Heron Trust", "the lottery", "New Jersey Lottery", "said",
     "The woman, who is in her 50s, claimed the prize through the Blue Heron Trust and chose a lump-sum payment "
     "of $117 million before taxes"),
    ("lottery", "at least until the summer", "the winner", "anonymous", "said",
     'she planned to keep working "at least until the summer."'),
    ("lottery", "sits on a beach", "the statement", "anonymous", "said",
     "I have patients who need me, and I am not the kind of person who sits on a beach … My family has been "
     "through hard times. This means they never will again"),
    ("lottery", "asked me to be boring", "he", "Alan Strauss", "said", "She's asked me to be boring, and I intend to be"),
    ("lottery", "hundreds", "A clerk who gave only her first name, Priya", "Priya", "said",
     'she had sold "hundreds" of tickets the day of the drawing and had no idea who the winner was'),
    ("lottery", "asks if it was them", "she", "Priya", "said",
     "Everybody who comes in now asks if it was them … I tell them to check their tickets"),
    ("lottery", "one in five jackpot winners", "Lottery director Carole Hutchins", "Carole Hutchins", "said",
     "about one in five jackpot winners in the state now used a trust, up from almost none a decade ago"),
    ("lottery", "a big cardboard check", "Hutchins", "Carole Hutchins", "said",
     "We would always prefer a face and a big cardboard check … But we understand why people worry. Winners get "
     "phone calls from people they haven't heard from in thirty years"),
    ("lottery", "the games are fair", "Critics of anonymity", "anonymous", "say",
     "it makes it harder for the public to trust that the games are fair"),
    ("lottery", "introduce a bill", "Assemblyman Ray DiNardo, a Republican from Monmouth County", "Ray DiNardo",
     "said", "he would introduce a bill next month requiring winners of more than $10 million to be named"),
    ("lottery", "public money", "DiNardo", "Ray DiNardo", "said",
     "If it's public money, the public should know where it went"),
]  # fmt: skip

# (article, date expression as written, accepted values "|" between them), against the date line.
DATES = [
    ("auction", "Tuesday night", "2016-11-15|2016-11-15TNI"),
    ("auction", "1974", "1974"),
    ("auction", "last year", "2015"),
    ("auction", "Thursday", "2016-11-17"),
    ("dig", "Thursday", "2016-08-25"),
    ("dig", "nine days", "P9D"),
    ("dig", "next spring", "2017-SP"),
    ("rescue", "since Friday", "2016-02-05"),
    ("rescue", "Sunday afternoon", "2016-02-07|2016-02-07TAF"),
    ("rescue", "Friday morning", "2016-02-05|2016-02-05TMO"),
    ("rescue", "Saturday night", "2016-02-06|2016-02-06TNI"),
    ("rescue", "on Monday", "2016-02-08"),
    ("chess", "Sunday", "2016-04-10"),
    ("chess", "November", "2016-11"),
    ("chess", "on Tuesday", "2016-04-12"),
    ("chess", "Thursday", "2016-04-14"),
    ("restaurant", "March", "2016-03"),
    ("lottery", "on Wednesday", "2016-03-02"),
    ("lottery", "last month", "2016-02"),
    ("lottery", "next month", "2016-04"),
    ("lottery", "Feb. 13", "2016-02-13"),
    ("lottery", "the summer", "2016-SU"),
]

_LONG_LEDE = (
    "'“Morning at Honfleur,” a harbor scene by …, sold for $38.2 million at Harrow’s on Tuesday night, more "
    "than twice its low estimate, the auction house said.': no quote. The parse hangs 'on Tuesday night' on "
    "'said', and the one candidate holding the whole statement (the sentence before the credit) scores about "
    "0.1 with the shipped attribution model; without 'more than twice its low estimate,' or without the "
    "date line it is kept. Not the title in quotation marks: 'The painting, a harbor scene …' is missed too. "
    "A model's score, no rule"
)
CONTENT_FAULTS = {
    ("auction", "more than twice its low estimate"): _LONG_LEDE,
}
SPEAKER_FAULTS = {
    **CONTENT_FAULTS,
    ("lottery", "Blue Heron Trust"): (
        "'…, the lottery said': 'the lottery' stays an organisation with no name; the article names the "
        "New Jersey Lottery only inside 'New Jersey Lottery officials', and no rule reads 'lottery' as a "
        "body of its own (as probe64's 'the club')"
    ),
}
CUE_FAULTS = dict(CONTENT_FAULTS)
DATE_FAULTS = {
    ("chess", "Thursday"): (
        "'tickets for the final round on Thursday had sold out': the past perfect of 'had sold out' gives "
        "the date the past Thursday, though it names the round (a noun's date, ahead)"
    ),
}


class TestProbe65(KindsProbe):
    """The articles, cases and faults above under :class:`tests.probe_wiring.KindsProbe`'s tests."""

    def test_by_saturday_night_in_a_quote_is_the_one_just_gone(self, probe_records):
        """'"Honestly, by Saturday night we were preparing the family for bad news," Moreno said' in a
        Monday story: the Saturday just gone (was the next one, 2016-02-13, at the first run; the
        check above also takes the bare 'Saturday' of another sentence). Fixed by
        :func:`newsmine.nlp.dates.context.tense` reading 'by' with a past auxiliary back."""
        _, record = probe_records["rescue"]
        assert [d.value for d in record.dates if d.text == "Saturday night"] == ["2016-02-06TNI"]
