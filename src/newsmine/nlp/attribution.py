"""Attribution candidates over spaCy's dependency parse, and their features.

An attribution is a *cue* (the reporting expression: "said", "told", "according to",
"believes", a colon in a headline), a *content* (what was said, thought or reported) and a
*source* (who). This module proposes, for every word that could head a cue, the contents
the parse allows, each with the source the grammar gives and a bag of string features. A
trained linear model (:mod:`newsmine.nlp.attribution_model`) scores the candidates; the
quotes component keeps the best content of each cue above a threshold.

Candidate kinds (the ``relation`` feature):

- ``child:<dep>``: the subtree of a dependent of the cue word (``ccomp`` for "said that …",
  ``dobj`` for "called for …", ``prep``/``pobj`` for "warned of …", ``xcomp`` for "wants to …");
- ``rest:<dep>``: the cue word's head clause without the cue's own subtree ("…, he said"
  parsed as a parataxis; "according to X, …"); ``rest:sent`` the sentence without the cue
  and its subject;
- ``quote`` (quotations in the cue's sentence), ``quote_prev`` ('"…" ¶ He said.'),
  ``quote_next`` ('He said: ¶ "…"'), each also as a ``…_run``: continued by the quoted
  sentences of the paragraph and the quoted paragraphs that follow with no cue of their own;
- ``colon`` ("Newspaper: Defense secretary used …") and ``dash`` ('"…" ― Jane Doe').

The document is read once into plain lists (token attributes, sentence and quotation
indexes) because going through spaCy's ``Token`` objects for every lookup is slow.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Doc

from newsmine.nlp import lexicons
from newsmine.nlp.attribution_model import LinearScorer
from newsmine.nlp.quote_marks import QuotedStretch, paragraph_bounds

__all__ = ["FEATURE_SET", "Candidate", "DocContext", "doc_text", "feature_template", "find_candidates"]

# The version of the features below, recorded in the model file by the training script: bump
# it when a feature changes meaning without changing its name (bucket edges, a word list),
# and retrain. Renamed, added or removed features show in the model file's feature templates
# (tests/test_attribution_model.py checks both against the shipped model).
FEATURE_SET = "2"

# Dependents of a cue word whose subtree may be the content. Conjuncts, datives and bare
# noun modifiers are nearly never the content in PolNeAR train: left out, for speed; the
# subject only for passives and raising verbs ("X is expected to", "X seems").
_CONTENT_CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "advcl", "oprd", "acomp", "attr", "nsubjpass", "pcomp", "acl", "nsubj"})
# Dependents whose subtree is also proposed without its trailing clauses.
_CORE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "acomp", "pcomp", "acl"})
# Relations of a cue word to its head for which the head's clause minus the cue may be the content.
_REST_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj", "prep", "relcl", "acl", "npadvmod", "dep", "xcomp", "amod", "punct", "advmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_TRAILING_DEPS = frozenset({"advcl", "relcl", "conj", "npadvmod", "appos", "parataxis", "acl", "prep"})
_VP_CORE_DEPS = frozenset({"dobj", "dative", "oprd", "prep", "ccomp", "xcomp", "acomp", "attr"})
_SUBJECT_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "relcl", "pcomp"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_MAX_CONTENT_TOKENS = 400
_CLAUSE_PUNCTUATION = frozenset(",.:;!?—–-")
_DASHES = frozenset({"—", "–", "-", "--", "―"})
# How far (tokens) a cue word looks for its quotations and for competing cue words; real
# sentences are shorter, the bound keeps a run-on "sentence" of thousands of quotes linear.
_WINDOW = 60
_SHORT_SENTENCE = 10
_RAISING_VERBS = frozenset({"seem", "appear", "look", "sound", "expect", "remain", "prove"})
_EDGE_PUNCT = frozenset("\"'“”‘’«»,.;:—–―-()[]")
_FIRST_WORDS = frozenset(
    {"that", "to", "for", "of", "on", "about", "as", "the", "a", "an", "he", "she", "it", "they", "we", "i",
     "if", "whether", "how", "what", "why", "with", "in", "his", "her", "there", "this"}
)  # fmt: skip
_PRONOUN_KINDS = frozenset({"i", "we", "it", "you", "they", "he", "she", "who", "which", "that"})
_DASH_SCORE = 0.9
# A person's or organisation's name as written after a dash: capitalised words.
_NAME_RE = re.compile(r"(?:[^\W\d_][\w.'’-]*\.?)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|da|del|van|von|bin|al-\w+))*")
# '"…" ― Jane Doe' up to the end of the line.
_DASH_NAME_RE = re.compile(r"[^\S\n]*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n]{2,60}?)[^\S\n.]*(?=\n|$)")
# '"…" ¶ - Bernie Sanders.' (quote round-ups): the name on the next line, up to a comma.
_DASH_NAME_NEXT_RE = re.compile(r"[^\S\n]*\n\s*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n,]{2,60}?)[^\S\n]*(?=,|\.?[^\S\n]*(?:\n|$))")
# A quote continued over the quotations after it (no cue of their own) takes at most this
# many: news continues a quote over a few paragraphs, and the bound keeps the work linear.
_MAX_RUN_QUOTATIONS = 30


@dataclass(slots=True)
class Candidate:
    """One possible attribution: cue, content pieces (character ranges) and source."""

    trigger: int  # token index of the cue's head word
    trigger_char: int  # its character offset
    cue: tuple[int, int]  # token range of the cue
    parts: list[tuple[int, int]]  # content character ranges, in order
    relation: str
    source: int  # token index of the source's head word; -1 when none
    features: list[str] = field(default_factory=list)  # the content's features
    shared: list[str] = field(default_factory=list)  # the cue word's, shared by its candidates
    score: float = 0.0
    quoted_share: float = 0.0  # share of the content's characters inside quotation marks
    # Set for constructions the model has (nearly) no training data for: taken as is.
    fixed_score: float | None = None

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


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
        self._named_words: frozenset[str] | None = None
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
        left, right = _subtree_edges(head)
        self.head: list[int] = head.tolist()
        self.left: list[int] = left.tolist()
        self.right: list[int] = right.tolist()
        self.para_of: list[int] = para_of.tolist()
        punct = (array[:, _IS_PUNCT] != 0) | (array[:, _IS_SPACE] != 0)
        lower = self.lower
        self.punct: list[bool] = [p or lower[i] in _EDGE_PUNCT for i, p in enumerate(punct.tolist())]
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
        self.para_token_bounds: dict[int, tuple[int, int]] = {}
        for i, para in enumerate(self.para_of):
            first, _ = self.para_token_bounds.get(para, (i, i))
            self.para_token_bounds[para] = (first, i + 1)
        # Token index -> index of the quoted stretch holding it (-1: outside quotes).
        self.quote_of = [-1] * n
        self.stretch_tokens: list[tuple[int, int]] = []
        self.stretches_in_sent: dict[int, list[int]] = {}
        for k, stretch in enumerate(stretches):
            first = bisect_right(self.idx, stretch.inner_start - 1)
            last = max(first, bisect_right(self.idx, stretch.inner_end - 1))
            self.stretch_tokens.append((first, last))
            for i in range(first, last):
                self.quote_of[i] = k
            if first < n:
                for sent in range(self.sent_of[first], self.sent_of[max(first, last - 1)] + 1):
                    self.stretches_in_sent.setdefault(sent, []).append(k)
        self._firsts_in_sent: dict[int, list[int]] = {}
        self._pieces = sorted(p for stretch in stretches for p in stretch.pieces)
        self._piece_starts = [s for s, _ in self._pieces]
        cue_lemmas = lexicons.load("cues")
        # Reporting verbs outside quotations: they open an attribution of their own.
        self.cue_verb = [self.pos[i] == "VERB" and self.lemma[i] in cue_lemmas and self.quote_of[i] < 0 for i in range(n)]

    def stretches_near(self, i: int) -> list[int]:
        """Quotations of token ``i``'s sentence within _WINDOW tokens of it (a run-on
        'sentence' of thousands of quotations must not make every cue look at all of them)."""
        ks = self.stretches_in_sent.get(self.sent_of[i])
        if not ks:
            return []
        if len(ks) <= 8:
            return [k for k in ks if self.stretch_tokens[k][1] >= i - _WINDOW and self.stretch_tokens[k][0] <= i + _WINDOW]
        sent = self.sent_of[i]
        firsts = self._firsts_in_sent.get(sent)
        if firsts is None:
            firsts = self._firsts_in_sent[sent] = [self.stretch_tokens[k][0] for k in ks]
        lo = max(0, bisect_right(firsts, i - 4 * _WINDOW) - 1)
        hi = bisect_right(firsts, i + _WINDOW)
        return [k for k in ks[lo:hi] if self.stretch_tokens[k][1] >= i - _WINDOW]

    def paragraph_of_char(self, offset: int) -> int:
        return bisect_right(self._para_starts, offset) - 1

    def token_at_char(self, offset: int) -> int:
        return max(0, bisect_right(self.idx, offset) - 1)

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
            self._named_words = frozenset(lower[j] for j in range(first_end, self.n) if ent[j] in _SPEAKER_ENTITIES)
        return self._named_words

    def char_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Characters of tokens [start, end) without edge punctuation and a leading 'that'."""
        punct = self.punct
        while start < end and punct[start]:
            start += 1
        while end > start and punct[end - 1]:
            end -= 1
        if end - start > 1 and self.lower[start] == "that" and self.dep[start] == "mark":
            start += 1
        if end <= start:
            return None
        return self.idx[start], self.idx[end - 1] + self.length[end - 1]

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


_STRING_CACHE: dict[int, str] = {}
_LOWER_CACHE: dict[int, str] = {}
_CACHE_LIMIT = 500_000


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


# --- cue words and sources ------------------------------------------------------------


def is_trigger(ctx: DocContext, i: int) -> bool:
    """Whether token ``i`` could head a cue (a verb, 'according to', a reporting noun)."""
    pos = ctx.pos[i]
    if pos in ("VERB", "AUX"):
        return ctx.dep[i] not in ("aux", "auxpass")
    if ctx.lower[i] == "according":
        return i + 1 < ctx.n and ctx.lower[i + 1] == "to"
    if pos == "NOUN":
        return ctx.lemma[i] in lexicons.load("cue_nouns")
    return False


def subject_of(ctx: DocContext, i: int) -> int:
    """The source of cue word ``i`` (token index, -1 if none); see :func:`_grammatical_subject`.

    A cue outside quotation marks never takes its source from inside them: '"… a total
    shambles," said Ines Duarte' can be parsed with 'shambles' as the subject.
    """
    if _speaks_for_nobody(ctx, i):
        return -1
    found = _grammatical_subject(ctx, i, outside=ctx.quote_of[i] < 0)
    if found >= 0 and ctx.quote_of[found] >= 0 and ctx.quote_of[i] < 0:
        found = _loose_subject(ctx, i)
        if found < 0:
            found = _inverted_subject(ctx, i)
        if found >= 0 and ctx.quote_of[found] >= 0:
            found = -1
    if found >= 0 and (ctx.ent[found] in _NOT_SPEAKER_ENTS or _in_dateline(ctx, found)):
        found = _speaker_near(ctx, found, i)
    return found


def _speaks_for_nobody(ctx: DocContext, i: int) -> bool:
    """Cues whose grammatical subject is not a source: 'It seems Trump will …', 'The plan
    appears to …' (the subject is what the impression is about) and a participle with no
    subject of its own ('Asked about the rally, Ruiz said …': Ruiz was asked; 'known as',
    'expected to'). On PolNeAR train's first 80 %, 231 such gold cues have no source, 49 one."""
    lemma = ctx.lemma[i]
    if lemma in _IMPRESSION_VERBS and ctx.pos[i] == "VERB":
        return True
    if lemma in _PARTICIPLE_WITHOUT_SOURCE and ctx.tag[i] == "VBN":
        return not any(ctx.dep[c] in _SUBJECT_DEPS or ctx.dep[c] == "agent" for c in ctx.children[i])
    return False


_IMPRESSION_VERBS = frozenset({"seem", "appear"})
_PARTICIPLE_WITHOUT_SOURCE = frozenset({"ask", "know", "expect"})


def _in_dateline(ctx: DocContext, j: int) -> bool:
    """Whether token ``j`` is a dateline place in capitals before a dash ('GENEVA — …',
    'PORTLAND, Ore. - …'), which the recogniser does not always label a place."""
    if not (ctx.text[ctx.idx[j] : ctx.idx[j] + ctx.length[j]].isupper() and ctx.length[j] > 1):
        return False
    for k in range(j + 1, min(ctx.n, j + 5)):
        if ctx.lower[k] in _DASHES:
            return True
        if not ctx.punct[k] and ctx.pos[k] != "PROPN":
            return False
    return False


def _speaker_near(ctx: DocContext, subject: int, i: int) -> int:
    """A dateline or a date parsed as the subject ('GENEVA — UN chief António Guterres on
    Friday urged'): the person or organisation in apposition; for a date, else the nearest
    one before the cue in its sentence. A place with no such apposition stays: it may speak
    ('Russia said')."""
    for c in ctx.children[subject]:
        if ctx.dep[c] == "appos" and ctx.ent[c] in ("PERSON", "ORG"):
            return c
    if ctx.ent[subject] in ("GPE", "LOC"):
        return subject
    start = ctx.sent_bounds[ctx.sent_of[i]][0]
    for j in range(i - 1, start - 1, -1):
        if ctx.ent[j] in ("PERSON", "ORG") and ctx.quote_of[j] < 0 and ctx.dep[j] != "compound":
            return j
    return -1


def _grammatical_subject(ctx: DocContext, i: int, outside: bool) -> int:
    """The source the grammar gives cue word ``i`` (token index, -1 if none).

    Its subject, the agent of a passive ('brokered by Merkel'), the object of 'according
    to', the owner of a noun cue ('her criticism'); inherited from the governing verb for
    participles and coordinated verbs ('…, adding that'). A relative pronoun ('Smith, who
    said …') is the source as written; speaker resolution maps it to its antecedent.
    """
    if ctx.lower[i] == "according":
        pobj = ctx.child(i + 1, {"pobj"}) if i + 1 < ctx.n else -1
        return pobj if pobj >= 0 else ctx.child(i, {"pobj"})
    if ctx.pos[i] == "NOUN":
        for c in ctx.children[i]:
            if ctx.dep[c] == "poss" or (ctx.dep[c] == "compound" and ctx.pos[c] == "PROPN"):
                return c
        for c in ctx.children[i]:
            # 'criticism from Republicans', 'a statement by the ministry'
            if ctx.dep[c] == "prep" and ctx.lower[c] in ("from", "by") and c > i:
                pobj = ctx.child(c, {"pobj"})
                if pobj >= 0 and ctx.pos[pobj] in _NOMINAL and ctx.ent[pobj] not in _TIME_ENTS:
                    return pobj
        head = ctx.head[i]
        if ctx.dep[i] == "dobj" and head != i and ctx.pos[head] == "VERB":
            # 'The ministry released a statement', 'Her office put out a statement saying …'
            return _grammatical_subject(ctx, head, outside)
        return -1
    current, inherited = i, False
    for _ in range(5):
        subjects = [c for c in ctx.children[current] if ctx.dep[c] in _SUBJECT_DEPS]
        if outside and len(subjects) > 1:
            # '"… a total shambles," said Ines Duarte': two subjects, one inside the quote.
            subjects = [c for c in subjects if ctx.quote_of[c] < 0] or subjects
        agent = ctx.child(current, {"agent"})
        if agent >= 0:  # 'the deal brokered by Merkel', 'was criticized by Smith'
            return ctx.child(agent, {"pobj"})
        if subjects:
            # The passive subject of the cue itself is what was said about ('Smith was
            # asked'); that of a governing verb is who spoke ('After saying …, she was taken').
            return subjects[0] if inherited or ctx.dep[subjects[0]] != "nsubjpass" else -1
        dep, head = ctx.dep[current], ctx.head[current]
        if dep in ("relcl", "acl") and ctx.pos[head] in _NOMINAL:
            return head
        if head != current and (
            dep in _SUBJECT_INHERITING_DEPS
            or (dep == "prep" and ctx.pos[current] == "ADP")
            or (dep == "dep" and ctx.pos[current] == "VERB" and ctx.pos[head] == "VERB")  # '…, then stood up and declared:'
        ):
            # '…, adding that', 'began by saying', 'after saying': the governing verb's subject.
            current, inherited = head, True
            continue
        break
    # The governing verb's loose subject ('…, telling delegates' after a verb whose subject the parse lost).
    found = _loose_subject(ctx, current) if current != i else -1
    return found if found >= 0 else _loose_subject(ctx, i)


def _inverted_subject(ctx: DocContext, i: int) -> int:
    """'"Too late," wrote a retired teacher': the quotation parsed as the subject, the speaker as
    an object after the verb (any noun phrase, not only a name)."""
    return _after_verb(ctx, i, lambda c: ctx.pos[c] in _NOMINAL and ctx.ent[c] not in _TIME_ENTS)


def _after_verb(ctx: DocContext, i: int, accept: Callable[[int], bool]) -> int:
    """The first dependent of verb ``i`` after it, outside quotation marks, in a role a
    misparsed subject takes ('"…," said Jane Doe' with the name as an object), that ``accept`` takes."""
    for c in ctx.children[i]:
        if c > i and ctx.dep[c] in _MISPARSED_SUBJECT_DEPS and ctx.quote_of[c] < 0 and accept(c):
            return c
    return -1


def _loose_subject(ctx: DocContext, i: int) -> int:
    """A source the parse did not attach: 'Said Ellis: …' (the verb parsed as a compound),
    or '…," said Jane Doe' with the name parsed as an object (never a date: 'said Monday')."""
    head = ctx.head[i]
    if ctx.dep[i] == "compound" and ctx.pos[head] in ("PROPN", "PRON"):
        return head
    found = _after_verb(
        ctx, i, lambda c: ctx.ent[c] in ("PERSON", "ORG", "NORP", "GPE") or (ctx.pos[c] == "PROPN" and ctx.ent[c] not in _TIME_ENTS)
    )
    if found >= 0:
        return found
    # '…," harbour police Chief Ana Ruiz said Monday' parsed apart: the name right before the verb.
    j = i - 1
    while j >= 0 and ctx.pos[j] in ("ADV", "AUX", "PART") and i - j <= 3:
        j -= 1
    if j >= 0 and ctx.quote_of[j] < 0 and ctx.sent_of[j] == ctx.sent_of[i] and (
        ctx.pos[j] == "PROPN" or (ctx.pos[j] == "PRON" and ctx.lower[j] in _PRONOUN_KINDS)
    ):
        return j
    return -1


_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
# Roles the parser gives a speaker after its verb when it misses the inversion.
_MISPARSED_SUBJECT_DEPS = frozenset({"dobj", "attr", "npadvmod", "dep", "appos", "nsubj"})
# Entities that never speak themselves but the parser sometimes makes subjects.
_NOT_SPEAKER_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC"})


def cue_range(ctx: DocContext, i: int) -> tuple[int, int]:
    """Token range of the cue as written: the word plus a particle or the second word of a
    multi-word cue ('called for', 'according to', 'made clear', 'voiced concern')."""
    if ctx.lower[i] == "according":
        return i, i + 2
    end = i + 1
    seconds = multiword_cues().get(ctx.lemma[i])
    for c in ctx.children[i]:
        if c < i:
            continue
        if (ctx.dep[c] == "prt" and c == end) or (seconds and ctx.lower[c] in seconds and c <= end + 2):
            end = c + 1
    return i, end


_MULTI: dict[str, frozenset[str]] = {}


def multiword_cues() -> dict[str, frozenset[str]]:
    """Multi-word cues of the lexicon as {first word's lemma: {last words}}."""
    if not _MULTI:
        multi: dict[str, set[str]] = {}
        for entry in lexicons.load("cues"):
            words = entry.split()
            if len(words) > 1:
                multi.setdefault(words[0], set()).add(words[-1])
        _MULTI.update({k: frozenset(v) for k, v in multi.items()})
    return _MULTI


# --- candidates -----------------------------------------------------------------------


class _Proposals:
    """The contents proposed for one cue word, without duplicates."""

    def __init__(self, ctx: DocContext, trigger: int):
        self.ctx = ctx
        self.trigger = trigger
        self.trigger_char = ctx.idx[trigger]
        self.cue = cue_range(ctx, trigger)
        self.source = subject_of(ctx, trigger)
        self.items: list[Candidate] = []
        self._seen: set[tuple[int, int]] = set()

    def tokens(self, relation: str, start: int, end: int) -> None:
        """A content of tokens [start, end), cut at the cue word's paragraph."""
        ctx = self.ctx
        p_start, p_end = ctx.para_token_bounds[ctx.para_of[self.trigger]]
        start, end = max(start, p_start), min(end, p_end)
        if end <= start or end - start > _MAX_CONTENT_TOKENS:
            return
        rng = ctx.char_range(start, end)
        if rng is not None:
            self.parts(relation, [ctx.around_quotes(*rng)])

    def parts(self, relation: str, parts: list[tuple[int, int]]) -> None:
        key = (parts[0][0], parts[-1][1])
        if key in self._seen or key[1] - key[0] < 2:
            return
        if any(s <= self.trigger_char < e for s, e in parts):
            return  # the cue word never lies inside its own content
        self._seen.add(key)
        self.items.append(Candidate(self.trigger, self.trigger_char, self.cue, parts, relation, self.source))


def _propose(ctx: DocContext, i: int) -> list[Candidate]:
    head = ctx.head[i]
    if ctx.pos[i] == "NOUN" and head != i and cue_range(ctx, head)[0] <= i < cue_range(ctx, head)[1]:
        return []  # 'concern' in 'voiced concern that …' belongs to the verb's cue
    prop = _Proposals(ctx, i)
    cue_start, cue_end = prop.cue
    for c in ctx.children[i]:
        dep = ctx.dep[c]
        if dep not in _CONTENT_CHILD_DEPS or cue_start <= c < cue_end:
            continue
        if dep == "nsubj" and not (ctx.tag[i] == "VBN" or ctx.pos[i] == "AUX" or ctx.lemma[i] in _RAISING_VERBS):
            continue  # the subject is the content only in "X is expected to", "X seems", "X appears"
        start, end = ctx.subtree(c)
        if dep == "prep":
            word = ctx.lower[c]
            prop.tokens(f"child:prep:{word}", start, end)
            pobj = ctx.child(c, {"pobj", "pcomp"})
            if pobj >= 0:
                prop.tokens(f"child:pobj:{word}", *ctx.subtree(pobj))
        else:
            prop.tokens(f"child:{dep}", start, end)
            if dep in _CORE_DEPS:
                core_end = _core_end(ctx, c)
                if core_end < end:
                    prop.tokens(f"child:{dep}:core", start, core_end)
    if ctx.pos[i] == "VERB":
        # 'described Clinton as a "disgrace"', 'called her behavior "outrageous"': the verb
        # phrase after the cue, whole or without trailing clauses and modifiers.
        right = [c for c in ctx.children[i] if c >= cue_end and ctx.dep[c] not in ("punct", "cc")]
        if len(right) > 1:
            prop.tokens("vp", cue_end, ctx.right[i] + 1)
            core = [c for c in right if ctx.dep[c] in _VP_CORE_DEPS]
            if core and core[-1] != right[-1]:
                prop.tokens("vp_core", cue_end, ctx.right[core[-1]] + 1)
        # 'telling delegates at the opening of the summit that the world was …': a
        # that-clause the parser hung somewhere inside the verb phrase.
        end = ctx.right[i] + 1
        look = range(cue_end, min(end, cue_end + _WINDOW))
        mark = next((j for j in look if ctx.lower[j] == "that" and ctx.dep[j] == "mark" and ctx.head[ctx.head[j]] != i), -1)
        if mark >= 0 and ctx.quote_of[mark] < 0:
            # It is the verb's complement clause, misattached: scored as one ('child:ccomp').
            prop.tokens("child:ccomp:that", mark, end)
    head = ctx.head[i]
    if ctx.dep[i] in _REST_DEPS and head != i:
        h_start, h_end = ctx.subtree(head)
        t_start, t_end = ctx.subtree(i)
        if ctx.lower[i] == "according":
            # 'According to Rush Limbaugh, the move …': the parser may hang 'to X' elsewhere.
            to_object = ctx.child(i + 1, {"pobj"})
            t_end = max(t_end, ctx.right[to_object] + 1 if to_object >= 0 else i + 2)
        left, right = (h_start, t_start), (t_end, h_end)
        prop.tokens(f"rest:{ctx.dep[i]}", *max(left, right, key=lambda r: r[1] - r[0]))
    elif ctx.dep[i] == "ROOT":
        s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
        subject = ctx.child(i, _SUBJECT_DEPS)
        core_start, core_end = i, i + 1
        if subject >= 0:
            core_start, core_end = min(i, ctx.left[subject]), max(i + 1, ctx.right[subject] + 1)
        left, right = (s_start, core_start), (core_end, s_end)
        prop.tokens("rest:sent", *max(left, right, key=lambda r: r[1] - r[0]))
    if ctx.quote_of[i] < 0 and ctx.stretches:
        _propose_quotes(ctx, prop)
    return prop.items


def _core_end(ctx: DocContext, head: int) -> int:
    """End of ``head``'s subtree without its trailing modifiers: '…, focusing on …',
    '…, which …', '… or explain …' (a clause after a comma or a conjunction)."""
    for r in ctx.children[head]:
        if r <= head or ctx.dep[r] not in _TRAILING_DEPS:
            continue
        before = ctx.left[r] - 1
        if before > head and (ctx.lower[before] in (",", ";", "—", "--") or ctx.dep[before] == "cc"):
            return before
    return ctx.right[head] + 1


def _propose_quotes(ctx: DocContext, prop: _Proposals) -> None:
    """The quotation(s) a cue introduces or follows, and their continuation."""
    i = prop.trigger
    sent = ctx.sent_of[i]
    source_range = ctx.subtree(prop.source) if prop.source >= 0 and ctx.pos[prop.source] != "PRON" else (-1, -1)
    ks = [
        k for k in ctx.stretches_near(i)
        if not _nickname(ctx, k, source_range)  # 'Marcia "Cia" Price said'
        and not _cue_word_between(ctx, i, k)  # '"…," he said, adding that "…"'
    ]  # fmt: skip
    all_ks = ks
    if ks and ctx.stretch_tokens[ks[0]][1] <= i:
        # '"…," said Ruth Almeida, a nurse who waited in an "endless, freezing line"': after
        # the cue, a quotation continues the quote before it only when it opens after
        # punctuation; one inside the words that follow is theirs.
        ks = ks[: next((n for n, k in enumerate(ks) if ctx.stretch_tokens[k][0] > i and not _opens_after_punctuation(ctx.text, ctx.stretches[k].start)), len(ks))]
    relation = "quote"
    if not ks:
        s_start, s_end = ctx.sent_bounds[sent]
        # '"…" ¶ He said in an interview.': only a short sentence attributes the quote before it.
        short = sum(not ctx.punct[j] for j in range(s_start, s_end)) <= _SHORT_SENTENCE
        before = _stretch_ending_before(ctx, s_start) if short else -1
        after = _stretch_opening_after(ctx, s_end)
        if before >= 0:
            ks, relation = [before], "quote_prev"
        elif after >= 0:
            ks, relation = [after], "quote_next"
        else:
            return
    stretches = ctx.stretches
    parts = [p for k in ks for p in stretches[k].pieces]
    prop.parts(relation, parts)
    run = list(parts)
    last = (all_ks or ks)[-1]  # a run continues after the quotations left out above
    para = ctx.paragraph_of_char(stretches[last].end)
    for k in range(last + 1, len(stretches)):
        nxt = stretches[k]
        if len(run) - len(parts) >= _MAX_RUN_QUOTATIONS or _dash_attributed(ctx, k - 1):
            break  # a quote round-up ('"…" ― Jane Doe' a line) is many quotes, not one
        if not nxt.closed or _cue_between(ctx, stretches[k - 1].end, nxt.start, i) or _has_own_cue(ctx, k, i):
            break  # (an unclosed quotation is more often a stray mark than speech)
        next_para = ctx.paragraph_of_char(nxt.start)
        if next_para == para:
            if not _starts_sentence(ctx, k):
                break
        elif next_para != para + 1 or ctx.text[ctx.paragraphs[next_para][0] : nxt.start].strip():
            break
        run.extend(nxt.pieces)
        para = ctx.paragraph_of_char(nxt.end)
    if len(run) > len(parts):
        prop.parts(relation + "_run", run)
        # 'The talks achieved "far too little," she added. "Unless the rules change …"': a clause
        # holding a quoted fragment, continued by the quoted sentences after it.
        continuation = run[len(parts) :]
        quoted = [p for k in ks for p in stretches[k].pieces]
        for cand in list(prop.items):
            clause = cand.relation.startswith(("child:ccomp", "rest:")) and len(cand.parts) == 1
            if clause and cand.end <= continuation[0][0] and any(s < cand.end and cand.start < e for s, e in quoted):
                prop.parts(cand.relation + "_run", cand.parts + continuation)


def _dash_name(text: str, end: int) -> re.Match | None:
    """The dash and name after a quotation ending at ``end`` ('"…" ― Jane Doe'), when the
    words after the dash are written as a name."""
    match = _DASH_NAME_RE.match(text, end) or _DASH_NAME_NEXT_RE.match(text, end)
    if match is None:
        return None
    name = match.group("name").strip()
    return match if name[:1].isupper() and _NAME_RE.fullmatch(name) else None


def _dash_attributed(ctx: DocContext, k: int) -> bool:
    """Whether quotation ``k`` is followed by a dash and a name ('"…" ― Jane Doe')."""
    return _dash_name(ctx.text, ctx.stretches[k].end) is not None


def _opens_after_punctuation(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` follows punctuation (or opens the text)."""
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < 0 or text[j] in _CLAUSE_PUNCTUATION


def _nickname(ctx: DocContext, k: int, source_range: tuple[int, int]) -> bool:
    """A short quotation inside the speaker's name ('Marcia "Cia" Price')."""
    first, last = ctx.stretch_tokens[k]
    return source_range[0] < first and last < source_range[1] and last - first <= 3


def _cue_word_between(ctx: DocContext, i: int, k: int) -> bool:
    """Whether another reporting verb stands between cue word ``i`` and quotation ``k``."""
    first, last = ctx.stretch_tokens[k]
    between = range(last, i) if last <= i else range(i + 1, first)
    return any(ctx.cue_verb[j] for j in between)


def _stretch_ending_before(ctx: DocContext, s_start: int) -> int:
    """The quotation that ends right before sentence start ``s_start`` ('"…" ¶ He said.')."""
    if s_start >= ctx.n:
        return -1
    k = ctx.quote_of[s_start - 1] if s_start > 0 else -1
    j = s_start - 1
    while k < 0 and j >= 0 and s_start - j <= 3 and ctx.punct[j]:
        k = ctx.quote_of[j]
        j -= 1
    if k < 0:
        return -1
    gap = ctx.text[ctx.stretches[k].end : ctx.idx[s_start]]
    return k if not gap.strip(" \n.,") else -1


def _stretch_opening_after(ctx: DocContext, s_end: int) -> int:
    """The quotation opening right after a sentence that ends in a colon ('He said: ¶ "…"')."""
    last = s_end - 1
    while last > 0 and ctx.punct[last] and ctx.lower[last] != ":":
        last -= 1
    if ctx.lower[last] != ":":
        return -1
    for j in range(last + 1, min(ctx.n, last + 4)):
        if ctx.quote_of[j] >= 0:
            return ctx.quote_of[j]
    return -1


def _cue_between(ctx: DocContext, start_char: int, end_char: int, trigger: int) -> bool:
    """Whether a reporting verb with its own subject stands outside quotes in [start, end)."""
    i = bisect_right(ctx.idx, start_char - 1)
    while i < ctx.n and ctx.idx[i] < end_char:
        if i != trigger and ctx.cue_verb[i] and ctx.child(i, _SUBJECT_DEPS) >= 0:
            return True
        i += 1
    return False


def _has_own_cue(ctx: DocContext, k: int, trigger: int) -> bool:
    """Whether quotation ``k`` has a reporting verb of its own outside quotes, in its
    sentence(s) or in a sentence of the same paragraph right after it ('"…?" ¶ Trump said.')."""
    first, last = ctx.stretch_tokens[k]
    if first >= ctx.n:
        return False
    s_start = ctx.sent_bounds[ctx.sent_of[first]][0]
    s_end = ctx.sent_bounds[ctx.sent_of[max(first, last - 1)]][1]
    after = last
    while after < ctx.n and ctx.punct[after] and ctx.para_of[after] == ctx.para_of[first]:
        after += 1
    if after < ctx.n and ctx.para_of[after] == ctx.para_of[first]:
        s_end = max(s_end, ctx.sent_bounds[ctx.sent_of[after]][1])
    s_start, s_end = max(s_start, first - _WINDOW), min(s_end, last + _WINDOW)
    return any(ctx.cue_verb[j] and j != trigger for j in range(s_start, s_end))


def _starts_sentence(ctx: DocContext, k: int) -> bool:
    """Whether quotation ``k`` opens its sentence (a quoted sentence, not a fragment)."""
    first = ctx.stretch_tokens[k][0]
    if first >= ctx.n:
        return False
    s_start = ctx.sent_bounds[ctx.sent_of[first]][0]
    return all(ctx.punct[j] for j in range(s_start, first))


def _punctuation_candidates(ctx: DocContext) -> list[Candidate]:
    """Attributions made by punctuation: a short lead-in before a colon ('Newspaper: Defense
    secretary used …', 'Trump: "…"') and a name after a dash closing a quotation
    ('"…" ― Jane Doe')."""
    out = []
    for s_start, s_end in ctx.sent_bounds:
        for i in range(s_start + 1, min(s_end, s_start + 8)):
            if ctx.lower[i] != ":" or ctx.quote_of[i] >= 0:
                continue
            left = range(s_start, i)
            if any(ctx.pos[j] == "VERB" for j in left) or not any(ctx.pos[j] in _NOMINAL for j in left):
                break
            rng = ctx.char_range(i + 1, s_end)
            root = next((j for j in left if not (s_start <= ctx.head[j] < i) or ctx.head[j] == j), i - 1)
            if rng is not None and _could_speak(ctx, s_start, i, root):
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), [rng], "colon", root))
            break
    text = ctx.text
    for stretch in ctx.stretches:
        match = _dash_name(text, stretch.end)
        if match is None:
            continue
        dash = ctx.token_at_char(match.start("dash"))
        name_start, name_end = ctx.token_at_char(match.start("name")), ctx.token_at_char(match.end("name") - 1) + 1
        if name_end - name_start > 6 or not any(ctx.pos[j] == "PROPN" for j in range(name_start, name_end)):
            continue
        names = [j for j in range(name_start, name_end) if ctx.pos[j] == "PROPN"]
        root = next((j for j in names if not (name_start <= ctx.head[j] < name_end) or ctx.head[j] == j), names[-1])
        # PolNeAR train has no such attribution, so the model cannot score it; it is a fixed
        # convention of news features and quote round-ups, taken as is.
        out.append(Candidate(dash, ctx.idx[dash], (dash, dash + 1), list(stretch.pieces), "dash", root, fixed_score=_DASH_SCORE))
    return out


# Headline kickers: a word before a colon that announces, not a speaker ('Breaking: …').
_KICKERS = frozenset("""breaking exclusive update updated latest live watch look wow boom busted bombshell revealed
 revealing leaked video photos photo gallery analysis explainer factbox timeline opinion review recap preview
 quiz podcast newsletter listen read""".split())
# Documents that speak for their authors ('Poll: …', 'IG report: …', 'WSJ editorial: …').
_SPEAKING_DOCUMENTS = frozenset("poll polls survey study report memo editorial letter statement lawsuit filing audit".split())
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SPEAKER_NOUN_LEXICONS = ("organisation_nouns", "anonymous", "titles", "person_nouns", "outlets")


def _could_speak(ctx: DocContext, start: int, colon: int, root: int) -> bool:
    """Whether the lead-in before a headline colon can be a speaker: a person or an
    organisation the article names ('Trump: …', 'NY Post: …') or a noun that speaks ('Poll:
    …', 'Insiders: …', 'WSJ editorial: …') — not a topic ('Ferry strike: …', 'Coronavirus:
    …') or a kicker ('Breaking: …', 'The Latest: …'). Headline parses are poor (a name in
    capitals is often a common noun), so a word counts as a name when the article tags it
    as a person, organisation or group somewhere after the lead-in."""
    words = [j for j in range(start, colon) if not ctx.punct[j]]
    if not words or (len(words) <= 2 and ctx.lower[words[-1]] in _KICKERS):
        return False
    head = ctx.lower[root]
    lead_in = " ".join(ctx.lower[j] for j in words)
    if head in _SPEAKING_DOCUMENTS or lead_in in lexicons.load("outlets"):
        return True
    if any(head in lexicons.load(name) or head.rstrip("s") in lexicons.load(name) for name in _SPEAKER_NOUN_LEXICONS):
        return True
    named = ctx.named_words()
    return any(ctx.lower[j] in named for j in words if ctx.pos[j] in ("PROPN", "NOUN"))


def find_candidates(ctx: DocContext, cue_scorer: LinearScorer | None = None) -> list[Candidate]:
    """All candidates of a document, with features. With ``cue_scorer``, only the words it
    lets through (probability >= its threshold) propose contents; without, every cue word."""
    result = []
    for i in range(ctx.n):
        if not is_trigger(ctx, i):
            continue
        if cue_scorer is not None and cue_scorer.probability(cue_features(ctx, i)) < cue_scorer.threshold:
            continue
        proposals = _propose(ctx, i)
        if proposals:
            shared = trigger_features(ctx, proposals[0])
            for cand in proposals:
                cand.shared = shared
            result.extend(proposals)
    for cand in _punctuation_candidates(ctx):
        cand.shared = trigger_features(ctx, cand)
        result.append(cand)
    for cand in result:
        cand.quoted_share = ctx.quoted_share(cand.parts)
        cand.features = features(ctx, cand)
    return result


# --- features -------------------------------------------------------------------------


def feature_template(feature: str) -> str:
    """A feature's template: its name without the value ('lem|rel=say|child:ccomp' -> 'lem|rel')."""
    return feature.split("=", 1)[0]


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    for k, edge in enumerate(edges):
        if n < edge:
            return k
    return len(edges)


def _source_kind(ctx: DocContext, s: int) -> str:
    if s < 0:
        return "none"
    if ctx.pos[s] == "PRON":
        return "pron:" + ctx.lower[s] if ctx.lower[s] in _PRONOUN_KINDS else "pron"
    if ctx.ent[s]:
        return "ent:" + ctx.ent[s]
    if ctx.lemma[s] in lexicons.load("anonymous"):
        return "anon"
    return ctx.pos[s]


def cue_features(ctx: DocContext, i: int) -> list[str]:
    """Features of a word alone, for the cheap cue filter."""
    lemma, tag, dep = ctx.lemma[i], ctx.tag[i], ctx.dep[i]
    kids = {ctx.dep[c] for c in ctx.children[i]}
    subject = bool(kids & _SUBJECT_DEPS)
    comp = "ccomp" if "ccomp" in kids else "xcomp" if "xcomp" in kids else "dobj" if "dobj" in kids else "prep" if "prep" in kids else "-"
    in_quote = ctx.quote_of[i] >= 0
    near_quote = bool(ctx.stretches_in_sent.get(ctx.sent_of[i]))
    return [
        "bias",
        f"c:lem={lemma}",
        f"c:lem|tag={lemma}|{tag}",
        f"c:lem|comp={lemma}|{comp}",
        f"c:lem|subj={lemma}|{subject}",
        f"c:lem|inq={lemma}|{in_quote}",
        f"c:lem|nearq={lemma}|{near_quote}",
        f"c:dep={dep}",
        f"c:tag={tag}",
        f"c:comp={comp}",
        f"c:subj|comp={subject}|{comp}",
        f"c:inq={in_quote}",
        f"c:nearq={near_quote}",
        f"c:lex={lemma in lexicons.load('cues')}",
    ]


def trigger_features(ctx: DocContext, cand: Candidate) -> list[str]:
    """Features of a candidate that depend on its cue word alone (shared by its candidates)."""
    t = cand.trigger
    rel = cand.relation
    lemma = rel if rel in ("colon", "dash") else ctx.lemma[t]
    src = _source_kind(ctx, cand.source)
    in_quote = ctx.quote_of[t] >= 0
    neg = any(ctx.dep[c] == "neg" for c in ctx.children[t])
    return [
        "bias",
        f"lem={lemma}",
        f"pos={ctx.pos[t]}",
        f"tag={ctx.tag[t]}",
        f"dep={ctx.dep[t]}",
        f"src={src}",
        f"lem|src={lemma}|{src != 'none'}",
        f"inq={in_quote}",
        f"lem|inq={lemma}|{in_quote}",
        f"head={ctx.para_of[t] == 0}",
        f"neg={neg}",
        f"lem|neg={lemma}|{neg}",
        f"lex={lemma in lexicons.load('cues')}",
    ]


def features(ctx: DocContext, cand: Candidate) -> list[str]:
    """Features of a candidate that depend on its content (its cue word's are in ``shared``)."""
    t = cand.trigger
    rel = cand.relation
    lemma = rel if rel in ("colon", "dash") else ctx.lemma[t]
    pieces = rel.split(":")
    rel_short = pieces[0] + ":" + pieces[1] if len(pieces) > 1 else rel
    idx = ctx.idx
    first = max(bisect_right(idx, cand.start) - 1, 0)
    last = max(first, bisect_right(idx, cand.end - 1) - 1)
    length = _bucket(last - first + 1, (3, 5, 8, 13, 21, 34, 55, 89))
    quoted = cand.quoted_share
    qb = "none" if quoted == 0 else "some" if quoted < 0.5 else "most" if quoted < 0.9 else "all"
    src = _source_kind(ctx, cand.source)
    in_quote = ctx.quote_of[t] >= 0
    t_char = idx[t]
    position = "before" if t_char < cand.start else "after" if t_char >= cand.end else "inside"
    word = ctx.lower[first]
    first_word = word if word in _FIRST_WORDS else ctx.pos[first]
    pos = ctx.pos
    has_verb = any(pos[j] in ("VERB", "AUX") for j in range(first, min(last + 1, first + 60)))
    n_sents = min(ctx.sent_of[last] - ctx.sent_of[first] + 1, 4)
    headline = ctx.para_of[t] == 0
    lex = lemma in lexicons.load("cues")
    root = _root(ctx, first, last + 1)
    root_kind = ctx.ent[root] or pos[root]
    tag, dep = ctx.tag[t], ctx.dep[t]
    src_side = "none" if cand.source < 0 else "before" if cand.source < t else "after"
    cue_end = cand.cue[1]
    colon = cue_end < ctx.n and ctx.lower[cue_end] == ":"
    gap = _bucket(_token_gap(ctx, cand, first, last), (1, 3, 6, 12))
    punct = ctx.punct
    sent_first, sent_last = ctx.sent_bounds[ctx.sent_of[first]][0], ctx.sent_bounds[ctx.sent_of[last]][1] - 1
    starts = all(punct[j] for j in range(sent_first, first))
    ends = all(punct[j] for j in range(last + 1, sent_last + 1))
    edges = f"{starts}|{ends}"
    source_inside = cand.source >= 0 and first <= cand.source <= last
    qcover = _quote_cover(ctx, cand)
    nearest = _nearest_cue(ctx, cand, first) if rel.startswith("quote") else "na"
    # '…, telling delegates that …' inside the content: another attribution swallowed.
    trailing_cue = any(
        ctx.dep[c] in ("advcl", "xcomp", "conj") and ctx.tag[c] == "VBG" and ctx.cue_verb[c] and first <= c <= last
        for c in ctx.children[t]
    )
    return [
        f"trailcue={trailing_cue}",
        f"nearest|rel={nearest}|{rel}",
        f"nearest|lem={nearest}|{lemma}",
        f"rel|trailcue={rel_short}|{trailing_cue}",
        f"qcover={qcover}",
        f"rel|qcover={rel_short}|{qcover}",
        f"edges={edges}",
        f"rel|edges={rel_short}|{edges}",
        f"rel|q|edges={rel_short}|{qb}|{edges}",
        f"srcin={source_inside}",
        f"rel|len|q={rel_short}|{length}|{qb}",
        f"colon={colon}",
        f"rel|colon={rel_short}|{colon}",
        f"gap={gap}",
        f"rel|gap={rel_short}|{gap}",
        f"rel|q|gap={rel_short}|{qb}|{gap}",
        f"rel={rel_short}",
        f"relfull={rel}",
        f"lem|rel={lemma}|{rel_short}",
        f"rel|dep={rel_short}|{dep}",
        f"rel|tag={rel_short}|{tag}",
        f"rel|src={rel_short}|{src}",
        f"srcside|rel={src_side}|{rel_short}",
        f"len={length}",
        f"rel|len={rel_short}|{length}",
        f"q={qb}",
        f"rel|q={rel_short}|{qb}",
        f"lem|q={lemma}|{qb}",
        f"rel|inq={rel_short}|{in_quote}",
        f"posn={position}",
        f"rel|posn={rel_short}|{position}",
        f"first={first_word}",
        f"rel|first={rel_short}|{first_word}",
        f"lem|first={lemma}|{first_word}",
        f"verb={has_verb}",
        f"rel|verb={rel_short}|{has_verb}",
        f"sents={n_sents}",
        f"rel|sents={rel_short}|{n_sents}",
        f"rel|head={rel_short}|{headline}",
        f"lex|rel={lex}|{rel_short}",
        f"root={root_kind}",
        f"rel|root={rel_short}|{root_kind}",
        f"lem|rel|verb={lemma}|{rel_short}|{has_verb}",
        f"parts={min(len(cand.parts), 4)}",
    ]


def _nearest_cue(ctx: DocContext, cand: Candidate, first: int) -> str:
    """Whether the cue word is the reporting verb nearest to the quotation's start, among
    those of its sentence (another one nearer is likely its speaker's)."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[cand.trigger]]
    t = cand.trigger
    mine = abs(t - first)
    for j in range(max(s_start, first - mine + 1), min(s_end, first + mine)):
        if j != t and ctx.cue_verb[j]:
            return "no"
    return "yes"


def _quote_cover(ctx: DocContext, cand: Candidate) -> str:
    """How much of the quotations in the cue word's sentence the content covers."""
    ks = ctx.stretches_near(cand.trigger)
    if not ks:
        return "noq"
    total = covered = 0
    for k in ks:
        for s, e in ctx.stretches[k].pieces:
            total += e - s
            covered += sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in cand.parts)
    share = covered / total if total else 0.0
    return "none" if share == 0 else "all" if share > 0.95 else "part"


def _token_gap(ctx: DocContext, cand: Candidate, first: int, last: int) -> int:
    """Tokens between the content and the nearest of its cue and source (0: adjacent)."""
    near = [cand.cue[0], cand.cue[1] - 1] + ([cand.source] if cand.source >= 0 else [])
    gaps = [first - j - 1 if j < first else j - last - 1 if j > last else 0 for j in near]
    return max(0, min(gaps))


def _root(ctx: DocContext, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the first such)."""
    for j in range(start, end):
        h = ctx.head[j]
        if h == j or not (start <= h < end):
            return j
    return start
