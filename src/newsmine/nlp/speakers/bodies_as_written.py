"""'The Portland school board voted … The board said …': a body the recogniser leaves untagged
(written in lower case, 'school board') is named as written when it speaks; "the board" right
after it is that body again.

The organisation-noun route gave "The board" an organisation with no name (no entity holds
the body), and the 'It said' after it followed that nameless speaker (pron53's strict xfail).
When the latest speaker is a body with no entity, named by its words as written, whose head
noun is the description's ('Portland school board' for "the board"), the description takes
that name. Only for "the" and the head alone (or with words the name holds): "the county
board" after "Portland school board" is another board. Xfail54.

Nor when another of that head is written between the two (review54c): in "The Portland school
board voted … The hospital board at Providence Medical Center met on Wednesday. The board said
…", the board that said is the hospital board, which reported nothing and so is no speaker.

A city's police written in lower case ("Omaha police said in a tweet …") is its police
department: "the department" after it is that body again, though its head is not "police"
(probe66's zoo story: 'Red pandas are … sharp claws, the department warned' had no name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.resolution import Resolution

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["body_named_as_written_before"]

# Heads that name the body a name as written ends in, besides that word: "the department" is
# "Omaha police" again. Not "the force": no organisation noun of the lexicons, it never reaches here.
_SAME_BODY_HEADS = {"police": frozenset({"department"})}


def body_named_as_written_before(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The latest speaker's name as written, when it is a body no entity holds whose last word
    is ``mention``'s head and ``mention`` is 'the' with that head (and words of the name)."""
    previous = resolver.previous
    if previous is None or previous.cluster is not None or previous.kind != "organisation" or not previous.name:
        return None
    if mention[0].lower_ != "the" or len(mention) < 2:
        return None
    words = previous.name.lower().split()
    head = mention.root.lower_
    if len(words) < 2 or (words[-1] != head and head not in _SAME_BODY_HEADS.get(words[-1], ())):
        return None
    if not all(t.lower_ in words for t in mention[1:] if t.i != mention.root.i):
        return None
    if _another_of_the_head_between(resolver.previous_token, mention, words):
        return None
    return Resolution("organisation", None, previous.name, "description")


def _another_of_the_head_between(previous_token: int, mention: Span, words: list[str]) -> bool:
    """Whether another body with ``mention``'s head ('the hospital board', 'a board', 'the board
    of the hospital') is written after the previous speaker's mention (whose root is
    ``previous_token``) and before ``mention``: the nearer one is meant. One told apart by a
    word before it that the name (``words``) does not hold, an article other than 'the', or an
    'of' after it; "the board's members" is the same board again."""
    if previous_token < 0:
        return False
    head = mention.root.lemma_.lower()
    for token in mention.doc[previous_token + 1 : mention.start]:
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() != head:
            continue
        for child in token.children:
            if child.i < token.i and child.dep_ in ("det", "compound", "amod", "nmod", "poss"):
                if child.lower_ != "the" and child.lower_ not in words:
                    return True
            elif child.i > token.i and child.dep_ == "prep" and child.lower_ == "of":
                return True
    return False
