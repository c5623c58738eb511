"""A copy, version, draft or page of something speaks for that thing: 'according to a copy of
the Harbor Trust report', 'an archived version of the Eric Trump Foundation website', 'the
front page of The Boston Herald'.

The mention's head is the part ("copy", "version", "page"), which no route knows: the mention
was left unresolved (names48's blind sample and train: two name sources, "an archived version
of the … Foundation website" and "the front page of The Boston Herald"). The words after "of"
are resolved as the mention would be without the part, and their speaker is the part's when
they name one (a person or a body, by name or through a document's author); else the routes
after this one go on. The words after "of" must say whose thing it is, by a name or a
possessive ("the Harbor Trust report", "his memo"): "a copy of the letter reviewed by The
Post" is left alone, since "the letter" alone would take the latest letter's author named
anywhere before (on train, a campaign aide's letter paragraphs above, not the one Trump wrote
in the sentence itself). Not a transcript ("a transcript of the interview" is the interviewee's
words, not the interview's author), a part whose "of" phrase is a quantity ("a copy of 300
pages"), nor a plural of copies ("copies of the letter" may be anyone's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolution import Resolution
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["part_of_a_document"]

# Nouns for a copy or a part of a document, a website or a newspaper, as written.
_PART_NOUNS = frozenset({"copy", "version", "draft", "excerpt", "page", "section", "passage", "edition"})


def part_of_a_document(resolver: SpeakerResolver, mention: Span, depth: int) -> Resolution | None:
    """'a copy of the Harbor Trust report': the speaker of 'the Harbor Trust report', when it
    names a person or a body; else None. At depth 0 only (a speaker mention)."""
    root = mention.root
    if depth or root.lower_ not in _PART_NOUNS or root.pos_ != "NOUN":
        return None
    of = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.i >= mention.end or thing.pos_ not in ("NOUN", "PROPN") or thing.like_num:
        return None
    if any(c.dep_ == "nummod" for c in thing.children):
        return None  # 'a copy of 300 pages'
    phrase = mention.doc[thing.left_edge.i : thing.i + 1]
    if not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in phrase):
        return None  # 'a copy of the letter': whose letter, the phrase does not say
    inner = resolver._resolve(phrase, depth=1)
    if inner.kind in ("person", "organisation") and (inner.cluster is not None or inner.name):
        return inner
    return None
