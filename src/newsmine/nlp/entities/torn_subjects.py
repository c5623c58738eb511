"""An appositive that is really the sentence's subject, torn from its verb by the parser.

"In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
candidate stated …": spaCy sets "the … candidate" in apposition to the last name of the opening
phrase and leaves "stated" with no subject. Read as an apposition, the description becomes a
title of the host (so "the candidate" resolves to her); it is the subject of the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp.parser_labels import AUXILIARY_OR_ADVERB_DEPS, NOUN_SUBJECT_DEPS

# Words that may stand between a subject and its verb: "the candidate also stated", "has said".
_BEFORE_A_VERB = AUXILIARY_OR_ADVERB_DEPS


def is_torn_subject(appositive: Token) -> bool:
    """'In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic
    presidential candidate stated …': the parser sets the sentence's subject in apposition to
    the last name of an opening prepositional phrase and leaves the verb with none. A definite
    appositive written right before the sentence's root verb (nothing but adverbs and
    auxiliaries between), when that verb has no subject and the name hangs from a
    preposition, is that verb's subject, not a title of the name (desc46; session 48)."""
    if not right_before_a_subjectless_verb(appositive):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in appositive.children):
        return False
    name = appositive.head
    while name.dep_ in ("conj", "appos", "compound") and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.i < appositive.i


def right_before_a_subjectless_verb(appositive: Token) -> bool:
    """Whether the appositive ends right before its sentence's main verb (nothing but adverbs
    and auxiliaries between) and that verb has no subject: the shape of a subject the parser
    tore from its verb, whatever the appositive hangs on (also read by
    :mod:`newsmine.nlp.speakers.body_appositions`: "In addition to the Harbor Fund, a
    coalition of lawyers has vouched …")."""
    root = appositive.sent.root
    if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in NOUN_SUBJECT_DEPS for c in root.children):
        return False
    end = appositive.right_edge.i
    return end < root.i and all(t.dep_ in _BEFORE_A_VERB for t in appositive.doc[end + 1 : root.i])
