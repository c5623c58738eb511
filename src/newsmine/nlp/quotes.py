"""Quotes and their attribution: the ``newsmine_quotes_v1`` component.

A rule-based extractor over spaCy's dependency parse:

- **direct** quotes are the stretches between quotation marks (:mod:`quote_marks`). The
  cue is the reporting verb of the same sentence whose clause the quote belongs to ("…,"
  she said / She said: "…" / "…," said X), the speaker that verb's subject. A quote split
  around its attribution ('"X," he said, "Y."') becomes one quote with two parts. A quoted
  paragraph with no cue of its own continues the previous speaker's quote when it follows
  it directly.
- **indirect** quotes are clausal complements of reporting verbs ("the minister noted
  that …", "sources said" after the clause) and "according to X" sentences.
- **mixed** quotes are indirect quotes whose content holds a quoted fragment.

Speakers are resolved to entities by :class:`~newsmine.nlp.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.doc_attrs import in_excluded, register_extensions
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.quote_marks import QuotedStretch, find_quoted
from newsmine.nlp.speakers import SpeakerResolver

__all__ = ["QuoteFound", "find_quotes"]

register_extensions()

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
# A direct quote with no cue is kept only when it is at least this long (words): shorter
# unattributed stretches are scare quotes and titles ("the so-called 'deal'").
_MIN_UNATTRIBUTED_WORDS = 6
# How far (tokens) from a direct quote its cue is looked for, within the quote's sentences.
# Real sentences are shorter; the bound keeps an article of thousands of quotes in one
# run-on "sentence" linear instead of quadratic.
_CUE_WINDOW_TOKENS = 80


@dataclass(slots=True)
class QuoteFound:
    type: str  # direct | indirect | mixed
    parts: list[tuple[int, int]]  # content character ranges, in order
    cue: Span | None = None
    speaker: Span | None = None
    addressee: Span | None = None
    speaker_kind: str = "unresolved"
    entity: EntityCluster | None = None
    speaker_name: str | None = None
    # Tokens of the content, used to avoid reporting the same clause twice.
    token_range: tuple[int, int] = field(default=(0, 0))

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _cue_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """Single-word cue lemmas, and multi-word cues as {verb lemma: {second words}}."""
    single, multi = set(), {}
    for entry in lexicons.load("cues"):
        words = entry.split()
        if len(words) == 1:
            single.add(entry)
        else:
            multi.setdefault(words[0], set()).add(words[-1])
    return frozenset(single), {k: frozenset(v) for k, v in multi.items()}


def _is_cue_verb(token: Token, single: frozenset[str]) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in single and token.lemma_.lower() not in ("be",)


def _cue_span(token: Token, multi: dict[str, frozenset[str]]) -> Span:
    """The cue as written: the verb plus the particle or object of a multi-word cue ('made clear')."""
    doc = token.doc
    seconds = multi.get(token.lemma_.lower())
    if seconds:
        for child in token.children:
            if child.i > token.i and child.lower_ in seconds and child.dep_ in ("prt", "dobj", "acomp", "oprd", "ccomp", "advmod"):
                return doc[token.i : child.i + 1]
    return doc[token.i : token.i + 1]


def _noun_phrase(token: Token) -> Span:
    """The speaker as written: the subject's noun phrase without relative clauses or appositions."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "advmod", "punct") and child.i < left:
            if child.dep_ == "punct" and child.text not in ("-",):
                continue
            left = min(left, min(t.i for t in child.subtree))
    right = token.i + 1
    for child in token.rights:
        if child.dep_ in ("compound", "prep") and child.i == right:
            # "spokesman for the ministry", "sources close to the talks"
            if child.dep_ == "prep" and child.lower_ not in ("for", "at", "with", "in", "of", "close", "familiar"):
                break
            right = max(t.i for t in child.subtree) + 1
        elif child.dep_ == "amod" and child.i == right:  # "sources familiar with ..."
            right = max(t.i for t in child.subtree) + 1
        else:
            break
    while left < token.i and doc[left].is_punct:
        left += 1
    return doc[left:right]


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    # "…," said Jane Doe, spokeswoman: spaCy sometimes parses an inverted subject as dobj/attr.
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod") and (child.ent_type_ in ("PERSON", "ORG") or child.pos_ in ("PROPN", "PRON")):
            return child
    if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_of(verb.head)
    return None


def _addressee_of(verb: Token) -> Span | None:
    """'told Reuters' -> Reuters; 'said in an interview with CNN' is left out."""
    if verb.lemma_.lower() not in ("tell", "inform", "assure", "remind", "warn", "advise"):
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "dative", "iobj"):
            return _noun_phrase(child)
    return None


class _QuoteFinder:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.clusters: list[EntityCluster] = doc._.newsmine_entities or []
        self.resolver = SpeakerResolver(doc, self.clusters)
        self.single, self.multi = _cue_words()
        self.quotes: list[QuoteFound] = []
        # doc.text joins every token anew on each access: read it once. Line and sentence
        # starts are indexed once so that each quote costs a lookup, not a scan.
        self.text = doc.text
        self._line_breaks = [m.start() for m in re.finditer("\n", self.text)]
        self._sentence_starts = [sent.start for sent in doc.sents] if len(doc) else [0]

    def _sentence_of(self, i: int) -> tuple[int, int]:
        """Token bounds ``(start, end)`` of the sentence holding token ``i``."""
        k = bisect_right(self._sentence_starts, i) - 1
        end = self._sentence_starts[k + 1] if k + 1 < len(self._sentence_starts) else len(self.doc)
        return self._sentence_starts[k], end

    # --- direct quotes -------------------------------------------------------------

    def _tokens(self, start_char: int, end_char: int) -> Span | None:
        return self.doc.char_span(start_char, end_char, alignment_mode="expand")

    def _cue_for_stretch(self, stretch: QuotedStretch) -> Token | None:
        """The reporting verb outside the quote, in the sentence(s) the quote touches."""
        doc = self.doc
        inner = self._tokens(stretch.start, stretch.end)
        if inner is None:
            return None
        first_sent_start, _ = self._sentence_of(inner.start)
        _, last_sent_end = self._sentence_of(inner.end - 1)
        before = range(max(first_sent_start, inner.start - _CUE_WINDOW_TOKENS), inner.start)
        after = range(inner.end, min(last_sent_end, inner.end + _CUE_WINDOW_TOKENS))
        inside = range(inner.start, inner.end)
        candidates = [doc[i] for window in (before, after) for i in window if _is_cue_verb(doc[i], self.single)]
        if not candidates:
            # '"…" He said.' — the cue may stand in the sentence right after the closing mark.
            if last_sent_end < len(doc):
                following = doc[slice(*self._sentence_of(last_sent_end))]
                if len(following) <= 8:
                    candidates = [t for t in following if _is_cue_verb(t, self.single) and _subject_of(t) is not None]
        if not candidates:
            return None
        # Prefer the verb the quoted clause hangs from, then the nearest to the quote.
        quote_heads = {t.head.i for t in inner if t.head.i not in inside}
        governing = [t for t in candidates if t.i in quote_heads]
        pool = governing or candidates

        def distance(token: Token) -> int:
            return min(abs(token.i - inner.start), abs(token.i - (inner.end - 1)))

        return min(pool, key=distance)

    def find_direct(self, stretches: list[QuotedStretch]) -> None:
        previous: QuoteFound | None = None
        previous_end_paragraph = -1
        for stretch in stretches:
            if in_excluded(self.doc, stretch.start, stretch.end):
                continue
            inner = self._tokens(stretch.inner_start, stretch.inner_end)
            if inner is None:
                continue
            words = sum(1 for t in inner if not t.is_punct)
            cue = self._cue_for_stretch(stretch)
            if cue is not None:
                subject = _subject_of(cue)
                speaker = _noun_phrase(subject) if subject is not None else None
                quote = QuoteFound("direct", list(stretch.pieces), _cue_span(cue, self.multi), speaker, _addressee_of(cue))
                # '"X," he said, "Y."': the second half continues the first.
                if (
                    previous is not None
                    and previous.cue is not None
                    and previous.cue.start == quote.cue.start
                ):
                    previous.parts.extend(stretch.pieces)
                    previous.token_range = (previous.token_range[0], inner.end)
                    continue
                quote.token_range = (inner.start, inner.end)
                self.quotes.append(quote)
                previous = quote
                previous_end_paragraph = self._paragraph_index(stretch.end)
                continue
            paragraph = self._paragraph_index(stretch.start)
            starts_paragraph = self._starts_paragraph(stretch.start)
            if previous is not None and starts_paragraph and paragraph - previous_end_paragraph <= 1 and words >= 3:
                # A quoted paragraph right after a speaker's quote continues that speaker.
                quote = QuoteFound("direct", list(stretch.pieces), None, previous.speaker)
                quote.token_range = (inner.start, inner.end)
                self.quotes.append(quote)
                previous = quote
                previous_end_paragraph = self._paragraph_index(stretch.end)
            elif words >= _MIN_UNATTRIBUTED_WORDS and starts_paragraph:
                quote = QuoteFound("direct", list(stretch.pieces))
                quote.token_range = (inner.start, inner.end)
                self.quotes.append(quote)
                previous = None

    def _paragraph_index(self, offset: int) -> int:
        return bisect_right(self._line_breaks, offset - 1)

    def _starts_paragraph(self, offset: int) -> bool:
        # Walk back over the whitespace before the quote (not to the line start: a line
        # of a megabyte holding thousands of quotes would make that quadratic).
        text = self.text
        while offset > 0 and text[offset - 1] != "\n":
            if not text[offset - 1].isspace():
                return False
            offset -= 1
        return True

    # --- indirect quotes -----------------------------------------------------------

    def _taken_tokens(self) -> bytearray:
        """1 for each token inside a quote found so far (a lookup per token, not a scan per quote)."""
        taken = bytearray(len(self.doc))
        for q in self.quotes:
            _mark(taken, *q.token_range)
        return taken

    def find_indirect(self, stretches: list[QuotedStretch]) -> None:
        doc = self.doc
        taken = self._taken_tokens()
        cue_starts = {q.cue.start for q in self.quotes if q.cue is not None}
        for token in doc:
            if not _is_cue_verb(token, self.single):
                continue
            if taken[token.i]:
                continue  # a cue inside someone's quote is part of the quote
            if token.i in cue_starts:
                continue
            content_head = next((c for c in token.children if c.dep_ in ("ccomp",)), None)
            if content_head is None:
                continue
            subject = _subject_of(token)
            if subject is None:
                continue
            # The edges bound the clause in constant time (its subtree can be most of a long sentence).
            start, end = content_head.left_edge.i, content_head.right_edge.i + 1
            while end > start and doc[end - 1].is_punct:
                end -= 1
            if end - start < 3:
                continue
            covered = end - start - taken.count(0, start, end)
            if covered:
                # The clause is (partly) a direct quote already reported.
                if covered >= 0.5 * (end - start):
                    continue
                quote_type = "mixed"
            else:
                quote_type = "indirect"
            span = doc[start:end]
            if in_excluded(doc, span.start_char, span.end_char):
                continue
            quote = QuoteFound(quote_type, [(span.start_char, span.end_char)], _cue_span(token, self.multi), _noun_phrase(subject), _addressee_of(token))
            quote.token_range = (start, end)
            self.quotes.append(quote)
            _mark(taken, start, end)

    def find_according_to(self) -> None:
        doc = self.doc
        taken = self._taken_tokens()
        for token in doc:
            if token.lower_ != "according" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            pobj = next((c for c in doc[token.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None or taken[token.i]:
                continue
            sent = doc[slice(*self._sentence_of(token.i))]
            ph_start, ph_end = token.left_edge.i, token.right_edge.i + 1
            # The content is the rest of the sentence, on whichever side the phrase is not.
            if ph_start - sent.start >= sent.end - ph_end:
                start, end = sent.start, ph_start
            else:
                start, end = ph_end, sent.end
            while start < end and doc[start].is_punct:
                start += 1
            while end > start and doc[end - 1].is_punct:
                end -= 1
            if end - start < 3:
                continue
            span = doc[start:end]
            cue = doc[token.i : token.i + 2]
            quote = QuoteFound("indirect", [(span.start_char, span.end_char)], cue, _noun_phrase(pobj))
            quote.token_range = (start, end)
            self.quotes.append(quote)
            _mark(taken, start, end)

    def resolve_speakers(self) -> None:
        self.quotes.sort(key=lambda q: q.start)
        for quote in self.quotes:
            if quote.speaker is None:
                continue
            resolution = self.resolver.resolve(quote.speaker)
            quote.speaker_kind = resolution.kind
            quote.entity = resolution.cluster
            quote.speaker_name = resolution.name


def _mark(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def find_quotes(doc: Doc) -> list[QuoteFound]:
    finder = _QuoteFinder(doc)
    stretches = find_quoted(doc.text)
    finder.find_direct(stretches)
    finder.find_indirect(stretches)
    finder.find_according_to()
    finder.resolve_speakers()
    return finder.quotes


@Language.factory(
    "newsmine_quotes_v1",
    requires=["token.dep", "token.lemma", "doc._.newsmine_entities"],
    assigns=["doc._.newsmine_quotes"],
)
def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent()


class QuotesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.newsmine_quotes = find_quotes(doc)
        return doc
