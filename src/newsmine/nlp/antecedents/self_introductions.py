"""'"I'm Walter Brandt, and I approved this message …," he says': a speaker does not name
himself in his own words, as a rule (:func:`.people._named_in_own_quotation`), but an ad's
sign-off, a caller or a witness does, introducing himself: "I'm <name>", "I am <name>", "My
name is <name>" names the one who speaks (:func:`introduces_oneself`). Probe51c. A denial
("I'm not Tom Ruiz", "My name isn't …") introduces no one: it says the speaker is someone else,
so the name stays ruled out (review51d).
"""

from __future__ import annotations

from spacy.tokens import Token


def introduces_oneself(token: Token) -> bool:
    """Whether ``token``, a word of a name, is the predicate of "I am" or "My name is", not
    negated ("I'm not Walter Brandt" is someone else's ad mocking Brandt)."""
    name = token
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    if name.dep_ != "attr" or name.head.lemma_ != "be":
        return False
    if any(c.dep_ == "neg" for c in name.head.children):
        return False
    for subject in name.head.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ == "i":
            return True
        if subject.lower_ == "name" and any(c.dep_ == "poss" and c.lower_ == "my" for c in subject.children):
            return True
    return False
