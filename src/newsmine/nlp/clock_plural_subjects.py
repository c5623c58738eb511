"""A sentence that opens with a capitalised plural noun and its verb right after a clock time.

"A police spokesman said no arrests had been made by 11 p.m. Marchers chanted "No justice, no
peace!" as …": the full stop of "p.m." ends the sentence too, but the small parser reads it as
the abbreviation's only and runs on, so the report's content took in the next sentence and the
chant was no quote of its own (probe54's march). :mod:`.paragraphs` ends a sentence there
before a pronoun, a determiner or an opening quotation mark; a plural noun tagged as a common
one (NNS) followed at once by a finite verb ("Marchers chanted", "Officials said", "Voters
waited") is a new sentence's subject as surely: no clause goes on after a clock time with a
plural subject and its verb. Not a capitalised word tagged a proper noun ("11 p.m. Eastern",
"9 a.m. Mondays through Fridays"), nor a plural with no verb after it, nor a weekday in the
plural, which the tagger reads as a common noun in some places: "The club that meets at 7 p.m.
Tuesdays says …" is one clause (review54: the rule cut it, the report's content losing its
subject).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsmine.nlp.dates.words import WEEKDAYS
from newsmine.nlp.parser_labels import FINITE_VERB_OR_MODAL_TAGS

__all__ = ["plural_subject_opens"]

# "at 7 p.m. Tuesdays": every such day, the clock time's own complement, never a new subject.
_WEEKDAYS_PLURAL = frozenset(day + "s" for day in WEEKDAYS)


def plural_subject_opens(doc: Doc, clock: int) -> bool:
    """Whether the word after the clock time at ``clock`` ("p.m.") opens a sentence as a
    capitalised plural common noun (tag NNS) followed by a finite verb (module docstring)."""
    subject, verb = clock + 1, clock + 2
    if verb >= len(doc) or not doc[clock].whitespace_:
        return False
    word = doc[subject]
    if word.lower_ in _WEEKDAYS_PLURAL:
        return False  # "meets at 7 p.m. Tuesdays says": the weekday goes with the clock time
    return word.is_title and word.tag_ == "NNS" and doc[verb].tag_ in FINITE_VERB_OR_MODAL_TAGS
