"""Resolve a speaker mention, as written, to the canonical entity it stands for.

Resolved in text order (the previous speaker matters), per document. Each case says how the
name was reached (:class:`newsmine.records.SpeakerResolution`):

- a **name** (the mention's head word belongs to a named-entity mention, or a capitalised word
  of the mention names an entity of the article) resolves to that entity; a name nobody
  clustered is kept as written ("Politifact said"). A document named with its author
  ("a Harlow poll", "a report by the Daily Ledger", "Mr. Lee's memo") resolves to the author;
  a mention that runs a name and its verb into another name ("Dana Whitlock Endorses Ray
  Ortiz:", a headline's title case) resolves to the name before the verb;
- a **name in apposition** ("the mayor, Ana Ruiz, said") resolves to that name; an unnamed
  mention left unresolved or anonymous resolves to a name it is joined to: the first named
  member of its conjunction ("Several groups and the Harbor League said"), the person it
  stands in apposition to ("Marta Lindgren, the widow of …"); a description after a body's
  name and a comma resolves to that body ("Harbor Fund, the super PAC backing Ames,"), a name
  the recogniser did not tag kept as written ("Right to Rise USA, the super PAC …,");
- **he / she** rank the people named before them (:mod:`newsmine.nlp.antecedents`): gender
  (honorifics, first names, earlier pronouns), recency in sentences, the subject role, the
  previous speaker and how often the person was named; names inside quotation marks are not
  candidates ('"I met Lee," he said' is not Lee);
- **it** / **they** resolve to the previous speaker when it is an organisation or a group,
  else to an organisation or group that was the subject of a recent sentence;
- a **relative pronoun** ("Smith, who said …") resolves as its antecedent;
- a **description** of a person ("the senator", "the Republican nominee") resolves to the
  person whose titles, as written in the article, hold its words (``title``), else — for a
  definite description headed by a role noun — to the most prominent recent person
  (``description``); a description of an organisation ("the newspaper", "the agency", "the
  union") to the recent organisation of a compatible type; "the campaign" / "her campaign"
  to the campaign of its candidate; "the poll" / "the report" to the author of the latest
  poll or report named with one;
- an **unnamed source** ("a senior official", "sources familiar with the talks", "aides")
  is ``kind: anonymous`` with the mention as its name (a relative "who" with the description
  it stands for: "a longtime adviser to Trump, who declined to be identified");
- anything else is ``unresolved``.

The resolver does not change the clusters: a pronoun it resolves comes back as
``Resolution.added_mention``, and :func:`add_resolved_references` adds those to their clusters' references.

The package, by module (each rule is a function that takes the resolver as its first argument):

- :mod:`.resolver` — :class:`SpeakerResolver`: a document's state and the order the rules are
  tried in for each mention; the routes it tries, which say what kind a mention is and hand it
  to the rules below, by kind: :mod:`.pronoun_routes`, :mod:`.tagged_names` (names as tagged,
  capitalised words untagged), :mod:`.nations` (people of a nation), :mod:`.description_routes`
  (common nouns: descriptions, unnamed sources, parties), :mod:`.channels` (accounts, websites);
- :mod:`.resolution` — :class:`Resolution`, an entity as one, :func:`add_resolved_references`;
- :mod:`.names` — names and names in apposition; :mod:`.written_names` (a name nobody clustered,
  kept as written), :mod:`.joined_names` (people joined by "and", a family),
  :mod:`.headline_case` (the headline's title case);
  :mod:`.body_appositions` — a description in apposition to a body named before it ("Harbor
  Fund, a super PAC backing …,"; an untagged name: :mod:`.untagged_bodies`);
- :mod:`.pronouns` — he / she, his / her, relative pronouns; :mod:`.body_pronouns` — it / they;
- :mod:`.descriptions` — which description rule reads a common-noun mention, in order;
  :mod:`.people` (roles and occupations for the person just named, epithets, a speaker going
  on; with :mod:`.titled_people` — titles, :mod:`.office_titles` — offices a title
  contradicts, :mod:`.introduced_unnamed` — a noun brought in unnamed, :mod:`.relatives`),
  :mod:`.organisations` (bodies and outlets), :mod:`.campaigns` (campaigns, administrations,
  governments), :mod:`.groups` (pairs and groups named together);
- :mod:`.interviews` — transcripts: a Q&A's 'A:' turns and the 'I' of its answers, its 'Q:'
  turns (the interviewer the introduction names), and the turns of a debate or hearing marked by
  the speakers' names ('TAPPER: …') with the 'I' in them;
- :mod:`.documents` — documents as speakers (with :mod:`.sent_documents`, :mod:`.statement_documents`,
  :mod:`.court_documents`, :mod:`.ad_voices`); :mod:`.authors` — a document's author in the parse (with
  :mod:`.author_entities`, :mod:`.named_authors`, :mod:`.clause_authors`);
- :mod:`.unnamed` — what makes a mention an unnamed source; :mod:`.words` — the word lists and
  word tests several of them share.
"""

from __future__ import annotations

from newsmine.nlp.speakers.headline_case import _capitalised_inside_sentence  # noqa: F401
from newsmine.nlp.speakers.resolution import Resolution, add_resolved_references
from newsmine.nlp.speakers.resolver import SpeakerResolver
from newsmine.nlp.speakers.unnamed import _QUANTIFIERS, _is_person_noun  # noqa: F401
from newsmine.nlp.speakers.words import _BODY_TYPES, _DOCUMENT_NOUNS, _ROLE_NOUNS, _capitalised  # noqa: F401

__all__ = ["Resolution", "SpeakerResolver", "add_resolved_references"]
# The private names imported above (noqa) are read from the package by
# training/speakers/describe_features.py and the tests, as they were from speakers.py.
