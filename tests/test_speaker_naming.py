"""An unnamed source named by a participle after it ("a man calling himself …", "a worker named
…", "the chief known as …", "a user going by the handle …") speaks as that name. Articles
written for these tests (names invented); the parses they rely on were observed with
en_core_web_sm 3.8.0."""

from __future__ import annotations

import pytest

from tests.test_entity_names import _speaker_names

_LEAD = "Ferry fares\n\nThe ferry company raised its fares again on Monday. "

# (article, a (speaker as written, name) the record must hold)
CASES = {
    "calling herself": (
        _LEAD + '"Nobody in this town can afford the crossing any more," wrote a woman calling herself '
        "Greta Greta on the company's page.",
        ("a woman", "Greta Greta"),
    ),
    "named": (
        _LEAD + "A former deckhand named Oskar Lindqvist said the company had cut its crews twice in a year.",
        ("A former deckhand", "Oskar Lindqvist"),
    ),
    "known as, a first name the recogniser leaves untagged": (
        _LEAD + '"There was never a plan to cut the crews," said the harbour master known as Sven, '
        "speaking for the first time.",
        ("the harbour master", "Sven"),
    ),
    "going by the handle": (
        _LEAD + '"The crossing is a scandal," tweeted a commuter from Malmo going by the handle Fjordrider.',
        ("a commuter", "Fjordrider"),
    ),
    "in apposition to the subject": (
        _LEAD + "About forty commuters waited at the pier. One of them, a nurse named Alicia Moreno, said "
        "she had missed two shifts this month.",
        ("One of them", "Alicia Moreno"),
    ),
    "a body called": (
        _LEAD + "A group called Fair Crossings said the rise broke the company's licence.",
        ("A group", "Fair Crossings"),
    ),
    # the recogniser tags a name in quotation marks a title (a work of art): still the body's name
    "a body called, the name in quotation marks": (
        _LEAD + 'A local group called "Fair Crossings" said the rise broke the company\'s licence.',
        ("A local group", "Fair Crossings"),
    ),
    "a body called, the name in curly quotation marks with its article": (
        _LEAD + "A Danish news organization called “The Sound” reported that the rise broke the licence.",
        ("A Danish news organization", "The Sound"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_unnamed_source_named_by_a_participle_speaks_by_that_name(pipeline, case):
    article, expected = CASES[case]
    assert expected in _speaker_names(pipeline.analyze(article))


def test_a_work_called_by_a_quoted_name_is_not_named_by_it(pipeline):
    # near miss of the quoted body name: a documentary's title in quotation marks is a work's,
    # no one speaking by it
    record = pipeline.analyze(
        _LEAD + 'A documentary called "Fair Crossings" said the rise broke the company\'s licence.'
    )
    assert "Fair Crossings" not in [name for _, name in _speaker_names(record)]


def test_calling_something_else_a_name_names_no_one(pipeline):
    # "calling the plan …" gives the plan a name, not the speaker: no reflexive, no name
    record = pipeline.analyze(_LEAD + "A retired captain calling the plan Operation Greed said the fares would double.")
    assert all(name != "Operation Greed" for _, name in _speaker_names(record))


def test_a_verb_calling_someone_an_epithet_names_no_one(pipeline):
    # The parse makes "called" a participle of "lawmaker": the quotation after the name is what
    # the lawmaker calls Lindqvist, so Lindqvist is the one called, not the lawmaker.
    record = pipeline.analyze(
        "Ferry fares\n\nThat proposal prompted Norway's Parliament to call a debate in January on whether "
        'to ban Lindqvist; one lawmaker called Lindqvist "the orange prince of Scandinavian self-promotion." '
        "But the move to ban him was unsuccessful."
    )
    assert ("one lawmaker", "Lindqvist") not in _speaker_names(record)


def test_the_name_after_by_parsed_as_an_agent_leaves_out_the_lower_case_handle():
    # "a user going by the handle Pulvermann" is parsed with "by" as an agent and "handle" as a
    # proper noun in some sentences; the name is the capitalised word alone.
    import spacy
    from spacy.tokens import Doc

    from newsmine.nlp.speakers.naming import _name_after, _name_span

    words = ["a", "user", "going", "by", "the", "handle", "Fjordrider"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 2, 6, 6, 3],
        deps=["det", "ROOT", "acl", "agent", "det", "compound", "pobj"],
        pos=["DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN"],
        tags=["DT", "NN", "VBG", "IN", "DT", "NNP", "NNP"],
    )
    last = _name_after(doc[2])
    assert last is not None and _name_span(last).text == "Fjordrider"
