"""Probe44b: six more invented articles in genres PolNeAR lacks — a US criminal trial day
hard-wrapped at 68 columns (a witness who "testified", a prosecutor, a defense attorney, the
defendant's brother and wife of his surname, a judge, "according to court documents", a court
spokesperson), an election night (a victory and a concession speech, the loser's son of his
surname, a county clerk, exit polls, a campaign's statement), a transport strike in Lisbon (a
union leader and his daughter, the operator's statement, commuters by first name only, a
minister, an anonymous manager), a celebrity story (a publicist's statement, an Instagram post,
"told Vanity Fair", a mother and a sister of the actor's surname, titles of works in quotation
marks), a long farm feature (a mother and son, quotes running over two paragraphs with the
opening mark repeated, one with no cue in its paragraphs, a county agent, a researcher, an
anonymous neighbor) and a data breach (a company's filing and statement, a chief executive and
her husband, a researcher's blog post, anonymous employees, regulators).
``tests/fixtures/probe44b/`` holds the articles, written for this test; ``EXPECTED`` was
written by hand before newsmine first ran on them, but for four snippets of the trial shortened
to stay within one of its wrapped lines, the Irish regulator's name (newsmine names it "Data
Protection Commission", its own proper name, without "Ireland's": a convention, not a fault)
and two quotes added after the first run, marked below.

What newsmine got wrong and probe44b fixed: "Another commuter, Tiago, said" (the lone first
name, tagged a body, made the speaker an organisation and the "he" after it unresolved);
"County Clerk Dorothy Haines" (named "Clerk Dorothy Haines": a clerk is a title); "The company
said in a filing … No payment card data was taken, the filing said" (unresolved: a filing is
the previous speaker's, as a statement is); '"…," Linn said. \'The show will go on …\'' (a
whole sentence in single marks after a double-quoted one, in copy mixing its marks, was no
quote). What it still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails. Every text
here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_whole_quote, assert_not_the_speaker, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe44b"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("trial", "He was carrying a red can", "Marisol Ortiz"),
    ("trial", "I remember thinking it was strange", "Marisol Ortiz"),
    ("trial", "drowning in debt", "Rebecca Stone"),
    ("trial", "certain", "Marisol Ortiz"),
    ("trial", "It was dark, it was raining", "Alan Fischer"),
    ("trial", "How could you see a face", "Alan Fischer"),
    ("trial", "I saw his coat", "Marisol Ortiz"),
    ("trial", "I had seen that coat", "Marisol Ortiz"),
    ("trial", "a guess in the rain", "Alan Fischer"),
    ("trial", "The prosecution has no fingerprints", "Alan Fischer"),
    ("trial", "They have a coat", "Alan Fischer"),
    ("trial", "had been together at his home", "Thomas Kerr"),
    ("trial", "to move", "Thomas Kerr"),
    ("trial", "Nobody asked me", "Thomas Kerr"),
    ("trial", "This is a courtroom", "Harriet Lowe"),
    ("trial", "more outburst", "Harriet Lowe"),
    ("trial", "A juror was excused", "anonymous"),
    ("trial", "under enormous strain", "anonymous"),
    ("trial", "faces up to 15 years", "anonymous"),
    ("election", "Tonight the people of this county", "Sofia Alvarez"),
    ("election", "I will be the executive", "Sofia Alvarez"),
    ("election", "I called Sofia", "Greg Brennan"),
    ("election", "The voters have spoken", "Greg Brennan"),
    ("election", "Kevin, you worked harder", "Greg Brennan"),
    ("election", "campaign had been outspent", "Kevin Brennan"),
    ("election", "We ran a clean race", "Kevin Brennan"),
    ("election", "I'm proud of that", "Kevin Brennan"),
    ("election", "turnout was the highest", "Dorothy Haines"),
    ("election", "mail ballots remained", "Dorothy Haines"),
    ("election", "Our poll workers", "Dorothy Haines"),
    ("election", "They are the real story", "Dorothy Haines"),
    ("election", "Taxes decided this", "Paul Whitcombe"),
    ("election", "Brennan promised to freeze", "Paul Whitcombe"),
    ("election", "would not seek a recount", "Brennan campaign"),
    ("election", "We thank every volunteer", "Brennan campaign"),
    ("election", "had voted for Brennan twice", "Grace Okafor"),
    ("election", "Not this time", "Grace Okafor"),
    ("election", "He stopped listening", "Grace Okafor"),
    ("election", "her first act would be", "Sofia Alvarez"),
    ("strike", "We did not want this strike", "Rui Carvalho"),
    ("strike", "Our drivers have lost", "Rui Carvalho"),
    ("strike", "The offer on the table", "Metropolitano de Lisboa"),
    ("strike", "We regret the disruption", "Metropolitano de Lisboa"),
    ("strike", "I left home at six", "Ana"),
    ("strike", "My shift started", "Ana"),
    ("strike", "he supported the drivers", "Tiago"),
    ("strike", "They work nights", "Tiago"),
    ("strike", "But today I'm walking", "Tiago"),
    ("strike", "government would not intervene", "Helena Duarte"),
    ("strike", "This is a matter for the two sides", "Helena Duarte"),
    ("strike", "My message to both", "Helena Duarte"),
    ("strike", "government owned the company", "Rui Carvalho"),
    ("strike", "She can end this", "Rui Carvalho"),
    ("strike", "closer than the headlines", "anonymous"),
    ("strike", "new offer could be made", "anonymous"),
    ("strike", "strike was hard for the drivers", "Marta Carvalho"),
    ("strike", "Nobody gets paid today", "Marta Carvalho"),
    ("strike", "We're not on holiday", "Marta Carvalho"),
    ("strike", "further strikes were planned", "anonymous"),
    # added after the first run (missed when writing the expectations): the witness of the lead
    # is named in the next paragraph; "the operator" was named "The operator, Metropolitano de Lisboa"
    ("trial", "she saw Daniel Kerr walking away", "Marisol Ortiz"),
    ("strike", "stations opened", "Metropolitano de Lisboa"),
    ("celebrity", "has withdrawn from the Broadway revival", "Carla Benson"),
    ("celebrity", "After a demanding year", "Carla Benson"),
    ("celebrity", "He is heartbroken", "Carla Benson"),
    ("celebrity", "Sometimes the bravest thing", "Jonah Reyes"),
    ("celebrity", "I promise", "Jonah Reyes"),
    ("celebrity", "Proud of you, my boy", "Maria Reyes"),
    ("celebrity", "role would be recast", "Howard Linn"),
    ("celebrity", "We love Jonah", "Howard Linn"),
    ("celebrity", "The show will go on", "Howard Linn"),
    ("celebrity", "I said yes to everything", "Jonah Reyes"),
    ("celebrity", "I don't think I slept", "Jonah Reyes"),
    ("celebrity", "had been the first to notice", "Jonah Reyes"),
    ("celebrity", "She sat me down", "Jonah Reyes"),
    ("celebrity", "ticket sales had slowed", "anonymous"),
    ("celebrity", "People were buying tickets", "anonymous"),
    ("celebrity", "a blow, but not a fatal one", "Nadia Frost"),
    ("celebrity", "a gift for finding new faces", "Nadia Frost"),
    ("celebrity", "would spend the spring", "anonymous"),
    ("feature", "My husband used to say", "Ruth Hollister"),
    ("feature", "These days I don't trust", "Ruth Hollister"),
    ("feature", "has dropped by more than 60 feet", "Kansas Geological Survey"),
    ("feature", "Mom thinks I", "Caleb Hollister"),
    ("feature", "If we keep pumping", "Caleb Hollister"),
    ("feature", "He's probably right", "Ruth Hollister"),
    ("feature", "I just don't like hearing it", "Ruth Hollister"),
    ("feature", "Hollisters were typical", "Janet Yoder"),
    ("feature", "More than half the farmers", "Janet Yoder"),
    ("feature", "Nobody here is in denial", "Janet Yoder"),
    ("feature", "The problem is that the alternatives", "Janet Yoder"),
    ("feature", "best lines yielded", "Anil Mehta"),
    ("feature", "That's not a miracle", "Anil Mehta"),
    ("feature", "80 percent with no water bill", "Anil Mehta"),
    ("feature", "results came from three seasons", "Anil Mehta"),
    ("feature", "Three years is nothing", "Anil Mehta"),
    ("feature", "Ask Ruth", "Anil Mehta"),
    ("feature", "He's been out here too long", "Ruth Hollister"),
    ("feature", "He's starting to sound", "Ruth Hollister"),
    ("feature", "several families nearby", "anonymous"),
    ("feature", "Everybody's waiting", "anonymous"),
    ("feature", "She didn't say anything", "Caleb Hollister"),
    ("feature", "She just stood there", "Caleb Hollister"),
    ("breach", "hackers had stolen the names", "Parcelly"),
    ("breach", "unauthorized activity", "Parcelly"),
    ("breach", "No payment card data was taken", "Parcelly"),
    ("breach", "We take the security", "Parcelly"),
    ("breach", "We are contacting every affected", "Parcelly"),
    ("breach", "We let you down", "Dana Whitfield"),
    ("breach", "We will earn your trust", "Dana Whitfield"),
    ("breach", "he had found a database", "Tomasz Lewandowski"),
    ("breach", "The sample I was shown", "Tomasz Lewandowski"),
    ("breach", "I checked twenty records", "Tomasz Lewandowski"),
    ("breach", "company had been slow to respond", "Tomasz Lewandowski"),
    ("breach", "I emailed them on Friday", "Tomasz Lewandowski"),
    ("breach", "That is not how you treat", "Tomasz Lewandowski"),
    ("breach", "engineering team had warned", "anonymous"),
    ("breach", "Everyone knew", "anonymous"),
    ("breach", "It was on a list", "anonymous"),
    ("breach", "internal discussions", "Erin Walsh"),
    ("breach", "server had been taken offline", "Erin Walsh"),
    ("breach", "Federal Trade Commission is reviewing", "anonymous"),
    ("breach", "it had been notified", "Data Protection Commission"),
    ("breach", "We are engaging with the company", "Data Protection Commission"),
    ("breach", "he had no role at the company", "Mark Whitfield"),]

# Titles of works and a word in quotation marks are no quotes.
NOT_QUOTES = [("celebrity", "The Long Night"), ("celebrity", "Harbour Lights,"), ("feature", "aquifer")]

# Speakers a quote must not have: relatives sharing a surname are not one another.
NOT_SPEAKERS = [
    ("trial", "Nobody asked me", "Daniel Kerr"),
    ("election", "I'm proud of that", "Greg Brennan"),
    ("strike", "Nobody gets paid today", "Rui Carvalho"),
    ("breach", "he had no role at the company", "Dana Whitfield"),
]

KNOWN_FAULTS = {
    ("breach", "hackers had stolen the names"):
        "'Parcelly, the parcel-delivery app, said': the parse hangs the name on the verb as an adverb "
        "and makes the apposition the subject; 'the parcel-delivery app' is left unresolved",
}


@pytest.fixture(scope="module")
def probe44b_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    probe_params(EXPECTED, KNOWN_FAULTS),
)
def test_probe44b_quote_speaker(probe44b_records, article, snippet, speaker):
    assert_speaker_named(probe44b_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "title"), NOT_QUOTES)
def test_probe44b_titles_are_no_quotes(probe44b_records, article, title):
    assert_no_whole_quote(probe44b_records, article, title)


@pytest.mark.parametrize(("article", "snippet", "wrong"), NOT_SPEAKERS)
def test_probe44b_not_the_speaker(probe44b_records, article, snippet, wrong):
    assert_not_the_speaker(probe44b_records, article, snippet, wrong)


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            "Lisbon ferry strike\n\nAnother passenger, Tiago, said he backed the crews. "
            '"They deserve more," he said.\n',
            "They deserve more",
            "Tiago",
        ),
        (
            "Market traders protest\n\nOne trader, Lidia, said rents had doubled. "
            '"We are leaving," she said.\n',
            "We are leaving",
            "Lidia",
        ),
    ],
)
def test_a_first_name_given_for_one_of_many_is_a_person(pipeline, text, snippet, name):
    # the lone first name, tagged a body, made the speaker an organisation no "he"/"she" could take
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert (speaker.name, speaker.kind) == (name, "person")


def test_a_body_named_after_a_definite_noun_stays_a_body(pipeline):
    # the edge: "The buyer, Tiago," names a company (a definite noun before the name)
    text = "Ferry line sold\n\nThe buyer, Tiago, said it would keep the crews.\n"
    assert speaker_of(pipeline.analyze(text), "keep the crews").kind == "organisation"


def test_a_clerk_is_a_title_before_a_name(pipeline):
    text = "Polls close\n\nTown Clerk Dorothy Haines said 40 percent of voters had mailed ballots.\n"
    assert speaker_of(pipeline.analyze(text), "40 percent").name == "Dorothy Haines"


def test_the_filing_is_the_previous_speakers(pipeline):
    text = (
        "Airline fined\n\nSkyhop said in a filing on Monday that it would pay the fine. "
        "The fine would not affect its results, the filing said.\n"
    )
    assert speaker_of(pipeline.analyze(text), "would not affect").name == "Skyhop"


def test_a_sentence_in_single_marks_after_a_double_quoted_one_is_a_quote(pipeline):
    text = (
        "Shop closes\n\n"
        "\"We were here for forty years,\" said Elena Ruiz, the owner. 'It is the end of an era for the town.'\n"
    )
    assert speaker_of(pipeline.analyze(text), "end of an era").name == "Elena Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # nested in the double quotation, and apostrophes that open or close no sentence
        "Shop closes\n\n\"She told me, 'Keep going.' I did,\" said Elena Ruiz. It was the '90s.\n",
        "Shop closes\n\n\"We sold rock 'n' roll records,\" said Elena Ruiz. 'Tis the end now, she added.\n",
    ],
)
def test_single_marks_inside_or_as_apostrophes_make_no_quote(pipeline, text):
    from newsmine.nlp.quote_marks import find_quoted

    assert len(find_quoted(text)) == 1
