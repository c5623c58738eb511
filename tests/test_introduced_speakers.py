"""A quotation with no credit of its own right after a narrative sentence that introduces a
named person is that person's, not the speaker quoted before the introduction
(:mod:`newsmine.nlp.attribution.introduced_speakers`). Probe52b: a voters' round-up
('Terrence Boyd, 34, owns a tire shop … ¶ "…"'), a speech closing on 'Pell closed with a line
… "…"'. Invented texts."""

from __future__ import annotations

import pytest

from tests.conftest import shortest_quote_holding

ROUND_UP = (
    "Voters in Dubuque are split over the school levy.\n\n"
    '"I have paid for these schools for forty years and I will keep paying," said Walter Ostrowski, 81, a '
    "retired carpenter.\n\n"
    "Hannah Brightwater, 47, runs a bakery on Main Street and has two children at Jefferson Middle School.\n\n"
    '"The roof leaks over the gym every spring. Somebody has to fix it, and the state is not coming to do it."\n\n'
    "The vote is on Tuesday."
)

SAME_PARAGRAPH = (
    "Mayor Lucinda Grayhawk spoke for half an hour at the harbor on Friday.\n\n"
    '"We rebuilt the piers once and we will do it again," Grayhawk said.\n\n'
    '"The mayor has had six years to fix the piers," said Councilman Edgar Plume, her challenger.\n\n'
    'Grayhawk ended with a story about her grandfather, a fisherman. "He told me the water always comes '
    'back, and so do we."'
)

# Near misses: the sentence before the quotation introduces no person by name.
NO_PERSON = (
    "Voters in Dubuque are split over the school levy.\n\n"
    '"I have paid for these schools for forty years and I will keep paying," said Walter Ostrowski, 81, a '
    "retired carpenter.\n\n"
    "The levy would raise about $3 million a year for repairs.\n\n"
    '"Every dollar of it goes into the buildings, and I have read every page of the plan."\n\n'
    "The vote is on Tuesday."
)

REPORT_BETWEEN = (
    'Mayor Lucinda Grayhawk spoke at the harbor. "We rebuilt the piers once," Grayhawk said.\n\n'
    "Edgar Plume, her challenger, said the mayor had waited too long.\n\n"
    '"Six years is a long time to wait for a pier, and the fishermen know it."'
)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        (ROUND_UP, "The roof leaks over the gym", "Hannah Brightwater"),
        (SAME_PARAGRAPH, "the water always comes back", "Lucinda Grayhawk"),
        (NO_PERSON, "Every dollar of it", "Walter Ostrowski"),
        (REPORT_BETWEEN, "Six years is a long time", "Edgar Plume"),
    ],
    ids=["introduced-paragraph", "introduced-sentence", "near-miss-no-person", "near-miss-report-between"],
)
def test_quotation_after_an_introduction(pipeline, text, snippet, speaker):
    quote = shortest_quote_holding(pipeline.analyze(text), snippet)
    assert quote.speaker is not None and quote.speaker.name == speaker, quote.speaker
