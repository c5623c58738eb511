"""Speaker resolution on hand-written articles: who a pronoun, a description or a short name
stands for, and how (``speaker.resolution``).

Every article here is invented for newsmine. The tests assert the speaker's resolved name and
how it was reached for the quotes that matter, not whole outputs.
"""

from __future__ import annotations

import pytest

from newsmine.records import ArticleRecord, Speaker, SpeakerResolution
from tests.conftest import speaker_of


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
    she = speaker_of(record, "pay for itself")
    assert she.name == "Ana Ruiz" and she.kind == "person"
    assert she.resolution in (SpeakerResolution.pronoun, SpeakerResolution.previous_speaker)
    he = speaker_of(record, "Nobody has shown us")
    assert he.name == "Tomas Berg" and he.resolution is SpeakerResolution.pronoun


def test_a_name_inside_a_quotation_is_not_the_pronouns_antecedent(pipeline):
    text = (
        "Mayor Ana Ruiz spoke to reporters after the vote on Monday.\n\n"
        '"I met Tomas Berg this morning and he still has no numbers," she said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "still has no numbers").name == "Ana Ruiz"


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
    assert speaker_of(record, "fix the roads").name == "Mark Hollis"
    assert speaker_of(record, "kept every promise").name == "Helen Hollis"


def test_the_newspaper_is_the_newspaper_named_before(pipeline):
    text = (
        "Port budget questioned\n\n"
        "The Daily Ledger reported on Tuesday that the port authority had spent twice its "
        "budget on consultants.\n\n"
        "The newspaper said the authority had not published the contracts.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "had not published the contracts")
    assert speaker.name == "Daily Ledger" and speaker.kind == "organisation"
    assert speaker.resolution is SpeakerResolution.description


def test_the_newspaper_is_the_latest_outlet_not_the_one_once_called_a_newspaper(pipeline):
    # "the local newspaper, the Valley Courier" makes "newspaper" a word of the Courier, but a
    # known outlet named since is the newspaper meant: the latest of them, as with any outlet
    text = (
        "Mill to close\n\n"
        "Minister Ingrid Falk told the local newspaper, the Valley Courier, that talks with a buyer had begun.\n\n"
        "According to the Financial Times, the mill lost $12 million last year. The newspaper reported "
        "that the owners had tried to sell the site twice.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "tried to sell the site").name == "Financial Times"


def test_a_name_written_after_a_sentence_initial_description_is_the_name_alone(pipeline):
    # "Local" is capitalised only as the sentence's first word: the description it opens is
    # no part of the station's name
    record = pipeline.analyze(
        "Hospital evacuated\n\nLocal television station Metro TV reported that a hospital in Mamuju "
        "had been evacuated as a precaution.\n"
    )
    assert speaker_of(record, "hospital in Mamuju").name == "Metro TV"


def test_a_name_written_with_small_joining_words_stays_whole(pipeline):
    # "a" joins the parts of one name, as "of" does: not a description before "Fair Crossing"
    record = pipeline.analyze(
        "Ferry row\n\nThe fare rise is unfair, said the Alliance for a Fair Crossing, a group of commuters.\n"
    )
    assert speaker_of(record, "fare rise is unfair").name == "Alliance for a Fair Crossing"


def test_the_coach_is_the_coach_just_named_in_a_sports_report(pipeline):
    record = pipeline.analyze(
        "Coach backs rookie after late fumble\n\n"
        "DENVER — Ray Collins did not hesitate when asked about the fumble that cost his team the game on Sunday.\n\n"
        "\"He's 22 years old. He'll learn from it, and so will I,\" the Mountaineers coach said after the loss.\n"
    )
    assert speaker_of(record, "learn from it").name == "Ray Collins"


def test_a_poll_speaks_for_its_publisher(pipeline):
    text = (
        "A Harlow Institute poll released on Friday found that most residents back the pier.\n\n"
        "The poll also found that support is lowest among fishermen.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "most residents back the pier").name == "Harlow Institute"
    later = speaker_of(record, "support is lowest")
    assert later.name == "Harlow Institute" and later.resolution is SpeakerResolution.description


def test_an_outlet_that_is_also_a_surname_stays_a_person_when_named_in_full(pipeline):
    text = (
        "Michael R. Bloomberg gave $2 million to the pier campaign on Wednesday.\n\n"
        '"Harbours are where cities begin," Bloomberg said in a statement.\n'
    )
    record = pipeline.analyze(text)
    assert "Michael R. Bloomberg" in _entity_names(record, "PERSON")
    speaker = speaker_of(record, "Harbours are where cities begin")
    assert speaker.kind == "person" and speaker.name == "Michael R. Bloomberg"


def test_a_person_with_a_citys_name_is_a_person(pipeline):
    text = (
        "The fire chief, Marcus Phoenix, inspected the warehouse on Thursday.\n\n"
        '"The wiring was forty years old," Phoenix said.\n'
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "wiring was forty years old")
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
    speaker = speaker_of(record, "whatever it costs")
    assert speaker.name == "Ana Ruiz" and speaker.resolution is SpeakerResolution.title


def test_bare_party_names_are_the_party_and_subsets_are_unnamed(pipeline):
    text = (
        "Republicans said on Tuesday that the budget would not pass.\n\n"
        "Some Democrats said they would vote against it as well.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "budget would not pass").name == "Republican Party"
    subset = speaker_of(record, "vote against it")
    assert subset.kind == "anonymous" and subset.name != "Democratic Party"


def test_an_aide_of_a_named_person_is_an_unnamed_source(pipeline):
    text = "Mark Hollis toured the harbour on Monday.\n\nA Hollis aide said the tour had been planned for weeks.\n"
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "planned for weeks")
    assert speaker.kind == "anonymous" and speaker.resolution is SpeakerResolution.none


def test_the_campaign_is_its_candidates_campaign(pipeline):
    text = "Mark Hollis opened his campaign on Saturday.\n\nHis campaign said it had raised $3 million.\n"
    record = pipeline.analyze(text)
    assert speaker_of(record, "raised $3 million").name == "Hollis campaign"


def test_a_team_is_a_campaign_only_in_an_article_about_a_race(pipeline):
    # "Her team" is the candidate's campaign in election news, a research team in a study's
    science = (
        "Night shifts and memory\n\n"
        "Lead author Dr. Ana Ruiz, a sleep scientist at Westbrook University, said the effect was small.\n\n"
        "Her team said it would repeat the tests next spring.\n"
    )
    assert speaker_of(pipeline.analyze(science), "repeat the tests").name is None
    race = "Ruiz leads in Ohio\n\nDana Ruiz won the Ohio primary on Tuesday.\n\nHer team said turnout had been the highest in years.\n"
    assert speaker_of(pipeline.analyze(race), "turnout had been").name == "Ruiz campaign"


def test_a_bare_campaign_is_that_of_the_person_the_passage_is_about(pipeline):
    # Hollis is named most often, but the sentence before makes Ruiz its subject: "the
    # campaign" that counts on delegates is Ruiz's (not the most prominent person's)
    text = (
        "Hollis vows to fight on\n\n"
        "Mark Hollis told supporters in Dayton that he would stay in the race. Hollis said the "
        "primary was far from over. Hollis has won four states.\n\n"
        "Dana Ruiz is likely to widen her lead over Hollis on Tuesday.\n\n"
        "There are 300 delegates at stake, and the campaign believes it could win most of them.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "win most of them").name == "Ruiz campaign"


@pytest.mark.parametrize(
    "worker",
    [
        'Ruiz aide Rachel Stein wrote in an email that the speeches were "a problem we will have to manage."',
        'Ruiz spokesman Tom Reyes said the speeches had been "taken out of context."',
    ],
)
def test_a_bare_campaign_after_a_named_candidates_staff_is_that_candidates(pipeline, worker):
    # Hollis is named most often; the worker just before is said to work for Ruiz: "the
    # campaign" that declines is Ruiz's
    text = (
        "Hollis vows to fight on\n\n"
        "Mark Hollis told supporters in Dayton that he would stay in the race. Hollis said the "
        "primary was far from over. Hollis has won four states, and Dana Ruiz two.\n\n"
        f"{worker} The campaign declined to release the emails.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "to release the emails").name == "Ruiz campaign"


@pytest.mark.parametrize(
    "asker",
    [
        "Local reporter Tom Reyes asked about the missed votes at a town hall on Monday.",
        "Tom Reyes, a reporter for the Dayton Herald, asked about the missed votes on Monday.",
        "CNN anchor Tom Reyes pressed Hollis on the missed votes on Monday.",
    ],
)
def test_a_bare_campaign_is_not_that_of_the_journalist_who_asked(pipeline, asker):
    # the subject just before is a journalist: the press questions a campaign, runs none
    text = (
        "Hollis vows to fight on\n\n"
        "Mark Hollis told supporters in Dayton that he would stay in the race. Hollis said the "
        "primary was far from over.\n\n"
        f"{asker} The campaign said later that none of the votes had been close.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "none of the votes").name == "Hollis campaign"


@pytest.mark.parametrize(
    ("sentence", "press"),
    [
        # leftovers63: one list of the press's titles (speakers.words.PRESS_TITLES); the campaign
        # rule's own copy lacked the one-token "cohost" ("co-host" is three tokens, "host" among them)
        ("Local radio cohost Tom Reyes asked about the votes.", True),
        ("Local radio co-host Tom Reyes asked about the votes.", True),
        ("Staff writer Tom Reyes asked about the votes.", True),  # writers question a campaign too
        ("Local pastor Tom Reyes asked about the votes.", False),
    ],
)
def test_the_press_where_named_reads_the_one_list_of_titles(nlp, sentence, press):
    from newsmine.nlp.speakers.campaigns import _press_where_named

    doc = nlp(sentence)
    name = next(t for t in doc if t.text == "Reyes")
    assert _press_where_named(name) is press


@pytest.mark.parametrize(
    "runner",
    [
        "Former talk show host Dana Ward",
        "Dana Ward, a former Fox News commentator,",
        "Dana Ward, a former newspaper columnist,",
    ],
)
def test_a_bare_campaign_is_that_of_a_candidate_who_once_worked_in_the_press(pipeline, runner):
    # the press guard reads the trade where the subject is named, and not a former one: a
    # candidate may have hosted a show before running
    text = (
        "Hollis and Ward split Ohio\n\n"
        "Mark Hollis won the Ohio primary on Tuesday. Hollis told supporters in Dayton that he would "
        "carry the state in November. Hollis also thanked his volunteers, and Hollis said the party "
        "was united.\n\n"
        f"{runner} came second in the Republican race. Ward told reporters in Columbus that she would "
        "stay in the race. The campaign said later that turnout had been the highest in years.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "turnout had been").name == "Ward campaign"


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


def test_a_new_subject_takes_the_floor_from_the_previous_speaker(pipeline):
    text = (
        "Dock workers weigh a strike\n\n"
        'Union leader Paul Grady spoke first. "We will not wait another year," he said.\n\n'
        "Port director Victor Lamb toured the empty docks on Tuesday. The port has lost "
        "two shipping contracts this year.\n\n"
        '"The money is simply not there," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "not wait another year").name == "Paul Grady"
    assert speaker_of(record, "simply not there").name == "Victor Lamb"


def test_an_object_pronoun_does_not_give_the_subject_its_gender(pipeline):
    text = (
        "Governor backs the clinic plan\n\n"
        "Dr. Maria Salas has led the clinic for a decade. Governor Okonkwo backed her up on Friday.\n\n"
        '"This clinic saves lives every week," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "saves lives").name == "Okonkwo"


def test_a_relative_pronoun_after_a_person_of_a_place_is_the_person(pipeline):
    text = (
        "Senate delays the farm bill\n\n"
        "The bill lost one vote: Senator Ruth Calloway of Nebraska, who said the subsidies were "
        "too small, voted against it.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "subsidies were too small").name == "Ruth Calloway"


def test_the_two_and_both_stand_for_the_first_of_the_pair_just_named(pipeline):
    text = (
        "Rivals trade barbs before the primary\n\n"
        "Senator Ada Quinn and Governor Milo Hart met in Dover on Sunday for their last debate. "
        "The two said the state budget was the main issue.\n\n"
        "Both candidates agreed that the rail line should be rebuilt.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "state budget").name == "Ada Quinn"
    assert speaker_of(record, "rail line").name == "Ada Quinn"


def test_a_group_description_stands_for_the_first_of_the_names_joined_just_before(pipeline):
    # The gold's convention: a group of named people is its first named member; a subset of
    # them ("the other candidates") names no one.
    text = (
        "Debate turns to trade\n\n"
        "Former mayor Otto Brandt joined Senator Ada Quinn and Governor Milo Hart on the stage in Dover on Sunday. "
        "The leading candidates argued that the rail line should be rebuilt.\n\n"
        "Later the governor met Senator Ada Quinn and Mayor Lena Voss in a school gym. "
        "The other candidates said the port tax was too high.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "rail line").name == "Ada Quinn"
    assert speaker_of(record, "port tax").name in (None, "The other candidates")


def test_a_group_description_right_after_a_pair_is_that_pair(pipeline):
    # "The friends" continues "the two" of the sentence before, not the two people that
    # sentence mentions in passing.
    text = (
        "Neighbours split on the race\n\n"
        "Nora Vance and Ben Aldo have lived on the same street in Dover for thirty years. "
        "The two voters said that both Ada Quinn and Milo Hart had ignored their town. "
        "The friends admitted that they rarely agree on anything else.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "rarely agree").name == "Nora Vance"


def test_they_after_two_names_joined_as_a_subject_is_the_first_of_them(pipeline):
    text = (
        "Two economists blame the tariffs\n\n"
        "Clara Whitfield and Tomas Ebner, economists at Dover University, published a study of steel prices on Monday. "
        "They argue that the tariffs cost more jobs than they saved.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "cost more jobs").name == "Clara Whitfield"


def test_police_without_a_named_department_are_the_police_of_the_place_written_before(pipeline):
    text = (
        "Protest ends in arrests\n\n"
        "Dover police arrested six protesters outside the stadium on Saturday night.\n\n"
        "The protesters had refused to leave the lobby of a hotel, police said.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "refused to leave")
    assert speaker.name == "Dover police" and speaker.kind == "organisation"


def test_the_agency_is_the_agency_just_named_by_its_initials(pipeline):
    text = (
        "Inquiry into the leaked files widens\n\n"
        "The State Department handed the files to investigators in March. The FBI opened its "
        "own inquiry on Monday.\n\n"
        "The agency said the review would take several months.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "review would take").name == "FBI"


def test_the_company_is_not_a_union_or_a_department(pipeline):
    text = (
        "Strike at the phone maker drags on\n\n"
        "Workers at Halvorsen Telecom walked out in April. The Telecom Workers Union says 9,000 "
        "members have joined the strike.\n\n"
        "The company said the union had rejected a fair offer.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "rejected a fair offer").name == "Halvorsen Telecom"


def test_the_company_is_the_subject_of_the_sentence_before_not_the_company_it_buys(pipeline):
    text = (
        "Marlow Foods said on Monday it had agreed to buy Kestrel Dairy, a rival in Ohio. "
        "The company said the deal would add three plants.\n\n"
        "Kestrel Dairy was founded in 1961. The dairy said its board had approved the sale.\n"
    )
    speakers = {snippet: speaker_of(pipeline.analyze(text), snippet).name for snippet in ("three plants", "its board")}
    assert speakers == {"three plants": "Marlow Foods", "its board": "Kestrel Dairy"}


def test_her_memoir_speaks_for_the_woman_it_belongs_to(pipeline):
    text = (
        "Former envoy tells all\n\n"
        "Retired ambassador Clara Whitcombe has written about her years in Cairo. Her memoir says "
        "the embassy was poorly guarded.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "poorly guarded")
    assert speaker.name == "Clara Whitcombe" and speaker.resolution is SpeakerResolution.pronoun


def test_a_public_title_used_as_a_description_keeps_the_person_in_view_for_her_pronouns(pipeline):
    text = (
        "Senator returns to her home town\n\n"
        "Senator Ada Quinn toured the mill in Dover on Friday. Governor Milo Hart joined her for lunch "
        "and spoke to workers about the new rail line.\n\n"
        "Hart left at noon. The senator's visit drew a crowd of retirees, and she stayed for two hours.\n\n"
        '"This town built the state," she said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "This town built").name == "Ada Quinn"


def test_a_gendered_title_outranks_the_first_name_for_pronouns(pipeline):
    # "Jordan" is read as a man's name; "Congresswoman" says otherwise.
    text = (
        "Budget fight reaches the statehouse\n\n"
        "Congresswoman Jordan Avila and Senator Paul Okafor met on Tuesday to discuss the budget. "
        "Okafor left early.\n\n"
        '"We will not cut the school lunch program," she said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "school lunch").name == "Jordan Avila"


def test_a_polling_average_speaks_for_whoever_compiled_it(pipeline):
    text = (
        "Race tightens in the last week\n\n"
        "The average of recent polls compiled by Harlow Analytics shows that Ana Ruiz leads "
        "Tomas Berg by three points.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "three points").name == "Harlow Analytics"


def test_both_after_two_companies_just_named_is_the_first(pipeline):
    text = (
        "Cable merger talks stall\n\n"
        "Brightwave Cable Corp. and Northgate Telecom Inc. ended their talks on Friday. Both said the "
        "price had been too high.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "price had been too high").name == "Brightwave Cable Corp."


def test_the_state_and_party_of_the_person_just_named_stand_for_that_person(pipeline):
    text = (
        "Senate leader criticises gun plan\n\n"
        "Senate Majority Leader Ned Calloway is criticizing President Ana Ruiz as a weak leader. In a "
        'statement, the Kentucky Republican on Tuesday dismissed the new rules as "a stunt that will not '
        'survive the courts."\n'
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "a stunt that will not")
    assert speaker.name == "Ned Calloway" and speaker.kind == "person"
    assert speaker.resolution is SpeakerResolution.description


def test_an_office_description_is_not_a_campaign_worker_just_named(pipeline):
    # Moss is only Hale's campaign manager: "the former secretary of state" is not her, however
    # close; it may be left unresolved, never given to the manager
    text = (
        "Hale campaign shrugs off poll\n\n"
        "Roger Hale's campaign manager, Dana Moss, told reporters on Sunday that the Republican was "
        '"within striking distance" in Ohio, despite polls showing Ellen Voigt ahead.\n\n'
        '"We are not the ones who should be nervous," Moss said.\n\n'
        "The former secretary of state, campaigning in Toledo, brushed off the comment.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "the comment")
    assert speaker.name != "Dana Moss"


def test_a_source_after_according_to_is_no_title_of_the_name_after_the_comma(pipeline):
    # "a person familiar with the campaign's planning" is the source, Hale the clause's subject:
    # no title of Hale's, so "the person" later is not Hale
    text = (
        "Hale to focus on primary states\n\n"
        "Roger Hale won the Ohio primary in March.\n\n"
        "According to a person familiar with the campaign's planning, Hale will spend the next two weeks "
        "in states he carried in the primaries. The person, who was not authorized to speak publicly, said "
        "the decision was made by the candidate himself.\n"
    )
    record = pipeline.analyze(text)
    hale = next(e for e in record.entities if e.name == "Roger Hale")
    assert hale.titles == []
    assert speaker_of(record, "the decision was made").name != "Roger Hale"


def test_an_occupation_used_like_a_pronoun_is_the_person_just_named(pipeline):
    text = (
        "Donor meets candidate\n\n"
        "Casino owner Sheldon Marrow said on Friday he met the candidate earlier this week. While the "
        'mega donor did not disclose his plans, he said the talks had been "very warm."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "very warm").name == "Sheldon Marrow"


def test_a_statement_or_ad_speaks_for_whoever_put_it_out(pipeline):
    text = (
        "Port director apologises for private email\n\n"
        "Port director Ellen Marsh used a private email account for official business, the Daily "
        "Ledger reported on Wednesday.\n\n"
        "Marsh provided a written statement in response to the newspaper's questions. \"Using my own "
        'account was a mistake, and I have stopped," the statement said.\n\n'
        "Mayor Tom Berger is releasing a new 30-second ad that urges voters to back the harbour plan. "
        'The ad says "the port belongs to all of us."\n\n'
        "A separate statement issued by the Berger campaign on Tuesday did not mention Marsh. Instead, "
        'the statement said the mayor "will keep his promises."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Using my own account").name == "Ellen Marsh"
    assert speaker_of(record, "the port belongs").name == "Berger campaign"
    assert speaker_of(record, "will keep his promises").name == "Berger campaign"


def test_the_group_is_the_body_just_named_unless_an_unnamed_group_came_since(pipeline):
    text = (
        "Gun group attacks new rules\n\n"
        'The National Rifle Association says the new rules on gun sales are "ripe for abuse." The '
        "nation's largest gun group is accusing Governor Ana Ruiz of exploiting the shooting.\n\n"
        'A group of parents gathered outside the statehouse on Monday. "We want the rules to pass," '
        "the group said in a letter.\n\n"
        "After much controversy, the Berger administration declared that the money could be spent.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Governor Ana Ruiz of exploiting").name == "National Rifle Association"
    assert speaker_of(record, "We want the rules").name is None
    assert speaker_of(record, "the money could be spent").name == "Berger administration"


def test_a_pronoun_in_an_opening_clause_is_the_subject_named_after_it(pipeline):
    text = (
        "Mayor talks to anchor Dana Quill\n\n"
        'Weeks after he said on the radio that she was "finished," Mayor Tom Berger tells anchor Dana '
        'Quill that critics "must learn to take a punch."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "she was").name == "Tom Berger"


def test_a_pronoun_beside_a_person_of_known_gender_tells_the_others_gender(pipeline):
    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.entities import cluster_entities

    # "Dana" is a first name of either gender; "she" next to "Tom Berger" can only be Quill
    doc = pipeline.nlp("Dana Quill said she asked Tom Berger for the interview because she wanted a fresh start.\n")
    clusters = cluster_entities(doc)
    quill = next(c for c in clusters if c.name == "Dana Quill")
    assert DocIndex(doc, clusters).gender[id(quill)] == "f"


def test_a_count_or_tally_speaks_for_whoever_counted(pipeline):
    text = (
        "Delegate race narrows\n\n"
        "Ana Ruiz now has 723 delegates, according to a count by the Daily Ledger. Tom Berger has won 538 "
        "pledged delegates, according to a CNN tally, but his path is narrowing.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "723 delegates").name == "Daily Ledger"
    assert speaker_of(record, "538 pledged").name == "CNN"


def test_a_party_candidate_just_named_as_a_subject_is_the_candidate_described(pipeline):
    text = (
        "Candidates answer the governor\n\n"
        "Texas Sen. Ned Calloway says Governor Ana Ruiz's new orders on guns are worthless. During a "
        'campaign stop in Iowa, the Republican presidential candidate repeated his promise to "repeal '
        'every one of them."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "every one of them").name == "Ned Calloway"


def test_a_person_with_a_less_common_first_name_is_a_person_with_a_gender(pipeline):
    text = (
        "Fiorlano backs the mayor\n\n"
        "Carly Fiorlano threw her support behind Mayor Tom Berger on Wednesday. Fiorlano, a former "
        "chief executive, appeared at his rally in the harbour district.\n\n"
        '"He has fought for this city over and over again," she said.\n'
    )
    record = pipeline.analyze(text)
    assert "Carly Fiorlano" in _entity_names(record, "PERSON")
    assert speaker_of(record, "fought for this city").name == "Carly Fiorlano"


def test_the_company_after_a_platform_the_model_took_for_a_person_is_the_platform(pipeline):
    text = (
        "Platform suspends accounts\n\n"
        'Twitter said on Friday that it had suspended 125,000 accounts. "We condemn the use of Twitter to '
        'promote terrorism," Twitter said in a statement. The company said its moves had already produced results.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "125,000 accounts").kind == "organisation"
    assert speaker_of(record, "already produced results").name == "Twitter"


def test_the_couple_and_the_two_contenders_stand_for_the_first_of_the_two(pipeline):
    text = (
        "Rivals trade barbs\n\n"
        "Senator Ana Ruiz and Governor Tom Berger met in Manchester on Tuesday night. The two Democratic "
        "Party contenders questioned each other's fitness to lead.\n\n"
        "Having fled the war in March, Omar Haddad and his wife, Leila Haddad, arrived in Athens. The couple "
        "said they feared the new rules.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "each other's fitness").name == "Ana Ruiz"
    assert speaker_of(record, "they feared the new rules").name == "Omar Haddad"


def test_remarks_and_speeches_speak_for_the_person_they_belong_to(pipeline):
    text = (
        "Director speaks on the case\n\n"
        "On Wednesday, the director of the bureau, James Comey, said that the messages were \"direct and "
        'private." His remarks indicated that the comments were not made in public.\n\n'
        "Mayor Ana Ruiz spoke at the Harbour Tower Hotel on Friday. Her speech from Harbour Tower said the pier "
        '"will open in May."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "not made in public").name == "James Comey"
    assert speaker_of(record, "will open in May").name == "Ana Ruiz"


def test_they_after_a_named_person_and_other_people_is_the_named_person(pipeline):
    text = (
        "Unions stay loyal\n\n"
        "Union membership has fallen for a decade. Ms. Ana Ruiz and other labor leaders remain confident "
        'that they can keep their members in the fold. "Nobody who divides workers will win them," they said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Nobody who divides workers").name == "Ana Ruiz"


def test_a_name_written_in_camel_case_is_kept_as_written(pipeline):
    text = (
        "Senator weighs vice presidency\n\n"
        'Senator Ana Ruiz has a mixed record on trade, according to PolitiFax: "She has voted both ways on '
        'every major deal."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "voted both ways").name == "PolitiFax"


def test_an_outlets_informal_short_form_gets_the_outlets_name(pipeline):
    # "HuffPo" is The Huffington Post (outlet_aliases.txt), whether or not the article names it in full.
    text = (
        "Senator weighs vice presidency\n\n"
        'Senator Ana Ruiz has a mixed record on trade, according to HuffPo: "She has voted both ways on '
        'every major deal."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "voted both ways").name == "Huffington Post"


def test_a_common_word_before_a_surname_is_not_a_first_name(pipeline):
    text = (
        "Top Berger adviser sent memo\n\n"
        "A top adviser to Governor Tom Berger sent the memo on Monday, the team said. Team Berger declined "
        'to comment. Berger said the memo was "routine."\n'
    )
    record = pipeline.analyze(text)
    assert _entity_names(record, "PERSON") == ["Tom Berger"]
    assert speaker_of(record, "routine").name == "Tom Berger"


def test_an_investigation_or_average_speaks_for_its_author_as_written(pipeline):
    text = (
        "Donations questioned\n\n"
        "Employees of the charter schools gave thousands of dollars to candidates, a Harbour Herald "
        "investigation found. Ana Ruiz leads Tom Berger by about 13 points in the state, according to an "
        "average of recent polls by RealClearPolitics.\n\n"
        'The advocacy group Autism Speaks is sponsoring a competition. The nonprofit is seeking "groundbreaking '
        'ideas" for housing adults.\n\n'
        "Berger aides met on Friday. \"We are not worried,\" the Berger camp said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Employees of the charter").name == "Harbour Herald"
    assert speaker_of(record, "13 points").name == "RealClearPolitics"
    assert speaker_of(record, "groundbreaking ideas").name == "Autism Speaks"
    assert speaker_of(record, "not worried").name == "Berger campaign"


def test_a_statement_with_no_author_named_is_the_previous_speakers(pipeline):
    text = (
        "Ruiz campaign disputes rent figures\n\n"
        "The Ruiz campaign paid $40,000 a month for its offices in July, filings show. The Ruiz campaign on "
        "Tuesday responded that it had moved into larger quarters.\n\n"
        '"The candidate pays far more than that out of her own pocket," the statement said.\n'
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "out of her own pocket")
    assert speaker.name == "Ruiz campaign" and speaker.resolution is SpeakerResolution.previous_speaker


def test_a_title_description_goes_to_the_person_just_named_when_the_titled_one_is_far_back(pipeline):
    text = (
        "Governors trade barbs at forum\n\n"
        "Gov. Paul Hendry of Ohio opened the forum on Tuesday. He spoke for ten minutes about roads.\n\n"
        "Then came Frank Dorsey, who has run Maine since 2019. Dorsey described the drug treatment programme he "
        "started. Dorsey said first offenders go to treatment, not prison.\n\n"
        '"Crime has fallen by a fifth since then," the governor said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "fallen by a fifth").name == "Frank Dorsey"


def test_a_surname_with_an_apostrophe_joins_the_name_before_it(pipeline):
    text = (
        "Writer makes a prediction\n\n"
        "Writer and filmmaker Kemal O’Keeffe made his prediction on Monday.\n\n"
        'After radio host Glenn Marsh asked the author who would win, O’Keeffe replied, "I would bet on the governor."\n\n'
        "O’Keeffe went on to say that the race would be close. "
        '"I respect them both. They fight hard. They never stop," he said.\n'
    )
    record = pipeline.analyze(text)
    assert "Kemal O’Keeffe" in _entity_names(record, "PERSON")
    assert speaker_of(record, "bet on the governor").name == "Kemal O’Keeffe"
    assert speaker_of(record, "respect them both").name == "Kemal O’Keeffe"


def test_a_pronoun_after_a_name_no_entity_holds_is_that_speaker(pipeline):
    # "N’Dour" alone is tagged by nothing: kept as written, and still the "he" just after.
    text = (
        "Critic makes a prediction\n\n"
        "The critic and filmmaker known as N’Dour made a prediction on Monday.\n\n"
        'After radio host Glenn Marsh asked the filmmaker who would win, N’Dour replied, "I would bet on the governor."\n\n'
        '"We should never confuse who we want to win with who will win," he added.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "bet on the governor").name == "N’Dour"
    he = speaker_of(record, "never confuse")
    assert he.name == "N’Dour" and he.resolution is SpeakerResolution.previous_speaker


def test_a_family_named_in_the_plural_is_never_he_or_she(pipeline):
    text = (
        "Senator Lin Okafor spoke at the county fair on Friday.\n\n"
        "Decades ago the Garcias gave the county its first library. The Garcias asked for nothing in return.\n\n"
        '"I admire them. They built this town," he said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "built this town").name == "Lin Okafor"


def test_the_administration_is_the_sitting_presidents(pipeline):
    text = (
        "Overtime rule expands\n\n"
        "President Ana Ruiz signed the overtime rule on Monday. Critics said small firms would suffer. "
        "Under the Berger administration, the threshold had barely moved.\n\n"
        "The administration said the change would reach four million workers.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "four million workers")
    assert speaker.name == "Ruiz administration" and speaker.kind == "organisation"


def test_who_after_a_description_in_apposition_to_a_name_is_that_person(pipeline):
    text = (
        "Delegates split over rules\n\nThe rules fight dragged on into the night on Tuesday.\n\n"
        '"Do these people read the rules?" said Bob Lindqvist, a California superdelegate and Ruiz supporter who '
        "has accused Berger supporters of harassing his peers.\n\n"
        "Many delegates who had hoped for a quick vote went home.\n"
    )
    record = pipeline.analyze(text)
    who = speaker_of(record, "harassing his peers")
    assert who.name == "Bob Lindqvist" and who.resolution is SpeakerResolution.apposition


def test_a_role_noun_right_before_names_is_the_first_named_and_it_after_a_document_is_its_author(pipeline):
    text = (
        "Union survey answered\n\nThe engineers' union sent its questionnaire to every candidate in March.\n\n"
        "Democratic candidates Ana Ruiz and Tom Berger did respond to the union and said they held similar stances. "
        "They also expressed support for union-backed positions that apply to federal workers.\n\n"
        "Rubio's press release does not mention the clinics. It also points out that the bill passed the House.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "similar stances").name == "Ana Ruiz"
    assert speaker_of(record, "union-backed positions").name == "Ana Ruiz"
    assert speaker_of(record, "the bill passed the House").name == "Rubio"


def test_a_pollster_named_without_university_before_poll_is_the_same_body(pipeline):
    text = (
        "Senate races are tight\n\nBattleground Senate races in Ohio and Florida are all close, a Harwick "
        "University poll shows.\n\n"
        "In Florida, 40 percent back the senator, the latest Harwick poll found. The poll also showed that few "
        "voters know the challenger.\n"
    )
    record = pipeline.analyze(text)
    assert _entity_names(record, "PERSON") == []
    assert speaker_of(record, "few voters know").name == "Harwick University"


def test_an_ad_paid_for_by_a_group_that_says_it_will_spend_is_the_groups(pipeline):
    text = (
        "Outside group backs Hale\n\n"
        "The National Farm Council says it will spend nearly $150,000 on a TV ad in Senator Tom Hale's district. "
        "It is also paying for phone calls.\n\n"
        "The ad touts Hale's record on farm subsidies.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "record on farm subsidies").name == "National Farm Council"


def test_a_name_ending_a_headline_holds_no_line_break(pipeline):
    text = "Outside group backs Hale\n\nThe group says it will spend $150,000 in the district.\n"
    record = pipeline.analyze(text)
    # 'Hale' itself must be found (cut to the name, not dropped): with no entity at all the
    # check below held too.
    assert "Hale" in [e.name for e in record.entities], [e.name for e in record.entities]
    assert all("\n" not in e.name for e in record.entities), [e.name for e in record.entities]


def test_a_title_before_a_reverend_and_a_name_is_that_person(pipeline):
    text = (
        "Pope has no plans to meet candidate\n\n"
        "The pope will not meet Senator Ana Ruiz during her visit to Rome, Vatican spokesman the Rev. Marco "
        "Tellini said on Friday.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "will not meet").name == "Marco Tellini"


def test_team_before_a_surname_is_no_first_name(pipeline):
    text = (
        "Debate preview\n\n"
        "Hillary Clinton will face Bernie Sanders on Thursday. Team Clinton hopes to win black voters, aides said.\n"
    )
    record = pipeline.analyze(text)
    assert sorted(_entity_names(record, "PERSON")) == ["Bernie Sanders", "Hillary Clinton"]


def test_an_outlets_editorial_board_speaks_for_the_outlet(pipeline):
    text = (
        "Clinton camp rolls out editorial\n\n"
        "The Clinton campaign plans to reprint a critical editorial from The Harbor Post on Friday.\n\n"
        "\u201cHe is a politician selling his own brand of fiction,\u201d the paper's editorial board wrote.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "his own brand of fiction").name == "Harbor Post"


def test_an_organ_of_a_named_body_speaks_for_the_body(pipeline):
    text = (
        "Teachers union weighs endorsement\n\n"
        "The American Federation of Teachers met in Washington on Monday.\n\n"
        "The executive council for the AFT, which represents nurses and teachers, said the union would endorse "
        "Ana Ruiz.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "would endorse")
    assert speaker.name == "AFT" and speaker.kind == "organisation"


def test_a_place_is_never_the_newspaper_an_apposition_seemed_to_call_it(pipeline):
    """'flood-ravaged Vermont, a Burlington newspaper' misparsed as an apposition must not
    make Vermont an outlet that "the newspaper" goes to."""
    from spacy.tokens import Doc

    from newsmine.nlp.antecedents import _descriptor_words
    from newsmine.nlp.entities import EntityCluster

    words = ["residents", "of", "Vermont", ",", "a", "Burlington", "newspaper", "said"]
    heads = [7, 0, 1, 2, 6, 6, 2, 7]  # "newspaper" read as Vermont's apposition
    deps = ["nsubj", "prep", "pobj", "punct", "det", "compound", "appos", "ROOT"]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps)
    place = EntityCluster("GPE", "Vermont", [doc[2:3]])
    outlet = EntityCluster("ORG", "Vermont", [doc[2:3]])
    assert _descriptor_words(doc, place) == set()
    assert _descriptor_words(doc, outlet) == {"newspaper"}  # an organisation keeps it


def test_the_editorial_speaks_for_the_newspaper_that_ran_it(pipeline):
    text = (
        "Paper urges governor to visit flooded towns\n\n"
        "The Dunmore Ledger on Friday asked Governor Ellen Marsh to tour the flooded river towns.\n\n"
        '"The towns cannot wait another month," the editorial said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "cannot wait another month")
    assert speaker.name == "Dunmore Ledger" and speaker.resolution is SpeakerResolution.description


def test_an_outlet_noun_after_a_name_is_that_outlet_and_alone_in_a_headline_no_name(pipeline):
    record = pipeline.analyze(
        "Minister under pressure\n\n"
        "Prime Minister Alan Hart will stay in office, his spokesman said on Monday. The Sun "
        "newspaper reported last month that Hart had offered to resign.\n"
    )
    assert speaker_of(record, "offered to resign").name == "The Sun"  # a one-word outlet keeps its "The"
    headline = pipeline.analyze(
        "Newspaper Says Mayor Misled Voters\n\n"
        "The Dunmore Ledger on Sunday accused Mayor Tom Lee of hiding the cost of the pier.\n"
    )
    assert speaker_of(headline, "Misled Voters").name != "Newspaper"


def test_a_nations_government_is_named_by_its_adjective_and_the_government_after_it(pipeline):
    text = (
        "Border talks stall again\n\n"
        "The Venezuelan government said on Monday that it would not send envoys to the talks in "
        "Lima. Officials in Caracas gave no reason.\n\n"
        "Diplomats had expected a deal by March. The government said it would review its position "
        "next year.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "not send envoys").name == "Venezuelan government"
    later = speaker_of(record, "review its position")
    assert later.name == "Venezuelan government" and later.kind == "organisation"


def test_figures_a_campaign_released_speak_for_that_campaign(pipeline):
    text = (
        "Fundraising race tightens\n\n"
        "Ellen Marsh raised $4 million in March, according to figures her campaign released on "
        "Friday. Her rival Tom Lee raised $3 million.\n"
    )
    assert speaker_of(pipeline.analyze(text), "raised $4 million").name == "Marsh campaign"


def test_an_indefinite_description_in_apposition_to_a_name_is_that_person(pipeline):
    from newsmine.nlp.entities import cluster_entities
    from newsmine.nlp.speakers import SpeakerResolver

    text = (
        'The harbour plan passed on Tuesday. "It will pay for itself within a decade," said Rep. '
        "Tomas Berg, a Dunmore Democrat who backed the plan.\n"
    )
    doc = pipeline.nlp(text)
    start = text.index("a Dunmore Democrat")
    mention = doc.char_span(start, start + len("a Dunmore Democrat"))
    resolution = SpeakerResolver(doc, cluster_entities(doc)).resolve(mention)
    assert resolution.cluster is not None and resolution.cluster.name == "Tomas Berg"
    assert resolution.how == "apposition"


def test_his_lawyer_is_the_attorney_the_article_named_and_an_occupation_the_subject(pipeline):
    record = pipeline.analyze(
        "Lee denies fraud charges\n\n"
        "Tom Lee, the owner of a Dunmore bakery, appeared in court on Monday. His attorney, Sara "
        "Kim, said he would plead not guilty.\n\n"
        "Later, his lawyer said the case would be dropped.\n"
    )
    assert speaker_of(record, "case would be dropped").name == "Sara Kim"
    record = pipeline.analyze(
        "Ruiz visits flood zone\n\n"
        "Governor Ana Ruiz toured the flooded towns on Monday. The former prosecutor promised "
        "money for repairs.\n"
    )
    assert speaker_of(record, "money for repairs").name == "Ana Ruiz"


def test_the_person_held_to_account_is_not_the_subject_a_pronoun_continues(pipeline):
    """'Hollis went further in trying to hold Berg accountable. "…," he said': Berg was the
    previous speaker and is named last, but as the object of "hold", not the subject."""
    text = (
        "Water crisis divides candidates\n\n"
        "Gov. Tom Berg has refused to resign over the crisis. Berg said the state had acted "
        "quickly. Berg's office sent bottled water to the city.\n\n"
        "In his statement Saturday, Mark Hollis did go further in trying to hold Berg "
        'accountable. "There are no excuses," he said. "The governor knew about the lead."\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "no excuses")
    assert speaker.name == "Mark Hollis" and speaker.resolution is SpeakerResolution.pronoun


def test_the_editorial_board_is_its_newspaper_and_the_minority_leader_the_senator_just_named(pipeline):
    record = pipeline.analyze(
        "Paper turns on the governor\n\n"
        "The Dunmore Ledger, the state's oldest newspaper, has run a string of editorials against "
        'Governor Ellen Marsh. "She has broken every promise," the editorial board wrote on Sunday.\n'
    )
    assert speaker_of(record, "broken every promise").name == "Dunmore Ledger"
    record = pipeline.analyze(
        "Budget fight drags on\n\n"
        "Sen. Tom Lee blasted the governor's plan on Tuesday. \"It is one of the worst budgets I "
        'have seen," the Senate minority leader said.\n'
    )
    assert speaker_of(record, "worst budgets").name == "Tom Lee"


def test_a_family_named_in_the_plural_is_its_first_named_member(pipeline):
    text = (
        "Bakery owners fear the new tax\n\n"
        "Omar Haddad and his wife, Leila Haddad, who have run a bakery in Dunmore for thirty "
        "years, say the new tax will close their shop.\n\n"
        '"We cannot raise our prices again," Leila Haddad said.\n\n'
        "The Haddads say they have written to the mayor twice.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "written to the mayor")
    assert speaker.name == "Omar Haddad" and speaker.kind == "person"


def test_a_headline_poll_or_newspaper_is_whoever_the_body_names_as_putting_it_out(pipeline):
    poll = pipeline.analyze(
        "New Poll Shows Ruiz Pulling Ahead in Harlow Race.\n\n"
        "Mayor Ana Ruiz has opened a six-point lead over her challenger, Tomas Berg, two weeks before the vote.\n\n"
        "A Daily Ledger poll released Tuesday shows Ruiz with 48 percent support against 42 percent for Berg.\n"
    )
    headline = speaker_of(poll, "Pulling Ahead")
    assert headline.name == "Daily Ledger" and headline.resolution is SpeakerResolution.description
    newspaper = pipeline.analyze(
        "Newspaper: Harlow mayor used a private phone for city business.\n\n"
        "HARLOW (AP) — Mayor Ana Ruiz used a private phone to conduct city business for most of her first year.\n\n"
        "The Harlow Gazette reported Wednesday that it had obtained 40 text messages Ruiz sent about contracts.\n"
    )
    assert speaker_of(newspaper, "private phone for city business").name == "Harlow Gazette"  # not the wire (AP)


def test_a_report_by_an_office_speaks_for_the_person_who_holds_it(pipeline):
    record = pipeline.analyze(
        "Audit faults Harlow permit office.\n\n"
        "The Harlow permit office lost track of hundreds of applications over three years, according to "
        "a report from the city's inspector general released Monday.\n\n"
        "The report found that clerks had no way to see which files were pending. The city inspector "
        "general, Maria Delgado, said her office would check again next year.\n\n"
        '"The backlog was visible to anyone who looked," the IG report said.\n'
    )
    assert speaker_of(record, "lost track of hundreds").name == "Maria Delgado"  # named only later
    assert speaker_of(record, "no way to see which files").name == "Maria Delgado"
    assert speaker_of(record, "The backlog was visible").name == "Maria Delgado"  # "IG": her title's initials


def test_an_ad_speaks_for_the_group_its_relative_clause_says_it_comes_from(pipeline):
    record = pipeline.analyze(
        "Group targets Ruiz with attack ad.\n\n"
        "A conservative group is out with a new ad on Thursday hitting Mayor Ana Ruiz over the pier.\n\n"
        "The ad, which is part of a $200,000 buy from Citizens for Sound Budgets, will air in Harlow next week.\n\n"
        "The ad says the pier has cost taxpayers twice what Ruiz promised.\n"
    )
    assert speaker_of(record, "cost taxpayers twice").name == "Citizens for Sound Budgets"


def test_the_newspaper_is_an_outlet_the_recogniser_missed_where_its_editors_are_named(pipeline):
    record = pipeline.analyze(
        "Newspaper Tells Mayor To Visit Flooded Streets.\n\n"
        "A week after the storm, a Harlow newspaper urged Mayor Ana Ruiz to leave her office and see the damage.\n\n"
        "That did not sit well with the editors of The Beacon, who aimed their Sunday editorial at Ruiz.\n\n"
        "The newspaper said the mayor should have gone on the first day.\n\n"
        '"The river does not wait for a schedule," the editorial said.\n'
    )
    assert speaker_of(record, "should have gone on the first day").name == "Beacon"
    assert speaker_of(record, "does not wait for a schedule").name == "Beacon"


def test_it_and_they_take_an_organisation_named_earlier_in_their_own_sentence(pipeline):
    record = pipeline.analyze(
        "Harlow groups split on pier plan.\n\n"
        "While civic groups like the Harlow Taxpayers League and the Riverfront Alliance praised Mayor Ana "
        "Ruiz's plan to rebuild the pier, they said it did not go far enough.\n\n"
        "Emails from the Harlow Port Authority began circulating after it announced a breach of its servers on Monday.\n"
    )
    assert speaker_of(record, "did not go far enough").name == "Harlow Taxpayers League"  # a conjunction's first
    assert speaker_of(record, "a breach of its servers").name == "Harlow Port Authority"  # not the previous speaker


def test_a_polls_generic_name_word_does_not_pick_another_body_with_that_word(pipeline):
    record = pipeline.analyze(
        "Ruiz trails among older voters.\n\n"
        "Mayor Ana Ruiz leads by four points, according to the Eastfield Institute of Politics at Dunmore University.\n\n"
        "But a USA Today/Suffolk University poll released this week found that 58 percent of likely voters "
        "over 65 view Ruiz unfavorably.\n"
    )
    # a joint poll is named for its first member (the gold's conjunction rule), never "… Dunmore University"
    assert speaker_of(record, "58 percent of likely voters").name == "USA Today"


def test_an_office_description_is_not_someone_just_named_with_another_office(pipeline):
    record = pipeline.analyze(
        "Pier vote delayed again.\n\n"
        "Ana Ruiz, who chairs the state senate budget committee, asked for more time on Monday.\n\n"
        "Residents packed the hall, and Police Chief Dan Moss said the crowd was calm.\n\n"
        '"We need the numbers first," the senator said.\n'
    )
    assert speaker_of(record, "We need the numbers first").name != "Dan Moss"


def test_an_office_description_is_not_someone_just_named_by_a_private_trade_or_another_office(pipeline):
    # a nurse or a city treasurer just named is not "the mayor" who speaks next; a mayor is
    for introduction, expected in (
        ("Grace Obi, a nurse at the county hospital, spoke first on Monday.", None),
        ("Grace Obi, the city treasurer, spoke first on Monday.", None),
        ("Mayor Grace Obi spoke first on Monday.", "Grace Obi"),
    ):
        record = pipeline.analyze(
            "Clinic funding row\n\n"
            f"{introduction}\n\n"
            '"The clinic will stay open through the winter," the mayor said.\n'
        )
        assert speaker_of(record, "The clinic will stay open").name == expected, introduction


def test_an_office_description_of_another_grade_is_not_the_holder_just_named(pipeline):
    # "the prime minister" is not the foreign minister just named, "the vice president" not the
    # president; the same office, or a person named with no title, still is
    for introduction, description, expected in (
        ("Foreign Minister Arkady Volkov arrived late.", "The prime minister", None),
        ("Prime Minister Olga Marin arrived late.", "The prime minister", "Olga Marin"),
        ("President Dana Whitfield arrived late.", "The vice president", None),
        ("Vice President Dana Whitfield arrived late.", "The vice president", "Dana Whitfield"),
        ("Arkady Volkov arrived late.", "The prime minister", "Arkady Volkov"),
    ):
        record = pipeline.analyze(
            "Talks in Minsk\n\n"
            f"{introduction} {description} said the talks had been \"frank and useful.\"\n"
        )
        assert speaker_of(record, "frank and useful").name == expected, (introduction, description)


def test_a_secretary_of_state_just_named_is_the_minister(pipeline):
    # British copy: a Home or Transport Secretary is a minister, not a holder of another office;
    # a police chief still is.
    record = pipeline.analyze(
        "Ferry fares to rise\n\n"
        "Home Secretary Ruth Kane announced the new border checks on Tuesday. The minister said "
        "queues at the ports would be short.\n\n"
        "Police Chief Dan Moss said his officers were ready. The minister said the checks would start in May.\n"
    )
    assert speaker_of(record, "queues at the ports would be short").name == "Ruth Kane"
    assert speaker_of(record, "the checks would start in May").name != "Dan Moss"
    # a press or a union's general secretary is no minister
    for title, name in (("White House press secretary", "Josh Ellery"), ("Union general secretary", "Mick Laine")):
        record = pipeline.analyze(
            "Talks in Ankara\n\n"
            f"{title} {name} said the talks had gone well. In Ankara, the minister said no deal was near.\n"
        )
        assert speaker_of(record, "no deal was near").name != name


def test_the_candidate_is_the_article_s_candidate_not_a_mayor_just_named(pipeline):
    record = pipeline.analyze(
        "Lee calls for port checks.\n\n"
        "Ann Lee has sought to look tough on crime since entering the governor's race in March. Lee told voters "
        "in Dunmore that the state had been careless, and Lee repeated the charge in Keswick.\n\n"
        "On Thursday, Lee called on Mayor Tom Hale to restart inspections at the port, which the city halted in "
        "2019. Hale ended the program after complaints from shippers.\n\n"
        '"We ought to start it up again this morning," the Republican candidate said in a radio interview. '
        "Lee added that she would fund the checks herself.\n"
    )
    assert speaker_of(record, "start it up again").name == "Ann Lee"
def test_plural_and_counted_unnamed_sources_get_no_name(pipeline):
    text = (
        "Turnout rises in Dayton\n\n"
        "Mark Hollis opened his campaign on Saturday in Dayton.\n\n"
        "Aides said Hollis will focus on jobs in the coming weeks.\n\n"
        "One organization opposing the tax plan posted a video saying the plan would hurt farmers.\n\n"
        "Political consultants are generally wary of the plan, saying it could backfire.\n\n"
        "Hollis's opponents said the plan would cost too much.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("focus on jobs", "it could backfire", "cost too much"):
        speaker = speaker_of(record, snippet)
        assert speaker.kind == "anonymous" and speaker.name != "Mark Hollis", (snippet, speaker)
    organisation = speaker_of(record, "hurt farmers")
    assert organisation.name is None or organisation.kind == "anonymous"


def test_lawyers_for_a_named_client_are_not_named_by_the_client(pipeline):
    text = "Mark Hollis was sued on Monday.\n\nAttorneys for Mark Hollis said the complaint was baseless.\n"
    speaker = speaker_of(pipeline.analyze(text), "complaint was baseless")
    # the gold's convention: null, with the client as an accepted alternative; never the phrase as a name
    assert speaker.kind == "anonymous" or speaker.name == "Mark Hollis", speaker
    assert not (speaker.name or "").startswith("Attorneys"), speaker


def test_a_sentence_opening_poll_word_is_not_the_polls_author(pipeline):
    text = "Hollis sweeps the South\n\nMark Hollis won in Georgia.\n\nExit polling showed that Hollis won most voters under 30.\n"
    speaker = speaker_of(pipeline.analyze(text), "most voters under 30")
    assert speaker.name is None or speaker.kind == "anonymous", speaker


def test_he_after_an_unnamed_official_stays_unnamed(pipeline):
    text = (
        "Talks stall in Geneva\n\n"
        "Ana Ruiz met Tom Berger on Monday. A senior official said the talks had stalled over the border question. "
        '"Nobody is moving," he said.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "Nobody is moving")
    assert speaker.kind == "anonymous" and speaker.name != "Tom Berger", speaker


def test_he_who_spoke_on_condition_of_anonymity_is_unnamed(pipeline):
    text = (
        "Hollis wins in Ohio\n\n"
        "Mark Hollis won the primary on Tuesday. He could not find one supporter of the nominee in the hall, "
        "he said, speaking on condition of anonymity. \"Not even one,\" he said.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("one supporter", "Not even one"):
        speaker = speaker_of(record, snippet)
        assert speaker.kind == "anonymous" and speaker.name != "Mark Hollis", (snippet, speaker)


def test_a_headline_description_in_title_case_is_not_a_name(pipeline):
    text = (
        "Underdog sees hope in Ohio\n\n"
        "Mark Hollis, who trails in every poll, said on Tuesday that he would stay in the race.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "hope in Ohio")
    assert speaker.name != "Underdog", speaker
    judge = "Justice vows to stay\n\nJudge Ana Ruiz of the state court said on Monday she would not resign.\n"
    assert speaker_of(pipeline.analyze(judge), "to stay").name != "Justice"


def test_a_headline_name_the_body_writes_too_stays_a_name(pipeline):
    text = "Politifact: Hollis claim on jobs is false\n\nThe claim by Mark Hollis was false, according to Politifact.\n"
    assert speaker_of(pipeline.analyze(text), "Hollis claim on jobs").name == "Politifact"


def test_a_definite_description_then_he_is_still_resolved_to_the_person_named(pipeline):
    text = (
        "Mark Hollis, a securities analyst, warned investors in 1990. The analyst decided to fight back. "
        "He said the company had tried to silence him.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "tried to silence him")
    assert speaker.name == "Mark Hollis", speaker


def test_a_lead_description_is_the_person_quoted_just_below(pipeline):
    text = (
        "Coastal lawmaker wants ferry fares frozen\n\n"
        "A lawmaker from the coast is asking the state to freeze ferry fares for another year.\n\n"
        '"Islanders cannot pay more to get to work," Marta Quill said in a letter to the transport board on Monday.\n\n'
        "The board raised fares twice last year. Its chairman, Tom Varga, said the increases paid for new boats.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "ferry fares frozen").name == "Marta Quill"
    assert speaker_of(record, "to freeze ferry fares").name == "Marta Quill"
    assert speaker_of(record, "the increases paid").name == "Tom Varga"


def test_a_lead_description_stays_unnamed_when_the_article_grants_anonymity(pipeline):
    text = (
        "Official says port deal was rushed\n\n"
        "A senior official said the port contract was signed before the audit was finished.\n\n"
        '"Nobody read the numbers," said the official, who spoke on condition of anonymity. Mayor Ana Ruiz '
        "said the contract was sound.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "the port contract was signed")
    assert speaker.name != "Ana Ruiz"


def test_a_description_given_in_a_long_apposition_stands_for_the_person_later(pipeline):
    text = (
        "Mill town weighs plant closure\n\n"
        "Rita Okafor, a securities analyst for the Boston-based investment bank Keller Brothers and Lyle, said "
        "the plant could close within a year.\n\n"
        "The company did not respond to a request for comment.\n\n"
        "Okafor has followed the mill since 2009. The securities analyst said workers should expect layoffs by spring.\n"
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "workers should expect layoffs")
    assert speaker.name == "Rita Okafor" and speaker.resolution is SpeakerResolution.title


def test_a_definite_description_right_after_a_named_persons_quote_is_that_person(pipeline):
    text = (
        "Party report still divides Republicans\n\n"
        "Four years after the party's review of its defeat, its authors still argue about it.\n\n"
        "One of the report's authors, Daniel Morrow, said Senator Ruth Hale's nomination ignored its advice. "
        '"We asked for a bigger tent and got a smaller one," said the former top aide to Governor Ellen Price. '
        '"That was a choice."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "bigger tent").name == "Daniel Morrow"


def test_the_committee_chairmen_are_the_first_of_the_chairmen_named(pipeline):
    text = (
        "Two committees ask for audit of port deal\n\n"
        "Finance Committee Chairman Ana Lopez and Transport Committee Chairman Victor Hale sent the request "
        "to the inspector general on Monday.\n\n"
        '"The public deserves to know what it paid for," the committee chairmen wrote.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "public deserves to know").name == "Ana Lopez"


def test_the_newspaper_is_a_local_paper_the_outlet_list_lacks_where_its_editors_are_named(pipeline):
    text = (
        "Newspaper Urges Governor To Visit Storm Towns\n\n"
        "A week after the storm, a Duluth newspaper called on Governor Ellen Price to see the damage for herself.\n\n"
        "That did not sit well with the editors of The Lakeshore, who aimed their Sunday editorial at Price.\n\n"
        '"A governor who governs from a desk is no governor at all," the editorial read.\n\n'
        "The newspaper said the towns needed help before winter.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "governs from a desk").name in ("Lakeshore", "The Lakeshore")
    assert speaker_of(record, "towns needed help").name in ("Lakeshore", "The Lakeshore")


def test_a_lead_newcomer_is_not_a_speaker_the_article_titles_otherwise(pipeline):
    text = (
        "Video shows envoy doubting the plan\n\n"
        "In a 2014 video found by a watchdog group, a veteran diplomat said the treaty was rushed.\n\n"
        '"The video shows the plan was never ready," said Carl Voss, research director for the watchdog '
        "group Open Ledger.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the treaty was rushed").name != "Carl Voss"


def test_documents_named_by_the_kind_of_body_speak_for_that_body(pipeline):
    text = (
        "Retailer says staff get paid leave\n\n"
        "Harbor Apparel Group, which makes coats under the Northline label, says its workers are treated well.\n\n"
        "The retailer employs about 5,000 people, mostly in its stores, according to company documents.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "employs about 5,000 people").name == "Harbor Apparel Group"


def test_the_party_is_the_party_named_by_its_nickname(pipeline):
    text = (
        "Governors meet in Denver\n\n"
        "Many thought that Republicans would rethink their platform after the loss. The GOP needed a period "
        "of reflection, but it avoided having one.\n\n"
        "The party said on Tuesday that it would hold a review of its primary rules next year.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "hold a review").name in ("GOP", "Republican Party")


def test_an_opening_description_is_the_person_given_that_title_a_few_sentences_later(pipeline):
    text = (
        "College defends its reporting\n\n"
        "The dean of Harlow College's school of public policy has published a letter rejecting claims by "
        "Brant Energy that a student project misled readers.\n\n"
        "The project examined the company's spending on lobbying. It was published in March with two local "
        "newspapers.\n\n"
        "Last month the company wrote a long letter to the college's president, calling the articles unfair.\n\n"
        "In his reply, Mark Ostrow, the dean of the policy school, said on Tuesday that he had read every claim.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "a letter rejecting claims").name == "Mark Ostrow"


def test_the_justice_is_the_judge_just_quoted(pipeline):
    text = (
        "Judge regrets remarks on mayor\n\n"
        "Ruth Calder regrets her comments about Mayor Dan Moss.\n\n"
        '"My remarks were ill-advised, and I regret making them," Calder said in a statement on Thursday.\n\n'
        "In two interviews last week, the justice had said the mayor was unfit for office.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "unfit for office").name == "Ruth Calder"


def test_a_definite_description_after_someone_else_took_the_floor_is_not_the_earlier_speaker(pipeline):
    text = (
        "Harbour plan divides council\n\n"
        "Daniel Morrow said the harbour plan had been ignored. Mayor Ana Ruiz then took the stage to defend it.\n\n"
        '"We did what the voters asked," said the former aide to the governor.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "what the voters asked").name != "Daniel Morrow"
def test_the_campaign_of_a_named_candidate_is_that_candidates_campaign(pipeline):
    text = (
        "Donald Trump has asked aides to sign agreements. The Trump campaign did not comment.\n\n"
        "The campaign of Democratic nominee Hillary Clinton said the agreements were unfair to workers.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "unfair to workers")
    assert speaker.name == "Clinton campaign"  # not the campaign named before


def test_the_two_after_a_subhead_are_the_two_named_in_the_headline(pipeline):
    text = (
        "Tempers flare after Ana Ruiz calls Tom Berger unfit;\n\n"
        "Senator steps up attacks as the primary nears.\n\n"
        "SUMMARY.\n\n"
        "The two Republican contenders said on Monday that the other could not be trusted with the state budget.\n\n"
        "Ruiz spoke at a rally in Dover, where about 400 supporters gathered in a school gym.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "could not be trusted")
    assert speaker.name == "Ana Ruiz"  # the gold's convention for a pair: its first named member
    assert speaker.resolution == SpeakerResolution.description


def test_the_two_right_after_a_resolved_pair_is_the_same_pair(pipeline):
    text = (
        "Lawmakers press regulator on pipeline\n\n"
        "Sen. Ana Ruiz and Rep. Tom Berger sent a letter to the Harbor Commission on Monday.\n\n"
        "The agency approved the pipeline in May. The two lawmakers, however, argue that the approval was rushed.\n\n"
        "\u201cChairman Dale Ortiz ignored every warning his own engineers gave him,\u201d the two write.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the approval was rushed").name == "Ana Ruiz"
    # the quotation names Ortiz in between; "the two" still stands for the pair
    assert speaker_of(record, "ignored every warning").name == "Ana Ruiz"


def test_the_judge_before_the_judge_is_named_is_the_one_judge_named_later(pipeline):
    text = (
        "A courtroom surprise\n\n"
        "The lawyers had spoken for an hour when the room went quiet. The judge leaned forward and said that "
        "he had never seen a case like it.\n\n"
        "Nobody moved. The prosecutor looked at his notes.\n\n"
        "Later that afternoon Judge Harold Pemberton adjourned the hearing until Friday.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "never seen a case")
    assert speaker.name == "Harold Pemberton"
    assert speaker.resolution == SpeakerResolution.title


def test_the_company_is_a_company_the_recogniser_tagged_as_a_place(pipeline):
    text = (
        "Verizon, striking unions reach deal.\n\n"
        "Verizon has struck a work agreement with unions representing 30,000 employees who walked out in "
        "April, according to the Labor Department.\n\n"
        "Verizon executives had said the strike could hurt second-quarter earnings.\n\n"
        "The company said the agreement would add 1,300 call-center jobs in Ohio and Texas.\n"
    )
    record = pipeline.analyze(text)
    # the small model tags "Verizon" GPE here; "Verizon executives" says it is a company
    assert speaker_of(record, "call-center jobs").name == "Verizon"
    assert speaker_of(record, "call-center jobs").kind == "organisation"


def test_the_center_is_a_centre_named_before(pipeline):
    text = (
        "Group denies lobbying link\n\n"
        "The Harbour Centre for Public Policy hired two Washington firms in 2013, records show.\n\n"
        "Its director, Ina Marsh, told reporters the group had never worked with the campaign.\n\n"
        "The center said it would publish its donors next year.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "publish its donors")
    assert speaker.name == "Harbour Centre for Public Policy"


def test_the_magazine_is_a_magazine_written_with_its_noun_after_the_outlet_named_before(pipeline):
    text = (
        "Senators trade recipes\n\n"
        "Sen. Ana Ruiz said on Monday that the farm bill would pass, according to The Hill.\n\n"
        "The bill has stalled for months. Ruiz and her colleague Tom Berger later submitted cookie recipes for "
        "Family Circle magazine's holiday contest.\n\n"
        "The magazine said its readers had picked the winner of every contest since 2004.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "picked the winner")
    assert speaker.name == "Family Circle"  # not The Hill, the outlet entity named before it
    assert speaker.kind == "organisation"


def test_her_twitter_account_speaks_for_the_person_her_stands_for(pipeline):
    text = (
        "Designer defends her company\n\n"
        "Ivana Marsh, the designer, spoke at a fashion event in New York on Monday about working mothers.\n\n"
        'The next day, her Twitter account posted: "Shop the new collection for the working woman."\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "Shop the new collection")
    assert speaker.name == "Ivana Marsh"
    assert speaker.resolution == SpeakerResolution.pronoun


def test_the_party_is_the_party_named_last_by_its_nickname(pipeline):
    text = (
        "What next for the Republicans\n\n"
        "The Republican Party lost three governor's races in 2014, and its leaders promised a review.\n\n"
        "Some donors talked of forming a new party. Ten years later, the GOP still has not held that review, "
        "and it has lost two more races since.\n\n"
        "The party said on Monday that it would hold a convention in Denver next spring.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "hold a convention")
    # the GOP named after the donors' unnamed "new party": not that one, nor nobody
    assert speaker.name == "GOP"
    assert speaker.resolution == SpeakerResolution.description


def test_an_opening_group_description_is_the_body_its_words_name_just_below(pipeline):
    text = (
        "Water group targets candidates\n\n"
        "A national water group is demanding that the candidates for governor explain how they would protect "
        "the state's rivers.\n\n"
        "The Harlow Water Institute, founded by the engineer Dana Whitlow, will air an ad during Tuesday's "
        "debate. The ads ask the candidates to publish their plans by June.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "protect the state's rivers")
    assert speaker.name == "Harlow Water Institute"  # "water" names it; "a group" alone would not
    assert speaker.resolution == SpeakerResolution.description


def test_a_former_office_does_not_contradict_the_person_just_named(pipeline):
    text = (
        "Senator finds his cause\n\n"
        "Sen. Paul Ostrow spent his first months in the Senate looking for an issue.\n\n"
        "Ostrow visited the flooded towns of the valley in March and met the families who had lost their homes. "
        "The former congressman believes that flood insurance will define his career.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "flood insurance will define")
    assert speaker.name == "Paul Ostrow"  # a senator now, a congressman before


def test_a_bare_title_in_the_subhead_is_the_person_the_headline_names(pipeline):
    text = (
        "Calder apologizes for comments on mayor; \n"
        "Justice vows to be 'more careful' with her words.\n\n"
        "Ruth Calder regrets her comments about Mayor Dan Moss.\n\n"
        '"My remarks were ill-advised, and I regret making them," Calder said in a statement on Thursday.\n'
    )
    speaker = speaker_of(pipeline.analyze(text), "more careful")
    assert speaker.name == "Ruth Calder"  # "Justice" is her title here, not an organisation's name
    assert speaker.resolution == SpeakerResolution.description


def test_the_company_is_the_company_a_business_descriptor_names_just_before(pipeline):
    text = (
        "Shares slide as refiner reports weak quarter\n\n"
        "Stocks rose on Thursday. Harlow Systems, the software company, gained 3 percent after its "
        "results. The index was held back by a fall in the oil giant Brantley Petroleum.\n\n"
        'The company said its refining margins were "the weakest in a decade."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the weakest in a decade").name == "Brantley Petroleum"


def test_the_state_is_a_place_not_a_body_named_next_to_the_word(pipeline):
    text = (
        "Governor touts record in Senate race\n\n"
        "Gov. Ellen Marsh is running for the U.S. Senate this year against a two-term incumbent. "
        "Marsh touts her experience leading Vermont through a period of growth. She served in the "
        "state Senate for a decade.\n\n"
        'The state reported "an unemployment rate of 2.9 percent" in June.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "unemployment rate").name == "Vermont"


def test_a_body_description_written_with_an_untagged_name_is_that_name(pipeline):
    text = (
        "Donors fund holiday attack ad\n\n"
        "Senator Ana Ruiz is getting a holiday message from a big-money super PAC this week.\n\n"
        'The Liberty45 group, funded by major donors, said the ad would run "on every channel in '
        'the state."\n'
    )
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "on every channel")
    assert speaker.name is not None and speaker.name.endswith("Liberty45")
    assert speaker.kind == "organisation"


def test_the_commission_is_a_public_body_named_in_lower_case_by_its_place(pipeline):
    text = (
        "Ballot challenge rejected\n\n"
        "Two voters had challenged the senator's place on the primary ballot. A Vermont ballot "
        "commission heard the case in January.\n\n"
        'In rejecting the challenge, the commission said "a court should settle the matter."\n\n'
        'The commission added that a ruling "would be helpful to every voter."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "a court should settle").name == "Vermont ballot commission"
    assert speaker_of(record, "helpful to every voter").name == "Vermont ballot commission"


def test_the_commission_stays_unnamed_when_the_article_gives_it_no_place(pipeline):
    text = (
        "Ballot challenge rejected\n\n"
        "Two voters had challenged the senator's place on the primary ballot. A commission heard the "
        "case in January.\n\n"
        'The commission said "a court should settle the matter."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "a court should settle").name is None


def test_a_role_description_is_not_the_person_its_own_sentence_names_as_someone_else(pipeline):
    text = (
        "The troubled chairman\n\n"
        "Senator Dale Ortiz won the Republican nomination in June and has since held rallies in "
        "every state. Ortiz named Frank Keller his campaign chairman. Ortiz praised him often.\n\n"
        "Keller is now on the losing end of a power struggle in the Ortiz camp.\n\n"
        'The Republican nominee has not stepped forward to defend Keller, saying only that "the '
        'campaign is bigger than one man."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "bigger than one man").name == "Dale Ortiz"


def test_a_readout_speaks_for_the_body_named_on_it(pipeline):
    text = (
        "Defence chiefs confer after missile test\n\n"
        "Defence Secretary Ana Ruiz spoke with her counterpart on Tuesday \"to discuss the alliance's "
        'response to the test," according to a Pentagon readout.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "alliance's response").name == "Pentagon"


def test_a_definite_document_is_the_persons_document_named_just_before(pipeline):
    text = (
        "Lawyer's filing turns the case\n\n"
        "Defence lawyer Martin Greaves answered the prosecution on Friday. Greaves set out his "
        "case in his written reply to the state's sentencing memo.\n\n"
        'This document, now public, says the charges were "built on a misreading of the law."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "misreading of the law").name == "Martin Greaves"


def test_a_definite_document_after_a_document_of_nobody_stays_unresolved(pipeline):
    text = (
        "Lawyer's filing turns the case\n\n"
        "Defence lawyer Martin Greaves answered the prosecution on Friday. A long reply was filed "
        "with the court.\n\n"
        'This document, now public, says the charges were "built on a misreading of the law."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "misreading of the law").name != "Martin Greaves"


def test_a_news_report_is_the_outlet_named_just_after(pipeline):
    text = (
        "Minister used private phone for state business\n\n"
        "DUNMORE (AP) — A news report published Tuesday said Interior Minister Ana Ruiz used a "
        "private phone \"for most of her official calls\" during her first year.\n\n"
        "The Dunmore Ledger reported it had obtained call logs covering eleven months.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "for most of her official calls").name in ("The Dunmore Ledger", "Dunmore Ledger")


def test_a_public_title_after_one_sentence_naming_nobody_is_the_person_before(pipeline):
    text = (
        "Long days on the trail\n\n"
        "HARLOW - When Dale Ortiz learned he had lost his place in the debate, he was on his 40th "
        "day of campaigning in the state. Another crowded diner, another long town hall. Sooner or "
        'later, the Vermont governor told reporters, "it all pays off."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "it all pays off").name == "Dale Ortiz"


def test_a_public_title_after_a_sentence_naming_someone_else_is_not_the_person_before(pipeline):
    text = (
        "Long days on the trail\n\n"
        "HARLOW - When Dale Ortiz learned he had lost his place in the debate, he was on his 40th "
        "day of campaigning in the state. Reporters asked Ana Ruiz about it. Sooner or "
        'later, the Vermont governor told reporters, "it all pays off."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "it all pays off").name != "Dale Ortiz"


def test_a_statement_a_campaign_issued_speaks_for_that_campaign(pipeline):
    text = (
        "Candidate's remark draws fire\n\n"
        "Senator Dale Ortiz told a rally on Tuesday that the plan would fail.\n\n"
        "Minutes later, the Ortiz campaign issued a statement saying the senator \"meant the "
        'plan as written, not its authors."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "meant the plan as written").name == "Ortiz campaign"



# (what the case guards, article, a snippet of the quote's content, the speaker's name)
TWELFTH_SESSION_CASES = [
    (
        # Only "PAC" is tagged in "Priorities Ahead, a pro-Ruiz super PAC,": the apposition
        # describes the speaker, it is not another entity's name; the speaker is named as written
        "a_name_the_recogniser_missed_is_not_replaced_by_super_pac_in_apposition",
        "Ad war heats up\n\nThe ad aired on Monday in three states. Democrats said it was unfair to Ruiz. "
        'Priorities Ahead, a pro-Ruiz super PAC, emailed a link to the video with one line: "This is not OK."\n',
        "This is not OK",
        "Priorities Ahead",
    ),
    (
        # the speaker span stops at "and"; the name it belongs to ends the conjunction
        "two_titles_joined_by_and_before_a_name_are_that_persons",
        "Harbor plan advances\n\nThe council backed the harbor plan on Monday. \"It is a good day for "
        'Dunmore," said former Harlow Mayor and Port Authority Chairman Victor Okafor.\n',
        "good day for Dunmore",
        "Victor Okafor",
    ),
    (
        # no report was named before, but an investigation was, with its author: its report
        "the_report_after_an_investigation_named_with_its_author_is_the_authors",
        "Harbor deals questioned\n\nThe Harlow Ledger's lengthy investigation into the port authority has "
        "renewed calls for an audit. The report published Tuesday showed that half of the authority's "
        "contracts went to donors.\n",
        "half of the authority",
        "Harlow Ledger",
    ),
]


@pytest.mark.parametrize(
    ("article", "snippet", "name"),
    [case[1:] for case in TWELFTH_SESSION_CASES],
    ids=[case[0] for case in TWELFTH_SESSION_CASES],
)
def test_speaker_named(pipeline, article, snippet, name):
    assert speaker_of(pipeline.analyze(article), snippet).name == name


def test_an_epithet_is_the_person_just_named(pipeline):
    # "legend" is no title or occupation the article gave Walden: still the one just named
    text = (
        "Football star backs mayor\n\n"
        "Not everyone in Dunmore is behind the mayor. Just ask former football star Herschel Walden. "
        "Walden spent ten seasons with the Dunmore Rams before he retired.\n\n"
        'The football legend said the mayor "kept every promise he made to this town."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "kept every promise").name == "Herschel Walden"


def test_an_age_is_the_person_just_named(pipeline):
    text = (
        "Ruiz takes the stage\n\n"
        "Ana Ruiz walked on stage to loud applause on Monday night. She thanked the crowd for "
        'coming. "I never thought I would see this day," said the 52-year-old.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "never thought I would").name == "Ana Ruiz"


def test_an_epithet_is_the_topic_person_when_named_far_more_than_anyone(pipeline):
    # Carrow is the story's subject and the one a pronoun here would take, though the sentence
    # before names someone else
    text = (
        "Carrow slides in new poll\n\n"
        "Ben Carrow has lost half his support in a month. Carrow led the field in October, and "
        "Carrow still draws large crowds. Carrow told supporters on Monday that the polls were "
        "wrong. His campaign manager, Tim Olsen, resigned on Tuesday.\n\n"
        'The retired surgeon said the campaign "has never been stronger."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "has never been stronger").name == "Ben Carrow"


def test_an_epithet_introduced_unnamed_is_no_named_person(pipeline):
    # "an organizer" brought in without a name: "the organizer" is that one, not Carrow
    text = (
        "Carrow rallies volunteers\n\n"
        "Ben Carrow spoke to volunteers in Dunmore on Monday. Carrow thanked them, and Carrow "
        "promised to return. Carrow left before noon. The volunteers were greeted by an organizer "
        "at the field office.\n\n"
        '"You are the most effective messengers," the organizer said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "most effective messengers").name != "Ben Carrow"


def test_a_lawsuit_speaks_for_whoever_sues_not_their_lawyer(pipeline):
    text = (
        "Harbor Party to sue Dunmore over polling places\n\n"
        "The Harbor Party will sue the city of Dunmore over the closing of polling places, the "
        "party said on Thursday.\n\n"
        'The city\'s cuts caused "inexcusable burdens on voters," the lawsuit says.\n\n'
        "Marc Ellison, an elections lawyer for the party, is suing on its behalf. The lawsuit "
        'asks the court to "restore every polling place that was closed."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "inexcusable burdens").name == "Harbor Party"
    assert speaker_of(record, "restore every polling").name == "Harbor Party"


def test_a_document_put_out_by_someone_in_the_passive_is_theirs(pipeline):
    text = (
        "Tenants take landlord to court\n\n"
        "A lawsuit was filed by the Dunmore Tenants Union on Monday against the city's largest "
        "landlord. The landlord did not return calls.\n\n"
        '"No family should pay more for less," the suit says.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "pay more for less").name == "Dunmore Tenants Union"


def test_a_church_and_a_tabloid_are_the_body_of_that_type(pipeline):
    text = (
        "Crash victims mourned\n\n"
        "Monique Darle, a member of the Living Church of Dunmore, was flying to visit her daughter. "
        '"She was a pillar of our community," the church said in a statement.\n\n'
        "Mayor Tom Berger told the Dunmore Daily News on Friday that the airport was safe. "
        '"The mayor is hiding from the truth," the tabloid wrote the next day.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "pillar of our community").name == "Living Church of Dunmore"
    assert speaker_of(record, "hiding from the truth").name == "Dunmore Daily News"


def test_a_pollster_the_recogniser_read_as_a_title_is_still_the_polls_author(pipeline):
    # the small model tags pollsters' names as works of art now and then ("Morning Consult"):
    # such a name, written before the document noun, is still its author as written
    from spacy.tokens import Span

    from newsmine.nlp.entities import cluster_entities
    from newsmine.nlp.speakers import SpeakerResolver

    doc = pipeline.nlp("Ruiz gains\n\nThe Morning Consult poll showed that Ana Ruiz had gained six points.\n")
    start = next(t.i for t in doc if t.text == "Morning")
    doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 2] + [Span(doc, start, start + 2, "WORK_OF_ART")]
    poll = next(t for t in doc if t.text == "poll")
    resolution = SpeakerResolver(doc, cluster_entities(doc)).resolve(doc[start - 1 : poll.i + 1])
    assert resolution.name == "Morning Consult"


def test_a_role_is_the_office_holder_just_named_when_the_prominent_one_holds_an_office_too(pipeline):
    # Ruiz is named far more often, but she is the president, no more the candidate than Lee
    text = (
        "Ruiz signs port order\n\n"
        "President Ana Ruiz signed an order on the port on Tuesday. Ruiz said the port would open in "
        "May. Ruiz thanked the workers, and Ruiz promised more jobs. Ruiz left for Dunmore after the "
        "signing, and aides said Ruiz would return on Friday.\n\n"
        "In Akron, Sen. Tom Lee told reporters that the president's order was a mistake. Lee says he "
        "supports the port but that the president's plan will not help it. The Republican "
        'presidential candidate said the order "will cost this state thousands of jobs."\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "will cost this state").name == "Tom Lee"


def test_a_summary_or_a_note_speaks_for_its_author(pipeline):
    text = (
        "Port inquiry finds lapses\n\n"
        "The Dunmore Harbor Authority released a summary of its inquiry on Monday. Investigators "
        'interviewed 40 workers. "Safety checks were skipped for months," the summary said.\n\n'
        "On his office wall, the columnist Mark Sanger has a framed, handwritten note from Tom Berger. "
        '"Mark, you are a total loser!" the note reads.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Safety checks were skipped").name == "Dunmore Harbor Authority"
    assert speaker_of(record, "a total loser").name == "Tom Berger"


def test_a_document_sent_from_someone_named_in_apposition_is_theirs(pipeline):
    text = (
        "Chess club closes\n\n"
        "The Dunmore Chess Club will close in June. An email was sent from the club's executive "
        'director, Ana Velez, to the members. "We are going to wind down the club," the email said.\n'
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "wind down the club").name == "Ana Velez"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hollis's most ardent fans said the rally had been worth the drive.",
        "Hollis fans said the rally had been worth the drive.",
        "Mark Hollis's rivals said the rally had been worth the drive.",
    ],
)
def test_the_fans_or_rivals_of_a_named_man_are_unnamed_not_the_man(pipeline, sentence):
    # The people of a possessor or of a name used as a modifier are not that person: the
    # gold's convention is null for "Lee's opponents", never Lee.
    text = f"Hollis rallies the harbour towns\n\nMark Hollis spoke in Dunmore on Monday.\n\n{sentence}\n"
    record = pipeline.analyze(text)
    speaker = speaker_of(record, "worth the drive")
    assert speaker.name != "Mark Hollis"
