"""People described before they are named: "Two of the Republicans seeking the presidency
have released their totals. Ben Carson and Sen. Ted Cruz raised …".

News often describes a group of people first and names its members only in the next
sentence, as the subject there (mostly as the ones who speak). The gold's convention for a
group of named people is its first named member; the rules for groups (:mod:`.groups`) look
only back, at people named before the description. Read on both hand-annotated train samples
(one such group in each) and across all 840 train articles before shipping. One person is
described first and named next as well ("A Clinton ally suggested … Virginia Gov. Terry
McAuliffe (D) tried …": :func:`_one_named_next`, session 43).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import people_noun
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.apposed_newcomers import name_apposed_next, next_sentence, sentence_subject
from newsmine.nlp.speakers.descriptions import _person_word
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _ANONYMITY_WORDS, _RELATION_NOUNS, _grants_anonymity
from newsmine.nlp.speakers.words import _PARTY_WORDS, _has_name

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Quantifiers a group description may open with: "Two of the Republicans seeking the presidency".
_GROUP_QUANTIFIERS = frozenset({"two", "three", "four", "both", "several"})
# How many sentences after a group description its members may be named: two, as the parse
# splits a quotation at an ellipsis ("… like Ann Lee . . . to steal the election," Lee said).
_GROUP_NEXT_SENTENCES = 2


def _group_named_next(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Two of the Republicans seeking the presidency have released their totals. Ben Carson and
    Sen. Ted Cruz raised …', 'Legislative leaders in Ohio noted … "…," state Senate leader Ida
    Moss and House Speaker Tom Berg said': a plural description of people that is a subject,
    followed in the next sentences by a conjunction of people first named there, as a subject
    (of a speech verb, unless the group is counted: not "Republicans said … Lee and Moss met"),
    is that group: its first member (the gold's convention for a group of named people)."""
    root = mention.root
    index = resolver.index
    if mention.start_char < resolver.headline_end or root.dep_ != "nsubj" or _has_name(mention):
        return None
    head = root
    if root.lower_ in _GROUP_QUANTIFIERS:
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), root) if of is not None else root
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    # "Two of the Republicans", "both senators" (not "many economists in both parties")
    counted = head is not root or any(c.dep_ == "nummod" or c.lower_ in _GROUP_QUANTIFIERS for c in head.children)
    cluster = index.cluster_of.get(head.i)
    norp = cluster is not None and cluster.label == "NORP"
    if not counted and (norp or head.lemma_.lower() in _PARTY_WORDS):
        return None  # "The Republicans had sparred …": the party's people, no one named
    if not (people_noun(head.lower_) or people_noun(head.lemma_.lower()) or norp):
        return None
    sentence = index.sentence_of[root.i]
    for n in index.named_after(mention.end_char):
        if n.sentence > sentence + _GROUP_NEXT_SENTENCES:
            return None
        if n.sentence == sentence or n.cluster.label != "PERSON" or n.in_quote:
            continue
        if index.first_start(n.cluster) < mention.start_char:
            continue
        token = resolver.doc[n.token]
        partners = [
            c for c in token.children
            if c.dep_ == "conj" and (p := index.cluster_of.get(c.i)) is not None and p.label == "PERSON"
        ]  # fmt: skip
        speaks = token.head.lemma_.lower() in lexicons.load("cues")
        if token.dep_ == "nsubj" and partners and (counted or speaks):
            return _for_cluster(n.cluster, "description")  # (not "Republicans said … Lee and Moss met")
    return None


# Heads of a description the article keeps unnamed on purpose, whoever it names next ("A
# senior official said … John Lee, the deputy minister, said …" are two people): the
# conventions' sources, officials and spokespeople of a body are null unless named beside.
_KEPT_UNNAMED = frozenset({
    "source", "official", "spokesman", "spokeswoman", "spokesperson", "staffer", "aide", "operative", "insider",
    "someone", "person", "officer", "employee", "member", "witness", "resident",
    # someone met through the one the story is about (the singular of the relation nouns'
    # "neighbors", "colleagues"): "A longtime friend said … / Harold Benson, who died Sunday, …"
    "friend", "neighbor", "neighbour", "colleague",
})  # fmt: skip


def _one_named_next(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'A Clinton ally suggested she would … / Virginia Gov. Terry McAuliffe (D) tried to walk
    back his comments', 'Donald Trump's campaign manager says … / Corey Lewandowski, in a
    statement …, said': the singular counterpart of :func:`_group_named_next`. A description
    of one person that is the subject of a paragraph's first sentence (or of the lead, after
    a dateline's dash), that no rule resolved, is the person the next sentence opens with,
    named there for the first time as its subject: news describe someone first and name them
    right after (the gold then takes the individual). An indefinite or possessive description
    only ("a federal judge", "Lee's right-hand man"): a definite one ("The deputy head of the
    delegation") may be someone the article had in mind, and is the next person only when
    that one speaks (:func:`.descriptions._named_next`). Not a source or official the article
    keeps unnamed, nor a relative or lawyer (their own rules), nor when anonymity is granted."""
    root = mention.root
    index, doc = resolver.index, resolver.doc
    if mention.start_char < resolver.headline_end or root.dep_ not in NOUN_SUBJECT_DEPS:
        return None
    head = root
    if root.lower_ == "one":  # "one of the former prosecutors for …"
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), root) if of is not None else root
        if head is root or head.tag_ != "NNS" or not (people_noun(head.lower_) or _person_word(head.lemma_.lower())):
            return None
    elif root.tag_ != "NN" or not _person_word(root.lower_):
        return None
    elif any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None  # "The deputy head said …": :func:`.descriptions._named_next`, a speaker next only
    apposed = name_apposed_next(index, root, head)
    if apposed is not None:
        # "A former aide testified … / The aide, Danielle Ferris, …": named, kept-unnamed noun or not
        return apposed
    if head.lemma_.lower() in _KEPT_UNNAMED or head.lower_ in _RELATION_NOUNS or head.lemma_.lower() in _RELATION_NOUNS:
        return None
    start = root.sent.start
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].text in _DATELINE_DASHES):
        return None  # the first sentence of a paragraph only
    following = next_sentence(index, root)
    if following is None:
        return None
    subject = sentence_subject(following)
    cluster = index.cluster_of.get(subject.i) if subject is not None else None
    if cluster is None or cluster.label != "PERSON" or subject.left_edge.i != following.start:
        return None  # the next sentence opens with someone else, or with no one
    if index.in_quote[subject.i] or index.first_start(cluster) < mention.end_char:
        return None  # named before: someone the article had in mind, not the one introduced
    if any(t.lower_ in _ANONYMITY_WORDS for t in doc[start : following.end]):
        return None
    if (_titled_otherwise(subject, head) or _named_bare(subject)) and not _of_someone_named(index, mention, root):
        # "A teacher said … / Superintendent Mark Ellison said …", "A Kremlin adviser said … /
        # Sergei Lavrov told …": two people
        return None
    return cluster


def _titled_otherwise(subject: Token, head: Token) -> bool:
    """Whether the person named next carries a title before the name, or an apposition, that
    is not the description's own word: local, court and business news quote a witness, a
    teacher, an analyst and then the official in charge ("A woman who lives nearby said … /
    Police Chief Dana Whitfield said …", "An analyst said … / Laura Chen, the chief executive,
    said …"), two people; "a federal judge ruled … / U.S. District Judge Ann Lee wrote …" is
    one."""
    titles = lexicons.load("titles")
    words = [
        t for t in subject.subtree
        if t.i < subject.i and t.dep_ != "det" and any(c.isalpha() for c in t.text)
        and (t.ent_type_ != "PERSON" or t.lower_ in titles)  # the tagger's "Superintendent Mark Ellison"
    ]  # fmt: skip
    # an age set off after the name ("Nora Lindgren, 54,") is no title
    words += [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ != "PERSON" and not c.like_num]
    own = {head.lower_, head.lemma_.lower()}
    return bool(words) and not any(t.lower_ in own or t.lemma_.lower() in own for t in words)


def _of_someone_named(index, mention: Span, root: Token) -> bool:
    """Whether the description picks one person by whom they belong to: a possessive ("Hillary
    Clinton's right-hand woman", "The capital's new mayor": one post, whoever holds it is named
    next, with whatever title) or a person's name ("A Clinton ally": of that person's camp, as
    news introduce them, "… / Virginia Gov. Terry McAuliffe tried …"). A name the tagger left
    untyped counts ("A Ruiz ally"); a body or place does not ("A Kremlin adviser", "A Barclays
    analyst": one of many)."""
    if any(c.dep_ == "poss" for c in root.children):
        return True
    for t in mention:
        cluster = index.cluster_of.get(t.i) if t.i != root.i else None
        if (cluster is not None and cluster.label == "PERSON") or (t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")):
            return True
    return False


def _named_bare(name: Token) -> bool:
    """Whether a person is named with nothing that introduces them: no title or other word
    before the name, no apposition, relative clause or parenthesis after it, not itself an
    apposition ("Sergei Lavrov told reporters …"). News name so someone the reader is taken
    to know; a newcomer first described and named after is introduced ("said Jane Doe, who has
    lived there 30 years", "Huma Abedin, vice chairwoman for …", "U.S. District Judge Ann
    Lee", "said the aide, Meredith Calloway")."""
    if name.dep_ == "appos" or any(c.dep_ in ("appos", "relcl", "acl") for c in name.children):
        return False
    if name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == "(":
        return False
    titles = lexicons.load("titles")
    return all(
        t.dep_ == "det" or t.is_punct or (t.ent_type_ == "PERSON" and t.lower_ not in titles)
        for t in name.subtree if t.i < name.i
    )  # fmt: skip


# The dash after a dateline ("WASHINGTON (AP) — A Clinton ally said …"): the lead follows.
_DATELINE_DASHES = frozenset({"—", "--", "–"})


# How many sentences after an indefinite description the person it introduces may be named
# as a speaker: its own, or the next ('A rancher who lost 40 head of cattle stood by the tank.
# "…," Jim Ortega, 61, said.').
_NEWCOMER_NAMED_WITHIN = 1


def _newcomer_again(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'A rancher who lost 40 head of cattle stood by the dry tank. "…," Jim Ortega, 61, said.
    … "…," the rancher said': a definite description whose noun the article first wrote with
    "a" / "an" as the subject of a paragraph's first sentence is the person named next as the
    speaker, in that sentence or the one after, for the first time there (the latest such noun
    before the mention: another "a rancher" since is another newcomer). The rules for a
    description read the indefinite noun as someone unnamed (:func:`.introduced_unnamed._introduced_unnamed`:
    "an organizer … the organizer said"), which it is only when no name follows; feature and
    local news describe a newcomer, quote them by name, then call them by the noun. Not a source,
    official or spokesperson the article keeps unnamed, nor a relative (their own rules), not
    when anonymity is granted, and not when the person named carries another title ("A teacher
    stood up. Principal Dana Lowe said …" are two people)."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ != "NN" or mention.start_char < resolver.headline_end:
        return None
    head = root.lower_
    if any(c.dep_ == "poss" for c in root.children):
        return None
    if head in _KEPT_UNNAMED or head in _RELATION_NOUNS or root.lemma_.lower() in _KEPT_UNNAMED:
        return None
    doc, index = resolver.doc, resolver.index
    lower = index.context.lower
    noun = next((doc[i] for i in range(root.i - 1, -1, -1) if lower[i] == head and _indefinite_article(doc[i])), None)
    # the subject of an active verb: one something was done to ("A fan who ran onto the pitch
    # was detained. '…,' said Harry Kane, who scored twice.") is reported on, and the one named
    # next is as often a witness, a player or an official who tells of them
    if noun is None or noun.dep_ != "nsubj" or index.in_quote[noun.i]:
        return None
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "a rancher, Jim Ortega," is named by its apposition, which the names read
    if not (_person_word(head) or head in lexicons.load("person_nouns") or _who_clause(noun)):
        return None  # a person's noun, listed or said of someone by "who" ("A beekeeper who lost …")
    start = noun.sent.start
    if not (start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].text in _DATELINE_DASHES):
        return None  # a paragraph's first sentence, or the lead's after a dateline's dash
    sentence = index.sentence_of[noun.i]
    cues = lexicons.load("cues")
    for n in index.named_after(noun.idx + len(noun.text)):
        if n.sentence > sentence + _NEWCOMER_NAMED_WITHIN or n.start_char >= mention.start_char:
            return None
        if n.cluster.label != "PERSON" or n.in_quote:
            continue
        if index.first_start(n.cluster) < noun.idx:
            return None  # someone named before the description: not the newcomer
        token = doc[n.token]
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in cues:
            return None  # the first newcomer named does not speak: the noun may be anyone's
        if _grants_anonymity(noun.sent) or _grants_anonymity(token.sent) or _titled_otherwise(token, noun):
            return None
        return n.cluster
    return None


def _indefinite_article(noun: Token) -> bool:
    """'a rancher', 'an organizer' (not 'one diplomat': a number, kept unnamed by the article)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts)


def _who_clause(noun: Token) -> bool:
    """'a beekeeper who lost half of her hives': a relative clause opened by "who" says the
    noun is a person's, whatever lists hold it."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ == "who" for c in noun.children)
