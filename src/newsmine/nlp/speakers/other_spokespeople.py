"""A spokesperson brought in unnamed for a body nobody of the article speaks for by title.

'A spokesperson for the agency, Kim Oduya, said … ¶ A spokesperson for Delta Power said about
2,800 customers … ¶ "…," the spokesperson said': the titles alone gave "the spokesperson" to
Oduya, the one person titled so, though the utility's unnamed spokesperson had just been made
the subject (probe49's tornado). An unnamed subject is "the …" again only when its sentence
grants anonymity (:func:`newsmine.nlp.speakers.introduced_unnamed._unnamed_subject_before`: "A lawmaker …
is calling for" is mostly someone named further down); an unnamed spokesperson of a principal
no one is titled the spokesperson of is such a subject too. Kept apart from
:mod:`~newsmine.nlp.speakers.spokespeople`, which the pronoun rules import, so the description
rules may use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsmine.nlp.antecedents.doc_index import DocIndex

__all__ = ["another_principals_spokesperson"]

# A spokesperson's nouns (singular: "spokesmen" are several people).
_SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def another_principals_spokesperson(index: DocIndex, noun: Token) -> bool:
    """Whether ``noun`` is a spokesperson of a body or person its "for" names ("A spokesperson
    for Delta Power") whom no person of the article is titled the spokesperson of ("Delta
    Power spokeswoman Ana Ruiz" would be)."""
    if noun.lower_ not in _SPOKESPERSON_NOUNS:
        return False
    principal = next(
        (index.cluster_of.get(o.i) for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
         for o in p.children if o.dep_ == "pobj"),
        None,
    )  # fmt: skip
    if principal is None:
        return False
    words = {w.lower() for w in principal.name.split()}
    for person in index.people_after(0):
        for title in person.titles:
            if noun.lower_ in title.lower() and words & {w.lower().strip(",.'’s") for w in title.split()}:
                return False
    return True
