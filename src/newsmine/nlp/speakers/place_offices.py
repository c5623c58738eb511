"""Whose office a description names by an "of" phrase after its head.

'President Obama arrived in Paris on Monday. … The President of France said …' (seen47's strict
xfail): a public title used like a pronoun goes to the person just named
(:func:`~newsmine.nlp.speakers.people._person_just_named`), so Obama spoke for France. A place
written after the title ('of France', 'of Harlow') says whose office it is; when the article never
gives the person that place (in their titles, in an "of" phrase after their name, in the words
just before a mention: 'Mayor Ana Ruiz of Harlow', 'Ohio Gov. John Kasich'), the office is
another's. A place word before the title is no such evidence: 'the Vermont senator' is Sanders
though his titles may lack the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["office_of_a_place_unsaid", "places_given"]

# Words after "of" that name a portfolio, not a place ("secretary of state", "Secretary of State").
_PORTFOLIO_WORDS = frozenset({"state", "states"})


def office_of_a_place_unsaid(resolver: SpeakerResolver, mention: Span, cluster: EntityCluster) -> bool:
    """Whether the description names whose office it is by an "of" phrase right after its head
    ("The President of France", "the mayor of Harlow") with a name the article never gives the
    person: not in their titles, not in an "of" phrase after their name ("Mayor Ana Ruiz of
    Harlow"). A place word before the head is read as before ('the Vermont senator' for Sanders,
    whose titles may lack the state): only the "of" phrase says whose office it is."""
    root = mention.root
    if root.i + 1 >= mention.end or mention.doc[root.i + 1].lower_ != "of":
        return False
    place = [t for t in mention.doc[root.i + 1].subtree if t.i > root.i + 1]
    # the place alone ("of France"), not a body named with one ("of Florida's Hillsborough County
    # GOP", "of Hewlett-Packard") nor a portfolio ("secretary of state")
    if not place or any(t.ent_type_ != "GPE" or t.i >= mention.end for t in place) or place[-1].lower_ in _PORTFOLIO_WORDS:
        return False
    names = {t.lower_ for t in place}
    return not names <= set(resolver.index.title_words(cluster)) | places_given(resolver, cluster)


def places_given(resolver: SpeakerResolver, cluster: EntityCluster) -> set[str]:
    """The proper words the article writes with the person's name, lowercased: an "of" phrase
    right after a mention or its comma ('Gov. John Kasich of Ohio', 'Kasich, of Ohio,') and the
    three words before one ('Ohio Gov. John Kasich', a dateline's 'COLUMBUS, Ohio — Gov. John
    Kasich'). Where an office's place ('The governor of Ohio') is the person's."""
    doc = resolver.doc
    # The words read from the quotes component's lists, not from Token objects: asked for every
    # person before a description with a place (some 5 a resolution), it made ~160 ``doc[…]``
    # tokens an article (docs/history/speed.md, session 53b). Its ``ent`` differs from the
    # Doc's only where a date was a name (DATE -> PERSON), never for GPE.
    context = resolver.index.context
    lower, pos, ent, n = context.lower, context.pos, context.ent, context.n
    said: set[str] = set()
    for m in cluster.mentions:
        after = m.end + 1 if m.end + 1 < n and lower[m.end] == "," else m.end  # 'Kasich, of Ohio,'
        if after < n and lower[after] == "of":
            said |= {t.lower_ for t in doc[after].subtree if t.pos_ == "PROPN"}  # the parse's own subtree
        if m.start > 0:
            said |= {lower[j] for j in range(max(0, m.start - 3), m.start) if pos[j] == "PROPN" or ent[j] == "GPE"}
    return said
