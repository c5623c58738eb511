"""A body's initials given in brackets right after its name: "the Japan Aerospace Exploration
Agency (JAXA)", "Doctors Without Borders (MSF)".

The clusterer joins a short form to a body by the initials of its name ("FBI", "CDC"); many
bodies go by initials their name does not spell (an agency's own coinage, a name in another
language), and the recogniser often tags such a word a person. Writing the initials in
brackets after the name is how news declare them, so from there on the initials are the body:
"JAXA wrote" speaks for the agency, not for a person called JAXA (probe47b).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.entity_cluster import EntityCluster

__all__ = ["with_bracketed_acronyms_joined"]

# How long initials may be: "UN" to "UNESCO", "ECOWAS", "ASEAN".
_LETTERS = range(2, 9)


def with_bracketed_acronyms_joined(clusters: list[EntityCluster]) -> list[EntityCluster]:
    """``clusters`` with each cluster of one word of capitals joined to the body whose name of
    two words or more is written right before that word in brackets (the word in brackets need
    not be a mention: the recogniser often leaves it out): its mentions become the body's. A
    news agency's initials ("(AP)" after a dateline) are never joined."""
    declared: dict[str, EntityCluster] = {}
    for cluster in clusters:
        if cluster.label == "ORG" and len(cluster.name.split()) >= 2:
            for span in cluster.mentions:
                initials = _initials_in_brackets_after(span)
                if initials is not None:
                    declared.setdefault(initials, cluster)
    if not declared:
        return list(clusters)  # no initials declared: none joined, and no mention's text read (session 56)
    joined = []
    for cluster in clusters:
        words = {span.text for span in cluster.mentions}
        holder = declared.get(next(iter(words))) if len(words) == 1 else None
        if holder is None or holder is cluster:
            joined.append(cluster)
            continue
        holder.mentions = sorted([*holder.mentions, *cluster.mentions], key=lambda m: m.start_char)
    return joined


def _initials_in_brackets_after(span: Span) -> str | None:
    """The word of capitals alone in brackets right after ``span`` ("(JAXA)"), no news
    agency's, else None."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    word = doc[span.end + 1].text
    if not (word.isalpha() and word.isupper() and len(word) in _LETTERS) or word.lower() in lexicons.load("outlets"):
        return None
    return word
