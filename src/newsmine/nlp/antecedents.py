"""Candidate antecedents of a speaker pronoun or description, ranked by rules with features.

:class:`DocIndex` reads once per article what the ranking needs about each named mention:
its sentence, whether it sits inside quotation marks (a name inside a quotation is the
speaker's words, not an antecedent of "he said"), whether it is a subject, and per entity
its gender (honorifics, first names, pronouns resolved to it), its titles and party, and the
descriptor nouns written next to an organisation ("the bank Wells Fargo").

The scores are a weighted sum of plain features (recency in sentences, subject role,
previous speaker, prominence) whose weights were set by reading resolutions on PolNeAR train
articles; they are constants below so that a change is one visible edit.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster, honorific_gender_at
from newsmine.nlp.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from newsmine.nlp.quote_marks import find_quoted

__all__ = ["DocIndex", "people_noun", "rank_bodies", "rank_pair", "rank_people"]

# Pronouns that vote for the gender of the one person a sentence names: not the object forms
# ("President Lee backed her up" says nothing of Lee), which mostly stand for someone else.
_MALE_VOTES = frozenset({"he", "his", "himself"})
_FEMALE_VOTES = frozenset({"she", "herself"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# What a subject pronoun's verb says or tells: the names in them are not the pronoun's referent.
_COMMANDED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative"})
_PARTY_WORDS = {"republican": "republican", "republicans": "republican", "gop": "republican", "democratic": "democratic",
                "democrat": "democratic", "democrats": "democratic", "independent": "independent"}  # fmt: skip
_BODY_LABELS = ("ORG", "GPE", "NORP", "FAC")
# Descriptors that say an organisation is a business ("the oil giant Exxon Mobil", "the
# automaker Ford"): "the company" / "the firm" fits them as well as one called a company.
_COMPANY_DESCRIPTORS = frozenset({
    "company", "firm", "giant", "maker", "automaker", "carmaker", "retailer", "insurer", "conglomerate",
    "corporation", "manufacturer", "producer", "chain", "airline", "lender", "startup", "supplier",
})  # fmt: skip
_ORG_DESCRIPTORS = frozenset({
    "newspaper", "paper", "network", "channel", "magazine", "website", "site", "outlet", "broadcaster", "agency",
    "union", "bank", "lender", "fund", "company", "firm", "group", "organization", "organisation", "foundation",
    "institute", "court", "committee", "panel", "commission", "council", "party", "university", "state", "country",
    "city", "publication", "daily", "station", "department", "bureau", "league", "alliance", "coalition", "tabloid",
    *_COMPANY_DESCRIPTORS,
})  # fmt: skip
_PLACE_DESCRIPTORS = frozenset({"state", "country", "city"})
_ABBREVIATIONS = {"sen.": "senator", "sens.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
                  "dr.": "doctor", "pres.": "president", "sec.": "secretary", "atty.": "attorney", "lt.": "lieutenant"}  # fmt: skip
# How many named mentions back a pronoun or description looks (an article naming one person
# thousands of times must stay linear).
_MAX_LOOKBACK = 400

# --- weights of the pronoun ranking ------------------------------------------------------
_W_SENTENCES = 1.0  # per sentence since the candidate was last named (outside quotations)
_MAX_SENTENCES = 12  # candidates named longer ago than this are not considered
_W_SUBJECT = 1.2  # named as the subject of a clause in the sentence it was last named in
_W_PREVIOUS = 1.5  # the previous speaker
_W_SAME_SENTENCE = 1.5  # named earlier in the pronoun's own sentence
_W_PROMINENCE = 0.3  # times log(1 + mentions in the article)
_W_UNKNOWN_GENDER = 1.0  # penalty when the candidate's gender is not known
# Named mentions back in which the subject of a reporting verb is looked up (its own clause is near).
_REPORTED_LOOKBACK = 60
# A reporting verb the parse left without a subject: a name this many tokens before it is its speaker.
_SUBJECTLESS_GAP = 6
# "it" / "they": an organisation or group named this many sentences back at most.
_BODY_SENTENCES = 2
# "the two", "both": a conjunction of names this many sentences back at most.
_PAIR_SENTENCES = 3


@dataclass(slots=True)
class _Named:
    start_char: int
    token: int  # the mention's root token
    sentence: int
    in_quote: bool
    subject: bool
    possessor: bool  # "Lee's parents": a possessor is as good an antecedent as a subject in its own sentence
    cluster: EntityCluster


def _in_clause_of(token: Token, subject: Token) -> bool:
    """Whether ``token`` is an argument in the clause ``subject`` governs ("… has not stepped
    forward to defend Manafort"), not in a clause of its own subject ("… criticism that Trump
    was urging …") nor an apposition of it."""
    verb = subject.head
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.i == verb.i:
            return True
        if node.i == subject.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False
    return False


def _distinct_people(named: Iterable[_Named]) -> list[EntityCluster]:
    """The people's clusters of ``named``, each once, in order. By identity: a cluster is one
    object per entity, and the dataclass's field-by-field ``==`` (its mentions' spans too)
    was most of the time of a speaker's look-back."""
    seen: set[int] = set()
    people: list[EntityCluster] = []
    for n in named:
        cluster = n.cluster
        if cluster.label == "PERSON" and id(cluster) not in seen:
            seen.add(id(cluster))
            people.append(cluster)
    return people


class DocIndex:
    """What the ranking reads about an article's named mentions; built once per article.

    ``context`` is the quotes component's reading of the document (token attributes,
    sentences cut at paragraph breaks, quotation marks paired); built here when not given.
    """

    def __init__(self, doc: Doc, clusters: list[EntityCluster], context: DocContext | None = None):
        self.doc = doc
        if context is None:
            text = doc_text(doc)
            context = DocContext(doc, find_quoted(text), text)
        self.context = context
        self.sentence_of = context.sent_of
        self.in_quote = [k >= 0 for k in context.quote_of]
        self.cluster_of: dict[int, EntityCluster] = {}
        named: list[_Named] = []
        for cluster in clusters:
            for mention in cluster.mentions:
                for i in range(mention.start, mention.end):
                    self.cluster_of.setdefault(i, cluster)
                root = mention.root
                named.append(
                    _Named(
                        mention.start_char,
                        root.i,
                        self.sentence_of[root.i],
                        self.in_quote[root.i],
                        _is_subject(root),
                        root.dep_ == "poss",
                        cluster,
                    )
                )
        named += self._surnames_missed(clusters)
        named.sort(key=lambda n: n.start_char)
        self.named = named
        self.named_starts = [n.start_char for n in named]
        self.mention_count: dict[int, int] = {}
        for n in named:
            self.mention_count[id(n.cluster)] = self.mention_count.get(id(n.cluster), 0) + 1
        self._by_word: dict[str, list[tuple[int, EntityCluster]]] = {}
        for n in named:
            for word in set(n.cluster.name.split()):
                self._by_word.setdefault(word, []).append((n.start_char, n.cluster))
        female, male = lexicons.load("first_names_female"), lexicons.load("first_names_male")
        self.gender: dict[int, str] = {}
        self.party: dict[int, set[str]] = {}
        self.descriptors: dict[int, set[str]] = {}
        self.described_as: dict[int, set[str]] = {}  # a person's apposition nouns ("Lee, a securities analyst for …")
        # "the Clintons", "the Obamas": a family, never "he" or "she"
        self.families = {id(c) for c in clusters if c.label == "PERSON" and _is_family(c)}
        for cluster in clusters:
            if cluster.label == "PERSON":
                gender = (
                    _gender_from_titles(cluster)  # "Congresswoman Jordan Lee": the title outranks the first name
                    or _gender_from_names(doc, cluster, female, male)
                )
                if gender:
                    self.gender[id(cluster)] = gender
                self.party[id(cluster)] = _party_words(doc, cluster)
                self.described_as[id(cluster)] = _appositive_words(cluster)
            elif cluster.label in _BODY_LABELS:
                self.descriptors[id(cluster)] = _descriptor_words(doc, cluster)
        self.companies_as_places = _companies_as_places(clusters)
        for key, gender in _gender_from_pronouns(context, named, self.in_quote, self.gender).items():
            self.gender.setdefault(key, gender)

    def _surnames_missed(self, clusters: list[EntityCluster]) -> list[_Named]:
        """A person's surname the recogniser left out of every entity ("Trump quickly
        disavowed the KKK, but he slammed …" with that "Trump" untagged), as a candidate for the
        pronouns after it: capitalised, outside quotation marks, the surname of one person
        only. Not added to ``cluster_of``: the entities stay as the recogniser left them."""
        owner: dict[str, EntityCluster | None] = {}
        for cluster in clusters:
            words = cluster.name.split()
            if cluster.label == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
                surname = words[-1]
                owner[surname] = cluster if owner.get(surname, cluster) is cluster else None
        missed: list[_Named] = []
        if not owner:
            return missed
        for i in token_indices(self.doc, ORTH, list(owner)):
            token = self.doc[i]
            cluster = owner[token.text]
            if cluster is None or i in self.cluster_of or self.in_quote[i] or token.ent_type_:
                continue
            if token.pos_ not in ("PROPN", "NOUN") and token.dep_ not in _SUBJECT_DEPS:
                continue  # a verb, unless parsed as a subject ("Trump himself was delighted", tagged a verb)
            if i + 1 < len(self.doc) and self.doc[i + 1].pos_ == "PROPN":
                continue  # "Trump Tower", "Lee Street": another name; a sentence's first "Trump" is often read as a noun
            missed.append(
                _Named(token.idx, i, self.sentence_of[i], False, _is_subject(token), token.dep_ == "poss", cluster)
            )
        return missed

    # --- look-ups ----------------------------------------------------------------------

    def note_mention(self, mention: Span, cluster: EntityCluster) -> None:
        """A speaker mention resolved to ``cluster`` ("he", "the senator"): a later pronoun may
        continue from it as from a name."""
        root = mention.root
        k = bisect_left(self.named_starts, mention.start_char)
        if k < len(self.named) and self.named[k].start_char == mention.start_char:
            return
        entry = _Named(
            mention.start_char, root.i, self.sentence_of[root.i], self.in_quote[root.i],
            _is_subject(root), root.dep_ == "poss", cluster,
        )  # fmt: skip
        self.named.insert(k, entry)
        self.named_starts.insert(k, mention.start_char)

    def learn_gender(self, cluster: EntityCluster, pronoun: str) -> None:
        if pronoun in MALE_PRONOUNS:
            self.gender.setdefault(id(cluster), "m")
        elif pronoun in FEMALE_PRONOUNS:
            self.gender.setdefault(id(cluster), "f")

    def by_name_word(self, word: str, offset: int, labels: Collection[str] | None = None) -> EntityCluster | None:
        """The latest cluster named before ``offset`` whose name holds ``word``, else the first after."""
        named = self._by_word.get(word)
        if named and labels is not None:
            named = [pair for pair in named if pair[1].label in labels]
        if not named:
            return None
        k = bisect_left(named, offset, key=lambda pair: pair[0])
        return named[k - 1][1] if k else named[0][1]

    def cluster_just_before(self, i: int) -> EntityCluster | None:
        """'the Chicago Police Department, which said': the entity named right before token ``i``."""
        j = i - 1
        while j >= 0 and self.doc[j].is_punct and self.doc[j].text in (",", "("):
            j -= 1
        return self.cluster_of.get(j) if j >= 0 else None

    def _recent(self, offset: int) -> list[_Named]:
        """Named mentions before ``offset``, most recent first, at most _MAX_LOOKBACK of them."""
        last = bisect_left(self.named_starts, offset)
        return [self.named[k] for k in range(last - 1, max(-1, last - 1 - _MAX_LOOKBACK), -1)]

    def latest_token(self, cluster: EntityCluster, offset: int) -> int:
        """The root token of the cluster's latest named mention outside quotations before ``offset``, else -1."""
        for n in self._recent(offset):
            if n.cluster is cluster and not n.in_quote:
                return n.token
        return -1

    def latest_sentence(self, cluster: EntityCluster, offset: int) -> int:
        """The sentence of the cluster's latest named mention before ``offset``, else -1."""
        token = self.latest_token(cluster, offset)
        return self.sentence_of[token] if token >= 0 else -1

    def narrative_sentences_between(self, first: int, last: int) -> int:
        """Sentences wholly between tokens ``first`` and ``last`` that hold words outside
        quotation marks: 'Lee walked in. To chants of "Go! Go!," the senator said' has none,
        whatever the quotation's own sentences."""
        doc, sentence_of = self.doc, self.sentence_of
        low, high = sentence_of[first], sentence_of[last]
        if high - low <= 1:
            return 0
        return len({
            sentence_of[i]
            for i in range(first + 1, last)
            if not self.in_quote[i] and not doc[i].is_punct and not doc[i].is_space and low < sentence_of[i] < high
        })  # fmt: skip

    def named_after(self, offset: int) -> list[_Named]:
        """Named mentions from ``offset`` on, in text order (an iterator would do; lists are short)."""
        k = bisect_left(self.named_starts, offset)
        return self.named[k : k + _MAX_LOOKBACK]

    def named_later_in_sentence(self, mention: Span) -> set[int]:
        """Clusters (by id) named after ``mention`` in its own sentence, outside quotations and
        not right after it as an apposition: 'The Republican nominee has not stepped forward to
        defend Manafort' is someone other than Manafort."""
        sentence = self.sentence_of[mention.root.i]
        found: set[int] = set()
        for n in self.named_after(mention.end_char):
            if n.sentence != sentence:
                break
            if not n.in_quote and n.token > mention.end + 1 and _in_clause_of(self.doc[n.token], mention.root):
                found.add(id(n.cluster))
        return found

    def first_start(self, cluster: EntityCluster) -> int:
        return cluster.mentions[0].start_char if cluster.mentions else -1

    def body_fit(self, cluster: EntityCluster, head: str, type_words: tuple[str, ...]) -> float:
        return self._body_fit(cluster, head, type_words)

    def people_before(self, offset: int, everyone: bool = False) -> list[EntityCluster]:
        """People named before ``offset``, latest first; only those of the last _MAX_LOOKBACK
        named mentions unless ``everyone``."""
        recent = self._recent(offset) if not everyone else reversed(self.named[: bisect_left(self.named_starts, offset)])
        return _distinct_people(recent)

    def people_after(self, offset: int) -> list[EntityCluster]:
        return _distinct_people(self.named[bisect_left(self.named_starts, offset) :])

    def title_words(self, cluster: EntityCluster) -> set[str]:
        words = {_ABBREVIATIONS.get(w, w) for title in cluster.titles for w in title.lower().replace("-", " ").split()}
        words |= {title.lower() for title in cluster.titles}
        words |= {w.strip("'’s") for w in list(words)}
        return words | self.party.get(id(cluster), set()) | self.described_as.get(id(cluster), set())

    def most_prominent_person(self, offset: int) -> EntityCluster | None:
        counts: dict[int, tuple[int, EntityCluster]] = {}
        for n in self._recent(offset):
            if n.cluster.label == "PERSON":
                count, _ = counts.get(id(n.cluster), (0, n.cluster))
                counts[id(n.cluster)] = (count + 1, n.cluster)
        if not counts:
            return None
        return max(counts.values(), key=lambda pair: pair[0])[1]

    def latest_named_campaign(self, offset: int) -> EntityCluster | None:
        for n in self._recent(offset):
            if n.cluster.label == "ORG" and n.cluster.name.lower().endswith("campaign"):
                return n.cluster
        return None

    def prominent_for_role(self, mention: Span, modifiers: list[str], headline: bool) -> EntityCluster | None:
        """'the Republican nominee': the most prominent person named in the preceding sentences
        whose party and gender do not contradict the description."""
        sentence = self.sentence_of[mention.root.i]
        party = {_PARTY_WORDS[w] for w in modifiers if w in _PARTY_WORDS}
        head = mention.root.lower_
        gender = "f" if head.endswith("woman") else "m" if head.endswith("man") else None
        scores: dict[int, tuple[float, EntityCluster]] = {}
        candidates = [n for n in self._recent(mention.start_char) if not n.in_quote]
        named_later = self.named_later_in_sentence(mention)
        if headline:
            candidates = [n for n in self.named if not n.in_quote]
        for n in candidates:
            cluster = n.cluster
            if cluster.label != "PERSON" or id(cluster) in scores:
                continue
            if (n.sentence == sentence or id(cluster) in named_later) and not headline:
                scores[id(cluster)] = (-math.inf, cluster)  # named in the same sentence: someone else
                continue
            known_party = self.party.get(id(cluster), set())
            if party and known_party and not party & known_party:
                continue
            if gender and self.gender.get(id(cluster), gender) != gender:
                continue
            distance = abs(sentence - n.sentence)
            score = (
                math.log(1 + self.mention_count.get(id(cluster), 0))
                - 0.05 * distance
                + (1.0 if party & known_party else 0.0)
            )
            scores[id(cluster)] = (score, cluster)
        ranked = sorted((pair for pair in scores.values() if pair[0] > -math.inf), key=lambda pair: -pair[0])
        if not ranked or self.mention_count.get(id(ranked[0][1]), 0) < 2:
            return None
        return ranked[0][1]

    def body_for_description(
        self, head: str, type_words: tuple[str, ...], offset: int, headline: bool, sentence: int = -1
    ) -> EntityCluster | None:
        """'the newspaper' -> the latest outlet; 'the fund' -> '… Fund'; 'the agency' -> the latest
        agency; 'the group' -> a body named in the last sentences before ``sentence``."""
        best: tuple[float, int, EntityCluster] | None = None
        candidates = self._recent(offset)
        if headline:
            candidates += self.named[bisect_left(self.named_starts, offset) :]
        seen: set[int] = set()
        for rank, n in enumerate(candidates):
            cluster = n.cluster
            if cluster.label not in _BODY_LABELS or id(cluster) in seen:
                continue
            seen.add(id(cluster))
            fit = self._body_fit(cluster, head, type_words)
            if fit <= 0 or (head in _ANY_BODY_HEADS and fit < 2 and sentence - n.sentence > _BODY_SENTENCES + 1):
                continue  # "the group" is any body only when one was named just before
            key = (fit, -rank, cluster)
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best is not None else None

    def _body_fit(self, cluster: EntityCluster, head: str, type_words: tuple[str, ...]) -> float:
        name_words = {_US_SPELLING.get(w, w) for w in cluster.name.lower().replace("-", " ").split()}
        descriptors = self.descriptors.get(id(cluster), set())
        if "gpe" in type_words and cluster.label != "GPE" and _US_SPELLING.get(head, head) not in name_words:
            return 0.0  # "the state" is a place, never a body a parse set next to the word ("the U.S. Senate")
        if _US_SPELLING.get(head, head) in name_words or head in descriptors:
            return 3.0  # "the center" for the "European Centre for a Modern Ukraine" too
        if head in ("company", "firm") and descriptors & _COMPANY_DESCRIPTORS:
            return 3.0  # "the oil giant Exxon Mobil … The company reported"
        if "gpe" in type_words:
            return 2.0
        if head == "party" and cluster.name.lower() in _PARTY_NAMES:
            # "the GOP … The party today agrees": a party named by its nickname (an organisation)
            # is as much a party as one named "… Party", so the latest of them is the one meant;
            # its members ("Republicans") are a weaker cue
            return 3.0 if cluster.label == "ORG" else 2.0
        if head in ("company", "firm") and id(cluster) in self.companies_as_places:
            return 0.5  # "Verizon" tagged a place, but "Verizon executives" say otherwise
        if cluster.label not in ("ORG", "FAC") and not (cluster.label == "NORP" and head == "party"):
            return 0.0
        if "outlet" in type_words:
            return 2.0 if outlet_name(cluster.name) else 0.0
        if name_words & set(type_words):
            return 2.0
        acronym = cluster.name.isupper() and len(cluster.name) <= 5
        if head == "agency" and acronym and cluster.name not in _PARTY_ACRONYMS:
            return 2.0  # "the FBI … the agency": an agency is mostly written as its initials
        if head in ("bureau", "department", "administration") and acronym:
            return 1.0
        if head in _ANY_BODY_HEADS:
            # "the group" after the National Rifle Association: any body that is not an outlet,
            # a party or a public office
            if cluster.label != "ORG" or outlet_name(cluster.name) or name_words & _NOT_GROUP_WORDS:
                return 0.0
            return 0.5 if acronym and cluster.name in ("GOP", "DNC", "RNC") else 1.0
        if head in ("company", "firm", "bank"):
            if cluster.label != "ORG" or name_words & (_OUTLET_WORDS_SET | _NOT_COMPANY_WORDS):
                return 0.0
            return 0.25 if acronym else 0.5  # "NAACP", "DNC": initials are mostly bodies, not firms
        return 0.0


# British spellings of organisation heads, read as the American ones when a head is matched
# against a name ("the center" is the "European Centre …").
_US_SPELLING = {"centre": "center", "organisation": "organization", "defence": "defense", "labour": "labor", "programme": "program"}  # fmt: skip
# Nouns a company's name modifies and a place's does not ("Verizon executives", "Acme's shareholders").
_COMPANY_NOUNS = frozenset({
    "executive", "executives", "shareholders", "stockholders", "shares", "stock", "earnings", "profits", "revenue",
    "customers", "subscribers", "employees", "ceo", "stores", "products", "headquarters",
})  # fmt: skip


def _companies_as_places(clusters: list[EntityCluster]) -> set[int]:
    """Ids of the clusters tagged GPE that name a company: not a place the curated list knows,
    and written as the owner of a company's people or property ("Verizon executives", "Verizon's
    shareholders"), so that "the company" may stand for them."""
    found: set[int] = set()
    for cluster in clusters:
        if cluster.label != "GPE" or cluster.name.lower() in lexicons.load("places"):
            continue
        for mention in cluster.mentions:
            root = mention.root
            if root.dep_ in ("compound", "poss") and root.head.lower_ in _COMPANY_NOUNS and root.head.i >= mention.end:
                found.add(id(cluster))
                break
    return found


_OUTLET_WORDS_SET = frozenset({"times", "post", "news", "journal", "herald", "tribune", "gazette", "ledger", "daily", "press",
                               "magazine", "reuters", "cnn", "msnbc", "abc", "nbc", "cbs", "fox", "bbc", "npr", "hill",
                               "politico", "breitbart", "guardian", "telegraph", "chronicle", "globe", "examiner",
                               "bloomberg", "register", "inquirer", "courier", "today", "wire", "radio", "tv"})  # fmt: skip


# Words in a name that say the organisation is not a company ("the company" is not the
# Communications Workers of America nor the Labor Department).
_NOT_COMPANY_WORDS = frozenset({
    "workers", "union", "association", "federation", "department", "ministry", "committee", "commission", "council",
    "party", "campaign", "university", "college", "school", "court", "agency", "bureau", "office", "administration",
    "foundation", "institute", "league", "coalition", "congress", "senate", "house", "police", "board", "caucus",
    "society", "center", "centre", "government", "state", "city", "county", "pac", "fund", "labor", "labour",
})  # fmt: skip
_PARTY_ACRONYMS = frozenset({"GOP", "DNC", "RNC", "NRA", "PAC"})
# Names a party goes by other than "… Party" ("the party" may stand for them).
_PARTY_NAMES = frozenset({"gop", "republicans", "democrats"})
# Heads that any organisation of civil society may be called ("the group").
_ANY_BODY_HEADS = frozenset({"group", "organization", "organisation", "non-profit", "nonprofit", "charity"})
_NOT_GROUP_WORDS = frozenset({
    "party", "department", "ministry", "agency", "bureau", "office", "administration", "court", "congress", "senate",
    "house", "police", "government", "campaign", "university", "college", "school", "inc", "corp", "company",
})  # fmt: skip


def outlet_name(name: str) -> bool:
    """Whether an organisation's name is a news outlet's (the curated list, or a newspaper word)."""
    low = name.lower()
    outlets = lexicons.load("outlets")
    return low in outlets or re_the(low) in outlets or bool(set(low.replace("-", " ").split()) & _OUTLET_WORDS_SET)


def re_the(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def rank_people(
    index: DocIndex, mention: Span, gender: str | None, previous: EntityCluster | None
) -> list[tuple[EntityCluster, bool]]:
    """People a he/she pronoun may stand for, best first, each with whether the previous speaker
    bonus decided it. Names inside quotation marks are not candidates (they are the speaker's
    words), unless the pronoun is itself inside one."""
    sentence = index.sentence_of[mention.root.i]
    pronoun_in_quote = index.in_quote[mention.root.i]
    latest: dict[int, _Named] = {}
    latest_in_sentence: dict[int, _Named] = {}
    subject_sentences: dict[int, set[int]] = {}
    # subjects of the clauses the previous speaker is reported to have said ("Lee said Ruiz is
    # a liar"): what the speaker said, not someone else taking the floor
    reported: dict[int, set[int]] = {}
    recent = index._recent(mention.start_char)
    speaker_at = {n.token: n.cluster for n in recent[:_REPORTED_LOOKBACK]}
    for n in recent:
        if n.cluster.label != "PERSON" or (n.in_quote and not pronoun_in_quote):
            continue
        if sentence - n.sentence > _MAX_SENTENCES:
            break
        key = id(n.cluster)
        latest.setdefault(key, n)
        if n.sentence == sentence and (n.subject or n.possessor):
            latest_in_sentence.setdefault(key, n)
        if n.subject:
            subject_sentences.setdefault(key, set()).add(n.sentence)
            if previous is not None and n.cluster is not previous and _reported_by(index, n.token, previous, speaker_at):
                reported.setdefault(key, set()).add(n.sentence)
    # The previous speaker keeps the floor ("…," he said) only until the article makes
    # someone else the subject of a sentence: "Lee said … Ruiz disagreed. '…,' he said" is Ruiz.
    if previous is not None and id(previous) in latest:
        since = latest[id(previous)].sentence
        # named last beside another subject ("Ruiz went further in holding Lee to account") counts as before it
        held = since in subject_sentences.get(id(previous), ())
        if any(
            k != id(previous)
            and any(
                (s > since or (s == since and not held)) and s not in reported.get(k, ())
                for s in subject_sentences.get(k, ())
            )
            and _gender_fits(index.gender.get(k), gender)
            for k in latest
        ):
            previous = None
    asked = _asked_just_before(index, mention, recent)
    if asked is not None:
        # "Morrow asked Berg whether … '…,' he said": the answer is the asked person's; the
        # asker, subject and speaker of the question, does not keep the floor
        asker, answerer, ask_sentence = asked
        if previous is None or previous is asker:
            previous = answerer
        subject_sentences.setdefault(id(answerer), set()).add(ask_sentence)
        subject_sentences.get(id(asker), set()).discard(ask_sentence)
    in_own_quotation = (
        _named_in_own_quotation(index, mention) | _addressee_of_pronoun(index, mention) | _named_in_own_clause(index, mention)
    )
    scored: list[tuple[float, float, EntityCluster]] = []
    for key, n in latest.items():
        cluster = n.cluster
        known = index.gender.get(key)
        if known is not None and gender is not None and known != gender:
            continue
        if key in in_own_quotation:
            continue
        if gender is not None and key in index.families:
            continue
        if n.token >= mention.start and n.token < mention.end:
            continue
        score = -_W_SENTENCES * (sentence - n.sentence) + (_W_SAME_SENTENCE if key in latest_in_sentence else 0.0)
        if n.sentence in subject_sentences.get(key, ()):
            score += _W_SUBJECT
        score += _W_PROMINENCE * math.log(1 + index.mention_count.get(key, 0))
        if known is None and gender is not None:
            score -= _W_UNKNOWN_GENDER
        bonus = _W_PREVIOUS if cluster is previous else 0.0
        scored.append((score + bonus, score, cluster))
    if not scored:
        return []
    scored.sort(key=lambda triple: -triple[0])
    best_without_bonus = max(scored, key=lambda triple: triple[1])[2]
    return [(cluster, cluster is previous and cluster is not best_without_bonus) for _, _, cluster in scored]


# Verbs of putting a question to someone ("Morrow asked Berg whether …"): the next "he said"
# after the quotation is the answer.
_ASK_VERBS = frozenset({"ask", "question", "quiz", "press"})


def _asked_just_before(
    index: DocIndex, mention: Span, recent: list[_Named]
) -> tuple[EntityCluster, EntityCluster, int] | None:
    """(asker, asked, sentence) when the last narrative sentence before a speaker pronoun has
    one person ask another a question ("Last month Dan Morrow asked Berg whether …",
    "Morrow asked Berg about his age"), not a favour ("asked Berg to step down"), and
    nobody has been named since outside quotation marks; None for a pronoun that itself
    asks ('"Why?" he asked')."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ != "nsubj" or root.head.lemma_ in _ASK_VERBS:
        return None
    if not index.context.cue_verb[root.head.i]:
        return None
    doc = index.doc
    for n in recent:
        if n.in_quote:
            continue
        # the latest name outside quotations: the asker or the asked, else no question just before
        verb = doc[n.token].head
        if verb.lemma_ not in _ASK_VERBS or any(c.dep_ == "xcomp" for c in verb.children):
            return None
        if index.narrative_sentences_between(verb.i, root.i) > 0:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i in index.cluster_of]
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i in index.cluster_of]
        if not subjects or not objects:
            return None
        asker, asked = index.cluster_of[subjects[0].i], index.cluster_of[objects[0].i]
        if asker.label != "PERSON" or asked.label != "PERSON" or asker is asked:
            return None
        return asker, asked, n.sentence
    return None


def _reported_by(index: DocIndex, token: int, speaker: EntityCluster, speaker_at: dict[int, EntityCluster]) -> bool:
    """Whether ``token`` sits in a clause that a cue verb whose subject is ``speaker`` reports
    ("Lee, in Ohio, said Ruiz was a lightweight": Ruiz is what Lee said). ``speaker_at`` maps
    the root token of each recent named or resolved mention to its entity."""
    word = index.doc[token]
    while word.head.i != word.i:
        word = word.head
        if not index.context.cue_verb[word.i]:
            continue
        subjects = [c.i for c in word.children if c.dep_ in _SUBJECT_DEPS]
        # "Lee's lawyer, Ana Ruiz, said Lee …": the name in apposition to the subject
        subjects += [a.i for i in subjects for a in index.doc[i].children if a.dep_ == "appos"]
        if not subjects:
            # "Trump, in Kentucky, said …" with the name hung elsewhere by the parse: the
            # speaker named just before the verb
            subjects = [i for i in range(max(0, word.i - _SUBJECTLESS_GAP), word.i) if i in speaker_at]
        if any(speaker_at.get(i) is speaker for i in subjects):
            return True
    return False


def _named_in_own_clause(index: DocIndex, mention: Span) -> set[int]:
    """People named after a subject pronoun inside the clause it is the subject of ("He said
    Lee was bound by the agreement", "She concludes that voters should back Ruiz"): a pronoun
    cannot stand for a name it commands, so neither Lee nor Ruiz is "he" / "she"."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ not in _SUBJECT_DEPS:
        return set()
    named = set()
    for part in root.head.children:
        if part.dep_ not in _COMMANDED_DEPS or part.i < root.i:
            continue
        for t in part.subtree:
            if t.i in index.cluster_of and not _in_modifier_clause(t, part):
                named.add(id(index.cluster_of[t.i]))
    return named


def _in_modifier_clause(token, top) -> bool:
    """Whether ``token`` sits in a relative or adverbial clause or a possessive below ``top``
    ("he told Lee at the rally where Ruiz spoke", "He notes that Ruiz's microphone failed":
    news prose lets "he" be Ruiz there)."""
    while token.i != top.i:
        if token.dep_ in ("relcl", "acl", "advcl", "conj", "poss"):
            return True
        token = token.head
    return False


def _named_in_own_quotation(index: DocIndex, mention: Span) -> set[int]:
    """People named in the quotation a speaker pronoun introduces or closes ('"… whether
    Senator Lee's message could carry the state, and I think he proved it," he said' is not
    Lee: a speaker does not name himself), the quoted stretch just before or just after it."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or index.in_quote[root.i]:
        return set()
    if not index.context.cue_verb[root.head.i] or not 0 < root.head.i - root.i <= 2:
        return set()  # '…," she may again split with …' is no speaker of the quotation before
    doc, quote_of = index.doc, index.context.quote_of
    own: set[int] = set()
    for step, start in ((-1, mention.start - 1), (1, mention.end)):
        i, skipped = start, 0
        while 0 <= i < len(doc) and quote_of[i] < 0 and skipped <= _QUOTE_GAP:
            if "\n" in doc[i].text_with_ws or not (
                doc[i].is_punct or (step > 0 and doc[i].pos_ in ("VERB", "AUX", "ADV"))
            ):
                break  # '…," he said', 'he said: "…': only marks and the cue between, in one paragraph
            i, skipped = i + step, skipped + 1
        if 0 <= i < len(doc) and quote_of[i] >= 0:
            own.add(quote_of[i])
    if not own:
        return set()
    first = min(index.context.stretch_tokens[k][0] for k in own)
    last = max(index.context.stretch_tokens[k][1] for k in own)
    return {
        id(index.cluster_of[i])
        for i in range(first, last)
        if quote_of[i] in own and i in index.cluster_of and index.cluster_of[i].label == "PERSON"
        and not _addressed(index, i)
    }


def _addressee_of_pronoun(index: DocIndex, mention: Span) -> set[int]:
    """'"…," he told Hannity': the person a subject pronoun's own cue verb is said to is
    someone else (a reply to "Hannity asked Trump …" is Trump's)."""
    root = mention.root
    if len(mention) != 1 or root.pos_ != "PRON" or root.dep_ != "nsubj" or not index.context.cue_verb[root.head.i]:
        return set()
    return {
        id(index.cluster_of[c.i])
        for c in root.head.children
        if c.dep_ in ("dobj", "dative") and c.i in index.cluster_of and not index.in_quote[c.i]
    }


def _addressed(index: DocIndex, i: int) -> bool:
    """A name the quotation addresses ("'Billie Lane, you are the queen,' she said"): the
    speaker's own name in words said to her."""
    doc, j = index.doc, i
    while j + 1 < len(doc) and index.cluster_of.get(j + 1) is index.cluster_of[i]:
        j += 1
    return j + 2 < len(doc) and doc[j + 1].text == "," and doc[j + 2].lower_ == "you"


# Tokens (marks, the cue verb) between a speaker pronoun and the quotation it belongs to.
_QUOTE_GAP = 4


_PERSON_HEADS = frozenset({
    "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow", "aide", "aides",
    "spokesman", "spokeswoman", "lawyer", "attorney", "adviser", "advisers", "campaign", "family", "friend", "rival",
})  # fmt: skip


def _is_family(cluster: EntityCluster) -> bool:
    """A surname in the plural after "the" in every mention ("the Clintons’ commitment")."""
    name = cluster.name
    if len(name.split()) != 1 or not name.endswith("s"):
        return False
    return all(m.start > 0 and m.doc[m.start - 1].lower_ == "the" for m in cluster.mentions)


def _is_subject(root) -> bool:
    """A clause's subject, or the possessor of one ("Lee's plan drew a crowd"): what the
    sentence is about, as a pronoun after it takes it."""
    if root.dep_ in _SUBJECT_DEPS:
        return not _small_clause(root.head)
    head = root.head
    if root.dep_ != "poss" or head.dep_ not in _SUBJECT_DEPS:
        return False
    # "Lee's husband, Bo, said": the husband is the subject, not Lee
    person = head.lower_ in _PERSON_HEADS or head.ent_type_ == "PERSON" or any(c.dep_ == "appos" for c in head.children)
    return not person and head.lower_ not in lexicons.load("person_nouns") and head.lower_ not in lexicons.load("titles")


def _small_clause(verb) -> bool:
    """'hold Berg accountable', 'let Lee go': the object of a verb parsed as the subject of a
    bare complement, which is not what the sentence is about."""
    return (
        verb.dep_ in ("ccomp", "xcomp", "oprd")
        and verb.tag_ in ("JJ", "VB")
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )


def _gender_fits(known: str | None, wanted: str | None) -> bool:
    return known is None or wanted is None or known == wanted


def rank_bodies(index: DocIndex, mention: Span, plural: bool) -> EntityCluster | None:
    """The organisation ("it") or group ("they") a pronoun stands for: one named as a subject
    in this or the last sentences, outside quotations; else None (a pronoun with no such
    antecedent is as often no one: "it is said", "they say")."""
    sentence = index.sentence_of[mention.root.i]
    labels = ("NORP", "ORG") if plural else ("ORG", "GPE")
    own_sentence_read = False
    for n in index._recent(mention.start_char):
        if sentence - n.sentence > _BODY_SENTENCES:
            break
        if n.sentence < sentence and not own_sentence_read:
            # none named as a subject in the pronoun's own sentence: one named there otherwise
            # comes before the subjects of the sentences before
            own_sentence_read = True
            earlier = _body_earlier_in_sentence(index, mention, plural)
            if earlier is not None:
                return earlier
        if n.in_quote or not n.subject:
            continue
        if plural and n.cluster.label == "PERSON" and _first_of_people(index, n.token):
            return n.cluster  # "Lee and Ruiz said … they": a conjunction stands for its first member
        if n.cluster.label not in labels:
            continue
        if plural and n.cluster.label == "ORG" and not n.cluster.name.lower().endswith("s"):
            continue
        return n.cluster
    return None if own_sentence_read else _body_earlier_in_sentence(index, mention, plural)


def _body_earlier_in_sentence(index: DocIndex, mention: Span, plural: bool) -> EntityCluster | None:
    """'Documents from the DNC began circulating after it announced …', 'groups like the ACLU
    and the NACDL praised …, they said': with no body named as a subject, the one organisation
    named earlier in the pronoun's own sentence ("it"), or the first of a conjunction of
    organisations there ("they", the convention for a conjunction)."""
    sentence = index.sentence_of[mention.root.i]
    before: list[_Named] = []
    for n in index._recent(mention.start_char):
        if n.sentence != sentence:
            break
        if not n.in_quote and n.cluster.label in _BODY_LABELS:
            before.append(n)
    if plural:
        first = [n for n in before if n.cluster.label == "ORG" and _first_of_conjunction(index, n.token, ("ORG",))]
        return first[-1].cluster if first else None
    bodies = {id(n.cluster): n.cluster for n in before}
    return next(iter(bodies.values())) if len(bodies) == 1 and before[0].cluster.label == "ORG" else None


def _first_of_people(index: DocIndex, token: int) -> bool:
    """Whether the name at ``token`` is the first of a conjunction of people ("Lee and Ruiz",
    "Ms. Henry and other labor leaders", "Lee and his wife")."""
    if _first_of_conjunction(index, token, ("PERSON",)):
        return True
    return any(
        child.dep_ == "conj" and child.pos_ == "NOUN" and child.tag_ in ("NNS", "NN") and people_noun(child.lower_)
        for child in index.doc[token].children
    )


def people_noun(word: str) -> bool:
    return word in _PERSON_HEADS or word in lexicons.load("person_nouns") or word in lexicons.load("anonymous") or (
        word.endswith("s") and (word[:-1] in lexicons.load("person_nouns") or word[:-1] in lexicons.load("titles"))
    )


def _first_of_conjunction(index: DocIndex, token: int, labels: tuple[str, ...]) -> bool:
    """Whether the name at ``token`` is the first of a conjunction of names of those labels
    ("Lee and Ruiz", "Verizon and Comcast")."""
    own = index.cluster_of.get(token)
    for child in index.doc[token].children:
        if child.dep_ != "conj":
            continue
        # "Lee and Ruiz"; "Lee and his wife, Ana Lee": the conjunct may be named in apposition
        named = [child] + [c for c in child.children if c.dep_ == "appos"]
        for other in (index.cluster_of.get(t.i) for t in named):
            if other is not None and other is not own and other.label in labels:
                return True
    return False


def rank_pair(index: DocIndex, mention: Span) -> EntityCluster | None:
    """'the two', 'both', 'both candidates': the first of the two named just before (the
    convention for a conjunction is its first member) — the first of a conjunction of names
    in the last sentences, else the first of the last two people named together in a sentence,
    when nobody else was named since ("Tensions flare after Sanders calls Clinton unqualified;
    Senator sharpens attacks … The two Democratic Party contenders are questioning …")."""
    sentence = index.sentence_of[mention.root.i]
    by_sentence: dict[int, list[_Named]] = {}
    for n in index._recent(mention.start_char):
        if sentence - n.sentence > _PAIR_SENTENCES and (
            index.narrative_sentences_between(n.token, mention.root.i) >= _PAIR_SENTENCES
        ):
            break  # a quotation's own sentences do not count: '… and Berg retired. "…," Berg said. "…" The two voters'
        if n.in_quote or n.cluster.label not in ("PERSON", "ORG"):
            continue
        near = n.cluster.label == "PERSON" or sentence - n.sentence <= 1  # organisations: just before only
        if near and _first_of_conjunction(index, n.token, (n.cluster.label,)):
            return _head_of_list(index, n.token, n.cluster)
        by_sentence.setdefault(n.sentence, []).append(n)
    since: set[int] = set()  # the people named in the sentences after the one looked at
    for number in sorted(by_sentence, reverse=True):
        named = sorted(by_sentence[number], key=lambda n: n.start_char)
        people = [n for n in named if n.cluster.label == "PERSON"]
        pair = {id(n.cluster) for n in people}
        if len(pair) == 2 and since <= pair:
            return people[0].cluster
        since |= pair
        if len(since) > 1:
            return None  # someone else named since: not a pair any more
    return None


def rank_group(
    index: DocIndex, mention: Span, labels: tuple[str, ...], subject_only: bool = False
) -> EntityCluster | None:
    """'The leading candidates', 'the rivals' (and, with ``subject_only``, 'they') after "… joined
    Clinton and Sanders for the debate": a plural standing for people or bodies named together
    just before is the first of the latest conjunction of names of those labels, outside
    quotations, in its own sentence or the one before (the gold's convention for a group of
    named members is its first; the others are alternatives). With ``subject_only`` the
    conjunction must be a subject ("Lee and Ruiz met … they said"), as a pronoun's
    antecedent mostly is."""
    sentence = index.sentence_of[mention.root.i]
    for n in index._recent(mention.start_char):
        if sentence - n.sentence > 1:
            return None
        if n.in_quote or n.cluster.label not in labels:
            continue
        if _first_of_conjunction(index, n.token, labels):
            if subject_only and not n.subject:
                return None
            return _head_of_list(index, n.token, n.cluster)
    return None


def _head_of_list(index: DocIndex, token: int, cluster: EntityCluster) -> EntityCluster:
    """'Ruiz, Berg and Haddad' parsed as Ruiz -> Berg -> Haddad: the first of the whole list,
    not of its last pair."""
    word = index.doc[token]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
        above = index.cluster_of.get(word.i)
        if above is None or above.label != cluster.label:
            break
        cluster = above
    return cluster


def _gender_from_pronouns(
    context: DocContext, named: list[_Named], in_quote: list[bool], known: dict[int, str]
) -> dict[int, str]:
    """A person's gender from the pronouns of the sentences that name only them ("Terry Lee
    said she would run"), or only them and people whose gender is ``known`` ("Kelly said she
    asked Donald Trump"; a pronoun of that gender then votes for no one): he/him/his against
    she/her after the name, outside quotations, kept when one side has at least twice the
    other's count."""
    people_in: dict[int, set[int]] = {}
    first_token: dict[int, int] = {}
    for n in named:
        if n.cluster.label == "PERSON" and not n.in_quote:
            people_in.setdefault(n.sentence, set()).add(id(n.cluster))
            first_token.setdefault(n.sentence, n.token)
    votes: dict[int, list[int]] = {}
    lower = context.lower
    for number, people in people_in.items():
        unknown = [key for key in people if key not in known]
        others = {known[key] for key in people if key in known}
        if len(unknown) != 1 or len(others) > 1:
            continue
        (key,) = unknown
        tally = votes.setdefault(key, [0, 0])
        for i in range(first_token[number], context.sent_bounds[number][1]):
            if in_quote[i]:
                continue
            if lower[i] in _MALE_VOTES and "m" not in others:
                tally[0] += 1
            elif lower[i] in _FEMALE_VOTES and "f" not in others:
                tally[1] += 1
    found = {}
    for key, (male, female) in votes.items():
        if male >= 1 and male >= 2 * female:
            found[key] = "m"
        elif female >= 1 and female >= 2 * male:
            found[key] = "f"
    return found


def _gender_from_names(doc: Doc, cluster: EntityCluster, female: frozenset[str], male: frozenset[str]) -> str | None:
    for mention in cluster.mentions:
        gender = honorific_gender_at(doc, mention.start - 1)
        if gender is not None:
            return gender
    for word in cluster.name.lower().split()[:-1] or cluster.name.lower().split():
        if word in female and word not in male:
            return "f"
        if word in male and word not in female:
            return "m"
    return None


# Title words that say a person's gender ("Congresswoman Ada Lee", "Lee, a businessman,").
_FEMALE_TITLE_WORDS = frozenset({"congresswoman", "chairwoman", "spokeswoman", "businesswoman", "councilwoman", "assemblywoman", "lady", "queen", "princess", "duchess", "actress", "mother", "wife", "widow", "daughter", "sister", "grandmother"})  # fmt: skip
_MALE_TITLE_WORDS = frozenset({"congressman", "chairman", "spokesman", "businessman", "councilman", "assemblyman", "king", "prince", "duke", "actor", "father", "husband", "widower", "son", "brother", "grandfather"})  # fmt: skip


def _gender_from_titles(cluster: EntityCluster) -> str | None:
    words = {w for title in cluster.titles for w in title.lower().replace("-", " ").split()}
    female, male = bool(words & _FEMALE_TITLE_WORDS), bool(words & _MALE_TITLE_WORDS)
    if female != male:
        return "f" if female else "m"
    return None


def _party_words(doc: Doc, cluster: EntityCluster) -> set[str]:
    """'Republican Ann Lee', 'Ann Lee (D-Ohio)', 'Sen. Ann Lee, R-Texas': the person's party."""
    found: set[str] = set()
    text = doc_text(doc)
    for mention in cluster.mentions:
        if mention.start > 0:
            before = doc[mention.start - 1].lower_
            if before in _PARTY_WORDS:
                found.add(_PARTY_WORDS[before])
        # The next three tokens' text, read from the Doc's (Span.text joins the tokens' own).
        following = doc[mention.end : mention.end + 3]
        after = text[following.start_char : following.end_char].replace(" ", "") if following else ""
        if after.startswith(("(R-", ",R-", "(R)")):
            found.add("republican")
        elif after.startswith(("(D-", ",D-", "(D)")):
            found.add("democratic")
    for title in cluster.titles:
        for word in title.lower().split():
            if word in _PARTY_WORDS:
                found.add(_PARTY_WORDS[word])
    return found


def _appositive_words(cluster: EntityCluster) -> set[str]:
    """'Ana Ruiz, a securities analyst for the Boston-based bank Keller,' / 'a Harlow lawmaker,
    Ana Ruiz,': the noun an apposition describes a person by, with the words written before
    it ("securities analyst"), however long the apposition (the entity's titles keep only
    short ones), so that "the securities analyst" later stands for her."""
    found: set[str] = set()
    for mention in cluster.mentions:
        root = mention.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= mention.end]
        if root.dep_ == "appos" and mention.start - 3 <= root.head.i < mention.start:
            nouns.append(root.head)  # "a Harlow lawmaker, Ana Ruiz": the noun right before the comma
        for noun in nouns:
            if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
                continue  # a plural ("two hopefuls, Sen. Lee and Gov. Ruiz") describes a group
            found.add(noun.lower_)
            found.update(c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ"))
    return found


def _descriptor_words(doc: Doc, cluster: EntityCluster) -> set[str]:
    """'the bank Wells Fargo', 'Wells Fargo, the bank,', 'newspaper The Daily Ledger': nouns
    written next to an organisation that say what it is."""
    found: set[str] = set()
    for mention in cluster.mentions:
        if mention.start > 0 and doc[mention.start - 1].lower_ in _ORG_DESCRIPTORS:
            found.add(doc[mention.start - 1].lower_)
        root = mention.root
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in _ORG_DESCRIPTORS:
                found.add(child.lower_)
        if root.dep_ == "appos" and root.head.lower_ in _ORG_DESCRIPTORS:
            found.add(root.head.lower_)
    if cluster.label == "GPE":
        # "flood-ravaged Louisiana, a Baton Rouge newspaper" parsed as an apposition: a place
        # is only ever described as a place
        found &= _PLACE_DESCRIPTORS
    return found
