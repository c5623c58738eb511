"""'When a reporter pressed him on whether the ambassador would be recalled, he said, "…"': an
unnamed asker whose verb takes "him" (or "her") as its object addressed someone else, so the
"he" (or "she") who answers in the same sentence is the one addressed, not the asker speaking
again nor the unnamed subject just before (:func:`addressed_by_the_asker`, asked by
:func:`.pronouns._previous_unnamed_again` and :func:`.pronouns._unnamed_subject_before`).
Probe51c.
"""

from __future__ import annotations

from spacy.tokens import Token

# A subject pronoun and the object form of the same person.
_OBJECT_OF = {"he": "him", "she": "her"}


def addressed_by_the_asker(asker: Token, pronoun: Token) -> bool:
    """Whether ``asker`` is the subject of a verb in ``pronoun``'s sentence whose object is the
    object form of ``pronoun`` ("a reporter pressed him … he said"): not a reflexive or a
    possessive ("asked his aide" is no one addressed as "him")."""
    wanted = _OBJECT_OF.get(pronoun.lower_)
    if wanted is None or asker.dep_ not in ("nsubj", "nsubjpass") or asker.sent.start != pronoun.sent.start:
        return False
    verb = asker.head
    return any(c.dep_ in ("dobj", "dative") and c.lower_ == wanted and c.tag_ == "PRP" for c in verb.children)
