"""A pronoun whose cue interrupts the reported clause ('Young, he said, had …') does not stand
for a name of that clause, as 'He said Young had …' does not; a possessive in the clause may
still be the speaker's own. Every text here is invented for newsmine
(antecedents/interrupted_clauses.py)."""

from __future__ import annotations

from tests.conftest import speaker_of

_RACE = "Race tightens\n\nRep. Carl Young trails in the polls. His rival, Tom Reyes, leads.\n\n"


def test_the_subject_of_the_interrupted_clause_is_not_the_pronoun(pipeline):
    text = _RACE + 'Reyes spoke in Akron on Friday. Young, he said, had "no plan for the state." He said he would win.\n'
    assert speaker_of(pipeline.analyze(text), "no plan for the state").name == "Tom Reyes"


def test_a_possessor_in_the_interrupted_clause_may_be_the_pronoun(pipeline):
    # near miss: 'Young's plan, he said, …' may be Young's own plan; the subject before still speaks
    text = _RACE + "Young spoke in Akron on Friday. Young's plan, he said, would create jobs in every county.\n"
    assert speaker_of(pipeline.analyze(text), "create jobs in every county").name == "Carl Young"


def test_a_pronoun_cue_before_its_clause_is_unchanged(pipeline):
    # near miss: no interrupted clause; the subject of the sentence before speaks
    text = _RACE + "Young spoke in Akron on Friday. He said Reyes had no plan for the state.\n"
    assert speaker_of(pipeline.analyze(text), "no plan for the state").name == "Carl Young"


def test_a_name_describing_a_thing_in_the_interrupted_clause_may_be_the_pronoun(pipeline):
    # near miss: 'A Young presidency' names him only as a modifier; he may well speak of it
    text = _RACE + "Young spoke in Akron on Friday. A Young presidency, he said, would create jobs in every county.\n"
    assert speaker_of(pipeline.analyze(text), "create jobs in every county").name == "Carl Young"


def test_a_cue_after_a_clause_of_its_own_is_unchanged(pipeline):
    # near miss: the cue interrupts what follows a dash, not the clause naming Young, who speaks
    text = _RACE + "By evening Young was back to mocking Reyes - the plan, he said, was a fraud.\n"
    assert speaker_of(pipeline.analyze(text), "the plan").name == "Carl Young"
