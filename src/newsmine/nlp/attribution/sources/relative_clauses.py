"""Whether a subject belongs to a relative clause ("who has often split with her caucus").

"PORTLAND, Maine — Sen. Ruth Calloway of Oregon, a Democrat who has often split with her
caucus, said …": the parse makes the dateline the subject of "said" and the senator its
apposition, so the speaker is looked for after the dash
(:func:`.dateline_subjects._subject_after_dateline`); the first subject there was "who" of
the relative clause, read as "a Democrat". A relative clause's subject describes a noun, it
does not speak; the name the lead opens with does (seen52c, from wrap52's xfail).
"""

from __future__ import annotations

from newsmine.nlp.attribution.context import DocContext

__all__ = ["in_relative_clause"]


def in_relative_clause(ctx: DocContext, k: int) -> bool:
    """Whether token ``k`` is the subject of a relative clause (its verb hangs from a noun as
    ``relcl``)."""
    return ctx.dep[ctx.head[k]] == "relcl"
