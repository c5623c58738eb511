"""A document just sent or put out speaks for whoever did: a tweet or an email the one just said to
send one ("X tweeted … An early tweet called …", :func:`_sender_just_before`, when the sentence
tells that the sending happened: :func:`_sending_told`), a bare "ads" the ads just paid for
(:func:`_bare_ads_put_out_before`), a definite document a campaign put out
(:func:`_campaign_put_out_before`). Split from :mod:`.documents` (session 50), whose
:func:`~.documents._document_author` asks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.author_entities import _AUTHORING_VERBS, _authored
from newsmine.nlp.speakers.authors import _SUE_WORDS, _singular
from newsmine.nlp.speakers.campaigns import _campaign
from newsmine.nlp.speakers.resolution import Resolution
from newsmine.nlp.speakers.statement_documents import _FILER_DEPS
from newsmine.nlp.speakers.words import _CAMPAIGN_NOUNS, _DOCUMENT_NOUNS

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# How far back a campaign written "his campaign" may have put out the document "the email" is (sentences).
_CAMPAIGN_DOCUMENT_SENTENCES = 2


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
