"""A statement or a filing with no author named: the one the previous speaker spoke in ("The
company said in a filing … According to the filing", :func:`_spoken_in_before`), not one the
last sentences report someone else filing (:func:`_filed_by_another`), nor one introduced
before without its author, whose own "from" or "by" phrase names it
(:func:`_introduced_unauthored`, :func:`_unnamed_author`). Split from :mod:`.documents`
(session 50), whose :func:`~.documents._document_author` asks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.speakers.authors import _singular
from newsmine.nlp.speakers.clause_authors import _reports_words
from newsmine.nlp.speakers.resolution import Resolution

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


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
