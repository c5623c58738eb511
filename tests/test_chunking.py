"""Long articles parsed in pieces, and long whitespace-free runs tokenised by newsmine."""

from __future__ import annotations

import pytest

from newsmine import Article, Pipeline
from newsmine.chunking import LONG_RUN_CHARS, chunk_bounds, count_tokens, make_doc, parse_in_chunks
from newsmine.records import Status

# Invented article: several paragraphs, people named early and quoted (by pronoun) later.
ARTICLE = """Harbour board approves pier rebuild

Eastmere's harbour board voted on Tuesday to rebuild the old ferry pier, ending a dispute that had run since 2019.

Mayor Maria Reyes, who chairs the board, said the work would start in May and take two years.

"We are finally ready to build," Reyes told reporters after the vote. "The money is there."

Tom Okafor, the leader of the Ferry Union, welcomed the decision but warned about costs.

"Every delay so far has cost the town money," he said. "We will watch the budget closely."

The Port Authority said it would publish the contracts next month.

"This pier matters to every family here," she said on Wednesday.
"""


def test_pieces_tile_the_text_and_cut_at_paragraph_breaks():
    bounds = chunk_bounds(ARTICLE, 300)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(ARTICLE)
    assert all(end == next_start for (_, end), (next_start, _) in zip(bounds, bounds[1:]))
    assert all(end - start <= 300 for start, end in bounds)
    for _, end in bounds[:-1]:
        assert ARTICLE[end - 2 : end] == "\n\n"  # every piece ends with a paragraph break


def test_text_without_breaks_is_cut_at_sentence_ends_then_spaces_then_anywhere():
    sentences = "The board met. It voted. " * 20
    assert all(sentences[end - 2 : end] == ". " for _, end in chunk_bounds(sentences, 60)[:-1])
    words = "pier " * 100
    assert all(words[end - 1] == " " for _, end in chunk_bounds(words, 60)[:-1])
    letters = "a" * 1000
    assert chunk_bounds(letters, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]


def test_a_long_whitespace_free_run_becomes_short_tokens_and_the_text_is_unchanged(nlp):
    text = 'She said: "' + "(" * 5000 + '" and left. Then ' + "😀" * 3000 + " more " + "x" * 250
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert max(len(token) for token in doc) <= LONG_RUN_CHARS
    # spaCy's tokenizer would split the brackets one by one (5,000 tokens, and seconds of
    # time growing with the square of the run); newsmine makes pieces of LONG_RUN_CHARS.
    assert len(doc) < 200
    assert [t.text for t in doc[:3]] == ["She", "said", ":"]  # outside the run, spaCy's tokens


def test_ordinary_text_is_tokenised_exactly_as_spacy_does(nlp):
    assert [(t.text, t.whitespace_) for t in make_doc(nlp, ARTICLE)] == [(t.text, t.whitespace_) for t in nlp.make_doc(ARTICLE)]


def test_pieces_join_into_one_doc_with_offsets_into_the_article(nlp):
    doc = parse_in_chunks(nlp, ARTICLE, 300)
    assert doc.text == ARTICLE
    starts = [start for start, _ in chunk_bounds(ARTICLE, 300)]
    sentence_starts = {sent.start_char for sent in doc.sents}
    assert set(starts) <= sentence_starts  # no sentence runs across a cut
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")


def _named_mentions(record) -> list[tuple[str, str, list[tuple[int, int]]]]:
    return [(e.name, e.label, [(m.start, m.end) for m in e.mentions]) for e in record.entities]


def test_an_article_parsed_in_pieces_is_analysed_as_one_article(pipeline):
    whole = pipeline.analyze(ARTICLE, published="2025-03-11")
    bounds = chunk_bounds(ARTICLE, 200)
    pieces = Pipeline(pipeline.nlp, chunk_chars=200).analyze(ARTICLE, published="2025-03-11")
    assert len(bounds) >= 4
    assert pieces.status is Status.ok and pieces.text == ARTICLE
    # Entity recognition and dates look at a few words around each token: cutting at
    # paragraph breaks changes nothing there.
    assert _named_mentions(pieces) == _named_mentions(whole)
    assert [(d.start, d.end, d.value) for d in pieces.dates] == [(d.start, d.end, d.value) for d in whole.dates]
    # newsmine's components saw one article: Reyes is one entity with mentions in several
    # pieces, and "she" in the last piece resolves to her, named two pieces earlier.
    [reyes] = [e for e in pieces.entities if e.name == "Maria Reyes"]
    piece_of = lambda offset: next(k for k, (start, end) in enumerate(bounds) if start <= offset < end)  # noqa: E731
    assert len({piece_of(m.start) for m in reyes.mentions + reyes.references}) >= 2
    last_quote = pieces.quotes[-1]
    assert last_quote.text.startswith("This pier matters")
    assert (last_quote.speaker.text, last_quote.speaker.name) == ("she", "Maria Reyes")
    assert piece_of(last_quote.start) - piece_of(reyes.mentions[0].start) >= 2


def test_a_failure_while_parsing_in_pieces_costs_that_article_only(pipeline, monkeypatch):
    import newsmine.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(newsmine.pipeline, "parse_in_chunks", broken)
    small = Pipeline(pipeline.nlp, chunk_chars=300)
    long_article = Article(id="long", text=ARTICLE)
    short_article = Article(id="short", text="Mayor Dana Reyes spoke on Tuesday.")
    first, second = small.process([long_article, short_article])
    assert (first.id, first.status, first.error.type) == ("long", Status.error, "ProcessingError")
    assert "RuntimeError: boom" in first.error.message and "please report" in first.error.message
    assert (second.id, second.status) == ("short", Status.ok)


@pytest.mark.parametrize("chunk_chars", [1, 0])
def test_pieces_of_fewer_than_two_characters_are_refused(chunk_chars):
    with pytest.raises(ValueError):
        chunk_bounds(ARTICLE, chunk_chars)


def test_tokens_are_counted_piece_by_piece_as_far_as_the_limit(nlp):
    lines = "\n".join("abcdefghij"[i % 10] for i in range(3_000))  # 5,999 tokens: letters and line breaks
    assert count_tokens(nlp, lines, 10_000, chunk_chars=1_000) == len(nlp.make_doc(lines)) == 5_999
    assert 100 < count_tokens(nlp, lines, 100, chunk_chars=1_000) <= 100 + 1_000  # stops after the first piece past it


# The token budget (CHARS_PER_TOKEN): text far denser in tokens than prose is refused before
# parsing; prose, lists and tables of the same length are analysed. max_chars 2,000: 500 tokens.
_PROSE = ("Mayor Ada Okafor said on Tuesday that the harbour board would rebuild the ferry pier. "
          '"We are ready," she told reporters in Eastmere.\n\n')
_RESULTS = "".join(f"{name} {votes:,}\n" for name, votes in [("Okafor", 1234), ("Reyes", 987), ("Stone", 45)] * 40)


@pytest.mark.parametrize(("text", "refused"), [
    ("\n".join("abcdefghij"[i % 10] for i in range(600)), True),  # 600 one-letter lines: 1,199 tokens
    (" ".join("x" * 700), True),  # 700 single letters on one line
    ((_PROSE * 20)[:1_990], False),  # news prose: about one token per 5 characters
    (_RESULTS[:1_990], False),  # a results table: short lines, but words and numbers (one token per 4)
    ("\n".join("abcdefghij"[i % 10] for i in range(240)), False),  # dense but short: within the budget
])
def test_text_denser_in_tokens_than_prose_can_be_is_refused_before_parsing(nlp, text, refused):
    record = Pipeline(nlp, max_chars=2_000).analyze(text)
    assert (record.status.value == "error") == refused, record.error
    if refused:
        assert record.error.type == "InputTooLarge" and "one token per 4 characters" in record.error.message


def test_text_dense_in_tokens_is_parsed_in_pieces_of_as_many_tokens_as_prose_would_hold(nlp):
    from newsmine.chunking import _token_bounded_pieces, chunk_tokens

    lines = "\n".join("abcdefghij"[i % 10] for i in range(150))  # 299 characters, 299 tokens
    pieces = _token_bounded_pieces(nlp, lines, 400)  # 400 characters of prose: 100 tokens at most
    assert "".join(piece.text_with_ws for piece in pieces) == lines
    assert len(pieces) >= 3 and all(len(piece) <= chunk_tokens(400) == 100 for piece in pieces)
    doc = parse_in_chunks(nlp, lines, 400)
    assert doc.text == lines and len(doc) == 299
