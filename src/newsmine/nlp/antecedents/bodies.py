"""Ranking the organisation ("it") or group ("they") a pronoun stands for: :func:`rank_bodies`."""

from __future__ import annotations

from spacy.tokens import Span

from newsmine.nlp.antecedents.body_words import _BODY_LABELS
from newsmine.nlp.antecedents.doc_index import DocIndex
from newsmine.nlp.antecedents.groups import _first_of_conjunction, _first_of_people
from newsmine.nlp.antecedents.named import _Named
from newsmine.nlp.antecedents.weights import _BODY_SENTENCES
from newsmine.nlp.entities import EntityCluster


def rank_bodies(index: DocIndex, mention: Span, plural: bool) -> EntityCluster | None:
    """The organisation ("it") or group ("they") a pronoun stands for: one named as a subject
    in this or the last sentences, outside quotations; else None (a pronoun with no such
    antecedent is as often no one: "it is said", "they say")."""
    sentence = index.sentence_of[mention.root.i]
    labels = ("NORP", "ORG") if plural else ("ORG", "GPE")
    own_sentence_read = False
    for n in index._recent(mention.start_char):
        if sentence - n.sentence > _BODY_SENTENCES:
            break
        if n.sentence < sentence and not own_sentence_read:
            # none named as a subject in the pronoun's own sentence: one named there otherwise
            # comes before the subjects of the sentences before
            own_sentence_read = True
            earlier = _body_earlier_in_sentence(index, mention, plural)
            if earlier is not None:
                return earlier
        if n.in_quote or not n.subject:
            continue
        if plural and n.cluster.label == "PERSON" and _first_of_people(index, n.token):
            return n.cluster  # "Lee and Ruiz said … they": a conjunction stands for its first member
        if n.cluster.label not in labels:
            continue
        if plural and n.cluster.label == "ORG" and not n.cluster.name.lower().endswith("s"):
            continue
        return n.cluster
    return None if own_sentence_read else _body_earlier_in_sentence(index, mention, plural)


def _body_earlier_in_sentence(index: DocIndex, mention: Span, plural: bool) -> EntityCluster | None:
    """'Documents from the DNC began circulating after it announced …', 'groups like the ACLU
    and the NACDL praised …, they said': with no body named as a subject, the one organisation
    named earlier in the pronoun's own sentence ("it"), or the first of a conjunction of
    organisations there ("they", the convention for a conjunction)."""
    sentence = index.sentence_of[mention.root.i]
    before: list[_Named] = []
    for n in index._recent(mention.start_char):
        if n.sentence != sentence:
            break
        if not n.in_quote and n.cluster.label in _BODY_LABELS:
            before.append(n)
    if plural:
        first = [n for n in before if n.cluster.label == "ORG" and _first_of_conjunction(index, n.token, ("ORG",))]
        return first[-1].cluster if first else None
    bodies = {id(n.cluster): n.cluster for n in before}
    return next(iter(bodies.values())) if len(bodies) == 1 and before[0].cluster.label == "ORG" else None
