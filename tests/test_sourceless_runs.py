"""A run of quoted sentences kept under a cue word with no subject ('"…" were provoking
violence. "…"': the writer's verb, the quotation its subject) goes on with the speaker of the
attribution before it, as an orphan quotation does
(:mod:`newsmine.nlp.attribution.sourceless_runs`, session 54). Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in

_LAWYER = "Ruiz, the harbor master's lawyer, argues that her client never urged anyone toward a blockade."


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # Before: no speaker, cue 'stirring up' / 'provoking' (the writer's verb between the quotations).
        (
            _LAWYER + ' "The county is claiming that his radio calls asking boat owners to come to the pier as '
            'witnesses, asking them to bring lanterns . . . to come quietly" were stirring up trouble. "His aim '
            'was to keep the channel open for the ferries and the fishing boats."',
            "The county is claiming",
        ),
        (
            _LAWYER + ' "His radio calls asking boat owners to come to the pier as witnesses, asking them to bring '
            'lanterns" were provoking violence. "His intent was to keep the channel open for the ferries and the boats."',
            "His radio calls",
        ),
    ],
)
def test_a_run_under_a_cue_with_no_subject_goes_on_with_the_speaker_before(pipeline, text, snippet):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == "Ruiz"
    assert quote.cue is None  # the writer's verb is no report of the run


def test_a_run_of_quoted_titles_gets_no_speaker(pipeline):
    # Near miss: short quotations (titles) under 'nominated' are no one's words.
    text = (
        'Ana Ruiz, the festival director, said the lineup was the strongest in years. "The Long Tide" was '
        'nominated for a jury prize. "Harbor Lights" was nominated too.'
    )
    quote = first_quote_in(pipeline, text, "The Long Tide")
    assert quote.speaker is None


def test_a_run_far_from_any_speaker_gets_none(pipeline):
    # Near miss: the attribution before is more than two paragraphs back.
    text = (
        _LAWYER + "\n\nThe harbor was closed for two days in March.\n\nThe ferries ran late all week.\n\n"
        'The county board met on Friday.\n\n"His radio calls asking boat owners to come to the pier as witnesses, '
        'asking them to bring lanterns" were provoking violence. "His intent was to keep the channel open for the '
        'ferries and the boats."'
    )
    quote = first_quote_in(pipeline, text, "His radio calls")
    assert quote.speaker is None


def test_a_run_under_a_passive_cue_is_not_the_speaker_befores(pipeline):
    # Review (session 54, review54b): a chant 'were shouted' by people the text does not name is
    # no words of the senator quoted before it; before the fix the run went to him.
    text = (
        '"She should answer for every one of those emails," Senator Ray Dunn told the crowd.\n\n'
        '"Lock her up, lock her up, lock her up right now" were shouted for minutes. "Build the wall and make '
        'them pay for it now."'
    )
    quote = first_quote_in(pipeline, text, "Lock her up")
    assert quote.speaker is None or quote.speaker.text != "Senator Ray Dunn"


def test_an_active_writers_verb_between_quoted_sentences_still_takes_the_speaker_before(pipeline):
    # Guard for the passive check: 'were causing anger' is active, its subject the quotation.
    text = (
        '"The budget is balanced and the schools will get more money," Treasurer Tom Hale said.\n\n'
        '"The plan to close the east branch and the west branch of the library" were causing anger. "We need '
        'more books, not fewer books, in this town."'
    )
    quote = first_quote_in(pipeline, text, "The plan to close")
    assert quote.speaker is not None and quote.speaker.text == "Treasurer Tom Hale"


@pytest.mark.parametrize(
    ("place", "wrong_speaker"),
    [
        ("the hall", "the hall"),
        # review55b near miss of a name after a place: a possessive name is part of the place
        ("Ann Lee's rally", "Ann Lee's rally"),
        # … and an apposition after a comma describes the place
        ("the hall, the heart of the old building", "the heart of the old building"),
    ],
    ids=["hall", "persons-rally", "described-place"],
)
def test_a_chant_echoing_through_a_place_is_not_the_places(pipeline, place, wrong_speaker):
    # review54b's xfail, fixed by xfail55 (attribution/after_quotation.py, _phrase_by): a
    # quotation that is the subject of a verb of sound got the place after the verb's
    # preposition as its speaker, read as a subject put after its verb ('said the woman')
    text = (
        '"She should answer for every one of those emails," Senator Ray Dunn told the crowd.\n\n'
        f'"Lock her up, lock her up, lock her up right now" echoed through {place}.'
    )
    quote = first_quote_in(pipeline, text, "Lock her up")
    assert quote.speaker is None or quote.speaker.text != wrong_speaker


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        # near misses: a subject after the cue, with a place after it or none
        ('"We will build the bridge," said Mayor Ann Lee in Dayton on Monday.', "build the bridge", "Ann Lee"),
        ('"We will build the bridge," said the mayor of Dayton, Ann Lee.', "build the bridge", "Ann Lee"),
        ('"The bridge will be built," Mayor Ann Lee said in Dayton on Monday.', "bridge will be built", "Ann Lee"),
    ],
)
def test_a_subject_after_the_cue_with_a_place_is_still_the_speaker(pipeline, text, snippet, speaker):
    quote = first_quote_in(pipeline, "Bridge plan\n\n" + text + "\n", snippet)
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the bridge," said in a statement Mayor Ann Lee.',
        '"We will build the bridge," added in Dayton Mayor Ann Lee.',
        '"We will build the bridge," said across the table Mayor Ann Lee.',
        '"We will build the bridge," said in a statement the Harbor Workers Union.',
        '"We will build the bridge," said in a statement the union\'s president.',
    ],
    ids=["in-a-statement", "in-a-city", "across-the-table", "a-body", "a-description"],
)
def test_a_speaker_after_a_place_right_after_the_cue_is_the_speaker(pipeline, text):
    # review55b: xfail55's place prepositions took every speaker after them away; the parse
    # folds a speaker put after the place into the preposition's phrase (an apposition of
    # "statement", the object of "in" with "Dayton" a compound), and it is the speaker still
    quote = first_quote_in(pipeline, "Bridge plan\n\n" + text + "\n", "build the bridge")
    assert quote.speaker is not None and quote.speaker.text in ("Mayor Ann Lee", "Dayton Mayor Ann Lee", "the Harbor Workers Union", "the union's president")


@pytest.mark.xfail(
    strict=True,
    reason=(
        "review54b: slogans that are the subject of a passive verb of writing ('\"…\" were painted on the "
        "signs') in the paragraph after a speaker's quotation are joined to that speaker's quote run "
        "(the run builder, not with_run_speakers: the run has a source); xfail55: no quotation on PolNeAR "
        "train is the subject of a passive verb of writing or display ('\"…\" was painted/written/printed …'), "
        "so no rule was written"
    ),
)
def test_slogans_painted_on_signs_are_not_the_speaker_befores(pipeline):
    text = (
        '"We will keep the library open as long as I am mayor," Mayor Ann Lee said on Monday.\n\n'
        '"Keep the doors of our library open for the children" were painted on the signs. "Books are not a '
        'luxury for the rich" were painted on others.'
    )
    record = pipeline.analyze(text)
    lee = [q for q in record.quotes if q.speaker is not None and q.speaker.text == "Mayor Ann Lee"]
    assert lee and not any("Keep the doors" in part.text for q in lee for part in q.parts)
