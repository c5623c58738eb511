"""The researchers or the authors of a study the article has just named with its author:
'The study, led by Dr. Amara Osei, … The researchers wrote in The Lancet that …', 'The study
has limitations, the authors acknowledged'.

A group of named members speaks as its first named member (the dev-speakers convention), and
a document for whoever put it out; "the researchers" and "the authors" with nothing after them
are the people behind the study just named, so they speak for its author (probe47b). Not "the
authors of the bill" (a phrase of its own says whose), nor researchers the article never ties
to a study named with its author (an unnamed group, as before).

An article about one study (desc47): when every research document the article names with an
author, before or after the mention, has that one author, "the researchers" and "the authors"
are its people wherever they stand, even paragraphs away from the study's last mention ("In
addition to Ms. Ruiz, the research was conducted by Tom Bell … ¶ … ¶ The authors found …"), or
before the authors are named ("the researchers found … ¶ '…,' said Ana Ruiz, …"), when they
are the subject of a verb of research ("found", "concluded", "focused on"): that is the study
speaking, while "The researchers said the parks were too small" three sentences after the study
may be anyone's talk (probe47b's guard). Two studies by different authors leave the window rule
alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.author_entities import _authored
from newsmine.nlp.speakers.named_authors import _LEADING_VERBS
from newsmine.nlp.speakers.resolution import _for_cluster

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolution import Resolution
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["RESEARCH_PEOPLE", "research_authors"]

# The people behind a study, as news call them with no name.
RESEARCH_PEOPLE = frozenset({"researchers", "authors"})
# Documents whose authors they are: the study family's research words, not polls or tallies.
_RESEARCH_WORDS = frozenset({"study", "report", "analysis", "research", "review", "audit"})
# How far back (sentences) a study must be spoken of for its people to be its authors.
_STUDY_SENTENCES = 2
# Verbs (lemmas) of doing research: "the researchers found / concluded / focused on".
_RESEARCH_VERBS = frozenset({
    "find", "conclude", "discover", "estimate", "calculate", "observe", "measure", "determine", "focus",
    "compare", "track", "survey", "examine", "analyze", "analyse", "test", "model", "identify",
})  # fmt: skip


def research_authors(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the researchers', 'the authors', "the study's authors": the author of the latest study
    named with one before, when a study is spoken of in the mention's sentence or the
    :data:`_STUDY_SENTENCES` before it (the study is still the topic); else, as the subject
    of a verb of research, the author of the article's one study (:func:`_the_one_study`)."""
    words = [t.lower_ for t in mention if not t.is_punct]
    root = mention.root
    if root.lower_ not in RESEARCH_PEOPLE or words[:1] != ["the"] or any(c.dep_ == "prep" for c in root.rights):
        return None
    if words[1:] != [root.lower_] and not (len(words) == 4 and words[1] in _RESEARCH_WORDS and words[2] == "'s"):
        return None
    if _another_study_since(resolver, mention):
        return None
    if _study_spoken_of(resolver, mention):
        for start, family, word, author in reversed(resolver.documents):
            if start < mention.start_char and word in _RESEARCH_WORDS:
                return _authored(author, family, "description")
    if root.dep_ in NOUN_SUBJECT_DEPS and root.head.lemma_.lower() in _RESEARCH_VERBS:
        if _new_group_just_before(resolver, mention):
            return None
        return _the_one_study(resolver)
    leader = _one_leader(resolver, mention)
    return _for_cluster(leader, "description") if leader is not None else None


# Groups of people a named person is said to lead in research ("The researchers, led by Dr. Ana
# Ruiz, followed …", "a team led by …").
_LED_GROUPS = frozenset({"researchers", "team", "scientists", "authors"})


# Groups that lead more than research ("A rescue team led by Captain Omar Haddad", "The Hawks'
# team, led by captain Dana Kim"): theirs only when something says they do research.
_ANY_TEAMS = frozenset({"team", "teams"})
# Words before a team that make it one of research ("a research team", "a medical team"), and
# the academic honorifics of a leader ("led by Dr. Kari Lund").
_RESEARCH_TEAM_WORDS = frozenset({"research", "science", "scientific", "study", "medical", "university"})
_ACADEMIC_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "professor"})


def _one_leader(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person the article says leads its researchers ("The researchers, led by Dr. Anita
    Sorensen, followed 12,400 adults …", "a team headed by …"), before the mention, when it names one
    such leader only: "The authors wrote that …" are that group, who speak as the one who led it
    (probe49; a study named with its author is :func:`research_authors`' first choice). Two
    groups led by different people leave the mention an unnamed group."""
    index, doc = resolver.index, resolver.doc
    leaders = set()
    found = None
    for token in doc[: mention.start]:
        if not _research_group(token) or token.pos_ != "NOUN" or index.in_quote[token.i]:
            continue
        for led in token.children:
            if led.dep_ != "acl" or led.lemma_.lower() not in _LEADING_VERBS:
                continue
            for agent in led.children:
                if agent.dep_ != "agent":
                    continue
                for name in agent.children:
                    cluster = index.cluster_of.get(name.i)
                    if name.dep_ != "pobj" or cluster is None or cluster.label != "PERSON":
                        continue
                    if _researching(token, name):
                        leaders.add(id(cluster))
                        found = cluster
    return found if len(leaders) == 1 else None


def _research_group(token: Token) -> bool:
    """Whether ``token`` names a group of researchers: one of :data:`_LED_GROUPS`, or any noun of
    them ("a second group of researchers, led by Prof. Amir Haddad": a second leader, so "the
    researchers" after two teams is neither's; review49)."""
    return token.lower_ in _LED_GROUPS or _research_group_of(token, _LED_GROUPS)


def _research_group_of(token: Token, groups: frozenset[str] = _LED_GROUPS - _ANY_TEAMS) -> bool:
    """Whether ``token`` is a noun "of" people of research ("a group of researchers", "a team
    of scientists")."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in groups for o in prep.children)
        for prep in token.rights
    )


def _researching(group: Token, leader: Token) -> bool:
    """Whether a team led by ``leader`` is a research team: one named of researchers, a team
    with a research word before it, led by a doctor or professor, or doing research as the
    subject of a verb of research ("A team led by Kari Lund surveyed 400 nurses"). Not "A rescue
    team led by Captain Omar Haddad reached the miners" (review49: its captain took "the
    researchers" of a 2019 paper)."""
    if group.lower_ not in _ANY_TEAMS or _research_group_of(group):
        return True
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _RESEARCH_TEAM_WORDS for c in group.lefts):
        return True
    if any(t.lower_ in _ACADEMIC_HONORIFICS for t in leader.lefts):
        return True
    return group.dep_ in NOUN_SUBJECT_DEPS and group.head.lemma_.lower() in _RESEARCH_VERBS | {"study"}


# What makes a research noun another study than the one named with its author ("A separate
# study published in a journal", "another report", "new research").
_ANOTHER = frozenset({"a", "an", "another", "separate", "other", "second", "different", "new"})


def _another_study_since(resolver: SpeakerResolver, mention: Span) -> bool:
    """Whether, since the last research document named with its author before the mention,
    the article has brought in another study with no author ("A report by Auditor Helen Park
    … ¶ A separate study published last month … The researchers found": they are that
    study's people, not Park; review48)."""
    starts = [start for start, _, word, _ in resolver.documents if word in _RESEARCH_WORDS]
    since = max((start for start in starts if start < mention.start_char), default=None)
    if since is None:
        return False
    for token in resolver.doc[: mention.start]:
        if token.idx <= since or token.pos_ != "NOUN" or token.lower_ not in _RESEARCH_WORDS:
            continue
        if token.idx in starts or resolver.index.in_quote[token.i] or token.dep_ not in NOUN_SUBJECT_DEPS:
            continue  # "Osei said the team would publish a second report": no study brought in
        if any(c.dep_ in ("det", "amod") and c.lower_ in _ANOTHER for c in token.lefts):
            return True
    return False


def _new_group_just_before(resolver: SpeakerResolver, mention: Span) -> bool:
    """Whether the sentence before the mention, or its own before it, makes a group of people
    with no article or quantifier, told by where they work, the subject ("Engineers at the
    transport department have been testing new road surfaces. The researchers found …": those
    engineers, not the article's one study; review48)."""
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[mention.root.i]
    people = lexicons.load("person_nouns")
    for token in reversed(doc[max(0, mention.start - 120) : mention.start]):
        if sentence - index.sentence_of[token.i] > 1:
            return False
        if token.dep_ not in NOUN_SUBJECT_DEPS or token.tag_ != "NNS" or index.in_quote[token.i]:
            continue
        if token.lemma_.lower() not in people or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children):
            continue  # "Many doctors still do": no group the article brings in to work
        if any(c.dep_ in ("prep", "acl", "relcl") for c in token.rights):
            return True  # a group told by where they work: "engineers at …", "scientists who …"
    return False


def _the_one_study(resolver: SpeakerResolver) -> Resolution | None:
    """The author of the article's research documents when they all have one author (the
    article is about one study), else None."""
    studies = [(family, author) for _, family, word, author in resolver.documents if word in _RESEARCH_WORDS]
    authors = {_author_key(author) for _, author in studies}
    if len(authors) != 1:
        return None
    family, author = studies[0]
    return _authored(author, family, "description")


def _author_key(author: tuple[object, bool]) -> object:
    """One author as a comparable key: its entity, or the name written when no entity holds it."""
    cluster, by_campaign = author
    return (cluster if isinstance(cluster, str) else id(cluster), by_campaign)


def _study_spoken_of(resolver: SpeakerResolver, mention: Span) -> bool:
    """Whether a research word is written as a noun in the mention's
    sentence (before it) or the :data:`_STUDY_SENTENCES` sentences before."""
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[mention.root.i]
    for token in reversed(doc[max(0, mention.start - 200) : mention.start]):
        if sentence - index.sentence_of[token.i] > _STUDY_SENTENCES:
            return False
        if token.pos_ == "NOUN" and token.lower_ in _RESEARCH_WORDS:
            return True
    return False
