"""A firm's name joined by '&' or closed by a company form is one speaker: 'according to Hart,
Lowe & Co.', 'said Baker and Sons'.

The small parse reads the partners of a firm's name as a list ('Hart' with the conjuncts 'Lowe'
and 'Co.'), so the speaker as written (:func:`newsmine.nlp.attribution.sources.phrases.noun_phrase`)
stopped at the first partner: 'Hart', 'Baker' (extract65, session 65; review64e's left case).
A list of proper nouns is one name when an ampersand joins it (newsrooms write '&' only inside
a firm's name: 'Procter & Gamble', 'Cushman & Wakefield') or when its last conjunct is a
company form or a partners' word ('Co.', 'LLP', 'Inc.', 'and Sons', 'Brothers', 'Partners').
The name ends at the first conjunct that closes it so: what follows is another speaker ('Procter
& Gamble and Unilever', 'Smith & Wesson and Ruger': the first firm speaks), and a company form
with name words of its own is another firm's ('Ford and General Motors Co.': Ford speaks)
(review65d, session 65: extract65's version took the whole list whenever '&' or a closing word
appeared anywhere in it).
Any other list of names ('Vale and Cole said', 'Smith, Jones and Brown') is several people,
and the speaker stays the first of them: a record's speaker resolves to one entity, and the
shared scorer counts a speaker inside PolNeAR's source span (which covers every conjunct, 'Trump
and Ryan', 41 'said' sources of this shape on train) as right. A name the parse already takes
whole ('Dunn Pryor LLP', compounds of one noun phrase) has no conjunct and is not touched.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.entity_keys import COMPANY_FORMS

__all__ = ["firm_name_end"]

# Last words of a firm's name besides the company forms: the partners' words.
_PARTNERS_WORDS = frozenset({"sons", "brothers", "bros", "partners", "associates"})
_FIRM_CLOSINGS = COMPANY_FORMS | _PARTNERS_WORDS


def firm_name_end(token: Token) -> int | None:
    """The end (exclusive token index) of the firm's name opened by proper noun ``token``, when
    its conjuncts make one ('Hart, Lowe & Co.', 'Baker and Sons'); else None. The name ends at
    the first conjunct joined by '&' or closing it (see the module docstring)."""
    if token.pos_ != "PROPN":
        return None
    for conjunct in _proper_conjuncts(token):
        joiner = token.doc[conjunct.left_edge.i - 1].lower_
        if joiner == "&" or _closes_firm_name(conjunct):
            return conjunct.i + 1
    return None


def _closes_firm_name(conjunct: Token) -> bool:
    """Whether ``conjunct`` is a company form or a partners' word with no name words of its own
    ('Co.', 'Brothers Inc.'; not 'General Motors Co.', a second firm)."""
    words = [child for child in conjunct.lefts if child.dep_ == "compound"] + [conjunct]
    return all(word.lower_.rstrip(".") in _FIRM_CLOSINGS for word in words)


def _proper_conjuncts(token: Token) -> list[Token]:
    """The chain of proper-noun conjuncts after ``token`` ('Lowe', 'Co.' of 'Hart, Lowe & Co.'),
    in order; empty when any conjunct is no proper noun (a list of things, not a name)."""
    chain: list[Token] = []
    current = token
    while True:
        following = [c for c in current.rights if c.dep_ == "conj"]
        if not following:
            return chain
        if following[0].pos_ != "PROPN":
            return []
        chain.append(following[0])
        current = following[0]
