"""The subject of a verb that puts a document out, when the parse gives the verb two.

"SPRINGVALE, Ore. — Ray Dunn's campaign filed a complaint …": the parser reads the capitalised
dateline as a first subject of "filed" beside the real one, and the rules that take a document's
author from its verb's subject took the first, so "The complaint says" came out the dateline's
town (desc53b). A clause has one subject; when the parse hangs two on the verb, the one nearest
before the verb is the clause's own, the farther one a dateline or a heading run into the
sentence. With one subject nothing changes.
"""

from __future__ import annotations

from spacy.tokens import Token


def nearest_subject(verb: Token, deps: tuple[str, ...] = ("nsubj",)) -> Token | None:
    """The subject (a child of ``verb`` with a dependency in ``deps``) nearest before the verb,
    else the first after it, else None."""
    subjects = [child for child in verb.children if child.dep_ in deps]
    before = [child for child in subjects if child.i < verb.i]
    if before:
        return before[-1]
    return subjects[0] if subjects else None
