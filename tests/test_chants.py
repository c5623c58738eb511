"""A quotation a chant noun names ('chants of "…"') is a quote of its own: the noun its cue,
its possessor its source. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution.chants import chant_quotations
from tests.conftest import doc_context


def _quotes(nlp, text: str) -> list[tuple[str, str, str]]:
    ctx = doc_context(nlp, text)
    return [
        (ctx.text[c.start : c.end], ctx.text[ctx.idx[c.cue[0]] : ctx.idx[c.cue[1] - 1] + len(ctx.doc[c.cue[1] - 1])], ctx.doc[c.source].text if c.source >= 0 else "-")
        for c in chant_quotations(ctx, [])
    ]


def test_a_chant_named_by_a_noun_is_a_quote_with_its_possessor(nlp):
    text = 'The mayor walked onto the pier. Their chants of "Ferry now! Ferry now!" drowned out the band.\n'
    assert _quotes(nlp, text) == [("Ferry now! Ferry now!", "chants of", "Their")]


def test_a_chant_without_a_possessor_has_no_speaker(nlp):
    text = 'Novak was met with loud chants of "Keep the pier," and left early.\n'
    assert _quotes(nlp, text) == [("Keep the pier,", "chants of", "-")]


def test_the_active_subject_of_the_verb_taking_a_chant_is_its_speaker(nlp):
    text = 'Dozens of ferry workers joined in a loud chant of "Keep the pier!" outside the hall.\n'
    assert _quotes(nlp, text) == [("Keep the pier!", "chant of", "Dozens")]


def test_other_nouns_before_a_quotation_name_no_chant(nlp):
    text = 'Novak called it a far cry from "the town we knew" over cries of "Shame!" and a matter of "plain greed."\n'
    assert _quotes(nlp, text) == []


def test_the_pipeline_keeps_a_chant_a_noun_names(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = 'The senator took the stage at the pier at noon. Her arrival was met with chants of "Ferry now! Ferry now!" from the back of the hall.\n'
    quotes = find_quotes(nlp(text))
    assert any(text[q.start : q.end] == "Ferry now! Ferry now!" and q.speaker is None for q in quotes)


def test_the_leader_of_a_chant_is_its_speaker(nlp):
    text = 'Novak led a chant of "Keep the pier!" outside the hall.\n'
    assert _quotes(nlp, text) == [("Keep the pier!", "chant of", "Novak")]


def test_a_subject_taking_up_a_chant_again_is_its_speaker(nlp):
    # session 48 (direct48c): 'reprised the chant', 'repeated', 'resumed' — the subject chants
    # it again (before: no speaker, as for a chant heard)
    for text, speaker in (
        ('Later the dock workers loudly reprised the angry chant "Keep the pier! Keep the pier!" outside the hall.\n', "workers"),
        ('After the vote the students resumed the chant of "Shame! Shame!" on the steps.\n', "students"),
        ('The fans repeated the chant "Ferry now!" after every speech.\n', "fans"),
    ):
        assert [s for _, _, s in _quotes(nlp, text)] == [speaker], text


def test_a_subject_who_ignores_or_drowns_out_a_chant_is_not_its_speaker(nlp):
    # guard for the verbs of taking a chant up again: other verbs with the chant as object
    # leave it without a speaker
    for text in (
        'The mayor ignored the chant "Ferry now! Ferry now!" and kept reading.\n',
        'The brass band drowned out the chant "Keep the pier!" within a minute.\n',
    ):
        assert [s for _, _, s in _quotes(nlp, text)] == ["-"], text


def test_a_subject_who_hears_a_chant_is_not_its_speaker(nlp):
    for text in (
        'Amid chants of "Ferry now! Ferry now!", Novak took the stage.\n',
        'Despite chants of "Shame!", the council passed the levy.\n',
        'Novak walked onstage to chants of "Keep the pier! Keep the pier!"\n',
        'Novak drew chants of "Keep the pier!" from the dock workers.\n',
    ):
        assert [speaker for _, _, speaker in _quotes(nlp, text)] == ["-"], text


def test_a_long_chant_is_a_chant_not_the_last_speakers_orphan(nlp):
    # Six words and more reach the orphan rule's length, which would give the quotation to the
    # speaker quoted before it ('Ruiz'): the chant is the crowd's.
    from newsmine.nlp.quotes import find_quotes

    text = ('"We will rebuild the pier," Ruiz said. '
            'Their chants of "Rebuild it now! Rebuild it now! Rebuild it now!" filled the hall.\n')
    quotes = find_quotes(nlp(text))
    chant = next(q for q in quotes if text[q.start : q.end].startswith("Rebuild it now!"))
    assert chant.speaker is not None and chant.speaker.text == "Their"


def test_a_chant_in_guillemets_low_marks_or_doubled_singles_is_named_by_its_noun(nlp):
    for text, chant in (
        ("Their chants of «Ferry now! Ferry now!» drowned out the band.\n", "Ferry now! Ferry now!"),
        ("Their chants of „Ferry now! Ferry now!“ drowned out the band.\n", "Ferry now! Ferry now!"),
        ("Their chants of ''Ferry now! Ferry now!'' drowned out the band.\n", "Ferry now! Ferry now!"),
    ):
        assert [(quote.strip("“”"), cue) for quote, cue, _ in _quotes(nlp, text)] == [(chant, "chants of")], text


def test_raising_the_orphans_length_turns_the_chants_off_with_them(nlp):
    ctx = doc_context(nlp, 'Their chants of "Ferry now! Ferry now!" drowned out the band.\n')
    assert len(chant_quotations(ctx, [])) == 1
    assert len(chant_quotations(ctx, [], min_words=9)) == 1  # more than three words: four
    assert chant_quotations(ctx, [], min_words=10) == []
    assert chant_quotations(ctx, [], min_words=1000) == []


def test_a_chant_noun_right_after_the_quotation_names_it(nlp):
    # The quotation as the chant's modifier: 'drawing loud boos and "Pier!" chants'.
    for text, quote in (
        ('The mayor defended the levy at the dock, drawing loud boos and "Save the pier!" chants.\n', "Save the pier!"),
        ('Outside the hall, the "Ferry now!" chants grew louder as the vote began.\n', "Ferry now!"),
    ):
        assert _quotes(nlp, text) == [(quote, "chants", "-")], text


def test_the_chant_after_a_quotation_takes_its_possessor_as_speaker(nlp):
    text = 'The dockers walked out at noon, and their "Keep the pier!" chants followed the mayor to her car.\n'
    assert _quotes(nlp, text) == [("Keep the pier!", "chants", "their")]


def test_a_quotation_credited_to_chanters_after_a_comma_names_no_chant(nlp):
    # Near misses: a comma closes the quotation before its credit ('"…," chants the crowd'),
    # and a noun after a quotation that is no chant.
    for text in (
        'The mayor stood at the dock. "Save the pier," chants the crowd at every meeting.\n',
        'Novak called the levy "plain greed" remarks that upset the council.\n',
        'The "Save the pier" campaign chants nothing new, Novak said.\n',
    ):
        assert _quotes(nlp, text) == [], text


def test_the_pipeline_keeps_a_chant_named_after_its_quotation(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = 'The mayor arrived at the dock at noon to loud boos and "Save the pier!" chants.\n'
    quotes = find_quotes(nlp(text))
    assert [(text[q.start : q.end], q.speaker) for q in quotes if "pier" in text[q.start : q.end]] == [("Save the pier!", None)]


def test_a_chant_named_after_its_quotation_takes_no_speaker_from_the_next_paragraph(nlp):
    from newsmine.nlp.quotes import find_quotes

    text = (
        'Nora Vance was joined on stage by Sen. Tom Reyes and joked, "Stay in your seats, people," '
        'drawing loud jeers and "TOM!" chants.\n\n"Look at what you did," Reyes said.\n'
    )
    quotes = find_quotes(nlp(text))
    assert [(text[q.start : q.end], q.speaker) for q in quotes if text[q.start : q.end] == "TOM!"] == [("TOM!", None)]


# Fixed by seen49 (review48b's strict xfail): the parse takes the speaker written after an inverted
# verb for the verb's object, and the object was proposed as the content of its own source
# (attribution/candidates.py, _Proposals._speaker_phrase).
def test_a_chant_credited_by_an_inverted_verb_is_the_crowds_quotation(pipeline):
    record = pipeline.analyze('Rally at City Hall\n\nProtesters marched past City Hall on Saturday. "No more cuts," chanted the crowd.\n')
    assert [(q.text, q.speaker.text if q.speaker else None) for q in record.quotes] == [("No more cuts,", "the crowd")]


def test_a_chant_credited_by_an_inverted_verb_and_a_name_is_the_names_quotation(pipeline):
    # before: no quote at all ("Ruiz" the object of 'chanted', the only content, and its own source)
    record = pipeline.analyze('Rally at City Hall\n\nProtesters marched past City Hall on Saturday. "No more cuts," chanted Ruiz.\n')
    assert [(q.text, q.speaker.text if q.speaker else None) for q in record.quotes] == [("No more cuts,", "Ruiz")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: the object of a verb whose speaker stands before it is still what is said
        ("The crowd chanted slogans against the cuts.", ("slogans against the cuts", "The crowd")),
        ("Ruiz endorsed Tom Briggs on Monday.", ("Tom Briggs", "Ruiz")),
    ],
)
def test_the_object_of_a_verb_whose_speaker_comes_first_stays_the_content(pipeline, sentence, expected):
    record = pipeline.analyze(f"Rally at City Hall\n\nProtesters marched past City Hall on Saturday. {sentence}\n")
    assert [(q.text, q.speaker.text if q.speaker else None) for q in record.quotes] == [expected]
