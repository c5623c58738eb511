"""An appositive that is really the sentence's subject, torn from its verb by the parser.

"In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
candidate stated …": spaCy sets "the … candidate" in apposition to the last name of the opening
phrase and leaves "stated" with no subject. Read as an apposition, the description becomes a
title of the host (so "the candidate" resolves to her); it is the subject of the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

# Words that may stand between a subject and its verb: "the candidate also stated", "has said".
_BEFORE_A_VERB = frozenset({"advmod", "aux", "auxpass", "neg"})


def is_torn_subject(appositive: Token) -> bool:
    """'In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic
    presidential candidate stated …': the parser sets the sentence's subject in apposition to
    the last name of an opening prepositional phrase and leaves the verb with none. A definite
    appositive written right before the sentence's root verb (nothing but adverbs and
    auxiliaries between), when that verb has no subject and the name hangs from a
    preposition, is that verb's subject, not a title of the name (desc46; session 48)."""
    root = appositive.sent.root
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return False
    end = appositive.right_edge.i
    if end >= root.i or any(t.dep_ not in _BEFORE_A_VERB for t in appositive.doc[end + 1 : root.i]):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in appositive.children):
        return False
    name = appositive.head
    while name.dep_ in ("conj", "appos", "compound") and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.i < appositive.i
