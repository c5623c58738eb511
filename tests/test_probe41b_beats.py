"""Speakers and names seen wrong in probe41b's invented articles (a chess final, a doping
ban, a satellite launch): a singular demonym ("the Norwegian", "the 31-year-old Kenyan") is
the person the article says is of that nation, as "the Texan" is; an age in an apposition
after a name ("Eide, the 19-year-old Norwegian challenger,") makes the name a person's;
"carrier", "utility" describe companies and an "… Authority" is none; a councilwoman just
named is not "the mayor". Every text here is invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of


def _entity(record, name):
    matches = [e for e in record.entities if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in record.entities]}"
    return matches[0]


def test_a_demonym_is_the_person_of_that_nation_just_named(pipeline):
    text = (
        "Skier keeps her lead\n\n"
        "Austrian skier Lena Hofbauer kept her lead in the downhill standings on Saturday, "
        "edging out Marta Lindqvist of Sweden by a tenth of a second.\n\n"
        '"The snow was slow at the top," the Austrian said. "I had to push."\n'
    )
    assert speaker_of(pipeline.analyze(text), "The snow was slow").name == "Lena Hofbauer"


def test_a_demonym_takes_the_person_of_its_nation_over_one_just_named(pipeline):
    # the pronoun's choice would be the coach just named; only the skater is Dutch
    text = (
        "Skater sets record\n\n"
        "Dutch skater Pieter Hoekstra set a world record in the 5,000 metres on Friday.\n\n"
        'His coach, Alan Roberts, said the ice had been perfect. "He was flying," Roberts said.\n\n'
        '"I felt it from the first lap," the Dutchman said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "I felt it from the first lap").name == "Pieter Hoekstra"


def test_a_demonym_with_an_age_is_the_person_named_with_a_country(pipeline):
    text = (
        "Runner appeals ban\n\n"
        "The ruling hands the title to Ghana's Grace Mensah, who finished second.\n\n"
        "The 27-year-old Ghanaian said she would give the medal to her first coach.\n"
    )
    assert speaker_of(pipeline.analyze(text), "give the medal").name == "Grace Mensah"


def test_a_demonym_is_no_one_when_no_one_is_of_that_nation(pipeline):
    # the official just named is not said to be Kenyan: no one is
    text = (
        "Runner banned\n\n"
        "Daniel Brooks, the head of the integrity unit, said the evidence was clear.\n\n"
        "The Kenyan has denied taking the drug.\n"
    )
    assert speaker_of(pipeline.analyze(text), "taking the drug").name != "Daniel Brooks"


def test_the_french_are_a_people_not_the_person_just_named(pipeline):
    text = (
        "Talks stall\n\n"
        "Claire Dubois, the French negotiator, left the room early.\n\n"
        "The French said the offer was not serious.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the offer was not serious").name != "Claire Dubois"


def test_an_age_in_an_apposition_makes_a_name_a_persons(pipeline):
    # the recogniser tags "Magnus Eide" an event; only a person is "the 19-year-old …"
    text = (
        "SINGAPORE — Magnus Eide, the 19-year-old Norwegian challenger, took a one-point lead "
        "in the world chess championship on Sunday.\n\n"
        '"I did not believe it," the Norwegian said.\n'
    )
    record = pipeline.analyze(text)
    assert _entity(record, "Magnus Eide").label == "PERSON"
    assert speaker_of(record, "I did not believe it").name == "Magnus Eide"


def test_a_demonym_is_not_a_nation_that_only_begins_alike(pipeline):
    # an Australian is not "the Austrian"
    text = (
        "Swimmers clash\n\n"
        "Australian swimmer Kate Morton won the 200 metres on Tuesday.\n\n"
        "The Austrian said the pool had been too cold.\n"
    )
    assert speaker_of(pipeline.analyze(text), "too cold").name != "Kate Morton"


def test_the_carrier_is_the_company_written_as_a_carrier(pipeline):
    text = (
        "Airline cuts routes\n\n"
        "Budget carrier Skyvale said on Monday it would drop six routes from Leeds.\n\n"
        "The carrier said in a statement that fuel costs had risen by a third.\n"
    )
    assert speaker_of(pipeline.analyze(text), "fuel costs had risen").name == "Skyvale"


def test_the_utility_is_the_company_named_before(pipeline):
    text = (
        "Power bills to rise\n\n"
        "Northgate Power will raise household bills by 9 percent from April, regulators said.\n\n"
        "The utility said the increase would pay for new power lines.\n"
    )
    assert speaker_of(pipeline.analyze(text), "pay for new power lines").name == "Northgate Power"


def test_a_noun_after_a_demonym_is_the_person_of_that_nation(pipeline):
    # "grandmaster" is on no list of titles or trades; the nation says who it is
    text = (
        "Champion loses eighth game\n\n"
        "The challenger, Tomas Berg, won the eighth game on Sunday after Li Wei of China "
        "lost on time.\n\n"
        "Asked about the clock, the Chinese grandmaster said he had misjudged the position.\n"
    )
    assert speaker_of(pipeline.analyze(text), "misjudged the position").name == "Li Wei"


def test_a_party_before_a_noun_is_no_nation(pipeline):
    text = (
        "Primary looms\n\n"
        "Republican strategist Dana Pruitt said the primary would be close.\n\n"
        "The Republican establishment has said the contest is a distraction.\n"
    )
    assert speaker_of(pipeline.analyze(text), "a distraction").name != "Dana Pruitt"


def test_the_lender_is_not_the_authority_that_fined_it(pipeline):
    # an "… Authority" is a public body, as a "… Commission" is: no company description fits it
    text = (
        "Bank fined\n\n"
        "The Financial Conduct Authority fined Harland Bank on Thursday for weak controls.\n\n"
        "The regulator said the bank had ignored warnings. The lender said in a statement "
        "that it accepted the findings.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "ignored warnings").name == "Financial Conduct Authority"
    assert speaker_of(record, "accepted the findings").name == "Harland Bank"


def test_a_nations_man_no_one_is_said_to_be_of_is_no_organisation(pipeline):
    # the recogniser tags "Frenchwoman" an organisation; she is someone, unnamed here
    text = (
        "Bank fined\n\n"
        "Marie Lefebvre, the bank's head of compliance, left in March.\n\n"
        "The Frenchwoman said in a letter to staff that she had raised concerns.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "raised concerns")
    assert speaker.kind.value != "organisation" and speaker.name != "Frenchwoman"


_BUDGET = (
    "Budget fight\n\n"
    "Mayor Diane Walsh defended her budget on Tuesday against Councilwoman Rita Gomez.\n\n"
    'Gomez disagreed. "We are paying for a broken system," she said.\n\n'
    "The mayor said the cuts were reckless.\n\n"
    'The mayor shot back again hours later. "My opponent has never run anything," she said.\n'
)


def test_a_councilwoman_just_named_is_not_the_mayor(pipeline):
    # a council seat is an office of its own, as a sheriff's is: it contradicts "the mayor"
    record = pipeline.analyze(_BUDGET)
    assert speaker_of(record, "the cuts were reckless").name == "Diane Walsh"


def test_she_after_the_mayor_made_the_subject_is_the_mayor(pipeline):
    text = _BUDGET.replace("The mayor said the cuts were reckless.\n\n", "")
    record = pipeline.analyze(text)
    assert speaker_of(record, "never run anything").name == "Diane Walsh"


def test_a_nations_side_or_delegation_is_no_person_of_that_nation(pipeline):
    # review41: "the French side", "the German delegation" are a team and envoys, not the
    # coach or the chancellor the article says are French or German
    text = (
        "France beat Ireland in Dublin\n\n"
        "French coach Fabien Marchal said his team was ready. The French side said after the match "
        "that the referee had been fair.\n\n"
        "German Chancellor Klaus Richter met the Hungarian president on Tuesday. The German "
        "delegation said a deal was close.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the referee had been fair").name != "Fabien Marchal"
    assert speaker_of(record, "a deal was close").name != "Klaus Richter"


def test_a_description_with_a_nations_word_is_not_the_last_speaker_of_another_nation(pipeline):
    # review41: "The Kenyan said" made Kiptoo the runner who spoke last, and "The Ethiopian
    # runner" went to him by the description alone
    text = (
        "Kiptoo wins in Boston\n\n"
        "Kenyan runner Daniel Kiptoo won the race on Monday. Ethiopian runner Tigist Alemu finished "
        "second. The Kenyan said the hills were hard. The Ethiopian runner said she would be back.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the hills were hard").name == "Daniel Kiptoo"
    assert speaker_of(record, "she would be back").name == "Tigist Alemu"


def test_an_age_in_an_apposition_of_a_newspaper_or_a_fair_makes_no_person(pipeline):
    # review41: news give institutions an age as they give people one
    text = (
        "Town loses its fair\n\n"
        "The Millbrook Gazette, a 150-year-old newspaper, reported the news on Tuesday. The "
        "Riverside Festival, the 60-year-old fair, was canceled after the council cut its grant.\n"
    )
    record = pipeline.analyze(text)
    assert _entity(record, "Millbrook Gazette").label != "PERSON"
    assert _entity(record, "Riverside Festival").label != "PERSON"
