"""An occupation or a public title used like a pronoun ("the former model", "the Ohio senator")
stands for the person named a few sentences before when the sentences between name nobody
else: a sentence about them by pronoun, or a subhead, does not make them less the one meant.
A post to come ("the next governor") is no one named yet. Every text here is invented for
newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def test_an_occupation_two_quiet_sentences_after_the_person_is_named(pipeline):
    text = (
        "Gala opens the festival\n\n"
        "The director's partner Lena Brandt brought some glamour to the opening night as the "
        "organisers tried to put a rainy week behind them.\n\n"
        "But a row over tickets overshadowed her appearance and drew complaints from fans.\n\n"
        "- Rain again -\n\n"
        "With hundreds watching from the square, the Danish-born former model told the crowd that the "
        'city "has always welcomed artists."\n\n'
        '"We are proud to be here," said the 41-year-old.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "welcomed artists").name == "Lena Brandt"
    assert speaker_of(record, "proud to be here").name == "Lena Brandt"


def test_a_public_title_after_an_abstract_line(pipeline):
    text = (
        "Okafor wins a vote on farm aid;\n"
        "In the Senate, a quiet approach pays off.\n\n"
        "ABSTRACT.\n\n"
        'The Ohio senator said the measure was "a small win for growers." Chuck Delaney, a colleague, '
        "agreed.\n\n"
        "FULL TEXT.\n\n"
        "Senator Amara Okafor of Ohio spent the week on the floor.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "small win").name == "Amara Okafor"


def test_the_next_governor_is_no_one_named_before(pipeline):
    text = (
        "Rules on credit checks\n\n"
        '"Lenders already have the scores," said Tom Rivas, who writes about credit for a consumer '
        "magazine.\n\n"
        "The law requires banks to share the scores they use. Most of them keep a copy.\n\n"
        'So perhaps the next governor could say that every lender "must hand the scores out."\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "hand the scores out")
    assert speaker.name != "Tom Rivas"
