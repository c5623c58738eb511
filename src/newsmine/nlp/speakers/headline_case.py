"""The headline's title case, which makes common words look like names and hides verbs: a word
only the headline capitalises (:func:`_headline_word_only`, :func:`_capitalised_in_body`,
:func:`_capitalised_inside_sentence`), and a verb written as a name word ("Dana Whitlock
Endorses Ray Ortiz:", :func:`_name_before_its_verb`, :func:`_verb_form`). Split from
:mod:`.names` (session 50).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.words import _capitalised

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Inflections that turn a verb's lemma into the form a clause writes ("endorses", "carried").
_VERB_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("d", ""))


@cache
def _cue_lemmas() -> frozenset[str]:
    """Reporting and stance verbs by lemma (cues.txt and cue_categories.txt; the first word of
    a cue of several words)."""
    lemmas = lexicons.load("cues") | frozenset(lexicons.load_sections("cue_categories"))
    return frozenset(lemma.split()[0] for lemma in lemmas if lemma)


def _verb_form(token: Token) -> bool:
    """Whether a word the parse read as part of a name or a noun phrase is an inflected verb:
    tagged as one, or written as a form of a reporting or stance verb ("Endorses"), which a
    headline's title case hides from the tagger."""
    if token.tag_ in ("VBZ", "VBD"):
        return True
    low = token.lower_
    return any(
        low.endswith(end) and len(low) > len(end) + 2 and low[: -len(end)] + add in _cue_lemmas()
        for end, add in _VERB_ENDINGS
    )


# The most words a name opening a clause is read over ("Mary Jo Ann Lee").
_MAX_NAME_WORDS = 4


def _name_before_its_verb(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Dana Whitlock Endorses Ray Ortiz:' parsed as one noun phrase whose head is the second
    name: the person or body named first, followed by a verb, is the one who speaks, not the
    one named after the verb (a headline's title case runs the clause into one mention). The
    first name may be one the recogniser missed there and tagged in the body ("Whitlock").
    Not when the mention ends in a possessive ("Lee praised Ruiz's"): what follows it is the
    second one's ("Ruiz's claim")."""
    index, doc = resolver.index, resolver.doc
    at = mention.start
    while at < min(mention.end, mention.start + _MAX_NAME_WORDS) and _capitalised(doc[at]) and not _verb_form(doc[at]):
        at += 1
    if at == mention.start or at >= mention.end - 1 or not _verb_form(doc[at]) or at in index.cluster_of:
        return None  # (a word of a name the tagger read as a verb: "Latino Decisions researcher Ana Ruiz")
    if doc[mention.end - 1].lower_ in ("'s", "’s", "'", "’"):
        return None
    first = index.cluster_of.get(mention.start)
    if any(index.cluster_of.get(i) is not first for i in range(mention.start + 1, at)):
        return None  # the words before the verb are not one name
    if first is None:  # untagged here: the person or body whose name ends with the word
        first = index.by_name_word(doc[at - 1].text, mention.start_char, ("PERSON", "ORG"))
        if first is None or first.name.split()[-1] != doc[at - 1].text:
            return None
    if first.label not in ("PERSON", "ORG"):
        return None
    later = [index.cluster_of[t.i] for t in mention[at - mention.start + 1 :] if t.i in index.cluster_of]
    return first if later and all(c is not first for c in later) else None


def _headline_word_only(resolver: SpeakerResolver, cluster: EntityCluster, root: Token) -> bool:
    """An entity of one word named only in the headline, whose word the body never
    capitalises: title case made a description ("Underdog", "Justice") look like a name."""
    return (
        root.i < resolver.headline_tokens
        and cluster.label != "NORP"  # "Republicans said …": the party rules decide
        and len(cluster.name.split()) == 1
        and all(m.start < resolver.headline_tokens for m in cluster.mentions)
        and not _capitalised_in_body(resolver, root)
    )


def _capitalised_in_body(resolver: SpeakerResolver, token: Token) -> bool:
    """Whether the article's body (below the headline) writes the word capitalised inside
    a sentence: a headline's title case makes every word look like a name."""
    doc = resolver.doc
    return any(
        i >= resolver.headline_tokens and _capitalised(doc[i]) and i != doc[i].sent.start
        for i in token_indices(doc, LOWER, (token.lower_,))
    )  # fmt: skip


def _capitalised_inside_sentence(token: Token) -> bool:
    """Whether the article writes the word, capitalised, elsewhere than at a sentence start:
    a name the tagger missed ("D’Souza went on" after "Dinesh D’Souza made"), not a common
    word that opens a sentence (never one the article also writes in lower case)."""
    doc = token.doc
    headline_end = next((t.i for t in doc if "\n" in t.text_with_ws), 0)
    inside = False
    for i in token_indices(doc, LOWER, (token.lower_,)):  # the same word, in any case (not a Token per word)
        t = doc[i]
        if i == token.i:
            continue
        if t.is_lower:
            return False  # "video" elsewhere: a common word
        inside = inside or (
            t.text == token.text
            and t.i > t.sent.start
            and t.i > headline_end
            and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and _capitalised(t.doc[t.i - 1])))
        )  # written as (part of) a name: "Dinesh D’Souza made"
    return inside
