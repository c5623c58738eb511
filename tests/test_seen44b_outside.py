"""Seen44b: faults session 44's probes and reviewers saw on invented news and left, fixed by
general rules, with the near-misses that must stay as they are. Every text here is invented
for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of

# --- an office of the opposition or a stand-in is another office ---------------------------

_BUDGET = "Budget row deepens\n\nChancellor Jeremy Holt defended the budget on Monday. "


def test_the_shadow_chancellor_is_not_the_chancellor(pipeline):
    text = (
        f'{_BUDGET}"It is a responsible plan," Holt said.\n\n'
        '"This budget punishes working families," the shadow chancellor said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "punishes working").name != "Jeremy Holt"


def test_the_interim_mayor_is_not_the_mayor(pipeline):
    text = (
        'Council vote\n\nMayor Ruth Kane opened the meeting. "We will vote today," Kane said.\n\n'
        '"I have not been consulted," the interim mayor said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "not been consulted").name != "Ruth Kane"


def test_the_chancellor_and_a_titled_shadow_chancellor_stay_themselves(pipeline):
    record = pipeline.analyze(f'{_BUDGET}"It is a responsible plan," Holt said.\n\n"We will keep taxes low," the chancellor said.\n')
    assert speaker_of(record, "keep taxes low").name == "Jeremy Holt"
    text = (
        f'{_BUDGET}Shadow Chancellor Rachel Green attacked it. "It is a responsible plan," Holt said.\n\n'
        '"This budget punishes working families," the shadow chancellor said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "punishes working").name == "Rachel Green"
    text = (
        'Council vote\n\nActing Mayor Ruth Kane opened the meeting. "We will vote today," Kane said.\n\n'
        '"I have not been consulted," the acting mayor said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "not been consulted").name == "Ruth Kane"


# --- a vox pop's first name after a comma, and "another" of the same noun -----------------

_MARKET = "Prices bite at the market\n\nShoppers at the Saturday market said prices had risen sharply this year.\n\n"


def test_a_shoppers_first_name_after_a_comma_is_who_she_is_not_the_next_shopper(pipeline):
    # the parse hangs "Paloma" on "shopper" as an adverbial noun, and the tagger calls it a place
    text = (
        f'{_MARKET}A shopper, Paloma, said she now buys half as much fruit. "I used to fill two bags," she said.\n\n'
        'Another shopper, Lee, said he had stopped buying meat. "It is too dear now," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "half as much fruit").name == "Paloma"
    assert speaker_of(record, "fill two bags").name == "Paloma"
    assert speaker_of(record, "stopped buying meat").name == "Lee"


def test_a_shopper_is_not_the_one_introduced_as_another_shopper(pipeline):
    for named in ("Another shopper, Lee Park,", "Lee Park, another shopper,"):
        text = f"Prices bite at the market\n\nA shopper said prices had doubled since spring.\n\n{named} said the market was too dear.\n"
        assert speaker_of(pipeline.analyze(text), "doubled since spring").name != "Lee Park"


def test_a_lead_shopper_named_next_without_another_is_still_the_one_named(pipeline):
    # the delayed identification stays: nothing says the named shopper is someone else
    text = 'Prices bite at the market\n\nA shopper said prices had doubled since spring.\n\n"It is too dear," said Lee Park, a shopper.\n'
    assert speaker_of(pipeline.analyze(text), "doubled since spring").name == "Lee Park"


# --- the same ministry by its nation's adjective ------------------------------------------


def _ministry(first: str, second: str) -> str:
    return (
        f"Talks resume\n\n{first} said the talks would resume in June.\n\n"
        f'"We welcome the decision," {second} said in a statement.\n'
    )


def test_the_french_foreign_ministry_is_frances_foreign_ministry(pipeline):
    record = pipeline.analyze(_ministry("France's foreign ministry", "the French foreign ministry"))
    assert speaker_of(record, "welcome the decision").name == "France's foreign ministry"
    record = pipeline.analyze(_ministry("Germany's foreign ministry", "the German foreign ministry"))
    assert speaker_of(record, "welcome the decision").name == "Germany's foreign ministry"


def test_another_nations_or_another_ministry_stays_as_written(pipeline):
    record = pipeline.analyze(_ministry("France's interior ministry", "the French foreign ministry"))
    assert speaker_of(record, "welcome the decision").name == "French foreign ministry"
    record = pipeline.analyze(_ministry("Australia's foreign ministry", "the Austrian foreign ministry"))
    assert speaker_of(record, "welcome the decision").name == "Austrian foreign ministry"


# --- a trade before a retailer's word ----------------------------------------------------


def test_a_company_opening_with_a_trade_keeps_its_whole_name(pipeline):
    text = (
        "Pharmacy chain expands\n\nChemist Warehouse said it would open 40 new stores next year. "
        '"Demand is strong," Chemist Warehouse said.\n'
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "40 new stores")
    assert (speaker.name, speaker.kind) == ("Chemist Warehouse", "organisation")
    assert all(entity.name != "Warehouse" for entity in record.entities)


def test_a_trade_before_a_persons_name_is_still_a_title(pipeline):
    record = pipeline.analyze("Dig finds bones\n\nArchaeologist Mary Stone said the bones were 3,000 years old.\n")
    assert speaker_of(record, "3,000 years old").name == "Mary Stone"


# --- the lead's witness named as "the witness, …"; "the operator" of an apposition --------


def test_the_leads_unnamed_witness_is_the_one_named_as_the_witness(pipeline):
    text = (
        "Guard testifies at arson trial\n\nA former security guard testified on Tuesday that she saw Daniel Kerr "
        "walking away from the warehouse minutes before it caught fire.\n\n"
        '"He was carrying a red can," said the witness, Marisol Ortiz, who worked nights at the site.\n'
    )
    assert speaker_of(pipeline.analyze(text), "walking away").name == "Marisol Ortiz"


def test_a_lead_diplomat_is_not_a_newcomer_titled_otherwise(pipeline):
    # an indefinite description and someone named with another title, no "the": two people
    text = (
        "Talks stall\n\nA veteran diplomat said the talks had stalled over the border.\n\n"
        '"We are not there yet," said Jeff Bechdel, communications director for the mission.\n'
    )
    assert speaker_of(pipeline.analyze(text), "talks had stalled").name != "Jeff Bechdel"


def test_according_to_the_operator_is_the_body_it_was_said_to_be(pipeline):
    text = (
        "Metro strike\n\nThe operator, Metrolinea, said only a third of trains would run on Monday.\n\n"
        "By noon, 12 of 40 stations had opened, according to the operator.\n"
    )
    assert speaker_of(pipeline.analyze(text), "stations had opened").name == "Metrolinea"


# --- a speaker of two bodies ---------------------------------------------------------------


def test_the_companies_of_a_joint_statement_are_the_first_named(pipeline):
    text = (
        "Bakers agree merger\n\nHarbor Foods agreed to buy rival Millstone Bakeries for $2 billion, the companies "
        "said in a joint statement on Monday.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "agreed to buy rival")
    assert (speaker.name, speaker.kind) == ("Harbor Foods", "organisation")


def test_the_companies_after_one_company_stay_unresolved(pipeline):
    text = "Bakers agree merger\n\nHarbor Foods agreed to buy a rival for $2 billion, the companies said.\n"
    assert speaker_of(pipeline.analyze(text), "agreed to buy").name is None
