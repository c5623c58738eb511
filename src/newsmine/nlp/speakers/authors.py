"""Who put a document out, read from the parse.

The author a document noun names in its own phrase ("a Harlow poll", "a report by the Daily
Ledger", "Lee's memo"), as the subject of an authoring verb ("Lee released a statement"), as
an office ("the IG report"), or as written when no entity holds it ("a RealClearPolitics
average"); and :func:`_document_authors`, every document the article names with its author,
listed once per document. The resolver's document rules (:mod:`.documents`) read these.
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, outlet_name
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.campaigns import _surname
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import (
    _BODY_TYPES,
    _CAMPAIGN_NOUNS,
    _DOCUMENT_NOUNS,
    _PARTY_OF_GROUP,
    _PARTY_WORDS,
    _capitalised,
)


def _authored(author: _Author, family: str, how: str) -> Resolution:
    """A document's author as the speaker; an ad of a person, or a document its campaign put
    out ("a statement issued by the Lee campaign"), speaks for the person's campaign."""
    cluster, by_campaign = author
    if isinstance(cluster, str):
        return Resolution("organisation", None, cluster, how)  # a name written, no entity holds it
    if (by_campaign or family == "ad") and cluster.label == "PERSON":
        return Resolution("organisation", None, f"{_surname(cluster)} campaign", how)
    return _for_cluster(cluster, how)


_AUTHOR_PREPS = frozenset({"by", "from", "of", "for"})
_AUTHOR_VERBS = frozenset({"release", "publish", "conduct", "commission", "issue", "produce", "run", "sponsor", "pay", "file", "write", "post", "compile"})  # fmt: skip
# Verbs whose subject authors their object ("Lee released a statement", "the group will air an ad").
_AUTHORING_VERBS = _AUTHOR_VERBS | frozenset({
    "air", "launch", "unveil", "provide", "send", "submit", "sign", "pen", "tweet", "draft", "prepare", "distribute",
    "circulate", "debut", "cut", "put", "roll", "give", "deliver", "author", "co-author", "introduce",
})  # fmt: skip
# An author, and whether the document came from the author's campaign ("the Lee campaign"); in
# the list of an article's documents the author may be a name as written that no entity holds
# ("a Morning Consult poll", never a campaign's).
_Author = tuple[EntityCluster | str, bool]


def _author_entity(token: Token, index: DocIndex) -> _Author | None:
    """The entity a noun names as an author: its cluster, or the candidate whose campaign it
    is ("the Lee campaign", "Lee's campaign")."""
    cluster = _first_author_joined(token, index.cluster_of.get(token.i), index)
    if cluster is not None:
        cluster = _joint_outlet(cluster, index)
        # "a report by the Ledger", not "his speech from Trump Tower"
        return (cluster, False) if cluster.label in ("PERSON", "ORG", "NORP") else None
    if token.lower_ in _CAMPAIGN_NOUNS:
        for child in token.children:
            owner = index.cluster_of.get(child.i)
            if child.dep_ in ("compound", "poss") and owner is not None and owner.label == "PERSON":
                return owner, True
    named = _appositive_entity(token, index)
    if token.pos_ == "NOUN" and named is not None and named.label == "PERSON":
        return named, False  # "from the club's executive director, Jeremy Boreing"
    if token.pos_ == "NOUN" and named is not None and named.label == "ORG" and token.lower_ in _BODY_TYPES:
        return named, False  # "a projection by the consulting firm Harlow Analytics"
    return None


def _appositive_entity(token: Token, index: DocIndex) -> EntityCluster | None:
    """The entity named in apposition to a common noun ("the consulting firm Harlow Analytics",
    "the club's executive director, Jeremy Boreing"): the noun is that entity, not the latest
    one its description would stand for."""
    return next((index.cluster_of[c.i] for c in token.children if c.dep_ == "appos" and c.i in index.cluster_of), None)


def _first_author_joined(token: Token, cluster: EntityCluster | None, index: DocIndex) -> EntityCluster | None:
    """'a poll conducted by the Daily Ledger and ABC News' (or '… and television networks'),
    parsed with "News" as the head: the author named first (the gold's convention for a
    conjunction), else ``cluster``."""
    words = token.doc[token.left_edge.i : token.i]
    joint = next((t.i for t in words if t.lower_ in ("and", "&") and t.dep_ == "cc"), None)
    if joint is None:
        return cluster
    first = next((index.cluster_of[t.i] for t in words if t.i < joint and t.i in index.cluster_of), None)
    return first if first is not None and first is not cluster and first.label in ("PERSON", "ORG") else cluster


_JOINT_NAME = re.compile(r"([A-Z][\w.&]*)[-–]([A-Z][\w.&]*)")


def _joint_outlet(cluster: EntityCluster, index: DocIndex) -> EntityCluster:
    """'the new Post-ABC poll' in a story that names The Washington Post: a joint poll stands
    for its first partner (the gold's convention for a conjunction), here an outlet the article
    names in full whose last word the short name is. Else ``cluster`` ("CNN-ORC" stays whole)."""
    joint = _JOINT_NAME.fullmatch(cluster.name)
    if cluster.label != "ORG" or joint is None:
        return cluster
    first = joint.group(1).lower()
    for other in {id(c): c for c in index.cluster_of.values()}.values():
        words = other.name.lower().split()
        if other is not cluster and other.label == "ORG" and len(words) > 1 and words[-1] == first and outlet_name(other.name):
            return other
    return cluster


def _party_group(cluster: EntityCluster) -> bool:
    """A NORP cluster that names a party ("Republican", "Democrats", "GOP")."""
    words = cluster.name.lower().split()
    return bool(words) and (words[0] in _PARTY_WORDS or words[0] in _PARTY_OF_GROUP)


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
    if clause.dep_ != "acl" or not (clause.lemma_.lower() in _AUTHOR_VERBS or _led_research(clause)):
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

# Lower-case words naming a document's kind between its author and its noun ("polling",
# "tracking"), at most this many.
_KIND_WORDS = 2


def _written_author(noun: Token, index: DocIndex) -> str | None:
    """The name of a document's author that no entity holds, as written: 'a RealClearPolitics
    average', 'the RealClearPolitics polling average', 'a USA TODAY investigation', 'an average
    of polls by RealClearPolitics' (not a date or a place: 'a June poll', 'a New Hampshire ad')."""
    doc = noun.doc
    runs: list[tuple[int, int]] = []
    end = noun.i
    while end > noun.i - _KIND_WORDS and end > 0 and doc[end - 1].is_lower and doc[end - 1].dep_ == "compound":
        end -= 1  # "the RealClearPolitics polling average": the kind of document before its noun
    if end < noun.i and not (end > 0 and _author_word(doc[end - 1], index)):
        end = noun.i
    i = end
    while i > 0 and _author_word(doc[i - 1], index):
        i -= 1
        if i > 1 and doc[i - 1].lower_ in ("for", "of", "&") and _author_word(doc[i - 2], index):
            i -= 1  # "a Club for Growth ad"
    if i < end:
        runs.append((i, end))  # "a RealClearPolitics average", "FEC records"
    for prep in noun.rights:
        for obj in prep.children if prep.dep_ == "prep" and prep.lower_ in ("by", "of") else ():
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "of" and obj.lower_ in _DOCUMENT_NOUNS:
                inner = _written_author(obj, index)  # "an average of polls by RealClearPolitics"
                if inner is not None:
                    return inner
            elif prep.lower_ == "by" and _author_word(obj, index):
                start = obj.i
                while start > prep.i + 1 and _author_word(doc[start - 1], index):
                    start -= 1
                runs.append((start, obj.i + 1))
    for start, end in runs:
        return doc[start:end].text
    return None


def _author_word(token: Token, index: DocIndex) -> bool:
    """A capitalised word of an author's name no entity holds ("RealClearPolitics", "USA TODAY")."""
    if token.pos_ != "PROPN" and (
        token.pos_ != "NOUN" or token.is_sent_start or token.i == token.sent.start or (token.is_upper and len(token) <= 2)
    ):
        return False  # "The", "Exit polling", "a TV spot": not a name
    cluster = index.cluster_of.get(token.i)
    return (
        _capitalised(token)
        and (cluster is None or cluster.label == "WORK_OF_ART")  # "The Morning Consult poll" read as a title
        and token.ent_type_ in ("", "ORG", "PRODUCT", "WORK_OF_ART")
        and not index.in_quote[token.i]
    )


# Verbs of money laid out on a document, whose subject put the document out ("The group will
# spend $150,000 on a TV ad"; "dropping $2.5 million on such ads", docs46: a super PAC's ads).
_SPENDING_VERBS = frozenset({"spend", "pay", "drop"})


def _subject_author(noun: Token, index: DocIndex) -> _Author | None:
    """'Lee released a statement', 'The group will air an ad': the subject of an authoring
    verb whose object is the document (a name, or the campaign of one)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_.lower() in _SPENDING_VERBS:
        verb = verb.head  # "The group says it will spend $150,000 on a TV ad"
    elif noun.dep_ == "nsubjpass" and verb.lemma_.lower() in _AUTHORING_VERBS:
        # "a lawsuit has been filed by Bradley Podliska", "an email was sent from the director, Jeremy Boreing"
        agents = [
            o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from")
            for o in c.children if o.dep_ == "pobj"
        ]  # fmt: skip
        return _author_entity(agents[0], index) if agents else None
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING_VERBS:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        # "Harlow Forward PAC led the field, dropping $900,000 on such ads": a participle
        # clause with no subject of its own has the subject of the clause it hangs on
        verb = verb.head
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp", "conj"):
                # "The group says it will spend … on a TV ad": the one the pronoun reports
                outer = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                return _author_entity(outer[0], index) if outer else None
            return _author_entity(child, index)
    return None


# Document families a speaker speaks "in" as their author ("in a statement", "in an op-ed", "in
# an interview"); not polls and studies ("Lee leads in the polls") nor court papers.
_SPOKEN_IN = frozenset({_DOCUMENT_NOUNS["memo"], _DOCUMENT_NOUNS["article"], _DOCUMENT_NOUNS["speech"]})
# The papers of one court case, one kind among those: "according to a court filing" may be the
# lawsuit named after it (documents.py), and no one is their author by speaking "in" them.
_COURT_PAPERS = frozenset({"filing", "complaint", "brief", "lawsuit", "suit", "affidavit", "petition", "indictment"})


def _clause_author(noun: Token, index: DocIndex) -> _Author | None:
    """'In a statement, the Lee campaign said …', 'Lee shot back in an op-ed', 'Lee told the
    Ledger in an interview': a document the clause's speaker speaks "in" is that speaker's (the
    subject of the verb the "in" phrase hangs on, a name or the campaign of one). Only a verb
    that reports words or a stance: one who appears, believes or invests "in" a document is
    no author of it ("Ruiz appears in several documents, which show …")."""
    prep = noun.head
    if _DOCUMENT_NOUNS.get(noun.lower_) not in _SPOKEN_IN or noun.lower_ in _COURT_PAPERS:
        return None  # "Lee leads in the polls", "Ware insists in the suit": no author by being in it
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or not _reports_words(prep.head):
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    author = _author_entity(subject, index)
    if author is None and subject.text[:1].isupper() and subject.pos_ in ("PROPN", "NOUN") and subject.i not in index.cluster_of:
        # 'Forbes shot back in an article': a name the tagger missed at the sentence's start
        # (tagged a plural noun) is the body or person the article names so elsewhere.
        named = index.by_name_word(subject.text, subject.idx, ("ORG", "PERSON"))
        author = (named, False) if named is not None else None
    return author


# What a verb one speaks "in" a document with reports (lexicons/cue_categories.txt): words
# said or written, or a stance taken ("Lee criticized the plan in a statement").
_SPOKEN_IN_CATEGORIES = frozenset({"speech", "writing", "stance"})


def _reports_words(verb: Token) -> bool:
    """Whether ``verb`` is a cue of words or a stance, with its particle ("shot back"; the parse
    often makes that "back" an adverb: 'Forbes shot back in an article stating …')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    table = lexicons.load_sections("cue_categories")
    lemma = verb.lemma_.lower()
    particle = next(
        (c.lower_ for c in verb.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ == "back")),
        None,
    )
    category = table.get(f"{lemma} {particle}") if particle else None
    return (category or table.get(lemma)) in _SPOKEN_IN_CATEGORIES


# "sue" as written: the subject of each brings a lawsuit.
_SUE_WORDS = frozenset({"sue", "sues", "sued", "suing"})
_COUNSEL_WORDS = frozenset({"lawyer", "attorney", "counsel"})


def _sponsor(bill: Token, author: _Author) -> bool:
    """Whether a bill's author is its sponsor, who speaks for it: a person, not the one
    who signs it into law ("Bryant signed the bill") nor a place ("Texas legislation")."""
    return author[0].label == "PERSON" and not (bill.dep_ == "dobj" and bill.head.lemma_.lower() == "sign")


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# The documents whose author written with no entity ("a Morning Consult poll") other mentions of
# their family ("a new poll", "the results") may take up: a poll or survey is one pollster's,
# often a firm the recogniser misses. Not an average ("the RealClearPolitics average" is of many
# polls: "the latest polls" after it are no one pollster's), and as a title-cased name's end only
# these ("a Morning Consult Poll"), where "Report" or "Research" ends a body's or a site's name.
_POLL_WORDS = frozenset({"poll", "survey"})


def _document_authors(doc: Doc, index: DocIndex) -> list[tuple[int, str, str, _Author]]:
    """(start, document family, noun, author) of every document the article names with its
    author or has its author put out, in order; a poll's author may be its pollster's name as
    written, when no entity holds it (spk47)."""
    found = []
    lower, pos = index.context.lower, index.context.pos
    for i, word in enumerate(lower):
        family = _DOCUMENT_NOUNS.get(word)
        if family is None or pos[i] not in ("NOUN", "PROPN") or (pos[i] == "PROPN" and word not in _POLL_WORDS):
            continue  # "a Morning Consult Poll" may be read as a name's end; not "the Drudge Report"
        token = doc[i]
        author = (_author_of(token, index) or _subject_author(token, index)) if pos[i] == "NOUN" else None
        if author is not None and (family != "bill" or _sponsor(token, author)):
            found.append((token.idx, family, _singular(word), author))
        elif author is None and word in _POLL_WORDS:
            # "A new poll … a Morning Consult poll found … according to the results": a pollster
            # the recogniser missed still authors the poll the article goes on about
            written = _written_author(token, index)
            if written is not None:
                found.append((token.idx, family, _singular(word), (written, False)))
    for i in token_indices(doc, LOWER, _SUE_WORDS):
        # "The Democratic Party … will sue the state of Arizona … The lawsuit says": a lawsuit
        # speaks for whoever brings it (the gold's plaintiff), named as the subject of "sue"
        token = doc[i]
        subjects = [c for c in token.children if c.dep_ == "nsubj"] if token.pos_ == "VERB" else []
        author = _author_entity(subjects[0], index) if subjects else None
        if author is not None and not index.title_words(author[0]) & _COUNSEL_WORDS:
            # (not "Elias is suing" for his clients: a lawyer's suit is the client's)
            found.append((token.idx, _DOCUMENT_NOUNS["lawsuit"], "lawsuit", author))
    return sorted(found, key=lambda entry: entry[0])
