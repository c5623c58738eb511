"""A cue inside a relative clause whose quoted complement is the main clause's predicate.

'Nothing the president said "will calm the markets," the Ohio senator said': the parse hangs
the quotation on the relative clause's 'said' (a ccomp of it), so the president spoke the
words; they are the senator's, a predicate of 'Nothing' (desc54). A contact relative clause
(no 'that', 'which' or 'who') whose cue's quoted complement has no subject of its own is that
shape: the complement's subject is the noun the clause hangs on, and the clause only picks
the noun out ('Everything the mayor said "was a lie," Ruiz said'). Only a noun that is the
subject of a verb after the quotation: 'infringing on the only Amendment the Founding Fathers
wrote "shall not be infringed"' (a noun of the clause before) and 'to which 21 percent said "not
too likely"' (a relative pronoun) are the cue's words, as PolNeAR train has them. A quotation with
a subject of its own ('the voters the mayor told "we will win"') stays the cue's (seen54).
"""

from __future__ import annotations

from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, WH_WORD_TAGS, DocContext

__all__ = ["quoted_predicate_of_relative"]

# What opens a relative clause with a pronoun of its own: 'the plan that the mayor said …'.

# Where the parse puts the noun the clause hangs on when it is the sentence's subject ('Nothing'
# is often a 'dep' of the verb after the quotation).
_SUBJECT_PLACES = frozenset({"nsubj", "nsubjpass", "dep"})

# A content at least this much in quotation marks is a quotation's.
_QUOTED = 0.8


def quoted_predicate_of_relative(ctx: DocContext, cand: Candidate) -> bool:
    """Whether cue ``cand.trigger`` opens a contact relative clause on a noun or pronoun
    before it and its quoted content is a clause with no subject of its own, hung on the cue
    right after it: the quotation goes on the clause of that noun, not of the relative's cue."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.dep[i] != "relcl" or cand.quoted_share < _QUOTED or ctx.quote_of[i] >= 0:
        return False
    noun = ctx.head[i]
    if noun >= i or ctx.pos[noun] not in ("NOUN", "PRON", "PROPN") or ctx.dep[noun] not in _SUBJECT_PLACES:
        return False
    if any(ctx.tag[j] in WH_WORD_TAGS or ctx.lower[j] == "that" for j in range(ctx.left[i], i)):
        return False  # 'the plan that the mayor said "…"', 'to which 21 percent said "…"'
    quoted = [c for c in ctx.children[i] if c > i and ctx.dep[c] == "ccomp" and ctx.quote_of[c] >= 0]
    if not quoted or any(ctx.dep[c] in SUBJECT_DEPS or ctx.dep[c] == "expl" for c in ctx.children[quoted[0]]):
        return False
    # the noun's verb comes after the quotation ('Nothing … said "…," the senator said'); a noun
    # with its verb before ('infringing on the only Amendment the Founders wrote "…"') is no subject
    return ctx.head[noun] > max(ctx.right[quoted[0]], i)
