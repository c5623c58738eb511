"""Long and hostile texts -> one parsed ``Doc`` whose character offsets index the original text.

Two things make spaCy slow or hungry on real-world junk, and this module works around both
without ever changing the text:

- **Length.** The parser and the entity recogniser need memory in proportion to the
  length of the Doc they are given (about 0.8 GB for 200,000 characters with the small
  English model), and spaCy refuses texts over ``nlp.max_length``. An article longer than
  ``chunk_chars`` (default :data:`CHUNK_CHARS`) is cut into pieces of at most that many
  characters — at a paragraph break if the second half of the piece has one, else a line
  break, a sentence end, a space, and only as a last resort anywhere — and each piece goes
  through the model's own components (tagger, parser, NER...) on its own. The pieces
  concatenate exactly to the article text, so ``Doc.from_docs`` joins the parsed pieces
  into one Doc whose offsets are offsets into the article, and newsmine's components
  (entities, dates, quotes) then see the whole article at once: entities cluster and
  speakers resolve across pieces. Sentences never cross a cut; since cuts fall at paragraph
  breaks in news text, that costs nothing in practice.
- **Long runs without whitespace.** spaCy's tokenizer strips prefixes and suffixes one
  at a time, copying the rest of the run each time: a run of 10,000 quotation marks, brackets or
  emoji takes tens of seconds (time grows with the square of the run). Runs longer than
  :data:`LONG_RUN_CHARS` are tokenised here instead: word characters and other characters
  become separate tokens of at most :data:`LONG_RUN_CHARS` characters. Real prose has no
  such runs (long URLs are the exception, and they are split harmlessly).

Articles without either problem are tokenised by ``nlp.make_doc`` as usual, so their
analysis is exactly what spaCy gives.

What the model costs grows with the number of tokens, not characters: news prose has one
token for every 5 characters or so, while a million two-character lines have two tokens
(word and line break) for every 3 and took spaCy alone 15 times as long as prose of that
length. :func:`count_tokens` counts an article's tokens, piece by piece and only as far as
a budget, so that the pipeline can refuse one denser than prose could ever be before
parsing it (:data:`CHARS_PER_TOKEN`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsmine.errors import ArticleTimeout
from newsmine.nlp.model import NEWSMINE_COMPONENTS

__all__ = [
    "CHARS_PER_TOKEN",
    "CHUNK_CHARS",
    "ComponentFailed",
    "LONG_RUN_CHARS",
    "chunk_bounds",
    "chunk_tokens",
    "count_tokens",
    "make_doc",
    "parse_in_chunks",
    "run_components",
    "split_pipeline",
]

CHUNK_CHARS = 50_000
LONG_RUN_CHARS = 100
# An article may hold at most one token for every this many characters of its --max-chars:
# 500,000 tokens at the default 2,000,000. News prose has one per 5 characters (the densest
# of 1,093 PolNeAR and TimeBank texts: one per 3.95, a short one), so only text that is not
# prose (a million short lines, a list of single letters) comes near it.
CHARS_PER_TOKEN = 4

Component = tuple[str, Callable[[Doc], Doc]]


class ComponentFailed(Exception):
    """A pipeline component raised while processing one article."""


# A whitespace-free run longer than LONG_RUN_CHARS; the look-behind makes the search
# start only at the beginning of a run, so finding them is linear in the text length.
_LONG_RUN_RE = re.compile(rf"(?<!\S)\S{{{LONG_RUN_CHARS + 1},}}")
_RUN_PIECE_RE = re.compile(r"\w+|[^\w\s]+")
# A sentence end followed by whitespace: '.', '?', '!' and any closing quotes/brackets.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]{0,3}\s")


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to end the piece that starts at ``start`` and may run up to ``limit``."""
    half = start + (limit - start) // 2
    for separator in ("\n\n", "\n"):
        found = text.rfind(separator, half, limit)
        if found >= 0:
            return _skip_space(text, found + len(separator), limit)
    last = None
    for last in _SENTENCE_END_RE.finditer(text, half, limit):
        pass
    if last is not None:
        return _skip_space(text, last.end(), limit)
    # A plain space; scanning backwards keeps this linear even over long whitespace stretches.
    position = limit - 1
    while position > half:
        if text[position - 1].isspace() and not text[position].isspace():
            return position
        position -= 1
    return limit


def _skip_space(text: str, position: int, limit: int) -> int:
    """Move a cut past the whitespace at ``position`` so the next piece starts on a word."""
    while position < limit and text[position].isspace():
        position += 1
    return position


def chunk_bounds(text: str, chunk_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of pieces of at most ``chunk_chars`` characters that tile ``text``."""
    if chunk_chars < 2:
        raise ValueError("chunk_chars must be at least 2")
    bounds = []
    start = 0
    while len(text) - start > chunk_chars:
        end = _cut_point(text, start, start + chunk_chars)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _run_doc(nlp: Language, run: str, trailing_space: bool) -> Doc:
    words = []
    for match in _RUN_PIECE_RE.finditer(run):
        piece = match.group()
        words.extend(piece[i : i + LONG_RUN_CHARS] for i in range(0, len(piece), LONG_RUN_CHARS))
    spaces = [False] * len(words)
    spaces[-1] = trailing_space
    return Doc(nlp.vocab, words=words, spaces=spaces)


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that long whitespace-free runs are tokenised here."""
    runs = list(_LONG_RUN_RE.finditer(text))
    if not runs and len(text) < nlp.max_length:
        return nlp.make_doc(text)
    docs = []
    position = 0
    for run in runs:
        if run.start() > position:
            docs.append(_tokenize(nlp, text[position : run.start()]))
        # spaCy attaches one following space to a token; do the same so the next piece
        # does not start with a whitespace token the whole-text tokenizer would not make.
        trailing_space = text.startswith(" ", run.end())
        docs.append(_run_doc(nlp, run.group(), trailing_space))
        position = run.end() + trailing_space
    if position < len(text):
        docs.append(_tokenize(nlp, text[position:]))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False)


def _tokenize(nlp: Language, text: str) -> Doc:
    # The tokenizer itself has no length limit; nlp.max_length guards the parser's memory,
    # which chunking already bounds.
    return nlp.tokenizer(text)


def count_tokens(nlp: Language, text: str, limit: int, chunk_chars: int = CHUNK_CHARS) -> int:
    """The tokens of ``text`` as :func:`parse_in_chunks` would cut them, counted a piece at a
    time (memory stays one piece's worth); counting stops at the first piece past ``limit``."""
    if len(text) <= limit:
        return len(make_doc(nlp, text))  # every token holds a character at least: no need to cut
    count = 0
    for start, end in chunk_bounds(text, chunk_chars):
        count += len(make_doc(nlp, text[start:end]))
        if count > limit:
            break
    return count


def split_pipeline(nlp: Language) -> tuple[list[Component], list[Component]]:
    """The model's own components (run on each piece) and newsmine's (run on the whole article).

    newsmine's components look across sentences (entity clusters, speakers of quotes that
    run over paragraphs); everything before the first of them works within sentences.
    """
    pipeline = list(nlp.pipeline)
    # By factory, not by instance name: add_pipe("newsmine_quotes_v1", name="quotes") is the same component.
    first = next((i for i, (name, _) in enumerate(pipeline) if nlp.get_pipe_meta(name).factory in NEWSMINE_COMPONENTS), len(pipeline))
    return pipeline[:first], pipeline[first:]


def run_components(doc: Doc, components: list[Component]) -> Doc:
    """Apply ``components`` in order; an exception names the failing component."""
    for name, component in components:
        try:
            doc = component(doc)
        except ArticleTimeout:
            raise  # the article's time ran out in this component: not its failure
        except Exception as exc:
            raise ComponentFailed(f"{name} failed: {type(exc).__name__}: {exc}") from exc
    return doc


def chunk_tokens(chunk_chars: int) -> int:
    """Most tokens in one piece: what ``chunk_chars`` characters of prose hold, at most.

    The model's memory grows with the tokens of a piece, and text denser in tokens than prose
    (short lines: 20,000 one-letter lines, 40,000 characters, took 658 MB in one piece) would
    otherwise need several times a prose piece's memory."""
    return max(1, chunk_chars // CHARS_PER_TOKEN)


def _token_bounded_pieces(nlp: Language, text: str, chunk_chars: int) -> list[Doc]:
    """The pieces of ``text`` tokenised: at most ``chunk_chars`` characters and
    :func:`chunk_tokens` tokens each (a denser piece is cut again, proportionally smaller)."""
    most_tokens = chunk_tokens(chunk_chars)
    pieces = []
    for start, end in chunk_bounds(text, chunk_chars):
        piece = make_doc(nlp, text[start:end])
        if len(piece) <= most_tokens or end - start < 4:
            pieces.append(piece)
            continue
        smaller = max(2, (end - start) * most_tokens // len(piece))
        pieces.extend(make_doc(nlp, text[start + a : start + b]) for a, b in chunk_bounds(text[start:end], smaller))
    return pieces


def parse_in_chunks(nlp: Language, text: str, chunk_chars: int = CHUNK_CHARS) -> Doc:
    """``text`` parsed piece by piece by the model's components, joined into one Doc.

    Pieces hold at most ``chunk_chars`` characters and :func:`chunk_tokens` tokens.
    newsmine's own components are not run (see :func:`split_pipeline`). Raises
    :class:`ComponentFailed` when a component fails on a piece.
    """
    model_components, _ = split_pipeline(nlp)
    pieces = []
    for piece in _token_bounded_pieces(nlp, text, chunk_chars):
        piece = run_components(piece, model_components)
        # The per-token vectors are large (96 floats a token) and nothing downstream reads them.
        piece.tensor = piece.tensor[:0]
        pieces.append(piece)
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if doc.text != text:  # pragma: no cover - guards the offset contract
        raise ComponentFailed("joining the parsed pieces changed the text; please report this article")
    return doc
