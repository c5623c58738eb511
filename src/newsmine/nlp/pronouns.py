"""Gendered pronouns and the pronouns a sentence ties to a person named as its subject.

Low level on purpose: entity clustering (:mod:`newsmine.nlp.entities`), the antecedent
ranking (:mod:`newsmine.nlp.antecedents`) and the gender module all read these, and
entities must not import the modules that build on it.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.symbols import PRON
from spacy.tokens import Doc, Span, Token

from newsmine.nlp.doc_attrs import remembered, token_indices
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

__all__ = ["FEMALE_PRONOUNS", "MALE_PRONOUNS", "pronouns_in_own_clause", "pronouns_in_relative_clause"]

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def pronouns_in_own_clause(mention: Span) -> list[Token]:
    """Pronouns the sentence itself ties to a person who is the subject of its verb (or in
    apposition to it: 'Their manager, Erik Sand, said') and the only person in that verb's
    clauses: 'Ana Ruiz said she would run', 'Lopez said her players had earned the win'.
    Only subjects and possessives count ('Mr. Eze said he backed her': 'her' is another
    person), none when both genders appear, and none inside quotation marks (the speaker's
    words, not the reporter's)."""
    root = mention.root
    if root.dep == _APPOSITION_ID and root.head.dep in _SUBJECT_IDS:
        root = root.head
    if root.dep not in _SUBJECT_IDS:
        return []
    subject = range(root.left_edge.i, root.right_edge.i + 1)  # with its appositive ("her husband")
    return _one_gender(_clause_pronouns(root.head, mention.end, subject))


def pronouns_in_relative_clause(mention: Span) -> list[Token]:
    """Pronouns of a relative clause on the person's name whose subject is "who" (the
    person), read as :func:`pronouns_in_own_clause` reads a clause: "said Iryna Kovalenko,
    67, who was cooking in her kitchen". Subjects and possessives only, up to another person
    entering the clause, none when both genders appear, none inside quotation marks."""
    found = []
    for verb in mention.root.children:
        if verb.dep == _RELATIVE_CLAUSE_ID and any(c.dep in _SUBJECT_IDS and c.lower_ == "who" for c in verb.children):
            found += _clause_pronouns(verb, mention.end, range(0))
    return _one_gender(found)


def _clause_pronouns(verb: Token, after: int, skip: range) -> list[Token]:
    """The gendered subjects and possessives of ``verb``'s own clauses from token ``after`` on
    (none of ``skip``), up to another person entering them, outside quotation marks."""
    doc = verb.doc
    # No gendered pronoun from ``after`` to the verb's right edge (the walk below reads only
    # tokens of the verb's subtree, none past it): nothing to find, and the walk over the
    # clause's tokens (most of the gender module's time) is skipped.
    pronouns = remembered(doc, _gendered_pronouns)
    k = bisect_left(pronouns, after)
    if k == len(pronouns) or pronouns[k] > verb.right_edge.i:
        return []
    found = []
    for token in sorted(_own_clauses(verb), key=_position):
        if token.i < after or token.i in skip:
            continue
        if token.ent_type == _PERSON_ID or (token.pos == PRON and token.lower_ in _OTHER_PEOPLE):
            break  # another person enters the clause: the pronoun may be theirs
        if token.dep in _SUBJECT_OR_POSSESSIVE_IDS and token.lower_ in _GENDERED_PRONOUNS:
            opening = doc[verb.sent.start : token.i].text
            if sum(opening.count(mark) for mark in _QUOTE_MARKS) % 2 == 0:
                found.append(token)
    return found


def _gendered_pronouns(doc: Doc) -> list[int]:
    """The positions of the Doc's gendered pronouns, in order (for :func:`remembered`)."""
    return token_indices(doc, LOWER, _GENDERED_PRONOUNS)


def _one_gender(found: list[Token]) -> list[Token]:
    if len({t.lower_ in MALE_PRONOUNS for t in found}) > 1:
        return []  # 'he' and 'she' in one clause: two people, whichever is which
    return found


# Clauses hung on the verb that may have a subject of their own: "Clinton started it and he
# finished it", "why Clinton struggled where he succeeded".
_OTHER_CLAUSES = frozenset({"conj", "advcl", "relcl", "acl", "parataxis"})
# The same labels as the ids a Token holds (``token.dep``, ``token.ent_type``): the clause
# walks below read every token of a person's clauses, and an id is compared without the
# string lookup that ``token.dep_`` makes each time (the same answers: one id a label).
_SUBJECT_IDS = frozenset(map(get_string_id, NOUN_SUBJECT_DEPS))
_SUBJECT_OR_POSSESSIVE_IDS = frozenset(map(get_string_id, (*NOUN_SUBJECT_DEPS, "poss")))
_OTHER_CLAUSE_IDS = frozenset(map(get_string_id, _OTHER_CLAUSES))
_APPOSITION_ID, _RELATIVE_CLAUSE_ID, _PERSON_ID = map(get_string_id, ("appos", "relcl", "PERSON"))
_GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
_position = attrgetter("i")


def _own_clauses(verb: Token) -> list[Token]:
    """The verb's tokens and those of its complements ("said she would run"), and of joined
    or subordinate clauses that share its subject ("said, adding that she would"), without
    those with a subject of their own, who may be someone else."""
    found, stack = [], [verb]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(
            child for child in token.children
            if child.dep not in _OTHER_CLAUSE_IDS or not any(c.dep in _SUBJECT_IDS for c in child.children)
        )  # fmt: skip
    return found


_QUOTE_MARKS = ('"', "“", "”")
_OTHER_PEOPLE = frozenset({"i", "me", "we", "us", "you"})
