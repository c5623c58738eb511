"""A document named by the verb of its putting out, then taken up by its noun: 'The Daily Ledger
reported on Sunday that … The report said', 'Governor Reed proposed a tax on … The proposal would
raise', 'Drexon Corp. filed for bankruptcy … The filing shows'.

``documents.py`` gives "the report" the latest report named with its author, else the latest
document of its family, else (for a statement, a letter) the previous speaker. A document put
out only by a verb ("X reported", "X proposed", "X filed for") is in no list of the article's
documents (``authors._document_authors`` reads nouns), so "the report" after "The AP reported
that …" went unresolved, or to an older document of its family (desc51). News write this all
the time; the document is the subject's: the outlet that reported, the person who proposed, the
company that filed, the plaintiff who sued.

Only near the mention (its sentence or the two before), only a named subject (a person or a
body, resolved as the resolver reads it; "Residents sued the town" is no one named), only when
no noun of the document's family stands between the verb and the mention ("CNN reported that an
audit found … The report" is the audit's, which the family rules read), and only when the
document's noun is not written before the verb ("The party will sue … the lawsuit says … Ellison
is suing on its behalf. The lawsuit asks" is the party's suit, brought in before Ellison's verb;
a headline's bare noun announces the story's own document and does not count, one saying whose
or what kind does: probe57b, review57d).
"The announcement" after "X announced" is read here too, though "announcement" is no document
noun (``description_routes._document_speaker`` asks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.speakers.author_entities import _AUTHORING_VERBS
from newsmine.nlp.speakers.authors import _singular
from newsmine.nlp.speakers.resolution import Resolution
from newsmine.nlp.speakers.verb_subjects import nearest_subject
from newsmine.nlp.speakers.words import _DOCUMENT_NOUNS
from newsmine.records import SpeakerResolution

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["described_author", "put_out", "put_out_by_a_verb_before", "released_by_a_description_before"]

# The verbs whose act puts out the document a noun names, by the noun (singular): only pairs a
# news article writes for one act ("reported … the report", "sued … the lawsuit").
_VERBS_OF_NOUN = {
    "report": frozenset({"report"}),
    "proposal": frozenset({"propose"}),
    "filing": frozenset({"file"}),
    "complaint": frozenset({"file", "sue"}),
    "lawsuit": frozenset({"file", "sue"}),
    "suit": frozenset({"file", "sue"}),
    "petition": frozenset({"file", "petition"}),
    "testimony": frozenset({"testify"}),
    # no document noun (lexicons/document_nouns.txt, where it would change the source rules'
    # "according to an announcement by X" too): asked by description_routes._document_speaker
    "announcement": frozenset({"announce"}),
}
# How many sentences before the mention's the verb may stand in.
_SENTENCES_BEFORE = 2
_DEFINITE_OPENERS = frozenset({"the", "this", "that"})


def put_out_by_a_verb_before(resolver: SpeakerResolver, mention: Span) -> tuple[int, Resolution] | None:
    """(character offset of the verb, its subject as resolved) for "the report" after a named
    subject "reported" near before it, else None."""
    root = mention.root
    noun = _singular(root.lower_)
    verbs = _VERBS_OF_NOUN.get(noun)
    if verbs is None or mention[0].lower_ not in _DEFINITE_OPENERS or root.tag_ != "NN":
        return None
    if any(c.dep_ == "poss" for c in root.children) or any(
        t.i in resolver.index.cluster_of for t in mention if t.i < root.i
    ):
        return None  # "the governor's announcement", "the Harlow filing": the document says whose
    family = _DOCUMENT_NOUNS.get(root.lower_)
    ctx, doc, in_quote = resolver.index.context, resolver.doc, resolver.index.in_quote
    sentence = ctx.sent_of[root.i]
    first = ctx.sent_bounds[max(0, sentence - _SENTENCES_BEFORE)][0]
    for i in range(mention.start - 1, first - 1, -1):
        if in_quote[i]:
            continue
        token = doc[i]
        word = ctx.lower[i]
        if token.pos_ == "NOUN" and (
            _singular(word) == noun or (family is not None and _DOCUMENT_NOUNS.get(word) == family)
        ):
            if _singular(word) == noun and _taken_up(token):
                continue  # "The proposal would pay for … The proposal says": the same one again
            return None  # "reported that an audit found …": another document stands between
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        if _files_another_paper(token, noun):
            continue  # "The town's lawyer filed a response. The complaint alleges": not the complaint
        if _named_before(resolver, noun, i):
            return None  # "The party will sue … the lawsuit says … Ellison is suing on its behalf": not put out here
        subject = nearest_subject(token)  # not a dateline parsed as a second subject
        if subject is None:
            return None  # "was reported", "filed by": the noun rules read a passive's author
        found = resolver._resolve(doc[subject.left_edge.i : subject.i + 1], depth=1)
        if found.kind not in ("person", "organisation") or not found.name:
            return None
        return token.idx, Resolution(found.kind, found.cluster, found.name, SpeakerResolution.description)
    return None


def _files_another_paper(verb: Token, noun: str) -> bool:
    """Whether 'file' has an object other than the document's noun ("filed a response",
    "filed a lawsuit against the bank"): that verb puts out the object, not the document taken
    up ("Ellen Voss sued the town. The town's lawyer filed a response. The complaint alleges"
    is Voss's complaint, review51). 'Filed for bankruptcy' and 'filed suit' keep it."""
    if verb.lemma_.lower() != "file":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(_singular(o.lower_) != noun and not (noun in ("lawsuit", "complaint") and o.lower_ == "suit") for o in objects)


def _taken_up(noun: Token) -> bool:
    """Whether a document noun is written as one already named ("the proposal", "this
    report"): a determiner of the definite kind and no owner or author of its own."""
    dets = [c.lower_ for c in noun.lefts if c.dep_ in ("det", "poss")]
    return (
        bool(dets)
        and all(d in _DEFINITE_OPENERS for d in dets)
        and not any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.rights)
    )


def _named_before(resolver: SpeakerResolver, noun: str, verb: int) -> bool:
    """Whether the document's noun is written before the verb (outside quotations and the
    headline): then the document was brought in before, and the verb is said of it, not its
    putting out. A headline's noun announces the story's own document ("Adviser resigns after
    report of payments … the Ledger reported that … The report said", probe57b), which the
    body then brings in by the verb."""
    lower, in_quote, doc = resolver.index.context.lower, resolver.index.in_quote, resolver.doc
    return any(
        _singular(lower[j]) == noun
        and doc[j].pos_ == "NOUN"
        and not in_quote[j]
        and (j >= resolver.headline_tokens or _says_whose(doc[j]))
        for j in range(verb)
    )


def _says_whose(noun: Token) -> bool:
    """Whether a document's noun names its author or kind ("Auditor's report faults mayor",
    "Audit report …", "Report by state auditor …"): in a headline, another document than the
    one the body's verb puts out (review57d)."""
    return any(c.dep_ in ("poss", "compound") for c in noun.lefts) or any(
        c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.rights
    )


def put_out(document: Token) -> bool:
    """'Acme released a statement', 'putting out a statement': the document is the object of a
    verb that authors it, said as done: not denied, awaited or asked about — not 'Acme did not
    release a statement', 'has not released', 'will release one on Friday', 'declined to issue
    one' (a base form: an infinitive or a modal's verb; review55b), nor 'Will Brenner's office
    release a statement?' (review55d)."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in _AUTHORING_VERBS:
        return False
    return verb.tag_ != "VB" and not any(c.dep_ == "neg" for c in verb.children) and verb.sent[-1].text != "?"


def described_author(resolver: SpeakerResolver, document: Token, label: str = "pronoun") -> Resolution | None:
    """'Garrity's office released a written statement': the document's author is the subject of
    the verb that put it out, a description no entity holds ("Garrity's office"), resolved as
    that description alone would be; only a noun subject with a name or an entity behind it
    (not "Officials released a statement", nor a pronoun). A document credited to another
    ("a letter from a former aide", "a statement by the committee") is that one's, not the
    releaser's, though no entity holds its author (review55d)."""
    if any(child.dep_ == "prep" and child.lower_ in ("from", "by") for child in document.children):
        return None
    subject = nearest_subject(document.head)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    phrase = resolver.doc[subject.left_edge.i : subject.i + 1]
    found = resolver._resolve(phrase, depth=1)
    if found.kind not in ("person", "organisation") or (found.cluster is None and not found.name):
        return None
    return Resolution(found.kind, found.cluster, found.name, label)


def released_by_a_description_before(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"Brenner's office released a written statement. … the statement said": the author of the
    latest document of the mention's own noun put out by an authoring verb near before it (its
    sentence or the two before, outside quotations), when that verb's subject is a description
    no entity holds (``described_author``). A document with an entity author is in the
    article's list of documents and read before this; without this, "the statement" went to
    the previous speaker, who may be the body the statement answers. Only "the/this/that
    statement" with no owner of its own; "Officials released a statement" names no author."""
    root = mention.root
    if mention[0].lower_ not in _DEFINITE_OPENERS or root.tag_ != "NN" or any(c.dep_ == "poss" for c in root.children):
        return None
    noun = _singular(root.lower_)
    ctx, doc, in_quote = resolver.index.context, resolver.doc, resolver.index.in_quote
    first = ctx.sent_bounds[max(0, ctx.sent_of[root.i] - _SENTENCES_BEFORE)][0]
    for i in range(mention.start - 1, first - 1, -1):
        if in_quote[i] or doc[i].pos_ != "NOUN" or _singular(ctx.lower[i]) != noun:
            continue
        if put_out(doc[i]):
            return described_author(resolver, doc[i], SpeakerResolution.description)
    return None
