"""Probe52c: a first-sight probe, five invented articles shaped like 2016 US political news (the
genre of PolNeAR's held-out test set), in beats the earlier probes did not write: a long analysis
piece of many short quotes from strategists and professors (an unnamed strategist "put it
bluntly:", a reply "Castellanos replied when asked", an appositive "Hutchins, the Denver
professor, offered a simpler forecast"), a local paper's story of a congressional debate with a
Green Party candidate (a byline, a moderator, "whom he called", "Greene pounced.", voters in the
audience, the campaign's statement), a wire story on a state poll (the poll's director, both
campaigns' spokespeople, "said in an email that", a Senate candidate who "told The Associated
Press"), a leaked audio recording (what the tape "captures" the candidate "telling", "he says"
in the present tense of a recording, the campaign's statement and "the statement said", a
county chairman nobody names) and a governor's veto and pardon ("wrote" in a veto message, "In a
one-paragraph order, Ostrander said", legislators of both parties reacting).

``tests/fixtures/probe52c/`` holds the articles, written for this test. ``EXPECTED`` gives for
each quote a snippet of it, its speaker ("anonymous" for a source nobody names; "|" between
accepted answers), the PolNeAR class of the mention that names it, and its content (" || "
between accepted extents), compared as ``tests/test_probe52_beats.py`` compares them. All of it
was written by hand before newsmine first ran on the articles; the first-run figures are in
docs/history/speakers.md, "Session 52 — probe52c". What newsmine gets wrong is a strict xfail in
``SPEAKER_FAULTS`` or ``CONTENT_FAULTS``, with its cause. Every text here is invented for
newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params
from tests.quote_checks import assert_content, assert_no_quote, assert_not_the_speaker, assert_speaker

ARTICLES = REPO / "tests" / "fixtures" / "probe52c"

HOLLISTER_CAMPAIGN = "anonymous|Hollister campaign|The Hollister campaign|Dwight Hollister"
WHITACRE_STATEMENT = "anonymous|Whitacre campaign|Brett Halloran|Carl Whitacre"
CORN_GROWERS = "Iowa Corn Growers Association|The Iowa Corn Growers Association"
DEFENSE_LAWYERS = (
    "Kentucky Association of Criminal Defense Lawyers|The Kentucky Association of Criminal Defense Lawyers"
)

# (article, snippet of the quote, speaker, class of the speaker's mention, content)
EXPECTED = [
    # analysis
    ("analysis", "quietly shifted", "Colleen Yarrow", "name", "The map has quietly shifted under everyone's feet"),
    ("analysis", "College-educated women", "Colleen Yarrow", "name",
     "College-educated women in the suburbs are moving faster than anyone predicted"),
    ("analysis", "If we lose Chester County", "anonymous", "description",
     "If we lose Chester County by twenty points, the Rust Belt can't save us"),
    ("analysis", "We have been burned before", "Terrence Okafor", "name", "We have been burned before"),
    ("analysis", "Suburban voters tell pollsters", "Terrence Okafor", "name",
     "Suburban voters tell pollsters one thing and sometimes do another"),
    ("analysis", "the widest education divide", "Dale Hutchins", "name",
     'the gap "the widest education divide we have ever measured." || the widest education divide we have ever '
     "measured"),
    ("analysis", "reflected years of change", "Dale Hutchins", "pronoun",
     "it reflected years of change, not just one candidate"),
    ("analysis", "This is a realignment", "Dale Hutchins", "name", "This is a realignment that started long before Pruitt"),
    ("analysis", "simply accelerated it", "Dale Hutchins", "name", "He has simply accelerated it"),
    ("analysis", "polls undercount rural voters", "Brandon Shuler", "name",
     "the polls undercount rural voters who rarely answer the phone"),
    ("analysis", "There is a hidden vote", "Brandon Shuler", "pronoun", "There is a hidden vote out there"),
    ("analysis", "at every county fair", "Brandon Shuler", "pronoun", "I see it at every county fair"),
    ("analysis", "Every losing campaign", "Mira Castellanos", "name",
     "Every losing campaign discovers a hidden vote in October"),
    ("analysis", "own internal polls", "Mira Castellanos", "pronoun",
     "Pruitt's own internal polls, according to people who have seen them, show the same suburban slide"),
    ("analysis", "competitive everywhere", "Wade Lindqvist", "name",
     'the nominee was "competitive everywhere that matters" || the nominee was "competitive everywhere that matters" '
     "and pointed to record crowds in western Pennsylvania"),
    ("analysis", "Crowds don't vote", "Mira Castellanos", "name", "Crowds don't vote"),
    ("analysis", "Precinct captains do", "Mira Castellanos", "name", "Precinct captains do"),
    ("analysis", "temperament and tone", "Nora Bledsoe", "name",
     'many suburban mothers she has interviewed describe the race in terms of "temperament and tone" rather than '
     "policy"),
    ("analysis", "asking about tax brackets", "Nora Bledsoe", "name", "They are not asking about tax brackets"),
    ("analysis", "let him babysit", "Nora Bledsoe", "name", "They are asking whether they would let him babysit"),
    ("analysis", "holding up a mirror", "Jolene Marsh", "name",
     'the ads were "simply holding up a mirror." || simply holding up a mirror'),
    ("analysis", "disgusting lies", "Gerald Pruitt", "name", 'them "disgusting lies." || disgusting lies'),
    ("analysis", "Ohio has picked the winner", "Len Abernathy", "name",
     "Ohio has picked the winner in every race since 1964"),
    ("analysis", "bet against that streak", "Len Abernathy", "name", "I would not bet against that streak this year either"),
    ("analysis", "Watch the suburbs", "Dale Hutchins", "pronoun", "Watch the suburbs of Philadelphia on election night"),
    ("analysis", "By nine o'clock", "Dale Hutchins", "pronoun", "By nine o'clock you will know"),
    # debate
    ("debate", "the same donors", "Owen Vance", "name", 'both of them of serving "the same donors." || the same donors'),
    ("debate", "I have delivered", "Dwight Hollister", "pronoun",
     "I have delivered for this district, and I will keep delivering"),
    ("debate", "courthouse had been approved", "Alicia Greene", "name",
     "the courthouse had been approved before Hollister took office"),
    ("debate", "cutting ribbons", "Alicia Greene", "pronoun",
     "The congressman is very good at cutting ribbons on projects other people built"),
    ("debate", "two people argue", "Owen Vance", "pronoun", "You just heard two people argue about who gets credit for a building"),
    ("debate", "Nobody up here", "Owen Vance", "pronoun",
     "Nobody up here has talked about the 600 jobs that left this county last year"),
    ("debate", "I support the Republican ticket", "Dwight Hollister", "pronoun", "I support the Republican ticket"),
    ("debate", "I answered the question", "Dwight Hollister", "pronoun", "I answered the question"),
    ("debate", "He can't say the name", "Alicia Greene", "pronoun", "He can't say the name"),
    ("debate", "stand up to him in Washington", "Alicia Greene", "pronoun",
     "If you can't say his name in Mercer, how are you going to stand up to him in Washington?"),
    ("debate", "the most liberal nominee", "Dwight Hollister", "pronoun",
     'whom he called "the most liberal nominee in my lifetime." || the most liberal nominee in my lifetime'),
    ("debate", "proud", "Alicia Greene", "name", 'she was "proud" of the endorsement'),
    ("debate", "seek federal money", "Dwight Hollister", "name", "he would seek federal money through the farm bill"),
    ("debate", "poisoned the river", "Owen Vance", "name",
     'the plant should be paid for by "the companies that poisoned the river in the first place," || the plant '
     'should be paid for by "the companies that poisoned the river in the first place"'),
    ("debate", "a nice man with no chance", "Dwight Hollister", "name",
     'the Green candidate was "a nice man with no chance."'),
    ("debate", "the dam protesters", "Owen Vance", "pronoun", "He said the same thing about the dam protesters"),
    ("debate", "They won", "Owen Vance", "pronoun", "They won"),
    ("debate", "leaning toward Greene", "Ruth Ellison", "name",
     "I came in leaning toward Greene. I'm leaving not sure about anybody || I came in leaning toward Greene"),
    ("debate", "He answers his phone", "Dennis Purcell", "name", "He answers his phone"),
    ("debate", "That counts for a lot", "Dennis Purcell", "name", "That counts for a lot out here"),
    ("debate", "won on substance", HOLLISTER_CAMPAIGN, "name", 'the congressman had "won on substance."'),
    ("debate", "running from his own party", "Tara Lund", "name",
     'the debate showed that Hollister "is running from his own party\'s nominee." || Hollister "is running from '
     'his own party\'s nominee."'),
    # poll
    ("poll", "The movement is almost entirely", "Harriet Vogel", "name",
     "The movement is almost entirely among independents and Republican-leaning women"),
    ("poll", "rock solid", "Harriet Vogel", "name",
     "Pruitt's support among his base is rock solid. It is everyone else he is losing"),
    ("poll", "the same outfit", "Kendra Boyle", "name",
     "This is the same outfit that had us losing the primary by double digits"),
    ("poll", "We won the primary by thirty", "Kendra Boyle", "name",
     "We won the primary by thirty. We'll take our chances with the voters"),
    ("poll", "within a point or two", "Kendra Boyle", "name",
     'the campaign\'s own data showed the race "within a point or two" || the campaign\'s own data showed the race '
     '"within a point or two" and said Pruitt would hold rallies in Greenville and Hickory this weekend'),
    ("poll", "One poll is one poll", "Javier Ruelas", "name", "One poll is one poll"),
    ("poll", "ten points behind", "Javier Ruelas", "name", "We are running like we are ten points behind in every county"),
    ("poll", "would return to the state", "Javier Ruelas", "name",
     "Caldera would return to the state next week for an event in Durham with former Gov. Bev Ransome, who "
     "remains popular with suburban voters"),
    ("poll", "taken before Sunday's debate", "Harriet Vogel", "name",
     "the poll was taken before Sunday's debate, which drew one of the largest television audiences in history"),
    ("poll", "too early to say", "Harriet Vogel", "pronoun",
     'it was "too early to say" whether the debate would change the numbers'),
    ("poll", "never led in a Piedmont poll", "Trevor Niles", "name",
     'the senator "has never led in a Piedmont poll and has never lost an election."'),
    ("poll", "encouraged but not surprised", "Paul Kinsey", "name",
     'he was "encouraged but not surprised." || encouraged but not surprised'),
    ("poll", "tired of Washington", "Paul Kinsey", "pronoun", "People here are tired of Washington"),
    ("poll", "should be worried", "Gene Whitford", "name",
     "the party should be worried regardless of which poll was right"),
    ("poll", "When your best poll", "Gene Whitford", "name",
     "When your best poll has you up one in a state Romney won, you have a problem"),
    # tape
    ("tape", "anybody with an R", "Carl Whitacre", "name",
     'Iowa farmers "will vote for anybody with an R next to his name and a tractor in his ad." || will vote for '
     "anybody with an R next to his name and a tractor in his ad"),
    ("tape", "a pork chop on a stick", "Carl Whitacre", "pronoun",
     "You spend about a week at the state fair, you eat a pork chop on a stick, and you're done with rural Iowa"),
    ("tape", "The real money", "Carl Whitacre", "pronoun", "The real money is in this room"),
    ("tape", "Publicly? Absolutely", "Carl Whitacre", "name", "Publicly? Absolutely"),
    ("tape", "it's a boondoggle", "Carl Whitacre", "name", "Between us, it's a boondoggle, but I'm not an idiot"),
    ("tape", "at his own expense", "Brett Halloran", "name",
     'the candidate had been "making a joke at his own expense" and that the remarks had been "taken wildly out '
     'of context by a newspaper that endorsed his opponent."'),
    ("tape", "grew up on a farm", WHITACRE_STATEMENT, "description",
     "Carl Whitacre grew up on a farm in Sioux County and has spent his life fighting for Iowa agriculture"),
    ("tape", "where his heart is", WHITACRE_STATEMENT, "description", "No one who knows him doubts where his heart is"),
    ("tape", "chosen my words better", "Carl Whitacre", "pronoun",
     'he "should have chosen my words better" || he "should have chosen my words better" but would not apologize '
     'for his position on ethanol, which he said he had "always supported."'),
    ("tape", "did not remember using it", "Carl Whitacre", "pronoun", "he did not remember using it"),
    ("tape", "when he thinks nobody is listening", "Maureen Kettleson", "name",
     'the tape showed "who Carl Whitacre really is when he thinks nobody is listening."'),
    ("tape", "not props", "Maureen Kettleson", "name", "Iowa farmers are not props"),
    ("tape", "backbone of this state", "Maureen Kettleson", "name",
     "They're the backbone of this state, and they deserve a senator who doesn't laugh at them behind closed doors"),
    ("tape", "deeply disappointed", CORN_GROWERS, "name", 'it was "deeply disappointed" by the remarks'),
    ("tape", "ask for a meeting", "Lorraine Haverkamp", "name", "she had called Whitacre's campaign to ask for a meeting"),
    ("tape", "hear from him directly", "Lorraine Haverkamp", "pronoun", "We want to hear from him directly"),
    ("tape", "clumsy, not cruel", "Mick Dorsey", "name", 'the comments were "clumsy, not cruel."'),
    ("tape", "dumber things", "Mick Dorsey", "name", "I've said dumber things at a fish fry"),
    ("tape", "cost him votes", "anonymous", "description",
     'the tape would "cost him votes he can\'t afford to lose."'),
    ("tape", "going to outwork me", "Carl Whitacre", "pronoun", "Maureen is going to outwork me"),
    ("tape", "out-raise her", "Carl Whitacre", "pronoun", "I just have to out-raise her"),
    # pardon
    ("pardon", "dangerous people", "Hal Ostrander", "name",
     'the bill would "put dangerous people back on our streets before they have paid their debt."'),
    ("pardon", "real reform", "Hal Ostrander", "pronoun",
     'he supported "real reform" but that the measure "went too far, too fast."'),
    ("pardon", "stunned", "Yolanda Prewitt", "name", 'she was "stunned" by the veto'),
    ("pardon", "We worked with prosecutors", "Yolanda Prewitt", "name",
     "We worked with prosecutors, with sheriffs, with the governor's own staff for two years on this bill"),
    ("pardon", "Nobody ever told us", "Yolanda Prewitt", "name", "Nobody ever told us he had a problem with it. Not once"),
    ("pardon", "going to be overridden", "Garrett Mills", "pronoun", "This veto is going to be overridden"),
    ("pardon", "I have the votes", "Garrett Mills", "pronoun", "I have the votes and the governor knows it"),
    ("pardon", "schedule a vote", "Walt Kimbrough", "name",
     "he would schedule a vote when the legislature returns in January"),
    ("pardon", "genuine remorse", "Hal Ostrander", "name",
     'Calloway had "shown genuine remorse" and had "paid in full for his mistakes."'),
    ("pardon", "Let me get this straight", "Dean Farrow", "name", "Let me get this straight"),
    ("pardon", "You cannot make this up", "Dean Farrow", "name",
     "A kid caught with a few pills has to stay in prison, but the governor's old friend who sold his vote walks "
     "free. You cannot make this up"),
    ("pardon", "Legislative Ethics Commission", "Dean Farrow", "name",
     "his caucus would ask the Legislative Ethics Commission to review the pardon, though the commission has no "
     "power to reverse it || his caucus would ask the Legislative Ethics Commission to review the pardon"),
    ("pardon", "nothing to do with the other", "Hal Ostrander", "pronoun", "One has nothing to do with the other"),
    ("pardon", "hundreds of pardons", "Hal Ostrander", "pronoun",
     'he had granted "hundreds of pardons" since taking office and that Calloway\'s was "handled like every other '
     'one."'),
    ("pardon", "vote to override", "Sharon Tibbs", "name", "she would vote to override"),
    ("pardon", "I love the governor", "Sharon Tibbs", "name", "I love the governor"),
    ("pardon", "wrong on the pardon too", "Sharon Tibbs", "name", "But he is wrong on this, and he is wrong on the pardon too"),
    ("pardon", "private prison companies", DEFENSE_LAWYERS, "name",
     'the veto was "a gift to private prison companies."'),
    ("pardon", "grateful to the governor", "Anne Marie Dupree", "name",
     'her client was "grateful to the governor" and intended to "live quietly with his family."'),
]  # fmt: skip

# Quotation marks around what nobody says here: a word the reporter asks about.
NOT_QUOTES = [
    ("tape", "boondoggle"),
]

# Added after the first run (not in the hand-written list above): the headline's quotation, whose
# speaker newsmine named "campaign", a word and no name.
AFTER_FIRST_RUN = [
    ("tape", "taken out of context", "anonymous|Whitacre campaign|The Whitacre campaign|Carl Whitacre", "description",
     None),
]  # fmt: skip

# Speakers a quote must not get: found on the first run, a poll named inside Niles's quotation
# taken as the source of its first words ('the senator "has never led'); fixed by
# attribution/punctuation_candidates.py (a poll inside quotation marks is no source).
WRONG_SPEAKERS = [
    ("poll", "has never led", "a Piedmont poll"),
]

SPEAKER_FAULTS = {
    ("tape", "taken out of context"):
        "headline 'Leaked recording captures Senate hopeful mocking farmers; campaign says remarks were …': the "
        "bare 'campaign' (no owner, no article) is named 'campaign'; the campaign the article goes on to name "
        "(Whitacre's) is not read back into the headline",
}

# ("debate", "won on substance"), 'said in a statement after the debate that the congressman had …' kept from 'a
# statement after the debate that': fixed by attribution/phrase_that_clauses.py (probe53b)
CONTENT_FAULTS = {
    ("poll", "taken before Sunday's debate"):
        "'Vogel noted that the poll was taken before Sunday's debate, which drew one of the largest television "
        "audiences in history': the reranker keeps the clause cut before its non-restrictive 'which' clause "
        "(ccomp:core) for 'noted'; with 'said' the whole clause is kept. A model choice, not a rule",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe52c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED + AFTER_FIRST_RUN + NOT_QUOTES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params(EXPECTED + AFTER_FIRST_RUN, SPEAKER_FAULTS),
)
def test_probe52c_quote_speaker(probe52c_records, article, snippet, speaker, mention_class, content):
    assert_speaker(probe52c_records, article, snippet, speaker, mention_class)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "mention_class", "content"),
    probe_params([case for case in EXPECTED if case[4] is not None], CONTENT_FAULTS),
)
def test_probe52c_quote_content(probe52c_records, article, snippet, speaker, mention_class, content):
    assert_content(probe52c_records, article, snippet, content)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, SPEAKER_FAULTS))
def test_probe52c_no_quote(probe52c_records, article, words):
    assert_no_quote(probe52c_records, article, words)


@pytest.mark.parametrize(("article", "snippet", "wrong"), WRONG_SPEAKERS)
def test_probe52c_not_the_speaker(probe52c_records, article, snippet, wrong):
    assert_not_the_speaker(probe52c_records, article, snippet, wrong)
