"""A person the article names by a given name alone ("She gave her name only as Linda", "a
student who identified himself as Tyler") is a private person: news style names an office
holder in full. So "the senator" a few sentences later is the senator the article titled, not
the voter who spoke just before (:func:`known_by_given_name_only`, asked by
:func:`.people._titled_or_just_named`). Probe51c.
"""

from __future__ import annotations

from newsmine.nlp.entities import EntityCluster
from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name


def known_by_given_name_only(cluster: EntityCluster) -> bool:
    """Whether every mention of the person is one word, a first name of the lists, and the
    article gives them no title: no surname, so no public office of theirs is in view."""
    if cluster.label != "PERSON" or cluster.titles or " " in cluster.name or not cluster.mentions:
        return False
    return all(len(m) == 1 for m in cluster.mentions) and _known_first_name(cluster.name.lower())
