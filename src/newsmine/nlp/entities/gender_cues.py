"""What tells a person's gender while clustering: honorifics, own-clause pronouns, first names.

:func:`honorific_gender_at` also serves the gender module and the antecedent ranker.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.doc_attrs import remembered, token_indices
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.pronouns import MALE_PRONOUNS, pronouns_in_own_clause

# with those of South Asia, West Africa and Malaysia that tell a gender (see word_lists.HONORIFICS)
MALE_HONORIFICS = frozenset({"mr.", "mr", "sir", "lord", "king", "prince", "shri", "shri.", "alhaji", "malam", "mallam"})
FEMALE_HONORIFICS = frozenset(
    {"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "smt", "smt.", "alhaja", "hajiya", "datin"}
)
# The honorifics that give a gender (not "Dr.": word_lists.HONORIFICS holds every honorific).
_GENDERED_HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS


def _honorific_gender(span: Span) -> str | None:
    """'Mr. Obama' -> 'm', 'Mrs. Clinton' -> 'f' (the honorific inside or right before the span)."""
    honorifics = remembered(span.doc, _honorific_genders)
    return honorifics.get(span.start) or honorifics.get(span.start - 1)


def honorific_gender_at(doc: Doc, i: int) -> str | None:
    """'m' or 'f' when token ``i`` is a male or female honorific ("Mr.", "Mrs."), else None.
    Honorifics are written capitalised: "Polls miss Trump's fall" has a verb, not Miss Trump.
    Read from a table of the Doc's honorifics built once (:func:`_honorific_genders`): the
    clustering asks this of every mention it compares, some 400 times an article."""
    return remembered(doc, _honorific_genders).get(i)


def _honorific_genders(doc: Doc) -> dict[int, str]:
    """The gender of each of the Doc's honorifics, by token index: 'm' or 'f' (see
    :func:`honorific_gender_at`: none written in lower case)."""
    found = {}
    for i in token_indices(doc, LOWER, _GENDERED_HONORIFICS):
        token = doc[i]
        if not token.is_lower:
            found[i] = "m" if token.lower_ in MALE_HONORIFICS else "f"
    return found


def _pronoun_gender(span: Span) -> str | None:
    """'m' or 'f' from the pronouns a mention's own clause ties to it ("Clinton said she
    would", "Clinton arrived and he met"), as the gender module reads them."""
    pronouns = {token.lower_ in MALE_PRONOUNS for token in pronouns_in_own_clause(span)}
    return None if len(pronouns) != 1 else "m" if pronouns.pop() else "f"


_REFLEXIVES = {"himself": "m", "herself": "f"}


def _subject_pronoun_gender(span: Span) -> str | None:
    """'m' or 'f' from the pronouns that can only be the mention itself: a subject pronoun of
    its own clause ("Trump said he would") or a reflexive object of its verb ("Trump cast
    himself as …") or an intensive one right after it ("Christie himself said little", which
    the parse makes the name's apposition). Possessives are left out: "Clinton called his vote
    irresponsible" is another man's vote."""
    found = {
        "m" if t.lower_ in MALE_PRONOUNS else "f"
        for t in pronouns_in_own_clause(span)
        if t.dep_ in NOUN_SUBJECT_DEPS
    }
    root = span.root
    if root.dep_ in NOUN_SUBJECT_DEPS:
        found.update(_REFLEXIVES[t.lower_] for t in root.head.children if t.lower_ in _REFLEXIVES)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lower_ in _REFLEXIVES and after.head.i == root.i:
        found.add(_REFLEXIVES[after.lower_])
    return found.pop() if len(found) == 1 else None


def first_name_gender(word: str) -> str | None:
    female, male = word in lexicons.load("first_names_female"), word in lexicons.load("first_names_male")
    return "f" if female and not male else "m" if male and not female else None
