"""The checks the probe tests (``tests/test_probe*.py``) run on the records of their invented
articles, one copy each.

A probe file lists cases — an article, a snippet of one of its quotes and what the probe wrote
down for it — and runs one of these checks on each case. Until session 52 every probe file kept
its own copy of the check's body; the copies here are those bodies, unchanged. Checks that look
alike but read a case differently stay apart, because the probes' expectations were written for
them:

- which quote a snippet names: the first one holding it (the probes of sessions 43–47 and 49–50,
  written before nested quotations were quotes of their own) or the shortest one holding it,
  line breaks read as spaces (47a, 48, 51: a nested quotation or hearsay inside a turn is a quote
  beside the one holding it);
- how the expected speaker reads: one name, or "anonymous" for an unnamed source
  (:func:`tests.conftest.assert_speaker_is`, sessions 43–48), or the ``|``-separated answers with
  a mention class (:func:`speaker_matches`, session 47c on).

``pytest.register_assert_rewrite`` in ``conftest.py`` gives the assertions here pytest's
explanations, as they had in the test files.
"""

from __future__ import annotations

import re

from newsmine.evaluate.characters import gold_chars, gold_gaps, span_chars
from newsmine.evaluate.gold import GoldAttribution
from tests.conftest import assert_speaker_is, flat, read_probe_articles, shortest_quote_holding, speaker_of

# What a quote's text may open with before the words a no-quote case names: quotation marks,
# a parenthesis (a parenthetical quotation) and spaces.
_OPENERS = "\"'“”‘’( "
_ENDS = " \t\n\"'“”‘’,.;:"


def speaker_matches(speaker, expected: str) -> bool:
    """Whether ``speaker`` is one of the ``|``-separated answers of ``expected``; "anonymous"
    (a null referent) is met, as the speaker scorer meets it, by an unnamed source or by a
    speaker left without a name ("The county's emergency management office" an organisation
    nobody names)."""
    for answer in expected.split("|"):
        if answer == "anonymous" and (speaker.kind == "anonymous" or speaker.name is None):
            return True
        if speaker.name == answer:
            return True
    return False


# Speakers.


def assert_speaker_named(records, article, snippet, speaker) -> None:
    """The first quote holding ``snippet`` has the speaker ``speaker`` names: one name, or
    "anonymous" (:func:`tests.conftest.assert_speaker_is`)."""
    assert_speaker_is(speaker_of(records[article], snippet), speaker)


def assert_shortest_speaker_named(records, article, snippet, speaker) -> None:
    """The shortest quote holding ``snippet`` has the speaker ``speaker`` names (one name, or
    "anonymous")."""
    quote = shortest_quote_holding(records[article], snippet)
    assert quote.speaker is not None, f"the quote holding {snippet!r} has no speaker"
    assert_speaker_is(quote.speaker, speaker)


def assert_first_speaker(records, article, snippet, speaker, mention_class) -> None:
    """The first quote holding ``snippet`` has one of the speakers ``speaker`` answers
    (:func:`speaker_matches`); ``mention_class`` is said when it has not."""
    found = speaker_of(records[article], snippet)
    assert speaker_matches(found, speaker), (mention_class, found.text, found.name, found.kind)


def assert_speaker(records, article, snippet, speaker, mention_class) -> None:
    """The shortest quote holding ``snippet`` has one of the speakers ``speaker`` answers
    (:func:`speaker_matches`); ``mention_class`` is said when it has not."""
    quote = shortest_quote_holding(records[article], snippet)
    found = quote.speaker
    assert found is not None, f"the quote {quote.text!r} has no speaker"
    assert speaker_matches(found, speaker), (mention_class, found.text, found.name, found.kind)


def assert_not_the_speaker(records, article, snippet, wrong) -> None:
    """No quote holding ``snippet`` has ``wrong`` as its speaker's words or name."""
    for quote in records[article].quotes:
        if snippet in quote.text and quote.speaker is not None:
            assert wrong not in (quote.speaker.text, quote.speaker.name)


def assert_addressee(records, article, snippet, words) -> None:
    """The first quote holding ``snippet`` has an addressee whose words hold ``words``."""
    found = [q for q in records[article].quotes if snippet in q.text]
    assert found and found[0].addressee is not None and words in found[0].addressee.text, [
        (q.text, q.addressee) for q in found
    ]


# Contents.


def _bare(text: str) -> str:
    """``text`` as the comparison of contents reads it: one space for each run of whitespace,
    without quotation marks or the punctuation that closes a quotation at either end."""
    return flat(text).strip(_ENDS)


def _contents(quote) -> set[str]:
    """The extents a quote's content may be compared on: all its parts joined, or the part that
    is one quotation of a run ('"A," she said. "B."' is one quote of two parts, each part the
    content of a quotation as the probe wrote it)."""
    return {_bare(" ".join(part.text for part in quote.parts))} | {_bare(part.text) for part in quote.parts}


def assert_content(records, article, snippet, content) -> None:
    """The shortest quote holding ``snippet`` has as its content one of the extents the probe
    wrote (`` || `` between them)."""
    quote = shortest_quote_holding(records[article], snippet)
    assert _contents(quote) & {_bare(extent) for extent in content.split(" || ")}, quote.text


# Words that are no quote.


def assert_no_quote(records, article, words) -> None:
    """Neither a quote of ``words`` alone nor one opening with them (a full stop or comma
    closing ``words`` left out: the quote may end the sentence elsewhere)."""
    for quote in records[article].quotes:
        assert not quote.text.strip(_OPENERS).startswith(words.rstrip(".,")), quote.text


def assert_no_whole_quote(records, article, words) -> None:
    """No quote is ``words`` alone, quotation marks aside (a title, a name in quotation marks:
    a quote opening with the words, as a sentence quoted whole does, is allowed)."""
    assert all(quote.text.strip("\"'“”‘’ ") != words for quote in records[article].quotes)


def assert_no_quote_holding(records, article, words) -> None:
    """No quote holds ``words`` (line breaks read as spaces), and none has them as its speaker
    (a transcript's speaker label, a page's furniture)."""
    for quote in records[article].quotes:
        assert words not in flat(quote.text), quote.text
        assert quote.speaker is None or words not in flat(quote.speaker.text), (quote.text, quote.speaker.text)


# Contents by overlap, as the shared scorer (attrib_score.py) matches them.

# Between the parts of a content a credit interrupts, as a probe writes it.
PART_GAP = " … "


def content_spans(text: str, extent: str) -> list[tuple[int, int]]:
    """The character spans of ``extent`` in ``text`` (its parts, :data:`PART_GAP` between them,
    each found after the one before); empty when a part is not in ``text`` or the first part
    stands there more than once. A space of ``extent`` matches any run of whitespace, so that a
    content is written once, on one line, for an article hard-wrapped at 70 columns (probe65's
    ``rescue``)."""
    patterns = [_spaced_pattern(part) for part in extent.split(PART_GAP)]
    if len(patterns[0].findall(text)) != 1:
        return []
    spans, at = [], 0
    for pattern in patterns:
        found = pattern.search(text, at)
        if found is None:
            return []
        at = found.end()
        spans.append(found.span())
    return spans


def _spaced_pattern(part: str) -> re.Pattern[str]:
    """``part`` as a pattern whose spaces match any run of whitespace."""
    return re.compile(r"\s+".join(re.escape(word) for word in part.split(" ")))


def assert_expected_contents_stand(folder, cases) -> None:
    """Each case's expected content (its last field, `` || `` between accepted extents) is found
    in its article ``folder/<article>.txt``, the first part once only, and holds the case's
    snippet (its second field): a typo in a hand-written expectation fails here, not as a miss."""
    texts = read_probe_articles(folder, cases)
    for article, snippet, *_, content in cases:
        for extent in content.split(" || "):
            assert content_spans(texts[article], extent), (article, snippet, extent)
        assert snippet in content, (article, snippet)


def overlap(text: str, gold: list[tuple[int, int]], start: int, end: int) -> float:
    """The scorer's intersection over union between gold spans and a predicted span
    (:mod:`newsmine.evaluate.characters`: trimmed edges, non-space characters, the characters
    between the gold's parts not held against the prediction)."""
    attribution = GoldAttribution(content=gold)
    gold_set = gold_chars(text, attribution)
    predicted = span_chars(text, start, end) - gold_gaps(attribution)
    union = gold_set | predicted
    return len(gold_set & predicted) / len(union) if union else 0.0


def best_overlapping_quote(text: str, record, content: str):
    """The quote of ``record`` overlapping best one of the extents ``content`` accepts (`` || ``
    between them), with that overlap; (None, 0.0) when no quote overlaps."""
    best, best_overlap = None, 0.0
    for extent in content.split(" || "):
        gold = content_spans(text, extent)
        for quote in record.quotes:
            found = overlap(text, gold, quote.start, quote.end)
            if found > best_overlap:
                best, best_overlap = quote, found
    return best, best_overlap


def overlapping_quote(records, article, content):
    """The quote of ``article`` (``records`` by name: (text, record)) that best overlaps the
    expected ``content``, asserted to overlap it by half at least, as the shared scorer counts a
    content found (the probes of sessions 61 and 64)."""
    text, record = records[article]
    quote, found = best_overlapping_quote(text, record, content)
    assert found >= 0.5, (found, quote.text if quote else None)
    return quote


def assert_overlapping_speaker(records, article, content, speaker) -> None:
    """The quote overlapping ``content`` by half at least has a speaker :func:`speaker_matches`
    accepts for ``speaker``."""
    quote = overlapping_quote(records, article, content)
    found = quote.speaker
    assert found is not None, quote.text
    assert speaker_matches(found, speaker), (found.text, found.name, found.kind)


# Words of a cue phrase that alone name no cue ('in' and 'a' of 'said in a statement').
_CUE_FUNCTION_WORDS = frozenset({"a", "an", "the", "in", "to", "of", "on", "at", "for", "as"})


def cue_matches(found: str, expected: str) -> bool:
    """Whether newsmine's cue ``found`` is the phrase PolNeAR marks, or one word of it that names a
    cue alone ('statement' of 'said in a statement', 'liked' of 'liked to say'); review64a took
    the function words out of that leniency, which had let 'in' or 'a' pass. Moved here from the
    probe64 test when probe65 needed it too."""
    found_words, expected_words = found.lower().split(), expected.lower().split()
    if found_words == expected_words:
        return True
    return len(found_words) == 1 and found_words[0] in expected_words and found_words[0] not in _CUE_FUNCTION_WORDS


def assert_overlapping_cue(records, article, content, cue) -> None:
    """The quote overlapping ``content`` by half at least has a cue :func:`cue_matches` accepts
    for ``cue`` (the probes of sessions 64 and 65)."""
    quote = overlapping_quote(records, article, content)
    assert quote.cue is not None, quote.text
    assert cue_matches(quote.cue.text, cue), quote.cue.text


def assert_date_value(records, article, expression, values) -> None:
    """A date of ``article`` whose text holds ``expression`` (or lies inside it) has one of the
    ``|``-separated ``values`` (the probes of sessions 64 and 65)."""
    _, record = records[article]
    found = [date for date in record.dates if expression in date.text or date.text in expression]
    assert found, [(date.text, date.value) for date in record.dates]
    assert any(date.value in values.split("|") for date in found), [(date.text, date.value) for date in found]


def assert_dated_and_bylined(records, year: str) -> None:
    """Each article of ``records`` (by name: (text, record)) has its date line read as a
    publication date in ``year`` and its byline as its authors (the probes of sessions 64 and 65)."""
    for article, (_, record) in records.items():
        assert record.published and record.published.startswith(f"{year}-"), (article, record.published)
        assert record.authors, article
