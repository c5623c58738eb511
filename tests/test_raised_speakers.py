"""A passive of hearsay kept with its infinitive of speech ('The governor is reported to have
called the inspectors "lazy bureaucrats"'): the words are the subject's
(:mod:`newsmine.nlp.attribution.raised_speakers`, session 52). Every text here is invented for
newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        (
            'The governor also is reported to have called the inspectors "lazy bureaucrats" who never leave their desks.',
            "lazy bureaucrats",
            "The governor",
        ),
        (
            'The senator is believed to have told donors the bill was "dead on arrival."',
            "dead on arrival",
            "The senator",
        ),
        (
            'The chairman is alleged to have called the auditors "a pack of amateurs" in a private meeting.',
            "pack of amateurs",
            "The chairman",
        ),
        # Already the subject's before: the infinitive's verb was kept as the cue.
        (
            'The minister is said to have described the harbor deal as "a surrender to the shipping lines."',
            "a surrender",
            "The minister",
        ),
    ],
)
def test_a_passive_of_hearsay_gives_its_subject_the_words_of_its_infinitive(pipeline, text, snippet, speaker):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        # An infinitive of no speech: the suspect said nothing.
        ('The suspect is said to have fled to "a safe house" near the border.', "a safe house"),
        # A passive of telling: the treasurer is whom the words were put to.
        ('The treasurer was told to call the auditors "as soon as possible" after the vote.', "as soon as possible"),
        # 'It' opens the clause and speaks no words.
        ('It is said to have been called "the quietest town in the valley" by its first mayor.', "quietest town"),
    ],
)
def test_no_speaker_for_a_hearsay_passive_of_no_speech_or_a_hearer(pipeline, text, snippet):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is None


# Review52b: a passive infinitive ('to have been called … by his rival') names the one spoken of
# or to, not the speaker (failed on main after direct52: the subject took the words).
@pytest.mark.parametrize(
    ("text", "snippet"),
    [
        ('The mayor was reported to have been called "a liar" by his rival at the debate.', "a liar"),
        ('The coach is said to have been told by the owner that the team was "not for sale."', "to have been told"),
    ],
)
def test_a_passive_infinitive_under_hearsay_gives_its_subject_no_words(pipeline, text, snippet):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is None


def test_a_hearsay_passive_of_telling_friends_is_still_the_subjects(pipeline):
    # Near miss: 'told friends' is active; the coach speaks, not the friends.
    text = 'The coach is said to have told friends that the owner "never wanted to win anything at all."'
    quote = first_quote_in(pipeline, text, "never wanted")
    assert quote.speaker is not None and quote.speaker.text == "The coach"
