"""The context: a parsed document read once into plain lists.

Going through spaCy's ``Token`` objects for every lookup is slow, so the later stages read
token attributes, heads, subtrees, sentences, paragraphs and the quotations (paired by
:mod:`newsmine.nlp.quote_marks`) from a :class:`DocContext`. Parse trees and sentences are
cut at paragraph breaks here, once, for every stage. Also the grammatical constants the
stages share; the closed classes of parser tags and labels among them live in
:mod:`newsmine.nlp.parser_labels` and are re-exported here.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy as np
from spacy.tokens import Doc

from newsmine.nlp import lexicons, parser_labels
from newsmine.nlp.attribution.examinations import court_turns
from newsmine.nlp.attribution.misparsed_complementizers import misparsed_that
from newsmine.nlp.attribution.reduced_relative_reports import raise_reports_from_reduced_relatives
from newsmine.nlp.attribution.transcripts import NameTurn, answer_paragraphs, name_turns
from newsmine.nlp.parser_labels import (
    ANY_SUBJECT_DEPS as ANY_SUBJECT_DEPS,
    AUXILIARY_DEPS as AUXILIARY_DEPS,
    AUXILIARY_OR_ADVERB_DEPS as AUXILIARY_OR_ADVERB_DEPS,
    CLAUSAL_COMPLEMENT_DEPS as CLAUSAL_COMPLEMENT_DEPS,
    CLAUSE_SUBJECT_DEPS as CLAUSE_SUBJECT_DEPS,
    FINITE_VERB_OR_MODAL_TAGS as FINITE_VERB_OR_MODAL_TAGS,
    FINITE_VERB_TAGS as FINITE_VERB_TAGS,
    NEGATION_DEPS as NEGATION_DEPS,
    NOUN_SUBJECT_DEPS as NOUN_SUBJECT_DEPS,
    PRESENT_VERB_TAGS as PRESENT_VERB_TAGS,
    RELATIVE_PRONOUN_TAGS as RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS as SUBJECT_DEPS,
    WH_PRONOUN_TAGS as WH_PRONOUN_TAGS,
    WH_WORD_TAGS as WH_WORD_TAGS,
)
from newsmine.nlp.quote_marks import QuotedStretch, paragraph_bounds, pull_quotes

# The parser's tag and label classes are re-exported (``NAME as NAME`` above): the attribution
# stages import them from here.
__all__ = [
    *parser_labels.__all__,
    "NOMINAL_POS",
    "PRONOUN_WORDS",
    "SPEAKER_ENTITIES",
    "WINDOW",
    "DocContext",
    "doc_text",
]

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Pronouns told apart in the source's kind (features) and taken as a speaker right before a verb.
PRONOUN_WORDS = frozenset({"i", "we", "it", "you", "they", "he", "she", "who", "which", "that"})
# Entity labels that can speak: a person, an organisation, a group, a country.
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# How far (tokens) a cue word looks for its quotations and for competing cue words; real
# sentences are shorter, the bound keeps a run-on "sentence" of thousands of quotes linear.
WINDOW = 60
_EDGE_PUNCT = frozenset("\"'“”‘’«»,.;:—–―-()[]")


# Symbols the tokenizer marks as punctuation that belong to the figure before them.
_UNIT_SYMBOLS = frozenset({"%", "‰", "°"})


class DocContext:
    """A document read once into lists: token attributes, sentences, paragraphs, quotations."""

    def __init__(self, doc: Doc, stretches: list[QuotedStretch], text: str | None = None):
        self.doc = doc
        self.text = text = doc.text if text is None else text
        self.stretches = stretches
        self.n = n = len(doc)
        array = doc.to_array(_ARRAY_ATTRS) if n else np.zeros((0, len(_ARRAY_ATTRS)), dtype=np.uint64)
        self.idx: list[int] = array[:, _IDX].tolist()
        self.length: list[int] = array[:, _LENGTH].tolist()
        self.dep: list[str] = _strings(doc, array[:, _DEP].tolist())
        self.pos: list[str] = _strings(doc, array[:, _POS].tolist())
        self.tag: list[str] = _strings(doc, array[:, _TAG].tolist())
        self.lower: list[str] = _strings(doc, array[:, _LOWER].tolist())
        self.lemma: list[str] = _strings(doc, array[:, _LEMMA].tolist(), lower=True)
        self.ent: list[str] = _strings(doc, array[:, _ENT].tolist())
        from newsmine.nlp.dates.not_dates import names_tagged_dates  # here: the dates package imports this one's

        for ent in names_tagged_dates(doc):
            self.ent[ent.start] = "PERSON"  # "Magbegor told reporters" after "Ezi Magbegor": no date says a word
        self._named_words: frozenset[str] | None = None
        self._person_words: frozenset[str] | None = None
        self._answers: list[tuple[int, int]] | None = None
        self._name_turns: list[NameTurn] | None = None
        self._pull_quotes: dict[int, int] | None = None
        self._parentheses: dict[int, tuple[int, int]] | None = None
        self.paragraphs = paragraph_bounds(text)
        self._para_starts = [s for s, _ in self.paragraphs]
        positions = np.arange(n)
        para_of = np.maximum(np.searchsorted(np.array(self._para_starts, dtype=np.int64), array[:, _IDX].astype(np.int64), side="right") - 1, 0)
        head = positions + array[:, _HEAD].astype(np.int64)  # to_array gives heads as (unsigned) offsets
        # The parser sometimes attaches a paragraph to the one before ('"…," he said.' as a
        # complement of the previous paragraph's verb): cut every tree at paragraph breaks.
        cut = para_of[head] != para_of
        head[cut] = positions[cut]
        for i in np.flatnonzero(cut).tolist():
            self.dep[i] = "ROOT"
        raise_reports_over_asides(doc, head, self.dep, self.lower, self.pos)  # 'reported, citing …, that …'
        # 'Several outlets reported on Wednesday the agency had …', 'Beruff, a Scott ally, called …'
        raise_reports_from_reduced_relatives(head, self.dep, self.pos, self.lemma, self.lower, lexicons.load("cues"))
        left, right = _subtree_edges(head)
        self.head: list[int] = head.tolist()
        self.left: list[int] = left.tolist()
        self.right: list[int] = right.tolist()
        self.para_of: list[int] = para_of.tolist()
        punct = (array[:, _IS_PUNCT] != 0) | (array[:, _IS_SPACE] != 0)
        lower = self.lower
        self.punct: list[bool] = [p or word in _EDGE_PUNCT for p, word in zip(punct.tolist(), lower)]
        # Counts before each token (and past the last) of the words (tokens not ``punct``) and
        # of the verbs: "only punctuation between i and j", "a verb between i and j" in two reads.
        self.words_before: list[int] = [0, *np.cumsum(~np.array(self.punct, dtype=bool)).tolist()]
        self.verbs_before: list[int] = [0, *np.cumsum([p in ("VERB", "AUX") for p in self.pos], dtype=np.int64).tolist()]
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
        # A sentence never runs over a paragraph break (the parser's may).
        starts_mask = array[:, _SENT_START] == 1
        if n:
            starts_mask[0] = True
            starts_mask[1:] |= para_of[1:] != para_of[:-1]
        starts = np.flatnonzero(starts_mask).tolist()
        self.sent_bounds: list[tuple[int, int]] = list(zip(starts, starts[1:] + [n]))
        self.sent_of: list[int] = (np.cumsum(starts_mask) - 1).tolist()
        # Each paragraph's first token and the one past its last (para_of never decreases).
        para_firsts = [0, *(np.flatnonzero(np.diff(para_of)) + 1).tolist()] if n else []
        self.para_token_bounds: dict[int, tuple[int, int]] = {
            self.para_of[first]: (first, end) for first, end in zip(para_firsts, [*para_firsts[1:], n])
        }
        # Token index -> index of the quoted stretch holding it (-1: outside quotes).
        self.quote_of = [-1] * n
        self.stretch_tokens: list[tuple[int, int]] = []
        self.stretches_in_sent: dict[int, list[int]] = {}
        for k, stretch in enumerate(stretches):
            first = bisect_right(self.idx, stretch.inner_start - 1)
            last = max(first, bisect_right(self.idx, stretch.inner_end - 1))
            self.stretch_tokens.append((first, last))
            self.quote_of[first:last] = [k] * (last - first)
            if first < n:
                for sent in range(self.sent_of[first], self.sent_of[max(first, last - 1)] + 1):
                    self.stretches_in_sent.setdefault(sent, []).append(k)
        self._firsts_in_sent: dict[int, list[int]] = {}
        self._pieces = sorted(p for stretch in stretches for p in stretch.pieces)
        self._piece_starts = [s for s, _ in self._pieces]
        cue_lemmas = lexicons.load("cues")
        # Reporting verbs outside quotations: they open an attribution of their own.
        self.cue_verb = [
            pos == "VERB" and lemma in cue_lemmas and quote < 0 for pos, lemma, quote in zip(self.pos, self.lemma, self.quote_of)
        ]
        self._cue_verbs_before: list[int] | None = None

    def cue_verbs_between(self, lo: int, hi: int) -> int:
        """How many of the tokens [lo, hi) are ``cue_verb``s: two reads of a running count,
        counted once an article at the first call, where a rule asked each word of the range
        for each candidate."""
        before = self._cue_verbs_before
        if before is None:
            before = self._cue_verbs_before = [0, *np.cumsum(self.cue_verb, dtype=np.int64).tolist()]
        return before[hi] - before[lo] if hi > lo else 0

    def stretches_near(self, i: int) -> list[int]:
        """Quotations of token ``i``'s sentence within WINDOW tokens of it (a run-on
        'sentence' of thousands of quotations must not make every cue look at all of them)."""
        ks = self.stretches_in_sent.get(self.sent_of[i])
        if not ks:
            return []
        if len(ks) <= 8:
            return [k for k in ks if self.stretch_tokens[k][1] >= i - WINDOW and self.stretch_tokens[k][0] <= i + WINDOW]
        sent = self.sent_of[i]
        firsts = self._firsts_in_sent.get(sent)
        if firsts is None:
            firsts = self._firsts_in_sent[sent] = [self.stretch_tokens[k][0] for k in ks]
        lo = max(0, bisect_right(firsts, i - 4 * WINDOW) - 1)
        hi = bisect_right(firsts, i + WINDOW)
        return [k for k in ks[lo:hi] if self.stretch_tokens[k][1] >= i - WINDOW]

    def paragraph_of_char(self, offset: int) -> int:
        return bisect_right(self._para_starts, offset) - 1

    def token_at_char(self, offset: int) -> int:
        # (no max(): called ~1,000 times an article, the call was a third of its cost)
        found = bisect_right(self.idx, offset)
        return found - 1 if found else 0

    def quoted_share(self, parts: list[tuple[int, int]]) -> float:
        """Share of the characters of ``parts`` inside quotation marks."""
        total = sum(e - s for s, e in parts)
        if total <= 0:
            return 0.0
        pieces, inside = self._pieces, 0
        for s, e in parts:
            k = max(0, bisect_right(self._piece_starts, s) - 1)
            while k < len(pieces) and pieces[k][0] < e:
                inside += max(0, min(e, pieces[k][1]) - max(s, pieces[k][0]))
                k += 1
        return inside / total

    def around_quotes(self, start: int, end: int) -> tuple[int, int]:
        """A content never cuts a quotation in half: 'Mills "got an immunity' -> '… agreement,"'."""
        pieces, starts = self._pieces, self._piece_starts
        k = bisect_right(starts, start) - 1
        if k >= 0 and pieces[k][0] < start < pieces[k][1]:
            start = pieces[k][0]
        k = bisect_right(starts, end - 1) - 1
        if k >= 0 and pieces[k][0] < end < pieces[k][1]:
            end = pieces[k][1]
        return start, end

    def named_words(self) -> frozenset[str]:
        """Lower-cased words the entity recogniser tagged as a person, organisation, group
        or country anywhere past the first sentence (computed once, on first use)."""
        if self._named_words is None:
            first_end = self.sent_bounds[0][1] if self.sent_bounds else 0
            ent, lower = self.ent, self.lower
            self._named_words = frozenset(lower[j] for j in range(first_end, self.n) if ent[j] in SPEAKER_ENTITIES)
        return self._named_words

    def person_words(self) -> frozenset[str]:
        """Lower-cased words of people's names: those the recogniser tagged as a person, and
        the words of the person entities the entities component left on the Doc (it labels
        'Mayor Ana Ruiz' a person the recogniser may have missed). Computed once."""
        if self._person_words is None:
            words = {low for low, ent in zip(self.lower, self.ent) if ent == "PERSON"}
            entities = self.doc._.newsmine_entities if Doc.has_extension("newsmine_entities") else None
            for entity in entities or ():
                if entity.get("label") == "PERSON":
                    words.update(entity.get("name", "").lower().split())
            self._person_words = frozenset(words)
        return self._person_words

    def answer_paragraphs(self) -> list[tuple[int, int]]:
        """An interview transcript's 'A: …' paragraphs (:func:`.transcripts.answer_paragraphs`),
        read once for the candidates and the speaker resolver."""
        if self._answers is None:
            self._answers = answer_paragraphs(self.text)
        return self._answers

    def pull_quotes(self) -> dict[int, int]:
        """The pull-quotes among the quotations, each mapped to the quotation it repeats
        (:func:`~newsmine.nlp.quote_marks.pull_quotes`); found once, on first use."""
        if self._pull_quotes is None:
            self._pull_quotes = pull_quotes(self.text, self.stretches, self.paragraphs)
        return self._pull_quotes

    def parenthesis_of(self, i: int) -> tuple[int, int] | None:
        """The characters (after the opening mark, at the closing one) of the innermost pair
        of round brackets around token ``i`` within its paragraph, or None. Paired once, on
        first use, in one pass over the tokens."""
        if self._parentheses is None:
            self._parentheses = {}
            stack: list[int] = []
            lower, para_of, idx = self.lower, self.para_of, self.idx
            for j in range(self.n):
                if stack and para_of[stack[-1]] != para_of[j]:
                    stack.clear()  # an unclosed bracket ends with its paragraph
                if lower[j] == "(":
                    stack.append(j)
                elif lower[j] == ")" and stack:
                    opening = stack.pop()
                    for k in range(opening + 1, j):
                        self._parentheses.setdefault(k, (idx[opening] + 1, idx[j]))
        return self._parentheses.get(i)

    def name_turns(self) -> list[NameTurn]:
        """A transcript's turns marked by names (:func:`.transcripts.name_turns`), with the
        person words above and the first line a headline only where it is the article's title;
        read once for the candidates and the speaker resolver."""
        if self._name_turns is None:
            turns = name_turns(self.text, self.person_words(), headline=opens_with_headline(self.doc))
            court = court_turns(self.text, self.person_words())  # 'Q. …'/'A. …' and 'THE COURT: …'
            taken = {turn.colon for turn in court}
            self._name_turns = sorted([t for t in turns if t.colon not in taken] + court, key=lambda turn: turn.colon)
        return self._name_turns

    def char_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Characters of tokens [start, end) without edge punctuation (a figure's "%" is kept)
        and a leading 'that' (also one the parse misread as an object: :mod:`.misparsed_complementizers`)."""
        punct = self.punct
        while start < end and punct[start]:
            start += 1
        while end > start and punct[end - 1] and self.lower[end - 1] not in _UNIT_SYMBOLS:
            end -= 1  # not a figure's "%": "cut water use by 15%" is no "by 15"
        if end - start > 1 and self.lower[start] == "that" and (self.dep[start] == "mark" or misparsed_that(self, start)):
            start += 1
        if end <= start:
            return None
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

    def word_count(self, start: int, end: int) -> int:
        """Tokens of [start, end) that are not punctuation."""
        return self.words_before[max(end, start)] - self.words_before[start]

    def subtree(self, i: int) -> tuple[int, int]:
        return self.left[i], self.right[i] + 1

    def child(self, i: int, deps: frozenset[str] | set[str]) -> int:
        for c in self.children[i]:
            if self.dep[c] in deps:
                return c
        return -1


_ARRAY_ATTRS = ("HEAD", "DEP", "POS", "TAG", "LEMMA", "LOWER", "ENT_TYPE", "IDX", "LENGTH", "IS_PUNCT", "IS_SPACE", "SENT_START")
_HEAD, _DEP, _POS, _TAG, _LEMMA, _LOWER, _ENT, _IDX, _LENGTH, _IS_PUNCT, _IS_SPACE, _SENT_START = range(len(_ARRAY_ATTRS))


def doc_text(doc: Doc) -> str:
    """``doc.text``, rebuilt from the token array (spaCy's property walks the tokens in
    Python), once per Doc: the entities, dates and quotes components all read it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        if not len(doc):
            return ""
        array = doc.to_array(("ORTH", "SPACY"))
        words = _strings(doc, array[:, 0].tolist())
        text = doc.user_data[_TEXT_KEY] = "".join(w + " " if space else w for w, space in zip(words, array[:, 1].tolist()))
    return text


_TEXT_KEY = "newsmine_doc_text"


def opens_with_headline(doc: Doc) -> bool:
    """Whether the Doc's first line is the article's headline. The pipeline records the title
    it found (``newsmine_title``): a plain-text article's is its first line, but a JSON or HTML
    article's title came apart from its text, whose first line is body. A Doc the pipeline did
    not prepare (``nlp(text)``) keeps the plain-text reading, the first line a headline."""
    if "newsmine_title" not in doc.user_data:
        return True
    title = doc.user_data["newsmine_title"]
    text = doc_text(doc)
    return bool(title) and text.lstrip()[: len(title) + 1].rstrip() == title.strip()


def remember_doc_text(doc: Doc, text: str) -> None:
    """Give :func:`doc_text` the text ``doc`` was made from (``doc.text == text``), so that it
    is not rebuilt from the tokens: the pipeline knows it, having tokenised it."""
    doc.user_data[_TEXT_KEY] = text


_STRING_CACHE: dict[int, str] = {}
_LOWER_CACHE: dict[int, str] = {}
_CACHE_LIMIT = 500_000


# Tokens between a report's own phrase and the that-clause it governs: an aside ('…, citing
# two council members, that …') of at most this many (:mod:`~newsmine.nlp.attribution.asides`).
ASIDE_TOKENS = 12
# Participles whose object is whom they tell ('warning consumers', 'telling residents on Monday',
# 'assuring voters'): the that-clause after them is their own report, not one across an aside
# (the addressee cues of sources.words and raised_subjects, which import this module).
_TELLING_LEMMAS = frozenset({"tell", "inform", "assure", "reassure", "remind", "warn", "advise", "brief", "notify", "promise"})


def raise_reports_over_asides(doc: Doc, head: np.ndarray, dep: list[str], lower: list[str], pos: list[str]) -> None:
    """Hang a that-clause back on the report it follows across an aside (``head``, ``dep`` in
    place; :mod:`~newsmine.nlp.attribution.asides`).

    'The Gazette reported on Wednesday, citing two council members, that Osei had considered …'
    is parsed with 'reported' as the complement of 'considered' (whose 'that' follows the
    aside), and 'Reuters reported, citing three sources, that the deal …' with the clause as
    the complement of 'citing': the report had no content and the aside's 'citing' took Osei as
    its speaker or the whole clause as its content. Wire copy writes reports so ('X said in a
    statement, citing preliminary data, that …'). The report becomes the head of the clause's
    verb, which becomes its ``ccomp``; in the first parse the report also takes the clause
    verb's dependents before the 'that'. Only where the 'that' comes right after a comma, a few
    words after the report's subtree, and the report is a verb: a plain 'he said that …' is
    parsed right and never gets here."""
    for m in range(1, len(lower)):
        if lower[m] != "that" or dep[m] != "mark" or lower[m - 1] != ",":
            continue
        clause = int(head[m])
        report = next((c.i for c in doc[clause].lefts if c.dep_ == "ccomp" and head[c.i] == clause and pos[c.i] == "VERB"), -1)
        if report >= 0 and 0 < m - doc[report].right_edge.i <= ASIDE_TOKENS:
            for c in range(doc[clause].left_edge.i, m):
                if head[c] == clause and c != report:
                    head[c] = report
            head[report] = report if head[clause] == clause else head[clause]
            dep[report] = dep[clause]
        else:
            # 'citing three sources, that …': the clause hangs on the aside's participle.
            aside = int(head[clause])
            report = int(head[aside])
            if not (dep[clause] == "ccomp" and dep[aside] == "advcl" and aside < m and report < aside and pos[report] == "VERB"):
                continue
            if not any(c.dep_ == "dobj" and c.i < m for c in doc[aside].rights):
                continue  # 'talked more about policy, saying, for the first time, that …': the report itself
            if doc[aside].lemma_ in _TELLING_LEMMAS:
                continue  # 'issued a recall, warning consumers in a notice, that …': whom the report tells
            if not 0 < m - aside <= ASIDE_TOKENS:
                continue
        dep[clause] = "ccomp"
        head[clause] = report


def _subtree_edges(head: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """First and last token of every token's subtree, from the heads (roots point to
    themselves). Depths by pointer jumping, then the edges pushed up one depth level at a
    time: linear work however deep the tree (a run-on 'sentence' of 100,000 tokens too)."""
    n = len(head)
    positions = np.arange(n)
    depth = (head != positions).astype(np.int64)
    jump = head.copy()
    for _ in range(max(1, int(n).bit_length())):
        depth = depth + depth[jump] * (jump != positions)
        jump = jump[jump]
        if np.all(jump == jump[jump]) and np.all(depth[jump] == 0):
            break
    left, right = positions.copy(), positions.copy()
    order = np.argsort(-depth, kind="stable")
    levels = np.flatnonzero(np.diff(depth[order])) + 1
    for group in np.split(order, levels):
        if len(group) and depth[group[0]] > 0:
            np.minimum.at(left, head[group], left[group])
            np.maximum.at(right, head[group], right[group])
    return left, right


def _strings(doc: Doc, hashes: list[int], *, lower: bool = False) -> list[str]:
    """Hashes -> strings through the vocabulary, remembered across documents (hashes are
    stable); ``lower`` lower-cases them."""
    cache = _LOWER_CACHE if lower else _STRING_CACHE
    try:
        return list(map(cache.__getitem__, hashes))
    except KeyError:
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        store = doc.vocab.strings
        for h in set(hashes):
            if h not in cache:
                value = store[h] if h else ""
                cache[h] = value.lower() if lower else value
        return list(map(cache.__getitem__, hashes))

