"""'by' + a weekday with a verb in the past through its auxiliary points back
(:func:`newsmine.nlp.dates.context.tense`, probe65): '"By Saturday night we were preparing the
family for bad news," the sergeant said' in a Monday story is the Saturday just gone, as 'by' with
a plain past was already, when the date opens its clause before the subject: after the verb it is
the deadline of a reported plan ('crews were working to restore power by Friday', review65c).
Invented sentences against a Monday date line (Feb. 8, 2016); each fixed case was read as the
Saturday or Friday ahead before the rule."""

from __future__ import annotations

import pytest

_DATED = "By Erin Castillo\n\nFebruary 8, 2016\n\n{sentence}\n"


def _value(pipeline, sentence, expression):
    record = pipeline.analyze(_DATED.format(sentence=sentence))
    found = [d.value for d in record.dates if d.text == expression]
    assert len(found) == 1, [(d.text, d.value) for d in record.dates]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ('"Honestly, by Saturday night we were preparing the family for bad news," the sergeant said.',
         "Saturday night", "2016-02-06TNI"),
        ("By Friday the river was rising a foot an hour, officials said.", "Friday", "2016-02-05"),
        ("By Sunday, volunteers were handing out water at the school, the mayor said.", "Sunday", "2016-02-07"),
    ],
)
def test_by_a_weekday_with_a_past_auxiliary_points_back(pipeline, sentence, expression, value):
    assert _value(pipeline, sentence, expression) == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        # a scheduling verb with a verb to come: still ahead
        ("By Friday, the crews were expected to finish the repairs, officials said.", "Friday", "2016-02-12"),
        # a modal or a future: ahead, as before
        ("The repairs should be finished by Friday, officials said.", "Friday", "2016-02-12"),
        ("The county will decide by Friday whether to reopen the trail, officials said.", "Friday", "2016-02-12"),
        # a past perfect: back, as before
        ("By Thursday, the roads had been cleared, officials said.", "Thursday", "2016-02-04"),
        # after the verb, the deadline a reported plan sets: ahead (review65c; the past Friday on probe65's rule)
        ("Crews were working to restore power by Friday, officials said.", "Friday", "2016-02-12"),
        ("The lawyers were told to file their briefs by Friday, the clerk said.", "Friday", "2016-02-12"),
        ("The city was hoping for a decision by Friday, the mayor said.", "Friday", "2016-02-12"),
    ],
)
def test_by_a_weekday_ahead_or_already_past_is_unchanged(pipeline, sentence, expression, value):
    assert _value(pipeline, sentence, expression) == value
