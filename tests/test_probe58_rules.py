"""Probe58's rule, on invented political news (tests/test_probe58_names.py holds the probe itself),
with near misses beside it where it must not fire:

- ``entities/cluster_builder.py`` (``_of_the_generation_said``): "State Sen. Robert J. Kane Jr.
  … His father, Robert Kane Sr., … The senator's wife, Diane Kane, …" and then a bare "Kane
  said" — a father the article writes "Sr." leaves the bare surname to the ordinary rules (the
  son named in full first), but the check read every relative who is not "Jr." as the father,
  so a wife or a child of the family named anywhere in the story gave the bare surname to the
  father. Only a relative sharing the junior's given name is the father now. And "the elder
  Mr. Carver" between "Thomas R. Carver III" and his father "Thomas R. Carver Jr." was III: with
  a third generation written, "Jr." is the elder, III the younger (not where a "Sr." makes three
  generations: there "the elder" stays the "Sr.", and a bare surname the son named first).

Every text here is invented for newsmine.
"""

from __future__ import annotations

from tests.test_probe56_rules import _speaker

_FAMILY = (
    "A family argument over a ballot question\n\n"
    "HARTFORD — State Sen. Robert J. Kane Jr., a Democrat, is campaigning for the amendment. His father, "
    "{father}, who was the city's mayor for 12 years, has taped a sign against it to the window of his "
    "office.\n\n"
    '"My father taught me to read a budget," Kane said Tuesday.\n\n'
    "{relative}\n\n"
    '"He is still my son," {elder} said.\n'
)


def _family(father="Robert Kane Sr.", relative="", elder="the elder Kane"):
    return _FAMILY.format(father=father, relative=relative, elder=elder)


def test_a_wife_named_later_leaves_the_bare_surname_to_the_son(pipeline):
    text = _family(relative="The senator's wife, Diane Kane, is the treasurer of his campaign. She said dinners "
                            "had become quieter.")
    assert _speaker(pipeline, text, "read a budget").name == "Robert J. Kane Jr."
    assert _speaker(pipeline, text, "still my son").name == "Robert Kane Sr."


def test_a_son_of_another_given_name_leaves_the_bare_surname_to_the_son(pipeline):
    text = _family(relative="Their son, Kevin Kane, 24, said he had not decided how to vote.")
    assert _speaker(pipeline, text, "read a budget").name == "Robert J. Kane Jr."


def test_without_a_third_relative_the_sr_son_keeps_the_bare_surname(pipeline):
    # near miss: the rule's own case, unchanged
    text = _family()
    assert _speaker(pipeline, text, "read a budget").name == "Robert J. Kane Jr."
    assert _speaker(pipeline, text, "still my son").name == "Robert Kane Sr."


def test_a_father_without_sr_still_takes_the_bare_surname_beside_a_wife(pipeline):
    # near miss: "Kane Jr." is how news shorten the son's name, so a bare "Kane" beside a father
    # written without "Sr." is the father, a wife named beside them or not
    text = _family(father="Robert Kane", relative="The senator's wife, Diane Kane, is the treasurer of his "
                                                  "campaign.")
    assert _speaker(pipeline, text, "read a budget").name == "Robert Kane"


_HEIRS = (
    "An heir runs for Congress\n\n"
    "WILMINGTON, N.C. — Thomas R. Carver III, 38, is the Republican nominee. His father, Thomas R. Carver Jr., is "
    "the chairman of the family's trucking company.\n\n"
    '"I am running on what I did," Mr. Carver said.\n\n'
    '"Tommy asked me to stay out of it," the elder Mr. Carver said.\n\n'
    '"My father has kept his word," the younger Mr. Carver said.\n'
)


def test_the_elder_of_a_third_generation_is_jr(pipeline):
    assert _speaker(pipeline, _HEIRS, "Tommy asked me").name == "Thomas R. Carver Jr."
    assert _speaker(pipeline, _HEIRS, "kept his word").name == "Thomas R. Carver III"
    assert _speaker(pipeline, _HEIRS, "what I did").name == "Thomas R. Carver III"


def test_the_elder_beside_jr_alone_is_still_the_father(pipeline):
    # near miss: no third generation written — "Jr." is the younger, as before
    text = _HEIRS.replace("Thomas R. Carver III, 38,", "Thomas R. Carver Jr., 38,").replace(
        "His father, Thomas R. Carver Jr.,", "His father, Thomas R. Carver,")
    assert _speaker(pipeline, text, "Tommy asked me").name == "Thomas R. Carver"
    assert _speaker(pipeline, text, "kept his word").name == "Thomas R. Carver Jr."


def test_three_generations_keep_the_elder_for_sr_and_the_bare_surname_for_the_son(pipeline):
    # with "Sr.", "Jr." and III all named, III (who shares the given name) is no father to take
    # the bare surname from the son named first (main gave it to the "Sr."); and, a near miss,
    # "the elder" is still the "Sr." (the third-generation reading is for "Jr." and III alone)
    text = (
        "A family feud\n\nHARTFORD — State Sen. Robert Kane Jr. is campaigning for the amendment. His father, "
        "Robert Kane Sr., opposes it. His son, Robert Kane III, is a student.\n\n"
        '"I like the schools," Kane said.\n\n'
        '"My son is wrong," the elder Kane said.\n'
    )
    assert _speaker(pipeline, text, "like the schools").name == "Robert Kane Jr."
    assert _speaker(pipeline, text, "My son is wrong").name == "Robert Kane Sr."


def test_a_jr_and_his_son_iii_leave_the_bare_surname_to_the_ordinary_rules(pipeline):
    # review58: with no father named, III (the "Jr."'s son) took the bare surname as the father
    # would, so the senator's words went to his son the student
    text = (
        "A family feud\n\nHARTFORD — State Sen. Robert Kane Jr. is campaigning for the amendment. His son, "
        "Robert Kane III, is a student at the state university.\n\n"
        '"I like the schools," Kane said.\n\n"He is still my son," Mr. Kane said.\n'
    )
    assert _speaker(pipeline, text, "like the schools").name == "Robert Kane Jr."
    assert _speaker(pipeline, text, "still my son").name == "Robert Kane Jr."
