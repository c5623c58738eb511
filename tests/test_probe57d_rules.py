"""Probe57d's rules on invented political news (tests/test_probe57d_outlets.py holds the probe
itself), with near misses beside them where the rules must not fire:

- ``entities/short_forms.py`` (``_masthead_word``): "the Dispatch reported" after "The Columbus
  Dispatch" is the paper's short form though the recogniser tags the one word a nationality
  (NORP), as "the Post" is The Washington Post's. Only a word only newspapers end their names in
  (``body_labels.NEWSPAPER_NAME_ENDINGS``), only toward a body's name ending in it, only after
  "the" (review57f: a bare "Herald" is coach Tom Herald's surname, not The Miami Herald).
- ``attribution/asides.py`` (``_clause_of_cue``): "DES MOINES — The Associated Press reports,
  citing local media, that …": the dateline's capitals make the parser read the report as a
  parataxis of the clause's verb; the content still starts after the aside's ", that".

Every text here is invented for newsmine.
"""

from __future__ import annotations

from tests.test_probe56_rules import _speaker

_DONORS = (
    "Donors face inquiry\n\nCOLUMBUS, Ohio — Two donors are under federal scrutiny, according to a report in "
    "{paper}.\n\nThe donors gave through a company formed weeks before the primary, {short} reported, citing two "
    "people familiar with the inquiry.\n"
)


def test_a_papers_last_word_tagged_a_nationality_is_the_paper(pipeline):
    text = _DONORS.format(paper="The Columbus Dispatch", short="the Dispatch")
    assert _speaker(pipeline, text, "formed weeks before").name == "Columbus Dispatch"


def test_another_papers_ending_is_no_short_form_of_this_one(pipeline):
    # near miss: "the Gazette" is not The Columbus Dispatch; it stays a paper of its own, unresolved
    text = _DONORS.format(paper="The Columbus Dispatch", short="the Gazette")
    assert _speaker(pipeline, text, "formed weeks before").name != "Columbus Dispatch"


def test_a_common_word_of_a_name_is_no_papers_ending(pipeline):
    # a guard: "the Post", tagged a body like its paper, joined it before the rule and still does
    text = _DONORS.format(paper="The Washington Post", short="the Post")
    assert _speaker(pipeline, text, "formed weeks before").name == "Washington Post"


_COACH = (
    "Coach hired\n\nMIAMI — The school hired Tom Herald as its football coach on Monday.\n\nThe contract runs five "
    "years and pays $2 million a year, according to The Miami Herald.\n\n{short} said he would start in June.\n"
)


def test_a_papers_ending_as_a_bare_surname_is_the_person(pipeline):
    # near miss (review57f): "Herald" without "the" is the coach's surname, not The Miami Herald
    assert _speaker(pipeline, _COACH.format(short="Herald"), "start in June").name == "Tom Herald"


def test_a_papers_ending_after_the_is_still_the_paper(pipeline):
    # the rule's own shape beside that near miss: "the Herald" is the paper
    assert _speaker(pipeline, _COACH.format(short="The Herald"), "start in June").name == "Miami Herald"


_CAMPAIGN = "{dateline}The Associated Press reports, citing local media, that former Sen. Thomas Brisco will campaign in Iowa this weekend for Grant Mallory.\n"


def _contents(pipeline, text: str, snippet: str) -> list[str]:
    return [q.text for q in pipeline.analyze("Senator to campaign\n\n" + text).quotes if snippet in q.text]


def test_a_report_over_an_aside_after_a_dateline_starts_after_that(pipeline):
    contents = _contents(pipeline, _CAMPAIGN.format(dateline="DES MOINES — "), "campaign in Iowa")
    assert contents and contents[0].startswith("former Sen. Thomas Brisco will campaign"), contents


def test_a_report_over_an_aside_without_a_dateline_is_as_before(pipeline):
    # a guard: the parse without the dateline was read right already
    contents = _contents(pipeline, _CAMPAIGN.format(dateline=""), "campaign in Iowa")
    assert contents and contents[0].startswith("former Sen. Thomas Brisco will campaign"), contents


def test_a_clause_after_a_comma_that_the_report_does_not_govern_stays(pipeline):
    # near miss: "It was possible, though not likely, that …" after a report's own complement
    text = "DES MOINES — Brisco said it was possible, though not likely, that he would campaign in Iowa.\n"
    contents = _contents(pipeline, text, "campaign in Iowa")
    assert contents and contents[0].startswith("it was possible"), contents
