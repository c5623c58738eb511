"""Speaker constructions that stand for a named entity: "all of whom" after a list of
people (the first of them).

Every article here is invented for newsmine; each test asserts the resolved name of the
quote that matters, checked by reading the text.
"""

from __future__ import annotations

from newsmine.records import ArticleRecord, Speaker


def _speaker_of(record: ArticleRecord, snippet: str) -> Speaker:
    found = [q for q in record.quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    assert found[0].speaker is not None, f"the quote holding {snippet!r} has no speaker"
    return found[0].speaker


def test_all_of_whom_stands_for_the_first_of_the_people_listed(pipeline):
    # The gold's convention for a group of named people is its first named member.
    text = (
        "Sanctions bill gains support\n\n"
        "The bill's sponsor has teamed up with Sens. Laura Brandt, Peter Okafor and Dana Welles, "
        "all of whom said the old agreement had failed.\n"
    )
    record = pipeline.analyze(text)
    assert _speaker_of(record, "agreement had failed").name == "Laura Brandt"


def test_some_of_whom_names_nobody(pipeline):
    text = (
        "Sanctions bill gains support\n\n"
        "The bill's sponsor has teamed up with Sens. Laura Brandt, Peter Okafor and Dana Welles, "
        "some of whom said the old agreement had failed.\n"
    )
    record = pipeline.analyze(text)
    assert _speaker_of(record, "agreement had failed").name != "Laura Brandt"
