"""Speaker spans of session 58 (seen58): three constructions whose source the grammar missed.
Every text here is invented for newsmine.

- 'seem' / 'appear' with the infinitive of a verb of speech ('The senator seemed to confirm
  …'): the subject said it, by the writer's reading, and is the source
  (``sources.sourceless_cues._seems_to_say``); any other infinitive ('seemed to be',
  'appeared to win') leaves the impression verb sourceless, as before.
- 'X is the only / first / latest Y to VERB': the copula's subject did it, not the predicate
  noun (``sources.clauses._predicate_noun_subject``).
- 'As Ana Ruiz, a professor …, put it, …': 'put' read as a base form after a name the parse
  hung on 'as'; the name is the speaker, never the object 'it'
  (``sources.misparsed._past_read_as_base``)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of
from tests.test_attribution_sources import _source_of  # the grammar's source of a cue word, as written


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        ("After the debate, Senator Ilse Varga seemed to confirm the rumours about her campaign.", "seemed", "Senator Ilse Varga"),
        ("On Monday the mayor appeared to acknowledge that the harbour plan had failed.", "appeared", "the mayor"),
        ("In a radio interview, Dekker seemed to urge the council to drop the levy.", "seemed", "Dekker"),
    ],
)
def test_the_subject_of_seeming_to_say_is_the_source(nlp, text, cue_word, source):
    # was None: every 'seem' / 'appear' spoke for nobody
    assert _source_of(nlp, text, cue_word) == source


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        ("The ferry service seemed to be in trouble by the end of the winter.", "seemed"),  # 'seemed to be'
        ("Councillor Brandt appeared to win the vote by a wide margin on Tuesday.", "appeared"),  # no speech
        ("The mayor seemed to understand the anger of the dock workers.", "seemed"),  # thought, not speech
        ("It seemed to suggest that the port would close in the spring.", "seemed"),  # 'it'
        ("The harbour master seemed ready to say more about the closure.", "seemed"),  # an adjective
        ("On the video the driver appears to be arguing with a guard at the gate.", "appears"),  # a scene
        ("The council posted a notice that appeared to confirm the closure of the ferry.", "appeared"),  # a relative
    ],
)
def test_seeming_without_a_verb_of_speech_still_speaks_for_nobody(nlp, text, cue_word):
    assert _source_of(nlp, text, cue_word) is None


def test_a_quote_of_seeming_to_confirm_is_its_subjects(pipeline):
    text = (
        "Harbour vote looms\n\n"
        "Councillor Ilse Varga seemed to confirm on Tuesday that the ferry would stop running in January. "
        "The council votes next week.\n"
    )
    assert speaker_of(pipeline.analyze(text), "ferry would stop running").name == "Ilse Varga"


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        ("Senator Tomas Brandt was the first Democrat in the state to endorse the harbour plan.", "endorse", "Senator Tomas Brandt"),
        ("Ruiz and Lind were the only Republicans to vote against the levy.", "vote", "Ruiz"),  # the first member
        ("Councillor Ana Ruiz is the latest official to call for the mayor's resignation.", "call", "Councillor Ana Ruiz"),
    ],
)
def test_the_subject_of_the_only_or_first_to_say_is_the_source(nlp, text, cue_word, source):
    # was the predicate noun ('the first Democrat in the state')
    assert _source_of(nlp, text, cue_word) == source


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        # no rank: the predicate noun stays ('the person to ask' is whom one asks)
        ("Dekker is the person to ask about the ferry timetable.", "ask", "the person"),
        # not a copula's predicate: an infinitive on an object speaks for the object's verb's
        # subject, as before (``clauses._object_verb_subject``)
        ("The council chose the first bill to pass in the spring session.", "pass", "The council"),
    ],
)
def test_an_infinitive_on_an_unranked_or_object_noun_keeps_its_noun(nlp, text, cue_word, source):
    assert _source_of(nlp, text, cue_word) == source


_PUT_IT = (
    "As Nils Aberg, professor of constitutional law at Harlow and author of ''The Quiet Charter,'' put it, "
    "''Island towns should remember that a ferry today may be far cheaper than a bridge.''"
)


def test_as_a_professor_put_it_names_the_professor_not_it(nlp, pipeline):
    # was "it": 'put' tagged a base form, 'Aberg' hung on 'As' as its object
    assert _source_of(nlp, _PUT_IT, "put") == "Nils Aberg"
    speaker = speaker_of(pipeline.analyze("Ferry dispute\n\nThe ferry strike has divided the island. " + _PUT_IT + " The union meets again on Friday.\n"), "Island towns should")
    assert speaker.text != "it"
    assert speaker.name == "Nils Aberg"


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        # near misses: 'put' with its own auxiliary or 'to' is a base form; 'put it on the table'
        ("As the union will put it to the members, the offer is final.", "put", "the union"),
        ("The mayor said the council should put it on the table next week.", "said", "The mayor"),
    ],
)
def test_put_with_its_own_auxiliary_keeps_its_subject(nlp, text, cue_word, source):
    assert _source_of(nlp, text, cue_word) == source


# review58c: near misses of seen58's rules that misfired on main.


@pytest.mark.parametrize(
    ("text", "cue_word"),
    [
        ("That seemed to confirm the rumours about the harbour plan.", "seemed"),
        ("This appeared to confirm that the ferry would stop in January.", "appeared"),
        ("Those seemed to suggest that the port would close.", "seemed"),
    ],
)
def test_a_demonstrative_seeming_to_say_speaks_for_nobody(nlp, text, cue_word):
    # was 'That' / 'This' / 'Those': like 'it', a demonstrative stands for a thing or a clause
    assert _source_of(nlp, text, cue_word) is None


@pytest.mark.parametrize(
    ("text", "cue_word", "source"),
    [
        # the infinitive lacks its object: whom one asks, not who asks
        ("Ruiz is the best person to ask about the ferry timetable.", "ask", "the best person"),
        ("Ruiz is the hardest man to convince on the levy.", "convince", "the hardest man"),
        # near misses: the infinitive has its object, or the superlative is no measure of ease
        ("Ruiz is the best candidate to tell voters about the levy.", "tell", "Ruiz"),
        ("Ruiz was the youngest senator to call for the mayor's resignation.", "call", "Ruiz"),
    ],
)
def test_a_superlative_of_ease_with_an_objectless_infinitive_keeps_its_noun(nlp, text, cue_word, source):
    # the first two were 'Ruiz'
    assert _source_of(nlp, text, cue_word) == source


@pytest.mark.xfail(
    strict=True,
    reason="review58c: an ordinal ranks both ways ('the first person to call for a ban' did the calling, "
    "'the first person to call when the ferry breaks down' is whom one calls); telling them apart needs "
    "to know that 'call' here lacks its object, which no closed lexicon of verbs gives. seen59: none of "
    "train's 38 'X is the only / first Y to VERB' has the shape (an infinitive whose gap is the ranked noun)",
)
def test_the_first_person_to_call_is_whom_one_calls(nlp):
    assert _source_of(nlp, "Dekker is the first person to call when the ferry breaks down.", "call") == "the first person"


def test_a_demonstrative_ranked_by_its_predicate_noun_is_no_source(nlp):
    # was 'This': a demonstrative subject names a thing, not who called
    assert _source_of(nlp, "This is the latest attempt to call for reform of the port.", "call") == "the latest attempt"
