"""Entity kinds: the labels kept, and the fixes to the recogniser's label of a mention.

:func:`_fixed_label` corrects one mention's label with the curated lists (places, outlets,
platforms, newspapers, clubs) and the words around it (an honorific, a title, "maker", "the
mayor of"); in sports copy a city stays the team. Also the tests of a name's shape the fixes
share: a body named after a person, a titled person, a body's or a club's last word.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.name_spans import _given_name_hyphen
from newsmine.nlp.entities.names import _LEADING_THE_RE
from newsmine.nlp.entities.whole_names import _MASTHEAD_WORDS
from newsmine.nlp.entities.word_lists import (
    _HONORIFICS_OUTSIDE_US_UK,
    _NO_SURNAME_PLACE_WORDS,
    _PLACE_AND_BODY_ENDINGS,
    _POSSESSIVE,
    HONORIFICS,
    _first_names,
    _honorific_and_first_name_before,
    _known_first_name,
    _title_words,
)

# OntoNotes labels that name things; numbers, money and dates are not entities here (dates
# have their own section of the record).
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

# "Semiconductor maker Veltron", "retailer Brightway": a name right after one of these is a company.
_ORG_DESCRIPTORS = frozenset({
    "maker", "company", "firm", "giant", "group", "startup", "start-up", "retailer", "carrier", "bank", "lender",
    "insurer", "automaker", "carmaker", "chipmaker", "drugmaker", "manufacturer", "operator", "conglomerate",
    "airline", "brand", "platform", "developer", "producer", "supplier", "publisher", "broadcaster", "newspaper",
    "agency", "union", "party", "club", "team", "chain", "fund", "provider", "utility", "exchange", "network",
    "consultancy",
})
# "the mayor of Lindholm", "residents of Ostra": the name after "of" is a place.
_PLACE_OF_NOUNS = frozenset({
    "mayor", "governor", "city", "town", "village", "residents", "people", "outskirts", "capital", "province",
    "state", "county", "region", "suburb", "suburbs", "centre", "center", "streets", "port", "island", "district",
    "borough", "township",
})
# "the town of Millbrook": the name after one of these and "of" is a settlement, even where the
# recogniser tags it a region (LOC) or a building (FAC).
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "county", "borough", "township"})
# "the streaming service Streamline", "Streamline, the video streaming service,": a name right
# after, or in apposition with, one of these is a company, even one the recogniser takes for a
# place because it reads like a common noun.
_COMPANY_NOUNS = frozenset({
    "company", "service", "firm", "startup", "start-up", "app", "platform", "maker", "retailer", "bank",
    "automaker", "carmaker", "chipmaker", "drugmaker", "lender", "insurer", "miner", "consultancy", "airline",
    "utility", "conglomerate", "manufacturer", "supplier",
})


# Last words of a police force's name after its place ("West Yorkshire Police", "Avon and Somerset Constabulary").
_POLICE_WORDS = frozenset({"police", "constabulary"})


# Last words of places' names that are nobody's surname when no first name comes before them.
_PLACE_WORDS = frozenset({
    "point", "bay", "cove", "creek", "harbour", "harbor", "island", "isle", "lake", "ridge", "valley", "beach",
    "canyon", "falls", "springs", "peak", "mountain", "mountains", "river", "glen", "sound", "strait", "gulf",
})  # fmt: skip


# The kind of thing each word of _NO_SURNAME_PLACE_WORDS ends the name of.
_NO_SURNAME_PLACE_LABELS = {
    **dict.fromkeys(("island", "islands", "isle"), "LOC"),
    **dict.fromkeys(("county", "province"), "GPE"),
    **dict.fromkeys(("hospital", "infirmary", "clinic", "university", "college", "school", "museum", "library", "institute"), "ORG"),
    **dict.fromkeys(("cinema", "theatre", "theater", "airport", "stadium", "cathedral", "avenue", "square"), "FAC"),
}


def _named_after_someone_by_last_word(span: Span) -> bool:
    """A name of two words or more ending, capitalised, in a word of
    :data:`_NO_SURNAME_PLACE_WORDS` ("Elizabeth Hospital", "Edward Island"): a place or an
    institution named after someone, whatever the first word; nobody's surname is "Hospital"."""
    return len(span) >= 2 and span[-1].is_title and span[-1].lower_ in _NO_SURNAME_PLACE_WORDS


def _with_title_of_namesake(span: Span) -> Span:
    """A place or an institution named after a titled person (:func:`_named_after_someone_by_last_word`)
    with the title before it the recogniser left out: "Queen| Elizabeth Hospital", "Prince|
    Edward Island" (the title is part of the name, not the title of a person)."""
    doc = span.doc
    if span.start == 0 or not _named_after_someone_by_last_word(span):
        return span
    title = doc[span.start - 1]
    if not title.is_title or title.lower_ not in _title_words() or title.ent_type_:
        return span
    return Span(doc, span.start - 1, span.end, label=span.label)


def _place_by_last_word(span: Span) -> bool:
    """A name of two words or more ending, capitalised, in a word of :data:`_PLACE_WORDS`, not
    opening with a first name of the lists ("Skerry Point", "Ponte Vedra Beach"; not "Michael
    Bay", "Tom Ridge"): a place the small model takes for a person."""
    if len(span) < 2 or span[-1].lower_ not in _PLACE_WORDS or not span[-1].is_title:
        return False
    return not _known_first_name(span[0].lower_)


# Offices held for a place, written capitalised between the place and the holder's name.
_LOCAL_OFFICES = frozenset({
    "mayor", "governor", "gov.", "sheriff", "premier", "councilman", "councilwoman", "councillor",
    "alderman", "alderwoman", "selectman",
})  # fmt: skip


def _place_of_a_local_office(span: Span) -> bool:
    """The name stands before a capitalised office of :data:`_LOCAL_OFFICES` and a person's
    name tagged on its own ("Ridgeford Mayor Tom Kessler", "Clark County Sheriff Joe
    Lombardo"): the place the office is of, which the small model tags a person or a building.
    A party's word there ("Republican Gov. Doug Ducey") is tagged a group, not one of the
    labels this is asked about."""
    doc = span.doc
    office = span.end
    if office + 1 >= len(doc) or doc[office].lower_ not in _LOCAL_OFFICES or not doc[office].text[0].isupper():
        return False
    return doc[office + 1].ent_type_ == "PERSON" and doc[office + 1].ent_iob_ == "B"


def _listed_place(span: Span) -> bool:
    return " ".join(t.lower_ for t in span) in lexicons.load("places")


def _fixed_label(span: Span, known_orgs: frozenset[str] = frozenset(), sports: bool = False) -> str:
    """spaCy's label, corrected with the curated lists and the words around the mention.
    ``sports``: the article is sports copy, where a city's name is often its team's."""
    key = " ".join(t.lower_ for t in span)
    key_no_the = _LEADING_THE_RE.sub("", key)
    if key in lexicons.load("outlets") or key_no_the in lexicons.load("outlets") or key_no_the in known_orgs:
        return "ORG"
    if key in _PLATFORMS:
        return "ORG"  # "Twitter said", which the small model takes for a person
    if span.label_ == "PERSON" and _named_after_someone_by_last_word(span):
        return _NO_SURNAME_PLACE_LABELS[span[-1].lower_]  # "Queen Elizabeth Hospital", "Prince Edward Island"
    if span.label_ == "PERSON" and (_company_by_last_word(span) or _body_by_last_word(span)):
        return "ORG"  # "Brightwell Pharma", "Normandie Chimie", "Sierra Watch Alliance", "Westbrook Transit"
    if span.label_ == "PERSON" and _named_after_a_person(span):
        # "Obama White House", "Trump University", "Clinton Foundation"; a building: "Trump Tower"
        return "FAC" if span[-1].lower_ in _FACILITY_NOUNS else "ORG"
    if len(span) >= 2 and span[-1].lower_ in _CLUB_WORDS and span.label_ in ("GPE", "LOC", "PERSON", "NORP", "FAC"):
        return "ORG"  # "Riverside United", "Harbor Rovers": a club, not a place or a person
    if sports and span.label_ == "PERSON" and _club_not_person(span):
        return "ORG"
    if key in lexicons.load("places") or key_no_the in lexicons.load("places"):
        # "Georgia" the state and the country are both places; "Paris Hilton" is not in the list.
        # In sports copy the model's ORG stands: "Liverpool beat Leeds" are teams.
        return "ORG" if sports and span.label_ == "ORG" else "GPE"
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in HONORIFICS or _honorific_and_first_name_before(span):
        return "PERSON"
    if len(span) >= 2 and span[0].lower_ in _HONORIFICS_OUTSIDE_US_UK and span[0].is_title and not _body_named_with_honorific(span):
        return "PERSON"  # "Smt. Anjali Das" tagged a body: the honorific swept in (not "Dr Pepper": US/UK ones name brands)
    if span.label_ in ("PERSON", "ORG", "GPE") and _employer_after_at(span):
        return "ORG"  # "an analyst at Morgan Stanley": a bank named like a person
    if span.label_ in ("GPE", "LOC", "ORG") and (_first_named_person(span) or _name_with_particle(span)):
        return "PERSON"  # "Marcus Phoenix scored", "Friederike von Alvensleben" tagged a place or a body
    if span.label_ == "FAC" and _first_named_person(span) and _surname_written_alone(span):
        return "PERSON"  # "an email from Nadia Turner … Turner wrote": no building goes by its last word
    if span.label_ == "PERSON" and _place_by_last_word(span):
        return "LOC"  # "the Skerry Point lighthouse", "Ponte Vedra Beach": a place, no one's name
    if span.label_ in ("PERSON", "FAC", "LOC") and _place_of_a_local_office(span):
        return "GPE"  # "Ridgeford Mayor Tom Kessler", "Clark County Sheriff Joe Lombardo"
    if span.label_ in ("GPE", "LOC", "FAC", "NORP") and len(span) >= 2 and span[-1].lower_ in _POLICE_WORDS:
        return "ORG"  # "West Yorkshire Police said": a force, not the county
    if span.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and _age_in_apposition(span):
        return "PERSON"  # "Okonkwo, 22, grew up in Houston": only people have an age there
    if span.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "PRODUCT", "WORK_OF_ART") and _aged_apposition(span):
        return "PERSON"  # "Magnus Eide, the 19-year-old Norwegian challenger," tagged an event
    if span.label_ in ("ORG", "GPE", "NORP", "FAC") and _titled_person(span):
        return "PERSON"  # "fire chief Marcus Phoenix", "The fire chief, Marcus Phoenix,"
    if span.label_ in ("ORG", "GPE", "NORP", "FAC") and _named_after_an_office(span):
        return "PERSON"  # "Its chief executive, Olu Barnes, told staff": a given name the lists lack
    if span.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC") and _given_name_of_someone(span):
        return "PERSON"  # "Another commuter, Tiago, said": a vox pop's first name, tagged a body
    if span.label_ in ("WORK_OF_ART", "PRODUCT", "PERSON") and _outlet_noun_after(span):
        return "ORG"  # "Hurriyet newspaper reported", "Family Circle magazine": the outlet's name
    if span.label_ in ("WORK_OF_ART", "PRODUCT", "PERSON", "FAC") and span[-1].lower_ in _NEWSPAPER_WORDS and len(span) >= 2:
        return "ORG"  # "The Daily Ledger", "Harlow Tribune": a newspaper, not a book
    if span.label_ == "WORK_OF_ART" and _unquoted_body(span):
        return "ORG"  # "Riverside Unified School District" tagged a work
    if span.label_ in ("PERSON", "NORP", "LOC", "FAC") and before in _ORG_DESCRIPTORS and not _person_after_a_trade(span):
        return "ORG"
    if span.label_ == "PRODUCT" and before in _ORG_DESCRIPTORS and doc[span.start - 1].pos_ == "NOUN":
        return "ORG"  # "state broadcaster Khabar 24"; not the verb of "we fund K-12 education"
    if span.label_ in ("PERSON", "NORP", "LOC", "FAC", "PRODUCT") and _descriptor_in_apposition_before(span):
        return "ORG"  # "The developer, Harmon Residential, said"
    if span.label_ == "FAC" and _body_for_a_purpose(span):
        return "ORG"  # "Center for American Progress": a body named for what it works on
    if span.label_ == "FAC" and _team_of_a_place(span):
        return "ORG"  # "Denver Broncos", "the Bay City Hawks"
    if span.label_ == "FAC" and _speaking(span):
        return "ORG"  # "according to Highland Grid", "Highland Grid said": a building says nothing
    if span.label_ == "GPE" and (before in _COMPANY_NOUNS or _company_in_apposition(span)):
        return "ORG"  # "the streaming service Streamline", "Streamline, the video streaming service,"
    if span.label_ == "PERSON" and len(span) == 1 and _listed_with(span) == {"GPE"} and _in_a_place(span):
        return "GPE"  # "shelters in Hattiesburg and Jackson": a surname alone among places is one
    if before == "of" and span.start > 1:
        of_noun = doc[span.start - 2].lower_
        if span.label_ in ("PERSON", "ORG", "NORP") and of_noun in _PLACE_OF_NOUNS:
            return "GPE"
        if span.label_ in ("LOC", "FAC") and of_noun in _SETTLEMENT_NOUNS:
            return "GPE"  # "the town of Millbrook" (LOC), "the village of Lower Denby" (FAC)
    return span.label_


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
    :data:`_BODY_HEADS` never gets here: :func:`_fixed_label` has made it a body already, as no
    trade noun is an honorific or a person's title.)"""
    doc = span.doc
    if span.label_ != "PERSON" or span.start == 0 or doc[span.start - 1].lower_ not in _TRADE_DESCRIPTORS:
        return False
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    if _body_name(span):
        return False
    return _known_first_name(span[0].lower_) or _surname_written_alone(span)


# Nouns written after an outlet's name to say what it is ("Hurriyet newspaper", "the Kommersant daily").
_OUTLET_NOUNS = frozenset({"newspaper", "daily", "tabloid", "magazine", "weekly", "broadcaster"})


def _outlet_noun_after(span: Span) -> bool:
    """The name is followed by a noun of :data:`_OUTLET_NOUNS` and is no possessive ("Glenn
    Beck's radio program") nor a person's name by its first word ("Sarah Palin magazine
    cover"): foreign outlets the small model takes for people or works ("Hurriyet newspaper
    reported", "Family Circle magazine"). News write a place's paper so too ("a Baton Rouge
    newspaper"), which is why places are left to their own label."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _OUTLET_NOUNS or span[-1].text in _POSSESSIVE:
        return False
    return span.label_ != "PERSON" or not _known_first_name(span[0].lower_)


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


def _surname_written_alone(span: Span) -> bool:
    """The name's last word is tagged a name on its own elsewhere in the article, bare or after
    an honorific ("Turner wrote", "Mr. Brandt"): how news write a person named in full
    before, never a building or a company named after one ("Madison Square Garden")."""
    last = span[-1].text
    return any(
        ent[-1].text == last and all(t.lower_ in HONORIFICS for t in ent[:-1]) and not span.start <= ent.start < span.end
        for ent in span.doc.ents
    )


def _company_in_apposition(span: Span) -> bool:
    """The name is followed by ", the/a …" whose last word before the next punctuation is a
    noun of :data:`_COMPANY_NOUNS` ("Streamline, the video streaming service, said"); at most
    three words between the article and the noun."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return False
    for j in range(i + 2, min(i + 6, len(doc))):
        if doc[j].is_punct:
            return j > i + 2 and doc[j - 1].lower_ in _COMPANY_NOUNS
    return False


def _descriptor_in_apposition_before(span: Span) -> bool:
    """The name stands in apposition after "the" and a noun of :data:`_ORG_DESCRIPTORS` ("The
    developer, Harmon Residential, said"; "the broadcaster, Khabar 24."), closed by a comma or the
    sentence's end. Not a name opening with a first name: "a developer, Tom Hale," is a person's
    trade."""
    doc = span.doc
    i = span.start
    if i < 3 or doc[i - 1].text != "," or doc[i - 2].lower_ not in _ORG_DESCRIPTORS or doc[i - 3].lower_ != "the":
        return False
    if _known_first_name(span[0].lower_) or (span.end < len(doc) and doc[span.end].text not in (",", ".", ";")):
        return False
    return True


def _body_for_a_purpose(span: Span) -> bool:
    """A name whose first word is an organisation's noun followed by "for" ("Center for
    Strategic and International Studies", "Institute for International Economics"): a body,
    whatever the building it works in."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    if "for" not in words[1:]:
        return False
    before_for = words[words.index("for") - 1]
    # not a place's word: "K Street for Roll Call" is the recogniser's slip, no body
    return before_for in ("center", "centre") or before_for in lexicons.load("organisation_nouns")


# Plural last words of places and buildings named after a place ("Niagara Falls", "Chicago Heights").
_PLURAL_PLACE_WORDS = frozenset({"falls", "springs", "heights", "hills", "islands", "lakes", "mountains", "towers", "gardens", "grounds", "woods"})  # fmt: skip


def _team_of_a_place(span: Span) -> bool:
    """A place's name and one capitalised plural noun ("Denver Broncos", "Miami Dolphins",
    "Bay City Hawks"): a team. The place is listed or tagged a place in the article."""
    words = span[1:] if span[0].lower_ == "the" else span
    if len(words) < 2:
        return False
    last = words[-1]
    plural = last.tag_ == "NNPS" or (last.tag_ == "NNP" and last.lower_.endswith("s") and not last.lower_.endswith("ss"))
    if not (last.is_title and last.is_alpha and plural) or last.lower_ in _PLURAL_PLACE_WORDS:
        return False
    place = " ".join(t.lower_ for t in words[:-1])
    return place in lexicons.load("places") or any(
        e.label_ == "GPE" and e.text.lower() == place for e in span.doc.ents
    )


def _speaking(span: Span) -> bool:
    """The name is the subject of a reporting verb of the cue lexicon ("Highland Grid said") or
    follows "according to": a source of words."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 2].lower_ == "according" and doc[span.start - 1].lower_ == "to":
        return True
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ in lexicons.load("cues")


def _employer_after_at(span: Span) -> bool:
    """The name follows "at" hung on a noun of a person's job or trade ("Tom Becker, an
    analyst at Morgan Stanley", "a professor at Carnegie Mellon"): the employer, not a
    person. Not a possessive's owner ("a staffer at Trump's campaign")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "at":
        return False
    if span.end < len(doc) and doc[span.end].text in _POSSESSIVE:
        return False
    job = doc[span.start - 1].head
    return job.pos_ == "NOUN" and (job.lower_ in _title_words() or job.lower_ in lexicons.load("person_nouns"))


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


# Offices only a person holds: a body set off after "its adviser," "the owner," or "the
# fund's founder," may be a firm (Goldman Sachs), never after "its chief executive,".
_PERSONAL_OFFICES = frozenset({
    "executive", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
    "president", "secretary", "minister", "mayor", "editor", "headteacher", "principal",
})  # fmt: skip


def _named_after_an_office(span: Span) -> bool:
    """Two or three capitalised words set off in apposition after a body's office ("Its chief
    executive, Olu Barnes,", "the charity's chairwoman, Ama Mensah,"): the holder is a person,
    though the recogniser took a given name it does not know for a body's. Not a name ending
    like a body's ("the president, Acme Group,")."""
    root = span.root
    head = root.head
    if not 2 <= len(span) <= 3 or root.dep_ != "appos" or head.lower_ not in _PERSONAL_OFFICES or head.pos_ != "NOUN":
        return False
    if not all(t.is_title and t.pos_ == "PROPN" for t in span) or _body_name(span):
        return False
    return _set_off_after(head, span) and any(c.dep_ in ("poss", "det") for c in head.children)


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
    capital after a Gaelic prefix ("McAllister", "MacLeod"); no word in capitals."""
    if not (token.is_alpha and token.pos_ == "PROPN"):
        return False
    if token.is_title:
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
    last = span[-1].lower_
    return not (
        _body_name(span)
        or last in _PLACE_AND_BODY_ENDINGS
        or last in _COMPANY_WORDS
        or last in _BODY_HEADS
        or last in _NEWSPAPER_WORDS
        or last in _FACILITY_NOUNS
        or last in _NOT_A_SURNAME
    )


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


_LISTED_BODY_TYPES = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _listed_with(span: Span) -> frozenset[str]:
    """The recogniser's types of the other names of a list the span is in ("Ben Carson, and
    Carly Fiorina", "economists Peter Schott and Justin Pierce": PERSON)."""
    root = span.root
    joined = [t for t in root.children if t.dep_ == "conj"]
    if root.dep_ == "conj":
        joined += [root.head, *(t for t in root.head.children if t.dep_ == "conj" and t is not root)]
    return frozenset(
        t.ent_type_ for t in joined if t.ent_type_ in _LISTED_BODY_TYPES and not span.start <= t.i < span.end
    )


def _in_a_place(span: Span) -> bool:
    """Whether the list the span is in is the object of a preposition of place ("in", "near")."""
    first = span.root if span.root.dep_ != "conj" else span.root.head
    return first.dep_ == "pobj" and first.head.lower_ in ("in", "near", "across", "around", "outside")


def _named_after_a_person(span: Span) -> bool:
    """A body named after a person, which the recogniser tags as the person: a surname and an
    institution's or a building's noun ("Trump University", "Clinton Foundation", "Obama White
    House", "Trump Tower"), with
    no first name before them ("Arsenio Hall" and "Mary Church" stay people)."""
    if len(span) < 2 or _known_first_name(span[0].lower_) or span[0].lower_ in HONORIFICS:
        return False
    words = [t.lower_ for t in span]
    return (
        words[-1] in lexicons.load("organisation_nouns")
        or words[-1] in _COMPANY_ENDINGS
        or words[-1] in _FACILITY_NOUNS
        or words[-2:] == ["white", "house"]
    )


# Last words of buildings named after their owner ("Trump Tower", "Trump Plaza"), which the
# recogniser tags as the owner: a facility, which no short form of the person joins.
_FACILITY_NOUNS = frozenset({"tower", "towers", "plaza", "hotel", "casino", "building", "stadium", "arena", "airport"})


# Last words of the names of committees and companies ("Our Principles PAC", "Acme Inc."),
# which the recogniser sometimes tags as people.
_COMPANY_ENDINGS = frozenset({"pac", "inc", "inc.", "llc", "corp", "corp.", "ltd", "ltd.", "plc"})


# Last words of company names that are nobody's surname ("Brightwell Pharma", "Halverson
# Toys", "Normandie Chimie", "Henry Realty"), which the recogniser tags as people: a company
# even after a first name ("John Burns Real Estate Consulting"), unless an honorific or a
# title stands before it.
# The legal endings count too, but a committee's ("PAC"), which _named_after_a_person handles.
_COMPANY_WORDS = (_COMPANY_ENDINGS - {"pac"}) | frozenset({
    "pharma", "pharmaceuticals", "toys", "chimie", "logistics", "foods", "holdings", "limited",
    "industries", "realty", "properties", "dairy", "consulting", "airlines", "airways",
    "motors", "laboratories", "technologies", "enterprises", "ventures", "investments", "securities", "insurance",
    "energy", "systems", "solutions", "software", "networks", "electronics", "therapeutics", "biosciences",
    "semiconductor", "semiconductors", "capital", "partners", "mining", "resources", "petroleum",
    "controls", "instruments", "dynamics", "materials", "devices", "brands",
    "warehouse", "stores", "markets", "supermarkets", "outfitters",  # retailers; "Chemist Warehouse": a trade first
})  # fmt: skip


def _company_by_last_word(span: Span) -> bool:
    """A name of two words or more ending in a word of :data:`_COMPANY_WORDS`, with no honorific
    or title word of a person right before it."""
    if len(span) < 2 or span[-1].lower_ not in _COMPANY_WORDS:
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before not in HONORIFICS and before not in _title_words()


# Head nouns of the names of bodies that are nobody's surname ("Sierra Watch Alliance", "Westbrook
# Transit", "Sarah Lawrence College"): a name ending in one is a body even where it opens with a
# first name, which _named_after_a_person does not allow (its nouns hold surnames: "Court", "Bank").
_BODY_HEADS = frozenset({
    "alliance", "coalition", "project", "institute", "institution", "university", "college", "foundation",
    "association", "council", "committee", "commission", "agency", "authority", "transit", "federation",
    "society", "academy", "center", "centre",
})  # fmt: skip


def _body_by_last_word(span: Span) -> bool:
    """A name of two words or more ending in a word of :data:`_BODY_HEADS`, with no honorific or
    title word of a person right before it."""
    if len(span) < 2 or span[-1].lower_ not in _BODY_HEADS or not span[-1].is_title:
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before not in HONORIFICS and before not in _title_words()


# Last words of public bodies' names, besides _BODY_HEADS, that no work's title outside
# quotation marks ends with: a school district, a department, a board.
_PUBLIC_BODY_WORDS = frozenset({"district", "department", "board", "ministry", "bureau", "office"})


def _unquoted_body(span: Span) -> bool:
    """A name of two capitalised words or more ending in a body's word, not between quotation
    marks (a work's title in quotation marks may end so: "Dead Poets Society")."""
    doc = span.doc
    if len(span) < 2 or not span[-1].is_title or any(t.text == "/" for t in span):
        return False  # "Facebook/Leaders' College": a photo credit's two sources
    if span[-1].lower_ not in _BODY_HEADS and span[-1].lower_ not in _PUBLIC_BODY_WORDS:
        return False
    quoted = span.start > 0 and doc[span.start - 1].is_quote or span.end < len(doc) and doc[span.end].is_quote
    return not quoted


# Online platforms, companies whose one-word names the recogniser often takes for people.
_PLATFORMS = frozenset({"twitter", "facebook", "youtube", "instagram", "google", "snapchat", "reddit", "linkedin", "tiktok", "whatsapp", "tumblr"})  # fmt: skip
# Last words of newspaper names, which the recogniser often takes for titles of works.
_NEWSPAPER_WORDS = frozenset({"times", "post", "journal", "herald", "tribune", "gazette", "ledger", "chronicle", "courier", "examiner", "inquirer", "observer", "sentinel", "dispatch", "register", "star-ledger", "bulletin", "courant"})


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


# Words of sports copy: an article with several of them reports games, where places' names
# stand for teams and a lone capitalised name may be a club ("Everton said they").
# Words political or business copy also uses ("goal", "match", "season", "club") are not among them.
_SPORTS_WORDS = frozenset({
    "league", "scored", "wicket", "wickets", "innings", "touchdown", "touchdowns", "half-time", "halftime",
    "kick-off", "striker", "strikers", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
    "semifinal", "semi-final", "playoff", "playoffs", "derby", "penalty", "header", "equaliser", "equalizer",
})  # fmt: skip
_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "hers"})


def _is_sports_copy(lower_words: frozenset[str], doc: Doc) -> bool:
    """Three words of sports copy, two of them different."""
    if len(lower_words & _SPORTS_WORDS) < 2:
        return False
    return sum(1 for t in doc if t.lower_ in _SPORTS_WORDS) >= 3


def _club_not_person(span: Span) -> bool:
    """In sports copy, a lone name tagged PERSON that the sentence goes on to call 'they' and
    never 'he' or 'she' ("Everton said they were disappointed") is a club. A known first name,
    an honorific or a title before it keeps it a person."""
    if len(span) != 1 or span[0].lower_ in _first_names():
        return False
    doc = span.doc
    if span.start > 0 and (doc[span.start - 1].lower_ in HONORIFICS or doc[span.start - 1].lower_ in _title_words()):
        return False
    after = [t.lower_ for t in doc[span.end : span.sent.end]]
    return any(w in _PLURAL_PRONOUNS for w in after) and not any(w in _PERSON_PRONOUNS for w in after)


# Last words of the names of clubs and teams ("Riverside United", "Arsenal FC").
_CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "united", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "dynamo", "sporting", "olympique"})


def _with_club_word(span: Span, sports: bool) -> Span:
    """The name with the club's word the recogniser left after it: "to beat Eastfield
    Rovers 2-1" tagged "Eastfield". A capitalised word of :data:`_CLUB_WORDS` right after a
    name is the club's name's last word; in sports copy "City" too ("Northport City"). Not a
    word that opens a name of its own ("Eastfield United States")."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or span.label_ not in _NAME_LABELS:
        return span
    word = doc[end]
    if not word.is_title or not (word.lower_ in _CLUB_WORDS or (sports and word.lower_ == "city")):
        return span
    if word.ent_iob_ == "B" or (end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].is_alpha):
        return span
    return Span(doc, span.start, end + 1, label=span.label)


def _body_named_with_honorific(span: Span) -> bool:
    """Whether a name opening with an honorific of South Asia or Malaysia is a body's or a
    place's named after someone: "Shri Ram College of Commerce", "Datuk Keramat Road" (a word
    of an institution, a building or a street, or an "of"), not a person's ("Shri Naveen
    Mohapatra", "Datuk Seri Anwar bin Ibrahim"): the honorific stays part of the name (review46b)."""
    words = {t.lower_ for t in span[1:]}
    return bool(
        "of" in words
        or _body_name(span)
        or words & (_PLACE_AND_BODY_ENDINGS | _BODY_HEADS | _FACILITY_NOUNS | _NO_SURNAME_PLACE_WORDS | _ROAD_WORDS)
    )


# Words of a street's name ("Datuk Keramat Road").
_ROAD_WORDS = frozenset({"road", "lane", "marg", "jalan", "highway"})


def _body_name(span: Span) -> bool:
    """A name that ends like an organisation's or a club's ("Acme Group", "Riverside United")."""
    last = span[-1].lower_
    return last in _CLUB_WORDS or last in lexicons.load("organisation_nouns") or last in _ORG_DESCRIPTORS
