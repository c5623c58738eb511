"""A speaker named after the cue ('…, said Tomas Berg, chairman of …') is never a content of
its own. When the tagger reads the content's verb as a noun ('The rejection of the treaty
signals …': 'signals' a noun), the parser hangs the content's subject on 'said' beside the
speaker, and the rest of the sentence after the cue (the name and its apposition) was
proposed as what was said. Set inside the content ('X, said Karl Jensen, an expert …, would
read …'), the source was the start of the content after the cue; the content is now the
subject before the cue and the words after the source's phrase. Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _quotes(nlp, sentence: str) -> list[tuple[str, str | None]]:
    """(content, speaker mention) of each quote the whole pipeline keeps for ``sentence``."""
    text = sentence + "\n"
    return [(text[q.start : q.end], q.speaker.text if q.speaker is not None else None) for q in find_quotes(nlp(text))]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'The rejection of the harbour treaty signals "the beginning of the end" for the fishing fleet, said Tomas Berg, chairman of the fishermen\'s association.',
            "Tomas Berg",
        ),
        (
            'The promise to "open the waterfront" and "bring jobs back" appeals to older residents who remember the busy docks, said Marta Lindqvist, a historian at Bayview College.',
            "Marta Lindqvist",
        ),
    ],
)
def test_the_name_after_said_is_no_content(nlp, sentence, name):
    contents = [content for content, _ in _quotes(nlp, sentence)]
    assert contents
    assert not any(content.startswith(name) for content in contents)


def test_the_clause_before_the_cue_is_the_named_speakers(nlp):
    quotes = _quotes(
        nlp,
        'The rejection of the harbour treaty signals "the beginning of the end" for the fishing fleet, said Tomas Berg, chairman of the fishermen\'s association.',
    )
    assert quotes == [('The rejection of the harbour treaty signals "the beginning of the end" for the fishing fleet', "Tomas Berg")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Last month, 31 percent of the riders said the same.", "31 percent of the riders"),
        # the parse hangs 'same' (an adjective) on 'said' as a second subject: no speaker after the cue
        ("In April, 48 percent said the same.", "48 percent"),
    ],
)
def test_what_follows_a_subject_before_the_cue_stays_the_content(nlp, sentence, speaker):
    # 'the same' is no speaker after the cue: the subject before it speaks
    assert _quotes(nlp, sentence) == [("the same", speaker)]


@pytest.mark.parametrize(
    ("sentence", "parts", "speaker"),
    [
        (
            "Any honest reading of the mayor's actions, said Karl Jensen, an expert on ports at the Marine Institute, would read this as a retreat.",
            ["Any honest reading of the mayor's actions", "would read this as a retreat"],
            "Karl Jensen",
        ),
        (
            "And the mayor, said Okafor, who remains friendly with her former boss, does not forgive or forget.",
            ["And the mayor", "does not forgive or forget"],
            "Okafor",
        ),
    ],
)
def test_a_source_set_after_the_cue_inside_the_content_is_left_out(nlp, sentence, parts, speaker):
    text = sentence + "\n"
    (quote,) = find_quotes(nlp(text))
    assert [text[a:b] for a, b in quote.parts] == parts
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_source_before_the_cue_keeps_its_two_parts(nlp):
    text = "The ferry, Okafor said, runs late every day.\n"
    (quote,) = find_quotes(nlp(text))
    assert [text[a:b] for a, b in quote.parts] == ["The ferry", "runs late every day"]
