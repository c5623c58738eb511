"""Names and appositions.

A name nobody clustered kept as written ("Politifact said"); a name in apposition ("the mayor,
Ana Ruiz", "said Bob Lin, a superdelegate"); people joined by "and" (the first of them); a family
("the Khans"); and the headline's title case, which makes common words look like names.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import HONORIFICS, EntityCluster, clean_name
from newsmine.nlp.entities.name_spans import _lower_case_words
from newsmine.nlp.entities.titles import _appositive_name_between
from newsmine.nlp.entities.word_lists import _first_names
from newsmine.nlp.speakers.descriptions import _PUBLIC_BODIES, _described
from newsmine.nlp.speakers.people import _relative, _titled
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _GROUP_NOUNS, _is_person_noun, _people_of_someone
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DETERMINERS,
    _DOCUMENT_NOUNS,
    _ORG_LABELS,
    _OUTLET_VOICES,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _capitalised,
)

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
        subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
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
        titled = (
            _titled(resolver, mention, root.lower_, [w for w in words if w not in ("'s", "’s")], False)
            if words
            else None
        )
        return (
            _for_cluster(titled, "title") if titled is not None and mention[0].lower_ not in ("a", "an") else None
        )
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


# Inflections that turn a verb's lemma into the form a clause writes ("endorses", "carried").
_VERB_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("d", ""))


@cache
def _cue_lemmas() -> frozenset[str]:
    """Reporting and stance verbs by lemma (cues.txt and cue_categories.txt; the first word of
    a cue of several words)."""
    lemmas = lexicons.load("cues") | frozenset(lexicons.load_sections("cue_categories"))
    return frozenset(lemma.split()[0] for lemma in lemmas if lemma)


def _verb_form(token: Token) -> bool:
    """Whether a word the parse read as part of a name or a noun phrase is an inflected verb:
    tagged as one, or written as a form of a reporting or stance verb ("Endorses"), which a
    headline's title case hides from the tagger."""
    if token.tag_ in ("VBZ", "VBD"):
        return True
    low = token.lower_
    return any(
        low.endswith(end) and len(low) > len(end) + 2 and low[: -len(end)] + add in _cue_lemmas()
        for end, add in _VERB_ENDINGS
    )


# The most words a name opening a clause is read over ("Mary Jo Ann Lee").
_MAX_NAME_WORDS = 4


def _name_before_its_verb(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Dana Whitlock Endorses Ray Ortiz:' parsed as one noun phrase whose head is the second
    name: the person or body named first, followed by a verb, is the one who speaks, not the
    one named after the verb (a headline's title case runs the clause into one mention). The
    first name may be one the recogniser missed there and tagged in the body ("Whitlock").
    Not when the mention ends in a possessive ("Lee praised Ruiz's"): what follows it is the
    second one's ("Ruiz's claim")."""
    index, doc = resolver.index, resolver.doc
    at = mention.start
    while at < min(mention.end, mention.start + _MAX_NAME_WORDS) and _capitalised(doc[at]) and not _verb_form(doc[at]):
        at += 1
    if at == mention.start or at >= mention.end - 1 or not _verb_form(doc[at]) or at in index.cluster_of:
        return None  # (a word of a name the tagger read as a verb: "Latino Decisions researcher Ana Ruiz")
    if doc[mention.end - 1].lower_ in ("'s", "’s", "'", "’"):
        return None
    first = index.cluster_of.get(mention.start)
    if any(index.cluster_of.get(i) is not first for i in range(mention.start + 1, at)):
        return None  # the words before the verb are not one name
    if first is None:  # untagged here: the person or body whose name ends with the word
        first = index.by_name_word(doc[at - 1].text, mention.start_char, ("PERSON", "ORG"))
        if first is None or first.name.split()[-1] != doc[at - 1].text:
            return None
    if first.label not in ("PERSON", "ORG"):
        return None
    later = [index.cluster_of[t.i] for t in mention[at - mention.start + 1 :] if t.i in index.cluster_of]
    return first if later and all(c is not first for c in later) else None


def _written_name(resolver: SpeakerResolver, mention: Span) -> Resolution:
    """A proper name no entity holds: the latest entity whose name holds its head word,
    else the name as written (without determiners and honorifics)."""
    root = mention.root
    named = resolver.index.by_name_word(root.text, mention.start_char)
    if named is not None and not _names_another(resolver, mention, named):
        return _for_cluster(named, "name")
    if root.i < resolver.headline_tokens and not _capitalised_in_body(resolver, root):
        return Resolution("unresolved")  # a headline's "Justice vows …", "Underdog sees …": a description
    titles = lexicons.load("titles")
    words = [t for t in mention if t.lower_ not in _DETERMINERS and t.lower_ not in HONORIFICS and not t.is_punct]
    while len(words) > 1 and clean_name(words[0].lower_) in titles:
        words = words[1:]  # "Mayor Ana Ruiz" -> "Ana Ruiz"
    words = _last_name_run([t for t in words if _capitalised(t) or t.i == root.i])
    if not words or not any(_capitalised(t) for t in words):
        return Resolution("unresolved")
    start = _hyphenated_from(words[0])
    name = clean_name(resolver.doc[start : words[-1].i + 1].text)  # "-Todd Rogers" in a list
    if not name:
        return Resolution("unresolved")
    written_elsewhere = _entity_written_as(resolver, name, mention.start_char)
    if written_elsewhere is not None:
        return _for_cluster(written_elsewhere, "name")  # "The DOJ responded", the DOJ tagged elsewhere
    first = clean_name(words[0].text).lower()
    if first in lexicons.load("first_names_female") or first in lexicons.load("first_names_male"):
        kind = "person"
    else:
        kind = (
            "organisation"
            if root.ent_type_ in _ORG_LABELS
            else "person"
            if root.ent_type_ == "PERSON"
            else "unresolved"
        )
    return Resolution(kind, None, name, "name")


# Lower-case words that join the parts of one name ("Bank of America", "Doctors without Borders",
# "Alliance for a Fair Crossing", "Committee to Protect Journalists", "Mothers against Drunk Driving").
_NAME_JOINERS = frozenset({
    "of", "for", "and", "the", "a", "an", "to", "on", "in", "at", "with", "without", "against", "de", "du",
    "la", "le", "von", "van", "der", "y", "&",
})  # fmt: skip


def _last_name_run(words: list[Token]) -> list[Token]:
    """The capitalised words of the name itself: those after the last lower-case word that
    no name holds ('Local television station Metro TV' -> 'Metro TV': the sentence's first
    word is capitalised, the description after it is not), joiners allowed ('Bank of America')."""
    for k in range(len(words) - 1, 0, -1):
        between = words[0].doc[words[k - 1].i + 1 : words[k].i]
        if any(t.is_alpha and t.is_lower and t.lower_ not in _NAME_JOINERS for t in between):
            return words[k:]
    return words


def _hyphenated_from(first: Token) -> int:
    """Where the written word ``first`` ends starts: the tokenizer splits a hyphenated name at
    its hyphens ("G-III", "al-Qaeda"), and the parse may head the speaker's phrase on the last
    part, so the name kept as written would be "III" or "Qaeda". Not a dash opening a list
    line ("-Todd Rogers"), which stands after a space or at the start."""
    doc, start = first.doc, first.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].text.isalnum()
    ):
        start -= 2
    return start


def _entity_written_as(resolver: SpeakerResolver, name: str, offset: int) -> EntityCluster | None:
    """The person or body one of whose mentions elsewhere is written exactly ``name``: the
    recogniser tags a short form ("DOJ", "Wealth-X") in some sentences and misses it in others,
    and the entity's name ("U.S. Department of Justice") need not hold the word. The latest
    such mention before ``offset``, else the first after; case counts ("SYRACUSE" in a dateline
    is no "Syracuse")."""
    before: tuple[EntityCluster, int] | None = None
    after: tuple[EntityCluster, int] | None = None
    for cluster in resolver.clusters:
        if cluster.label not in ("PERSON", "ORG"):
            continue
        for span in cluster.mentions:
            if clean_name(span.text) != name:
                continue
            if span.start_char < offset and (before is None or span.start_char > before[1]):
                before = (cluster, span.start_char)
            elif span.start_char >= offset and (after is None or span.start_char < after[1]):
                after = (cluster, span.start_char)
    found = before or after
    return found[0] if found is not None else None


def _headline_word_only(resolver: SpeakerResolver, cluster: EntityCluster, root: Token) -> bool:
    """An entity of one word named only in the headline, whose word the body never
    capitalises: title case made a description ("Underdog", "Justice") look like a name."""
    return (
        root.i < resolver.headline_tokens
        and cluster.label != "NORP"  # "Republicans said …": the party rules decide
        and len(cluster.name.split()) == 1
        and all(m.start < resolver.headline_tokens for m in cluster.mentions)
        and not _capitalised_in_body(resolver, root)
    )


def _capitalised_in_body(resolver: SpeakerResolver, token: Token) -> bool:
    """Whether the article's body (below the headline) writes the word capitalised inside
    a sentence: a headline's title case makes every word look like a name."""
    doc = resolver.doc
    return any(
        i >= resolver.headline_tokens and _capitalised(doc[i]) and i != doc[i].sent.start
        for i in token_indices(doc, LOWER, (token.lower_,))
    )  # fmt: skip


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


def _capitalised_inside_sentence(token: Token) -> bool:
    """Whether the article writes the word, capitalised, elsewhere than at a sentence start:
    a name the tagger missed ("D’Souza went on" after "Dinesh D’Souza made"), not a common
    word that opens a sentence (never one the article also writes in lower case)."""
    doc = token.doc
    headline_end = next((t.i for t in doc if "\n" in t.text_with_ws), 0)
    inside = False
    for i in token_indices(doc, LOWER, (token.lower_,)):  # the same word, in any case (not a Token per word)
        t = doc[i]
        if i == token.i:
            continue
        if t.is_lower:
            return False  # "video" elsewhere: a common word
        inside = inside or (
            t.text == token.text
            and t.i > t.sent.start
            and t.i > headline_end
            and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and _capitalised(t.doc[t.i - 1])))
        )  # written as (part of) a name: "Dinesh D’Souza made"
    return inside


def _names_another(resolver: SpeakerResolver, mention: Span, cluster: EntityCluster) -> bool:
    """'Our Principles PAC' is not the 'Super PAC' named before, though both end in "PAC":
    the capitalised word before the head is a name word the cluster's name lacks. Not a word
    only the headline's title case capitalised ("Republican Donor Adelson" is Sheldon Adelson,
    whom the body calls a donor)."""
    root = mention.root
    before = root.nbor(-1) if root.i > mention.start else None
    if before is None or not _capitalised(before) or before.lower_ in HONORIFICS:
        return False
    if clean_name(before.lower_) in lexicons.load("titles"):
        return False
    if before.i < resolver.headline_tokens and not _capitalised_in_body(resolver, before):
        return False
    return before.lower_ not in cluster.name.lower().split()


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
        and joint.head.dep_ in ("nsubj", "nsubjpass")
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
    if not any(t.lower_ in ("and", "&") for t in mention if t.i < root.i):
        return cluster
    # The first person named, past a party or a nationality before it ("Republican Ada Moss and
    # Democrat Ray Tull": "Republican" is a group, not the first member).
    first = next((index.cluster_of[t.i] for t in mention if t.i < root.i and t.i in index.cluster_of and index.cluster_of[t.i].label != "NORP"), None)
    return first if first is not None and first.label == "PERSON" else cluster


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
