"""An office description just after an untitled person named in passing, seen in session 61
(desc61; study samples' articles: "<a senator> started a petition … directed at <a rival>. The
former secretary of state has supported …" went to the senator; "<a candidate's> supporters saw a
culprit in <a state official>. The secretary of state … went on CNN" was left unresolved). When
the person a pronoun would take holds another office now, the office is new information about
the untitled person named last (``people._untitled_latest``). Every text here is invented for
newsmine."""

from __future__ import annotations

from tests.conftest import first_quote_in, speaker_of

_SENATOR = (
    "Harlow wage fight reaches the debate stage.\n\n"
    "Sen. Omar Lee of Harlow has backed a $15 minimum wage for months. "
)


def test_a_former_office_goes_to_the_untitled_person_named_last(pipeline):
    text = _SENATOR + (
        "Lee started a petition this week that seemed aimed at Ana Ruiz. "
        'The former secretary of state said she would "let each city decide."\n'
    )
    assert speaker_of(pipeline.analyze(text), "let each city decide").name == "Ana Ruiz"


def test_an_office_the_senator_cannot_hold_goes_to_the_person_named_last(pipeline):
    text = _SENATOR + (
        "Some of Lee's supporters blamed Ana Ruiz for the loss in the county. "
        'The secretary of state went on television to say that "the count was fair."\n'
    )
    assert speaker_of(pipeline.analyze(text), "the count was fair").name == "Ana Ruiz"


def _speaker_after_petition(pipeline, aimed_at: str, description: str) -> str | None:
    """Who speaks "the wage would 'hurt small shops'" as ``description`` after the senator's
    petition aimed at ``aimed_at``."""
    text = _SENATOR + (
        f"Lee started a petition this week that seemed aimed at {aimed_at}. "
        f'{description} said the wage would "hurt small shops."\n'
    )
    return speaker_of(pipeline.analyze(text), "hurt small shops").name


def test_a_titled_person_named_last_is_not_taken(pipeline):
    # near miss: the one named last holds a title of her own (a mayor), which the office contradicts
    assert _speaker_after_petition(pipeline, "Mayor Ana Ruiz", "The former secretary of state") != "Ana Ruiz"


def test_the_office_of_the_person_a_pronoun_takes_stays_theirs(pipeline):
    # near miss: the senator holds the office the description names; the newcomer is not taken
    assert _speaker_after_petition(pipeline, "Ana Ruiz", "The senator") == "Omar Lee"


def test_a_newcomer_of_the_other_sex_is_not_taken(pipeline):
    # near miss: "the former congressman" is a man; Ana Ruiz is not he
    assert _speaker_after_petition(pipeline, "Ana Ruiz", "The former congressman") != "Ana Ruiz"


def test_a_person_named_in_a_quotation_is_not_taken(pipeline):
    # near miss: Ana Ruiz is named only inside Lee's words
    text = _SENATOR + (
        'Lee said this week that "Ana Ruiz has ducked the question." '
        'The former secretary of state said the wage would "hurt small shops."\n'
    )
    assert speaker_of(pipeline.analyze(text), "hurt small shops").name != "Ana Ruiz"


# A public title a definite description gave someone keeps its other words: a later "the
# secretary of state" (its "state" tagged a proper noun, which no title of hers held) is the one
# so described, not the person named beside her (``SpeakerResolver._hold_title``, read by
# ``titled_people._titled``; desc61, from the same study article).
_RALLY = (
    "Grant wins Harlow primary.\n\n"
    "Paula Grant won the Harlow primary on Tuesday. Grant thanked her volunteers in Dover. "
    "Sen. Omar Lee of Harlow lost the county by a few votes. Some of Lee's supporters blamed Ana Ruiz for the loss. "
    'The secretary of state went on television to say that "the count was fair." Grant said she was grateful. '
    "Critics pointed to a video from a rally with Grant and Ruiz, where the secretary of state said "
    'she was "proud to back her candidate."\n'
)


def test_a_title_given_by_a_description_is_hers_again(pipeline):
    assert speaker_of(pipeline.analyze(_RALLY), "proud to back her candidate").name == "Ana Ruiz"


def test_another_office_word_is_not_hers(pipeline):
    # near miss: "the secretary of labor" is not the secretary of state described before
    text = _RALLY.replace("where the secretary of state said", "where the secretary of labor said")
    assert speaker_of(pipeline.analyze(text), "proud to back her candidate").name != "Ana Ruiz"


def test_someone_titled_so_keeps_the_office(pipeline):
    # near miss: the article titled Paula Grant governor; "the governor" is she, not the
    # untitled Tom Avery named last though the senator ranks first
    text = (
        "Harlow budget fight heats up.\n\n"
        "Gov. Paula Grant of Harlow signed the budget on Monday. Her aides praised the deal. "
        "Lawmakers left the capital for the summer. Sen. Omar Lee of Harlow criticized Tom Avery on Tuesday. "
        'The governor said the budget was "balanced and fair."\n'
    )
    assert speaker_of(pipeline.analyze(text), "balanced and fair").name == "Paula Grant"


# Near misses of ``people._untitled_latest`` found in review61a: the office is not new
# information about the person named last when the article has said who holds it or what the
# newcomer is, nor when the name names no one living person alone.


def _quote_speaker(pipeline, text: str, snippet: str) -> str | None:
    quote = first_quote_in(pipeline, text, snippet)
    return quote.speaker.name if quote.speaker is not None else None


def test_a_senator_said_to_have_held_the_office_keeps_it(pipeline):
    text = _SENATOR + (
        "Lee was secretary of state from 2009 to 2013. Lee started a petition this week that seemed aimed at Ana Ruiz. "
        'The former secretary of state said the wage would "hurt small shops."\n'
    )
    assert speaker_of(pipeline.analyze(text), "hurt small shops").name == "Omar Lee"


def test_a_newcomer_said_to_be_something_else_is_not_taken(pipeline):
    text = _SENATOR + (
        "Ana Ruiz is a county commissioner. Lee started a petition this week that seemed aimed at Ruiz. "
        'The former secretary of state said the wage would "hurt small shops."\n'
    )
    assert _quote_speaker(pipeline, text, "hurt small shops") != "Ana Ruiz"


def test_someone_titled_so_after_the_quote_keeps_the_office(pipeline):
    text = _SENATOR + (
        "Lee started a petition this week that seemed aimed at Ana Ruiz. "
        'The governor said the wage would "hurt small shops." Gov. Paula Grant declined to say more.\n'
    )
    assert _quote_speaker(pipeline, text, "hurt small shops") != "Ana Ruiz"


def test_a_dead_newcomer_is_not_taken(pipeline):
    assert _speaker_after_petition(pipeline, "the late Ana Ruiz", "The former secretary of state") != "Ana Ruiz"


def test_one_of_two_people_named_together_is_not_taken(pipeline):
    # which of the two the office is, the article has not said
    assert _speaker_after_petition(pipeline, "Ana Ruiz and Tom Avery", "The former secretary of state") != "Tom Avery"


def test_a_family_named_for_someone_is_no_person(pipeline):
    text = (
        "Harlow wage fight.\n\n"
        "Gov. Paula Grant of Harlow has backed a $15 minimum wage for months. "
        "Grant started a petition this week that seemed aimed at the Ruiz family. "
        'The senator said the wage would "hurt small shops."\n'
    )
    assert _quote_speaker(pipeline, text, "hurt small shops") != "Ruiz"
