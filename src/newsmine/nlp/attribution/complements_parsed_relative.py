"""A cue verb's that-clause the parser reads as a relative clause of a noun in a phrase before it.

'said outside the courthouse that his client would appeal', 'said before attending a town hall
that CNN asked her to stay', 'predicted at the most recent debate that Republicans will take …':
between the verb of speech and its complement clause stands a place or time phrase, and the small
parser hangs the clause on the phrase's last noun as a relative clause ('the courthouse that …'),
with "that" for a relative pronoun (its object or an adverb). The cue then has no complement to
offer and the words are lost, or go to the inner verb ('asked'). :func:`misparsed_complement`
finds the clause so that the caller offers it as the verb's content (scored as a complement
clause; the content model decides whether it is kept).

Only when the relative reading has nothing to stand on: "that" is not the clause's subject ('said
in a statement that was posted online', 'told the committee that oversees the budget'), the
clause has a subject of its own and a finite verb (a full clause), the noun hangs on the verb
through a preposition, adverbial clause or noun adverbial after it ('outside the courthouse',
'before attending a town hall'), not through its object ('things that …'), and the noun names no
document or statement ('said in a statement that the mayor released', 'an interview that she
gave', where the relative is the usual reading), and "that" is not a wh-word filling the clause
verb's only object ('said outside the farmhouse that her grandfather built', 'at the plant that
workers built that the state would …': a true relative; review49b). Topic prepositions ('about a
judge that I didn't like', 'of the prospects that …', 'to the $16,420 that Mr. Trump raised') are
left out: PolNeAR train has the relative reading after each of them. When the verb has a content
of its own already (a complement clause or a noun object: 'said this thing about a judge that
…') nothing is offered, nor for a cue word that reports no words or thoughts ('marveled at the
level of enthusiasm in a district that Rubio won': category "other").

Where the rule finds the clause, the contents that read it as relative (the preposition's object
with the clause: 'the most recent debate that Republicans will …') are dropped
(:func:`drop_relative_readings`): the content model scores them above the clause alone.

The parse may also make "that" the relative clause's mark ('predicted at the last debate that
Democrats will win …', 'said for the first time that …'): the that-clause is then already
offered (``child:ccomp:that``, :data:`~newsmine.nlp.attribution.candidates.MISATTACHED_THAT_CLAUSE`)
but the phrase with it scored higher; the same test drops that reading. A "that" marking an
``acl`` is the noun's own complement clause ('intended as a signal that the network is …') and is
left alone.

PolNeAR train (session 49, parse49): 25 cue words pass the test; 8 kept quotes changed, all
better: 7 contents that were the phrase with the clause ('the first time that …', 'some time
that …') are now the clause (6 made exact), and one quote missed before is found ('said on
CNN, where he …, that …': the parse hangs the clause on 'CNN').
"""

from __future__ import annotations

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import (
    _TELLING_LEMMAS,
    CLAUSAL_COMPLEMENT_DEPS,
    FINITE_VERB_OR_MODAL_TAGS,
    SUBJECT_DEPS,
    WINDOW,
    DocContext,
)
from newsmine.nlp.attribution.cues import cue_category
from newsmine.nlp.attribution.proposals import _Proposals

__all__ = ["drop_relative_readings", "misparsed_complement"]

# The verb's dependents a place or time phrase hangs on it by ('outside the courthouse', 'before
# attending …', 'this week').
_PHRASE_DEPS = frozenset({"prep", "advcl", "npadvmod"})
# The dependencies inside that phrase down to the noun the clause was hung on.
_INNER_DEPS = frozenset({"pobj", "pcomp", "dobj", "prep", "compound", "npadvmod", "advcl"})
# Prepositions naming a topic, whose noun takes true relative clauses ('about a judge that …').
_TOPIC_PREPOSITIONS = frozenset({"about", "of", "to", "regarding", "concerning", "with", "into"})
_RELATIVE_DEPS = frozenset({"relcl", "acl"})


def misparsed_complement(ctx: DocContext, i: int, cue_end: int) -> int:
    """The token of "that" opening cue verb ``i``'s complement clause that the parse hangs as a
    relative clause on a noun in a phrase after the cue (which ends at token ``cue_end``), or -1
    (:mod:`module docstring <newsmine.nlp.attribution.complements_parsed_relative>`)."""
    if ctx.pos[i] != "VERB" or any(ctx.dep[c] in CLAUSAL_COMPLEMENT_DEPS for c in ctx.children[i]):
        return -1  # the verb has a content of its own: the clause is not its content
    if cue_category(ctx.lemma[i], direct=False) == "other":
        return -1  # 'marveled at the level … in a district that Rubio won': no words or thoughts reported
    noun_object = any(ctx.dep[c] == "dobj" and ctx.pos[c] == "NOUN" for c in ctx.children[i])
    if noun_object and ctx.lemma[i] not in _TELLING_LEMMAS:
        return -1  # 'said this thing about a judge that …': the object is what was said (not whom 'told')
    end = ctx.right[i] + 1
    for t in range(cue_end, min(end, cue_end + WINDOW)):
        if ctx.lower[t] != "that" or ctx.quote_of[t] >= 0:
            continue
        clause = ctx.head[t]
        if ctx.dep[clause] not in _RELATIVE_DEPS or ctx.left[clause] != t or ctx.dep[t] in SUBJECT_DEPS:
            continue
        if ctx.dep[t] == "mark" and ctx.dep[clause] != "relcl":
            continue  # 'intended as a signal that the network is …': the noun's own complement clause
        if _object_gap(ctx, clause, t):
            continue  # 'said outside the house that her grandfather built': a true relative
        if _full_clause(ctx, clause, t) and _in_phrase_after(ctx, i, ctx.head[clause], cue_end):
            return t
    return -1


def _full_clause(ctx: DocContext, clause: int, that: int) -> bool:
    """Whether ``clause`` has a subject other than ``that`` and a finite verb ('his client would
    appeal', 'CNN asked her')."""
    subject = any(ctx.dep[c] in SUBJECT_DEPS and c != that for c in ctx.children[clause])
    finite = ctx.tag[clause] in FINITE_VERB_OR_MODAL_TAGS or any(
        ctx.dep[c] in ("aux", "auxpass") and ctx.tag[c] in FINITE_VERB_OR_MODAL_TAGS for c in ctx.children[clause]
    )
    return subject and finite


def _object_gap(ctx: DocContext, clause: int, that: int) -> bool:
    """Whether ``that`` is the clause's relative pronoun filling its verb's object gap: tagged
    a wh-word (WDT, not the complementizer IN) and the verb's only direct object ('outside the
    house that her grandfather built', 'in the city that he loves', 'at the plant that workers
    built that the state would …': the relative reading is the right one, and a later
    that-clause is the content). A complement clause has its object, or needs none: 'that his
    client would appeal' is tagged IN, 'that the network had asked her …' makes "that" a dative
    beside the object 'her' (review49b)."""
    if ctx.dep[that] != "dobj" or ctx.tag[that] != "WDT":
        return False
    return not any(ctx.dep[c] == "dobj" and c != that for c in ctx.children[clause])


def _in_phrase_after(ctx: DocContext, i: int, noun: int, cue_end: int) -> bool:
    """Whether ``noun`` hangs on verb ``i`` through a place or time phrase after its cue, and
    names no document or statement."""
    if ctx.lemma[noun] in _DOCUMENTS or ctx.lower[noun] in _DOCUMENTS or ctx.lemma[noun] in _CUE_NOUNS:
        return False  # 'in a statement that the mayor released': the relative reading
    x = noun
    while ctx.head[x] != i:
        if ctx.dep[x] not in _INNER_DEPS or ctx.head[x] == x:
            return False
        x = ctx.head[x]
    return x >= cue_end and ctx.dep[x] in _PHRASE_DEPS and ctx.lower[x] not in _TOPIC_PREPOSITIONS


_DOCUMENTS = lexicons.load("document_nouns")
_CUE_NOUNS = lexicons.load("cue_nouns")


def drop_relative_readings(ctx: DocContext, prop: _Proposals, that: int, cue: int) -> None:
    """Drop from ``prop`` the contents that hold the clause at ``that`` as a relative clause of
    the phrase's noun ('at the most recent debate that Republicans will take …', 'for the first
    time that some emails … have been located'): the preposition's object with the clause
    (``child:pobj:<word>``, ``child:prep:<word>``). The content model scores them above the
    clause alone, and PolNeAR's content is the clause after "that" (train: 4 of 4 such cues).
    After a verb of telling ('told cheering supporters in the capital that voters had chosen
    …') the verb phrase goes too (``vp``, ``vp_core``): it opens with whom they told, who are
    no part of what was said."""
    at = ctx.idx[that]
    telling = ctx.lemma[cue] in _TELLING_LEMMAS
    prop.items = [
        cand
        for cand in prop.items
        if not (cand.relation.startswith(("child:pobj:", "child:prep:")) and cand.parts[0][0] < at < cand.parts[-1][1])
        and not (telling and cand.relation in ("vp", "vp_core") and cand.parts[0][0] < at)
    ]
