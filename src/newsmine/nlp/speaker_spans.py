"""Which mention a quote's speaker is, when the attribution's choice is a share of people.

The attribution stage picks the source token from the cue's grammar: in "In a Harlow poll
released Monday, 31% of Republicans said they were enthusiastic" that is the subject "31% of
Republicans". But a share of the people polled is no speaker the article names: the poll is
("a Harlow poll" -> Harlow), and PolNeAR's gold takes the poll as the Source of what they said
(56 gold sources of train are a poll or survey written right after "In"; on the train speaker
sample four such quotes had the share as speaker and no name). The speaker layer moves the
speaker there; which quotes exist and what they say stay the attribution's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["poll_behind_share"]

# Nouns of a poll the share of respondents was measured in.
_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
# Heads of a share of people: "31% of Republicans", "a majority of voters", "six in 10 voters".
_SHARE_NOUNS = frozenset({"percent", "%", "majority", "plurality", "half", "third", "quarter", "fifth", "two-thirds"})


def _is_share(token: Token) -> bool:
    """'31%', '75 percent of Republicans', 'a majority of Democrats', 'six in 10 voters'."""
    if token.lower_ in _SHARE_NOUNS or token.ent_type_ == "PERCENT":
        return True
    # "Six in 10 Republicans": a number, "in", a number before the head
    words = [t.lower_ for t in token.lefts]
    return "in" in words and any(t.like_num for t in token.lefts)


def poll_behind_share(speaker: Span, noun_phrase) -> Span | None:
    """The poll a share of people was measured in, written before it in its clause: 'In a
    Harlow poll released Monday, 31% of Republicans said …' -> 'a Harlow poll'. ``noun_phrase``
    is the attribution's function that writes a token's noun phrase. None when the speaker is no
    share of people or no poll opens the clause."""
    root = speaker.root
    if not _is_share(root) or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for prep in root.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > speaker.start:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in _POLL_NOUNS:
                return noun_phrase(obj)
    return None
