"""Names as the recogniser tagged them, and capitalised words it did not tag.

The resolver's routes for a mention written as a name: the entity its head word belongs to,
mended where the tag misleads (:func:`_named_entity`, :func:`_entity_meant`: a name swept into a
misread title, a description tagged as a name, people joined by "and", a surname beside a
company), the first of two names run together by a headline's verb (:func:`_name_then_verb`),
and a capitalised word nobody tagged, kept as written (:func:`_capitalised_name`). Moved whole
from :mod:`.resolver` (tidy49b); each takes the resolver as its first argument, as the other
rules of the package do (the name rules themselves are in :mod:`.names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.body_words import names_police_union
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.labels import NAME_LABELS as _NAME_LABELS
from newsmine.nlp.entities.mojibake import glued_to_a_capital
from newsmine.nlp.entities.person_labels import first_name_after_someone as _first_name_after_someone
from newsmine.nlp.entities.person_labels import first_name_with_who as _first_name_with_who
from newsmine.nlp.entities.royal_styles import holder_of_style
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.author_entities import _joint_outlet
from newsmine.nlp.speakers.headline_case import _capitalised_inside_sentence, _name_before_its_verb
from newsmine.nlp.speakers.joined_names import _first_of_family, _first_person_joined
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _QUANTIFIERS, _unnamed_people
from newsmine.nlp.speakers.words import _BODY_TYPES, _capitalised
from newsmine.nlp.speakers.written_names import _entity_written_as, _written_name

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _name_holds_the_rest(mention: Span, named: EntityCluster) -> bool:
    """'Elections Manitoba said' after the University of Manitoba: a capitalised word before
    the head that the entity's name lacks makes the mention a name of its own, not a short
    form of that entity (a title before a surname is no such word: "Senator Lee")."""
    words = named.name.split()
    titles = lexicons.load("titles")
    return all(
        t.text in words for t in mention
        if t.i != mention.root.i and t.pos_ == "PROPN" and t.is_title and t.lower_ not in titles
    )  # fmt: skip


def _plural_word_alone(name: str, root: Token) -> bool:
    """Whether a name as written is only its head, a capitalised plural common word, with at
    most a quantifier before it ("Millennials", "Many Millennials", "Hundreds"), not a name of
    several words ("American Crossroads", "M. Dane Waters") nor one with capitals inside
    ("RealClearPolitics", "BATs")."""
    if root.tag_ not in ("NNS", "NNPS") or not root.lower_.endswith("s") or not root.text[1:].islower():
        return False
    return [w for w in name.split() if w.lower() not in _QUANTIFIERS] == [root.text]


def _name_then_verb(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Dana Whitlock Endorses Ray Ortiz:' read as one name: the first named, who speaks
    (:func:`_name_before_its_verb`). Before the head word's entity, the second name."""
    first = _name_before_its_verb(resolver, mention)
    return _for_cluster(first, "name") if first is not None else None


def _named_entity(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """The entity the mention's head word belongs to (:func:`_entity_meant`), when the head
    is written as a name (or is the cut-off end of a name the tokenizer split at a mojibake
    byte: "vidic" of "Marc TrÃ©vidic", tagged a common noun); else a name the tagger read
    as a common noun ("Trump knows", a headline's "Politifact:"), found by its word among
    the article's names."""
    root, index = mention.root, resolver.index
    cluster = _entity_meant(resolver, mention)
    if cluster is not None and (root.pos_ == "PROPN" or root.ent_type_ or root.is_title or glued_to_a_capital(root)):
        member = _first_of_family(resolver, cluster)
        if member is not None:
            return _for_cluster(member, "description")
        return _for_cluster(_joint_outlet(cluster, index), "name")
    if cluster is None and root.is_upper and len(root) > 1 and any(c.dep_ == "poss" for c in root.children):
        # "President Barack Obama's DOJ had issued": the body its acronym names where the
        # recogniser tagged it ("against the DOJ"), not the possessor
        body = _entity_written_as(resolver, root.text, mention.start_char)
        if body is not None and body.label == "ORG":
            return _for_cluster(body, "name")
    short = sum(not t.is_space for t in mention) <= 2
    if cluster is None and root.is_title and short and not _unnamed_people(mention):
        named = index.by_name_word(root.text, mention.start_char, _NAME_LABELS)
        if named is not None and named.label in ("GPE", "LOC") and root.dep_ in NOUN_SUBJECT_DEPS:
            # "Sofia, who trained in London, said" untagged, after "Sofia Marchetti" and a
            # "seeing Sofia" tagged the city: a word that names a person of the article
            # and a place is the person when it speaks
            named = index.by_name_word(root.text, mention.start_char, ("PERSON",)) or named
        if named is not None and root.lower_ == "police" and names_police_union(named.name):
            named = None  # "Police said" after "the Police Benevolent Association": the officers' union is no force
        if named is not None and named.name.lower() not in lexicons.load("titles") and _name_holds_the_rest(mention, named):
            return _for_cluster(named, "name")  # (not "Justice" tagged an organisation: a description)
    return None


def _entity_meant(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The entity tagged on the mention's head word, mended where the tag misleads: a name
    swept into a misread title, a description or a group of people tagged as a name, and
    people joined by "and" (the first of them)."""
    root, index = mention.root, resolver.index
    cluster = index.cluster_of.get(root.i)
    if cluster is None or cluster.label != "PERSON":
        cluster = _person_after_party(mention, index) or cluster  # "Democrats Price and Hale"
    if cluster is not None and cluster.label not in _NAME_LABELS and root.is_title:
        # "Trump" swept into a misread title ("Trump Accused Holt …" as a work of art)
        named = index.by_name_word(root.text, mention.start_char, _NAME_LABELS)
        cluster = named or cluster
    if cluster is not None and cluster.label == "ORG":
        cluster = _person_of_the_body(resolver, root, cluster) or cluster  # "Jonas Berg of Ljuba University"
    if cluster is not None and cluster.label not in _NAME_LABELS and _office_of_a_place(mention):
        cluster = None  # "The Emir of Kuwait" tagged a work of art: an office's holder
    titles = lexicons.load("titles")
    if cluster is not None and (cluster.name.lower() in _BODY_TYPES or cluster.name.lower() in titles):
        cluster = None  # "The bank" tagged as an organisation named "Bank", "the Judge" as a person: a description
    if cluster is not None and cluster.label == "ORG" and root.lower_ in titles and _person_apposed(resolver, root):
        cluster = None  # "The Roman Catholic Bishop of Northbridge, Thomas Gallagher,": a title, not a body
    if cluster is not None and _unnamed_people(mention):
        cluster = None  # "Aides said" tagged as a person named "Aides"
    if cluster is not None and cluster.label in ("GPE", "LOC") and (_first_name_with_who(mention) or _first_name_after_someone(mention)):
        # "Georgia, who founded the shelter, said" after "Georgia Mills" and "across Georgia":
        # the word joined the state's entity by its letters; "who" makes it the person's name
        cluster = index.by_name_word(root.text, mention.start_char, ("PERSON",)) or cluster
    if cluster is not None and cluster.label == "PERSON":
        cluster = _first_person_joined(mention, cluster, index)  # "Khizr and Ghazala Khan" -> Khizr Khan
    if cluster is not None and cluster.label == "PERSON" and len(mention) == 1:
        cluster = _company_beside_company(resolver, root, cluster) or cluster
    return cluster


# Parties written before the surnames of their members, as a title is ("Sens. Cruz and
# Rubio"): "Republicans Price of Dayton and Hale of Akron", "Republican Price said".
_PARTY_TITLES = frozenset({"republicans", "democrats", "republican", "democrat"})


def _person_after_party(mention: Span, index: DocIndex) -> EntityCluster | None:
    """'Democrats Price and Hale said', 'Republicans Price of Dayton and Hale of Akron are
    against …', 'Republican Price said': a party before a surname is a title, which the
    recogniser runs into a body's name ("Democrats Price" tagged an organisation) or leaves the
    name untagged, so the mention was named by its own words; and the parse may cut the party
    off as the whole subject ("Democrats Ada Moss and Ray Tull said" -> "Democrats", the party).
    The speaker is the person the article named whose name holds the word after the party (the
    first member of a conjunction, the gold's convention). None
    when that word names no person of the article ("Democrats Abroad said", "Republicans Monday
    said") or the party is not the mention's first word."""
    if mention[0].lower_ not in _PARTY_TITLES:
        return None
    doc = mention.doc
    if len(mention) == 1:
        # the party alone, a person's name right after it ("Democrats Ada Moss and Ray Tull")
        after = doc[mention.end] if mention.end < len(doc) else None
        cluster = index.cluster_of.get(after.i) if after is not None and after.ent_type_ == "PERSON" else None
        return cluster if cluster is not None and cluster.label == "PERSON" and len(cluster.name.split()) > 1 else None
    word = mention[1]
    if word.pos_ != "PROPN" or not word.is_title:
        return None
    named = index.by_name_word(word.text, mention.start_char, ("PERSON",))
    # the surname of a person named in full, not a word the recogniser took for a person of its
    # own (a title-case headline's award, 'Republican Star Of Valor Winner Speaks', "Star" tagged
    # a person)
    words = named.name.split() if named is not None else []
    return named if len(words) > 1 and words[-1] == word.text else None


def _person_of_the_body(resolver: SpeakerResolver, root: Token, body: EntityCluster) -> EntityCluster | None:
    """"Political analyst Jonas Berg of Ljuba University said" parsed as "[Berg of Ljuba]
    University": the body's last word heads the subject and the person hangs on it as a
    modifier whose "of" has the body's first word for its object. The person speaks, as in
    "Tom Hart of the Cato Institute said", parsed with the person at the head."""
    cluster_of = resolver.index.cluster_of
    for modifier in root.children:
        person = cluster_of.get(modifier.i)
        if modifier.i > root.i or modifier.dep_ not in ("nmod", "compound"):
            continue
        if person is None or person.label != "PERSON":
            continue
        of_body = [
            o for p in modifier.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" and cluster_of.get(o.i) is body
        ]  # fmt: skip
        if of_body:
            return person
    return None


def _person_apposed(resolver: SpeakerResolver, root: Token) -> bool:
    """Whether a person's name stands in apposition to ``root``, or to the end of its "of"
    phrase, where the parse may hang it ("the Archbishop of Southport, Margaret Ellery,")."""
    heads = [root] + [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(
        c.dep_ == "appos" and (n := resolver.index.cluster_of.get(c.i)) is not None and n.label == "PERSON"
        for head in heads
        for c in head.children
    )


def _company_beside_company(resolver: SpeakerResolver, root: Token, person: EntityCluster) -> EntityCluster | None:
    """"Norberg and Brightwater agree …" where Norberg Foods and its chief executive Ingrid
    Norberg are both named: a bare surname joined by "and" to a company is the company
    whose name opens with it, not the person. Only a company named before the person
    (elsewhere than here): 'Donald Trump … the Trump Foundation … Trump and the Republican
    National Committee said' is the man the article is about, not his namesake body."""
    index = resolver.index
    joined = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if not any((other := index.cluster_of.get(c.i)) is not None and other.label == "ORG" for c in joined):
        return None
    company = index.by_name_word(root.text, root.idx, ("ORG",))
    if company is None or company.name.split()[0] != root.text or len(company.name.split()) < 2:
        return None
    named = min((m.start for m in person.mentions if m.start != root.i), default=None)
    return company if named is None or min(m.start for m in company.mentions) < named else None


def _capitalised_name(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"Politifact said", "according to HuffPo", "D’Souza went on": a name nobody tagged,
    as written (:func:`_written_name`). Near the end: kept as written only where no rule
    found the entity it stands for."""
    root = mention.root
    if root.pos_ == "PROPN" or (
        _capitalised(root)
        and not (root.is_upper and len(root) > 1)
        and (root.i > root.sent.start or _capitalised_inside_sentence(root))
    ):
        if _office_of_a_place(mention):
            holder = holder_of_style(mention, resolver.clusters)
            if holder is not None:
                return _for_cluster(holder, "description")  # "The Prince of Wessex said" after "Prince Edmund"
            # "The Sultan of Oman said": a person the office names, not the place (the
            # written name would cut the title and keep "Oman")
            return Resolution("anonymous", None, mention.text)
        written = _written_name(resolver, mention)
        if written.kind == "unresolved" and written.name and _plural_word_alone(written.name, root):
            # "Millennials have reached …", "Hundreds cast their votes": a plural word no
            # entity holds is a group of people, unnamed, not a name
            return Resolution("anonymous", None, mention.text)
        return written
    return None


def _office_of_a_place(mention: Span) -> bool:
    """Whether the mention is a capitalised title with an "of" phrase naming what it is the
    office of, and no name: "The Sultan of Oman", "the Emir of Kuwait", "The Mayor of London"
    (reached here only when no one named holds the title). Its head is the title, a person."""
    root = mention.root
    if not root.is_title or root.lower_ not in lexicons.load("titles"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and c.i == root.i + 1 for c in root.children)
