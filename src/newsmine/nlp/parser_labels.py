"""The closed classes of Penn Treebank tags and ClearNLP dependency labels (spaCy's English
parser) that stages in several packages test against, one name a class.

Pure vocabulary, no ``Doc`` logic, so any package (attribution, entities, dates, speakers,
antecedents) can import it without importing another's machinery. A wider class is built from
the narrower one here, so the difference between two names is visible in one place. Named once
in :mod:`newsmine.nlp.attribution.context` by tidy58 and moved here by tidy58b (session 58);
``context`` re-exports them.
"""

from __future__ import annotations

__all__ = [
    "ANY_SUBJECT_DEPS",
    "AUXILIARY_DEPS",
    "AUXILIARY_OR_ADVERB_DEPS",
    "CLAUSAL_COMPLEMENT_DEPS",
    "CLAUSE_SUBJECT_DEPS",
    "FINITE_VERB_OR_MODAL_TAGS",
    "FINITE_VERB_TAGS",
    "NEGATION_DEPS",
    "NOUN_SUBJECT_DEPS",
    "PRESENT_VERB_TAGS",
    "RELATIVE_PRONOUN_TAGS",
    "SUBJECT_DEPS",
    "WH_PRONOUN_TAGS",
    "WH_WORD_TAGS",
]

# A noun-phrase subject, active or passive ('Smith said', 'Smith was told').
NOUN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# ... or a clausal one ('What she said was ...').
SUBJECT_DEPS = NOUN_SUBJECT_DEPS | {"csubj"}
# The dependencies that give a clause a subject of its own, the expletive included ("there is",
# "it is clear"): a verb with none of them has lost its subject to words elsewhere.
CLAUSE_SUBJECT_DEPS = NOUN_SUBJECT_DEPS | {"expl"}
# Every subject: noun phrase, clause or expletive.
ANY_SUBJECT_DEPS = SUBJECT_DEPS | CLAUSE_SUBJECT_DEPS
# Tags of a present-tense finite verb, third person singular or not ('says', 'say').
PRESENT_VERB_TAGS = frozenset({"VBZ", "VBP"})
# Tags of a finite verb, past or present ('said', 'says', 'say'); a modal is not among them.
FINITE_VERB_TAGS = PRESENT_VERB_TAGS | {"VBD"}
# Tags of a finite verb or a modal ('will', 'could'): the verb of a clause of its own.
FINITE_VERB_OR_MODAL_TAGS = FINITE_VERB_TAGS | {"MD"}
# The wh-words that stand as a clause's subject or object: 'that', 'which' (WDT), 'who',
# 'what' (WP); not 'whose' nor 'where'.
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})
# ... and 'whose' (WP$): the wh-words that are a noun phrase or its determiner.
WH_PRONOUN_TAGS = RELATIVE_PRONOUN_TAGS | {"WP$"}
# ... and 'where', 'when', 'why', 'how' (WRB): every wh-word that can open a clause.
WH_WORD_TAGS = WH_PRONOUN_TAGS | {"WRB"}
# The dependency of 'not' / 'never' on the verb it negates.
NEGATION_DEPS = frozenset({"neg"})
# A verb's auxiliaries and its negation ('has not been told').
AUXILIARY_DEPS = frozenset({"aux", "auxpass"}) | NEGATION_DEPS
# ... and its adverbs ('were all allegedly targeted'): a cue word's own words before it.
AUXILIARY_OR_ADVERB_DEPS = AUXILIARY_DEPS | {"advmod"}
# A verb's clausal complements, with a subject of their own or not ('said that …', 'vowed to …').
CLAUSAL_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
