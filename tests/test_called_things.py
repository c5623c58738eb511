"""A name given to a thing by "called", "named" or "dubbed" right after the thing's noun is a
product, not the company it is named after (probe49's launch: 'The glasses, called Pellucid
Frame,' tagged an organisation took the company's short name "Pellucid"; entities/called_things.py).
Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


def _labels(record) -> dict[str, str]:
    return {e.name: e.label for e in record.entities}


def test_a_pill_called_after_its_maker_is_a_product_not_the_maker(pipeline):
    record = pipeline.analyze(
        "Drug approved\n\nVantor Labs won approval on Monday for a pill called Vantor Rest. "
        "Vantor said sales would start in May.\n"
    )
    assert _labels(record).get("Vantor Rest") == "PRODUCT"
    assert speaker_of(record, "sales would start").name == "Vantor Labs"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # near misses: a name after a noun of a business or of people is who they are
        ("Start-up grows\n\nShe joined a start-up called Brightloom Labs in 2019. Brightloom Labs said it would hire.\n",
         "Brightloom Labs", "PRODUCT"),
        ("Fashion week\n\nA model named Tessa Grund opened the show. Grund said she was nervous.\n", "Tessa Grund", "PRODUCT"),
    ],
)
def test_a_name_after_a_noun_of_who_is_no_product(pipeline, text, name, label):
    assert _labels(pipeline.analyze(text)).get(name) != label
