"""Probe57's rules, each on invented political news (tests/test_probe57_beats.py holds the probe
itself), with near misses beside each where the rule must not fire:

- ``lexicons/first_names_male.txt``: "Nasir" (and four more Arabic given names) was no known
  first name, so "Nasir Rahimi" had no gender and "Ms. Rahimi" (his wife, "Samira Rahimi") went
  to him, "Mr. Rahimi" to their son; with the name known, the honorific picks the relative;
- ``antecedents/cluster_words.py`` (``_predicate_words``): 'His brother, Mark Brandt, is a
  Lackawanna County commissioner' — the noun a person is said to be is a title of his, as an
  apposition's, so "the governor" two paragraphs on is the governor named before, not he (the
  person just named with no title took the description). A denied predicate ("is not a
  commissioner") and one in quotation marks say nothing, and the predicate describes no one
  ("the commissioner" is not found by it: PolNeAR train has a relative clause a parse hangs on
  a predicate noun that belongs to the body after it);
- ``speakers/court_documents.py`` (``_signed_by``): 'The order, signed by Magistrate Judge Karen
  Whitfield, says …' — the judge the order's own participle names, where no judge was named
  before (an unnamed "federal magistrate judge" in the lead); "filed by" (a party's act) is no
  author of the court's order;
- ``antecedents/doc_index.py`` (``body_for_description``): '… would not tolerate "anyone
  insulting a Gold Star family." According to the organization, …' — a name inside a quotation
  that only modifies a noun is no body "the organization" stands for; the veterans' group
  named before is. A body named as a subject inside a quotation still counts;
- ``speakers/pronoun_routes.py`` (``_relative_pronoun``): 'the parents of an Army captain killed
  in Iraq, who had criticized him' — "who" is never the place; no one rather than "Iraq".
  "Sen. Ann Lee of Ohio, who" is still the senator;
- ``speakers/headline_people.py`` (``_headline_person``): 'Whitaker leaves ceremony early; doctor
  says she has pneumonia' — a relation noun ("doctor", "lawyer", "wife") opening a headline's
  clause is someone of the subject's, not the subject; "Justice vows …" after a justice's name
  is still she.

Every text here is invented for newsmine.
"""

from __future__ import annotations

from tests.test_probe56_rules import _speaker


# --- a given name the lists lacked ---------------------------------------------------------------------

_PARENTS = (
    "Soldier's parents answer nominee\n\nWASHINGTON — {father} Haddad, whose son, Lt. Omar Haddad, died in 2007, told "
    "the convention that the nominee had never sacrificed anything. His wife, Leila Haddad, stood beside him.\n\n"
    "Ms. Haddad wrote on Monday that she had been too upset to speak.\n\n"
    "Mr. Haddad said the nominee owed his wife an apology.\n"
)


def test_an_arabic_given_name_tells_the_father_from_the_mother(pipeline):
    text = _PARENTS.format(father="Nasir")
    assert _speaker(pipeline, text, "too upset to speak").name == "Leila Haddad"
    assert _speaker(pipeline, text, "owed his wife an apology").name == "Nasir Haddad"


def test_a_given_name_the_lists_already_held_tells_them_apart_alike(pipeline):
    # near miss (a guard): a name the lists held before the session gives the same answers
    text = _PARENTS.format(father="Karim")
    assert _speaker(pipeline, text, "too upset to speak").name == "Leila Haddad"
    assert _speaker(pipeline, text, "owed his wife an apology").name == "Karim Haddad"


# --- a predicate noun as a title -------------------------------------------------------------------------

_STANDOFF = (
    "Budget standoff drags on\n\nHARRISBURG, Pa. — Gov. Rachel Cordero said on Tuesday that she would veto any "
    "budget without new money for schools.\n\n\"I was elected to fix this,\" Cordero said.\n\n"
    "In Scranton, Superintendent Laura Brandt said the district had borrowed $15 million.\n\n"
    "Her brother, Mark Brandt, {predicate}. He said the county had stopped paying some of its bills.\n\n"
    "\"My sister and I don't agree on taxes,\" Mr. Brandt said.\n\n"
    "Later on Tuesday, the governor described a teacher who had bought classroom supplies with her own money.\n"
)


def test_a_person_said_to_hold_another_office_is_not_the_governor(pipeline):
    text = _STANDOFF.format(predicate="is a Lackawanna County commissioner")
    assert _speaker(pipeline, text, "classroom supplies").name == "Rachel Cordero"


def test_a_predicate_title_counts_after_a_subject_name_too(pipeline):
    text = _STANDOFF.replace("Her brother, Mark Brandt, {predicate}.", "Mark Brandt, her brother, {predicate}.")
    text = text.format(predicate="is a county commissioner")
    assert _speaker(pipeline, text, "classroom supplies").name == "Rachel Cordero"


def test_a_denied_predicate_is_no_title(pipeline):
    # near miss: "is not a commissioner" gives him no office; the person just named takes the
    # description, as on main
    text = _STANDOFF.format(predicate="is not a county commissioner")
    assert _speaker(pipeline, text, "classroom supplies").name == "Mark Brandt"


def test_a_predicate_noun_does_not_describe_the_person(pipeline):
    # near miss: the predicate only keeps another office's description from him; a description
    # of his own trade is read as before (a parse hangs relative clauses on predicate nouns)
    text = (
        "Council weighs budget\n\nAUSTIN, Texas — Walter Boone is a county commissioner. He said on Tuesday that "
        "the county would cover the lost grants.\n\nThe sheriff, Teresa Ocampo, said she would not change course.\n\n"
        "The commissioner said the reserves would last a year.\n"
    )
    assert _speaker(pipeline, text, "reserves would last").name is None


# --- a court's order signed by a judge named in its own participle ---------------------------------------

_ORDER = (
    "Judge orders company to unlock phone\n\nRIVERSIDE, Calif. — A federal magistrate judge on Tuesday ordered Cobalt "
    "Systems to help the FBI unlock a phone.\n\nThe order, {participle} Magistrate Judge Karen Whitfield, says Cobalt "
    "must provide \"reasonable technical assistance\" to investigators.\n"
)


def test_an_order_speaks_for_the_judge_who_signed_it(pipeline):
    assert _speaker(pipeline, _ORDER.format(participle="signed by"), "reasonable technical").name == "Karen Whitfield"


def test_an_order_speaks_for_the_judge_who_wrote_it(pipeline):
    assert _speaker(pipeline, _ORDER.format(participle="written by"), "reasonable technical").name == "Karen Whitfield"


def test_an_order_filed_by_someone_is_not_theirs(pipeline):
    # near miss: "filed by" is a party's act on a proposed order, no author of the court's
    text = _ORDER.replace("Magistrate Judge Karen Whitfield", "the lawyer Dana Price").format(participle="filed by")
    assert _speaker(pipeline, text, "reasonable technical").name != "Dana Price"


def test_an_order_not_signed_by_a_judge_is_not_hers(pipeline):
    # review57: a denied participle names no author ("not signed by" a judge the lead never named)
    speaker = _speaker(pipeline, _ORDER.format(participle="not signed by"), "reasonable technical")
    assert speaker is None or speaker.name != "Karen Whitfield", speaker


# --- "the organization" and a name that only modifies a noun in a quotation ------------------------------

_VETERANS = (
    "Veterans group rebukes nominee\n\nWASHINGTON — The commander of the Veterans of Foreign Wars, Brian Mahaffey, "
    "said the group would not tolerate {quoted}. According to the organization, it has 1.7 million members.\n"
)


def test_a_name_modifying_a_noun_in_a_quotation_is_no_body_that_speaks(pipeline):
    text = _VETERANS.format(quoted='"anyone insulting a Gold Star family."')
    assert _speaker(pipeline, text, "1.7 million members").name == "Veterans of Foreign Wars"


def test_a_body_named_as_a_subject_in_a_quotation_may_still_speak(pipeline):
    # near miss: "the Heritage Alliance" as a subject in the quotation stays a candidate, as on main
    text = (
        "Groups split over bill\n\nWASHINGTON — The Veterans of Foreign Wars backed the bill. Its commander said "
        "\"the Heritage Alliance has fought this for years.\" The organization said on Monday that it would sue.\n"
    )
    assert _speaker(pipeline, text, "it would sue").name == "Heritage Alliance"


# --- a relative "who" after a place ------------------------------------------------------------------------

def test_who_after_a_place_in_a_participle_is_no_place(pipeline):
    text = (
        "Nominee attacks family\n\nWASHINGTON — The nominee spent a third day attacking the parents of an Army captain "
        "killed in Iraq, who had criticized him from the stage of the convention.\n"
    )
    for quote in pipeline.analyze(text).quotes:
        assert quote.speaker is None or quote.speaker.name != "Iraq", quote.text


def test_who_after_a_person_of_a_place_is_still_the_person(pipeline):
    # near miss: the senator "of Ohio, who"
    text = (
        "Senator presses agency\n\nWASHINGTON — The bill was backed by Sen. Ann Lee of Ohio, who said the agency had "
        "ignored the law.\n"
    )
    assert _speaker(pipeline, text, "ignored the law").name == "Ann Lee"


# --- a relation noun in a headline's clause -----------------------------------------------------------

def test_a_doctor_in_a_headline_clause_is_not_the_patient(pipeline):
    text = (
        "Whitaker leaves ceremony early; doctor says she has pneumonia\n\nNEW YORK — Sen. Joan Whitaker left a "
        "memorial ceremony on Sunday, and her doctor said later that she had pneumonia.\n"
    )
    assert _speaker(pipeline, text, "she has pneumonia").name != "Joan Whitaker"


def test_a_title_in_a_headline_clause_is_still_the_person_named(pipeline):
    # near miss: a title, not a relation noun, after the headline's subject is that subject
    text = (
        "Ginsburg apologizes for remarks; Justice vows to be more careful\n\nWASHINGTON — Justice Ruth Ginsburg "
        "said on Thursday that her remarks had been ill advised.\n"
    )
    assert _speaker(pipeline, text, "to be more careful").name == "Ruth Ginsburg"
