"""``antecedents/previous_people.py``: a "his" or "he" in a sentence naming one person alone is
no vote for that person's gender when a person of that gender was named in the sentence before
(whom it may well mean); near miss: with only a woman named before, the vote counts. Every text
here is invented for newsmine (session 54, probe54b).
"""

from __future__ import annotations

import pytest

from newsmine.nlp.antecedents import DocIndex
from newsmine.nlp.entities import cluster_entities
from tests.conftest import speaker_of


def _gender_of(nlp, text: str, surname: str) -> str | None:
    doc = nlp(text)
    clusters = cluster_entities(doc)
    index = DocIndex(doc, clusters)
    cluster = next(c for c in clusters if c.label == "PERSON" and c.name.endswith(surname))
    return index.gender.get(id(cluster))


def test_a_his_after_a_man_named_the_sentence_before_is_no_vote(nlp):
    text = (
        "State Auditor Oluchi Adeyemi conceded the mayoral race on Wednesday to Councilwoman Grace Palmer. "
        "The third candidate, businessman Victor Hale, had left the race in May. Within a day of Adeyemi's "
        "concession, his campaign sent out a fundraising letter."
    )
    assert _gender_of(nlp, text, "Adeyemi") != "m"


def test_the_she_after_her_own_sentence_goes_to_the_candidate_of_unknown_name(pipeline):
    # Without the rule "Oluchi Adeyemi" (a first name in no list) was a man by the "his" of
    # Hale's campaign, and her "she" went to Palmer, the only woman left.
    text = (
        "Adeyemi concedes mayoral race\n\n"
        "State Auditor Oluchi Adeyemi conceded the mayoral race on Wednesday to Councilwoman Grace Palmer.\n\n"
        "The third candidate, businessman Victor Hale, had left the race in May. Within a day of Adeyemi's "
        "concession, his campaign sent out a fundraising letter.\n\n"
        'Adeyemi then turned to her volunteers. "We ran a race I\'m proud of," she said.\n'
    )
    assert speaker_of(pipeline.analyze(text), "We ran a race").name == "Oluchi Adeyemi"


def test_a_his_with_only_a_woman_named_before_still_votes(nlp):
    # near miss: nobody the "his" could carry over from, so it is the named man's
    text = (
        "Councilwoman Grace Palmer won the mayoral race on Tuesday. Within a day of the count, Tunde Bakare "
        "said his campaign had paid its debts."
    )
    assert _gender_of(nlp, text, "Bakare") == "m"


# ---- review54d: a pronoun bound to the sentence's own subject still votes ---------------------------

_ADEYEMI = (
    "State Auditor Oluchi Adeyemi spoke on Wednesday in Dayton. The third candidate, {rival}, had left the "
    "race in May. {sentence}"
)


@pytest.mark.parametrize(
    ("rival", "sentence", "gender"),
    [
        ("businessman Victor Hale", "Within an hour, Adeyemi said he would concede the race.", "m"),
        ("businesswoman Carla Hale", "Within an hour, Adeyemi said she would concede the race.", "f"),
        ("businessman Victor Hale", "Adeyemi conceded, and he thanked the voters.", "m"),
        ("businessman Victor Hale", "Adeyemi said his campaign would fold.", "m"),
    ],
)
def test_a_pronoun_in_the_clause_of_the_named_subject_still_votes(nlp, rival, sentence, gender):
    # review54d: the person named the sentence before cannot be meant when the one named here is the
    # subject of the verb whose clause holds the pronoun; the rule first discarded these votes too
    assert _gender_of(nlp, _ADEYEMI.format(rival=rival, sentence=sentence), "Adeyemi") == gender


def test_a_pronoun_after_a_possessor_of_the_subject_is_still_no_vote(nlp):
    # near miss: "Adeyemi's aide" is the subject, not Adeyemi; the "he" may be the aide or Hale
    text = _ADEYEMI.format(rival="businessman Victor Hale", sentence="Adeyemi's aide said he would file the papers.")
    assert _gender_of(nlp, text, "Adeyemi") != "m"
