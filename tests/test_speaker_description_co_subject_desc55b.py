"""A description just after a person named as a subject's conjunct, seen in session 55
(desc55b; an extra-desc article: "… he and <the candidate> still speak frequently, with the
candidate seeking his advice" went to the campaign's most-named other person). The person named
beside the subject "he" is as good an antecedent as the subject itself
(``people._description_prefers``); a conjunct of an object is not. Every text here is invented
for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

_LEAD = (
    "Harlow race shakes up campaign staff.\n\n"
    "Ann Ruiz is running for governor of Harlow. Her campaign hired Tom Avery and Paul Grant last spring. "
    "Paul Grant, a pollster, said on Monday that the race was close. Mr. Grant said turnout would decide it. "
    "Mr. Grant added that voters were tired of negative ads. "
    "Mr. Avery, her former campaign manager, was fired in May after clashes with the staff. "
    "Mr. Avery, now a radio commentator, has denied wrongdoing, and "
)
_END = ", with the candidate saying she values his advice on rural voters.\n"


def test_the_candidate_named_beside_the_subject_is_the_candidate(pipeline):
    text = _LEAD + "he and Ms. Ruiz still speak often" + _END
    assert speaker_of(pipeline.analyze(text), "values his advice").name == "Ann Ruiz"


def test_a_conjunct_of_an_object_is_not_taken(pipeline):
    # near miss: "Mr. Grant and Ms. Ruiz" are objects here, named in passing
    text = _LEAD + "he often thanks Mr. Grant and Ms. Ruiz" + _END
    assert speaker_of(pipeline.analyze(text), "values his advice").name is None


def test_a_pollster_beside_the_subject_is_no_candidate(pipeline):
    # near miss: the co-subject is the pollster, whom the description does not fit
    text = _LEAD + "he and Mr. Grant still speak often" + _END
    assert speaker_of(pipeline.analyze(text), "values his advice").name is None


# review55e: a conjunct the sentence denies is not named beside the subject. Here the
# candidate is Mr. Avery; a Mr. Lane named as a co-subject would be taken by design, but not
# one the sentence rules out.
_LEAD_MANAGER = (
    "Harlow race shakes up campaign staff.\n\n"
    "Tom Avery is running for governor of Harlow. His campaign hired Ann Ruiz and Paul Grant last spring. "
    "Paul Grant, a pollster, said on Monday that the race was close. Mr. Grant said turnout would decide it. "
    "Ms. Ruiz, his campaign manager, was praised in May by the staff. "
)
_END_MANAGER = ", with the candidate saying he values her advice on rural voters.\n"


def test_a_denied_conjunct_of_the_subject_is_not_taken(pipeline):
    text = _LEAD_MANAGER + "She, and not Mr. Lane, ran the field office" + _END_MANAGER
    assert speaker_of(pipeline.analyze(text), "values her advice").name is None


def test_a_conjunct_denied_with_never_is_not_taken(pipeline):
    text = _LEAD_MANAGER + "She, and never Mr. Lane, ran the field office" + _END_MANAGER
    assert speaker_of(pipeline.analyze(text), "values her advice").name is None


def test_a_co_subject_of_a_negated_verb_is_still_taken(pipeline):
    # near miss: the verb is denied, not the conjunct: Mr. Lane is named beside "she" and
    # counts like the subject, as "She and Mr. Lane ran the field office" does
    text = _LEAD_MANAGER + "She and Mr. Lane did not run the field office" + _END_MANAGER
    assert speaker_of(pipeline.analyze(text), "values her advice").name == "Lane"
