"""Trades written as a compound whose head alone is a staff title: 'In May, billionaire Carl Oster
changed the race. The hedge fund manager wrote a $400,000 check …'.

An occupation ("the investor", "the businessman") used like a pronoun is the person just named
(``people._person_just_named``, via ``words._OCCUPATIONS``). "Manager" is in no occupation list
on purpose: alone it is a campaign's or a team's staff title ("the campaign manager said", a
person titled so). With "fund", "money", "portfolio" or "asset" before it, it is a trade of
finance like "investor" or "financier", and the article uses it for the person it just named
(study sample fresh: "billionaire Paul Singer … The vulture fund manager wrote a … check", left
unresolved). Tried after the title rules, as a fallback: someone the article titled "fund
manager" is found by those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.speakers.introduced_unnamed import _unnamed_one_since
from newsmine.nlp.speakers.office_titles import _OFFICE_SYNONYMS, _PUBLIC_OFFICES
from newsmine.nlp.speakers.people import (
    QUIET_SENTENCES,
    _person_just_named,
)
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["trade_by_its_compound"]

# Head nouns that are a trade only with one of these words right before them.
_TRADE_COMPOUNDS = {"manager": frozenset({"fund", "money", "portfolio", "asset", "investment"})}


def trade_by_its_compound(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'The hedge fund manager': the person just named, else None (also when one of the
    trade brought in unnamed since is the one: "A fund manager in Boston disagreed")."""
    root = mention.root
    words = _TRADE_COMPOUNDS.get(root.lower_)
    before = root.doc[root.i - 1] if root.i > mention.start else None
    if words is None or before is None or before.lower_ not in words or mention[0].lower_ != "the" or root.tag_ != "NN":
        return None
    if any(t.dep_ == "poss" for t in root.children):
        return None  # "the senator's money manager": someone of another person
    modifiers = [t.lower_ for t in mention if t.i != root.i and t.lower_ != "the" and not t.is_punct]
    person = _person_just_named(resolver, mention, root.lower_, modifiers, quiet_sentences=QUIET_SENTENCES)
    if person is None or _unnamed_one_since(resolver, mention, person):
        return None
    if {_OFFICE_SYNONYMS.get(w, w) for w in resolver.index.title_words(person)} & _PUBLIC_OFFICES:
        # "Governor Ned Parr … The fund manager declined to comment": a holder of a public
        # office is not the trade's man (review51), as he is no "executive" (office_titles._holds_another_office)
        return None
    return _for_cluster(person, "description")
