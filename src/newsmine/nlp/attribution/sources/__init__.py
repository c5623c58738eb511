"""The source: who a cue word reports, as the grammar gives it.

:func:`subject_of` finds the source token of a cue word (its subject, the agent of a
passive, the object of "according to", the owner of a noun cue, inherited through
"…, adding that", the speaker before for an opening 'Adding, "…"', the name after the verb
when the parse inverted it, …), and says none
for cues whose subject does not speak ("It seems …", "Asked about …"). :func:`noun_phrase`
turns the token into the speaker as written; :func:`addressee_of` finds whom a cue
addresses ("told Reuters"). Resolving the speaker to an entity is
:mod:`newsmine.nlp.speakers`' work.

A package rather than sibling modules of :mod:`newsmine.nlp.attribution`: its modules are
one stage of the attribution (the package's overview lists the stages, one each), and the
grammar's rules call one another (:func:`~.grammar._grammatical_subject` is called back by
the rules it calls), so they belong together, apart from the other stages. By module, each
importing only those listed before it:

- :mod:`.words` — the word lists and word tests several modules share;
- speakers the parse did not attach to their verb, by what stands in the way:
  :mod:`.set_off_subjects` (a phrase set off between the subject and its verb: a clause, an
  apposition, a parenthesis, a participle; a noun phrase after a closing quotation),
  :mod:`.inverted_speakers` (a speaker after its verb: '"…," said Jane Doe' read as an
  object), :mod:`.misparsed` (a subject read as another word's dependent: a modifier, a
  compound, a preposition's object, an object's conjunct; a passive's agent hung below) and
  :mod:`.participle_speakers` (whom a participle cut from its clause speaks for);
- :mod:`.clauses` — whose subject a participle, an infinitive or a coordinated verb hung in
  another clause speaks for; which of two subjects speaks;
- :mod:`.subject_repairs` — the subject the parse gave a verb set right (the apposition of a
  cue set inside the sentence, a preposition read as the subject, a name read as a modal, a
  second passive verb);
- :mod:`.noun_cue_holders` — who holds what a noun cue reports when its verb's subject does
  not (a verb that provokes or receives it, "among", the owner of the noun it is said of);
- :mod:`.grammar` — :func:`~.grammar._grammatical_subject`, the grammar's source, and the
  rules that call it back (a document's publisher, a noun cue carried on by a verb, …);
- what :func:`subject_of` checks the grammar's source against, a module a concern:
  :mod:`.sourceless_cues` (cues whose subject does not speak: 'It seems …', 'Asked about …',
  'a group called "…"'), :mod:`.comma_inversions` (a verb inverted after a comma, '…, said
  Geert Wilders', and the subject set off before a verb that is not),
  :mod:`.asides_and_appositions` (the name before an aside, the name in apposition after a
  description), :mod:`.dateline_subjects` (a dateline, a date or a place parsed as the
  subject), :mod:`.places_and_occasions` (an opening place, an occasion or a speech parsed as
  the subject);
- :mod:`.subject` — :func:`subject_of`: the grammar's source checked as a whole, in order
  (with the lead-in before a colon, the parenthetical cue's speaker, documents and their
  authors);
- :mod:`.choice` — the learned source choice: :func:`source_options`, :func:`choose_source`,
  :func:`assign_speakers`;
- :mod:`.phrases` — the speaker as written: :func:`noun_phrase`, :func:`addressee_of`,
  :func:`relative_antecedent`.
"""

from __future__ import annotations

from newsmine.nlp.attribution.sources.choice import assign_speakers, choose_source, source_options
from newsmine.nlp.attribution.sources.inverted_speakers import _inverted_subject, _name_after_quotation  # noqa: F401
from newsmine.nlp.attribution.sources.phrases import addressee_of, noun_phrase, relative_antecedent
from newsmine.nlp.attribution.sources.set_off_subjects import _speaker_after_quotation  # noqa: F401
from newsmine.nlp.attribution.sources.subject import subject_of

__all__ = ["addressee_of", "assign_speakers", "choose_source", "noun_phrase", "relative_antecedent", "source_options", "subject_of"]
# The private names imported above (noqa) are read from the package by the tests
# (tests/test_attribution_sources.py), as they were from sources.py.
