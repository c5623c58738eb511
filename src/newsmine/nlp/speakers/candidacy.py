"""Who a candidacy noun ("the candidate", "the nominee", "the front-runner") cannot stand for.

A role noun goes, like a pronoun, to the person just named (:func:`.people._person_just_named`).
In campaign news that person is often someone who works for the candidate or reports on the
race ("Mr. Lewandowski ... he and Mr. Trump still speak frequently, with the candidate seeking
his advice"): a person the article titles only as staff (a campaign manager, an aide), as the
press (a reporter, a host, a commentator) runs for nothing, so the
candidacy noun is someone else's (session 48, the description samples' largest named class).
The other way round, the person the article is about may be carried on by "he" for a sentence
or two before "the nominee" while another is titled so (:func:`carried_on_by_pronoun`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from newsmine.nlp.speakers.words import _STAFF_TITLES, _TITLE_SYNONYMS, PRESS_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Span

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
# chairman" by its "campaign"), the press and those who question a candidate on air. Not a
# private trade: "Ann Tully, a retired teacher, is running for the state Senate … the candidate";
# nor "writer" or "editor" (``words._PRESS_WRITERS``), an author's or a publisher's trade as often.
NO_CANDIDATES = _STAFF_TITLES | PRESS_TITLES | {"campaign"}


# Words marking a title as one the person held before ("a former aide", "an ex-reporter").
_FORMERLY = frozenset({"former", "ex", "onetime", "erstwhile", "retired"})


def runs_for_nothing(resolver: SpeakerResolver, cluster: EntityCluster, head: str) -> bool:
    """Whether ``head`` is a candidacy noun and the person's titles hold a word of
    :data:`NO_CANDIDATES` and none of a candidacy or an office ("his campaign manager", "Morning
    Joe host" is no "candidate"; "Mayor Ana Ruiz, a former campaign aide" may be), but for
    press words only a former title holds ("a former television reporter" may run now)."""
    if head not in CANDIDACY_NOUNS:
        return False
    words = resolver.index.title_words(cluster)
    if head in words or _TITLE_SYNONYMS.get(head) in words or words & (CANDIDACY_NOUNS | _HOLDS_AN_OFFICE):
        return False
    return bool((words - _former_only_words(cluster)) & NO_CANDIDATES)


def _former_only_words(cluster: EntityCluster) -> set[str]:
    """The press words of a person's titles that only a past title holds ("Kim Park, a former
    television reporter, is seeking the nomination … the candidate told supporters"): one who
    left the press may run now (review48b). Not a past staff title ("his former campaign
    manager"): the titles keep no owner, and in campaign news a former aide is most often
    still the candidate's man, speaking of the candidate."""
    former: set[str] = set()
    current: set[str] = set()
    for title in cluster.titles:
        words = title.lower().replace("-", " ").split()
        (former if _FORMERLY & set(words) else current).update(words)
    return (former - current) & PRESS_TITLES


def carried_on_by_pronoun(resolver: SpeakerResolver, cluster: EntityCluster, mention: Span) -> bool:
    """Whether every sentence between the person's latest mention and ``mention`` is about them
    by a subject pronoun of their gender, and none by one of the other gender: "Thursday's
    speech was the biggest of Brenner's career. He walked onstage … putting pressure on the
    nominee" (Brenner, though the article titles another person 'nominee'); not when "She
    watched from Ohio" stands between (another person carried on)."""
    index, doc = resolver.index, resolver.doc
    gender = index.gender.get(id(cluster))
    if gender not in ("m", "f"):
        return False
    own, other = (MALE_PRONOUNS, FEMALE_PRONOUNS) if gender == "m" else (FEMALE_PRONOUNS, MALE_PRONOUNS)
    latest = index.latest_token(cluster, mention.start_char)
    if latest < 0:
        return False
    first, last = index.sentence_of[latest], index.sentence_of[mention.root.i]
    between = [sent for sent in doc.sents if first < index.sentence_of[sent.start] < last]
    for sent in between:
        subjects = [t.lower_ for t in sent if t.dep_ in NOUN_SUBJECT_DEPS and not index.in_quote[t.i]]
        if not any(w in own for w in subjects) or any(w in other for w in subjects):
            return False
    return True
