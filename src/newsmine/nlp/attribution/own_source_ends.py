"""A content before its cue ends before its own source: 'The bridge will reopen in May, the
mayor, Ana Ruiz, said.'

When a statement ends on a noun and the credit after it opens with a description set off by
commas ('…, her son, Victor Delgado, said', '…, the mayor, Ana Ruiz, said'), the small parse
hangs the description on the statement's last noun as an apposition, and the name after it
with it: the content then runs over the description and the speaker's own name ('The cause was
heart failure, her son, Victor Delgado'). A content never holds the mention of the speaker it is
credited to at its end, so it is cut before the comma that opens the description (a few words
with no verb opening as a description does: a determiner, a possessive, 'one of', a name's
possessive — :func:`_opens_description`), or before the comma right before the name when there
is none. Only the description right before the name is cut: one before it ('…, the day after
the funeral, its captain, Leo Marsh, said') is the statement's.

Found by probe64 (session 64) in an obituary; the shape is every kind of story's ('…, his
lawyer, Mark Hale, said', '…, a spokeswoman, Jo Lane, said') but the parse runs on only when
the statement ends on a noun the description can hang on. A name with its description after
it ('…, Patrick F. Kennedy, the undersecretary for management, wrote') is cut before the
name's comma. On PolNeAR train (main's reference records) it changes 1 content of 18,346, that
shape, now the gold's exactly; contents, attributions and sources unchanged. A passive 'by …'
agent closing a content (2 on train) has no comma before it and is left alone. Review64a
added 'one of' and a name's possessive to the openings (invented text: '…, Harbor City's coach,
Ines Barrow, said' kept 'Harbor City's coach'); train unchanged by them (no such run-on there).

Review64a also took the name for the source where the parse leaves the cue none, or only the
person told ('The water is safe, a spokeswoman, Jo Lane, said.', '…, the court's clerk, Ed
Hart, told The Associated Press.': both hung on the statement, 'said' with no subject, 'told'
credited to the agency): a name set off by commas right before the cue verb is its subject.
"""

from __future__ import annotations

from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import DocContext
from newsmine.nlp.attribution.sources.named_places import place_name_end
from newsmine.nlp.attribution.trailing_phrases import end_last_part_before

__all__ = ["end_before_own_source"]

# Longest description set off before the name ('her son', 'the club's longtime head groundsman').
_MAX_DESCRIPTION_TOKENS = 8
# Tags of a word opening a description of the speaker: a determiner or a possessive pronoun.
_DESCRIPTION_OPENING_TAGS = frozenset({"DT", "PRP$"})
# Tags of the words of a name ('Patrick F. Kennedy', the 'Harbor City' of 'Harbor City's coach').
_PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# Longest name set off before a description that the parse took for the source.
_MAX_NAME_TOKENS = 5
# Dependencies of a cue's object: the person told ('told The Associated Press').
_ADDRESSEE_DEPS = frozenset({"dobj", "dative"})


def end_before_own_source(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy whose last part ends before its own source when the content comes
    before its cue and runs, after a comma, to the source's last word."""
    source = cand.source
    if cand.trigger < 0 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start, end = cand.parts[-1]
    if cand.trigger_char < end:
        return cand  # a content after its cue word, or around it
    last = _last_word(ctx, start, end)
    if source < 0 or _is_addressee(ctx, source, cand.trigger) or _inside_before(ctx, source, start, last):
        return _with_name_before_cue(ctx, cand, start, last)
    comma = ctx.left[source] - 1
    if comma <= 0 or ctx.lower[comma] != "," or ctx.idx[comma] <= start:
        return cand
    if ctx.right[source] != last:
        return cand  # the source is not where the content ends
    # A comma closing the source before the cue makes it an apposition: the description of a
    # name set off before it ('…, Patrick F. Kennedy, the undersecretary for management, wrote').
    name_comma = _name_comma(ctx, comma, start) if ctx.lower[last + 1] == "," else None
    if name_comma is not None:
        return end_last_part_before(ctx, cand, name_comma)
    cut = _description_comma(ctx, comma, start)
    first = _first_conjoined_name(ctx, cut, start)
    if first is None:
        return end_last_part_before(ctx, cand, cut)
    first_name, first_cut = first
    return replace(end_last_part_before(ctx, cand, first_cut), source=first_name)


def _last_word(ctx: DocContext, start: int, end: int) -> int:
    """The last token of the content part [``start``, ``end``) that is not punctuation."""
    last = ctx.token_at_char(end - 1)
    while last > 0 and ctx.punct[last] and ctx.idx[last] > start:
        last -= 1
    return last


def _inside_before(ctx: DocContext, source: int, start: int, last: int) -> bool:
    """Whether the source lies inside the content part starting at char ``start`` before its
    last word ``last`` ('The jury heard from the victim's mother, Rosa Vale, the prosecutor,
    Amy Cole, said': the parse hangs the whole chain of appositions on 'mother' and gives the
    cue the first name, 'Rosa Vale'). A content never holds its own speaker's mention, so
    the source the parse gave is the statement's, and the name set off before the cue is asked
    instead (:func:`_with_name_before_cue`). Only when the content ends on a name that is no
    word of the source's own ('Jo Lane and Sam Ito', 'Patrick F. Kennedy, the undersecretary for
    management': the source's conjunct or its own phrase, cut by the rules below)."""
    inside = ctx.idx[source] >= start and source < last - 1
    return inside and ctx.tag[last] in _PROPER_NOUN_TAGS and ctx.head[last] not in (source, ctx.head[source])


def _is_addressee(ctx: DocContext, source: int, trigger: int) -> bool:
    """Whether the source is the cue's object ('told The Associated Press'): the person told,
    never the one telling."""
    return ctx.head[source] == trigger and ctx.dep[source] in _ADDRESSEE_DEPS and source > trigger


def _with_name_before_cue(ctx: DocContext, cand: Candidate, start: int, last: int) -> Candidate:
    """``cand`` with the name closing its content, right before ', said', taken for its source
    and cut off with the description before it, when the cue has no source of its own or only
    its addressee ('The water is safe, a spokeswoman, Jo Lane, said.': the parse hangs both on
    'safe' and leaves 'said' no subject; a verb of saying has one, and the name set off right
    before it is that one); else ``cand``. ``last`` is the content's last word."""
    if last + 2 != cand.trigger or ctx.lower[last + 1] != ",":
        return cand
    name_comma = _name_comma(ctx, last + 1, start)
    if name_comma is None:
        return cand
    cut = end_last_part_before(ctx, cand, _description_comma(ctx, name_comma, start))
    return replace(cut, source=last) if cut is not cand else cand


def _first_conjoined_name(ctx: DocContext, cut: int, start: int) -> tuple[int, int] | None:
    """The first of two speakers credited together, when the words before comma ``cut`` (where
    the content would end before the second) are the second's description opened by 'and' or
    'or' after the first's name ('Prices will rise, the company's chief, Jo Lane, and its finance
    head, Sam Ito, said'): the first name's last token and the comma to end the content at
    (before the first's description, or its name when it has none); else None.

    The convention, PolNeAR's: one source span covers every speaker credited together ('Trump
    and Ryan said': 41 such 'said' sources on train, none split in two), and the content ends
    before the first of them. A record's speaker is one mention resolved to one entity, so it
    is the first speaker, as the parse gives 'Vale and Cole said' the subject 'Vale'; the shared
    scorer counts it right, as it lies inside the gold's span. A name set off after a place
    noun is the place's, never a speaker (:func:`~newsmine.nlp.attribution.sources.named_places.
    place_name_end`; review65d: 'Schools closed in the county seat, Ames, and its mayor, Jo Lane,
    said' gave 'Ames')."""
    before = _comma_before(ctx, cut, start)
    if before is None or ctx.lower[before + 1] not in ("and", "or") or not _opens_description(ctx, before + 2, cut):
        return None
    name_comma = _name_comma(ctx, before, start)
    if name_comma is None or place_name_end(ctx, name_comma - 1) == before - 1:
        return None  # a place's name ('in the county seat, Ames, and its mayor, Jo Lane, said')
    return before - 1, _description_comma(ctx, name_comma, start)


def _comma_before(ctx: DocContext, comma: int, start: int) -> int | None:
    """The comma before ``comma`` within a description's length, after the content's start
    ``start``, with no verb between; else None."""
    for k in range(comma - 1, max(comma - 3 - _MAX_DESCRIPTION_TOKENS, 0), -1):
        if ctx.idx[k] <= start or ctx.tag[k].startswith("VB") or ctx.tag[k] == "MD":
            return None
        if ctx.lower[k] == ",":
            return k
    return None


def _name_comma(ctx: DocContext, comma: int, start: int) -> int | None:
    """The comma before a name (at most :data:`_MAX_NAME_TOKENS` proper nouns, after the
    content's start ``start``) that ends right before ``comma``, or None. Used where the parse
    took the name's description for the source and left the name in the content, and where the
    cue has no source: the cut goes before the name, and no description is looked for before it,
    as a person is described on one side only. Its caller leaves out a source no comma closes
    ('…, the former mayor, Ana Ruiz, the council said': the name is the statement's)."""
    k = comma - 1
    while k > 0 and comma - k <= _MAX_NAME_TOKENS and ctx.tag[k] in _PROPER_NOUN_TAGS:
        k -= 1
    if k < comma - 1 and ctx.lower[k] == "," and ctx.idx[k] > start:
        return k
    return None


def _description_comma(ctx: DocContext, comma: int, start: int) -> int:
    """The comma opening the description set off before the name whose comma is ``comma``
    ('…, her son, Victor Delgado'), or ``comma`` when no such description is there."""
    for k in range(comma - 1, max(comma - 2 - _MAX_DESCRIPTION_TOKENS, 0), -1):
        if ctx.idx[k] <= start:
            return comma
        if ctx.lower[k] == ",":
            return k if _opens_description(ctx, k + 1, comma) else comma
        if ctx.tag[k].startswith("VB") or ctx.tag[k] == "MD" or ctx.quote_of[k] >= 0:
            return comma
    return comma


def _opens_description(ctx: DocContext, opening: int, comma: int) -> bool:
    """Whether the words from ``opening`` to ``comma`` open the way a description of a person
    opens: a determiner or a possessive pronoun ('the mayor', 'her son'), 'one of' ('one of her
    nurses') or a name's possessive ('Harbor City's coach', 'Dana Whitcomb's sister'). Any other
    opening ('and its finance head', a list's last item) may be the statement's own words."""
    if opening >= comma:
        return False
    if ctx.tag[opening] in _DESCRIPTION_OPENING_TAGS:
        return True
    if ctx.lower[opening] == "one":
        return opening + 1 < comma and ctx.lower[opening + 1] == "of"
    k = opening
    while k < comma and ctx.tag[k] in _PROPER_NOUN_TAGS:
        k += 1
    return opening < k < comma and ctx.tag[k] == "POS"
