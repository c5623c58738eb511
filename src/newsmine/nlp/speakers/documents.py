"""Documents as speakers: a poll, a report, a memo speaks for whoever put it out.

"His memo" is the possessor's, "her campaign finance documents" the campaign's, "company
documents" the company's; else the author :mod:`.authors` finds in the parse; "the report" the
author of the latest one of its family, else the campaign a document of the family was put out
by as "his campaign" ("his campaign sent an email … read the email"); "the statement" with none
named before the previous speaker's; a headline's "Poll:" the first author or outlet the body names;
a bare "ads" the ads just paid for ("X spent $900,000 on digital ads. Most went to ads praising …");
a tweet or an email the one just said to send one ("X tweeted … An early tweet called …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import DocIndex, outlet_name
from newsmine.nlp.antecedents.weights import _MAX_SENTENCES
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.authors import (
    _AUTHOR_VERBS,
    _AUTHORING_VERBS,
    _COURT_PAPERS,
    _SUE_WORDS,
    _appositive_entity,
    _author_of,
    _authored,
    _clause_author,
    _reports_words,
    _singular,
    _sponsor,
    _subject_author,
    _written_author,
)
from newsmine.nlp.speakers.campaigns import _campaign
from newsmine.nlp.speakers.descriptions import _described
from newsmine.nlp.speakers.organisations import _outlet_voice, _written_outlet
from newsmine.nlp.speakers.people import _previous_near
from newsmine.nlp.speakers.pronouns import _in_reported_clause, _possessor_person
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.spoken_in_documents import spoken_in_just_before
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

# How far back a campaign written "his campaign" may have put out the document "the email" is (sentences).
_CAMPAIGN_DOCUMENT_SENTENCES = 2

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
    owner = _possessor_person(resolver, mention)
    if owner is not None:
        return _authored((owner, False), family, "pronoun")  # "his memoir", "her letter", "his speech from Trump Tower"
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
    return None


# Documents whose noun is also the verb of sending one ("X tweeted", "X emailed supporters"):
# the tweet or email is the latest sender's. Not "post" ("posted gains", "The Post").
_SENT_AS_VERB = frozenset({"tweet", "tweets", "email", "emails", "e-mail", "e-mails"})
# How far back that verb may be (sentences: the mention's own and the one before).
_SENDER_SENTENCES = 1


def _sender_just_before(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Dan Whitfield live-tweeted as the mayor spoke. An early tweet called …', 'Huma Lee
    emailed supporters on Monday … The email goes on to say': a tweet or an email with no
    author of its own is the one who, in its sentence or the one before, was just said to send
    one (the subject of the latest verb "tweet" / "email" there, as resolved: a named person or
    body). Before the latest document of the family named with its author, which may be another
    kind ("Lee's proposal … Abedin emailed supporters … The email" is Abedin's), and before an
    indefinite tweet's look ahead (docs46)."""
    root = mention.root
    if root.lower_ not in _SENT_AS_VERB:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by")) for c in root.children):
        return None  # "A tweet from the city's housing office", "the office's tweet": an author of its own
    ctx, doc = resolver.index.context, resolver.doc
    first = ctx.sent_bounds[max(0, ctx.sent_of[root.i] - _SENDER_SENTENCES)][0]
    verb = _singular(root.lower_)
    for i in range(mention.start - 1, first - 1, -1):
        if ctx.pos[i] != "VERB" or ctx.lemma[i] != verb:
            continue
        subject = ctx.child(i, _FILER_DEPS)
        if subject < 0 or not _sending_told(doc[i]):
            return None
        found = resolver._resolve(doc[doc[subject].left_edge.i : subject + 1], depth=1)
        return Resolution(found.kind, found.cluster, found.name, "description") if found.kind in ("person", "organisation") and found.name else None
    return None


# Verbs whose complement a sending is not told as done: a denial or a question ("denied that
# he emailed the donor", "was asked whether she had tweeted the photo").
_UNTOLD_HEADS = frozenset({"deny", "dispute", "ask", "wonder", "question", "doubt"})


def _sending_told(verb) -> bool:
    """Whether the sentence tells that the sending happened: not negated ("he had never emailed
    the donor"), not a question's "whether"/"if" clause, nor the complement of a denial or a
    question ("denied that he emailed", "asked whether she had tweeted"). Then the email
    or tweet that follows is no proof of it, and its sender stays unknown (review46b)."""
    token = verb
    while True:
        if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("whether", "if")) for c in token.children):
            return False
        if token.dep_ not in ("ccomp", "xcomp", "conj") or token.head is token:
            return True
        token = token.head
        if token.lemma_.lower() in _UNTOLD_HEADS:
            return False


# How far back a bare "ads" may take up the ads someone was just said to put out or pay for
# (sentences: the mention's own and the one before).
_BARE_ADS_SENTENCES = 1


def _bare_ads_put_out_before(resolver: SpeakerResolver, mention: Span, family: str | None) -> Resolution | None:
    """'Harlow Forward PAC spent $900,000 on digital ads. Most of the money went to ads praising
    the mayor': a bare plural of the ad family ("ads", "commercials", no determiner, possessor
    or author of its own) goes on about the ads put out or paid for, with their author, in its
    own sentence or the one before (the latest such). Only ads, whose spending stories name the
    spender and then the ads' messages: a bare "polls" or "reports" is a kind in general
    ("polls show him ahead"), of no one pollster. Further back, or with none named, it stays
    unresolved (docs46)."""
    root = mention.root
    if family != _DOCUMENT_NOUNS["ad"] or root.tag_ != "NNS" or any(t.dep_ in ("det", "poss", "nummod") for t in root.lefts):
        return None
    if (root.dep_ == "dobj" and root.head.lemma_.lower() in _AUTHORING_VERBS) or any(
        t.tag_ == "VBG" and t.lemma_.lower() in _AUTHORING_VERBS for t in root.lefts
    ):
        return None  # "… has taken the lead in running ads praising …" (the parse: "running" an amod): ads put out anew, by another
    ctx = resolver.index.context
    first = ctx.sent_bounds[max(0, ctx.sent_of[root.i] - _BARE_ADS_SENTENCES)][0]
    since = ctx.idx[first]
    before = [c for start, fam, _, c in resolver.documents if fam == family and since <= start < mention.start_char]
    return _authored(before[-1], family, "description") if before else None


def _spoken_in_before(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The company said in a filing … that revenue fell. Analysts had expected more. According
    to the filing, …': "the filing" (a statement noun) is the one a speaker of the last
    sentences spoke "in", when someone unnamed spoke between (so the previous speaker is not
    its author): that speaker as resolved, a person or body only. Not when a document of the
    noun was brought in since with an author no name gives ('Fox News said in a statement … A
    statement from the union … was harsher. "…," the statement said': the union's, unnamed;
    :func:`_introduced_unauthored`, as for the latest document spoken in)."""
    ctx, doc, noun = resolver.index.context, resolver.doc, mention.root.lower_
    first = ctx.sent_bounds[max(0, ctx.sent_of[mention.root.i] - 2)][0]
    for i in range(mention.start - 1, first - 1, -1):
        prep = ctx.head[i]
        if ctx.lower[i] != noun or ctx.dep[i] != "pobj" or ctx.lower[prep] != "in" or not _reports_words(doc[ctx.head[prep]]):
            continue
        subject = ctx.child(ctx.head[prep], _FILER_DEPS)
        if subject < 0 or _introduced_unauthored(resolver, mention, ctx.idx[i]):
            return None
        found = resolver._resolve(doc[doc[subject].left_edge.i : subject + 1], depth=1)
        return found if found.kind in ("person", "organisation") and found.name else None
    return None


# Verbs that report a court paper filed, and the dependency of who files it (their subject).
_FILING_VERBS = frozenset({"file", "sue"})
_FILER_DEPS = frozenset({"nsubj"})


def _filed_by_another(resolver: SpeakerResolver, mention: Span, previous: Resolution) -> bool:
    """Whether "the filing" is one the last sentences report someone other than the previous
    speaker filing: 'The city sued Arbor … Arbor said it would fight. The filing said …',
    'Prosecutors filed new charges … The filing said …' (the city's, the prosecutors'), not
    'Skyhop said in a filing …' nor 'It filed on Monday' (a pronoun: the speaker, as a rule)."""
    if mention.root.lower_ != "filing":
        return False
    ctx, cluster_of = resolver.index.context, resolver.index.cluster_of
    start = ctx.sent_bounds[max(0, ctx.sent_of[mention.root.i] - 2)][0]
    for i in range(start, mention.start):
        if ctx.lemma[i] in _FILING_VERBS and ctx.pos[i] == "VERB":
            subject = ctx.child(i, _FILER_DEPS)
            if subject >= 0 and ctx.pos[subject] != "PRON" and cluster_of.get(subject) is not previous.cluster:
                return True
    return False


# Document families whose nouns name documents of different kinds, alike only in speaking for
# their author (a letter, a plan, a transcript, a lawsuit): a document of another noun named
# after "a transcript" is another document, where "a new survey" and the poll named after it
# are often one.
_KINDS_APART = frozenset({_DOCUMENT_NOUNS["memo"]})


def _one_kind(word: str, other: str) -> bool:
    """Whether two document nouns (singular) of a family of different kinds name one kind."""
    return word == other or (word in _COURT_PAPERS and other in _COURT_PAPERS)


# Determiners that introduce a document not named before ("a letter", "another poll").
_INTRODUCING = frozenset({"a", "an", "another"})


def _introduced_unauthored(resolver: SpeakerResolver, mention: Span, since: int) -> bool:
    """'A statement from Lee … A letter this month to the board from the staff association …
    the staff letter noted': whether a document of the mention's own noun was introduced ("a",
    "an", "another") after the character offset ``since`` (the document with its author the
    definite mention would otherwise take up) with an author of its own, "from" or "by" a common
    noun the article names no one by. The definite mention takes up that newer one, whose
    author goes unnamed. (Not a document introduced with no author written: "an online poll …,
    Democracy Corps found" or a lawsuit the Democrats "sue" with are put out by someone the
    index may not list, so they do not count.)"""
    index, noun = resolver.index, _singular(mention.root.lower_)
    # Read from the context's lists, a Token built only for a noun that may be the document:
    # this runs over the article up to the mention, for every such mention.
    ctx, doc = index.context, resolver.doc
    idx, pos, lower, in_quote = ctx.idx, ctx.pos, ctx.lower, index.in_quote
    for i in range(mention.start):
        if idx[i] <= since or pos[i] != "NOUN" or _singular(lower[i]) != noun or in_quote[i]:
            continue
        token = doc[i]
        if any(c.dep_ == "det" and c.lower_ in _INTRODUCING for c in token.lefts) and _unnamed_author(token, index):
            return True
    return False


def _unnamed_author(document: Token, index: DocIndex) -> bool:
    """'a letter … from the staff association', 'a memo by two aides', 'a second statement,
    issued by a resident': the document's own "from" / "by" phrase (in its phrase, where the
    parse may hang it on a word after the noun: "a letter to the board from …"; a participle's
    agent) is a common noun with no name in it."""
    for prep in document.subtree:
        if prep.i < document.i or prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("from", "by"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not any(t.i in index.cluster_of for t in obj.subtree):
                return True
    return False


# What a court or a judge puts out ("the brief order gave no reasons", "the unsigned opinion
# said", "the ruling states"): written by whoever decided, never by a party to the case. Not
# "decision": an administration's or a campaign's as often as a court's.
_COURT_DOCUMENTS = frozenset({"order", "opinion", "ruling"})
# The nouns that name the court or the judge such a document is of ("the court announced",
# "The judge pointed to …").
_COURT_NOUNS = frozenset({"court", "judge", "justice", "tribunal"})
# How far back the court or judge of a court's document may have been written (sentences): as
# far as a pronoun looks for the person it stands for (the antecedent ranking's bound). Session
# 29 (desc11) wrote that number, 12, with no reason of its own and tried no other.
_COURT_DOCUMENT_SENTENCES = _MAX_SENTENCES


def _court_document(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'the court announced that it had deadlocked in the case. As is the custom, the brief
    order gave no reasons', 'The judge pointed to … "…," the order released Friday said': a
    definite order, opinion or ruling with no author of its own speaks for the court or judge
    last written before it: a singular "court", "judge", "justice" or "tribunal" heading its
    phrase, resolved as a speaker's description would be, a judge's title before a name ("Judge Alan Whitfield"), or
    the owner of an earlier "his order", "Curiel's ruling". Not a court in what someone was
    reported to say in an earlier sentence ("the case could reach the Supreme Court")."""
    root = mention.root
    if root.lower_ not in _COURT_DOCUMENTS or root.tag_ != "NN" or mention[0].lower_ != "the":
        return None
    if any(c.dep_ in ("poss", "compound") for c in root.lefts):
        return None  # "the judge's order", "the court order": read by the rules of its own words
    index, doc = resolver.index, resolver.doc
    sentence = index.sentence_of[root.i]
    for i in range(mention.start - 1, -1, -1):
        if sentence - index.sentence_of[i] > _COURT_DOCUMENT_SENTENCES:
            return None
        token = doc[i]
        if index.in_quote[i] or token.tag_ not in ("NN", "NNP"):
            continue
        named = index.cluster_of.get(token.head.i) if token.dep_ == "compound" else None
        if token.lower_ in _COURT_NOUNS and named is not None and named.label in ("PERSON", "ORG"):
            return _for_cluster(named, "description")  # "Judge Alan Whitfield", "Justice Kennedy"
        if token.dep_ in ("compound", "poss"):
            continue
        if token.lower_ in _COURT_NOUNS:
            if index.sentence_of[i] != sentence and _in_reported_clause(token, index):
                continue  # "Scholars said the case could reach the Supreme Court": their words, not who ruled
            phrase = doc[token.left_edge.i : i + 1]
        elif token.lower_ in _COURT_DOCUMENTS:
            owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
            if owner is None:
                continue
            phrase = doc[owner.left_edge.i : owner.i + 1]  # "Curiel's order", "In his order"
        else:
            continue
        found = resolver._resolve(phrase, depth=1)
        if found.cluster is None or found.kind not in ("person", "organisation"):
            return None  # the last court written is one the article does not name
        return Resolution(found.kind, found.cluster, found.name, "description")
    return None


# The voice of an ad ("the narrator says", "a voice-over in the ad states", "the ad's
# announcer"): it speaks for the ad, so for whoever put the ad out.
_AD_VOICES = frozenset({"narrator", "announcer", "voiceover"})
# How far back the ad a narrator speaks in may have been named (sentences).
_AD_VOICE_SENTENCES = 3


def _ad_voice(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Last month, she released a web ad … "…," the narrator says', 'a voice-over in the ad
    states': the narrator of an ad is the ad speaking, so the one who put it out (the gold's
    author of an ad): the latest ad named in the mention or in the sentences before it,
    resolved as that document would be."""
    root = mention.root
    doc = resolver.doc
    # "voice-over" is three tokens, and either end may head the phrase
    voice_over = (
        root.lower_ == "voice" and root.i + 2 < len(doc) and doc[root.i + 1].text == "-" and doc[root.i + 2].lower_ == "over"
    ) or (root.lower_ == "over" and root.i >= 2 and doc[root.i - 1].text == "-" and doc[root.i - 2].lower_ == "voice")
    if root.lower_ not in _AD_VOICES and not voice_over:
        return None
    index = resolver.index
    # the ad of its own phrase first ("the ad's narrator", "a voice-over in the ad", whose parse
    # may leave the ad outside the phrase); the sentences counted back are the article's own,
    # not those of the ad's words quoted before the narrator ('"… worse," says a narrator')
    last = max(mention.end, root.right_edge.i + 1, root.sent.end if voice_over else 0)
    sentences = {index.sentence_of[root.i]}
    for i in range(last - 1, -1, -1):
        if not index.in_quote[i] and not doc[i].is_punct:  # (a quotation mark is no sentence of its own)
            sentences.add(index.sentence_of[i])
        if len(sentences) > _AD_VOICE_SENTENCES + 1:
            return None
        token = doc[i]
        if _DOCUMENT_NOUNS.get(token.lower_) != _DOCUMENT_NOUNS["ad"] or token.pos_ != "NOUN" or index.in_quote[i]:
            continue
        if _footage_of_someone(token, index):
            continue  # "a web ad …, followed by a clip of McCain saying …": what the ad shows
        found = _document_author(resolver, doc[token.left_edge.i : i + 1]) or _put_out_by_pronoun(resolver, token)
        return found if found is not None and found.kind in ("person", "organisation") else None
    return None


def _footage_of_someone(token: Token, index: DocIndex) -> bool:
    """'a clip of McCain', 'video of Trump mocking a reporter': footage of a person named in its
    "of" phrase, shown in an ad, not an ad of its own."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                cluster = index.cluster_of.get(obj.i) if obj.dep_ == "pobj" else None
                if cluster is not None and cluster.label == "PERSON":
                    return True
    return False


def _put_out_by_pronoun(resolver: SpeakerResolver, document: Token) -> Resolution | None:
    """'she released a web ad': the document's author written as "he" or "she", as the
    pronoun resolves (the index lists documents by named authors only)."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")]
    if not subjects:
        return None
    resolution = resolver._resolve(resolver.doc[subjects[0].i : subjects[0].i + 1], depth=1)
    return Resolution(resolution.kind, resolution.cluster, resolution.name, "description") if resolution.cluster is not None else None


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


def _campaign_put_out_before(resolver: SpeakerResolver, mention: Span, family: str) -> Resolution | None:
    """'His campaign sent out a fundraising email … read the email', 'Her campaign sued the
    party … The complaint says': a definite document with none of its family named with an
    author before is the one a campaign written by its owner's pronoun put out (or sued
    with: a lawsuit's family) in the last sentences, that campaign's (the index lists
    documents by named authors only; "his campaign" needs the resolver's people)."""
    index = resolver.index
    sentence = index.sentence_of[mention.root.i]
    for i in range(mention.start - 1, -1, -1):
        if sentence - index.sentence_of[i] > _CAMPAIGN_DOCUMENT_SENTENCES:
            return None
        token = resolver.doc[i]
        if index.in_quote[i]:
            continue
        if token.lower_ in _SUE_WORDS and token.pos_ == "VERB" and family == _DOCUMENT_NOUNS["lawsuit"]:
            verb = token
        elif _DOCUMENT_NOUNS.get(token.lower_) == family and token.pos_ == "NOUN" and token.dep_ == "dobj":
            verb = token.head
            if verb.lemma_.lower() not in _AUTHORING_VERBS:
                continue
        else:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in _CAMPAIGN_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children):
            continue  # a named owner's campaign is in the index's documents already
        return _campaign(resolver, resolver.doc[subject.left_edge.i : subject.i + 1])
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
