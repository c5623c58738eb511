"""A later bare surname the tagger misread at the head of a sentence.

'Tolliver, asked on Sunday whether he had considered resigning, said, "Not for one second."':
the small model tags "Tolliver" an adverb (RB) there, so the rule for later bare surnames of
people named in full (:func:`.missed_names._missed_surnames`), which wants a proper noun, left
it out: the speaker had no entity, and the "He said" after it went to the man named before.
"""

from __future__ import annotations

from spacy.tokens import Token


def opening_surname(token: Token) -> bool:
    """Whether ``token`` opens its sentence, is written in title case, is no pronoun,
    determiner or verb, and a comma follows it: a surname set off before an aside."""
    doc = token.doc
    return (
        token.is_title and token.i == token.sent.start and token.i + 1 < len(doc) and doc[token.i + 1].text == ","
        and token.pos_ not in ("PRON", "DET", "VERB", "AUX", "CCONJ", "SCONJ", "ADP")
    )  # fmt: skip
