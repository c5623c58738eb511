"""Speaker faults session 58 noticed and left, as session 59 (seen59) found them on train.
Every text here is invented for newsmine.

- A number the recogniser swept onto a person's name: a ranking ("Ted Cruz 1, John Kasich 2"),
  a delegate count ("Donald Trump 384, Sen. Ted Cruz 300"), a list of ages ("and Barron 9."), a
  count ("shooting Laquan McDonald 16 times"). The person was named with the number, and the
  later bare surname founded a person of its own ("Rubio said" named "Rubio", not "Marco
  Rubio"). The number is cut (``entities.name_spans._number_after_name``); a version ("Guccifer
  2.0"), a number glued on ("MiG-29") and the number of a numbered thing ("House Bill 1523",
  "Teamsters Local 294") stay.
- A negative subject ('Nobody seemed to say anything', 'None of the councillors said'): PolNeAR's
  gold writes the negative phrase as the Source (32 train Sources open with 'neither', 'none', 'no
  one', 'nobody', 'no' or 'nothing'), so the span stays the source; it names no one.
- An op-ed headline whose label is its subject ('Ana Ruiz: Why I …' by another writer): no train
  article has the shape (every train headline with a label and a first person after its colon
  quotes the label's person), left as a strict xfail."""

from __future__ import annotations

import pytest

from newsmine.nlp.entities.name_spans import _number_after_name
from tests.conftest import speaker_of
from tests.test_attribution_sources import _source_of  # the grammar's source of a cue word, as written


def _person_names(record) -> set[str]:
    return {entity.name for entity in record.entities if entity.label == "PERSON"}


def test_a_ranking_number_after_each_name_is_no_part_of_it(pipeline):
    # was "Ted Cruz 1", "John Kasich 2", "Marco Rubio 3", and "Rubio said" / "Cruz said" named bare
    text = (
        "Debate poll\n\n"
        "Readers told us which candidate won Thursday's GOP debate.\n\n"
        "Ted Cruz 1, John Kasich 2, Marco Rubio 3 and Donald Trump last.\n\n"
        "Rubio said on Friday that he was pleased. Cruz said the poll was fair.\n"
    )
    record = pipeline.analyze(text)
    assert {"Ted Cruz", "John Kasich", "Marco Rubio"} <= _person_names(record)
    assert not any(any(ch.isdigit() for ch in name) for name in _person_names(record))
    assert speaker_of(record, "he was pleased").name == "Marco Rubio"
    assert speaker_of(record, "the poll was fair").name == "Ted Cruz"


def test_a_delegate_count_after_a_name_is_no_part_of_it(pipeline):
    # was "Donald Trump 384", and "Trump said" a person of its own named "Trump"
    text = (
        "Delegates\n\n"
        "The current delegate count is Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37. "
        "Trump said he would win the nomination.\n"
    )
    record = pipeline.analyze(text)
    assert "Donald Trump 384" not in _person_names(record)
    assert speaker_of(record, "would win the nomination").name == "Donald Trump"


def test_an_age_in_a_list_after_a_first_name_is_no_part_of_it(pipeline):
    # was "Barron 9"
    text = (
        "Family\n\n"
        "His children are Donald Jr., 38; Ivanka, 34; Eric Trump, 32; Tiffany, 22; and Barron 9.\n\n"
        "Barron said he liked school.\n"
    )
    assert speaker_of(pipeline.analyze(text), "liked school").name == "Barron"


def test_a_count_after_a_name_is_no_part_of_it(pipeline):
    # was "Laquan McDonald 16"
    text = "Shooting\n\nThe officer is charged with shooting 17-year-old Laquan McDonald 16 times in October 2014.\n"
    assert "Laquan McDonald" in _person_names(pipeline.analyze(text))


@pytest.mark.parametrize(
    ("text", "before", "number", "cut"),
    [
        ("Ted Cruz 1, John Kasich 2", "Cruz", "1", True),
        ("and Barron 9.", "Barron", "9", True),
        ("the hacker Guccifer 2.0 said", "Guccifer", "2.0", False),  # a version, not a count
        ("Just before House Bill 1523 was to take effect", "Bill", "1523", False),  # a numbered thing
        ("members of Teamsters Local 294 said", "Local", "294", False),
        ("the pilot of a MiG-29 said", "MiG-29", "said", False),  # a number glued on is one word with it
        ("Ana Ruiz R2 said", "Ruiz", "R2", False),  # letters and digits: a code, not a figure
        ("Ana Ruiz 12th in the poll", "Ruiz", "12th", False),  # not digits alone
        # review59: people numbered instead of named, and fire companies: the number tells them apart
        ("Juror 11 said the verdict was fair", "Juror", "11", False),
        ("Victim 2 told the court", "Victim", "2", False),
        ("Patient 31 attended a service", "Patient", "31", False),
        ("crews from Ladder 4 arrived", "Ladder", "4", False),
        ("Jane Doe 34 and John Roe 41", "Doe", "34", True),  # an age in a list is cut still
    ],
)
def test_only_a_figure_apart_from_a_word_is_cut_from_a_name(nlp, text, before, number, cut):
    doc = nlp.make_doc(text)
    at = next(t.i for t in doc if t.text == number and t.i > 0)
    assert doc[at - 1].text == before
    assert _number_after_name(doc[at - 1], doc[at]) is cut


def test_a_numbered_bill_is_never_cut_to_a_first_name(pipeline):
    # near miss: "House Bill 1523" cut to "Bill" would join Bill Clinton
    text = (
        "Law blocked\n\n"
        "Just minutes before House Bill 1523 was to take effect, the judge blocked it. "
        "Bill Clinton said the law was wrong.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the law was wrong").name == "Bill Clinton"
    assert "Bill" not in _person_names(record)


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        ("The council met on Tuesday. Nobody seemed to say anything about the levy.", "seemed", "Nobody"),
        ("The council met on Tuesday. None of the councillors said the port was safe.", "said", "None of the councillors"),
        ("No one told reporters that the ferry would close.", "told", "No one"),
    ],
)
def test_a_negative_subject_is_the_source_as_polnear_writes_it(nlp, text, cue_word, source):
    # pinned: PolNeAR's gold writes the negative phrase as the Source (32 times on train)
    assert _source_of(nlp, text, cue_word) == source


def test_a_negative_pronoun_source_names_no_one(pipeline):
    text = "Harbour vote\n\nThe council met on Tuesday. Nobody said the levy would pass.\n"
    speaker = speaker_of(pipeline.analyze(text), "the levy would pass")
    assert (speaker.text, speaker.name) == ("Nobody", None)


@pytest.mark.xfail(
    strict=True,
    reason="seen59: an op-ed headline's label can be its subject, not its writer ('Ana Ruiz: Why I …' by "
    "Tom Hale); the 'I' goes to the label (names58's rule). No train article has the shape (the 15 train "
    "headlines with a label and a first person after the colon all quote the label's person), so no rule",
)
def test_an_op_ed_headlines_i_is_not_the_label_it_writes_about(pipeline):
    text = (
        "Ana Ruiz: Why I Still Believe She Can't Be Trusted With the Port\n\n"
        "By Tom Hale\n\n"
        "Ana Ruiz has run the harbour board for a decade. She said on Monday that the docks were safe.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Trusted With the Port").name != "Ana Ruiz"


def test_people_numbered_instead_of_named_keep_their_numbers(pipeline):
    # review59: was "Juror" for both jurors (the recogniser's "Juror 4" cut to the bare noun)
    text = "Verdict\n\nJuror 11 said the verdict was fair. Juror 4 said she had doubts.\n"
    record = pipeline.analyze(text)
    assert "Juror" not in _person_names(record)
    assert speaker_of(record, "she had doubts").name == "Juror 4"
