"""Session 45 (seen45c): two of the reviewers' faults on invented news, each with near-misses
that must stay as they were.

- "Morita himself said little": a lone amount as the cue's object says how much was said, not
  what ("said little about the plan" keeps its topic, "said the plan was dead" its clause);
- "addressed the crowd of 40,000": the audience 'address' speaks to is no content ("addressed
  the controversy", "addressed her concerns" keep theirs);
- "Consumer groups said": a bare plural of an organisation noun after words saying what kind
  is bodies nobody named, an unnamed source ("Consulting firms like Brandt Partners" are named
  by example and stay as they were);
- "the Briton said": a one-word "person" the article always writes after "the" is a demonym,
  the player just named ("Councillor Alan Briton" stays a name).
"""

from __future__ import annotations

from tests.conftest import speaker_of


def _quotes(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.analyze(text).quotes]


def test_a_lone_amount_said_is_no_content(pipeline):
    # was a quote 'little' (and 'nothing') from Morita and Kato
    text = (
        "Trade talks stall\n\n"
        "The talks in Osaka ended without a deal on Tuesday. Minister Kenji Morita himself said little. "
        "His deputy, Aiko Kato, said nothing.\n\n"
        "Aides said the minister was tired after three days of meetings.\n"
    )
    quotes = _quotes(pipeline, text)
    assert not any(q.strip(" .") in ("little", "nothing") for q in quotes), quotes
    assert any("the minister was tired" in q for q in quotes), quotes


def test_what_is_said_about_a_topic_keeps_its_content(pipeline):
    text = (
        "Port deal in doubt\n\n"
        "Harbour chief Lena Ruiz said little about the port plan on Monday, but said the dredging was "
        '"months behind."\n'
    )
    quotes = _quotes(pipeline, text)
    assert any("months behind" in q for q in quotes), quotes


def test_the_audience_addressed_is_no_content(pipeline):
    # was a quote 'the crowd of 40,000 on Saturday' and 'a rally of farmers'
    text = (
        "Rally draws thousands\n\n"
        "Senator Ann Ross addressed the crowd of 40,000 on Saturday. Her rival, Tom Hale, addressed a rally "
        "of farmers in Dover.\n\n"
        "Ross told reporters the turnout was a message to Washington.\n"
    )
    quotes = _quotes(pipeline, text)
    assert not any(q.startswith(("the crowd", "a rally")) for q in quotes), quotes
    assert any("the turnout was a message" in q for q in quotes), quotes


def test_what_is_addressed_stays_a_content(pipeline):
    text = (
        "Mayor answers critics\n\n"
        "Mayor Joan Pike addressed the housing shortage at length on Tuesday, and later addressed the "
        "concerns of tenants in the north of the city.\n"
    )
    quotes = _quotes(pipeline, text)
    assert any(q.startswith("the housing shortage") for q in quotes), quotes


def test_a_kind_of_bodies_unnamed_is_an_unnamed_source(pipeline):
    # was unresolved
    text = (
        "Berry recall widens\n\n"
        "Northfield Orchards recalled 40,000 bags of frozen berries on Monday. Consumer groups said the recall "
        "had come too late. Environmental groups said the orchard's wells should be tested.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("come too late", "wells should be tested"):
        speaker = speaker_of(record, snippet)
        assert speaker.kind == "anonymous", (snippet, speaker.text, speaker.kind)


def test_bodies_named_by_example_are_not_made_unnamed(pipeline):
    text = (
        "Hiring by simulation\n\n"
        "Consulting firms like Brandt Partners said the tests picked better staff than interviews did.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "picked better staff")
    assert speaker.kind != "anonymous", (speaker.text, speaker.kind)


def test_a_demonym_tagged_a_person_is_the_player_just_named(pipeline):
    # was a person named "Briton" (the recogniser tags "Briton" a person, not a nationality)
    text = (
        "Murray through\n\n"
        'Andy Murray won in four sets on Tuesday. "I felt good," the Briton said.\n\n'
        "The Briton, 31, said his back was fine.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("I felt good", "his back was fine"):
        assert speaker_of(record, snippet).name == "Andy Murray", snippet


def test_a_surname_like_a_demonym_stays_a_name(pipeline):
    text = "Council vote\n\nCouncillor Alan Briton said the budget was fair. Briton said he would vote for it.\n"
    assert speaker_of(pipeline.analyze(text), "budget was fair").name == "Alan Briton"
