"""Session 60, review60b: near misses of entities60's name rules. Every text here is invented
for newsmine.

- A Vietnamese family name that is also an English word opens the tagged name after it only
  where its capital says so (``whole_names._vietnamese_family_name``): not in a line written in
  title case, where every word has one ("What Do Van Hollen's Voters Want?").
- A capitalised word before a person tagged from "bin" is the given name only inside its
  sentence (``whole_names._with_given_names_before``): a sentence's first word has its capital
  anyway ("Killing bin Laden was the right call").
- A title word the parse makes a verb is no title of the name after it
  (``titles._titles_before``): "marshal", a title word since entities60, is most often the verb
  ("to marshal Ruiz's allies"), and "judge" was already read so.
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of
from tests.test_names60_international import _people


def test_do_in_a_title_case_subhead_opens_no_name(pipeline):
    # was the person "Do Van Hollen", and "Van Hollen said" his
    text = (
        "Candidates debate in Maryland\n\n"
        "What Do Van Hollen's Voters Want?\n\n"
        'Voters in Baltimore said on Tuesday that jobs mattered most. "We need work," said Ana Ruiz, a nurse. '
        "Van Hollen said he agreed.\n"
    )
    record = pipeline.analyze(text)
    assert not any(name.startswith("Do ") for name in _people(record))
    assert speaker_of(record, "he agreed").name == "Van Hollen"


def test_a_vietnamese_family_name_inside_a_prose_sentence_still_opens_the_name(pipeline):
    # near miss: the sentence is prose, not title case ("Do" capitalised only as a name)
    text = (
        "City council votes\n\n"
        "The council heard from residents, and Do Thanh Long, who owns a bakery, said rents were too high.\n"
    )
    assert speaker_of(pipeline.analyze(text), "rents were too high").name == "Do Thanh Long"


def test_a_sentence_opening_word_before_bin_is_no_given_name(pipeline):
    # was the person "Killing bin Laden"
    text = (
        "Ten years on\n\n"
        "Killing bin Laden was the right call, the former director said on Monday. "
        '"We had no choice," said Ana Ruiz, who ran the agency then.\n'
    )
    assert not any(name.startswith("Killing") for name in _people(pipeline.analyze(text)))


def test_a_given_name_before_bin_inside_its_sentence_is_still_read(pipeline):
    # near miss: inside the sentence the capital is the name's
    text = (
        "Gulf summit\n\n"
        "The kingdom's Crown Prince Turki bin Mansour said on Monday that it would invest. "
        "Prince Turki said reforms would continue.\n"
    )
    assert speaker_of(pipeline.analyze(text), "reforms would continue").name == "Turki bin Mansour"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # was titled "marshal" / "marshal Gov." / "judge": the verb before the name
        ("Senators rally\n\nLeaders hoped to marshal Ruiz's allies. \"We have the votes,\" said Sen. Ana Ruiz.\n", "Ana Ruiz", "marshal"),
        ("Senators rally\n\nDemocrats will marshal Gov. Ana Ruiz and her allies, aides said.\n", "Ana Ruiz", "marshal Gov."),
        ("Senators rally\n\nVoters will judge Ruiz's record in November. \"We have the votes,\" said Sen. Ana Ruiz.\n", "Ana Ruiz", "judge"),
    ],
)
def test_a_title_word_used_as_a_verb_is_no_title(pipeline, text, name, title):
    person = _people(pipeline.analyze(text))[name]
    assert title not in person.titles


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # near misses: the nouns keep their titles
        ("Fire in warehouse\n\nFire Marshal Tom Reyes said the blaze began in the kitchen.\n", "Tom Reyes", "Fire Marshal"),
        ("Senators rally\n\nDemocrats will back Gov. Ana Ruiz and her allies, aides said.\n", "Ana Ruiz", "Gov."),
        ("Court rules\n\nThe ruling by Judge Helen Marsh was upheld on Monday, lawyers said.\n", "Helen Marsh", "Judge"),
        # nouns the parse may call verbs, with no "to", modal or subject of their own
        ('Show ends\n\n"It was a disgrace," screenwriter Tom Reyes wrote on Twitter.\n', "Tom Reyes", "screenwriter"),
        ("Donors\n\nShe named her ties to education reformer and billionaire Ana Ruiz, among others.\n", "Ana Ruiz", "billionaire"),
    ],
)
def test_a_title_word_as_a_noun_keeps_its_title(pipeline, text, name, title):
    assert title in _people(pipeline.analyze(text))[name].titles


# probe60's rule (``speakers/pronouns._unnamed_subject_before``): "the judge" introduced with "a"
# and named since is the next "she" — but not when another "a judge" came after the name: that
# one is someone else, the named judge no referent the descriptions may claim for it.
_TWO_JUDGES = (
    "Former mayor sentenced\n\n"
    "A federal judge in Ohio refused last year to hear the case. On Wednesday, U.S. District Judge Helen Marsh "
    "sentenced Tom Reyes to five years. Reyes's lawyer, Maria Soto, asked for mercy. {between}The judge was "
    "lenient then. She said the law allowed it.\n"
)


def test_a_judge_brought_in_after_the_named_one_is_not_she(pipeline):
    # was Helen Marsh: the description's named judge, though "A judge had once freed him" is another
    text = _TWO_JUDGES.format(between="A judge had once freed him. ")
    assert speaker_of(pipeline.analyze(text), "the law allowed it").name != "Helen Marsh"


def test_a_judge_named_after_its_a_is_still_she(pipeline):
    # near miss: the lead's "a federal judge" named since, no other "a judge" after the name
    text = (
        "Former mayor sentenced\n\n"
        "A federal judge on Wednesday sentenced former mayor Tom Reyes to five years in prison. U.S. District "
        "Judge Helen Marsh said the crimes betrayed the city. Reyes's lawyer, Maria Soto, asked for mercy. The "
        "judge was not persuaded. She noted that Reyes had shown no remorse.\n"
    )
    assert speaker_of(pipeline.analyze(text), "no remorse").name == "Helen Marsh"


@pytest.mark.xfail(
    strict=True,
    reason="the guard gives the pronoun back to the ranking, which takes the lawyer named last (Maria Soto); "
    "the judge brought in with 'a' after the named one is anonymous, which no route gives a pronoun here",
)
def test_a_judge_brought_in_after_the_named_one_is_the_anonymous_she(pipeline):
    text = _TWO_JUDGES.format(between="A judge had once freed him. ")
    assert speaker_of(pipeline.analyze(text), "the law allowed it").kind.value == "anonymous"
