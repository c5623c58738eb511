"""Probe46d: five invented pieces of opinion, reviews and analysis, where quotation marks often
hold no one's words — an op-ed column in the first person under a byline ("I told the
minister, \"…\"", "As my grandmother used to say, \"…\"", the writer quoting a councillor to
rebut him, scare quotes around the council's label, "As the saying goes," with no marks), a film
review (a robot's and a girl's lines, the director's interview, titles of the film and of a TV
series in quotation marks), a book review (the novel's first sentence, its narrator's and a
character's lines, the author's interview, a critic's verdict), and a letter to the editor
("Your editorial of May 3 claimed that \"…\"", signed at the end) run together with a fact-check
("CLAIM: \"…\"", "VERDICT: False", "the post … said that inspectors would \"…\"", a page called
"Riverton Truth", the nicknamed "stove ban").

``tests/fixtures/probe46d/`` holds the pieces, written for this test; ``EXPECTED`` and
``NOT_QUOTES`` were written by hand before newsmine first ran on them.

The convention, as an analyst counting "who said what" would want it: a quotation is credited to
whom the text says spoke or wrote it, as the text names them, and the analyst filters by kind.
- A character's line in a film or a novel is the character's ("Tilly", "June", "Ernesto"), never
  the reviewer's, the actor's or the author's: it is speech inside the work, and an analyst who
  wants real people only drops the names no other record holds.
- A passage of the book's own narration quoted by the reviewer ("Delgado writes that the river
  …", the novel's first sentence) is the author's, category writing.
- The writer of a column or a letter speaking in the first person ("I told the minister, \"…\"")
  is the writer the byline names.
- A family member or a neighbour quoted without a name is an unnamed source; so is "the post"
  of a fact-check, and the one who "told me" in a letter.
- A title in quotation marks (a film, a series, a book, a Facebook page), a label in scare quotes
  ("calls the project a \"mobility hub\"", "the so-called \"regeneration fund\"", the nicknamed
  "stove ban"), a phrase the reviewer mocks ("phrases such as \"the storm of history\"") and a
  saying without marks are no quotes. Labels with a naming verb ("called the film's ending
  \"sentimental\"", "calls the book \"a saga\"") are left to the naming-verb rules and checked
  neither way here.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, assert_speaker_is, probe_params, speaker_of

ARTICLES = REPO / "tests" / "fixtures" / "probe46d"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("oped", "Who will use it?", "Margaret Ellison"),
    ("oped", "pay for itself within a decade", "anonymous"),
    ("oped", "Nobody pays for a decade", "Margaret Ellison"),
    ("oped", "fix a leaking roof", "anonymous"),
    ("oped", "every empty shop on the high street", "Derek Strand"),
    ("oped", "thousands of new visitors", "Derek Strand"),
    ("oped", "We need people walking past", "Priya Banerjee"),
    ("oped", "lost a third of his trade", "Tom Whitaker"),
    ("oped", "Another two years of diggers", "Tom Whitaker"),
    ("oped", "unlikely to grow", "Hallam Associates"),
    ("oped", "someone who can count", "anonymous"),
    ("film", "I was built to pick apples", "Tilly"),
    ("film", "You are trespassing", "Tilly"),
    ("film", "Robots don't share", "June"),
    ("film", "Then I am a poor robot", "Tilly"),
    ("film", "The bank wants the land", "Abernathy"),
    ("film", "a western with a robot in it", "Lena Vasquez"),
    ("film", "My father talked to his tractor", "Lena Vasquez"),
    ("film", "give the tractor a chance", "Lena Vasquez"),
    ("film", "recorded his lines in a barn", "Marcus Hale"),
    ("film", "The sound of the wind was real", "Marcus Hale"),
    ("film", "This one is for June", "Tilly"),
    ("film", "music box was his grandmother's", "Erik Sund"),
    ("film", "It plays one note out of tune", "Erik Sund"),
    ("book", "The ferry had carried my grandfather", "Rosa Delgado"),
    ("book", "grief is a competitive sport", "Camila"),
    ("book", "A boat is a house", "Ernesto"),
    ("book", "keeps no promises and breaks none", "Rosa Delgado"),
    ("book", "the ferry was real", "Rosa Delgado"),
    ("book", "Everything in the book is invented", "Rosa Delgado"),
    ("book", "wrote the first draft in Spanish", "Rosa Delgado"),
    ("book", "Translation is not moving furniture", "Rosa Delgado"),
    ("book", "the best novel about a river", "Tomas Lind"),
    ("book", "Every crossing is the last one", "Ernesto"),
    ("letter", "the only quiet place I know", "anonymous"),
    ("letter", "a last resort", "Susan Cole"),
    ("letter", "go door to door removing stoves", "anonymous"),
    ("letter", "Nobody is coming into anyone's kitchen", "Jorge Ruiz"),
    ("letter", "If you have a gas stove today", "Jorge Ruiz"),
    ("letter", "no plans to inspect existing homes", "Karen Liu"),
    ("letter", "We do not have the staff", "Karen Liu"),
]
# Titles, labels in scare quotes, a mocked phrase, sayings and a fact-check's furniture.
NOT_QUOTES = [
    ("oped", "mobility hub"),
    ("oped", "regeneration fund"),
    ("oped", "if it ain't broke"),
    ("film", "The Iron Orchard"),
    ("film", "Night Shift"),
    ("film", "Four stars"),
    ("book", "The Last Crossing"),
    ("book", "the storm of history"),
    ("letter", "Riverton Truth"),
    ("letter", "stove ban"),
    ("letter", "VERDICT"),
    ("letter", "Our ruling"),
]

KNOWN_FAULTS: dict = {}  # fmt: skip


@pytest.fixture(scope="module")
def probe46d_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe46d_quote_speaker(probe46d_records, article, snippet, speaker):
    assert_speaker_is(speaker_of(probe46d_records[article], snippet), speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe46d_no_quote(probe46d_records, article, words):
    # neither a quote of these words alone nor one opening with them
    for quote in probe46d_records[article].quotes:
        assert not quote.text.strip("\"'“”‘’( ").startswith(words.rstrip(".,")), quote.text
