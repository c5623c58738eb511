"""A person's or a body's own channels: "her Twitter account posted", "its website says".

The resolver's route for an account, a feed or a website as the speaker (:func:`_channel_owner`):
the person its possessive stands for, or the owner a website's mention names
(:func:`_site_owner`: "its website", "the company website", "the state agency's site"); a
website alone is an outlet's and is left to the description rules. Moved whole from
:mod:`.resolver` (tidy49b); each takes the resolver as its first argument, as the other rules of
the package do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.descriptions import _described
from newsmine.nlp.speakers.pronouns import _possessor_person
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _BODY_TYPES, _CAMPAIGN_NOUNS, _DEFINITE

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# A person's own channels: "her Twitter account posted", "his communications show" speak for
# the person the possessive stands for (documents proper are in document_nouns.txt).
_CHANNEL_NOUNS = frozenset({"account", "accounts", "feed", "communications", "tweets", "blog", "page"})


# A site speaks for its owner when the mention names one ("its website", "the company website",
# "the state agency's site"); alone ("the website") it is an outlet's, as "the newspaper" is.
_SITE_NOUNS = frozenset({"website", "site"})


def _channel_owner(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"her Twitter account posted", "his communications show": the person the possessive
    stands for; a website, its owner (:func:`_site_owner`)."""
    if mention.root.lower_ in _SITE_NOUNS:
        return _site_owner(resolver, mention)
    if mention.root.lower_ not in _CHANNEL_NOUNS:
        return None
    owner = _possessor_person(resolver, mention)
    return _for_cluster(owner, "pronoun") if owner is not None else None


def _site_owner(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'a gifts store, …, according to its website', 'The company website suggests', "the
    agency's website": a website the mention gives an owner speaks for that owner — a
    possessive resolved as it would be alone, or the body a compound noun describes — not
    for the latest news outlet."""
    root = mention.root
    for child in root.children:
        if child.dep_ != "poss" or child.i < mention.start:
            continue
        words = [t for t in resolver.doc[child.left_edge.i : child.right_edge.i + 1] if t.dep_ != "case"]
        owner = resolver._resolve(resolver.doc[words[0].i : words[-1].i + 1], depth=0 if child.pos_ == "PRON" else 1)
        if child.lower_ == "its" and owner.kind == "person":
            return None  # "its" is a body's, whatever a pronoun's ranking takes
        if owner.cluster is None and not owner.name:
            # "its website" with "its" unresolved: the other routes; "the state agency's
            # website" with no agency named: that owner, unnamed
            return None if child.pos_ == "PRON" else Resolution("anonymous", None, resolver.doc[words[0].i : words[-1].i + 1].text)
        how = "pronoun" if child.pos_ == "PRON" else owner.how
        return Resolution(owner.kind, owner.cluster, owner.name, how)
    determiner = next((t for t in root.lefts if t.dep_ == "det"), None)
    if determiner is None or determiner.lower_ not in _DEFINITE:
        return None  # "a company website": some company
    for child in root.lefts:
        # "The company website": the body "the company" would be; not "the state website", a
        # place's, nor a campaign's (its own route)
        if child.dep_ != "compound" or child.pos_ != "NOUN" or child.lower_ in _CAMPAIGN_NOUNS:
            continue
        if "gpe" in _BODY_TYPES.get(child.lower_, ("gpe",)):
            continue
        described = _described(resolver, resolver.doc[child.i : child.i + 1])
        if described is not None and described.kind == "organisation" and (described.cluster or described.name):
            return described
    return None
