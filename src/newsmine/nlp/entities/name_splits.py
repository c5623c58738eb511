"""The recogniser's spans split where they run two names into one.

An organisation tagged over an owner and what it owns, split at the possessive ("Fox News
Channel’s Hannity"); names joined by "and" or commas ("Braynard and Chrabaszcz"); a dateline
and the name after it, or a photo credit, joined by a spaced dash or a slash ("CLEVELAND -
Donald Trump", "John Moore/Getty Images"); a speaker and the outlet told, run together over a
lower-case reporting verb ("Pruitt told The Post"). Each rule takes the article's entities and
returns more of them, each with its own label; apart from :mod:`.name_spans`, which cuts a
span's edges and keeps one span, and from :mod:`.whole_names`, which joins pieces.
"""

from __future__ import annotations

import collections

from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.entities.name_spans import _DASHES, _NOT_NAME_POS, _in_quotation_marks
from newsmine.nlp.entities.names import _LEADING_THE_RE
from newsmine.nlp.entities.word_lists import _POSSESSIVE
from newsmine.nlp.entities.word_lists import PLACE_AND_BODY_ENDINGS as _PLACE_AND_BODY_ENDINGS
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name


def _split_at_possessives(ents: tuple[Span, ...], surnames: collections.Counter[str], headline_end: int) -> list[Span]:
    """The recogniser's entities, with an organisation tagged over an owner and what it owns
    split in two: "Fox News Channel’s Hannity" is the outlet and the host, "Obama’s State
    Department" the person and the department. The owner must be a body (an outlet, a name
    ending in an institution's noun) or a surname of the article's people, so that names
    holding a possessive stay whole ("Women’s Media Center", "Emily’s List"). Not in the
    headline, whose capitals make any noun look a name ("Obama’s Initial Briefing")."""
    found: list[Span] = []
    for ent in ents:
        cut = _possessive_cut(ent, surnames) if ent.label_ in _POSSESSIVE_CUT_LABELS and ent.end_char > headline_end else None
        if cut is None:
            found.append(ent)
            continue
        owner_label, owned_label = cut
        doc = ent.doc
        i = next(t.i for t in ent if t.text in _POSSESSIVE)
        found.append(Span(doc, ent.start, i, label=owner_label))
        found.append(Span(doc, i + 1, ent.end, label=owned_label))
    return found


def _split_joined_names(ents: list[Span], surnames: collections.Counter[str]) -> list[Span]:
    """An organisation or place tagged over names joined by "and" or commas ("Braynard and
    Chrabaszcz", "Alphabet and Facebook", "Crane, Kibbe"): each name on its own when
    every one of them is a surname of the article's people (then a person) or a name the
    recogniser found on its own elsewhere in the article. Not a name joined by "&" ("Procter
    & Gamble"), nor one whose parts the article never names alone ("Ways and Means
    Committee", "Henry Holt and Company", "Politics and Pies")."""
    alone = collections.Counter(ent.text for ent in ents)
    found: list[Span] = []
    for ent in ents:
        parts = _joined_parts(ent) if ent.label_ in ("ORG", "FAC") else None
        if parts is None or not all(surnames[part[-1].lower_] > 0 or alone[part.text] > 0 for part in parts):
            found.append(ent)
            continue
        for part in parts:
            label = "PERSON" if surnames[part[-1].lower_] > 0 else ent.label_
            found.append(Span(ent.doc, part.start, part.end, label=label))
    return found


# Reporting verbs the recogniser runs a speaker and the outlet told into one name ("Pruitt told
# The Post and Courier" tagged an organisation): in the past or present tense, lower case.
_SPLITTING_VERBS = frozenset({"told", "tells", "said", "says"})


def _split_at_reporting_verbs(ents: list[Span], surnames: collections.Counter[str]) -> list[Span]:
    """The recogniser's entities cut at a lower-case reporting verb ("told", "said") the parse
    reads as a verb inside them: "Pruitt told The Post" is the speaker and the outlet, each a
    name of its own. The side before is a person when it ends with a surname of the article's
    people or opens with a known first name (else it keeps the span's label); the side after
    keeps the span's label. Only when both sides open with a capital, and not for a title in
    quotation marks, whose words may hold any verb ("'Nobody Told Me'" has capitals; "'Mother
    said no'" is a work)."""
    found: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cut = next(
            (
                i for i in range(ent.start + 1, ent.end - 1)
                if doc[i].lower_ in _SPLITTING_VERBS and doc[i].is_lower and doc[i].pos_ == "VERB"
            ),
            None,
        )  # fmt: skip
        if cut is None or not (doc[ent.start].is_title and doc[cut + 1].is_title) or _in_quotation_marks(ent):
            found.append(ent)
            continue
        before, after = doc[ent.start : cut], doc[cut + 1 : ent.end]
        person = surnames[before[-1].lower_] > 0 or _known_first_name(before[0].lower_)
        found.append(Span(doc, before.start, before.end, label="PERSON" if person else ent.label_))
        found.append(Span(doc, after.start, after.end, label=ent.label_))
    return found


# Labels of the spans cut at a spaced dash: the kinds whose names never hold one (titles of
# works and events do: "Jews Against Trump - Because We've Seen This Before").
_DASH_CUT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _split_at_separators(ents: list[Span], lower_words: frozenset[str], surnames: collections.Counter[str]) -> list[Span]:
    """The recogniser's entities cut where a separator no name holds runs two things together:
    a dash with a space on each side ("CLEVELAND - Donald Trump", a dateline and the first
    name of the story; "the term used by Kingson - Deacon fought back"; "Deborah Jordan
    Reynolds - Santilli's girlfriend"), and for a person a slash ("John Moore/Getty Images", a
    photo credit; "Samantha-Jo Roth/HuffPost"). Hyphenated names have no spaces round their
    hyphen ("Ban Ki-moon", "Wasserman-Schultz") and stay whole. Each side keeps the span's
    label (the clustering and the lists fix it: "ROME" is a place), or a person's when it is a
    known first name and more ("BERLIN - Donald Trump" tagged ORG); a side that is no name is
    dropped: no capital, or one word the article writes in lower case elsewhere or the tagger
    reads as no noun ("NEW HAMPSHIRE - Since", "NEW YORK - Presidential campaigns"). The
    sides of a person's slash are people when they read as one (a known first name, or a
    surname of the article's people: "Cruz/Carly Fiorina"), else the agency or outlet of a
    credit ("Getty Images", "HuffPost"): an organisation."""
    found: list[Span] = []
    for ent in ents:
        doc = ent.doc
        cuts = [
            i for i in range(ent.start + 1, ent.end - 1)
            if (doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_ and ent.label_ in _DASH_CUT_LABELS)
            or (doc[i].text == "/" and ent.label_ == "PERSON")
        ]  # fmt: skip
        if not cuts:
            found.append(ent)
            continue
        bounds = [ent.start - 1, *cuts, ent.end]
        for start, end in zip(bounds, bounds[1:]):
            part = doc[start + 1 : end]
            if not any(t.is_title or t.is_upper for t in part if t.is_alpha):
                continue  # "power - Wall Street", "Trump - 60"
            if len(part) == 1 and (part[0].lower_ in lower_words or part[0].is_stop or part[0].pos_ in _NOT_NAME_POS):
                continue  # "NEW HAMPSHIRE - Since", "NEW YORK - Presidential campaigns"
            label = ent.label_
            if ent.label_ == "PERSON" and any(doc[i].text == "/" for i in cuts):
                person = _known_first_name(part[0].lower_) or (len(part) == 1 and surnames[part[0].lower_] > 0)
                label = "PERSON" if person else "ORG"
            elif len(part) >= 2 and part[0].is_title and _known_first_name(part[0].lower_):
                label = "PERSON"  # "BERLIN - Donald Trump" tagged ORG: the person after the dateline
            found.append(Span(doc, part.start, part.end, label=label))
    return found


def _joined_parts(ent: Span) -> list[Span] | None:
    """The names of ``ent`` when it is nothing but capitalised names joined by commas and
    "and" (", and" too), at least two of them, else None."""
    if any(t.text == "&" for t in ent) or any(not t.is_title and t.text not in (",", "and") for t in ent):
        return None
    parts: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i < ent.end and ent.doc[i].text not in (",", "and"):
            continue
        if i > start:
            parts.append(ent.doc[start:i])
        elif not (i < ent.end and ent.doc[i].text == "and" and ent.doc[i - 1].text == ","):
            return None  # a joint with no name before it
        start = i + 1
    if len(parts) < 2 or any(not t.is_alpha for part in parts for t in part):
        return None
    return parts


# The labels the recogniser gives an owner and a person together ("Commentary’s Noah Rothman"
# ORG, "New Republic’s Jeet Heer" GPE, "Twitter's Adam Sharp" WORK_OF_ART).
_POSSESSIVE_CUT_LABELS = frozenset({"ORG", "GPE", "WORK_OF_ART", "FAC", "NORP"})


def _possessive_cut(ent: Span, surnames: collections.Counter[str]) -> tuple[str, str] | None:
    """(owner label, owned label) when :func:`_split_at_possessives` splits ``ent``, else None."""
    marks = [t.i for t in ent if t.text in _POSSESSIVE]
    if len(marks) != 1 or not ent.start < marks[0] < ent.end - 1:
        return None
    doc = ent.doc
    owner, owned = doc[ent.start : marks[0]], doc[marks[0] + 1 : ent.end]
    if not (owned[0].is_title or owned[0].is_upper):
        return None
    owner_key = _LEADING_THE_RE.sub("", owner.text.lower())
    owned_person = _owned_person(owned, surnames)
    if owner_key in lexicons.load("outlets") or owner[-1].lower_ in lexicons.load("organisation_nouns"):
        owner_label = "ORG"
    elif len(owner) == 1 and surnames[owner[0].lower_]:
        owner_label = "PERSON"
    elif owned_person:
        # "Commentary’s Noah Rothman", "Boston’s Walsh": whoever the owner, a person named in
        # full (or by a surname of the article's people) after it is a person of the owner's
        owner_label = "GPE" if owner_key in lexicons.load("places") else "ORG"
    else:
        return None
    if ent.label_ != "ORG" and not owned_person:
        return None  # "Clinton’s War on Women" (a title): other tags are split before a person only
    person = _known_first_name(owned[0].lower_) or (len(owned) == 1 and surnames[owned[0].lower_] > 0)
    if not person and len(owned) < 2:
        return None  # "Columbia University’s Institute": the recogniser cut the name short
    return owner_label, "PERSON" if person else "ORG"


def _owned_person(owned: Span, surnames: collections.Counter[str]) -> bool:
    """The part after an owner's possessive is a person: a known first name and one or two
    capitalised words ("Noah Rothman", "Ben Shapiro"), or a surname of the article's people."""
    last = owned[-1].lower_
    if last in _PLACE_AND_BODY_ENDINGS or last in lexicons.load("organisation_nouns"):
        return False  # "Swiss People’s Party", even with a "… Party" tagged a person elsewhere
    if len(owned) == 1:
        return owned[0].is_title and surnames[owned[0].lower_] > 0
    words = [t for t in owned if t.text != "."]
    return (
        len(owned) <= 3
        and _known_first_name(owned[0].lower_)
        and all(t.is_title or (len(t.text) <= 2 and t.text[:1].isupper()) for t in words)
    )
