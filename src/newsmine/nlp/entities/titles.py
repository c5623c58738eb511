"""Titles beside a person's name: cut off the name, and collected for the record.

Title words the recogniser swept into a name are cut off ("Defender Ana Ruiz", "Charlotte
Mayor" before "Jennifer Roberts", "Dean Amar"), so that the name is the name. The titles a
person's record lists are read from the words right before the name, before a comma before
it, or from an appositive ("UN Secretary-General António Guterres", "Kenya's environment
minister, Amina Odhiambo,", "Guterres, the foreign minister, said").
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities.body_labels import COMPANY_WORDS as _COMPANY_WORDS
from newsmine.nlp.entities.person_labels import _titled_person
from newsmine.nlp.entities.torn_subjects import is_torn_subject
from newsmine.nlp.entities.word_lists import (
    _ARABIC_NAME_PARTICLES,
    _NO_SURNAME_PLACE_WORDS,
    _OF_TITLES,
    _SERVICE_MODIFIERS,
    HONORIFICS,
    TITLE_MODIFIERS,
)
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words
from newsmine.nlp.parser_labels import WH_PRONOUN_TAGS


def _modifier(token) -> bool:
    """A word of a title before its title word ("former", "deputy", "Fire" in "Fire Chief",
    "Crown" in "Crown Prince")."""
    return (
        token.lower_ in TITLE_MODIFIERS
        or (token.lower_ in _SERVICE_MODIFIERS and token.pos_ != "VERB")
        or _crown_of_heir(token)
    )


# An heir's title: "Crown Prince Turki bin Mansour" tagged whole is Turki bin Mansour, titled.
# Only before the title word, not a modifier of its own ("Crown Heights", "Lester Crown").
_HEIRS_TITLES = frozenset({"prince", "princess"})


def _crown_of_heir(token) -> bool:
    doc = token.doc
    return token.lower_ == "crown" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _HEIRS_TITLES


def _leading_title_end(span: Span) -> int:
    """Where the name starts after title words the recogniser swept into it ("Defender Ana
    Ruiz", "Finance Minister Okonkwo Adeyemi", "Centre Tom Reed"): the token index after the
    run of title words and their modifiers, or ``span.start`` when there is none."""
    titles = _title_words() - _OF_TITLES  # "Duke Bennett": a name, not a duke
    i, has_title = span.start, False
    while i < span.end - 1 and (span.doc[i].lower_ in titles or _modifier(span.doc[i])):
        has_title = has_title or span.doc[i].lower_ in titles
        i += 1
    if not has_title or not span.doc[i].is_title:
        return span.start
    if span.label_ != "PERSON" and not _titled_person(span.doc[i : span.end]):
        return span.start  # "Justice Department", "General Assembly": not a titled person
    if span.label_ != "PERSON" and (span[-1].lower_ in _PLACE_AND_BODY_ENDINGS or any(t.tag_ == "POS" for t in span.doc[i : span.end - 1])):
        return span.start  # "Prince George's County", "Prince William County": a place named after a titled person
    if any(t.lower_ in _NO_SURNAME_PLACE_WORDS and t.is_title for t in span.doc[i : span.end]):
        return span.start  # "Prince Edward Island", "Queen Elizabeth Hospital", "King County Sheriff" tagged PERSON
    if _given_name_title(span.doc[i - 1], span.doc[i : span.end]):
        return span.start  # "Emir Kusturica", "Sultan Nazarov": the first name, not a ruler's title
    if all(t.lower_ in _NAME_LESS_BODY_WORDS for t in span.doc[i : span.end]):
        return span.start  # "Conductor Labs", "Senator Group": a company, no person "Labs"
    return i


# Words that alone after a title word leave no one's name but a company's: "Conductor Labs",
# "Senator Group", "Pilot Software" (a title word as a brand); cutting the title made a person
# "Labs" (review46c: probe46d's arts titles made it more frequent: "Composer", "Conductor").
_NAME_LESS_BODY_WORDS = _COMPANY_WORDS | frozenset({"labs", "lab", "group", "studios", "records"})


def _with_title_word_of_company(span: Span) -> Span:
    """'Director Labs, a Boston software firm, …': a title word that opens a company's name,
    the recogniser tagging only the words after it a person ('Labs', 'Group') — the title
    outside the span, so :func:`_leading_title_end`'s guard never sees it. When every word of a
    person's span is a company word (:data:`_NAME_LESS_BODY_WORDS`) and a capitalised title
    word the recogniser left untagged stands right before it, the two are the company's name,
    an organisation. Not a span with a name in it ('Director Ana Group' stays a person), nor a
    title in lower case ('the director Labs' leaves the span as it was)."""
    doc, start = span.doc, span.start
    if span.label_ != "PERSON" or start == 0 or not all(t.lower_ in _NAME_LESS_BODY_WORDS for t in span):
        return span
    title = doc[start - 1]
    if title.ent_iob_ != "O" or not title.is_title or title.lower_ not in _title_words() or title.whitespace_ != " ":
        return span
    return Span(doc, start - 1, span.end, label="ORG")


# Rulers' titles that are also given names (Bosnian, Turkish, Central Asian: "Emir Kusturica").
_GIVEN_NAME_TITLES = frozenset({"emir", "sultan"})


def _given_name_title(title: Token, rest: Span) -> bool:
    """Whether ``title`` is rather the given name of the one surname after it ("Emir Kusturica
    said"): "Emir" or "Sultan" before one word that is no first name of the lists, in an article
    that writes no Arabic name with "bin", "bint" or "ibn". A ruler's full name holds one
    ("Emir Tamim bin Hamad Al Thani"), and his given name alone after the title ("Emir Tamim")
    is then his, the title cut off."""
    if title.lower_ not in _GIVEN_NAME_TITLES or len(rest) != 1 or _known_first_name(rest[0].lower_):
        return False
    return not token_indices(title.doc, LOWER, _ARABIC_NAME_PARTICLES)


# Titles that are also first names, so not in the titles list ("Dean Baker" is a name).
_TITLES_AS_FIRST_NAMES = frozenset({"dean"})


def _surnames_titled_in_words(doc: Doc) -> dict[str, set[str]]:
    """Surname -> the title words of _TITLES_AS_FIRST_NAMES written beside a person named in
    full with another first name ("Vikram Amar, dean of the law school", "law dean Vikram
    Amar"): a later "Dean Amar" is that person with the title."""
    found: dict[str, set[str]] = {}
    if not token_indices(doc, LOWER, _TITLES_AS_FIRST_NAMES):
        return found  # no such title word in the article (most): no entity to look at
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].lower_ in _TITLES_AS_FIRST_NAMES:
            continue
        near = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
        if ent.end < len(doc) and doc[ent.end].text == ",":
            near += [t.lower_ for t in doc[ent.end + 1 : ent.end + 4]]
        titles = set(near) & _TITLES_AS_FIRST_NAMES
        if titles:
            found.setdefault(ent[-1].text, set()).update(titles)
    return found


def _title_as_first_name(span: Span, titled_surnames: dict[str, set[str]]) -> bool:
    """'Dean Amar' after 'Vikram Amar, dean of …': a title that is also a first name, before
    the surname of someone the article gave that title in words."""
    if not titled_surnames:
        return False  # no one titled so in words (most articles): nothing of the span to read
    if span.label_ != "PERSON" or len(span) != 2 or span[0].lower_ not in _TITLES_AS_FIRST_NAMES:
        return False
    return span[0].lower_ in titled_surnames.get(span[-1].text, ())


def _title_of_the_next_name(span: Span) -> bool:
    """A PERSON tag that ends in a title word right before a person's name tagged on its own:
    'Charlotte Mayor' in 'Charlotte Mayor Jennifer Roberts' (not 'Larry King Live')."""
    doc = span.doc
    return (
        span.label_ == "PERSON"
        and len(span) >= 2
        and span[-1].lower_ in _title_words()
        and span.end < len(doc)
        and doc[span.end].ent_iob_ == "B"  # the name after it is tagged on its own
        and doc[span.end].ent_type_ == "PERSON"
    )


def _title_before_a_name(span: Span) -> bool:
    """A lone title or position word the recogniser tagged on its own right before a name
    ("Centre" GPE in "through Centre Tom Reed"), or before more title words and the name ("Lt."
    ORG in "Lt. Gov. Eric Holcomb", "Sens." PERSON in "Sens.\xa0John McCain"), or a word of
    :data:`_DUTY_WORDS` before a title word and the name ("Press" ORG in "Press secretary Dana
    Lowe"): the person's title, not an entity."""
    doc = span.doc
    titles = _title_words()
    if len(span) != 1 or (span[0].lower_ not in titles and span[0].lower_ not in _DUTY_WORDS):
        return False
    i = span.end
    while i < len(doc) and doc[i].ent_type_ != "PERSON" and (doc[i].is_space or doc[i].lower_ in titles):
        i += 1
    if span[0].lower_ in _DUTY_WORDS and i == span.end:
        return False  # "Press" before no title word: the press itself
    return i < len(doc) and doc[i].ent_type_ == "PERSON"


def _title_after_a_determiner(span: Span) -> bool:
    """A lone title word the recogniser tagged a person after an article: 'the Sheikh said'
    after 'Sheikh Hamad Al Thani', 'Hamad Al Thani, a Sheikh, said', 'the Emir said'. It is a
    title, not a name: as a person of its own it became a second person named 'Sheikh', and the
    speaker 'the Sheikh' went to it instead of the one the article titled so, as 'the sheikh' in
    lower case does (leftovers64)."""
    return span.label_ == "PERSON" and len(span) == 1 and _lone_title_word(span[0])


def _lone_title_word(token: Token) -> bool:
    """Whether ``token`` is a title word right after an article ('the Sheikh', 'a Sheikh')."""
    return token.i > 0 and token.lower_ in lexicons.load("titles") and token.doc[token.i - 1].lower_ in ("the", "a", "an")


# Words of a title that say what its holder deals with, tagged an organisation on their own
# before the title word ("Press secretary Dana Lowe" with "Press" an ORG, which a later "the
# newspaper" then took for an outlet). Not "House", "State", "White": bodies of their own.
_DUTY_WORDS = frozenset({"press", "communications", "campaign"})


def _acronym_in_brackets_ends(doc, i: int) -> bool:
    """Whether token ``i`` closes a bracketed acronym right after a title word: the "(DC)" of
    "District Collector (DC) Anjali Das", as news in South Asia write an office before its
    short form (which the article then uses: "the DC said")."""
    if i < 3 or doc[i].text != ")" or doc[i - 2].text != "(":
        return False
    acronym = doc[i - 1].text
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 5):
        return False
    # the office's title word right before it, or before "of X" ("Superintendent of Police (SP)")
    return doc[i - 3].lower_ in _title_words() or (i >= 5 and doc[i - 4].lower_ == "of" and doc[i - 5].lower_ in _title_words())


def _titles_before(span: Span) -> str | None:
    """A title written right before a person's name: 'UN Secretary-General' in
    'UN Secretary-General António Guterres'."""
    doc = span.doc
    titles = _title_words()
    i = span.start - 1
    end = span.start  # where the title ends: before an honorific right before the name
    if i >= 1 and doc[i].lower_ in HONORIFICS and doc[i - 1].lower_ in titles:
        end = i  # "Superintendent Dr. Lauren Pike": the title before the honorific
        i -= 1
    elif i >= 1 and doc[i].lower_ in HONORIFICS and _acronym_in_brackets_ends(doc, i - 1):
        end = i - 3  # "District Collector (DC) Smt. Anjali Das": the title before its acronym
        i -= 4
    elif _acronym_in_brackets_ends(doc, i):
        end = i - 2  # "Block Development Officer (BDO) Ravi Rao"
        i -= 3
    start = end
    has_title_word = False
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        if low in HONORIFICS:
            break
        glued_hyphen = tok.text in {"-", "–"} and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
        # the end of a hyphenated title ("President-elect": "President", "-", "elect")
        glued_end = (
            i >= 2 and doc[i - 1].text in {"-", "–"} and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
            and doc[i - 2].lower_ in titles
        )  # fmt: skip
        if (low in titles and not _title_word_as_verb(tok)) or _body_member(doc, i, end):
            has_title_word = True
        elif glued_hyphen or glued_end or _modifier(tok):
            pass
        elif tok.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") and tok.pos_ in ("PROPN", "ADJ", "NOUN"):
            pass  # "UN", "U.S.", "Democratic" in "U.S. Sen.", "Democratic nominee"; "Lake Alden Mayor" (FAC)
        elif tok.is_title and tok.pos_ == "PROPN" and tok.ent_type_ == "" and i == end - 1:
            pass  # "Sen." tagged as a name piece
        elif tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and i + 1 < end and (doc[i + 1].lower_ in titles or _body_member(doc, i + 1, end)):
            pass  # "Transport Minister", "Finance Minister"
        else:
            break
        start = i
        i -= 1
    if not has_title_word or start == end:
        return None
    # Do not start on a connector or modifier that belongs to the sentence ("said former").
    while start < end and doc[start].lower_ in {"-", "–", "the", "a"}:
        start += 1
    text = doc[start:end].text.strip()
    return text or None


def _title_word_as_verb(token: Token) -> bool:
    """Whether a title word in lower case is a verb with its own "to", modal or subject ("to
    marshal Ruiz's allies", "voters will judge Ruiz's record"), no title of the name after it.
    The parse alone is not enough: it makes verbs of nouns before a name too ("and billionaire
    Eli Broad", "screenwriter Cole Haddon wrote": no "to", modal or subject of their own)."""
    return token.pos_ == "VERB" and token.is_lower and any(c.dep_ in ("aux", "nsubj") for c in token.children)


def _body_member(doc: Doc, i: int, end: int) -> bool:
    """'member' right before the name, after the body's capitalised name: "Council member Sandra
    Liu", "Board member Tom Akers" (not "a member", which no list of titles could hold)."""
    return (
        doc[i].lower_ == "member" and i + 1 == end and i > 0 and doc[i - 1].is_title
        and doc[i - 1].pos_ in ("NOUN", "PROPN")
    )  # fmt: skip


def _title_before_comma(span: Span) -> str | None:
    """'Kenya's environment minister, Amina Odhiambo,' -> 'Kenya's environment minister'.

    spaCy often attaches such a name as an appositive of the wrong word ('The mayor of
    Lindholm, Erik Sand' -> appos of 'Lindholm'), so this reads the words instead: a short
    noun phrase holding a title word, right before a comma right before the name. A title opens
    on no preposition: 'with the Fed's chairwoman, Janet Yellen' -> 'Fed's chairwoman', 'As
    Virginia's governor, Tim Kaine' -> 'Virginia's governor'. An honorific before the name is
    skipped only after a noun phrase opening the sentence or after 'according to' ('The coroner,
    Dr. Imogen Tait,', 'according to its chief nursing officer, Dr. Alison Mbeki'): elsewhere, as
    in 'On the campaign trail, Mrs. Clinton' or '… Senator Ted Cruz of Texas, Mr. Trump', the
    words before the comma are seldom the title of the one the honorific names.
    """
    doc = span.doc
    comma = span.start - 1
    honorific = comma >= 1 and doc[comma].lower_ in HONORIFICS
    if honorific:
        comma -= 1
    if comma < 1 or doc[comma].text != "," or doc[comma].sent.start > comma - 1:
        return None
    sent_start = doc[comma].sent.start
    start = comma
    while start > sent_start and comma - start < 8:
        tok = doc[start - 1]
        if tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or (tok.is_punct and tok.text not in ("-", "–")) or tok.is_quote:
            break
        if tok.tag_ in WH_PRONOUN_TAGS:  # "whose", "who", "which": the title stops there
            break  # "Ruiz, whose campaign chairman, Tom Berg,": the title opens after "whose"
        start -= 1
    words = doc[start:comma]
    if start - 1 == sent_start and doc[start - 1].tag_ == "VBG" and any(t.dep_ == "dobj" and t.head.i == start - 1 for t in words):
        # "Presenting the prize for best actor, Helena Marsh": what she presents, no title of
        # hers (not "told the judge, Amanda Price": the object is named by the apposition)
        return None
    titles = _title_words()
    if not len(words) or not any(t.lower_ in titles for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    if not _headed_by_a_title(words, titles):
        return None  # "Speaking outside his campaign office, Alberto Ruiz said": a place, no title
    if all(t.ent_type_ == "PERSON" for t in words if t.lower_ not in ("the", "a", "an")):
        return None  # a list of names ("Ana Ruiz, Erik Sand"), not a title
    if _ends_in_another_name(words):
        return None  # "Gov. Lena Marsh, Adam Pruitt and …": the title of the name before the comma
    after_according = start > 0 and doc[start - 1].lower_ == "according"
    if honorific and not ((start == sent_start and doc[start].pos_ != "ADP") or after_according):
        return None
    if span.end < len(doc) and not doc[span.end].is_punct and _inside_according_to(doc, sent_start, start):
        # "According to a person familiar with the campaign's planning, Trump will …": the
        # source, then the clause's subject (an apposition is set off after the name too:
        # "according to its spokesman, Tom Reyes, the …")
        return None
    start = _after_spoken_words(doc, start, comma)
    while start < comma and doc[start].pos_ == "ADP":
        start += 1
    while start < comma and doc[start].lower_ in {"the", "a", "an", "another", "their", "its", "his", "her", "our"}:
        start += 1
    return doc[start:comma].text or None


def _after_spoken_words(doc: Doc, start: int, comma: int) -> int:
    """Where the title opens past a word of speech and its "of": "Mr. Dunn's criticism of the
    auditor, Ray Tull," titles Tull "the auditor", not "Mr. Dunn's criticism of the auditor"
    (desc54: a headline's "Criticism within party …" then went to the judge so titled). A noun
    that heads an attribution cue (``cue_nouns``: criticism, attack, praise, claim) is someone's
    words, never a person's title; "The mayor of Lindholm" and "the wife of the mayor" keep
    their "of"."""
    cue_nouns, titles = lexicons.load("cue_nouns"), _title_words()
    for i in range(comma - 2, start, -1):
        if doc[i].lower_ == "of" and (doc[i - 1].lower_ in cue_nouns or doc[i - 1].lemma_.lower() in cue_nouns):
            # only when the title word is past the "of" ("criticism of the auditor"); else as before
            return i + 1 if any(t.lower_ in titles for t in doc[i + 1 : comma]) else start
    return start


def _inside_according_to(doc: Doc, sent_start: int, start: int) -> bool:
    """Whether the words from ``start`` stand in an 'according to' phrase opened before them
    in their clause (no punctuation between): the walk back to a title stops within a long one."""
    j = start
    while j > sent_start + 1 and not doc[j - 1].is_punct:
        if doc[j - 2].lower_ == "according" and doc[j - 1].lower_ == "to":
            return True
        j -= 1
    return False


def _headed_by_a_title(words: Span, titles: frozenset[str]) -> bool:
    """The phrase's head is a title word: its last word ("Kenya's environment minister"), or
    the word before a preposition ("The mayor of Lindholm", "spokesman for the campaign"), or
    a person's trade a title word modifies ("Its chief meteorologist"). A title word modifying
    a thing ("campaign office", "campaign rally", "high school") heads no title."""
    for i, token in enumerate(words):
        if token.lower_ in titles and (i == len(words) - 1 or words[i + 1].pos_ == "ADP" or words[i + 1].tag_ == "POS"):
            return True
    last = words[-1].lower_
    return last in lexicons.load("person_nouns") or (len(last) >= 6 and last.endswith(("ist", "ian")))


def _appositive_title(span: Span) -> str | None:
    """'Guterres, the UN secretary-general, said' -> 'UN secretary-general'."""
    head = span.root
    titles = _title_words()
    for child in head.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        if appositive_name_between(head, child) is not None:
            continue  # "a letter to Ruiz, Whitcombe, head of …": the nearer name's title
        if is_torn_subject(child):
            continue  # "In an interview with host Mika Brzezinski, the candidate stated"
        sub = _without_relative_clause(child)
        if len(sub) > 8 or (child.ent_type_ == "PERSON" and not _lone_title_word(child)):
            continue  # a name in apposition; not 'Hamad Al Thani, a Sheikh,' tagged a person
        if not any(t.lower_ in titles for t in sub):
            continue
        start = sub[0].i
        end = sub[-1].i + 1
        while start < end and span.doc[start].lower_ in {"the", "a", "an", "another", ","}:
            start += 1
        end = _before_a_time(span.doc, start, end)
        end = _before_a_possessed_noun(span.doc, start, end, titles)
        while end > start and span.doc[end - 1].is_punct:
            end -= 1
        if _ends_in_another_name(span.doc[start:end]):
            continue  # "Rubio, like Vice President Lena Marsh, …": her title, not his
        text = span.doc[start:end].text
        return text or None
    return None


def _without_relative_clause(appositive: Token) -> list[Token]:
    """The appositive's words up to a relative clause on it or on a word of it: "a political
    scientist at Ohio State University who has studied …" -> "a political scientist at Ohio
    State University" (the clause says what the person did, not what they are)."""
    words = list(appositive.subtree)
    for word in words:
        if word.dep_ == "relcl" and word.head.i >= appositive.i:
            return [w for w in words if w.i < word.left_edge.i]
    return words


# Prepositions that open a time a title was held in: "the bank's governor since June 2024".
_TIME_PREPOSITIONS = frozenset({"since", "until", "till", "from", "between", "in", "for"})


def _before_a_time(doc: Doc, start: int, end: int) -> int:
    """Where a title read from an appositive ends before the time it was held: "the bank's
    governor since June 2024" -> "the bank's governor" (a preposition of
    :data:`_TIME_PREPOSITIONS` followed by a date)."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in _TIME_PREPOSITIONS and doc[i + 1].ent_type_ == "DATE":
            return i
    return end


def _before_a_possessed_noun(doc: Doc, start: int, end: int, titles: frozenset[str]) -> int:
    """Where a title read from an appositive ends before a possessive that follows its title
    word and what the title holder leads ("of …"), when the possessed noun runs straight into
    the sentence's verb, no comma closing the title: "Meghan, Duchess of Sussex's charity sent
    …" -> "Duchess of Sussex" (the charity is hers, not part of her title). Not "chair of the
    party's platform committee, said" (the committee is what she chairs), nor when a person's
    word follows the possessive ("the secretary of state's top aide"), nor when the possessive
    comes before the title word ("the UN's secretary-general")."""
    if end >= len(doc) or doc[end].pos_ not in ("VERB", "AUX"):
        return end  # a comma or more words close the title: the possessive is inside it
    person_words = titles | lexicons.load("person_nouns")
    for i in range(start + 2, end):
        if doc[i].tag_ != "POS" or doc[i - 1].lower_ == "of":
            continue
        title_of = any(doc[j].lower_ in titles and doc[j + 1].lower_ == "of" for j in range(start, i - 1))
        if title_of and not any(t.lower_ in person_words for t in doc[i + 1 : end]):
            return i
    return end


def appositive_name_between(head: Token, appositive: Token) -> Token | None:
    """A proper name set off by a comma in apposition to ``head`` between it and its later
    ``appositive``: "Ruiz, Whitcombe, head of the institute", which the parse hangs both on
    "Ruiz". An apposition describes the phrase right before it, so the description belongs
    to that nearer name. The name is set off by commas on both sides: a parenthesis between
    ("Moss (D-Ohio), chair of …") is no name of another, nor a possessor the parse hung as an
    apposition ("Rahm Moss, President Lee's chief of staff")."""
    doc = head.doc
    for sibling in head.children:
        if (
            sibling.dep_ == "appos"
            and head.i < sibling.i < appositive.left_edge.i
            and sibling.pos_ == "PROPN"
            and doc[sibling.left_edge.i - 1].text == ","
            and "," in (doc[sibling.right_edge.i].text, doc[min(sibling.right_edge.i + 1, len(doc) - 1)].text)
        ):  # the closing comma is the parse's child of the name or its next word
            return sibling
    return None


# Words that tie a name ending a title to the titled person's role: "spokesman for Sen. Adam
# Pruitt", "daughter of former President Lena Marsh", "aide to Gov. Pruitt".
_ROLE_PREPOSITIONS = frozenset({"for", "of", "to", "with", "at"})


def _ends_in_another_name(words: Span) -> bool:
    """Whether a title read beside a name ends in another person's name (a known first name
    and a surname, or a name after a title: "President Obama") with its own title, not
    governed by a preposition of a role: "Gov. Lena Marsh" before ", Adam Pruitt" (a list
    of people), "fellow billionaire Lena Marsh" in apposition; not "spokesman for Sen. Lena
    Marsh", which is a title of the person it stands beside."""
    if not len(words) or words[-1].ent_type_ != "PERSON":
        return False
    titles = _title_words()
    doc = words.doc
    name_start = words.end - 1
    while name_start > words.start and doc[name_start - 1].ent_type_ == "PERSON":
        name_start -= 1
    before = doc[name_start - 1].lower_ if name_start > 0 else ""
    if not (_known_first_name(doc[name_start].lower_) or before in titles or before in HONORIFICS):
        return False  # "the Obama White House", "the group Citizens United" tagged as people: no one's name
    i = words.end - 1
    while i >= words.start:
        tok = words.doc[i]
        if tok.ent_type_ == "PERSON" or tok.lower_ in titles or tok.lower_ in TITLE_MODIFIERS or tok.lower_ in HONORIFICS:
            i -= 1
        elif tok.lower_ in ("the", "a", "an") or (tok.is_title and tok.pos_ == "PROPN") or tok.ent_type_ in ("ORG", "GPE", "NORP"):
            i -= 1  # "House Speaker", "New Jersey Gov.", "the"
        else:
            break
    return i < words.start or words.doc[i].lower_ not in _ROLE_PREPOSITIONS
