"""Named sources: the speaker is the name the sentence gives, however the parse cut it — a
document put out or conducted by a named author, a name before a parenthesis or a participle set
off by commas, a name after a title of several words. Articles
written for these tests (names invented); the parses they rely on were observed with
en_core_web_sm 3.8.0."""

from __future__ import annotations

import pytest

from tests.test_entity_names import _speaker_names

# (article, a (speaker as written, name) the record must hold)
CASES = {
    "a statement a named campaign issued speaks for the campaign": (
        "Okafor remark draws fire\n\n"
        'Daniel Okafor spoke in Wilmington on Tuesday. "It was a joke," Okafor said.\n\n'
        "Minutes later, the Okafor campaign issued a statement saying that Okafor meant people who "
        "support the measure are unified and will vote together.",
        ("the Okafor campaign", "Okafor campaign"),
    ),
    "a press release a campaign sent out speaks for it": (
        "Senate race turns to health\n\n"
        "Patrick Lomax held a conference call. Marta Reyes spoke too.\n\n"
        "Shortly after the call ended, Reyes’s campaign sent out a press release saying Lomax owes "
        "“Florida an explanation for voting against the funding.”",
        ("Reyes’s campaign", "Reyes campaign"),
    ),
    "a document by a body named in apposition speaks for that body, not the latest one of its kind": (
        "Overtime rule expands\n\n"
        "Merton Motors cut overtime pay last year.\n\n"
        "A projection by the consulting firm Oxbridge Economics, prepared for a retail trade group, "
        "predicted that many workers would see their hourly rates cut.",
        ("A projection", "Oxbridge Economics"),
    ),
    "a relative pronoun after a description a participle names speaks for that name": (
        "Rally in the rain\n\n"
        "The senator was rallying for a 68-year-old economist named Carl Brandt, who is running for "
        'Congress and who worked the crowd, praising "the senator\'s genuineness and indisputable '
        'integrity" as he promised to expand Social Security.',
        ("who", "Carl Brandt"),
    ),
    "results of a poll speak for who conducted the poll": (
        "Ruiz wins the north\n\n"
        "Ruiz won her home state. According to early results of the exit poll conducted by Harlow "
        "Research for the Associated Press and television networks, Ruiz led among older voters.",
        (
            "early results of the exit poll conducted by Harlow Research for the Associated Press and television networks",
            "Harlow Research",
        ),
    ),
    "excerpts of a speech speak for who released them": (
        "President to frame the election\n\n"
        '"Nothing truly prepares you for the demands of the office," the two-term president will say, '
        "according to excerpts of his speech released by the White House.",
        ("excerpts of his speech released by the White House", "White House"),
    ),
    "a name before a parenthesis is the subject the parse lost": (
        "A mission after the shooting\n\n"
        "Few politicians would admit this, but Sen. Ana Ruiz (a Porto Democrat so young she has been "
        'mistaken for an intern) says she was "shaken to the core."',
        ("Sen. Ana Ruiz", "Ana Ruiz"),
    ),
    "a name after said and a title of several words is the speaker": (
        "Port board delays vote\n\n"
        '"They are playing games with the schedule," said Oversight ranking Democrat Elijah '
        'Cummings (D-Md.). "The public deserves a vote."\n\n'
        "The board meets again next week.",
        ("Democrat Elijah Cummings", "Elijah Cummings"),  # not "Oversight"
    ),
    "data available from a body speak for it": (
        "Crime in Harlow\n\n"
        "In 2014, Harlow had 115 instances of violent crime, according to the most recent data available "
        "from the FBI. The agency declined to comment.",
        ("the most recent data available from the FBI", "FBI"),
    ),
    "reports a person filed speak for the person": (
        "Lobbying questions\n\n"
        "Douglas Brenner met State Department officials on behalf of Mr. Pinto to discuss the crisis, "
        "according to reports Mr. Brenner filed as a registered lobbyist.",
        ("reports", "Douglas Brenner"),
    ),
    "a readout named after a body speaks for it": (
        "Allies respond\n\n"
        'Carter spoke with his counterpart "to discuss potential alliance responses to the recent '
        'nuclear test," according to a Pentagon readout.',
        ("a Pentagon readout", "Pentagon"),
    ),
    "a name before a participle set off by commas speaks": (
        "Ruiz weighs in\n\n"
        "But Sen. Ana Ruiz (D-Porto), noting the size of the crowd, said, "
        '"Let me tell you, this movement is not going away."',
        ("Sen. Ana Ruiz", "Ana Ruiz"),
    ),
    "a state before a participle set off by commas speaks, though the parse hangs it on the day": (
        "Grazing rules\n\n"
        "Officials in Columbus said little. On Monday, Ohio, joined by nine other states, urged an "
        "appeals court to halt the new grazing rules.",
        ("Ohio", "Ohio"),
    ),
    "a headline's name before its verb speaks, not the name after it": (
        # "Endorses" in title case is read as part of one long name whose head is "Ray Ortiz"
        "Dana Whitlock Endorses Ray Ortiz: I Am ‘Thrilled’ By His Plan\n\n"
        "Dana Whitlock threw her support behind Sen. Ray Ortiz (R-Texas) on Wednesday, saying she is "
        'thrilled by his plan. "He is a fighter," Whitlock said.',
        ("Dana Whitlock Endorses Ray Ortiz", "Dana Whitlock"),
    ),
    "a headline's name before its verb speaks, however the recogniser cut it": (
        "Carla Fennimore Endorses Ted Vance: I Am ‘Horrified’ By Donald Trump\n\n"
        "Carla Fennimore threw her support behind Sen. Ted Vance (R-Texas) on Wednesday, saying she is "
        'horrified by Donald Trump. "He is a fighter," Fennimore said.',
        ("Carla Fennimore Endorses Ted Vance", "Carla Fennimore"),
    ),
    "a word of a name the tagger reads as a verb is no verb after a name": (
        'Poll shows a gap\n\n"People feel that they are not wanted," said Latino Decisions researcher '
        "Ana Quintero.",
        ("Latino Decisions researcher Ana Quintero", "Ana Quintero"),
    ),
    "a role word only the headline's title case capitalises names no other person": (
        # "Donor" is capitalised by the headline alone: "Ostrowski" is Miriam Ostrowski
        "Democratic Donor Ostrowski and Ruiz May be Aligning on Trade.\n\n"
        "LONDON (Reuters) – Top Democratic Party donor Miriam Ostrowski said on Friday she met "
        "presidential candidate Ana Ruiz earlier this week and that the two broached the issue at the "
        "heart of Ostrowski’s political agenda: support for free trade.",
        ("Democratic Donor Ostrowski", "Miriam Ostrowski"),
    ),
    "a person named inside a campaign's mention owns it, not the latest candidate": (
        # the parse hangs "Ortiz" on "presidential", not on "campaign"
        "Union fight\n\nMaria Lopez won the union's support on Monday. The Dan Ortiz presidential "
        "campaign said the vote was rigged.",
        ("The Dan Ortiz presidential campaign", "Ortiz campaign"),
    ),
    "a campaign named by a word no entity holds is named so, not the latest candidate's": (
        "Union fight\n\nMaria Lopez won the union's support on Monday. The Fair4All campaign on "
        "Tuesday released a video saying the vote was rigged.",
        ("The Fair4All campaign", "Fair4All"),
    ),
    "a hyphenated name the parse headed on its last part keeps its first part": (
        # the tokenizer splits "Tek-III" at the hyphen and the speaker's phrase is "III" alone
        "Retailer under fire\n\nThe clothing line is made by Tek-III, a Boston apparel company, which "
        "also makes coats. Tek-III did not respond to repeated requests for comment on the policy.",
        ("III", "Tek-III"),
    ),
    "two subjects of one verb joined by 'and' the parse left apart are one conjunction": (
        # the parse makes both names subjects of "announced" and hangs "and" on the first;
        # the gold's convention for a conjunction is its first named member; since sources65
        # (loose_conjuncts) the speaker as written is that member too, not only its name, with
        # the party's parenthesis closed (phrases._opens_a_parenthesis; checked by hand)
        "Caucus night\n\nSenator Dana Lee won by four points.\n\nFormer Maryland Gov. Ada Moss (D) "
        "and former Ohio Gov. Ray Tull (R) announced they will suspend their campaigns.",
        ("Former Maryland Gov. Ada Moss (D)", "Ada Moss"),
    ),
    "a description in apposition after a second name is that name's, not the first's": (
        # the parse hangs both "Whitcombe" and "head of …" on "Clinton" and gives "described" no
        # subject; the description belongs to the name right before it (names19)
        "Emails show donor worries\n\nGovernor Ellen Clinton released 300 emails on Friday. One from "
        "Mara Whitcombe, an old ally, shows that donors were uneasy.\n\nIn a 2019 note to Clinton, "
        "Whitcombe, head of the Center for Urban Policy, described a tense meeting with two donors.",
        ("head of the Center for Urban Policy", "Mara Whitcombe"),
    ),
    "a campaign after a possessive the recogniser left untagged is its candidate's": (
        # "Ortiz" before the bare apostrophe is tagged nowhere in that sentence
        "Union fight\n\nMaria Lopez won the union's support on Monday over Dan Ortiz. Ortiz’ campaign "
        "launched a $1.5 million ad buy saying the vote was rigged.",
        ("Ortiz’ campaign", "Ortiz campaign"),
    ),
    "a conjunction of people each after their party is its first person's, not the party's": (
        # "Republican" is tagged a group before "Ada Moss": the first person, not the last (names38)
        "Layoffs anger candidates\n\nThe Brightwater plant will close in May, the company said. Ada Moss "
        "and Raymond Tull are running for governor.\n\nRepublican Ada Moss and Democrat Raymond Tull "
        "criticized Brightwater for the move.",
        ("Republican Ada Moss and Democrat Raymond Tull", "Ada Moss"),
    ),
    "the first of a kind named across 'be' is the person named": (
        # "member" holds the cue ("to endorse"); "was" names whom it singles out (names38)
        "Senate passes budget\n\nThe Senate passed the budget 60-40 on Friday.\n\nThe first member of "
        "the committee to endorse the bill was GOP Sen. Ada Moss of Ohio.",
        ("The first member of the committee", "Ada Moss"),
    ),
    "the only ones of a party named across 'be' are the first person named": (
        "Senate passes budget\n\nThe Senate passed the budget 60-40 on Friday.\n\nSens. Raymond Tull "
        "of Iowa and Helen Birch of Maine were the only Republicans to vote against the final version.",
        # the span is the copula's subject since seen58 (PolNeAR's gold Source), was "the only Republicans"
        ("Sens. Raymond Tull of Iowa", "Raymond Tull"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_named_source_speaks_by_its_name(pipeline, case):
    article, expected = CASES[case]
    assert expected in _speaker_names(pipeline.analyze(article))


def test_a_short_form_the_recogniser_tagged_elsewhere_speaks_for_its_entity(pipeline):
    # "DOJ" is tagged in "against the DOJ" but not in "The DOJ responded": the untagged one is
    # the same body, named in full, not a name of its own
    record = pipeline.analyze(
        "Harbor fees\n\n"
        "The U.S. Department of Justice sued the port authority of Millbrook on Monday over its new "
        "fees. Mayor Ana Ruiz filed a complaint against the DOJ, the governor and the authority. The "
        "DOJ responded that the city had ignored three warnings."
    )
    speakers = {q.speaker.text: q.speaker for q in record.quotes if q.speaker is not None}
    assert speakers["The DOJ"].name == "U.S. Department of Justice"
    assert speakers["The DOJ"].entity_id == speakers["The U.S. Department of Justice"].entity_id


@pytest.mark.parametrize(
    "article",
    [
        "Protest over the new stadium\n\nA group of bakers in Dunmore, Ohio, said the new stadium would "
        "ruin their street. The city council meets on Friday.",
        "School vote\n\nTeachers at a public middle school in Fairhaven, Maine, said they would strike if "
        "the board cut their pay.",
        "Mill closes\n\nA woman in Brockton, Massachusetts, said the mill had employed her family for "
        "three generations.",
    ],
)
def test_a_place_in_apposition_to_a_place_inside_the_source_is_an_address_not_the_speaker(pipeline, article):
    # "Ohio" stands in apposition to "Dunmore", not to the people who speak
    speakers = [q.speaker for q in pipeline.analyze(article).quotes]
    assert speakers and all(s is not None for s in speakers)
    assert all(s.name not in ("Ohio", "Maine", "Massachusetts") for s in speakers)


def test_an_acronym_after_a_possessive_speaks_for_the_body_tagged_so_elsewhere(pipeline):
    # "DOJ" is untagged in "Governor Dan Ortiz's DOJ had issued": the body the article tags as
    # "the DOJ" elsewhere, not the possessor
    record = pipeline.analyze(
        "Port fight\n\nThe U.S. Department of Justice sued the port authority of Millbrook on Monday. "
        "Mayor Ana Ruiz filed a complaint against the DOJ and the governor. Governor Dan Ortiz's DOJ "
        "had issued a warning that the fees broke federal law."
    )
    assert ("Governor Dan Ortiz's DOJ", "U.S. Department of Justice") in _speaker_names(record)


def _joined_speaker(nlp, rows: list[tuple[str, int, str, str]], people: dict[str, tuple[int, int]]) -> str:
    """The person ``joined_names._first_person_joined`` gives the mention of the last of ``people``
    (name -> token range), in a Doc parsed as ``rows`` (word, head, dep, pos)."""
    from spacy.tokens import Doc

    from newsmine.nlp.antecedents import DocIndex
    from newsmine.nlp.entities import EntityCluster
    from newsmine.nlp.speakers.joined_names import _first_person_joined

    doc = Doc(nlp.vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows])
    clusters = [EntityCluster("PERSON", name, [doc[start:end]]) for name, (start, end) in people.items()]
    mention = clusters[-1].mentions[0]
    return _first_person_joined(mention, clusters[-1], DocIndex(doc, clusters)).name


# "Moss (D) and Tull (R) announced …" as the parse leaves it: both names subjects of the verb,
# the "and" hung on the first. The word before the "and" varies by case.
def _two_subjects(before_and: list[tuple[str, int, str, str]]) -> list[tuple[str, int, str, str]]:
    n = len(before_and)
    verb = 11 + n
    return [
        ("Ada", 1, "compound", "PROPN"), ("Moss", verb, "nsubj", "PROPN"), ("(", 1, "punct", "PUNCT"),
        ("D", 1, "appos", "PROPN"), (")", 1, "punct", "PUNCT"), *before_and, ("and", 1, "cc", "CCONJ"),
        ("Ray", 7 + n, "compound", "PROPN"), ("Tull", verb, "nsubj", "PROPN"), ("(", 7 + n, "punct", "PUNCT"),
        ("R", 7 + n, "appos", "PROPN"), (")", 7 + n, "punct", "PUNCT"), ("announced", verb, "ROOT", "VERB"),
        ("runs", verb, "ccomp", "VERB"), (".", verb, "punct", "PUNCT"),
    ]  # fmt: skip


def test_two_subjects_the_parse_left_apart_are_one_conjunction_unless_a_mark_parts_their_clauses(nlp):
    people = {"Ada Moss": (0, 2), "Ray Tull": (6, 8)}
    assert _joined_speaker(nlp, _two_subjects([]), people) == "Ada Moss"
    # Guard (session 32, review32): a dash before the "and" joins two clauses, not two subjects.
    assert _joined_speaker(nlp, _two_subjects([("–", 1, "punct", "PUNCT")]), {"Ada Moss": (0, 2), "Ray Tull": (7, 9)}) == "Ray Tull"


def test_a_possessor_in_the_first_subject_is_not_the_conjunctions_first_person(nlp):
    # "Moss's remarks and Tull caused it" parsed with two subjects of "caused": the first subject
    # is the remarks, not Moss (guard of session 31's rule, session 32, review32)
    rows = [
        ("Moss", 2, "poss", "PROPN"), ("'s", 0, "case", "PART"), ("remarks", 6, "nsubj", "NOUN"), ("and", 2, "cc", "CCONJ"),
        ("Ray", 5, "compound", "PROPN"), ("Tull", 6, "nsubj", "PROPN"), ("caused", 6, "ROOT", "VERB"), ("it", 6, "dobj", "PRON"),
        (".", 6, "punct", "PUNCT"),
    ]  # fmt: skip
    assert _joined_speaker(nlp, rows, {"Moss": (0, 1), "Ray Tull": (4, 6)}) == "Ray Tull"


def test_a_possessor_of_two_words_in_the_first_subject_is_not_the_conjunctions_first_person(nlp):
    # "Ada Moss's remarks and Ray Tull caused it": the possessor's first name is part of the
    # possessor too (names19, the leak review32 noted: "Ada" counted as the first person)
    rows = [
        ("Ada", 1, "compound", "PROPN"), ("Moss", 3, "poss", "PROPN"), ("'s", 1, "case", "PART"),
        ("remarks", 7, "nsubj", "NOUN"), ("and", 3, "cc", "CCONJ"), ("Ray", 6, "compound", "PROPN"),
        ("Tull", 7, "nsubj", "PROPN"), ("caused", 7, "ROOT", "VERB"), ("it", 7, "dobj", "PRON"), (".", 7, "punct", "PUNCT"),
    ]  # fmt: skip
    assert _joined_speaker(nlp, rows, {"Ada Moss": (0, 2), "Ray Tull": (5, 7)}) == "Ray Tull"


@pytest.mark.parametrize(
    ("words", "spaces", "written"),
    [
        (["made", "by", "Tek", "-", "III"], [True, True, False, False, False], "Tek-III"),
        # Guards (session 32, review32), each case failing with its own guard removed: a dash
        # opening a list line after a space or at a line's start, a hyphen before a space. (The
        # tokenizer keeps "-Todd" whole; a Doc built with the dash apart reaches the guards.)
        (["Backers", "include", "-", "Todd"], [True, True, False, False], "Todd"),
        (["Backers", ":", "\n", "-", "Todd"], [False, False, False, False, False], "Todd"),
        (["made", "in", "Ohio", "-", "Todd"], [True, True, False, True, False], "Todd"),
    ],
)
def test_a_name_kept_as_written_takes_the_words_a_hyphen_glues_before_it(nlp, words, spaces, written):
    from spacy.tokens import Doc

    from newsmine.nlp.speakers.written_names import _hyphenated_from

    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc[_hyphenated_from(doc[-1]) :].text == written


@pytest.mark.parametrize(
    "article",
    [
        "Dam scare\n\nThe first official who said the dam would fail was an aide to Gov. Ann Pike.\n",
        "Crash on Route 9\n\nThe only witness who told police the driver was speeding was a neighbour of Ada Moss.\n",
    ],
)
def test_the_one_singled_out_across_be_is_not_whom_they_serve_or_live_beside(pipeline, article):
    # 'The first official who said … was an aide to Gov. Ann Pike': the aide said it, not the
    # governor named after the aide's preposition (before: Ann Pike)
    speakers = [q.speaker for q in pipeline.analyze(article).quotes]
    assert speakers and all(s is not None for s in speakers)
    assert all(s.name not in ("Ann Pike", "Ada Moss") for s in speakers)
