"""A spokesperson (or a campaign manager, a press secretary) left unnamed at one mention and
named at another.

"A spokesman for Democratic presidential candidate Hillary Clinton called a report …" and, a few
paragraphs on, "Clinton spokesman Brian Fallon said …": the article names the spokesman, and the
gold's convention takes the individual when the article names them (a spokesperson of a named
principal is null only when never named). The mention says whose spokesperson it is by name
("for … Hillary Clinton", "a State Department spokesman", "Sanders's campaign manager"); the
person is the one whose title holds the same role and names that principal ("Clinton
spokesman", "State Department spokesman", "Sanders's campaign manager").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.pronouns import _possessor_person

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# A spokesperson's nouns and the gender each says (None: either).
_SPOKESPEOPLE = {"spokesman": "m", "spokeswoman": "f", "spokesperson": None}
# Other roles a principal gives to one person at a time, as the mention writes them (its head
# and the nouns compounded before it).
_ONE_HOLDER_ROLES = frozenset({"campaign manager", "press secretary"})


def _role_of(mention: Span) -> str | None:
    """'A spokesman for Lee' -> 'spokesman'; "Lee's campaign manager" -> 'campaign manager';
    None for any other head, and for a plural ("spokesmen" are several people)."""
    root = mention.root
    if root.tag_ != "NN":
        return None
    if root.lower_ in _SPOKESPEOPLE:
        return root.lower_
    role = " ".join([*(t.lower_ for t in root.lefts if t.dep_ == "compound" and t.is_lower), root.lower_])
    return role if role in _ONE_HOLDER_ROLES else None


def _title_principal(title: str, role: str) -> set[str] | None:
    """('Clinton spokesman', 'spokesman') -> {'clinton'}: the capitalised words of a title that
    holds the role (whose role it is); None for a title that does not hold it (a spokesperson's
    of another gender: "a spokesman for Lee" is not Lee's spokeswoman)."""
    words = title.replace("’", "'").replace("'s ", " ").replace("'s", "").split()
    lower = [w.lower().strip(",.") for w in words]
    if role in _SPOKESPEOPLE:
        gender = _SPOKESPEOPLE[role]
        nouns = [w for w in lower if w in _SPOKESPEOPLE]
        if not nouns or (gender is not None and _SPOKESPEOPLE[nouns[-1]] not in (None, gender)):
            return None
    elif role not in " ".join(lower):
        return None
    return {w for w, word in zip(lower, words) if word[:1].isupper() and w not in _SPOKESPEOPLE}


def _spokesperson_named(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The one person whose title is the mention's role ("spokesman", "campaign manager") for
    the principal the mention names ("A spokesman for … Hillary Clinton" -> Brian Fallon,
    titled "Clinton spokesman"); None when no one, or more than one, is titled so (two
    spokesmen of the State Department: the article does not say which one spoke)."""
    role = _role_of(mention)
    if role is None:
        return None
    root = mention.root
    principal = {
        t.lower_ for t in mention if t.i != root.i and t.is_alpha and (t.pos_ == "PROPN" or t.ent_type_)
    }  # fmt: skip
    if not principal:
        return None  # "the spokesman", "his spokeswoman": whose is not written
    found: list[EntityCluster] = []
    for cluster in resolver.clusters:
        if cluster.label != "PERSON":
            continue
        for title in cluster.titles:
            words = _title_principal(title, role)
            if words and words <= principal:
                found.append(cluster)
                break
    return found[0] if len(found) == 1 else None


# A client's lawyer, by the words the press uses ("his attorney", "a lawyer for Lee", "Lee's
# counsel"): several lawyers may serve one client, so only one the article names as this
# client's is taken.
_COUNSEL = frozenset({"lawyer", "attorney", "counsel"})


def _client_of(resolver: SpeakerResolver, noun: Token) -> EntityCluster | None:
    """The person a lawyer noun says the lawyer acts for: its possessor ("Lee's lawyer", "his
    attorney", resolved as the pronoun would be there), the name compounded before it ("Lee
    attorney"), or the object of its "for" ("a lawyer for Lee")."""
    index = resolver.index
    for child in noun.children:
        if child.dep_ in ("poss", "compound") and child.i < noun.i:
            if child.lower_ in ("his", "her"):
                return _possessor_person(resolver, resolver.doc[child.i : noun.i + 1])
            client = index.cluster_of.get(child.i)
            if client is not None and client.label == "PERSON":
                return client
        elif child.dep_ == "prep" and child.lower_ == "for":
            objects = [index.cluster_of.get(t.i) for t in child.children if t.dep_ == "pobj"]
            client = next((c for c in objects if c is not None), None)
            if client is not None and client.label == "PERSON":
                return client
    return None


def _lawyer_named(resolver: SpeakerResolver, noun: Token) -> EntityCluster | None:
    """The person a lawyer noun written outside the mention stands beside: in apposition ("His
    attorney, Linda Marsh,", "Linda Marsh, his attorney,") or as a title before the name ("Lee
    attorney Linda Marsh")."""
    index = resolver.index
    near = [noun.head] if noun.dep_ in ("appos", "compound") else []
    near += [c for c in noun.children if c.dep_ == "appos"]
    for token in near:
        cluster = index.cluster_of.get(token.i)
        if cluster is not None and cluster.label == "PERSON":
            return cluster
    return None


def _counsel_named(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """"Reyes's lawyer said" after "His attorney, Linda Marsh, said …" (the "his" Reyes): the
    one person the article names as that client's lawyer (by a lawyer noun in apposition to
    the name, or as a title before it, whose client is the mention's); None when the mention
    names no client, or the article names no lawyer of that client, or two."""
    root = mention.root
    if root.lower_ not in _COUNSEL or root.tag_ != "NN" or not root.is_lower:
        return None
    client = _client_of(resolver, root)
    if client is None:
        return None
    index, doc = resolver.index, resolver.doc
    found: set[int] = set()
    lawyer: EntityCluster | None = None
    for i in token_indices(doc, LOWER, _COUNSEL):
        token = doc[i]
        if not token.is_lower or mention.start <= i < mention.end or index.in_quote[i]:
            continue
        named = _lawyer_named(resolver, token)
        if named is None or named is client or id(named) in found:
            continue
        if _client_of(resolver, token) is client:
            found.add(id(named))
            lawyer = named
    return lawyer if len(found) == 1 else None
