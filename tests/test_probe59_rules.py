"""Probe59's rules, each on invented political news (tests/test_probe59_multispeaker.py holds the
probe itself), with near misses beside each where the rule must not fire:

- ``antecedents/cluster_words.py`` (``_titles_before``): 'The witness, FBI Deputy Director Colin
  Maddox, sat alone' — the noun set before a name and its capitalised title ("FBI Deputy
  Director") describes him as "The witness, Colin Maddox," does, so "the witness replied" is
  he, not the chairman who asked; a second name between ("The chairman, Acme Mills' Tom Lee")
  is no title of the person;
- ``speakers/people.py`` (``_previous_speaker_asked``): '"Senator, do you …?" Sato asked. ¶ "…," the
  senator replied.' — the moderator just named asked, so she is not the senator who answers; the
  senator named before is. A description after someone who said (not asked) is still read as
  before;
- ``speakers/addressed_pronouns.py`` (``named_one_asked``): 'Rick Alvarez of WJTV asked Holt
  whether she had spoken … ¶ "Not this month," she said.' — the one a named asker asks, by name,
  answers, not another woman quoted before. Not when the asking is an event a clause recalls
  ('…, when a young man asked Clinton why …. "…," she said.': the woman telling it goes on,
  PolNeAR train), nor for a pronoun that credits no quotation of its own ('Lee held up a memo
  that he said showed …');
- ``speakers/description_routes.py`` (``_titled_just_below``): 'A federal judge on Monday turned
  down … ¶ U.S. District Judge Ellen Voss set …' — an indefinite description in the lead is the
  person named just below with its head among their titles, though not as a speaker; "a senior
  official" is not someone titled only "deputy director".

Every text here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.test_probe56_rules import _speaker

# --- a noun set before a name and its title -------------------------------------------------------------

_HEARING = (
    "Panel presses FBI deputy\n\nWASHINGTON — Rep. Walt Brenner, the committee's chairman, opened the hearing on "
    "Tuesday.\n\n{apposition} sat alone at the table.\n\n\"Why was she never put under oath?\" Brenner asked.\n\n"
    "\"Because it was not needed,\" the witness replied.\n"
)


def test_a_noun_set_before_a_titled_name_describes_the_person(pipeline):
    text = _HEARING.format(apposition="The witness, FBI Deputy Director Colin Maddox,")
    assert _speaker(pipeline, text, "it was not needed").name == "Colin Maddox"


def test_a_noun_set_right_before_a_bare_name_describes_the_person_as_before(pipeline):
    # near miss (a guard): the shape the rule widens was read so already
    text = _HEARING.format(apposition="The witness, Colin Maddox,")
    assert _speaker(pipeline, text, "it was not needed").name == "Colin Maddox"


def _apposition_parse(words: str):
    """A hand-built parse of 'The NOUN , W1 W2 First Last , spoke': W1, W2 and the first name
    compounds in the name's chain, the name in apposition to the noun."""
    import spacy

    doc = spacy.blank("en")(words)
    parse = [("DET", "det", 1), ("NOUN", "nsubj", 8), ("PUNCT", "punct", 1), ("PROPN", "compound", 4),
             ("PROPN", "compound", 6), ("PROPN", "compound", 6), ("PROPN", "appos", 1), ("PUNCT", "punct", 1),
             ("VERB", "ROOT", 8)]  # fmt: skip
    for token, (pos, dep, head) in zip(doc, parse, strict=True):
        token.pos_, token.dep_, token.head = pos, dep, doc[head]
    return doc


def test_a_second_name_between_is_no_title():
    # near miss (a guard): only capitalised title words may stand between the noun and the name
    from newsmine.nlp.antecedents.cluster_words import _titles_before

    assert not _titles_before(_apposition_parse("The chairman , Acme Mills Tom Lee , spoke")[1], 5)
    assert _titles_before(_apposition_parse("The witness , FBI Director Tom Lee , spoke")[1], 5)


# --- the asker is not the one answering ----------------------------------------------------------------

_DEBATE = (
    "Senate rivals spar\n\nCOLUMBUS, Ohio — Ohio Sen. Roy Dunmore and his challenger, former Gov. Mitchell Kean, "
    "met for their first debate on Monday.\n\n\"I will support the nominee,\" Dunmore said.\n\nKean said he would "
    "vote for his party's nominee without apology.\n\nThe moderator, Jill Sato of WKRV-TV, asked both men about the "
    "economy.\n\n\"Senator, is the nominee qualified?\" Sato {verb}.\n\n\"I believe he is,\" the senator replied.\n"
)


def test_the_moderator_who_asked_is_not_the_senator_who_answers(pipeline):
    text = _DEBATE.format(verb="asked")
    assert _speaker(pipeline, text, "I believe he is").name == "Roy Dunmore"


def test_a_description_after_a_question_from_the_one_it_titles_is_still_theirs(pipeline):
    # near miss (a guard): a senator who asks and then "the senator" goes on is the one who asked
    text = (
        "Hearing turns testy\n\nWASHINGTON — Sen. Ann Whitlow questioned the nominee, Dana Pruitt, for two hours on "
        "Tuesday.\n\n\"Why did you wait so long?\" Whitlow asked.\n\n\"I have waited long enough,\" the senator "
        "added.\n"
    )
    assert _speaker(pipeline, text, "waited long enough").name == "Ann Whitlow"


# --- the one asked by name answers ----------------------------------------------------------------------

_PRESSER = (
    "Governor rules out special session\n\nJACKSON — Gov. Marian Holt said Thursday she would not call lawmakers "
    "back to the Capitol, telling reporters the Legislature could fix the budget in January.\n\nHolt spoke for about "
    "40 minutes, with her health secretary, Dr. Nadia Fairbanks, standing beside her.\n\nFairbanks said the "
    "shortfall would be covered by delaying payments to insurers. She said no patient would lose coverage.\n\n"
    "\"Nobody is getting a letter telling them their card doesn't work,\" Fairbanks said.\n\n{asking}\n\n"
    "\"Not this month,\" she said.\n"
)


def test_the_woman_a_reporter_asks_by_name_answers(pipeline):
    text = _PRESSER.format(
        asking="Rick Alvarez of WJTV asked Holt whether she had spoken with House Speaker Glenn Treadway since the "
        "session ended."
    )
    assert _speaker(pipeline, text, "Not this month").name == "Marian Holt"


def test_the_one_a_writer_asks_by_name_answers(pipeline):
    text = (
        "The holdout mayor\n\nBy Corinne Albee\n\nMayor Bill Stroud has run Cedar Falls for 14 years. His party's "
        "chairman, Jeff Horning, said he had never pressured Stroud.\n\n\"He is a fine mayor,\" Horning said.\n\n"
        "Near the end of the call, I asked Stroud what it would take.\n\n\"A visit,\" he said.\n"
    )
    assert _speaker(pipeline, text, "A visit").name == "Bill Stroud"


def test_an_asking_a_clause_recalls_leaves_the_one_telling_it(pipeline):
    # near miss (a guard, PolNeAR train's shape): the asking is an event inside the teller's sentence
    text = (
        "Old friend defends nominee\n\nBetsy Ebeling has known Hillary Clinton since grade school.\n\n\"She is the "
        "most loyal friend I have,\" Ebeling said.\n\nWhat upset her most, she said, was a town hall last week, when "
        "a young man asked Clinton why young people thought she was a liar. \"I really got angry,\" she said.\n"
    )
    assert _speaker(pipeline, text, "I really got angry").name == "Betsy Ebeling"


def test_a_pronoun_crediting_no_quotation_of_its_own_is_not_the_one_asked(pipeline):
    # near miss (a guard): "he said" inside a relative clause of the narration
    text = (
        "Lawmakers press FBI deputy\n\nWASHINGTON — Rep. Lorraine Okafor asked FBI Deputy Director Colin Maddox "
        "whether anyone had slowed the case.\n\n\"No one asked me to slow anything down,\" he said.\n\nRep. Dale "
        "Kimbrough held up a memo that he said showed agents had agreed to destroy two laptops.\n"
    )
    assert _speaker(pipeline, text, "slow anything down").name == "Colin Maddox"
    assert _speaker(pipeline, text, "destroy two laptops").name == "Dale Kimbrough"


# --- a lead's indefinite description titled just below ---------------------------------------------------

_COURT = (
    "Judge refuses to delay senator's trial\n\nALBANY — {lead} on Monday turned down a request from state Sen. Lyle "
    "Haverford to delay his trial, saying his campaign was \"not a reason the court recognizes.\"\n\n"
    "{named} set jury selection for Sept. 12, as planned.\n"
)


def test_a_lead_description_is_the_person_titled_so_just_below(pipeline):
    text = _COURT.format(lead="A federal judge", named="U.S. District Judge Ellen Voss")
    assert _speaker(pipeline, text, "not a reason the court").name == "Ellen Voss"


def test_a_lead_description_is_nobody_titled_otherwise_below(pipeline):
    # near miss (a guard): the person named below holds another title
    text = _COURT.format(lead="A federal judge", named="Court clerk Ellen Voss")
    speaker = _speaker(pipeline, text, "not a reason the court")
    assert speaker.name != "Ellen Voss"


def test_a_description_deeper_in_the_article_is_not_the_one_titled_below(pipeline):
    # near miss (a guard, PolNeAR train's shape): past the lead, "a Democratic senator" is not the
    # Republican senator named in the next paragraph
    text = (
        "Senate to vote on guns\n\nWASHINGTON — The Senate will vote on four gun measures next week, after a "
        "marathon of speeches by Democrats that ran into the early hours of Thursday and drew crowds to the "
        "gallery. Leaders of both parties met twice on Wednesday to set the order of the votes and the rules "
        "for the debate, aides said, and the talks went on late into the night.\n\n"
        "After the speeches ended, a Democratic senator said Republicans had agreed to hold the votes.\n\n"
        "Sen. John Corwin of Texas, the No. 2 Republican in the Senate, said the chamber would vote on Monday.\n"
    )
    assert _speaker(pipeline, text, "had agreed to hold the votes").name != "John Corwin"


# --- review59d: near misses of the lead's indefinite description ---------------------------------------


def test_a_lead_former_description_is_not_the_sitting_judge_below(pipeline):
    # review59d: "a former judge" once held the title; the judge named below holds it now
    text = _COURT.format(lead="A former judge", named="U.S. District Judge Ellen Voss")
    assert _speaker(pipeline, text, "not a reason the court").name != "Ellen Voss"


def test_a_lead_former_description_is_the_former_judge_named_below(pipeline):
    # near miss (a guard): the one named below is called former too
    text = _COURT.format(lead="A former judge", named="Former U.S. District Judge Ellen Voss")
    assert _speaker(pipeline, text, "not a reason the court").name == "Ellen Voss"


@pytest.mark.xfail(
    strict=True,
    reason="review59d: the judge named below for an earlier ruling in another case still takes the lead's "
    "'A federal judge'; telling an earlier case from this one needs the sentence's time and case, not read",
)
def test_a_lead_description_is_not_a_judge_named_below_for_another_case(pipeline):
    text = (
        "Judge refuses to delay senator's trial\n\nALBANY — A federal judge on Monday turned down a request from "
        "state Sen. Lyle Haverford to delay his trial, saying his campaign was \"not a reason the court "
        "recognizes.\"\n\nLast year, U.S. District Judge Ellen Voss threw out a similar request in another case.\n"
    )
    assert _speaker(pipeline, text, "not a reason the court").name != "Ellen Voss"


# --- review59d: near misses of the asker who is not the one answering ------------------------------------


def test_an_asker_asking_again_is_still_not_the_senator_who_answers(pipeline):
    # review59d: a second question of the moderator's leaves her question open; the senator answers
    text = _DEBATE.format(verb='asked. "And will you campaign with him?"')
    assert _speaker(pipeline, text, "I believe he is").name == "Roy Dunmore"


def test_an_asker_answering_her_own_question_is_read_as_before(pipeline):
    # near miss (a guard): words of the asker's own that are no question close the question. The
    # asker a voter (transcript60): the debate's moderator, named with her station, no longer takes
    # "the senator" whatever the question (test below)
    text = _DEBATE.replace("The moderator, Jill Sato of WKRV-TV,", "A voter, Jill Sato,").format(
        verb='asked. "Most voters think not."'
    )
    assert _speaker(pipeline, text, "I believe he is").name != "Roy Dunmore"


def test_a_moderator_named_with_her_station_takes_no_senators_title(pipeline):
    # transcript60 (speakers/press_people.py): one of the press holds no public title, so "the
    # senator" after the moderator's own words is the senator the article titles
    text = _DEBATE.format(verb='asked. "Most voters think not."')
    assert _speaker(pipeline, text, "I believe he is").name == "Roy Dunmore"


# --- review59d: near misses of the one asked by name -------------------------------------------------------


def test_the_one_interrupting_goes_on(pipeline):
    # review59d: interrupting puts no question to the one interrupted
    text = _PRESSER.format(asking="Fairbanks interrupted Holt before she could finish.").replace(
        "Not this month", "That is enough for today"
    )
    assert _speaker(pipeline, text, "That is enough for today").name == "Nadia Fairbanks"


def test_the_one_pressed_by_name_answers(pipeline):
    # near miss (a guard): pressing someone on a point is a question put to them
    text = _PRESSER.format(asking="Rick Alvarez of WJTV pressed Holt on whether she had spoken with Glenn Treadway.")
    assert _speaker(pipeline, text, "Not this month").name == "Marian Holt"


# --- review59d: a title held before -----------------------------------------------------------------------


def test_a_noun_set_before_a_former_titled_name_describes_the_person(pipeline):
    # review59d: "former" before the capitalised title is no second name
    text = _HEARING.format(apposition="The witness, former FBI Deputy Director Colin Maddox,")
    assert _speaker(pipeline, text, "it was not needed").name == "Colin Maddox"


def test_former_before_a_second_name_is_still_no_title():
    # near miss (a guard): after "former", the words must still be the name's title
    from newsmine.nlp.antecedents.cluster_words import _titles_before

    assert not _titles_before(_apposition_parse("The chairman , former Acme Tom Lee , spoke")[1], 5)
    assert _titles_before(_apposition_parse("The witness , former Director Tom Lee , spoke")[1], 5)
