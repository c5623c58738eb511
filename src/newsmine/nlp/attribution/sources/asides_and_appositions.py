"""A subject beside the phrase set next to it: the name before an aside set off by dashes or a
parenthesis, not the aside's noun ('Mayor Grace Park — no relation to Ellen Park — said':
:func:`_before_an_aside`), and a person's name in apposition after a description, which speaks
for it ('One of the pilots, Ana Ruiz, 41, said': :func:`_named_in_apposition`, with the name
before a spaced hyphen's aside: :func:`_person_before_dash_aside`). Split from :mod:`.subject`
(session 51), whose :func:`~.subject.subject_of` asks them.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext


def _before_an_aside(ctx: DocContext, i: int, found: int) -> int:
    """'Mayor Grace Park — no relation to Ellen Park — said …': the parse may give the cue two
    subjects, the name and the aside set off by dashes (or a parenthesis) after it; the
    speaker is the subject before the aside, not the aside's noun ('relation')."""
    if found <= 0 or ctx.head[found] != i or ctx.pos[found] != "NOUN" or ctx.ent[found]:
        return found  # a name in the aside is the speaker named ('A former candidate -- John McCain -- said')
    if any(ctx.dep[c] == "nummod" for c in ctx.children[found]):
        return found  # '… – 28 members – can ask': the aside counts the subject, it is the subject
    opener = ctx.left[found] - 1
    if opener <= 0 or not _aside_opener(ctx, opener):
        # 'Opposition leader Mikkel Dahl - no relation to the prime minister - said': the
        # parse may hang the words before a spaced hyphen under the aside's noun
        opener = _opener_before(ctx, found)
        if opener < 0:
            return found
        before = []
    else:
        before = [c for c in ctx.children[i] if c < opener and ctx.dep[c] in SUBJECT_DEPS]
    if before:
        return before[-1]
    name = _name_before_aside(ctx, opener)
    closed = _aside_opener(ctx, i - 1) or ctx.lower[i - 1] == ")"
    return name if name >= 0 and closed and ctx.sent_of[name] == ctx.sent_of[i] else found


_ASIDE_OPENERS = frozenset({"—", "–", "--", "("})


def _aside_opener(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` opens (or closes) an aside: a dash, a parenthesis, or a hyphen
    with a space on both sides, as wire copy writes a dash ('Ben Whitcombe - no relation -
    said'); a hyphen inside a word ('K-12') is none."""
    if ctx.lower[k] in _ASIDE_OPENERS:
        return True
    if ctx.lower[k] != "-" or ctx.quote_of[k] >= 0:
        return False
    at = ctx.idx[k]
    return 0 < at < len(ctx.text) - 1 and ctx.text[at - 1].isspace() and ctx.text[at + 1].isspace()


def _opener_before(ctx: DocContext, noun: int) -> int:
    """The dash that opens the aside ``noun`` heads, read leftwards over its determiners and
    adjectives ('- no relation'); else -1."""
    k = noun - 1
    while k > 0 and ctx.pos[k] in ("DET", "ADJ") and ctx.quote_of[k] < 0:
        k -= 1
    return k if k > 0 and _aside_opener(ctx, k) else -1


def _name_before_aside(ctx: DocContext, opener: int) -> int:
    """The last word of a name right before an aside's opening mark ('Mikkel Dahl -'): a
    proper noun of a person, a body or no entity, outside quotation marks; else -1."""
    k = opener - 1
    if k < 0 or ctx.pos[k] != "PROPN" or ctx.ent[k] not in ("PERSON", "ORG", "") or ctx.quote_of[k] >= 0:
        return -1
    return k


def _named_in_apposition(ctx: DocContext, source: int) -> int:
    """'One of the pilots, Ana Ruiz, 41, said': a description followed by a person's name in
    apposition, set off by a comma, speaks as that name (PolNeAR marks the name: on train's
    gold cues whose grammar's source has a name in apposition, the name alone is right 10
    times, the description alone 2, and 140 Sources span both). Else ``source``."""
    if ctx.pos[source] in ("PROPN", "PRON"):
        return source
    for c in ctx.children[source]:
        named = ctx.pos[c] == "PROPN" and ctx.ent[c] in ("PERSON", "")  # the small model misses some names
        if c > source and ctx.dep[c] == "appos" and named and ctx.quote_of[c] < 0:
            before = ctx.left[c] - 1
            return c if before > source and ctx.lower[before] == "," else source
        if c > source and ctx.dep[c] == "appos" and ctx.pos[c] == "NOUN":
            name = _person_before_dash_aside(ctx, source, c)
            if name >= 0:
                return name
    return source


def _person_before_dash_aside(ctx: DocContext, source: int, aside: int) -> int:
    """'The striker's former coach at Porto Azul, Rui Marquez - no relation - said': the parse
    may make the aside after a spaced hyphen the description's apposition and hang the name
    before it elsewhere. The person's name between a comma after ``source`` and the aside's
    opening mark; else -1."""
    opener = _opener_before(ctx, aside)
    # a long dash is parsed well ('Rui Marquez — no relation —' is the apposition already)
    name = _name_before_aside(ctx, opener) if opener > source and ctx.lower[opener] == "-" else -1
    if name < 0 or ctx.ent[name] != "PERSON":
        return -1
    first = name
    while first - 1 > source and ctx.pos[first - 1] == "PROPN" and ctx.ent[first - 1] == "PERSON":
        first -= 1
    return name if first - 1 > source and ctx.lower[first - 1] == "," else -1
