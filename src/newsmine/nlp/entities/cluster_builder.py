"""The clusters under construction, and the label each takes.

:class:`_ClusterBuilder` holds the clusters, indexed by first and last name token and by
acronym, with running label tallies (:func:`_vote`, :func:`_majority`), and chooses between
relatives who share a surname (:meth:`_ClusterBuilder.nearest`).

Split by what they hold (session 50): whether a mention can be a short form of a cluster's
name ("Guterres", "UN", "the Post", "Bill" for "William") is :func:`.short_forms._joins`; the
cues that tell namesakes apart (a relative's noun, a priest's form of address, a doctor's
honorific, a title, an honorific's gender) are in :mod:`.namesake_cues`.
"""

from __future__ import annotations

import collections
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.candidates import _Candidate, _first_named_body, _full_person_name
from newsmine.nlp.entities.gender_cues import (
    _honorific_gender,
    _pronoun_gender,
    _subject_pronoun_gender,
    honorific_gender_at,
)
from newsmine.nlp.entities.gender_cues import first_name_gender as _first_name_gender
from newsmine.nlp.entities.kin_nouns import CHILD_NOUNS, KIN_NOUNS, PARENT_NOUNS, kin_noun_at, kin_noun_before
from newsmine.nlp.entities.name_spans import NAME_PARTICLES as _NAME_PARTICLES
from newsmine.nlp.entities.name_spans import lower_case_words as _lower_case_words
from newsmine.nlp.entities.names import (
    _INVERTIBLE_BODIES,
    _acronyms,
    _surname,
    _without_legal_form,
)
from newsmine.nlp.entities.namesake_cues import (
    _COURTESY_TITLES,
    _apposition_of_a_relative,
    _clerical_before,
    _genderless_honorific,
    _joined_after_another,
    _title_head,
    _title_of,
)
from newsmine.nlp.entities.place_labels import _listed_with
from newsmine.nlp.entities.short_forms import _first_surname, _leading_short_form
from newsmine.nlp.entities.speaking_relatives import one_paragraph_on, pronoun_speakers_between, speaks
from newsmine.nlp.entities.titles import _appositive_title, _title_before_comma, _titles_before
from newsmine.nlp.entities.word_lists import _POSSESSIVE, EAST_ASIAN_FAMILY_NAMES, syllables_of_a_given_name

if TYPE_CHECKING:
    from collections.abc import Callable


def _family_name_written_first(tokens: tuple[str, ...]) -> str | None:
    """'kim' of "Kim Jong-un", "Kim Yo-jong", "Park Ji Hoon": a Korean or Chinese family name
    of :data:`~.word_lists.EAST_ASIAN_FAMILY_NAMES` before a given name of two syllables
    (:func:`~.word_lists.syllables_of_a_given_name`), the family name written first. A lone
    "Kim" then names them as a lone "Clinton" names Bill and Hillary Clinton, so
    :meth:`_ClusterBuilder.nearest`'s rule for relatives applies (session 66). None for
    other names ("Lee Harvey Oswald": "Harvey" is no syllable)."""
    if len(tokens) != 3 or tokens[0] not in EAST_ASIAN_FAMILY_NAMES:
        return None
    return tokens[0] if syllables_of_a_given_name(tokens[1].title(), tokens[2]) else None


# Kin nouns that tell the gender of the relative named right after them ("his sister Kim Yo-jong").
_GENDERED_KIN = {
    **dict.fromkeys(("sister", "daughter", "wife", "mother", "aunt", "niece", "granddaughter", "grandmother"), "f"),
    **dict.fromkeys(("brother", "son", "husband", "father", "uncle", "nephew", "grandson", "grandfather"), "m"),
}


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
    titled_person: bool = False  # a one-word name tagged PERSON right after a title ("Governor Kasich")


# The labels a bare surname is mistaken for that a title before it overrules ("Kasich" GPE); not a
# company's ("Ford" ORG with a "President Ford" once) nor a work's.
_PLACE_SLIPS = frozenset({"GPE", "LOC", "NORP"})


def _particle_before_surname(tokens: tuple[str, ...]) -> bool:
    """Whether a name's surname follows a name particle after a given name ("maria de la cruz",
    "pieter van der berg"; not "al gore", whose "al" is the given name)."""
    last = len(tokens) - 2 if len(tokens) >= 3 and _surname(tokens) != tokens[-1] else len(tokens) - 1
    return last >= 2 and tokens[last - 1] in _NAME_PARTICLES


def _titled_surname(cand: _Candidate, tokens: tuple[str, ...]) -> bool:
    """A one-word name (no known place: "Washington", "Houston") tagged PERSON right after a
    title word: "Governor Kasich", "Sen. Vantreese"."""
    return (
        len(tokens) == 1 and cand.tokens == tokens and cand.label == "PERSON"
        and tokens[0] not in lexicons.load("places") and _titles_before(cand.span) is not None
    )  # fmt: skip


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
        self._surname_genders: dict[tuple[str, ...], str | None] = {}
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
        cluster.titled_person = cluster.titled_person or _titled_surname(cand, cluster.tokens)
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
        if cluster.titled_person and _majority(votes, self.candidates[cluster.members[0]].label) in _PLACE_SLIPS:
            # "Governor Kasich … Trump, Cruz, Kasich, Bush": a surname the model took for a place
            # four times in six is a person when written once after a title as one
            return "PERSON"
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
        Hillary Clinton, "Cruz" for Ted and Heidi Cruz; a family name opening with a particle
        alike, "Al Thani" for Hamad and Tamim Al Thani: :meth:`_bearers_of_particle_family_name`;
        and a family name written first, "Kim" for Kim Jong-un and Kim Yo-jong:
        :func:`_family_name_written_first`, the same rule, decided in session 66 so that
        the order of a name's words does not change who a lone family name is): the one named in full with the title
        written before it ("Mayor Brennan" for "Mayor Tom Brennan", not "Councilwoman Rita
        Brennan"), then the one whose gender fits an honorific ("Mrs. Clinton"; the gender of
        the first name, or of a kin noun before the name, :meth:`_gender_of`), then, with no honorific, the one the paragraph has just named in
        full ("Bill Clinton greeted voters. … Clinton said") unless the pronouns of its own
        clause say otherwise ("Anson said she"), then the one the article names in full
        first: news introduce the person the story is about first and relatives after ("his
        brother, Freddy Trump"), and keep
        the bare surname for the first ("Mr. Trump said he had learned"); a relative named in
        full often (a former president father) does not take it over. A father and a son
        named "Jr.": the father, unless "the younger" says the son. A person named in full
        before an organisation whose name starts with the surname ("Fox said": Vicente Fox,
        not Fox News). A bare surname one person bears whole and another after a particle
        ("Cruz" for Ted Cruz beside Maria de la Cruz): the first's
        (:meth:`_particle_surname_bearers`). A surname the paper itself titles that no relative is shown to hold: see
        :meth:`_titled_by_no_one` (None: the mention founds a cluster of its own). Otherwise the
        matching cluster mentioned most recently before ``cand``, else the nearest after."""

        def distance(cluster: _Cluster) -> tuple[int, int]:
            before = bisect_left(cluster.starts, cand.span.start)
            if before:
                return (0, cand.span.start - cluster.starts[before - 1])
            return (1, cluster.starts[0] - cand.span.start)

        people = [c for c in matches if self.label(c) == "PERSON" and len(c.tokens) >= 2]
        if len(cand.tokens) == 1 and people and self._only_kin_bear(cand):
            # "Mr Hughes says … Mr Hughes's brother, Gareth Hughes, …": everyone named in full
            # with the surname is brought in as the bare surname's relative, so the bare
            # surname is someone the article never names in full (probe55b)
            matches = [c for c in matches if c not in people]
            return min(matches, key=distance) if matches else None
        if len(cand.tokens) == 1 and any(_surname(c.tokens) == cand.tokens[0] for c in people):
            # A word that is one person's (last) surname and another's first surname of two
            # ("Hussein" beside "Barack Hussein Obama"): the surname's owner
            second = {c.number for c in people if _surname(c.tokens) != cand.tokens[0] == c.first_surname}
            people = [c for c in people if c.number not in second]
            matches = [c for c in matches if c.number not in second]
        if len(cand.tokens) == 1:
            # "Cruz said" after "Maria de la Cruz met Ted Cruz": the one-word surname's owner
            particled = self._particle_surname_bearers(cand, people)
            people = [c for c in people if c.number not in particled]
            matches = [c for c in matches if c.number not in particled]

        def surname_of(cluster: _Cluster) -> str:
            # the surname a lone word names someone by: the first of two, a family name written
            # first ("Kim" of "Kim Jong-un"), or the last
            if cand.tokens[0] in (cluster.first_surname, _family_name_written_first(cluster.tokens)):
                return cand.tokens[0]
            return _surname(cluster.tokens)

        # A lone word that is the surname of someone named in full (the filter below keeps
        # every such person: it leaves out only those whose surname is another word).
        someones_surname = len(cand.tokens) == 1 and any(surname_of(c) == cand.tokens[0] for c in people)
        if someones_surname:
            # A word that is one person's surname and another's first name ("John" for Tom
            # John beside John Kasich): news call a person named in full by the surname, so
            # the first name's owner is no candidate, unless the paragraph has just named
            # that one in full ("wrote film director Osman Abu Laban … Osman took part") and
            # not the surname's owner too ("Sen. Rand Paul criticized Speaker Paul Ryan. '…,'
            # Paul said": news call both by surname, so "Paul" is Rand Paul)
            just_named = self._named_in_full_just_before(cand, people)
            first_named = {c.number for c in people if c.tokens[0] == cand.tokens[0] != surname_of(c)}
            owners = [c for c in people if c.number not in first_named]
            if just_named is None or just_named.number not in first_named or self._in_paragraph_before(cand, owners):
                people = [c for c in people if c.number not in first_named]
                matches = [c for c in matches if c.number not in first_named]
        fox_said = someones_surname and len(people) < len(matches) and cand.span.root.dep_ != "compound"
        if fox_said and not self.body_named_first(cand, people, matches):
            # A surname alone is how news refer to a person named in full, while an outlet
            # keeps its full name: "Fox said" is Vicente Fox, not Fox News ("a Fox anchor",
            # a modifier, stays the outlet's)
            matches = [c for c in matches if self.label(c) == "PERSON"]
        bearers = self._bearers_of_particle_family_name(cand, people)
        if bearers:
            people = bearers  # "Al Thani said" after "Hamad Al Thani" and "Tamim Al Thani"
        if len(people) >= 2 and (bearers or (len(cand.tokens) == 1 and cand.tokens[0] == surname_of(people[0]))):
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
                # the ones the gender is known to fit, else those it may fit
                genders = {c.number: self._gender_of(c) for c in people}
                fitting = [c for c in people if genders[c.number] == gender]
                people = fitting or [c for c in people if genders[c.number] is None] or people
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
                just_called = self._called_so_just_before(cand, people)
                if just_called is not None and _pronoun_gender(cand.span) in (None, _first_name_gender(just_called.tokens[0])):
                    return just_called

            spoke = self._relative_who_spoke_just_before(cand, people)
            if spoke is not None:
                return spoke

            def introduced(cluster: _Cluster) -> int:
                # where the article first names it in full (the founding member may be a
                # headline's short form that joined later: members are in joining order)
                return min(self.candidates[k].span.start for k in cluster.members if len(self.candidates[k].tokens) >= 2)

            kept_for = self._surname_kept_for(cand.tokens)
            fitting = [c for c in people if kept_for is not None and _first_name_gender(c.tokens[0]) == kept_for]
            return min(fitting if len(fitting) == 1 else people, key=introduced)
        return min(matches, key=distance)

    @staticmethod
    def _bearers_of_particle_family_name(cand: _Candidate, people: list[_Cluster]) -> list[_Cluster]:
        """Those of ``people`` (two or more) named in full with the family name ``cand`` writes
        alone when that name opens with a particle ("Al Thani", "bin Salman", "de la Cruz", "van
        der Berg"); else []. Such a name is a surname of several words, and news shorten the
        person to it as they shorten "Hillary Clinton" to "Clinton": the relatives sharing it are
        told apart by the one-word surname's rules of :meth:`nearest` (the title, the honorific,
        the paragraph's last named in full, else the one named in full first), not by whichever
        was mentioned last (names65)."""
        size = len(cand.tokens)
        if size < 2 or cand.tokens[0] not in _NAME_PARTICLES:
            return []
        bearers = [c for c in people if len(c.tokens) > size and c.tokens[-size:] == cand.tokens]
        return bearers if len(bearers) >= 2 else []

    @staticmethod
    def _particle_surname_bearers(cand: _Candidate, people: list[_Cluster]) -> set[int]:
        """The numbers of those of ``people`` whose surname is the lone word ``cand`` after a
        name particle ("Cruz" of "Maria de la Cruz") when another bears it as the whole surname
        ("Ted Cruz"); else none. News shorten the first to her particle family name ("de la
        Cruz said"), so the bare word is the second's, whichever was named last (names65 left
        it: it went to the last named). A particle that opens the name is a first name ("Al
        Gore" beside "Tipper Gore" keeps the relatives' rules); one bearer alone keeps it
        ("Beethoven" after "Anna van Beethoven")."""
        bearers = [c for c in people if _surname(c.tokens) == cand.tokens[0]]
        particled = {c.number for c in bearers if _particle_before_surname(c.tokens)}
        return particled if len(particled) < len(bearers) else set()

    def _only_kin_bear(self, cand: _Candidate) -> bool:
        """Whether everyone the article names in full with the bare surname ``cand`` (not only
        those a gendered honorific left among its matches: "Ms. Hayes" after "Darnell Hayes"
        and "Hayes's mother, Loretta Hayes") is brought in as that surname's relative."""
        bearers = [
            c for c in self._by_last.get(cand.tokens[0], ())
            if self.label(c) == "PERSON" and len(c.tokens) >= 2 and _surname(c.tokens) == cand.tokens[0]
        ]  # fmt: skip
        return bool(bearers) and all(self._kin_of_the_surname(c, cand) for c in bearers)

    def _kin_of_the_surname(self, cluster: _Cluster, cand: _Candidate) -> bool:
        """Whether the person is first named in full right after the bare surname's possessive
        and a noun of kin ("Mr Hughes's brother, Gareth Hughes"), in another paragraph than
        ``cand`` or after it: a relative of whoever the bare surname is, not that person. In
        the paragraph that brings the relative in, a bare surname after it is as likely the
        relative ("Senator Price's wife, Eleanor Price, … Mrs. Price told …": probe51d). Only when
        ``cand`` is written with the owner's gendered honorific, if the owner had one."""
        firsts = [self.candidates[k].span for k in cluster.members if len(self.candidates[k].tokens) >= 2]
        if not firsts:
            return False
        span = min(firsts, key=lambda sp: sp.start)
        at = kin_noun_at(span)
        if at < 0 or span.doc[at].lower_ not in KIN_NOUNS:
            return False
        if not (at >= 2 and span.doc[at - 1].text in _POSSESSIVE and span.doc[at - 2].lower_ == cand.tokens[0]):
            return False
        owner_gender = honorific_gender_at(span.doc, at - 3) if at >= 3 else None
        if owner_gender is not None and _honorific_gender(cand.span) != owner_gender:
            # "Mrs. Hughes's son, David Hughes … Mr. Hughes told police" (or a bare "Hughes"):
            # the bare surname is not written as its owner was, so it may be the relative
            return False
        after = cand.span.start_char >= span.end_char
        return not (after and "\n" not in self.text[span.end_char : cand.span.start_char])

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
        gender = _first_name_gender(cluster.tokens[0])
        if gender is not None and pronoun_speakers_between(cand.span.doc, named.end, cand.span.start) - {gender}:
            return None  # someone of the other gender spoke since ('… he said. "…," Pruitt wrote')
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
        return self._in_own_words(cand.span.start_char)

    def _in_own_words(self, start: int) -> bool:
        """Whether character ``start`` stands outside quotation marks, by the quotation marks of
        its paragraph's text before it."""
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

    def _surname_kept_for(self, surname: tuple[str, ...]) -> str | None:
        """The gender of the relative an article keeps a shared bare surname for, when the
        pronouns its bare-surname mentions' own clauses take say one gender at least twice and
        the other never ("Trump said he …", "Trump cast himself as …" in a story that named his
        daughter first); else None, and the one introduced first keeps it."""
        if surname not in self._surname_genders:
            votes = collections.Counter()
            for cand in self.candidates:
                if cand.tokens == surname and _honorific_gender(cand.span) is None:
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

    def _gender_of(self, cluster: _Cluster) -> str | None:
        """A person's gender for an honorific to pick among relatives: the first name's, or for
        a name written family name first ("Kim Yo-jong", whose first word is the family's) or a
        first name of no list, a kin noun written right before a mention ("his sister Kim
        Yo-jong": 'f'). None when neither tells (session 66)."""
        if _family_name_written_first(cluster.tokens) is None:
            gender = _first_name_gender(cluster.tokens[0])
            if gender is not None:
                return gender
        doc = self.candidates[cluster.members[0]].span.doc
        for k in cluster.members:
            start = self.candidates[k].span.start
            if start and doc[start - 1].lower_ in _GENDERED_KIN:
                return _GENDERED_KIN[doc[start - 1].lower_]
        return None

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
        Kane" is still the father. The father is the one sharing the son's given name: a wife or
        a child of the family named beside them ("Diane Kane", "Kevin Kane") is no father
        written without "Sr.", so the "Sr." still leaves the bare surname to the ordinary rules.

        A third generation written "III" ("Thomas Carver III", son of "Thomas Carver Jr.")
        makes "Jr." the elder: "the younger Mr. Carver" is III, "the elder Mr. Carver" Jr. With
        a "Sr." named too, three generations, the words stay as they were ("the elder" the
        "Sr.", "the younger" the "Jr."), and III is no father of the "Jr.": with no one but III
        beside the "Jr.", a bare surname goes to the ordinary rules, not to the son ("State Sen.
        Robert Kane Jr. ... His son, Robert Kane III, a student ... Kane said" is the senator)."""
        juniors = [c for c in people if c.tokens[-1] == "jr"]
        if not juniors or len(juniors) == len(people):
            return people
        doc = cand_span.doc
        before = {t.lower_ for t in doc[max(0, cand_span.start - 2) : cand_span.start]}
        thirds = [c for c in people if c.tokens[-1] in ("iii", "iv")]
        three_generations = any(c.tokens[-1] == "sr" for c in people)
        if thirds and not three_generations and ("younger" in before or "elder" in before):
            return thirds if "younger" in before else juniors
        if "younger" in before:
            return juniors
        seniors = [c for c in people if c.tokens[-1] != "jr"]
        if all(c in thirds for c in seniors):
            return people  # a "Jr." and his son III, no father named: the ordinary rules choose
        given = {c.tokens[0] for c in juniors}
        fathers = [c for c in seniors if c.tokens[0] in given and c not in thirds] or seniors
        if "elder" not in before and all(c.tokens[-1] == "sr" for c in fathers):
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
            wanted, other = CHILD_NOUNS, PARENT_NOUNS
        elif word in ("elder", "older"):
            wanted, other = PARENT_NOUNS, CHILD_NOUNS
        else:
            return people

        def introduced_as(cluster: _Cluster) -> str | None:
            first = min(cluster.members, key=lambda k: self.candidates[k].span.start)
            kin = kin_noun_before(self.candidates[first].span)
            if kin in wanted or kin in other:
                return kin
            return self._kin_noun_before_given_name(cluster, people, self.candidates[first].span.start) or kin

        kin = {c.number: introduced_as(c) for c in people}
        chosen = [c for c in people if kin[c.number] in wanted]
        if not chosen and any(kin[c.number] in other for c in people):
            chosen = [c for c in people if kin[c.number] not in other]
        return chosen if len(chosen) == 1 else people

    def _called_so_just_before(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` that the last mention of any of them before ``cand``, in the same
        paragraph, is: when that mention is the same bare surname, already placed by what its own
        clause said ("Christie himself said …. '…,' Christie said" after "Mary Pat Christie, the
        wife of Gov. Chris Christie"). A paragraph keeps calling one relative by the surname it
        has just used for him; without this the second "Christie" fell back to the relative named
        in full first. None when the last mention is a full name (:meth:`_named_in_full_just_before`),
        another form, or in an earlier paragraph."""
        latest = self._last_mention_in_paragraph(cand, people)
        if latest is None or self.candidates[latest[0]].tokens != cand.tokens:
            return None
        return latest[1]

    def _kin_noun_before_given_name(self, cluster: _Cluster, people: list[_Cluster], named_at: int) -> str | None:
        """The relative's noun before the given name alone that introduced ``cluster``'s person
        before the full name (``named_at``, a token): "handed the company to his son Michael
        … Michael Hale said … the younger Mr. Hale said" — the lone "Michael" joins Michael Hale
        only after the surnames are placed, so his first member is the full name, with no noun
        before it. Only a given name none of the other ``people`` shares; else None."""
        given = cluster.tokens[0]
        if len(cluster.tokens) < 2 or any(c.tokens[0] == given for c in people if c is not cluster):
            return None
        for cand in self.candidates:
            if cand.tokens == (given,) and cand.label == "PERSON" and cand.span.start < named_at:
                return kin_noun_before(cand.span)
        return None

    def _named_in_full_just_before(self, cand: _Candidate, people: list[_Cluster]) -> _Cluster | None:
        """The one of ``people`` whose full name is the last mention of any of them before
        ``cand``, in the same paragraph: "Bill Clinton spoke with voters. … Clinton said" is
        the husband even in a story on his wife; a paragraph later, the story's subject again."""
        latest = self._last_mention_in_paragraph(cand, people)
        if latest is None or len(self.candidates[latest[0]].tokens) < 2:
            return None
        k, cluster = latest
        if cluster.first_surname is not None and self.candidates[k].tokens == cluster.tokens[:2] != cand.tokens[:2]:
            return None  # "Dena Minning" (of Dena Minning Grayson) just before names no one "Grayson"
        span = self.candidates[k].span
        head = _apposition_of_a_relative(span)
        if head is None:
            head = _joined_after_another(span)
        if head is not None:
            # "Liz Cheney, the daughter of … Dick Cheney, announced …": the apposition's person;
            # "Barack Obama and first lady Michelle Obama visited …": the conjunction's first
            for other in people:
                if other is not cluster and any(self.candidates[j].span.start <= head < self.candidates[j].span.end for j in other.members):
                    return other
        return cluster

    def _in_paragraph_before(self, cand: _Candidate, people: list[_Cluster]) -> bool:
        """Whether any of ``people`` is mentioned before ``cand`` in its paragraph."""
        for cluster in people:
            for k in cluster.members:
                span = self.candidates[k].span
                if span.start < cand.span.start and "\n" not in self.text[span.end_char : cand.span.start_char]:
                    return True
        return False

    def _last_mention_in_paragraph(self, cand: _Candidate, people: list[_Cluster]) -> tuple[int, _Cluster] | None:
        """The candidate index and cluster of the last mention of any of ``people`` before
        ``cand``, when it is in the same paragraph; else None. A mention inside quotation marks
        is the speaker's words, no naming by the paper: "'I am not just the son of Tom Hale,'
        Hale said" after "Eric Hale announced …" is still Eric Hale."""
        latest: tuple[int, int, _Cluster] | None = None  # (token start, candidate index, cluster)
        for cluster in people:
            for k in cluster.members:
                start = self.candidates[k].span.start
                if start < cand.span.start and (latest is None or start > latest[0]) and self._in_own_words(self.candidates[k].span.start_char):
                    latest = (start, k, cluster)
        if latest is None or "\n" in self.text[self.candidates[latest[1]].span.end_char : cand.span.start_char]:
            return None
        return latest[1], latest[2]
