"""The weights and distances of the ranking, in one place.

The scores are a weighted sum of plain features (recency in sentences, subject role,
previous speaker, prominence) whose weights were set by reading resolutions on PolNeAR train
articles; they are constants here so that a change is one visible edit, whichever ranking
(people, bodies, pairs) or look-up of :class:`DocIndex` reads them.
"""

from __future__ import annotations

# How many named mentions back a pronoun or description looks (an article naming one person
# thousands of times must stay linear).
_MAX_LOOKBACK = 400

# --- weights of the pronoun ranking ------------------------------------------------------
_W_SENTENCES = 1.0  # per sentence since the candidate was last named (outside quotations)
MAX_SENTENCES = 12  # candidates named longer ago than this are not considered
_W_SUBJECT = 1.2  # named as the subject of a clause in the sentence it was last named in
_W_PREVIOUS = 1.5  # the previous speaker
_W_SAME_SENTENCE = 1.5  # named earlier in the pronoun's own sentence
_W_PROMINENCE = 0.3  # times log(1 + mentions in the article)
_W_UNKNOWN_GENDER = 1.0  # penalty when the candidate's gender is not known
# Named mentions back in which the subject of a reporting verb is looked up (its own clause is near).
_REPORTED_LOOKBACK = 60
# A reporting verb the parse left without a subject: a name this many tokens before it is its speaker.
_SUBJECTLESS_GAP = 6
# "it" / "they": an organisation or group named this many sentences back at most.
_BODY_SENTENCES = 2
# "the two", "both": a conjunction of names this many sentences back at most.
_PAIR_SENTENCES = 3
