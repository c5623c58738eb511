"""The person the article titled as a description says: "the senator" is the latest person whose
titles hold the head and its other words (:func:`_titled`, with a leader's noun: "UN chief"),
not one who holds only a lower rank of it ("Assistant District Attorney" for "the attorney":
:func:`_only_lower_rank`, a military rank's lower grade aside: :func:`_rank_held_plainly`);
"the judge" paragraphs before "Judge Berman" is named is the one person titled so later
(:func:`_titled_only_later`), unless his "of" phrase names another office
(:func:`_office_elsewhere`). Split from :mod:`.people` (session 51).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.word_lists import ABBREVIATIONS as _ABBREVIATIONS
from newsmine.nlp.speakers.body_offices import body_office_unsaid
from newsmine.nlp.speakers.office_titles import _LESSER_WORDS, _OFFICES_HELD, _RANK_WORDS, _another_grade
from newsmine.nlp.speakers.place_offices import places_given
from newsmine.nlp.speakers.title_phrases import in_a_title_phrase_only
from newsmine.nlp.speakers.words import (
    _GENERIC_TITLES,
    _PARTY_WORDS,
    _TITLE_SYNONYMS,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# An opposition's counterpart of an office ("Labour's shadow education secretary").
_SHADOW = "shadow"
# Description heads that stand for whoever leads what the other words name ("UN chief").
_LEADER_NOUNS = frozenset({"chief", "head", "leader", "boss"})


# Military ranks whose lieutenant or vice grade is still called by the rank alone: a Lieutenant
# General is "the general", a Vice Admiral "the admiral" (as "Lt. Gen." already reads), unlike a
# Lieutenant Governor or a Vice President; unless a full general (admiral …) is about too.
_MILITARY_RANKS = frozenset({"general", "colonel", "admiral"})


def _titled(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], headline: bool) -> EntityCluster | None:
    """The latest person whose titles hold the description's head and all its other words;
    else the latest (of the last few) whose titles hold the head, when no other word of the
    description contradicts them ('the Vermont senator' -> the only senator named lately)."""
    index = resolver.index
    people = index.people_before(mention.start_char, everyone=True)  # a judge named long before is still the judge
    if headline:
        people += [c for c in index.people_after(mention.end_char) if c not in people]
    head_only: EntityCluster | None = None
    proper = {t.lower_ for t in mention if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")}
    # 'Gov. John Kasich of Ohio … Gov. Jerry Brown … The governor of Ohio': a place the article
    # writes with a person's name is theirs as a title's word is (speakers/place_offices.py)
    places = {t.lower_ for t in mention if t.ent_type_ == "GPE" and t.i != mention.root.i}
    for cluster in people:
        title_words = index.title_words(cluster) | index.title_phrase_words.get(id(cluster), set())
        if places:
            title_words = title_words | (places & places_given(resolver, cluster))
        if _only_lower_rank(resolver, cluster, head, modifiers) or in_a_title_phrase_only(resolver.index, cluster, head):
            title_words = title_words - {head}
        if head in title_words or head.replace("-", " ") in title_words or _TITLE_SYNONYMS.get(head) in title_words:
            if all(w in title_words or w.replace("-", " ") in title_words for w in modifiers):
                return cluster
            # "the Vermont senator" is not any senator: a party or a proper name the titles lack
            # contradicts, and so does another grade of the office
            contradicts = any((w in _PARTY_WORDS or w in proper) and w not in title_words for w in modifiers)
            contradicts = contradicts or _another_grade(title_words, mention)
            # "The President of the company" after "President Obama": a body's office he lacks
            contradicts = contradicts or body_office_unsaid(mention, title_words, cluster)
            if head_only is None and not contradicts:
                head_only = cluster
        elif head in _LEADER_NOUNS and modifiers and all(w in title_words for w in modifiers):
            return cluster
    return head_only if head not in _GENERIC_TITLES else None


def _only_lower_rank(resolver: SpeakerResolver, cluster: EntityCluster, head: str, modifiers: list[str]) -> bool:
    """Whether every title of the person that holds the head ranks below it ("Assistant District
    Attorney" for "the attorney") or is an opposition's counterpart of it ("shadow education
    secretary" for "the education secretary"), the head coming from no other word said of them."""
    ranked = shadow = False
    for title in cluster.titles:
        words = title.lower().replace("-", " ").split()
        if head not in words:
            continue
        before = set(words[: words.index(head)])
        if head in _MILITARY_RANKS and not _rank_held_plainly(resolver, head):
            before -= {"lieutenant", "vice"}
        if not before & _LESSER_WORDS or before & _LESSER_WORDS <= set(modifiers):
            return False
        ranked = True
        shadow = shadow or _SHADOW in before - set(modifiers)
    # a head said of them by the shadow title's own apposition is still the shadow office's
    return ranked and (shadow or head not in resolver.index.described_as.get(id(cluster), set()))


def _only_a_shadow_office(resolver: SpeakerResolver, cluster: EntityCluster, head: str, modifiers: list[str]) -> bool:
    """Whether the person holds the head only as an opposition's counterpart of the office
    ("Labour's shadow health secretary, Wes Daly" for "the health secretary"), which a
    description without "shadow" does not name, however close before it they were named."""
    return (
        _SHADOW in resolver.index.title_words(cluster)
        and _SHADOW not in modifiers
        and _only_lower_rank(resolver, cluster, head, modifiers)
    )


def _rank_held_plainly(resolver: SpeakerResolver, head: str) -> bool:
    """Whether someone of the article holds the military rank ``head`` itself ("General Paul
    Ortiz", "Gen. Paul Ortiz"): then "the general" is he, not the Lieutenant General beside
    him, whom the rank alone names only when no full general is about."""
    for cluster in resolver.index.people_after(0):
        for title in cluster.titles:
            words = [_ABBREVIATIONS.get(w, w) for w in title.lower().replace("-", " ").split()]
            if head in words and not set(words[: words.index(head)]) & _RANK_WORDS:
                return True
    return False


def _titled_only_later(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str]) -> EntityCluster | None:
    """'The judge rubbed his chin …' paragraphs before "Judge Berman" is named: a definite
    title of an office nobody held before stands for the one person the article titles so
    later (not "the aide", "the official", "the spokesman": as often someone never named;
    two people titled so leave it open). The words of a phrase after the head say whose office
    it is, not the title ("the governor of the Bank of Wessex … Governor Martin Okafor")."""
    if head not in _OFFICES_HELD or head in _GENERIC_TITLES:
        return None
    after_head = {t.lower_ for t in mention if t.i > mention.root.i}
    modifiers = [w for w in modifiers if w not in after_head]
    titled = [
        c for c in resolver.index.people_after(mention.end_char)
        if head in (words := resolver.index.title_words(c)) and all(w in words for w in modifiers)
        and not _only_lower_rank(resolver, c, head, modifiers)  # "the education secretary": no shadow one
    ]  # fmt: skip
    if len(titled) != 1 or (after_head and _office_elsewhere(resolver, titled[0], after_head)):
        return None
    return titled[0]


def _office_elsewhere(resolver: SpeakerResolver, cluster: EntityCluster, owner: set[str]) -> bool:
    """Whether the person is named with an "of" phrase whose names the mention's own phrase
    lacks: "Sheriff Joe Arpaio of Maricopa County" holds no office of "the sheriff of Cook
    County" (the phrase after the head says whose office it is, and his says another's)."""
    doc = resolver.doc
    for m in cluster.mentions:
        if m.end < len(doc) and doc[m.end].lower_ == "of":
            names = {t.lower_ for t in doc[m.end].subtree if t.pos_ == "PROPN"}
            if names and not names <= owner:
                return True
    return False
