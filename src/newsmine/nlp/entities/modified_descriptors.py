"""A body's name set off after a descriptor that has an article and modifiers before it.

"The breach was first made public by a private security firm, Ironclad Cyber, which …": the
small model tags the name a person, and :func:`.body_labels._descriptor_in_apposition_before`
reads only "the" right before the descriptor ("The developer, Harmon Residential, said"), so
"the company said" later went to the FBI (probe54's hack). This reads the descriptor after an
article and up to three lower-case modifiers ("a private security firm", "a family-owned printing
company"; "the Dallas-based developer" is left: a capitalised word may be a place or a name of
the body's own). Not a descriptor that is a person's trade as well ("a wealthy real estate
developer, Tran Van Minh,", "a veteran television producer, …": review54 found both made bodies,
a name the first-name list does not know being no guard), nor a descriptor whose phrase hangs
on a noun before it by a preposition ("the founder of a small software company, Tran Van Minh,",
"a lawyer for a local construction firm, …": the name set off is the founder's or the lawyer's).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.entities.body_labels import _ORG_DESCRIPTORS, _PERSON_TRADES
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name

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
    before the noun ("his law firm, …", "two firms, …"), nor a noun of :data:`_PERSON_TRADES`
    ("a television producer, …"), nor a phrase hanging on a noun by a preposition ("an engineer
    at a state-owned oil company, …": the engineer's name)."""
    doc, i = span.doc, span.start
    if i < 4 or doc[i - 1].text != "," or doc[i - 2].lower_ not in _ORG_DESCRIPTORS:
        return False
    if doc[i - 2].lower_ in _PERSON_TRADES:
        return False  # "a real estate developer, Tran Van Minh,": a person's trade as well
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
    if j >= 1 and doc[j - 1].pos_ == "ADP" and doc[j - 1].head.pos_ in ("NOUN", "PROPN") and doc[j - 1].head.i < j:
        return False  # "the founder of a small software company, Tran Van Minh,": the founder's name
    return j >= 0 and modifiers > 0 and (j + 1 >= len(doc) or doc[j + 1].text != "-")
