"""Probe45: four invented articles in styles PolNeAR lacks — a royal story whose titles are the
person's name ("Prince Edmund", "the Prince of Wessex", "the prince" one man, whose name newsmine writes
"Edmund", the title kept apart as for "Lady Harriet Vane"; "the King", "the
Duchess", "Lady Harriet Vane", a palace spokesman, "Clarence House said in a statement", a
source close to the prince), a family business in court (a father and son "Robert Hale Sr." /
"Robert Hale Jr.", a couple "Mr. Okafor" / "Mrs. Okafor", the wife also "Dr. Okafor"), an
aviation accident (a safety board's chair, "the airline said in a statement", a passenger "who
asked that only her first name be used", the pilots' union, the FAA, a witness on the ground,
"investigators said") and a fashion show (a designer known by one name, a producer who performs
under a stage name, a magazine editor, a critic, a model who did not want to be named). Straight
and curly marks mixed, split quotations, pronouns across paragraphs.
``tests/fixtures/probe45/`` holds the articles, written for this test; the quotations of
``EXPECTED`` were written by hand before newsmine first ran on them (the three reported
contents at its end, and ``ENTITIES``, were added from the same reading after that run).

What newsmine got wrong and probe45 fixed: a quotation opening right after "4 a.m." ran on in
the clock time's sentence, whose subject then spoke it; an adverb opening the sentence
("Backstage, one model, …, said") was taken for the speaker; "Clarence House" (a first name and
"House") was made a person, whose "he" then spoke the prince's words; "Northline Airways Flight
2210" named the airline by its flight; "Writing for the trade paper Drapery" made the paper a
content; "Prince Edmund" (a royal title and a given name alone) was no entity, and the
prince's "he" went to "Clarence House"; "He said the matter was 'closed'" after "the spokesman said", far from "a palace
spokesman", went to the last named man. What it still gets wrong is listed in ``KNOWN_FAULTS`` as strict xfails. Every text
here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import REPO, analyze_probe_articles, probe_params, speaker_of
from tests.quote_checks import assert_no_whole_quote, assert_speaker_named

ARTICLES = REPO / "tests" / "fixtures" / "probe45"

# (article, snippet of the quote's content, speaker's name, or "anonymous" for an unnamed source)
EXPECTED = [
    ("royal", "has decided that the work", "Clarence House"),
    ("royal", "deeply proud", "Clarence House"),
    ("royal", "the best thing I have ever", "Edmund"),
    ("royal", "hurt and frankly baffled", "anonymous"),
    ("royal", "He did nothing wrong", "anonymous"),
    ("royal", "He never met the man", "anonymous"),
    ("royal", "He's fine, thank you", "the Duchess"),
    ("royal", "He's had worse weeks", "the Duchess"),
    ("royal", "enormously grateful", "Harriet Vane"),
    ("royal", "Nobody has given more time", "Harriet Vane"),
    ("royal", "Every rule was followed", "Harriet Vane"),
    ("royal", "accept it again tomorrow", "Harriet Vane"),
    ("royal", "how little anyone checks", "Graham Pryce"),
    ("royal", "If this were a minister", "Graham Pryce"),
    ("royal", "simply not how", "anonymous"),
    ("royal", "closed.", "anonymous"),
    ("royal", "nothing about our work", "Olu Barnes"),
    ("family", "I built this company", "Robert Hale Sr."),
    ("family", "I did not build it", "Robert Hale Sr."),
    ("family", "My father is a great man", "Robert Hale Jr."),
    ("family", "Every decision I made", "Robert Hale Jr."),
    ("family", "There is no sale", "Robert Hale Jr."),
    ("family", "never was a signed offer", "Robert Hale Jr."),
    ("family", "I told Robert", "Grace Okafor"),
    ("family", "I love them both", "Grace Okafor"),
    ("family", "People come up to me", "Daniel Okafor"),
    ("family", "I tell them yes", "Daniel Okafor"),
    ("family", "in better shape", "Grace Okafor"),
    ("family", "three days out of the cardiac", "Susan Whitfield"),
    ("family", "Not about business", "Robert Hale Sr."),
    ("family", "He's still my dad", "Robert Hale Jr."),
    ("family", "That doesn't change", "Robert Hale Jr."),
    ("crash", "far too early", "Karen Liu"),
    ("crash", "We will look at the weather", "Karen Liu"),
    ("crash", "cooperating fully", "Northline Airways"),
    ("crash", "Our thoughts are with", "Northline Airways"),
    ("crash", "Nobody screamed", "Denise"),
    ("crash", "strangest thing", "Denise"),
    ("crash", "She was so calm", "Denise"),
    ("crash", "I want to find her", "Denise"),
    ("crash", "medium", "anonymous"),
    ("crash", "Our members are trained", "Air Line Pilots Association"),
    ("crash", "Speculation helps no one", "Air Line Pilots Association"),
    ("crash", "I thought it was going", "Tom Reardon"),
    ("crash", "Then it just stopped", "Tom Reardon"),
    ("crash", "We don't know yet", "Karen Liu"),
    ("crash", "one of a hundred things", "Karen Liu"),
    ("fashion", "People said I was finished", "Mireille Dufresne"),
    ("fashion", "what finished looks like", "Mireille Dufresne"),
    ("fashion", "clothes for people who walk", "Mireille Dufresne"),
    ("fashion", "She sent me one word", "Kwame Asante"),
    ("fashion", "I made forty versions", "Kwame Asante"),
    ("fashion", "She picked the first one", "Kwame Asante"),
    ("fashion", "the same as a record", "Kwame Asante"),
    ("fashion", "telling people where to look", "Kwame Asante"),
    ("fashion", "This was the best thing", "Vivienne Cole"),
    ("fashion", "It was angry", "Vivienne Cole"),
    ("fashion", "a funeral with good tailoring", "Paul Seguin"),
    ("fashion", "confused severity", "Paul Seguin"),
    ("fashion", "Paul has hated everything", "Mireille Dufresne"),
    ("fashion", "I would worry", "Mireille Dufresne"),
    ("fashion", "best financial health", "Jean-Marc Aubry"),
    ("fashion", "fiction", "Jean-Marc Aubry"),
    ("fashion", "It was worth it", "anonymous"),
    ("fashion", "I have never felt", "anonymous"),
    ("fashion", "pure Mireille", "Vivienne Cole"),
    ("fashion", "She never does what you want", "Vivienne Cole"),
    ("fashion", "why we keep coming back", "Vivienne Cole"),
    # reported, not quoted (added after the first run, from the same reading)
    ("fashion", "the fittings had run", "anonymous"),
    ("family", "he signed it while recovering", "Robert Hale Sr."),
    ("crash", "the cabin went quiet", "Denise"),
]

# What quotes the articles do not hold: the outlet one writes for, an alias. (The topic of
# 'asked about her husband', 'Asked about the review' and 'questions about a donor' was on the
# analyst's list too, but PolNeAR counts such topics as contents — 17 of the 45 kept on train
# match a gold content and most others overlap one — so they stay.)
NOT_QUOTES = [
    ("fashion", "the trade paper Drapery"),
    ("family", "Grace Okafor is known to staff because of her doctorate in economics"),
]

# (article, name, label): an entity the article names
ENTITIES = [
    ("royal", "Edmund", "PERSON"),
    ("royal", "Clarence House", "ORG"),
    ("royal", "Olu Barnes", "PERSON"),
    ("crash", "Northline Airways", "ORG"),
]

KNOWN_FAULTS = {
    ("royal", "He's fine, thank you"): "'The Duchess, who …' is unnamed: her 'she' stays unresolved",
    ("royal", "He's had worse weeks"): "the same quotation as 'He's fine'",
    ("family", "Not about business"):
        "'the father was asked … He paused. \"…,\" he said': 'he' goes to the judge named before, not the father",
    ("family", "he signed it while recovering"):
        "'The father says …' right after 'Robert Hale Sr. is suing his son': 'the father' is left an unnamed source",
    ("crash", "the cabin went quiet"):
        "'A passenger who asked that only her first name, Denise, be used said …': the passenger stays unnamed",
    ("family", "Grace Okafor is known to staff because of her doctorate in economics"):
        "'as Grace Okafor is known to staff': 'known' is read as a thought (left: PolNeAR's gold annotates "
        "'Freddy, as he was known,' and 'as the bill is called' as attributions)",
}  # fmt: skip


@pytest.fixture(scope="module")
def probe45_records(pipeline):
    return analyze_probe_articles(pipeline, ARTICLES, EXPECTED)


@pytest.mark.parametrize(("article", "snippet", "speaker"), probe_params(EXPECTED, KNOWN_FAULTS))
def test_probe45_quote_speaker(probe45_records, article, snippet, speaker):
    assert_speaker_named(probe45_records, article, snippet, speaker)


@pytest.mark.parametrize(("article", "words"), probe_params(NOT_QUOTES, KNOWN_FAULTS))
def test_probe45_no_quote(probe45_records, article, words):
    assert_no_whole_quote(probe45_records, article, words)


@pytest.mark.parametrize(("article", "name", "label"), probe_params(ENTITIES, KNOWN_FAULTS))
def test_probe45_entity(probe45_records, article, name, label):
    found = {(e.name, e.label) for e in probe45_records[article].entities}
    assert (name, label) in found, sorted(found)


def test_a_quotation_after_a_clock_time_opens_its_own_sentence(pipeline):
    # read as one sentence with "5 a.m.", the quotation took the clause before it into its content
    text = (
        "Storm closes schools\n\n"
        'The storm knocked out power at 5 a.m. "Our crews are out in force," said Dan Wilder, a spokesman for the utility.\n'
    )
    quote = next(q for q in pipeline.analyze(text).quotes if "crews" in q.text)
    assert quote.text.startswith("Our crews"), quote.text
    assert quote.speaker.name == "Dan Wilder"


def test_an_opening_adverb_is_no_speaker(pipeline):
    # "Upstairs" was the subject the parse gave 'said'; the guard in apposition speaks
    text = (
        "Flood at the museum\n\n"
        "Upstairs, one guard, who did not want to be named, said the water reached the second floor. "
        '"It came so fast," she said.\n'
    )
    record = pipeline.analyze(text)
    for snippet in ("the water reached", "It came so fast"):
        speaker = speaker_of(record, snippet)
        assert speaker.kind == "anonymous" and speaker.text != "Upstairs", (speaker.text, speaker.name, speaker.kind)


def test_a_residence_that_speaks_is_no_person(pipeline):
    # "Clarence" is a first name: the residence was made a man, whom the next "he" then took
    text = (
        "Palace row\n\n"
        "Clarence House said in a statement that the Duke would not attend. The Duke, 61, has not spoken "
        'publicly. In a letter to friends he called the decision "painful."\n'
    )
    record = pipeline.analyze(text)
    assert ("Clarence House", "ORG") in {(e.name, e.label) for e in record.entities}
    assert speaker_of(record, "painful").name != "Clarence House"


def test_a_flight_is_not_its_airline(pipeline):
    # "Coastal Air Flight" (its number left out) named the airline that "said in a statement"
    text = (
        "Jet diverts\n\n"
        "Coastal Air Flight 419, bound for Boston, landed safely in Denver on Friday. The airline said in a "
        "statement that one engine had shut down.\n"
    )
    assert speaker_of(pipeline.analyze(text), "one engine").name == "Coastal Air"


def test_the_spokesman_introduced_long_before_speaks_again(pipeline):
    # "a city hall spokesman" more than 300 words before "the spokesman": "He" went to the last named man
    filler = " ".join(
        f"The council met for the {n} time this year to discuss the budget, the parks and the roads."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
    )  # fmt: skip
    text = (
        "Mayor quits\n\n"
        "The mayor resigned on Friday, a city hall spokesman said. The spokesman gave no reason.\n\n"
        f"{filler}\n\n"
        'Tom Bell, a council member, said the news showed "how little anyone knew." He added: "We deserve answers."\n\n'
        "The mayor was seen on Saturday leaving her home but did not speak to reporters.\n\n"
        'Asked whether the council had forced her out, the spokesman said: "That is not what happened." '
        'He said the matter was "closed."\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "the matter was")
    assert speaker.kind == "anonymous", (speaker.text, speaker.name, speaker.kind)


def test_a_royal_title_before_a_given_name_names_a_person(pipeline):
    # no rule for a first name and a surname finds "Prince Edmund": his "he" stayed unresolved
    text = (
        "Royal patron quits\n\n"
        "Prince Edmund will step down as patron of the sailing trust, his office said on Tuesday. In a speech "
        'last year he called the trust "the best thing I have ever been part of."\n'
    )
    record = pipeline.analyze(text)
    assert ("Edmund", "PERSON") in {(e.name, e.label) for e in record.entities}
    assert speaker_of(record, "the best thing").name == "Edmund"


# "Prince Edmund … 'The Prince of Wessex has decided …'": the style was a work of art of its
# own, and the prince's mentions counted half (seen47: entities/royal_styles.py).
_PATRON = (
    "Prince Edmund to leave charity\n\n"
    "Prince Edmund will step down as patron of the Harbour Trust, the palace said on Tuesday.\n\n"
)


def _mentions_of(record, name: str) -> list[str]:
    return next(e.mentions for e in record.entities if e.name == name)


def test_a_royal_style_is_the_person_titled_so(pipeline):
    text = _PATRON + '"The Prince of Wessex has decided that the work of the Trust must come first," the statement said.\n'
    record = pipeline.analyze(text)
    assert "Prince of Wessex" in [m.text for m in _mentions_of(record, "Edmund")]
    assert "Prince of Wessex" not in {e.name for e in record.entities}


def test_the_probe_articles_style_is_the_prince(probe45_records):
    record = probe45_records["royal"]
    assert [m.text for m in _mentions_of(record, "Edmund")].count("Prince of Wessex") == 2


def test_a_style_beside_another_style_of_its_title_is_joined_to_no_one(pipeline):
    # near miss: "the Prince of Monaco" is a prince too (the recogniser cuts it "Prince of"):
    # which style is Edmund's, the article does not say
    text = (
        _PATRON + '"The Prince of Wessex has decided that the work of the Trust must come first," the statement '
        'said. "The Prince of Monaco will take his place."\n'
    )
    assert "Prince of Wessex" not in [m.text for m in _mentions_of(pipeline.analyze(text), "Edmund")]


def test_a_style_in_a_sentence_about_someone_else_is_joined_to_no_one(pipeline):
    # near miss: "thanked him": the sentence has two people in it, the style's and another
    text = _PATRON + '"The Prince of Wessex thanked him for his work at the Trust," the statement said.\n'
    assert "Prince of Wessex" not in [m.text for m in _mentions_of(pipeline.analyze(text), "Edmund")]


def test_a_style_with_two_princes_named_is_joined_to_no_one(pipeline):
    # near miss: two people titled "Prince": either may hold the style
    text = (
        "Bridge opens\n\nPrince Edmund and Prince Albert will open the bridge on Friday, the palace said.\n\n"
        '"The Prince of Wessex has decided that the work of the Trust must come first," the statement said.\n'
    )
    assert "Prince of Wessex" not in [m.text for m in _mentions_of(pipeline.analyze(text), "Edmund")]


def test_a_style_after_a_kin_noun_is_someone_else(pipeline):
    # near miss: "his brother, the Prince of Wessex" is another man than the one named
    from newsmine.nlp.entities.entity_cluster import EntityCluster
    from newsmine.nlp.entities.royal_styles import _someone_else

    def style_is_someone_else(text: str) -> bool:
        doc = pipeline.nlp(text)
        start = next(t.i for t in doc if t.text == "Prince" and t.i > 3)
        harry = EntityCluster(label="PERSON", name="Harry", mentions=[doc[1:2]], titles=["Prince"])
        return _someone_else(doc[start : start + 3], harry)

    assert style_is_someone_else("Prince Harry flew home. His brother, the Prince of Wessex, stayed in Windsor.")
    assert not style_is_someone_else("Prince Harry flew home. The Prince of Wessex stayed in Windsor.")


def test_an_untagged_style_that_speaks_is_the_person_titled_so(pipeline):
    # the recogniser leaves this style untagged: the resolver made it an office's unnamed holder
    text = _PATRON + "The Prince of Wessex said on Wednesday that the volunteers had done more than anyone.\n"
    assert speaker_of(pipeline.analyze(text), "volunteers had done").name == "Edmund"


def test_a_style_of_a_country_is_its_ruler_not_the_prince_named_before(pipeline):
    # near miss: a visit names the host by his style alone; Monaco is a country (places.txt)
    text = (
        "Royal visit\n\nPrince Edmund arrived in Monte Carlo on Monday.\n\n"
        "The Prince of Monaco said on Tuesday that the talks would be hard.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "talks would be hard")
    assert (speaker.name, speaker.kind) == ("The Prince of Monaco", "anonymous")


# seen47's strict xfail, fixed by seen51: an "of" phrase naming a place the article never gives
# the person says the office is another's (speakers/place_offices.office_of_a_place_unsaid).
def test_an_office_of_a_place_is_not_the_president_named_before(pipeline):
    text = (
        "Summit opens\n\nPresident Obama arrived in Paris on Monday.\n\n"
        "The President of France said on Tuesday that the talks would be hard.\n"
    )
    assert speaker_of(pipeline.analyze(text), "talks would be hard").name != "Obama"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: the article gives the person the place, in an "of" phrase or before the title,
        # and a portfolio after "of" is no place
        ("Budget\n\nMayor Ana Ruiz of Harlow opened the session. The mayor of Harlow said the budget was tight.\n", "Ana Ruiz"),
        ("Budget\n\nOhio Gov. John Kasich spoke first. The governor of Ohio said the budget was tight.\n", "John Kasich"),
        ("Budget\n\nHillary Clinton spoke first. The secretary of state said the budget was tight.\n", "Hillary Clinton"),
    ],
)
def test_an_office_of_a_place_the_person_holds_is_theirs(pipeline, text, name):
    assert speaker_of(pipeline.analyze(text), "budget was tight").name == name


# review51c: an office of a place goes to the person the article writes with that place ('Gov.
# John Kasich of Ohio', 'Kasich, of Ohio,', a dateline's 'COLUMBUS, Ohio — Gov. John Kasich'),
# though another governor was named since: seen51's rule left 'The governor of Ohio' to no one
# (speakers/place_offices.places_given, read by titled_people._titled).
@pytest.mark.parametrize(
    "opening",
    [
        "Gov. John Kasich of Ohio spoke first at the summit.",
        "Gov. John Kasich, of Ohio, spoke first at the summit.",
        "COLUMBUS, Ohio — Gov. John Kasich spoke first at the summit.",
    ],
)
def test_an_office_of_a_place_goes_to_the_person_written_with_it(pipeline, opening):
    text = f"Budget summit\n\n{opening} Then Gov. Jerry Brown spoke. The governor of Ohio said the budget was tight.\n"
    assert speaker_of(pipeline.analyze(text), "budget was tight").name == "John Kasich"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a place the article writes with no governor gives the office to no one named,
        # and another place's governor is still that place's
        (
            "Budget summit\n\nGov. John Kasich spoke first at the summit. Then Gov. Jerry Brown of California "
            "spoke. The governor of Ohio said the budget was tight.\n",
            None,
        ),
        (
            "Budget summit\n\nGov. John Kasich of Ohio spoke first at the summit. Then Gov. Jerry Brown of "
            "California spoke. The governor of California said the budget was tight.\n",
            "Jerry Brown",
        ),
    ],
)
def test_an_office_of_a_place_goes_to_no_governor_of_another_place(pipeline, text, name):
    assert speaker_of(pipeline.analyze(text), "budget was tight").name == name


def test_an_office_of_a_company_is_not_the_president_named_before(pipeline):
    # a strict xfail until seen52 (speakers/body_offices.py): "of the company" names the firm's
    # office, which a public title does not hold
    text = (
        "Plant visit\n\nPresident Obama toured the Kellport turbine plant on Monday.\n\n"
        "The President of the company said the orders would keep the plant open.\n"
    )
    assert speaker_of(pipeline.analyze(text), "keep the plant open").name != "Obama"
