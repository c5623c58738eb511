"""``speakers/body_offices.py``: "the President of the company" names a body's office, which a
person titled only "President" does not hold; near misses where the titled person keeps it.
Every text here is invented for newsmine (session 52, seen52).
"""

from __future__ import annotations

from tests.conftest import speaker_of


def _name(pipeline, text: str, snippet: str) -> str | None:
    return speaker_of(pipeline.analyze(text), snippet).name


def test_the_chairman_of_the_board_is_not_the_senator_titled_chairman(pipeline):
    text = (
        "Mill sold\n\nSenate Chairman Wade Pell visited the Harlan paper mill on Friday.\n\n"
        "The chairman of the company said the sale would close in June.\n"
    )
    assert _name(pipeline, text, "the sale would close") != "Wade Pell"


def test_the_president_of_a_named_country_is_still_the_president(pipeline):
    # near miss: a name after "of", read as before
    text = (
        "Plant visit\n\nPresident Obama toured the Kellport turbine plant on Monday.\n\n"
        "The President of the United States said the orders would keep the plant open.\n"
    )
    assert _name(pipeline, text, "keep the plant open") == "Obama"


def test_the_president_of_the_union_titled_so_is_she(pipeline):
    # near miss: her title holds the body's noun
    text = (
        "Union vote\n\nUnion President Dana Reyes spoke to members on Monday.\n\n"
        "The president of the union said the strike would go on.\n"
    )
    assert _name(pipeline, text, "the strike would go on") == "Dana Reyes"


def test_the_president_of_a_named_union_is_not_the_president(pipeline):
    # review52d: names before the body's noun ("the United Auto Workers union")
    text = (
        "Strike\n\nPresident Obama toured the Kellport turbine plant on Monday.\n\n"
        "The president of the United Auto Workers union said the strike would go on.\n"
    )
    assert speaker_of(pipeline.analyze(text), "the strike would go on").name != "Obama"


def test_the_president_of_the_named_company_titled_so_is_he(pipeline):
    # review52d near miss: his title holds the body's noun
    text = (
        "Plant\n\nCompany President Lee Wong toured the Kellport plant on Monday.\n\n"
        "The president of the company said the plant would stay open.\n"
    )
    assert _name(pipeline, text, "the plant would stay open") == "Lee Wong"


def test_the_president_of_the_board_named_in_apposition_is_she(pipeline):
    # review52d near miss: the apposition names the board's president
    text = (
        "Schools\n\nPresident Obama toured the Kellport school on Monday.\n\n"
        "The president of the board, Jane Ruiz, said the school would stay open.\n"
    )
    assert _name(pipeline, text, "the school would stay open") == "Jane Ruiz"


def test_the_chairman_of_the_committee_named_beside_him_is_he(pipeline):
    # review52d: seen52's rule lost him; the committee named in his sentence holds the noun
    text = (
        "Hearing\n\nChairman Wade Pell opened the hearing of the House Energy Committee on Monday.\n\n"
        "The chairman of the committee said the hearing would run all week.\n"
    )
    assert _name(pipeline, text, "the hearing would run all week") == "Wade Pell"


def test_the_chairman_of_the_party_named_of_a_committee_is_he(pipeline):
    # review52d: a body 'of' him, though its name lacks the noun
    text = (
        "Party\n\nChairman Reince Priebus of the Republican National Committee spoke on Monday.\n\n"
        "The chairman of the party said the convention would be orderly.\n"
    )
    assert _name(pipeline, text, "the convention would be orderly") == "Reince Priebus"


def test_the_president_of_the_company_is_not_the_president_beside_a_company_of_another(pipeline):
    # review52d near miss: a company named in his sentence, but of another and without the noun
    text = (
        "Plant\n\nPresident Obama toured the plant on Monday with Ana Kerr, who runs Kellport Inc.\n\n"
        "The president of the company said the orders would keep the plant open.\n"
    )
    assert speaker_of(pipeline.analyze(text), "keep the plant open").name != "Obama"
