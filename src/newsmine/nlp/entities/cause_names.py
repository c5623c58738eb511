"""A body named for its cause, made whole: "Colorado Families for a Fair Wage".

Advocacy groups and campaign committees are named for what they stand for ("Colorado
Families for a Fair Wage", "Texas Parents for Safer Schools"); the small model ends the
organisation at "for" and tags the cause apart (a law, "a Fair Wage"; a person, "Safer
Schools"), so the speaker came out named "Colorado Families". The name runs on over "for",
"a" or "an" if any, and the capitalised words after it when the parse hangs "for" on the
organisation's own word (a verb's "for" stays out: "praised Acme Corp for the Clean Energy
Pledge") and no date, number, place or other body is among those words (a pollster working for
its client, "Edison Research for the Associated Press", stays two). Not after "the": "Harlow
Research for the Dunmore Ledger" is a pollster and the paper it works for, the paper left
untagged. Not in a sentence in title case (a headline: "Boeing Machinists for a Third Week Stay
Off the Job", where capitals mark no name: the recogniser tags the weeks DATE only in lower case,
and the run ate the verb; review52e). The entities inside give way
(:func:`~.whole_names._giving_way`).

A people's plural the recogniser tags a nationality or a party ("Americans", "Democrats") opens
such a name too: "Americans for Prosperity", "Young Americans for Freedom", "Democrats for
Life" (the speaker came out anonymous, "Americans" no body; xfail53). Not before a person ("rallies
Democrats for Clinton", a train headline: whom they are rallied for, though "Americans for Trump"
is a group too), and a singular or an adjective ("American for a Day", "Democratic") opens none.
Of the 18 PolNeAR train articles with such a plural before "for" and a capital, it makes three
group names whole ("Americans for Prosperity" twice, "Democrats for Education Reform") and no other
name.

A capitalised plural of people the recogniser leaves untagged opens one too ("Moms for Safe
Streets", "Veterans for America"; :func:`_people_for_a_cause`, xfail54).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Span

from newsmine.nlp import lexicons
from newsmine.nlp.doc_attrs import token_indices
from newsmine.nlp.entities.name_spans import _in_title_case
from newsmine.nlp.entities.whole_names import _giving_way

__all__ = ["_with_cause_after_for"]

# A cause is written with "a"/"an" or bare ("for a Fair Wage", "for Safer Schools"); "for the …"
# most often names whom the body works for ("Harlow Research for the Dunmore Ledger", a pollster
# and the paper that paid it, the recogniser leaving the paper untagged).
_ARTICLES = frozenset({"a", "an"})
# Small words a cause's name may hold between its capitalised words ("Clean Air and Water").
_JOINERS = frozenset({"and", "of", "&"})
# What the recogniser tags after "for" that is no part of a name: a date or a number ("for the
# Fiscal Year"), and another body or place, for whom the first works ("Edison Research for the
# Associated Press", a pollster and its client: 5 speakers on PolNeAR train, session 52).
_NOT_A_CAUSE = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "GPE", "ORG", "NORP", "FAC", "LOC"}
)


def _with_cause_after_for(ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation followed by 'for [a|an] Capitalised Words', its
    'for' a preposition of the organisation's words, running on over those words."""
    if not ents:
        return ents
    doc = ents[0].doc
    names: list[Span] = []
    for ent in ents:
        if not _may_open_a_cause_name(ent) or ent.end + 1 >= len(doc) or not ent[-1].is_title:
            continue
        prep = doc[ent.end]
        if prep.lower_ != "for" or not (ent.start <= prep.head.i < ent.end):
            continue
        end = _cause_end(doc, ent.end + 1)
        if end < 0 or _in_title_case(ent.sent):
            continue
        inside = [e for e in ents if e.start < end and ent.end < e.end and e is not ent]
        if any(e.end > end or e.label_ in _NOT_A_CAUSE for e in inside):
            continue
        if ent.label_ == "NORP" and any(e.label_ == "PERSON" for e in inside):
            continue  # "rallies Democrats for Clinton": the people rallied for a person, no group's name
        names.append(Span(doc, ent.start, end, label="ORG"))
    names += _people_for_a_cause(doc, ents)
    return _giving_way(ents, names) if names else ents


def _people_for_a_cause(doc, ents: list[Span]) -> list[Span]:
    """'Moms for Safe Streets', 'Veterans for America', 'Students for a Democratic Society': a
    capitalised plural of people the recogniser left untagged, its 'for' and a capitalised cause
    hung on it, is a group's name as an organisation's or a nationality's is (probe53c's strict
    xfail: "the group" found no body). Not before a person or another body ("Citizens for
    Trump", "Executives for Mondelez": whom they back or work for), nor before a body the
    recogniser left untagged, known by its last word ("Nurses for Mercy General", "Workers for
    Acme Packing Company": where they work, review54c), nor in a title-case line."""
    # Only the article's "for"s are read (one array search): the walk over every token made a
    # Token of each word of the article to ask its lower case (session 55).
    fors = token_indices(doc, LOWER, _FOR)
    if not fors:
        return []
    tagged = {i for e in ents for i in range(e.start, e.end)}
    found: list[Span] = []
    for at in fors:
        prep, i = doc[at], at - 1
        if i < 0 or i in tagged or prep.head.i != i:
            continue
        word = doc[i]
        if not word.is_title or word.tag_ not in ("NNS", "NNPS") or not _people_plural(word):
            continue
        end = _cause_end(doc, prep.i + 1)
        if end < 0 or _in_title_case(word.sent) or _a_workplace(doc[end - 1]):
            continue
        inside = [e for e in ents if e.start < end and prep.i < e.end]
        if any(e.end > end or e.label_ in _NOT_A_CAUSE or e.label_ == "PERSON" for e in inside):
            continue
        found.append(Span(doc, i, end, label="ORG"))
    return found


_FOR = frozenset({"for"})

# Plurals of people a cause group is named for, beyond the person nouns' lexicon.
_PEOPLE_PLURALS = frozenset({
    "moms", "mothers", "dads", "fathers", "parents", "families", "grandparents", "women", "citizens",
    "neighbors", "neighbours", "voters", "taxpayers", "veterans", "students", "teachers", "nurses",
    "doctors", "physicians", "scientists", "priests", "pastors", "farmers", "workers", "residents",
})  # fmt: skip


# Last words of a workplace's name ("Mercy General", "Riverside Clinic") beyond the organisation
# nouns' lexicon: people "for" it work there; a cause is no building or firm ("Safe Schools" is
# a plural, a cause).
_WORKPLACE_WORDS = frozenset({
    "hospital", "general", "clinic", "school", "college", "academy", "center", "centre", "company", "co",
    "corp", "inc", "llc", "ltd", "factory", "plant", "mill", "store", "hotel", "airline", "airlines",
    "railroad", "railway", "mine", "church", "diocese", "district", "county", "city",
})  # fmt: skip


def _a_workplace(last) -> bool:
    """Whether ``last``, a cause's last word, ends a workplace's or a body's name ('Hospital',
    'Company', 'Union'): people named for it work there, no group is named for a cause."""
    low = last.lower_
    return low in _WORKPLACE_WORDS or low in lexicons.load("organisation_nouns")


def _people_plural(word) -> bool:
    """Whether ``word`` is a plural naming people ('Moms', 'Veterans')."""
    low = word.lower_
    return low in _PEOPLE_PLURALS or (low.endswith("s") and low[:-1] in lexicons.load("person_nouns"))


def _may_open_a_cause_name(ent: Span) -> bool:
    """Whether ``ent`` may open a body named for its cause: an organisation, or a people's
    plural tagged a nationality or party ("Americans", "Sikh Americans", "Democrats")."""
    return ent.label_ == "ORG" or (ent.label_ == "NORP" and ent[-1].tag_ == "NNPS")


def _cause_end(doc, i: int) -> int:
    """The end of the capitalised words from token ``i`` (after "a" or "an"), joined by
    'and'/'of'; -1 when none; a run after "the" is none."""
    if i < len(doc) and doc[i].lower_ in _ARTICLES and doc[i].is_lower:
        i += 1
    elif i < len(doc) and doc[i].lower_ == "the":
        return -1
    end = -1
    while i < len(doc):
        token = doc[i]
        if token.is_title and token.is_alpha:
            end = i = i + 1
        elif token.lower_ in _JOINERS and end == i and i + 1 < len(doc) and doc[i + 1].is_title:
            i += 1
        else:
            break
    return end

