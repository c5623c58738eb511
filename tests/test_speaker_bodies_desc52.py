"""Descriptions of bodies that went to the wrong body or to none on invented political news
(session 52, desc52): a local paper the recogniser tags nothing ("the Des Moines Courier
reported … The paper said", ``speakers/missed_outlets.py``), "the company" named once far back
with an advocacy group named since (``antecedents/body_words._NOT_COMPANY_WORDS``), "the town"
when a county is named after it (``antecedents/doc_index._place_kind_fit``), and "the station"
written by its call letters beside its network (``antecedents/call_signs.py``). Every text here
is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_COURIER = (
    "Senator's aide resigns after report on lobbying\n\n"
    "An aide to Sen. Ruth Halloran resigned on Tuesday, a day after the Des Moines Courier reported "
    "that he had lobbied for a seed company while on her staff.\n\n"
    "The aide, Kyle Brandt, said in a letter that he had done nothing illegal. \u201cI followed the "
    "advice of the Senate ethics office,\u201d Brandt wrote.\n\n"
    "Halloran said she had not known about the payments.\n\n"
    "The paper said it had obtained the payment records from a former employee of the company.\n"
)


def test_the_paper_is_a_local_paper_the_recogniser_missed(pipeline):
    assert speaker_of(pipeline.analyze(_COURIER), "obtained the payment records").name == "Des Moines Courier"


def test_an_outlet_named_since_the_missed_paper_is_the_paper(pipeline):
    # near miss: the missed local paper does not take "the paper" from an outlet named after it
    text = _COURIER.replace(
        "Halloran said she had not known about the payments.",
        "Brandt told The New York Times on Wednesday that he had done nothing illegal.",
    ).replace("it had obtained the payment records from a former employee of the company", "it had reached Brandt by phone")
    assert speaker_of(pipeline.analyze(text), "reached Brandt by phone").name == "New York Times"


@pytest.mark.xfail(
    strict=True,
    reason="the recogniser tags 'Jim Courier' an organisation and 'courier' is an outlet word "
    "(body_words._OUTLET_WORDS_SET), so the person is 'the paper' (on main before desc52 too)",
)
def test_a_tennis_player_named_courier_is_no_paper(pipeline):
    text = (
        "Tennis legend backs stadium plan\n\n"
        "Former champion Jim Courier spoke at the city council on Monday in favour of a new stadium.\n\n"
        "The paper said the council would vote in May.\n"
    )
    assert speaker_of(pipeline.analyze(text), "vote in May").name != "Jim Courier"


_HALVERN = (
    "Drugmaker raises insulin prices again\n\n"
    "Halvern Pharmaceuticals raised the list price of its insulin by 9 percent on Monday, the third "
    "increase in two years.\n\n"
    "\u201cWe continue to invest in research that patients depend on,\u201d said a company spokeswoman, "
    "Nina Castro.\n\n"
    "Patient groups were not persuaded. \u201cThat is what they said last time,\u201d said Amir Patel, "
    "who runs the Diabetes Patient Alliance in Chicago.\n\n"
    "The company said the new price would take effect on March 1.\n"
)


def test_the_company_named_far_back_is_not_the_patients_alliance(pipeline):
    assert speaker_of(pipeline.analyze(_HALVERN), "take effect on March 1").name == "Halvern Pharmaceuticals"


def test_the_alliance_is_still_the_alliance(pipeline):
    # near miss: the group's own noun still takes it
    text = _HALVERN.replace("The company said the new price", "The alliance said the new price")
    assert speaker_of(pipeline.analyze(text), "take effect on March 1").name == "Diabetes Patient Alliance"


_MILLBROOK = (
    "Small town fights county over landfill\n\n"
    "MILLBROOK \u2014 Officials in Harlan County voted on Tuesday to build a landfill on 300 acres just "
    "outside Millbrook, a town of 2,400 people.\n\n"
    "The county says the site is the only one that meets state rules. \u201cWe looked at eleven sites "
    "and this is the one that works,\u201d said Commissioner Ed Burris.\n\n"
    "Millbrook's mayor, Janice Whitt, said residents had not been asked. The town filed a lawsuit "
    "against Harlan County on Wednesday. The suit claims the county skipped a required public "
    "hearing.\n\n"
    "The town also said it would ask the state to review the site's groundwater studies.\n"
)


def test_the_town_is_no_county(pipeline):
    assert speaker_of(pipeline.analyze(_MILLBROOK), "groundwater studies").name == "Millbrook"


def test_the_county_is_still_the_county(pipeline):
    # near miss: "the county" takes the county named last
    text = _MILLBROOK.replace("The town also said it would ask", "The county also said it would ask")
    assert speaker_of(pipeline.analyze(text), "groundwater studies").name == "Harlan County"


_KTVX = (
    "Station pulls ad after complaints\n\n"
    "KTVX, the ABC affiliate in Salt Lake City, pulled a political ad on Tuesday after viewers "
    "complained that it showed a doctored photo of Rep. Jane Holt.\n\n"
    "Holt, a Democrat, called the ad a lie. \u201cThey put my face on someone else's body,\u201d she said.\n\n"
    "The station said it had reviewed the photo with two outside experts.\n"
)


def test_the_station_is_the_one_named_by_its_call_letters(pipeline):
    assert speaker_of(pipeline.analyze(_KTVX), "reviewed the photo").name == "KTVX"


def test_the_network_is_still_the_network(pipeline):
    # near miss: "the network" is not the affiliate's call letters
    text = _KTVX.replace("The station said it had", "The network said it had")
    assert speaker_of(pipeline.analyze(text), "reviewed the photo").name == "ABC"


# --- review52: near misses of the rules above ---------------------------------------------------


def test_a_medical_examiner_before_her_name_is_no_paper(pipeline):
    # "Chief Medical Examiner" ends in a paper's word, but it is a title before a person's name
    text = (
        "Man found dead in river\n\n"
        "The body of a 34-year-old man was pulled from the river on Sunday, the Boston Globe reported.\n\n"
        "Chief Medical Examiner Sarah Lang said the man had drowned. Police said there were no signs of a struggle.\n\n"
        "The newspaper said the man had been missing since Friday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "missing since Friday").name == "Boston Globe"


def test_a_company_whose_name_opens_with_alliance_is_the_company(pipeline):
    # "Alliance Data Systems" ends in a company's word: the advocacy word does not rule it out
    text = (
        "Card issuer cuts jobs\n\n"
        "Alliance Data Systems cut 300 jobs at its Ohio offices on Monday, its second round of layoffs this year.\n\n"
        "\u201cThese are hard choices,\u201d said Mayor Tom Bell of Columbus, where most of the jobs were.\n\n"
        "The company said it would offer severance to every worker.\n"
    )
    assert speaker_of(pipeline.analyze(text), "severance").name == "Alliance Data Systems"


def test_the_clean_air_initiative_is_still_no_company(pipeline):
    # guard: a group's name ending in "Initiative" is still ruled out for "the company"
    text = (
        "Clean Air Initiative sues\n\n"
        "Greenway Energy built a coal plant near the river in 2014. The Clean Air Initiative, a nonprofit, "
        "sued the firm on Monday.\n\n"
        "The company said the lawsuit had no merit.\n"
    )
    assert speaker_of(pipeline.analyze(text), "no merit").name == "Greenway Energy"


def test_the_station_is_not_a_group_of_three_initials_named_since(pipeline):
    # "KKK" has the letters of a call sign, but three letters alone are mostly a body's initials
    text = (
        "Klan rally draws protest\n\n"
        "A local NBC station, KSDK, reported that about 40 members of the KKK gathered in the park on Saturday.\n\n"
        "The station said police made three arrests.\n"
    )
    assert speaker_of(pipeline.analyze(text), "three arrests").name == "KSDK"


def test_the_station_is_not_a_network_whose_initials_look_like_call_letters(pipeline):
    text = _KTVX.replace(
        "The station said it had", "The CBC later aired the ad in Canada.\n\nThe station said it had"
    )
    assert speaker_of(pipeline.analyze(text), "reviewed the photo").name == "KTVX"


def test_the_station_with_its_band_is_the_station_beside_its_network(pipeline):
    # guard: three call letters with "-TV" are still a station's, above the CBS named after them
    text = _KTVX.replace("KTVX, the ABC affiliate in Salt Lake City", "WBZ-TV, the CBS affiliate in Boston")
    assert speaker_of(pipeline.analyze(text), "reviewed the photo").name == "WBZ-TV"


def test_a_principal_named_herald_is_no_paper(pipeline):
    # xfail53: a title and a first name before a newspaper's word keep the person
    # (entities.labels); 'Heath Ledger' with neither is still read as a paper
    text = (
        "Teacher honored for service\n\n"
        "Principal Mark Herald, who has led Lincoln Elementary for twenty years, retired on Friday.\n\n"
        "The paper said the school board would name a successor in June.\n"
    )
    found = [q for q in pipeline.analyze(text).quotes if "successor in June" in q.text]
    assert found and (found[0].speaker is None or found[0].speaker.name != "Mark Herald"), found


def test_a_paper_named_beside_a_titled_namesake_is_still_the_paper(pipeline):
    # near miss: the paper itself, with no title before it, stays the paper 'The paper' stands for
    text = (
        "Teacher honored for service\n\n"
        "The Dunmore Herald reported on Friday that Principal Mark Herald would retire in June.\n\n"
        "The paper said the school board would name a successor in July.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "successor in July").name == "Dunmore Herald"
    assert ("Mark Herald", "PERSON") in [(e.name, e.label) for e in record.entities]
