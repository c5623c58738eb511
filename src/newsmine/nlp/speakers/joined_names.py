"""People named together, whom the gold takes by the first named: people joined by "and"
("Khizr and Ghazala Khan", :func:`_first_person_joined`), people named after a comma behind a
plural noun (:func:`_people_named_after_comma`), places after a plural place noun
(:func:`_places_of`), the named member of a conjunction with an unnamed one
(:func:`_named_member`), a family ("the Khans", :func:`_first_of_family`). Split from
:mod:`.names` (session 50).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.titles import appositive_name_between as _appositive_name_between
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _BODY_TYPES, _capitalised

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _first_of_family(resolver: SpeakerResolver, cluster: EntityCluster) -> EntityCluster | None:
    """'the Khans say' after "Khizr and Ghazala Khan": a surname in the plural stands for
    the family, and the gold's convention for a group of named people is its first named
    member: the person of that surname the article names first."""
    words = cluster.name.split()
    if cluster.label not in ("PERSON", "ORG", "NORP") or len(words) != 1 or not words[0].endswith("s"):
        return None
    surname = words[0][:-1]
    members = [
        c for c in resolver.clusters
        if c is not cluster and c.label == "PERSON" and len(c.name.split()) > 1 and c.name.split()[-1] == surname
    ]  # fmt: skip
    return min(members, key=resolver.index.first_start, default=None)


def _people_named_after_comma(root: Token, index: DocIndex) -> EntityCluster | None:
    """"Ruth Calloway's biographers, Peter and Ella Dunmore, wrote": people named right after a
    comma behind a plural common noun, which the parse joined as a conjunct instead of an
    apposition; the first of them (the gold's convention for a conjunction)."""
    if root.pos_ != "NOUN" or root.tag_ != "NNS" or root.i + 2 >= len(root.doc) or root.nbor(1).text != ",":
        return None
    named = root.doc[root.i + 2]
    cluster = index.cluster_of.get(named.i)
    if named.dep_ in ("conj", "appos") and named.head.i == root.i and cluster is not None and cluster.label == "PERSON":
        return cluster
    return None


def _places_of(root: Token, index: DocIndex) -> Resolution | None:
    """'the cities of Dayton and Akron said': the first place named after a plural place noun
    ("cities", "states", "countries"), as the gold takes a conjunction's first; as written
    when the recogniser left it untagged."""
    if root.tag_ != "NNS" or _BODY_TYPES.get(root.lemma_.lower()) != ("gpe",):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            cluster = index.cluster_of.get(place.i) if place is not None else None
            if cluster is not None and cluster.label in ("GPE", "ORG"):  # "Dayton" tagged ORG
                return _for_cluster(cluster, "name")
            if cluster is None and place is not None and place.pos_ == "PROPN" and _capitalised(place):
                return Resolution("organisation", None, place.text, "name")
    return None


# Marks that end a clause before an "and", which then joins clauses, not two subjects.
_CLAUSE_MARKS = frozenset({"–", "—", "-", "--", ";", ":"})


def _first_person_joined(mention: Span, cluster: EntityCluster, index: DocIndex) -> EntityCluster:
    """The person named first in a mention that joins people with "and" before its head word
    ("Khizr and Ghazala Khan", parsed with "Khan" as the head): the gold's convention for a
    conjunction is its first named member; so is a relative sharing the surname joined just
    before it, which a broken parse leaves out of the mention ("Daniel and [Rosa Whitcombe]";
    not "Obama and [Clinton]", where the mention is one person). Else ``cluster``."""
    root, doc = mention.root, mention.doc
    joint = doc[mention.start - 1] if mention.start > 0 else None
    if (
        joint is not None
        and joint.lower_ in ("and", "&")
        and joint.dep_ == "cc"
        and joint.head.dep_ in NOUN_SUBJECT_DEPS
        and joint.head.dep_ == root.dep_
        and joint.head.head.i == root.head.i
    ):
        # "Former Gov. Ada Moss (D) and former Gov. Ray Tull (R) announced": two subjects of one
        # verb with "and" between them, which the parse did not join: one conjunction, whose
        # first named person the gold takes
        # (the person heads the first subject, not its possessor: "Comey's remarks – and Bill
        # Clinton caused" joins two clauses, which a dash or a verb between also shows)
        # (a possessor's whole phrase is left out, its first name too: "Ada Moss's remarks")
        possessed = {t.i for p in joint.head.subtree if p.dep_ == "poss" for t in p.subtree}
        named = [
            t for t in joint.head.subtree
            if t.i < joint.i and t.i not in possessed and getattr(index.cluster_of.get(t.i), "label", None) == "PERSON"
        ]  # fmt: skip
        first = index.cluster_of[named[0].i] if named else None
        between = doc[named[-1].i + 1 : joint.i] if named else ()
        if (
            first is not None
            and first is not cluster
            and not any(t.pos_ in ("VERB", "AUX") or t.text in _CLAUSE_MARKS for t in between)
        ):
            return first
    before = mention.start - 2
    if before >= 0 and doc[before + 1].lower_ in ("and", "&") and before in index.cluster_of:
        first = index.cluster_of[before]
        if first is not cluster and first.label == "PERSON" and first.name.split()[-1:] == cluster.name.split()[-1:]:
            return first
    joints = [t for t in mention if t.i < root.i and t.lower_ in ("and", "&")]
    if not joints:
        return cluster
    if _place_named_for_a_pair(mention.doc, joints[0], index):
        return cluster  # "Lewis and Clark County Commissioner Joan Reddick": a county's name, no pair
    # The first person named, past a party or a nationality before it ("Republican Ada Moss and
    # Democrat Ray Tull": "Republican" is a group, not the first member).
    first = next((index.cluster_of[t.i] for t in mention if t.i < root.i and t.i in index.cluster_of and index.cluster_of[t.i].label != "NORP"), None)
    return first if first is not None and first.label == "PERSON" else cluster


# What the word after a mention's "and" belongs to when the "and" is inside a place's or a body's
# name before a person's title ("Lewis and Clark County Commissioner Joan Reddick", probe56),
# not between two people.
_PLACE_OR_BODY_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _place_named_for_a_pair(doc: Doc, joint: Token, index: DocIndex) -> bool:
    """Whether the "and" at ``joint`` is inside a place's or a body's name before a person's
    title ("Lewis and Clark County Commissioner Joan Reddick"): the word before it is a
    one-word "person" nobody else is named as (no given name, no other mention: the recogniser
    cut the county's name) and the word after it opens a place's or a body's name that ends in
    a word such names end in ("County", "College"). "Ada Moss and Harbor County Commissioner Ray
    Tull" joins two people: its first is a whole name; so does "Obama and House Speaker Ray
    Tull", with a surname named once: "House" and "Iowa" are names of their own, not the tail
    of a name that opened with a person's."""
    if joint.i < 1 or joint.i + 1 >= len(doc):
        return False
    before, after = index.cluster_of.get(joint.i - 1), index.cluster_of.get(joint.i + 1)
    if before is None or after is None or after.label not in _PLACE_OR_BODY_LABELS:
        return False
    if after.name.split()[-1].lower() not in _PLACE_AND_BODY_ENDINGS:
        return False
    return before.label == "PERSON" and " " not in before.name and len(before.mentions) == 1


# A conjunction's or an apposition's named member stands for an unnamed mention only when it is
# a person or a body (not a place, a date or a work).
_MEMBER_LABELS = ("PERSON", "ORG", "NORP")


def _named_member(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The name an unnamed mention is joined to, which the gold takes for it: the first named
    member of its conjunction ("Several neighbourhood associations and the Harbor League urged
    …", and "The Northgate Rowing Union and 11 local clubs called for …" where the parse made the
    second member the subject), or the person it stands in apposition to ("Marta Lindgren, the
    widow of a fallen Navy diver, criticised …" when the source is the description; "The second
    resident, her brother-in-law Peter Walsh, 52, praised …")."""
    root, index = mention.root, resolver.index
    if root.pos_ not in ("NOUN", "PROPN") or root.i in index.cluster_of:
        return None
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i != root.i or any(c.dep_ == "conj" for c in root.children):
        joint = next((c for c in first.children if c.dep_ == "cc" and c.lower_ in ("and", "&")), None)
        if joint is None or any(c.i < joint.i and c.dep_ not in ("punct", "conj") for c in first.rights):
            return None  # "Workers at the depot and the Harbor League": the "and" follows a modifier
        for member in sorted([first, *first.conjuncts], key=lambda t: t.i):
            if member.pos_ == "PROPN" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in index.cluster_of for c in member.lefts
            ):  # "Ru bio" (not "CIA operative")
                cluster = index.cluster_of.get(member.i)  # the first name decides, even one left untagged
                return cluster if cluster is not None and cluster.label in _MEMBER_LABELS else None
        return None
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "PROPN":
        if _another_full_name(mention, root.head):
            return None  # "supporting Mr. Vance, Darran Quillby of Grace Chapel, said": a name of its own
        # "a letter to Ruiz, Whitcombe, head of the institute, recounted": the apposition
        # describes the name right before it, another apposition of the same head
        nearer = _appositive_name_between(root.head, root)
        if nearer is not None:
            cluster = index.cluster_of.get(nearer.i)
            return cluster if cluster is not None and cluster.label == "PERSON" else None
        cluster = index.cluster_of.get(root.head.i)
        if cluster is not None and cluster.label == "PERSON":
            head = root.head
            return _first_person_joined(root.doc[head.left_edge.i : head.i + 1], cluster, index)
    for described in root.children:
        # "The second resident, her brother-in-law Peter Walsh": the name in apposition to the apposition
        if described.dep_ == "appos" and described.pos_ == "NOUN" and described.i not in index.cluster_of:
            for named in described.children:
                cluster = index.cluster_of.get(named.i)
                if named.dep_ == "appos" and named.pos_ == "PROPN" and cluster is not None and cluster.label == "PERSON":
                    return cluster
    return None


def _another_full_name(mention: Span, head: Token) -> bool:
    """Whether the mention is a full name of its own (two proper nouns or more, the recogniser
    having left it untagged) whose surname is not the word it is set beside: "Mr. Vance, Darran
    Quillby" names two people, where "the widow of a diver" beside "Marta Lindgren" describes
    her (session 54)."""
    words = [t for t in mention if not t.is_punct]
    return len(words) >= 2 and all(t.pos_ == "PROPN" for t in words) and words[-1].lower_ != head.lower_
