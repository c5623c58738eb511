"""A kept clause ends with its quotation when what follows the quotation is the writer's.

'Cruz called him a "moderate," a subtle dig at a candidate who …', 'Trump said things
"should be wrapped up by Cleveland," referring to the convention', 'Trump identified the
judge as "Spanish," which is what some call …': the parse hangs the appositive, the
participle or the relative clause on the reported clause, so its candidate runs on; the
reported words stop at the quotation's closing mark and the comma or dash after it. On
PolNeAR train such a tail is outside the gold content about three times out of four (train
records of session 23: 31 contents cut, 18 direct contents gained, 6 lost: 'the new bill can
be "the best of both worlds," giving states more power' is one).

Further on in the sentence, the writer's summary of the report ends it too ('some families
would pay "slightly more" in taxes, an acknowledgment that advisers quickly trumpeted', 'the
contest had been "rigged" against him, a charge that party leaders denied'): an indefinite
noun phrase and its 'that' / 'which' clause after a comma, not after a name (session 35,
dextent: train 2 kept contents cut, both to a match, none lost).

A relative clause may open with its preposition ('slammed the loophole called an "inversion,"
in which a company …'; session 42, quote42: train 2 kept contents cut, 1 direct content
right, none lost). And a second report further on, opened by a subordinator ('the deadlock
has "kept us safe" on Twitter before claiming that …', '… while adding, "…"', '… while
Sanders suggests …'), ends it (session 42: train 6 kept contents cut, 4 direct contents
right, none lost; content 14,714 -> 14,719, attribution 13,908 -> 13,913).

So does a single spaced dash further on in the sentence, with words between the closing mark
and the dash, when what follows it is the writer's own clause or phrase ('he was "encouraged"
by the plan - and he singled out …', 'a "let a thousand flowers bloom" approach - working with
…', 'it "risks higher inflation" - except that …'): the parse hangs it on the reported clause,
so the content ran on. Only after a quotation and with no quoted words after the dash: in a
content without quoted words, '- and …' is as often the speaker's own second clause (session
54, rank54: a count on train's non-held-out records, the words after the dash read from the
text without a parse, gave 7 matches gained and 9 lost there), and a dash before a noun phrase goes both ways (session 43). Train: 7 kept contents
cut, all nearer their gold, 4 direct contents gained, none lost. After 'and' / 'but' the
verb must come before any comma and have a subject of its own or the cue verb's tense: a verb
with no subject in another tense goes on with the quoted clause ('said the plan "will fail" -
and fail badly'); and 'except' must open 'except that …' ('"works" for most families - except
those in the valley' is the speaker's limit on the claim; review54b, session 54).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext
from newsmine.nlp.quote_marks import QuotedStretch

__all__ = ["end_at_quotation"]

# What opens the writer's tail after a comma-closed quotation: a relative pronoun, a
# subordinating conjunction, an appositive's determiner (a participle is told by its tag).
_RELATIVES = frozenset({"which", "who", "whose", "whom"})
_SUBORDINATORS = frozenset({"while", "though", "although", "before", "after"})
_DETERMINERS = frozenset({"a", "an", "another", "the"})
# Subordinators of time: only their participle opens a second report ('before claiming that …').
_TIMES = frozenset({"before", "after"})
# A summary of the report after it, further on in the sentence: an indefinite noun phrase
# ('a charge that', 'an acknowledgment that'), its clause within this many words.
_SUMMARY_DETERMINERS = frozenset({"a", "an", "another"})
_SUMMARY_CLAUSES = frozenset({"that", "which"})
_SUMMARY_WORDS = 3
# Participles that go on with the report: 'according to' names its source (reported_through).
_NOT_TAILS = frozenset({"according"})
# Double marks, and the single ones of an article quoting British style (quote_marks).
_CLOSING = "\"”’'"
_MARK_TOKENS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})
_DASHES = ("-", "—", "–", "--")
# After a spaced dash further on (_dash_tail): what opens the writer's own words.
_DASH_COORDINATORS = frozenset({"and", "but"})
_DASH_EXCEPTIONS = frozenset({"except"})
_DASH_VERB_TAGS = frozenset({"VBG", "VBD"})
_DASH_NOT_TAILS = frozenset({"including", "according"})
# What a content cut before a second report leaves at its end: spaces and these.
_TRAILING = ",;-—–"
# A quotation mark within this many words after the comma: a series of quoted words ('a
# "loser," a "liar" and a "whiner"'), not a tail.
_SERIES_WORDS = 3


def end_at_quotation(ctx: DocContext, cand: Candidate) -> Candidate:
    """``cand``, or a copy ending with the closing mark of its first quotation that a comma
    or a dash follows and then the writer's own words (:data:`_RELATIVES`,
    :data:`_SUBORDINATORS`, :data:`_DETERMINERS` or a participle); or before the writer's
    summary of the report or a second report further on in the sentence. Only a clause whose cue
    comes before it, in one part: a quotation ends at its mark already, and in '"…," the
    official said' the words after the comma are the attribution."""
    if cand.trigger < 0 or cand.trigger_char >= cand.start or len(cand.parts) != 1 or cand.relation.startswith(("quote", "orphan")):
        return cand
    start, end = cand.parts[0]
    text = ctx.text
    stretches = ctx.stretches
    # From the first quotation starting in the content: an article of thousands of quotations
    # costs a bisection per kept clause, not a pass over all of them.
    for k in range(bisect_left(stretches, start, key=_start), len(stretches)):
        stretch = stretches[k]
        if stretch.end > end:
            break
        if not stretch.closed or text[stretch.end - 1] not in _CLOSING:
            continue
        after = _tail_start(ctx, stretch.inner_end, stretch.end, end)
        if after >= 0:
            parts = [(start, stretch.end)]
            return replace(cand, parts=parts, quoted_share=ctx.quoted_share(parts))
        comma = _summary_comma(ctx, stretch.end, end)
        if comma < 0:
            comma = _next_report(ctx, stretch.end, end)
        if comma < 0:
            comma = _dash_tail(ctx, stretch.end, end, cand.trigger)
        if comma >= 0:
            parts = [(start, _rstrip(ctx.text, start, ctx.idx[comma]))]
            return replace(cand, parts=parts, quoted_share=ctx.quoted_share(parts))
    return cand


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces and clause punctuation before it."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return end


def _next_report(ctx: DocContext, mark_end: int, end: int) -> int:
    """The subordinator opening a second report after a quotation closing at ``mark_end``,
    further on in its sentence, inside a content ending at ``end`` ('the deadlock has "kept us
    safe" on Twitter before claiming that …', 'accuses Sanders of an "artful smear" while
    Sanders suggests …'): a reporting participle right after it, or the reporting verb of
    the clause it marks (after 'while', 'though', 'although': a time with a subject of its own is
    the speaker's, 'said the company "hid the defect" before regulators announced a recall',
    'would "wait and see" after the governor announces her budget'); -1 when none. The second
    report is an attribution of its own (PolNeAR keeps the two side by side), not more of the
    first one's words."""
    first = ctx.token_at_char(mark_end)
    if first >= ctx.n:
        return -1
    hi = ctx.sent_bounds[ctx.sent_of[first]][1]
    for k in range(first, hi - 1):
        if ctx.idx[k] >= end:
            break
        if ctx.lower[k] not in _SUBORDINATORS or ctx.quote_of[k] >= 0:
            continue
        verb = k + 1 if ctx.tag[k + 1] == "VBG" else ctx.head[k] if ctx.dep[ctx.head[k]] != "ROOT" and ctx.dep[k] == "mark" else -1
        if verb != k + 1 and ctx.lower[k] in _TIMES:
            continue  # 'before regulators announced …': when, in the speaker's words
        if verb > k and ctx.cue_verb[verb]:
            return k
    return -1


def _dash_tail(ctx: DocContext, mark_end: int, end: int, cue: int = -1) -> int:
    """The spaced dash opening the writer's own clause or phrase after a quotation closing at
    ``mark_end``, further on in its sentence, inside a content ending at ``end`` ('he was
    "encouraged" by the plan - and he singled out …', 'a "let a thousand flowers bloom"
    approach - working with …', 'it "risks higher inflation" - except that …'); -1 when none.
    :func:`_tail_start` reads a dash right after the closing mark; here words stand between.
    What follows must open something the reported words do not go on with: 'and' or 'but' with
    a clause of the writer's after it (:func:`_writers_coordinate`; not 'and that …', a second
    clause of the report: :mod:`~.second_that_clauses`; not '- and more.'), 'except that', or a
    verb in -ing or the past ('including' and 'according' go on with the report). Not a
    dash one of a pair in the sentence (a parenthesis: the clause goes on after it), nor one
    with quoted words after it in the content (the speaker's words go on), nor a dash before
    a noun phrase (session 43: right 5 times, wrong 11)."""
    first = ctx.token_at_char(mark_end)
    if first >= ctx.n:
        return -1
    hi = ctx.sent_bounds[ctx.sent_of[first]][1]
    dashes = [k for k in range(first, hi) if ctx.lower[k] in _DASHES and ctx.quote_of[k] < 0 and _spaced(ctx.text, ctx.idx[k], len(ctx.lower[k]))]
    if len(dashes) != 1 or ctx.idx[dashes[0]] >= end:
        return -1
    j = dashes[0] + 1
    if j >= hi or ctx.idx[j] >= end or any(ctx.quote_of[k] >= 0 or ctx.lower[k] in _MARK_TOKENS for k in range(j, hi) if ctx.idx[k] < end):
        return -1
    word = ctx.lower[j]
    if word in _DASH_COORDINATORS:
        # a clause of its own: a verb after the coordinator ('- and he singled out …'), not a
        # phrase the report may end on ('not smart enough to win" - and more.'), nor 'and that …'
        tail = [k for k in range(j + 1, hi) if ctx.idx[k] < end]
        if not tail or ctx.lower[tail[0]] == "that":
            return -1
        return dashes[0] if _writers_coordinate(ctx, tail, cue) else -1
    if word in _DASH_EXCEPTIONS:
        # 'except that …', the writer's clause; not 'except those in the valley', the speaker's
        # own limit on the claim (review54b)
        return dashes[0] if j + 1 < hi and ctx.lower[j + 1] == "that" else -1
    if ctx.tag[j] in _DASH_VERB_TAGS and word not in _DASH_NOT_TAILS:
        return dashes[0]
    return -1


def _writers_coordinate(ctx: DocContext, tail: list[int], cue: int) -> bool:
    """Whether the words ``tail`` after '- and' / '- but' are a clause of the writer's: a verb
    before any comma ('- but not for everyone, as he admitted' has none: a phrase the report
    ends on; '- and more.' neither), with a subject of its own ('- and he singled out …') or,
    with none, in the tense of the cue verb ``cue``, so that it is the cue's subject who did it
    ('said … - and then voted for it'; :func:`_tense`). A verb with no subject in another tense goes on with
    the quoted clause ('"will fail" - and fail badly', '"works" - and will keep working':
    review54b, session 54)."""
    verb = -1
    for k in tail:
        if ctx.lower[k] in (",", ";", ":"):
            return False
        if ctx.pos[k] in ("VERB", "AUX"):
            verb = k
            break
    if verb < 0:
        return False
    if any(ctx.dep[k] in SUBJECT_DEPS for k in tail if k < verb):
        return True
    return cue >= 0 and _tense(ctx.tag[verb]) == _tense(ctx.tag[cue])


def _tense(tag: str) -> str:
    """A verb tag with the bare form read as the plural present it is often tagged for ('The
    concerns go beyond … - and extend to …': 'extend' VB)."""
    return "VBP" if tag == "VB" else tag


def _spaced(text: str, offset: int, length: int) -> bool:
    """Whether the dash at ``offset`` has a space on each side (not a hyphen)."""
    return offset > 0 and text[offset - 1].isspace() and offset + length < len(text) and text[offset + length].isspace()


def _summary_comma(ctx: DocContext, mark_end: int, end: int) -> int:
    """The comma opening the writer's summary of the reported clause after a quotation
    closing at ``mark_end``, further on in its sentence, inside a content ending at ``end``
    ('some families would pay "slightly more" in taxes, an acknowledgment that …', 'the
    contest had been "rigged" against him, a charge that … denied'): an indefinite noun
    phrase whose clause ('that', 'which') tells what the writer makes of the report; -1 when
    none. Not after a name ('singled out Barry Bennett, a longtime operative …': an
    apposition of the name), nor before quoted words (a series)."""
    first = ctx.token_at_char(mark_end)
    if first >= ctx.n:
        return -1
    hi = ctx.sent_bounds[ctx.sent_of[first]][1]
    for comma in range(first, hi - 1):
        if ctx.idx[comma] >= end:
            break
        if ctx.lower[comma] != "," or ctx.quote_of[comma] >= 0 or ctx.lower[comma + 1] not in _SUMMARY_DETERMINERS:
            continue
        if ctx.pos[comma - 1] == "PROPN" or ctx.lower[comma - 1] in _MARK_TOKENS:
            continue  # an apposition of a name; a comma-closed quotation is _tail_start's
        window = range(comma + 2, min(hi, comma + 2 + _SUMMARY_WORDS))
        if any(ctx.quote_of[k] >= 0 or ctx.lower[k] in _MARK_TOKENS for k in window):
            return -1
        # a relative 'that'/'which', not a pointing one ('a day after that meeting'): det
        if any(ctx.lower[k] in _SUMMARY_CLAUSES and ctx.dep[k] != "det" and ctx.idx[k] < end for k in window):
            return comma
    return -1


def _tail_start(ctx: DocContext, inner_end: int, mark_end: int, end: int) -> int:
    """The token opening the writer's tail after a quotation closing at ``mark_end`` (its
    words ending at ``inner_end``), inside a content ending at ``end``; -1 when none."""
    text = ctx.text
    pos = mark_end
    while pos < end and text[pos] in " \t\xa0":
        pos += 1
    dash = False
    if text[inner_end - 1 : inner_end] == "," and text[inner_end:mark_end].strip() in _CLOSING:
        pass  # ',"' : the comma inside the marks
    elif text.startswith(",", pos):
        pos += 1
    elif any(text.startswith(d, pos) for d in _DASHES):
        dash = True
        pos += 2 if text.startswith("--", pos) else 1
        if pos >= end or not text[pos].isspace():
            return -1  # a hyphen, not a dash
    else:
        return -1
    j = ctx.token_at_char(pos)
    while j < ctx.n and ctx.idx[j] < pos:
        j += 1
    while j < ctx.n and ctx.lower[j].isspace():
        j += 1
    if j >= ctx.n or ctx.idx[j] >= end or ctx.quote_of[j] >= 0:
        return -1
    word = ctx.lower[j]
    if ctx.pos[j] == "ADP" and j + 1 < ctx.n and ctx.lower[j + 1] in _RELATIVES:
        pass  # a relative clause opening with its preposition: '"inversion," in which …'
    elif not (
        word in _RELATIVES or word in _SUBORDINATORS or word in _DETERMINERS or (ctx.tag[j] == "VBG" and word not in _NOT_TAILS)
    ):
        return -1
    # A quoted word right after ('a "liar"'): a series of quotations, not a tail; but a
    # participle may report words of its own ('…," adding, "…"').
    hi = ctx.sent_bounds[ctx.sent_of[j]][1]
    if ctx.tag[j] != "VBG" and any(ctx.quote_of[k] >= 0 or ctx.lower[k] in _MARK_TOKENS for k in range(j, min(hi, j + _SERIES_WORDS + 1))):
        return -1
    if dash and any(ctx.lower[k] in _DASHES and ctx.idx[k] < end for k in range(j, hi)):
        return -1  # a pair of dashes: a parenthesis, and the clause goes on after it
    return j


def _start(stretch: QuotedStretch) -> int:
    return stretch.start
