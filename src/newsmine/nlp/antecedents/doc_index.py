"""DocIndex: an article's named mentions by position, by name word and by entity; built once.

Every ranking reads it: the named mentions in text order (with sentence, quotation and
subject role), the entity at each token, and per entity its gender, party, titles and
descriptor nouns. It also holds the look-ups the speaker resolver asks of an article (the
latest person, the body a description fits, the most prominent person for a role).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.agency_names import AGENCY_PLURAL_FIT, agency_by_plural_head
from newsmine.nlp.antecedents.body_words import (
    _ANY_BODY_HEADS,
    _BODY_LABELS,
    _COMPANY_DESCRIPTORS,
    _NOT_COMPANY_WORDS,
    _NOT_GROUP_WORDS,
    _PARTY_ACRONYMS,
    _PARTY_NAMES,
    _US_SPELLING,
    COMPANY_HEADS,
    COMPANY_LEGAL_FORMS,
    NONPROFIT_HEADS,
    NONPROFIT_NAME_WORDS,
    POLICE_UNION_WORDS,
    no_company_name,
    outlet_name,
)
from newsmine.nlp.antecedents.call_signs import STATION_FIT, STATION_HEADS, is_call_sign
from newsmine.nlp.antecedents.cluster_words import (
    _PARTY_WORDS,
    _appositive_words,
    _companies_as_places,
    _descriptor_words,
    _is_family,
    _party_words,
    _predicate_words,
)
from newsmine.nlp.antecedents.gender import (
    _gender_from_lone_name,
    _gender_from_names,
    _gender_from_pronouns,
    _gender_from_titles,
)
from newsmine.nlp.antecedents.named import _Named, is_subject
from newsmine.nlp.antecedents.office_verbs import office_words_of_verbs
from newsmine.nlp.antecedents.system_bodies import SYSTEM_HEAD, system_fit
from newsmine.nlp.antecedents.weights import _BODY_SENTENCES, _MAX_LOOKBACK
from newsmine.nlp.attribution import DocContext, doc_text
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.word_lists import ABBREVIATIONS, title_words
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from newsmine.nlp.quote_marks import find_quoted

# Labels the recogniser gives a group's name when it reads it as a title or a brand ("Black
# Lives Matter", "Sandy Hook Promise"): "the group" may still stand for such a name.
_MISLABELLED_BODIES = ("WORK_OF_ART", "PRODUCT")
# The nouns written next to a name that make it a newspaper's ("the daily Asahi", "the Tribune,
# a tabloid,"): it fits "the newspaper" as an outlet the list knows does.
_PRESS_DESCRIPTORS = frozenset({"newspaper", "paper", "daily", "tabloid"})


def _proper_owner(word: str) -> str | None:
    """The owner a title's word written as a capitalised possessive names, lower-cased and
    without its ending ("Clinton's" of "Clinton's campaign manager" → "clinton", "Veterans'" →
    "veterans"), else None. Only the possessive ending goes: stripping every quote mark and "s"
    at both ends, as before leftovers62, made "Sen." "en." and a plural title word a singular one
    ("Veterans Affairs Secretary" held "veteran", "Fire Chiefs Association President" "chief").
    A common noun's owner ("the earlier study's lead author", "the company's founder") is no
    word of the person's title: "the study" is not its author. Nor an office owned ("the
    Governor's deputy" holds no governor's office, so "the governor" is not she)."""
    if not word[:1].isupper():
        return None
    lower = word.lower()
    if lower.endswith(("'s", "’s")):
        owner = lower[:-2]
    elif lower.endswith(("s'", "s’")):
        owner = lower[:-1]
    else:
        return None
    return owner if owner not in title_words() else None


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
        if node.i == subject.i or any(c.dep_ in NOUN_SUBJECT_DEPS for c in node.children):
            return False
    return False


# Place descriptions by the kind of place they take: "the state" is a US state named before
# rather than the city the passage is about ("Flint … Michigan … The state admitted"); a town
# or a city is no state or country, and a country no US state.
_STATE_HEADS = frozenset({"state"})
_TOWN_HEADS = frozenset({"city", "town", "village"})
_COUNTRY_HEADS = frozenset({"country", "nation"})
# Last words of a region's name: a county or a province is no "town" or "city" (desc52).
_REGION_WORDS = frozenset({"county", "parish", "province", "borough", "region", "prefecture"})
# Names of a state and of its city alike: "New York … the city" is mostly the city.
_CITY_STATES = frozenset({"new york"})
# The states news write by abbreviation after a town ("Palm Beach Gardens, Fla."), dots
# removed, and Georgia, which the list of places keeps among countries.
STATE_ABBREVIATIONS = frozenset({
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "nh", "nj", "nm", "ny", "nc",
    "nd", "okla", "ore", "pa", "ri", "sc", "sd", "tenn", "tex", "vt", "va", "wash", "wva", "wis", "wyo",
    "georgia",
})  # fmt: skip


def _place_kind_fit(name: str, head: str) -> float:
    """How well a place named ``name`` fits a place description's ``head``: 3 for the kind
    the head names (a US state for "the state"), 1 for a kind it cannot be (a state or a
    country for "the town", a US state for "the country"), else 2 as any place."""
    place = name.lower().removeprefix("the ").strip(" .")
    states = lexicons.load_block("places", "US states")
    countries = lexicons.load_block("places", "Countries and common short forms")
    if head in _STATE_HEADS and (place in states or place.replace(".", "").replace(" ", "") in STATE_ABBREVIATIONS):
        return 3.0
    if head in _TOWN_HEADS and place not in _CITY_STATES and (place in states or place in countries):
        return 1.0
    if head in _TOWN_HEADS and place.split()[-1:] and place.split()[-1] in _REGION_WORDS:
        return 1.0  # "Harlan County" is no town: "The town filed a lawsuit against Harlan County"
    if head in _COUNTRY_HEADS and place in states:
        return 1.0
    return 2.0


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


def _roles_played(doc: Doc, clusters: list[EntityCluster], cluster_of: dict[int, EntityCluster]) -> set[int]:
    """The ids of the people a review names as characters: a name followed by another person's
    name in parentheses ("Nora (Maya Ortiz)", the cast's convention), a part the actor plays.
    Such a name is no other person between an actor and "the actress said"."""
    played: set[int] = set()
    for cluster in clusters:
        if cluster.label != "PERSON":
            continue
        for mention in cluster.mentions:
            end = mention.end
            if end + 2 < len(doc) and doc[end].text == "(":
                actor = cluster_of.get(end + 1)
                if actor is not None and actor is not cluster and actor.label == "PERSON":
                    played.add(id(cluster))
    return played


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
                        is_subject(root),
                        root.dep_ == "poss",
                        cluster,
                    )
                )
        self.roles_played = _roles_played(doc, clusters, self.cluster_of)
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
        # a person's predicate nouns ("Lee is a county commissioner"): another office's title
        # that keeps a description of one from them (speakers.people._titled_or_just_named)
        self.predicated_as: dict[int, set[str]] = {}
        # the other words of the public titles a definite description gave a person ("state" and
        # "kentucky" of "the Kentucky secretary of state"): what a later "the secretary of state"
        # must match to be that title again (speakers.titled_people._titled; desc61)
        self.title_phrase_words: dict[int, set[str]] = {}
        # the heads of the speaker descriptions resolved to a body so far ("the union" for the
        # Teamsters): what the article has called it, which a description of another kind is not
        self.called: dict[int, set[str]] = {}
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
                self.described_as[id(cluster)] = _appositive_words(cluster) | office_words_of_verbs(cluster)
                self.predicated_as[id(cluster)] = _predicate_words(cluster, self.in_quote)
            elif cluster.label in _BODY_LABELS:
                self.descriptors[id(cluster)] = _descriptor_words(doc, cluster)
        self.companies_as_places = _companies_as_places(clusters)
        self._bodies_missed = self._body_names_missed(clusters)
        self._bodies_missed_starts = [n.start_char for n in self._bodies_missed]
        for key, gender in _gender_from_pronouns(context, named, self.in_quote, self.gender).items():
            self.gender.setdefault(key, gender)
        for cluster in clusters:
            lone = _gender_from_lone_name(cluster, female, male) if cluster.label == "PERSON" else None
            if lone is not None:
                self.gender.setdefault(id(cluster), lone)  # "Hillary", after the pronouns: "Clinton" may be her

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
            if token.pos_ not in ("PROPN", "NOUN") and token.dep_ not in NOUN_SUBJECT_DEPS:
                continue  # a verb, unless parsed as a subject ("Trump himself was delighted", tagged a verb)
            if i + 1 < len(self.doc) and self.doc[i + 1].pos_ == "PROPN":
                continue  # "Trump Tower", "Lee Street": another name; a sentence's first "Trump" is often read as a noun
            missed.append(
                _Named(token.idx, i, self.sentence_of[i], False, is_subject(token), token.dep_ == "poss", cluster)
            )
        return missed

    def _body_names_missed(self, clusters: list[EntityCluster]) -> list[_Named]:
        """An organisation's one-word name the recogniser left out of every entity further on
        ("Twitter said in a statement … Twitter acknowledged that the issue remained tricky.
        '…,' the company said", with the second "Twitter" untagged), as a candidate for the
        descriptions after it ("the company"), not for pronouns: capitalised, outside quotation
        marks, the name of one organisation only and no word of a person's name, not inside a
        longer name. Not added to ``cluster_of``, as :meth:`_surnames_missed`."""
        owner: dict[str, EntityCluster | None] = {}
        person_words: set[str] = set()
        for cluster in clusters:
            if cluster.label == "PERSON":
                person_words.update(cluster.name.split())
            elif cluster.label == "ORG" and len(cluster.name.split()) == 1 and cluster.name[:1].isupper():
                owner[cluster.name] = cluster if owner.get(cluster.name, cluster) is cluster else None
        names = [name for name, cluster in owner.items() if cluster is not None and name not in person_words]
        missed: list[_Named] = []
        for i in token_indices(self.doc, ORTH, names) if names else ():
            token = self.doc[i]
            if i in self.cluster_of or self.in_quote[i] or token.ent_type_ or token.pos_ != "PROPN":
                continue
            if (i + 1 < len(self.doc) and self.doc[i + 1].pos_ == "PROPN") or (i > 0 and self.doc[i - 1].pos_ == "PROPN"):
                continue  # "Twitter Inc", "Liberty and National Security Program": part of another name
            missed.append(
                _Named(token.idx, i, self.sentence_of[i], False, is_subject(token), token.dep_ == "poss", owner[token.text])
            )
        return missed

    # --- look-ups ----------------------------------------------------------------------

    def note_mention(self, mention: Span, cluster: EntityCluster) -> None:
        """A speaker mention resolved to ``cluster`` ("he", "the senator"): a later pronoun may
        continue from it as from a name."""
        root = mention.root
        if cluster.label in _BODY_LABELS and root.pos_ == "NOUN":
            self.called.setdefault(id(cluster), set()).add(root.lower_)
        k = bisect_left(self.named_starts, mention.start_char)
        if k < len(self.named) and self.named[k].start_char == mention.start_char:
            return
        entry = _Named(
            mention.start_char, root.i, self.sentence_of[root.i], self.in_quote[root.i],
            is_subject(root), root.dep_ == "poss", cluster,
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

    def is_company(self, cluster: EntityCluster) -> bool:
        """Whether a body is named with a company's legal form ("Acme Corp.", "Bayside Group LLC")."""
        return _named_with_legal_form(cluster, set(cluster.name.lower().replace("-", " ").split()))

    def people_before(self, offset: int, everyone: bool = False) -> list[EntityCluster]:
        """People named before ``offset``, latest first; only those of the last _MAX_LOOKBACK
        named mentions unless ``everyone``."""
        recent = self._recent(offset) if not everyone else reversed(self.named[: bisect_left(self.named_starts, offset)])
        return _distinct_people(recent)

    def people_after(self, offset: int) -> list[EntityCluster]:
        return _distinct_people(self.named[bisect_left(self.named_starts, offset) :])

    def title_words(self, cluster: EntityCluster) -> set[str]:
        """The words of a person's titles, and a proper possessive owner's without its ending
        (:func:`_proper_owner`: "clinton" of "Clinton's campaign manager")."""
        words = {ABBREVIATIONS.get(w, w) for title in cluster.titles for w in title.lower().replace("-", " ").split()}
        words |= {title.lower() for title in cluster.titles}
        words |= {owner for title in cluster.titles for w in title.replace("-", " ").split() if (owner := _proper_owner(w))}
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

    def prominent_for_role(
        self, mention: Span, modifiers: list[str], headline: bool, refused: Callable[[EntityCluster], bool] | None = None
    ) -> EntityCluster | None:
        """'the Republican nominee': the most prominent person named in the preceding sentences
        whose party and gender do not contradict the description, and whom ``refused`` (the
        caller's test of what the role cannot be) does not set aside."""
        sentence = self.sentence_of[mention.root.i]
        head = mention.root.lower_
        # "the Democrat" names the party by its head ("the Republican nominee" by a modifier)
        party = {_PARTY_WORDS[w] for w in [*modifiers, head] if w in _PARTY_WORDS}
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
            if refused is not None and refused(cluster):
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
        if not ranked:
            return None
        if self.mention_count.get(id(ranked[0][1]), 0) < 2 and not self._only_one_of_the_party(ranked, party):
            return None
        return ranked[0][1]

    def _only_one_of_the_party(self, ranked: list[tuple[float, EntityCluster]], party: set[str]) -> bool:
        """Whether the first of ``ranked`` is the one person of them the article set off as of
        ``party`` ("Tom Price, a Democrat," for "the Democrat" though named once; xfail54): a
        party said of someone names them as surely as a second mention."""
        if not party:
            return False
        of_the_party = [c for _, c in ranked if party & self.party.get(id(c), set())]
        return len(of_the_party) == 1 and of_the_party[0] is ranked[0][1]

    def body_for_description(
        self, head: str, type_words: tuple[str, ...], offset: int, headline: bool, sentence: int = -1
    ) -> EntityCluster | None:
        """'the newspaper' -> the latest outlet; 'the fund' -> '… Fund'; 'the agency' -> the latest
        agency; 'the group' -> a body named in the last sentences before ``sentence``. The
        candidates are the latest named mentions before ``offset`` and the repeats of a one-word
        body name the recogniser missed (:meth:`_body_names_missed`); in a headline, the mentions
        after it too."""
        best: tuple[float, int, EntityCluster] | None = None
        candidates = self._recent(offset)
        # Only the last _MAX_LOOKBACK missed names before ``offset`` can stay among the
        # _MAX_LOOKBACK latest candidates: the look-up stays linear however many there are.
        last = bisect_left(self._bodies_missed_starts, offset)
        missed = self._bodies_missed[max(0, last - _MAX_LOOKBACK) : last]
        if missed:
            candidates = sorted(candidates + missed, key=lambda n: n.start_char, reverse=True)[:_MAX_LOOKBACK]
        if headline:
            candidates += self.named[bisect_left(self.named_starts, offset) :]
        seen: set[int] = set()
        for rank, n in enumerate(candidates):
            cluster = n.cluster
            # a title in quotation marks is a work's ('the album "Moon Music"', 'a report titled
            # "Hungry Nation"'), never a group's name the recogniser mislabelled
            mislabelled = head in _ANY_BODY_HEADS and cluster.label in _MISLABELLED_BODIES and not n.in_quote
            if (cluster.label not in _BODY_LABELS and not mislabelled) or id(cluster) in seen:
                continue
            if head in _ANY_BODY_HEADS and n.in_quote and self.doc[n.token].dep_ == "compound":
                # '"… insulting a Gold Star family." According to the organization': a name in
                # someone's words that only modifies a noun names no body that speaks; a mention
                # of it outside the quotation may still be taken (probe57)
                continue
            seen.add(id(cluster))
            fit = self._body_fit(cluster, head, type_words)
            if fit <= 0 or (head in _ANY_BODY_HEADS and fit < 2 and sentence - n.sentence > _BODY_SENTENCES + 1):
                continue  # "the group" is any body only when one was named just before
            # Of bodies that fit as well, the subject of the sentence just before: "Halvorsen
            # Foods said it had agreed to buy Brightmoor Dairy … The company said": the buyer
            previous_subject = n.subject and not n.in_quote and sentence >= 0 and sentence - n.sentence == 1
            key = (fit, previous_subject, -rank, cluster)
            if best is None or key[:3] > best[:3]:
                best = key
        return best[3] if best is not None else None

    def _body_fit(self, cluster: EntityCluster, head: str, type_words: tuple[str, ...]) -> float:
        name_words = {_US_SPELLING.get(w, w) for w in cluster.name.lower().replace("-", " ").split()}
        descriptors = self.descriptors.get(id(cluster), set())
        if "gpe" in type_words and cluster.label != "GPE" and _US_SPELLING.get(head, head) not in name_words:
            return 0.0  # "the state" is a place, never a body a parse set next to the word ("the U.S. Senate")
        if head == SYSTEM_HEAD and type_words[:1] == (SYSTEM_HEAD,) and head not in descriptors:
            return system_fit(name_words, type_words)  # "the school system": a body that runs one, not one school
        if head == "police" and name_words & POLICE_UNION_WORDS:
            return 0.0  # "the Police Benevolent Association": the officers' union, never "police"
        if _US_SPELLING.get(head, head) in name_words or head in descriptors:
            return 3.0  # "the center" for the "European Centre for a Modern Ukraine" too
        if head in STATION_HEADS and cluster.label in ("ORG", "FAC") and is_call_sign(cluster.name):
            return STATION_FIT  # "KTVX, the ABC affiliate … The station said": the call letters
        if "outlet" in type_words and cluster.label in ("ORG", "FAC") and (outlet_name(cluster.name) or descriptors & _PRESS_DESCRIPTORS):
            # a known outlet fits "the newspaper" as well as one an apposition called a
            # newspaper ("the local newspaper, the Valley Courier") or one the article calls a
            # daily ("the daily Asahi", whose name no list holds): the latest of them is meant
            return 3.0
        if head in COMPANY_HEADS and descriptors & _COMPANY_DESCRIPTORS:
            return 3.0  # "the oil giant Exxon Mobil … The company reported"
        if "gpe" in type_words:
            return _place_kind_fit(cluster.name, head)
        if head == "party" and cluster.name.lower() in _PARTY_NAMES:
            # "the GOP … The party today agrees": a party named by its nickname (an organisation)
            # is as much a party as one named "… Party", so the latest of them is the one meant;
            # its members ("Republicans") are a weaker cue
            return 3.0 if cluster.label == "ORG" else 2.0
        if head in COMPANY_HEADS and id(cluster) in self.companies_as_places:
            return 0.5  # "Verizon" tagged a place, but "Verizon executives" say otherwise
        if cluster.label in _MISLABELLED_BODIES and head in _ANY_BODY_HEADS:
            # "Black Lives Matter issued a statement … the group said": a group's name tagged a
            # title or a product fits "the group", named just before, less than a body tagged
            # as one (a report's title named after the group is not the group)
            return 0.75
        if cluster.label not in ("ORG", "FAC") and not (cluster.label == "NORP" and head == "party"):
            return 0.0
        if "outlet" in type_words:
            return 2.0 if outlet_name(cluster.name) else 0.0
        if head in NONPROFIT_HEADS and _named_with_legal_form(cluster, name_words):
            return 0.0  # "Kessler Group Inc. … the nonprofit": a company by its legal form
        if name_words & set(type_words):
            return 2.0
        acronym = cluster.name.isupper() and len(cluster.name) <= 5
        if head == "agency" and acronym and cluster.name not in _PARTY_ACRONYMS:
            return 2.0  # "the FBI … the agency": an agency is mostly written as its initials
        if agency_by_plural_head(head, cluster.name):
            return AGENCY_PLURAL_FIT  # "the Centers for Disease Control and Prevention … The agency said"
        if head in ("bureau", "department", "administration") and acronym:
            return 1.0
        if head in _ANY_BODY_HEADS:
            # "the group" after the National Rifle Association: any body that is not an outlet,
            # a party or a public office
            if cluster.label != "ORG" or outlet_name(cluster.name) or name_words & _NOT_GROUP_WORDS:
                return 0.0
            return 0.5 if acronym and cluster.name in ("GOP", "DNC", "RNC") else 1.0
        if head in COMPANY_HEADS or head == "bank":
            if cluster.label != "ORG" or no_company_name(name_words, cluster.name.lower().split()[-1]):
                return 0.0
            if self.called.get(id(cluster), set()) & _NOT_COMPANY_WORDS:
                # "The Teamsters and UPS reached a deal. The union said …. The company said": a
                # body the article has called a union (an agency, a party …) is not the company
                return 0.0
            return 0.25 if acronym else 0.5  # "NAACP", "DNC": initials are mostly bodies, not firms
        return 0.0


_FOOD_BANK = frozenset({"food", "bank"})


def _named_with_legal_form(cluster: EntityCluster, name_words: set[str]) -> bool:
    """Whether a company's legal form ("Inc.", "LLC") is written in or just after a name of the
    cluster: "Bayside Group LLC" may be named "Bayside Group", the form left outside the span.
    A name that says it is a nonprofit ("Harbor Food Bank Inc.", "… Foundation Inc.") is none."""
    bare_words = {word.strip(",") for word in name_words}  # "Harbor Food Bank, Inc."
    if bare_words & NONPROFIT_NAME_WORDS or _FOOD_BANK <= bare_words:
        return False
    if name_words & COMPANY_LEGAL_FORMS:
        return True
    return any(m.end < len(m.doc) and m.doc[m.end].lower_ in COMPANY_LEGAL_FORMS for m in cluster.mentions)
