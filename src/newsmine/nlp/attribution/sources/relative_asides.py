"""A named speaker before an aside that holds a relative clause, which the parse ran into the
cue: 'Church World Service, one of nine agencies that resettle refugees in the United States,
said …' parsed with 'said' as a relative clause of the name, 'that' its object and 'refugees'
its subject, so the speaker was 'resettle refugees in the United States' (session 53, probe53).

Why: the aside's relative pronoun ('that', 'who', 'which') cannot be the object of the cue that
follows the aside's closing comma; when the parse makes it so, the cue's subject is the aside's
noun, and the speaker is the name the aside describes — the head the parse hung the cue on.
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

__all__ = ["name_before_relative_aside"]

_RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom"})


def name_before_relative_aside(ctx: DocContext, i: int, found: int) -> int:
    """The name before an aside set off by commas when cue ``i`` was parsed as a relative clause
    of that name, the aside's relative pronoun as the cue's object and a noun of the aside as
    its subject ``found``; else ``found``."""
    if found < 0 or not 0 < i < ctx.n or ctx.dep[i] != "relcl" or ctx.lower[i - 1] != ",":
        return found
    name = ctx.head[i]
    if not name < found < i or not ctx.ent[name] or ctx.pos[name] != "PROPN":
        return found
    if name + 1 >= ctx.n or ctx.lower[name + 1] != ",":
        return found  # the aside opens right after the name
    pronoun = next((c for c in ctx.children[i] if name < c < found and ctx.lower[c] in _RELATIVE_PRONOUNS), -1)
    return name if pronoun >= 0 and ctx.dep[pronoun] in ("dobj", "obj") else found
