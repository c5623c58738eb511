"""'The administration': the sitting president's, named by the president's surname."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_the_administration_is_the_presidents_not_the_vice_presidents(pipeline):
    # Hale, titled vice president, is named more often than the president before "the
    # administration": it is still Quinn's (and never "Jr. administration").
    text = (
        "New rule on overtime\n\n"
        "President Mara Quinn ordered the Labor Department to write the rule in 2024. Vice "
        "President Tom Hale Jr. toured a plant in Ohio on Wednesday to promote it. Hale met "
        "workers there. Hale also spoke to managers.\n\n"
        "The administration said the rule would lift the pay of four million workers.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "lift the pay").name == "Quinn administration"


def test_an_administration_is_named_by_the_presidents_surname_not_his_suffix(pipeline):
    text = (
        "New rule on overtime\n\n"
        "President Tom Hale Jr. ordered the Labor Department to write the rule in 2024. Hale "
        "toured a plant in Ohio on Wednesday to promote it.\n\n"
        "The administration said the rule would lift the pay of four million workers.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "lift the pay").name == "Hale administration"
