"""The offices a description names, and the titles of a person that contradict them: "the
senator" is not the police chief just named (:func:`_holds_another_office`), "the prime
minister" not "Foreign Minister Arkady Volkov" (:func:`_another_grade`), "the chairman" not
"FBI Director Warren Pike" (:func:`_other_office_head`), "the former secretary of state" not a
campaign manager (:func:`_only_staff`), "the candidate" not someone titled only "Mayor"
(:func:`_office_not_role`); with the word sets they read (:data:`_OFFICES`,
:data:`_OFFICES_HELD`, :data:`_PUBLIC_OFFICES`, :data:`_PORTFOLIOS`, :data:`_RANK_WORDS`, …).
Split from :mod:`.people` (session 51), whose rules for the person just named ask them, as do
:mod:`.titled_people` and :mod:`.trade_compounds`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.words import (
    _PRIVATE_TRADES,
    _STAFF_TITLES,
    _TITLE_SYNONYMS,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# Offices a description names that another office of the person contradicts ("the senator"
# is not the police chief just named); the words of a title that name such an office.
_OFFICES = frozenset({
    "senator", "governor", "mayor", "president", "minister", "premier", "chancellor", "ambassador",
    "representative", "congressman", "congresswoman", "secretary", "mp",
})  # fmt: skip
_OFFICES_HELD = _OFFICES | frozenset({
    "chief", "judge", "sheriff", "commissioner", "councilman", "councilwoman", "councillor", "councilor", "alderman",
    "treasurer", "comptroller",
})  # fmt: skip
# Offices of government, whose holder is no company's executive ('"…," Ms Mistry (a Labour MP)
# said … The chief executive said': another person). "Executive" is no office of
# :data:`_OFFICES` itself: any officer of a company is its executive ('Chief Operating Officer
# Tom Reyes said … The executive added' is Reyes going on).
_PUBLIC_OFFICES = _OFFICES_HELD - frozenset({"chief", "president", "secretary"})

_OFFICE_SYNONYMS = {"congressman": "representative", "congresswoman": "representative", "rep": "representative"}
# A secretary of state is a minister ("Transport Secretary Helen Achebe … The minister said"); a
# press, party or union secretary is not ("press secretary Josh Earnest", "general secretary
# Mick Lynch"): a secretary is a minister only with a portfolio among the title's words.
_PORTFOLIOS = frozenset({
    "home", "foreign", "transport", "health", "defence", "defense", "treasury", "education", "environment",
    "business", "culture", "justice", "energy", "interior", "labor", "labour", "commerce", "agriculture",
    "state", "trade", "housing", "work", "pensions", "scotland", "wales", "cabinet",
})  # fmt: skip


# Words that make a title a lower rank of the office its last word names ("Vice President",
# "Assistant District Attorney", "Deputy Secretary"): "the president", "the attorney" is not
# someone who holds only such a title, unless the description says the rank too.
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "lieutenant", "under"})
# Words that make an office another one: "the prime minister" is not the foreign minister. Not
# "state", before a head the level of government ("the state attorney general", "the state
# treasurer": the one just named "Attorney General Ruth Adler"), a portfolio only after it. An
# opposition's or a stand-in's office is another too: "the shadow chancellor", "the interim
# mayor" are not "Chancellor Jeremy Holt", "Mayor Ruth Kane". Not "former" ("the former
# secretary of state" is Clinton, titled "Secretary") nor "outgoing" (the holder now).
# An opposition's counterpart of an office is not the office either: "the education secretary" is
# not "Labour's shadow education secretary, Dr Osei" (probe55b), as it is not a Deputy Secretary.
_LESSER_WORDS = _RANK_WORDS | frozenset({"shadow"})
_OFFICE_QUALIFIERS = _RANK_WORDS | (_PORTFOLIOS - {"state"}) | frozenset({"prime", "shadow", "interim", "acting", "incoming"})


def _other_office_head(cluster: EntityCluster, head: str) -> bool:
    """Whether the description's head is an office and a title of the person ends in another
    office ('FBI Director' for 'the chairman'). Not trades: '"Broad City" star Arturo Castro'
    may still be 'the actor' (PolNeAR train)."""
    if head not in _OFFICE_HEADS:
        return False
    heads = {title.lower().split()[-1] for title in cluster.titles if title.split()}
    return bool((heads - {head, _TITLE_SYNONYMS.get(head)}) & _OFFICE_HEADS)


# Heads of titles of an office, which another office's holder does not hold.
_OFFICE_HEADS = _OFFICES_HELD | frozenset({"director", "chairman", "chairwoman", "chair", "speaker"})


def _another_grade(title_words: set[str], mention: Span) -> bool:
    """Whether the description gives the office a rank or a portfolio before its head that the
    person's titles lack: "the prime minister" is not "Foreign Minister Arkady Volkov", nor "the
    vice president" "President Obama" (words after the head are not read: "the former secretary
    of state" is Clinton, titled "Secretary" alone)."""
    return any(t.lower_ in _OFFICE_QUALIFIERS and t.lower_ not in title_words for t in mention if t.i < mention.root.i)


def _only_staff(title_words: set[str], head: str) -> bool:
    """Whether a person is titled only as someone's staff ("campaign manager", "Clinton
    spokesman") or by a private trade ("a nurse"): no office a description names ("the
    senator", "the former secretary of state", "the mayor") is theirs, however close before
    they were named."""
    if not title_words & (_STAFF_TITLES | _PRIVATE_TRADES) or title_words & _OFFICES_HELD:
        return False
    return head not in title_words and _TITLE_SYNONYMS.get(head) not in title_words


def _office_not_role(resolver: SpeakerResolver, cluster: EntityCluster, head: str) -> bool:
    """Whether the person's titles name an office but not the role ("Mayor" for "the candidate")."""
    words = resolver.index.title_words(cluster)
    return head not in words and _TITLE_SYNONYMS.get(head) not in words and bool(words & _OFFICES_HELD)


def _holds_another_office(resolver: SpeakerResolver, cluster: EntityCluster, head: str) -> bool:
    """Whether the description names an office ("the senator") and the person's titles
    name another one and not this ("Police Chief", "Mayor"); "the executive" is another
    person only after a holder of a public office (:data:`_PUBLIC_OFFICES`)."""
    if head not in _OFFICES and head != "executive":
        return False
    title_words = resolver.index.title_words(cluster)
    words = {_OFFICE_SYNONYMS.get(w, w) for w in title_words}
    if head == "executive":
        return bool(words & _PUBLIC_OFFICES)
    if head == "minister" and "secretary" in words and title_words & _PORTFOLIOS:
        return False
    return _OFFICE_SYNONYMS.get(head, head) not in words and bool(words & _OFFICES_HELD)


# A level of government before a trade noun, which makes the noun an office of that government
# ("the city attorney", "the county clerk", "the state auditor"), and the trade nouns it does so
# for: nouns of no rank or office of their own ("the state lawmaker", "the city official" are
# anyone's words for a person just named, and stay out).
_GOVERNMENT_LEVELS = frozenset({"city", "county", "district", "state", "town", "municipal", "federal", "parish"})
_GOVERNMENT_TRADES = frozenset({
    "attorney", "lawyer", "solicitor", "prosecutor", "clerk", "auditor", "treasurer", "comptroller", "controller",
    "assessor", "coroner", "engineer", "manager", "administrator", "superintendent", "registrar", "recorder",
    "examiner", "epidemiologist", "veterinarian", "geologist", "planner", "architect",
})  # fmt: skip


def government_office_not_held(resolver: SpeakerResolver, cluster: EntityCluster, mention: Span) -> bool:
    """Whether the description names a government's office by a level of government before a
    trade noun ("the city attorney of Los Angeles", "the county coroner") that the person's
    titles do not hold: "Yesenia Alvarez, a teller, said … According to a lawsuit filed by the
    city attorney of Los Angeles" is someone else (probe55), though a description of a trade
    right after a quotation is as a rule its speaker going on ("City Attorney Ruth Lee said … the
    city attorney said": she)."""
    root = mention.root
    head = root.lower_
    if head not in _GOVERNMENT_TRADES or not any(t.i < root.i and t.lower_ in _GOVERNMENT_LEVELS for t in mention):
        return False
    words = resolver.index.title_words(cluster)
    # either way round: "Ruth Lee, the county's top lawyer" holds the office of "the county attorney"
    return head not in words and _TITLE_SYNONYMS.get(head, head) not in {_TITLE_SYNONYMS.get(w, w) for w in words}
