"""A pronoun whose cue interrupts the reported clause cannot stand for a name in that clause.

'Young, he said, had "no plan for the state."': the parse hangs the interrupting 'he said' on
the reported clause's verb as a parataxis, so the names of the clause around it are not after
the pronoun in its own clause and :func:`~newsmine.nlp.antecedents.people._named_in_own_clause`
let 'he' take Young, the subject of what was said, though the words are the same as 'He said
Young had no plan', where a pronoun cannot stand for a name it commands. Session 51 (seen51b):
review51's strict xfail. Names in a possessive or a modifier clause of the reported clause
stay candidates, as in :func:`_named_in_own_clause` ('Young's plan, he said, is dead' may be
his own), and so do a name modifying a noun ('A Clinton presidency, she vowed, …') and a pronoun
(only a proper noun is the name a pronoun cannot stand for).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.antecedents.doc_index import DocIndex
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

__all__ = ["named_in_interrupted_clause"]

# Marks closing one clause before another: the words before them are no opening of the clause.
_BREAKS = frozenset({"-", "--", "—", "–", ":", ";"})


def named_in_interrupted_clause(index: DocIndex, mention: Span) -> set[int]:
    """The clusters (by id) named in the clause a subject pronoun's cue interrupts between
    commas ('Young, he said, had …'), outside the cue's own words. Empty unless the pronoun is
    the subject of a cue verb hung as a parataxis on a verb of the same sentence, with a comma
    on each side of the cue's words, the clause's words on both sides of them and only its
    opening words before them (no verb, no dash or colon)."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ not in NOUN_SUBJECT_DEPS or index.in_quote[root.i]:
        return set()
    cue = root.head
    clause = cue.head
    if cue.dep_ != "parataxis" or not index.context.cue_verb[cue.i] or clause.pos_ not in ("VERB", "AUX"):
        return set()
    doc = index.doc
    words = [t.i for t in cue.subtree if not t.is_punct]  # the parse may give the cue its commas
    left, right = words[0], words[-1]
    if left < 1 or right + 1 >= len(doc) or doc[left - 1].text != "," or doc[right + 1].text != ",":
        return set()
    if not clause.left_edge.i < left - 1 or not clause.right_edge.i > right + 1:
        return set()  # the cue does not stand inside the clause
    if any(doc[j].pos_ in ("VERB", "AUX") or doc[j].text in _BREAKS for j in range(clause.left_edge.i, left - 1)):
        return set()  # the cue comes after a clause of its own ('Trump was back to implying that Fields
        # had lied - if the grab was as bad as she said, he said, why …': PolNeAR train), not its opening words
    named = set()
    for t in clause.subtree:
        if left - 1 <= t.i <= right + 1 or t.i not in index.cluster_of or t.pos_ != "PROPN" or _under_modifier(t, clause):
            continue
        named.add(id(index.cluster_of[t.i]))
    return named


def _under_modifier(token, top) -> bool:
    """Whether ``token`` sits in a relative or adverbial clause, a conjunct, a possessive or a
    noun's modifier below ``top`` (the words of :func:`~newsmine.nlp.antecedents.people.
    _in_modifier_clause`, and 'A Clinton presidency, she vowed, …', 'the free use of Trump golf
    courses', where the name only describes a thing: PolNeAR train, session 51)."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "advcl", "conj", "poss", "compound", "amod", "nmod"):
            return True
        token = token.head
    return False
