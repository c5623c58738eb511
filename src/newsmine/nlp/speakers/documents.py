"""Documents as speakers: a poll, a report, a memo speaks for whoever put it out.

"His memo" is the possessor's, "her campaign finance documents" the campaign's, "company
documents" the company's; else the author :mod:`.authors` finds in the parse; "the report" the
author of the latest one of its family, else the campaign a document of the family was put out
by as "his campaign" ("his campaign sent an email … read the email"); "the statement" with none
named before the previous speaker's; a headline's "Poll:" the first author or outlet the body names;
a bare "ads" the ads just paid for ("X spent $900,000 on digital ads. Most went to ads praising …");
a tweet or an email the one just said to send one ("X tweeted … An early tweet called …").

This module holds the document's author (:func:`_document_author`) and the rules that need no
module of their own; split by what they hold (session 50): a document just sent or put out in
:mod:`.sent_documents`, a statement or a filing the previous speaker spoke in, or one whose own
"from"/"by" phrase names its author, in :mod:`.statement_documents`, a court's documents in
:mod:`.court_documents`, an ad's narrator in :mod:`.ad_voices`; a study no rule gives an author,
the one person the article titles its author ("the study's lead author"), in
:mod:`.titled_study_authors` (desc53b).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import outlet_name
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.author_entities import (
    _AUTHOR_VERBS,
    _AUTHORING_VERBS,
    _appositive_entity,
    _authored,
)
from newsmine.nlp.speakers.authors import (
    _singular,
    _sponsor,
    _written_author,
)
from newsmine.nlp.speakers.campaigns import _campaign
from newsmine.nlp.speakers.clause_authors import (
    _COURT_PAPERS,
    _clause_author,
    _subject_author,
)
from newsmine.nlp.speakers.descriptions import _described
from newsmine.nlp.speakers.named_authors import _author_of
from newsmine.nlp.speakers.organisations import _outlet_voice, _written_outlet
from newsmine.nlp.speakers.people import _previous_near
from newsmine.nlp.speakers.pronouns import _possessor_person, person_of_pronoun
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.sent_documents import _bare_ads_put_out_before, _campaign_put_out_before, _sender_just_before
from newsmine.nlp.speakers.spoken_in_documents import spoken_in_just_before
from newsmine.nlp.speakers.statement_documents import _filed_by_another, _introduced_unauthored, _spoken_in_before
from newsmine.nlp.speakers.titled_study_authors import titled_study_author
from newsmine.nlp.speakers.verb_documents import put_out_by_a_verb_before, released_by_a_description_before
from newsmine.nlp.speakers.wire_credits import in_dateline
from newsmine.nlp.speakers.words import _BODY_TYPES, _CAMPAIGN_NOUNS, _DEFINITE, _DETERMINERS, _DOCUMENT_NOUNS, _VAGUE

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# Document families one of which may stand for the other when only one was named with its
# author: an investigation's findings are written up as its report.
_FINDINGS_FAMILIES = frozenset({"study", "inquiry"})

# Documents that, with no author named, are the previous speaker's ("…," the statement said;
# "The company said in a filing … , the filing said").
_STATEMENT_NOUNS = frozenset({"statement", "release", "letter", "missive", "memo", "memorandum", "remarks", "comments", "response", "filing"})
# Documents a later "this document" may take up, with their owner ("his written reply"): the
# document nouns and a reply (not one of them alone: "a FOIA reply" is no reply by FOIA).
_OWNED_DOCUMENTS = frozenset(_DOCUMENT_NOUNS) | {"reply"}
# Words that make an indefinite document a news outlet's ("a news report", "a media report"):
# the outlet named just after put it out.
_NEWS_WORDS = frozenset({"news", "media", "newspaper", "press"})
# How far after an indefinite "a new poll" its author may be named (characters).
_DOCUMENT_LOOKAHEAD = 400


# How far into the body a headline's "Poll:" / "Newspaper:" may find who put it out (characters).
_HEADLINE_LOOKAHEAD = 600


def _authored_within(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'early results of exit polls conducted by Edison Research', 'a gaffe by Majority
    Leader Kevin Lee', 'data available from the FBI': a common noun no other rule knows
    speaks for the person or body its own phrase names as the one it comes from ("by" /
    "from" on a noun, or after an authoring verb: not "a copy reviewed by the Ledger")."""
    root, index = mention.root, resolver.index
    for token in mention:
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ not in ("by", "from") or prep.head.i < root.i:
            continue
        source = prep.head
        if source.pos_ == "VERB" and source.lemma_.lower() not in _AUTHOR_VERBS:
            continue
        cluster = index.cluster_of.get(token.i)
        if cluster is not None and cluster.label in ("PERSON", "ORG"):
            return _for_cluster(cluster, "name")
    return None


# Words that make "the paper" a study, not a newspaper ("the 2009 paper", "the new paper", "a
# white paper", "a working paper").
_RESEARCH_PAPER_WORDS = frozenset({"new", "white", "working", "research", "academic", "discussion", "policy"})


def document_family(mention: Span) -> str | None:
    """The document family of the mention's head noun; "paper" only when its words make it a
    study ("the 2009 paper", "the new paper"): alone, "the paper" is the newspaper."""
    root = mention.root
    family = _DOCUMENT_NOUNS.get(root.lower_)
    if family is not None and root.lower_ in ("picture", "pictures") and _a_view_of_things(root):
        return None
    if family is not None and root.lower_ == "account" and _an_account_held(root):
        return None
    if family is not None or root.lower_ not in ("paper", "papers"):
        return family
    research = any(
        t.lower_ in _RESEARCH_PAPER_WORDS or (t.like_num and len(t) == 4 and t.text[:2] in ("19", "20"))
        for t in root.lefts
    )  # fmt: skip
    return _DOCUMENT_NOUNS["study"] if research else None


# Words before "picture" that make it a view of how things stand, not an image anyone posted ("The
# broader picture suggests the economy is slowing", "the economic picture"; review49).
_VIEW_WORDS = frozenset({
    "big", "bigger", "biggest", "broad", "broader", "broadest", "overall", "whole", "full", "fuller", "larger",
    "wider", "clearer", "economic", "political", "fiscal", "financial", "budget", "jobs", "employment", "mixed",
    "complicated", "complex", "grim", "rosy", "bleak", "brighter", "national", "global", "long-term", "electoral",
})  # fmt: skip


# Words before "account" that make it one held with a bank or a service, not someone's telling of
# events ("a bank account", "her email account"; review55c).
_ACCOUNT_HOLDERS = frozenset({
    "bank", "banking", "savings", "checking", "brokerage", "retirement", "offshore", "expense", "email", "e-mail",
    "user", "media", "social", "online", "web", "escrow", "trust",
})  # fmt: skip


def _an_account_held(account: Token) -> bool:
    """Whether "account" names one held with a bank or a service: after a word of
    :data:`_ACCOUNT_HOLDERS`, or a name that is not a news outlet's ("a Twitter account", "a
    Harlow Bank account"; "an Associated Press account" is the agency's report)."""
    for word in account.lefts:
        if word.dep_ not in ("compound", "nmod", "amod"):
            continue
        if word.lower_ in _ACCOUNT_HOLDERS:
            return True
        if word.pos_ == "PROPN" and word.dep_ == "compound":
            name = account.doc[word.left_edge.i : word.i + 1].text
            return not outlet_name(name)
    return False


def _a_view_of_things(picture: Token) -> bool:
    """Whether "picture" carries a word of scope or outlook before it (:data:`_VIEW_WORDS`)."""
    return any(t.dep_ in ("amod", "compound") and t.lower_ in _VIEW_WORDS for t in picture.lefts)


def _document_author(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'a Harlow poll', 'a report by the Daily Ledger', 'the poll' (the latest poll named with
    its author); a bill only for a person, its sponsor (not "Texas legislation")."""
    found = _document_author_any(resolver, mention)
    if found is not None and document_family(mention) == "bill" and found.kind != "person":
        return None
    return found


def _document_author_any(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    root = mention.root
    family = document_family(mention)
    owner = _possessor_person(resolver, mention) or _pronoun_in_its_clause(resolver, mention)
    if owner is not None:
        # "his memoir", "her letter", "his speech from Trump Tower"; "a statement she released"
        return _authored((owner, False), family, "pronoun")
    campaign = _campaign_behind(resolver, root)
    if campaign is not None:
        return campaign
    body = _body_behind(resolver, root)
    if body is not None:
        return body
    author = (
        _author_of(root, resolver.index)
        or _subject_author(root, resolver.index)  # "Lee issued a statement saying"
        or _clause_author(root, resolver.index)  # "In a statement, Lee said"
        or next((a for start, _, _, a in resolver.documents if start == root.idx), None)
    )
    if author is not None and family == "bill" and not _sponsor(root, author):
        author = None
    if author is not None:
        return _authored(author, family, "name")  # also "the Lee campaign issued a statement saying …"
    written = _written_author(root, resolver.index)
    if written is not None:
        return Resolution("organisation", None, written, "name")  # "a RealClearPolitics average"
    within = _authored_within(resolver, mention)
    if within is not None:
        return within  # "the most recent figures available from the police"
    sender = _sender_just_before(resolver, mention)
    if sender is not None:
        return sender  # "Dana Whitfield live-tweeted as the mayor spoke. An early tweet called …"
    headline = mention.start_char < resolver.headline_end
    if mention[0].lower_ in _DEFINITE:
        # "the statement": the latest statement named with its author, else the latest such document
        before = [(start, w, c) for start, fam, w, c in resolver.documents if fam == family and start < mention.start_char]
        if not before and family in _FINDINGS_FAMILIES:
            # "The AP's lengthy investigation … The report published Tuesday showed": an
            # inquiry's findings are its report
            before = [(start, w, c) for start, fam, w, c in resolver.documents if fam in _FINDINGS_FAMILIES and start < mention.start_char]
        same = [(start, c) for start, w, c in before if w == _singular(root.lower_)]
        spoken_in = spoken_in_just_before(resolver, mention)
        if spoken_in is not None and (not same or same[-1][0] < spoken_in[0]) and not _introduced_unauthored(resolver, mention, spoken_in[0]):
            return spoken_in[1]  # 'Fox News said in a statement … the statement added'
        verbed = put_out_by_a_verb_before(resolver, mention)
        if verbed is not None and (not same or same[-1][0] < verbed[0]):
            return verbed[1]  # 'The Daily Ledger reported on Sunday that … The report said'
        if before:
            start, author = same[-1] if same else (before[-1][0], before[-1][2])
            if _introduced_unauthored(resolver, mention, start):
                return None  # "A letter … from the staff association … the staff letter noted"
            return _authored(author, family, "description")
        owner = _owner_of_document_before(resolver, mention)
        if owner is not None:
            return _authored((owner, False), family, "description")  # "his written reply … This document"
        campaign = _campaign_put_out_before(resolver, mention, family)
        if campaign is not None:
            return campaign  # "his campaign sent out an email … read the email"
        if root.lower_ in _STATEMENT_NOUNS:
            released = released_by_a_description_before(resolver, mention)
            if released is not None:
                return released  # "Garrity's office released a written statement … the statement said"
        previous = _previous_near(resolver, mention, sentences=2)
        if root.lower_ in _STATEMENT_NOUNS and previous is not None and previous.kind != "anonymous" and not _filed_by_another(resolver, mention, previous):
            # '… the Lee campaign responded. "…," the statement said': no statement named
            # before, so the one just reported speaking put it out
            return Resolution(previous.kind, previous.cluster, previous.name, "previous_speaker")
        if root.lower_ in _STATEMENT_NOUNS:
            spoken_in = _spoken_in_before(resolver, mention)
            if spoken_in is not None:
                return spoken_in
    bare = _bare_ads_put_out_before(resolver, mention, family)
    if bare is not None:
        return bare
    outlet = _outlet_voice(resolver, mention)
    if outlet is not None:
        return outlet
    if headline or mention[0].lower_ in ("a", "an"):
        # "New Poll Shows …" / "A new poll shows …": the poll named with its author just below;
        # in a family of documents of different kinds, one of the mention's own noun ("a
        # transcript of the interview" is not the plan named after it)
        limit = mention.end_char + _DOCUMENT_LOOKAHEAD
        after = [
            c for start, fam, word, c in resolver.documents
            if fam == family and mention.end_char <= start < limit
            and (family not in _KINDS_APART or _one_kind(word, _singular(root.lower_)))
        ]  # fmt: skip
        if after:
            return _authored(after[0], family, "description")
        if any(t.lower_ in _NEWS_WORDS for t in root.lefts):
            outlet = _outlet_named_after(resolver, mention)
            if outlet is not None:
                return _for_cluster(outlet, "description")  # "A news report said … The Ledger reported"
    return titled_study_author(resolver, mention)  # "The study found … said Dana Whitcomb, the study's lead author"


# Document families whose nouns name documents of different kinds, alike only in speaking for
# their author (a letter, a plan, a transcript, a lawsuit): a document of another noun named
# after "a transcript" is another document, where "a new survey" and the poll named after it
# are often one.
_KINDS_APART = frozenset({_DOCUMENT_NOUNS["memo"]})


def _one_kind(word: str, other: str) -> bool:
    """Whether two document nouns (singular) of a family of different kinds name one kind."""
    return word == other or (word in _COURT_PAPERS and other in _COURT_PAPERS)


def _outlet_named_after(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The first outlet named in the mention's sentence or the next, outside quotations and
    not as a dateline's wire ("WASHINGTON (AP) —")."""
    last = resolver.index.sentence_of[mention.root.i] + 1
    for n in resolver.index.named_after(mention.end_char):
        if n.sentence > last:
            return None
        cluster = n.cluster
        if not n.in_quote and cluster.label == "ORG" and outlet_name(cluster.name) and not in_dateline(resolver.index.context, resolver.doc[n.token]):
            return cluster
    return None


def _owner_of_document_before(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Brafman's proof was contained in his written reply … This document exposed …': a
    definite document with none of its kind named before is the document of a person's
    ("his reply", "Lee's letter") named in this or the previous sentence."""
    index = resolver.index
    sentence = index.sentence_of[mention.root.i]
    for i in range(mention.start - 1, -1, -1):
        if sentence - index.sentence_of[i] > 1:
            return None
        token = resolver.doc[i]
        if token.lower_ not in _OWNED_DOCUMENTS or index.in_quote[i] or token.pos_ != "NOUN":
            continue
        if any(a.lower_ in _OWNED_DOCUMENTS for a in token.ancestors if a.i < i and a.pos_ == "NOUN"):
            continue  # "his reply to the government's brief": the reply, not the brief it answers
        for child in token.lefts:
            if child.dep_ != "poss":
                continue
            owner = index.cluster_of.get(child.i)
            if owner is None and child.lower_ in ("his", "her"):
                owner = _possessor_person(resolver, resolver.doc[token.left_edge.i : i + 1])
            return owner if owner is not None and owner.label == "PERSON" else None
        return None  # the latest document is no person's
    return None


def _headline_label(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Poll: Sanders leads', 'New Polls Show …', 'Newspaper: …', 'Report: …': a headline
    that names its source only by a document or outlet noun stands for whoever the body
    names first as putting it out: the author of the first such document in the opening
    paragraphs ("A Fox News poll shows"), or the first outlet named there ("the New York
    Times reported"; a dateline's "(AP)" is the wire, not the source)."""
    root = mention.root
    family = _DOCUMENT_NOUNS.get(root.lower_)
    outlet_noun = _BODY_TYPES.get(root.lower_) == ("outlet",)
    if mention.start_char >= resolver.headline_end or not (family or outlet_noun):
        return None
    if any(t.i != root.i and t.lower_ not in _DETERMINERS and t.lower_ not in _VAGUE for t in mention):
        return None  # "Fox poll", "Times report": named in the headline itself
    limit = resolver.headline_end + _HEADLINE_LOOKAHEAD
    documents = [
        (start, author) for start, fam, _, author in resolver.documents
        if (fam == family or outlet_noun) and resolver.headline_end <= start < limit
    ]  # fmt: skip
    outlets = [
        (n.start_char, (n.cluster, False)) for n in resolver.index.named_after(resolver.headline_end)
        if n.start_char < limit and not n.in_quote and n.cluster.label == "ORG" and outlet_name(n.cluster.name)
        and not in_dateline(resolver.index.context, resolver.doc[n.token])
    ]  # fmt: skip
    candidates = sorted(documents + outlets, key=lambda pair: pair[0])
    if candidates:
        return _authored(candidates[0][1], family or "article", "description")
    return _written_outlet(resolver, mention) if outlet_noun else None


# Verbs of passing a document on to others: their subject is its author only when it holds the
# subject's own words ("an account she gave", "an interview he gave"), not papers gathered or
# written by another ("documents she provided to investigators", "a company memo he circulated").
# Not "submit" nor "send": one submits one's own filings ("financial documents he submitted",
# desc55's train source) and sends one's own letters.
_HANDING_ON_VERBS = frozenset({"provide", "give", "distribute", "circulate"})
# Verbs whose subject asks for the words of the speech family rather than says them ("an
# interview she conducted with the driver": the driver speaks).
_ASKING_VERBS = frozenset({"conduct", "commission", "run"})
# The family of words someone says (an account, an interview, remarks, testimony).
_SPOKEN_WORDS = _DOCUMENT_NOUNS["speech"]


def _pronoun_in_its_clause(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'according to a statement she released Sunday', 'an interview he gave to the Ledger': a
    document whose relative clause has "he" or "she" as the subject of a verb that puts it out
    is that person's, as "her statement" is (desc55; a named subject is
    :func:`.named_authors._author_of`'s). Not a verb that only handles or meets it ("the
    letter she received", "a report he read"), nor a clause whose pronoun is its object; not
    the one who conducts an interview, nor one who hands on papers that are not their own
    words (:func:`_papers_of_another`; review55c)."""
    root = mention.root
    for clause in root.rights:
        verb = clause.lemma_.lower()
        if clause.dep_ != "relcl" or verb not in _AUTHORING_VERBS:
            continue
        if verb in _ASKING_VERBS and document_family(mention) == _SPOKEN_WORDS:
            continue  # "an interview she conducted with him": she asked the questions
        if verb in _HANDING_ON_VERBS and _papers_of_another(resolver, root):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("he", "she"):
            return person_of_pronoun(resolver, mention, subject)
    return None


def _papers_of_another(resolver: SpeakerResolver, noun: Token) -> bool:
    """Whether a document handed on may well be someone else's: papers in the plural that are
    not spoken words ("documents", "records", "emails" she provided), or one whose own words
    name a body or an entity before it ("a company memo", "a Harlow Foods memo")."""
    if noun.tag_ == "NNS" and _DOCUMENT_NOUNS.get(noun.lower_) != _SPOKEN_WORDS:
        return True
    return any(
        t.dep_ in ("compound", "nmod", "poss")
        and (t.i in resolver.index.cluster_of or t.pos_ == "PROPN" or t.lower_ in _BODY_TYPES)
        for t in noun.lefts
    )  # fmt: skip


def _campaign_behind(resolver: SpeakerResolver, noun: Token) -> Resolution | None:
    """'her campaign finance documents', 'figures his campaign released': the campaign a
    document is written or put out by (a candidate's papers are the campaign's)."""
    campaigns = [t for t in noun.lefts if t.dep_ in ("compound", "nmod")]
    campaigns += [t for t in campaigns for t in t.lefts if t.dep_ in ("compound", "nmod")]
    for clause in noun.rights:
        if clause.dep_ in ("relcl", "acl") and clause.lemma_.lower() in _AUTHORING_VERBS:
            campaigns += [t for t in clause.children if t.dep_ == "nsubj"]
    for token in campaigns:
        if token.lower_ in _CAMPAIGN_NOUNS and any(c.dep_ == "poss" for c in token.children):
            return _campaign(resolver, resolver.doc[token.left_edge.i : token.i + 1])
    return None


def _body_behind(resolver: SpeakerResolver, noun: Token) -> Resolution | None:
    """'company documents', 'agency records', 'the committee's report', 'a memo from the
    panel': a document named by the kind of body that wrote it stands for the body that
    description would be ("the company" -> the latest company named)."""
    for child in noun.lefts:
        if child.dep_ not in ("compound", "poss") or child.pos_ != "NOUN" or child.lower_ in _CAMPAIGN_NOUNS:
            continue
        if child.lower_ not in _BODY_TYPES and child.lower_ not in lexicons.load("organisation_nouns"):
            continue
        words = resolver.doc[child.left_edge.i : child.i + 1]
        if child.dep_ == "compound" and any(t.dep_ == "det" for t in noun.lefts):
            words = resolver.doc[noun.left_edge.i : child.i + 1]  # "the company documents": "the company"
        if words[0].lower_ in ("a", "an"):
            return None  # "a company memo": some company
        described = _described(resolver, words)
        if described is not None and described.kind == "organisation":
            return described
    for prep in noun.rights:
        # "Thursday's memo from the panel", "a report by the agency": the body described after
        body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ in ("by", "from") else None
        if body is None or body.pos_ != "NOUN" or body.lower_ not in _BODY_TYPES or body.i in resolver.index.cluster_of:
            continue
        if _appositive_entity(body, resolver.index) is not None:
            continue  # "a projection by the consulting firm Harlow Analytics": the firm it names (the author rules)
        words = resolver.doc[body.left_edge.i : body.i + 1]
        if words[0].lower_ != "the":
            continue  # "a report by a watchdog group": some group
        described = _described(resolver, words)
        if described is not None and described.kind == "organisation":
            return described
    return None
