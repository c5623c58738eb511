"""A possessive in a description set right after a person's name is someone else's.

"His co-founder, Ngozi Nwankwo - also his wife - will run the Kenyan business" names only
Ngozi Nwankwo, so the gender vote (:func:`.gender._gender_from_pronouns`) counted the "his" of
"his wife" as hers and made her a man; the "she" of her next quote then went to a woman quoted
two paragraphs up (probe51b). The description after the name ("his wife", "her husband", "his
longtime aide") tells who the named person is to someone else: its possessive is that someone.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.named import _PERSON_HEADS

__all__ = ["describes_the_name"]

_POSSESSIVES = frozenset({"his", "her"})
# What opens an aside right after a name (a dash written as a spaced hyphen, as wire copy does).
_ASIDE_OPENERS = frozenset({",", "-", "--", "—", "–", "("})
# Adverbs that may stand between the opening mark and the possessive ("- also his wife -").
_ASIDE_ADVERBS = frozenset({"also", "now", "then", "later", "formerly"})


def describes_the_name(doc: Doc, name_end: int, i: int) -> bool:
    """Whether the possessive at token ``i`` opens a description set off right after a name
    whose last token is ``name_end - 1``: the name, an opening comma, dash or bracket, at most
    one adverb of :data:`_ASIDE_ADVERBS`, then "his"/"her" of a person's noun ("Ngozi Nwankwo -
    also his wife -", "Ana Lee, his widow,"). Not a possessive further on ("Tom Lee said his
    wife …"), nor one of a thing ("Tom Lee, his voice breaking, said": his own voice)."""
    if doc[i].lower_ not in _POSSESSIVES or name_end >= i or doc[name_end].text not in _ASIDE_OPENERS:
        return False
    owned = doc[i].head
    if owned.i <= i or not (owned.lower_ in _PERSON_HEADS or owned.lower_ in lexicons.load("person_nouns")):
        return False
    between = [t.lower_ for t in doc[name_end + 1 : i]]
    return len(between) <= 1 and all(word in _ASIDE_ADVERBS for word in between)
