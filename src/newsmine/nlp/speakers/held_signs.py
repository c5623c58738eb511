"""A sign held up by someone speaks for the one holding it: 'Lori Bernstein held up a sign
saying "Jews Against Trump"' (desc46's "a sign", desc54b).

A protest sign, a placard or a banner is no document any author puts out, so no document rule
reached it: "a sign" was no one's. Its words are its holder's when the sentence says who holds,
carries or waves it: the subject of that verb, with the sign its object. Nothing else: "A sign on
the fence said …", "protesters holding signs" (a participle, no subject of its own) and a sign
taken from someone stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.resolution import Resolution

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["holder_of_sign"]

_SIGN_NOUNS = frozenset({"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters"})
# Verbs of holding a sign up to be read (lemmas).
_HOLDING_VERBS = frozenset({"hold", "carry", "wave", "raise", "hoist", "brandish", "display", "unfurl"})


def holder_of_sign(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The named person or body the sentence says holds the mention's sign up, else None."""
    root = mention.root
    if root.lower_ not in _SIGN_NOUNS or root.dep_ != "dobj":
        return None
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HOLDING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or resolver.index.in_quote[subject.i]:
        return None
    found = resolver._resolve(resolver.doc[subject.left_edge.i : subject.i + 1], depth=1)
    if found.kind not in ("person", "organisation") or not found.name:
        return None
    return Resolution(found.kind, found.cluster, found.name, "description")
