"""The attribution an orphan quotation goes on with: the one ending with the quotation before
it in its paragraph, when nothing but its cue stands between ('"X," Novak said. "Y."':
:func:`_continued`), or when that speaker reports again between them ('"…," Lee said and
praised the crews. "…"': :func:`_second_report_before`); and whether a quotation opens a
sentence (:func:`_opens_sentence`), which both ask, as do the rules of
:mod:`~newsmine.nlp.attribution.orphans` and :mod:`~newsmine.nlp.attribution.orphan_clauses`.
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import NEGATION_DEPS, NOUN_SUBJECT_DEPS, SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.narration import narration_between

_SENTENCE_END = ".!?:;—–\n\"”'’"


# At most this many characters between a quotation and the next one that continues its
# quote ('," said Steven Aftergood, director of the Project on Government Secrecy, …. "').
_MAX_CONTINUATION_GAP = 200
# The links by which a word hangs below a cue word inside the cue's own sentence without
# reporting anything new: adverbial and relative clauses, phrases, the cue's own arguments
# ('told the Journal in July, after de Blasio stated …', 'told Reuters when asked …'), an open
# complement on the way ('declared, a point he likes to make after an appearance during which
# callers asked …': 'make' is no new report). Coordination ('and Ruiz replied') and reported
# clauses are not among them.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "prep", "pobj", "pcomp", "appos", "npadvmod", "dobj", "nsubj", "nsubjpass", "attr", "xcomp"})


def _reach(cand: Candidate) -> int:
    """Where an attribution ends in the text, its cue word included: of '… the ACLU plans to
    watch the case, dos Santos says.' the attribution of 'says' ends last, not that of 'plans'."""
    return max(cand.end, cand.trigger_char + 1)


def _note_end(ctx: DocContext, cand: Candidate, ends_with: dict[int, Candidate]) -> None:
    """Record ``cand`` as ending with the quotation its content's last characters are in, or
    with the last quotation of a content that reports a report: '"X," Obama said of the
    families, according to a pool report.' — the pool report's content is the quotation and
    the words up to its cue, and a quotation after its cue goes on with it (PolNeAR's gold
    joins them) just as after '"X," he said.'."""
    last = ctx.token_at_char(max(cand.start, cand.end - 1))
    k = ctx.quote_of[last]
    if k >= 0:
        if abs(ctx.stretches[k].inner_end - cand.end) <= 2:
            ends_with[k] = cand
        return
    if cand.trigger_char < cand.end:
        return
    j = last
    while j >= 0 and ctx.quote_of[j] < 0 and ctx.idx[j] >= max(cand.start, cand.end - _MAX_CONTINUATION_GAP):
        j -= 1
    k = ctx.quote_of[j] if j >= 0 else -1
    # The quotation inside the content's last part, a reporting verb after it: a nested
    # report ('Obama said of …'); not a quoted fragment inside a paraphrase ('Obama "felt a
    # moral obligation to do something about" climate change, Axelrod said').
    if k >= 0 and ctx.stretches[k].inner_start >= cand.parts[-1][0] and any(ctx.cue_verb[i] for i in range(j + 1, last + 1)):
        ends_with.setdefault(k, cand)


def _continued(ctx: DocContext, k: int, ends_with: dict[int, Candidate]) -> Candidate | None:
    """The attribution quotation ``k`` continues, or None.

    '"X," Novak said. "Y."': in news a quoted sentence right after an attributed quotation,
    in the same paragraph, goes on with it; on PolNeAR train 1,422 such pairs are one gold
    content and 134 two. That attribution ends with the quotation before ``k``, its cue
    word stands between the two (or nothing does), no other cue word does, and ``k`` opens
    a sentence. A reporting verb hanging below that cue word in its sentence tells no new
    report ('"…," Marsh told the Journal in July, after the mayor stated an interest in
    selling it. "…"': :func:`_subordinate`); one coordinated with it does ('…, and Ruiz
    replied that …')."""
    if k == 0 or k - 1 not in ends_with:
        return None
    owner = ends_with[k - 1]
    before, stretch = ctx.stretches[k - 1], ctx.stretches[k]
    if ctx.paragraph_of_char(before.start) != ctx.paragraph_of_char(stretch.start) or not _opens_sentence(ctx.text, stretch.start):
        return None
    gap = ctx.text[before.end : stretch.start]
    if gap.strip():
        if not (before.end <= owner.trigger_char < stretch.start) or len(gap) > _MAX_CONTINUATION_GAP:
            return None
        if narration_between(ctx, before.end, stretch.start, owner.trigger):
            return None  # '"…," says Ana Ruiz, 32. Ruiz supports Clinton. "…"'
        first = ctx.token_at_char(before.end)
        # A reporting verb inside the speaker's own description does not report anything
        # new ('"…," said Rep. Ana Ruiz, a port commissioner who argued that …. "…"').
        lo, hi = (ctx.left[owner.source], ctx.right[owner.source]) if owner.source >= 0 else (-1, -1)
        if any(
            ctx.cue_verb[j]
            and j != owner.trigger
            and not lo <= j <= hi
            and not _subordinate(ctx, j, owner.trigger)
            # a report inside the content itself ('"…," Obama said, according to a pool report.')
            and not any(s <= ctx.idx[j] < e for s, e in owner.parts)
            for j in range(first, ctx.token_at_char(stretch.start))
        ):
            return None
    return owner


def _second_report_before(ctx: DocContext, k: int, ends_with: dict[int, Candidate]) -> tuple[Candidate, int] | None:
    """The attribution ending with the quotation before ``k`` in its paragraph and the
    reporting verb coordinated with its cue word, with no subject of its own, between the two
    quotations ('"…," Lee said on Tuesday and praised the crews. "…"'): the same speaker
    reporting again, whose words the quotation ``k`` that opens the next sentence are
    (:func:`~.quotation_candidates.cue_between` ends the first quote's run there); None
    otherwise."""
    if k == 0 or k - 1 not in ends_with:
        return None
    owner = ends_with[k - 1]
    before, stretch = ctx.stretches[k - 1], ctx.stretches[k]
    if owner.source < 0 or owner.trigger < 0 or ctx.paragraph_of_char(before.start) != ctx.paragraph_of_char(stretch.start):
        return None
    if not _opens_sentence(ctx.text, stretch.start) or not before.end <= owner.trigger_char < stretch.start:
        return None
    for j in range(ctx.token_at_char(before.end), ctx.token_at_char(stretch.start)):
        if (
            ctx.cue_verb[j] and ctx.head[j] == owner.trigger and ctx.dep[j] in ("conj", "advcl")
            and ctx.child(j, SUBJECT_DEPS) < 0 and ctx.child(j, NEGATION_DEPS) < 0
        ):  # fmt: skip
            return owner, j
    return None


def _subordinate(ctx: DocContext, j: int, trigger: int) -> bool:
    """Whether reporting verb ``j`` is narration below cue word ``trigger``: it has a subject
    of its own and hangs below ``trigger`` in its sentence through subordinate clauses and
    phrases only (no coordination, no reported clause). A participle without a subject goes
    on with the speaker's report ('"…," Novak said, adding that …. "…"': PolNeAR gives the
    quotation after it to 'adding'), so it still stops the quote before."""
    if trigger < 0 or ctx.sent_of[j] != ctx.sent_of[trigger] or ctx.child(j, NOUN_SUBJECT_DEPS) < 0:
        return False
    steps = 0
    while j != trigger and steps < 30:
        if ctx.dep[j] not in _SUBORDINATE_DEPS or ctx.head[j] == j:
            return False
        j = ctx.head[j]
        steps += 1
    return j == trigger


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` opens a sentence or a paragraph: a quoted
    word or two there is speech ('"Savage," she said'), inside a sentence a label ('the
    "experts" said')."""
    j = start - 1
    while j >= 0 and text[j] in " \t\xa0":
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END
