"""When a mention is a company's, a body's, a building's or an outlet's name.

By the name's shape: its last word ("Brightwell Pharma", "Sierra Watch Alliance", "Harlow
Tribune", "Trump Tower"), a body named after a person ("Clinton Foundation") or for a purpose
("Center for American Progress"), a body's word outside quotation marks (a work's title in
them may end so). By the words around it: a trade noun before it ("semiconductor maker
Veltron"), a company's noun in apposition ("Streamline, the video streaming service,"), an
outlet's noun after it ("Hurriyet newspaper"), "according to" or a reporting verb (a building
says nothing), "an analyst at" (the employer). :func:`_body_name` (a name that ends like an
organisation's or a club's) is the test the person and title rules ask too: such a name is no
one's.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.sports_labels import _CLUB_WORDS
from newsmine.nlp.entities.word_lists import (
    _NO_SURNAME_PLACE_WORDS,
    _POSSESSIVE,
    HONORIFICS,
    _surname_written_alone,
)
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words

# "Semiconductor maker Veltron", "retailer Brightway": a name right after one of these is a company.
_ORG_DESCRIPTORS = frozenset({
    "maker", "company", "firm", "giant", "group", "startup", "start-up", "retailer", "carrier", "bank", "lender",
    "insurer", "automaker", "carmaker", "chipmaker", "drugmaker", "manufacturer", "operator", "conglomerate",
    "airline", "brand", "platform", "developer", "producer", "supplier", "publisher", "broadcaster", "newspaper",
    "agency", "union", "party", "club", "team", "chain", "fund", "provider", "utility", "exchange", "network",
    "consultancy",
})


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


# Descriptors naming a person's trade as often as a body ("the developer", "a television
# producer", "the publisher", "a furniture maker"): the name set off after one is as likely a
# person's, so a PERSON tag stands (review54, seen54).
_PERSON_TRADES = frozenset({
    "developer", "producer", "publisher", "maker", "operator", "supplier", "broadcaster", "provider", "giant",
})  # fmt: skip


def _descriptor_in_apposition_before(span: Span) -> bool:
    """The name stands in apposition after "the" and a noun of :data:`_ORG_DESCRIPTORS` ("The
    firm, Harmon Residential, said"; "the broadcaster, Khabar 24."), closed by a comma or the
    sentence's end. Not a name opening with a first name: "a developer, Tom Hale," is a person's
    trade; nor a name tagged a person after a noun of :data:`_PERSON_TRADES` that reads as a full
    name (:func:`_reads_as_full_name`) whose last word the article writes alone as a name ("The
    developer, Tran Van Minh, said … Minh said": a first name the list does not know is no guard,
    seen54), as :func:`.person_labels._person_after_a_trade` reads "developer Vesna Brandt"."""
    doc = span.doc
    i = span.start
    if i < 3 or doc[i - 1].text != "," or doc[i - 2].lower_ not in _ORG_DESCRIPTORS or doc[i - 3].lower_ != "the":
        return False
    if span.label_ == "PERSON" and doc[i - 2].lower_ in _PERSON_TRADES and _reads_as_full_name(span):
        if _surname_written_alone(span):
            return False  # "… Minh said": a person's trade; "Harmon Residential" alone stays a body
    if _known_first_name(span[0].lower_) or (span.end < len(doc) and doc[span.end].text not in (",", ".", ";")):
        return False
    return True


def _reads_as_full_name(span: Span) -> bool:
    """Two or three capitalised words, none a place's last word nor ending like a body's name
    ("Tran Van Minh", "Okonkwo Adebayo", "Harmon Residential" too: whether the article writes
    the last word alone as a name decides). "Metropolitano de Lisboa" (a lower-case word, a city)
    is not."""
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    return not _body_name(span) and span[-1].lower_ not in lexicons.load("places")


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
COMPANY_WORDS = (_COMPANY_ENDINGS - {"pac"}) | frozenset({
    "pharma", "pharmaceuticals", "toys", "chimie", "logistics", "foods", "holdings", "limited",
    "industries", "realty", "properties", "dairy", "consulting", "airlines", "airways",
    "motors", "laboratories", "technologies", "enterprises", "ventures", "investments", "securities", "insurance",
    "energy", "systems", "solutions", "software", "networks", "electronics", "therapeutics", "biosciences",
    "semiconductor", "semiconductors", "capital", "partners", "mining", "resources", "petroleum",
    "controls", "instruments", "dynamics", "materials", "devices", "brands",
    "warehouse", "stores", "markets", "supermarkets", "outfitters",  # retailers; "Chemist Warehouse": a trade first
})  # fmt: skip


def _company_by_last_word(span: Span) -> bool:
    """A name of two words or more ending in a word of :data:`COMPANY_WORDS`, with no honorific
    or title word of a person right before it."""
    if len(span) < 2 or span[-1].lower_ not in COMPANY_WORDS:
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before not in HONORIFICS and before not in _title_words()


# Head nouns of the names of bodies that are nobody's surname ("Sierra Watch Alliance", "Westbrook
# Transit", "Sarah Lawrence College"): a name ending in one is a body even where it opens with a
# first name, which _named_after_a_person does not allow (its nouns hold surnames: "Court", "Bank").
BODY_HEADS = frozenset({
    "alliance", "coalition", "project", "institute", "institution", "university", "college", "foundation",
    "association", "council", "committee", "commission", "agency", "authority", "transit", "federation",
    "society", "academy", "center", "centre",
})  # fmt: skip


def _body_by_last_word(span: Span) -> bool:
    """A name of two words or more ending in a word of :data:`BODY_HEADS`, with no honorific or
    title word of a person right before it."""
    if len(span) < 2 or span[-1].lower_ not in BODY_HEADS or not span[-1].is_title:
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before not in HONORIFICS and before not in _title_words()


# Last words of public bodies' names, besides BODY_HEADS, that no work's title outside
# quotation marks ends with: a school district, a department, a board.
PUBLIC_BODY_WORDS = frozenset({"district", "department", "board", "ministry", "bureau", "office"})


def _unquoted_body(span: Span) -> bool:
    """A name of two capitalised words or more ending in a body's word, not between quotation
    marks (a work's title in quotation marks may end so: "Dead Poets Society")."""
    doc = span.doc
    if len(span) < 2 or not span[-1].is_title or any(t.text == "/" for t in span):
        return False  # "Facebook/Leaders' College": a photo credit's two sources
    if span[-1].lower_ not in BODY_HEADS and span[-1].lower_ not in PUBLIC_BODY_WORDS:
        return False
    quoted = span.start > 0 and doc[span.start - 1].is_quote or span.end < len(doc) and doc[span.end].is_quote
    return not quoted


# Online platforms, companies whose one-word names the recogniser often takes for people.
PLATFORMS = frozenset({"twitter", "facebook", "youtube", "instagram", "google", "snapchat", "reddit", "linkedin", "tiktok", "whatsapp", "tumblr"})  # fmt: skip
# Last words of newspapers' names that name nothing else in news: "Times", "Post", "News",
# "Journal" and "Star" are left out (the Times Square, a trading post, Fox News' shows, a
# medical journal, a film star are written with them too). The one list of these words
# (review52d): the outlet words of :mod:`newsmine.nlp.antecedents.body_words`, the papers'
# names found after a cue (:mod:`newsmine.nlp.speakers.missed_outlets`) and the works' labels
# below all read it.
NEWSPAPER_NAME_ENDINGS = frozenset({
    "courier", "gazette", "tribune", "herald", "ledger", "chronicle", "inquirer", "examiner",
    "sentinel", "dispatch", "bulletin", "courant", "intelligencer", "enquirer",
})  # fmt: skip
# Last words of newspaper names, which the recogniser often takes for titles of works: the
# unambiguous endings and the common ones, which as a work's last word ("The Washington Post"
# tagged a work) still name a paper.
_NEWSPAPER_WORDS = NEWSPAPER_NAME_ENDINGS | {"times", "post", "journal", "observer", "register", "star-ledger"}


def _body_named_with_honorific(span: Span) -> bool:
    """Whether a name opening with an honorific of South Asia or Malaysia is a body's or a
    place's named after someone: "Shri Ram College of Commerce", "Datuk Keramat Road" (a word
    of an institution, a building or a street, or an "of"), not a person's ("Shri Naveen
    Mohapatra", "Datuk Seri Anwar bin Ibrahim"): the honorific stays part of the name (review46b)."""
    words = {t.lower_ for t in span[1:]}
    return bool(
        "of" in words
        or _body_name(span)
        or words & (_PLACE_AND_BODY_ENDINGS | BODY_HEADS | _FACILITY_NOUNS | _NO_SURNAME_PLACE_WORDS | _ROAD_WORDS)
    )


# Words of a street's name ("Datuk Keramat Road").
_ROAD_WORDS = frozenset({"road", "lane", "marg", "jalan", "highway"})


def _body_name(span: Span) -> bool:
    """A name that ends like an organisation's or a club's ("Acme Group", "Riverside United")."""
    last = span[-1].lower_
    return last in _CLUB_WORDS or last in lexicons.load("organisation_nouns") or last in _ORG_DESCRIPTORS
