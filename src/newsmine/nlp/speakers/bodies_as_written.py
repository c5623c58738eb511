"""'The Portland school board voted … The board said …': a body the recogniser leaves untagged
(written in lower case, 'school board') is named as written when it speaks; "the board" right
after it is that body again.

The organisation-noun route gave "The board" an organisation with no name (no entity holds
the body), and the 'It said' after it followed that nameless speaker (pron53's strict xfail).
When the latest speaker is a body with no entity, named by its words as written, whose head
noun is the description's ('Portland school board' for "the board"), the description takes
that name. Only for "the" and the head alone (or with words the name holds): "the county
board" after "Portland school board" is another board. Xfail54."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.resolution import Resolution

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["body_named_as_written_before"]


def body_named_as_written_before(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The latest speaker's name as written, when it is a body no entity holds whose last word
    is ``mention``'s head and ``mention`` is 'the' with that head (and words of the name)."""
    previous = resolver.previous
    if previous is None or previous.cluster is not None or previous.kind != "organisation" or not previous.name:
        return None
    if mention[0].lower_ != "the" or len(mention) < 2:
        return None
    words = previous.name.lower().split()
    if words[-1] != mention.root.lower_ or len(words) < 2:
        return None
    if not all(t.lower_ in words for t in mention[1:]):
        return None
    return Resolution("organisation", None, previous.name, "description")
