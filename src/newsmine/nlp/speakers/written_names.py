"""A name nobody clustered, kept as written ("Politifact said", :func:`_written_name`): the
latest entity whose name holds its head word, an entity written so elsewhere
(:func:`_entity_written_as`), else the name's own capitalised words (:func:`_last_name_run`,
a hyphenated name whole: :func:`_hyphenated_from`), not another body's name ending in the same
word (:func:`_names_another`). Split from :mod:`.names` (session 50).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.entities import HONORIFICS, EntityCluster, clean_name
from newsmine.nlp.entities.word_lists import compound_honorific_word
from newsmine.nlp.speakers.headline_case import _capitalised_in_body
from newsmine.nlp.speakers.honorific_mentions import holder_of_honorific
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _DETERMINERS, _ORG_LABELS, _capitalised

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _written_name(resolver: SpeakerResolver, mention: Span) -> Resolution:
    """A proper name no entity holds: the latest entity whose name holds its head word,
    else the name as written (without determiners and honorifics)."""
    root = mention.root
    named = resolver.index.by_name_word(root.text, mention.start_char)
    if named is not None and not _names_another(resolver, mention, named):
        return _for_cluster(named, "name")
    if root.i < resolver.headline_tokens and not _capitalised_in_body(resolver, root):
        return Resolution("unresolved")  # a headline's "Justice vows …", "Underdog sees …": a description
    titles = lexicons.load("titles")
    words = [
        t
        for t in mention
        if t.lower_ not in _DETERMINERS and t.lower_ not in HONORIFICS and not t.is_punct and not compound_honorific_word(t)
    ]
    while len(words) > 1 and clean_name(words[0].lower_) in titles:
        words = words[1:]  # "Mayor Ana Ruiz" -> "Ana Ruiz"
    if not words and (holder := holder_of_honorific(mention, resolver.clusters)) is not None:
        return _for_cluster(holder, "name")  # "the Tan Sri said" after "Tan Sri Ahmad Faizal Ismail"
    words = _last_name_run([t for t in words if _capitalised(t) or t.i == root.i])
    if not words or not any(_capitalised(t) for t in words):
        return Resolution("unresolved")
    start = _hyphenated_from(words[0])
    name = clean_name(resolver.doc[start : words[-1].i + 1].text)  # "-Todd Rogers" in a list
    if not name:
        return Resolution("unresolved")
    written_elsewhere = _entity_written_as(resolver, name, mention.start_char)
    if written_elsewhere is not None:
        return _for_cluster(written_elsewhere, "name")  # "The DOJ responded", the DOJ tagged elsewhere
    first = clean_name(words[0].text).lower()
    if first in lexicons.load("first_names_female") or first in lexicons.load("first_names_male"):
        kind = "person"
    else:
        kind = (
            "organisation"
            if root.ent_type_ in _ORG_LABELS
            else "person"
            if root.ent_type_ == "PERSON"
            else "unresolved"
        )
    return Resolution(kind, None, name, "name")


# Lower-case words that join the parts of one name ("Bank of America", "Doctors without Borders",
# "Alliance for a Fair Crossing", "Committee to Protect Journalists", "Mothers against Drunk Driving").
_NAME_JOINERS = frozenset({
    "of", "for", "and", "the", "a", "an", "to", "on", "in", "at", "with", "without", "against", "de", "du",
    "la", "le", "von", "van", "der", "y", "&",
})  # fmt: skip


def _last_name_run(words: list[Token]) -> list[Token]:
    """The capitalised words of the name itself: those after the last lower-case word that
    no name holds ('Local television station Metro TV' -> 'Metro TV': the sentence's first
    word is capitalised, the description after it is not), joiners allowed ('Bank of America')."""
    for k in range(len(words) - 1, 0, -1):
        between = words[0].doc[words[k - 1].i + 1 : words[k].i]
        if any(t.is_alpha and t.is_lower and t.lower_ not in _NAME_JOINERS for t in between):
            return words[k:]
    return words


def _hyphenated_from(first: Token) -> int:
    """Where the written word ``first`` ends starts: the tokenizer splits a hyphenated name at
    its hyphens ("G-III", "al-Qaeda"), and the parse may head the speaker's phrase on the last
    part, so the name kept as written would be "III" or "Qaeda". Not a dash opening a list
    line ("-Todd Rogers"), which stands after a space or at the start."""
    doc, start = first.doc, first.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].text.isalnum()
    ):
        start -= 2
    return start


def _entity_written_as(resolver: SpeakerResolver, name: str, offset: int) -> EntityCluster | None:
    """The person or body one of whose mentions elsewhere is written exactly ``name``: the
    recogniser tags a short form ("DOJ", "Wealth-X") in some sentences and misses it in others,
    and the entity's name ("U.S. Department of Justice") need not hold the word. The latest
    such mention before ``offset``, else the first after; case counts ("SYRACUSE" in a dateline
    is no "Syracuse")."""
    before: tuple[EntityCluster, int] | None = None
    after: tuple[EntityCluster, int] | None = None
    for cluster in resolver.clusters:
        if cluster.label not in ("PERSON", "ORG"):
            continue
        for span in cluster.mentions:
            if clean_name(span.text) != name:
                continue
            if span.start_char < offset and (before is None or span.start_char > before[1]):
                before = (cluster, span.start_char)
            elif span.start_char >= offset and (after is None or span.start_char < after[1]):
                after = (cluster, span.start_char)
    found = before or after
    return found[0] if found is not None else None


def _names_another(resolver: SpeakerResolver, mention: Span, cluster: EntityCluster) -> bool:
    """'Our Principles PAC' is not the 'Super PAC' named before, though both end in "PAC":
    the capitalised word before the head is a name word the cluster's name lacks. Not a word
    only the headline's title case capitalised ("Republican Donor Adelson" is Sheldon Adelson,
    whom the body calls a donor)."""
    root = mention.root
    before = root.nbor(-1) if root.i > mention.start else None
    if before is None or not _capitalised(before) or before.lower_ in HONORIFICS:
        return False
    if clean_name(before.lower_) in lexicons.load("titles"):
        return False
    if before.i < resolver.headline_tokens and not _capitalised_in_body(resolver, before):
        return False
    return before.lower_ not in cluster.name.lower().split()
