"""A document a speaker has just spoken "in", taken up by a definite document noun: 'Harlow
Transit said in a statement … "…," the statement added', 'Whitfield wrote in a letter to the
mayor … "…," the note read'.

``documents.py`` gives "the statement" the latest statement named with its author ("Lee
released a statement"), else the latest document of its family, else the previous speaker. A
document only spoken "in" ("X said in a statement", ``clause_authors._clause_author``) is in
no list of the article's documents, so "the statement" three quoted sentences after "Fox News
said in a statement" went unresolved (train, desc49). Listing those documents for the whole article was
tried and dropped: "Ware insists in the suit" and "the spokesman said in a statement" then stood
for any later memo of the family ("the suit" after a lawsuit filed by another). So only near
the mention: the same noun in its sentence or the four before (quoted sentences count: "Fox
said in a statement. “…” “… .” the statement said"), or another noun of its family in its
sentence or the one before ("the note" ← "wrote in a letter"). Court papers stay out ("Ware
insists in the suit" is no suit of Ware's), as in ``clause_authors._clause_author``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.authors import _singular
from newsmine.nlp.speakers.clause_authors import _COURT_PAPERS, _SPOKEN_IN, _reports_words
from newsmine.nlp.speakers.resolution import Resolution
from newsmine.nlp.speakers.words import _DOCUMENT_NOUNS

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["message_spoken_in_before", "spoken_in_just_before"]

# How far back the same noun may have been spoken in (sentences before the mention's), and
# another noun of the same family ("email" for "the message").
_SAME_NOUN_SENTENCES = 4
_SAME_FAMILY_SENTENCES = 1
_SUBJECT_DEPS = frozenset({"nsubj"})


# "the message" is no document noun of its own ("the party's message" is a political line far
# more often, desc49), but taking up a letter or an email just written "in" it is one
# ('Slaughter wrote in a June 10, 2009 email. The message, sent to …', desc47; desc54b).
_MESSAGE_NOUNS = frozenset({"message"})
_MESSAGE_DETERMINERS = frozenset({"the", "that", "this"})


def message_spoken_in_before(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"The message" (no possessor, no modifier but the determiner) right after "X wrote in an
    email" / "said in a letter": X's, as "the note" is; nothing without such a document in its
    sentence or the one before."""
    root = mention.root
    if root.lower_ not in _MESSAGE_NOUNS or mention[0].lower_ not in _MESSAGE_DETERMINERS or mention[0].i + 1 != root.i:
        return None
    found = spoken_in_just_before(resolver, mention, family=_DOCUMENT_NOUNS["memo"])
    return found[1] if found is not None else None


def spoken_in_just_before(
    resolver: SpeakerResolver, mention: Span, family: str | None = None
) -> tuple[int, Resolution] | None:
    """(character offset of the document, its speaker as resolved) for the latest document of
    the mention's family (``family`` when the mention's noun has none of its own) a named
    person or body spoke "in" near before it, else None."""
    root = mention.root
    family = family or _DOCUMENT_NOUNS.get(root.lower_)
    if family not in _SPOKEN_IN or root.lower_ in _COURT_PAPERS:
        return None
    ctx, doc, in_quote = resolver.index.context, resolver.doc, resolver.index.in_quote
    noun = _singular(root.lower_)
    sentence = ctx.sent_of[root.i]
    first = ctx.sent_bounds[max(0, sentence - _SAME_NOUN_SENTENCES)][0]
    near = ctx.sent_bounds[max(0, sentence - _SAME_FAMILY_SENTENCES)][0]
    for i in range(mention.start - 1, first - 1, -1):
        word = ctx.lower[i]
        if _DOCUMENT_NOUNS.get(word) != family or word in _COURT_PAPERS or in_quote[i]:
            continue
        if _singular(word) != noun and i < near:
            continue
        prep = ctx.head[i]
        if ctx.dep[i] != "pobj" or ctx.lower[prep] != "in" or not _reports_words(doc[ctx.head[prep]]):
            continue
        subject = ctx.child(ctx.head[prep], _SUBJECT_DEPS)
        if subject < 0:
            return None
        found = resolver._resolve(doc[doc[subject].left_edge.i : subject + 1], depth=1)
        if found.kind not in ("person", "organisation") or not found.name:
            return None
        return ctx.idx[i], Resolution(found.kind, found.cluster, found.name, "description")
    return None
