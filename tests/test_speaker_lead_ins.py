"""Speakers a lead-in names in ways the parse misses (session 24's fifth probe round): the
subject of a copular lead-in before a colon ('The mayor was blunt: "…"'), and the name after
a comma that closes a role's apposition ('according to its chief nursing officer, Dr. Alison
Mbeki.'). Hand-written text; the probe articles p5-colon-quotes and p5-according-to hold the
same cases inside whole stories."""

from __future__ import annotations

from newsmine.nlp.attribution.punctuation_candidates import punctuation_candidates
from tests.conftest import doc_context, speaker_of


def test_a_copular_lead_in_before_a_colon_is_spoken_by_its_subject(pipeline):
    record = pipeline.analyze(
        "Paul Reyes chaired the council meeting on Monday.\n\n"
        'Mayor Laura Bennett was blunt: "The city is out of money."\n\n'
        'Reyes was more cautious: "We may still find savings."\n\n'
        'The message from the unions was clear: "Pay us first."\n'
    )
    assert speaker_of(record, "out of money").name == "Laura Bennett"
    assert speaker_of(record, "find savings").name == "Paul Reyes"
    # a thing as the subject ('The message … was clear:') is no speaker: never the unions' name
    assert not any(q.speaker and "message" in q.speaker.text for q in record.quotes if "Pay us first" in q.text)


def test_a_copular_lead_in_with_an_appositive_name_is_spoken_by_the_named(pipeline):
    # the role and the name set off by commas push the colon past a headline lead-in's
    # length; a manner lead-in before a quotation still speaks for its subject
    record = pipeline.analyze(
        "Ferry fares to rise\n\n"
        "The ferry operator said in a statement that fares would rise by 9 percent in April.\n\n"
        "The islanders' association disagrees. Its longtime chairwoman, Mairi Duncan, was blunt: "
        '"Every rise is a tax on living here, and we are tired of paying it."\n\n'
        "The operator's new director, Owen Pryce, was more careful: "
        '"We will look again at the concession fares before the summer timetable."\n'
    )
    assert speaker_of(record, "tax on living here").name == "Mairi Duncan"
    assert speaker_of(record, "concession fares").name == "Owen Pryce"


def test_a_name_after_a_comma_names_the_role_it_follows(pipeline):
    record = pipeline.analyze(
        "The plant will close in March, according to a company spokesman, Tom Reyes.\n\n"
        "According to a union official, Brian Coyle, most workers have been offered new posts.\n\n"
        "Several workers said the news came as a shock, according to a union official, who asked not to be named.\n"
    )
    assert speaker_of(record, "close in March").name == "Tom Reyes"
    assert speaker_of(record, "offered new posts").name == "Brian Coyle"
    # no name follows the comma ('…, who asked not to be named'): the official stays unnamed
    assert speaker_of(record, "came as a shock").kind.value == "anonymous"


def test_a_lead_in_a_name_owns_is_spoken_by_the_owner(pipeline):
    # a copula or a preposition heads the lead-in ('… was:', 'From …:'); the noun the name owns
    # carries the owner to the speaker, as 'Wilcox's response: …' does without the copula
    record = pipeline.analyze(
        "Bakery row\n\n"
        "The mayor asked about the bakery on Monday. Wilcox's response was: "
        '"Is the bakery in Dunmore or in Fairhaven?" The bakery is in Dunmore.\n\n'
        "Aides say the former governor plans to back Harlan. From Pruett's Facebook post: "
        '"For the sake of our party and country, we must move on."\n'
    )
    assert speaker_of(record, "in Dunmore or in Fairhaven").name == "Wilcox"
    assert speaker_of(record, "we must move on").name == "Pruett"


def test_a_lead_in_whose_head_has_a_subject_is_spoken_by_the_subject(pipeline):
    # the tagger reads 'blunter' and 'states' as nouns, and 'Here is' puts the name after the
    # copula: the lead-in's head is a verb or copula, never the speaker; its subject is
    record = pipeline.analyze(
        "Harbour board rules out dredging\n\n"
        "Mayor Ana Ruiz said on Monday that the silt in the harbour was costing the town trade.\n\n"
        'Councillor Gil Ortiz was blunter: "This board would rather count money than move ships."\n\n'
        'The board\'s charter is plain on the matter. Article 12 states: "No dredging shall be '
        'undertaken without the consent of the full board and the harbour master."\n\n'
        'Critics say the board has hidden behind that rule before. Here is Ortiz in 2019: "The '
        'charter has become an excuse for doing nothing about the silt in our harbour."\n'
    )
    assert speaker_of(record, "count money than move ships").name == "Gil Ortiz"
    assert speaker_of(record, "No dredging shall be undertaken").name == "Article 12"
    assert speaker_of(record, "an excuse for doing nothing").name == "Gil Ortiz"


def test_a_thing_before_a_colon_that_opens_no_quotation_speaks_for_no_one(nlp):
    # 'The challenge for Ortiz is steep: …' is the writer's own statement: the colon's
    # candidate does not make the challenge its speaker (PolNeAR train: such a source raised
    # a writer's sentence over the threshold)
    ctx = doc_context(
        nlp,
        "Ferry vote looms\n\n"
        "Councillor Gil Ortiz wants the council to back the new ferry timetable.\n\n"
        "The challenge for Ortiz is steep: many islanders have come to know him only recently, "
        "and those he is counting on have not turned out to the same degree as their neighbours.\n",
    )
    colons = [c for c in punctuation_candidates(ctx) if c.relation == "colon"]
    assert colons and not any(ctx.lower[c.source] == "challenge" for c in colons)


def test_a_headline_kicker_with_a_subject_is_no_speaker(pipeline):
    # 'Mo is back: …' opening a headline is a kicker, not Mo's words
    record = pipeline.analyze(
        "Mo is back: former mayor Mo Dunne returns to the campaign trail for his daughter\n\n"
        "Former mayor Mo Dunne spoke at a rally in Fairhaven on Tuesday for his daughter, who is "
        "running for the council.\n"
    )
    assert not any(q.speaker and q.speaker.text == "Mo" for q in record.quotes)
