"""Probe57c's rule on invented political news (tests/test_probe57c_layouts.py holds the probe
itself), with near misses beside it where the rule must not fire:

- ``antecedents/people.py`` (``_asked_by_just_before``): 'Kessler, asked by Carrow whether …,
  paused before answering. "…," he said.' — the one asked in a passive participle of the
  sentence before answers ('Kessler was asked by Carrow whether …', the passive verb, was right
  already: Kessler is the sentence's subject); the asker, speaker of the question (a quote of its own), does not
  keep the floor. The active "Carrow asked Kessler whether …" was already read
  (``_asked_just_before``); "asked by Carrow to step down" (a favour) and a person named in a
  sentence after the question are left as they were.

Every text here is invented for newsmine.
"""

from __future__ import annotations

from tests.test_probe56_rules import _speaker

_HEARING = (
    "Director questioned over letter\n\nWASHINGTON — Sen. Dwight Carrow, a Republican from Iowa, defended the "
    "bureau on Wednesday, and the director, Raymond Kessler, thanked him.\n\n{asking}\n\n"
    '"I was told it was not the department\'s practice," he said.\n'
)


def test_the_one_asked_by_a_passive_participle_answers(pipeline):
    text = _HEARING.format(
        asking="Kessler, asked by Carrow whether anyone at the Justice Department had told him not to send the "
        "letter, paused before answering."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Raymond Kessler"


def test_the_one_asked_as_the_passive_verb_answers(pipeline):
    # a guard: right before the rule (the one asked is the sentence's subject) and kept so
    text = _HEARING.format(
        asking="Kessler was asked by Carrow whether anyone at the Justice Department had told him not to send the "
        "letter."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Raymond Kessler"


def test_an_opening_passive_question_in_the_sentence_before(pipeline):
    text = _HEARING.format(asking="Asked by Carrow about the letter, Kessler paused for a long moment.")
    assert _speaker(pipeline, text, "department's practice").name == "Raymond Kessler"


def test_asked_by_someone_to_do_something_is_no_question(pipeline):
    # near miss: a favour asked ('asked by Kessler to stay on') puts no question to Carrow; the
    # pronoun stays with the person the article last made a subject of a sentence
    text = _HEARING.format(
        asking="Carrow, asked by Kessler to stay on the committee for another term, spoke for half an hour."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Dwight Carrow"


def test_the_asker_who_speaks_on_in_the_next_sentence_keeps_the_floor(pipeline):
    # near miss: a person made the subject after the question ('Carrow pressed on') takes the floor
    text = _HEARING.format(
        asking="Kessler, asked by Carrow whether anyone had told him not to send the letter, paused. Carrow "
        "pressed on."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Dwight Carrow"


# --- review57e: near misses of the passive question ---------------------------------------------


def test_the_asker_named_again_later_in_the_question_sentence_keeps_the_floor(pipeline):
    # near miss (review57e): the asker is the subject of a later clause of the same sentence
    # ('…, said nothing, so Carrow repeated the question'): he has the floor since, as he does
    # when he is the subject of the next sentence
    text = _HEARING.format(
        asking="Kessler, asked by Carrow whether he would resign, said nothing, so Carrow repeated the question."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Dwight Carrow"


def test_a_person_named_inside_what_was_asked_leaves_the_answer_to_the_one_asked(pipeline):
    # near miss of the guard above: a third person named in the question itself is not named after it
    text = _HEARING.format(
        asking="Kessler, asked by Carrow whether he had spoken to Attorney General Mark Ortiz, paused."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Raymond Kessler"


def test_a_relative_clause_passive_question_is_read_as_the_participle(pipeline):
    text = _HEARING.format(
        asking="Kessler, who was asked by Carrow whether anyone had told him to send the letter, paused."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Raymond Kessler"


def test_a_question_put_by_an_organisation_names_no_asker(pipeline):
    # near miss: 'asked by Reuters' is no person's question; the one asked stays the subject
    text = _HEARING.format(
        asking="Kessler, asked by Reuters whether anyone had told him to send the letter, paused."
    )
    assert _speaker(pipeline, text, "department's practice").name == "Raymond Kessler"


def test_a_she_after_a_man_questioned_by_a_woman_is_the_woman(pipeline):
    # near miss: the rule makes the man the answerer, but the pronoun's gender is hers
    text = _HEARING.format(
        asking="Kessler, questioned by Detective Ana Ruiz on Tuesday, was released without charge."
    ).replace('practice," he said', 'practice," she said')
    assert _speaker(pipeline, text, "department's practice").name == "Ana Ruiz"
