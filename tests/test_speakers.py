"""Speaker resolution on hand-written articles: who a pronoun, a description or a short name
stands for, and how (``speaker.resolution``).

Every article here is invented for newsmine. The tests assert the speaker's resolved name and
how it was reached for the quotes that matter, not whole outputs.
"""

from __future__ import annotations

from newsmine.records import ArticleRecord, Speaker, SpeakerResolution


def _speaker_of(record: ArticleRecord, snippet: str) -> Speaker:
    found = [q for q in record.quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in record.quotes]}"
    assert found[0].speaker is not None, f"the quote holding {snippet!r} has no speaker"
    return found[0].speaker


def _entity_names(record: ArticleRecord, label: str) -> list[str]:
    return [e.name for e in record.entities if e.label == label]


def test_pronouns_of_two_people_of_different_gender_across_paragraphs(pipeline):
    text = (
        "Harbour vote splits the council\n\n"
        "Mayor Ana Ruiz defended the new pier on Monday. Councillor Tomas Berg, who has opposed it "
        "for two years, asked for a second vote.\n\n"
        '"The pier will pay for itself within a decade," she said.\n\n'
        '"Nobody has shown us the numbers," he said. "We are voting blind."\n'
    )
    record = pipeline.analyze(text)
    she = _speaker_of(record, "pay for itself")
    assert she.name == "Ana Ruiz" and she.kind == "person"
    assert she.resolution in (SpeakerResolution.pronoun, SpeakerResolution.previous_speaker)
    he = _speaker_of(record, "Nobody has shown us")
    assert he.name == "Tomas Berg" and he.resolution is SpeakerResolution.pronoun


def test_a_name_inside_a_quotation_is_not_the_pronouns_antecedent(pipeline):
    text = (
        "Mayor Ana Ruiz spoke to reporters after the vote on Monday.\n\n"
        '"I met Tomas Berg this morning and he still has no numbers," she said.\n'
    )
    record = pipeline.analyze(text)
    assert _speaker_of(record, "still has no numbers").name == "Ana Ruiz"


def test_relatives_with_one_surname_stay_apart_and_the_surname_goes_to_the_main_one(pipeline):
    text = (
        "Senator Mark Hollis opened his campaign in Dunmore on Saturday. Mark Hollis has served "
        "two terms. His wife, Helen Hollis, a teacher, introduced him to the crowd.\n\n"
        '"We will fix the roads before we build anything new," Hollis said.\n\n'
        '"He has kept every promise he made to this town," Mrs. Hollis said.\n'
    )
    record = pipeline.analyze(text)
    people = _entity_names(record, "PERSON")
    assert "Mark Hollis" in people and "Helen Hollis" in people
    assert _speaker_of(record, "fix the roads").name == "Mark Hollis"
    assert _speaker_of(record, "kept every promise").name == "Helen Hollis"


def test_the_newspaper_is_the_newspaper_named_before(pipeline):
    text = (
        "Port budget questioned\n\n"
        "The Daily Ledger reported on Tuesday that the port authority had spent twice its "
        "budget on consultants.\n\n"
        "The newspaper said the authority had not published the contracts.\n"
    )
    record = pipeline.analyze(text)
    speaker = _speaker_of(record, "had not published the contracts")
    assert speaker.name == "Daily Ledger" and speaker.kind == "organisation"
    assert speaker.resolution is SpeakerResolution.description


def test_a_poll_speaks_for_its_publisher(pipeline):
    text = (
        "A Harlow Institute poll released on Friday found that most residents back the pier.\n\n"
        "The poll also found that support is lowest among fishermen.\n"
    )
    record = pipeline.analyze(text)
    assert _speaker_of(record, "most residents back the pier").name == "Harlow Institute"
    later = _speaker_of(record, "support is lowest")
    assert later.name == "Harlow Institute" and later.resolution is SpeakerResolution.description


def test_an_outlet_that_is_also_a_surname_stays_a_person_when_named_in_full(pipeline):
    text = (
        "Michael R. Bloomberg gave $2 million to the pier campaign on Wednesday.\n\n"
        '"Harbours are where cities begin," Bloomberg said in a statement.\n'
    )
    record = pipeline.analyze(text)
    assert "Michael R. Bloomberg" in _entity_names(record, "PERSON")
    speaker = _speaker_of(record, "Harbours are where cities begin")
    assert speaker.kind == "person" and speaker.name == "Michael R. Bloomberg"


def test_a_person_with_a_citys_name_is_a_person(pipeline):
    text = (
        "The fire chief, Marcus Phoenix, inspected the warehouse on Thursday.\n\n"
        '"The wiring was forty years old," Phoenix said.\n'
    )
    record = pipeline.analyze(text)
    speaker = _speaker_of(record, "wiring was forty years old")
    assert speaker.kind == "person" and speaker.name == "Marcus Phoenix"


def test_headline_words_stay_out_of_entity_names(pipeline):
    text = (
        "Hollis Says Pier Plan Will Pass\n\n"
        "Senator Mark Hollis said on Monday that the pier plan had the votes. Hollis spoke in Dunmore.\n"
    )
    record = pipeline.analyze(text)
    names = [e.name for e in record.entities]
    assert not any("Says" in name for name in names), names
    assert "Mark Hollis" in names


def test_a_clause_swept_into_a_name_is_cut_at_its_first_lower_case_word(pipeline):
    text = (
        "Mark Hollis spoke in Dunmore on Monday.\n\n"
        'Bemoaning the "closed budget," Hollis accused Berg of being a coward, aides said.\n'
    )
    record = pipeline.analyze(text)
    assert not any(" of " in name or "accused" in name for name in (e.name for e in record.entities))


def test_a_title_names_the_person_who_holds_it(pipeline):
    text = (
        "Sen. Ana Ruiz and Mayor Tomas Berg toured the harbour on Monday.\n\n"
        'The senator said the pier "will be built, whatever it costs."\n'
    )
    record = pipeline.analyze(text)
    speaker = _speaker_of(record, "whatever it costs")
    assert speaker.name == "Ana Ruiz" and speaker.resolution is SpeakerResolution.title


def test_bare_party_names_are_the_party_and_subsets_are_unnamed(pipeline):
    text = (
        "Republicans said on Tuesday that the budget would not pass.\n\n"
        "Some Democrats said they would vote against it as well.\n"
    )
    record = pipeline.analyze(text)
    assert _speaker_of(record, "budget would not pass").name == "Republican Party"
    subset = _speaker_of(record, "vote against it")
    assert subset.kind == "anonymous" and subset.name != "Democratic Party"


def test_an_aide_of_a_named_person_is_an_unnamed_source(pipeline):
    text = "Mark Hollis toured the harbour on Monday.\n\nA Hollis aide said the tour had been planned for weeks.\n"
    record = pipeline.analyze(text)
    speaker = _speaker_of(record, "planned for weeks")
    assert speaker.kind == "anonymous" and speaker.resolution is SpeakerResolution.none


def test_the_campaign_is_its_candidates_campaign(pipeline):
    text = "Mark Hollis opened his campaign on Saturday.\n\nHis campaign said it had raised $3 million.\n"
    record = pipeline.analyze(text)
    assert _speaker_of(record, "raised $3 million").name == "Hollis campaign"


def test_resolution_defaults_to_none_so_older_records_still_validate():
    speaker = Speaker.model_validate({"start": 0, "end": 2, "text": "he", "kind": "unresolved"})
    assert speaker.resolution is SpeakerResolution.none


def test_the_resolver_reports_pronoun_mentions_instead_of_adding_them(pipeline):
    from newsmine.nlp.entities import cluster_entities
    from newsmine.nlp.speakers import SpeakerResolver, add_resolved_references

    doc = pipeline.nlp("Mayor Ana Ruiz spoke on Monday. She said the pier would open in May.\n")
    clusters = cluster_entities(doc)  # fresh clusters, without what the quotes component added
    ruiz = next(c for c in clusters if c.name == "Ana Ruiz")
    before = list(ruiz.mentions)
    she = next(t for t in doc if t.text == "She")
    resolution = SpeakerResolver(doc, clusters).resolve(doc[she.i : she.i + 1])
    assert resolution.cluster is ruiz and resolution.how == "pronoun"
    assert ruiz.mentions == before  # the resolver leaves the clusters alone ...
    add_resolved_references([resolution])
    assert ruiz.mentions == before  # names only in mentions ...
    assert [m.text for m in ruiz.references] == ["She"]  # ... the pronoun goes to references
