"""The contents proposed for one cue word (:class:`_Proposals`), and where they are cut.

Every proposer of :mod:`~newsmine.nlp.attribution.candidates` (and of
:mod:`~newsmine.nlp.attribution.quotation_candidates`) hands its contents to one
:class:`_Proposals`, which keeps each span once, cuts it at the cue word's paragraph, to the
brackets the cue word stands in (:func:`_inside_cue_parenthesis`), after a quotation it opens
with (:func:`_cut_after_opening_quotation`) and before one a colon introduces at its end
(:func:`_cut_before_closing_quotation`), and makes it a :class:`Candidate` with the cue
word's cue and source.
"""

from __future__ import annotations

import re

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.attribution.cues import cue_category, cue_range
from newsmine.nlp.attribution.inverted_credits import inverted_credit_after
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.attribution.sources import choose_source

_MAX_CONTENT_TOKENS = 400


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
        # '…, reported the Harbor Gazette.' closing the cue's sentence: no content runs over it
        self._credit_comma = inverted_credit_after(ctx, trigger)
        # The cue word's paragraph, every content's bounds: read once, not per content (~4 a cue word).
        self._paragraph = ctx.para_token_bounds[ctx.para_of[trigger]]

    def tokens(self, relation: str, start: int, end: int) -> None:
        """A content of tokens [start, end), cut at the cue word's paragraph."""
        ctx = self.ctx
        p_start, p_end = self._paragraph
        start, end = max(start, p_start), min(end, p_end)
        if end <= start or end - start > _MAX_CONTENT_TOKENS:
            return
        rng = ctx.char_range(start, end)
        if rng is not None:
            start, end = _cut_after_opening_quotation(ctx, self.trigger_char, self.source, *ctx.around_quotes(*rng))
            self.parts(relation, [(_cut_before_closing_quotation(ctx, self.trigger_char, start, end), end)])

    def parts(self, relation: str, parts: list[tuple[int, int]]) -> None:
        fixed_score = None
        if not relation.startswith("quote"):
            cut = _inside_cue_parenthesis(self.ctx, self.trigger, parts)
            if relation == "child:ccomp" and cut and cut != parts and _reported_in_brackets(self.ctx, self.trigger, cut):
                fixed_score = _BRACKETED_CLAUSE_SCORE
            parts = cut
        if not parts:
            return
        key = (parts[0][0], parts[-1][1])
        if key in self._seen or key[1] - key[0] < 2:
            return
        trigger_char = self.trigger_char
        if parts[0][0] <= trigger_char < parts[0][1] if len(parts) == 1 else any(s <= trigger_char < e for s, e in parts):
            return  # the cue word never lies inside its own content (one part, most: no generator)
        if self._speaker_phrase(parts):
            return  # '"No more cuts," chanted the crowd': the crowd speaks, it is not what is said
        if 0 <= self._credit_comma < parts[-1][1] and parts[0][0] < self._credit_comma:
            return  # 'X noted that …, reported the Gazette': the credit is no part of what X noted
        self._seen.add(key)
        self.items.append(Candidate(self.trigger, self.trigger_char, self.cue, parts, relation, self.source, fixed_score=fixed_score))

    def _speaker_phrase(self, parts: list[tuple[int, int]]) -> bool:
        """Whether the content ``parts`` lie within the noun phrase of the cue's own source: a
        speaker written after a verb that the parse took for its object ('"No more cuts,"
        chanted the crowd', '"…," shouted the man') is proposed as the verb's object and as
        its source at once. Nobody reports himself as what was said; the quotation before the
        verb is the content (:func:`~newsmine.nlp.attribution.quotation_candidates.propose_quotes`)."""
        source = self.source
        if source < self.trigger:
            return False  # a source before its verb is parsed as its subject, never its object
        ctx = self.ctx
        phrase = ctx.char_range(*ctx.subtree(source))
        return phrase is not None and phrase[0] <= parts[0][0] and parts[-1][1] <= phrase[1]


# The score of a cue's clausal complement cut to the brackets both stand in (_Proposals.parts).
_BRACKETED_CLAUSE_SCORE = 0.8


def _reported_in_brackets(ctx: DocContext, trigger: int, cut: list[tuple[int, int]]) -> bool:
    """Whether a verb of speech and its subject stand in brackets with the clause it reports,
    unquoted, which :func:`_inside_cue_parenthesis` cut to them: 'Reed sent 40 messages
    (prosecutors said many were threatening) to his former partner'. The content model,
    which learnt that a clause cut short of its sentence is seldom a content, scores it far
    under the uncut clause (0.08 against 0.82 there), and it lost to the sentence around it."""
    box = ctx.parenthesis_of(trigger)
    subject = ctx.child(trigger, SUBJECT_DEPS)
    return (
        box is not None and subject >= 0 and box[0] <= ctx.idx[subject] < box[1]
        and cue_category(ctx.lemma[trigger], direct=False) == "speech" and ctx.quoted_share(cut) == 0
    )  # fmt: skip


def _inside_cue_parenthesis(ctx: DocContext, trigger: int, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A content that crosses the brackets its cue word stands in, cut to the brackets.

    '… states like Iowa (93 percent of voters there were white, according to exit polls),
    New Hampshire …', '… her approval ratings (at one point as low as 19 percent, Reyes says)
    hurt the party': a cue inside a parenthesis reports the parenthesis, but the parse hangs it
    on the sentence around it. On PolNeAR train, where the gold marks such a cue (three study
    articles) its content lies inside the brackets, never after them. A content wholly inside or wholly before them ('"…" (repeated to me over the
    years)') is left as it is, and so is a quotation, which has bounds of its own ('Barrett's
    dictum (repeated to me over the years) was, "…"'); one wholly before them is dropped when
    the cue's own clause stands in the brackets ('… (analysts think more cuts will follow)')."""
    box = ctx.parenthesis_of(trigger)
    if box is None:
        return parts
    inside, close = box
    if all(inside <= s and e <= close for s, e in parts):
        return parts
    if all(e <= inside for s, e in parts):
        # 'Reed sent 40 messages (prosecutors said many were threatening) to …': a cue whose
        # own clause stands in the brackets reports that clause, not the words before them
        idx = ctx.idx
        return [] if any(ctx.dep[c] == "ccomp" and inside <= idx[c] < close for c in ctx.children[trigger]) else parts
    text = ctx.text
    cut = []
    for s, e in parts:
        s, e = max(s, inside), min(e, close)
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
            e -= 1
        j = ctx.token_at_char(s) + 1 if e > s else ctx.n
        k = ctx.quote_of[j] if j < ctx.n else -1
        if k >= 0 and ctx.stretches[k].start == s and e <= ctx.stretches[k].inner_end:
            s = ctx.stretches[k].inner_start  # '(''Fire the board,'' the union declared)': no bare opening mark
        if e > s:
            cut.append((s, e))
    return cut


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
