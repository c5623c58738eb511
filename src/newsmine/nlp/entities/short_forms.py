"""Whether a mention can be a short form of a cluster's name (:func:`_joins`): a person's
surname or first name ("Guterres" for "António Guterres"), the first of two surnames
("Ramírez" for "Claudia Ramírez Ochoa", :func:`_first_surname`), a company's or a school's
name without its generic ending ("Skyward" for "Skyward Airlines", :func:`_leading_short_form`),
initials ("UN", "BBC" of an outlet's name), a body's inverted name or trailing part ("the
Post"), a pollster before "poll". Split from :mod:`.cluster_builder` (session 50), which
indexes the clusters a mention could join; :mod:`.clustering` asks this whether it does.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.body_labels import NEWSPAPER_NAME_ENDINGS
from newsmine.nlp.entities.candidates import _Candidate
from newsmine.nlp.entities.labels import NAME_LABELS as _NAME_LABELS
from newsmine.nlp.entities.name_spans import NAME_PARTICLES as _NAME_PARTICLES
from newsmine.nlp.entities.names import NAME_SUFFIXES as _NAME_SUFFIXES
from newsmine.nlp.entities.names import (
    _acronyms,
    _inverted_body,
    _nickname_form,
    _surname,
    _without_legal_form,
)
from newsmine.nlp.entities.not_names import _title_case
from newsmine.nlp.entities.shop_names import shop_in_apposition
from newsmine.nlp.entities.word_lists import all_first_names as _first_names
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

# The generic last word of a pollster's name that articles drop before "poll" ("a Quinnipiac
# poll" for "Quinnipiac University", "a Marist poll" for "Marist College").
_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "polling"})
_POLLSTER_ENDINGS = frozenset({"university", "college", "reports", "institute", "polling", "poll", "research", "inc", "corp", "group"})  # fmt: skip
# The last word of a company's or a school's name that articles drop after naming it once in full
# ("Skyward Airlines … Skyward said", "Seacrest Senior Living … Seacrest", "Bain Capital … Bain").
# A body's part or offshoot is named otherwise ("Senate Intelligence Committee", "Planned
# Parenthood Action Fund", "Clinton Foundation", "Obama White House"): those words are not here.
_COMPANY_ENDINGS = frozenset({
    "airlines", "airline", "airways", "motors", "motor", "capital", "partners", "computer", "computers", "chemical",
    "chemicals", "media", "living", "publishing", "pharmaceuticals", "industries", "holdings", "energy", "foods",
    "communications", "technologies", "systems", "stores", "markets", "entertainment", "investments",
    "software", "labs", "networks", "solutions", "robotics", "therapeutics", "biosciences", "semiconductor",
    "pharma", "logistics", "brands", "apparel", "telecom", "alliance", "group", "company", "corporation", "dynamics",
    "maritime", "shipping", "lines",
    # a hospital group's and a utility's ("Meridian Health … Meridian said", "Redline Water Co. …
    # Redline said": probe47c, the short form tagged a nationality or a person by turns)
    "health", "water",
})  # fmt: skip
# A school's: its first word is often a place's name when more words follow ("Jackson State
# University", "Nashua Community College", and "from Nashua" is the city), so only "Bucknell
# University" gives "Bucknell".
_SCHOOL_ENDINGS = frozenset({"university", "college"})


def _first_surname(cand: _Candidate, lower_words: frozenset[str]) -> str | None:
    """The first of a person's two surnames ("ramírez" of "Claudia Ramírez Ochoa"): Spanish
    names carry the father's surname and then the mother's, and news call the person by the
    first alone ("Ramírez said") or with the first name ("Javier Ramírez" for Javier Ramírez
    Ochoa; "Nancy Davis" for Nancy Davis Reagan). The middle word of a name of three
    capitalised words written apart in the body, when it is no first name of the lists ("Mary
    Louise Smith"), no particle or suffix, and the last word is never written in lower case:
    a headline's "Bernie Sanders Pins", a "Donald Trump-led" or "Ted Cruz 1" is no name of
    three. None otherwise."""
    tokens, span = cand.tokens, cand.span
    if len(tokens) != 3 or len(span) < 3 or tokens[-1] in _NAME_SUFFIXES or tokens[-1] in lower_words:
        return None
    words = span[-3:]
    if any(not (t.is_alpha and t.is_title) for t in words) or any(t.whitespace_ != " " for t in words[:2]):
        return None
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if not line_start or _title_case(text[line_start : line_end if line_end != -1 else len(text)]):
        return None  # a headline's or a subhead's title case ("Bernie Sanders Pins The Rise Of …")
    if words[-1].tag_ != "NNP":
        return None  # "‘Donald Trump Leads’": a verb the tagger tells
    middle = tokens[1]
    if middle in _NAME_PARTICLES or middle in _first_names():
        return None
    return middle


# What a name alone tagged a body does when it stands for a person: it acts or owns.
_ACTING_DEPS = NOUN_SUBJECT_DEPS | {"poss"}


def _joins(short: _Candidate, cluster_tokens: tuple[str, ...], cluster_label: str, first_surname: str | None = None) -> bool:
    """Whether a shorter mention can be a short form of a cluster's name (``first_surname``:
    the first of the person's two surnames, see :func:`_first_surname`)."""
    toks = short.tokens
    if cluster_label == "PERSON" and short.label == "PERSON" and _nickname_form(toks, cluster_tokens):
        return True
    if not toks or len(toks) >= len(cluster_tokens):
        return False
    if cluster_label == "PERSON":
        if shop_in_apposition(short.span):
            return False  # "Hartley's, the third-largest chain,": a shop, not its chairman Nigel Hartley
        # "Guterres" or "António" for "António Guterres"; "Hillary Clinton" for "Hillary Rodham Clinton".
        if short.label in ("EVENT", "LAW"):
            # "Pelosi" tagged an event, "Icahn" a law: the surname alone of a person named in full
            return len(toks) == 1 and toks[0] == _surname(cluster_tokens) and short.span[0].is_title
        if short.label not in ("PERSON", "ORG", "NORP", "GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC"):
            return False
        if short.label == "GPE" and " ".join(toks) in lexicons.load("places"):
            # "Phoenix" is the city, unless the article names a person Phoenix and this one
            # acts or speaks ("Phoenix said"): then it is the person's surname.
            acting = short.span.root.dep_ in ("nsubj", "nsubjpass", "poss")
            return len(toks) == 1 and toks[0] == _surname(cluster_tokens) and acting
        if len(toks) == 1:
            if toks[0] == cluster_tokens[0] != _surname(cluster_tokens) and short.label == "ORG" and _body_by_the_word(short.span):
                return False  # "Chelsea Brooks scored … against Chelsea. Chelsea insists": the club
            if toks[0] in (cluster_tokens[0], _surname(cluster_tokens)):
                return True
            if toks[0] == first_surname and (short.label == "PERSON" or short.span.root.dep_ in _ACTING_DEPS):
                # "Ramírez" for "Claudia Ramírez Ochoa", whatever the recogniser's tag when it
                # acts: a surname alone is often tagged a body ("Villanueva struck a softer
                # tone" ORG). Not a body or a place after a preposition ("a loan from Chase",
                # "residents of Garcia"), which a middle name of a person may also name.
                return True
            # "Lula" of "Luiz Inácio Lula da Silva": a long (Portuguese, Spanish) full name's
            # inner word is the name the person goes by
            inner = cluster_tokens[1:-1]
            return short.label == "PERSON" and len(cluster_tokens) >= 4 and toks[0] in inner and toks[0] not in _NAME_PARTICLES
        if first_surname is not None and toks == cluster_tokens[:2] and toks[1] == first_surname:
            return True  # "Javier Ramírez" for "Javier Ramírez Ochoa"
        return toks[-1] == cluster_tokens[-1] and set(toks) <= set(cluster_tokens)
    if (
        short.label == "PERSON"
        and len(toks) == 1
        and len(cluster_tokens) == 2
        and toks[0] == cluster_tokens[-1]
        and _known_first_name(cluster_tokens[0])
    ):
        return True  # "Fiorina said" joins "Carly Fiorina", which the model called an organisation
    if cluster_label == "ORG" and short.label in ("ORG", "PERSON", "PRODUCT") and _leading_short_form(toks, cluster_tokens):
        return True  # "Skyward said" -> "Skyward Airlines" (never "Trump" -> "Trump University": see cluster_entities)
    if short.label != cluster_label and not (short.label in _NAME_LABELS and cluster_label in _NAME_LABELS):
        return False
    if len(toks) == 1 and len(toks[0]) >= 2 and toks[0] in _acronyms(cluster_tokens):
        # "UN" -> "United Nations", "FBI" -> "Federal Bureau of Investigation", "DOJ"; not a
        # news agency's own initials to another name ("(AP)" of a dateline is no "Apostolic
        # Palace"), only to an outlet's ("BBC" -> "British Broadcasting Corporation")
        return toks[0] not in lexicons.load("outlets") or _outlet_name(cluster_tokens)
    if cluster_label == "ORG" and _inverted_body(toks, cluster_tokens):
        return True  # "the Justice Department" -> "Department of Justice"
    if cluster_label == "ORG" and short.label == "ORG" and toks == _without_legal_form(cluster_tokens):
        return True  # "Halden Foods" -> "Halden Foods Inc.", whichever the article writes first
    if (
        cluster_label == "ORG"
        and len(toks) == 1
        and len(cluster_tokens) == 2
        and toks[0] == cluster_tokens[0]
        and cluster_tokens[1] in _POLLSTER_ENDINGS
        and short.span.end < len(short.span.doc)
        and short.span.doc[short.span.end].lower_ in _POLL_WORDS
    ):
        return True  # "a Quinnipiac poll" -> "Quinnipiac University" (never "Trump" -> "Trump University")
    if cluster_label == "ORG" and len(toks) == 1 and (_without_legal_form(cluster_tokens) or cluster_tokens) == (toks[0], "news"):
        return True  # "NBC" -> "NBC News", "Fox" -> "Fox News", "Breitbart" -> "Breitbart News LLC"
    if cluster_label in ("ORG", "FAC") and (short.label == cluster_label or _masthead_word(short, toks, cluster_label)):
        # "the Post" -> "The New York Post": a trailing part of the name. Not "the House" ->
        # "the White House": "House" alone is the chamber ("passed the Senate but never got a
        # vote in the House", "House Speaker Paul Ryan"), another body
        # ("the Obama White House" neither). A one-word portfolio of an office ("Secretary of
        # State", "the departments of State, Interior") is no short form of a name ending in it
        # ("Islamic State", "the Granite State"), only of the office's own body ("Department of
        # State").
        n = len(toks)
        if cluster_tokens[-n:] != toks or (toks == ("house",) and cluster_tokens[-2:] == ("white", "house")):
            return False
        if len(cluster_tokens) > n and cluster_tokens[-n - 1] == "for":
            return False  # "Justice officials" is no short form of the "Brennan Center for Justice": its purpose
        return not (n == 1 and _office_portfolio(short.span) and not _office_name(cluster_tokens))
    return False


def _masthead_word(short: _Candidate, toks: tuple[str, ...], cluster_label: str) -> bool:
    """Whether one word after "the" is a word only newspapers end their names in ("Dispatch",
    "Gazette", "Tribune"): "the Dispatch reported" after "The Columbus Dispatch" is the paper's
    short form however the recogniser tagged it (a nationality, NORP, in probe57d's article), as
    "the Post" is The Washington Post's. A paper's short form keeps its "the"; the bare word is
    a surname ("Herald said he would start" of coach Tom Herald, not The Miami Herald; review57f)."""
    return cluster_label == "ORG" and len(toks) == 1 and toks[0] in NEWSPAPER_NAME_ENDINGS and _after_the(short.span)


def _after_the(span: Span) -> bool:
    """Whether ``span`` opens with "the" or follows it."""
    return span[0].lower_ == "the" or (span.start > 0 and span.doc[span.start - 1].lower_ == "the")


# Prepositions before a team or a body a match or a deal is against, for or with ("against
# Chelsea", "a move to Arsenal", "signed for Everton"): a person is rarely their object by a
# first name alone the recogniser tags a body.
_BODY_PREPOSITIONS = frozenset({"against", "for", "with", "to", "from", "at", "over", "versus", "vs", "vs."})


def _body_by_the_word(span: Span) -> bool:
    """Whether the article writes ``span``'s one word elsewhere, tagged a body as here, as the
    object of a preposition of a match or a move ("against Chelsea", "signed for Everton"):
    the word names a club or a body in this article, and its mentions tagged so are that body's,
    not a person's who shares it as a first name ("Chelsea Brooks"; review49). A first name
    alone tagged a body with no such use stays free to join the person ("Hillary said")."""
    word = span.root.text
    return any(
        len(ent) == 1 and ent.label_ == "ORG" and ent.root.text == word and ent.start != span.start
        and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _BODY_PREPOSITIONS
        for ent in span.doc.ents
    )  # fmt: skip


def _leading_short_form(toks: tuple[str, ...], cluster_tokens: tuple[str, ...]) -> bool:
    """Whether one word is a company's or a school's name without its generic ending: the
    name's first word, one or two words before a word of :data:`_COMPANY_ENDINGS` ("Seacrest"
    for "Seacrest Senior Living"), right before a school's ending ("Bucknell University"), or
    its only word before a legal form ("Pfizer" for "Pfizer Inc.", which the recogniser tagged
    a person)."""
    if len(toks) != 1 or len(cluster_tokens) < 2 or toks[0] != cluster_tokens[0]:
        return False
    body = _without_legal_form(cluster_tokens) or cluster_tokens
    if body[-1] in _SCHOOL_ENDINGS:
        return len(body) == 2
    return len(body) == 1 or (2 <= len(body) <= 3 and body[-1] in _COMPANY_ENDINGS)


# Words of news organisations' full names, which their initials stand for ("British
# Broadcasting Corporation", "Cable News Network", "United Press International").
_MEDIA_WORDS = frozenset({"broadcasting", "news", "press", "presse", "network", "radio", "television", "newspapers"})


def _outlet_name(cluster_tokens: tuple[str, ...]) -> bool:
    """Whether a name is a news outlet's: listed as one, or holding a word of the trade."""
    return " ".join(cluster_tokens) in lexicons.load("outlets") or not _MEDIA_WORDS.isdisjoint(cluster_tokens)


# Offices and government bodies whose "of" phrase names a portfolio ("Secretary of State",
# "Minister of Finance", "the departments of State, Interior, Labor").
_OFFICE_WORDS = frozenset({"secretary", "secretaries", "department", "departments", "minister", "ministers", "ministry", "ministries"})  # fmt: skip


def _office_portfolio(span: Span) -> bool:
    """Whether ``span`` is the word after an office's "of" ("Secretary of [State]")."""
    doc, start = span.doc, span.start
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _OFFICE_WORDS


def _office_name(tokens: tuple[str, ...]) -> bool:
    """Whether a body's name is an office's ("Department of State", "Florida Department of State")."""
    return len(tokens) >= 3 and tokens[-2] == "of" and tokens[-3] in _OFFICE_WORDS
