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
singer said …" it hangs "Strauss" on "Speaking" as ``dep`` (review65c). A name set off by
commas right after the object of "through" or "via" is that object's apposition as written (a
go-between named, :func:`_set_off_after_go_between`): only those two prepositions, as they name
the person the speaker speaks through, who is never the speaker (sources65).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

__all__ = ["set_off_as_another_role"]

# The labels that join a name's words to its last one ("Alan" → "Strauss").
_NAME_PART_DEPS = frozenset({"compound", "flat"})
# Prepositions whose object is a go-between the speaker speaks through ("through her lawyer").
_GO_BETWEEN_PREPOSITIONS = frozenset({"through", "via"})


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
        and _someone_elses(role)
        for role in _apposed(name)
    )


def _someone_elses(role: Token) -> bool:
    """Whether a possessive pronoun ties ``role`` to another person ("her lawyer", "his
    agent"): the relation that makes the person named beside it someone other than the one
    the description stands for."""
    return any(child.dep_ == "poss" and child.tag_ == "PRP$" for child in role.children)


def _apposed(name: Token) -> Iterator[Token]:
    """The nouns the parse sets beside ``name`` in apposition, either way round ("her lawyer,
    Alan Strauss" and "Alan Strauss, her lawyer")."""
    if name.dep_ == "appos":
        yield name.head
    yield from (child for child in name.children if child.dep_ == "appos")
    go_between = _set_off_after_go_between(name)
    if go_between is not None:
        yield go_between


def _set_off_after_go_between(name: Token) -> Token | None:
    """The object of "through" or "via" right before ``name``, the name's last word, when the
    name is set off by commas after it ("through her lawyer, Alan Strauss,") and the parse made
    it no apposition; else None."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].head.i == name.i and doc[first - 1].dep_ in _NAME_PART_DEPS:
        first -= 1
    if first < 3 or name.i + 1 >= len(doc) or doc[first - 1].text != "," or doc[name.i + 1].text != ",":
        return None
    role = doc[first - 2]
    if role.dep_ == "pobj" and role.head.lower_ in _GO_BETWEEN_PREPOSITIONS and name.dep_ != "appos":
        return role
    return None
