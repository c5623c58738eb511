"""A body's name set off after a descriptor that has an article and modifiers before it.

"The breach was first made public by a private security firm, Ironclad Cyber, which …": the
small model tags the name a person, and :func:`.body_labels._descriptor_in_apposition_before`
reads only "the" right before the descriptor ("The developer, Harmon Residential, said"), so
"the company said" later went to the FBI (probe54's hack). This reads the descriptor after an
article and up to three lower-case modifiers ("a private security firm", "a family-owned printing
company"; "the Dallas-based developer" is left: a capitalised word may be a place or a name of
the body's own).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.body_labels import _ORG_DESCRIPTORS
from newsmine.nlp.entities.word_lists import _known_first_name

_ARTICLES = frozenset({"a", "an", "the"})

# At most this many modifiers between the article and the descriptor.
_MOST_MODIFIERS = 3


def descriptor_with_modifiers_before(span: Span) -> bool:
    """The name stands in apposition after an article, one to three lower-case modifiers and a
    noun of :data:`_ORG_DESCRIPTORS` ("a private security firm, Ironclad Cyber, which"; "the
    largest cable company, Vistara,"), closed by a comma or the sentence's end. Not a name
    opening with a first name ("a local construction firm, Tom Hale," may be its owner), nor a
    descriptor with no modifier (:func:`.body_labels._descriptor_in_apposition_before` reads
    "the developer, …"; "a firm, …" alone is left as tagged), nor a possessive or a number
    before the noun ("his law firm, …", "two firms, …")."""
    doc, i = span.doc, span.start
    if i < 4 or doc[i - 1].text != "," or doc[i - 2].lower_ not in _ORG_DESCRIPTORS:
        return False
    if _known_first_name(span[0].lower_) or (span.end < len(doc) and doc[span.end].text not in (",", ".", ";")):
        return False
    j, modifiers = i - 3, 0
    while j >= 0 and doc[j].lower_ not in _ARTICLES:
        word = doc[j]
        if word.text == "-" and not word.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            j -= 1  # the hyphen of "family-owned", "Dallas-based": one modifier
            continue
        if not word.is_lower or not word.is_alpha or word.pos_ not in ("ADJ", "NOUN", "VERB"):
            return False  # "his law firm", "two firms", "Dallas firm": not a modifier of the descriptor
        modifiers += 1
        if modifiers > _MOST_MODIFIERS:
            return False
        j -= 1
    return j >= 0 and modifiers > 0 and (j + 1 >= len(doc) or doc[j + 1].text != "-")
