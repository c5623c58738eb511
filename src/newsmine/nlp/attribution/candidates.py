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
- ``quote`` (quotations in the cue's sentence), ``quote_prev`` ('"…" He said.'),
  ``quote_next`` ('He said: ¶ "…"'), each also as a ``…_run``: continued by the quoted
  sentences of the paragraph and the quoted paragraphs that follow with no cue of their own;
- ``colon`` ("Newspaper: Defense secretary used …") and ``dash`` ('"…" ― Jane Doe');
- ``poll``: the clause a poll is cited in ('Clinton leads by 5 points in a new Quinnipiac
  poll'), 'in' its cue and the poll its source (:func:`~newsmine.nlp.attribution.cues.poll_cue`);
- ``hearsay``: the clause 'reportedly' sits in, without it and with no source
  (:func:`~newsmine.nlp.attribution.hearsay.hearsay_candidates`).

The quotation candidates are in :mod:`~newsmine.nlp.attribution.quotation_candidates`, those of
punctuation and polls in :mod:`~newsmine.nlp.attribution.punctuation_candidates`, the
:class:`Candidate` itself (and :class:`Intervals`, the chosen ones by position, for the decision
stages) in :mod:`~newsmine.nlp.attribution.candidate`, and the tests of a cue word's parse
that stop or bound its proposals (a telephone call, a report made twice, a reporting time) in
:mod:`~newsmine.nlp.attribution.cue_checks`.
"""

from __future__ import annotations

import math
import re

from newsmine.nlp.attribution.candidate import Candidate, Intervals, quote_type
from newsmine.nlp.attribution.context import SUBJECT_DEPS, WINDOW, DocContext
from newsmine.nlp.attribution.cue_checks import (
    _TIME_ENTITIES,
    _absolute_passive,
    _after_reporting_time,
    _called_up,
    _holder_of_a_state,
    _naming_participle,
    _before_own_report,
    _before_the_answer,
    _postposed_subject,
    _pushed_up_or_down,
    _reference_after_report,
    _reports_itself,
    _said_twice,
    _telephone_call,
    _verb_after_asked_aside,
)
from newsmine.nlp.attribution.cues import cue_category, cue_range, cue_words, view_phrase
from newsmine.nlp.attribution.features import cue_features_of, cue_values, feature_values, trigger_values
from newsmine.nlp.attribution.hearsay import hearsay_candidates
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.attribution.punctuation_candidates import (
    colon_opens_quotation,
    poll_candidates,
    punctuation_candidates,
)
from newsmine.nlp.attribution.quotation_candidates import cue_between, propose_quotes
from newsmine.nlp.attribution.sources import assign_speakers, choose_source
from newsmine.nlp.attribution.sources.words import _FINITE_TAGS

__all__ = ["MISATTACHED_THAT_CLAUSE", "Candidate", "Intervals", "find_candidates", "quote_type", "subject_before_cue"]


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


# The relation of a that-clause the parser hung inside the cue's verb phrase instead of on the
# cue ('made it clear that …', 'telling delegates … that …'), which decide weighs before the
# cues inside it.
MISATTACHED_THAT_CLAUSE = "child:ccomp:that"


_RAISING_VERBS = frozenset({"seem", "appear", "look", "sound", "expect", "remain", "prove"})


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
        if any(s <= self.trigger_char < e for s, e in parts):
            return  # the cue word never lies inside its own content
        if self._speaker_phrase(parts):
            return  # '"No more cuts," chanted the crowd': the crowd speaks, it is not what is said
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


def _relative_clause(ctx: DocContext, c: int) -> bool:
    """Whether clause ``c`` has the relative "that" for its subject: a relative clause saying
    something of the cue noun ('claims that could not be independently verified', 'remarks that
    were featured on state news'), which the parse may hang as its complement clause, even
    reading the noun as a verb with no subject. A complement clause has "that" for its mark and
    a subject of its own ('claims that the vote was rigged'). Asked of nouns and subjectless
    verbs only: after a verb with a subject the parse tags the demonstrative "that" so too ('the
    administration insisted that was not part of the deal', 'recent polls show that has
    reversed'; on PolNeAR train, 7 such contents lost)."""
    return any(
        ctx.dep[s] in _RELATIVE_SUBJECT_DEPS and ctx.lower[s] == "that" and ctx.tag[s] == "WDT" for s in ctx.children[c]
    )


def _propose(ctx: DocContext, i: int, source_scorer: LinearScorer | None) -> list[Candidate]:
    head = ctx.head[i]
    if ctx.pos[i] == "NOUN" and head != i and cue_range(ctx, head)[0] <= i < cue_range(ctx, head)[1]:
        return []  # 'concern' in 'voiced concern that …' belongs to the verb's cue
    if any(ctx.dep[c] == "xcomp" and _reports_itself(ctx, i, c) for c in ctx.children[i]):
        return []  # 'likes to say that …', 'went on to say …': the verb of speech is the cue
    if any(ctx.dep[c] == "ccomp" and _said_twice(ctx, i, c) for c in ctx.children[i]):
        return []  # 'Spokesman Rick Tyler said that … "…," he said': the first 'said' is the cue
    if _telephone_call(ctx, i):
        return []  # 'The mayor called both council members on Sunday': a call made, no words reported
    if _absolute_passive(ctx, i):
        return []  # '"…," Ruiz told the crowd, her voice drowned out by boos'
    if _naming_participle(ctx, i):
        return []  # 'a retired bus driver named Samuel Okoro': the writer introduces someone
    if _called_up(ctx, i):
        return []  # 'called up to the national team': picked for a squad, or a telephone call
    if _pushed_up_or_down(ctx, i):
        return []  # 'Glut pushes copper prices down': a force, not a stance
    prop = _Proposals(ctx, i, source_scorer)
    cue_start, cue_end = prop.cue
    main_verb = _verb_after_asked_aside(ctx, i)
    for c in ctx.children[i]:
        dep = ctx.dep[c]
        if dep not in _CONTENT_CHILD_DEPS or cue_start <= c < cue_end or c == main_verb:
            continue
        if dep == "nsubj" and not (ctx.tag[i] == "VBN" or ctx.pos[i] == "AUX" or ctx.lemma[i] in _RAISING_VERBS):
            continue  # the subject is the content only in "X is expected to", "X seems", "X appears"
        if _holder_of_a_state(ctx, i, c):
            continue  # 'Not everyone is persuaded': who is persuaded, not what is said
        if _relative_clause(ctx, c) and (ctx.pos[i] == "NOUN" or ctx.child(i, SUBJECT_DEPS) < 0):
            continue  # 'claims that could not be independently verified': what is said of the claims
        start, end = ctx.subtree(c)
        if dep == "ccomp":
            start = _after_reporting_time(ctx, cue_end, c, start)
            end = _before_own_report(ctx, i, c, end)
            end = _before_the_answer(ctx, i, c, end)
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
    _propose_subject_and_complement(ctx, prop)
    _propose_relative_complement(ctx, prop)
    _propose_before_trailing_credit(ctx, prop)
    if _reference_after_report(ctx, i):
        for cand in prop.items:
            if cand.relation == "child:pobj:to":
                cand.fixed_score = _REFERENCE_SCORE
    if ctx.pos[i] == "VERB":
        # 'described Clinton as a "disgrace"', 'called her behavior "outrageous"': the verb
        # phrase after the cue, whole or without trailing clauses and modifiers.
        right = [c for c in ctx.children[i] if c >= cue_end and ctx.dep[c] not in ("punct", "cc") and c != main_verb]
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
            prop.tokens(MISATTACHED_THAT_CLAUSE, mark, end)
    head = ctx.head[i]
    if ctx.dep[i] in _REST_DEPS and head != i:
        h_start, h_end = ctx.subtree(head)
        t_start, t_end = ctx.subtree(i)
        if ctx.lower[i] == "according":
            # 'According to Rush Limbaugh, the move …': the parser may hang 'to X' elsewhere.
            to_object = ctx.child(i + 1, {"pobj"})
            t_end = max(t_end, ctx.right[to_object] + 1 if to_object >= 0 else i + 2)
            if _copula_before(ctx, i, ctx.sent_bounds[ctx.sent_of[i]][0]):
                t_start = i - 1  # "That's according to …": the subject, without the copula
        left, right = (h_start, t_start), (t_end, h_end)
        prop.tokens(f"rest:{ctx.dep[i]}", *max(left, right, key=lambda r: r[1] - r[0]))
    elif ctx.dep[i] == "ROOT" and not (ctx.lower[i] == "according" and _copula_before(ctx, i, ctx.sent_bounds[ctx.sent_of[i]][0])):
        # ("That's according to X" parsed with 'according' as its root: the subject alone.)
        s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
        subject = _postposed_subject(ctx, i)
        if subject < 0:
            subject = ctx.child(i, SUBJECT_DEPS)
        core_start, core_end = i, i + 1
        if subject >= 0:
            core_start, core_end = min(i, ctx.left[subject]), max(i + 1, ctx.right[subject] + 1)
        if main_verb >= 0:
            s_end = main_verb - 1  # the aside's closing comma: the verb after it is the subject's
        for c in ctx.children[i]:
            if ctx.dep[c] == "ccomp":
                s_end = _before_the_answer(ctx, i, c, s_end)  # 'When asked why, Lee replied: "…"'
        left, right = (s_start, core_start), (core_end, s_end)
        prop.tokens("rest:sent", *max(left, right, key=lambda r: r[1] - r[0]))
    phrase = view_phrase(ctx, i) if ctx.pos[i] == "NOUN" else None
    if (ctx.lower[i] == "according" or phrase is not None) and ctx.quote_of[i] < 0:
        _propose_according(ctx, prop, phrase)
    elif ctx.quote_of[i] < 0:
        _propose_around_interjection(ctx, prop)
    if ctx.quote_of[i] < 0 and ctx.stretches:
        propose_quotes(ctx, prop)
    return prop.items


def _propose_subject_and_complement(ctx: DocContext, prop: _Proposals) -> None:
    """A passive cue's subject and complement, in two parts around the cue: 'The central bank
    is expected to act in December', 'The walk-off is considered one of the largest in company
    history'. The subject (``child:nsubjpass``) and the complement (``child:xcomp``,
    ``child:oprd``) are proposed each alone; PolNeAR's content holds both (train, gold contents
    of a passive cue with an infinitive after it: both 99, the infinitive alone 22, the
    subject alone 2). Not for cue words that report nobody's words ('is designed to attract',
    'has been updated to include': category "other"), nor for raising verbs ('X seems to …':
    PolNeAR annotates 'seem' and 'appear' unevenly; on train they added 25 gold contents for
    16 lost and 7 more unmatched quotes)."""
    i = prop.trigger
    if cue_category(ctx.lemma[i], direct=False) == "other":
        return  # 'is designed to attract', 'has been updated to include': no one's words
    subject = ctx.child(i, {"nsubjpass"})
    if subject < 0 or subject > i:
        return
    cue_end = prop.cue[1]
    complement = next((c for c in ctx.children[i] if c >= cue_end and ctx.dep[c] in _RAISED_COMPLEMENT_DEPS), -1)
    if complement < 0:
        return
    subject_span = subject_before_cue(ctx, i, prop.cue[0])
    if subject_span is None:
        return
    s_start, s_end = subject_span
    c_start, c_end = ctx.subtree(complement)
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    if s_start < p_start or c_end > p_end or any(ctx.quote_of[j] >= 0 for j in range(s_start, c_end)):
        return
    front = ctx.char_range(s_start, s_end)
    for end in sorted({c_end, _core_end(ctx, complement)}, reverse=True):
        back = ctx.char_range(c_start, end)
        if front is not None and back is not None:
            prop.parts(f"child:{ctx.dep[complement]}", [front, back])


def _propose_relative_complement(ctx: DocContext, prop: _Proposals) -> None:
    """A complement clause whose subject is a relative word before the cue, in two parts around
    the cue and its subject: 'the changes, which officials said will take effect in May' ->
    'which' + 'will take effect in May', 'what she said is growing demand', 'a deadline that
    insiders said went unnoticed'. The clause's subtree holds the cue, so the cue's complement
    (``child:ccomp``) is not proposed whole; PolNeAR's content is the relative word and the
    clause after the cue."""
    i = prop.trigger
    cue_start, cue_end = prop.cue
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    for clause in ctx.children[i]:
        if ctx.dep[clause] != "ccomp" or clause < cue_end or ctx.left[clause] >= cue_start:
            continue
        relative = ctx.child(clause, _RELATIVE_SUBJECT_DEPS)
        if relative < 0 or relative != ctx.left[clause] or ctx.tag[relative] not in _RELATIVE_TAGS:
            continue
        # Between the relative word and the cue, only the cue's own subject and auxiliaries.
        if any(ctx.head[j] != i and not any(ctx.left[c] <= j <= ctx.right[c] for c in ctx.children[i] if c < i) for j in range(relative + 1, cue_start)):
            continue
        end = ctx.right[clause] + 1
        if relative < p_start or end > p_end:
            continue
        front = ctx.char_range(relative, relative + 1)
        for stop in sorted({end, _core_end(ctx, clause)}, reverse=True):
            back = ctx.char_range(cue_end, stop) if stop > cue_end else None
            if front is not None and back is not None:
                prop.parts("child:ccomp", [front, back])


# The score of what a participle 'referring to' after a report names (:func:`_reference_after_report`).
_REFERENCE_SCORE = 0.9


def _propose_before_trailing_credit(ctx: DocContext, prop: _Proposals) -> None:
    """The sentence before a credit that closes it, when the parser hung the credit on the
    sentence's clauses instead of them on the credit: 'Lee is the best hope, but she cannot win
    without the unions, Reyes said.' ('said' a conjunct of 'is', with only 'she cannot win …'
    as its complement). A finite verb of speech or writing, conjoined to an earlier verb of
    its sentence, its subject right after a comma, and nothing after it but a few words telling
    whom, where or when ('told reporters on Monday', 'wrote in a letter'): the words from the
    sentence's start to that comma, proposed as the complement they are ('child:ccomp'; the
    same words offered as the rest of the first clause, 'rest:conj', score too low with the
    content model to be kept)."""
    i = prop.trigger
    if ctx.dep[i] != "conj" or ctx.tag[i] not in _FINITE_TAGS or not ctx.cue_verb[i]:
        return
    if cue_category(ctx.lemma[i], direct=False) not in _CREDIT_CATEGORIES:
        return
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    after = [j for j in range(i + 1, s_end) if not ctx.punct[j]]
    if len(after) > _MAX_CREDIT_TAIL or any(ctx.pos[j] in ("VERB", "AUX") or not ctx.left[i] <= j <= ctx.right[i] for j in after):
        return  # the credit does not close the sentence
    if any(ctx.head[j] == i and not _credit_detail(ctx, i, j) for j in after):
        return  # 'their smiles said a lot': the verb's own object is what it says
    subject = ctx.child(i, SUBJECT_DEPS)
    if subject < 0 or ctx.right[subject] != i - 1 or ctx.tag[subject] in _RELATIVE_TAGS:
        return
    comma = ctx.left[subject] - 1
    if comma <= s_start or ctx.lower[comma] != "," or not s_start <= ctx.head[i] < comma:
        return
    prop.tokens("child:ccomp", s_start, comma)


def _credit_detail(ctx: DocContext, cue: int, j: int) -> bool:
    """Whether word ``j``, hung on the credit's verb ``cue`` after it, tells whom, where or
    when ('told reporters', 'in a letter', 'Tuesday'), not what ('said a lot')."""
    if ctx.dep[j] in ("prep", "dative") or ctx.ent[j] in _TIME_ENTITIES:
        return True
    return ctx.dep[j] == "dobj" and ctx.lemma[cue] == "tell"


_CREDIT_CATEGORIES = frozenset({"speech", "writing"})


# Words a closing credit may have after its verb ('told reporters on Monday').
_MAX_CREDIT_TAIL = 5


# The relative word that is the subject of the clause a cue reports ('which officials said will').
_RELATIVE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


_RELATIVE_TAGS = frozenset({"WDT", "WP"})


# A passive cue's complements that complete its subject ('is expected to …', 'is considered one of …').
_RAISED_COMPLEMENT_DEPS = frozenset({"xcomp", "oprd"})


_CUE_AUXILIARY_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def subject_before_cue(
    ctx: DocContext,
    i: int,
    cue_start: int,
    *,
    between: frozenset[str] = frozenset(),
    trailing: frozenset[str] = _CUE_AUXILIARY_DEPS,
) -> tuple[int, int] | None:
    """The tokens (start, end) of cue word ``i``'s subjects before its cue starting at token
    ``cue_start``, its auxiliaries left out ('is', 'did not', 'may also'), or None when it has no
    subject before it or a word there is in none of its subjects' subtrees (a misparse may give
    'The birth of the newest Clinton' two subjects). ``between``: the dependencies of the cue
    word's other children before it whose words may also stand there ('The economy, until
    recently, seemed'); ``trailing``: those of its children left out at the end."""
    subjects = [c for c in ctx.children[i] if c < i and ctx.dep[c] in SUBJECT_DEPS]
    if not subjects:
        return None
    s_start = min(ctx.left[c] for c in subjects)
    s_end = cue_start
    while s_end - 1 > s_start and ctx.head[s_end - 1] == i and ctx.dep[s_end - 1] in trailing:
        s_end -= 1
    covering = subjects + [c for c in ctx.children[i] if c < i and ctx.dep[c] in between] if between else subjects
    if any(not any(ctx.left[c] <= j <= ctx.right[c] for c in covering) for j in range(s_start, s_end)):
        return None
    return s_start, s_end


def _propose_according(ctx: DocContext, prop: _Proposals, phrase: tuple[int, int] | None = None) -> None:
    """What 'according to X' attributes: the words of its sentence before the phrase
    ('according:before': 'Verizon has struck a deal, according to the Labor Department,
    taking a step …'), after it ('according:after': 'According to the Associated Press, 571
    of …'), or both around it ('according:around': 'His criticism, according to an
    interview, was …'). The parser hangs the phrase on whichever verb is nearest ('…
    significant, and his expertise valued, according to officials'), so the head's clause
    (``rest:prep``) misses these. Also the narrow paragraph continuations of the phrase:
    'According to X, S1. S2.' (``according:after_run``: the sentences after it in its
    paragraph) and 'S1. S2, according to X.' (``according:before_run``: the sentences
    before it in its paragraph). ``phrase``: the tokens of 'in X's view' or 'in the words of
    X' (:func:`~newsmine.nlp.attribution.cues.view_phrase`), which attributes its sentence the
    same way, in place of 'according to X'."""
    i = prop.trigger
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[i]]
    if phrase is not None:
        start, end = phrase
    else:
        to_object = ctx.child(i + 1, {"pobj"}) if i + 1 < ctx.n else -1
        start, end = i, max(ctx.right[i] + 1, i + 2, ctx.right[to_object] + 1 if to_object >= 0 else 0)
    before = ctx.char_range(s_start, start)
    after = ctx.char_range(end, s_end) if end < s_end else None
    if phrase is None and _copula_before(ctx, i, s_start):
        # "That's according to exit polls": what is reported is the subject ('That', the
        # sentences before), not the copula with it.
        before = ctx.char_range(s_start, i - 1)
    elif before is not None and ctx.word_count(s_start, start) < _MIN_ACCORDING_WORDS:
        before = None
    after = after if after is not None and ctx.word_count(end, s_end) >= _MIN_ACCORDING_WORDS else None
    if before is not None:
        prop.parts("according:before", [before])
    if after is not None:
        prop.parts("according:after", [after])
    if before is not None and after is not None:
        prop.parts("according:around", [before, after])
    p_start, p_end = ctx.para_token_bounds[ctx.para_of[i]]
    if before is None and after is not None and s_end < p_end:
        rest = ctx.char_range(s_end, p_end)
        if rest is not None and not _attributed_of_its_own(ctx, s_end, p_end, i):
            prop.parts("according:after_run", [(after[0], rest[1])])
    if after is None and before is not None and s_start > p_start:
        earlier = ctx.char_range(p_start, s_start)
        if earlier is not None:
            prop.parts("according:before_run", [(earlier[0], before[1])])


def _attributed_of_its_own(ctx: DocContext, start: int, end: int, trigger: int) -> bool:
    """Whether tokens [start, end) attribute words of their own: a reporting verb with its
    subject or its own content (:func:`cue_between`), or a lead-in's colon opening a
    quotation ('In Mahler's words, the race is "…" Krasner's message was simpler: "…"'): an
    'according to X' paragraph continued over them would take another speaker's words."""
    if start >= end:
        return False
    if cue_between(ctx, ctx.idx[start], ctx.idx[end - 1] + 1, trigger):
        return True
    return any(ctx.lower[j] == ":" and ctx.quote_of[j] < 0 and colon_opens_quotation(ctx, j) for j in range(start, end))


# The copula's clitic, whose lemma the model leaves as written after a curly apostrophe.
_COPULA_CLITICS = frozenset({"'s", "’s"})


def _copula_before(ctx: DocContext, i: int, s_start: int) -> bool:
    """Whether 'according' at ``i`` follows a copula that its sentence's words before are the
    subject of: "That's according to …", 'This is according to …'."""
    copula = i - 1
    if copula <= s_start or not (ctx.lemma[copula] == "be" or ctx.lower[copula] in _COPULA_CLITICS):
        return False
    subject = ctx.child(copula, SUBJECT_DEPS)
    if subject < 0:
        subject = ctx.child(i, SUBJECT_DEPS)  # the copula parsed as 'according''s auxiliary
    return subject >= 0 and ctx.left[subject] == s_start and ctx.right[subject] == copula - 1


def _propose_around_interjection(ctx: DocContext, prop: _Proposals) -> None:
    """The sentence around a source and cue set off by commas inside it, in two parts: 'The
    argument would be aided, Devine said, by the upcoming primary calendar', 'Many of the
    closures, he said, have involved public courses'. The parse hangs the words on either
    side of the interjection on the cue or on each other in many ways (a complement before
    the cue and a prepositional phrase after it; a parataxis), so the contents proposed from
    the parse hold one side only; PolNeAR's content is both sides, in two parts. Only for
    words without quotation marks (theirs are the quotation candidates')."""
    i, source = prop.trigger, prop.source
    if source < 0:
        return
    cue_start, cue_end = prop.cue
    s_lo, s_hi = ctx.subtree(source)
    start, end = min(cue_start, s_lo), max(cue_end, s_hi)
    while end < ctx.n and ctx.head[end] == i and ctx.dep[end] in _INTERJECTION_TAIL_DEPS and ctx.right[end] + 1 - cue_end <= _INTERJECTION_TAIL:
        end = ctx.right[end] + 1  # ', he said Tuesday,' ', he said in an interview,'
    for j in range(start, end):
        if not (cue_start <= j < cue_end or s_lo <= j < s_hi or ctx.head[j] == i and ctx.dep[j] in ("aux", "neg", "advmod")):
            if not any(ctx.head[k] == i and ctx.dep[k] in _INTERJECTION_TAIL_DEPS and ctx.left[k] <= j <= ctx.right[k] for k in ctx.children[i]):
                return  # more than the source and the cue between the commas
    if start < 1 or end >= ctx.n or ctx.lower[start - 1] != "," or ctx.lower[end] != ",":
        return
    s_start, s_end = ctx.sent_bounds[ctx.sent_of[prop.trigger]]
    right_start = end + 1
    # The words after the interjection go on with a verb: the clause's predicate ('…, he said,
    # have involved …', '…, the airline added, and had passed …'), not an aside ('…, Sanders
    # said, a policy that …', '…, he said, on condition of anonymity').
    tops = [j for j in range(right_start, s_end) if (ctx.head[j] == j or not right_start <= ctx.head[j] < s_end) and not ctx.punct[j] and ctx.dep[j] != "cc"]
    if not tops or any(ctx.pos[j] not in ("VERB", "AUX") for j in tops):
        return
    if any(ctx.tag[j] == "VBG" or ctx.head[j] == i and ctx.dep[j] not in ("ccomp", "conj") for j in tops):
        return  # a participle ('…, the Courier reports, citing people …'), the cue's own clause
    # The clause the interjection sits in starts after the sentence's last dash or semicolon
    # before it ('He had a rally that night - and the permit, his campaign said, had been …').
    left_start = s_start
    for j in range(s_start, start - 1):
        if ctx.lower[j] in _CLAUSE_BREAKS and (ctx.lower[j] != "-" or ctx.text[ctx.idx[j] + 1 : ctx.idx[j] + 2].isspace()):
            left_start = j + 1  # a dash, not a hyphen ('voter-identification')
    while left_start < start - 1 and ctx.dep[left_start] == "cc":
        left_start += 1
    if ctx.word_count(left_start, start - 1) < _MIN_ACCORDING_WORDS or ctx.word_count(right_start, s_end) < _MIN_ACCORDING_WORDS:
        return
    left = ctx.char_range(left_start, start - 1)
    if left is None:
        return
    dep = ctx.dep[i]
    relation = "rest:sent" if dep == "ROOT" else f"rest:{dep}"
    right_ends = {s_end}
    # … and without what trails the predicate ('…, officials said, could be undone by events,
    # whether a new offensive …', '…, they believe, will render his play moot, since …').
    for cut in [_core_end(ctx, tops[0])] + _spine_cuts(ctx, tops[0]):
        if right_start < cut < s_end:
            right_ends.add(cut)
    sides = []
    for right_end in sorted(right_ends, reverse=True):
        right = ctx.char_range(right_start, right_end)
        if right is not None and _quotations_inside(ctx, [(left_start, start - 1), (right_start, right_end)]):
            prop.parts(relation, [left, right])
            sides += [left, right]
    if sides:
        # One side alone is the parse's reading, not PolNeAR's: on train the gold content of
        # a source and cue set off by commas inside a sentence holds both sides 187 times in
        # 263, the words before only 43 times and those after 33 (mostly asides the
        # predicate test above leaves out, or a quotation).
        prop.items = [c for c in prop.items if not (len(c.parts) == 1 and c.relation.startswith("rest:") and any(_same_span(c.parts[0], side) for side in sides))]


def _quotations_inside(ctx: DocContext, sides: list[tuple[int, int]]) -> bool:
    """Whether the quotations in ``sides`` (token ranges) are fragments of the writer's words:
    each inside one side, and no side opening with one ('One offered to shelter them, Bob
    said, while others "didn't necessarily want to help us"'). A side opening with a quotation
    is the quotation candidates' ('"X," he said, "Y"')."""
    for lo, hi in sides:
        first = next((j for j in range(lo, hi) if not ctx.punct[j]), hi)
        if first < hi and ctx.quote_of[first] >= 0:
            return False
        for j in range(lo, hi):
            if ctx.quote_of[j] >= 0:
                q_lo, q_hi = ctx.stretch_tokens[ctx.quote_of[j]]
                if q_lo < lo or q_hi > hi:
                    return False
    return True


def _same_span(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return abs(a[0] - b[0]) <= 2 and abs(a[1] - b[1]) <= 2


# Tokens that end a clause before an interjection: the content starts after them.
_CLAUSE_BREAKS = frozenset({"—", "--", "–", "-", ";"})


# What may follow the cue word inside an interjection ('he said Tuesday', 'he said in an interview'), up to a few tokens.
_INTERJECTION_TAIL_DEPS = frozenset({"npadvmod", "prep", "advmod"})


_INTERJECTION_TAIL = 5


# A side of 'according to X' with fewer words is no statement ('34, to be exact, according to').
_MIN_ACCORDING_WORDS = 2


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


def find_candidates(
    ctx: DocContext,
    cue_scorer: LinearScorer | None = None,
    source_scorer: LinearScorer | None = None,
    speaker_scorer: LinearScorer | None = None,
    content_scorer: LinearScorer | None = None,
) -> list[Candidate]:
    """All candidates of a document, with features. With ``cue_scorer``, only the words it
    lets through (probability >= its threshold) propose contents; without, every cue word.
    With ``source_scorer``, a cue word's source is the source model's choice; without, the
    grammar's (:func:`~newsmine.nlp.attribution.sources.choose_source`). With
    ``speaker_scorer``, the source is chosen again by it once the features are computed
    (:func:`~newsmine.nlp.attribution.sources.assign_speakers`): the speaker changes, the
    content scores do not. With ``content_scorer`` (the content model that will score them),
    each candidate's content features are weighed as soon as they are computed
    (``content_margin``) and not kept (``features`` is empty): held till the decision, the
    ~50 tuples of each of an article's candidates made the garbage collector's young
    collections start some 0.4 ms an article (docs/history/speed.md, session 37)."""
    result = []
    for i in cue_words(ctx):
        cue_probability = math.nan
        if cue_scorer is not None:
            cue_probability = cue_scorer.remembered_probability(cue_values(ctx, i), cue_features_of)
            if cue_probability < cue_scorer.threshold and view_phrase(ctx, i) is None:
                continue  # (the cue model learnt 'view' from its complements: 'in X's view' passes as 'according to' does)
        proposals = _propose(ctx, i, source_scorer)
        if proposals:
            shared = trigger_values(ctx, proposals[0])
            for cand in proposals:
                cand.shared_values = shared
                cand.cue_probability = cue_probability
            result.extend(proposals)
    for cand in punctuation_candidates(ctx) + poll_candidates(ctx) + hearsay_candidates(ctx):
        cand.shared_values = trigger_values(ctx, cand)
        result.append(cand)
    for cand in result:
        cand.quoted_share = ctx.quoted_share(cand.parts)
        if content_scorer is None:
            cand.values = feature_values(ctx, cand)
        else:
            cand.content_margin = content_scorer.values_margin(feature_values(ctx, cand))
    if speaker_scorer is not None:
        assign_speakers(ctx, result, speaker_scorer)
    return result
