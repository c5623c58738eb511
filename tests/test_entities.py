"""Per-article entity reasoning: clustering, label fixes, titles. Sentences written for these
tests; the model slips they rely on were observed with en_core_web_sm 3.8.0."""

from __future__ import annotations


def _entity(record, name):
    matches = [e for e in record.entities if e.name == name]
    assert matches, f"no entity {name!r} in {[e.name for e in record.entities]}"
    return matches[0]


def test_title_and_short_forms_cluster_into_one_person(pipeline):
    record = pipeline.analyze(
        "UN Secretary-General António Guterres opened the summit. Guterres said the goals were within reach."
    )
    guterres = _entity(record, "António Guterres")
    assert guterres.label == "PERSON"
    assert guterres.titles == ["UN Secretary-General"]
    assert [m.text for m in guterres.mentions] == ["António Guterres", "Guterres"]
    assert sum(e.name == "António Guterres" for e in record.entities) == 1


def test_a_lone_surname_tagged_org_joins_the_person_and_takes_its_label(pipeline):
    # the model tags the first "Warren" ORG
    record = pipeline.analyze("Warren said the bill was dead. Elizabeth Warren later clarified her remarks.")
    warren = _entity(record, "Elizabeth Warren")
    assert warren.label == "PERSON"
    assert [m.text for m in warren.mentions] == ["Warren", "Elizabeth Warren"]
    assert not [e for e in record.entities if e.label == "ORG"]


def test_capitals_tagged_person_become_places(pipeline):
    # the model tags Gitega, Tbilisi and Vilnius as PERSON
    record = pipeline.analyze("Gitega announced new taxes on Tuesday. Tbilisi rejected the claim. Vilnius protested.")
    for name in ("Gitega", "Tbilisi", "Vilnius"):
        assert _entity(record, name).label == "GPE"


def test_news_outlets_tagged_person_become_organisations(pipeline):
    record = pipeline.analyze("Breitbart reported that the senator resigned.")  # tagged PERSON by the model
    assert _entity(record, "Breitbart").label == "ORG"


def test_the_articles_own_outlet_is_an_organisation(pipeline):
    record = pipeline.analyze("The mayor told Northern Wire that shelters were open.", outlet="Northern Wire")
    assert _entity(record, "Northern Wire").label == "ORG"  # tagged LOC by the model


def test_places_the_model_missed_are_added_from_the_list(pipeline):
    record = pipeline.analyze("Officials in Kyiv said the strikes continued overnight.")  # no entity from the model
    kyiv = _entity(record, "Kyiv")
    assert kyiv.label == "GPE"
    assert record.text[kyiv.mentions[0].start : kyiv.mentions[0].end] == "Kyiv"


def test_person_names_that_are_also_places_are_not_turned_into_places(pipeline):
    record = pipeline.analyze("Jordan Peele directed the film. Peele said it took four years.")
    assert _entity(record, "Jordan Peele").label == "PERSON"
    assert not [e for e in record.entities if e.label == "GPE"]


def test_surnames_the_model_missed_are_added_to_the_person(pipeline):
    record = pipeline.analyze(
        "Lead author Dr. Miriam Hale presented the study. Hale cautioned that it could not prove causation."
    )
    assert [m.text for m in _entity(record, "Miriam Hale").mentions] == ["Miriam Hale", "Hale"]


def test_a_short_form_goes_to_the_most_recent_matching_person(pipeline):
    record = pipeline.analyze(
        "Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa the next day. Clinton said turnout mattered."
    )
    bill = _entity(record, "Bill Clinton")
    assert [m.text for m in bill.mentions] == ["Bill Clinton", "Clinton"]
    assert [m.text for m in _entity(record, "Hillary Clinton").mentions] == ["Hillary Clinton"]


def test_acronyms_join_the_full_organisation_name(pipeline):
    record = pipeline.analyze(
        "The Federal Bureau of Investigation opened an inquiry. The FBI declined to comment further."
    )
    fbi = _entity(record, "Federal Bureau of Investigation")
    assert [m.text for m in fbi.mentions] == ["Federal Bureau of Investigation", "FBI"]


def test_titles_before_a_comma_and_in_appositions(pipeline):
    record = pipeline.analyze(
        "Kenya's environment minister, Amina Odhiambo, said the harvest failed. "
        "Peter Haas, a spokesman for the ministry, declined to comment."
    )
    assert _entity(record, "Amina Odhiambo").titles == ["Kenya's environment minister"]
    assert _entity(record, "Peter Haas").titles == ["spokesman for the ministry"]


def test_a_company_named_after_a_descriptor_is_an_organisation(pipeline):
    record = pipeline.analyze("Semiconductor maker Veltron will postpone its new plant.")  # PERSON for the model
    assert _entity(record, "Veltron").label == "ORG"


def test_the_byline_name_is_not_an_entity(pipeline):
    record = pipeline.analyze("Council votes on budget\n\nBy Marcus Bell\n\nMayor Linda Okafor praised the vote.")
    names = {e.name for e in record.entities}
    assert "Linda Okafor" in names
    assert "Marcus Bell" not in names
    assert record.authors == ["Marcus Bell"]
