"""A body's name the recogniser did not tag, read where a description stands in apposition to it.

"Right to Rise USA, the super PAC supporting Jeb Bush, spent …", "Priorities USA, a Democratic
super PAC, said …": the small model tags no name here (at most the description's "PAC"), so
:func:`.body_appositions.body_in_apposition` found no body before the comma, and the
description went to the latest super PAC the article tags (another one) or to no one. PolNeAR's
gold names the body written before the comma (desc64's pool: politico and wash-post). The
comma and the description's head, a body's noun, make the capitalised run before it a body's
name; what the run must not be is read from its words: a person (a tag, a listed first name), a
place or a date (tags), an opening adverb or preposition ("However, the group …", "In New
Hampshire, a different group …"), the headline's title case (desc65).

review65b found the rule reading an opening phrase as a name ("Based in Columbus, the group
said …" went to "Based in Columbus"; "Unlike Priorities Ohio, the group …" to "Unlike Priorities
Ohio"): a run opened by a preposition or a participle is refused, and a description the parse
makes a subject must be set off from its verb by a comma, as an apposition is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsmine.nlp.entities import clean_name
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS
from newsmine.nlp.speakers.resolution import Resolution, _for_cluster
from newsmine.nlp.speakers.words import _BODY_TYPES, _capitalised
from newsmine.nlp.speakers.written_names import _NAME_JOINERS, _entity_written_as

if TYPE_CHECKING:
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["body_written_as", "set_off_from_its_verb", "torn_from_its_description", "untagged_name_before"]

# Tags a body's name never carries: a person, a people, a work, an event, a date, a number.
_NOT_A_BODY = frozenset({
    "PERSON", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE", "DATE", "TIME", "CARDINAL", "ORDINAL",
    "MONEY", "PERCENT", "QUANTITY",
})  # fmt: skip
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# The parts of speech of a capitalised function word opening a sentence ("However", "Still";
# a preposition, "In", "After", refuses the run before: _OPENING_PHRASE_TAGS), never the first
# word of the name after it. "The" opens names ("The
# Lincoln Fund") and verbs do ("Keep Ohio Blue", "Stand Tall Ohio"), so neither is here.
_OPENING_FUNCTION_WORDS = frozenset({"ADP", "ADV", "CCONJ", "SCONJ", "PRON", "PART", "AUX"})
# A preposition (or subordinator) and a participle, tagged so ("Unlike", "Based", "Founded").
_OPENING_PHRASE_TAGS = frozenset({"IN", "VBN", "VBG"})
# What closes a description in apposition before its verb.
_CLOSING_MARKS = frozenset({",", "—", "–", "--", ";", ")"})
# The words of a body's type, which a listed first name may open ("Grant Street Fund").
_BODY_WORDS = frozenset(_BODY_TYPES) | frozenset(word for types in _BODY_TYPES.values() for word in types)
# The description's body types that are places ("Columbus, the city …"): the place route's.
_PLACE_TYPES = frozenset(noun for noun, types in _BODY_TYPES.items() if types == ("gpe",))


def untagged_name_before(resolver: SpeakerResolver, comma: int) -> Span | None:
    """The capitalised run that ends right before the comma at ``comma`` ("Right to Rise USA",
    "The Lincoln Fund"; lower-case joiners inside, as "to", "of", "for"), when it can be a body's
    name: in the body of the article, no word tagged a person, people, date or number, not all
    its words places, no "and" in it, not opened by a listed first name unless a body's word
    follows ("Grant Street Fund"; "Dana Whitlock" is a person), not opened by a preposition or a
    participle (:func:`_opens_a_phrase_of_its_own`), and not one capitalised word opening its
    sentence that the parse does not read as a proper noun ("Overall, the group …")."""
    doc = resolver.doc
    start = comma
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    while start < comma and not _capitalised(doc[start]):
        start += 1  # "to Harbor Fund": the joiner before the name is not the name's
    if start < comma and doc[start].is_sent_start and _opens_a_phrase_of_its_own(doc[start]):
        return None  # "Unlike Priorities Ohio, the group …", "Based in Columbus, the group …"
    if start < comma and doc[start].is_sent_start and doc[start].is_stop and doc[start].pos_ in _OPENING_FUNCTION_WORDS:
        start += 1  # "Still Harbor Fund", "However"
    while start < comma and not _capitalised(doc[start]):
        start += 1
    if start >= comma or start < resolver.headline_tokens or not _capitalised(doc[comma - 1]):
        return None
    run = doc[start:comma]
    capitalised = [t for t in run if _capitalised(t) and t.lower_ != "the"]
    if not capitalised or any(t.ent_type_ in _NOT_A_BODY for t in run):
        return None
    if all(t.ent_type_ in _PLACES for t in capitalised):
        return None  # "Columbus, Ohio", "New Hampshire"
    if any(t.lower_ == "and" for t in run):
        # "Keep Ohio Blue and Stand Tall Ohio, the super PAC …": two bodies, one of them
        # described, or one name holding "and" ("Citizens for Responsibility and Ethics"):
        # the words do not say which, so no name (review65b)
        return None
    if clean_name(capitalised[0].lower_) in _first_names() and not any(t.lower_ in _BODY_WORDS for t in run):
        return None  # "Dana Whitlock, the …": a person the recogniser missed
    if len(capitalised) == 1 and capitalised[0].is_sent_start and capitalised[0].tag_ not in ("NNP", "NNPS"):
        return None  # "Overall, the group …": a sentence's first word, capitalised as such
    return run


def torn_from_its_description(run: Span, root: Token) -> bool:
    """The parse's third reading of "Right to Rise, a super PAC backing Bush, has been …": the
    name, opening its sentence, torn apart (an adverb and a verb) and the description the
    verb's subject. Read as an apposition only when no word of the run is itself a subject,
    the description is set off from its verb (:func:`set_off_from_its_verb`), and the run is
    more than one word: a lone opening word the parse leaves out of the subject is an adverb,
    whatever its tag ("Overall, the group, which backs Ames, said …": "Overall" a proper noun,
    the verb's advmod; review65b)."""
    return (
        root.dep_ in NOUN_SUBJECT_DEPS
        and len(run) > 1
        and run[0].is_sent_start
        and not any(t.dep_ in NOUN_SUBJECT_DEPS for t in run)
        and set_off_from_its_verb(root)
    )


def set_off_from_its_verb(root: Token) -> bool:
    """Whether a comma or a dash stands between the description headed by ``root`` and the verb
    the parse makes it the subject of. A description in apposition is closed before the verb
    ("Right to Rise, a super PAC backing Bush, has been …"); one its verb follows at once is the
    sentence's own subject ("Based in Columbus, the group said …", "Keep Ohio Blue, the group
    said, broke the law": the group speaks, of something else), and the words before the comma
    an opening phrase or what the quote is about (review65b)."""
    verb = root.head
    return verb.i > root.i and any(t.text in _CLOSING_MARKS for t in root.doc[root.i + 1 : verb.i])


def _opens_a_phrase_of_its_own(first: Token) -> bool:
    """A sentence's first word that makes the words after it a phrase of its own, not a name
    the description can stand beside: a preposition, listed as a stop word or not ("In",
    "Unlike", "Despite": "Unlike Priorities Ohio, the group, which backs Ames, said …" is not
    Priorities Ohio), or a participle ("Based in Columbus, the group, which …", "Founded in
    Cleveland, the super PAC …"). The parse sets the description beside such a phrase's last
    noun as readily as beside a name (review65b)."""
    return first.tag_ in _OPENING_PHRASE_TAGS


def body_written_as(resolver: SpeakerResolver, run: Span, root: Token) -> Resolution | None:
    """The body the run names: an entity written so elsewhere in the article (the recogniser
    tags a name in some sentences, not in others), else the run as written, an organisation.
    None unless the description's noun is a body's ("the super PAC", "a group", "the firm"):
    "The Age of Oversupply, a book calling for …" names a work, and no entity says so here as
    the organisation tag does for a tagged name; nor a place's noun ("the city"), which the
    place routes read."""
    if root.lower_ not in _BODY_TYPES or root.lower_ in _PLACE_TYPES:
        return None
    name = clean_name(run.text)
    if name.lower().startswith("the "):
        name = name[4:]  # "The Lincoln Fund": the name as the entities write it
    elsewhere = _entity_written_as(resolver, name, run.start_char)
    if elsewhere is not None and elsewhere.label != "PERSON":
        return _for_cluster(elsewhere, "apposition")
    return Resolution("organisation", None, name, "apposition")


def _name_word(token: Token) -> bool:
    """A word of a name written before a comma: capitalised, or a lower-case joiner."""
    if token.is_space or token.is_punct and token.text != "&":
        return False
    return _capitalised(token) or (token.is_lower and token.lower_ in _NAME_JOINERS)
