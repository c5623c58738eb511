"""Plural descriptions that stand for people named together: a pair nothing named nearby
stands for is the conjunction the headline names (the first of them, the gold's convention)."""

from __future__ import annotations

from tests.conftest import speaker_of

# An article body whose "Both candidates" has no pair named near it: only the headline names one.
_FAIR_STORY = (
    "DAYTON, Ohio - The county fair opened on Saturday under a gray sky. Farmers lined up "
    "for the tractor pull, and children ran between the stalls. "
    '"We come every year," said Dora Pike, a retired teacher. "Nothing changes here." '
    "The fair board expects forty thousand visitors this week. Prices for corn have fallen "
    "for a third year. Many families have sold their land. "
    "Both candidates promised on Monday that they would protect the farm subsidies.\n"
)


def test_both_candidates_far_from_any_pair_are_the_headlines_pair(pipeline):
    text = "Alvarez and Whitfield see rural votes as key in Ohio\n\n" + _FAIR_STORY
    record = pipeline.analyze(text)
    both = speaker_of(record, "protect the farm subsidies")
    assert both.name is not None and "Alvarez" in both.name, both


def test_a_pair_is_not_a_headline_conjunction_of_another_count(pipeline):
    text = "Alvarez, Whitfield and Moreno see rural votes as key in Ohio\n\n" + _FAIR_STORY
    record = pipeline.analyze(text)
    both = speaker_of(record, "protect the farm subsidies")
    assert both.name is None or "Alvarez" not in both.name, both


# "neither man" after two people named together stands for the first of them, as "both" does
# (the gold gives a pair its first member; desc50).
_LEADERS = "Governor faces pressure over remarks\n\n"


def test_neither_man_after_a_named_pair_is_the_first_of_them(pipeline):
    text = _LEADERS + (
        "The top Republicans in the legislature, Senate leader Tom Brandt and House Speaker Carol Ocampo, "
        "oppose the governor's plan to close the clinics, but neither man has spoken out about his remarks "
        "on Tuesday.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "his remarks on Tuesday").name == "Tom Brandt"  # before: unresolved


def test_neither_man_with_nobody_named_stays_unnamed(pipeline):
    # near miss: two men nobody names; "neither man" is no one of the article
    text = "Fair draws crowds\n\n" + (
        "At the county fair, two farmers who had entered their pigs in the contest talked about prices. "
        "Neither man wanted to say how much he had paid for feed.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "how much he had paid").name is None


# "Ruth Kessler, the speaker of the Assembly, and Dana Whitford, the Senate majority leader,":
# the parse hangs the second name on the first one's title; still a pair (desc50).
_PAIR_WITH_TITLES = (
    "Most lawmakers have stayed quiet as Mr. Hale and Governor Ruiz have traded insults. Ruth Kessler, "
    "the speaker of the Assembly, and Dana Whitford, the Senate majority leader, oppose Governor Ruiz's "
    "plan to close the clinics"
)


def test_both_after_a_pair_named_with_their_titles_is_the_first_of_them(pipeline):
    text = _LEADERS + _PAIR_WITH_TITLES + ". Both women said on Tuesday that the clinics cost too much.\n"
    record = pipeline.analyze(text)
    assert speaker_of(record, "the clinics cost too much").name == "Ruth Kessler"  # before: unresolved


def test_neither_after_a_pair_named_with_their_titles_is_the_first_of_them(pipeline):
    text = _LEADERS + _PAIR_WITH_TITLES + ", but neither woman has spoken out about his remarks on Tuesday.\n"
    record = pipeline.analyze(text)
    assert speaker_of(record, "his remarks on Tuesday").name == "Ruth Kessler"


def test_a_title_joined_to_another_noun_is_no_pair(pipeline):
    # near miss: "the speaker of the Assembly and a former nurse" are two titles of one woman
    text = "Clinics face closure\n\n" + (
        "Ruth Kessler, the speaker of the Assembly and a former nurse, opposes the plan to close the clinics. "
        "Both women said on Tuesday that the clinics cost too much.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "the clinics cost too much").name is None


# review50: "neither" is said of two; after three people named together it is none of them
# (it went to the first of the three).
def test_neither_man_after_three_named_together_is_none_of_them(pipeline):
    text = "Budget talks stall\n\n" + (
        "Ana Ruiz, Tom Berg and Lee Chan met for two hours on Monday in the finance office. "
        "Neither man would say whether a deal was near.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "whether a deal was near").name is None


def test_neither_man_after_a_pair_beside_a_third_person_is_the_pairs_first(pipeline):
    # near miss: the conjunction is of two ("Tom Berg and Lee Chan"), the third person named
    # apart from it
    text = "Budget talks stall\n\n" + (
        "Ana Ruiz met Tom Berg and Lee Chan for two hours on Monday in the finance office. "
        "Neither man would say whether a deal was near.\n"
    )
    record = pipeline.analyze(text)
    assert speaker_of(record, "whether a deal was near").name == "Tom Berg"
