"""Names the recogniser cut short or tagged in pieces, made whole.

A person's surname, given names, particles or nickname left out ("Ursula von| der Leyen",
"Dmitry Sergeyevich| Volkov", 'John “Tig”| Tiegen', "Kemal| O’Keeffe"); a body's name cut
at a possessive, a hyphen or a country ("St. Brendan's| Regional Hospital", "Arkansas|
Democrat-Gazette", "Water| UK"); a court and its circuit; a dateline's place in capitals.
Each rule reaches past a span's edge to words the recogniser left out or gave to another
entity; the rules over the article's entities let those inside the whole name give way to it
(:func:`_giving_way`). The opposite of :mod:`.name_spans` and :mod:`.name_splits`, which
only cut.

This module holds the rules for people's names; those for bodies' names are in
:mod:`.whole_bodies`, the dateline's place in :mod:`.dateline_places` (split by what they hold,
session 50).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.name_spans import (
    _NEVER_FIRST_NAMES,
    _first_name_and_word_surname,
    _given_name_hyphen,
    _in_title_case,
    _reporting_verb_forms,
)
from newsmine.nlp.entities.name_spans import NAME_PARTICLES as _NAME_PARTICLES
from newsmine.nlp.entities.name_spans import lower_case_words as _lower_case_words
from newsmine.nlp.entities.word_lists import (
    _ARABIC_NAME_PARTICLES,
    HONORIFICS,
    TITLE_MODIFIERS,
    _honorific_and_first_name_before,
)
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words


def _with_surname_after_first_name(span: Span) -> Span:
    """A known first name the recogniser tagged alone, with the capitalised word right after it
    in running text: its surname ("Patty" of "Patty Judge" when the article also writes "a
    judge"). Not a word the recogniser gave another type ("Hillary Tuesday"), a title, a
    reporting verb or a function word, nor at a line break or in the headline. A no-break space
    between the two ("Stu\xa0Burguiere", a token of its own) joins them as a space does: the
    recogniser tags the first name alone there more often than the whole name."""
    if len(span) != 1 or span.end >= len(span.doc):
        return span
    gap = _no_break_space_after(span)
    if span[0].whitespace_ != " " and not gap:
        return span
    first, word = span[0], span.doc[span.end + gap]
    if not _known_first_name(first.lower_) or not word.is_alpha or word.is_sent_start:
        return span
    if word.ent_type_ not in ("", "PERSON"):
        return span
    if word.lower_ in _first_names() or word.lower_ in TITLE_MODIFIERS:
        return span
    if word.lower_ in _title_words() and _titles_a_name(word):
        return span
    if not _first_name_and_word_surname(first, word, _reporting_verb_forms(), _first_names()):
        return span
    return Span(span.doc, span.start, span.end + 1 + gap, label=span.label)


def _titles_a_name(word) -> bool:
    """Whether a title word ("Judge", "King", "Bishop") stands before a capitalised word, the
    name it would title ("Judge Amos Kettering"), or runs on as a title ("Secretary of
    State"). A title word with no name after it ("Lt. Gov. Patty Judge (D)", "Democrat Patty
    Judge said") titles no one: after a first name the recogniser tagged alone, it is her
    surname (session 58: both train articles naming Patty Judge lost the surname this way,
    her "she" named "Patty")."""
    doc = word.doc
    after = word.i + 1
    # past a no-break space or a nickname's opening quotation mark ('Judge "Amos" Kettering'); not
    # past a line break, where a paragraph's first word is capitalised whoever it names
    while after < len(doc) and (doc[after].text == "\xa0" or doc[after].is_quote and doc[after].whitespace_ == ""):
        after += 1
    if after >= len(doc):
        return False
    if doc[after].lower_ in ("of", "for"):
        return True  # "Secretary of State", "Minister for Health": the title runs on
    # a capitalised name, an initial ("Judge J. Michelle Childs") or one with an apostrophe ("O'Neill")
    return doc[after].text[0].isalpha() and doc[after].text[0].isupper()


def _no_break_space_after(span: Span) -> int:
    """1 when a lone no-break space, a token of its own, follows ``span`` right after its last
    word and a word follows it ("Stu\xa0Burguiere"), else 0."""
    doc, end = span.doc, span.end
    if span[-1].whitespace_ or end + 1 >= len(doc) or doc[end].text != "\xa0":
        return 0
    return 1


def _giving_way(ents: list[Span], names: list[Span]) -> list[Span]:
    """``ents`` with ``names`` in their place: the entities overlapping one of ``names`` give
    way to it, in text order (what a rule that reads a whole name the recogniser cut returns)."""
    if not names:
        return ents
    kept = [ent for ent in ents if not any(ent.start < name.end and name.start < ent.end for name in names)]
    return sorted(kept + names, key=lambda span: span.start)


_MAX_PARTICLES = 3


def _with_name_particles(ents: list[Span]) -> list[Span]:
    """"Ursula von der Leyen": the recogniser ends the person at a particle ("Ursula von") and
    tags the rest a place ("Leyen"), and so every later "von der Leyen" / "Von der Leyen". A
    person's name runs on over up to three lower-case particles to the capitalised word after
    them; a later name written as those particles and that word ("von der Leyen", "De Gaulle"
    tagged a place) is that person's surname, a person. The entities inside give way."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    people: list[Span] = []
    surnames: set[tuple[str, ...]] = set()
    whole: list[Span] = []  # people tagged with their particles, whose inside no later name claims
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        inner = _surname_with_particles(ent)
        if inner is not None:
            # "Pieter van der Berg" tagged whole: a later "Van der Berg told reporters" (tagged a
            # work) or "der Berg" is his surname too
            surnames.add(inner)
            whole.append(ent)
        core_end = ent.end
        while core_end > ent.start + 1 and doc[core_end - 1].lower_ in _NAME_PARTICLES and doc[core_end - 1].is_lower:
            core_end -= 1
        end = core_end
        while end < len(doc) and end - core_end < _MAX_PARTICLES and doc[end].lower_ in _NAME_PARTICLES and doc[end].is_lower:
            end += 1
        if end == core_end or end >= len(doc) or not (doc[end].is_title and doc[end].is_alpha):
            continue
        person = Span(doc, ent.start, end + 1, label="PERSON")
        people.append(person)
        surnames.add(tuple(t.lower_ for t in doc[core_end : end + 1]))
    if not surnames:
        return ents
    longest = max(len(name) for name in surnames)
    for start in range(len(doc)):
        if doc[start].lower_ not in _NAME_PARTICLES or any(p.start <= start < p.end for p in (*people, *whole)):
            continue
        for size in range(longest, 1, -1):
            if tuple(t.lower_ for t in doc[start : start + size]) in surnames:
                people.append(Span(doc, start, start + size, label="PERSON"))
                break
    return _giving_way(ents, people)


def _surname_with_particles(ent: Span) -> tuple[str, ...] | None:
    """The lower-cased particles and last word of a person tagged whole ("van", "der", "berg"
    of "Pieter van der Berg"), or None when no lower-case particle stands right before the
    capitalised last word."""
    doc, last = ent.doc, ent.end - 1
    start = last
    while start - 1 > ent.start and doc[start - 1].lower_ in _NAME_PARTICLES and doc[start - 1].is_lower:
        start -= 1
    if start == last or not (doc[last].is_title and doc[last].is_alpha):
        return None
    return tuple(t.lower_ for t in doc[start : last + 1])


_MAX_GIVEN_NAMES = 2  # "Dmitry Sergeyevich| Volkov": a first name and a patronymic or middle name

# Vietnamese family names that are also English words the tagger reads as such ("Do" an
# auxiliary, "Ha" an interjection), before a Vietnamese middle name: "spokesman Do| Van Quang",
# with "Van Quang" tagged, is Do Van Quang. Closed classes: the family names of that shape and
# the commonest middle names ("Van" for men, "Thi" for women, then "Duc", "Huu", "Minh" …).
_VIETNAMESE_WORD_FAMILY_NAMES = frozenset({"do", "ha", "ho", "le", "mai", "ly"})
_VIETNAMESE_MIDDLE_NAMES = frozenset({
    "van", "thi", "duc", "huu", "minh", "ngoc", "quoc", "xuan", "thanh", "cong", "dinh", "trong", "tan", "ba",
})  # fmt: skip


def _with_given_names_before(ents: list[Span]) -> list[Span]:
    """"Dmitry Sergeyevich Volkov", "Marina Ivanovna Guseva": the recogniser tags the surname
    alone, or the patronymic and surname, and leaves the first name out; the bare "Volkov" of
    the person then joins another Volkov named in full (his son). A person runs back over up to
    two capitalised words (or name particles) right before it on its line, untagged, the first
    of them a first name of the lists that the article never writes in lower case ("Will
    Harbison keep …") and no title ("Senator", "Judge"). A capitalised word right before a
    lower-case particle is a given name too, listed or not: "Sanne ter Horst", not "Horst";
    so is one right before a person tagged from "bin" ("Crown Prince Turki bin Mansour" with
    "bin Mansour" tagged: Turki bin Mansour), inside its sentence ("Killing bin Laden was …"). A Vietnamese family name that is also an English
    word, inside a sentence before a middle name the recogniser tagged, opens the name though
    the article writes the word in lower case (:func:`_vietnamese_family_name`)."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    lower_words: frozenset[str] | None = None
    people: list[Span] = []
    for ent in ents:
        from_particle = ent.label_ == "PERSON" and len(ent) > 1 and ent[0].text in _ARABIC_NAME_PARTICLES
        if not (ent[0].is_title or from_particle) or not (ent.label_ == "PERSON" or _honorific_and_first_name_before(ent)):
            continue  # 'Dr Iain Ferguson-Baptiste' with the surname tagged a body: a person too
        start = ent.start
        best = None
        while start > 0 and ent.start - start < _MAX_GIVEN_NAMES:
            word = doc[start - 1]
            if word.ent_type_ or word.whitespace_ != " " or not word.is_alpha:
                break
            if not (word.is_title or (word.is_lower and word.lower_ in _NAME_PARTICLES)):
                break
            if word.lower_ in _title_words() or word.lower_ in TITLE_MODIFIERS or word.lower_ in _NEVER_FIRST_NAMES:
                break
            start -= 1
            if _vietnamese_family_name(word, ent):
                best = start
                break
            # a lower-case particle after it ("Sanne ter Horst") marks a given name the lists lack;
            # before a person tagged from "bin", only inside its sentence, where the capital is the
            # name's ("Killing bin Laden was the right call": a sentence's first word)
            particle_after = doc[start + 1].is_lower and doc[start + 1].lower_ in _NAME_PARTICLES
            if from_particle and word.is_sent_start:
                particle_after = False
            if word.is_title and (particle_after or _known_first_name(word.lower_)):
                if lower_words is None:
                    lower_words = _lower_case_words(doc)
                if word.lower_ not in lower_words:
                    best = start
        if best is not None and doc[best].is_title:
            people.append(Span(doc, best, ent.end, label="PERSON"))
    return _giving_way(ents, people)


def _vietnamese_family_name(word, ent: Span) -> bool:
    """Whether ``word``, right before the person ``ent``, is a Vietnamese family name the tagger
    read as an English word ("Do" of "spokesman Do Van Quang said"): one of the closed list,
    capitalised inside its sentence (a sentence's "Do Van Morrison fans care?" is the verb) that
    is not in title case (a subhead's "What Do Van Hollen's Voters Want?": every word has its
    capital there), and ``ent`` opening with a Vietnamese middle name and holding a name after it."""
    return (
        word.i + 1 == ent.start
        and word.lower_ in _VIETNAMESE_WORD_FAMILY_NAMES
        and word.is_title
        and not word.is_sent_start
        and not _in_title_case(word.sent)
        and len(ent) >= 2
        and ent[0].lower_ in _VIETNAMESE_MIDDLE_NAMES
        and ent[0].is_title
    )


_NICKNAME_OPENERS = frozenset({'"', "“", "‘", "'"})


_NICKNAME_CLOSERS = frozenset({'"', "”", "’", "'"})


# What the recogniser calls the surname after a nickname ("Tiegen" ORG, "Pillai" PERSON).
_NICKNAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _with_nickname_between(ents: list[Span]) -> list[Span]:
    """'John “Tig” Tiegen', 'Rajesh "Raj" Pillai': the recogniser stops at the quotation marks
    and tags the surname alone, often as a body ("Tiegen" ORG), and the first name as a product
    or nothing. A first name of the lists, a capitalised word in quotation marks and the name
    right after it are one person, named in full ('Robert "Bobby" Tan', as the recogniser tags it
    when it sees it whole) — unless the article writes the first name in lower case: 'Will
    "Global" Britain survive?' opens a question."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    lower_words: frozenset[str] | None = None
    people: list[Span] = []
    for ent in ents:
        start = ent.start
        if ent.label_ not in _NICKNAMED_LABELS or start < 4 or not ent[0].is_title:
            continue
        closer = doc[start - 1]  # read first: most names have none before them
        if closer.text not in _NICKNAME_CLOSERS or not closer.whitespace_:
            continue
        first, opener, nickname = doc[start - 4], doc[start - 3], doc[start - 2]
        if opener.text not in _NICKNAME_OPENERS:
            continue
        if opener.whitespace_ or nickname.whitespace_ or not (nickname.is_title and nickname.is_alpha):
            continue
        if not (first.is_title and first.whitespace_ and _known_first_name(first.lower_)):
            continue
        if lower_words is None:
            lower_words = _lower_case_words(doc)
        if first.lower_ not in lower_words:
            people.append(Span(doc, start - 4, ent.end, label="PERSON"))
    return _giving_way(ents, people)


def _with_given_name_after(span: Span) -> Span:
    """'Kim Do-hyun', 'Moon Jae-in' with only the surname tagged: a hyphenated East Asian given
    name right after it (its second syllable in lower case) is the rest of the name, written
    surname first."""
    doc = span.doc
    end = span.end
    if end + 3 > len(doc) or not span[-1].whitespace_ or doc[end].ent_type_ or doc[end + 1].text != "-":
        return span
    if doc[end].whitespace_ or doc[end + 1].whitespace_ or not _given_name_hyphen(doc, end + 1):
        return span
    if doc[end + 2].is_title:
        return span  # "Jean-Marie" after a name opens the next person's name
    return Span(doc, span.start, end + 3, label=span.label_)


# A surname with an apostrophe ("O’Keeffe", "D’Souza"), which the recogniser often leaves
# out of the name before it and tags as a common noun at a sentence start.
_APOSTROPHE_SURNAME = re.compile(r"^[A-Z][’'][A-Z][a-z]+$")


def _with_apostrophe_surname(span: Span) -> Span:
    """'Kemal O’Keeffe' with only "Kemal" tagged: the surname right after joins the name."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return span
    after = doc[span.end]
    if after.ent_type_ or not _APOSTROPHE_SURNAME.match(after.text):
        return span
    return Span(doc, span.start, span.end + 1, label=span.label_)


def _with_surname_in_compound(span: Span, lower_words: frozenset[str]) -> Span:
    """'Shri Naveen| Mohapatra', 'K. Ramesh| Kumar': a person's name the recogniser cut before
    its last word, where the parse makes the name's last tagged word a compound of the
    capitalised proper noun right after it, which ends the noun phrase. Names it has no
    first-name list for (South Asian, West African) are cut so, after an initial or an
    honorific. Not a word of another entity, a title, a body's last word ("Foundation"), a
    reporting verb, a word the article writes in lower case ("Obama Says" in a headline), nor
    a label before a colon ("Name: Ana Ruiz Age: 27")."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or not span[-1].whitespace_ or span[-1].dep_ != "compound" or span[-1].head.i != end:
        return span
    after = doc[end]
    if not _untagged_name_word(after):
        return span
    if after.dep_ == "compound" or after.lower_ in lower_words or after.lower_ in _reporting_verb_forms():
        return span
    if end + 1 < len(doc) and doc[end + 1].text == ":":
        return span  # a form's next label: "Name: Gabrielle Hatcher Age: 27"
    low = after.lower_
    if low in _title_words() or low in TITLE_MODIFIERS or low in lexicons.load("organisation_nouns"):
        return span
    if low in _PLACE_AND_BODY_ENDINGS or low in STOP_WORDS:
        return span
    return Span(doc, span.start, end + 1, label=span.label_)


def _untagged_name_word(token) -> bool:
    """Whether ``token`` could be a name's word the recogniser left out: a capitalised proper
    noun of letters, in no entity, not opening its sentence."""
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ and not token.is_sent_start


# One capital letter and its full stop: an initial opening a name ("R. Venkatesh").
_INITIAL = re.compile(r"^[A-Z]\.$")


def _with_initial_tagged_as_other(ents: list[Span]) -> list[Span]:
    """'R.| Venkatesh' with the initial alone tagged a nationality (or another body's type) and the
    surname untagged: the initial is a person's, and :func:`_with_surname_in_compound` then joins
    the surname. Only where the parse makes the initial a compound of the capitalised proper noun
    right after it, in running text: an initial ending a sentence ("Terminal B. Officials said")
    heads nothing after it. Names after an initial are those the recogniser has no first-name list
    for (South Asian, West African), so it misreads the letter."""
    names = []
    for ent in ents:
        if len(ent) != 1 or ent.label_ == "PERSON" or not _INITIAL.match(ent.text) or ent.end >= len(ent.doc):
            names.append(ent)
            continue
        initial, after = ent[0], ent.doc[ent.end]
        if initial.whitespace_ != " " or initial.dep_ != "compound" or initial.head.i != after.i:
            names.append(ent)
            continue
        if not _untagged_name_word(after):
            names.append(ent)
            continue
        if ent.start and _letter_of_a_place(ent.doc[ent.start - 1], after):
            names.append(ent)
            continue
        names.append(Span(ent.doc, ent.start, ent.end, label="PERSON"))
    return names


def _letter_of_a_place(before, after) -> bool:
    """'Terminal B.| Officials', 'Block D.| Guards': a capitalised word before the letter, of the
    same noun phrase, that is no title or honorific makes the letter a part of a place's name (the
    parse runs the sentence on after it); a title before a name ('Minister R. Venkatesh') is no such
    word."""
    if not before.is_title or not before.is_alpha or before.head.i != after.i:
        return False
    low = before.lower_
    return low not in _title_words() and low not in TITLE_MODIFIERS and low not in HONORIFICS


def _with_honorific_name_in_two(ents: list[Span]) -> list[Span]:
    """'Alhaji Sani| Yusuf Bichi': a person's name of four words after an honorific, which the
    recogniser tags as two people side by side. Joined when the first opens with an honorific
    (one honorific is one person's), only a space parts them, and the parse makes the first's
    last word a compound inside the second. Two people named one after the other are parted
    by a comma or a word ("Ms. Ruiz and Tom Hale"), and take no honorific between them."""
    names = []
    for first, second in zip(ents, ents[1:]):
        if first.label_ != "PERSON" or second.label_ != "PERSON" or first.end != second.start:
            continue
        if first[0].lower_ not in HONORIFICS or len(first) < 2 or first[-1].whitespace_ != " ":
            continue
        if first[-1].dep_ != "compound" or not second.start <= first[-1].head.i < second.end:
            continue
        if second[0].lower_ in HONORIFICS:
            continue
        names.append(Span(first.doc, first.start, second.end, label="PERSON"))
    return _giving_way(ents, names)
