"""A news lede's description of someone named only below it ("The chief executive of Pinnacle
National Bank apologized …, but he said … ¶ '…,' Robert Kellerman, the bank's chairman and chief
executive, told …"): the description, and the "he" it is the antecedent of, are the person the
next sentences name with a title that fits.

Two faults of the same shape (xfail56, from probe55's bank article): a dateline before the lede
('WASHINGTON — …') made its first sentence no paragraph opener, because the sentence splitter
makes the place and its dash sentences of their own (speakers.descriptions._opens_paragraph);
and a "he" whose antecedent is a body's officer ('the chief executive of Pinnacle National
Bank', a phrase holding an organisation's name) was skipped as if the phrase named a person's
own aide, so it stayed unresolved (speakers.pronouns._unnamed_subject_before).

Every article here is invented for newsmine.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_HEADLINE = "Senators grill Pinnacle bank's chief over fake accounts\n\n"
# The lede's sentence after the dateline or the paragraph break, with the pronoun in it.
_LEDE = (
    "The chief executive of Pinnacle National Bank apologized to senators on Tuesday for a scheme in which "
    "employees opened as many as two million accounts that customers never asked for, but {pronoun} said the "
    "bank's leaders had not known about it.\n\n"
)
_NAMED = (
    '"I am sorry, deeply sorry," Robert Kellerman, the bank\'s chairman and chief executive, told the Senate '
    "Banking Committee.\n"
)


def test_a_description_after_a_dateline_is_the_person_named_next_with_its_title(pipeline):
    text = (
        "Bank chief apologizes\n\n"
        "WASHINGTON — The chief executive of Pinnacle National Bank said on Tuesday that the bank's leaders had "
        "not known about the accounts.\n\n" + _NAMED
    )
    assert speaker_of(pipeline.analyze(text), "had not known").name == "Robert Kellerman"


def test_he_after_a_banks_officer_in_a_dateline_lede_is_the_person_named_next(pipeline):
    text = _HEADLINE + "WASHINGTON — " + _LEDE.format(pronoun="he") + _NAMED
    assert speaker_of(pipeline.analyze(text), "had not known").name == "Robert Kellerman"


def test_he_after_a_banks_officer_in_a_lede_without_dateline_is_the_person_named_next(pipeline):
    text = _HEADLINE + _LEDE.format(pronoun="he") + _NAMED
    assert speaker_of(pipeline.analyze(text), "had not known").name == "Robert Kellerman"


def test_he_after_a_banks_officer_is_not_a_man_named_next_with_another_title(pipeline):
    # Near miss: the man quoted next is the bank's lawyer, not its chief executive; the
    # description fits no one named, so "he" is not given to the lawyer.
    lawyer = '"We will cooperate fully," Tom Reed, a lawyer for the bank, told the Senate Banking Committee.\n'
    text = _HEADLINE + "WASHINGTON — " + _LEDE.format(pronoun="he") + lawyer
    quotes = [q for q in pipeline.analyze(text).quotes if "had not known" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Tom Reed")


def test_she_after_a_banks_officer_is_not_the_man_named_next(pipeline):
    # Near miss: the pronoun's gender is not the named chief executive's.
    text = _HEADLINE + "WASHINGTON — " + _LEDE.format(pronoun="she") + _NAMED
    quotes = [q for q in pipeline.analyze(text).quotes if "had not known" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Robert Kellerman")


def test_a_wire_place_without_a_dash_is_no_dateline_for_the_lede(pipeline):
    # Near miss: a first sentence that opens with a place and a comma is a sentence of its own,
    # not a dateline; the description in the next sentence does not open the paragraph.
    text = (
        "Bank chief apologizes\n\n"
        "In Washington, senators heard from bankers on Tuesday. The chief executive of Pinnacle National Bank "
        "said that the bank's leaders had not known about the accounts.\n\n"
        '"I am sorry," said Robert Kellerman, a teller at the bank\'s branch in Dayton.\n'
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "had not known" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Robert Kellerman")


# review56c: a former holder's description is no one the next sentences title with the office in
# hand. The descriptions' rules that resolve a lede's description to the person named next
# (speakers.descriptions._introduced_after by title, _named_next by the next cue's subject) do not
# read "former", so 'The former chief executive of …' took the sitting chief executive named next;
# xfail56's dateline opener and its "he" of a body's officer carried that to dateline ledes and to
# the pronoun. Guarding on the person's titles lacking "former" was tried and dropped: a former
# holder named with a dated title ('the bank's chief executive until 2016', whose title the
# entities keep without its date) lost his own words.
_FORMER_LEDE = (
    "The former chief executive of Pinnacle National Bank apologized to senators on Tuesday for a scheme in "
    "which employees opened two million accounts, but {pronoun} said the bank's leaders had not known about "
    "it.\n\n"
)

_FORMER_REASON = (
    "a former holder's description takes the sitting holder named next (review56c); xfail57: none on train "
    "(32 speaker mentions opening 'the/a former', of 40 quotes, in the 840 articles' records, none given to a "
    "holder named next; "
    "the two wrong are 'the former president' for Obama named in a quotation before, the president exception of "
    "worded_titles, and 'The former secretary of state' for Sanders, neither titled), so no guard was tried"
)


@pytest.mark.xfail(strict=True, reason=_FORMER_REASON)
def test_he_after_a_former_officer_is_not_the_sitting_officer_named_next(pipeline):
    text = _HEADLINE + _FORMER_LEDE.format(pronoun="he") + _NAMED
    quotes = [q for q in pipeline.analyze(text).quotes if "had not known" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Robert Kellerman")


@pytest.mark.xfail(strict=True, reason=_FORMER_REASON)
def test_a_former_officer_after_a_dateline_is_not_the_sitting_officer_named_next(pipeline):
    text = (
        "Bank chief apologizes\n\n"
        "WASHINGTON — The former chief executive of Pinnacle National Bank said on Tuesday that the bank's "
        "leaders had not known about the accounts.\n\n" + _NAMED
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "had not known" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Robert Kellerman")


def test_he_after_a_man_whose_relative_clause_names_the_bank_is_not_its_officer(pipeline):
    # Near miss (review56c): the bank is named inside the subject's relative clause, not as
    # whose officer he is; the description fits no one the next sentences name.
    text = (
        _HEADLINE + "WASHINGTON — The man who robbed Pinnacle National Bank in Dayton was arrested on Friday, but "
        "he said the bank's leaders had not known about it.\n\n" + _NAMED
    )
    quotes = [q for q in pipeline.analyze(text).quotes if "had not known" in q.text]
    assert quotes and (quotes[0].speaker is None or quotes[0].speaker.name != "Robert Kellerman")
