"""Whether a person just named holds a title other than a description's head.

"Gov. Nora Pike signed the budget. … Reporter Sam Lowe asked about the cuts. '…,' the governor
said": the article titled Lowe a reporter, so the governor is not he, however near he was
named. Review52d read this for worded descriptions ("the former governor",
:mod:`.worded_titles`); seen52c found the bare title ("the governor",
:func:`.people._titled_or_just_named`) weighing only *public* titles and sends a government
office's head here too (not a trade's noun: "'Broad City' star Arturo Castro … the actor" is
he, "star" being no other trade).
"""

from __future__ import annotations

from newsmine.nlp.entities.word_lists import title_words as _title_words
from newsmine.nlp.speakers.words import _PUBLIC_TITLES, _TITLE_SYNONYMS

__all__ = ["titled_otherwise"]


def titled_otherwise(theirs: set[str] | frozenset[str], head: str) -> bool:
    """Whether a person's title words hold a public title or any other title word ("reporter",
    "teacher") than ``head``: the article described them, and not as a (former) ``head``."""
    other = theirs - {head, _TITLE_SYNONYMS.get(head), "former"}
    return bool(other & _PUBLIC_TITLES) or bool(other & _title_words())
