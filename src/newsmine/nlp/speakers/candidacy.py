"""Who a candidacy noun ("the candidate", "the nominee", "the front-runner") cannot stand for.

A role noun goes, like a pronoun, to the person just named (:func:`.people._person_just_named`).
In campaign news that person is often someone who works for the candidate or reports on the
race ("Mr. Lewandowski ... he and Mr. Trump still speak frequently, with the candidate seeking
his advice"): a person the article titles only as staff (a campaign manager, an aide), as the
press (a reporter, a host, a commentator) or by a private trade runs for nothing, so the
candidacy noun is someone else's (session 48, the description samples' largest named class).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.speakers.words import _JOURNALISTS, _PRIVATE_TRADES, _STAFF_TITLES, _TITLE_SYNONYMS

if TYPE_CHECKING:
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# Nouns for someone running for an office (not "challenger", "rival": a sports page's too).
CANDIDACY_NOUNS = frozenset({"candidate", "nominee", "front-runner", "frontrunner", "hopeful", "nominee-in-waiting"})

# Title words of an office someone may hold while running for another.
_HOLDS_AN_OFFICE = frozenset({
    "senator", "sen.", "governor", "gov.", "mayor", "president", "congressman", "congresswoman", "representative",
    "rep.", "secretary", "minister", "judge", "sheriff", "commissioner", "councilman", "councilwoman",
})  # fmt: skip

# Title words of people who run for nothing: a campaign's or a politician's staff ("campaign
# chairman" by its "campaign"), a private trade, the press and those who question a candidate
# on air.
NO_CANDIDATES = (
    _STAFF_TITLES | _PRIVATE_TRADES | _JOURNALISTS
    | frozenset({"campaign", "host", "co-host", "cohost", "moderator", "interviewer"})
)  # fmt: skip


def runs_for_nothing(resolver: SpeakerResolver, cluster: EntityCluster, head: str) -> bool:
    """Whether ``head`` is a candidacy noun and the person's titles hold a word of
    :data:`NO_CANDIDATES` and none of a candidacy or an office ("his former campaign manager",
    "Morning Joe host" is no "candidate"; "Mayor Ana Ruiz, a former teacher" may be)."""
    if head not in CANDIDACY_NOUNS:
        return False
    words = resolver.index.title_words(cluster)
    if head in words or _TITLE_SYNONYMS.get(head) in words or words & (CANDIDACY_NOUNS | _HOLDS_AN_OFFICE):
        return False
    return bool(words & NO_CANDIDATES)
