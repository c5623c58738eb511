"""A reporting verb the parse reads as a reduced relative of the noun before it is the
sentence's main verb: 'Several outlets reported on Wednesday the agency had held “more than one
meeting” …', 'Beruff, a Scott ally, called the standards “strong.”'.

The small parser reads a past form after a noun as a participle modifying it ('a group called
…', 'the report released on Tuesday'), an ``acl``, and does so wrongly in two shapes where the
verb is the sentence's main one; the report then had no content of its own, and a quoted phrase
in its words was lost (extract66: three of the first forty direct contents with no quote kept
on PolNeAR train that ``training/direct_misses.py`` lists as 'none: fragment'):

- *two subjects*: 'Multiple outlets reported on Wednesday the Secret Service had “more than one
  conversation” …' hangs 'reported' on 'outlets' and makes 'outlets' and 'Secret Service' two
  subjects of 'had'. A verb has one subject; the noun the report hangs on is the report's, and
  the verb with the second subject is the report's complement clause
  (:func:`_two_subjects_clause`);
- *no main verb*: 'Beruff, a Scott ally, called Florida's standards “strong.”' and 'Stuart
  Stevens, who served as …, called Trump's statements … "childish."' hang 'called', after a
  comma, on the apposition's or the relative clause's last noun, and the sentence's root is its
  subject noun. A sentence has a main verb: the report after the comma is it, the root noun its
  subject, and the root's dependents after the report are the report's (:func:`_verbless_root`).

Only reporting verbs of the cue lexicon (the tagger calls every one of these past forms VBN,
so the tag tells nothing). A genuine reduced relative has neither shape: it leaves the noun a
subject of one verb ('The report released on Tuesday found …') or sits in a sentence whose root
is a verb ('The report, released on Tuesday, found …'); a caption's noun phrase ('Jo Lane, the
author of a memoir called “Open Water.”', 'The first film by the director, called …') is kept
apart by the two commas the verbless shape asks for. The heads are changed in place, as
:func:`~newsmine.nlp.attribution.context.raise_reports_over_asides` does for a report across an
aside.
"""

from __future__ import annotations

import numpy as np

__all__ = ["raise_reports_from_reduced_relatives"]

# Parts of speech of a root that is a noun phrase, not a clause.
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def raise_reports_from_reduced_relatives(
    head: np.ndarray, dep: list[str], pos: list[str], lemma: list[str], lower: list[str], cue_lemmas: frozenset[str],
) -> None:  # fmt: skip
    """Make each reporting verb of ``cue_lemmas`` the parse reads as a reduced relative (an
    ``acl``) in one of the module's two shapes the head of its clause (``head`` and ``dep`` in
    place)."""
    for report, label in enumerate(dep):
        if label != "acl" or pos[report] != "VERB" or lemma[report] not in cue_lemmas:
            continue
        noun = int(head[report])
        if noun >= report:
            continue
        clause = _two_subjects_clause(head, dep, pos, noun, report)
        if clause >= 0:
            head[report] = report if head[clause] == clause else head[clause]
            dep[report] = dep[clause]
            head[noun] = report
            head[clause] = report
            dep[clause] = "ccomp"
            continue
        root = _verbless_root(head, dep, pos, lower, noun, report)
        if root >= 0:
            for k in range(report + 1, len(dep)):
                if head[k] == root:
                    head[k] = report
            head[report] = report
            dep[report] = "ROOT"
            head[root] = report
            dep[root] = "nsubj"


def _two_subjects_clause(head: np.ndarray, dep: list[str], pos: list[str], noun: int, report: int) -> int:
    """The verb whose subject ``noun`` is when the verb has a second subject after ``report``
    ('outlets reported on Wednesday the Secret Service had'), else -1. A name right after a
    common noun is no second subject but that noun's apposition, which the parse took for one:
    'A statement posted on the website GunBroker.com said …' is a real reduced relative (PolNeAR
    train; the first version made 'posted' the report)."""
    if dep[noun] != "nsubj":
        return -1
    verb = int(head[noun])
    if verb <= report:
        return -1
    second = any(
        head[k] == verb and dep[k] == "nsubj" and pos[_phrase_start(head, k, report + 1) - 1] != "NOUN"
        for k in range(report + 1, verb)
    )
    return verb if second else -1


def _phrase_start(head: np.ndarray, word: int, lo: int) -> int:
    """The first token from ``lo`` on whose heads lead to ``word``: where its phrase starts."""
    for k in range(lo, word):
        j, steps = k, 0
        while j != word and head[j] != j and steps < 8:
            j, steps = int(head[j]), steps + 1
        if j == word:
            return k
    return word


def _verbless_root(head: np.ndarray, dep: list[str], pos: list[str], lower: list[str], noun: int, report: int) -> int:
    """The sentence's root when it is a noun set off by a comma, ``report`` follows a comma and
    ``noun`` is the root or a word of its set-off phrase ('Beruff, a Scott ally, called');
    else -1."""
    if lower[report - 1] != ",":
        return -1
    root = noun
    steps = 0
    while head[root] != root and steps < 8:
        root = int(head[root])
        steps += 1
    if head[root] != root or dep[root] != "ROOT" or pos[root] not in _NOUN_POS or root + 1 >= report:
        return -1
    return root if lower[root + 1] == "," else -1
