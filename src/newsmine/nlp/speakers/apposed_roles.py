"""A person set off in apposition as one role is not a description of another role in the same
sentence: "In a statement read by her lawyer, Alan Strauss, the winner said …".

A role or occupation used like a pronoun ("the winner", "the singer") goes to the person just
named (:func:`.people._person_just_named`). Within one sentence that reading fails when the
person just named was introduced there by an apposition to another role noun: the sentence has
already said what they are ("her lawyer", "his agent"), and a writer who meant the same person
again in the same sentence would write a pronoun, not a second description. So the lawyer is not
the winner, the agent not the singer (probe65, a lottery winner's statement read by her lawyer).
Only a role a possessive pronoun ties to someone else counts ("her lawyer", "his wife"): a role
of a team or a firm ("The team's captain, Ana Ruiz, scored twice, and the striker said") is
often the same person described again for variety, which news writing does (review65c).
The same role noun on both sides ("its coach, Ana Ruiz, … the coach said") is no contradiction,
and a name in another sentence is left to the rules that weigh distance.

The parse does not always see the apposition: in "Speaking through her lawyer, Alan Strauss, the
singer said …" it hangs "Strauss" on "Speaking" as ``dep`` (review65c), and in "Speaking to her
lawyer, Alan Strauss, the singer said …" makes "Strauss" a second subject of "said". A name set
off by commas right after a preposition's object is that object's apposition as written
(:func:`_set_off_after_object`): after "through" or "via" always (a go-between named, sources65),
after another preposition only when the object is one person's role, a singular noun for a
person ("to her lawyer, Alan Strauss,"; extract66, the noun's lexicons since review66d):
"Speaking to his fans, Tom Reyes, the winner, said" and "Speaking to his committee, Tom Reyes,
the chairman said" set no name beside "fans" or "committee", and the possessive test below
still asks whose role it is.

A go-between is never the speaker, possessive or not: "Through a spokesman, Tom Reyes, the singer
said …" is the singer's statement passed on by Reyes. PolNeAR's gold reads it so (train:
"Schilling, through a spokeswoman, declined to comment", "Mr. Chagoury explained through a
spokesman that …": the Source is the principal, "through a spokeswoman" part of the Cue), so
the object of "through" or "via" counts as someone else's role without a possessive (extract66)
when it is a noun for a person: "Speaking via video link, Tom Reyes, the minister said" names no
go-between (review66d)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsmine.nlp.attribution.sources.asides_and_appositions import person_words

__all__ = ["set_off_as_another_role"]

# The labels that join a name's words to its last one ("Alan" → "Strauss").
_NAME_PART_DEPS = frozenset({"compound", "flat"})
# Prepositions whose object is a go-between the speaker speaks through ("through her lawyer").
_GO_BETWEEN_PREPOSITIONS = frozenset({"through", "via"})
# The tag of a singular common noun: with a noun for a person, a role one person holds ("her lawyer").
_SINGULAR_NOUN_TAG = "NN"


def set_off_as_another_role(mention: Span, name_token: int, head: str) -> bool:
    """Whether the name at ``name_token`` stands in the mention's sentence as an apposition to a
    common noun other than the description's ``head`` (outside the mention itself)."""
    doc = mention.doc
    name = doc[name_token]
    while name.dep_ in _NAME_PART_DEPS and name.head.i != name.i:
        name = name.head
    if name.sent.start != mention.root.sent.start:
        return False
    return any(
        role.pos_ == "NOUN"
        and role.lower_ != head
        and role.lemma_.lower() != head
        and not mention.start <= role.i < mention.end
        and (_someone_elses(role) or (_go_between(role) and _a_persons_role(role)))
        for role in _apposed(name)
    )


def _someone_elses(role: Token) -> bool:
    """Whether a possessive pronoun ties ``role`` to another person ("her lawyer", "his
    agent"): the relation that makes the person named beside it someone other than the one
    the description stands for."""
    return any(child.dep_ == "poss" and child.tag_ == "PRP$" for child in role.children)


def _a_persons_role(role: Token) -> bool:
    """Whether ``role`` is a noun for a person (a trade, a title, a tie: the lexicons'
    :func:`~newsmine.nlp.attribution.sources.asides_and_appositions.person_words`). Without a
    possessive, only that makes the name after it a second person: 'Speaking via video link,
    Tom Reyes, the minister said' and 'Speaking to his committee, Tom Reyes, the chairman said'
    name Reyes the minister and the chairman (review66d: extract66's go-between and
    singular-noun readings took 'link' and 'committee' for Reyes's role)."""
    return role.lower_ in person_words() or role.lemma_.lower() in person_words()


def _go_between(role: Token) -> bool:
    """Whether ``role`` is the object of "through" or "via" ("through a spokesman"): the one the
    speaker speaks through."""
    return role.dep_ == "pobj" and role.head.lower_ in _GO_BETWEEN_PREPOSITIONS


def _apposed(name: Token) -> Iterator[Token]:
    """The nouns the parse sets beside ``name`` in apposition, either way round ("her lawyer,
    Alan Strauss" and "Alan Strauss, her lawyer")."""
    if name.dep_ == "appos":
        yield name.head
    yield from (child for child in name.children if child.dep_ == "appos")
    role = _set_off_after_object(name)
    if role is not None:
        yield role


def _set_off_after_object(name: Token) -> Token | None:
    """The object of the preposition right before ``name``, the name's last word, when the name
    is set off by commas after it ("to her lawyer, Alan Strauss,") and the parse made it no
    apposition, and the object is a go-between (:func:`_go_between`) or a singular noun for a
    person (one person's role: "to his fans, Tom Reyes," and "to his committee, Tom Reyes," are
    no apposition); else None."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].head.i == name.i and doc[first - 1].dep_ in _NAME_PART_DEPS:
        first -= 1
    if first < 3 or name.i + 1 >= len(doc) or doc[first - 1].text != "," or doc[name.i + 1].text != ",":
        return None
    role = doc[first - 2]
    if role.dep_ != "pobj" or name.dep_ == "appos":
        return None
    return role if _go_between(role) or (role.tag_ == _SINGULAR_NOUN_TAG and _a_persons_role(role)) else None
