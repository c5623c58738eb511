"""Names as tokens for matching, and as text for the record.

Matching compares lower-cased tokens without diacritics, honorifics or punctuation
(:func:`_name_tokens`); short forms are matched through acronyms ("FBI"), bodies written the
other way round ("Justice Department"), nicknames ("Bill" / "William") and the surname before
a generational suffix ("Jr."). The record's name is the best-written mention
(:func:`_canonical_name`), without an editor's marks (:func:`clean_name`).
"""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution.context import doc_text
from newsmine.nlp.entities.word_lists import _HONORIFICS_OUTSIDE_US_UK, _POSSESSIVE, HONORIFICS, compound_honorific_word

_ACRONYM_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&"})
_ARTICLES = frozenset({"the", "a", "an"})


def _strip_span(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive: 'the United States's' -> 'United States';
    and the line breaks a tagged name may run into ("Hale\n\n" at a headline's end)."""
    start, end = span.start, span.end
    doc = span.doc
    # (each edge word read once a step: a Token is made at every doc[i])
    while start < end - 1:
        token = doc[start]
        if not (token.lower_ in _ARTICLES or token.is_punct or token.is_space):
            break
        start += 1
    while end - 1 > start:
        token = doc[end - 1]
        if not (token.text in _POSSESSIVE or token.is_punct or token.is_space):
            break
        end -= 1
    if span.label_ in _SCORED_LABELS and _ends_in_score(doc, start, end):
        end -= 3  # "held off the Seattle Storm 88-84": the score is no part of the team's name
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


# Labels whose names may end in a score or a tally; not a product's ("Boeing 737-800") nor a
# date range's ("July 25-28").
_SCORED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _ends_in_score(doc, start: int, end: int) -> bool:
    """The span's last three tokens are a score or a tally ("88", "-", "84") after a word."""
    return (
        end - 3 > start
        and doc[end - 1].is_digit
        and doc[end - 2].text in ("-", "–")
        and doc[end - 3].is_digit
        and doc[end - 4].is_alpha
    )


# Characters glued to a name's words that are not part of them: a list dash ("-Donald
# Trump leads"), an editor's brackets ("[Hillary] Clinton"), quote marks.
_EDGE_MARKS = "-–—[](){}\"“”‘’'*•"


def _name_tokens(span: Span) -> tuple[str, ...]:
    """Lower-cased tokens of a name without honorifics or punctuation, for matching."""
    words = (
        fold(t.lower_).replace(".", "").strip(_EDGE_MARKS)
        for t in span
        if t.lower_ not in HONORIFICS and not t.is_punct and t.text not in _POSSESSIVE and not compound_honorific_word(t)
    )
    return tuple(w for w in words if w)


def _name_tokens_of_text(text: str) -> tuple[str, ...]:
    """:func:`_name_tokens` of a piece of a token's text ("New York Times" of "Times/CBS")."""
    words = (fold(w.lower()).replace(".", "").strip(_EDGE_MARKS) for w in text.split())
    return tuple(w for w in words if w and w not in HONORIFICS and w not in {"the", "a", "an"})


def _outlet_alias(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name tokens of the outlet an informal short form stands for ("wash post" ->
    ("washington", "post")), or None."""
    canonical = lexicons.load_aliases("outlet_aliases").get(" ".join(tokens))
    return tuple(canonical.lower().split()) if canonical is not None else None


def _place_alias(span_text: str, tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name tokens of the US state an AP abbreviation written with its full stop stands for
    ("Mo." -> ("missouri",)), or None ("Mo Brooks" has no full stop)."""
    if not span_text.endswith(".") or span_text.count(".") != len(tokens):
        return None  # "L.A." (two stops for one word) is Los Angeles, not "La." Louisiana
    canonical = lexicons.load_aliases("place_aliases").get(" ".join(tokens))
    return tuple(canonical.lower().split()) if canonical is not None else None


def fold(word: str) -> str:
    """A word without its diacritics: 'François' and 'Francois' are one name."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _acronym(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t and t not in _ACRONYM_STOPWORDS)


def _acronyms(tokens: tuple[str, ...]) -> frozenset[str]:
    """The initials a body goes by: without its small words ("FBI"), or keeping "of" ("DOJ"
    for the Department of Justice, "DOD")."""
    with_of = "".join(t[0] for t in tokens if t and (t == "of" or t not in _ACRONYM_STOPWORDS))
    found = {_acronym(tokens), with_of}
    if "and" in tokens[1:]:
        # "CDC" for the Centers for Disease Control and Prevention: the initials of the name
        # before its last "and", which a body added to its name later; three letters at least.
        before_and = _acronym(tokens[: len(tokens) - 1 - tokens[::-1].index("and")])
        if len(before_and) >= 3:
            found.add(before_and)
    if len(tokens) >= 3 and tokens[0] in _COUNTRY_PREFIXES:
        # "DOJ" for the U.S. Department of Justice, "ICE" for U.S. Immigration and Customs
        # Enforcement: the initials of the name without the country (three letters at least,
        # never "SC" for the U.S. Supreme Court)
        found |= {acronym for acronym in _acronyms(tokens[1:]) if len(acronym) >= 3}
    return frozenset(found)


# A country written before a national body's name, which its initials leave out.
_COUNTRY_PREFIXES = frozenset({"u.s.", "u.s", "us"})


# Government bodies written either way round: "the Justice Department" is the Department
# of Justice, "the Defense Ministry" the Ministry of Defense.
_INVERTIBLE_BODIES = frozenset({"department", "ministry"})


def _inverted_body(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Justice Department' for 'Department of Justice'."""
    return len(short) >= 2 and short[-1] in _INVERTIBLE_BODIES and full == (short[-1], "of", *short[:-1])


# Short forms of first names news use for people whose full names also appear ("Bill
# Clinton" / "William Jefferson Clinton", "Jeb Bush" / "John Ellis Bush", "Ted Cruz" /
# "Rafael Edward Cruz"): the nickname and the formal name are one first name for clustering.
_NICKNAMES = {
    "bill": "william", "billy": "william", "will": "william", "willie": "william", "bob": "robert",
    "bobby": "robert", "rob": "robert", "bernie": "bernard", "jeb": "john", "jack": "john", "johnny": "john",
    "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph", "dick": "richard", "rick": "richard",
    "tom": "thomas", "ted": "edward", "ed": "edward", "chris": "christopher", "dan": "daniel", "dave": "david",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine", "tony": "anthony",
    "nick": "nicholas", "steve": "steven", "newt": "newton", "chuck": "charles", "charlie": "charles",
    "larry": "lawrence", "jerry": "gerald", "ben": "benjamin", "sam": "samuel", "andy": "andrew",
    "pete": "peter", "ron": "ronald", "don": "donald", "greg": "gregory", "matt": "matthew", "tim": "timothy",
    "ken": "kenneth", "kenny": "kenneth", "sandy": "sandra", "mitch": "mitchell", "alex": "alexander",
    "fred": "frederick", "becky": "rebecca", "jenny": "jennifer", "abby": "abigail", "sue": "susan",
}  # fmt: skip


def _formal_names(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name tokens with the first name in its formal form ("bill" -> "william")."""
    return (_NICKNAMES.get(tokens[0], tokens[0]), *tokens[1:]) if tokens else tokens


def _nickname_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Bill Clinton' for 'William Jefferson Clinton' (or 'William Clinton'): same surname,
    the first name a nickname of the other's, the rest of the words among its words."""
    if len(short) < 2 or len(short) > len(full) or short[-1] != full[-1] or short[0] == full[0]:
        return False
    formal = _formal_names(short)
    return formal[0] == _formal_names(full)[0] and set(formal) <= set(_formal_names(full))


# Generational suffixes: "Donald Trump Jr." is Mr. Trump, "Joseph R. Biden Jr." is Biden; and
# a senior barrister's letters in British and Commonwealth copy: "Jonathan Pryce KC" is Mr
# Pryce ("SC" is left out: it is South Carolina too).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "qc", "kc"})


# A company's legal form, which articles drop after the first mention ("Halden Foods Inc." then
# "Halden Foods"): abbreviations only ("Walt Disney Company" may be its founder's name).
_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc"})


def _without_legal_form(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """A company's name tokens without their legal form ("halden foods" of "halden foods inc"), or None."""
    if len(tokens) >= 2 and tokens[-1] in _LEGAL_FORMS:
        return tokens[:-1]
    return None


def _surname(tokens: tuple[str, ...]) -> str:
    """The last name of a name's tokens, before a generational suffix ("jr")."""
    if len(tokens) >= 3 and tokens[-1] in NAME_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def _canonical_name(spans: list[Span], name_tokens: tuple[str, ...]) -> str:
    from newsmine.nlp.entities.labels import _body_named_with_honorific  # labels reads this module

    # A name as the body writes it ("Harbor Rovers"), before its headline capitals ("HARBOR
    # ROVERS"), and before a form with marks glued to it ("-Donald Trump", "[Hillary] Clinton").
    def rank(span: Span) -> tuple[bool, bool, bool]:
        # and the spelling with its accents ("François Hollande", not "Francois Hollande")
        text = doc_text(span.doc)[span.start_char : span.end_char]  # span.text, not joined from its tokens
        return (text.isupper() and len(text) > 3, clean_name(text) != text, text.isascii())

    for span in sorted(spans, key=rank):
        if _name_tokens(span) == name_tokens:
            words = [
                t for t in span if t.lower_ not in HONORIFICS and t.text not in _POSSESSIVE and not compound_honorific_word(t)
            ]
            if span[0].lower_ in _HONORIFICS_OUTSIDE_US_UK and _body_named_with_honorific(span):
                words = [t for t in span if t.text not in _POSSESSIVE]  # "Shri Ram College of Commerce": a body's own word
            if words:
                return clean_name(span.doc[words[0].i : words[-1].i + 1].text) or spans[0].text
    outlet = lexicons.load_aliases("outlet_aliases").get(" ".join(name_tokens))
    if outlet is not None:
        return outlet  # "HuffPo" alone: Huffington Post
    for span in spans:
        first = _first_of_joint_name(span.text)
        if first != span.text and _name_tokens_of_text(first) == name_tokens:
            return clean_name(re.sub(r"^(?:the|a|an)\s+", "", first, flags=re.IGNORECASE))  # "New York Times/CBS News"
    return spans[0].text


def _with_outlet_article(spans: list[Span], name: str) -> str:
    """An outlet's one-word name with the "The" the text writes before it: "The Verge", "The
    Hill", "The Economist". A leading "the" is dropped from names ("the New York Times" is the
    New York Times), but these remainders are common words ("verge", "hill") that name the
    outlet only with their article. The outlet list holds the name with "the" and the word is
    written "The" (capitalised) before one of the mentions, which does not go on with "and"
    and a capitalised word ("The Post and Courier" tagged "Post")."""
    if " " in name or f"the {name.lower()}" not in lexicons.load("outlets"):
        return name
    for span in spans:
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].text == "The" and span.text == name:
            if span.end + 1 < len(doc) and doc[span.end].lower_ == "and" and doc[span.end + 1].is_title:
                continue  # "The Post and Courier": a longer name the recogniser cut
            return f"The {name}"
    return name


_JOINT_HYPHEN = re.compile(r"(?<=\w)[-–](?=[A-Z])")


def _first_of_joint_name(text: str) -> str:
    """The first of two bodies named jointly ("New York Times/CBS News" -> "New York Times",
    "NBC News-Wall Street Journal" -> "NBC News"; a hyphen only between two curated
    outlets: "CNN-ORC" is the pollster's own name), else ``text``."""
    if "/" in text:
        return text.split("/", 1)[0]
    parts = _JOINT_HYPHEN.split(text, maxsplit=1)
    outlets = lexicons.load("outlets")
    if len(parts) == 2 and all(_LEADING_THE_RE.sub("", part.strip().lower()) in outlets for part in parts):
        return parts[0]
    return text


# Compiled once: clean_name and _fixed_label run for every mention, and re's own cache of
# compiled patterns costs a look-up per call.
_BRACKETS_RE = re.compile(r"[\[\]{}]")
_POSSESSIVE_END_RE = re.compile(r"[’']s$")
_LEADING_THE_RE = re.compile(r"^the\s+")


def clean_name(text: str) -> str:
    """A name without an editor's brackets or marks at its edges: '[Hillary] Clinton' ->
    'Hillary Clinton', '-Donald Trump' -> 'Donald Trump', "Trump’s" -> 'Trump', a line break
    inside it a space."""
    text = _BRACKETS_RE.sub("", text)
    text = _POSSESSIVE_END_RE.sub("", text)
    text = " ".join(text.split())  # "Hillary\nClinton" cut by a hard-wrapped line
    return text.strip().strip(_EDGE_MARKS).strip()
