"""Pronoun sources the routes left unresolved or gave to the wrong person: an unnamed woman or
man made the subject, a "they" that goes on standing for people named together, and a thing a
possessive pronoun owns ("his eyes gleaming", "whose task is").

Every article here is invented for newsmine.
"""

from __future__ import annotations

from tests.conftest import speaker_of


def test_she_after_an_unnamed_woman_made_the_subject_stays_unnamed(pipeline):
    # "A 34-year-old Harlow woman … after she had posted": the woman is never named, so neither
    # "she" is the mayor named in the sentence before.
    text = (
        "Court fines two over threats\n\n"
        "Mayor Clara Vance has condemned the threats made online against the city's shelters.\n\n"
        "A 34-year-old Harlow woman, meanwhile, was fined 800 euros on Monday after she had posted "
        "insults about the shelter staff on a neighbourhood forum. \"Send them all back!\" she wrote, "
        "adding that the shelters should be closed.\n"
    )
    record = pipeline.analyze(text)
    for snippet in ("insults about the shelter staff", "Send them all back"):
        she = speaker_of(record, snippet)
        assert she.name != "Clara Vance" and she.kind != "person", snippet


def test_they_goes_on_standing_for_the_people_named_together(pipeline):
    # The three economists are named once; their "they" sentences later, with only wages and
    # markets as subjects between, is still them (the first named, by the gold's convention).
    text = (
        "What the mill towns learned\n\n"
        "The economists Maria Alvarez, Peter Hanson and Laura Green studied the mill towns after "
        "the plants closed. The recovery, they concluded, never came. Wages remain low in the "
        "valley. Rents have fallen since. Shops close every month. What is more, they found that "
        "the young had left the valley for good.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "The recovery").name == "Maria Alvarez"
    assert speaker_of(record, "the young had left the valley").name == "Maria Alvarez"


def test_they_is_not_the_named_people_once_others_are_made_the_subject(pipeline):
    # Voters are made the subject after the economists' "they": the later "they" may be the
    # voters, so it is not handed to the economists.
    text = (
        "What the mill towns learned\n\n"
        "The economists Maria Alvarez, Peter Hanson and Laura Green studied the mill towns after "
        "the plants closed. The recovery, they concluded, never came. Wages remain low in the "
        "valley. Voters in the valley were angry at the closures. What is more, they said that "
        "the young had left the valley for good.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "The recovery").name == "Maria Alvarez"
    assert speaker_of(record, "the young had left the valley").name != "Maria Alvarez"


def test_a_thing_a_possessive_owns_speaks_for_its_owner(pipeline):
    # "his eyes gleaming, as if to say" and "whose task is to tell": the eyes and the task are
    # the owner's, so the source is the man the possessive stands for.
    text = (
        "A verdict in Harlow\n\n"
        "The jury found the builder not guilty on Friday. His lawyer, Martin Kessler, sat still "
        "as the verdict was read. Kessler could not have been more pleased. His hands shook, his "
        "eyes gleaming, as if to say, \"Did you see what I did?\"\n\n"
        "The ruling is a blow for Inspector Paul Rourke, whose task is to tell the council "
        "whether the site is safe.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "Did you see what I did").name == "Martin Kessler"


def test_a_person_a_possessive_owns_is_not_the_owner(pipeline):
    # "his supervisor" is someone else, though no list holds the noun: the possessive's owner
    # does not speak for her.
    text = (
        "A verdict in Harlow\n\n"
        "Martin Kessler, a clerk at the county office, was dismissed on Friday. His supervisor "
        "said the dismissal followed months of complaints from the public.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "months of complaints").name != "Martin Kessler"




def test_a_subject_in_what_another_man_recalled_does_not_take_his_floor(pipeline):
    # "Joe Madison, a radio host, recalled that … Obama wasn't treated as credibly …. '…,' he
    # said": the mayor is what the host recalled, so the "he" after the quotation is the host,
    # though the mayor is named more often.
    text = (
        "Harlow council race tightens\n\n"
        "Mayor Daniel Brook has led the city for twelve years and is running again this autumn. Brook has "
        "promised lower taxes, and Brook's rivals say Brook cannot deliver them.\n\n"
        "Councillor Sam Ortiz noted that voters would give the challengers a look if they start winning.\n\n"
        "Tom Keller, a radio host in the city, recalled in 2012 that before the primary, Brook wasn't "
        "treated as credibly by his show's listeners, who wondered if \"he would be a real contender.\"\n\n"
        "\"I hate to put it that way, but I'm certain that's how folks looked at it,\" he said.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "I hate to put it that way").name == "Tom Keller"


# layout53b: a lead that opens with "He"/"She" for the person the headline describes and the
# next paragraph names. The parse makes a dateline ("TOLEDO, Ohio —") a sentence of its own,
# which stood between the lead's pronoun and the headline's subject.
_JUDGE_LEAD = (
    "He spent 30 years on the county bench, and on Thursday he said he wanted one more job in "
    "public life.\n\n"
    "Retired Judge Walter Okafor, a Republican, filed his papers at the elections office. "
    '"The schools need steady hands," he said.\n'
)


def test_a_lead_pronoun_after_a_dateline_is_the_person_the_headline_describes(pipeline):
    text = "Retired judge joins school board race\n\nTOLEDO, Ohio — " + _JUDGE_LEAD
    record = pipeline.analyze(text)
    assert speaker_of(record, "he wanted one more job").name == "Walter Okafor"


def test_a_lead_pronoun_after_a_dateline_keeps_a_person_named_in_the_lead(pipeline):
    # near miss: the lead names someone before its "he"; the dateline's skipping hands nothing on
    text = (
        "Walter Okafor joins school board race\n\n"
        "TOLEDO, Ohio — Mayor Dan Price spoke first at the rally, and on Thursday he said the "
        "schools needed steady hands.\n\n"
        "Okafor, a Republican, filed his papers at the elections office.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the schools needed steady hands").name == "Dan Price"


def test_a_lead_pronoun_after_a_name_between_dashes_is_that_name(pipeline):
    # near miss: 'Tobias Renn — the harbour master —' is no dateline, and he is the "he"
    text = (
        "Retired judge joins school board race\n\n"
        "Tobias Renn — the harbour master — praised the plan, and on Thursday he said he wanted "
        "one more job in public life.\n\n"
        "Retired Judge Walter Okafor, a Republican, filed his papers at the elections office.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "he wanted one more job").name == "Tobias Renn"


# xfail54 (layout53b's xfail): a byline paragraph ('By Jane Doe') was the sentence the lead's
# pronoun looked back at; the layout marks it no body text, so it is passed over like the dateline.
def test_a_lead_pronoun_after_a_byline_and_a_dateline_is_the_person_the_headline_describes(pipeline):
    text = "Retired judge joins school board race\n\nBy Jane Doe\n\nTOLEDO, Ohio — " + _JUDGE_LEAD
    record = pipeline.analyze(text)
    assert speaker_of(record, "he wanted one more job").name == "Walter Okafor"


def test_a_lead_pronoun_after_a_byline_keeps_a_person_named_in_the_lead(pipeline):
    # near miss: with the byline skipped, a person the lead names before its "he" is still the "he"
    text = (
        "Retired judge joins school board race\n\nBy Jane Doe\n\nTOLEDO, Ohio \u2014 Mayor Dan Price spoke "
        "first at the rally, and on Thursday he said the schools needed steady hands.\n\n"
        "Retired Judge Walter Okafor, a Republican, filed his papers at the elections office.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the schools needed steady hands").name == "Dan Price"
