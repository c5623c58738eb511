"""Features of a candidate's content: its relation to the cue word, length, quoted share,
sentence edges, adjacency, what follows its end (:mod:`.content_end`) … (:func:`features`).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.features.bins import BOOL_TEXT, FeatureValue, ValueLayout, bucket, feature_string
from newsmine.nlp.attribution.features.content_end import end_context, last_constituent, span_root
from newsmine.nlp.attribution.features.source_options import source_kind

if TYPE_CHECKING:
    from newsmine.nlp.attribution.candidate import Candidate
    from newsmine.nlp.attribution.model import LinearScorer

__all__ = [
    "content_margin", "cue_phrase_chars", "feature_strings", "feature_values", "features", "quote_cover",
    "short_relation", "token_gap",
]  # fmt: skip

_FIRST_WORDS = frozenset(
    {"that", "to", "for", "of", "on", "about", "as", "the", "a", "an", "he", "she", "it", "they", "we", "i",
     "if", "whether", "how", "what", "why", "with", "in", "his", "her", "there", "this"}
)  # fmt: skip


# Small counts as text, one str object each: a feature tuple holding one is hashed and matched
# in the content model's weights without hashing a new str (``str(3)`` is a new object each call).
_COUNT_TEXT = tuple(str(k) for k in range(10))


# The sentence edges' pair of bools as text.
_EDGES = {(s, e): f"{s}|{e}" for s in (False, True) for e in (False, True)}


def short_relation(relation: str) -> str:
    """A candidate's relation to its cue word, to its second part ('child:ccomp:that' -> 'child:ccomp')."""
    pieces = relation.split(":")
    return pieces[0] + ":" + pieces[1] if len(pieces) > 1 else relation


# short_relation's answers, one str for each relation: the content model finds a feature value
# it met already by comparing the same objects, not their characters. A few hundred relations.
_SHORT_RELATIONS: dict[str, str] = {}


def features(ctx: DocContext, cand: Candidate) -> list[str]:
    """Features of a candidate that depend on its content (its cue word's are in ``shared``)."""
    return feature_strings(feature_values(ctx, cand))


def feature_strings(values: list[FeatureValue]) -> list[str]:
    """The content features written from :func:`feature_values`' values (for the training
    scripts and tests: from the same values as the content model weighs, so the two cannot
    drift apart)."""
    return [feature_string(value) for value in values]


# The content features' templates, in feature_values' order, each with its number of values
# (content_margin reads the content model's weights of each in a table of that many levels).
_TEMPLATES = (
    ("after", 1), ("rel|after", 2), ("rel|after2", 3), ("rel|cutdep", 2), ("rel|rest", 2), ("rel|lastdep", 2),
    ("trailcue", 1), ("nearest|rel", 2), ("nearest|lem", 2), ("rel|trailcue", 2), ("qcover", 1), ("rel|qcover", 2),
    ("edges", 1), ("rel|edges", 2), ("rel|q|edges", 3), ("srcin", 1), ("rel|len|q", 3), ("colon", 1),
    ("rel|colon", 2), ("gap", 1), ("rel|gap", 2), ("rel|q|gap", 3), ("rel", 1), ("relfull", 1), ("lem|rel", 2),
    ("rel|dep", 2), ("rel|tag", 2), ("rel|src", 2), ("srcside|rel", 2), ("len", 1), ("rel|len", 2), ("q", 1),
    ("rel|q", 2), ("lem|q", 2), ("rel|inq", 2), ("posn", 1), ("rel|posn", 2), ("first", 1), ("rel|first", 2),
    ("lem|first", 2), ("verb", 1), ("rel|verb", 2), ("sents", 1), ("rel|sents", 2), ("rel|head", 2),
    ("lex|rel", 2), ("root", 1), ("rel|root", 2), ("lem|rel|verb", 3), ("parts", 1),
)  # fmt: skip


def feature_values(ctx: DocContext, cand: Candidate) -> list[FeatureValue]:
    """The content features as their template and values, ``('lem|rel', 'say', 'child:ccomp')``
    for ``lem|rel=say|child:ccomp`` (:func:`~.bins.feature_string`). The content model weighs
    these tuples as they are (:meth:`~newsmine.nlp.attribution.model.LinearScorer.values_margin`):
    writing and hashing some 50 new strings a candidate was most of its cost. The same
    features, in the same order, as :data:`_TEMPLATES` and :func:`content_margin`."""
    return _feature_list(_values(ctx, cand))


def _feature_list(values: tuple[str, ...]) -> list[FeatureValue]:
    """The content features of :func:`_values`' values (see :func:`feature_values`)."""
    (
        after, rel_short, after2, cut_dep, rest, last_dep, trailing_cue, nearest, rel, lemma, qcover, edges, qb,
        source_inside, length, colon, gap, dep, tag, src, src_side, in_quote, position, first_word, has_verb,
        n_sents, headline, lex, root_kind, parts,
    ) = values  # fmt: skip
    return [
        ("after", after),
        ("rel|after", rel_short, after),
        ("rel|after2", rel_short, after, after2),
        ("rel|cutdep", rel_short, cut_dep),
        ("rel|rest", rel_short, rest),
        ("rel|lastdep", rel_short, last_dep),
        ("trailcue", trailing_cue),
        ("nearest|rel", nearest, rel),
        ("nearest|lem", nearest, lemma),
        ("rel|trailcue", rel_short, trailing_cue),
        ("qcover", qcover),
        ("rel|qcover", rel_short, qcover),
        ("edges", edges),
        ("rel|edges", rel_short, edges),
        ("rel|q|edges", rel_short, qb, edges),
        ("srcin", source_inside),
        ("rel|len|q", rel_short, length, qb),
        ("colon", colon),
        ("rel|colon", rel_short, colon),
        ("gap", gap),
        ("rel|gap", rel_short, gap),
        ("rel|q|gap", rel_short, qb, gap),
        ("rel", rel_short),
        ("relfull", rel),
        ("lem|rel", lemma, rel_short),
        ("rel|dep", rel_short, dep),
        ("rel|tag", rel_short, tag),
        ("rel|src", rel_short, src),
        ("srcside|rel", src_side, rel_short),
        ("len", length),
        ("rel|len", rel_short, length),
        ("q", qb),
        ("rel|q", rel_short, qb),
        ("lem|q", lemma, qb),
        ("rel|inq", rel_short, in_quote),
        ("posn", position),
        ("rel|posn", rel_short, position),
        ("first", first_word),
        ("rel|first", rel_short, first_word),
        ("lem|first", lemma, first_word),
        ("verb", has_verb),
        ("rel|verb", rel_short, has_verb),
        ("sents", n_sents),
        ("rel|sents", rel_short, n_sents),
        ("rel|head", rel_short, headline),
        ("lex|rel", lex, rel_short),
        ("root", root_kind),
        ("rel|root", rel_short, root_kind),
        ("lem|rel|verb", lemma, rel_short, has_verb),
        ("parts", parts),
    ]


# Where each content feature's values stand among _values' 30 (read off _feature_list): the
# features that read a value a weighing did not find in the tables, and only those, are added.
_LAYOUT = ValueLayout.of(_feature_list, 30)
# Passes of content_margin's reading before it gives up: each pass that misses adds at least one
# weight (a candidate has one of each template), and the tables may be cleared once on the way.
_PASSES = 2 * len(_TEMPLATES) + 2


def content_margin(ctx: DocContext, cand: Candidate, scorer: LinearScorer) -> float:
    """``scorer.values_margin(feature_values(ctx, cand))`` — the same weights added in the
    same order, the same float — read from ``scorer.value_tables(_TEMPLATES)`` one value a
    level, without making or hashing the ~50 value tuples (most of the content model's time,
    ~1 ms an article: docs/history/speed.md, session 59). Each line weighs the feature of
    :func:`feature_values` in its place (``tests/test_speed59_shortcuts.py`` checks both). A
    value not in the tables (a KeyError: 57 % of the candidates of a process's first 100
    articles have one) adds the weights of the features that read it (:data:`_LAYOUT`), not of
    all ~50, and the reading starts again (speed62d)."""
    (
        after, rel_short, after2, cut_dep, rest, last_dep, trailing_cue, nearest, rel, lemma, qcover, edges, qb,
        source_inside, length, colon, gap, dep, tag, src, src_side, in_quote, position, first_word, has_verb,
        n_sents, headline, lex, root_kind, parts,
    ) = values = _values(ctx, cand)  # fmt: skip
    tables = scorer.value_tables(_TEMPLATES)
    for _ in range(_PASSES):
        try:
            z = 0.0
            z += tables[0][after]  # after
            z += tables[1][rel_short][after]  # rel|after
            z += tables[2][rel_short][after][after2]  # rel|after2
            z += tables[3][rel_short][cut_dep]  # rel|cutdep
            z += tables[4][rel_short][rest]  # rel|rest
            z += tables[5][rel_short][last_dep]  # rel|lastdep
            z += tables[6][trailing_cue]  # trailcue
            z += tables[7][nearest][rel]  # nearest|rel
            z += tables[8][nearest][lemma]  # nearest|lem
            z += tables[9][rel_short][trailing_cue]  # rel|trailcue
            z += tables[10][qcover]  # qcover
            z += tables[11][rel_short][qcover]  # rel|qcover
            z += tables[12][edges]  # edges
            z += tables[13][rel_short][edges]  # rel|edges
            z += tables[14][rel_short][qb][edges]  # rel|q|edges
            z += tables[15][source_inside]  # srcin
            z += tables[16][rel_short][length][qb]  # rel|len|q
            z += tables[17][colon]  # colon
            z += tables[18][rel_short][colon]  # rel|colon
            z += tables[19][gap]  # gap
            z += tables[20][rel_short][gap]  # rel|gap
            z += tables[21][rel_short][qb][gap]  # rel|q|gap
            z += tables[22][rel_short]  # rel
            z += tables[23][rel]  # relfull
            z += tables[24][lemma][rel_short]  # lem|rel
            z += tables[25][rel_short][dep]  # rel|dep
            z += tables[26][rel_short][tag]  # rel|tag
            z += tables[27][rel_short][src]  # rel|src
            z += tables[28][src_side][rel_short]  # srcside|rel
            z += tables[29][length]  # len
            z += tables[30][rel_short][length]  # rel|len
            z += tables[31][qb]  # q
            z += tables[32][rel_short][qb]  # rel|q
            z += tables[33][lemma][qb]  # lem|q
            z += tables[34][rel_short][in_quote]  # rel|inq
            z += tables[35][position]  # posn
            z += tables[36][rel_short][position]  # rel|posn
            z += tables[37][first_word]  # first
            z += tables[38][rel_short][first_word]  # rel|first
            z += tables[39][lemma][first_word]  # lem|first
            z += tables[40][has_verb]  # verb
            z += tables[41][rel_short][has_verb]  # rel|verb
            z += tables[42][n_sents]  # sents
            z += tables[43][rel_short][n_sents]  # rel|sents
            z += tables[44][rel_short][headline]  # rel|head
            z += tables[45][lex][rel_short]  # lex|rel
            z += tables[46][root_kind]  # root
            z += tables[47][rel_short][root_kind]  # rel|root
            z += tables[48][lemma][rel_short][has_verb]  # lem|rel|verb
            z += tables[49][parts]  # parts
            return z
        except KeyError as missing:  # a value the tables have not met yet: its features' weights added
            if not scorer.add_value_weights_reading(_TEMPLATES, _LAYOUT, values, missing.args[0]):
                break  # nothing to add: a line gone astray
    raise LookupError("content_margin reads a value its feature of feature_values is not made of")


def _values(ctx: DocContext, cand: Candidate) -> tuple[str, ...]:
    """The values the content features are made of, each a str (see :func:`feature_values`)."""
    t = cand.trigger
    idx = ctx.idx
    start, end = cand.start, cand.end
    first = max(bisect_right(idx, start) - 1, 0)
    last = max(first, bisect_right(idx, end - 1) - 1)
    rel = _feature_relation(ctx, cand, first, last)
    lemma = rel if rel in ("colon", "dash") else ctx.lemma[t]
    rel_short = _SHORT_RELATIONS.get(rel) or _SHORT_RELATIONS.setdefault(rel, short_relation(rel))
    # Numbers and bools written once as the features' text ('True', '3'): every value is a str,
    # weighed as it is.
    length = _COUNT_TEXT[bucket(last - first + 1, (3, 5, 8, 13, 21, 34, 55, 89))]
    quoted = cand.quoted_share
    qb = "none" if quoted == 0 else "some" if quoted < 0.5 else "most" if quoted < 0.9 else "all"
    src = source_kind(ctx, cand.source)
    in_quote = BOOL_TEXT[ctx.quote_of[t] >= 0]
    t_char = idx[t]
    position = "before" if t_char < start else "after" if t_char >= end else "inside"
    word = ctx.lower[first]
    first_word = word if word in _FIRST_WORDS else ctx.pos[first]
    pos = ctx.pos
    verbs_before = ctx.verbs_before  # a verb among the content's first 60 tokens
    has_verb = BOOL_TEXT[verbs_before[min(last + 1, first + 60)] > verbs_before[first]]
    n_sents = _COUNT_TEXT[min(ctx.sent_of[last] - ctx.sent_of[first] + 1, 4)]
    headline = BOOL_TEXT[ctx.para_of[t] == 0]
    lex = BOOL_TEXT[lemma in lexicons.load("cues")]
    root = span_root(ctx, first, last + 1)
    root_kind = ctx.ent[root] or pos[root]
    tag, dep = ctx.tag[t], ctx.dep[t]
    src_side = "none" if cand.source < 0 else "before" if cand.source < t else "after"
    cue_end = cand.cue[1]
    colon = BOOL_TEXT[cue_end < ctx.n and ctx.lower[cue_end] == ":"]
    gap = _COUNT_TEXT[bucket(token_gap(ctx, cand, first, last), (1, 3, 6, 12))]
    words_before = ctx.words_before  # only punctuation between the sentence's edges and the content's
    sent_first, sent_last = ctx.sent_bounds[ctx.sent_of[first]][0], ctx.sent_bounds[ctx.sent_of[last]][1] - 1
    starts = words_before[first] == words_before[sent_first]
    ends = words_before[sent_last + 1] == words_before[last + 1]
    edges = _EDGES[starts, ends]
    source_inside = BOOL_TEXT[cand.source >= 0 and first <= cand.source <= last]
    qcover = quote_cover(ctx, cand)
    nearest = _nearest_cue(ctx, cand, first) if rel.startswith("quote") else "na"
    # '…, telling delegates that …' inside the content: another attribution swallowed.
    trailing_cue = BOOL_TEXT[any(first <= c <= last for c in _trailing_participles(ctx, t))]
    after, after2, cut_dep, rest = end_context(ctx, last, sent_last)
    last_dep = last_constituent(ctx, root, first, last)
    return (
        after, rel_short, after2, cut_dep, rest, last_dep, trailing_cue, nearest, rel, lemma, qcover, edges, qb,
        source_inside, length, colon, gap, dep, tag, src, src_side, in_quote, position, first_word, has_verb,
        n_sents, headline, lex, root_kind, _COUNT_TEXT[min(len(cand.parts), 4)],
    )  # fmt: skip


def _trailing_participles(ctx: DocContext, t: int) -> list[int]:
    """The cue word's dependents that are reporting participles in an adverbial clause, an
    open complement or a conjunct ('…, telling delegates that …'), kept on ``ctx`` by cue word:
    the same for each of its ~4 candidates, of which only the span test differs."""
    cache = ctx.__dict__.setdefault("_trailing_participles", {})
    found = cache.get(t)
    if found is None:
        dep, tag, cue_verb = ctx.dep, ctx.tag, ctx.cue_verb
        found = cache[t] = [c for c in ctx.children[t] if dep[c] in ("advcl", "xcomp", "conj") and tag[c] == "VBG" and cue_verb[c]]
    return found


def _nearest_cue(ctx: DocContext, cand: Candidate, first: int) -> str:
    """Whether the cue word is the reporting verb nearest to the quotation's start, among
    those of its sentence (another one nearer is likely its speaker's)."""
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[cand.trigger]]
    t = cand.trigger
    mine = abs(t - first)
    lo, hi = max(s_start, first - mine + 1), min(s_end, first + mine)
    others = ctx.cue_verbs_between(lo, hi) - (lo <= t < hi and ctx.cue_verb[t])
    return "no" if others > 0 else "yes"


def quote_cover(ctx: DocContext, cand: Candidate) -> str:
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


def token_gap(ctx: DocContext, cand: Candidate, first: int, last: int) -> int:
    """Tokens between the content and the nearest of its cue and source (0: adjacent); for the
    cue's that-clause after it, the cue's own time and place phrases between the two not
    counted (:func:`_cue_phrase_tokens`)."""
    cue_first, cue_end = cand.cue
    near = (cue_first, cue_end - 1, *_apposition_chain(ctx, cand.source)) if cand.source >= 0 else (cue_first, cue_end - 1)
    gap = ctx.n  # more than any gap
    for j in near:
        g = first - j - 1 if j < first else j - last - 1 if j > last else 0
        if g < gap:
            gap = g
    skipped = _cue_phrase_tokens(ctx, cand, first) if gap > 1 else None
    if skipped:
        gap = min(gap, first - cue_end - len(skipped))
    return max(0, gap)


def cue_phrase_chars(ctx: DocContext, cand: Candidate) -> int:
    """The characters of the cue's own time and place phrases (with their commas) between the
    cue and its that-clause (:func:`_cue_phrase_tokens`), which the reranker's distance leaves
    out as the content's gap does: with the gap alone left out, 'denied on Tuesday that …'
    still stood 11 characters further from its clause than 'denied that …' did, and the
    clause lost (review56f). Most candidates are no that-clause of their cue: answered 0 before
    their first token is looked up (the test :func:`_cue_phrase_tokens` opens with; 0.32 → 0.12
    ms an article, docs/history/speed.md, session 62)."""
    if not cand.relation.startswith("child:ccomp"):
        return 0
    first = max(bisect_right(ctx.idx, cand.start) - 1, 0)
    idx = ctx.idx
    return sum((idx[j + 1] if j + 1 < ctx.n else len(ctx.text)) - idx[j] for j in _cue_phrase_tokens(ctx, cand, first))


# The cue's own phrases of time, place and occasion: 'Friday' (a noun-phrase modifier), 'on
# Monday', 'in an interview', 'at a rally in Texas', 'before the speech'; not the phrases a verb
# takes as its argument ('pointed to …', 'knocked him for …', 'agreed with …').
_CUE_PHRASE_WORDS = frozenset({"on", "in", "at", "during", "before", "after", "following", "outside", "inside"})
# Verbs of saying and writing: a cue of thought or stance with a phrase before a "that" ('struggles
# in …', 'settled on …') is seldom the clause's reporter (train, session 56: such gains mostly wrong).
_SAYING = frozenset({"speech", "writing"})


def _cue_phrase_tokens(ctx: DocContext, cand: Candidate, first: int) -> list[int]:
    """Which of the tokens from the cue's end up to ``first`` (the first token of the content, a
    that-clause of the cue after it; else none) are the cue word's own phrases of time, place
    or occasion, with the commas between them: 'said on Wednesday that …' and 'said in a
    telephone interview on Friday that …' stand as near their clause as 'said that …' (the
    content model learned its gap weights mostly from
    contents right after the cue, and scored 'said at a Saturday rally in Texas that …' low:
    docs/history/attribution.md, session 56). None unless such phrases, a hearer the parse
    makes a dative, commas and the "that" are all that stand between: after an object
    ('announced the driver's name on the radio on Friday that …') the clause is no longer the
    cue's plain report. 'told reporters on Monday that …' is not covered: the parse makes
    'reporters' an object, and letting the object of 'tell' pass changed one train quote, for
    the worse."""
    t, cue_end = cand.trigger, cand.cue[1]
    if not (cue_end <= first and cand.relation.startswith("child:ccomp") and "that" in (ctx.lower[first], ctx.lower[first - 1])):
        return []
    if cue_category(ctx.lemma[t], direct=False) not in _SAYING or ctx.dep[t] == "xcomp":
        # a cue under another verb ('refused to say in an interview that …', 'is expected to
        # announce on Friday that …') reports words not said: its clause is not made nearer (train,
        # review56f: the clause under 'refused to say' took the place of the whole content of 'refused')
        return []
    covered: set[int] = set()  # the phrases' tokens
    allowed: set[int] = set()  # the hearer's
    for c in ctx.children[t]:
        dep = ctx.dep[c]
        if not (cue_end <= ctx.left[c] and ctx.right[c] < first):
            continue
        if dep == "npadvmod" or (dep == "prep" and ctx.lower[c] in _CUE_PHRASE_WORDS):
            covered.update(range(ctx.left[c], ctx.right[c] + 1))
        elif dep == "dative":
            allowed.update(range(ctx.left[c], ctx.right[c] + 1))
    if not covered:
        return []
    rest = [j for j in range(cue_end, first) if j not in covered and j not in allowed]
    if any(ctx.lower[j] not in (",", "that") for j in rest) or sum(1 for j in rest if ctx.lower[j] == "that") > 1:
        return []  # something else between: an object, an argument's phrase
    return sorted(covered.union(j for j in rest if ctx.lower[j] == ","))


def _apposition_chain(ctx: DocContext, source: int) -> list[int]:
    """``source`` and the words the parse sets it beside in apposition, up the chain ('Ana
    Ruiz' → 'the team's manager' → 'Leo Marsh'): one subject phrase as the parse built it.

    A source rule may take a later name of that phrase for the speaker ('The club signed a new
    striker, Leo Marsh, the team's manager, Ana Ruiz, told reporters':
    :mod:`~newsmine.nlp.attribution.sources.chained_names`); the content model learnt its gap
    from the parse's subject, the chain's head, and the chain between is the credit's, so the
    gap is counted to the nearest of them (extract66: counted to 'Ruiz' alone the gap's bin
    fell from 1–2 tokens to 6–11 and the quote was lost)."""
    chain = [source]
    k = source
    while ctx.dep[k] == "appos" and ctx.head[k] != k and len(chain) < 4:
        k = ctx.head[k]
        chain.append(k)
    return chain


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
