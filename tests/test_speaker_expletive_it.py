"""An "it" that stands for nothing ("it turned out that …", "it's safe to say …", "it remains to be
seen whether …") is no speaker's pronoun: not the company or the person who spoke before it.

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

# Harlow Steel speaks first in both articles.
_OPENING = (
    "Harlow Steel cuts its forecast\n\n"
    "Harlow Steel said on Monday that orders from carmakers had fallen for a third quarter. "
)


def test_a_placeholder_it_is_not_the_body_that_spoke_before(pipeline):
    # "it remains to be seen" carries a clause, and no one is behind it (on main the "it"
    # went to the company, the previous speaker).
    later = "The mill lost two of its largest customers. And it remains to be seen whether the board will stay.\n"
    it = speaker_of(pipeline.analyze(_OPENING + later), "whether the board will stay")
    assert (it.text, it.name, it.entity_id) == ("it", None, None)


def test_an_it_that_a_body_is_still_speaks_for_the_body(pipeline):
    # "It said that …" after the company spoke: the company, not a placeholder.
    record = pipeline.analyze(_OPENING + "It said that a recovery would come by the spring.\n")
    assert speaker_of(record, "a recovery would come").name == "Harlow Steel"


# Session 30 (review30b): each shape `_expletive_it` reads, and the ones it must leave to a body
# (the article test above reaches only "it remains to be seen").
@pytest.mark.parametrize(
    ("sentence", "placeholder"),
    [
        ("It turned out that the mill had lost money for a year.", True),
        ("It seems that the board will stay until the spring.", True),
        ("When it comes to steel, the mill is still the largest in the county.", True),
        ("It was reported that the mill had closed its second furnace.", True),
        ("It is clear that the mill lost money last year.", True),
        ("It's hard to imagine a worse year for the mill.", True),
        ("It’s safe to say the mill will close by the spring.", True),  # "’s" left unlemmatised
        ("It turned out a record profit in the spring.", False),
        ("It is ready to fight the ruling in court.", False),
        ("It is expected to pass the council next week.", False),
        ("It is likely to appeal the ruling next week.", False),
        ("It said that a recovery would come by the spring.", False),
    ],
)
def test_an_it_is_a_placeholder_only_for_the_clause_its_verb_carries(nlp, sentence, placeholder):
    from newsmine.nlp.speakers.body_pronouns import _expletive_it

    it = next(t for t in nlp(sentence) if t.lower_ == "it")
    assert _expletive_it(it) is placeholder
