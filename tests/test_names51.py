"""Speaker names of session 51 (names51): general causes found by pooling the name-source
errors of every study sample (and a scan of all train's speaker names), each with a near miss
the rule must leave alone, and one relatives' fault left as a strict xfail. Every text here is
invented for newsmine.

- a person tagged over "<owner>’s <kin noun> <first name>" (``entities/kin_spans.py``): the
  relative's words went to the owner;
- a company named after its base with a state's abbreviation ("Raleigh, N.C.-based …",
  ``attribution/sources/based_companies.py``): the town spoke for the firm;
- a capital middle initial "V." read as a lawsuit's "v." (``entities/middle_initials.py``): the
  person's full name was dropped;
- with that name kept, "Germany's president" took the "President" named as "Russia's leader"
  (``speakers/owned_offices.py``)."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_NIECE = (
    "Far-right party gains ground\n\n"
    "“We will win again,” said Karel Van Berg, who leads the party. Van Berg’s niece Marion, the "
    "vice-president of the party, said the result was “a warning to the capital.”\n\n"
    "“Nobody can ignore us now,” Van Berg said.\n"
)


def test_a_relative_tagged_with_her_owner_speaks_as_herself_with_his_surname(pipeline):
    # the recogniser tags "Van Berg’s niece Marion" as one person; cut to the owner's name it
    # gave the niece's words to the party leader
    assert speaker_of(pipeline.analyze(_NIECE), "a warning to the capital").name == "Marion Van Berg"


def test_an_aide_named_in_full_after_a_possessive_keeps_her_own_name(pipeline):
    # near miss: "aide" is no relative's noun, and the aide has her own surname
    text = (
        "Far-right party gains ground\n\n"
        "“We will win again,” said Karel Van Berg, who leads the party. Van Berg’s aide Marion "
        "Delacroix, a former judge, said the result was “a warning to the capital.”\n"
    )
    assert speaker_of(pipeline.analyze(text), "a warning to the capital").name == "Marion Delacroix"


def test_the_owner_of_the_possessive_still_speaks_as_himself(pipeline):
    # near miss: the owner's own quotation before the relative's keeps the owner
    assert speaker_of(pipeline.analyze(_NIECE), "We will win again").name == "Karel Van Berg"


def test_a_bare_surname_after_the_relative_goes_to_the_one_she_is_named_after(pipeline):
    # a strict xfail from names51 to names65: the particle family name "Van Berg" a paragraph
    # after the niece went to her, the latest named; it now goes by the one-word surname's rules
    # (cluster_builder._bearers_of_particle_family_name), to the one named in full first
    assert speaker_of(pipeline.analyze(_NIECE), "Nobody can ignore us").name == "Karel Van Berg"


def test_a_company_after_its_town_and_state_abbreviation_speaks_not_the_town(pipeline):
    text = (
        "Pasta merger called off\n\n"
        "Raleigh, N.C.-based Dunmore Foods and the Italian firm Vella Pasta ended their merger talks "
        'on Friday, citing "a changed market."\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "a changed market")
    assert speaker.name == "Dunmore Foods", (speaker.text, speaker.name)


def test_a_person_described_as_based_in_a_town_keeps_her_own_words(pipeline):
    # near miss: the "-based" word modifies a common noun in her apposition, not a company
    text = (
        "Pasta merger called off\n\n"
        'Mei Chen, a Raleigh, N.C.-based lawyer for the buyer, said the deal was "dead on arrival."\n'
    )
    assert speaker_of(pipeline.analyze(text), "dead on arrival").name == "Mei Chen"


def test_a_company_after_its_town_and_state_name_already_speaks(pipeline):
    # near miss: with a state's full name the parse is right before the rule
    text = 'Recall widens\n\nAustin, Texas-based Kestrel Systems said the recall would "cost us dearly."\n'
    assert speaker_of(pipeline.analyze(text), "cost us dearly").name == "Kestrel Systems"


def _entity_names(record) -> list[str]:
    return [entity.name for entity in record.entities]


_INITIAL = (
    "Kremlin leader holds news conference\n\n"
    "President Dmitri V. Orlov held forth on a sweeping array of topics on Thursday.\n\n"
    'Mr. Orlov said the economy would "rebound next year."\n'
)


def test_a_capital_middle_initial_v_is_no_lawsuits_versus(pipeline):
    # "Dmitri V. Orlov" was dropped as a lawsuit ("Trump v. Trump"): the article's one full name
    # for him was lost and "Mr. Orlov" spoke as "Orlov"
    record = pipeline.analyze(_INITIAL)
    assert speaker_of(record, "rebound next year").name == "Dmitri V. Orlov"
    assert "Dmitri V. Orlov" in _entity_names(record)


def test_a_lawsuit_written_with_a_lower_case_v_is_still_no_person(pipeline):
    # near miss: law reports write "v." in lower case
    text = (
        "Renters lose in court\n\n"
        "The appeals court ruled in Harlan v. Brisco on Monday. Lawyers for the tenants said the "
        'ruling was "a blow to renters."\n'
    )
    names = _entity_names(pipeline.analyze(text))
    assert not any("v." in name for name in names), names


def test_a_title_case_versus_after_a_word_that_is_no_first_name_is_still_no_person(pipeline):
    # near miss: a headline's "Rowe V. Dade"; "Rowe" is no first name of the lists
    text = "Court Revisits Rowe V. Dade In Rent Case\n\nThe court heard the case on Monday.\n"
    names = _entity_names(pipeline.analyze(text))
    assert not any("V." in name for name in names), names


_OWNED_OFFICE = (
    "Berlin rethinks its army\n\n"
    "The shift started in 2014, when Germany's president and foreign and defense ministers all urged "
    "an increased global security role for the country at the annual security conference. Weeks "
    "later, {owner}'s leader, President Dmitri V. Orlov, annexed a region of Ukraine.\n"
)


def test_a_place_s_president_is_not_a_president_named_as_another_place_s_leader(pipeline):
    # with Orlov's full name kept (the initial above), "Germany's president" took him: the first
    # person named after it with the title "President", though named as Russia's leader
    record = pipeline.analyze(_OWNED_OFFICE.format(owner="Russia"))
    quote = next(q for q in record.quotes if "global security role" in q.text)
    assert quote.speaker is None or quote.speaker.name != "Dmitri V. Orlov", quote.speaker


def test_a_place_s_president_is_the_president_named_as_that_place_s_leader(pipeline):
    # near miss: the same owner on both
    record = pipeline.analyze(_OWNED_OFFICE.format(owner="Germany"))
    assert speaker_of(record, "global security role").name == "Dmitri V. Orlov"


_ABSTRACT = (
    "Okafor and Ruiz team up on housing.\n\n"
    "ABSTRACT.\n\n"
    "Ana Ruiz, the Lagos senator, campaigned with {spelling} Okafor in Dayton, the first event that "
    "featured the two together.\n\n"
    "FULL TEXT.\n\n"
    "Adaeze Okafor and Senator Ana Ruiz held their first joint campaign event on Monday.\n\n"
    '"We have to build more homes," Ms. Okafor said.\n'
)


def test_a_name_spelt_alike_in_the_abstract_and_the_body_is_the_speakers_name(pipeline):
    # guard for the xfail below: one spelling throughout
    record = pipeline.analyze(_ABSTRACT.format(spelling="Adaeze"))
    assert speaker_of(record, "build more homes").name == "Adaeze Okafor"


@pytest.mark.xfail(
    strict=True,
    reason="names51: a full name misspelt in a NYT abstract is the cluster's first full name and so its "
    "canonical one. names63 joins a letter doubled or undoubled ('Hilary Clinton' above the body's "
    "'Hillary Clinton', 9 of the study samples' name errors: entities/spelling_variants.py); two letters "
    "swapped ('Adeaze'/'Adaeze') are as often two people's names, so only the layout (an indexer's "
    "abstract before 'FULL TEXT.') would tell them apart. Left.",
)
def test_a_name_misspelt_in_the_abstract_gives_way_to_the_bodys_spelling(pipeline):
    record = pipeline.analyze(_ABSTRACT.format(spelling="Adeaze"))
    assert speaker_of(record, "build more homes").name == "Adaeze Okafor"


# review51b: the rules above tried on near misses of their own.


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ana Ruiz, Austin-based Kestrel Systems' chief executive, said the deal would close in May.", "Ana Ruiz"),
        ("Tom Reyes, Boston-based Harbor Gallery's owner, said sales were up.", "Tom Reyes"),
    ],
)
def test_a_person_described_by_a_based_companys_noun_keeps_her_own_words(pipeline, sentence, speaker):
    """review51b: 'Ana Ruiz, Austin-based Kestrel Systems' chief executive, said' — the company
    after the '-based' word only owns the noun that describes her, so she speaks, not the firm."""
    record = pipeline.analyze(f"Chip deal\n\n{sentence}\n")
    quote = record.quotes[0]
    assert quote.speaker is not None and quote.speaker.name == speaker, quote.speaker


_COUNTRY_NAMES = (
    "Trade talks stall\n\n"
    "Britain's prime minister said on Monday that the talks would go on. Weeks ago, the U.K.'s "
    "leader, Prime Minister Keir Stanton, had warned they might fail.\n"
)


def test_a_countrys_office_is_held_by_the_leader_named_under_its_other_name(pipeline):
    """review51b: "Britain's prime minister … the U.K.'s leader, Prime Minister Keir Stanton" is
    one country under two names, so the description is his (the owned-office guard left it to
    no one)."""
    record = pipeline.analyze(_COUNTRY_NAMES)
    assert speaker_of(record, "the talks would go on").name == "Keir Stanton"


def test_a_countrys_office_is_not_held_by_the_leader_of_another_country_named_with_initials(pipeline):
    """Guard (review51b): the country names are one country's, not any two ('Britain's prime
    minister' is not 'the U.S.'s leader')."""
    record = pipeline.analyze(_COUNTRY_NAMES.replace("the U.K.'s", "the U.S.'s"))
    quote = next(q for q in record.quotes if "the talks would go on" in q.text)
    assert quote.speaker is None or quote.speaker.name != "Keir Stanton", quote.speaker


@pytest.mark.xfail(
    strict=True,
    reason="review51b: a headline's title-case lawsuit whose plaintiff is a first name of the lists "
    "('Miranda V. Arizona') reads as a middle initial and is kept as a person; no quote goes to it",
)
def test_a_title_case_lawsuit_whose_plaintiff_is_a_first_name_is_no_person(pipeline):
    text = "Miranda V. Arizona at 60: Police Still Read the Warning\n\nThe rule turns 60 this week.\n"
    names = _entity_names(pipeline.analyze(text))
    assert not any("V." in name for name in names), names
