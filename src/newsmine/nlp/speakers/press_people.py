"""A person the article names as one of the press — with an outlet ('Ken Oduya, Associated
Press.', 'Jordan Mercer of Fox News asked …', 'Fox News's Jordan Mercer') or with a journalist's
title ('reporter Tom Reyes', 'CNN anchor Ana Ruiz') — asks about public office holders and holds
no office: "the president" or "the chairman of the House Oversight Committee" just after is
someone else, whom the article may never name (:func:`named_as_press`, asked by
:func:`.people._fits_just_named`). Session 60, transcript60: a briefing's reporter naming
himself before his question ('Q Ken Oduya, Associated Press. Does the president think …') had
taken the president's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.antecedents.body_words import outlet_name
from newsmine.nlp.speakers.words import _BYGONE, _PRESS_WRITERS, PRESS_TITLES

if TYPE_CHECKING:
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.entities import EntityCluster

__all__ = ["named_as_press", "named_as_press_or_writer"]

# Words between a name and its outlet: 'Ken Oduya, Associated Press', 'Jordan Mercer of Fox
# News', 'Ana Ruiz, of The Washington Post'.
_TO_OUTLET = frozenset({",", "of", "from", "with"})


def named_as_press(index: DocIndex, cluster: EntityCluster) -> bool:
    """Whether the article names the person as one of the press: a journalist's title of
    theirs, or a mention followed by a news outlet (after a comma, 'of', 'from' or 'with', one
    or two words apart) or preceded by an outlet's possessive ("Fox News's Jordan Mercer").
    Not one whose every journalist's title is past ('former Fox News host Mike Huckabee', 'Jay
    Carney, a former Time magazine correspondent'): a journalist who left the press may hold the
    office ("The former governor said", "The press secretary said"; review60d)."""
    if cluster.label != "PERSON":
        return False
    if index.title_words(cluster) & PRESS_TITLES:
        return not _only_bygone_press(cluster)
    doc = index.doc
    for mention in cluster.mentions:
        after = mention.end
        while after < len(doc) and after - mention.end < 2 and doc[after].lower_ in _TO_OUTLET:
            after += 1
        if after > mention.end and _outlet_at(index, after) and not _left_the_outlet(index, mention):
            if not (doc[after - 1].lower_ == "with" and _owns_what_follows(index, after)):
                return True  # not "Tom Berg, with CNN's cameras rolling, …" (review60d); "Ana Ruiz of CNN's State of the Union" is press
        before = mention.start - 1
        if before > 0 and doc[before].lower_ in ("'s", "’s") and _outlet_at(index, before - 1):
            return True
    return False


def named_as_press_or_writer(index: DocIndex, cluster: EntityCluster) -> bool:
    """Whether the article names the person as one of the press (:func:`named_as_press`) or
    titles them a writer or an editor ('Staff writer Ken Alvarez talked with Hawks coach Dale
    Harmon': the interview's asker; leftovers62). Those two titles are an author's or a
    publisher's trade as often, so they make no one press elsewhere: 'Ann Tully, a writer, is
    running for the state Senate' may be "the candidate" (review62a)."""
    return named_as_press(index, cluster) or (
        cluster.label == "PERSON" and bool(index.title_words(cluster) & _PRESS_WRITERS)
    )


def _left_the_outlet(index: DocIndex, mention) -> bool:
    """Whether the name ``mention``, set before its outlet, is the subject of 'left' or 'quit'
    with an object that is an outlet or a newsroom's noun: 'Lena Ortiz of NBC News left the
    network in 2016 to run for office' names one who was of the press and may hold the office
    ("The senator says …"; review60d's strict xfail, leftovers62). Not 'left the studio early'
    (no such noun) nor 'left the briefing': she is still of the press. PolNeAR train writes no
    journalist leaving an outlet so (leftovers61's count), so the rule is from invented copy."""
    subject = mention.root
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_ not in ("leave", "quit") or _for_another_outlet(index, verb):
        return False
    return any(
        o.dep_ == "dobj" and (o.lower_ in _NEWSROOM_NOUNS or _outlet_at(index, o.i)) for o in verb.children
    )


def _for_another_outlet(index: DocIndex, verb) -> bool:
    """Whether the leaving ``verb`` names another outlet the journalist went to: 'left the
    network in 2016 for CNN', '… to join The Washington Post' — still of the press (review62a)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            outlet_dep = "pobj"  # 'for CNN'
        elif child.dep_ in ("advcl", "xcomp") and child.lemma_ == "join":
            outlet_dep = "dobj"  # 'to join CNN'
        else:
            continue
        if any(o.dep_ == outlet_dep and _outlet_at(index, o.i) for o in child.children):
            return True
    return False


# What a journalist leaves when leaving the press ('left the network', 'quit the paper').
_NEWSROOM_NOUNS = frozenset({"network", "paper", "newspaper", "station", "magazine", "channel", "journalism", "newsroom"})


def _only_bygone_press(cluster: EntityCluster) -> bool:
    """Whether every title of the person that names a journalist's trade puts it in the past
    ('former NBC anchor'); False when no title does (the trade came from a description)."""
    press_titles = [words for title in cluster.titles if PRESS_TITLES & (words := set(title.lower().replace("-", " ").split()))]
    return bool(press_titles) and all(words & _BYGONE for words in press_titles)


def _owns_what_follows(index: DocIndex, i: int) -> bool:
    """Whether the outlet whose name holds token ``i`` is a possessive owner ("CNN's cameras")."""
    doc = index.doc
    outlet = index.cluster_of.get(i)
    end = i
    while end < len(doc) and (doc[end].ent_type_ == "ORG" or (outlet is not None and index.cluster_of.get(end) is outlet)):
        end += 1
    return end < len(doc) and doc[end].lower_ in ("'s", "’s")


def _outlet_at(index: DocIndex, i: int) -> bool:
    """Whether token ``i`` is part of an organisation the article names that is a news outlet."""
    if not 0 <= i < len(index.doc):
        return False
    cluster = index.cluster_of.get(i)
    if cluster is not None and cluster.label == "ORG":
        return outlet_name(cluster.name)
    entity = index.doc[i]
    return entity.ent_type_ == "ORG" and any(outlet_name(ent.text) for ent in index.doc.ents if ent.start <= i < ent.end)
