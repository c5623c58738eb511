"""A quotation right after a sentence that ends on someone taking the floor ('…, and her
brother cut in. "…"', 'Then a farmer in the back row interrupted. "…"', 'The mayor smiled as
she replied. ¶ "…"'): the words are the turn-taker's, not the speaker's before
(:mod:`newsmine.nlp.attribution.orphan_turn_takers`, session 52). Every text here is invented
for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import first_quote_in

_RUN = '"Tell him I kept the ticket from the parade," Marta Alvarez said, and '
_AFTER = ' "Don\'t forget the parade in 1998 -- we were all there together. We sat in the front row."\n'


@pytest.mark.parametrize(
    ("text", "snippet", "speaker", "cue"),
    [
        # A clause conjoined after a credited quotation: before, Marta Alvarez's.
        (_RUN + "her brother Tomas cut in." + _AFTER, "parade in 1998", "her brother", "cut in"),
        (_RUN + "her brother Tomas chimed in." + _AFTER, "parade in 1998", "her brother", "chimed in"),
        # A sentence of its own with a verb outside the cue lexicon: before, the senator's.
        (
            (
                "Senator Ruth Calder praised the new bridge for nearly an hour. Then a farmer in the back row "
                'interrupted. "What about the road to my village? It has been closed for three years."\n'
            ),
            "road to my village",
            "a farmer in the back row",
            "interrupted",
        ),
        # A reply in a subordinate clause, the quotation opening the next paragraph: before, Ben Ortiz's.
        (
            (
                "Mayor Ann Lee took questions for an hour at the town hall in Port Elm.\n\n"
                '"Will the ferry run again before the summer? We need it for the market," asked Ben Ortiz, a fisherman.\n\n'
                "The mayor smiled as she replied.\n\n"
                '"The first boat leaves on the first of May, and there will be two more by June."\n'
            ),
            "first boat",
            "she",
            "replied",
        ),
    ],
)
def test_a_quotation_after_someone_takes_the_floor_is_theirs(pipeline, text, snippet, speaker, cue):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "turn",
    [
        "her brother Tomas nodded.",  # no verb of speaking: the quotation stays Marta Alvarez's
        "her brother Tomas never replied.",  # negated: he said nothing
        "her brother Tomas interrupted the photographer.",  # an object: he did something else
        "the crowd around them cheered.",  # a reporting verb, but no turn taken: no words of the crowd's
    ],
)
def test_a_clause_that_takes_no_turn_leaves_the_quotation_to_the_speaker_before(pipeline, turn):
    quote = first_quote_in(pipeline, _RUN + turn + _AFTER, "parade in 1998")
    assert quote.speaker is not None and quote.speaker.text == "Marta Alvarez"


def test_a_reply_the_next_paragraph_does_not_open_with_a_quotation_is_no_turn(pipeline):
    # 'replied.' ends a paragraph, but a sentence of narration opens the next before the
    # quotation: the quotation's speaker is not read from two sentences back.
    text = (
        "Mayor Ann Lee took questions for an hour at the town hall in Port Elm.\n\n"
        '"Will the ferry run again before the summer? We need it for the market," asked Ben Ortiz, a fisherman.\n\n'
        "The mayor smiled as she replied.\n\n"
        'Outside, the harbor was empty. "The first boat leaves on the first of May, and there will be two more by June."\n'
    )
    quote = first_quote_in(pipeline, text, "first boat")
    assert quote.cue is None or quote.cue.text != "replied"


# Review52b: turns not taken, found by a sceptical reading of the rule (they failed on main
# after direct52: the quotation went to the one in the sentence before).
@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        # A modal: the state has not answered yet; the engineer goes on.
        (
            (
                '"The bridge is unsafe," engineer Dana Fox said. The state will respond. '
                '"We have no record of any repair on that bridge in the last five years."\n'
            ),
            "no record",
            "engineer Dana Fox",
        ),
        (
            (
                '"The bridge is unsafe," engineer Dana Fox said. Only the state could respond. '
                '"We have no record of any repair on that bridge in the last five years."\n'
            ),
            "no record",
            "engineer Dana Fox",
        ),
        # 'broke in' in news is a burglary: the owner goes on.
        (
            (
                '"We lost a whole week of sales," store owner Ray Cole said. Thieves broke in. '
                '"They took the register, the safe and even the coffee machine from the back room."\n'
            ),
            "the register",
            "store owner Ray Cole",
        ),
        # 'fired back' / 'shot back' after shooting: gunfire returned, not words.
        (
            (
                '"He started shooting the second we got out of the car," Sheriff Dan Ruiz said. The deputies fired back. '
                '"Nobody on our side was hurt, and the suspect is in the hospital tonight."\n'
            ),
            "our side",
            "Sheriff Dan Ruiz",
        ),
        (
            (
                '"He pulled a gun on them in the parking lot," Chief Dana Moss said. Two officers shot back. '
                '"The suspect was hit once in the leg and taken to County General."\n'
            ),
            "hit once",
            "Chief Dana Moss",
        ),
    ],
)
def test_a_turn_to_come_a_burglary_or_returned_fire_takes_no_floor(pipeline, text, snippet, speaker):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_rival_who_fires_back_in_a_war_of_words_takes_the_floor(pipeline):
    # Near miss of the gunfire guard: no shooting in the paragraph, so 'shot back' is words.
    text = (
        '"Her tax plan is a gift to the rich," Senator Ada Grant said on Tuesday. Her rival shot back. '
        '"My plan cuts taxes for every family that earns less than a hundred thousand dollars."\n'
    )
    quote = first_quote_in(pipeline, text, "cuts taxes")
    assert quote.speaker is not None and quote.speaker.text == "Her rival"


@pytest.mark.parametrize("turn", ["Nobody chimed in.", "Nobody interrupted.", "No relative chimed in."])
def test_nobody_taking_the_floor_leaves_the_quotation_to_the_speaker_before(pipeline, turn):
    # Review52b: 'Nobody' or 'no …' as the subject takes no turn.
    text = '"Tell him I kept the ticket from the parade," Marta Alvarez said. ' + turn + _AFTER
    quote = first_quote_in(pipeline, text, "parade in 1998")
    assert quote.speaker is not None and quote.speaker.text == "Marta Alvarez"


# xfail53 fixed the three review52b left: a figurative 'shoot for' (aiming at a goal) is no
# shooting (orphan_turn_takers._aiming_for), 'Nobody answered.' reports that no one spoke
# (orphan_lead_ins._nobody), and officers who 'responded.' came to the scene
# (orphan_turn_takers.arrives_at_a_scene). The near misses: shooting for a time or a passive 'shot
# for' is gunfire, someone who answers still takes the words after, and police responding to
# something say the words after.
_KNOCKED = '"I knocked on the door for ten minutes," neighbor Ann Cole said. '
_LIGHTS = ' "The lights were on and the television was playing the whole time."\n'
_LOUDEST = '"It was the loudest thing I ever heard," neighbor Ann Cole said. '
_SHOTS = ' "I heard three shots and then a car sped off toward the highway."\n'
_RULES = ' "We followed every rule we have, and we will keep doing so."\n'
_RETURNED_FIRE = ' the sheriff said. The deputies fired back. "Nobody on our side was hurt in the exchange."\n'


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        (
            '"We will shoot for a vote in June," Senator Ada Grant said. Her rival fired back.'
            + ' "There is no bill to vote on, and she knows it better than anyone here."\n',
            "no bill",
            "Her rival",
        ),
        (_KNOCKED + "Nobody answered." + _LIGHTS, "lights were on", "neighbor Ann Cole"),
        (_KNOCKED + "No one answered." + _LIGHTS, "lights were on", "neighbor Ann Cole"),
        ('"He kept shooting for ten minutes,"' + _RETURNED_FIRE, "Nobody on our side", "the sheriff"),
        ('"The clerk was shot for refusing to open the safe,"' + _RETURNED_FIRE, "Nobody on our side", "the sheriff"),
        (_KNOCKED + "Her husband answered." + _LIGHTS, "lights were on", "Her husband"),
        (_LOUDEST + "Officers quickly responded." + _SHOTS, "three shots", "neighbor Ann Cole"),
        (_LOUDEST + "Police responded to the criticism." + _RULES, "every rule", "Police"),
        # review53f: responders who 'responded.' after a report with no quoted words answer it (the
        # report is about them); after a witness's quoted words they came, soon ('within minutes') or not
        ("Critics said the police had ignored the warnings for weeks.\nPolice responded." + _RULES, "every rule", "Police"),
        (
            "Residents accused the fire department of ignoring the warnings.\nFirefighters responded."
            + ' "Every call was answered within six minutes, and the logs show it."\n',
            "six minutes",
            "Firefighters",
        ),
        (_LOUDEST + "Two fire crews responded." + _SHOTS, "three shots", "neighbor Ann Cole"),
        (_LOUDEST + "Officers responded within minutes." + _SHOTS, "three shots", "neighbor Ann Cole"),
        (_LOUDEST + "Police responded in a statement." + _RULES, "every rule", "Police"),
    ],
    ids=[
        "shoot-for-a-vote",
        "nobody-answered",
        "no-one-answered",
        "near-miss-shooting-for-a-time",
        "near-miss-shot-for-refusing",
        "near-miss-her-husband-answered",
        "officers-responded",
        "near-miss-police-responded-to-something",
        "police-answer-critics",
        "firefighters-answer-residents",
        "crews-after-a-witness",
        "officers-within-minutes",
        "near-miss-responded-in-a-statement",
    ],
)
def test_a_figurative_shot_or_nobody_answering_reads_the_turn_right(pipeline, text, snippet, speaker):
    quote = first_quote_in(pipeline, text, snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker


# xfail54 (review53f's xfail): 'Police responded with tear gas.' was a reply whose content was 'tear
# gas', and the witness's quotation after it went to the police. 'respond with' a noun of no words,
# or 'respond to the scene', is no report (attribution/responding_acts.py), and responders who did it
# came to the scene (orphan_turn_takers.arrives_at_a_scene).
@pytest.mark.parametrize("act", ["Police responded with tear gas.", "Deputies responded to the scene."])
def test_police_responding_with_tear_gas_leave_the_quotation_to_the_witness(pipeline, act):
    text = _LOUDEST + act + _SHOTS
    record = pipeline.analyze(text)
    quote = next(q for q in record.quotes if "three shots" in q.text)
    assert quote.speaker is not None and quote.speaker.text == "neighbor Ann Cole"
    assert not any(q.text in ("tear gas", "the scene") for q in record.quotes)


@pytest.mark.parametrize(
    ("act", "content"),
    [("Police responded with a statement.", "a statement"), ("Police responded to the criticism.", "the criticism")],
    ids=["with-a-statement", "to-the-criticism"],
)
def test_police_responding_with_words_still_speak_the_quotation_after(pipeline, act, content):
    # near misses: a statement is words, and criticism is answered: the police's reply goes on
    record = pipeline.analyze(_LOUDEST + act + _RULES)
    quote = next(q for q in record.quotes if "every rule" in q.text)
    assert quote.speaker is not None and quote.speaker.text == "Police"
    assert any(q.text == content for q in record.quotes)


# review54c: 'address' is a place deputies come to and a speech answered; owned or described
# ("the president's address", "the televised address") it is the speech, and the reply is a report.
@pytest.mark.parametrize("address", ["the president's address", "the televised address"])
def test_responding_to_a_speech_called_an_address_is_a_report(pipeline, address):
    text = f"The president spoke to Congress on Tuesday night.\nSenator Ann Hale responded to {address} on Wednesday.\n"
    assert any(q.text.startswith(address) for q in pipeline.analyze(text).quotes)


def test_deputies_responding_to_an_address_report_nothing(pipeline):
    # near miss: 'the address' alone, after a call from a street, is where the deputies came
    text = "A man called 911 from Elm Street on Tuesday.\nDeputies responded to the address within minutes.\n"
    assert not any("the address" in q.text for q in pipeline.analyze(text).quotes)


# noreport57: 'respond by' a gerund of no words tells the deed the response was ('Beijing responded
# by sidestepping Moscow'), and its clause was a content of 'responded' (PolNeAR train: five of the
# six kept, none gold). A gerund of saying, a stance or writing is a report and stays.
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ann Lee responded by closing the Harbor Street bridge for a week.",
        "The county responded quickly by hiring 40 more snowplow drivers and opening two shelters.",
    ],
    ids=["closing-the-bridge", "adverb-before-by"],
)
def test_responding_by_a_deed_is_no_report(pipeline, text):
    assert not any(q.cue is not None and q.cue.lemma == "respond" for q in pipeline.analyze(text).quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Governor Tom Reyes responded by calling the plan reckless.", "calling the plan reckless"),
        ("Governor Tom Reyes responded by first saying kind things about the plan.", "saying kind things"),
        ("Governor Tom Reyes responded by attacking the council.", "attacking the council"),
        ("Governor Tom Reyes responded by closing the bridge, saying it was unsafe.", "it was unsafe"),
        # review57c: a verb's particle makes a verb of saying ('hit back', 'lash out'); a deed
        # whose object is words reports them ('responded with a letter' is a report too)
        ("Governor Tom Reyes responded by hitting back at the council.", "hitting back at the council"),
        ("Governor Tom Reyes responded by lashing out at his critics.", "lashing out at his critics"),
        ("Governor Tom Reyes responded by sending a letter to the council.", "sending a letter"),
    ],
    ids=["calling", "saying", "attacking", "a-deed-then-saying", "hitting-back", "lashing-out", "sending-a-letter"],
)
def test_responding_by_words_stays_a_report(pipeline, text, content):
    # near misses: a gerund of saying or of a stance reports words; the 'saying' clause after a deed is its own
    assert any(content in q.text for q in pipeline.analyze(text).quotes)


def test_responding_by_returning_fire_is_no_report(pipeline):
    # review57c near miss: 'fire back' is a verb of saying with its particle, but not in a
    # paragraph of shooting (orphan_turn_takers.returns_fire), where it is fire returned
    text = "A gunman opened fire on the deputies from the porch. The deputies responded by firing back.\n"
    assert not any(q.cue is not None and q.cue.lemma == "respond" for q in pipeline.analyze(text).quotes)