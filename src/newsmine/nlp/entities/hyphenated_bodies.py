"""A body's name the recogniser cut at a hyphen inside one written word.

"The CGT-Cheminots union said" (probe49's wire brief): the small model tags "CGT" an
organisation and leaves "Cheminots" out, so the union is named "CGT" everywhere after and a
later "CGT" of another federation would join it. A name written as one word with a hyphen and
no space round it ("CGT-Cheminots", "Vestas-Nordvik") is one name: the organisation the
recogniser tagged before the hyphen takes the capitalised word after it. Not when the two
halves are two bodies or places named together, which the rest of the package reads as such:
an outlet before the hyphen ("NBC-Marist", "CNN-ORC": a joint poll, the gold's first member;
:func:`~newsmine.nlp.entities.names._first_of_joint_name`), a word tagged, listed as a place or
an outlet, or a first name after it ("Exxon-Mobil" aside, "a Boeing-Airbus race", "the
Ford-Chelsea deal" name two), nor a word in capitals after it ("AFL-CIO" is tagged whole, and
"Fatah-PLO" names two), nor a headline's compound adjective ("GOP-Led House Passes …": a
capitalised word after it, or a participle such as "Led", "Backed").
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.word_lists import all_first_names as _first_names

_HYPHENS = frozenset({"-", "–"})


def _with_hyphenated_body_name(ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation that ends right before a hyphen glued to a capitalised,
    untagged word (:func:`_second_half`) running on over it."""
    if not ents:
        return ents
    doc = ents[0].doc
    tagged = {i for ent in ents for i in range(ent.start, ent.end)}
    outlets = lexicons.load("outlets")
    result = []
    for ent in ents:
        if ent.label_ == "ORG" and ent.end + 1 < len(doc) and ent.text.lower().removeprefix("the ") not in outlets:
            hyphen = doc[ent.end]
            if hyphen.text in _HYPHENS and not hyphen.whitespace_ and not doc[ent.end - 1].whitespace_:
                after = doc[ent.end + 1]
                # a capitalised word after it: a headline's Title Case ("GOP-Led House Passes …")
                # or a longer name the rule cannot bound
                title_run = ent.end + 2 < len(doc) and doc[ent.end + 2].is_title
                if ent.end + 1 not in tagged and not title_run and _second_half(after.text, outlets):
                    ent = Span(doc, ent.start, ent.end + 2, label="ORG")
        result.append(ent)
    return result


def _second_half(word: str, outlets: frozenset[str]) -> bool:
    """Whether ``word``, after the hyphen, goes on with the body's own name: capitalised and in
    lower case after its first letter ("Cheminots"), no place, outlet or first name of the lists."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    low = word.lower()
    if low in _COMPOUND_HEADS:
        return False  # "Kremlin-Backed", "GOP-Led": a compound adjective in Title Case
    return low not in lexicons.load("places") and low not in outlets and low not in _first_names()


# Second halves of compound adjectives a headline capitalises after a body's name.
_COMPOUND_HEADS = frozenset({
    "led", "backed", "controlled", "run", "based", "owned", "funded", "linked", "affiliated", "style", "era",
    "friendly", "sponsored", "dominated", "appointed", "aligned", "allied", "made", "built", "leaning",
})  # fmt: skip
