"""A court reporter's transcript published as it is: a witness examined under 'BY MS. REYES:'
in 'Q. …' and 'A. …' paragraphs, and the judge's 'THE COURT: …' turns
(:mod:`newsmine.nlp.attribution.examinations`). probe47a's hearing had every question and
answer without a speaker (none was even a quote) and the court's turns given to the court, an
organisation, where the analyst counts the judge. Every text here is invented for newsmine.
"""

from __future__ import annotations

from newsmine.nlp.attribution.examinations import court_turns
from tests.conftest import speaker_of

DEPOSITION = """Deposition excerpt: ferry captain on the night of the collision

The following excerpt comes from the deposition of Harbor Line captain Erik Lund, taken in March. He was questioned by Nora Reyes, a lawyer for the families, before Judge Paula Grant.

BY MS. REYES:

Q. Mr. Lund, how many hours had you slept before the crossing?

A. About four. I had covered a shift for a colleague the night before.

Q. Did you tell the harbor office that you were tired?

A. I did not. Nobody asked, and I did not think it mattered.

THE COURT: Ms. Reyes, please keep to the night of the crossing.
"""


def test_an_examination_gives_questions_to_the_lawyer_and_answers_to_the_witness(pipeline):
    record = pipeline.analyze(DEPOSITION)
    assert speaker_of(record, "how many hours had you slept").name == "Nora Reyes"
    assert speaker_of(record, "About four").name == "Erik Lund"
    assert speaker_of(record, "Did you tell the harbor office").name == "Nora Reyes"
    assert speaker_of(record, "Nobody asked, and I did not think it mattered").name == "Erik Lund"


def test_the_court_is_the_one_judge_the_article_names(pipeline):
    assert speaker_of(pipeline.analyze(DEPOSITION), "please keep to the night").name == "Paula Grant"


def test_the_court_with_two_judges_named_is_not_given_to_either():
    # near miss: an appeal that names the trial judge and the appeal judge
    text = DEPOSITION.replace("before Judge Paula Grant.", "before Judge Paula Grant; Judge Omar Haddad heard the appeal.")
    assert not [turn for turn in court_turns(text, {"erik", "lund", "nora", "reyes"}) if text[turn.colon - 9 : turn.colon] == "THE COURT"]


def test_initials_opening_paragraphs_are_no_examination():
    # near misses: 'A.' and 'Q.' as initials of names in a list of candidates
    text = (
        "Candidates for the harbor board\n\nA. Ruiz, a ferry pilot, wants a second terminal.\n\n"
        "A. Berg, a retired teacher, wants lower fares.\n\nQ. Lam, a fisherman, has not said what he wants.\n"
    )
    assert court_turns(text, {"ruiz", "berg", "lam"}) == []


def test_an_examination_without_its_lawyer_or_witness_named_gives_no_turns():
    # near miss: questions and answers, but no 'BY …:' line and no witness addressed
    text = (
        "Ferry safety: your questions\n\nQ. How often are the ferries inspected?\n\nA. Every year, by the coast guard.\n\n"
        "Q. Who pays for it?\n\nA. The operator, out of the fares.\n"
    )
    assert court_turns(text, set()) == []
