"""The author a document noun names in its own phrase (:func:`_named_author`): 'a Harlow poll',
"Lee's memo", 'a report by the Daily Ledger', 'a study released by the agency'
(:func:`_participle_author`, research led by someone: :func:`_led_research`), 'a memo
attributed to the Lee campaign' (not 'wrongly attributed': :func:`_disowned`); an office
written in the author's place standing for its one holder ('the IG report':
:func:`_author_of`, :func:`_office_holder`), a congressional report for the one committee of
Congress named (:func:`_congress_committee`). Split from :mod:`.authors` (session 51).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, outlet_name
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.author_entities import _AUTHOR_VERBS, _Author, _author_entity, _joint_outlet, _party_group
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _DOCUMENT_NOUNS,
)

_AUTHOR_PREPS = frozenset({"by", "from", "of", "for"})


def _author_of(noun: Token, index: DocIndex) -> _Author | None:
    """The author a document noun names (``_named_author``), an office written in its place
    standing for the person who holds it: 'a report from the inspector general', 'the IG
    report' -> the person the article titles inspector general, named before or after."""
    author = _named_author(noun, index)
    if author is not None:
        holder = _office_holder(author[0].name, index, acronym=True) if author[0].label == "ORG" else None
        return (holder, False) if holder is not None else author
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ in lexicons.load("titles") and obj.i not in index.cluster_of:
                    words = [t.lower_ for t in obj.lefts if t.dep_ == "compound" and t.i not in index.cluster_of]
                    holder = _office_holder(" ".join([*words, obj.lower_]), index, acronym=False)
                    if holder is not None:
                        return holder, False
    committee = _congress_committee(noun, index)
    return (committee, False) if committee is not None else None


# Document families a body of Congress puts out itself: its reports, studies and inquiries (not
# "congressional testimony", given before it by a witness, nor a letter or a bill of a member).
_CONGRESS_FAMILIES = frozenset({_DOCUMENT_NOUNS["report"], _DOCUMENT_NOUNS["investigation"]})
# The first words of a committee of Congress's name ("House Oversight Committee", "Senate
# Judiciary Committee"); a party's "National Republican Congressional Committee" is none.
_CHAMBERS = frozenset({"house", "senate"})


def _congress_committee(noun: Token, index: DocIndex) -> EntityCluster | None:
    """'a congressional report', 'the congressional investigation': the adjective gives the
    document to Congress, which reports and investigates through its committees, so it is the
    committee's when the article names one committee of Congress and no other (anywhere: news
    name the report first and the committee behind it after)."""
    if _DOCUMENT_NOUNS.get(noun.lower_) not in _CONGRESS_FAMILIES:
        return None
    if not any(t.lower_ == "congressional" and t.dep_ == "amod" for t in noun.lefts):
        return None
    committees = {id(n.cluster): n.cluster for n in index.named if _congress_committee_name(n.cluster)}
    return next(iter(committees.values())) if len(committees) == 1 else None


def _congress_committee_name(cluster: EntityCluster) -> bool:
    """Whether ``cluster`` is a body named as a committee of one chamber of Congress ('the
    House Oversight Committee', 'U.S. Senate Judiciary Committee'): its name, past a leading
    'the' and 'U.S.', opens with a chamber of :data:`_CHAMBERS` and holds 'committee'."""
    words = cluster.name.lower().removeprefix("the ").removeprefix("u.s. ").split()
    return cluster.label == "ORG" and bool(words) and words[0] in _CHAMBERS and "committee" in words


def _participle_author(clause: Token, index: DocIndex) -> _Author | None:
    """The author an authoring participle names ("a study released by the agency"; "exit polls
    conducted for the AP", its client, unless the pollster is named too: "… for the AP by
    Edison Research" is Edison's)."""
    if clause.dep_ != "acl" or not (clause.lemma_.lower() in _AUTHOR_VERBS or _led_research(clause) or _signed_letter(clause)):
        return None
    agents = sorted(
        (c for c in clause.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "for")),
        key=lambda c: c.dep_ != "agent",
    )
    for agent in agents:
        for obj in agent.children:
            author = _author_entity(obj, index) if obj.dep_ == "pobj" else None
            if author is not None:
                return author
    return None


# Research a person or a body leads, and so speaks for: 'a study led by Dr. Amara Osei', 'an
# inquiry headed by the auditor' (probe47b). Never a poll or a tally ('a poll led by Lee' is
# one Lee tops), and only as a participle: 'Lee led the study' is left to the clause rules.
_LED_RESEARCH = frozenset({"study", "studies", "research", "analysis", "review", "audit", "investigation", "inquiry", "probe"})
_LEADING_VERBS = frozenset({"lead", "head", "coordinate"})


# Papers whose signers wrote them, as a participle names them: 'a letter signed by Senator Maria
# Velez' (desc53b). Not a bill or a law (signed by the one who enacts it, not its sponsor), nor
# a contract or a treaty (signed by every party to it).
_SIGNED_PAPERS = frozenset({"letter", "letters", "memo", "memorandum", "petition", "pledge", "op-ed", "statement"})


def _signed_letter(clause: Token) -> bool:
    """Whether ``clause`` is "signed" on a letter of :data:`_SIGNED_PAPERS` ("a letter signed by")."""
    return clause.lemma_.lower() == "sign" and clause.head.lower_ in _SIGNED_PAPERS


def _led_research(clause: Token) -> bool:
    """Whether ``clause`` is a participle of leading on a piece of research ("led by")."""
    return clause.lemma_.lower() in _LEADING_VERBS and clause.head.lower_ in _LED_RESEARCH


def _office_holder(office: str, index: DocIndex, acronym: bool) -> EntityCluster | None:
    """The one person whose titles end with ``office`` ("inspector general"), or with words
    whose initials spell it when ``acronym`` ("IG", "AG", "DA" tagged as organisations)."""
    if acronym and not (office.isupper() and office.isalpha() and 2 <= len(office) <= 3):
        return None
    wanted = office.lower().split()
    holders = []
    for person in index.people_after(0):
        for title in person.titles:
            words = title.lower().replace("-", " ").split()
            tail = words[-len(office) :] if acronym else words[-len(wanted) :]
            if len(words) >= len(tail) > 0 and (
                "".join(w[0] for w in tail) == office.lower() if acronym else tail == wanted
            ):
                holders.append(person)
                break
    return holders[0] if len(holders) == 1 else None


def _name_before_bare_apostrophe(token: Token) -> bool:
    """"Sanders’ fundraising email to his supporters notes …": a capitalised possessor ending in
    -s whose possessive is a bare apostrophe, which the tagger may read as a plural noun and the
    recogniser leave untagged (with a curly mark; "Sanders'" is tagged a name). Looked up by its
    word among the article's people and bodies, as a proper noun is."""
    if token.dep_ != "poss" or not token.is_title or not token.lower_.endswith("s"):
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return after is not None and after.text in ("’", "'")


def _agent_of_the_thing_read(thing: Token, index: DocIndex) -> _Author | None:
    """'an analysis of Federal Election Commission data by Crowdpac': the parse hangs "by
    Crowdpac" on the data read, whose own phrase names where it comes from (the FEC); the one
    "by" names is who read it, the author of the analysis (names48's sample: the FEC was
    taken). The author "by" names on ``thing``, else None ('a copy of Lee's memo' keeps Lee)."""
    for prep in thing.rights:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            author = _author_entity(obj, index) if obj is not None else None
            if author is not None:
                return author
    return None


def _named_author(noun: Token, index: DocIndex) -> _Author | None:
    """The entity a document noun names as its author: 'a Harlow poll', "Lee's memo",
    'a report by the Daily Ledger', 'a study released by the agency'."""
    for child in noun.subtree:  # the words before the noun, nested compounds included ("the Harlow/Ipsos poll")
        if child.i >= noun.i:
            break
        if child.dep_ in ("compound", "poss", "nmod", "amod"):
            cluster = index.cluster_of.get(child.i)
            if cluster is None and (child.pos_ == "PROPN" or _name_before_bare_apostrophe(child)) and child.lower_ not in _BODY_TYPES:
                # "the Harlow/Ipsos poll": the first named pollster (not any "… University"
                # for the "University" of "a USA Today/Suffolk University poll")
                cluster = index.by_name_word(child.text, child.idx, ("ORG", "PERSON"))
            if cluster is not None and child.pos_ == "NOUN" and child.i == child.sent.start and cluster.name == child.text:
                continue  # "Exit polling showed" tagged as a person named "Exit": a common word opening the sentence
            if cluster is not None and (
                cluster.label in ("PERSON", "ORG")
                or (cluster.label == "NORP" and _party_group(cluster))
                or (cluster.label == "GPE" and (child.dep_ == "poss" or _pollster_named_as_place(cluster)))
            ):
                # "a New Hampshire ad" is an ad shown there, "Russia's report" one by it; "a
                # Democratic ad" the party's, "a Muslim database" nobody's
                return _joint_outlet(cluster, index), False
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "in" and _DOCUMENT_NOUNS.get(noun.lower_) in _RUN_BY_OUTLETS:
            # "a report in the Daily Ledger", "an editorial in The Harlow Times": the outlet that
            # ran it (not "an interview in the Ledger": the one interviewed speaks)
            for obj in child.children:
                cluster = index.cluster_of.get(obj.i) if obj.dep_ == "pobj" else None
                if cluster is not None and cluster.label == "ORG" and outlet_name(cluster.name):
                    return cluster, False
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                author = _author_entity(obj, index)
                if author is not None and (child.lower_ != "of" or obj.ent_type_ == "ORG"):
                    return author
                if child.lower_ == "of" and obj.lower_ in _DOCUMENT_NOUNS:
                    agent = _agent_of_the_thing_read(obj, index)
                    if agent is not None:
                        return agent  # "an analysis of Federal Election Commission data by Crowdpac"
                    inner = _named_author(obj, index)  # "the average of polls compiled by X", "a copy of Lee's memo"
                    if inner is not None:
                        return inner
                if child.lower_ == "of":
                    # "a poll of 400 voters released Friday by Harlow Research": the parse hangs
                    # the participle on the people polled, but it is the poll that is released
                    inner = next(filter(None, (_participle_author(c, index) for c in obj.children)), None)
                    if inner is not None:
                        return inner
        author = _participle_author(child, index)
        if author is not None:
            return author
        if child.dep_ == "relcl" and child.lemma_.lower() in _AUTHOR_VERBS:
            # "reports Mr. Schoen filed as a lobbyist", "the statement Lee released"
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            author = _author_entity(subject, index) if subject is not None else None
            if author is not None:
                return author
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() == "attribute" and not _disowned(child):
            # "the statement, which was attributed to Lee", "a memo attributed to the Lee
            # campaign": who it is put down to wrote it (desc49); not "wrongly attributed to
            # Lee", "never attributed to him" (review49)
            for prep in child.children:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "to" else None
                author = _author_entity(obj, index) if obj is not None else None
                if author is not None:
                    return author
        if child.dep_ == "amod" and child.lower_ == "available":
            # "the most recent data available from the FBI"
            for prep in child.children:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ in ("from", "by") else None
                author = _author_entity(obj, index) if obj is not None else None
                if author is not None:
                    return author
        if child.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in child.children):
            # "The ad, which is part of a $1 million buy from the Lee PAC, …": an organisation
            # the clause says it comes from
            for prep in child.subtree:
                if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    cluster = index.cluster_of.get(obj.i) if obj is not None else None
                    if cluster is not None and cluster.label == "ORG":
                        return cluster, False
    return None


# Words on "attributed" saying the attribution is false or denied ("a memo wrongly attributed to
# Senator Cole", "falsely attributed to", "not attributed to"): no author named (review49).
_DISOWNING = frozenset({
    "wrongly", "falsely", "mistakenly", "incorrectly", "erroneously", "wrongfully", "not", "never", "n't",
    "misleadingly", "dubiously",
})  # fmt: skip


def _disowned(attributed: Token) -> bool:
    """Whether the participle "attributed" carries a word saying the attribution is wrong."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ in _DISOWNING for c in attributed.children)


def _pollster_named_as_place(cluster: EntityCluster) -> bool:
    """'a Quinnipiac poll', 'A Monmouth poll' with the school's name tagged a place: a name no
    list of places holds, written only before a poll's or a study's noun ("a New Hampshire
    poll" is one taken there; "voters in Loudoun County … a Loudoun County poll" the county's)."""
    if cluster.name.lower() in lexicons.load("places"):
        return False
    for span in cluster.mentions:
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is None or _DOCUMENT_NOUNS.get(after.lower_) != "study":
            return False
    return True


# Document families a news outlet runs as its own when named "in" it ("a report in the Ledger").
_RUN_BY_OUTLETS = frozenset({"study", "article"})
