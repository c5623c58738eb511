"""Probe64: who said what, and when, in invented news of six kinds of story outside PolNeAR's
2016 US politics, each written to stress what its kind does to quotes and speakers — a soccer
match report (`derby`: a coach and players quoted with "we" in their words, a coach of each side,
"the club said" after a figure); a criminal trial's first day (`trial`: a prosecutor first met as
"a federal prosecutor", a defence lawyer's quotation closed in straight single marks, a witness
who "testified" and "acknowledged", the judge, "according to court papers"); a health study
(`study`: "according to a study published …", a lead author and a co-author, an outside expert,
"The journal's editors wrote", an institute's statement, a volunteer in single marks); an earnings
story (`earnings`: "its chief executive warned" before the name, a CFO after a figure, an
analyst's question and "Devlin replied", an analyst's note to clients, "a Brightline spokeswoman
said"); a wire round-up (`roundup`: "officials said", an agency's acronym in apposition, "told
reporters", "Citing local media, … El Mercurio reported", "told Reuters" from an unnamed
official, "told the radio station Cooperativa", "traders said"); an obituary (`obituary`: "her son,
Victor Delgado, said" then "her son said", a daughter and a granddaughter sharing the surname
Ortiz, "as she liked to say", a quotation nested in a daughter's words). The articles mix
straight and curly marks and carry a byline and a date line.

``tests/fixtures/probe64/`` holds the articles, written for this test. ``EXPECTED`` gives each
quote as PolNeAR's annotators would mark it, written by hand before newsmine first ran on the
articles: the article, a snippet naming the quote, the speaker as written, the speaker's resolved
name ("|" between accepted answers, "anonymous" for a source nobody names), the cue as written and
the content (" … " between the parts of a content a credit interrupts, " || " between accepted
extents). A content is found when a quote of newsmine's overlaps it with an intersection over
union of at least 0.5, counted as the shared scorer counts it; the speaker and the cue are that
quote's. ``DATES`` gives date expressions with the value each should have against the article's
date line. The first run's differences and what decided each are in docs/history/attribution.md,
"Session 64 — probe64". What newsmine still gets wrong is a strict xfail with its cause. Every
text here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import REPO
from tests.probe_wiring import KindsProbe

ARTICLES = REPO / "tests" / "fixtures" / "probe64"

# Corrected after the first run, by PolNeAR's conventions (docs/history/attribution.md): 'a study' is
# the titled lead author's (Helen Marsh; was "anonymous"); the cues 'said in a statement' (was
# 'said', twice) and 'liked to say' (was 'say') as the gold writes such phrases; one snippet fixed.
# (article, snippet, speaker as written, resolved speaker, cue, content)
EXPECTED = [
    # derby: a soccer match report
    ("derby", "had been fortunate", "coach Lars Henning", "Lars Henning", "admitted", "his side had been fortunate"),
    ("derby", "second best for an hour", "Henning", "Lars Henning", "said",
     "We were second best for an hour, maybe longer … You can't give a team like that two goals of a start and "
     "expect to walk away with anything"),
    ("derby", "dressing room had been quiet", "Harbor City goalkeeper Ryan Pell", "Ryan Pell", "said",
     "the dressing room had been quiet at the break"),
    ("derby", "Nobody shouted", "Pell", "Ryan Pell", "said",
     "Nobody shouted. Nobody needed to … We knew what we'd done wrong"),
    ("derby", "I just attacked the ball", "Okafor", "Emeka Okafor", "said",
     "I just attacked the ball … Sam puts it in that spot every time in training, and today it finally came to me"),
    ("derby", "the kind of night", "Whitlock", "Sam Whitlock", "called",
     'the comeback "the kind of night you remember when you\'ve retired."'),
    ("derby", "stopped doing the simple things", "She", "Ines Barrow", "said",
     'her players had "stopped doing the simple things" once they were ahead'),
    ("derby", "kill the game", "Barrow", "Ines Barrow", "said",
     "At 2-0 you have to kill the game … We didn't. We invited them on, and they punished us"),
    ("derby", "proud of the first half", "Farías", "Diego Farías", "said",
     "he was proud of the first half but that the result felt like a defeat"),
    ("derby", "would miss that game", "Henning", "Lars Henning", "said",
     "defender Marco Ruiz would miss that game after picking up a hamstring injury in the warm-up"),
    ("derby", "the second sprint", "Henning", "Lars Henning", "said",
     "He felt it on the second sprint … We'll scan it Monday, but I'd be surprised if he's back before June"),
    ("derby", "A crowd of 18,400", "the club", "Harbor City FC|Harbor City", "said",
     "A crowd of 18,400 watched the match || A crowd of 18,400 watched the match … the largest at the stadium "
     "since it reopened in 2014"),
    # trial: a criminal trial's first day
    ("trial", "falsified inventory records", "a federal prosecutor", "Karen Lisowski|anonymous", "told",
     "A pharmacist accused of diverting more than 40,000 oxycodone pills from the chain store she managed "
     "falsified inventory records for nearly three years"),
    ("trial", "a neighborhood pharmacy", "Assistant U.S. Attorney Karen Lisowski", "Karen Lisowski", "said",
     'Dana Whitcomb, 46, had "turned a neighborhood pharmacy into a wholesale operation" between 2012 and early '
     "2015"),
    ("trial", "will not lie to you", "Lisowski", "Karen Lisowski", "told",
     "The numbers will not lie to you … The pills came in. They did not go out to patients"),
    ("trial", "a pile of guesses", "Her lawyer, Michael Sorensen", "Michael Sorensen", "told",
     'the government\'s case was "a pile of guesses stacked on a spreadsheet."'),
    ("trial", "miscounted stock", "He", "Michael Sorensen", "said",
     "the store's software had miscounted stock for years and that two other employees had access to the safe"),
    ("trial", "a lot about numbers", "Sorensen", "Michael Sorensen", "said",
     "You will hear a lot about numbers … You will hear very little about what Dana actually did"),
    ("trial", "four times as much", "Phillip Greer", "Phillip Greer", "testified",
     "the store ordered four times as much oxycodone as any other pharmacy in the county during 2013"),
    ("trial", "never visited the store", "he", "Phillip Greer", "acknowledged",
     "he had never visited the store before the search in April 2015"),
    ("trial", "keep their questions short", "U.S. District Judge Eleanor Watts", "Eleanor Watts", "warned",
     "to keep their questions short"),
    ("trial", "a mistake on a spreadsheet", "Sorensen", "Michael Sorensen", "asked",
     'whether he had "ever made a mistake on a spreadsheet," || he had "ever made a mistake on a spreadsheet,"'),
    ("trial", "the witness is not on trial", "Watts", "Eleanor Watts", "said",
     "Counsel, the witness is not on trial … Move on"),
    ("trial", "she would be cleared", "Whitcomb's sister, Laura Pike", "Laura Pike", "said",
     "the family believed she would be cleared"),
    ("trial", "could last three weeks", "Watts", "Eleanor Watts", "said", "The trial … could last three weeks"),
    # nested64: PolNeAR gives a relative clause an 'according to' vouches for from its relative word
    # ('which would slash …, according to company leaders'); the clause's two parts are accepted too.
    ("trial", "agreed to cooperate", "court papers", "anonymous", "according to",
     "has agreed to cooperate with prosecutors || who, … has agreed to cooperate with prosecutors"),
    # study: a health study
    ("study", "scored better on memory tests", "a study", "Helen Marsh", "according to",
     "Older adults who took three ten-minute brisk walks a day scored better on memory tests after six months "
     "than those who walked for half an hour at once"),
    ("study", "honestly surprised", "Dr. Helen Marsh", "Helen Marsh", "said",
     "We were honestly surprised by the size of the difference … Our best guess is that repeated rises in blood "
     "flow through the day matter more than one long one"),
    ("study", "the study was small", "Marsh", "Helen Marsh", "cautioned",
     "the study was small and that the volunteers were healthier than most people their age"),
    ("study", "a larger trial", "She", "Helen Marsh", "said",
     "a larger trial, with 2,000 participants in four states, would begin next spring"),
    ("study", "the practical message", "The co-author, Dr. Raymond Osei", "Raymond Osei", "said",
     "the practical message was simple"),
    ("study", "find thirty minutes", "he", "Raymond Osei", "said",
     "If you can't find thirty minutes, find ten … Then find ten more after lunch"),
    ("study", "intriguing but preliminary", "Dr. Laila Haddad", "Laila Haddad", "called",
     'the findings "intriguing but preliminary."'),
    ("study", "bounce around", "Haddad", "Laila Haddad", "said",
     "Memory scores bounce around a great deal in this age group … I'd want to see the effect hold at a year "
     "before anyone changes their routine"),
    ("study", "more questions than it answers", "The journal's editors", "anonymous|Neurology", "wrote",
     'the study "raises more questions than it answers,"'),
    ("study", "low-cost habits", "The National Institute on Aging", "National Institute on Aging",
     "said in a statement",
     'it welcomed research on "low-cost habits that anyone can adopt."'),
    ("study", "fewer names at church", "he", "Bill Tanaka", "said",
     "I forget fewer names at church now … My wife says I'm imagining it"),
    # earnings: a quarterly earnings story
    ("earnings", "trading down", "its chief executive", "Angela Ruiz|anonymous", "warned",
     "shoppers were trading down to cheaper store brands"),
    ("earnings", "now expects earnings", "Brightline", "Brightline Foods|Brightline", "said",
     "it now expects earnings of $2.10 to $2.15 a share for 2016, down from the $2.30 to $2.40 it forecast in "
     "August"),
    ("earnings", "The consumer is stretched", "Chief Executive Angela Ruiz", "Angela Ruiz", "said",
     "The consumer is stretched, and we are seeing it in every channel … We are not going to buy volume with "
     "discounts that we cannot sustain"),
    ("earnings", "close two plants", "Ruiz", "Angela Ruiz", "said",
     "the company would close two plants, in Ohio and Georgia, by the end of next year and cut about 600 jobs"),
    ("earnings", "save $75 million", "Chief Financial Officer Mark Devlin", "Mark Devlin", "said",
     "The closures should save $75 million a year starting in 2018"),
    ("earnings", "waited too long", "Jennifer Cole of Barlow Securities", "Jennifer Cole", "asked",
     "whether the company had waited too long || the company had waited too long"),
    ("earnings", "In hindsight", "Devlin", "Mark Devlin", "replied",
     "In hindsight, yes, we could have moved a quarter earlier"),
    ("earnings", "bigger than feared", "Morgan Tate, an analyst at Keystone Capital", "Morgan Tate", "wrote",
     'the guidance cut was "bigger than feared" and that the plant closures looked "defensive rather than '
     'strategic."'),
    ("earnings", "sell-off was overdone", "Paul Everly, a portfolio manager at Clearwater Funds", "Paul Everly",
     "said", "the sell-off was overdone"),
    ("earnings", "a good business having a bad year", "Everly", "Paul Everly", "said",
     "This is a good business having a bad year … They have the brands. They just need to stop chasing the "
     "discount aisle"),
    ("earnings", "quarterly dividend", "a Brightline spokeswoman", "anonymous", "said",
     "The company's board also approved a quarterly dividend of 52 cents a share, payable Dec. 15"),
    ("earnings", "fight for every job", "The Teamsters union", "Teamsters|Teamsters union|The Teamsters union",
     "said in a statement", 'it had not been told of the closure before the call and would "fight for every job."'),
    # roundup: a wire round-up of an earthquake
    ("roundup", "killing at least 27 people", "officials", "anonymous", "said",
     "A magnitude 6.8 earthquake struck central Chile early Saturday, killing at least 27 people and trapping "
     "dozens more under collapsed adobe houses"),
    ("roundup", "The quake hit at 4:12", "the U.S. Geological Survey", "U.S. Geological Survey", "said",
     "The quake hit at 4:12 a.m. local time about 40 km (25 miles) east of the city of Talca"),
    ("roundup", "1,500 homes", "Chile's emergency agency, ONEMI", "ONEMI", "said",
     "more than 1,500 homes had been damaged across three regions"),
    ("roundup", "still reaching villages", "Interior Minister Rodrigo Vial", "Rodrigo Vial", "told",
     "We are still reaching villages that have been cut off since dawn … The number of victims will "
     "unfortunately rise"),
    ("roundup", "a church in the town of Curepto", "the national newspaper El Mercurio", "El Mercurio", "reported",
     "a church in the town of Curepto had partly collapsed during an early Mass, although the toll there was not "
     "yet known"),
    ("roundup", "at least 11 of the dead", "A regional official", "anonymous", "told",
     "at least 11 of the dead were in a single neighborhood of San Javier"),
    ("roundup", "The walls just folded", "Marta Soto", "Marta Soto", "told",
     "The walls just folded … My neighbor's house is gone. I don't know where she is"),
    ("roundup", "rebuild every home", "she", "Michelle Bachelet", "said", "We will rebuild every home"),
    ("roundup", "had not been damaged", "Chile's state copper company Codelco", "Codelco", "said",
     "its mines had not been damaged"),
    ("roundup", "could open higher", "traders", "anonymous", "said", "copper prices could open higher on Monday"),
    ("roundup", "further strong aftershocks", "Seismologist Andrea Cortés", "Andrea Cortés", "told",
     'further strong aftershocks were likely for "days, possibly weeks."'),
    # obituary: a baker's obituary
    ("obituary", "The cause was heart failure", "her son, Victor Delgado", "Victor Delgado", "said",
     "The cause was heart failure"),
    ("obituary", "two good hands", "she", "Rosa Delgado", "liked to say", "two good hands and a bad temper"),
    ("obituary", "up at 3 every morning", "her son", "Victor Delgado", "said",
     "She was up at 3 every morning, six days a week, for fifty years … On the seventh day she baked for church"),
    ("obituary", "never measured anything", "Ms. Ortiz", "Carmen Ortiz", "said",
     "My mother never measured anything … People begged her for the recipe for the guava pastries, and she'd say, "
     "'Watch me.' That was the recipe"),
    ("obituary", "Watch me", "she", "Rosa Delgado", "say", "Watch me"),
    ("obituary", "taught her to drive", "Her granddaughter, Elena Ortiz", "Elena Ortiz", "said",
     "Mrs. Delgado had taught her to drive in the bakery's delivery van when she was 15"),
    ("obituary", "park that van", "Elena Ortiz", "Elena Ortiz", "recalled",
     "She said if I could park that van on Arthur Avenue, I could park anywhere"),
    ("obituary", "chased a shoplifter", "Sal Pirozzi", "Sal Pirozzi", "said",
     "she once chased a shoplifter two blocks with a rolling pin"),
    ("obituary", "She caught him, too", "Mr. Pirozzi", "Sal Pirozzi", "said",
     "She caught him, too … Then she gave him a loaf of bread and told him to come back and pay when he had a job"),
]  # fmt: skip

# (article, date expression as written, accepted values "|" between them), against the date line.
DATES = [
    ("derby", "Saturday night", "2016-05-14|2016-05-14TNI"),
    ("derby", "next Saturday", "2016-05-21"),
    ("derby", "Monday", "2016-05-16"),
    ("derby", "June", "2016-06"),
    ("trial", "Tuesday", "2016-03-01"),
    ("trial", "April 2015", "2015-04"),
    ("trial", "three weeks", "P3W"),
    ("trial", "Wednesday morning", "2016-03-02|2016-03-02TMO"),
    ("study", "Wednesday", "2016-10-19"),
    ("study", "January 2015", "2015-01"),
    ("study", "next spring", "2017-SP"),
    ("study", "six months", "P6M"),
    ("earnings", "Thursday", "2016-11-03"),
    ("earnings", "Sept. 30", "2016-09-30"),
    ("earnings", "Dec. 15", "2016-12-15"),
    ("earnings", "August", "2016-08"),
    ("roundup", "early Saturday", "2016-07-09|2016-07-09TMO"),
    ("roundup", "Saturday evening", "2016-07-09TEV|2016-07-09"),
    ("roundup", "Monday", "2016-07-11"),
    ("obituary", "on Monday", "2016-04-18"),
    ("obituary", "1961", "1961"),
    ("obituary", "Saturday", "2016-04-23"),
]

_NESTED_REPORT = (
    "'Chile's state copper company Codelco said its mines had not been damaged, according to a statement cited "
    "by the Diario Financiero newspaper': only the outer report is kept (the 'according to' content runs over "
    "'Codelco said …', speaker Diario Financiero); the inner 'said' gets no quote of its own, so Codelco's "
    "content overlaps it at 0.41. Left by nested64: PolNeAR train's gold marks the inner report in 3 of 15 "
    "'X said S, according to Y' sentences (the outer one only in the 12 others), so a second quote would "
    "go against the gold's habit"
)
_NESTED_QUOTATION = (
    "'…, and she'd say, 'Watch me.' That was the recipe.\"': a quotation in single marks inside a daughter's "
    "quoted words, with its own cue and a pronoun speaker, is no quote beside the one holding it. Left by "
    "nested64: PolNeAR train's gold gives none of 22 quotations in single marks inside a quotation (a "
    "speaker's 'he said, ‘…’' or 'I say, ‘…’') an attribution of its own"
)
CONTENT_FAULTS = {
    ("roundup", "had not been damaged"): _NESTED_REPORT,
    ("obituary", "Watch me"): _NESTED_QUOTATION,
}
SPEAKER_FAULTS = {
    **CONTENT_FAULTS,
    ("derby", "A crowd of 18,400"): (
        "'A crowd of 18,400 watched the match, the club said, …': 'the club' stays an organisation with no "
        "name; the story names two clubs (Harbor City FC, Cascade United) and no rule reads 'club' as a "
        "description of a sports club named before"
    ),
    ("trial", "four times as much"): (
        "'The government's first witness, a Drug Enforcement Administration investigator named Phillip Greer, "
        "testified that …': the speaker stays the unnamed 'first witness'; the name hangs as the object of "
        "'named' inside the apposition (the short 'A neighbor named Carl Voss said' and 'The second caller, a "
        "retired teacher named Ruth Okoye, said' resolve). No source of this shape in PolNeAR train"
    ),
}
# 'a former store clerk who, according to court papers, has agreed to cooperate': the 'according to'
# took the whole sentence before it until nested64 (nlp/attribution/according_relatives.py).
CUE_FAULTS = dict(CONTENT_FAULTS)
# 'traders said copper prices could open higher on Monday' (a Saturday story), read as the past
# Monday until nested64 read an active, unnegated 'could' forward (dates/context.py, _could_tense).
DATE_FAULTS: dict[tuple[str, str], str] = {}


class TestProbe64(KindsProbe):
    """The articles, cases and faults above under :class:`tests.probe_wiring.KindsProbe`'s tests."""

    def test_content_stops_before_its_sources_description(self, probe_records):
        """'The cause was heart failure, her son, Victor Delgado, said.': the content ran over 'her son,
        Victor Delgado' at the first run (the overlap check above still counted it found), and ends
        before the description now (:mod:`newsmine.nlp.attribution.own_source_ends`)."""
        _, record = probe_records["obituary"]
        quote = next(q for q in record.quotes if q.text.startswith("The cause was"))
        assert quote.text == "The cause was heart failure"
