"""An indefinite possessor inside someone's quotation introduces no one the writer's description
can mean: '"You cannot cut an agency's staff and then ask why it moves slowly," she said. … The
agency said in a written statement …' is the Environmental Protection Agency the article named,
not an unnamed agency brought in by the quotation.

:func:`.organisations._unnamed_since` reads 'A group of parents gathered … the group said' as
that unnamed group: the writer brought the group in. A speaker's "an agency's staff", "a
company's books" in their own words is any one of its kind (a generic), so such a noun between
the body's last mention and the description is passed over (:func:`quoted_indefinite`).
Probe53b (a hearing story). Only a possessor: a quoted "an evenly divided court" on PolNeAR train
stands before "the appeals court refused", which the rule would then have sent to the Supreme
Court named before it, a court that did not refuse; a possessor is the plainest generic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsmine.nlp.antecedents import DocIndex

__all__ = ["quoted_indefinite"]


def quoted_indefinite(index: DocIndex, token: Token) -> bool:
    """Whether the indefinite noun ``token`` is a possessor inside quotation marks ('"… an
    agency's staff …"'): a speaker's generic, not the writer's introduction of someone unnamed."""
    return index.in_quote[token.i] and token.dep_ == "poss"
