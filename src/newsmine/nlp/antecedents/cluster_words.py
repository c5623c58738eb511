"""What an entity's own mentions say about it, read once per article by :class:`DocIndex`.

A person's party ("Republican Ann Lee", "(D-Ohio)") and apposition nouns ("Ana Ruiz, a
securities analyst"), an organisation's descriptor nouns ("the bank Wells Fargo"), a family
("the Clintons") and a company tagged as a place ("Verizon executives").
"""

from __future__ import annotations

import re

from functools import cache

from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.antecedents.body_words import _ORG_DESCRIPTORS, _PLACE_DESCRIPTORS
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.torn_subjects import is_torn_subject

_PARTY_WORDS = {"republican": "republican", "republicans": "republican", "gop": "republican", "democratic": "democratic",
                "democrat": "democratic", "democrats": "democratic", "independent": "independent"}  # fmt: skip


# Nouns a company's name modifies and a place's does not ("Verizon executives", "Acme's shareholders").
_COMPANY_NOUNS = frozenset({
    "executive", "executives", "shareholders", "stockholders", "shares", "stock", "earnings", "profits", "revenue",
    "customers", "subscribers", "employees", "ceo", "stores", "products", "headquarters",
})  # fmt: skip


def _companies_as_places(clusters: list[EntityCluster]) -> set[int]:
    """Ids of the clusters tagged GPE that name a company: not a place the curated list knows,
    and written as the owner of a company's people or property ("Verizon executives", "Verizon's
    shareholders"), so that "the company" may stand for them."""
    found: set[int] = set()
    for cluster in clusters:
        if cluster.label != "GPE" or cluster.name.lower() in lexicons.load("places"):
            continue
        for mention in cluster.mentions:
            root = mention.root
            if root.dep_ in ("compound", "poss") and root.head.lower_ in _COMPANY_NOUNS and root.head.i >= mention.end:
                found.add(id(cluster))
                break
    return found


def _is_family(cluster: EntityCluster) -> bool:
    """A surname in the plural after "the" in every mention ("the Clintons’ commitment")."""
    name = cluster.name
    if len(name.split()) != 1 or not name.endswith("s"):
        return False
    return all(m.start > 0 and m.doc[m.start - 1].lower_ == "the" for m in cluster.mentions)


# ", a Republican", ", a Democrat-turned-Republican": a party set beside the name, and the one
# turned to; the characters read past the three tokens for the turn.
_APPOSED_PARTY_RE = re.compile(r",a(?P<was>republican|democrat)\w*(?:-turned-(?P<now>republican|democrat))?")
_TURNED_CHARS = 20


def _party_words(doc: Doc, cluster: EntityCluster) -> set[str]:
    """'Republican Ann Lee', 'Ann Lee (D-Ohio)', 'Sen. Ann Lee, R-Texas', 'Ann Lee, a Democrat,':
    the person's party."""
    found: set[str] = set()
    text = doc_text(doc)
    for mention in cluster.mentions:
        if mention.start > 0:
            before = doc[mention.start - 1].lower_
            if before in _PARTY_WORDS:
                found.add(_PARTY_WORDS[before])
        if not _mark_after(text, doc, mention.end):
            continue  # no "(" or "," after the name: none of the party forms below (session 56)
        # The next three tokens' text, read from the Doc's (Span.text joins the tokens' own).
        following = doc[mention.end : mention.end + 3]
        after = text[following.start_char : following.end_char].replace(" ", "") if following else ""
        if after.startswith(("(R-", ",R-", "(R)")):
            found.add("republican")
        elif after.startswith(("(D-", ",D-", "(D)")):
            found.add("democratic")
        elif apposed := _APPOSED_PARTY_RE.match(text[following.start_char : following.end_char + _TURNED_CHARS].replace(" ", "").lower()):
            # "Tom Price, a Republican," (probe47c); "Jane Roe, a Democrat-turned-Republican," is
            # the party she turned to (review47: she was counted a Democrat)
            found.add("republican" if (apposed.group("now") or apposed.group("was")) == "republican" else "democratic")
    for title in cluster.titles:
        for word in title.lower().split():
            if word in _PARTY_WORDS:
                found.add(_PARTY_WORDS[word])
    return found


def _mark_after(text: str, doc: Doc, end: int) -> bool:
    """Whether the first character after token ``end - 1`` other than a space is "(" or ",":
    what every party form read after a name opens with, the spaces taken out ("(R-Texas)",
    ", R-Texas", ", a Democrat"). Asked first, before the three tokens are cut and read."""
    if end >= len(doc):
        return False
    i = doc[end].idx
    while i < len(text) and text[i] == " ":
        i += 1
    return i < len(text) and text[i] in "(,"


def _appositive_words(cluster: EntityCluster) -> set[str]:
    """'Ana Ruiz, a securities analyst for the Boston-based bank Keller,' / 'a Harlow lawmaker,
    Ana Ruiz,': the noun an apposition describes a person by, with the words written before
    it ("securities analyst"), however long the apposition (the entity's titles keep only
    short ones), so that "the securities analyst" later stands for her."""
    found: set[str] = set()
    for mention in cluster.mentions:
        root = mention.root
        # not "with host Mika Brzezinski, the candidate stated": the verb's subject, torn off
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= mention.end and not is_torn_subject(c)]
        if root.dep_ == "appos" and (
            mention.start - 3 <= root.head.i < mention.start
            or _of_years_before(root.head, mention.start)
            or _owner_before(root.head, mention.start)
            or _titles_before(root.head, mention.start)
        ):
            nouns.append(root.head)  # "a Harlow lawmaker, Ana Ruiz": the noun right before the comma
        for noun in nouns:
            if not _one_of_a_kind(noun):
                continue  # a plural ("two hopefuls, Sen. Lee and Gov. Ruiz") describes a group
            if _after_a_body(noun) and noun.left_edge.i - 2 >= mention.end:
                continue  # "Ann Lee, a fellow at the Ruiz Institute, a think tank,": the institute's
            found |= _noun_and_modifiers(noun)
    return found


def _one_of_a_kind(noun: Token) -> bool:
    """Whether ``noun`` is a singular common noun no entity holds ("analyst", "commissioner"):
    what one person is said to be."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and not noun.ent_type_


def _noun_and_modifiers(noun: Token) -> set[str]:
    """The noun and the words written before it that say which one ("securities analyst",
    "county commissioner"), lower case."""
    return {noun.lower_} | {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")}


def _predicate_words(cluster: EntityCluster, in_quote: list[bool]) -> set[str]:
    """'His brother, Mark Brandt, is a Lackawanna County commissioner': the singular noun a
    person is said to be, outside quotation marks and not denied, with the words written
    before it ("county commissioner"): a title of another office, so that "the governor" later
    is not he (probe57). Not a description of him as an apposition's are: a parse hangs
    relative clauses on a predicate noun that belong to a body after it ("Espinoza is
    co-founder … of The Remembrance Project, a non-profit that advocates …", PolNeAR train)."""
    found: set[str] = set()
    for mention in cluster.mentions:
        root = mention.root
        subject = root.head if root.dep_ == "appos" and root.head.i < root.i else root
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_ != "be" or in_quote[verb.i] or any(c.dep_ == "neg" for c in verb.children):
            continue
        for noun in verb.rights:
            if noun.dep_ == "attr" and _one_of_a_kind(noun):
                found |= _noun_and_modifiers(noun)
    return found


def _owner_before(noun: Token, start: int) -> bool:
    """Whether only a comma and a proper name's possessive stand between the noun and the name
    at token ``start``: "The moderator, NBC's Lester Coyle," (probe51), so that "the moderator"
    is he and a candidacy noun is not (:func:`.candidacy.runs_for_nothing`)."""
    between = noun.doc[noun.i + 1 : start]
    return (
        len(between) >= 3 and between[0].text == "," and between[-1].tag_ == "POS"
        and all(t.pos_ == "PROPN" for t in between[1:-1])
    )  # fmt: skip


# Words before a capitalised title that say when it was held: "former FBI Director".
_TIME_OF_TITLE = frozenset({"former", "acting", "interim", "retired"})


def _titles_before(noun: Token, start: int) -> bool:
    """Whether only a comma and the name's own capitalised title stand between the noun and the
    name at token ``start``: "The witness, FBI Deputy Director Colin Maddox," (probe59), so that
    "the witness" later is he, not the last one who spoke. The title's words are proper nouns
    hung in the name's compound chain, one of them a title ("director", "chief"), so that a
    second name ("The chairman, Acme Mills' Tom Lee") is not read as his title."""
    between = noun.doc[noun.i + 1 : start]
    if len(between) < 2 or between[0].text != ",":
        return False
    words = between[1:]
    if len(words) > 1 and words[0].lower_ in _TIME_OF_TITLE and words[0].head.i > words[0].i:
        words = words[1:]  # "The witness, former FBI Deputy Director Colin Maddox," (review59d)
    if not all(t.pos_ == "PROPN" and t.dep_ == "compound" and noun.i < t.head.i and t.head.i > t.i for t in words):
        return False
    return any(t.lower_ in lexicons.load("titles") for t in words)


def _of_years_before(noun: Token, start: int) -> bool:
    """Whether only the noun's own 'of' phrase of time stands between it and the comma before the
    name at token ``start``: "his wife of 55 years, Margaret" (obituaries), "her partner of a
    decade, Tom", so that "his wife said" later is Margaret, not the last woman named."""
    of = noun.doc[noun.i + 1] if noun.i + 1 < start else None
    if of is None or of.dep_ != "prep" or of.lower_ != "of" or of.head.i != noun.i or of.right_edge.i != start - 2:
        return False
    return noun.doc[start - 1].text == "," and all(t.ent_type_ == "DATE" for t in noun.doc[of.i + 1 : start - 1])


def _descriptor_words(doc: Doc, cluster: EntityCluster) -> set[str]:
    """'the bank Wells Fargo', 'Wells Fargo, the bank,', 'newspaper The Daily Ledger': nouns
    written next to an organisation that say what it is."""
    found: set[str] = set()
    for mention in cluster.mentions:
        root = mention.root
        before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
        if before in _ORG_DESCRIPTORS and not _modifies_a_noun_after(mention):
            found.add(before)
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in _ORG_DESCRIPTORS:
                found.add(child.lower_)
        if root.dep_ == "appos" and root.head.lower_ in _ORG_DESCRIPTORS:
            found.add(root.head.lower_)
        if cluster.label == "ORG":
            found.update(_kind_in_apposition(mention))
            found.update(_kind_before_apposition(root))
    if cluster.label == "GPE":
        # "flood-ravaged Louisiana, a Baton Rouge newspaper" parsed as an apposition: a place
        # is only ever described as a place
        found &= _PLACE_DESCRIPTORS
    return found


def _modifies_a_noun_after(mention: Span) -> bool:
    """'the daily White House briefing', 'the daily Gallup tracking poll', 'a paper Harvard
    researchers wrote': a name that only qualifies a noun after it, so the word before it
    describes that noun, not the name's organisation (unlike 'the daily Asahi said')."""
    root = mention.root
    return root.dep_ == "compound" and root.head.i >= mention.end


def _after_a_body(noun: Token) -> bool:
    """'…, a fellow at the Ruiz Institute, a think tank,': an apposition right after a name
    tagged an organisation and its comma describes that organisation, wherever the parse hangs
    it (the caller checks the name is not the person's own, which the tagger may read so)."""
    start = noun.left_edge.i
    return start >= 2 and noun.doc[start - 1].text == "," and noun.doc[start - 2].ent_type_ == "ORG"


def _kind_in_apposition(mention: Span) -> set[str]:
    """'the Lee Project, a nonpartisan watchdog,', 'the Ruiz Institute, a think tank': the noun
    an indefinite apposition says an organisation is, though no descriptor list holds it, so
    that "the watchdog" later stands for it (not a person's noun: "Acme, a client of …")."""
    doc = mention.doc
    if mention.end + 2 >= len(doc) or doc[mention.end].text != "," or doc[mention.end + 1].lower_ not in ("a", "an"):
        return set()
    noun = doc[mention.end + 1].head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_ or noun.lower_ in _person_words():
        return set()
    return {noun.lower_}


def _kind_before_apposition(root: Token) -> set[str]:
    """'The operator, Metrolinea, said': the definite noun an organisation's name stands in
    apposition to says what it is, though no descriptor list holds it, so that "according to
    the operator" later stands for it (not a person's noun: "the buyer, Exxon,")."""
    noun = root.head
    if root.dep_ != "appos" or noun.i > root.i or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.ent_type_:
        return set()
    if noun.lower_ in _person_words() or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return set()
    return {noun.lower_}


@cache
def _person_words() -> frozenset[str]:
    """Nouns for people (titles, person nouns, anonymous sources' words): built once."""
    return frozenset(lexicons.load("titles") | lexicons.load("person_nouns") | lexicons.load("anonymous"))
