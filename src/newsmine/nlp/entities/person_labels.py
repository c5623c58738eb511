"""When a mention the recogniser tagged a body, a place or a work is a person's name.

By the name's shape: two or three capitalised words opening with a first name of the lists
("Marcus Phoenix" tagged a place), a particle no body's name holds ("Friederike von
Alvensleben"), a title before it or in apposition ("fire chief Marcus Phoenix"), a surname the
article writes alone elsewhere ("Turner wrote": no building goes by its last word). By the
words set off after it: an age ("Okonkwo, 22,"; "Lee, a 55-year-old nurse,"), an office only a
person holds ("Its chief executive, Olu Barnes,"), a vox pop's first name after "another
commuter". And a trade noun of people and companies alike before a person's full name
("developer Vesna Brandt"), which keeps the name a person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.body_labels import (
    _COMPANY_NOUNS,
    _FACILITY_NOUNS,
    _NEWSPAPER_WORDS,
    _ORG_DESCRIPTORS,
    _body_name,
    _speaking,
)
from newsmine.nlp.entities.body_labels import BODY_HEADS as _BODY_HEADS
from newsmine.nlp.entities.body_labels import COMPANY_WORDS as _COMPANY_WORDS
from newsmine.nlp.entities.kin_nouns import KIN_NOUNS
from newsmine.nlp.entities.missed_names import _lone_speaking_names, _unlisted_first_name
from newsmine.nlp.entities.name_spans import _given_name_hyphen
from newsmine.nlp.entities.name_spans import lower_case_words as _lower_case_words
from newsmine.nlp.entities.names import fold as _fold
from newsmine.nlp.entities.place_labels import _listed_with
from newsmine.nlp.entities.whole_bodies import _MASTHEAD_WORDS
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import (
    _surname_written_alone,
    inner_capital_given_name,
)
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import demonym_of_a_country as _demonym_of_a_country
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

# Nouns of _ORG_DESCRIPTORS that name a person's trade or standing as well as a company's:
# "Florida developer Vesna Brandt", "the theater producer Owen Marsh", "publisher Ron Tessler",
# "the retailing giant Amaro Vidal", "manufacturer Tom Hale was elected senator".
_TRADE_DESCRIPTORS = frozenset({"developer", "producer", "publisher", "broadcaster", "operator", "giant", "manufacturer"})


def _person_after_a_trade(span: Span) -> bool:
    """A name the recogniser tagged a person, right after a noun of :data:`_TRADE_DESCRIPTORS`,
    that reads as a person's full name: two or three capitalised words, none ending a body's or
    a company's name, opening with a first name of the lists or with the last word written
    alone elsewhere as a name. News call a person by the surname ("Brandt said") and a company
    by its first word ("developer Harmon Residential … Harmon said"), so the trade noun is the
    person's, not a company's. (A name ending in a word of :data:`_COMPANY_WORDS` or
    :data:`_BODY_HEADS` never gets here: :func:`~.labels._fixed_label` has made it a body already, as no
    trade noun is an honorific or a person's title.)"""
    doc = span.doc
    if span.label_ != "PERSON" or span.start == 0 or doc[span.start - 1].lower_ not in _TRADE_DESCRIPTORS:
        return False
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if _body_name(span):
        return False
    return _known_first_name(span[0].lower_) or _surname_written_alone(span)


def _age_in_apposition(span: Span) -> bool:
    """The name is followed by an age set off by commas ("Okonkwo, 22, grew up", "Harold Binney,
    84, of Dayton"): how news write a person's age, never a body's or a place's. Not when other
    places of the sentence have a number set off after them too: a list of counts by place
    ("the worst-hit counties were Marin, 14, and Sonoma, 11")."""
    if not _number_set_off_after(span):
        return False
    return span.label_ not in ("GPE", "LOC") or not any(
        other.start != span.start and other.label_ in ("GPE", "LOC") and _number_set_off_after(other)
        for other in span.sent.ents
    )  # fmt: skip


# An apposition opening with an age, and its words up to the next comma or full stop.
_AGED_APPOSITION_RE = re.compile(r", (?:the|a|an) \d{1,3}-year-old\b([^,.;:()\n]{0,60})")
# Nouns of things news give an age to as they give a person's ("the 130-year-old retailer",
# "the 60-year-old festival") that no list of companies, bodies or buildings below holds.
_AGED_THINGS = frozenset({
    "festival", "fair", "tradition", "event", "race", "tournament", "show", "brand", "business", "store", "shop",
    "restaurant", "plant", "factory", "mill", "church", "temple", "mosque", "landmark", "crossing", "building",
    "house", "tree", "ship", "program", "programme", "law", "treaty", "policy", "daily", "weekly",
})  # fmt: skip


def _aged_apposition(span: Span) -> bool:
    """An apposition right after the name that opens with an age ("Magnus Eide, the
    19-year-old Norwegian challenger,", "Lee, a 55-year-old nurse,"): a person, unless a word
    of it names a business, a body, a building or an event ("Harwood, the 130-year-old
    retailer,", "The Millbrook Gazette, a 150-year-old newspaper,")."""
    match = _AGED_APPOSITION_RE.match(doc_text(span.doc), span.end_char)  # (doc.text joins every token anew)
    return match is not None and not any(_a_things_noun(word) for word in match.group(1).lower().split())


def _a_things_noun(word: str) -> bool:
    """A word of the lists of companies, bodies, outlets, buildings and events, no person's."""
    return (
        word in _AGED_THINGS or word in _ORG_DESCRIPTORS or word in _COMPANY_NOUNS or word in _COMPANY_WORDS
        or word in _BODY_HEADS or word in _FACILITY_NOUNS or word in _NEWSPAPER_WORDS
        or word in _PLACE_AND_BODY_ENDINGS or word in lexicons.load("organisation_nouns")
    )  # fmt: skip


def _number_set_off_after(span: Span) -> bool:
    """A number below 120 between two commas right after ``span`` ("in Millbrook, 12 of the 40
    homes" has none)."""
    doc = span.doc
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].like_num or not doc[end + 1].text.isdigit():
        return False
    return int(doc[end + 1].text) < 120 and doc[end + 2].text == ","


# Words before a person noun that make it one of many ("a nurse", "another commuter", "one shopper").
_ONE_OF_MANY = frozenset({"a", "an", "another", "one"})
# Person nouns that companies, groups and countries also are in business, market and sports
# copy ("Another buyer, Tesco, said", "One investor, Blackstone,", "Another winner, Nvidia, rose",
# "Another critic, Greenpeace,", "One candidate, Siemens,"): no vox pop's first name after them.
_ROLES_BODIES_PLAY = frozenset({
    "buyer", "investor", "owner", "tenant", "landlord", "customer", "subscriber", "user", "borrower", "contractor",
    "winner", "champion", "critic", "candidate", "player", "host", "manager", "leader", "victim",
})  # fmt: skip


def _given_name_of_someone(span: Span) -> bool:
    """One capitalised word set off in apposition to an indefinite person noun ("Another
    commuter, Tiago, said", "a nurse, Ines,"): how a vox pop gives someone's first name only,
    which the recogniser may take for a body or a place. A body is named after a definite noun
    ("the buyer, Exxon,") or after a role bodies play too ("Another buyer, Tesco,":
    _ROLES_BODIES_PLAY), not after "a commuter"."""
    root = span.root
    head = root.head
    if len(span) != 1 or not root.is_title or head.i > root.i:
        return False
    if root.dep_ != "appos" and not (root.dep_ == "npadvmod" and _set_off_after(head, span)):
        return False  # the parse may hang "A shopper, Paloma, said" as an adverbial noun
    if head.pos_ != "NOUN" or head.lower_ not in lexicons.load("person_nouns") or head.lower_ in _ROLES_BODIES_PLAY:
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE_OF_MANY for c in head.children)


def _given_name_of_kin(span: Span) -> bool:
    """One capitalised word set off in apposition to a relative's noun that has an owner ("his
    first wife, Ivana, who …", "the senator's husband, Arlo,"): how news name a relative by the
    first name alone, which the recogniser may take for a body or a place ("Ivana" an
    organisation, so her "She signed an agreement …" found no one). A body is never anyone's
    wife or son; a relative's noun without an owner ("a son, Apple Records") is left alone, and
    so is a sister city or company (:func:`_thing_of_kin`: "Portland's sister, Sapporo,", "its
    sister, Skyline,"; review53g)."""
    root = span.root
    head = root.head
    if len(span) != 1 or not root.is_title or root.dep_ != "appos" or head.i > root.i:
        return False
    if head.pos_ != "NOUN" or head.lower_ not in KIN_NOUNS or not _set_off_after(head, span):
        return False
    owners = [c for c in head.children if c.dep_ == "poss"]
    return bool(owners) and not any(_thing_of_kin(owner, head.lower_, root.lower_) for owner in owners)


# Kin nouns news also use of companies, cities, papers and ships ("Portland's sister, Sapporo,").
_KIN_OF_THINGS = frozenset({"sister", "brother"})
# Owners that are surely someone: a "sister" they own is a relative.
_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})


def _thing_of_kin(owner: Token, kin: str, word: str) -> bool:
    """Whether a kin noun's owner makes it no relative: "its" ("its sister, Skyline,": a sister
    company), or, for "sister" / "brother", an owner that is no pronoun of a person nor a name
    tagged a person before a word that is no first name of the lists ("Portland's sister,
    Sapporo,", "The Ledger's sister, Sentinel,"). The recogniser's tag of the owner alone is
    not asked: it tags surnames bodies ("Schilling's son, Grant,", "Trump's wife, Melania,")."""
    if owner.lower_ == "its":
        return True
    if kin not in _KIN_OF_THINGS or owner.lower_ in _PERSONAL_OWNERS or owner.ent_type_ == "PERSON":
        return False
    return word not in _first_names()


def first_name_with_who(span: Span) -> bool:
    """One word, a first name of the lists, set off by a comma before a relative clause that
    opens with "who" or "whom" ("Georgia, who founded the shelter in 2011, said …", after
    "Georgia Mills" and "across Georgia"): places are "which", never "who", so the word the
    recogniser took for the state is the person's first name written alone. Only for places:
    British copy writes "who" of clubs and bodies ("Chelsea, who won the league"). Not the
    object of a preposition: 'a family from Georgia, who said …' is the family's clause, however
    the parse hangs it. Only when the article also writes the word as the first of a full name
    ("Georgia Mills"): sports and election copy write "who" of a state's team or voters
    ("Georgia, who beat Alabama last week, hosts Auburn"; "won Georgia, who voted for him")."""
    root = span.root
    if len(span) != 1 or not root.is_title or root.lower_ not in _first_names() or root.dep_ == "pobj":
        return False
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    # The relative clause first: the full name elsewhere walks the whole article, and is asked
    # of every first name the recogniser tagged a place or a person (session 53: 2 % of
    # newsmine's own time when asked first).
    return any(
        c.dep_ == "relcl" and c.i > root.i and any(w.lower_ in ("who", "whom") and w.i == span.end + 1 for w in c.children)
        for c in root.children
    ) and _opens_a_full_name_elsewhere(root)


def first_name_after_someone(span: Span) -> bool:
    """A place's name that is a first name of the lists, set off in apposition to an indefinite
    person noun ("A nurse, Georgia, who asked that her surname not be used, said"): a vox pop's
    first name (:func:`_given_name_of_someone`), which the list of places would otherwise keep
    the state's. Nothing else tells a person's first name so: no place is "a nurse"."""
    return len(span) == 1 and span.root.lower_ in _first_names() and _given_name_of_someone(span)


def _opens_a_full_name_elsewhere(word: Token) -> bool:
    """Whether the article writes ``word`` elsewhere right before a capitalised proper noun that
    is no date ("Georgia Mills runs the shelter"; not "across Georgia Saturday"): the full name
    of the person whose first name the word alone stands for."""
    doc = word.doc
    return any(
        t.text == word.text and t.i != word.i and t.i + 1 < len(doc)
        and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].ent_type_ not in ("DATE", "TIME")
        for t in doc
    )  # fmt: skip


# Offices only a person holds: a body set off after "its adviser," "the owner," or "the
# fund's founder," may be a firm (Goldman Sachs), never after "its chief executive,".
_PERSONAL_OFFICES = frozenset({
    "executive", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
    "president", "secretary", "minister", "mayor", "editor", "headteacher", "principal",
    # envoys, only ever people: "the UN's envoy, Hanna Lindqvist,"
    "envoy", "ambassador", "delegate",
})  # fmt: skip
# Offices a person or a firm holds, a person's when they are a country's: "Indonesia's
# representative, Retno Marsudi," (not "the seller's representative, Morgan Lewis,", a firm).
_COUNTRIES_OFFICES = frozenset({"representative"})


def _named_after_an_office(span: Span) -> bool:
    """Two or three capitalised words set off in apposition after a body's office ("Its chief
    executive, Olu Barnes,", "the charity's chairwoman, Ama Mensah,"): the holder is a person,
    though the recogniser took a given name it does not know for a body's; so is one after a
    country's representative ("Indonesia's representative, Retno Marsudi,"), though a firm may
    represent a client. Not a name ending like a body's ("the president, Acme Group,")."""
    root = span.root
    head = root.head
    if not 2 <= len(span) <= 3 or root.dep_ != "appos" or head.pos_ != "NOUN":
        return False
    if head.lower_ not in _PERSONAL_OFFICES and not (head.lower_ in _COUNTRIES_OFFICES and _a_countrys(head)):
        return False
    if not all(t.is_title and t.pos_ == "PROPN" for t in span) or _body_name(span):
        return False
    return _set_off_after(head, span) and any(c.dep_ in ("poss", "det") for c in head.children)


def _a_countrys(office: Token) -> bool:
    """Whether ``office`` is a country's: its owner or modifier a place or nationality the
    recogniser tagged ("Indonesia's representative", "the Indonesian representative")."""
    return any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP") for c in office.children)


def _set_off_after(head: Token, span: Span) -> bool:
    """Whether ``span`` stands between commas right after ``head`` ("shopper, Paloma,")."""
    doc = span.doc
    return head.i == span.start - 2 and doc[head.i + 1].text == "," and span.end < len(doc) and doc[span.end].text == ","


def _opens_with_hyphenated_given_name(span: Span) -> bool:
    """Whether a name opens with a hyphenated given name, which the tokenizer splits in three
    ("Jean-Marie| Dufour", "Soo-jin| Parrish"; :func:`~newsmine.nlp.entities.name_spans._given_name_hyphen`),
    and a surname follows: the given name then stands for the first name of the lists."""
    return len(span) >= 4 and span[1].text == "-" and _given_name_hyphen(span.doc, span.start + 1)


def _hyphen_joined(span: Span) -> list[Span]:
    """The words of a name as written between spaces: a double-barrelled surname is one
    ("Fiona| MacLeod-Brown")."""
    words: list[Span] = []
    start = span.start
    for i in range(span.start, span.end):
        if span.doc[i].whitespace_ or i + 1 == span.end:
            words.append(span.doc[start : i + 1])
            start = i + 1
    return words


_GAELIC_PREFIXES = ("Mac", "Mc")


def _capitalised_name_word(token) -> bool:
    """A proper noun written as a name: capitalised and the rest in lower case, but for the
    capital after a Gaelic prefix ("McAllister", "MacLeod") and the one inside a given name of
    the lists ("LaToya Price", tagged a body: probe55); no word in capitals."""
    if not (token.is_alpha and token.pos_ == "PROPN"):
        return False
    if token.is_title:
        return True
    if inner_capital_given_name(token.text):
        return True
    prefix = next((p for p in _GAELIC_PREFIXES if token.text.startswith(p)), None)
    return prefix is not None and token.text[len(prefix) :].istitle()


def _first_named_person(span: Span) -> bool:
    """Two or three capitalised proper nouns opening with a first name of the lists that is no
    place ("Jordan", "Georgia" are both), none of them ending a body's, a place's, a company's
    or a newspaper's name ("Marcus Phoenix", not "Albert Einstein College"), nor joined to
    other names ("Goldman Sachs, Morgan Stanley and JPMorgan Chase": the cluster decides, by
    what the list holds). A company named after its founder is still taken for a person where
    nothing says otherwise ("Eli Lilly")."""
    given = _opens_with_hyphenated_given_name(span)  # "Jean-Marie Dufour", "Soo-jin Parrish": one given name
    words = _hyphen_joined(span)
    if not 2 <= len(words) <= 3:
        return False
    if not given and (not _known_first_name(span[0].lower_) or span[0].lower_ == "al"):
        return False  # "Al Qaeda", "Al Jazeera": the Arabic article, not the first name
    if not all(_capitalised_name_word(t) for word in words[1 if given else 0 :] for t in word if t.text != "-"):
        return False
    if any(t.lower_ in _MASTHEAD_WORDS for word in words if len(word) > 1 for t in word):
        return False  # "the Marshall Democrat-News": a newspaper's hyphened masthead, no surname
    if _listed_with(span):
        return False  # a name in a list is left to the cluster's vote: "Goldman Sachs, Morgan Stanley and …"
    return not _ends_a_things_name(span)


def _ends_a_things_name(span: Span) -> bool:
    """The name is a body's, or ends as a place's, a company's, a newspaper's, a building's or
    a show's does ("Albert Einstein College", "Bain Capital", "Clinton Hill"): no surname."""
    last = span[-1].lower_
    return (
        _body_name(span)
        or last in _PLACE_AND_BODY_ENDINGS
        or last in _COMPANY_WORDS
        or last in _BODY_HEADS
        or last in _NEWSPAPER_WORDS
        or last in _FACILITY_NOUNS
        or last in _NOT_A_SURNAME
    )


def _full_name_speaking_as_its_surname(span: Span) -> bool:
    """Two or three capitalised words tagged a body, which speak ("Wayra Apaza said", "Kathir
    Velan told reporters") and whose last word speaks alone elsewhere in the article ("Apaza
    said on Wednesday"): a person whose first name no list knows (session 66).

    Speaking alone is not enough: "Goldman Sachs said", "Bain Capital said" speak too. What
    tells the two apart is how news shorten them: a person by the surname ("Apaza said"), a
    company named after people by its first word ("Goldman said", "Morgan said"), a body by
    its first or its acronym ("Amnesty said"). So the last word must be the subject of a
    reporting verb on its own (``missed_names._lone_speaking_names``: no capitalised word
    beside it); the name must not end as a body's, a company's or a place's does
    (:func:`_ends_a_things_name`) nor stand in a list of names (the cluster's vote decides
    those, as for :func:`_first_named_person`); and its first word must read as a given name
    (``missed_names._unlisted_first_name``: no word the article writes in lower case, no title,
    day or place), not a people's word nor a word of :data:`_COMPANY_OPENINGS`: some companies
    are shortened to their last word ("Deutsche Telekom … Telekom said"). Nor may the name
    report of itself as "it" (:func:`_reports_of_itself`: "Fiat Chrysler said it would recall
    …  Chrysler said", review66c). A listed first name is :func:`_first_named_person`'s; a title
    before the name :func:`_titled_person`'s."""
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in span):
        return False
    if not _speaking(span) or _ends_a_things_name(span) or _listed_with(span) or _reports_of_itself(span):
        return False
    first = span[0].lower_
    if first in _COMPANY_OPENINGS or _demonym_of_a_country(first) or not _unlisted_first_name(first, _lower_case_words(span.doc)):
        return False  # "Deutsche Telekom … Telekom said", "Royal Dutch Shell … Shell said"
    return _fold(span[-1].lower_) in _lone_speaking_names(span.doc)


def _reports_of_itself(span: Span) -> bool:
    """Whether the clause the name's reporting verb reports has "it" for the subject of a verb
    other than "be", or holds "its", after the name ("Fiat Chrysler said it would recall 40,000
    trucks", "Kraft Heinz said its profits fell"): a body speaking of itself, as a person
    speaks of "he" or "she" (review66c). Companies named after two people are shortened to
    the second name as often as to the first ("Fiat Chrysler … Chrysler said", "Northrop
    Grumman … Grumman said"), and no list tells a given name from a founder's surname, so
    this is the one sign of a body in the name's own sentence. "It" of "be" is left out: a
    person says "it was the worst flood" of anything. A person's "said it would take years"
    reads as a body's: the name then keeps the recogniser's tag, as before session 66."""
    root = span.root
    if root.dep_ != "nsubj":
        return False  # "according to Wayra Apaza": no clause of the name's own
    verb = root.head
    return any(t.lower_ == "its" or _it_acting_in(t, verb) for t in verb.subtree if t.i >= span.end)


def _it_acting_in(token: Token, verb: Token) -> bool:
    """Whether ``token`` is "it", the subject of a verb other than "be" of a clause ``verb``
    reports ("said it would recall": yes; "said it was", "said the plan it drew up": no)."""
    subject = token.lower_ == "it" and token.dep_ in NOUN_SUBJECT_DEPS
    return subject and token.head.head == verb and token.head.lemma_ != "be"


# Words that open the names of companies which news then shorten to their last word
# ("Deutsche Telekom … Telekom said", "Royal Dutch Shell … Shell said", "Banco Santander …
# Santander said"): a people's, a bank's or a group's word, never a given name. The words of a
# people in English ("Dutch", "German") are :func:`_demonym_of_a_country`'s.
_COMPANY_OPENINGS = frozenset({
    "deutsche", "deutscher", "royal", "banco", "banca", "grupo", "groupe", "gruppo", "credit", "compagnie",
    "societe", "nippon", "general", "united", "national", "international", "first", "air",
})  # fmt: skip


# Lower-case particles inside a person's name that no body's or place's name holds, unlike
# "de", "da", "la" ("Tour de France", "Casa de Campo", "Cinco de Mayo").
_PERSON_PARTICLES = frozenset({"van", "von", "der", "den", "ter", "ten", "bin", "ibn", "bint"})


def _name_with_particle(span: Span) -> bool:
    """A given name, one or two lower-case particles of :data:`_PERSON_PARTICLES` and one
    capitalised surname ("Friederike von Alvensleben", "Sanne ter Horst", "Hamad bin
    Jassim"): a person's name whatever the first name, which the lists may not hold. Not when
    the first word heads a body or a building named after a family ("Museum van Loon", "Hotel
    van Zandt", "Foundation van Leer")."""
    if not 3 <= len(span) <= 4 or not all(t.lower_ in _PERSON_PARTICLES and t.is_lower for t in span[1:-1]):
        return False
    if not (_capitalised_name_word(span[0]) and _capitalised_name_word(span[-1])):
        return False
    first = span[0].lower_
    if first in _PLACE_AND_BODY_ENDINGS or first in _FACILITY_NOUNS or first in _BODY_HEADS or first in lexicons.load("organisation_nouns"):
        return False
    last = span[-1].lower_
    return not (_body_name(span) or last in _PLACE_AND_BODY_ENDINGS or last in _COMPANY_WORDS or last in _BODY_HEADS)


# Last words of names of places, bodies, shows and documents that open with a first name
# ("Clinton Hill", "Rocky Mountains", "Marine Corps", "Lincoln Initiative", "The Kelly File",
# "Sharon Statement"; a residence that speaks for its household: "Clarence House said in a statement").
_NOT_A_SURNAME = frozenset({
    "hill", "hills", "heights", "valley", "mountain", "mountains", "lake", "lakes", "island", "islands", "beach",
    "corps", "initiative", "project", "productions", "ministries", "studios", "records", "file", "show", "hour",
    "report", "statement", "doctrine", "plan", "memorial", "day", "house", "palace",
})  # fmt: skip


def _titled_person(span: Span) -> bool:
    """A name written with a title word of a person and a first name: 'fire chief Marcus Lee',
    'The fire chief, Marcus Lee,', 'Karin de Vries, the association's chairwoman,'; or a name
    of two or three capitalised words right after a title: 'Karnataka captain Mayank Agarwal',
    'Goalkeeper Jonas Berg'. A company named after its founder ('Morgan Stanley') has neither."""
    first = span[0].lower_
    doc = span.doc
    titles = _title_words()
    before = doc[span.start - 1] if span.start > 0 else None
    # "Mayor", "captain", "Goalkeeper" as nouns; not "a major General Assembly vote"
    titled = before is not None and before.lower_ in titles and before.pos_ in ("NOUN", "PROPN") and not _body_name(span)
    if titled and 2 <= len(span) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in span):
        return True
    if not (_known_first_name(first) or _opens_with_hyphenated_given_name(span)):
        return False
    if titled:
        return True
    root = span.root
    # "Karin de Vries, the association's chairwoman,": a title in apposition after the name
    return (root.dep_ == "appos" and root.head.lower_ in titles) or any(
        c.dep_ == "appos" and c.lower_ in titles for c in root.children
    )
