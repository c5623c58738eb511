"""Names the recogniser missed, found by the curated lists and by the article's own names.

People written as a known first name and a surname, later bare surnames of people named in
full, listed places and outlets, committees and companies ("… PAC", "Inc."), and the names in
lines written in capitals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from newsmine.nlp import lexicons
from newsmine.nlp.dates.words import WEEKDAYS
from newsmine.nlp.doc_attrs import in_excluded, token_indices
from newsmine.nlp.entities.body_labels import _COMPANY_ENDINGS
from newsmine.nlp.entities.body_labels import PLATFORMS as _PLATFORMS
from newsmine.nlp.entities.candidates import _Candidate, _first_named_body
from newsmine.nlp.entities.kin_given_names import after_kin_noun
from newsmine.nlp.entities.names import _EDGE_MARKS, _name_tokens, _outlet_alias
from newsmine.nlp.entities.names import fold as _fold
from newsmine.nlp.entities.opening_surnames import opening_surname
from newsmine.nlp.entities.whole_names import _APOSTROPHE_SURNAME
from newsmine.nlp.entities.word_lists import (
    _NO_SURNAME_PLACE_WORDS,
    EAST_ASIAN_FAMILY_NAMES,
    HONORIFICS,
    TITLE_MODIFIERS,
    _hyphenated_given_name,
    inner_capital_given_name,
    syllables_of_a_given_name,
)
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.entities.word_lists import title_words as _title_words

# A line of capitals ("MAYOR OKAFOR WINS SECOND TERM"): three words or more and no lower
# case (a dateline "WASHINGTON (AP) —" is not one).
# The test for no lower-case letter first: it stops at a line's first one, where the count of
# capitalised words read the line with backtracking (the same lines, 0.12 -> 0.02 ms an article).
_CAPS_LINE_RE = re.compile(r"^(?=[^a-z\n]+$)(?=(?:[^\n]*?[A-Z]{2,}\b){3})[^a-z\n]+$", re.MULTILINE)
_LONGEST_NAME = 6  # tokens


def _with_caps_line_names(doc: Doc, text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Names in lines written in capitals, found by the names of the rest of the article.

    The recogniser reads an all-caps headline badly: it misses the names ("MAYOR OKAFOR WINS
    SECOND TERM") or tags runs of words. Every name the body gives (and a person's surname)
    is looked for in such a line, case aside, and takes the body's label; the recogniser's
    own tags there stand only where they are such a name."""
    lines = [(m.start(), m.end()) for m in _CAPS_LINE_RE.finditer(text)]
    if not lines:
        return candidates

    def in_caps_line(span: Span) -> bool:
        return any(start <= span.start_char and span.end_char <= end for start, end in lines)

    # The curated lists' places and outlets stand in a caps line too ("CHINA", "REUTERS").
    listed = lexicons.load("places") | lexicons.load("outlets")
    body = [cand for cand in candidates if not in_caps_line(cand.span)]
    kept = [cand for cand in candidates if in_caps_line(cand.span) and " ".join(cand.tokens) in listed]
    known: dict[tuple[str, ...], str] = {}
    for cand in body:
        known.setdefault(cand.tokens, cand.label)
        if cand.label == "PERSON" and len(cand.tokens) >= 2:
            known.setdefault(cand.tokens[-1:], "PERSON")  # "OKAFOR" for Linda Okafor
    found = []
    for start, end in lines:
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None:
            continue
        i = line.start
        while i < line.end:
            match = None
            for j in range(min(line.end, i + _LONGEST_NAME), i, -1):
                tokens = tuple(t.lower_.replace(".", "") for t in doc[i:j])
                if tokens in known and doc[i].is_alpha:
                    match = j
                    break
            if match is None:
                i += 1
                continue
            span = Span(doc, i, match, label=known[tokens])
            if not in_excluded(doc, span.start_char, span.end_char) and not any(c.span.start == i for c in kept):
                found.append(_Candidate(span, known[tokens], tokens))
            i = match
    return body + kept + found


# Two capitalised words in a row: where a missed "First Last" name can be.
# overlapping: "Mayor Ana Ruiz"; a hyphenated given name is one first word ("Hye-jin Dorsey"),
# and so is one with a capital inside ("LaToya Price", "DeShawn Miles": :func:`~.word_lists.inner_capital_given_name`)
# The surname may open with the Arabic article ("Khalil al-Mansouri", group 3), which the
# tokenizer makes two tokens of ("al", "-").
# (The capital and small letter asked first: the word boundary's test, at every character, is slower.)
_TWO_NAMES_RE = re.compile(
    r"(?=[A-Z][a-z])\b(?=([A-Z][a-z]+(?:[A-Z][a-z]+|-[A-Za-z][a-z]+)?)[ \t]+((?:[ae]l-)?([A-Z][\w’'-]*[a-z])))"
)
# Given names before an unlisted first name and a bare surname ("Ahmet| Nuri Gündoğdu"): at most
# two more, so such a name has four words at the most.
_MAX_MORE_GIVEN_NAMES = 2


def _taken(candidates: list[_Candidate], tagged: frozenset[int]) -> set[int]:
    """The token positions a name already holds: the candidates' and those ``tagged`` (the
    recogniser's entities', read once for the article: ``doc.ents`` builds its spans anew at
    every read)."""
    taken = set(tagged)
    for cand in candidates:
        taken.update(range(cand.span.start, cand.span.end))
    return taken


def _missed_people(
    doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str], text: str, tagged: frozenset[int]
) -> list[_Candidate]:
    """People the recogniser missed, written as a known first name and a capitalised surname
    ("Mayor Ana Ruiz said"). A first name that is also a place ("Virginia Beach") or a word
    before another name ("Jordan River Road") is left alone. ``tagged``: the token positions of
    the recogniser's entities.

    The surname may be one the recogniser tagged alone as a body or a place ("Ilya Shapiro
    argues", "Shapiro" an organisation there and in every later "Shapiro said"): a first name
    of the lists, untagged and never written in lower case in the article, before it makes it
    a person's surname (:func:`_without_surnames_taken` drops the body the recogniser made of it)."""
    female, male = lexicons.load("first_names_female"), lexicons.load("first_names_male")
    places, outlets = lexicons.load("places"), lexicons.load("outlets")
    alone = {c.span.start for c in candidates if len(c.span) == 1 and c.label != "PERSON"}
    # surnames the recogniser tagged a person without the given name before them ("said Paloma
    # Wu", only "Wu" tagged): the given name joins them as it joins a surname tagged a body
    # unless the word is the given name of someone the article names in full ("Crazy Bernie"
    # beside "Bernie Sanders", "Morning Joe hosts Joe Scarborough")
    given_names = {c.tokens[0] for c in candidates if c.label == "PERSON" and len(c.tokens) > 1}
    alone_people = {
        c.span.start for c in candidates if len(c.span) == 1 and c.label == "PERSON" and c.tokens and c.tokens[0] not in given_names
    }
    # surnames the recogniser tagged alone ("Okonjo said"), whose first name no list knows
    # (not the surname of someone named in full, nor in the headline's title case)
    bare_surnames = {c.tokens[0] for c in candidates if c.label == "PERSON" and len(c.tokens) == 1}
    bare_surnames |= _lone_speaking_names(doc)
    bare_surnames -= {c.tokens[-1] for c in candidates if c.label == "PERSON" and len(c.tokens) > 1}
    headline_end = text.find("\n")
    taken: set[int] | None = None
    found = []
    end = -1
    for match in _TWO_NAMES_RE.finditer(text):
        word = match.group(1).lower()
        if "-" not in word and not match.group(1)[1:].islower() and not inner_capital_given_name(match.group(1)):
            continue  # "McCain Campaign", "DeVos Family": a capital inside a word of no list
        # a known first name, or any first word before a surname of the "O’Keeffe" shape
        apostrophe = _APOSTROPHE_SURNAME.match(match.group(2)) is not None and word not in lower_words
        unlisted = (
            (_fold(match.group(3).lower()) in bare_surnames or after_kin_noun(text, match.start()))
            and match.start() > headline_end
            and _unlisted_first_name(word, lower_words)
        )
        hyphenated = _hyphenated_given_name(*match.group(1).split("-")) if "-" in word else False
        if match.start() < end or (word not in female and word not in male and not apostrophe and not unlisted and not hyphenated) or word in places:
            continue
        span = doc.char_span(match.start(1), match.end(2), alignment_mode="expand")
        given = 3 if hyphenated else 1  # "Hye-jin" is three tokens
        article = 2 if match.start(3) > match.start(2) else 0  # "al", "-" of "al-Mansouri"
        if span is None or len(span) != given + 1 + article or span[:given].text.lstrip(_EDGE_MARKS) != match.group(1):
            continue  # ("-Todd Rogers and …": a list dash glued to the first name is one token)
        first, last = span[0], span[-1]
        if taken is None:  # built only for articles with a candidate
            taken = _taken(candidates, tagged)
        if hyphenated and any(i in taken and not _inside_given_name(candidates, i, span) for i in range(first.i, last.i)):
            continue
        if (
            (last.pos_ != "PROPN" and not apostrophe)
            # "Though Trump", "Thing Trump", "Besides Centerview": no first name
            or (unlisted and (first.pos_ != "PROPN" or first.is_stop))
            or (first.i in taken and not hyphenated)
            or (last.i in taken and (last.i not in alone | alone_people or first.lower_ in lower_words))
            or (last.i in alone_people and not _single_given_name(first))
            or (last.lower_ in places and not _surname_like_place(first, last))
            or last.lower_ in outlets
            or last.lower_ in lower_words  # "Zoe Questioned", "Graham Endorsement": a headline's word
            or (last.lower_ in _PLACE_AND_BODY_ENDINGS and not _after_a_title(first) and not hyphenated)  # "Ji-hoon Park"
            or (last.lower_ in _NO_SURNAME_PLACE_WORDS and last.is_title)  # "Prince Edward Island": nobody's surname
            or (last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].is_title)
            or in_excluded(doc, first.idx, last.idx + len(last))
        ):
            continue
        if unlisted and not hyphenated:
            first = _with_more_given_names(first, lower_words, taken)  # "Ahmet Nuri Gündoğdu"
        span = Span(doc, first.i, last.i + 1, label="PERSON")
        found.append(_Candidate(span, "PERSON", _name_tokens(span)))
        end = match.end(2)
    return found


# A family name written first and a hyphenated East Asian given name ("Kim Min-jun", "Lee
# Jae-myung", "Park Ji-hoon"): the family word, then the given name's two syllables, glued.
_FAMILY_NAME_FIRST_RE = re.compile(r"(?<![\w-])([A-Z][a-z]{1,5}) ([A-Z][a-z]{0,4})-([a-z]{1,5})(?![\w-])")


def _missed_family_first_names(
    doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str], text: str, tagged: frozenset[int]
) -> list[_Candidate]:
    """Korean names written family name first with a hyphenated given name ("Kim Min-jun, a
    baker, …") that the recogniser left untagged whole, as it does at a story's first words
    after a headline. :func:`_missed_people` reads a given name before a surname and so misses
    them ("Kim" a first name of the lists, "Min-jun" no surname); the later "Kim said" was
    then a person of its own. The given name must have the syllables' shape
    (:func:`~.word_lists.syllables_of_a_given_name`: not "Texas-based", "Bush-era"), the family
    word be one of :data:`~.word_lists.EAST_ASIAN_FAMILY_NAMES` ("Seoul Ji-hoon", "Coach
    Min-jun", "Daily Tai-chi sessions" are no names) and no function word ("In Bo-ra's view"),
    and a proper noun when the article writes it in lower case too ("Park Ji-hoon … in a park")."""
    taken: set[int] | None = None
    found = []
    for match in _FAMILY_NAME_FIRST_RE.finditer(text):
        family = match.group(1).lower()
        if not syllables_of_a_given_name(match.group(2), match.group(3)):
            continue
        if family not in EAST_ASIAN_FAMILY_NAMES:
            continue  # "Daily Tai-chi sessions", "Seoul Ji-hoon", "Coach Min-jun"
        span = doc.char_span(match.start(1), match.end(3))
        if span is None or len(span) != 4 or in_excluded(doc, span.start_char, span.end_char):
            continue
        if span[0].is_stop or (family in lower_words and span[0].pos_ != "PROPN"):
            continue  # "In Bo-ra's view"; a family name the article writes as a word too ("Park", "the park") is a proper noun here
        if taken is None:
            taken = _taken(candidates, tagged)
        if any(i in taken for i in range(span.start, span.end)):
            continue
        span = Span(doc, span.start, span.end, label="PERSON")
        found.append(_Candidate(span, "PERSON", _name_tokens(span)))
    return found


def _with_more_given_names(first: Token, lower_words: frozenset[str], taken: set[int]) -> Token:
    """The first word of a name found as an unlisted first name and a bare surname, taken back
    over the given names before it ("the cleric, Ahmet Nuri Gündoğdu", the later "Gündoğdu"
    tagged alone): up to two capitalised proper nouns right before it on its line, untagged,
    that are no title ("Field Marshal Khalil al-Mansouri"), honorific, day or month, place, nor
    a word the article writes in lower case; an unlisted one not straight after a place the
    recogniser tagged ("In Istanbul Kadıköy Nuri Gündoğdu")."""
    doc = first.doc
    start = first.i
    while start > 0 and first.i - start < _MAX_MORE_GIVEN_NAMES:
        word = doc[start - 1]
        if word.i in taken or word.whitespace_ != " " or not (word.is_title and word.is_alpha) or word.pos_ != "PROPN":
            break
        if not _unlisted_first_name(word.lower_, lower_words) or word.lower_ in TITLE_MODIFIERS:
            break
        if _after_a_tagged_place(word) and not _known_first_name(word.lower_):
            break  # "In Istanbul Kadıköy Nuri Gündoğdu": a district after its city, no given name
        start -= 1
    return doc[start]


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _after_a_tagged_place(word: Token) -> bool:
    """Whether the word right before ``word`` ends a place the recogniser
    tagged: a capitalised word straight after a city ("In Istanbul Kadıköy …") names a part of
    it far more often than a person's given name, which a place runs into only without the
    comma news writes ("In Istanbul, Ahmet …")."""
    return word.i > 0 and word.doc[word.i - 1].ent_type_ in _PLACE_LABELS


# "Prince Edmund", "Queen Sofia": a royal title before a given name alone (no surname follows).
_ROYAL_NAME_RE = re.compile(r"\b(?:Prince|Princess|King|Queen)[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _missed_royals(doc: Doc, candidates: list[_Candidate], text: str, tagged: frozenset[int]) -> list[_Candidate]:
    """Royals the recogniser missed, written as a royal title and a given name of the lists
    ("Prince Edmund will step down"): royals go by their given name, which no rule for a
    first name and a surname finds. The title stays outside the name, as other titles do."""
    if "Prince" not in text and "King" not in text and "Queen" not in text:
        return []  # no royal title ("Princess" holds "Prince"): the pattern tried at every word finds none
    female, male = lexicons.load("first_names_female"), lexicons.load("first_names_male")
    taken = None
    found = []
    for match in _ROYAL_NAME_RE.finditer(text):
        word = match.group(1).lower()
        if word not in female and word not in male:
            continue
        span = doc.char_span(match.start(1), match.end(1))
        if span is None or len(span) != 1 or span[0].pos_ != "PROPN" or in_excluded(doc, span.start_char, span.end_char):
            continue
        if _royal_name_a_place(doc, span.start):
            continue
        if taken is None:
            taken = _taken(candidates, tagged)
        if span.start in taken:
            continue
        found.append(_Candidate(Span(doc, span.start, span.end, label="PERSON"), "PERSON", _name_tokens(span)))
    return found


def _royal_name_a_place(doc: Doc, name: int) -> bool:
    """Whether the royal title and given name ending at token ``name`` name a town ("in Prince
    Rupert", "Prince George, British Columbia"): written after "in" or before a comma and a
    region, as towns are and royals are not."""
    if name >= 2 and doc[name - 2].lower_ == "in":
        return True
    return name + 2 < len(doc) and doc[name + 1].text == "," and doc[name + 2].ent_type_ == "GPE"


def _lone_speaking_names(doc: Doc) -> set[str]:
    """The one-word proper nouns the article makes the subject of a reporting verb alone
    ("Ndlovu said on Wednesday"), folded as :func:`_missed_people` reads ``bare_surnames``.

    A surname the recogniser left untagged everywhere ("Mpho Ndlovu said …", later "Ndlovu
    said") is not among the tagged bare surnames, so the unknown first name before it was never
    joined and the later "Ndlovu" stood as a person of its own (session 65). Speaking alone makes
    the word a surname as a PERSON tag does; the first name is still checked as one
    (:func:`_unlisted_first_name`: no title, day, place or word the article writes in lower case:
    "Minister Ndlovu", "Yesterday Ndlovu"; no function word: "Besides Centerview"). The word must
    stand alone (not the end of a capitalised run: "Mpho Ndlovu said" itself, "Acme Mining
    said"), be singular ("Latino Republicans said") and no platform ("Twitter said"): those
    speak alone as bodies, and a capitalised word before them names no person."""
    cues = lexicons.load("cues")
    found = set()
    for token in doc:
        if token.dep_ != "nsubj" or token.tag_ != "NNP" or not (token.is_title and token.is_alpha):
            continue  # a singular proper noun: not "Latino Republicans said"
        if token.lower_ in _PLATFORMS:
            continue  # "Twitter said": a company the recogniser takes for a person ("''Wilayat Twitter''")
        if token.head.lemma_ not in cues:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.is_title and before.pos_ == "PROPN":
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN":
            continue
        found.add(_fold(token.lower_))
    return found


def _single_given_name(first: Token) -> bool:
    """'Paloma' of "said Paloma Wu", not 'Professors' of "Professors Foner and Alba said": a
    singular proper noun and no title's plural before a surname the recogniser tagged alone."""
    return first.tag_ == "NNP" and not (first.lower_.endswith("s") and first.lower_[:-1] in _title_words())


def _unlisted_first_name(word: str, lower_words: frozenset[str]) -> bool:
    """'Nkechi' of "Nkechi Okonjo was elected" (the recogniser tags only the later "Okonjo"): a
    capitalised word no list knows, before a surname the article's people bear alone, is their
    first name — unless the article writes it in lower case, or it is a title, a day or month."""
    return (
        len(word) >= 3 and word not in lower_words and word not in _title_words() and word not in HONORIFICS
        and word not in _CALENDAR_WORDS and word not in lexicons.load("places")
    )  # fmt: skip


_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset({
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "today", "tonight", "yesterday", "tomorrow",
})  # fmt: skip


def _after_a_title(first: Token) -> bool:
    """'Councilwoman Patrice Hall', 'Dr. Grace Park': a title or honorific before a first name
    of the lists makes the next word a surname, though it ends names of places and bodies."""
    if first.i == 0:
        return False
    before = first.doc[first.i - 1].lower_
    return before in HONORIFICS or before in _title_words()


def _without_surnames_taken(candidates: list[_Candidate], people: list[_Candidate]) -> list[_Candidate]:
    """``candidates`` less the one-word names that a missed person's full name now holds
    ("Shapiro", tagged an organisation inside "Ilya Shapiro")."""
    held = {p.span.end - 1 for p in people}
    given = {i for p in people if len(p.span) == 4 for i in range(p.span.start, p.span.start + 3)}
    return [c for c in candidates if not (len(c.span) == 1 and c.span.start in held) and not _in_given_name(c, given)]


def _in_given_name(cand: _Candidate, given: set[int]) -> bool:
    """A piece of a hyphenated given name the recogniser tagged alone ("Hye" of "Hye-jin
    Dorsey", an organisation)."""
    return all(i in given for i in range(cand.span.start, cand.span.end))


def _inside_given_name(candidates: list[_Candidate], i: int, span: Span) -> bool:
    """Whether token ``i`` of a hyphenated given name is taken only by a candidate lying wholly
    inside that given name (a piece the recogniser tagged: "Hye" ORG), which the full name
    replaces; a token the recogniser tagged otherwise (no candidate) stays taken."""
    holders = [c for c in candidates if c.span.start <= i < c.span.end]
    return bool(holders) and all(span.start <= c.span.start and c.span.end <= span.start + 3 for c in holders)


def _surname_like_place(first, last) -> bool:
    """'Marcus Phoenix scored', 'Kate London said': a first name of the lists that is no place
    ("Jordan", "Georgia") before a one-word place in running text is a person named like a
    city; not before a comma or a capitalised word ("Warren, Michigan", "Austin Texas Avenue")."""
    if not _known_first_name(first.lower_):
        return False
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return nxt is None or (nxt.text != "," and not nxt.is_title)


def _missed_surnames(doc: Doc, candidates: list[_Candidate], tagged: frozenset[int]) -> list[_Candidate]:
    """Later mentions of a person by surname that the NER missed ("Hale cautioned ...");
    ``tagged``: the token positions of the recogniser's entities."""
    surnames: dict[str, str] = {}
    for cand in candidates:
        if (cand.label == "PERSON" and len(cand.tokens) >= 2) or _first_named_body(cand):
            last = cand.span[-1]
            if last.is_title and len(last.text) > 2:
                surnames[last.text] = last.text
    if not surnames:
        return []
    taken = _taken(candidates, tagged)
    found = []
    for i in token_indices(doc, ORTH, surnames):
        token = doc[i]
        if i in taken or (token.pos_ != "PROPN" and not _APOSTROPHE_SURNAME.match(token.text) and not opening_surname(token)):
            continue
        neighbours = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and n.lower_ not in HONORIFICS for n in neighbours):
            continue  # part of another name ("Hale Street", "Nathan Hale")
        if in_excluded(doc, token.idx, token.idx + len(token)):
            continue
        span = Span(doc, token.i, token.i + 1, label="PERSON")
        found.append(_Candidate(span, "PERSON", _name_tokens(span)))
    return found


# Places in the list that are also common first names or words: never added when the
# model did not tag them ("Jordan said", "Chad Smith", "Victoria").
_AMBIGUOUS_PLACES = frozenset({
    "jordan", "chad", "victoria", "georgia", "washington", "male", "kingston", "georgetown", "santiago", "lima",
    "sofia", "austin", "phoenix", "niger", "turkey", "guinea", "china", "israel", "america", "us",
    "vatican", "luxembourg", "monaco", "djibouti", "kuwait", "panama", "mexico", "singapore", "paris",
})


@lru_cache(maxsize=1)
def _places_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for place in lexicons.load("places"):
        if place in _AMBIGUOUS_PLACES:
            continue
        words = tuple(place.split())
        index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


@lru_cache(maxsize=1)
def _place_first_words() -> frozenset[str]:
    return frozenset(_places_by_first_word())


def _listed_end(doc: Doc, i: int, entries: list[tuple[str, ...]], capitalised: bool = False) -> int | None:
    """Where the first of ``entries`` (a curated list's names opening with token ``i``'s word, as
    word tuples, longest first) that the article writes from token ``i`` ends; None when none is
    written there. With ``capitalised``, each of its words must be written with a capital (an
    outlet's, not "the post"). The next word is read once: a name of two words or more whose
    second word it is not fails there without the word-by-word test (most of an article's "the"s).
    The places' and the outlets' scans shared these lines until session 66."""
    second = doc[i + 1].lower_ if i + 1 < len(doc) else None
    for words in entries:
        end = i + len(words)
        if len(words) > 1 and words[1] != second:
            continue
        if end <= len(doc) and all(doc[j].lower_ == w for j, w in zip(range(i, end), words)):
            if not capitalised or all(doc[j].text[:1].isupper() for j in range(i, end)):
                return end
    return None


def _missed_places(doc: Doc, candidates: list[_Candidate], tagged: frozenset[int]) -> list[_Candidate]:
    """Capitals, countries and states from the curated list that the NER did not tag
    (``tagged``: the token positions of the recogniser's entities)."""
    taken = _taken(candidates, tagged)
    index = _places_by_first_word()
    found = []
    resume = 0  # a place found ends here: the next one starts after it
    for i in token_indices(doc, LOWER, _place_first_words()):
        token = doc[i]
        if i < resume or not (token.is_title or token.is_upper):
            continue
        match = _listed_end(doc, i, index[token.lower_])
        if match is None or any(j in taken for j in range(i, match)):
            continue
        neighbours = [doc[j] for j in (i - 1, match) if 0 <= j < len(doc)]
        if any(n.pos_ == "PROPN" and (n.is_title or n.is_upper) for n in neighbours):
            resume = match
            continue  # part of a longer name ("Kyiv Independent", "New Lindholm")
        if not in_excluded(doc, doc[i].idx, doc[match - 1].idx + len(doc[match - 1])):
            span = Span(doc, i, match, label="GPE")
            found.append(_Candidate(span, "GPE", _name_tokens(span)))
        resume = match
    return found


@lru_cache(maxsize=1)
def _outlet_first_words() -> frozenset[str]:
    """The first words of :func:`_outlets_by_first_word` (one set a process, not one an article)."""
    return frozenset(_outlets_by_first_word())


@lru_cache(maxsize=1)
def _outlets_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The curated outlets of two words or more ("Washington Post", "New Hampshire Union
    Leader") and the informal short forms ("HuffPo"), by first word, longest first. One-word
    outlets are left out ("Time", "Fortune" and "Slate" are also words) unless listed with
    "the" ("The Advocate"), which then has to be written."""
    names = {re.sub(r"^the\s+(?=\S+\s)", "", name) for name in lexicons.load("outlets")}
    names |= set(lexicons.load_aliases("outlet_aliases"))
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        if len(words) >= 2 or name in lexicons.load_aliases("outlet_aliases"):
            index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


def _with_missed_outlets(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """Curated outlets the recogniser missed or cut ("The Washington Post gave", "HuffPo
    reported", "New Hampshire Union Leader" tagged as a place and an organisation): the
    outlet's whole name replaces the pieces it holds."""
    index = _outlets_by_first_word()
    found: list[Span] = []
    resume = 0
    for i in token_indices(doc, LOWER, _outlet_first_words()):
        token = doc[i]
        if i < resume or not (token.is_title or token.is_upper or any(c.isupper() for c in token.text[1:])):
            continue
        match = _listed_end(doc, i, index[token.lower_], capitalised=True)
        if match is None:
            continue
        resume = match
        if token.lower_ == "the":
            if doc[i + 1].pos_ != "PROPN":
                continue  # "The Nation" the magazine, not "the nation"
            i += 1
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.is_title and before.lower_ != "the":
            continue  # part of a longer name
        if not in_excluded(doc, token.idx, doc[match - 1].idx + len(doc[match - 1])):
            found.append(Span(doc, i, match, label="ORG"))
    if not found:
        return candidates
    kept = [
        cand for cand in candidates
        if not any(s.start <= cand.span.start and cand.span.end <= s.end for s in found)
    ]  # fmt: skip
    for span in found:
        if any(c.span.start < span.end and span.start < c.span.end for c in kept):
            continue  # a longer name holds it ("Washington Post Co.")
        tokens = _name_tokens(span)
        kept.append(_Candidate(span, "ORG", _outlet_alias(tokens) or tokens))
    return kept


_ARTICLES = frozenset({"the", "a", "an"})


def _with_missed_committees(doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str]) -> list[_Candidate]:
    """Committees and companies the recogniser missed or cut, written as capitalised words
    before "PAC", "Inc." or "LLC" ("The ads come from Our Principles PAC", "Neighbors First
    PAC" tagged as "PAC" alone, which then joined another PAC). A sentence's capitalised
    first word belongs to the name only where the article writes the name so inside a
    sentence ("Our Principles PAC, which …" after "from Our Principles PAC") or where it is
    no word the article writes in lower case and the tagger reads as a name, or where the
    recogniser's own name starts with it as a proper noun ("Post Office Ltd said …" in an
    article about a village's post office)."""
    owner = {i: k for k, cand in enumerate(candidates) for i in range(cand.span.start, cand.span.end)}
    found: list[tuple[int, int, bool]] = []
    for i in token_indices(doc, LOWER, _COMPANY_ENDINGS):
        if not doc[i].text[:1].isupper() or (i in owner and candidates[owner[i]].span.end != i + 1):
            continue  # "PAC" inside a longer name
        start = candidates[owner[i]].span.start if i in owner else i  # "Tall PAC" of "Stand Tall PAC"
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and start - 1 not in owner:
            if doc[start - 1].lower_ in _ARTICLES or doc[start - 1].whitespace_ == "":
                break
            start -= 1
        if start < i:
            tagged = i in owner and candidates[owner[i]].span.start == start  # the recogniser's whole name
            found.append((start, i + 1, tagged))
    inside = {doc[start:end].text for start, end, _ in found if not doc[start].is_sent_start}
    replaced: set[int] = set()
    committees = []
    for start, end, tagged in found:
        first = doc[start]
        named = first.pos_ == "PROPN" and (tagged or first.lower_ not in lower_words)  # "Post Office Ltd said"
        if first.is_sent_start and doc[start:end].text not in inside and not named:
            start += 1  # "Yesterday Acme Inc. said": the capital may be the sentence's
        if start < end - 1 and not in_excluded(doc, doc[start].idx, doc[end - 1].idx + len(doc[end - 1])):
            span = Span(doc, start, end, label="ORG")
            committees.append(_Candidate(span, "ORG", _name_tokens(span)))
            replaced.update(owner[i] for i in range(start, end) if i in owner)
    return [cand for k, cand in enumerate(candidates) if k not in replaced] + committees


# Head words of institutions' names: "the Woods Hole Oceanographic Institution", "the Halden
# Museum", which the recogniser sometimes misses altogether.
_INSTITUTION_HEADS = frozenset({
    "institution", "institute", "university", "college", "foundation", "museum", "hospital", "laboratory",
    "observatory", "academy", "society", "association", "council", "commission", "committee", "agency",
    "authority", "bureau", "department", "ministry", "corporation", "center", "centre", "alliance", "coalition",
    "project", "federation",
})  # fmt: skip


def _missed_institutions(doc: Doc, candidates: list[_Candidate], lower_words: frozenset[str]) -> list[_Candidate]:
    """The candidates with the institutions the recogniser missed or cut: two capitalised words or
    more ending in an institution's head word ("joined the Woods Hole Oceanographic Institution in
    1957"). Something must say the words are one name, not a sentence's or a headline's capitals:
    a lower-case "the" before them, a sentence's "The" ("The Campaign Integrity Project, a
    watchdog,"), or a sentence's first word the tagger reads as a proper noun and the article never
    writes in lower case ("Harwood University agreed"). A person the recogniser tagged inside the
    words is its slip and gives way to the body ("Integrity", a person titled "Campaign"); any other
    mention inside stops the name. A name that goes on with "of" or "for" ("the Peterson Institute
    for International Economics") is left alone rather than cut."""
    owner = {i: k for k, cand in enumerate(candidates) for i in range(cand.span.start, cand.span.end)}

    def free(i: int) -> bool:
        return i not in owner or candidates[owner[i]].label == "PERSON"

    found = []
    # Only the head words' tokens, from the Doc's word array (not a Token for every word).
    for i in token_indices(doc, LOWER, _INSTITUTION_HEADS):
        if i in owner or not doc[i].is_title:
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "for"):
            continue
        start = i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and free(start - 1):
            if doc[start - 1].lower_ in _ARTICLES:
                break
            start -= 1
        if start == i:
            continue
        inside = {owner[j] for j in range(start, i) if j in owner}
        if any(candidates[k].span.start < start for k in inside):
            continue  # a person's name runs on before the words: no body's
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.text == "the" or before.text == "The" and before.is_sent_start):
            pass  # "joined the Woods Hole …", "The Campaign Integrity Project said"
        elif not doc[start].is_sent_start or doc[start].pos_ != "PROPN" or doc[start].lower_ in lower_words:
            continue
        span = Span(doc, start, i + 1, label="ORG")
        if not in_excluded(doc, span.start_char, span.end_char):
            found.append((_Candidate(span, "ORG", _name_tokens(span)), inside))
    replaced = {k for _, inside in found for k in inside}
    return [cand for k, cand in enumerate(candidates) if k not in replaced] + [cand for cand, _ in found]
