"""Probe45c: four more invented articles in styles PolNeAR lacks — a Westminster debate report
(the Prime Minister and the Leader of the Opposition, the Speaker calling for order, "the Member
for Northfield", "the minister replied", a shadow minister who "told the House", a heckle from
"one MP", an unnamed backbencher, "a Downing Street spokesman"), a war report from both sides (an
army spokesman, a defence ministry that "said on Telegram", a rebel commander known by a nom de
guerre quoted "through an interpreter", a UN envoy, a nurse who asked not to be named, claims
"that could not be independently verified"), an investigation built on documents ("emails
reviewed by the Gazette show", "according to court filings", a memo that "read", "three people
with knowledge of the talks", a company that "did not respond to requests for comment", a chief
executive's written reply) and broadcast-interview reporting ("told CNN's 'State of the
Union'", "said on 'Fox News Sunday'", "the host asked", a podcast, a post on X, "in an interview
with NPR"). Straight and curly marks mixed, split quotations, pronouns across paragraphs.
``tests/fixtures/probe45c/`` holds the articles, written for this test; ``EXPECTED``,
``ADDRESSEES`` and the first four ``NOT_QUOTES`` were written by hand before newsmine first ran
on them (the last two no-quotes were added after that run; the podcast host's addressee was
first expected as his name, and newsmine's "the podcast's host" is as written).

What newsmine got wrong and probe45c fixed: "One backbencher …, who asked not to be named, said
…. '…,' the backbencher said" ('backbencher' was no person's noun, and only "a"/"an" introduced
an unnamed one: unresolved); 'said on "Fox News Sunday" that the senator was walking away from a
deal that was "90 percent done."' (the programme's title and the quoted words after it were
taken for one quotation split around the words between); "…, claims that could not be
independently verified" (the parse hangs the relative clause on "claims", read as a verb, as its
complement: a quote of the claims). What it still gets wrong is listed in
``KNOWN_FAULTS`` as strict xfails. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_addressee, assert_no_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe45c"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("parliament", "not flinch", "Eleanor Whitcombe"),
    ("parliament", "Shame!", "anonymous"),
    ("parliament", "taxing the families", "Gareth Pryce"),
    ("parliament", "promised the country lower rents", "Gareth Pryce"),
    ("parliament", "levy would raise", "Eleanor Whitcombe"),
    ("parliament", "fourteen years to build homes", "Eleanor Whitcombe"),
    ("parliament", "The House will hear", "Alan Dunmore"),
    ("parliament", "sleeping in cars", "Rachel Osei"),
    ("parliament", "bid for the first grants", "Tom Ashworth"),
    ("parliament", "fair share", "Tom Ashworth"),
    ("parliament", "What about the landlords?", "anonymous"),
    ("parliament", "figures did not add up", "Priya Lal"),
    ("parliament", "built on a guess", "Priya Lal"),
    ("parliament", "force a vote", "Priya Lal"),
    ("parliament", "nervous", "anonymous"),
    ("parliament", "Half my surgery", "anonymous"),
    ("parliament", "confident of winning", "anonymous"),
    ("parliament", "it will pass", "anonymous"),
    ("parliament", "lost the argument", "Gareth Pryce"),
    ("parliament", "They can win the vote", "Gareth Pryce"),
    ("war", "cleared the town centre", "Viktor Hasek"),
    ("war", "140 rebel fighters", "Defence Ministry"),
    ("war", "retreating in disorder", "Defence Ministry"),
    ("war", "four soldiers died", "Defence Ministry"),
    ("war", "withdrawn only from the eastern bank", "Sokol"),
    ("war", "We left the bridge", "Sokol"),
    ("war", "fewer than ten", "Northern Front"),
    ("war", "shelling had gone on all night", "Mira Novak"),
    ("war", "We hid in the cellar", "Mira Novak"),
    ("war", "did not know who had fired", "Mira Novak"),
    ("war", "Both sides shoot", "Mira Novak"),
    ("war", "22 wounded civilians", "anonymous"),
    ("war", "out of blood", "anonymous"),
    ("war", "Civilians are paying", "Ingrid Solberg"),
    ("war", "There will be no pause", "Viktor Hasek"),
    ("war", "would accept a ceasefire", "Sokol"),
    ("war", "we fight", "Sokol"),
    ("war", "bakery had been hit", "anonymous"),
    ("war", "There is no bread", "Pavel Grun"),
    ("documents", "We are running on luck", "anonymous"),
    ("documents", "threatened a fine", "anonymous"),
    ("documents", "fix it or pay", "anonymous"),
    ("documents", "kicking this down the road", "Carol Meade"),
    ("documents", "takes its responsibilities", "Simon Harcourt"),
    ("documents", "re-phased, not cancelled", "Simon Harcourt"),
    ("documents", "documents told a different story", "Nadia Rahman"),
    ("documents", "For three years", "Nadia Rahman"),
    ("documents", "Every warning", "Nadia Rahman"),
    ("documents", "had still not been paid", "Ken Ellery"),
    ("documents", "forty years of photographs", "Ken Ellery"),
    ("documents", "does not comment on ongoing", "Water Services Authority"),
    ("broadcast", "dead for this year", "Dana Whitlock"),
    ("broadcast", "I don't see a path", "Dana Whitlock"),
    ("broadcast", "Narrow is fine", "Dana Whitlock"),
    ("broadcast", "90 percent done", "Luis Serrano"),
    ("broadcast", "We had the text", "Luis Serrano"),
    ("broadcast", "Ninety percent of a bad bill", "Dana Whitlock"),
    ("broadcast", "would not wait for Congress", "Marcus Bell"),
    ("broadcast", "every authority", "Marcus Bell"),
    ("broadcast", "Everything we do faces", "Marcus Bell"),
    ("broadcast", "exhausted by the standoff", "Jill Carver"),
    ("broadcast", "tired of press releases", "Jill Carver"),
    ("broadcast", "Not this month", "Jill Carver"),
    ("broadcast", "remains ready to sign", "Tara Quinn"),
    ("broadcast", "sticking point", "anonymous"),
    ("broadcast", "Everybody agrees", "anonymous"),
    ("broadcast", "would meet Serrano", "Dana Whitlock"),
    ("broadcast", "I like Luis", "Dana Whitlock"),
]

# A name for a tax and a programme's or a podcast's title are no one's quote, nor the start of
# one; nor is what the writer says of claims or figures.
NOT_QUOTES = [
    ("parliament", "ghost homes tax"),
    ("broadcast", "State of the Union."),
    ("broadcast", "Fox News Sunday"),
    ("broadcast", "Capitol Hours,"),
    ("war", "that could not be independently verified"),
    ("war", "Neither side's figures"),
]

# (article, snippet of the quote's content, words of whom it was said to, as written)
ADDRESSEES = [
    ("parliament", "not flinch", "MPs"),
    ("parliament", "built on a guess", "the House"),
    ("war", "cleared the town centre", "reporters"),
    ("war", "because we chose to", "the Gazette"),
    ("broadcast", "I don't see a path", "CNN"),
    ("broadcast", "tired of press releases", "host"),
    ("broadcast", "would meet Serrano", "CNN"),
]

KNOWN_FAULTS = {
    ("parliament", "What about the landlords?"):
        "'one MP could be heard shouting: \"…\"': 'heard' is taken for the cue, and its passive subject is "
        "no source of it: no speaker",
    ("war", "we fight"):
        "'Sokol, speaking by telephone …, said …. \"Until then,\" he said': 'Sokol' is tagged a nationality, no "
        "person, and 'he' takes the colonel named before",
    ("documents", "We are running on luck"):
        "'\"…,\" an engineer wrote to senior managers …, according to the emails': one quote to the outer source "
        "(the emails, unresolved), the engineer's own attribution inside it (as probe44d's 'state media "
        "reported'); left so: PolNeAR's gold gives '\"…,\" Sanders said, according to CNN' to the outer "
        "source alone (20 of 21 such on train)",
    ("war", "Neither side's figures"):
        "'Neither side's figures could be confirmed': the passive subject is taken for a content (left so: "
        "the gold keeps such subjects, 'little could be verified', 'All were confirmed')",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe45c_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe45c_quote_speaker(probe45c_records, article, snippet, speaker):
    assert_speaker_named(probe45c_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe45c_no_quote(probe45c_records, article, words):
    assert_no_quote(probe45c_records, article, words)


@pytest.mark.parametrize(("article", "snippet", "words"), probe_params(ADDRESSEES, KNOWN_FAULTS))
def test_probe45c_addressee(probe45c_records, article, snippet, words):
    assert_addressee(probe45c_records, article, snippet, words)


# 'backbencher' was no person's noun, and only "a" and "an" introduced an unnamed one: "the
# backbencher" after "One backbencher" and "the driver" after "One driver" stayed unresolved
@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        (
            (
                "Ministers face revolt over fuel duty\n\nOne backbencher, who asked not to be named, said the party "
                'was split on the plan. "Half my constituents drive for a living," the backbencher said.\n'
            ),
            "Half my constituents",
        ),
        (
            (
                "Bus strike enters third day\n\nOne driver, who was not authorised to speak to the press, said staff "
                'had not been paid overtime. "We are running the routes on goodwill," the driver said.\n'
            ),
            "running the routes on goodwill",
        ),
    ],
    ids=["backbencher", "one-driver"],
)
def test_one_introduced_unnamed_is_that_unnamed_one_again(pipeline, text, snippet):
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)


def test_a_programme_title_after_the_cue_is_not_its_quotation(pipeline):
    # the title and the quoted words after it were one quotation split around the words between
    text = (
        "Mayor vows to fix buses\n\n"
        'Mayor Ana Ruiz said on "Good Morning Westfield" that the council had "run out of patience."\n'
    )
    quote = next(q for q in pipeline.analyze(text).quotes if "run out of patience" in q.text)
    assert quote.text.startswith("the council had"), quote.text
    assert quote.speaker.name == "Ana Ruiz"


def test_claims_that_could_not_be_verified_are_no_quote(pipeline):
    # the parse hangs the relative clause on "claims" as its complement: it was a quote of the claims
    text = (
        "Port town falls\n\n"
        "The navy said on Monday that it had sunk two patrol boats, claims that could not be independently verified.\n"
    )
    quotes = pipeline.analyze(text).quotes
    assert [q.text for q in quotes] == ["it had sunk two patrol boats"]
