"""A body's type tagged as its name names no one.

"a super PAC backing the Republican began airing an ad": the small model tags "PAC" an
organisation, and the speaker came out named "PAC". Every political action committee has its own
name ("Heartland Forward", "Our Principles PAC"); the word for the kind of committee is not one,
so a mention resolved to an entity whose whole name is that word is a source no one named:
anonymous, as the study samples class an unnamed committee ("an anti-Trump PAC (unnamed)",
"A pro-Rubio super PAC" never named), or unresolved when the mention is a pronoun ("that").
Only the committee's type: on PolNeAR train (session 52) the other names that are a body's type
word are "Police" (the force itself, which the study samples accept) and "State" (the State
Department cut short), both right as names; the 9 quotes named "PAC" or "Super PAC" ("a super
PAC", "the super PAC", "A pro-Rubio super PAC", "Clinton super PAC", "that") named no one.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.speakers.resolution import Resolution

__all__ = ["without_type_name"]

_COMMITTEE_TYPES = frozenset({"pac", "pacs", "super pac", "super pacs"})


def without_type_name(resolution: Resolution, mention: Span) -> Resolution:
    """``resolution``, or no one's when its entity's whole name is the type of committee ("PAC",
    "Super PAC"): the mention's own words as an anonymous source, or unresolved for a pronoun."""
    cluster = resolution.cluster
    if cluster is None or " ".join(cluster.name.lower().split()) not in _COMMITTEE_TYPES:
        return resolution
    if mention.root.pos_ in ("PRON", "DET"):
        return Resolution("unresolved", None, None, "none")
    return Resolution("anonymous", None, mention.text)
