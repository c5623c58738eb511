"""The candidates: every (cue, content, source) the parse and the punctuation allow.

For every word that could head a cue (:func:`~newsmine.nlp.attribution.cues.is_trigger`)
and that the cue model lets through, the contents the parse allows, each with the source
the source model or the grammar gives (:func:`~newsmine.nlp.attribution.sources.choose_source`) and its features
(:mod:`~newsmine.nlp.attribution.features`). Candidate kinds (the ``relation`` feature):

- ``child:<dep>``: the subtree of a dependent of the cue word (``ccomp`` for "said that …",
  ``dobj`` for "called for …", ``prep``/``pobj`` for "warned of …", ``xcomp`` for "wants to …");
- ``rest:<dep>``: the cue word's head clause without the cue's own subtree ("…, he said"
  parsed as a parataxis; "according to X, …"); ``rest:sent`` the sentence without the cue
  and its subject;
- ``vp``, ``vp_core``: the verb phrase after the cue ('described Clinton as a "disgrace"');
- ``quote`` (quotations in the cue's sentence), ``quote_prev`` ('"…" ¶ He said.'),
  ``quote_next`` ('He said: ¶ "…"'), each also as a ``…_run``: continued by the quoted
  sentences of the paragraph and the quoted paragraphs that follow with no cue of their own;
- ``colon`` ("Newspaper: Defense secretary used …") and ``dash`` ('"…" ― Jane Doe');
- ``poll``: the clause a poll is cited in ('Clinton leads by 5 points in a new Quinnipiac
  poll'), 'in' its cue and the poll its source (:func:`~newsmine.nlp.attribution.cues.poll_cue`).

Also :class:`Intervals`, the chosen candidates indexed by position, for the decision stages.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.after_quotation import attribution_after
from newsmine.nlp.attribution.context import NOMINAL_POS, SUBJECT_DEPS, WINDOW, DocContext
from newsmine.nlp.attribution.cues import cue_range, is_trigger, poll_cue
from newsmine.nlp.attribution.features import cue_features_of, cue_values, features, trigger_features
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.attribution.sources import assign_speakers, choose_source

__all__ = ["Candidate", "Intervals", "find_candidates", "quote_type"]

# Dependents of a cue word whose subtree may be the content. Conjuncts, datives and bare
# noun modifiers are nearly never the content in PolNeAR train: left out, for speed; the
# subject only for passives and raising verbs ("X is expected to", "X seems").
_CONTENT_CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "advcl", "oprd", "acomp", "attr", "nsubjpass", "pcomp", "acl", "nsubj"})
# Dependents whose subtree is also proposed without its trailing clauses.
_CORE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "acomp", "pcomp", "acl"})
# Relations of a cue word to its head for which the head's clause minus the cue may be the content.
_REST_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj", "prep", "relcl", "acl", "npadvmod", "dep", "xcomp", "amod", "punct", "advmod"})
_TRAILING_DEPS = frozenset({"advcl", "relcl", "conj", "npadvmod", "appos", "parataxis", "acl", "prep"})
_VP_CORE_DEPS = frozenset({"dobj", "dative", "oprd", "prep", "ccomp", "xcomp", "acomp", "attr"})
_MAX_CONTENT_TOKENS = 400
_CLAUSE_PUNCTUATION = frozenset(",.:;!?—–-")
_SHORT_SENTENCE = 10
_RAISING_VERBS = frozenset({"seem", "appear", "look", "sound", "expect", "remain", "prove"})
_DASH_SCORE = 0.9
# The content model has no weights for a preposition as cue: a poll's clause is taken at this score.
_POLL_SCORE = 0.5
# A person's or organisation's name as written after a dash: capitalised words.
_NAME_RE = re.compile(r"(?:[^\W\d_][\w.'’-]*\.?)(?:[^\S\n]+(?:[A-Z][\w.'’-]*|de|da|del|van|von|bin|al-\w+))*")
# '"…" ― Jane Doe' up to the end of the line.
_DASH_NAME_RE = re.compile(r"[^\S\n]*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n]{2,60}?)[^\S\n.]*(?=\n|$)")
# '"…" ¶ - Bernie Sanders.' (quote round-ups): the name on the next line, up to a comma.
_DASH_NAME_NEXT_RE = re.compile(r"[^\S\n]*\n\s*(?P<dash>[―—–]|--?)[^\S\n]*(?P<name>[^\n,]{2,60}?)[^\S\n]*(?=,|\.?[^\S\n]*(?:\n|$))")
# A quote continued over the quotations after it (no cue of their own) takes at most this
# many: news continues a quote over a few paragraphs, and the bound keeps the work linear.
_MAX_RUN_QUOTATIONS = 30
# Share of a content's characters inside quotation marks from which it is a direct quote.
_DIRECT_SHARE = 0.9


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
    # The cue filter's probability of the cue word (the reranker reads it); NaN when unknown.
    cue_probability: float = math.nan

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class Intervals:
    """Chosen contents by position: the candidates overlapping a range in a bisection, not a
    pass over all of them (an article of thousands of quotes stays linear)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._items: list[Candidate] = []
        self._longest = 0

    def add(self, cand: Candidate) -> None:
        k = bisect_right(self._starts, cand.start)
        self._starts.insert(k, cand.start)
        self._items.insert(k, cand)
        self._longest = max(self._longest, cand.end - cand.start)

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return [c for c in self._items[lo:hi] if c.end > start]


def quote_type(cand: Candidate) -> str:
    """``direct`` when (nearly) all the content is inside quotation marks, ``mixed`` when
    part of it is, ``indirect`` otherwise."""
    if cand.quoted_share >= _DIRECT_SHARE:
        return "direct"
    return "mixed" if cand.quoted_share > 0 else "indirect"


class _Proposals:
    """The contents proposed for one cue word, without duplicates."""

    def __init__(self, ctx: DocContext, trigger: int, source_scorer: LinearScorer | None):
        self.ctx = ctx
        self.trigger = trigger
        self.trigger_char = ctx.idx[trigger]
        self.cue = cue_range(ctx, trigger)
        self.source = choose_source(ctx, trigger, source_scorer)
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
            start, end = _cut_after_opening_quotation(ctx, self.trigger_char, self.source, *ctx.around_quotes(*rng))
            self.parts(relation, [(_cut_before_closing_quotation(ctx, self.trigger_char, start, end), end)])

    def parts(self, relation: str, parts: list[tuple[int, int]]) -> None:
        key = (parts[0][0], parts[-1][1])
        if key in self._seen or key[1] - key[0] < 2:
            return
        if any(s <= self.trigger_char < e for s, e in parts):
            return  # the cue word never lies inside its own content
        self._seen.add(key)
        self.items.append(Candidate(self.trigger, self.trigger_char, self.cue, parts, relation, self.source))


def _cut_after_opening_quotation(ctx: DocContext, trigger_char: int, source: int, start: int, end: int) -> tuple[int, int]:
    """A content opening with a quoted sentence ends with that quotation when its cue comes
    before it, or when the words after it hold the source.

    'Silverman interjected, "Ladies and gentlemen, Mr. Paul Simon," who then …', 'but said,
    "It's time we change how we do it," promising …': the parse takes the words after the
    closing mark into the complement, the reporter's words, not the speaker's. On PolNeAR
    train, of the gold contents opening with a quotation that its cue precedes and that
    closes with a comma or a sentence end, 647 end with it and 23 go on (mostly into the
    next quotation, which the quotation runs propose). '"…," an intelligence source, who was
    not authorized to speak, told Fox News': a misparse hangs the quotation and the source on
    one clause."""
    k = ctx.quote_of[ctx.token_at_char(start)]
    if k < 0:
        return start, end
    stretch = ctx.stretches[k]
    if stretch.inner_start != start or len(stretch.pieces) > 1 or end <= stretch.end:
        return start, end
    if trigger_char > stretch.start and not (source >= 0 and stretch.end <= ctx.idx[source] < end):
        return start, end
    text = ctx.text
    if k + 1 < len(ctx.stretches) and ctx.stretches[k + 1].start < end and _LIST_GAP_RE.fullmatch(text, stretch.end, ctx.stretches[k + 1].start):
        return start, end  # 'chanted, "Send them home," and "Build the wall."': a list of quotations
    closes_clause = text[stretch.inner_start : stretch.inner_end].rstrip()[-1:] in _QUOTATION_ENDS or text[stretch.end : stretch.end + 1] == ","
    return (start, stretch.inner_end) if closes_clause else (start, end)


def _cut_before_closing_quotation(ctx: DocContext, trigger_char: int, start: int, end: int) -> int:
    """Where a content ending with a quotation that its cue follows starts: at the
    quotation when a colon introduces it ('Rhimes declared the need for drive: "Change the
    world …," she said.': the words before the colon are the narrator's, or another cue's);
    else ``start``."""
    if trigger_char < end:
        return start
    k = ctx.quote_of[ctx.token_at_char(max(start, end - 1))]
    if k < 0:
        return start
    stretch = ctx.stretches[k]
    if not stretch.start > start or abs(stretch.inner_end - end) > 2 or trigger_char < stretch.end:
        return start
    before = ctx.text[start : stretch.start].rstrip()
    return stretch.inner_start if before.endswith(":") else start


# What a quotation of a whole sentence or clause ends with, inside its closing mark.
_QUOTATION_ENDS = frozenset(",.!?")
# Between two quotations of a list ('"Send them home," and "Build the wall."').
_LIST_GAP_RE = re.compile(r"[\s,;]*(?:(?:and|or)\s*)?")


def _propose(ctx: DocContext, i: int, source_scorer: LinearScorer | None) -> list[Candidate]:
    head = ctx.head[i]
    if ctx.pos[i] == "NOUN" and head != i and cue_range(ctx, head)[0] <= i < cue_range(ctx, head)[1]:
        return []  # 'concern' in 'voiced concern that …' belongs to the verb's cue
    prop = _Proposals(ctx, i, source_scorer)
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
                p_start, p_end = ctx.subtree(pobj)
                prop.tokens(f"child:pobj:{word}", p_start, p_end)
                resumed = _resumed_after_quotation(ctx, i, p_start, p_end)
                if resumed > p_end:
                    prop.tokens(f"child:pobj:{word}", p_start, resumed)
        else:
            prop.tokens(f"child:{dep}", start, end)
            resumed = _resumed_after_quotation(ctx, i, start, end)
            if resumed > end:
                prop.tokens(f"child:{dep}", start, resumed)
            if dep in _CORE_DEPS:
                core_end = _core_end(ctx, c)
                if core_end < end:
                    prop.tokens(f"child:{dep}:core", start, core_end)
                # The same cut deeper down the right edge ('said he met Clinton, who …').
                for cut in _spine_cuts(ctx, c):
                    if cut < core_end:
                        prop.tokens(f"child:{dep}:core", start, cut)
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
        look = range(cue_end, min(end, cue_end + WINDOW))
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
        subject = ctx.child(i, SUBJECT_DEPS)
        core_start, core_end = i, i + 1
        if subject >= 0:
            core_start, core_end = min(i, ctx.left[subject]), max(i + 1, ctx.right[subject] + 1)
        left, right = (s_start, core_start), (core_end, s_end)
        prop.tokens("rest:sent", *max(left, right, key=lambda r: r[1] - r[0]))
    if ctx.lower[i] == "according" and ctx.quote_of[i] < 0:
        _propose_according(ctx, prop)
    if ctx.quote_of[i] < 0 and ctx.stretches:
        _propose_quotes(ctx, prop)
    return prop.items


def _propose_according(ctx: DocContext, prop: _Proposals) -> None:
    """What 'according to X' attributes: the words of its sentence before the phrase
    ('according:before': 'Verizon has struck a deal, according to the Labor Department,
    taking a step …'), after it ('according:after': 'According to the Associated Press, 571
    of …'), or both around it ('according:around': 'His criticism, according to an
    interview, was …'). The parser hangs the phrase on whichever verb is nearest ('…
    significant, and his expertise valued, according to officials'), so the head's clause
    (``rest:prep``) misses these. Also the narrow paragraph continuations of the phrase:
    'According to X, S1. S2.' (``according:after_run``: the sentences after it in its
    paragraph) and 'S1. S2, according to X.' (``according:before_run``: the sentences
    before it in its paragraph)."""
    i = prop.trigger
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    to_object = ctx.child(i + 1, {"pobj"}) if i + 1 < ctx.n else -1
    end = max(ctx.right[i] + 1, i + 2, ctx.right[to_object] + 1 if to_object >= 0 else 0)
    before = ctx.char_range(s_start, i)
    after = ctx.char_range(end, s_end) if end < s_end else None
    before = before if before is not None and _words(ctx, s_start, i) >= _MIN_ACCORDING_WORDS else None
    after = after if after is not None and _words(ctx, end, s_end) >= _MIN_ACCORDING_WORDS else None
    if before is not None:
        prop.parts("according:before", [before])
    if after is not None:
        prop.parts("according:after", [after])
    if before is not None and after is not None:
        prop.parts("according:around", [before, after])
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    if before is None and after is not None and s_end < p_end:
        rest = ctx.char_range(s_end, p_end)
        if rest is not None:
            prop.parts("according:after_run", [(after[0], rest[1])])
    if after is None and before is not None and s_start > p_start:
        earlier = ctx.char_range(p_start, s_start)
        if earlier is not None:
            prop.parts("according:before_run", [(earlier[0], before[1])])


# A side of 'according to X' with fewer words is no statement ('34, to be exact, according to').
_MIN_ACCORDING_WORDS = 2


def _words(ctx: DocContext, start: int, end: int) -> int:
    """Tokens of [start, end) that are not punctuation."""
    return sum(not ctx.punct[j] for j in range(start, end))


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


def _resumed_after_quotation(ctx: DocContext, cue: int, start: int, end: int) -> int:
    """Where a content of tokens [start, end) after ``cue`` really ends when the parse broke
    it at a quoted fragment's closing mark; ``end`` when it did not.

    'told Fox News that polls could be "way off," and have been unreliable …', 'pushed his
    promise of "free college" and forcing …': the small model hangs the closing mark, and
    the conjunct after it, on the reporting verb, so the complement stops inside the
    quotation. Then the content goes on to the end of the cue's first dependent after the
    mark, a conjunct with no subject or reporting verb of its own after 'and' or 'or'."""
    if start <= cue or end >= ctx.n:
        return end
    k = ctx.quote_of[end - 1]
    if k < 0 or ctx.stretch_tokens[k][1] < end or ctx.stretch_tokens[k][0] <= start:
        return end  # no quoted fragment cut at the content's end
    closing = ctx.stretch_tokens[k][1]
    for r in ctx.children[cue]:
        if r < closing:
            continue
        if ctx.punct[r] or ctx.dep[r] == "cc":
            continue
        if ctx.sent_of[r] != ctx.sent_of[cue] or ctx.dep[r] != "conj" or ctx.cue_verb[r] or ctx.child(r, SUBJECT_DEPS) >= 0 or ctx.quote_of[r] >= 0:
            return end  # 'while 73 percent said …', '… and says he will …': a statement of its own
        between = range(closing, ctx.left[r])
        if any(not ctx.punct[j] and ctx.lower[j] not in _RESUMING_CONJUNCTIONS for j in between):
            return end  # '…," but pledged to …': a contrast is more often a new statement
        return ctx.right[r] + 1
    return end


def _narration_after(ctx: DocContext, end_char: int, para: int) -> bool:
    """Whether a sentence of the reporter's own follows the quotation ending at ``end_char``
    and its cue clause in paragraph ``para`` ('"…," Trump added. He then turned to the
    crowd.'): a sentence starting after it with words outside quotation marks."""
    first = ctx.token_at_char(end_char)
    last = ctx.para_token_bounds[ctx.para_of[first]][1] if first < ctx.n and ctx.para_of[first] == para else first
    sent = ctx.sent_of[first] if first < ctx.n else -1
    for j in range(first, last):
        if ctx.sent_of[j] != sent and ctx.quote_of[j] < 0 and not ctx.punct[j]:
            s_start, s_end = ctx.sent_bounds[ctx.sent_of[j]]
            if sum(not ctx.punct[i] and ctx.quote_of[i] < 0 for i in range(s_start, s_end)) >= 3:
                return True
    return False


# Conjunctions after which a conjunct goes on with the clause a quotation broke.
_RESUMING_CONJUNCTIONS = frozenset({"and", "or"})
_CUT_PUNCTUATION = frozenset({",", ";", "—", "--", "–"})
_DASHES = frozenset({"—", "--", "–"})


def _spine_cuts(ctx: DocContext, head: int) -> list[int]:
    """Ends of ``head``'s subtree cut before a trailing clause on its right edge, at any
    depth: 'said he met Clinton, who is running in …' (the relative clause of the object of
    the complement's verb), '… would fail — a claim …', '… was drafted, and the aides …'.
    Walks the rightmost dependents down from ``head``."""
    cuts = []
    node = head
    for _ in range(WINDOW):
        for r in ctx.children[node]:
            if r <= node:
                continue
            if ctx.lower[r] in _DASHES:
                cuts.append(r)
            elif ctx.dep[r] in _TRAILING_DEPS:
                before = ctx.left[r] - 1
                if before > node and (ctx.lower[before] in _CUT_PUNCTUATION or ctx.dep[before] == "cc"):
                    cuts.append(before)
        right = [r for r in ctx.children[node] if r > node and not ctx.punct[r]]
        if not right or ctx.quote_of[right[-1]] >= 0:
            break
        node = right[-1]
    return cuts


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
    if any(ctx.stretch_tokens[k][0] > i for k in ks):
        # 'On ABC's "Good Morning America" Tuesday, he said, "…"', 'When someone shouted,
        # "Cruz," Beck joked, "…"': with a quotation after the cue, one before it is the
        # cue's only when it opens its sentence ('"…," he said, "…"'), not a title or
        # another speaker's words inside the sentence.
        ks = [k for k in ks if ctx.stretch_tokens[k][0] > i or _starts_sentence(ctx, k)]
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
        if attribution_after(ctx, k)[0] not in (-1, i):
            break  # '"…," Paradis said. ¶ "…," Bennett shot back.': a speaker of its own after it
        next_para = ctx.paragraph_of_char(nxt.start)
        if next_para == para:
            if not _starts_sentence(ctx, k):
                break
        elif next_para != para + 1 or ctx.text[ctx.paragraphs[next_para][0] : nxt.start].strip():
            break
        elif _narration_after(ctx, stretches[k - 1].end, para):
            break  # '"…," Trump added. He then turned to the crowd. ¶ "…"': the narration took over
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
    """Whether a reporting verb with its own subject, or with a content clause of its own
    ('…," he said, adding that he had …. "…"'), stands outside quotes in [start, end)."""
    i = bisect_right(ctx.idx, start_char - 1)
    while i < ctx.n and ctx.idx[i] < end_char:
        if i != trigger and ctx.cue_verb[i] and (ctx.child(i, SUBJECT_DEPS) >= 0 or ctx.child(i, _OWN_CONTENT_DEPS) >= 0):
            return True
        i += 1
    return False


# A reporting participle with one of these dependents reports something of its own.
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


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
    s_start, s_end = max(s_start, first - WINDOW), min(s_end, last + WINDOW)
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
            turn = i == s_start + 1 and ctx.lower[s_start] in _INTERVIEW_TURNS  # 'A' may be read as an article
            if any(ctx.pos[j] == "VERB" for j in left) or not (turn or any(ctx.pos[j] in NOMINAL_POS for j in left)):
                break
            rng = ctx.char_range(i + 1, s_end)
            root = next((j for j in left if not (s_start <= ctx.head[j] < i) or ctx.head[j] == j), i - 1)
            if not _could_speak(ctx, s_start, i, root):
                break
            parts = _colon_content(ctx, s_start, i, rng) if rng is not None else []
            if parts:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), parts, "colon", root))
            rest = _colon_paragraph(ctx, s_start, i, parts)
            if rest is not None:
                out.append(Candidate(i, ctx.idx[i], (i, i + 1), [rest], "colon", root))
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


def _poll_candidates(ctx: DocContext) -> list[Candidate]:
    """'In a CNN poll released Monday, 50 percent chose Clinton', 'Trump leads by 9 points
    in the RealClearPolitics average of polls': the clause without the poll's phrase (what
    follows a phrase that opens the clause, else what comes before it), cued by 'in', the
    poll its source."""
    out = []
    for i in range(ctx.n):
        found = poll_cue(ctx, i)
        if found is None:
            continue
        clause, poll = found
        s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
        p_start, p_end = ctx.subtree(i)
        if clause < 0:
            start, end = p_end, s_end
        else:
            c_start, c_end = ctx.subtree(clause)
            start, end = (p_end, min(c_end, s_end)) if i < clause else (max(c_start, s_start), p_start)
            # The statement opens at its subject: 'By Jan. 18, Obama was winning blacks by
            # 28 points in the same poll' reports 'Obama was winning …'.
            subject = ctx.child(clause, SUBJECT_DEPS)
            if subject >= 0 and start <= ctx.left[subject] < end:
                start = ctx.left[subject]
        while start < end and (ctx.punct[start] or ctx.dep[start] == "cc"):
            start += 1
        rng = ctx.char_range(start, end) if end - start >= _MIN_POLL_CONTENT else None
        if rng is not None:
            out.append(Candidate(i, ctx.idx[i], (i, i + 1), [rng], "poll", poll, fixed_score=_POLL_SCORE))
    return out


_MIN_POLL_CONTENT = 3


def _colon_content(ctx: DocContext, start: int, colon: int, rng: tuple[int, int]) -> list[tuple[int, int]]:
    """What a lead-in's colon introduces: the rest of its sentence, or the whole quotation
    opening right after it ('Lena Park: "We will not dredge …. The budget is gone."'), which
    the sentence splitter cuts after its first sentence — when the lead-in is a name, not a
    clause ('But Fiorina was far less bubbly: "…," she recounted': the quotation's own cue
    follows it)."""
    if any(ctx.pos[j] == "AUX" for j in range(start, colon)):
        return [rng]
    k = ctx.quote_of[colon + 1] if colon + 1 < ctx.n else -1
    if k < 0 and colon + 2 < ctx.n and ctx.punct[colon + 1]:
        k = ctx.quote_of[colon + 2]  # the opening mark is a token of its own
    if k >= 0 and ctx.stretches[k].start > ctx.idx[colon] and not ctx.text[ctx.idx[colon] + 1 : ctx.stretches[k].start].strip():
        return list(ctx.stretches[k].pieces)
    return [rng]


def _colon_paragraph(ctx: DocContext, s_start: int, colon: int, parts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A lead-in opening its paragraph speaks for the whole paragraph: the answers and
    questions of an interview transcript ('Q: There is a lot of talk about ferries. What do
    you make of it?', 'A: I came home and they were gone. …') run over several sentences
    (the sentence splitter may even end a sentence at the colon). The content from the
    colon to the paragraph's end, when the paragraph goes on after the colon's content
    (``parts``, none when the colon ends its sentence); else None."""
    para = ctx.para_of[s_start]
    p_start, p_end = ctx.para_token_bounds[para]
    if p_start != s_start or para == 0:
        return None  # the headline's lead-in ('Poll: …') speaks for its own line only
    rest = ctx.char_range(colon + 1, p_end)
    if rest is None or (parts and rest[1] <= parts[-1][1] + 1):
        return None
    return rest


# Headline kickers: a word before a colon that announces, not a speaker ('Breaking: …').
_KICKERS = frozenset("""breaking exclusive update updated latest live watch look wow boom busted bombshell revealed
 revealing leaked video photos photo gallery analysis explainer factbox timeline opinion review recap preview
 quiz podcast newsletter listen read""".split())
# Documents that speak for their authors ('Poll: …', 'IG report: …', 'WSJ editorial: …').
_SPEAKING_DOCUMENTS = frozenset("poll polls survey study report memo editorial letter statement lawsuit filing audit".split())
# An interview transcript's turns: 'Q: …' the interviewer's, 'A: …' the interviewee's.
_INTERVIEW_TURNS = frozenset({"q", "a"})
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
    if head in _SPEAKING_DOCUMENTS or lead_in in _INTERVIEW_TURNS or lead_in in lexicons.load("outlets"):
        return True
    if any(head in lexicons.load(name) or head.rstrip("s") in lexicons.load(name) for name in _SPEAKER_NOUN_LEXICONS):
        return True
    named = ctx.named_words()
    return any(ctx.lower[j] in named for j in words if ctx.pos[j] in ("PROPN", "NOUN"))


def find_candidates(
    ctx: DocContext, cue_scorer: LinearScorer | None = None, source_scorer: LinearScorer | None = None, speaker_scorer: LinearScorer | None = None
) -> list[Candidate]:
    """All candidates of a document, with features. With ``cue_scorer``, only the words it
    lets through (probability >= its threshold) propose contents; without, every cue word.
    With ``source_scorer``, a cue word's source is the source model's choice; without, the
    grammar's (:func:`~newsmine.nlp.attribution.sources.choose_source`). With
    ``speaker_scorer``, the source is chosen again by it once the features are computed
    (:func:`~newsmine.nlp.attribution.sources.assign_speakers`): the speaker changes, the
    content scores do not."""
    result = []
    for i in range(ctx.n):
        if not is_trigger(ctx, i):
            continue
        cue_probability = math.nan
        if cue_scorer is not None:
            cue_probability = cue_scorer.remembered_probability(cue_values(ctx, i), cue_features_of)
            if cue_probability < cue_scorer.threshold:
                continue
        proposals = _propose(ctx, i, source_scorer)
        if proposals:
            shared = trigger_features(ctx, proposals[0])
            for cand in proposals:
                cand.shared = shared
                cand.cue_probability = cue_probability
            result.extend(proposals)
    for cand in _punctuation_candidates(ctx) + _poll_candidates(ctx):
        cand.shared = trigger_features(ctx, cand)
        result.append(cand)
    for cand in result:
        cand.quoted_share = ctx.quoted_share(cand.parts)
        cand.features = features(ctx, cand)
    if speaker_scorer is not None:
        assign_speakers(ctx, result, speaker_scorer)
    return result
