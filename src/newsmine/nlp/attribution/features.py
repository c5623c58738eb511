"""The features: the strings the linear models of :mod:`~newsmine.nlp.attribution.model` weigh.

- :func:`cue_features`: a word alone, for the cheap cue filter;
- :func:`trigger_features`: what a cue word's candidates share (lemma, tag, source kind …);
- :func:`features`: a candidate's content (relation, length, quoted share, sentence edges,
  adjacency, …);
- :func:`source_features`, :func:`no_source_features`: a noun phrase near a cue word as its
  source, or no source, for the source model;
- :func:`confidence_features`: a chosen quote, for the confidence model.

The model file records :data:`FEATURE_SET` and the feature templates it was trained with;
``tests/test_attribution_model.py`` fails when the code computes others.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.candidate import quote_type
from newsmine.nlp.attribution.context import PRONOUN_WORDS, SUBJECT_DEPS, DocContext

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidate import Candidate
    from newsmine.nlp.quotes import QuoteFound

__all__ = [
    "FEATURE_SET",
    "CueTops",
    "choice_features",
    "confidence_features",
    "cue_features",
    "cue_features_of",
    "cue_values",
    "feature_template",
    "features",
    "no_source_features",
    "source_features",
    "trigger_features",
]

# The version of the features below, recorded in the model file by the training script: bump
# it when a feature changes meaning without changing its name (bucket edges, a word list),
# and retrain. Renamed, added or removed features show in the model file's feature templates
# (tests/test_attribution_model.py checks both against the shipped model).
FEATURE_SET = "2"
_FIRST_WORDS = frozenset(
    {"that", "to", "for", "of", "on", "about", "as", "the", "a", "an", "he", "she", "it", "they", "we", "i",
     "if", "whether", "how", "what", "why", "with", "in", "his", "her", "there", "this"}
)  # fmt: skip


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
        return "pron:" + ctx.lower[s] if ctx.lower[s] in PRONOUN_WORDS else "pron"
    if ctx.ent[s]:
        return "ent:" + ctx.ent[s]
    if ctx.lemma[s] in lexicons.load("anonymous"):
        return "anon"
    return ctx.pos[s]


def cue_features(ctx: DocContext, i: int) -> list[str]:
    """Features of a word alone, for the cheap cue filter."""
    return cue_features_of(cue_values(ctx, i))


CueValues = tuple[str, str, str, bool, str, bool, bool]


def cue_values(ctx: DocContext, i: int) -> CueValues:
    """What the cue filter's features of word ``i`` are built from, alone: (lemma, tag,
    dependency, has a subject, complement, in a quotation, a quotation in its sentence).
    Equal values give equal features, so the filter's probability is kept by these values
    (:meth:`~newsmine.nlp.attribution.model.LinearScorer.remembered_probability`)."""
    kids = {ctx.dep[c] for c in ctx.children[i]}
    subject = bool(kids & SUBJECT_DEPS)
    comp = "ccomp" if "ccomp" in kids else "xcomp" if "xcomp" in kids else "dobj" if "dobj" in kids else "prep" if "prep" in kids else "-"
    in_quote = ctx.quote_of[i] >= 0
    near_quote = bool(ctx.stretches_in_sent.get(ctx.sent_of[i]))
    return ctx.lemma[i], ctx.tag[i], ctx.dep[i], subject, comp, in_quote, near_quote


def cue_features_of(values: CueValues) -> list[str]:
    """The cue filter's features from :func:`cue_values`."""
    lemma, tag, dep, subject, comp, in_quote, near_quote = values
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


def _short_relation(relation: str) -> str:
    """A candidate's relation to its cue word, to its second part ('child:ccomp:that' -> 'child:ccomp')."""
    pieces = relation.split(":")
    return pieces[0] + ":" + pieces[1] if len(pieces) > 1 else relation


def features(ctx: DocContext, cand: Candidate) -> list[str]:
    """Features of a candidate that depend on its content (its cue word's are in ``shared``)."""
    t = cand.trigger
    idx = ctx.idx
    start, end = cand.start, cand.end
    first = max(bisect_right(idx, start) - 1, 0)
    last = max(first, bisect_right(idx, end - 1) - 1)
    rel = _feature_relation(ctx, cand, first, last)
    lemma = rel if rel in ("colon", "dash") else ctx.lemma[t]
    rel_short = _short_relation(rel)
    length = _bucket(last - first + 1, (3, 5, 8, 13, 21, 34, 55, 89))
    quoted = cand.quoted_share
    qb = "none" if quoted == 0 else "some" if quoted < 0.5 else "most" if quoted < 0.9 else "all"
    src = _source_kind(ctx, cand.source)
    in_quote = ctx.quote_of[t] >= 0
    t_char = idx[t]
    position = "before" if t_char < start else "after" if t_char >= end else "inside"
    word = ctx.lower[first]
    first_word = word if word in _FIRST_WORDS else ctx.pos[first]
    pos = ctx.pos
    verbs_before = ctx.verbs_before  # a verb among the content's first 60 tokens
    has_verb = verbs_before[min(last + 1, first + 60)] > verbs_before[first]
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
    words_before = ctx.words_before  # only punctuation between the sentence's edges and the content's
    sent_first, sent_last = ctx.sent_bounds[ctx.sent_of[first]][0], ctx.sent_bounds[ctx.sent_of[last]][1] - 1
    starts = words_before[first] == words_before[sent_first]
    ends = words_before[sent_last + 1] == words_before[last + 1]
    edges = f"{starts}|{ends}"
    source_inside = cand.source >= 0 and first <= cand.source <= last
    qcover = _quote_cover(ctx, cand)
    nearest = _nearest_cue(ctx, cand, first) if rel.startswith("quote") else "na"
    # '…, telling delegates that …' inside the content: another attribution swallowed.
    trailing_cue = any(
        ctx.dep[c] in ("advcl", "xcomp", "conj") and ctx.tag[c] == "VBG" and ctx.cue_verb[c] and first <= c <= last
        for c in ctx.children[t]
    )
    after, after2, cut_dep, rest = _end_context(ctx, last, sent_last)
    last_dep = _last_constituent(ctx, root, first, last)
    return [
        f"after={after}",
        f"rel|after={rel_short}|{after}",
        f"rel|after2={rel_short}|{after}|{after2}",
        f"rel|cutdep={rel_short}|{cut_dep}",
        f"rel|rest={rel_short}|{rest}",
        f"rel|lastdep={rel_short}|{last_dep}",
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


def source_features(ctx: DocContext, i: int, j: int, rule: int, first: bool) -> list[str]:
    """Features of token ``j`` as the source of cue word ``i``: its syntactic relation to the
    cue, side and distance, kind (pronoun, entity type, part of speech), whether the grammar
    rules (``rule``, :func:`~newsmine.nlp.attribution.sources.subject_of`) pick it, whether
    another reporting verb stands between them, whether it is the sentence's first option."""
    is_rule = j == rule
    rel = _relation_to_cue(ctx, i, j)
    side = "b" if j < i else "a"
    dist = _bucket(abs(i - j), (2, 3, 5, 9, 17))
    kind = _source_kind(ctx, j)
    lemma, tag = ctx.lemma[i], ctx.tag[i]
    lo, hi = (j + 1, i) if j < i else (i + 1, j)
    between = any(ctx.cue_verb[k] for k in range(lo, hi))
    return [
        "s:option",
        f"s:rule={is_rule}",
        f"s:rulenone={rule < 0}",
        f"s:rel={rel}",
        f"s:rel|side={rel}|{side}",
        f"s:rel|rule={rel}|{is_rule}",
        f"s:dep={ctx.dep[j]}",
        f"s:kind={kind}",
        f"s:kind|rel={kind}|{rel}",
        f"s:kind|rule={kind}|{is_rule}",
        f"s:side|dist={side}|{dist}",
        f"s:lem|rel={lemma}|{rel}",
        f"s:lem|rule={lemma}|{is_rule}",
        f"s:tag|rel={tag}|{rel}",
        f"s:between={between}",
        f"s:between|rule={between}|{is_rule}",
        f"s:first={first}",
        f"s:first|side={first}|{side}",
        f"s:inq={ctx.quote_of[j] >= 0}",
        f"s:head|rel={ctx.para_of[i] == 0}|{rel}",
    ]


def no_source_features(ctx: DocContext, i: int, rule: int) -> list[str]:
    """Features of 'cue word ``i`` has no source' (an impression, a participle, a fragment)."""
    lemma, tag = ctx.lemma[i], ctx.tag[i]
    return [
        "s:none",
        f"s:none|rule={_source_kind(ctx, rule)}",
        f"s:none|lem={lemma}",
        f"s:none|lem|rule={lemma}|{rule >= 0}",
        f"s:none|tag={tag}",
        f"s:none|dep={ctx.dep[i]}",
        f"s:none|head={ctx.para_of[i] == 0}",
    ]


def _relation_to_cue(ctx: DocContext, i: int, j: int) -> str:
    """How token ``j`` hangs from cue word ``i``: its dependent ('child:nsubj'), its head, a
    dependent of its head ('sibling:nsubj'), a dependent's dependent, or further."""
    head, hj = ctx.head[i], ctx.head[j]
    if hj == i:
        return "child:" + ctx.dep[j]
    if j == head and head != i:
        return "head"
    if hj == head and head != i:
        return "sibling:" + ctx.dep[j]
    if ctx.head[hj] == i:
        return "grandchild:" + ctx.dep[j]
    if hj == ctx.head[head] and head != i:
        return "aunt:" + ctx.dep[j]
    return "other"


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
    parts = cand.parts
    for k in ks:
        for s, e in ctx.stretches[k].pieces:
            total += e - s
            for ps, pe in parts:
                if pe > s and ps < e:  # what overlaps: max(0, min(e, pe) - max(s, ps))
                    covered += min(e, pe) - max(s, ps)
    share = covered / total if total else 0.0
    return "none" if share == 0 else "all" if share > 0.95 else "part"


def _token_gap(ctx: DocContext, cand: Candidate, first: int, last: int) -> int:
    """Tokens between the content and the nearest of its cue and source (0: adjacent)."""
    cue_first, cue_end = cand.cue
    near = (cue_first, cue_end - 1, cand.source) if cand.source >= 0 else (cue_first, cue_end - 1)
    gap = ctx.n  # more than any gap
    for j in near:
        g = first - j - 1 if j < first else j - last - 1 if j > last else 0
        if g < gap:
            gap = g
    return max(0, gap)


def _feature_relation(ctx: DocContext, cand: Candidate, first: int, last: int) -> str:
    """The relation a candidate's features are computed with: its own, except that a clause
    running from its sentence's start to a comma followed by its source and cue ('Veltron
    will postpone …, the Daily Ledger reports, citing …') is the cue's complement however the
    parser hung it. The parser makes most such clauses a ccomp of the cue and some a parataxis
    beside it; on PolNeAR train the two are right as often (1,724 of 3,295 ccomp candidates of
    that shape, 26 of 55 parataxis ones: ``training/front_contents.py``), but the parataxis
    ones, 55 in all, had too few examples for their own weights and scored lower."""
    rel = cand.relation
    t, s = cand.trigger, cand.source
    if not rel.startswith("rest:parataxis") or t <= last or s < 0:
        return rel
    punct, lower = ctx.punct, ctx.lower
    sent_first = ctx.sent_bounds[ctx.sent_of[first]][0]
    if not all(punct[j] for j in range(sent_first, first)):
        return rel  # the content does not start its sentence
    if lower[last] != "," and not any(lower[j] == "," for j in range(last + 1, t)):
        return rel
    lo, hi = ctx.left[s], ctx.right[s]
    if any(not punct[j] and not lo <= j <= hi for j in range(last + 1, t)):
        return rel  # more than the source between the content and its cue
    return "child:ccomp"


# Words after a content's end that say what it leaves out: an attribution ('according to'),
# a relative or adverbial clause, a coordinated clause.
_AFTER_WORDS = frozenset(
    {"according", "who", "which", "that", "where", "when", "while", "and", "but", "as", "after", "before",
     "because", "since", "if", "though", "although", "with", "in", "on", "at", "for", "to", "by", "said", "says"}
)  # fmt: skip


_REST_LOOK = 40


def _word_class(ctx: DocContext, j: int) -> str:
    """A token after a content's end: punctuation and telling words as written, a
    participle as 'VBG', anything else by part of speech."""
    word = ctx.lower[j]
    if ctx.punct[j] or word in _AFTER_WORDS:
        return word
    return "VBG" if ctx.tag[j] == "VBG" else ctx.pos[j]


def _end_context(ctx: DocContext, last: int, sent_last: int) -> tuple[str, str, str, str]:
    """What follows a content's last token in its sentence: the next token's class ('end'
    when only punctuation is left in the sentence, 'para' when the paragraph ends there too),
    the class of the one after it, the dependency of the first constituent left out (a
    relative clause, an adverbial clause, a conjunct) and how many words are left out
    (bucketed).

    Kept on ``ctx`` by (last, sent_last), on which alone it depends: the candidates of a
    sentence often end on the same token (one content read with each of its cues)."""
    cache = ctx.__dict__.setdefault("_end_contexts", {})
    found = cache.get((last, sent_last))
    if found is not None:
        return found
    lower = ctx.lower
    # The words after the end, line breaks skipped, a run-on sentence looked at only so far.
    following = [j for j in range(last + 1, min(sent_last + 1, last + 1 + _REST_LOOK)) if lower[j].strip()]
    words = [j for j in following if not ctx.punct[j]]
    if not words:  # nothing but punctuation left: the sentence's end, or the paragraph's
        nxt = sent_last + 1
        end = "para" if nxt >= ctx.n or ctx.para_of[nxt] != ctx.para_of[last] else "end"
        found = end, _word_class(ctx, following[0]) if following else "-", "-", "0"
    else:
        after = _word_class(ctx, following[0])
        after2 = _word_class(ctx, following[1]) if len(following) > 1 else "end"
        cut_dep = ctx.dep[_root(ctx, words[0], following[-1] + 1)]
        found = after, after2, cut_dep, str(_bucket(len(words), (1, 3, 6, 12, 24)))
    cache[(last, sent_last)] = found
    return found


_SET_OFF = frozenset({",", ";", "—", "--", "–", "("})


def _last_constituent(ctx: DocContext, root: int, first: int, last: int) -> str:
    """The dependency of the constituent a content ends with, climbing from its last word:
    the highest one set off by a comma, a dash or a parenthesis (its relative clause, its
    'according to …'), else the top one (the root's dependent). With whether it is set off."""
    punct, head, left, lower = ctx.punct, ctx.head, ctx.left, ctx.lower
    j = last
    while j > first and punct[j]:
        j -= 1
    set_off, below = -1, -1
    while j != root:
        before = left[j] - 1
        if before >= first and lower[before] in _SET_OFF:
            set_off = j
        h = head[j]
        if h == j or not first <= h <= last:
            break  # a constituent hung outside the content ('according to' on the cue)
        below, j = j, h
    if set_off >= 0:
        return f"{ctx.dep[set_off]}|True"
    top = below if j == root else j
    return f"{ctx.dep[top]}|False" if top >= 0 else "-"


def _root(ctx: DocContext, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the first such)."""
    for j in range(start, end):
        h = ctx.head[j]
        if h == j or not (start <= h < end):
            return j
    return start


def confidence_features(quote: QuoteFound) -> list[str]:
    """What the confidence model looks at: the content model's score (in tenths), how the
    content was found, its type, and what the speaker resolved to."""
    tenth = min(int(quote.score * 10), 9)
    kind = quote.relation.split(":")[0].removesuffix("_run")
    speaker = "none" if quote.speaker is None else quote.speaker_kind.value
    named = quote.entity is not None
    return [
        "bias",
        f"score={tenth}",
        f"rel={kind}",
        f"type={quote.type.value}",
        f"speaker={speaker}",
        f"named={named}",
        f"type|speaker={quote.type.value}|{speaker}",
        f"rel|score={kind}|{tenth}",
    ]


# Edges of the bins of a content model's log-odds, and of the gaps between two of them.
_LOGIT_EDGES = (-5.0, -4.0, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0)
_GAP_EDGES = (0.25, 0.5, 1.0, 2.0, 4.0)
_GROUP_SIZE_EDGES = (2, 3, 4, 6, 10)
_LOGIT_LIMIT = 30.0


def _logit(p: float) -> float:
    if p <= 0.0:
        return -_LOGIT_LIMIT
    if p >= 1.0:
        return _LOGIT_LIMIT
    return math.log(p / (1.0 - p))


# The overlapping mass is capped below 1: contents nested in each other share one truth.
_MASS_LIMIT = 0.999


def _overlapping_mass(cand: Candidate, group: list[Candidate]) -> float:
    """The summed content scores of the cue's candidates overlapping ``cand`` (itself
    included): when a cue's content is clear but its extent is not ('questioned each other's
    fitness | to lead'), the content model spreads its belief over nested spans, each of
    which alone looks unlikely, while the scorer counts any of them that covers most of the
    gold one."""
    start, end = cand.start, cand.end
    # parts read directly, not through the start and end properties: this is quadratic in a group
    return sum([other.score for other in group if other.parts[0][0] < end and start < other.parts[-1][1]])


def _nesting(cand: Candidate, best: Candidate) -> str:
    """Where a content lies against its cue's best one."""
    if cand is best:
        return "best"
    if best.start <= cand.start and cand.end <= best.end:
        return "inside"
    if cand.start <= best.start and best.end <= cand.end:
        return "contains"
    if cand.start < best.end and best.start < cand.end:
        return "overlaps"
    return "apart"


class CueTops:
    """Each cue word's candidates ranked by score, and each cue's best content by position,
    for the other cues around a content (:func:`choice_features`, the reranker's rows)."""

    def __init__(self, groups: list[list[Candidate]]):
        self.ranked = [sorted(group, key=lambda c: -c.score) for group in groups]
        # (cue word's character, best log-odds, best), by the cue word's character
        self.tops = sorted(((r[0].trigger_char, _logit(r[0].score), r[0]) for r in self.ranked), key=lambda t: t[0])
        self.top_chars = [t[0] for t in self.tops]
        # The best contents by start, for "which best content holds this cue word": a window of
        # the longest one's length, not a pass over all (an article of thousands of cues stays linear).
        self.by_start = sorted(self.tops, key=lambda t: t[2].start)
        self.starts = [t[2].start for t in self.by_start]
        self.longest = max((t[2].end - t[2].start for t in self.tops), default=0)

    def outer(self, trigger_char: int) -> float | None:
        """The best log-odds of another cue whose best content holds this cue word (None: none)."""
        window = self.by_start[bisect_left(self.starts, trigger_char - self.longest) : bisect_right(self.starts, trigger_char)]
        return max((z for char, z, top in window if char != trigger_char and trigger_char < top.end), default=None)

    def inner(self, cand: Candidate, trigger_char: int) -> float | None:
        """The best log-odds of another cue word inside ``cand``'s content (None: none)."""
        tops = self.tops
        lo, hi = bisect_left(self.top_chars, cand.start), bisect_left(self.top_chars, cand.end)
        return max((tops[k][1] for k in range(lo, hi) if tops[k][0] != trigger_char), default=None)


def choice_features(groups: list[list[Candidate]]) -> list[list[list[str]]]:
    """Features of each candidate among its cue's others, for the choice model: the content
    model's log-odds (binned), its rank among the cue's contents and the gap to the best (or,
    for the best, to the second), how many contents the cue has, where the content lies
    against the best one, the best's log-odds (the cue's "keep any?"), and the other cues
    around: the best log-odds of a cue word inside the content (a nested attribution taken
    whole) and of a cue whose best content holds this cue word (this one nested in it); and
    the summed scores of the cue's contents overlapping this one (binned as log-odds).

    ``groups``: the scored candidates (``score`` set, by the content model), one list per cue
    word; returns the features in the same nesting. Reads scores and offsets only, so that
    inference and training compute the same strings from the same scores.
    """
    tops = CueTops(groups)
    out = []
    for group, ranked in zip(groups, tops.ranked):
        best = ranked[0]
        z_best = _logit(best.score)
        z_second = _logit(ranked[1].score) if len(ranked) > 1 else None
        rank_of = {id(c): r for r, c in enumerate(ranked)}
        size = _bucket(len(group), _GROUP_SIZE_EDGES)
        trigger_char = best.trigger_char
        outer = tops.outer(trigger_char)
        outer_bin = "none" if outer is None else _bucket(outer, _LOGIT_EDGES[4:])
        top_bin = _bucket(z_best, _LOGIT_EDGES)
        features_of = []
        for cand in group:
            z = _logit(cand.score)
            rank = min(rank_of[id(cand)], 3)
            gap = (z - z_second if z_second is not None else None) if cand is best else z_best - z
            gap_bin = "single" if gap is None else _bucket(gap, _GAP_EDGES)
            inner = tops.inner(cand, trigger_char)
            inner_bin = "none" if inner is None else _bucket(inner, _LOGIT_EDGES[4:])
            kind = quote_type(cand)
            rel_short = _short_relation(cand.relation)
            nest = _nesting(cand, best)
            z_bin = _bucket(z, _LOGIT_EDGES)
            mass_bin = _bucket(_logit(min(_overlapping_mass(cand, group), _MASS_LIMIT)), _LOGIT_EDGES)
            features_of.append([
                "j:bias",
                f"j:z={z_bin}",
                f"j:z|kind={z_bin}|{kind}",
                f"j:rank={rank}",
                f"j:rank|gap={rank}|{gap_bin}",
                f"j:rank|size={rank}|{size}",
                f"j:nest={nest}",
                f"j:nest|rank={nest}|{rank}",
                f"j:top|rank={top_bin}|{rank == 0}",
                f"j:rel|rank={rel_short}|{rank}",
                f"j:kind|rank={kind}|{rank}",
                f"j:inner={inner_bin}",
                f"j:inner|rank={inner_bin}|{rank}",
                f"j:outer={outer_bin}",
                f"j:outer|rank={outer_bin}|{rank == 0}",
                f"j:mass={mass_bin}",  # alone: conjoined with the rank, it let a nested part outrank the whole
            ])  # fmt: skip
        out.append(features_of)
    return out
