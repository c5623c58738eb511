"""A spokesperson left unnamed at one mention and named at another.

"A spokesman for Democratic presidential candidate Hillary Clinton called a report …" and, a few
paragraphs on, "Clinton spokesman Brian Fallon said …": the article names the spokesman, and the
gold's convention takes the individual when the article names them (a spokesperson of a named
principal is null only when never named). The mention says whose spokesperson it is by name
("for … Hillary Clinton", "a State Department spokesman"); the person is the one whose title is
a spokesperson's and names that principal ("Clinton spokesman", "State Department spokesman").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# A spokesperson's nouns and the gender each says (None: either).
_SPOKESPEOPLE = {"spokesman": "m", "spokeswoman": "f", "spokesperson": None}


def _title_principal(title: str) -> tuple[set[str], str | None] | None:
    """('Clinton spokesman') -> ({'clinton'}, 'm'): the capitalised words of a spokesperson's
    title (whose spokesperson) and the gender its noun says; None for any other title."""
    words = title.replace("’", "'").replace("'s ", " ").replace("'s", "").split()
    nouns = [w.lower() for w in words if w.lower() in _SPOKESPEOPLE]
    if not nouns:
        return None
    principal = {w.lower().strip(",.") for w in words if w[:1].isupper() and w.lower() not in _SPOKESPEOPLE}
    return principal, _SPOKESPEOPLE[nouns[-1]]


def _spokesperson_named(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The one person whose title is a spokesperson's of the principal the mention names
    ("A spokesman for … Hillary Clinton" -> Brian Fallon, titled "Clinton spokesman"), of a
    gender that fits; None when no one, or more than one, is titled so (two spokesmen of the
    State Department: the article does not say which one spoke)."""
    root = mention.root
    gender = _SPOKESPEOPLE.get(root.lower_, "")
    if gender == "" or root.tag_ != "NN":
        return None  # plural "spokesmen" are several people
    principal = {t.lower_ for t in mention if t.i != root.i and (t.pos_ == "PROPN" or t.ent_type_) and not t.is_punct}
    if not principal:
        return None  # "the spokesman", "his spokeswoman": whose is not written
    found: list[EntityCluster] = []
    for cluster in resolver.clusters:
        if cluster.label != "PERSON":
            continue
        for title in cluster.titles:
            read = _title_principal(title)
            if read is None or not read[0] or not read[0] <= principal:
                continue
            if gender is not None and read[1] is not None and read[1] != gender:
                continue  # "a spokesman for Lee" is not Lee's spokeswoman
            found.append(cluster)
            break
    return found[0] if len(found) == 1 else None
