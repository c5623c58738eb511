"""Resolve a speaker mention, as written, to the canonical entity it stands for.

Resolved in text order (the previous speaker matters), per document:

- a **name** (the mention's head word belongs to a named-entity mention) resolves to that
  entity: ``kind: person`` for a person, ``organisation`` for an organisation, a place
  standing for its government ("Russia said") or a group ("Democrats");
- **he / she** (also him, his, her) resolve to the most recent person mentioned before
  with a compatible gender — known from honorifics (Mr., Mrs.), earlier pronouns and a
  short list of first names — preferring the previous speaker when it is among the two
  most recent candidates; **it** to the previous speaker or the latest organisation when
  that is an organisation; **they** to the previous speaker when it is an organisation or
  an unnamed source;
- a **relative pronoun** ("Smith, who said …") resolves as its antecedent;
- a **description** ("the senator", "the UN chief", "the former secretary of state")
  resolves to the most recent person whose titles, as written in the article ("Sen. Ann
  Lee", "Lee, the UN chief,"), hold the description's words; a description of an
  organisation ("the ministry") to the most recent organisation named with that word;
- an **unnamed source** ("a senior official", "sources familiar with the talks", "aides")
  is ``kind: anonymous`` with the mention as its name;
- a **reporting organisation word** ("the campaign", "the agency", "the newspaper") is
  ``kind: organisation`` even when the article never names it;
- anything else is ``unresolved``.

A pronoun resolved to an entity is added to that entity's mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities import EntityCluster

__all__ = ["Resolution", "SpeakerResolver"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_THEY = frozenset({"they", "them", "their", "themselves"})
_IT = frozenset({"it", "its"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_MALE_HONORIFICS = frozenset({"mr.", "mr", "sir", "lord", "king", "prince"})
_FEMALE_HONORIFICS = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"})
# Words of a description that say nothing about who is meant.
_VAGUE = frozenset({"former", "then", "current", "new", "top", "longtime", "senior", "same", "other", "'s", "’s", "of"})
# Title abbreviations as written before names, and the words descriptions use.
_ABBREVIATIONS = {
    "sen.": "senator", "sens.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
    "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "adm.": "admiral", "sgt.": "sergeant",
    "dr.": "doctor", "prof.": "professor", "pres.": "president", "sec.": "secretary", "atty.": "attorney",
}  # fmt: skip
# Description heads that stand for whoever leads what the other words name ("UN chief").
_LEADER_NOUNS = frozenset({"chief", "head", "leader", "boss"})
# How many recent people a pronoun or description is matched against, found among at most
# how many mentions back (one person named thousands of times must not make it quadratic).
_MAX_CANDIDATES = 12
_MAX_LOOKBACK = 400
# How far back (characters) "it" may look for the organisation it stands for.
_IT_WINDOW = 600


@dataclass(slots=True)
class Resolution:
    kind: str  # person | organisation | anonymous | unresolved
    cluster: EntityCluster | None = None
    name: str | None = None


class SpeakerResolver:
    """Resolves the speakers of one document, in text order (it remembers the previous speaker)."""

    def __init__(self, doc: Doc, clusters: list[EntityCluster]):
        self.doc = doc
        self.clusters = clusters
        self.previous: Resolution | None = None
        # Token index -> the cluster one of whose mentions covers it.
        self._cluster_of: dict[int, EntityCluster] = {}
        # (start character, cluster) of every named mention, in text order (pronouns are
        # added to clusters only later, by this resolver).
        self._named: list[tuple[int, EntityCluster]] = []
        for cluster in clusters:
            for mention in cluster.mentions:
                for i in range(mention.start, mention.end):
                    self._cluster_of.setdefault(i, cluster)
                self._named.append((mention.start_char, cluster))
        self._named.sort(key=lambda pair: pair[0])
        self._named_starts = [start for start, _ in self._named]
        # Name word -> (start, cluster) of the mentions of clusters whose name holds it.
        self._by_word: dict[str, list[tuple[int, EntityCluster]]] = {}
        for start, cluster in self._named:
            for word in set(cluster.name.split()):
                self._by_word.setdefault(word, []).append((start, cluster))
        # The headline: the first line of the article.
        self._headline_end = next((t.idx + len(t.text) for t in doc if "\n" in t.text_with_ws), 0)
        self._gender: dict[int, str] = {}
        female, male = lexicons.load("first_names_female"), lexicons.load("first_names_male")
        for cluster in clusters:
            if cluster.label == "PERSON":
                gender = _gender_from_names(doc, cluster, female, male)
                if gender:
                    self._gender[id(cluster)] = gender

    def resolve(self, mention: Span) -> Resolution:
        resolution = self._resolve(mention, depth=0)
        if resolution.kind != "unresolved":
            self.previous = resolution
        return resolution

    # --- the cases -----------------------------------------------------------------

    def _resolve(self, mention: Span, depth: int) -> Resolution:
        root = mention.root
        low = root.lower_
        cluster = self._cluster_of.get(root.i)
        if cluster is not None and (root.pos_ == "PROPN" or root.ent_type_):
            return _for_cluster(cluster)
        if low in _RELATIVE and root.pos_ in ("PRON", "DET") and depth == 0:
            antecedent = _antecedent(root)
            if antecedent is not None:
                return self._resolve(antecedent, depth + 1)
        if low in _MALE or low in _FEMALE:
            return self._person_pronoun(mention, "m" if low in _MALE else "f")
        if low in _IT:
            return self._it(mention)
        if low in _THEY:
            prev = self.previous
            return prev if prev is not None and prev.kind in ("organisation", "anonymous") else Resolution("unresolved")
        if root.pos_ == "PRON":
            return Resolution("unresolved")
        for token in (*mention, *root.children):
            # "Kenya's environment minister, Amina Odhiambo, said": the name in apposition.
            if token.dep_ == "appos" and token.i in self._cluster_of and token.ent_type_:
                return _for_cluster(self._cluster_of[token.i])
        if low in lexicons.load("titles") or root.pos_ == "NOUN":
            described = self._described(mention)
            if described is not None:
                return _for_cluster(described)
        if low in lexicons.load("anonymous") and not _has_name(mention):
            return Resolution("anonymous", None, mention.text)
        if low in lexicons.load("organisation_nouns"):
            return Resolution("organisation", None, mention.text)
        if root.pos_ == "PROPN":
            # A name the entity recogniser missed: the latest entity whose name holds it
            # ('Trump' -> 'Donald Trump').
            named = self._by_name(root.text, mention.start_char)
            if named is not None:
                return _for_cluster(named)
        return Resolution("unresolved")

    def _by_name(self, word: str, offset: int) -> EntityCluster | None:
        """The latest cluster named before ``offset`` whose name holds ``word``, else the first after."""
        named = self._by_word.get(word)
        if not named:
            return None
        k = bisect_left(named, (offset, -1), key=lambda pair: (pair[0], -1))
        return named[k - 1][1] if k else named[0][1]

    def _person_pronoun(self, mention: Span, gender: str) -> Resolution:
        people = self._before(mention.start_char, ("PERSON",))
        compatible = [c for c in people if self._gender.get(id(c), gender) == gender]
        prev = self.previous
        if prev is not None and prev.cluster is not None and prev.cluster in compatible[:2]:
            chosen = prev.cluster
        elif compatible:
            chosen = compatible[0]
        else:
            return Resolution("unresolved")
        self._gender.setdefault(id(chosen), gender)
        chosen.add_mention(mention)
        return _for_cluster(chosen)

    def _it(self, mention: Span) -> Resolution:
        prev = self.previous
        if prev is not None and prev.kind == "organisation" and prev.cluster is not None:
            mention_cluster = prev.cluster
        else:
            recent = self._before(mention.start_char, ("ORG",), window=_IT_WINDOW)
            if not recent:
                return prev if prev is not None and prev.kind == "organisation" else Resolution("unresolved")
            mention_cluster = recent[0]
        mention_cluster.add_mention(mention)
        return _for_cluster(mention_cluster)

    def _described(self, mention: Span) -> EntityCluster | None:
        """'the senator' -> the latest person titled senator; 'UN chief' -> the person whose
        title holds 'UN'; 'the ministry' -> the latest organisation named '… Ministry'.
        A headline's description may name someone introduced only below it."""
        words = [t.lower_ for t in mention if t.lower_ not in _DETERMINERS and t.lower_ not in _VAGUE and not t.is_punct]
        head = mention.root.lower_
        headline = mention.start_char < self._headline_end
        if not words or not (mention[0].lower_ in _DETERMINERS or headline):
            return None
        modifiers = [w for w in words if w != head]
        people = self._before(mention.start_char, ("PERSON",))
        if headline:
            people += [c for c in self._after(mention.end_char, ("PERSON",)) if c not in people]
        for cluster in people:
            title_words = {_ABBREVIATIONS.get(w, w) for title in cluster.titles for w in title.lower().replace("-", " ").split()}
            title_words |= {title.lower() for title in cluster.titles}
            if head in title_words or head.replace("-", " ") in title_words:
                if all(w in title_words or w.replace("-", " ") in title_words for w in modifiers):
                    return cluster
            elif head in _LEADER_NOUNS and modifiers and all(w in title_words for w in modifiers):
                return cluster
        if head in lexicons.load("organisation_nouns"):
            for cluster in self._before(mention.start_char, ("ORG",)):
                if head in cluster.name.lower().split():
                    return cluster
        return None

    def _after(self, offset: int, labels: tuple[str, ...]) -> list[EntityCluster]:
        """Clusters with these labels named after ``offset``, nearest first."""
        seen: list[EntityCluster] = []
        for start, cluster in self._named[bisect_left(self._named_starts, offset) :]:
            if cluster.label in labels and cluster not in seen:
                seen.append(cluster)
        return seen

    def _before(self, offset: int, labels: tuple[str, ...], window: int | None = None) -> list[EntityCluster]:
        """Clusters with these labels named before ``offset``, most recent first (at most
        _MAX_CANDIDATES of them: an article of thousands of mentions stays linear)."""
        seen: list[EntityCluster] = []
        last = bisect_left(self._named_starts, offset) - 1
        for k in range(last, max(-1, last - _MAX_LOOKBACK), -1):
            start, cluster = self._named[k]
            if window is not None and offset - start > window:
                break
            if cluster.label in labels and cluster not in seen:
                seen.append(cluster)
                if len(seen) >= _MAX_CANDIDATES:
                    break
        return seen


def _for_cluster(cluster: EntityCluster) -> Resolution:
    kind = "person" if cluster.label == "PERSON" else "organisation" if cluster.label in _ORG_LABELS else "unresolved"
    return Resolution(kind, cluster, cluster.name)


def _has_name(mention: Span) -> bool:
    return any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in mention)


def _antecedent(pronoun) -> Span | None:
    """'Smith, who said …': the noun phrase a relative clause hangs from."""
    clause = pronoun.head
    if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = clause.head
    doc = noun.doc
    left = min((c.left_edge.i for c in noun.lefts if c.dep_ in ("compound", "det", "amod", "poss", "nmod")), default=noun.i)
    return doc[left : noun.i + 1]


def _gender_from_names(doc: Doc, cluster: EntityCluster, female: frozenset[str], male: frozenset[str]) -> str | None:
    for mention in cluster.mentions:
        if mention.start > 0:
            before = doc[mention.start - 1].lower_
            if before in _MALE_HONORIFICS:
                return "m"
            if before in _FEMALE_HONORIFICS:
                return "f"
    # The first word of the name that is a known first name ('Crooked Hillary Clinton').
    for word in cluster.name.lower().split()[:-1] or cluster.name.lower().split():
        if word in female and word not in male:
            return "f"
        if word in male and word not in female:
            return "m"
    return None
