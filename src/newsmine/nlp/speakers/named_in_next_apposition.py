"""A definite description of one person named in apposition to the same noun at the start of
the next sentence: '… a day after the university's president said she would not cancel it. ¶
The president, Margaret Chen, wrote in a letter …'.

:mod:`.apposed_newcomers` reads that shape for an indefinite description ("A former aide … /
The aide, Danielle Ferris,"); a definite one ("the president", "the university's president")
went instead, like a pronoun, to the person just named — in probe54's campus story the writer
whose talk the president would not cancel. Repeating the noun with "the" and setting a name
beside it, as the next sentence's opening subject, names the one just described; the name
must be new there (first written in that apposition), and no one the article titled with the
noun before may be meant (:func:`.descriptions._described` asks this only when its title rules
found nobody).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.apposed_newcomers import name_apposed_next

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["described_then_named"]


def described_then_named(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person named in apposition to ``mention``'s noun at the start of the next sentence
    ("The president, Margaret Chen,"), for a singular description written with "the" or a
    possessive ("the president", "the university's president"); None otherwise (an indefinite
    one is :mod:`.newcomers`' to read; another noun next, "The dean, Ann Lee," after "the
    president", is someone else)."""
    root = mention.root
    if root.tag_ != "NN" or mention.start_char < resolver.headline_end:
        return None
    definite = mention[0].lower_ == "the" or any(c.dep_ == "poss" for c in root.children)
    return name_apposed_next(resolver.index, root, root) if definite else None
