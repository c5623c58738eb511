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
``NOT_QUOTES`` were written by hand before newsmine first ran on them (the two headlines at the
end of ``NOT_QUOTES`` were added after it). First run: 27 of 41 speakers right, 10 of the 12
non-quotes kept out (both headlines read as quotes too); after probe46d's three fixes 30 of 41
and 11 of 14.

What newsmine got wrong and probe46d fixed: a desk's section named alone before a headline's
colon ('Books: A river, a ferry …') was a speaker, here the publisher 'Meridian Books' the review
names; an arts trade before a name ('Composer Erik Sund's score') was part of the name; kin owned
by a pronoun ('As my grandmother used to say') was left unresolved, not an unnamed source. What it
still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails: mostly speakers of opinion and
fiction — characters in relative clauses and after 'played by' appositions, a narrator taken for
the author, an unnamed minister's or neighbour's pronoun left unresolved — and a title with its author or a
page's name kept as quotes.

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

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_quote, assert_speaker_named

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
    # added after the first run, which read both headlines as quotes
    ("oped", "Our town does not need"),
    ("book", "A river, a ferry"),
]

KNOWN_FAULTS = {
    ("oped", "pay for itself within a decade"):
        "'the transport minister … He smiled and said the garage would \"…\"': the pronoun is left unresolved, "
        "not tied to the unnamed minister of the sentence before",
    ("oped", "unlikely to grow"):
        "'The report said demand was \"…\"' after 'The council's own consultant, Hallam Associates, found': the "
        "report is not tied to the consultant who wrote it",
    ("oped", "someone who can count"):
        "'When I asked a neighbour …, she laughed. \"…,\" she said': the pronoun is not tied to the unnamed "
        "neighbour (an object of the writer's question)",
    ("film", "I was built to pick apples"):
        "'a battered farm robot named Tilly looks at the burned trees and says, \"…\"': no speaker; and Tilly, "
        "named through 'named', is tagged a body",
    ("film", "You are trespassing"):
        "'When a runaway girl named June arrives, Tilly greets her with the words, \"…\"': taken for June, the "
        "subject of the clause before, not Tilly who greets",
    ("film", "Robots don't share"):
        "'June, played by newcomer Aisha Grant, is suspicious. \"…,\" she tells Tilly': the pronoun goes to the "
        "actress in the passive apposition, not to the character",
    ("film", "This one is for June"):
        "'the final scene, in which Tilly plants a single seedling and says, \"…\"': the scene is taken for the "
        "speaker, not the subject of the relative clause",
    ("book", "grief is a competitive sport"):
        "'The narrator, Camila, … Her voice is wry. \"…,\" she tells us': taken for the novel's author",
    ("book", "A boat is a house"):
        "'Her uncle Ernesto … \"…,\" he says to a customs officer': 'he' goes to 'Meridian Books', tagged a "
        "person at the end of the review",
    ("book", "Every crossing is the last one"):
        "'But Delgado's Ernesto will stay with readers … As he says near the end, \"…\"': taken for the critic "
        "Tomas Lind named two sentences before, not the character",
    ("letter", "go door to door removing stoves"):
        "'The post, which first appeared on a page called …, said that inspectors would \"…\"': left unresolved, "
        "not an unnamed source",
    ("oped", "Our town does not need"):
        "the headline under the 'Opinion:' kicker is an indirect quote (category thought) with no speaker",
    ("book", "The Last Crossing"):
        "'\"The Last Crossing\" by Rosa Delgado is published by Meridian Books': the title and its author are "
        "read as written content, 'published by' its cue (has_byline wants a comma before 'by')",
    ("letter", "Riverton Truth"):
        "'a page called \"Riverton Truth,\" said that …': 'called' is the cue of the page's name, a direct "
        "quote with no speaker; left, since PolNeAR's train gold keeps a name in quotation marks after 'a group "
        "called' as the label the group gave itself (cue_checks._naming_participle: five on train)",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe46d_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe46d_quote_speaker(probe46d_records, article, snippet, speaker):
    assert_speaker_named(probe46d_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe46d_no_quote(probe46d_records, article, words):
    assert_no_quote(probe46d_records, article, words)


def _quotes(pipeline, text: str) -> list:
    return pipeline.analyze(text).quotes


# A desk's section alone before a headline's colon ('Books: …') was read as a speaker, here
# 'Meridian Books', the publisher the review names: it is the page's label.
@pytest.mark.parametrize("section", ["Books", "Film", "Music"])
def test_a_section_label_before_a_headline_colon_is_no_speaker(pipeline, section):
    text = (
        f"{section}: A river, a ferry and a family in a new novel\n\nRosa Delgado, whose novel Meridian Books "
        "released in May, said the ferry in it was real. Meridian Music said the audiobook would follow.\n"
    )
    assert not [q.text for q in _quotes(pipeline, text) if q.text.startswith("A river")]


def test_a_body_named_before_a_headline_colon_still_speaks(pipeline):
    # near miss: two words before the colon are the publisher the article names, not a section
    text = (
        'Meridian Books: "We will not pulp the novel"\n\nMeridian Books said on Monday that it would keep the '
        "novel in print despite the complaints.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pulp the novel").name == "Meridian Books"


# "Composer Erik Sund's score …": the trade before the name was part of it ('Composer Erik
# Sund'), the name an analyst counts under.
@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        (
            "Composer Erik Sund's score uses a banjo and a broken music box. Sund said the box was his grandmother's.",
            "his grandmother's",
            "Erik Sund",
        ),
        (
            "The score is by Conductor Maria Alvez. Alvez said the orchestra had rehearsed for a week.",
            "rehearsed for a week",
            "Maria Alvez",
        ),
    ],
    ids=["composer", "conductor"],
)
def test_an_arts_trade_before_a_name_is_a_title(pipeline, text, snippet, name):
    assert speaker_of(pipeline.analyze(f"Score\n\n{text}\n"), snippet).name == name


def test_a_trade_inside_a_body_name_stays_in_it(pipeline):
    # near miss: the trade word inside an organisation's name is no title before a person
    text = "Score\n\nThe prize went to a school run by the Pianist Trust, which said it would fund ten scholarships.\n"
    assert speaker_of(pipeline.analyze(text), "fund ten scholarships").name == "Pianist Trust"


# "As my grandmother used to say, \"…\"": kin owned by a pronoun was left unresolved (the word
# lists know "her lawyer", not "my grandmother"); it is an unnamed source.
@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ('I grew up above a bakery. As my grandmother used to say, "Bread waits for no one."', "Bread waits"),
        ("Tom Ruiz grew up above a bakery. His aunt said the ovens were never cold.", "ovens were never cold"),
        ("We moved to Mill Street in 1990. Our neighbour said the street flooded every spring.", "flooded every"),
    ],
    ids=["my-grandmother", "his-aunt", "our-neighbour"],
)
def test_kin_owned_by_a_pronoun_is_an_unnamed_source(pipeline, text, snippet):
    speaker = speaker_of(pipeline.analyze(f"Bakery\n\n{text}\n"), snippet)
    assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)


def test_kin_named_beside_the_noun_is_that_person(pipeline):
    # near miss: the name in apposition is who speaks
    text = "Bakery\n\nI grew up above a bakery. My grandmother, Rosa Delgado, said the ovens were never cold.\n"
    assert speaker_of(pipeline.analyze(text), "ovens").name == "Rosa Delgado"


def test_kin_without_a_possessive_pronoun_is_not_made_unnamed(pipeline):
    # near miss: 'the grandmother' may be the woman just named (left to the description rules)
    text = 'Bakery\n\nRosa Delgado, 91, still bakes every day. "Bread waits for no one," the grandmother said.\n'
    assert speaker_of(pipeline.analyze(text), "Bread waits").kind != "anonymous"
