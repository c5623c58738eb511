"""The quotation candidates of a cue word: the quotation(s) in its sentence that it
introduces or follows (``quote``), the one just before a short cue sentence of its paragraph
(``quote_prev``: '"…" He said.') or after a colon (``quote_next``: 'He said: ¶ "…"'), each
continued over the quoted sentences and paragraphs that follow with no cue of their own
(``…_run``).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.after_quotation import attribution_after, dash_apart, relative_clause_after, words_after
from newsmine.nlp.attribution.context import (
    CLAUSAL_COMPLEMENT_DEPS,
    NEGATION_DEPS,
    RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS,
    WINDOW,
    DocContext,
)
from newsmine.nlp.attribution.narration import narration_between
from newsmine.nlp.attribution.punctuation_candidates import dash_name
from newsmine.nlp.attribution.taken_up import attribution_taking_up, words_taken_up

if TYPE_CHECKING:  # for annotations only (candidates imports this module)
    from newsmine.nlp.attribution.proposals import _Proposals

__all__ = ["cue_between", "propose_quotes"]

_CLAUSE_PUNCTUATION = frozenset(",.:;!?—–-")
_SHORT_SENTENCE = 10
# A programme's or a book's title in quotation marks has at most this many words, and follows
# one of these words naming where it was said ('on "Meet the Press"', 'in "The Daily"') or a
# possessive. Not 'with', 'of', 'as' or 'for', which also open a motto, a word or a slogan the
# cue reports ('ended with "Si Vis Pacem Para Bellum"', 'branded them as "Retrumplicans"'):
# on PolNeAR train the rule taking any preposition changed 7 articles, 3 for the worse.
_TITLE_WORDS = 8
_TITLE_PREPOSITIONS = frozenset({"on", "in"})
# A quote continued over the quotations after it (no cue of their own) takes at most this
# many: news continues a quote over a few paragraphs, and the bound keeps the work linear.
_MAX_RUN_QUOTATIONS = 30


def propose_quotes(ctx: DocContext, prop: _Proposals) -> None:
    """The quotation(s) a cue introduces or follows, and their continuation."""
    i = prop.trigger
    sent = ctx.sent_of[i]
    source_range = ctx.subtree(prop.source) if prop.source >= 0 and ctx.pos[prop.source] != "PRON" else (-1, -1)
    pulled = ctx.pull_quotes()  # a display line repeating a quotation is no cue's (see orphans)
    ks = [
        k for k in ctx.stretches_near(i)
        if k not in pulled
        and not _nickname(ctx, k, source_range)  # 'Marcia "Cia" Price said'
        and not _cue_word_between(ctx, i, k)  # '"…," he said, adding that "…"'
        and not _dash_before_cue(ctx, i, k)  # 'lamented his gaffes - "…?" - Democrats … said'
    ]  # fmt: skip
    if not any(ctx.stretch_tokens[k][0] < i for k in ks):
        # 'said on "Fox News Sunday" that the senator … was "90 percent done."': a title the cue
        # introduces is no quotation of its ('"…," he said on "Meet the Press." "…"' continues
        # the quote before the cue over it: left to the rules below)
        ks = [k for k in ks if not _programme_title(ctx, i, k)]
    if _relative_pronoun(ctx, prop.source):
        # '"… for records" that would respond to requests …, Lewis wrote', '"…" in the debate
        # that practically scuttled his campaign': a relative clause opening after a quotation
        # says something about a word of it, and the quotation is another cue's.
        ks = [k for k in ks if ctx.stretch_tokens[k][0] > prop.source]
    # '"…," which Mozloom thinks will cut hours': nor one whose relative clause the cue is in.
    ks = [k for k, (first, last) in ((k, relative_clause_after(ctx, k)) for k in ks) if not first <= i <= last]
    if any(ctx.stretch_tokens[k][0] > i for k in ks):
        # 'On ABC's "Good Morning America" Tuesday, he said, "…"', 'When someone shouted,
        # "Cruz," Beck joked, "…"': with a quotation after the cue, one before it is the
        # cue's only when it opens its sentence ('"…," he said, "…"'), not a title or
        # another speaker's words inside the sentence.
        ks = [k for k in ks if ctx.stretch_tokens[k][0] > i or _starts_sentence(ctx, k)]
    # 'described him as "volatile," with Clinton: "What I have seen …"': after the cue, a
    # quotation that a colon opens after the writer's words is that lead-in's, not the cue's.
    ks = ks[: next((n for n in range(1, len(ks)) if _colon_lead_in_between(ctx, i, ks[n - 1], ks[n])), len(ks))]
    if ks and ctx.stretch_tokens[ks[0]][0] < i:
        # '"…," she said, but despite the tone, "…," said Kunin': past the cue, a quotation
        # credited right after it is that credit's, and so is what follows it.
        ks = ks[: next((n for n, k in enumerate(ks) if ctx.stretch_tokens[k][0] > i and _credited_after(ctx, k, i)), len(ks))]
    all_ks = ks
    if ks and ctx.stretch_tokens[ks[0]][1] <= i:
        # '"…," said Ruth Almeida, a nurse who waited in an "endless, freezing line"': after
        # the cue, a quotation continues the quote before it only when it opens after
        # punctuation; one inside the words that follow is theirs.
        ks = ks[: next((n for n, k in enumerate(ks) if ctx.stretch_tokens[k][0] > i and not _opens_after_punctuation(ctx.text, ctx.stretches[k].start)), len(ks))]
    relation = "quote"
    if not ks:
        s_start, s_end = ctx.sent_bounds[sent]
        # '"…" He said in an interview.': only a short sentence attributes the quote before it.
        short = ctx.word_count(s_start, s_end) <= _SHORT_SENTENCE
        before = _stretch_ending_before(ctx, s_start) if short else -1
        after = _stretch_opening_after(ctx, s_end)
        lead_in = _lead_in_after_paragraph(ctx, before, s_start, s_end) if before >= 0 and after < 0 else -1
        if lead_in >= 0:
            # '"…" ¶ Rubio disagreed. ¶ "…"': a short sentence opening a paragraph after the
            # quotation before it leads into the quotation after it (its cue when that one has
            # none of its own: '¶ Jones disagreed. ¶ "…," she said.' leaves both to 'she')
            own = _has_own_cue(ctx, lead_in, i) or attribution_after(ctx, lead_in)[0] not in (-1, i)
            before, after = -1, (-1 if own else lead_in)
        after = -1 if after in pulled else after
        if before >= 0 and ctx.paragraph_of_char(ctx.stretches[before].end) != ctx.paragraph_of_char(ctx.idx[s_start]):
            # '"…" ¶ The crowd booed.', '"…" ¶ Clinton still has the advantage …': a sentence
            # opening the next paragraph is narration, not the quotation's attribution. On
            # PolNeAR train no gold cue there attributes the quotation before it (only dash
            # lines do, '"…" ¶ - Bernie Sanders.'), and of the 15 such quotes kept, none was
            # right.
            before = -1
        if before >= 0 and _after_colon(ctx.text, ctx.stretches[before].start):
            # 'The Daily News focuses on how many …: "…" But they leave out a point.': a
            # quotation a colon opens is the lead-in's, not the next sentence's.
            before = -1
        if before >= 0 and attribution_taking_up(ctx, before)[0] not in (-1, i):
            # '"…" That was how Ann Lee put it.', '"…" That quote from Ann Lee was read out.':
            # the sentence taking the quotation up names its speaker through its own words
            # ('put', 'quote from'); its other words ('was') are no cue of the quotation.
            before = -1
        taken_up_subject = 0 <= prop.source < i and words_taken_up(ctx, prop.source)
        if before >= 0 and taken_up_subject and ctx.lemma[i] not in lexicons.load("cues"):
            # '"…?" That question came up again on Friday.': the quotation's words are the
            # subject of a verb that does not report them, so the sentence names no speaker.
            before = -1
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
        if len(run) - len(parts) >= _MAX_RUN_QUOTATIONS or _dash_attributed(ctx, k - 1) or k in pulled:
            break  # a quote round-up ('"…" ― Jane Doe' a line) is many quotes, not one; a pull-quote no one's
        if not nxt.closed or cue_between(ctx, stretches[k - 1].end, nxt.start, i) or _has_own_cue(ctx, k, i):
            break  # (an unclosed quotation is more often a stray mark than speech)
        if attribution_after(ctx, k)[0] not in (-1, i):
            break  # '"…," Paradis said. ¶ "…," Bennett shot back.': a speaker of its own after it
        if attribution_taking_up(ctx, k)[0] not in (-1, i):
            break  # '"…," Ashworth said. ¶ "…" That was the view of Priya Nair.': named after it
        next_para = ctx.paragraph_of_char(nxt.start)
        if next_para == para:
            if not _starts_sentence(ctx, k) or narration_between(ctx, stretches[k - 1].end, nxt.start, i):
                break  # '"…," Tom said, pointing to his ears. Betsy shook her head. "…"'
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


def _credited_after(ctx: DocContext, k: int, trigger: int) -> bool:
    """Whether quotation ``k`` closes with a comma and a credit of its own starts right after it,
    with another cue word than ``trigger`` ('"…," said Kunin', '"…," the mayor added'): its
    cue word or its source's first word is the first word after the quotation. A clause of the
    writer's after it ('"…," after Fallon expressed support') is not one, nor a new sentence
    after a quoted exclamation ('"…!" The drama follows …'): taking any credit found after it
    moved 24 PolNeAR train articles, half for the worse. As here, train (session 46): 2
    articles changed, 3 direct contents gained, none lost."""
    j, comma = words_after(ctx, k)
    if j < 0 or not comma:
        return False
    cue, source = attribution_after(ctx, k)
    if source >= 0 and ctx.lower[source] in ("he", "she"):
        # '"…," Rosa Kim said, and then, after a pause, "…," she added': the same speaker going
        # on; cut there, the first quotation was lost inside the 'she added' credit's stretch
        return False
    return cue not in (-1, trigger) and (cue == j or ctx.left[source] == j)


def _colon_lead_in_between(ctx: DocContext, i: int, a: int, b: int) -> bool:
    """Whether quotations ``a`` and ``b`` both follow cue word ``i`` and the writer's words
    between them end with a colon that opens ``b`` ('as "volatile," with Clinton: "…"')."""
    if ctx.stretch_tokens[a][0] <= i:
        return False
    gap = ctx.text[ctx.stretches[a].end : ctx.stretches[b].start].strip()
    return gap.endswith(":") and any(c.isalpha() for c in gap)


def _relative_pronoun(ctx: DocContext, source: int) -> bool:
    """Whether the cue's source is a relative pronoun, the subject of its relative clause."""
    return source >= 0 and ctx.tag[source] in RELATIVE_PRONOUN_TAGS and ctx.dep[source] in SUBJECT_DEPS


def _dash_attributed(ctx: DocContext, k: int) -> bool:
    """Whether quotation ``k`` is followed by a dash and a name ('"…" ― Jane Doe')."""
    return dash_name(ctx.text, ctx.stretches[k].end) is not None

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


def _opens_after_punctuation(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` follows punctuation (or opens the text)."""
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < 0 or text[j] in _CLAUSE_PUNCTUATION


def _after_colon(text: str, start: int) -> bool:
    """Whether the quotation mark at ``start`` follows a colon (spaces aside): the words
    before the colon introduce it ('Ruiz put it bluntly: "…"'), whether or not they hold a cue
    word, so a short sentence after it is no attribution of it (``quote_prev``). On PolNeAR
    train the one such ``quote_prev`` kept had the wrong speaker."""
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j >= 0 and text[j] == ":"


def _nickname(ctx: DocContext, k: int, source_range: tuple[int, int]) -> bool:
    """A short quotation inside the speaker's name ('Marcia "Cia" Price')."""
    first, last = ctx.stretch_tokens[k]
    return source_range[0] < first and last < source_range[1] and last - first <= 3


def _programme_title(ctx: DocContext, i: int, k: int) -> bool:
    """A title in quotation marks after cue word ``i``, after a preposition or a possessive
    ('said on "Fox News Sunday" that …', 'told NBC's "Meet the Press"', 'said in "The Daily"
    podcast'): a programme's or a book's name, not words the cue reports. Its first word and
    every word of four letters or more are capitalised."""
    first, last = ctx.stretch_tokens[k]
    before = first - 1
    while before > i and ctx.punct[before]:
        before -= 1
    if before <= i or ctx.quote_of[before] >= 0 or not (ctx.lower[before] in _TITLE_PREPOSITIONS or ctx.tag[before] == "POS"):
        return False
    words = [ctx.doc[j].text for j in range(first, last) if not ctx.punct[j]]
    return 0 < len(words) <= _TITLE_WORDS and all(w[0].isupper() for n, w in enumerate(words) if n == 0 or len(w) > 3)


def _cue_word_between(ctx: DocContext, i: int, k: int) -> bool:
    """Whether another reporting verb stands between cue word ``i`` and quotation ``k``. Not
    a question put to the cue's own speaker ('who told Congress when asked last month about
    the inquiry: "…"': 'asked' with no subject of its own, hung below the cue)."""
    first, last = ctx.stretch_tokens[k]
    between = range(last, i) if last <= i else range(i + 1, first)
    return any(ctx.cue_verb[j] and not _put_to_speaker(ctx, i, j) for j in between)


def _put_to_speaker(ctx: DocContext, i: int, j: int) -> bool:
    """Whether word ``j`` is a passive 'asked' or 'pressed' with no subject hung on cue word ``i``."""
    if ctx.head[j] != i or ctx.tag[j] != "VBN" or ctx.lemma[j] not in ("ask", "press"):
        return False
    return ctx.child(j, SUBJECT_DEPS) < 0


def _dash_before_cue(ctx: DocContext, i: int, k: int) -> bool:
    """Whether a dash outside quotation marks stands between quotation ``k`` and cue word
    ``i`` after it. A quotation set off by dashes inside a sentence is an aside of the clause
    before it ('O'Malley lamented her gaffes - "does she have to keep …?" - Democrats who
    watched said they were unfazed', 'his stock answer — "…" — is likely to be repeated'),
    and one closing a quote before a dash is followed by the writer's gloss ('"…" -
    increasing his name recognition'): the verb or noun past the dash says something else.
    On PolNeAR train none of the 5 kept quotes a cue took across such a dash matched the
    gold's attribution. ('"…" - that is what he said' takes the quotation up: :func:`dash_apart`.)"""
    last = ctx.stretch_tokens[k][1]
    return last <= i and dash_apart(ctx, last, i)


def _stretch_ending_before(ctx: DocContext, s_start: int) -> int:
    """The quotation that ends right before sentence start ``s_start`` ('"…" He said.')."""
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


def _lead_in_after_paragraph(ctx: DocContext, k: int, s_start: int, s_end: int) -> int:
    """The quotation a short sentence [s_start, s_end) leads into when it opens a paragraph
    after the one quotation ``k`` ends in and a quotation opens right after it, in its
    paragraph or the next ('"…" ¶ Rubio disagreed. ¶ "…"'), else -1."""
    if ctx.paragraph_of_char(ctx.stretches[k].end) == ctx.para_of[s_start]:
        return -1
    after = s_end
    while after < ctx.n and ctx.punct[after] and ctx.quote_of[after] < 0:
        after += 1
    if after < ctx.n and ctx.quote_of[after] >= 0 and ctx.para_of[after] <= ctx.para_of[s_start] + 1:
        return ctx.quote_of[after]
    return -1


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


def cue_between(ctx: DocContext, start_char: int, end_char: int, trigger: int) -> bool:
    """Whether a reporting verb with its own subject, or with a content clause of its own
    ('…," he said, adding that he had …. "…"'), or hanging on the cue word as its conjunct or
    participle ('…," Trump said, adding a plug for himself. "…"', '…," she said on Tuesday and
    praised the crews. "…"': a second report of the same speaker, which the quotation after it
    goes with; train, session 42: 2 direct contents right, none lost, 4 contents), stands outside
    quotes in [start, end). A negated one reports nothing ('"…," Ruiz went on, as if she
    didn't hear the question. "…"'), as in :mod:`~.orphans`."""
    i = bisect_right(ctx.idx, start_char - 1)
    while i < ctx.n and ctx.idx[i] < end_char:
        if i != trigger and ctx.cue_verb[i] and ctx.child(i, NEGATION_DEPS) < 0:
            # With a subject or a clause of its own ('he said', 'adding that …') it reports on its own.
            if ctx.child(i, SUBJECT_DEPS) >= 0 or ctx.child(i, CLAUSAL_COMPLEMENT_DEPS) >= 0:
                return True
            if ctx.head[i] == trigger and ctx.dep[i] in _SECOND_REPORT_DEPS:
                return True
        i += 1
    return False


# A reporting verb hanging on the cue word with one of these relations is a second report.
_SECOND_REPORT_DEPS = frozenset({"conj", "advcl"})


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

