"""Names and appositions.

A name nobody clustered kept as written ("Politifact said"); a name in apposition ("the mayor,
Ana Ruiz", "said Bob Lin, a superdelegate"); people joined by "and" (the first of them); a family
("the Khans"); and the headline's title case, which makes common words look like names.

This module holds the names a mention holds or stands in apposition to; split by what they
hold (session 50): a name nobody clustered kept as written in :mod:`.written_names`, people
joined by "and" and a family in :mod:`.joined_names`, the headline's title case in
:mod:`.headline_case`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import HONORIFICS, EntityCluster
from newsmine.nlp.entities.name_spans import lower_case_words as _lower_case_words
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.descriptions import _PUBLIC_BODIES, _described
from newsmine.nlp.speakers.relatives import _relative
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.titled_people import _titled
from newsmine.nlp.speakers.unnamed import _GROUP_NOUNS, _is_person_noun, _people_of_someone
from newsmine.nlp.speakers.worded_titles import titled_or_just_named
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DETERMINERS,
    _DOCUMENT_NOUNS,
    _OUTLET_VOICES,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


def _name_right_after(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Democratic candidates Ana Ruiz and Tom Berger did respond' parsed with the title
    as a subject of its own: the person named right after a role noun (the first of them,
    the gold's convention for conjunctions). Or named after a comma, an apposition the parse
    missed ('according to its chief nursing officer, Dr. Alison Mbeki.', 'According to a union
    official, Brian Coyle, many …': the name hung on the clause's verb): news names the person
    a singular role stands for that way, so the name counts when a comma, a full stop or the
    sentence's end closes it."""
    root, doc = mention.root, resolver.doc
    if root.pos_ != "NOUN" or mention.end >= len(doc) or root.i != mention.end - 1:
        return None
    lemma = root.lemma_.lower()
    role = lemma in _ROLE_NOUNS or lemma in _PUBLIC_TITLES or lemma in lexicons.load("titles")
    if not role and (lemma not in lexicons.load("person_nouns") or doc[mention.end].text != ","):
        return None  # "A shopper, Paloma, said": a vox pop's first name, after a comma only
    if doc[mention.end].text == ",":
        return _name_after_comma(resolver, mention.end + 1) if root.tag_ == "NN" else None
    at = mention.end
    titles = lexicons.load("titles")
    while at < min(len(doc), mention.end + 3) and (
        doc[at].lower_ == "the" or doc[at].lower_ in HONORIFICS or doc[at].lower_.rstrip(".") in titles
        or doc[at].lower_ in ("rev.", "rev")
    ):
        at += 1  # "Vatican spokesman the Rev. Federico Lombardi"
    cluster = resolver.index.cluster_of.get(at) if at < len(doc) else None
    return cluster if cluster is not None and cluster.label == "PERSON" and doc[at].is_title else None


def _name_after_comma(resolver: SpeakerResolver, at: int) -> EntityCluster | None:
    """The person named from token ``at`` (after honorifics) whose name a comma, a full stop,
    a semicolon or the sentence's end closes; None otherwise."""
    doc = resolver.doc
    while at < len(doc) and doc[at].lower_ in HONORIFICS:
        at += 1
    cluster = resolver.index.cluster_of.get(at) if at < len(doc) else None
    if cluster is None or cluster.label != "PERSON" or not doc[at].is_title:
        return None
    end = at
    while end < len(doc) and resolver.index.cluster_of.get(end) is cluster:
        end += 1
    closed = end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].is_sent_start
    return cluster if closed else None


def _named_in_apposition(resolver: SpeakerResolver, phrase: Span, labels: tuple[str, ...] = ("PERSON",)) -> Resolution | None:
    """'said Bob Lin, a superdelegate and Ruiz supporter who has …': a singular
    description in apposition to a person's name stands for that person (to an
    organisation's for "which"/"that": "started Harlow Trust, a foundation that …")."""
    noun = phrase.root
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "a superdelegate and Ruiz supporter"
    while noun.dep_ == "appos" and noun.head.pos_ == "NOUN" and noun.head.i not in resolver.index.cluster_of:
        noun = noun.head  # "… are newcomers to politics, naturalized citizens who": the noun described first
    if noun.dep_ in ("attr", "dep") and noun.head.lemma_ == "be":
        # ("dep": a second predicate noun after a comma, "are newcomers, naturalized citizens who")
        # "Ruiz and her husband are naturalized citizens who …": the subject the noun describes
        subjects = [c for c in noun.head.children if c.dep_ in NOUN_SUBJECT_DEPS]
        cluster = resolver.index.cluster_of.get(subjects[0].i) if subjects else None
        return _for_cluster(cluster, "apposition") if cluster is not None and cluster.label in labels else None
    if noun.dep_ != "appos" or noun.tag_ in ("NNS", "NNPS"):
        return None
    cluster = resolver.index.cluster_of.get(noun.head.i)
    return _for_cluster(cluster, "apposition") if cluster is not None and cluster.label in labels else None


def _named_across_copula(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The first member of Congress to endorse him was Rep. Ada Moss', 'Sens. Ray Tull and
    Helen Birch were the only Republicans to vote against it', 'Moss was the very first one
    that called': a description singling someone out with a clause of its own (where the cue
    is), on one side of 'be', is the person named on the other side, the first named of a
    conjunction (the gold's convention), before the description rules take it for someone
    unnamed or a group."""
    root = mention.root
    own = resolver.index.cluster_of.get(root.i)  # none, or a group ('the only Republicans')
    if not (own.label == "NORP" if own is not None else root.pos_ == "NOUN"):
        return None
    if root.dep_ not in ("nsubj", "attr") or root.head.lemma_ != "be" or not any(_own_clause(root, c) for c in root.children):
        return None
    if not any(t.lower_ in _SINGLING_OUT for t in mention if t.i < root.i):
        return None  # only what singles one out makes the two sides one person ('Singer is just an attempt to …')
    other = next((c for c in root.head.children if c.dep_ == ("attr" if root.dep_ == "nsubj" else "nsubj")), None)
    if other is None or other.pos_ not in ("PROPN", "NOUN"):
        return None  # (a clause or a pronoun on the other side: no name there)
    # Not a possessor, nor a name after a preposition of a common noun ('was an aide to Gov. Ann
    # Pike', 'a neighbour of Ada Moss'): the one singled out is the aide, not whom the aide serves.
    aside = {t.i for p in other.subtree if p.dep_ == "poss" or (p.dep_ == "prep" and p.head.pos_ == "NOUN") for t in p.subtree}
    named = (resolver.index.cluster_of.get(t.i) for t in other.subtree if t.i not in aside)
    cluster = next((c for c in named if c is not None and c.label == "PERSON"), None)  # past 'GOP Rep.'
    return _for_cluster(cluster, "apposition") if cluster is not None else None


# Words that single out whom a description means, so that 'be' names them: 'the first member
# to endorse him was …', 'were the only Republicans to vote against …'.
_SINGLING_OUT = frozenset({"first", "only", "last", "lone", "sole", "second", "third"})


def _own_clause(noun: Token, clause: Token) -> bool:
    """Whether ``clause`` is a clause of ``noun``'s own after it ('the first member to endorse
    him', 'the one that called'), not one the parse hung on it past a comma ('Co-founder of the
    Project, a nonprofit that advocates …': the apposition's)."""
    return clause.dep_ in ("acl", "relcl") and clause.i > noun.i and not any(t.text == "," for t in noun.doc[noun.i : clause.left_edge.i])


# Public bodies a place owns, written in lower case after its possessive ("China's foreign
# ministry", "Ohio's election board"): the body speaks, not the place. The public bodies of
# :mod:`.descriptions` and a place's parliament, police, forces, departments and embassies. Not
# "government": the gold takes the country for its government too ("German government || Germany").
_PLACE_BODIES = _PUBLIC_BODIES | frozenset({"department", "parliament", "police", "military", "army", "navy", "embassy"})


# An organisation's armed wing, written after its possessive ("Hezbollah's forces").
_ARMED_WINGS = frozenset({"force", "forces", "army", "militia"})


def _armed_wing_of(resolver: SpeakerResolver, root: Token) -> EntityCluster | None:
    """'Hezbollah's forces said', 'the Wagner Group's forces said': an organisation's forces
    speak for it, as a place's army is its body (:data:`_PLACE_BODIES`); a person's forces are
    the people round them ("Lee's forces", :func:`.unnamed._people_of_someone`). The owner's
    cluster decides, not the tagger's label of the possessive ("Trump's" is often ORG). A force
    its noun makes another kind ("Microsoft's sales force", "the union's task force") is no
    armed wing: staff or a panel of the body, not its voice."""
    if root.lower_ not in _ARMED_WINGS or any(c.dep_ == "compound" for c in root.children):
        return None
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    cluster = resolver.index.cluster_of.get(owner.i) if owner is not None else None
    return cluster if cluster is not None and cluster.label == "ORG" else None


def _named_in(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """A capitalised word of the mention that names an entity ('Trump' tagged as a verb),
    or a possessor ('Mr. Lee's memo' -> Lee)."""
    root = mention.root
    relative = _relative(resolver, mention)
    if relative is not None:
        return relative
    armed = _armed_wing_of(resolver, root)
    if armed is not None:
        return _for_cluster(armed, "name")
    if root.pos_ == "NOUN" and (
        _is_person_noun(root.lower_) or root.lower_ in _GROUP_NOUNS or root.lower_ in lexicons.load("titles")
        or (len(mention) > 1 and _people_of_someone(root))
    ):  # fmt: skip
        named = _name_set_off_before(resolver, mention)
        if named is not None:
            return _for_cluster(named, "name")
        # "a Clinton aide", "his lawyer", "Lee's family": an unnamed source, not Lee; unless
        # the article gave someone that title ("Pagliano's lawyer, Mark Ruiz").
        words = [t.lower_ for t in mention if t.lower_ not in _DETERMINERS and not t.is_punct and t.i != root.i]
        words = [w for w in words if w not in ("'s", "’s")]
        titled = (
            _titled(resolver, mention, root.lower_, words, False)
            if words
            else None
        )
        if titled is not None and mention[0].lower_ not in ("a", "an"):
            return _for_cluster(titled_or_just_named(resolver, mention, words, titled), "title")
        return None
    for child in root.children:
        if child.dep_ == "poss" and child.i in resolver.index.cluster_of:
            owner = resolver.index.cluster_of[child.i]
            if owner.label == "GPE" and root.is_lower and root.lower_ in _PLACE_BODIES:
                # "China's foreign ministry said": the ministry as written (the gold's name, as
                # "the ministry" after it), not the country
                return Resolution("organisation", None, resolver.doc[child.left_edge.i : root.i + 1].text, "description")
            return _for_cluster(owner, "name")
        if child.dep_ == "poss" and root.lower_ in _OUTLET_VOICES and _BODY_TYPES.get(child.lower_) == ("outlet",):
            # "the paper's editorial board wrote": the outlet "the paper" stands for
            return _described(resolver, resolver.doc[child.left_edge.i : child.i + 1])
    for token in mention:
        if (
            token.i in resolver.index.cluster_of
            and token.is_title
            and token.dep_ in ("compound", "nsubj", "ROOT", "poss", "appos")
        ):
            cluster = resolver.index.cluster_of[token.i]
            if cluster.label == "PERSON" and root.pos_ == "PROPN" and not _agency_word_after(resolver, token, root):
                return _for_cluster(cluster, "name")
    first = mention[0]
    if (
        first.i in resolver.index.cluster_of
        and first.dep_ == "compound"
        and root.pos_ == "NOUN"
        and root.lower_ not in lexicons.load("organisation_nouns")
    ):
        cluster = resolver.index.cluster_of[first.i]  # "Trump demands accountability" misparsed as one noun phrase
        if cluster.label == "PERSON" and root.lower_ not in _DOCUMENT_NOUNS:
            return _for_cluster(cluster, "name")
    return None


def _agency_word_after(resolver: SpeakerResolver, token: Token, root: Token) -> bool:
    """'according to Cal Fire': a word the recogniser tagged a person, no known first name,
    before a head no entity holds that the article writes in lower case ("the fire") is an
    agency's name written as it stands, not the person "Cal" ("Patty Judge" keeps its known
    first name; a headline's title case capitalises every word: "Trump May Have …")."""
    if root.i in resolver.index.cluster_of or token.lower_ in _first_names() or root.i < resolver.headline_tokens:
        return False
    return root.lower_ in _lower_case_words(resolver.doc)


def _name_set_off_before(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person named before a comma that opens the mention, when the parse hung the name on
    the title after it instead of reading the title as its apposition: "Choi Min-ho, chairman
    of the Korea Battery Industry Association, said" (the tokenizer splits the hyphenated
    given name, and the parse takes the name's pieces for the title's modifiers), whose
    subject is then "chairman". None when the mention opens with no person's name and comma."""
    index, root = resolver.index, mention.root
    cluster = index.cluster_of.get(mention[0].i)
    if cluster is None or cluster.label != "PERSON":
        return None
    end = mention[0].i
    while end + 1 < root.i and index.cluster_of.get(end + 1) is cluster:
        end += 1
    return cluster if end + 1 < root.i and resolver.doc[end + 1].text == "," else None


def _titles_joined_to_name(mention: Span, index: DocIndex) -> EntityCluster | None:
    """'said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell'
    with the span cut at "and": two titles of one person joined before the name, written
    with no determiner (not "the governor and Mayor Tom Berg", two people). The person named
    at the end of the conjunct."""
    root = mention.root
    if mention[0].lower_ in _DETERMINERS or root.lower_ not in lexicons.load("titles") or not root.is_title:
        return None
    if any(t.i in index.cluster_of and index.cluster_of[t.i].label == "PERSON" for t in mention):
        return None
    for conj in root.children:
        if conj.dep_ != "conj" or conj.i not in index.cluster_of:
            continue
        cluster = index.cluster_of[conj.i]
        words = root.doc[root.i + 1 : conj.left_edge.i]
        if cluster.label == "PERSON" and [t.lower_ for t in words] == ["and"]:
            return cluster
    return None
