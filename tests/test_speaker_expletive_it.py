"""An "it" that stands for nothing ("it turned out that …", "it's safe to say …", "it remains to
be seen whether …") is no speaker's pronoun: not the company or the person who spoke before it.

Every article here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def test_a_placeholder_it_is_not_the_body_that_spoke_before(pipeline):
    # Harlow Steel spoke first; "it remains to be seen" carries a clause, and no one is
    # behind it (on main the "it" went to the company, the previous speaker).
    text = (
        "Harlow Steel cuts its forecast\n\n"
        "Harlow Steel said on Monday that orders from carmakers had fallen for a third quarter. "
        "The company had promised investors a recovery by the spring.\n\n"
        "The mill lost two of its largest customers in January. And it remains to be seen "
        "whether the board will keep the chief executive.\n"
    )
    it = speaker_of(pipeline.analyze(text), "whether the board will keep")
    assert it.text == "it"
    assert it.name is None and it.entity_id is None


def test_an_it_that_a_body_is_still_speaks_for_the_body(pipeline):
    # "It said that …" after the company spoke: the company, not a placeholder.
    text = (
        "Harlow Steel cuts its forecast\n\n"
        "Harlow Steel said on Monday that orders from carmakers had fallen for a third quarter. "
        "It said that a recovery would come by the spring.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "a recovery would come").name == "Harlow Steel"
