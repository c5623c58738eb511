"""Which cluster a short form joins, and the clusters under construction.

:func:`_joins` says whether a mention can be a short form of a cluster's name ("Guterres",
"UN", "the Post", "Bill" for "William"). :class:`_ClusterBuilder` holds the clusters, indexed
by first and last name token and by acronym, with running label tallies, and chooses between
relatives who share a surname (:meth:`_ClusterBuilder.nearest`).
"""

from __future__ import annotations

import collections
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.candidates import _Candidate, _first_named_body, _full_person_name
from newsmine.nlp.entities.gender_cues import (
    _first_name_gender,
    _honorific_gender,
    _pronoun_gender,
    _subject_pronoun_gender,
)
from newsmine.nlp.entities.labels import _NAME_LABELS
from newsmine.nlp.entities.name_spans import _NAME_PARTICLES, _lower_case_words
from newsmine.nlp.entities.names import (
    _INVERTIBLE_BODIES,
    _NAME_SUFFIXES,
    _acronyms,
    _inverted_body,
    _nickname_form,
    _surname,
    _without_legal_form,
)
from newsmine.nlp.entities.not_names import _title_case
from newsmine.nlp.entities.place_labels import _listed_with
from newsmine.nlp.entities.speaking_relatives import one_paragraph_on, speaks
from newsmine.nlp.entities.titles import _appositive_title, _title_before_comma, _titles_before
from newsmine.nlp.entities.word_lists import _ABBREVIATIONS, _first_names, _known_first_name, _title_words

if TYPE_CHECKING:
    from collections.abc import Callable

# The generic last word of a pollster's name that articles drop before "poll" ("a Quinnipiac
# poll" for "Quinnipiac University", "a Marist poll" for "Marist College").
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
_POLLSTER_ENDINGS = frozenset({"university", "college", "reports", "institute", "polling", "poll", "research", "inc", "corp", "group"})  # fmt: skip
# The last word of a company's or a school's name that articles drop after naming it once in full
# ("Skyward Airlines … Skyward said", "Seacrest Senior Living … Seacrest", "Bain Capital … Bain").
# A body's part or offshoot is named otherwise ("Senate Intelligence Committee", "Planned
# Parenthood Action Fund", "Clinton Foundation", "Obama White House"): those words are not here.
_COMPANY_ENDINGS = frozenset({
    "airlines", "airline", "airways", "motors", "motor", "capital", "partners", "computer", "computers", "chemical",
    "chemicals", "media", "living", "publishing", "pharmaceuticals", "industries", "holdings", "energy", "foods",
    "communications", "technologies", "systems", "stores", "markets", "entertainment", "investments",
    "software", "labs", "networks", "solutions", "robotics", "therapeutics", "biosciences", "semiconductor",
    "pharma", "logistics", "brands", "apparel", "telecom", "alliance", "group", "company", "corporation", "dynamics",
    "maritime", "shipping", "lines",
    # a hospital group's and a utility's ("Meridian Health … Meridian said", "Redline Water Co. …
    # Redline said": probe47c, the short form tagged a nationality or a person by turns)
    "health", "water",
})  # fmt: skip
# A school's: its first word is often a place's name when more words follow ("Jackson State
# University", "Nashua Community College", and "from Nashua" is the city), so only "Bucknell
# University" gives "Bucknell".
_SCHOOL_ENDINGS = frozenset({"university", "college"})


def _first_surname(cand: _Candidate, lower_words: frozenset[str]) -> str | None:
    """The first of a person's two surnames ("ramírez" of "Claudia Ramírez Ochoa"): Spanish
    names carry the father's surname and then the mother's, and news call the person by the
    first alone ("Ramírez said") or with the first name ("Javier Ramírez" for Javier Ramírez
    Ochoa; "Nancy Davis" for Nancy Davis Reagan). The middle word of a name of three
    capitalised words written apart in the body, when it is no first name of the lists ("Mary
    Louise Smith"), no particle or suffix, and the last word is never written in lower case:
    a headline's "Bernie Sanders Pins", a "Donald Trump-led" or "Ted Cruz 1" is no name of
    three. None otherwise."""
    tokens, span = cand.tokens, cand.span
    if len(tokens) != 3 or len(span) < 3 or tokens[-1] in _NAME_SUFFIXES or tokens[-1] in lower_words:
        return None
    words = span[-3:]
    if any(not (t.is_alpha and t.is_title) for t in words) or any(t.whitespace_ != " " for t in words[:2]):
        return None
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if not line_start or _title_case(text[line_start : line_end if line_end != -1 else len(text)]):
        return None  # a headline's or a subhead's title case ("Bernie Sanders Pins The Rise Of …")
    if words[-1].tag_ != "NNP":
        return None  # "‘Donald Trump Leads’": a verb the tagger tells
    middle = tokens[1]
    if middle in _NAME_PARTICLES or middle in _first_names():
        return None
    return middle


# What a name alone tagged a body does when it stands for a person: it acts or owns.
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


def _joins(short: _Candidate, cluster_tokens: tuple[str, ...], cluster_label: str, first_surname: str | None = None) -> bool:
    """Whether a shorter mention can be a short form of a cluster's name (``first_surname``:
    the first of the person's two surnames, see :func:`_first_surname`)."""
    toks = short.tokens
    if cluster_label == "PERSON" and short.label == "PERSON" and _nickname_form(toks, cluster_tokens):
        return True
    if not toks or len(toks) >= len(cluster_tokens):
        return False
    if cluster_label == "PERSON":
        # "Guterres" or "António" for "António Guterres"; "Hillary Clinton" for "Hillary Rodham Clinton".
        if short.label in ("EVENT", "LAW"):
            # "Pelosi" tagged an event, "Icahn" a law: the surname alone of a person named in full
            return len(toks) == 1 and toks[0] == _surname(cluster_tokens) and short.span[0].is_title
        if short.label not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"):
            return False
        if short.label == "GPE" and " ".join(toks) in lexicons.load("places"):
            # "Phoenix" is the city, unless the article names a person Phoenix and this one
            # acts or speaks ("Phoenix said"): then it is the person's surname.
            acting = short.span.root.dep_ in ("nsubj", "nsubjpass", "poss")
            return len(toks) == 1 and toks[0] == _surname(cluster_tokens) and acting
        if len(toks) == 1:
            if toks[0] in (cluster_tokens[0], _surname(cluster_tokens)):
                return True
            if toks[0] == first_surname and (short.label == "PERSON" or short.span.root.dep_ in _ACTING_DEPS):
                # "Ramírez" for "Claudia Ramírez Ochoa", whatever the recogniser's tag when it
                # acts: a surname alone is often tagged a body ("Villanueva struck a softer
                # tone" ORG). Not a body or a place after a preposition ("a loan from Chase",
                # "residents of Garcia"), which a middle name of a person may also name.
                return True
            # "Lula" of "Luiz Inácio Lula da Silva": a long (Portuguese, Spanish) full name's
            # inner word is the name the person goes by
            inner = cluster_tokens[1:-1]
            return short.label == "PERSON" and len(cluster_tokens) >= 4 and toks[0] in inner and toks[0] not in _NAME_PARTICLES
        if first_surname is not None and toks == cluster_tokens[:2] and toks[1] == first_surname:
            return True  # "Javier Ramírez" for "Javier Ramírez Ochoa"
        return toks[-1] == cluster_tokens[-1] and set(toks) <= set(cluster_tokens)
    if (
        short.label == "PERSON"
        and len(toks) == 1
        and len(cluster_tokens) == 2
        and toks[0] == cluster_tokens[-1]
        and _known_first_name(cluster_tokens[0])
    ):
        return True  # "Fiorina said" joins "Carly Fiorina", which the model called an organisation
    if cluster_label == "ORG" and short.label in ("ORG", "PERSON", "PRODUCT") and _leading_short_form(toks, cluster_tokens):
        return True  # "Skyward said" -> "Skyward Airlines" (never "Trump" -> "Trump University": see cluster_entities)
    if short.label != cluster_label and not (short.label in _NAME_LABELS and cluster_label in _NAME_LABELS):
        return False
    if len(toks) == 1 and len(toks[0]) >= 2 and toks[0] in _acronyms(cluster_tokens):
        # "UN" -> "United Nations", "FBI" -> "Federal Bureau of Investigation", "DOJ"; not a
        # news agency's own initials to another name ("(AP)" of a dateline is no "Apostolic
        # Palace"), only to an outlet's ("BBC" -> "British Broadcasting Corporation")
        return toks[0] not in lexicons.load("outlets") or _outlet_name(cluster_tokens)
    if cluster_label == "ORG" and _inverted_body(toks, cluster_tokens):
        return True  # "the Justice Department" -> "Department of Justice"
    if cluster_label == "ORG" and short.label == "ORG" and toks == _without_legal_form(cluster_tokens):
        return True  # "Halden Foods" -> "Halden Foods Inc.", whichever the article writes first
    if (
        cluster_label == "ORG"
        and len(toks) == 1
        and len(cluster_tokens) == 2
        and toks[0] == cluster_tokens[0]
        and cluster_tokens[1] in _POLLSTER_ENDINGS
        and short.span.end < len(short.span.doc)
        and short.span.doc[short.span.end].lower_ in _POLL_WORDS
    ):
        return True  # "a Quinnipiac poll" -> "Quinnipiac University" (never "Trump" -> "Trump University")
    if cluster_label == "ORG" and len(toks) == 1 and (_without_legal_form(cluster_tokens) or cluster_tokens) == (toks[0], "news"):
        return True  # "NBC" -> "NBC News", "Fox" -> "Fox News", "Breitbart" -> "Breitbart News LLC"
    if cluster_label in ("ORG", "FAC") and short.label == cluster_label:
        # "the Post" -> "The New York Post": a trailing part of the name. Not "the House" ->
        # "the White House": "House" alone is the chamber ("passed the Senate but never got a
        # vote in the House", "House Speaker Paul Ryan"), another body
        # ("the Obama White House" neither). A one-word portfolio of an office ("Secretary of
        # State", "the departments of State, Interior") is no short form of a name ending in it
        # ("Islamic State", "the Granite State"), only of the office's own body ("Department of
        # State").
        n = len(toks)
        if cluster_tokens[-n:] != toks or (toks == ("house",) and cluster_tokens[-2:] == ("white", "house")):
            return False
        if len(cluster_tokens) > n and cluster_tokens[-n - 1] == "for":
            return False  # "Justice officials" is no short form of the "Brennan Center for Justice": its purpose
        return not (n == 1 and _office_portfolio(short.span) and not _office_name(cluster_tokens))
    return False


def _leading_short_form(toks: tuple[str, ...], cluster_tokens: tuple[str, ...]) -> bool:
    """Whether one word is a company's or a school's name without its generic ending: the
    name's first word, one or two words before a word of :data:`_COMPANY_ENDINGS` ("Seacrest"
    for "Seacrest Senior Living"), right before a school's ending ("Bucknell University"), or
    its only word before a legal form ("Pfizer" for "Pfizer Inc.", which the recogniser tagged
    a person)."""
    if len(toks) != 1 or len(cluster_tokens) < 2 or toks[0] != cluster_tokens[0]:
        return False
    body = _without_legal_form(cluster_tokens) or cluster_tokens
    if body[-1] in _SCHOOL_ENDINGS:
        return len(body) == 2
    return len(body) == 1 or (2 <= len(body) <= 3 and body[-1] in _COMPANY_ENDINGS)


# Words of news organisations' full names, which their initials stand for ("British
# Broadcasting Corporation", "Cable News Network", "United Press International").
_MEDIA_WORDS = frozenset({"broadcasting", "news", "press", "presse", "network", "radio", "television", "newspapers"})


def _outlet_name(cluster_tokens: tuple[str, ...]) -> bool:
    """Whether a name is a news outlet's: listed as one, or holding a word of the trade."""
    return " ".join(cluster_tokens) in lexicons.load("outlets") or not _MEDIA_WORDS.isdisjoint(cluster_tokens)


# Offices and government bodies whose "of" phrase names a portfolio ("Secretary of State",
# "Minister of Finance", "the departments of State, Interior, Labor").
_OFFICE_WORDS = frozenset({"secretary", "secretaries", "department", "departments", "minister", "ministers", "ministry", "ministries"})  # fmt: skip


def _office_portfolio(span: Span) -> bool:
    """Whether ``span`` is the word after an office's "of" ("Secretary of [State]")."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _OFFICE_WORDS


def _office_name(tokens: tuple[str, ...]) -> bool:
    """Whether a body's name is an office's ("Department of State", "Florida Department of State")."""
    return len(tokens) >= 3 and tokens[-2] == "of" and tokens[-3] in _OFFICE_WORDS


def _vote(votes: dict[str, float], cand: _Candidate) -> None:
    votes[cand.label] = votes.get(cand.label, 0.0) + 1.0 + (len(cand.tokens) > 1)


def _majority(votes: dict[str, float], first: str) -> str:
    # Deterministic tie-break: the label of the longest, earliest mention (the first member).
    return max(votes, key=lambda lab: (votes[lab], lab == first))


@dataclass(slots=True)
class _Cluster:
    tokens: tuple[str, ...]  # the name tokens of the mention that founded it
    members: list[int]  # candidate indices, in the order they joined
    votes: dict[str, float]
    starts: list[int]  # token starts of the members, sorted
    number: int  # creation order: ties go to the earlier cluster
    # Votes of its surname alone tagged other than PERSON ("Rahane" PRODUCT six times): they
    # count only when the full name was never tagged a person.
    surname_slips: dict[str, float] = field(default_factory=dict)
    full_name_person: bool = False  # the founding name (two words or more) was tagged PERSON
    named_person: bool = False  # a member is a person by first name or honorific (_full_person_name)
    honorific_gender: str | None = None  # 'm' or 'f' from the first member written with Mr./Ms./...
    first_named_body: bool = False  # a member is a known first name and a surname the model called a body
    listed_with_people: bool = False  # such a member is joined by "and" / a comma to a person's name
    listed_with_bodies: bool = False  # … or to an organisation's ("Goldman Sachs, Morgan Stanley")
    surname_alone: bool = False  # a member is the founding name's last word alone ("Fiorina")
    first_surname: str | None = None  # "ramírez" of "Claudia Ramírez Ochoa" (_first_surname)


class _ClusterBuilder:
    """Clusters under construction, indexed so that a mention meets only the clusters it could
    join (same last or first name token, or an acronym), and a cluster's label and nearest
    mention come from running tallies: a pass over every cluster and member for every mention
    made an article with thousands of entities take minutes. Same results as those passes.
    """

    def __init__(self, candidates: list[_Candidate], text: str):
        self.candidates = candidates
        self.text = text  # the article, to tell whether two mentions share a paragraph
        self.clusters: list[_Cluster] = []
        self.by_name: dict[tuple[str, ...], _Cluster] = {}
        self._by_first: dict[str, list[_Cluster]] = {}
        self._by_last: dict[str, list[_Cluster]] = {}
        self._by_acronym: dict[str, list[_Cluster]] = {}
        self._by_inner: dict[str, list[_Cluster]] = {}  # "lula" for "Luiz Inácio Lula da Silva"
        self._surname_genders: dict[str, str | None] = {}
        self._lower_words: frozenset[str] | None = None  # read once, at the first cluster

    def found(self, k: int) -> None:
        tokens = self.candidates[k].tokens
        cluster = _Cluster(tokens, [], {}, [], len(self.clusters))
        self.clusters.append(cluster)
        self.by_name[tokens] = cluster
        self._by_first.setdefault(tokens[0], []).append(cluster)
        self._by_last.setdefault(tokens[-1], []).append(cluster)
        if _surname(tokens) != tokens[-1]:
            self._by_last.setdefault(_surname(tokens), []).append(cluster)  # "Trump" for "Donald Trump Jr."
        body = _without_legal_form(tokens)
        if body is not None:
            self._by_last.setdefault(body[-1], []).append(cluster)  # "Halden Foods" for "Halden Foods Inc."
        if self._lower_words is None:
            self._lower_words = _lower_case_words(self.candidates[k].span.doc)
        cluster.first_surname = _first_surname(self.candidates[k], self._lower_words)
        if cluster.first_surname is not None:
            self._by_last.setdefault(cluster.first_surname, []).append(cluster)  # "Ramírez" for "Claudia Ramírez Ochoa"
        for acronym in _acronyms(tokens):
            self._by_acronym.setdefault(acronym, []).append(cluster)
        if len(tokens) >= 4:
            for inner in tokens[1:-1]:
                self._by_inner.setdefault(inner, []).append(cluster)
        self.add(cluster, k)

    def add(self, cluster: _Cluster, k: int) -> None:
        cand = self.candidates[k]
        cluster.members.append(k)
        surname_alone = len(cluster.tokens) >= 2 and cand.tokens == (_surname(cluster.tokens),)
        surname_slip = cand.label != "PERSON" and surname_alone
        if not (cand.label != "ORG" and _leading_short_form(cand.tokens, cluster.tokens)):
            # "Skyward said" tagged a person says nothing against "Skyward Airlines" being a company
            _vote(cluster.surname_slips if surname_slip else cluster.votes, cand)
        if cand.label == "PERSON" and len(cand.tokens) >= 2 and cand.tokens == cluster.tokens:
            cluster.full_name_person = True
        cluster.named_person = cluster.named_person or _full_person_name(cand)
        cluster.first_named_body = cluster.first_named_body or _first_named_body(cand)
        if _first_named_body(cand):
            listed = _listed_with(cand.span)
            cluster.listed_with_people = cluster.listed_with_people or "PERSON" in listed
            cluster.listed_with_bodies = cluster.listed_with_bodies or bool(listed - {"PERSON"})
        cluster.surname_alone = cluster.surname_alone or (
            surname_alone and cand.span[0].is_title
        )
        cluster.honorific_gender = cluster.honorific_gender or _honorific_gender(cand.span)
        cluster.starts.insert(bisect_right(cluster.starts, cand.span.start), cand.span.start)

    def label(self, cluster: _Cluster) -> str:
        """The majority label of the members, except that a person named in full stays a
        person: whatever its short forms were tagged when the first name or an honorific
        says so ("Michael R. Lee" with "Lee" an outlet by the curated list), and whatever its
        surname alone was tagged otherwise ("Rahane" PRODUCT six times, "Adeyemi" LOC)."""
        if cluster.named_person or (cluster.first_named_body and (cluster.surname_alone or self._listed_as_person(cluster))):
            # "Carly Fiorina … Fiorina said", both called an organisation: a known first name,
            # and the surname alone for short, as news write people (never "Stanley" for
            # Morgan Stanley)
            return "PERSON"
        votes = cluster.votes
        if not cluster.full_name_person and cluster.surname_slips:
            votes = dict(votes)
            for label, count in cluster.surname_slips.items():
                votes[label] = votes.get(label, 0.0) + count
        return _majority(votes, self.candidates[cluster.members[0]].label)

    @staticmethod
    def _listed_as_person(cluster: _Cluster) -> bool:
        # "Ben Carson, and Carly Fiorina": listed with people, and never with bodies
        # ("Goldman Sachs, Morgan Stanley and JPMorgan Chase")
        return cluster.listed_with_people and not cluster.listed_with_bodies

    def could_join(self, cand: _Candidate) -> list[_Cluster]:
        """Every cluster :func:`_joins` can accept ``cand`` into (and some it will not), in creation order."""
        toks = cand.tokens
        pool = {c.number: c for c in self._by_last.get(toks[-1], ())}
        if len(toks) == 1:
            pool.update((c.number, c) for c in self._by_first.get(toks[0], ()))
            pool.update((c.number, c) for c in self._by_acronym.get(toks[0], ()))
            pool.update((c.number, c) for c in self._by_inner.get(toks[0], ()))
        elif toks[-1] in _INVERTIBLE_BODIES:
            pool.update((c.number, c) for c in self._by_first.get(toks[-1], ()))  # "Department of Justice"
        return [pool[number] for number in sorted(pool)]

    def nearest(self, cand: _Candidate, matches: list[_Cluster]) -> _Cluster | None:
        """The cluster a short form joins. Between people who share it ("Clinton" for Bill and
        Hillary Clinton, "Cruz" for Ted and Heidi Cruz): the one named in full with the title
        written before it ("Mayor Brennan" for "Mayor Tom Brennan", not "Councilwoman Rita
        Brennan"), then the one whose gender fits an honorific ("Mrs. Clinton"), then, with no honorific, the one the paragraph has just named in
        full ("Bill Clinton greeted voters. … Clinton said") unless the pronouns of its own
        clause say otherwise ("Anson said she"), then the one the article names in full
        first: news introduce the person the story is about first and relatives after ("his
        brother, Freddy Trump"), and keep
        the bare surname for the first ("Mr. Trump said he had learned"); a relative named in
        full often (a former president father) does not take it over. A father and a son
        named "Jr.": the father, unless "the younger" says the son. A person named in full
        before an organisation whose name starts with the surname ("Fox said": Vicente Fox,
        not Fox News). A surname the paper itself titles that no relative is shown to hold: see
        :meth:`_titled_by_no_one` (None: the mention founds a cluster of its own). Otherwise the
        matching cluster mentioned most recently before ``cand``, else the nearest after."""

        def distance(cluster: _Cluster) -> tuple[int, int]:
            before = bisect_left(cluster.starts, cand.span.start)
            if before:
                return (0, cand.span.start - cluster.starts[before - 1])
            return (1, cluster.starts[0] - cand.span.start)

        people = [c for c in matches if self.label(c) == "PERSON" and len(c.tokens) >= 2]
        if len(cand.tokens) == 1 and any(_surname(c.tokens) == cand.tokens[0] for c in people):
            # A word that is one person's (last) surname and another's first surname of two
            # ("Hussein" beside "Barack Hussein Obama"): the surname's owner
            second = {c.number for c in people if _surname(c.tokens) != cand.tokens[0] == c.first_surname}
            people = [c for c in people if c.number not in second]
            matches = [c for c in matches if c.number not in second]

        def surname_of(cluster: _Cluster) -> str:
            # the surname a lone word names someone by: the first of two, or the last
            return cand.tokens[0] if cluster.first_surname == cand.tokens[0] else _surname(cluster.tokens)

        # A lone word that is the surname of someone named in full (the filter below keeps
        # every such person: it leaves out only those whose surname is another word).
        someones_surname = len(cand.tokens) == 1 and any(surname_of(c) == cand.tokens[0] for c in people)
        if someones_surname:
            # A word that is one person's surname and another's first name ("John" for Tom
            # John beside John Kasich): news call a person named in full by the surname, so
            # the first name's owner is no candidate, unless the paragraph has just named
            # that one in full ("wrote film director Osman Abu Laban … Osman took part").
            just_named = self._named_in_full_just_before(cand, people)
            first_named = {c.number for c in people if c.tokens[0] == cand.tokens[0] != surname_of(c)}
            if just_named is None or just_named.number not in first_named:
                people = [c for c in people if c.number not in first_named]
                matches = [c for c in matches if c.number not in first_named]
        fox_said = someones_surname and len(people) < len(matches) and cand.span.root.dep_ != "compound"
        if fox_said and not self.body_named_first(cand, people, matches):
            # A surname alone is how news refer to a person named in full, while an outlet
            # keeps its full name: "Fox said" is Vicente Fox, not Fox News ("a Fox anchor",
            # a modifier, stays the outlet's)
            matches = [c for c in matches if self.label(c) == "PERSON"]
        if len(cand.tokens) == 1 and len(people) >= 2 and cand.tokens[0] == surname_of(people[0]):
            people = self._of_the_generation_said(cand.span, people)
            people = self._of_the_generation_by_kin(cand.span, people)
            if len(people) == 1:
                return people[0]
            titled = self._titled_alike(cand, people) or self._doctor_alike(cand, people)
            if titled is not None:
                return titled
            gender = _honorific_gender(cand.span)
            if gender is None and self._titled_in_own_words(cand):
                return self._titled_by_no_one(cand, matches)
            if gender is not None:
                fitting = [c for c in people if _first_name_gender(c.tokens[0]) in (gender, None)]
                people = fitting or people
            else:
                # The mention's own clause may say which relative it is ("Trump cast himself
                # as …" after "his daughter Ivanka Trump"): only a first name of the other
                # gender is left out, so a pronoun never picks among same-gender relatives
                people = self._fitting_own_clause(cand.span, people)
                if len(people) == 1:
                    return people[0]
                # An honorific is how the paper tells relatives apart ("Mrs. Clinton" right
                # after "Chelsea Clinton" is still her mother); without one, the paragraph.
                just_named = self._named_in_full_just_before(cand, people)
                if just_named is not None and _pronoun_gender(cand.span) in (None, _first_name_gender(just_named.tokens[0])):
                    return just_named

            spoke = self._relative_who_spoke_just_before(cand, people)
            if spoke is not None:
                return spoke

            def introduced(cluster: _Cluster) -> int:
                # where the article first names it in full (the founding member may be a
                # headline's short form that joined later: members are in joining order)
                return min(self.candidates[k].span.start for k in cluster.members if len(self.candidates[k].tokens) >= 2)

            kept_for = self._surname_kept_for(cand.tokens[0])
            fitting = [c for c in people if kept_for is not None and _first_name_gender(c.tokens[0]) == kept_for]
            return min(fitting if len(fitting) == 1 else people, key=introduced)
        return min(matches, key=distance)

    def body_named_first(self, cand: _Candidate, people: list[_Cluster], matches: list[_Cluster]) -> bool:
        """Whether a body whose name opens with the word was named before ``cand`` and none of
        the people of that surname was: "Vantor Semiconductor fell 6%. … Vantor said in a
        statement …" before "Chief executive Lena Vantor" is the company, as a reader takes it
        at that point (the person named later bears the company's name, as founders' heirs do)."""
        start = cand.span.start
        if any(c.starts[0] < start for c in people):
            return False
        return any(self.label(c) != "PERSON" and c.starts[0] < start for c in matches)

    def _relative_who_spoke_just_before(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` named in full as a speaker in the paragraph right before a
        bare surname that speaks, when none of the others has spoken before it and none is
        mentioned in between ('His son, Michael Greene, said …. ¶ "…," Greene said' after
        'Howard Greene, 82, who spent 19 hours on a trolley'); else None (see
        :mod:`~newsmine.nlp.entities.speaking_relatives`)."""
        if not speaks(cand.span):
            return None
        starts = {k: self.candidates[k].span.start for c in people for k in c.members}
        before = [(starts[k], k, c) for c in people for k in c.members if starts[k] < cand.span.start]
        if not before:
            return None
        _, last, cluster = max(before, key=lambda row: row[0])
        named = self.candidates[last].span
        if len(self.candidates[last].tokens) < 2 or not speaks(named):
            return None
        if not one_paragraph_on(self.text, named.end_char, cand.span.start_char):
            return None
        if any(speaks(self.candidates[k].span) for _, k, c in before if c is not cluster):
            return None
        return cluster

    def _titled_in_own_words(self, cand: _Candidate) -> bool:
        """Whether the paper itself writes a capitalised title before the surname ("Mr. Trump's
        critique of President Bush's performance"), outside quotation marks. The paper calls the
        relative its story is about "Mr. Bush" or "Mrs. Clinton", so a title in its own words
        tells another relative apart; inside a quotation ("I'm going to debate Secretary
        Clinton") the speaker gives the story's subject a title out of courtesy, and the
        relative introduced first is as good a guess as for a bare surname. Only the
        paragraph's text before the mention is read, and only for a titled surname."""
        if _title_of(cand.span) is None or not cand.span.doc[cand.span.start - 1].is_title:
            return False  # "the campaign Clinton envisioned": no title as news write one
        start = cand.span.start_char
        before = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        if "“" in before or "”" in before:
            return before.rfind("“") <= before.rfind("”")
        return before.count('"') % 2 == 0 and before.count("''") % 2 == 0

    def _titled_by_no_one(self, cand: _Candidate, matches: list[_Cluster]) -> _Cluster | None:
        """Where a titled surname in the paper's own words goes that no one (or more than one)
        of the relatives named in full is shown to hold ("President Bush" beside Jeb Bush and
        "his older brother, George W. Bush"): apart (None: it founds a person of its own, or
        joins the one an earlier such mention with the same title founded). Joining the
        relative introduced first, as a bare surname does, would hand that one the title, and
        every "the former president said" would then resolve to the wrong brother; apart, the
        title stays with a "Bush" whom no first name pins down. The relative the paragraph has
        just named in full was tried and left out: "Bill Clinton reinforces all the negative
        attributes voters assign to Secretary Clinton"."""
        title = _title_of(cand.span)
        for cluster in matches:
            if len(cluster.tokens) == 1 and any(_title_of(self.candidates[k].span) == title for k in cluster.members):
                return cluster
        return None

    def _titled_alike(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` named in full with the title written before the surname
        ("Mayor Brennan" after "Mayor Tom Brennan" and "Councilwoman Rita Brennan"; "Gov." and
        "Governor" alike); None when the surname has no title, or no one or several carried it."""
        title = _title_of(cand.span)
        if title is None:
            return None
        return self._one_carrying(people, lambda span: title in {
            _title_head(_titles_before(span)), _title_head(_title_before_comma(span)), _title_head(_appositive_title(span)),
            _clerical_before(span),
        })  # fmt: skip

    def _doctor_alike(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` named in full after the same genderless honorific as the
        surname ("Dr. Harlan" after "Denise Harlan" and "Dr. Samuel Harlan"; "Prof." and
        "Professor" alike); None when the surname has none, or no one or several carried it.
        A gendered honorific is the gender's business ("Mrs. Clinton"), and "Dr." says no gender,
        so without this the relative introduced first took the doctor's words."""
        honorific = _genderless_honorific(cand.span)
        if honorific is None:
            return None
        return self._one_carrying(people, lambda span: _genderless_honorific(span) == honorific)

    def _one_carrying(self, people: list[_Cluster], carries: Callable[[Span], bool]) -> _Cluster | None:
        """The one of ``people`` with a mention named in full (two words or more) that
        ``carries`` what the bare surname carries (a title, an honorific); None for none or several."""
        carriers = [
            cluster
            for cluster in people
            if any(len(self.candidates[k].tokens) >= 2 and carries(self.candidates[k].span) for k in cluster.members)
        ]
        return carriers[0] if len(carriers) == 1 else None

    def _surname_kept_for(self, surname: str) -> str | None:
        """The gender of the relative an article keeps a shared bare surname for, when the
        pronouns its bare-surname mentions' own clauses take say one gender at least twice and
        the other never ("Trump said he …", "Trump cast himself as …" in a story that named his
        daughter first); else None, and the one introduced first keeps it."""
        if surname not in self._surname_genders:
            votes = collections.Counter()
            for cand in self.candidates:
                if cand.tokens == (surname,) and _honorific_gender(cand.span) is None:
                    gender = _subject_pronoun_gender(cand.span)
                    if gender is not None:
                        votes[gender] += 1
            kept = None
            if len(votes) == 1:
                gender, count = votes.most_common(1)[0]
                kept = gender if count >= 2 else None
            self._surname_genders[surname] = kept
        return self._surname_genders[surname]

    @staticmethod
    def _fitting_own_clause(cand_span: Span, people: list[_Cluster]) -> list[_Cluster]:
        """Those of ``people`` whose first name's gender fits the pronouns the mention's own
        clause ties to it ("Trump said she would", "Trump cast herself as"); all of them when
        the clause says nothing, or when none or all fit."""
        gender = _subject_pronoun_gender(cand_span)
        if gender is None:
            return people
        fitting = [c for c in people if _first_name_gender(c.tokens[0]) == gender]
        unfit = [c for c in people if _first_name_gender(c.tokens[0]) not in (gender, None)]
        return [c for c in people if c not in unfit] if fitting and unfit else people

    @staticmethod
    def _of_the_generation_said(cand_span: Span, people: list[_Cluster]) -> list[_Cluster]:
        """Between a father and a son named "Jr.": the son for "the younger Mr. Harlan", else
        the father ("Haller Jr." is how news shorten the son's name; "Haller", "the elder
        Haller" and "Mr. Haller" are the father). ``people`` unchanged when no one of them
        carries the suffix, or all do.

        A father the article itself writes "Sr." is not the bare surname's by default: the
        suffix is written to set him apart from the son the story is about ("Robert Kane Jr.
        entered the race ... Kane said ... His father, Robert Kane Sr., stood beside him"), so
        the ordinary rules choose (the one named in full first, or just before); "the elder
        Kane" is still the father."""
        juniors = [c for c in people if c.tokens[-1] == "jr"]
        if not juniors or len(juniors) == len(people):
            return people
        doc = cand_span.doc
        before = {t.lower_ for t in doc[max(0, cand_span.start - 2) : cand_span.start]}
        if "younger" in before:
            return juniors
        seniors = [c for c in people if c.tokens[-1] != "jr"]
        if "elder" not in before and all(c.tokens[-1] == "sr" for c in seniors):
            return people
        return seniors

    def _of_the_generation_by_kin(self, cand_span: Span, people: list[_Cluster]) -> list[_Cluster]:
        """Between relatives sharing a surname, none of them "Jr.": "the younger Keel" is the
        one the article introduced as a child ("His son, Daniel Keel, …"), "the elder Keel"
        the one introduced as a parent ("Her mother, Ruth Keel, …"); with one introduced so,
        the other word is the other relative. ``people`` unchanged when neither word stands
        before the surname or the introductions do not pick one."""
        doc = cand_span.doc
        # the word right before the surname, after "the": "Daniel was the younger. Keel said"
        # compares the two but calls neither by it (review50)
        start = cand_span.start
        if start >= 1 and doc[start - 1].lower_ in _COURTESY_TITLES:
            start -= 1  # "the younger Mr. Keel"
        word = doc[start - 1].lower_ if start >= 2 and doc[start - 2].lower_ == "the" else None
        if word == "younger":
            wanted, other = _CHILD_NOUNS, _PARENT_NOUNS
        elif word in ("elder", "older"):
            wanted, other = _PARENT_NOUNS, _CHILD_NOUNS
        else:
            return people

        def introduced_as(cluster: _Cluster) -> str | None:
            first = min(cluster.members, key=lambda k: self.candidates[k].span.start)
            return _kin_noun_before(self.candidates[first].span)

        kin = {c.number: introduced_as(c) for c in people}
        chosen = [c for c in people if kin[c.number] in wanted]
        if not chosen and any(kin[c.number] in other for c in people):
            chosen = [c for c in people if kin[c.number] not in other]
        return chosen if len(chosen) == 1 else people

    def _named_in_full_just_before(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` whose full name is the last mention of any of them before
        ``cand``, in the same paragraph: "Bill Clinton spoke with voters. … Clinton said" is
        the husband even in a story on his wife; a paragraph later, the story's subject again."""
        latest: tuple[int, int] | None = None  # (token start, candidate index)
        for cluster in people:
            for k in cluster.members:
                start = self.candidates[k].span.start
                if start < cand.span.start and (latest is None or start > latest[0]):
                    latest = (start, k)
        if latest is None or len(self.candidates[latest[1]].tokens) < 2:
            return None
        named = self.candidates[latest[1]].span
        if "\n" in self.text[named.end_char : cand.span.start_char]:
            return None
        cluster = next(c for c in people if latest[1] in c.members)
        if cluster.first_surname is not None and self.candidates[latest[1]].tokens == cluster.tokens[:2] != cand.tokens[:2]:
            return None  # "Dena Minning" (of Dena Minning Grayson) just before names no one "Grayson"
        return cluster


# Relatives' nouns introducing a person of the younger or the elder generation ("His son, Daniel
# Keel"), for "the younger Keel" / "the elder Keel" between relatives none of whom is "Jr.".
_CHILD_NOUNS = frozenset({"son", "daughter", "grandson", "granddaughter", "niece", "nephew", "stepson", "stepdaughter"})
_PARENT_NOUNS = frozenset(
    {"father", "mother", "grandfather", "grandmother", "uncle", "aunt", "stepfather", "stepmother"}
)


# Forms of address between "the younger" and a surname.
_COURTESY_TITLES = frozenset({"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr"})


def _kin_noun_before(span: Span) -> str | None:
    """The word before a name, over one comma: "son" for "His son, Daniel Keel"."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return doc[i].lower_ if i >= 0 else None


# A priest's forms of address, written right before the name: one title for telling namesakes apart.
_CLERICAL_FORMS = frozenset({"rev.", "rev", "reverend", "father", "fr.", "fr"})


def _clerical_before(span: Span) -> str | None:
    """'reverend' when a priest's form of address stands right before the name: "Father
    Gallagher" is "the Rev. Michael Gallagher", not his cousin "Bishop Thomas Gallagher" named
    first ("Father" and "Rev." are no title words alike)."""
    word = span.doc[span.start - 1] if span.start else None
    return "reverend" if word is not None and word.lower_ in _CLERICAL_FORMS and word.text[:1].isupper() else None


# Honorifics that say a profession, not a gender, spelled out: how a paper tells a doctor apart
# from a relative sharing the surname.
_GENDERLESS_HONORIFICS = {"dr.": "doctor", "dr": "doctor", "doctor": "doctor", "prof.": "professor", "prof": "professor", "professor": "professor"}


def _genderless_honorific(span: Span) -> str | None:
    """'doctor' for "Dr. Harlan" or "Dr. Samuel Harlan" (the honorific capitalised, first in
    the span or right before it), 'professor' for "Prof." / "Professor"; else None."""
    doc = span.doc
    for i in (span.start, span.start - 1):
        if i >= 0 and doc[i].text[:1].isupper():
            found = _GENDERLESS_HONORIFICS.get(doc[i].lower_)
            if found is not None and (i == span.start - 1 or span.end - span.start >= 2):
                return found
    return None


def _title_of(span: Span) -> str | None:
    """The title written right before a name, as one word ("president" for "former President
    Bush", "reverend" for "Father Gallagher"); None without one."""
    return _clerical_before(span) or _title_head(_titles_before(span))


def _title_head(title: str | None) -> str | None:
    """A title's last word when it is a title word, abbreviations spelled out: "mayor" for
    "former Mayor", "governor" for "Gov.", "bishop" for "Bishop of Northbridge"; None for a
    role that ends otherwise ("mayor's son")."""
    if not title:
        return None
    # the office of "Bishop of Northbridge", "Secretary of State": the word before "of"
    word = title.split(" of ")[0].split()[-1].lower()
    if word not in _title_words():
        return None
    return _ABBREVIATIONS.get(word, word)


def _gender_fits(cand: _Candidate, cluster: _Cluster) -> bool:
    """'Mr. Obama' does not join 'Michelle Obama', nor 'Mr. Eze' 'Ms. Ngozi Eze'."""
    gender = _honorific_gender(cand.span)
    if gender is None:
        return True
    known = cluster.honorific_gender or _first_name_gender(cluster.tokens[0])
    return known in (gender, None)
