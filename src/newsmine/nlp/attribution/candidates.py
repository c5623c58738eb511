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
:mod:`~newsmine.nlp.attribution.cue_checks`. The proposers this module asks besides the parse's
own are in modules of their own: what 'according to X' attributes in
:mod:`~newsmine.nlp.attribution.according_contents`, a complement the parse splits around its
cue in :mod:`~newsmine.nlp.attribution.two_part_complements`, a that-clause the parse reads as a
relative clause of a noun in a phrase after the cue ('said outside the courthouse that …') in
:mod:`~newsmine.nlp.attribution.complements_parsed_relative`, the sentence a credit stands
inside or closes in :mod:`~newsmine.nlp.attribution.credited_sentences`; the contents of one
cue word, kept once each and cut at its paragraph, brackets and quotations, in
:mod:`~newsmine.nlp.attribution.proposals`, and where a content ends short of its subtree in
:mod:`~newsmine.nlp.attribution.content_ends`.
"""

from __future__ import annotations

import math

from newsmine.nlp.attribution.according_contents import _copula_before, _propose_according
from newsmine.nlp.attribution.bare_told_clauses import bare_told_clause, drop_hearer_readings
from newsmine.nlp.attribution.candidate import Candidate, Intervals, quote_type
from newsmine.nlp.attribution.complements_parsed_relative import drop_relative_readings, misparsed_complement
from newsmine.nlp.attribution.content_ends import _core_end, _resumed_after_quotation, _spine_cuts
from newsmine.nlp.attribution.context import SUBJECT_DEPS, WINDOW, DocContext
from newsmine.nlp.attribution.credited_sentences import (
    _propose_around_interjection,
    _propose_before_inverted_credit,
    _propose_before_trailing_credit,
)
from newsmine.nlp.attribution.cue_checks import (
    _absolute_passive,
    _after_reporting_time,
    _before_own_report,
    _before_the_answer,
    _called_up,
    _holder_of_a_state,
    _kind_of_show,
    _naming_participle,
    _postposed_subject,
    _pushed_up_or_down,
    _reference_after_report,
    _reports_itself,
    _said_twice,
    _telephone_call,
    _verb_after_asked_aside,
    _vote_tally,
)
from newsmine.nlp.attribution.cues import cue_range, cue_words, view_phrase
from newsmine.nlp.attribution.features import cue_features_of, cue_values, feature_values, trigger_values
from newsmine.nlp.attribution.features.content import content_margin, cue_phrase_chars
from newsmine.nlp.attribution.hearsay import hearsay_candidates
from newsmine.nlp.attribution.model import LinearScorer
from newsmine.nlp.attribution.phone_ins import called_into_programme
from newsmine.nlp.attribution.proposals import _Proposals
from newsmine.nlp.attribution.punctuation_candidates import poll_candidates, punctuation_candidates
from newsmine.nlp.attribution.quotation_candidates import propose_quotes
from newsmine.nlp.attribution.sources import assign_speakers
from newsmine.nlp.attribution.taken_up import names_the_speaker_before
from newsmine.nlp.attribution.two_part_complements import (
    _RELATIVE_SUBJECT_DEPS,
    _propose_relative_complement,
    _propose_subject_and_complement,
    subject_before_cue,
)

__all__ = ["MISATTACHED_THAT_CLAUSE", "Candidate", "Intervals", "find_candidates", "quote_type", "subject_before_cue"]


# Dependents of a cue word whose subtree may be the content. Conjuncts, datives and bare
# noun modifiers are nearly never the content in PolNeAR train: left out, for speed; the
# subject only for passives and raising verbs ("X is expected to", "X seems").
_CONTENT_CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "advcl", "oprd", "acomp", "attr", "nsubjpass", "pcomp", "acl", "nsubj"})


# Dependents whose subtree is also proposed without its trailing clauses.
_CORE_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "acomp", "pcomp", "acl"})


# Relations of a cue word to its head for which the head's clause minus the cue may be the content.
_REST_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj", "prep", "relcl", "acl", "npadvmod", "dep", "xcomp", "amod", "punct", "advmod"})


_VP_CORE_DEPS = frozenset({"dobj", "dative", "oprd", "prep", "ccomp", "xcomp", "acomp", "attr"})


# The relation of a that-clause the parser hung inside the cue's verb phrase instead of on the
# cue ('made it clear that …', 'telling delegates … that …'), which decide weighs before the
# cues inside it.
MISATTACHED_THAT_CLAUSE = "child:ccomp:that"


_RAISING_VERBS = frozenset({"seem", "appear", "look", "sound", "expect", "remain", "prove"})


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
    if _kind_of_show(ctx, i):
        return []  # 'Talk shows that mock the senator drew …': a plural noun, no finding shown
    if _called_up(ctx, i):
        return []  # 'called up to the national team': picked for a squad, or a telephone call
    if called_into_programme(ctx, i):
        return []  # 'called in to "Fox & Friends"': where the words were said, not what
    if _pushed_up_or_down(ctx, i):
        return []  # 'Glut pushes copper prices down': a force, not a stance
    prop = _Proposals(ctx, i, source_scorer)
    cue_start, cue_end = prop.cue
    main_verb = _verb_after_asked_aside(ctx, i)
    # The parse hangs a count of votes as the object or as a noun-phrase adverb ('voted 6-1 for').
    tally, tally_end = -1, -1
    for c in ctx.children[i]:
        if ctx.dep[c] in ("dobj", "npadvmod") and (tally_end := _vote_tally(ctx, i, c)) >= 0:
            tally = c
            break
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
        if tally >= 0 and ctx.left[tally] <= c < tally_end:
            continue  # 'voted eight to three … to build': the count is no content, the complement is
        start, end = ctx.subtree(c)
        if dep == "ccomp":
            start = _after_reporting_time(ctx, cue_end, c, start)
            end = _before_own_report(ctx, i, c, end)
            end = _before_the_answer(ctx, i, c, end)
        if dep == "prep" and ctx.pos[i] == "NOUN" and names_the_speaker_before(ctx, i):
            continue  # '"…" That was the view of Priya Nair.': whose view, not what it is
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
    _propose_before_inverted_credit(ctx, prop)
    if _reference_after_report(ctx, i):
        for cand in prop.items:
            if cand.relation == "child:pobj:to":
                cand.fixed_score = _REFERENCE_SCORE
    if ctx.pos[i] == "VERB" and tally < 0:  # a count of votes opens no verb phrase of content
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
        # 'said outside the courthouse that his client would appeal': parsed as a relative clause.
        that = misparsed_complement(ctx, i, cue_end)
        if that >= 0:
            if that != mark:
                prop.tokens(MISATTACHED_THAT_CLAUSE, that + 1, end)
            drop_relative_readings(ctx, prop, that, i)
        told = bare_told_clause(ctx, i)
        if told >= 0:
            # 'told the crowd she had learned of the plan …': no "that", parsed as the crowd's relative clause
            drop_hearer_readings(ctx, prop, told)
            prop.tokens("child:ccomp", told, end)
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
    elif ctx.dep[i] == "ROOT" and tally < 0 and not (ctx.lower[i] == "according" and _copula_before(ctx, i, ctx.sent_bounds[ctx.sent_of[i]][0])):
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


# The score of what a participle 'referring to' after a report names (:func:`_reference_after_report`).
_REFERENCE_SCORE = 0.9


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
        cand.cue_phrase_chars = cue_phrase_chars(ctx, cand)
        if content_scorer is None:
            cand.values = feature_values(ctx, cand)
        else:
            cand.content_margin = content_margin(ctx, cand, content_scorer)
    if speaker_scorer is not None:
        assign_speakers(ctx, result, speaker_scorer)
    return result
