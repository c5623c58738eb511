"""Candidate antecedents of a speaker pronoun or description, ranked by rules with features.

:class:`DocIndex` reads once per article what the ranking needs about each named mention:
its sentence, whether it sits inside quotation marks (a name inside a quotation is the
speaker's words, not an antecedent of "he said"), whether it is a subject, and per entity
its gender (honorifics, first names, pronouns resolved to it), its titles and party, and the
descriptor nouns written next to an organisation ("the bank Wells Fargo").

The scores are a weighted sum of plain features (recency in sentences, subject role,
previous speaker, prominence) whose weights were set by reading resolutions on PolNeAR train
articles; they are constants in :mod:`.weights` so that a change is one visible edit.

The package, by module. The cut follows what each piece reads: the index is built once per
article from the per-entity evidence (gender, cluster words, body words), and the rankings
read the index per mention, so each ranking is one module and the evidence the index
gathers sits below it, with no module importing one that imports it:

- :mod:`.doc_index` — :class:`DocIndex`: the named mentions by position, by name word and by
  entity, and the look-ups the speaker resolver asks of an article (latest person, the body a
  description fits, the most prominent person for a role);
- :mod:`.people` — :func:`rank_people` (he / she) and its rules: asked just before, reported
  by the previous speaker, named in the pronoun's own clause or quotation, its addressee;
- :mod:`.bodies` — :func:`rank_bodies` (it / they); :mod:`.groups` — :func:`rank_pair`, :func:`rank_former_or_latter`
  ("the two"), :func:`rank_group` ("the rivals"), :func:`rank_people_named_together` (a
  "they" nothing else resolved) and conjunctions of names;
- :mod:`.gender` — gender from titles, honorifics and first names, and from pronouns;
- :mod:`.cluster_words` — a person's party and apposition nouns, an organisation's
  descriptors, families, companies tagged as places;
- :mod:`.body_words` — the word lists that say what an organisation is, :func:`outlet_name`;
- :mod:`.named` — one named mention (``_Named``) and what makes it a sentence's subject;
- :mod:`.weights` — the ranking's weights and distances.
"""

from __future__ import annotations

from newsmine.nlp.antecedents.bodies import rank_bodies
from newsmine.nlp.antecedents.body_words import outlet_name
from newsmine.nlp.antecedents.cluster_words import _descriptor_words, _party_words  # noqa: F401
from newsmine.nlp.antecedents.doc_index import DocIndex
from newsmine.nlp.antecedents.groups import (
    people_noun,
    rank_former_or_latter,
    rank_group,
    rank_pair,
    rank_people_named_together,
)
from newsmine.nlp.antecedents.people import rank_people

__all__ = [
    "DocIndex",
    "outlet_name",
    "people_noun",
    "rank_bodies",
    "rank_group",
    "rank_former_or_latter",
    "rank_pair",
    "rank_people",
    "rank_people_named_together",
]
# The private names imported above (noqa) are read from the package by the tests
# (test_speakers.py, test_speed_equivalence.py), as they were from antecedents.py.
