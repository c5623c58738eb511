"""Session 43's merged rules read against news beyond politics (review43): a rule judged on
PolNeAR train that misfired on local, court, business, foreign and obituary copy, and the guard
that stops it. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes
from tests.conftest import speaker_of


# --- newcomers._one_named_next: a witness, a teacher, an analyst, then the official in charge


@pytest.mark.parametrize(
    ("text", "snippet", "other"),
    [
        (
            "Lockdown lifted at Eastvale High\n\n"
            "A teacher at the school said the children were calm during the lockdown. "
            "Superintendent Mark Ellison said classes would resume Thursday.\n",
            "were calm during the lockdown",
            "Mark Ellison",
        ),
        (
            "Harlow Foods shares slide\n\n"
            "An analyst at Barclays said the shares looked cheap after the fall. "
            "Laura Chen, the chief executive, said the company would buy back stock.\n",
            "looked cheap after the fall",
            "Laura Chen",
        ),
        (
            "Talks stall in Geneva\n\n"
            "A Kremlin adviser said the talks were going nowhere.\n\n"
            "Foreign Minister Sergei Lavrov told reporters in Geneva that Moscow was ready to meet again.\n",
            "were going nowhere",
            "Sergei Lavrov",
        ),
        (
            "Trial opens in Harlow\n\n"
            "A prosecutor told the jury the defendant had planned the killing for weeks.\n\n"
            "Defense attorney Sam Ortiz said his client acted in self-defense.\n",
            "had planned the killing",
            "Sam Ortiz",
        ),
        (
            "Crash on Route 9\n\n"
            "One of the survivors said the bus swerved before it hit the wall.\n\n"
            "Fire Chief Ana Lee said 12 people were taken to the hospital.\n",
            "the bus swerved",
            "Ana Lee",
        ),
    ],
)
def test_someone_described_is_not_the_official_titled_next(pipeline, text, snippet, other):
    # the next sentence opens with a person titled otherwise: a second person, not the first named
    speaker = speaker_of(pipeline.analyze(text), snippet)
    assert speaker.name != other


def test_a_friend_in_an_obituary_is_not_the_one_who_died(pipeline):
    text = (
        "Hardware merchant dies at 88\n\n"
        "A longtime friend said he was devoted to his grandchildren.\n\n"
        "Harold Benson, who died Sunday at 88, ran the hardware store on Main Street for 50 years.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "devoted to his grandchildren")
    assert speaker.name != "Harold Benson"


# --- context.raise_reports_over_asides: a participle that tells someone keeps its clause


def _quotes(nlp, sentence: str) -> list[tuple[str, str | None]]:
    """(content, cue) of each quote the whole pipeline keeps for ``sentence``."""
    text = sentence + "\n"
    return [(text[q.start : q.end], q.cue.text if q.cue else None) for q in find_quotes(nlp(text))]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The agency issued a recall, warning consumers in a notice posted Friday, that the pills may be contaminated.",
            "warning",
            "the pills may be contaminated",
        ),
        (
            "Officials closed the coastal highway, telling residents on Monday, that the storm would arrive by nightfall.",
            "telling",
            "the storm would arrive by nightfall",
        ),
        (
            "The senator voted against the bill, assuring constituents, in a letter sent Tuesday, that she supports veterans.",
            "assuring",
            "she supports veterans",
        ),
    ],
)
def test_a_telling_participle_keeps_its_that_clause(nlp, sentence, cue, content):
    # the clause stays the participle's (with or without whom it tells), not the verb's before
    assert any(c == cue and text.endswith(content) for text, c in _quotes(nlp, sentence))


# --- speaker_spans.person_titled_by_body: a body named for a person is still the body


def _speaker_texts(nlp, sentence: str) -> list[str | None]:
    """The speaker mention of each quote the whole pipeline keeps for ``sentence``."""
    return [q.speaker.text if q.speaker is not None else None for q in find_quotes(nlp(sentence + "\n"))]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The Committee to Elect Sheriff Bill Dunn said it raised $40,000 in March.", "Sheriff Bill Dunn"),
        ("The Ruth Adler Foundation for Senator Ruth Adler said the award was renamed.", "Senator Ruth Adler"),
    ],
)
def test_a_body_for_a_titled_person_speaks_itself(nlp, sentence, person):
    # the preposition is no part of the body's name: the committee or foundation is for the person
    assert _speaker_texts(nlp, sentence)[0] != person
