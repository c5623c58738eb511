"""People of a nation: "the German said", "the Kenyan runner", a demonym used as an epithet.

The resolver's routes for a mention that names someone by nation (:func:`_national`,
:func:`_national_described`, :func:`_description_of_its_nation`) and a group tagged a
nationality (:func:`_nationality_group`), with the tests they share: whether a word names one
person of a nation (:func:`_national_noun`) and which nations the article says a person is of
(:func:`_nation_words`). Moved whole from :mod:`.resolver` (tidy49b); each takes the resolver
as its first argument, as the other rules of the package do.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.word_lists import (
    ONE_OF_A_PEOPLE_ENDINGS,
    ONE_OF_A_PEOPLE_IRREGULAR,
)
from newsmine.nlp.entities.word_lists import demonym_of_a_country as _demonym_of_a_country
from newsmine.nlp.entities.word_lists import same_nation as _same_nation
from newsmine.nlp.speakers.description_routes import _description
from newsmine.nlp.speakers.people import QUIET_SENTENCES, _person_just_named
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _qualified_group
from newsmine.nlp.speakers.words import _BODY_TYPES, _PARTY_OF_GROUP, _PARTY_WORDS

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver


# A nation's word for one of its people built on "-man"/"-woman" ("the Frenchman"), which the
# recogniser tags a nationality, a body or nothing.
_NATION_PEOPLE_RE = re.compile(r"^(?:french|english|dutch|irish|scots|welsh|cornish|manx)(?:wo)?man$")


def _national_noun(root: Token, cluster: EntityCluster | None) -> bool:
    """Whether the word names one person of a nation, state or faith: a nation's "-man"
    ("Frenchman"), or a singular tagged a nationality that ends as the words for one of a
    people do ("German", "Kenyan", "Israeli", "Texan", "Spaniard", "Swede", "Briton", and
    "Filipino", "Thai": ``ONE_OF_A_PEOPLE_IRREGULAR``), unlike
    the words that name the whole people with "the" ("the French", "the Chinese", "the
    British", "the Swiss") or a plural. Tagged a person, it is such a word when the article
    never writes it without "the"."""
    low = root.lower_
    if _NATION_PEOPLE_RE.match(low):
        return True
    if cluster is None or root.tag_ not in ("NNP", "NN", "JJ"):
        return False
    if cluster.label != "NORP" and not (cluster.label == "PERSON" and _always_after_the(cluster)):
        return False
    return (low.endswith(ONE_OF_A_PEOPLE_ENDINGS) or low in ONE_OF_A_PEOPLE_IRREGULAR) and cluster.name.lower() == low


def _always_after_the(cluster: EntityCluster) -> bool:
    """Whether every mention of a one-word "person" follows "the" ("the Briton said", which
    the recogniser tags a person): no one's name is written so, a demonym is."""
    return all(len(m) == 1 and m.start > 0 and m.doc[m.start - 1].lower_ == "the" for m in cluster.mentions)


# Dependents of a name that say where its person is from: "Norwegian challenger Magnus Eide",
# "Ethiopia's Tigist Alemu", "Ding Wenhao of China", "Eide, the 19-year-old Norwegian, …".
_NATION_DEPS = frozenset({"compound", "amod", "poss", "appos", "prep", "pobj", "nmod"})


def _nation_words(cluster: EntityCluster) -> set[str]:
    """The capitalised words written with a person's name in its own noun phrase (before it, an
    "of" after it, an apposition's words before its noun) and in its titles ("Texas Gov."): the
    nation, state or place the article says the person is of. Not a relative clause's words
    ("Alemu, who beat a Kenyan, …")."""
    words = {w.lower() for title in cluster.titles for w in title.split()}
    for mention in cluster.mentions:
        root = mention.root
        near = [c for c in root.children if c.dep_ in _NATION_DEPS and not mention.start <= c.i < mention.end]
        if root.dep_ == "appos":
            near.append(root.head)  # "the Norwegian, Magnus Eide,"
        while near:
            token = near.pop()
            if token.text[:1].isupper():
                words.add(token.lower_)
            # the words before a noun ("the 19-year-old Norwegian challenger") and its "of" phrase
            near.extend(c for c in token.children if (c.dep_ in _NATION_DEPS and c.i < token.i) or c.dep_ in ("prep", "pobj"))
        words |= _words_written_before(mention)
    return words


# Tags of the words a name's noun phrase may open with before it ("Filipino boxer", "Kenyan
# runner", "Texas Gov.").
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS"})


def _words_written_before(mention: Span) -> set[str]:
    """The capitalised words of the run of adjectives and nouns written right before a name
    ("Filipino boxer Manny Reyes": 'filipino'), at most four, whatever the parse made of them:
    the small model often tears such a phrase from its name ("boxer" the sentence's root,
    "Reyes" the subject of a clause under it), so the parse's children miss the nation
    (session 66)."""
    doc, words = mention.doc, set()
    for i in range(mention.start - 1, max(mention.start - 5, -1), -1):
        token = doc[i]
        if token.tag_ not in _MODIFIER_TAGS or (token.tag_.startswith("NN") and not token.is_alpha):
            break
        if token.text[:1].isupper():
            words.add(token.lower_)
    return words


# Nouns of a nation's team or envoys, no one person ("the French side said", "the German
# delegation"), which no list of bodies holds.
_NATION_GROUP_NOUNS = frozenset(
    "side delegation squad camp contingent crew mission consulate leadership opposition press media public".split()
)


def _nation_word(mention: Span) -> str | None:
    """The nation's word a description opens with ("kenyan" of "the Kenyan runner"), in lower
    case; not a party's ("the Republican establishment": a party is no nation)."""
    modifiers = (c for c in mention.root.lefts if c.dep_ in ("amod", "compound") and c.text[:1].isupper())
    # "the Emirati minister": the recogniser tags some demonyms a body
    nation = next((c for c in modifiers if c.ent_type_ == "NORP" or _demonym_of_a_country(c.lower_)), None)
    return nation.lower_ if nation is not None and nation.lower_ not in _PARTY_WORDS else None


def _national(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"the German said", "The 31-year-old Kenyan has denied", "the Frenchman added": one
    person of a nation, the one the article says is of it (:func:`_person_of_nation`).
    Only a demonym that is singular for a person (:func:`_national_noun`): "the French",
    "the Chinese" are nations. Before the entity rules, which take the tagged word for a
    group or a body ("Frenchman" tagged an organisation): when no one fits, someone
    unnamed."""
    root = mention.root
    if mention[0].lower_ == "the" and root.lower_ in resolver._epithets and len(mention) == 2:
        return _for_cluster(resolver._epithets[root.lower_], "description")  # "The Spaniard, 24," left untagged
    if mention[0].lower_ != "the" or not _national_noun(root, resolver.index.cluster_of.get(root.i)):
        return None
    person = _person_of_nation(resolver, mention, root.lower_) or _epithet_person(resolver, mention, root.lower_)
    return _for_cluster(person, "description") if person is not None else Resolution("anonymous", None, mention.text)


def _epithet_person(resolver: SpeakerResolver, mention: Span, demonym: str) -> EntityCluster | None:
    """"Diego Moreno … blamed himself. 'I had my chances,' the Spaniard said": when the
    article says no one is of the nation, the demonym is an epithet for the person a pronoun
    would take, named in its paragraph, if the article gives them no nation or place of
    their own, and no one else of no nation said is named in the paragraph ("Diego Moreno
    lost to Jannik Weber"); and it stays theirs ("The Spaniard, 29, said" after another
    person spoke, tagged or not). A demonym opening a paragraph after an official spoke
    ("Daniel Brooks, the head of the integrity unit, said … ¶ The Kenyan has denied …") is someone new."""
    person = resolver._epithets.get(demonym)
    if person is None:
        person = _person_just_named(resolver, mention, demonym, [demonym])
        if person is None or not _nation_words(person).isdisjoint(resolver._nations_and_places):
            return None
        context, latest = resolver.index.context, resolver.index.latest_token(person, mention.start_char)
        paragraph = context.paragraph_of_char(mention.start_char)
        if context.paragraph_of_char(resolver.doc[latest].idx) != paragraph:
            return None
        for other in resolver.index.people_before(mention.start_char):
            # "Diego Moreno lost to Jannik Weber … the Spaniard said": either may be meant
            other_latest = resolver.doc[resolver.index.latest_token(other, mention.start_char)].idx
            if other is person or context.paragraph_of_char(other_latest) != paragraph:
                continue
            if _nation_words(other).isdisjoint(resolver._nations_and_places):
                return None
        resolver._epithets[demonym] = person
    return person


def _national_described(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """"the Chinese grandmaster said", "the Kenyan runner": a person's noun no list holds,
    with a nation's word before it, is the person of that nation (:func:`_national`). After
    the description rules, which read titles ("the Russian leader") and bodies."""
    root = mention.root
    if mention[0].lower_ != "the" or root.tag_ != "NN" or not root.is_lower:
        return None
    if root.lower_ in _BODY_TYPES or root.lower_ in lexicons.load("organisation_nouns"):
        return None  # "the Israeli government": a body
    if root.lower_ in _NATION_GROUP_NOUNS:
        return None  # "the French side", "the German delegation": a nation's team, no one person
    nation = _nation_word(mention)
    person = _person_of_nation(resolver, mention, nation) if nation is not None else None
    return _for_cluster(person, "description") if person is not None else None


def _description_of_its_nation(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """:func:`_description`, but a description with a nation's word goes to the person the
    article says is of that nation (:func:`_person_of_nation`) rather than to one it says
    is of another: "Kenyan runner Daniel Kiptoo … Ethiopian runner Tigist Alemu … The
    Kenyan said … The Ethiopian runner said" is Alemu, though the runner who spoke last was
    Kiptoo. A person of no nation said keeps the description."""
    described = _description(resolver, mention)
    if described is None or described.cluster is None or described.cluster.label != "PERSON":
        return described
    nation = _nation_word(mention)
    if nation is None:
        return described
    words = _nation_words(described.cluster)
    if words.isdisjoint(resolver._nations_and_places) or any(_same_nation(w, nation) for w in words):
        return described
    person = _person_of_nation(resolver, mention, nation)
    return _for_cluster(person, "description") if person is not None else described


def _person_of_nation(resolver: SpeakerResolver, mention: Span, demonym: str) -> EntityCluster | None:
    """The person named before whom the article says is of the demonym's nation
    (:func:`_nation_words`): the one a pronoun would take if so, else the only one."""
    people = resolver.index.people_before(mention.start_char, everyone=True)
    of_nation = [c for c in people if any(_same_nation(w, demonym) for w in _nation_words(c))]
    person = _person_just_named(resolver, mention, demonym, [demonym], quiet_sentences=QUIET_SENTENCES)
    if person is None or person not in of_nation:
        person = of_nation[0] if len(of_nation) == 1 else None
    return person


def _nationality_group(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """A group tagged NORP that is not a whole party: "Europeans", "Mexicans", "some
    Democrats", "Republicans on the committee" are people, no one named."""
    cluster = resolver.index.cluster_of.get(mention.root.i)
    if cluster is None or cluster.label != "NORP":
        return None
    if cluster.name.lower() not in _PARTY_OF_GROUP or _qualified_group(mention):
        return Resolution("anonymous", None, mention.text)
    return None
