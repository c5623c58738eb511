"""Descriptions of people.

"The senator" is the person the article titled so (:func:`_titled`); a role or an occupation
is used like a pronoun for the person just named (:func:`_person_just_named`), an epithet for
the article's topic person; a relative is found by the possessor's surname ("Lee's wife");
"the former aide" right after a named person's quote is that person going on
(:func:`_speaker_continued`). A role word in the headline or a person described in the lead
is read in :mod:`.headline_people`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents import rank_people
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.word_lists import _ABBREVIATIONS
from newsmine.nlp.speakers.candidacy import CANDIDACY_NOUNS
from newsmine.nlp.speakers.candidacy import carried_on_by_pronoun as _carried_on_by_pronoun
from newsmine.nlp.speakers.candidacy import runs_for_nothing as _runs_for_nothing
from newsmine.nlp.speakers.given_names_only import known_by_given_name_only
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.other_spokespeople import another_principals_spokesperson
from newsmine.nlp.speakers.place_offices import office_of_a_place_unsaid, places_given
from newsmine.nlp.speakers.unnamed import _grants_anonymity
from newsmine.nlp.speakers.words import (
    _PRIVATE_TRADES,
    _STAFF_TITLES,
    _FEMALE,
    _GENERIC_TITLES,
    _MALE,
    _OCCUPATIONS,
    _PARTY_WORDS,
    _PUBLIC_TITLES,
    _ROLE_NOUNS,
    _TITLE_SYNONYMS,
    _aged,
    _gender_of_noun,
    _trade_of,
)

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# Description heads that stand for whoever leads what the other words name ("UN chief").
_LEADER_NOUNS = frozenset({"chief", "head", "leader", "boss"})

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

# Person nouns a definite description uses for someone the article names, as it would an
# occupation ("The NFL legend said", "the Stanford graduate"); an age ("the 46-year-old") too.
_EPITHET_NOUNS = frozenset({
    "legend", "icon", "graduate", "alumnus", "native", "winner", "champion", "radioman", "philanthropist",
})  # fmt: skip
# The topic person is this many times as often named as anyone else before an epithet may
# stand for them without being named just before ("The retired neurosurgeon" in a Carson story).
_TOPIC_RATIO = 2
_TOPIC_MENTIONS = 4

# A person titled so and named within this many sentences (outside quotations) keeps a title
# description ("the senator") against someone of no such title named just before.
_TITLE_FLOOR_SENTENCES = 2
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
_OFFICE_QUALIFIERS = _RANK_WORDS | (_PORTFOLIOS - {"state"}) | frozenset({"prime", "shadow", "interim", "acting", "incoming"})
# Military ranks whose lieutenant or vice grade is still called by the rank alone: a Lieutenant
# General is "the general", a Vice Admiral "the admiral" (as "Lt. Gen." already reads), unlike a
# Lieutenant Governor or a Vice President; unless a full general (admiral …) is about too.
_MILITARY_RANKS = frozenset({"general", "colonel", "admiral"})
# How far down a pronoun's ranking a description looks for the person it fits (above).
_RANKED_TRIES = 3
# Sentences naming nobody else that may stand between a person and an occupation or public
# title used for them like a pronoun ("Melania Trump brought some pizzazz … But a scandal
# tarnished her speech. – 'Who cares?' –. … the Slovenia-born former model delivered …"): a
# sentence about them by pronoun, or a subhead, does not make them less the one meant.
QUIET_SENTENCES = 2
# A description of whoever holds a post to come ("the next president") is no one named yet.
_TO_COME = frozenset({"next"})

# Relatives named by their relation to someone, and the gender the relation gives them.
_RELATIONS = {
    "wife": "f", "ex-wife": "f", "widow": "f", "mother": "f", "daughter": "f", "sister": "f", "husband": "m",
    "ex-husband": "m", "widower": "m", "father": "m", "son": "m", "brother": "m", "ex": None,
}  # fmt: skip


def _speaker_continued(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Ari Lee, one of its authors, said … "…," said the former top aide to the governor':
    a definite singular person description right after a named person's quote, with nobody
    else made a subject between, is that person going on (an unnamed aide is "an aide", or is
    introduced with a name of the body they speak for: "the Lee aide")."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ in ("NNS", "NNPS") or root.pos_ != "NOUN":
        return None
    if any(t.i < root.i and (t.dep_ == "poss" or t.i in resolver.index.cluster_of) for t in mention):
        return None  # "the Clinton aide", "her lawyer": someone of another person
    previous = _previous_near(resolver, mention, sentences=1)
    if previous is None or previous.cluster is None or previous.cluster.label != "PERSON":
        return None
    gender = _gender_of_noun(root.lower_)
    if gender and resolver.index.gender.get(id(previous.cluster), gender) != gender:
        return None
    if _holds_another_office(resolver, previous.cluster, root.lower_):
        return None  # '"…," Ms Mistry (a Labour MP) said … The chief executive said': another person
    if root.lower_ in _OFFICES_HELD and _another_grade(resolver.index.title_words(previous.cluster), mention):
        return None  # 'Police Chief Tom Hale said … "…," the deputy chief said': another person
    index = resolver.index
    between = [
        n for n in index.named_after(resolver.doc[resolver.previous_token].idx + 1)
        if n.start_char < mention.start_char and not n.in_quote and n.cluster is not previous.cluster
        and n.cluster.label == "PERSON" and n.subject and n.sentence > index.sentence_of[resolver.previous_token]
    ]  # fmt: skip (a new subject takes the floor; "Lee said Trump's nomination …", what Lee said, does not)
    return None if between else _for_cluster(previous.cluster, "description")


def apposed(token: Token) -> list[Token]:
    """The nouns in apposition to ``token`` either way: "Lee Park, another shopper," and
    "Another shopper, Lee Park,"."""
    return [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])


def _previous_near(resolver: SpeakerResolver, mention: Span, sentences: int) -> Resolution | None:
    """The previous speaker when it has a name and was quoted in the mention's sentence or
    one of the ``sentences`` before it."""
    prev = resolver.previous
    if prev is None or not prev.name or resolver.previous_token < 0:
        return None
    since = resolver.index.sentence_of[mention.root.i] - resolver.index.sentence_of[resolver.previous_token]
    return prev if 0 <= since <= sentences else None


def _epithet_person(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], headline: bool) -> EntityCluster | None:
    """'Just ask former NFL star Herschel Walker. … The NFL legend said', 'The retired
    neurosurgeon' in a story on Ben Carson: a definite description by a person noun that
    no title of the article holds stands, like a pronoun, for the person just named (as
    occupations do, above), else for the article's topic person — named far more often
    than anyone else and the one a pronoun here would take. Not a noun the article first
    introduced unnamed ("a nurse … the nurse"), not an office ("the governor": a title
    the rules above read), not a noun as often for someone never named ("the man", "the
    official")."""
    root = mention.root
    age = _aged(mention)
    if headline or mention[0].lower_ != "the" or (root.tag_ != "NN" and not age):
        return None
    if any(t.dep_ == "poss" for t in root.children):
        return None
    occupation = head in _OCCUPATIONS or head in _ROLE_NOUNS
    if not (age or occupation or head in _EPITHET_NOUNS):
        return None
    if head in _OFFICES_HELD or head in lexicons.load("anonymous") or _introduced_unnamed(resolver, mention):
        return None
    index = resolver.index
    if head not in _PUBLIC_TITLES and head not in _OCCUPATIONS:  # those were tried just above
        person = _person_just_named(resolver, mention, head, modifiers, quiet_sentences=QUIET_SENTENCES)
        if person is not None:
            return person
    previous = resolver.previous.cluster if resolver.previous is not None else None
    ranked = rank_people(index, mention, _gender_of_noun(head), previous)
    if not ranked:
        return None
    top = ranked[0][0]
    runner_up = max(
        (index.mention_count.get(id(c), 0) for c in index.people_before(mention.start_char, everyone=True) if c is not top),
        default=0,
    )  # fmt: skip
    mine = index.mention_count.get(id(top), 0)
    if mine < _TOPIC_MENTIONS or mine < _TOPIC_RATIO * runner_up:
        return None
    return top


def _introduced_unnamed(resolver: SpeakerResolver, mention: Span) -> bool:
    """'… were greeted by an organizer … the organizer said': the description's noun written
    before with an indefinite article, or with "one" ('One backbencher, who asked not to be
    named, said … "…," the backbencher said'), is that unnamed one."""
    head = mention.root.lower_
    lower = resolver.index.context.lower
    for i in range(mention.root.i - 1, -1, -1):
        if lower[i] == head and _indefinite(resolver.doc[i]):
            return True
    return False


def _unnamed_one_since(resolver: SpeakerResolver, mention: Span, person: EntityCluster) -> bool:
    """'Sen. Tom Briggs said … An activist from Iowa disagreed. "…," the activist said': the
    description's noun brought in with "a", "an" or "one" as a subject after the person's
    latest mention, with no name in apposition, is that unnamed one speaking, not the person
    just named an occupation would stand for. Not a noun said of the person ("Briggs, an
    activist from Iowa,": an apposition, no subject of its own)."""
    root, doc, index = mention.root, resolver.doc, resolver.index
    latest = index.latest_token(person, mention.start_char)
    lower = index.context.lower
    for i in range(root.i - 1, max(latest, -1), -1):
        noun = doc[i]
        if lower[i] != root.lower_ or not _indefinite(noun) or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.dep_ == "appos" for c in noun.children) or index.in_quote[i]:
            continue
        return True
    return False


def _indefinite(noun: Token) -> bool:
    """'an organizer', 'One diplomat': a noun with an indefinite article or "one" before it."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in noun.lefts)


def _unnamed_subject_before(resolver: SpeakerResolver, mention: Span) -> bool:
    """'One diplomat from a southern member state, who spoke on condition of anonymity, said …
    "…," the diplomat said': the description's noun was the subject of an earlier sentence
    that grants it anonymity (or a spokesperson of a body no one named is the spokesperson of:
    :func:`another_principals_spokesperson`), brought in with "a", "an" or "one" and named by no apposition,
    and no one named since holds that title. That unnamed one speaks again, not the person
    just named (an occupation used like a pronoun, "the diplomat" for a minister named
    before) and not no one. Without the anonymity, a lead's "A lawmaker … is calling for" is
    mostly the one named further down ("The lawmaker" is then he)."""
    root, doc, index = mention.root, resolver.doc, resolver.index
    head, lower = root.lower_, index.context.lower
    for i in range(root.i - 1, -1, -1):
        if lower[i] != head:
            continue
        noun = doc[i]
        if noun.dep_ not in ("nsubj", "nsubjpass") or not _indefinite(noun):
            return False  # the latest such noun is another's ("an Egyptian diplomat" in apposition)
        if not (_grants_anonymity(noun.sent) or another_principals_spokesperson(index, noun)):
            return False
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
            return False  # "a diplomat, Ana Ruiz, said": named
        since = [n.cluster for n in index.named if noun.idx < n.start_char < mention.start_char]
        return not any(c.label == "PERSON" and head in index.title_words(c) for c in since)
    return False


def _titled_or_just_named(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], titled: EntityCluster
) -> EntityCluster:
    """'Rubio stopped by his headquarters … "…," the senator said' when the senator the
    article titled so was last named sentences ago: the person a pronoun would take, named
    in this or the last sentence, unless another public title of theirs contradicts the head."""
    index = resolver.index
    just = _person_just_named(resolver, mention, head, modifiers)
    if just is None and head in CANDIDACY_NOUNS:
        # "Brenner's career. He walked onstage … pressure on the nominee": a candidacy noun
        # reaches the person sentences between carry on by "he" (session 48), though the
        # article titles another person so
        carried = _person_just_named(resolver, mention, head, modifiers, quiet_sentences=QUIET_SENTENCES)
        just = carried if carried is not None and _carried_on_by_pronoun(resolver, carried, mention) else None
    if just is None or just is titled:
        return titled
    if head in _PUBLIC_TITLES and known_by_given_name_only(just):
        return titled  # "She gave her name only as Linda. … The senator said": no senator's name
    words = index.title_words(just)
    if (head in words or _TITLE_SYNONYMS.get(head) in words) and not _only_lower_rank(resolver, just, head, modifiers):
        return just  # both hold the title: the one just named (a lieutenant governor holds no governor's)
    if head == "president":
        return titled  # the sitting president, whoever was named just before
    latest = index.latest_token(titled, mention.start_char)
    since = index.narrative_sentences_between(latest, mention.root.i) if latest >= 0 else _TITLE_FLOOR_SENTENCES
    other_title = words & (_PUBLIC_TITLES - {head, _TITLE_SYNONYMS.get(head)})
    # 'FBI Director Warren Pike … The chairman asked Pike': a title of another office, the
    # head of a title of his (probe51), is as much a contradiction as a public one
    other_title = other_title or _other_office_head(just, head)
    return just if since >= _TITLE_FLOOR_SENTENCES and not other_title else titled


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


def _person_just_named(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], quiet_sentences: int = 0
) -> EntityCluster | None:
    """The person a pronoun in the mention's place would stand for, when named in this or the
    previous sentence (or up to ``quiet_sentences`` more that name nobody else) and not
    contradicted by the description's party or gender words.

    When that person is out of reach or contradicted, the next one a pronoun would rank is
    taken if the description fits them better than a pronoun's ranking alone says: their
    titles hold its head ("Sen. Marco Rubio and former Gov. Jeb Bush … the former Florida
    governor": Rubio ranks first and is a senator), or they are the latest person named,
    as a subject or a sentence of their own ("7. Chris Christie. … 6. John Kasich. The Ohio
    governor"). The words of a description are evidence a pronoun lacks; a person named
    only in passing (an object) is not taken over the one the passage is about."""
    index = resolver.index
    previous = resolver.previous.cluster if resolver.previous is not None else None
    ranked = [cluster for cluster, _ in rank_people(index, mention, _gender_of_noun(head), previous)[:_RANKED_TRIES]]
    for rank, cluster in enumerate(ranked):
        if not _fits_just_named(resolver, mention, head, modifiers, quiet_sentences, cluster):
            continue
        if rank == 0:
            mate = _of_the_trade(resolver, mention, head, modifiers, quiet_sentences, cluster, ranked[1:])
            return mate if mate is not None else cluster
        if _description_prefers(resolver, mention, head, cluster):
            return cluster
        return None
    return None


def _of_the_trade(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], quiet_sentences: int,
    first: EntityCluster, others: list[EntityCluster],
) -> EntityCluster | None:
    """'Donald Trump threw reporter Jorge Ramos out … The anchor for Univision was trying …':
    a trade's noun stands for the person just named whom the article gave a title of that
    trade ("reporter" for "the anchor"), though a pronoun would rank someone else first,
    when the first holds no title of the trade."""
    trade = _trade_of(head)
    if not trade or resolver.index.title_words(first) & trade:
        return None
    for cluster in others:
        if resolver.index.title_words(cluster) & trade and _fits_just_named(resolver, mention, head, modifiers, quiet_sentences, cluster):
            return cluster
    return None


def _fits_just_named(
    resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], quiet_sentences: int, cluster: EntityCluster
) -> bool:
    """Whether ``cluster`` was named close enough before the mention and no word of the
    description contradicts them (party, another office)."""
    index = resolver.index
    latest = index.latest_token(cluster, mention.start_char)
    if latest < 0 or _TO_COME & set(modifiers):
        return False
    gap = index.narrative_sentences_between(latest, mention.root.i)
    if gap > quiet_sentences or (gap and _other_person_since(resolver, latest, mention, cluster)):
        # "Chris Christie learned … Another crowd, another town hall. Sooner or later,
        # the New Jersey governor told reporters": one sentence naming nobody between
        return False
    if id(cluster) in index.named_later_in_sentence(mention):
        return False  # "the Republican nominee has not stepped forward to defend Manafort"
    if head in _OFFICES and _only_staff(index.title_words(cluster), head):
        return False  # "Trump's campaign manager, Kellyanne Conway, … The former secretary of state"
    if _runs_for_nothing(resolver, cluster, head):
        return False  # "Mr. Lewandowski, his former campaign manager, … with the candidate seeking his advice"
    if head in _OFFICES_HELD and head in (title_words := index.title_words(cluster)) and _another_grade(title_words, mention):
        return False  # "Foreign Minister Arkady Volkov … The prime minister said": another office
    party = {_TITLE_SYNONYMS.get(w, w) for w in [*modifiers, head]} & _PARTY_WORDS  # "the Democrat" by its head
    known = {_TITLE_SYNONYMS.get(w, w) for w in index.party.get(id(cluster), ())}
    if party and known and not party & known:
        return False
    if office_of_a_place_unsaid(resolver, mention, cluster):
        return False  # "President Obama arrived in Paris … The President of France said"
    # "Police Chief Dan Moss said …" is not "the senator" just after; a former office is no
    # contradiction ("Sen. Lee … The former congressman thinks")
    return not (_holds_another_office(resolver, cluster, head) and not any(t.lower_ == "former" for t in mention))




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


def _description_prefers(resolver: SpeakerResolver, mention: Span, head: str, cluster: EntityCluster) -> bool:
    """Whether the description's words pick ``cluster`` over a person a pronoun ranks higher:
    their titles hold its head, or they are the latest person named before it, outside
    quotations, as a subject, a possessor ("In Sen. Jeff Sessions' column, the Republican from
    Alabama …": as good an antecedent as a subject, as :func:`rank_people` takes it) or in a
    sentence of no verb (a list's heading)."""
    index = resolver.index
    words = index.title_words(cluster)
    if head in words or _TITLE_SYNONYMS.get(head) in words:
        return True
    for n in index._recent(mention.start_char):
        if n.in_quote or n.cluster.label != "PERSON":
            continue
        if n.cluster is not cluster:
            return False
        return n.subject or n.possessor or not any(t.pos_ in ("VERB", "AUX") for t in resolver.doc[n.token].sent)
    return False


def _other_person_since(resolver: SpeakerResolver, token: int, mention: Span, cluster: EntityCluster) -> bool:
    """Whether a person other than ``cluster`` is named between ``token`` and the mention (not
    a character the cast names, "She plays Nora …": the part, not another person)."""
    start = resolver.doc[token].idx
    return any(
        n.cluster.label == "PERSON" and n.cluster is not cluster and id(n.cluster) not in resolver.index.roles_played
        for n in resolver.index.named_after(start) if n.start_char < mention.start_char
    )  # fmt: skip


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


def _titled(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str], headline: bool) -> EntityCluster | None:
    """The latest person whose titles hold the description's head and all its other words;
    else the latest (of the last few) whose titles hold the head, when no other word of the
    description contradicts them ('the Vermont senator' -> the only senator named lately)."""
    index = resolver.index
    people = index.people_before(mention.start_char, everyone=True)  # a judge named long before is still the judge
    if headline:
        people += [c for c in index.people_after(mention.end_char) if c not in people]
    head_only: EntityCluster | None = None
    proper = {t.lower_ for t in mention if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")}
    # 'Gov. John Kasich of Ohio … Gov. Jerry Brown … The governor of Ohio': a place the article
    # writes with a person's name is theirs as a title's word is (speakers/place_offices.py)
    places = {t.lower_ for t in mention if t.ent_type_ == "GPE" and t.i != mention.root.i}
    for cluster in people:
        title_words = index.title_words(cluster)
        if places:
            title_words = title_words | (places & places_given(resolver, cluster))
        if _only_lower_rank(resolver, cluster, head, modifiers):
            title_words = title_words - {head}
        if head in title_words or head.replace("-", " ") in title_words or _TITLE_SYNONYMS.get(head) in title_words:
            if all(w in title_words or w.replace("-", " ") in title_words for w in modifiers):
                return cluster
            # "the Vermont senator" is not any senator: a party or a proper name the titles lack
            # contradicts, and so does another grade of the office
            contradicts = any((w in _PARTY_WORDS or w in proper) and w not in title_words for w in modifiers)
            contradicts = contradicts or _another_grade(title_words, mention)
            if head_only is None and not contradicts:
                head_only = cluster
        elif head in _LEADER_NOUNS and modifiers and all(w in title_words for w in modifiers):
            return cluster
    return head_only if head not in _GENERIC_TITLES else None


def _only_lower_rank(resolver: SpeakerResolver, cluster: EntityCluster, head: str, modifiers: list[str]) -> bool:
    """Whether every title of the person that holds the head ranks below it ("Assistant District
    Attorney" for "the attorney"), the head coming from no other word said of them."""
    ranked = False
    for title in cluster.titles:
        words = title.lower().replace("-", " ").split()
        if head not in words:
            continue
        before = set(words[: words.index(head)])
        if head in _MILITARY_RANKS and not _rank_held_plainly(resolver, head):
            before -= {"lieutenant", "vice"}
        if not before & _RANK_WORDS or before & _RANK_WORDS <= set(modifiers):
            return False
        ranked = True
    return ranked and head not in resolver.index.described_as.get(id(cluster), set())


def _rank_held_plainly(resolver: SpeakerResolver, head: str) -> bool:
    """Whether someone of the article holds the military rank ``head`` itself ("General Paul
    Ortiz", "Gen. Paul Ortiz"): then "the general" is he, not the Lieutenant General beside
    him, whom the rank alone names only when no full general is about."""
    for cluster in resolver.index.people_after(0):
        for title in cluster.titles:
            words = [_ABBREVIATIONS.get(w, w) for w in title.lower().replace("-", " ").split()]
            if head in words and not set(words[: words.index(head)]) & _RANK_WORDS:
                return True
    return False


def _titled_only_later(resolver: SpeakerResolver, mention: Span, head: str, modifiers: list[str]) -> EntityCluster | None:
    """'The judge rubbed his chin …' paragraphs before "Judge Berman" is named: a definite
    title of an office nobody held before stands for the one person the article titles so
    later (not "the aide", "the official", "the spokesman": as often someone never named;
    two people titled so leave it open). The words of a phrase after the head say whose office
    it is, not the title ("the governor of the Bank of Wessex … Governor Martin Okafor")."""
    if head not in _OFFICES_HELD or head in _GENERIC_TITLES:
        return None
    after_head = {t.lower_ for t in mention if t.i > mention.root.i}
    modifiers = [w for w in modifiers if w not in after_head]
    titled = [
        c for c in resolver.index.people_after(mention.end_char)
        if head in (words := resolver.index.title_words(c)) and all(w in words for w in modifiers)
    ]  # fmt: skip
    if len(titled) != 1 or (after_head and _office_elsewhere(resolver, titled[0], after_head)):
        return None
    return titled[0]


def _office_elsewhere(resolver: SpeakerResolver, cluster: EntityCluster, owner: set[str]) -> bool:
    """Whether the person is named with an "of" phrase whose names the mention's own phrase
    lacks: "Sheriff Joe Arpaio of Maricopa County" holds no office of "the sheriff of Cook
    County" (the phrase after the head says whose office it is, and his says another's)."""
    doc = resolver.doc
    for m in cluster.mentions:
        if m.end < len(doc) and doc[m.end].lower_ == "of":
            names = {t.lower_ for t in doc[m.end].subtree if t.pos_ == "PROPN"}
            if names and not names <= owner:
                return True
    return False


def _called_relation_of(resolver: SpeakerResolver, cluster: EntityCluster, relation: str, owner: EntityCluster, by_pronoun: bool) -> bool:
    """Whether an apposition named ``cluster`` as ``owner``'s ``relation``: "Mr. Cruz's father,
    Rafael" (a name: that person's only, so never "Mr. Rubio's father"), "his wife of 55 years,
    Margaret" (a possessive pronoun: only for a mention owned by a pronoun too, "his wife said";
    "Mr. Rubio's father" is not the "his father, Rafael" of a paragraph about Cruz)."""
    if relation not in resolver.index.described_as.get(id(cluster), ()):
        return False
    for mention in cluster.mentions:
        for noun in apposed(mention.root):
            if noun.lower_ != relation:
                continue
            for child in noun.children:
                if child.dep_ == "poss":
                    named = resolver.index.cluster_of.get(child.i)
                    return named is owner if named is not None else by_pronoun and child.lower_ in _MALE | _FEMALE
    return False


def _relative(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """ "Lee's wife", 'his ex-wife': the other person of the article with the possessor's surname."""
    root = mention.root
    relation = root.lower_
    if relation not in _RELATIONS:
        return None
    owner: EntityCluster | None = None
    for child in root.children:
        if child.dep_ == "poss":
            if child.i in resolver.index.cluster_of:
                owner = resolver.index.cluster_of[child.i]
            elif child.lower_ in _MALE | _FEMALE:
                previous = resolver.previous.cluster if resolver.previous is not None else None
                ranked = rank_people(resolver.index, mention, "m" if child.lower_ in _MALE else "f", previous)
                owner = ranked[0][0] if ranked else None
    if owner is None or owner.label != "PERSON":
        return None
    people = resolver.index.people_before(mention.start_char) + resolver.index.people_after(mention.end_char)
    # 'He is survived by his wife of 55 years, Margaret; his children, Ruth and Daniel' … "his
    # wife said": the one person an apposition called so, before anyone sharing the surname
    by_pronoun = any(c.dep_ == "poss" and c.lower_ in _MALE | _FEMALE for c in root.children)
    described = [c for c in people if c is not owner and _called_relation_of(resolver, c, relation, owner, by_pronoun)]
    if len(described) == 1:
        return _for_cluster(described[0], "description")
    surname = owner.name.split()[-1]
    gender = _RELATIONS[relation]
    for cluster in people:
        if cluster is owner or cluster.name.split()[-1] != surname or len(cluster.name.split()) < 2:
            continue
        if gender and resolver.index.gender.get(id(cluster), gender) != gender:
            continue
        return _for_cluster(cluster, "description")
    return None
