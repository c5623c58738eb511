"""Probe52's rules, each on invented political news (tests/test_probe52_beats.py holds the
probe itself), with near misses beside each where the rule must not fire:

- ``attribution/contrast_reports.py``: 'Whitfield said she had met the judge …, while Sen. Laura
  Benning … called the blockade "…"' — a contrasting clause with a reporting verb and a subject
  of its own is a second report, no part of the first one's content.

Every text here is invented for newsmine.
"""

from __future__ import annotations

_HEAD = "Senators split on court nominee\n\n"


def _contents(pipeline, text: str) -> list[str]:
    return [quote.text for quote in pipeline.analyze(text).quotes]


# --- a contrasting second report --------------------------------------------------------------


def test_a_while_clause_with_its_own_reporter_ends_the_content(pipeline):
    text = _HEAD + (
        "Sen. Joan Whitfield, a Republican from Kansas, said she had met the judge as a courtesy but would not "
        "change her mind, while Sen. Laura Benning, a Democrat from Oregon, called the blockade "
        '"the most cynical thing I have seen in twenty years here."\n'
    )
    assert "she had met the judge as a courtesy but would not change her mind" in _contents(pipeline, text)


def test_a_while_clause_with_a_plain_reporting_verb_ends_the_content(pipeline):
    text = _HEAD + (
        "A spokesman for Whitfield said the senator would vote against the nominee, while aides to Benning said "
        "she was still counting votes.\n"
    )
    contents = _contents(pipeline, text)
    assert "the senator would vote against the nominee" in contents, contents
    assert "she was still counting votes" in contents, contents


def test_a_while_clause_parallel_to_a_report_inside_the_content_is_kept(pipeline):
    # near miss: the poll's two findings, each with "said", are one content
    text = _HEAD + (
        "The poll found that 41 percent of voters said the Senate should hold hearings, while 52 percent said "
        "it should wait.\n"
    )
    contents = _contents(pipeline, text)
    assert any(content.endswith("52 percent said it should wait") for content in contents), contents


def test_a_while_clause_that_reports_nothing_is_kept(pipeline):
    # near miss: the contrast is part of what was said (no reporting verb in the clause)
    text = _HEAD + (
        "Sen. Joan Whitfield said the judge had a long record on the appeals court, while her rival had none.\n"
    )
    contents = _contents(pipeline, text)
    assert "the judge had a long record on the appeals court, while her rival had none" in contents, contents


def test_a_while_clause_with_a_verb_of_thought_is_kept(pipeline):
    # near miss: 'expect' reports a thought, often the content's own contrast
    text = _HEAD + (
        "Sen. Joan Whitfield said the Senate would confirm the judge by spring, while the White House "
        "expects a fight that lasts into the summer.\n"
    )
    contents = _contents(pipeline, text)
    assert not any(content == "the Senate would confirm the judge by spring" for content in contents), contents


def test_a_while_participle_of_the_same_speaker_is_left_to_the_model(pipeline):
    # near miss: 'while insisting …' has no subject of its own; the rule leaves it alone
    text = _HEAD + (
        "Sen. Joan Whitfield said she would meet the judge next week, while insisting that her vote had not "
        "changed.\n"
    )
    with_rule = _contents(pipeline, text)
    assert any(content.startswith("she would meet the judge next week") for content in with_rule), with_rule


# --- review52: a 'while' clause whose verb of saying reports nothing ---------------------------


def test_a_while_clause_whose_verb_of_writing_has_only_an_object_is_kept(pipeline):
    # 'wrote the bill' reports no words: the speaker's own contrast, part of what she said
    text = _HEAD + (
        "Mayor Dana Pruitt said that her opponent wanted to close the library, while she wrote the bill that "
        "kept it open.\n"
    )
    contents = _contents(pipeline, text)
    assert "her opponent wanted to close the library, while she wrote the bill that kept it open" in contents, contents


def test_a_while_clause_whose_verb_of_saying_has_only_an_infinitive_is_kept(pipeline):
    text = _HEAD + "Mayor Dana Pruitt said her rival had called for higher taxes, while she had promised to cut them.\n"
    contents = _contents(pipeline, text)
    assert "her rival had called for higher taxes, while she had promised to cut them" in contents, contents


def test_a_while_clause_with_a_claimed_clause_still_ends_the_content(pipeline):
    # guard: 'claims he raised it' reports a clause of its own, a second report
    text = _HEAD + "Mayor Dana Pruitt said the state had cut its aid by half, while the governor claims he raised it.\n"
    contents = _contents(pipeline, text)
    assert "the state had cut its aid by half" in contents, contents
