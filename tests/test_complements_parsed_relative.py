"""A cue verb's that-clause the parser reads as a relative clause of a noun in a phrase before it.

'said outside the courthouse that her client would appeal': the small parser hangs 'that her
client would appeal' on 'courthouse' as a relative clause, with 'that' its object, and the quote
was lost (attribution/complements_parsed_relative.py). Near misses, where the relative reading
is right, stay as they were. Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.complements_parsed_relative import misparsed_complement
from tests.conftest import doc_context


def _quotes(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in pipeline.analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            ("Fraud verdict\n\nA jury convicted the former treasurer of fraud on Thursday. Her lawyer, Paul Brennan, "
            "said outside the courthouse that his client would appeal.\n"),
            "Paul Brennan",
            "his client would appeal",
        ),
        (
            ("Harbor voters turned out early.\n\nRosa Delgado, a retired teacher from Dover, said before attending the "
            "county forum that the network had asked her to raise a question about rents.\n"),
            "Rosa Delgado",
            "the network had asked her to raise a question about rents",
        ),
    ],
)
def test_the_clause_after_that_is_the_verbs_content(pipeline, text, speaker, content):
    quotes = _quotes(pipeline, text)
    assert (content, "said", speaker) in quotes, quotes


def _that_of(ctx, cue_word: str) -> int:
    i = next(j for j in range(ctx.n) if ctx.lower[j] == cue_word)
    return misparsed_complement(ctx, i, i + 1)


def test_the_parse_reads_the_clause_as_relative(nlp):
    # The shape itself: 'that' the object of 'appeal', a relative clause on 'courthouse'.
    ctx = doc_context(nlp, "Her lawyer, Paul Brennan, said outside the courthouse that his client would appeal.")
    that = ctx.lower.index("that")
    assert ctx.dep[ctx.head[that]] == "relcl"
    assert _that_of(ctx, "said") == that


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            ("Dan Kessler, the state's governor, predicted at the last debate that Democrats will win every county "
            "if the senator is nominated."),
            "predicted",
            "Democrats will win every county if the senator is nominated",
        ),
        (
            "The treasurer also said for the first time that some of the bonds have been sold and will not be bought back.",
            "said",
            "some of the bonds have been sold and will not be bought back",
        ),
    ],
)
def test_the_phrase_with_the_clause_is_not_the_content(pipeline, sentence, cue, content):
    # 'the last debate that Democrats will …' read as a relative clause: the debate is when it
    # was said, not what; with the clause after 'that' marked as a relative clause ('that' its
    # mark), the content model preferred the phrase with it.
    quotes = _quotes(pipeline, f"Debate night\n\n{sentence}\n")
    assert any(text == content and c == cue for text, c, _ in quotes), quotes


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        # 'that' is the relative clause's subject: a true relative clause.
        ("The mayor said in a statement that was posted online.", "said"),
        ("The director told the committee that oversees the budget that costs had doubled.", "told"),
        # A document or statement takes true relative clauses with 'that' their object.
        ("Councillor Ana Ruiz wrote in a letter that the board sent to riders.", "wrote"),
        # A topic preposition: what the relative clause says is of the judge.
        ("Ruiz spoke about a judge that she did not like.", "spoke"),
        # A cue word that reports no words or thoughts.
        ("Ruiz marveled at the crowds in a district that the mayor won easily.", "marveled"),
        # The verb's object is what was said.
        ("Ruiz said this thing about the council that her aides did not like.", "said"),
    ],
)
def test_a_true_relative_clause_is_left_as_the_parse_reads_it(nlp, text, cue_word):
    assert _that_of(doc_context(nlp, text), cue_word) == -1


def test_a_statement_posted_online_is_no_content(pipeline):
    text = "Ferry fares\n\nThe mayor said in a statement that was posted online. The fares will rise in June.\n"
    assert not any("posted online" in content for content, _, _ in _quotes(pipeline, text))


# review49b: a true relative after a place phrase, "that" the object its verb lacks (tagged a
# wh-word), is left to the relative reading; a later that-clause is the content.
@pytest.mark.parametrize(
    "text",
    [
        "Ellen Marsh, the farmer's widow, said outside the farmhouse that her grandfather built.",
        "Tom Reyes said in the town that he loves.",
        "Gov. Lee said at the plant that workers built that the state would add jobs.",
    ],
)
def test_that_filling_the_relative_clauses_object_is_no_complement(nlp, text):
    assert _that_of(doc_context(nlp, text), "said") == -1


def test_a_relative_clause_with_no_object_is_no_content(pipeline):
    text = "Farm sale\n\nEllen Marsh, the farmer's widow, said outside the farmhouse that her grandfather built.\n"
    assert not any(content == "her grandfather built" for content, _, _ in _quotes(pipeline, text))


def test_the_that_clause_after_a_true_relative_is_the_content(pipeline):
    text = "Plant jobs\n\nGov. Lee said at the plant that workers built that the state would add jobs.\n"
    assert ("the state would add jobs", "said", "Lee") in _quotes(pipeline, text)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # Near misses: the verb's complement after a time phrase, which the rule does not need.
        ("Ellen Marsh said on Monday that the county would pay for the repairs.", "the county would pay for the repairs"),
        ("Ellen Marsh said last week that the county would pay for the repairs.", "the county would pay for the repairs"),
        # A full clause whose verb has an object of its own: "that" is no gap filler.
        (
            "Rosa Delgado said before attending the county forum that the network had asked her to raise a question.",
            "the network had asked her to raise a question",
        ),
    ],
)
def test_a_that_clause_after_a_time_or_place_phrase_is_still_the_content(pipeline, sentence, content):
    quotes = _quotes(pipeline, f"Repairs\n\n{sentence}\n")
    assert any(text == content and cue == "said" for text, cue, _ in quotes), quotes


@pytest.mark.xfail(
    strict=True,
    reason="review49b, seen and left (older than session 49, the same at 288d49bc): after a true relative "
    "with 'that' its object ('in the city that he loves'), a second that-clause the parse hangs under the "
    "relative clause's verb is offered with the relative clause before it ('that he loves that the "
    "orchestra …'); the rule's object-gap test only stops the new proposal",
)
def test_the_second_that_clause_alone_is_the_content(pipeline):
    text = "Tour news\n\nThe conductor said in the city that he loves that the orchestra would tour again.\n"
    assert any(content == "the orchestra would tour again" for content, _, _ in _quotes(pipeline, text))


# probe50: after 'told' the object is whom they told, no content: the rule stopped at it, and the
# content model then chose the verb phrase with the addressee in it.
@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The opposition leader, Marta Kovac, told supporters in the capital that voters had chosen a new course.",
            "voters had chosen a new course",
        ),
        (
            'Civic Alliance leader Marta Kovac told cheering supporters in the capital that voters had chosen "an end to drift."',
            'voters had chosen "an end to drift."',
        ),
    ],
)
def test_whom_they_told_is_no_part_of_the_content(pipeline, sentence, content):
    quotes = _quotes(pipeline, f"Election night\n\n{sentence}\n")
    assert (content, "told", "Marta Kovac") in quotes, quotes


def test_what_they_told_takes_a_true_relative_clause(nlp):
    # 'told a story in the capital that nobody had heard before': the object is the story told,
    # and 'that' fills the relative clause's object: no complement.
    ctx = doc_context(nlp, "Marta Kovac told a story in the capital that nobody had heard before.")
    assert _that_of(ctx, "told") == -1


@pytest.mark.xfail(
    strict=True,
    reason="review50, seen and left: after 'told' + addressee, a time phrase's true relative ('on the day that "
    "the verdict came down') takes the second that-clause the parse hangs under its verb, so the content opens "
    "with the relative ('the verdict came down that she would appeal'; 'said' gives the same through its own "
    "parse). Returning the inner clause's 'that' fixed this text, but 'warned residents in the week that the "
    "storm hit that more rain was coming' then gave the quote to 'hit' and 'the storm': reverted",
)
def test_a_that_clause_after_a_time_relative_alone_is_the_content_after_told(pipeline):
    text = "Verdict\n\nSenator Ana Ruiz told reporters on the day that the verdict came down that she would appeal.\n"
    assert ("she would appeal", "told", "Ana Ruiz") in _quotes(pipeline, text)


# Session 51 (seen51): after 'told' and whom it tells, a clause with no "that" the parse hangs on
# the hearer as a relative clause is what was told (probe50's 'told the crowd she had learned of
# the plan …'; attribution/bare_told_clauses.py).
def test_a_clause_without_that_after_told_and_its_hearer_is_the_content(pipeline):
    text = (
        "Library cuts\n\nHead librarian Ruth Adeyemi told the volunteers she had heard of the cuts only a week "
        "before the budget was published.\n"
    )
    quotes = _quotes(pipeline, text)
    assert any(content.startswith("she had heard of the cuts") and cue == "told" for content, cue, _ in quotes), quotes


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a true relative clause on the hearer leaves a gap (the object of 'met', of
        # 'to'), or holds the that-clause that is what was told
        "The mayor told the people she met on Monday.",
        "The mayor told the crowd she had spoken to about the plan.",
        "The mayor told the people she met that the budget was safe.",
    ],
)
def test_a_true_relative_clause_on_the_hearer_is_no_bare_content(nlp, text):
    from newsmine.nlp.attribution.bare_told_clauses import bare_told_clause

    ctx = doc_context(nlp, text)
    assert bare_told_clause(ctx, ctx.lower.index("told")) == -1


# review51c: a topic's preposition fills the clause only right after its verb ('learned of the
# plan'); after a place or a time it goes with 'told' ('told the man she had met in Paris about
# the plan': the man she met, told about the plan), and the clause keeps its gap.
def test_a_topic_after_a_place_leaves_the_relative_clause_its_gap(nlp):
    from newsmine.nlp.attribution.bare_told_clauses import bare_told_clause

    ctx = doc_context(nlp, "The mayor told the man she had met in Paris about the plan.")
    assert bare_told_clause(ctx, ctx.lower.index("told")) == -1


def test_a_topic_right_after_the_clause_verb_is_still_what_was_told(nlp):
    # guard: the topic follows the verb ('heard about the cuts'), the clause is full
    from newsmine.nlp.attribution.bare_told_clauses import bare_told_clause

    ctx = doc_context(nlp, "The mayor told the board she had heard about the cuts from a clerk.")
    assert bare_told_clause(ctx, ctx.lower.index("told")) == ctx.lower.index("she")
