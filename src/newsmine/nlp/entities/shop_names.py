"""A shop named in the possessive of its founder's surname, set off by a description of a shop.

"Hartley's, the third-largest chain, said it was confident": the recogniser tags "Hartley" a
person and leaves the "'s" after it, so the chain joined its chairman "Sir Nigel Hartley" named
in the next sentence and its statement went to him (probe51b). A person's name in the
possessive is never set off by a comma and a description of its own; a shop's name written so
("Sainsbury's", "Macy's", "Kohl's") is, and the description says what it is. The shop keeps
its "'s" wherever it is named, so a bare "Macy said" is a person's (:func:`written_as_the_shop`,
asked by clustering: review51b).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.body_labels import _COMPANY_NOUNS
from newsmine.nlp.entities.word_lists import _POSSESSIVE

__all__ = ["shop_in_apposition", "written_as_the_shop"]

# What a description of a shop, a chain or a restaurant ends with, beside the company nouns.
_SHOP_NOUNS = _COMPANY_NOUNS | frozenset({
    "chain", "grocer", "supermarket", "store", "restaurant", "bakery", "brewery", "pub",
    "business", "brand",
})  # fmt: skip
# Not "rival" or "competitor": a person's nouns as often ("The course record was Lindqvist's,
# the Norwegian's closest rival, until Sunday": review51b).
# Words at most between the article and the noun ("the third-largest chain", "a family-owned grocer").
_MAX_WORDS = 4


def shop_in_apposition(span: Span) -> bool:
    """The name is followed by "'s", a comma and "the"/"a"/"an", and the last word before the
    next punctuation is a noun of :data:`_SHOP_NOUNS` ("Hartley's, the third-largest chain,
    said"). Not a possessive whose noun follows ("Hartley's chain"), not a description of a
    person ("Hartley's, the chairman's, …" ends with no shop's noun)."""
    doc = span.doc
    i = span.end
    if i + 3 >= len(doc) or doc[i].text not in _POSSESSIVE or doc[i + 1].text != ",":
        return False
    if doc[i + 2].lower_ not in ("the", "a", "an"):
        return False
    for j in range(i + 3, min(i + 3 + _MAX_WORDS + 1, len(doc))):
        if doc[j].is_punct and doc[j].text != "-":
            return j > i + 3 and doc[j - 1].lower_ in _SHOP_NOUNS
    return False


def written_as_the_shop(span: Span) -> bool:
    """Whether the name is written as a shop's is, with "'s" after it ("Macy's stores"). A bare
    "Macy said" after "Macy's, the chain," and "Jane Macy, a shopper," is the person: the shop
    is never named without its possessive (review51b)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in _POSSESSIVE
