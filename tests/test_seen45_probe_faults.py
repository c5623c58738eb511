"""Session 45 (seen45): faults the probe44 articles left as strict xfails, each shown again on
news-style text invented here, with a near-miss that must stay as it was.

- "after the governor of the Bank of Ostland said" parsed apart: the name the "of" phrase ends
  on is not the speaker, the governor is; and a definite office with an "of" phrase stands for
  the one person titled so further down ("Governor Karl Wendt");
- "according to Cal Water": a word tagged a person, no known first name, before a head the
  article writes as a common noun is the name as written, not the person "Cal";
- "The Anglican Archbishop of Southport, Margaret Ellery,": a title tagged as a body, with a
  person apposed, is that person;
- "HOBART — The mayor …, Tom Reilly, says the council was 'blindsided' …, and has vowed to …":
  after a dateline, the second verb of the subject is not the reported clause's subject's;
- "The unions representing drivers …", "Two banks that lent …": bodies nobody named;
- "Halvorsen and Brightmoor agree …": the surname beside a company is the company bearing it.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def _speaker(pipeline, text: str, snippet: str):
    return speaker_of(pipeline.analyze(text), snippet)


def test_the_office_of_a_body_parsed_apart_is_the_holder_named_further_down(pipeline):
    # was the bank ("Ostland" taken as the subject of "said")
    text = (
        "Stocks slide\n\n"
        "LONDON, March 12 — Global shares fell on Thursday after the governor of the Bank of Ostland said "
        'interest rates would stay high "for as long as needed" to tame prices, sending bond yields higher.\n\n'
        'Governor Karl Wendt told a conference in Leeds that the work was "not yet finished".\n'
    )
    speaker = _speaker(pipeline, text, "as long as needed")
    assert speaker.text == "the governor of the Bank of Ostland", speaker.text
    assert speaker.name == "Karl Wendt", (speaker.text, speaker.name)


def test_an_office_with_an_of_phrase_is_the_one_titled_so_later(pipeline):
    # was unresolved: "energy" and "qaristan" were asked of the later title too
    text = (
        "Oil jumps\n\n"
        "DUBAI, Jan 9 — Oil prices jumped on Monday after the minister of energy of Qaristan said output would "
        'be cut "sharply and soon", sending crude to a three-month high.\n\n'
        'Minister Omar Haddad told state television that the cut would last "until prices recover".\n'
    )
    assert _speaker(pipeline, text, "sharply and soon").name == "Omar Haddad"


def test_two_holders_of_the_office_named_later_leave_it_open(pipeline):
    text = (
        "Bonds rally on rate hopes\n\n"
        "FRANKFURT, May 3 — Bond prices rose on Friday after the president of the Central Bank of Ostland said "
        'borrowing costs could fall "well before the autumn", lifting shares across Europe.\n\n'
        'President Karl Wendt told reporters that inflation was "coming down nicely". President Lisa Moor of '
        "the Northern Bank disagreed.\n"
    )
    assert _speaker(pipeline, text, "well before").name not in ("Karl Wendt", "Lisa Moor")


def test_an_agency_whose_first_word_looks_like_a_name_is_written_whole(pipeline):
    # was "Cal", a person
    text = "Storm cuts power\n\nPower was cut to 20,000 homes, according to Cal Water. Officials said the water supply was safe.\n"
    assert _speaker(pipeline, text, "20,000 homes").name == "Cal Water"


def test_a_known_first_name_before_a_common_word_stays_a_person(pipeline):
    text = 'Senate race\n\nThe judge threw out the case on Monday. "We will appeal," said Patty Judge, the Democratic candidate.\n'
    assert _speaker(pipeline, text, "We will appeal").name == "Patty Judge"


def test_a_title_tagged_as_a_body_with_a_person_apposed_is_the_person(pipeline):
    # was an organisation "Anglican Archbishop of"
    text = (
        "Churches to share vicars\n\n"
        "PARKTON, June 2 — The Anglican Archbishop of Southport, Margaret Ellery, has ordered 30 churches to share "
        "vicars, in a letter read on Sunday.\n"
    )
    speaker = _speaker(pipeline, text, "30 churches")
    assert (speaker.name, speaker.kind) == ("Margaret Ellery", "person"), (speaker.text, speaker.name, speaker.kind)


def test_a_body_named_with_a_title_word_and_no_person_apposed_stays_the_body(pipeline):
    text = "Paper backs bypass\n\nThe Harbour Union Leader, a daily newspaper, said the bypass was overdue.\n"
    assert _speaker(pipeline, text, "was overdue").name == "Harbour Union Leader"


def test_the_second_verb_after_a_dateline_is_the_subjects_not_the_reported_clauses(pipeline):
    # was "the council"
    text = (
        "Library closures\n\n"
        "HOBART, 5 June — The mayor of Glenorchy, Tom Reilly, says the council was 'blindsided' by a state plan "
        "to close two libraries near the town centre, and has vowed to keep them open.\n"
    )
    assert _speaker(pipeline, text, "keep them open").name == "Tom Reilly"


def test_bodies_introduced_unnamed_are_no_one_named(pipeline):
    # were unresolved
    text = (
        "Depot to close\n\n"
        "The unions representing drivers at the Northfield depot said they would strike on Monday. "
        "Two banks that lent to the operator said they were owed $40 million.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("would strike", "were owed"):
        speaker = speaker_of(record, snippet)
        assert speaker.kind == "anonymous", (snippet, speaker.text, speaker.name, speaker.kind)


def test_the_companies_named_before_are_not_made_anonymous(pipeline):
    text = "Deal agreed\n\nHalvorsen Foods will buy Crestline Brands for $3 billion. The companies said the deal would close in May.\n"
    assert _speaker(pipeline, text, "close in May").kind != "anonymous"


_MERGER = (
    "Halvorsen and Brightmoor agree $3 billion deal\n\n"
    "Halvorsen Foods will buy Brightmoor Inc. for $3 billion, the companies said on Monday.\n\n"
    '"This is a great day," Halvorsen chief executive Maria Halvorsen said. Halvorsen said she was pleased.\n'
)


def test_a_surname_beside_a_company_is_the_company_bearing_it(pipeline):
    # was the chief executive Maria Halvorsen
    assert _speaker(pipeline, _MERGER, "3 billion deal").name == "Halvorsen Foods"


def test_the_surname_alone_is_still_the_person(pipeline):
    assert _speaker(pipeline, _MERGER, "was pleased").name == "Maria Halvorsen"
