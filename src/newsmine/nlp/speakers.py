"""Resolve a speaker mention, as written, to the canonical entity it stands for.

- A mention overlapping a named entity's mention resolves to that entity: a person
  (``kind: person``) or an organisation, place or group (``kind: organisation``).
- ``he``/``she`` resolve to the most recent person the article mentioned before, skipping
  people known to have the other gender (from honorifics, earlier pronouns, a small list
  of first names); a previous speaker breaks ties. ``they`` resolves to a recent
  organisation only when it is the previous speaker.
- A description ("the senator", "the UN chief") resolves to the most recent person whose
  titles hold its head noun.
- An unnamed source ("a senior official", "sources familiar with the talks", "aides") is
  ``kind: anonymous``; anything else is ``unresolved``.

A pronoun resolved to an entity is added to that entity's mentions.
"""

from __future__ import annotations

from dataclasses import dataclass

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities import EntityCluster

__all__ = ["Resolution", "SpeakerResolver"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PLURAL = frozenset({"they", "them", "their", "we", "us"})
_MALE_HONORIFICS = frozenset({"mr.", "mr", "sir", "lord", "king", "prince"})
_FEMALE_HONORIFICS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


@dataclass(slots=True)
class Resolution:
    kind: str  # person | organisation | anonymous | unresolved
    cluster: EntityCluster | None = None
    name: str | None = None


class _MentionIndex:
    """The clusters' mentions by position, so that resolving a speaker costs a bisection
    rather than a pass over every mention of the article (thousands of quotes attributed
    to one person made that quadratic)."""

    def __init__(self, clusters: list[EntityCluster]):
        self._order = {id(c): k for k, c in enumerate(clusters)}
        self._starts: list[int] = []
        self._entries: list[tuple[Span, EntityCluster]] = []
        self._max_length = 0
        # id(cluster) -> sorted start offsets of its mentions that are not pronouns
        self._named_starts: dict[int, list[int]] = {}
        for cluster in clusters:
            for mention in cluster.mentions:
                self.add(mention, cluster)

    def add(self, span: Span, cluster: EntityCluster) -> None:
        position = bisect_right(self._starts, span.start_char)
        self._starts.insert(position, span.start_char)
        self._entries.insert(position, (span, cluster))
        self._max_length = max(self._max_length, span.end_char - span.start_char)
        if span.root.pos_ != "PRON":
            named = self._named_starts.setdefault(id(cluster), [])
            named.insert(bisect_right(named, span.start_char), span.start_char)

    def overlapping(self, start: int, end: int) -> list[tuple[Span, EntityCluster]]:
        low = bisect_left(self._starts, start - self._max_length)
        high = bisect_left(self._starts, end)
        return [(span, cluster) for span, cluster in self._entries[low:high] if span.end_char > start]

    def cluster_at(self, start: int, end: int) -> EntityCluster | None:
        """As :func:`newsmine.nlp.entities.cluster_at`: the longest overlap, the earlier cluster on a tie."""
        best, best_key = None, None
        for span, cluster in self.overlapping(start, end):
            key = (-(min(end, span.end_char) - max(start, span.start_char)), self._order[id(cluster)])
            if best_key is None or key < best_key:
                best, best_key = cluster, key
        return best

    def last_named_before(self, cluster: EntityCluster, offset: int) -> int | None:
        starts = self._named_starts.get(id(cluster), [])
        k = bisect_left(starts, offset)
        return starts[k - 1] if k else None


class SpeakerResolver:
    """Resolves speakers of one document in text order (it remembers the previous speaker)."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster]):
        self.doc = doc
        self.clusters = clusters
        self._mentions = _MentionIndex(clusters)
        self.previous: Resolution | None = None
        self._gender: dict[int, str] = {}
        self._first_names = lexicons.load("first_names_female"), lexicons.load("first_names_male")
        for cluster in clusters:
            if cluster.label == "PERSON":
                gender = self._gender_from_names(cluster)
                if gender:
                    self._gender[id(cluster)] = gender

    def _gender_from_names(self, cluster: EntityCluster) -> str | None:
        doc = self.doc
        for mention in cluster.mentions:
            if mention.start > 0:
                before = doc[mention.start - 1].lower_
                if before in _MALE_HONORIFICS:
                    return "m"
                if before in _FEMALE_HONORIFICS:
                    return "f"
        first = cluster.name.split()[0].lower() if cluster.name.split() else ""
        female, male = self._first_names
        if first in female and first not in male:
            return "f"
        if first in male and first not in female:
            return "m"
        return None

    def resolve(self, mention: Span) -> Resolution:
        resolution = self._resolve(mention)
        if resolution.kind != "unresolved":
            self.previous = resolution
        return resolution

    def _resolve(self, mention: Span) -> Resolution:
        cluster = self._mentions.cluster_at(mention.start_char, mention.end_char)
        if cluster is not None and self._names_the_speaker(mention, cluster):
            return self._for_cluster(cluster)
        root = mention.root
        low = root.lower_
        if root.pos_ == "PRON" or low in _MALE | _FEMALE | _PLURAL:
            return self._pronoun(mention, low)
        head_noun = low
        if head_noun in lexicons.load("titles") or root.pos_ == "NOUN":
            described = self._described_person(mention, head_noun)
            if described is not None:
                return self._for_cluster(described)
        if head_noun in lexicons.load("anonymous"):
            return Resolution("anonymous", None, mention.text)
        if cluster is not None:
            return self._for_cluster(cluster)
        return Resolution("unresolved", None, None)

    def _names_the_speaker(self, mention: Span, cluster: EntityCluster) -> bool:
        """'Guterres' in 'Guterres' yes; 'Russia' in 'a Russian official' no (the head is 'official')."""
        root = mention.root
        if root.pos_ == "PROPN":
            return True
        around_root = self._mentions.overlapping(root.idx, root.idx + len(root))
        return any(c is cluster and m.start <= root.i < m.end for m, c in around_root)

    def _for_cluster(self, cluster: EntityCluster) -> Resolution:
        kind = "person" if cluster.label == "PERSON" else "organisation" if cluster.label in _ORG_LABELS else "unresolved"
        return Resolution(kind, cluster, cluster.name)

    def _pronoun(self, mention: Span, low: str) -> Resolution:
        if low in _PLURAL:
            prev = self.previous
            if prev is not None and prev.kind in ("organisation", "anonymous"):
                return prev
            return Resolution("unresolved", None, None)
        if low not in _MALE | _FEMALE:
            return Resolution("unresolved", None, None)
        gender = "m" if low in _MALE else "f"
        people = self._people_before(mention.start_char)
        prev = self.previous
        compatible = [c for c in people if self._gender.get(id(c), gender) == gender]
        if prev is not None and prev.cluster is not None and prev.cluster in compatible[:2]:
            chosen = prev.cluster
        elif compatible:
            chosen = compatible[0]
        else:
            return Resolution("unresolved", None, None)
        self._gender[id(chosen)] = gender
        if chosen.add_mention(mention):
            self._mentions.add(mention, chosen)
        return self._for_cluster(chosen)

    def _people_before(self, offset: int) -> list[EntityCluster]:
        """PERSON clusters mentioned before ``offset``, most recent first."""
        last_seen = []
        for cluster in self.clusters:
            if cluster.label != "PERSON":
                continue
            last = self._mentions.last_named_before(cluster, offset)
            if last is not None:
                last_seen.append((last, cluster))
        last_seen.sort(key=lambda pair: -pair[0])
        return [cluster for _, cluster in last_seen]

    def _described_person(self, mention: Span, head_noun: str) -> EntityCluster | None:
        """'the senator' -> the most recent person whose titles hold 'senator'."""
        if not any(t.lower_ == "the" for t in mention[:1]):
            return None
        for cluster in self._people_before(mention.start_char):
            for title in cluster.titles:
                if head_noun in title.lower().split() or head_noun in title.lower().replace("-", " ").split():
                    return cluster
        return None
