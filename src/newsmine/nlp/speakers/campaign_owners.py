"""Whose campaign "his campaign" is when the pronoun's nearest person works for a campaign:
'"…," said Democratic pollster Geoff Garin, who was then a member of Clinton's campaign team.
"That's really the conversation that should be going on in the Sanders campaign." ¶ But his
campaign showed no immediate signs of relenting'.

:func:`.campaigns._campaign` gives "his campaign" to the person a "his" would take
(``rank_people``): here the pollster just quoted, so the speaker came out "Garin campaign", a
campaign no one runs (study sample desc43; the gold names the Sanders campaign). A pollster,
aide, adviser, spokesman or strategist runs no campaign: the pronoun's next person who runs for
something is the owner — one the article titles with an office or a candidacy ("Sen.", "the
nominee"), or whose campaign it names ("the Sanders campaign"). When none of the persons a
"his" may take runs for anything, the nearest is kept, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsmine.nlp.attribution.context import doc_text
from newsmine.nlp.speakers.candidacy import _HOLDS_AN_OFFICE, CANDIDACY_NOUNS
from newsmine.nlp.speakers.words import _STAFF_TITLES

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["campaign_owner"]

# How many of the pronoun's ranked people past the first may own the campaign instead.
_OWNERS_LOOKED_AT = 3
# Office words that say someone runs, less those a body's officer or a staffer bears as often
# ("Its president, Martha Greer", "her press secretary, Ben Aldana": review53c, probe53b's
# fact check gave "her campaign" to a think tank's president).
_OWNER_OFFICES = _HOLDS_AN_OFFICE - {"president", "secretary"}


def campaign_owner(resolver: SpeakerResolver, ranked: list[EntityCluster]) -> EntityCluster | None:
    """The first of ``ranked`` (the people a "his"/"her" may take, best first), unless the
    article titles that one as a campaign's staff (:func:`_staff_only`) and one of the next
    :data:`_OWNERS_LOOKED_AT` runs for something (:func:`_runs_for_something`)."""
    if not ranked:
        return None
    first = ranked[0]
    if not _staff_only(resolver, first):
        return first
    for other in ranked[1 : 1 + _OWNERS_LOOKED_AT]:
        if not _staff_only(resolver, other) and _runs_for_something(resolver, other):
            return other
    return first


def _staff_only(resolver: SpeakerResolver, cluster: EntityCluster) -> bool:
    """Whether the person's titles hold a staff word (pollster, aide, adviser, spokesman,
    strategist, consultant, manager) and the person runs for nothing. Not the wider test of
    :func:`.candidacy.runs_for_nothing`: the titles read off train hold stray words of it for
    candidates themselves ("Ted Cruz" titled "presidential campaign", "Donald Trump" "host")."""
    words = resolver.index.title_words(cluster)
    return bool(words & _STAFF_TITLES) and not _runs_for_something(resolver, cluster)


def _runs_for_something(resolver: SpeakerResolver, cluster: EntityCluster) -> bool:
    """Whether the article titles the person with an office or a candidacy, or names their
    campaign ("the Sanders campaign", "Sanders's campaign"). "President" and "secretary" are no
    such office here: a think tank's president and a press secretary run for nothing."""
    words = resolver.index.title_words(cluster)
    if words & (CANDIDACY_NOUNS | _OWNER_OFFICES):
        return True
    surname = cluster.name.split()[-1]
    # The Doc's one text (doc.text joins every token anew); a text that does not write the
    # surname needs no pattern made for it (session 58, speed58b)
    text = doc_text(resolver.doc)
    return surname in text and re.search(rf"\b{re.escape(surname)}(?:['’]s?)? campaign\b", text) is not None
