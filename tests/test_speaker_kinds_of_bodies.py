"""A body written only by its kind ("police said", "Brazilian police said", "Neither company
commented") names no body: it is a speaker of its kind with no name, as the study samples
annotate it (session 56, speaker56), not a body called "Police". Written with a proper noun or
"the" and a nation ("Dayton police", "the Obama administration", "the Austrian foreign
ministry"), or in a headline's capitals, its words stay the name. So too a party's plural after
a common word that says which members ("veteran Republicans", "frustrated Democrats"): some of
its members, not the party ("House Republicans", "Iowa Democrats" stay the party).

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from newsmine.records import SpeakerKind
from tests.conftest import speaker_of


def test_police_with_no_force_named_have_no_name(pipeline):
    text = (
        "Girl hurt outside arena\n\n"
        "A 14-year-old girl was hurt outside the arena on Tuesday night, police said.\n\n"
        "Police said the girl was taken to a hospital and released.\n"
    )
    record = pipeline.analyze(text)
    for words in ("girl was hurt", "taken to a hospital"):
        speaker = speaker_of(record, words)
        assert speaker.text.lower() == "police"
        assert speaker.name is None and speaker.kind == SpeakerKind.organisation


def test_police_of_a_nationality_have_no_name(pipeline):
    text = (
        "Swimmer charged over robbery story\n\n"
        "Brazilian police charged the swimmer on Thursday with filing a false report.\n\n"
        "Brazilian police said the swimmer had invented the robbery.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "invented the robbery")
    assert speaker.name is None


def test_neither_company_is_no_company_called_so(pipeline):
    text = (
        "Chip makers in merger talks\n\n"
        "Two chip makers are in talks about a merger, people familiar with the matter said. "
        "Neither company commented on the report.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "the report")
    assert speaker.name is None


# --- near misses: the body's words still name it --------------------------------------------


def test_police_of_a_named_town_keep_the_name(pipeline):
    text = (
        "Two men held after chase\n\n"
        "Dayton police said the two men were armed when officers stopped their car.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "were armed")
    assert speaker.name == "Dayton police"


def test_a_presidents_administration_keeps_its_name(pipeline):
    text = (
        "Rule on coal plants delayed\n\n"
        "The Obama administration said it would delay the rule on coal plants until next year.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "delay the rule")
    assert speaker.name == "Obama administration"


def test_a_body_in_a_headlines_capitals_keeps_its_name(pipeline):
    # capitals hide the proper nouns' tags: a headline's team stays the team it names
    text = (
        "Morning briefing\n\nThe games open on Friday.\n\n"
        "CANADIAN OLYMPIC TEAM REFUSES TO MOVE INTO VILLAGE The team said its rooms had no water.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "TO MOVE INTO VILLAGE").name == "CANADIAN OLYMPIC TEAM"
    assert speaker_of(record, "rooms had no water").name == "CANADIAN OLYMPIC TEAM"


# --- a party's plural after a word saying which of its members: those members, not the party ---


def _party_speaker(pipeline, group: str):
    text = (
        "Tax plan splits the party\n\n"
        "The plan would cut rates for most families. A strong showing in the vote could help the "
        f"governor, {group} said on Monday.\n"
    )
    return speaker_of(pipeline.analyze(text), "strong showing")


def test_veteran_republicans_are_some_members_not_the_party(pipeline):
    speaker = _party_speaker(pipeline, "veteran Republicans")
    assert speaker.name != "Republican Party" and speaker.kind == SpeakerKind.anonymous


def test_frustrated_democrats_are_some_members_not_the_party(pipeline):
    speaker = _party_speaker(pipeline, "frustrated Democrats")
    assert speaker.name != "Democratic Party" and speaker.kind == SpeakerKind.anonymous


def test_republicans_alone_are_the_party(pipeline):
    # the near misses: no word before, "the", or a name before ("House", "Iowa") say the party
    for group, party in (("Republicans", "Republican Party"), ("the Republicans", "Republican Party"),
                         ("House Republicans", "Republican Party"), ("Iowa Democrats", "Democratic Party")):
        assert _party_speaker(pipeline, group).name == party, group


def test_a_party_hung_on_the_noun_before_it_is_still_the_party(pipeline):
    # the parse reads "a tactic Democrats" as one phrase: "tactic" is no word for some members
    text = (
        "Groups target two senators\n\n"
        "Two liberal groups rolled out radio advertisements tying the senators to the governor, "
        "a tactic Democrats hope will dampen support for both men in the fall.\n"
    )
    assert speaker_of(pipeline.analyze(text), "dampen support").name == "Democratic Party"


def test_a_party_hung_on_the_noun_after_the_is_still_the_party(pipeline):
    # review56: "the" before the noun the parse hung the party on; the party's verb runs straight
    # on into a clause with no subject ("say will win"): a relative clause, the party speaking
    for sentence in (
        "It is the tactic Democrats say will win the House.",
        "Two groups tied the senators to the governor, the tactic Democrats hope will dampen support for both men.",
    ):
        text = f"Race tightens\n\nThe party has a new ad. {sentence}\n"
        assert speaker_of(pipeline.analyze(text), "will").name == "Democratic Party", sentence


def test_described_members_with_no_gap_after_their_verb_are_still_some_members(pipeline):
    # near misses of the guard above: the clause after the verb has a subject of its own, or is
    # set off by a comma and quotation marks (an imperative has no subject, but is no gap)
    for sentence, words in (
        ("The plan was sent back, and the veteran Republicans say the plan will fail.", "the plan will fail"),
        ("The plan was sent back. The veteran Republicans say they will fight it.", "they will fight it"),
        ('The plan was sent back, and frustrated Democrats said, "Go home and rest."', "Go home"),
    ):
        speaker = speaker_of(pipeline.analyze(f"Budget fight\n\n{sentence}\n"), words)
        assert speaker.name not in ("Republican Party", "Democratic Party"), sentence
        assert speaker.kind == SpeakerKind.anonymous, sentence


@pytest.mark.xfail(
    strict=True,
    reason="review56: at a sentence's start the tagger reads the capitalised qualifier ('Veteran') as a "
    "proper noun (NNP, compound), as it reads 'House' in 'House Republicans'; _described_members needs a "
    "lower-case word, and telling the two apart would need a list of the names of houses, states and bodies. "
    "xfail57: on train the sentence-opening qualified plurals the records hold ('Leading Democrats', 'Gay "
    "Republicans', 'Establishment Republicans', 'Congressional Republicans') are all some members already; the "
    "tagger's proper-noun reading of 'Veteran' was not seen there",
)
def test_described_members_at_a_sentences_start_are_some_members(pipeline):
    text = "Budget fight\n\nThe plan was sent back on Monday. Veteran Republicans said the plan would fail.\n"
    speaker = speaker_of(pipeline.analyze(text), "the plan would fail")
    assert speaker.name != "Republican Party" and speaker.kind == SpeakerKind.anonymous


# --- a bare kind word where the article names bodies of that kind (session 56, police56) ------


def test_police_after_the_one_force_named_are_that_force(pipeline):
    text = (
        "Man held after robbery\n\n"
        "A man was arrested on Monday after a robbery at a bank, the Dayton Police Department said.\n\n"
        "The man, 34, had a knife when officers found him, police said.\n\n"
        "Police said no one was hurt in the robbery.\n"
    )
    record = pipeline.analyze(text)
    for words in ("had a knife", "no one was hurt"):
        assert speaker_of(record, words).name == "Dayton Police Department", words


def test_police_where_two_forces_are_named_have_no_name(pipeline):
    # which of the two spoke is not said: not the one named last
    text = (
        "Chase crosses county line\n\n"
        "Officers of the Dayton Police Department and the Kettering Police Department chased a car "
        "on Monday.\n\n"
        "The driver was stopped near a school, police said.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "stopped near a school")
    assert speaker.name is None and speaker.kind == SpeakerKind.organisation


def test_police_where_no_force_is_named_stay_unnamed_beside_a_company(pipeline):
    # a company named is no police force
    text = (
        "Warehouse fire\n\n"
        "A fire broke out on Sunday at a warehouse owned by Acme Corp.\n\n"
        "Police said the fire was set on purpose.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "set on purpose")
    assert speaker.name is None


def test_neither_company_where_two_are_named_has_no_name(pipeline):
    text = (
        "Chip makers in merger talks\n\n"
        "Acme Corp. and Brightline Systems Inc. are in talks about a merger, people familiar with "
        "the matter said.\n\n"
        "Neither company commented on the report.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "the report")
    assert speaker.name is None


def test_a_headlines_police_are_the_force_the_body_names(pipeline):
    text = (
        "Police Say Man Shot Outside Bar Had A Gun\n\n"
        "A man was shot outside a bar on Main Street early Sunday, the Dayton Police Department "
        "said on Monday.\n"
    )
    assert speaker_of(pipeline.analyze(text), "Had A Gun").name == "Dayton Police Department"


# --- a bare 'police' with a place beside it (session 56, review56e) ----------------------------

_DAYTON_LEAD = (
    "Robbery suspect sought\n\n"
    "The Dayton Police Department said a man was arrested on Monday after a robbery at a bank on "
    "Main Street.\n\n"
)


@pytest.mark.parametrize(
    ("follow", "name"),
    [
        # another place's police: not the one force named (police56's fallback took it)
        ("Kettering police said the suspect had fled north.", "Kettering police"),
        # (the description rules took the force named last)
        ("Police in Kettering said the suspect had fled north.", "Police in Kettering"),
        # the place's own force, named further down, not the force named first
        (
            "Kettering police said the suspect had fled north.\n\nThe Kettering Police Department asked for help.",
            "Kettering Police Department",
        ),
        # near misses: the place's force is the one named; no place beside the word
        ("Dayton police said the suspect had fled north.", "Dayton Police Department"),
        ("Police in Dayton said the suspect had fled north.", "Dayton Police Department"),
        ("Police said the suspect had fled north.", "Dayton Police Department"),
        ("Police in the city said the suspect had fled north.", "Dayton Police Department"),
        ("Police in March said the suspect had fled north.", "Dayton Police Department"),  # a month
    ],
    ids=["place-police-other", "police-in-other", "other-named-later", "place-police-same", "police-in-same",
         "bare", "in-the-city", "in-a-month"],  # fmt: skip
)
def test_police_with_a_place_beside_them_are_that_places_force(pipeline, follow, name):
    speaker = speaker_of(pipeline.analyze(_DAYTON_LEAD + follow + "\n"), "had fled north")
    assert speaker.name == name and speaker.kind == SpeakerKind.organisation


def test_police_in_a_place_with_no_force_named_keep_their_words(pipeline):
    # as "Cologne police" (speaker56): the place says which body, though not its name
    text = "Park attack\n\nA man attacked two people in a park on Sunday.\n\nPolice in Cologne said the man had been arrested.\n"
    assert speaker_of(pipeline.analyze(text), "had been arrested").name == "Police in Cologne"


@pytest.mark.parametrize(
    "follow, name",
    [
        # another kind of force, no place written with it (review56e; force56): its words
        ("Military police said the suspect had fled north.", "Military police"),
        ("State police said the suspect had fled north.", "State police"),
        ("Federal police said the suspect had fled north.", "Federal police"),
        ("Border police said the suspect had fled north.", "Border police"),
        ("The suspect had fled north, state police said.", "state police"),
        # near misses: the place's own force; a named force holding "State Police"; no qualifier
        ("Dayton police said the suspect had fled north.", "Dayton Police Department"),
        ("The Ohio State Police said the suspect had fled north.", "Ohio State Police"),
        ("Local police said the suspect had fled north.", "Dayton Police Department"),
        ("The suspect had fled north, police said.", "Dayton Police Department"),
    ],
    ids=["military", "state", "federal", "border", "state-lower", "same-place", "named-state-police", "local", "bare"],
)
def test_police_of_another_kind_are_not_the_city_force_named(pipeline, follow, name):
    speaker = speaker_of(pipeline.analyze(_DAYTON_LEAD + follow + "\n"), "had fled north")
    assert speaker.name == name and speaker.kind == SpeakerKind.organisation


@pytest.mark.parametrize(
    "union",
    [
        "The Police Benevolent Association praised the officers on Tuesday.",
        "The Fraternal Order of Police praised the officers on Tuesday.",
        "The Dayton Police Officers Association praised the officers on Tuesday.",
    ],
    ids=["benevolent", "fraternal", "place-association"],
)
def test_police_are_not_a_police_union_named_after_the_force(pipeline, union):
    # the officers' union is no force (review56e; force56): "Police said" is still the force named
    text = _DAYTON_LEAD + union + "\n\nPolice said the suspect had fled north.\n"
    assert speaker_of(pipeline.analyze(text), "had fled north").name == "Dayton Police Department"


def test_a_police_union_speaking_is_still_the_union(pipeline):
    # near miss: the union, named as it speaks, keeps its name
    text = _DAYTON_LEAD + "The Police Benevolent Association said the officers had acted properly.\n"
    assert speaker_of(pipeline.analyze(text), "acted properly").name == "Police Benevolent Association"


# xfail57: a county's police (session 56's noticed faults). A lower-case "county police" in mid-sentence
# took the city force named (only "County police" opening a sentence, tagged a proper noun, was read
# as a place's police), and "Montgomery County police" was written "County police" or went to another
# county's sheriff's office: the place's word was "County" alone, which any county's force holds.
# review57: a word placing the place before its name ("Suburban Kettering police", tagged a proper
# noun as it opens the sentence) is no word of the force's name; before "county" it picks another
# county, so "neighboring county police" is not the county force named. review57d: a capitalised
# point of the compass or 'Central' opens a place's own name ("Northern Virginia", "Central
# Falls"), not a word placing the place after it: review57's describers skipped it, so the
# Virginia State Police or the Cuyahoga Falls Police Department took these.
_SHERIFF_LEAD = _DAYTON_LEAD.replace("The Dayton Police Department", "The Montgomery County Sheriff's Office")
_KETTERING_LEAD = _DAYTON_LEAD.replace("The Dayton Police Department", "The Kettering Police Department")
_STATE_LEAD = _DAYTON_LEAD.replace("The Dayton Police Department", "The Virginia State Police")
# (after _DAYTON_LEAD's 'The Cuyahoga Falls Police Department said a man was arrested', the
# tagger reads "Central Falls" as a nationality and the force named takes it, as on c9fef787)
_FALLS_LEAD = (
    "Man held after chase\n\nA man was arrested on Sunday after a car chase, the Cuyahoga Falls Police Department "
    "said.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "follow", "name"),
    [
        (_DAYTON_LEAD, "The suspect had fled north, county police said.", "county police"),
        (_DAYTON_LEAD, "Montgomery County police said the suspect had fled north.", "Montgomery County police"),
        (_SHERIFF_LEAD, "Greene County police said the suspect had fled north.", "Greene County police"),
        (_KETTERING_LEAD, "Suburban Kettering police said the suspect had fled north.", "Kettering Police Department"),
        # near misses: the one county force named; a city's police are the city's force; a word
        # placing a named place is none of its name; a described county is another county
        (_SHERIFF_LEAD, "The suspect had fled north, county police said.", "Montgomery County Sheriff's Office"),
        (
            _SHERIFF_LEAD,
            "Montgomery County police said the suspect had fled north.",
            "Montgomery County Sheriff's Office",
        ),
        (_DAYTON_LEAD, "The suspect had fled north, city police said.", "Dayton Police Department"),
        (_KETTERING_LEAD, "The suspect had fled north, nearby Kettering police said.", "Kettering Police Department"),
        (_SHERIFF_LEAD, "The suspect had fled north, neighboring county police said.", "neighboring county police"),
        (_SHERIFF_LEAD, "The suspect had fled north, nearby Greene County police said.", "Greene County police"),
        (_STATE_LEAD, "Northern Virginia police said the suspect had fled north.", "Northern Virginia police"),
        (_STATE_LEAD, "The suspect had fled north, Northern Virginia police said.", "Northern Virginia police"),
        (_FALLS_LEAD, "Central Falls police said the suspect had fled north.", "Central Falls police"),
        # near miss: a lower-case part of a city is still the city's force
        (_DAYTON_LEAD, "The suspect had fled north, northern Dayton police said.", "Dayton Police Department"),
    ],
    ids=[
        "county-lower", "county-named-whole", "another-county", "suburban-opening", "the-county-force", "same-county",
        "city", "nearby", "neighboring-county", "nearby-another-county", "region-opening", "region-inside",
        "town-named-central", "part-of-a-city",
    ],  # fmt: skip
)
def test_a_place_beside_police_picks_its_force(pipeline, lead, follow, name):
    speaker = speaker_of(pipeline.analyze(lead + follow + "\n"), "had fled north")
    assert speaker.name == name and speaker.kind == SpeakerKind.organisation


@pytest.mark.xfail(
    strict=True,
    reason="review57d: a lower-case region of a state ('western Pennsylvania') is read as the state, and the "
    "state's own force the article names takes its local police; telling a region of a state from a part of a "
    "city ('northern Dayton police' are Dayton's) needs to know which places are states",
)
def test_a_region_of_a_state_is_not_the_state_police(pipeline):
    lead = _DAYTON_LEAD.replace("The Dayton Police Department", "The Pennsylvania State Police")
    record = pipeline.analyze(lead + "The suspect had fled north, western Pennsylvania police said.\n")
    speaker = speaker_of(record, "had fled north")
    assert speaker.name != "Pennsylvania State Police"
