"""A description whose noun the article brought in unnamed speaks as that unnamed one: "… greeted
by an organizer … the organizer said" (:func:`_introduced_unnamed`), an indefinite subject
since the person just named ("An activist from Iowa disagreed. "…," the activist said":
:func:`_unnamed_one_since`), a subject granted anonymity before ("One diplomat …, who spoke on
condition of anonymity, said … the diplomat said": :func:`_unnamed_subject_before`). Split from
:mod:`.people` (session 51).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.other_spokespeople import another_principals_spokesperson
from newsmine.nlp.speakers.unnamed import _grants_anonymity

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _introduced_unnamed(resolver: SpeakerResolver, mention: Span) -> bool:
    """'… were greeted by an organizer … the organizer said': the description's noun written
    before with an indefinite article, or with "one" ('One backbencher, who asked not to be
    named, said … "…," the backbencher said'), is that unnamed one."""
    head = mention.root.lower_
    lower = resolver.index.context.lower
    for i in range(mention.root.i - 1, -1, -1):
        if lower[i] == head and _indefinite(resolver.doc[i]):
            return True
    return False


def _unnamed_one_since(resolver: SpeakerResolver, mention: Span, person: EntityCluster) -> bool:
    """'Sen. Tom Briggs said … An activist from Iowa disagreed. "…," the activist said': the
    description's noun brought in with "a", "an" or "one" as a subject after the person's
    latest mention, with no name in apposition, is that unnamed one speaking, not the person
    just named an occupation would stand for. Not a noun said of the person ("Briggs, an
    activist from Iowa,": an apposition, no subject of its own)."""
    root, doc, index = mention.root, resolver.doc, resolver.index
    latest = index.latest_token(person, mention.start_char)
    lower = index.context.lower
    for i in range(root.i - 1, max(latest, -1), -1):
        noun = doc[i]
        if lower[i] != root.lower_ or not _indefinite(noun) or noun.dep_ not in NOUN_SUBJECT_DEPS:
            continue
        if any(c.dep_ == "appos" for c in noun.children) or index.in_quote[i]:
            continue
        return True
    return False


def _indefinite(noun: Token) -> bool:
    """'an organizer', 'One diplomat': a noun with an indefinite article or "one" before it."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in noun.lefts)


def _unnamed_subject_before(resolver: SpeakerResolver, mention: Span) -> bool:
    """'One diplomat from a southern member state, who spoke on condition of anonymity, said …
    "…," the diplomat said': the description's noun was the subject of an earlier sentence
    that grants it anonymity (or a spokesperson of a body no one named is the spokesperson of:
    :func:`another_principals_spokesperson`), brought in with "a", "an" or "one" and named by no apposition,
    and no one named since holds that title. That unnamed one speaks again, not the person
    just named (an occupation used like a pronoun, "the diplomat" for a minister named
    before) and not no one. Without the anonymity, a lead's "A lawmaker … is calling for" is
    mostly the one named further down ("The lawmaker" is then he)."""
    root, doc, index = mention.root, resolver.doc, resolver.index
    head, lower = root.lower_, index.context.lower
    for i in range(root.i - 1, -1, -1):
        if lower[i] != head:
            continue
        noun = doc[i]
        if noun.dep_ not in NOUN_SUBJECT_DEPS or not _indefinite(noun):
            return False  # the latest such noun is another's ("an Egyptian diplomat" in apposition)
        if not (_grants_anonymity(noun.sent) or another_principals_spokesperson(index, noun)):
            return False
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
            return False  # "a diplomat, Ana Ruiz, said": named
        since = [n.cluster for n in index.named if noun.idx < n.start_char < mention.start_char]
        return not any(c.label == "PERSON" and head in index.title_words(c) for c in since)
    return False
