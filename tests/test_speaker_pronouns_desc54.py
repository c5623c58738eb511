"""Two pronoun faults met in desc54's blind description sample, read on invented text (session 54,
``speakers/pronouns.py``). Every text here is invented for newsmine.

- "whose new memoir argues" after a titled person ("Senator Alan Brooks, the committee chairman,
  whose …"): the possessive relative hangs on the noun it owns, so the clause above that noun is
  the one whose antecedent is read; before, no antecedent was found and the memoir was no one's.
- "his famous speech in Dayton: 'Mr. Hale, open the books!'": a pronoun in a clause opening its
  sentence stood for the main clause's subject named after it even when that subject was the
  person spoken to inside the quotation.
"""

from __future__ import annotations

from tests.conftest import speaker_of

_SENATORS = (
    "Senators weigh a break with the party\n\n"
    "Several senators face hard choices this year. Among them is Senator Alan Brooks, the committee "
    "chairman, {tail} that the party has lost its way.\n\n"
    "Brooks did not answer questions on Tuesday.\n"
)


def test_whose_thing_after_a_titled_person_speaks_for_the_person(pipeline):
    text = _SENATORS.format(tail="whose new memoir argues")
    speaker = speaker_of(pipeline.analyze(text), "lost its way")
    assert (speaker.text, speaker.name) == ("whose new memoir", "Alan Brooks")


def test_whose_spokesman_after_a_titled_person_is_not_the_person(pipeline):
    # near miss: a person "whose" owns speaks for himself, not for the senator
    text = _SENATORS.format(tail="whose spokesman said")
    assert speaker_of(pipeline.analyze(text), "lost its way").name != "Alan Brooks"


def test_who_after_a_titled_person_is_still_the_person(pipeline):
    # near miss: the subject relative was read before and stays so
    text = _SENATORS.format(tail="who said")
    assert speaker_of(pipeline.analyze(text), "lost its way").name == "Alan Brooks"


_DAYTON = (
    "A reformer remembered\n\n"
    'Governor Walter Price was known for his dislike of what he called the "Capitol Club," voiced in '
    'his famous speech in Dayton in 1978: "{words}, open the books!" Reformers still praise his '
    "stubbornness.\n"
)


def test_a_person_addressed_in_the_quotation_is_no_antecedent_of_the_he_before(pipeline):
    record = pipeline.analyze(_DAYTON.format(words="Mr. Hale"))
    named = [q.speaker for q in record.quotes if q.speaker is not None and q.speaker.text == "he"]
    assert named and all(speaker.name == "Walter Price" for speaker in named)  # "what he called …"


def test_the_opening_clause_pronoun_still_takes_the_subject_named_after_it(pipeline):
    # near miss: the main clause's subject outside quotation marks is still the pronoun's
    text = (
        "A reformer returns\n\n"
        "Months after he lost the primary, Mayor Walter Price said the city's books must be opened to "
        "the public.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "books must be opened")
    assert speaker.name == "Walter Price"


def test_whose_members_after_a_group_are_not_the_group(pipeline):
    # review54d near miss: "a group whose members said": the members speak, not the council's name
    text = (
        "Farmers press for aid\n\nThe measure drew fire from the Prairie Growers Council, a group whose "
        "members said the bill would ruin small farms.\n"
    )
    speaker = speaker_of(pipeline.analyze(text), "ruin small farms")
    assert speaker.name is None or "Council" not in speaker.name
