"""The person a description cannot be because the same verb has them in its other role.

"Ana Ruiz will lead the housing office. She was appointed by the mayor, who called her 'a
tireless advocate'": the relative "who" resolves as its antecedent "the mayor", and a role noun
goes, like a pronoun, to the person just named (:func:`.people._person_just_named`): Ana Ruiz,
whom the mayor appointed. One person is rarely the agent and the patient of one verb, so the
verb's subject (here "She", the passive's) is not its object's or agent's description
(session 62's left case, leftovers63). Only a description that is the verb's direct object or
its passive's agent ("by the mayor"), and a subject that is a name or "he"/"she": a
preposition's object is as often the subject's own side ("She spoke for the council"), and a
predicate noun ("She became the mayor") is the subject itself, which the parse marks "attr",
not "dobj". PolNeAR train: no record changed (the shape is rare there: an unnamed official
appointing a named one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.nlp.antecedents import rank_people
from newsmine.nlp.parser_labels import NOUN_SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.resolver import SpeakerResolver

__all__ = ["subject_of_its_verb"]

# Subject pronouns by the gender :func:`rank_people` ranks for.
_PERSONAL_SUBJECTS = {"he": "m", "she": "f"}


def subject_of_its_verb(resolver: SpeakerResolver, mention: Span) -> EntityCluster | None:
    """The person the subject of the verb stands for whose direct object or passive agent
    ``mention`` is ("She was appointed by the mayor": the one "She" is; "Ruiz thanked the
    mayor": Ruiz). None when the mention has no such verb or the subject is no name and no
    "he"/"she"."""
    verb = _verb_taking(mention.root)
    if verb is None:
        return None
    for subject in verb.children:
        if subject.dep_ not in NOUN_SUBJECT_DEPS:
            continue
        gender = _PERSONAL_SUBJECTS.get(subject.lower_)
        if gender is None:
            return resolver.index.cluster_of.get(subject.i)
        # ranked as the pronoun rules rank "she" where it stands (a module the description
        # rules cannot import: it imports them)
        previous = resolver.previous.cluster if resolver.previous is not None else None
        ranked = rank_people(resolver.index, subject.doc[subject.i : subject.i + 1], gender, previous)
        return ranked[0][0] if ranked else None
    return None


def _verb_taking(noun: Token) -> Token | None:
    """The verb whose direct object ``noun`` is, or whose passive's agent ("appointed by the
    mayor": 'by' hangs on the verb as "agent")."""
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.lower_ == "by":
        return noun.head.head
    return None
