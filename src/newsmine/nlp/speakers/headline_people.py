"""Headline and lead descriptions of people: who a bare role word in the headline is.

Headline style writes a person's role for the person the story is about: 'Justice vows to …'
after a headline clause that names Ginsburg is Ginsburg (:func:`_headline_person`);
'Republican seeks new inquiry' above a lead that names Chaffetz as its subject is Chaffetz
(:func:`_headline_opener_in_lead`); 'Philippine lawmaker wants Trump banned' or 'A lawmaker
… is calling for' in the lead is the person first introduced just below as a speaker
(:func:`_lead_speaker`); 'NFL Legend Pays A Heavy Price …' above '… The NFL legend said' is
whoever the body's own phrase is (:func:`headline_phrase_again`). Split from :mod:`.people`
(session 46), which keeps the descriptions read against the whole article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.speakers.relatives import apposed
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.unnamed import _ANONYMITY_WORDS, _RELATION_NOUNS
from newsmine.nlp.speakers.words import (
    _DETERMINERS,
    _FEMALE,
    _GENERIC_TITLES,
    _MALE,
    _PARTY_WORDS,
    _TITLE_SYNONYMS,
    _gender_of_noun,
    _has_name,
)

if TYPE_CHECKING:
    from newsmine.nlp.antecedents.doc_index import DocIndex
    from newsmine.nlp.speakers.resolver import SpeakerResolver

# A person described in the headline or the lead (characters after the headline) may be
# named as a speaker in the sentences after it (counted from the first body sentence).
_LEAD_CHARS = 300

_LEAD_SPEAKER_SENTENCES = 4


def _headline_person(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Ginsburg apologizes for Trump comments; / Justice vows to be …': a bare title (no
    determiner, no other word) opening a clause of the headline or of the subhead right
    below it is the one person the headline names as a subject before it."""
    root, index = mention.root, resolver.index
    if len(mention) != 1 or root.lower_ in _GENERIC_TITLES or not 0 < resolver.headline_tokens < len(resolver.doc):
        return None
    if root.lower_ in _RELATION_NOUNS:
        return None  # "Whitaker leaves ceremony early; doctor says she has pneumonia": her doctor (probe57)
    if index.sentence_of[root.i] > index.sentence_of[resolver.headline_tokens]:
        return None  # below the headline and its first following sentence
    before = next((t for t in reversed(resolver.doc[root.sent.start : root.i]) if not t.is_space), None)
    if before is not None and before.text not in (";", ":") and "\n" not in before.text_with_ws:
        return None  # "Historians: Clinton …, analyst says": a source of its own, named in the body
    people = {
        id(n.cluster): n.cluster for n in index.named if n.token < root.i and n.subject
        and n.cluster.label == "PERSON" and not n.in_quote
    }  # fmt: skip
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    gender = _gender_of_noun(root.lower_)
    return person if gender is None or index.gender.get(id(person), gender) == gender else None


def _headline_opener_in_lead(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """'Republican seeks new Clinton inquiry. / House Oversight Committee Chairman Jason Chaffetz
    on Tuesday requested …': a bare title or party noun (no determiner, no other word) opening
    the headline, where the headline names no one before it, is the one person named as a
    subject in the first sentence below it that names someone as a subject (a subhead's or the
    lead's, after a dateline). Headline style writes a person's role for the person the story
    opens with; a plural ("Democrats call …") or a headline with someone named before the word
    is another matter (:func:`_headline_person`)."""
    root, index = mention.root, resolver.index
    doc = resolver.doc
    if len(mention) != 1 or root.tag_ in ("NNS", "NNPS") or root.lower_ in _GENERIC_TITLES:
        return None
    if not 0 < resolver.headline_tokens < len(doc) or root.i >= resolver.headline_tokens:
        return None
    if any(not t.is_space and not t.is_punct for t in doc[: root.i]):
        return None  # not the headline's first word
    first_body = index.sentence_of[resolver.headline_tokens]
    for sentence in (first_body, first_body + 1):
        people = {
            id(n.cluster): n.cluster for n in index.named
            if n.sentence == sentence and n.subject and n.cluster.label == "PERSON" and not n.in_quote
        }  # fmt: skip
        if len(people) > 1:
            return None
        if people:
            person = next(iter(people.values()))
            if _another_role(index, person, root.lower_):
                return None
            gender = _gender_of_noun(root.lower_)
            return person if gender is None or index.gender.get(id(person), gender) == gender else None
    return None


def _another_role(index: DocIndex, person: EntityCluster, word: str) -> bool:
    """Whether the lead's person carries titles and none of them is the headline's role word:
    'Coach says season is not over' above 'Midfielder Tom Baines was carried off …' is no
    word for Baines (the coach speaks further down). A party noun ("Republican") is no title
    written before a name, and a person named with no title may be the role."""
    if word in ("republican", "democrat") or not person.titles:
        return False
    words = index.title_words(person)
    return word not in words and _TITLE_SYNONYMS.get(word) not in words


def _lead_speaker(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'Philippine lawmaker wants Trump banned' / 'A lawmaker in the Philippines is calling
    for …' / '…, analyst says': a person described in the headline or the lead, not named
    there, is the person first introduced just below as a speaker ("…," Joey Salceda said)
    — unless the article grants someone anonymity there."""
    root = mention.root
    if mention.start_char >= resolver.headline_end + _LEAD_CHARS or _has_name(mention) or root.tag_ in ("NNS", "NNPS"):
        return None
    if mention[0].lower_ in _DETERMINERS - {"a", "an"} or any(c.dep_ == "poss" for c in root.children):
        return None  # "the candidate", "Lee's lawyer": someone the article already has in mind
    if root.lower_ in _RELATION_NOUNS:
        return None  # "Chelsea Clinton, husband expecting child": someone's relative, not the next speaker
    indefinite = mention[0].lower_ in ("a", "an")
    index = resolver.index
    sentence = index.sentence_of[root.i]
    first_body = index.sentence_of[min(len(resolver.doc) - 1, resolver.headline_tokens)]
    last_sentence = max(sentence, first_body) + _LEAD_SPEAKER_SENTENCES
    cues = lexicons.load("cues")
    gender = None
    for n in index.named_after(mention.end_char):
        if n.sentence > last_sentence:
            break
        token = resolver.doc[n.token]
        if n.cluster.label != "PERSON" or n.in_quote or index.first_start(n.cluster) < mention.start_char:
            continue
        # "said the aide, Meredith Calloway": the name set beside the cue's subject speaks too
        subject = token.head if token.dep_ == "appos" else token
        speaks = subject.dep_ == "nsubj" and subject.head.lemma_.lower() in cues
        according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        if not (speaks or according):
            continue
        if _introduced_as_another(token):
            return None  # "A shopper said … / Another shopper, Lee Park, said": someone else
        if gender is None:
            gender = _gender_of_lead(resolver, mention)
        if gender and index.gender.get(id(n.cluster), gender) != gender:
            continue  # "A resident said her roof had gone. '…,' said fisherman Tom Hale"
        words = index.title_words(n.cluster)
        if indefinite and words - _PARTY_WORDS and root.lower_ not in words and not _named_as_the(subject, token, root):
            # "a veteran diplomat said …" then "said Jeff Bechdel, communications director
            # for …": an indefinite newcomer is not someone the article titles otherwise
            # (a headline's bare "analyst says" is shorthand for the story's source)
            continue
        between = resolver.doc[root.sent.start : token.sent.end]
        if any(t.lower_ in _ANONYMITY_WORDS for t in between):
            return None  # "…," said the official, who spoke on condition of anonymity
        again = [t for t in between if t.i > root.i and t.lower_ == root.lower_ and t.i < token.i and t.i != subject.i]
        if any(c.dep_ == "det" and c.lower_ == "the" for t in again for c in t.lefts):
            return None  # "said the official" before anyone is named: still the unnamed one
        return _for_cluster(n.cluster, "description")
    return None


def _named_as_the(subject: Token, name: Token, lead: Token) -> bool:
    """Whether the name stands beside a definite description that speaks ('"…," said the
    witness, Marisol Ortiz'): "the" says the reader met the person already, as the lead's
    unnamed "former security guard" who testified. One of the two nouns must be a source's
    general word (witness, official): two trades ("A teacher said …" / "said the principal,
    Mark Lee") are two people."""
    if subject is name or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    general = lexicons.load("anonymous")
    return subject.lower_ in general or lead.lower_ in general


def _introduced_as_another(name: Token) -> bool:
    """Whether a person is named in apposition to "another …" ("Another shopper, Lee Park,",
    "Lee Park, another shopper,"): the article says this is not the one it described before."""
    return any(c.dep_ == "det" and c.lower_ == "another" for noun in apposed(name) for c in noun.children)


def _gender_of_lead(resolver: SpeakerResolver, mention: Span) -> str:
    """The gender the lead's unnamed speaker is given: its noun's ("a fisherman"), else the
    first "he"/"she"/"his"/"her" of its own sentence after it, outside quotation marks, before
    anyone is named ("A resident said her roof had gone"); "" when none says, or when that
    pronoun is someone the speaker reports on, what was done to them or the state they are in
    ("A witness said she was hit by the car", "A neighbor said he had been dead for days"):
    the victim of a crime story, not the witness."""
    gender = _gender_of_noun(mention.root.lower_)
    if gender:
        return gender
    index = resolver.index
    for token in resolver.doc[mention.end : mention.root.sent.end]:
        if token.i in index.cluster_of:
            break
        if token.lower_ in _MALE or token.lower_ in _FEMALE:
            if index.in_quote[token.i] or _reported_on(token):
                break
            return "m" if token.lower_ in _MALE else "f"
    return ""


def _reported_on(pronoun: Token) -> bool:
    """Whether a subject pronoun undergoes its verb ("she was hit") or is only in a state ("he
    had been dead", "she is in stable condition"): someone reported on more than the speaker."""
    return pronoun.dep_ == "nsubjpass" or (pronoun.dep_ == "nsubj" and pronoun.head.lemma_ == "be")


def headline_phrase_again(resolver: SpeakerResolver, mention: Span) -> Resolution | None:
    """'NFL Legend Pays A Heavy Price For Supporting Trump' above '… The NFL legend said people
    misunderstand Trump': a headline's description with no determiner (title case hides its
    nouns) that the body writes again, after "the" and in lower case, is whoever the body's
    phrase is, when that is a person (desc55). Not a phrase holding a person's name or whose
    head is tagged ("Trump Aide …"), a plural ("Rodeo Legends …": a group), nor a phrase the
    body writes only capitalised (a name, not a description), nor the body's words modifying
    another noun ("the rodeo legend tour": its "the" is the tour's)."""
    root, doc = mention.root, resolver.doc
    if root.i >= resolver.headline_tokens or root.tag_ in ("NNS", "NNPS") or mention[0].lower_ in _DETERMINERS:
        return None
    if root.i in resolver.index.cluster_of or any(t.ent_type_ == "PERSON" for t in mention):
        return None  # "Trump Aide …", a tagged head: a name (a body's "NFL Legend" may hold one)
    words = [t.lower_ for t in mention if not t.is_punct]
    if not words or words[-1] != root.lower_:
        return None  # the phrase must end on its head ("Legend", not "Legend Who Endorsed …")
    for start in range(resolver.headline_tokens + 1, len(doc) - len(words) + 1):
        span = doc[start : start + len(words)]
        if doc[start - 1].lower_ != "the" or [t.lower_ for t in span] != words or not span[-1].is_lower:
            continue
        phrase = doc[start - 1 : start + len(words)]
        if phrase.root.i != span[-1].i:
            continue  # not a phrase of its own: "the rodeo legend tour" hangs "the" on "tour"
        found = resolver._resolve(phrase, depth=1)
        named_below = found.cluster is not None and resolver.index.first_start(found.cluster) >= resolver.headline_end
        if named_below and found.kind == "person":
            # not someone the headline names itself ("… For Supporting Ann Dale"): the
            # headline would have written the name, so its description is another person
            return _for_cluster(found.cluster, "description")
        return None  # the body's first such phrase decides
    return None
