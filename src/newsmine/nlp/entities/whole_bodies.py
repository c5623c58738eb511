"""Bodies' names the recogniser cut short or tagged in pieces, made whole: a court and its
circuit, an institution named after a saint ("St. Brendan's| Regional Hospital"), a body named
after a possessor ("Alzheimer's| Association"), a body compounded onto a country ("Water| UK"),
a newspaper's hyphenated masthead ("Arkansas| Democrat-Gazette"), and a body the article names
elsewhere, read past a person's or a place's name ("The Obama White House", "Forward
Colorado"). Split from :mod:`.whole_names` (session 50), whose :func:`~.whole_names._giving_way`
they share.
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities.whole_names import _giving_way


def _with_court_circuit(ents: list[Span]) -> list[Span]:
    """'the U.S. Court of Appeals for the 6th Circuit', tagged as two organisations (the court,
    then "the 6th Circuit"): one court, named whole, so that two circuits of one article stay
    apart and the name is the court's own."""
    found: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k == skip:
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (
            after is not None and ent.label_ == "ORG" and after.label_ == "ORG"
            and any(t.lower_ == "court" for t in ent) and after[-1].lower_ in ("circuit", "district")
            and after.start == ent.end + 1 and ent.doc[ent.end].lower_ == "for"
        ):  # fmt: skip
            found.append(Span(ent.doc, ent.start, after.end, label="ORG"))
            skip = k + 1
            continue
        found.append(ent)
    return found


# Last words of an institution named after a saint ("St. Brendan's Regional Hospital").
_INSTITUTION_WORDS = frozenset({
    "hospital", "church", "cathedral", "chapel", "basilica", "parish", "abbey", "college", "school", "academy",
    "university", "seminary", "cemetery", "hospice", "clinic", "center", "centre", "infirmary",
})  # fmt: skip


_SAINTS = frozenset({"st.", "st", "saint", "sts.", "saints"})


def _with_saints_institution(ents: list[Span]) -> list[Span]:
    """"St. Brendan's Regional Hospital", "St. Mark's Church": the recogniser ends a name at
    the saint's possessive and tags the rest apart ("Regional Hospital") or not at all. One
    organisation, named whole, up to the institution word within four capitalised words after
    the possessive (so that the hospital speaks as itself, not as "Regional Hospital"); named
    whole but tagged a person or a place ("St. Luke's Hospital"), an organisation all the same."""
    if not ents or not token_indices(ents[0].doc, LOWER, _SAINTS):
        return list(ents)  # every rule below needs a saint's word: an article with none keeps its names (session 56)
    found: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if k == skip:
            continue
        doc = ent.doc
        if ent[0].lower_ in _SAINTS and ent.end < len(doc) and doc[ent.end - 1].lower_ in ("'s", "’s"):
            end = ent.end
            while end < min(len(doc), ent.end + 4) and doc[end].is_title and doc[end].lower_ not in _INSTITUTION_WORDS:
                end += 1
            if end < len(doc) and doc[end].lower_ in _INSTITUTION_WORDS and doc[end].is_title:
                merged = Span(doc, ent.start, end + 1, label="ORG")
                after = ents[k + 1] if k + 1 < len(ents) else None
                if after is not None and after.start < merged.end:
                    if after.end > merged.end:
                        found.append(ent)
                        continue  # the next name runs on past the institution word: leave both
                    skip = k + 1
                found.append(merged)
                continue
        if ent.label_ not in ("ORG", "FAC") and ent[0].lower_ in _SAINTS and ent[-1].lower_ in _INSTITUTION_WORDS:
            # "St. Luke's Hospital" tagged whole, but as a person (then cut to "St. Luke")
            found.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        start = ent.start
        if ent[-1].lower_ in _INSTITUTION_WORDS and start >= 3 and doc[start - 1].lower_ in ("'s", "’s"):
            # "St. Brendan's" left untagged before "Regional Hospital"
            if doc[start - 2].is_title and doc[start - 3].lower_ in _SAINTS:
                if found and found[-1].end > start - 3:
                    found.pop()
                found.append(Span(doc, start - 3, ent.end, label="ORG"))
                continue
        found.append(ent)
    return found


# Last words of a body named after a possessor ("Alzheimer's Association", "Parkinson's Foundation").
_POSSESSED_BODY_WORDS = frozenset({
    "association", "foundation", "society", "institute", "fund", "council", "league", "alliance", "coalition",
    "federation", "union", "club", "march", "network", "trust", "guild",
})  # fmt: skip


def _with_possessor_of_body(ents: list[Span]) -> list[Span]:
    """"The Alzheimer's Association": the recogniser tags "Association" alone; the capitalised
    possessor right before it, which no entity holds and no person of the article is named by,
    is part of the body's name (so the body speaks as itself, not as "Association")."""
    doc = ents[0].doc if ents else None
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON"}
    found: list[Span] = []
    for ent in ents:
        start = ent.start
        if (
            ent.label_ == "ORG" and len(ent) <= 2 and ent[-1].lower_ in _POSSESSED_BODY_WORDS and start >= 2
            and doc[start - 1].lower_ in ("'s", "’s") and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN"
            and not doc[start - 2].ent_type_ and doc[start - 2].lower_ not in surnames
        ):  # fmt: skip
            found.append(Span(doc, start - 2, ent.end, label="ORG"))
            continue
        found.append(ent)
    return found


# Words that make a part of a country, not a body, of the country's name ("South Sudan", "New Britain").
_PLACE_QUALIFIERS = frozenset("north south east west northern southern eastern western central new great greater upper lower".split())


def _with_body_before_country(ents: list[Span]) -> list[Span]:
    """"Water UK said", "Energy UK said": the recogniser tags the country alone and leaves the
    capitalised word compounded onto it out (as it does not in "a spokesman for Water UK"),
    and the country then speaks. A country the subject of its clause, with an untagged
    capitalised word right before it that is no part of a place's name, is one body named so."""
    countries = lexicons.load_block("places", "Countries and common short forms")
    bodies: list[Span] = []
    for ent in ents:
        if ent.label_ != "GPE" or len(ent) != 1 or ent.start == 0 or ent[0].dep_ != "nsubj" or ent[0].lower_ not in countries:
            continue
        word = ent.doc[ent.start - 1]
        if word.ent_type_ or not (word.is_title and word.is_alpha) or word.whitespace_ != " ":
            continue
        if word.dep_ == "compound" and word.head.i == ent.start and word.lower_ not in _PLACE_QUALIFIERS:
            bodies.append(Span(ent.doc, word.i, ent.end, label="ORG"))
    return _giving_way(ents, bodies)


# Words of newspapers' mastheads that American papers join with a hyphen ("Post-Dispatch",
# "Democrat-Gazette", "Star-Telegram", "Sun-Times", "Spokesman-Review", "Clarion-Ledger").
_MASTHEAD_WORDS = frozenset({
    "gazette", "dispatch", "news", "tribune", "telegram", "telegraph", "journal", "constitution", "herald",
    "press", "times", "post", "star", "sentinel", "courier", "enterprise", "review", "record", "register",
    "leader", "observer", "standard", "examiner", "bulletin", "mail", "democrat", "republican", "citizen",
    "picayune", "argus", "eagle", "ledger", "chronicle", "advocate", "banner", "inquirer", "union", "sun",
    "spokesman", "clarion", "globe", "statesman", "intelligencer", "item", "reporter", "messenger", "world",
})  # fmt: skip


_MASTHEAD_HYPHENS = frozenset({"-", "–"})


_MAX_MASTHEAD_PLACE = 3  # "Fort Worth Star-Telegram", "St. Louis Post-Dispatch"


def _with_hyphenated_masthead(ents: list[Span]) -> list[Span]:
    """"The Arkansas Democrat-Gazette", "the Marshall Democrat-News": the recogniser cuts a
    newspaper's name at the hyphen of its masthead and tags the pieces a place and a person
    ("Arkansas", "Marshall Democrat"), which clustering then joins to the town or a
    namesake. Two masthead words joined by a hyphen with no space round it, with the
    capitalised words right before them (the paper's place, at most three), name one
    organisation; the entities inside it give way to it. A party's "Democrat-Republican"
    stays as it is, and so does a compound a capitalised word goes on from ("Post-World War
    II": "post" a prefix there)."""
    doc = ents[0].doc if ents else None
    if doc is None:
        return ents
    papers: list[Span] = []
    # Only the hyphens, from the Doc's word array: a loop over every word built three Token
    # objects a word, some 2,000 an article for a rule that rarely applies.
    for hyphen in token_indices(doc, ORTH, _MASTHEAD_HYPHENS):
        if not 0 < hyphen < len(doc) - 1:
            continue
        word, before, after = doc[hyphen], doc[hyphen - 1], doc[hyphen + 1]
        if word.whitespace_ or before.whitespace_:
            continue
        if not (before.is_title and after.is_title and before.lower_ in _MASTHEAD_WORDS and after.lower_ in _MASTHEAD_WORDS):
            continue
        if {before.lower_, after.lower_} == {"democrat", "republican"} or (papers and papers[-1].end > hyphen):
            continue
        if hyphen + 2 < len(doc) and doc[hyphen + 2].is_title and not doc[hyphen + 2].is_sent_start:
            continue  # a prefix of a longer name ("the Post-World War II order"): no masthead ends there
        start = hyphen - 1
        while start > 0 and hyphen - 1 - start < _MAX_MASTHEAD_PLACE and "\n" not in doc[start - 1].text_with_ws:
            previous = doc[start - 1]
            if not previous.is_title or previous.is_sent_start or previous.pos_ in ("DET", "ADP", "PRON", "VERB", "AUX"):
                break
            start -= 1
        papers.append(Span(doc, start, hyphen + 2, label="ORG"))
    return _giving_way(ents, papers)


def _with_rest_of_body_name(span: Span, body_names: frozenset[str]) -> Span:
    """'The Obama White House' tagged a person 'Obama White': the words after a surname and
    the next one make a body the article names elsewhere ("White House"), so the span is
    that body named after the person, an organisation (see :func:`_named_after_a_person`)."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or not doc[span.end].is_title or span[0].whitespace_ == "":
        return span
    for start in range(span.start + 1, span.end):
        if doc[start : span.end + 1].text.lower() in body_names or doc[start : span.end + 1].text == "White House":
            # (the White House by its own name even when the article names it only so)
            return Span(doc, span.start, span.end + 1, label="ORG")
    return span


def _with_body_name_before(span: Span, body_names: frozenset[str]) -> Span:
    """'Forward Colorado said' tagged a place 'Colorado': one or two capitalised words the
    recogniser left untagged before the name make with it a body the article names elsewhere, so
    the span is that body, an organisation."""
    if not body_names:
        return span  # no body of two words or more in the article: none to find
    doc = span.doc
    # The word before, then the one before it (the first was read already): a capitalised
    # word of letters outside any entity (ent_iob 2: "O") each.
    for start in (span.start - 1, span.start - 2):
        if start < 0:
            return span
        word = doc[start]
        if not (word.is_title and word.is_alpha and word.ent_iob == 2):
            return span
        if doc[start : span.end].text.lower() in body_names:
            return Span(doc, start, span.end, label="ORG")
    return span
