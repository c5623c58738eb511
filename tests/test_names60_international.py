"""International names the recogniser misses or mislabels (session 60, entities60). Every text
here is invented for newsmine.

- A full name the recogniser leaves untagged whose surname it later tags alone ("the cleric,
  Ahmet Nuri Gündoğdu." … "Gündoğdu said"): the name was the bare surname because the surname
  was compared without folding its accents, and only two words were read
  (``missed_names._missed_people``, ``_with_more_given_names``); a surname opening with the
  Arabic article ("Khalil al-Mansouri") was never read. "marshal" is a title word
  ("Field Marshal"), kept out of the name.
- A given name before a person the recogniser tags from "bin" ("Crown Prince Turki bin Mansour"
  with "bin Mansour" tagged and "Turki" read as a nationality): the person is Turki bin Mansour,
  and a later "Prince Turki said" is he (``whole_names._with_given_names_before``).
- A Vietnamese family name the tagger reads as an English word ("spokesman Do Van Quang", "Do"
  an auxiliary, "Van Quang" tagged): the name is Do Van Quang
  (``whole_names._vietnamese_family_name``).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsmine.nlp.entities.mentions import _mention_candidates
from tests.conftest import first_quote_in, speaker_of


def _people(record) -> dict[str, object]:
    return {entity.name: entity for entity in record.entities if entity.label == "PERSON"}


def test_an_untagged_full_name_joins_its_later_tagged_surname(pipeline):
    # was "Gündoğdu": the accented surname never matched the bare one tagged later
    text = (
        "Turkey widens purge\n\n"
        "The interior minister said on Tuesday that the government would close schools linked to the cleric, "
        "Ahmet Nuri Gündoğdu.\n\n"
        'Gündoğdu, who lives in exile, denied any role. "I have never called for violence," Gündoğdu said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "never called for violence").name == "Ahmet Nuri Gündoğdu"
    assert "Gündoğdu" not in _people(record)


def _people_found(nlp, text: str, surname: str) -> list[str]:
    """The people :func:`_mention_candidates` reads in ``text`` when the recogniser tagged only
    the later mentions of ``surname`` (a Doc tagged by hand: every capitalised word a proper
    noun), so each rule is tested whatever the model tags."""
    doc = nlp.make_doc(text)
    for token in doc:
        token.pos_ = "PROPN" if token.text[:1].isupper() else ("PUNCT" if token.is_punct else "NOUN")
        token.tag_ = "NNP" if token.pos_ == "PROPN" else ("." if token.is_punct else "NN")
    at = [token.i for token in doc if token.text == surname]
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in at[1:]]
    return [c.span.text for c in _mention_candidates(doc, add_missed_names=True) if c.label == "PERSON"]


@pytest.mark.parametrize(
    ("written", "surname", "name"),
    [
        ("Ahmet Nuri Gündoğdu", "Gündoğdu", "Ahmet Nuri Gündoğdu"),  # was "Gündoğdu" alone
        ("Nuri Gündoğdu", "Gündoğdu", "Nuri Gündoğdu"),  # an accented surname, compared folded
        ("Ahmet Nuri Okonkwo", "Okonkwo", "Ahmet Nuri Okonkwo"),  # was "Nuri Okonkwo"
        ("Khalil al-Mansouri", "Mansouri", "Khalil al-Mansouri"),  # the Arabic article
        ("Field Marshal Khalil al-Mansouri", "Mansouri", "Khalil al-Mansouri"),  # a rank is no given name
        ("Monday Nuri Gündoğdu", "Gündoğdu", "Nuri Gündoğdu"),  # nor is a day
    ],
)
def test_an_untagged_full_name_before_a_surname_tagged_alone(nlp, written, surname, name):
    text = f"Purge widens\n\nSchools linked to the cleric, {written}, will close, and then {surname} denied it.\n"
    assert name in _people_found(nlp, text, surname)


def test_a_ranked_name_with_the_arabic_article_keeps_its_rank_out(pipeline):
    # was "Mansouri", the whole title and name untagged
    text = (
        "Commander rejects ceasefire\n\n"
        "Field Marshal Khalil al-Mansouri, whose forces control the east, said on Sunday he would not sign.\n\n"
        '"We will not negotiate with militias," Mansouri told a news conference.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "not negotiate with militias").name == "Khalil al-Mansouri"
    assert "Field Marshal" in _people(record)["Khalil al-Mansouri"].titles


def test_a_given_name_before_bin_and_the_prince_called_by_it(pipeline):
    # was "bin Mansour" (titled "Crown Prince Turki") and an unnamed "Prince Turki"
    text = (
        "Kingdom to buy aircraft\n\n"
        "Crown Prince Turki bin Mansour, who is also defense minister, told the visitors the kingdom would buy "
        'more aircraft. "We will take the battle to our enemies," Prince Turki said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "buy more aircraft").name == "Turki bin Mansour"
    assert speaker_of(record, "take the battle").name == "Turki bin Mansour"


def test_a_crown_prince_tagged_whole_keeps_his_title_out(pipeline):
    # was "Crown Prince Turki bin Mansour" (the title in the name) and an unnamed "Prince Turki"
    text = (
        "Kingdom warns Iran\n\n"
        "His son, Crown Prince Turki bin Mansour, who is also defense minister, said last month that the kingdom "
        'would "not wait for the battle to come to us."\n\n'
        '"We will take the battle to Iran," Prince Turki said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "not wait for the battle").name == "Turki bin Mansour"
    assert speaker_of(record, "take the battle to Iran").name == "Turki bin Mansour"
    assert "Crown Prince" in _people(record)["Turki bin Mansour"].titles


def test_a_vietnamese_family_name_read_as_a_verb_opens_the_name(pipeline):
    # was "Van Quang": the tagger reads "Do" as the auxiliary
    text = (
        "Hanoi signs trade pact\n\n"
        "Foreign Ministry spokesman Do Van Quang said the pact would cut tariffs. Quang said the deal would take "
        "effect in January.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "take effect").name == "Do Van Quang"


# Near misses: the rules leave these as they were.


def test_a_foundation_named_after_the_cleric_stays_a_body(pipeline):
    text = (
        "Turkey widens purge\n\n"
        "Schools linked to the cleric, Ahmet Nuri Gündoğdu, will close.\n\n"
        "The Gündoğdu Foundation, a charity, said its offices had been searched. Gündoğdu said he was innocent.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "offices had been searched").name == "Gündoğdu Foundation"
    assert speaker_of(record, "he was innocent").name == "Ahmet Nuri Gündoğdu"


def test_two_people_sharing_a_surname_stay_apart(pipeline):
    text = (
        "Turkey widens purge\n\n"
        "Schools linked to the cleric, Ahmet Nuri Gündoğdu, will close. Gündoğdu denied any role.\n\n"
        "Opposition lawmaker Selin Gündoğdu, who is not related to the cleric, said the purge had gone too far.\n"
    )
    record = pipeline.analyze(text)
    assert {"Ahmet Nuri Gündoğdu", "Selin Gündoğdu"} <= set(_people(record))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a title or a day before the untagged name is not a given name
        ("Protests grew.\n\nThey met Monday Nuri Gündoğdu in Berlin. Gündoğdu said nothing.\n", "Monday Nuri Gündoğdu"),
        # a word the article writes in lower case is no given name ("reform", "Reform Nuri")
        ("Protests grew.\n\nThe reform came. Reform Nuri Gündoğdu said. Gündoğdu said nothing.\n", "Reform Nuri Gündoğdu"),
    ],
)
def test_the_given_names_before_stop_at_words_that_are_no_names(pipeline, text, absent):
    assert absent not in _people(pipeline.analyze(text))


def test_a_district_after_its_city_is_no_given_name(pipeline):
    # was "Kadıköy Nuri Gündoğdu" (leftovers61; review60b's case): an untagged word straight
    # after a place the recogniser tagged names a part of it, not the person
    text = (
        "Cafe owners protest rent rise\n\n"
        "ISTANBUL (Reuters) - Rents rose again this spring.\n\n"
        'In Istanbul Kadıköy Nuri Gündoğdu opened a cafe in 2019. "The rent has tripled since then," Gündoğdu said on Monday.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "rent has tripled").name == "Nuri Gündoğdu"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a given name of the lists after the city, and a preposition before the name
        ('In Istanbul Ahmet Nuri Gündoğdu opened a cafe. "The rent has tripled," Gündoğdu said.\n', "Ahmet Nuri Gündoğdu"),
        ('A letter from Ahmet Nuri Gündoğdu was read out. "The rent has tripled," Gündoğdu said.\n', "Ahmet Nuri Gündoğdu"),
    ],
)
def test_given_names_after_a_city_or_a_preposition_stay(pipeline, text, name):
    assert speaker_of(pipeline.analyze("Cafe owners protest rent rise\n\n" + text), "rent has tripled").name == name


@pytest.mark.parametrize(
    "text",
    [
        "Fans wait\n\nDo Van Morrison fans care? Morrison said they did.\n",  # a sentence's verb
        "Fans wait\n\nWhat do Van Quang and his allies want? Quang said nothing.\n",  # the verb, in lower case
    ],
)
def test_do_as_a_verb_before_a_name_stays_out(pipeline, text):
    assert not any(name.startswith(("Do ", "do ")) for name in _people(pipeline.analyze(text)))


def test_a_nationality_before_bin_is_no_given_name(pipeline):
    text = "Builders sued\n\nThe Saudi bin Laden group said on Monday that Osama bin Laden had no part in it.\n"
    names = set(_people(pipeline.analyze(text)))
    assert not any(name.startswith("Saudi") for name in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "Crown" is an heir's title word only before "Prince" or "Princess"
        ("Donors gave\n\nLester Crown, a Chicago investor, said the gift was his last. Crown said so.\n", "Lester Crown"),
        ("Donors gave\n\nThe rabbi of Crown Heights, Ezra Feld, said the gift was welcome.\n", "Ezra Feld"),
    ],
)
def test_crown_elsewhere_is_no_title(pipeline, text, name):
    assert name in _people(pipeline.analyze(text))


def test_a_princess_named_with_bint_keeps_her_given_name(pipeline):
    # was "Hussein" ("bint" no particle), and her "she said" went to the queen named before
    text = (
        "Donors pledge aid\n\n"
        "Jordan's Queen Rania said the money would reach families within weeks.\n\n"
        "Princess Haya bint Hussein, who chairs a relief charity, said aid groups had been blocked at the border. "
        '"We cannot feed people we cannot reach," she said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "blocked at the border").name == "Haya bint Hussein"
    assert speaker_of(record, "cannot feed people").name == "Haya bint Hussein"


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        # was "Seri Najib Razak": "Seri" after "Datuk" is the honorific's second word
        ("Malaysian Prime Minister Datuk Seri Najib Razak said the region could not afford a trade war.",
         "trade war", "Najib Razak"),
        ("Opposition leader Dato' Sri Anwar Hamid said the vote was rigged.", "was rigged", "Anwar Hamid"),
        # was "Tan Sri Ahmad Faizal Ismail" (leftovers61): "Tan Sri" and a Tan Sri's wife's "Puan
        # Sri" are federal titles as "Datuk Seri" is; "Tan" alone is a surname
        ("Former director-general Tan Sri Ahmad Faizal Ismail said nurses should be trained at home.",
         "trained at home", "Ahmad Faizal Ismail"),
        # the recogniser tags no one here: the name as written loses the honorific too
        ("Puan Sri Aminah Yusof, who chairs the fund, said the school would open in May.", "open in May", "Aminah Yusof"),
        ("Datuk Seri Aminah Yusof, who chairs the fund, said the school would open in May.", "open in May", "Aminah Yusof"),
    ],
)
def test_a_compound_malaysian_honorific_stays_out_of_the_name(pipeline, text, snippet, name):
    assert speaker_of(pipeline.analyze("Summit ends\n\n" + text + "\n"), snippet).name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: "Seri" and "Sri" in names of places, with no honorific before them
        ("Talks moved to Bandar Seri Begawan, where Ana Ruiz said they would end.", "Bandar Seri Begawan"),
        ("Sri Lanka's envoy, Ana Ruiz, said the talks would end.", "Sri Lanka"),
    ],
)
def test_seri_without_an_honorific_before_stays_in_a_name(pipeline, text, name):
    record = pipeline.analyze("Summit ends\n\n" + text + "\n")
    assert name in {entity.name for entity in record.entities}


def test_a_tan_sri_and_his_shorter_name_are_one_person(pipeline):
    # was two people (leftovers61): the honorific kept in the first name's words, "Ahmad
    # Faizal" matched nothing
    text = (
        "Ministry defends nurse plan\n\n"
        "Former director-general Tan Sri Ahmad Faizal Ismail said the country should train more nurses. "
        '"We cannot keep hiring on short contracts," Ahmad Faizal said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "short contracts").name == "Ahmad Faizal Ismail"


@pytest.mark.parametrize(
    ("text", "snippet", "name"),
    [
        # near misses: "Tan" is a surname (and a given name's first word) when no "Sri" follows
        ("Novelist Amy Tan said the book took ten years. Tan said she wrote it twice.", "wrote it twice", "Amy Tan"),
        ("Finance Minister Tan Chee Keong said the plan was sound.", "plan was sound", "Tan Chee Keong"),
    ],
)
def test_tan_without_sri_stays_a_name(pipeline, text, snippet, name):
    assert speaker_of(pipeline.analyze("Books and budgets\n\n" + text + "\n"), snippet).name == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was an organisation: the recogniser took the unknown given name for a body's
        ("Indonesia's representative, Retno Marsudi, said fishermen had been harassed.", True),
        ("The UN's envoy, Retno Marsudi, said fishermen had been harassed.", True),
        # near miss: a firm may represent a client; only a country's representative is a person
        ("The seller's representative, Harwood Lyle, said the offer had lapsed.", False),
    ],
)
def test_a_name_set_off_after_a_countrys_representative_is_a_person(nlp, text, expected):
    from newsmine.nlp.entities.person_labels import _named_after_an_office

    doc = nlp("Talks end\n\n" + text)
    start = next(t.i for t in doc if t.text in ("Retno", "Harwood"))
    span = doc[start : start + 2]
    assert _named_after_an_office(span) is expected


# review61b's strict xfail, mended by leftovers62: a mention made of a Malaysian honorific alone
# ('the Tan Sri said', 'the Datuk said') had no name word left once the honorific's words were
# dropped; it is the one person the article named with it (speakers/honorific_mentions.py).
def test_the_tan_sri_alone_is_the_one_so_titled(pipeline):
    text = (
        "Fund chief resigns\n\n"
        'Tan Sri Ahmad Faizal Ismail resigned on Monday. "I have done my part," the Tan Sri said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "done my part").name == "Ahmad Faizal Ismail"


def test_the_datuk_alone_is_the_one_so_titled(pipeline):
    text = 'Fund chief resigns\n\nDatuk Musa Hassan resigned on Monday. "I have done my part," the Datuk said.\n'
    assert speaker_of(pipeline.analyze(text), "done my part").name == "Musa Hassan"


# leftovers63: 'the Datuk' is also the one named with the higher grade 'Datuk Seri', read by
# words: with 'Dr' between, the recogniser's name is 'Musa Hassan' alone and the text before it
# ends in 'Seri Dr ', not in 'Datuk ' (review62a's narrow miss)
def test_the_datuk_alone_is_the_one_named_datuk_seri_dr(pipeline):
    text = 'Fund chief resigns\n\nDatuk Seri Dr Musa Hassan resigned on Monday. "I have done my part," the Datuk said.\n'
    assert speaker_of(pipeline.analyze(text), "done my part").name == "Musa Hassan"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: another honorific before the name, or a mention longer than the one written
        'Tan Sri Musa Hassan resigned on Monday. "I have done my part," the Datuk said.',
        'Datuk Musa Hassan resigned on Monday. "I have done my part," the Datuk Seri said.',
        # two holders of the title's grades: which one the article does not say
        'Datuk Seri Dr Musa Hassan resigned on Monday, and Datuk Ali Rahman took over. "I have done my part," the Datuk said.',
    ],
)
def test_the_datuk_alone_is_no_one_named_otherwise(pipeline, text):
    quote = first_quote_in(pipeline, "Fund chief resigns\n\n" + text + "\n", "done my part")
    assert quote.speaker is None or quote.speaker.name not in ("Musa Hassan", "Ali Rahman")


def test_the_tan_sri_alone_after_two_so_titled_is_nobody_named(pipeline):
    # near miss: two people named 'Tan Sri' before; which one the article does not say
    text = (
        "Fund chief resigns\n\n"
        "Tan Sri Ahmad Faizal Ismail resigned on Monday, and Tan Sri Musa Hassan took over. "
        '"I have done my part," the Tan Sri said.\n'
    )
    quote = first_quote_in(pipeline, text, "done my part")
    assert quote.speaker is None or quote.speaker.name not in ("Ahmad Faizal Ismail", "Musa Hassan")


# leftovers64: the honorific set beside the name as its apposition ('Ahmad Faizal Ismail, a
# Datuk Seri, said') names the one 'the Datuk' stands for (speakers/honorific_mentions.py); a
# "Dato'" cut at its apostrophe by the tokenizer is still that honorific; and a lone title word
# after an article the recogniser tags a person ('the Sheikh', 'a Sheikh') is a title, not a
# second person named 'Sheikh' (entities/titles.py). The first quote keeps its name, and the
# article one person.
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Ahmad Faizal Ismail, a Datuk Seri, said the fund would be audited. "I have done my part," the Datuk said.',
         "Ahmad Faizal Ismail"),
        ('Ahmad Faizal Ismail, a Datuk Seri, said the fund would be audited. "I have done my part," the Datuk Seri said.',
         "Ahmad Faizal Ismail"),
        ('Ahmad Faizal Ismail, a Tan Sri, said the fund would be audited. "I have done my part," the Tan Sri said.',
         "Ahmad Faizal Ismail"),
        ("Ahmad Faizal Ismail, a Dato', said the fund would be audited. \"I have done my part,\" the Dato' said.",
         "Ahmad Faizal Ismail"),
        ("The fund said Dato' Seri Ahmad Faizal Ismail had resigned on Monday. \"I have done my part,\" the Dato' said.",
         "Ahmad Faizal Ismail"),
        ('Hamad Al Thani, a Sheikh, said the fund would be audited. "I have done my part," the Sheikh said.',
         "Hamad Al Thani"),
        ('Sheikh Hamad Al Thani said the fund would be audited. "I have done my part," the Sheikh told reporters.',
         "Hamad Al Thani"),
    ],
)
def test_the_honorific_alone_is_the_one_so_titled_in_apposition(pipeline, text, person):
    record = pipeline.analyze("Fund chief resigns\n\n" + text + "\n")
    assert speaker_of(record, "done my part").name == person
    assert [e.name for e in record.entities if e.label == "PERSON"] == [person]


def test_the_datuk_after_a_reported_clause_naming_the_datuk_seri(pipeline):
    # guard (leftovers63 saw the second quote dropped; main at b941babb keeps it): 'The fund
    # said Datuk Seri X had resigned' reports the fund; the next quote is the Datuk's
    text = (
        "Fund chief resigns\n\n"
        'The fund said Datuk Seri Ahmad Faizal Ismail had resigned on Monday. "I have done my part," the Datuk said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "had resigned").text == "The fund"
    assert speaker_of(record, "done my part").name == "Ahmad Faizal Ismail"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: another honorific in apposition, a lower grade than the mention's, two
        # holders, and the honorific of someone the apposition names (a Datuk Seri's driver)
        'Ahmad Faizal Ismail, a Tan Sri, said the fund would be audited. "I have done my part," the Datuk said.',
        'Ahmad Faizal Ismail, a Datuk, said the fund would be audited. "I have done my part," the Datuk Seri said.',
        (
            'Ahmad Faizal Ismail, a Datuk Seri, and Aminah Yusof, a Datuk, said the fund would be audited. '
            '"I have done my part," the Datuk said.'
        ),
        "Ahmad Faizal Ismail, a Datuk Seri's driver, said the car was seized. \"I have done my part,\" the Datuk said.",
    ],
)
def test_the_honorific_alone_is_no_one_apposed_otherwise(pipeline, text):
    quote = first_quote_in(pipeline, "Fund chief resigns\n\n" + text + "\n", "done my part")
    assert quote.speaker is None or quote.speaker.name not in ("Ahmad Faizal Ismail", "Aminah Yusof")


def test_the_lord_alone_is_no_one_named_sir_or_lord(pipeline):
    # near miss: only the Malaysian titles make such a mention ('the Lord said' is scripture)
    text = 'Bishop retires\n\nLord Tom Berg retired on Monday. "Go in peace," the Lord said, the vicar read.\n'
    quote = first_quote_in(pipeline, text, "Go in peace")
    assert quote.speaker is None or quote.speaker.name != "Tom Berg"


def test_a_given_name_that_is_also_a_place_opening_the_name_stays(pipeline):
    # near miss for leftovers61's place guard: no place before 'Jordan', which opens the name
    text = 'Farmers protest prices\n\nJordan Kwabena Mensah runs a market stall in Accra. "Prices have doubled," Mensah said.\n'
    assert speaker_of(pipeline.analyze(text), "Prices have doubled").name == "Jordan Kwabena Mensah"
