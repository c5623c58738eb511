"""A word of a person's title that only names what the office is of: 'study' in "the author of
a 2019 study on buses", 'committee' in "chairman of the committee".

A description ("The study found …") matched a person whose title held its head anywhere, so a
researcher titled the author of *another* study took the article's study (review53h's strict
xfail, left to an older route than titled_study_authors). The noun after the title's
preposition names a thing the person works on or for, never the person: the description is
not they. Only when every title holding the word has it after a preposition, and no party or
description of the person's gives it ("the Republican" from "a Republican from Ohio" is read
elsewhere). Xfail54."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.entities import EntityCluster

__all__ = ["in_a_title_phrase_only"]

# Prepositions after which a title's words name what the office is of, not the office.
_PHRASE_PREPOSITIONS = frozenset({"of", "on", "at", "for", "from", "in", "with", "about"})


def in_a_title_phrase_only(index: DocIndex, cluster: EntityCluster, head: str) -> bool:
    """Whether ``head`` is a word of ``cluster``'s titles only after a preposition of them
    ("author of a 2019 study on buses" for "study"), and of no party or description of theirs."""
    found = False
    for title in cluster.titles:
        words = title.lower().replace("-", " ").split()
        if head not in words:
            continue
        first_preposition = next((n for n, w in enumerate(words) if w in _PHRASE_PREPOSITIONS), len(words))
        if words.index(head) < first_preposition:
            return False
        found = True
    if not found:
        return False
    return head not in index.party.get(id(cluster), set()) and head not in index.described_as.get(id(cluster), set())
