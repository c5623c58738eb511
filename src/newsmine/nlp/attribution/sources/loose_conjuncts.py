"""The first of two subjects the parse leaves side by side: '"Costs will rise," the mayor, Ana
Ruiz, and the council said.'

When the first of two speakers credited together carries an apposition set off by commas, the
small parse often stops the conjunction at the name: it hangs 'and' on the first subject as its
``cc`` but makes the second a subject of the cue of its own, and the grammatical subject found
is then the nearer one ('the council'). newsmine's speaker is one mention, and for speakers
credited together it is the first (PolNeAR's one source span covers them all, the content ends
before the first; extract65's :func:`~newsmine.nlp.attribution.own_source_ends.
_first_conjoined_name` made it so for two names set off). So a subject whose words open right
after an 'and' or 'or' that the parse hung on an earlier subject of the same cue gives way to
that earlier subject (review65d left this shape). A verb between the first subject and the 'and'
makes the 'and' join two clauses the parse ran together ('The general stumped for Clinton in
Iowa, and the campaign has touted his endorsement', PolNeAR train: the first version of the rule
gave 'The general'); the second clause's subject stays. Two subjects of one cue with no conjunction
between them, or a conjunction hung elsewhere, are left to the other rules.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import NOUN_SUBJECT_DEPS, DocContext

__all__ = ["first_of_loose_subjects"]

# The words that join speakers credited together.
_JOINING_WORDS = frozenset({"and", "or"})


def first_of_loose_subjects(ctx: DocContext, cue: int, found: int) -> int:
    """The earlier subject of cue word ``cue`` when ``found``, its subject, opens right after
    an 'and' or 'or' the parse hung on that earlier subject ('the mayor, Ana Ruiz, and the
    council said'); else ``found``."""
    if found < 0 or found >= cue or ctx.head[found] != cue or ctx.dep[found] not in NOUN_SUBJECT_DEPS:
        return found
    joining = ctx.left[found] - 1
    if joining <= 0 or ctx.lower[joining] not in _JOINING_WORDS or ctx.dep[joining] != "cc":
        return found
    first = ctx.head[joining]
    if first >= joining or ctx.head[first] != cue or ctx.dep[first] not in NOUN_SUBJECT_DEPS:
        return found
    if any(ctx.tag[k].startswith("VB") or ctx.tag[k] == "MD" for k in range(first + 1, joining)):
        return found  # 'The general stumped for her in Iowa, and the campaign has touted …': two clauses
    return first
