"""Session 45 (review45): three of the session's speaker rules misfiring on news outside the
texts they were made on, each shown on news-style text invented here, with the shape the rule
was made for kept as it was.

- "The companies, which have fought in court for years, said": a definite plural set off by a
  comma after two companies were named is those companies, not bodies nobody named (the
  unnamed-bodies rule needs a clause that says which ones, or a word that describes them);
- "Sheriff Ray Dunn of Pike County" is not "the sheriff of Alder County" (the title found only
  further down must not belong to another place's office);
- "Mayor Dana Holt … the Holt Foundation … Holt and the Riverton Democratic Committee said": the person named
  first, not the foundation bearing her name (the surname-beside-a-company rule needs the
  company named before the person);
- "Three unions — Unite, the GMB and Unison — said": bodies named in an apposition are named.
"""

from __future__ import annotations

import pytest

from tests.test_seen45_probe_faults import _speaker


@pytest.mark.parametrize(
    ("before", "said", "snippet"),
    [
        (  # was anonymous "The companies"
            "Marlow Foods and Castleton Dairy signed a supply deal on Monday.",
            'The companies, which have fought in court for years, said the deal "ends every dispute".',
            "ends every dispute",
        ),
        (  # was anonymous "The unions"
            "Unison and the Royal College of Nursing called a strike.",
            'The unions, which represent 40,000 nurses, said the pay offer was "an insult".',
            "an insult",
        ),
        (  # was anonymous "Three unions": named in the dashes after them
            "Talks on nurses' pay collapsed on Monday.",
            'Three unions — Unite, the GMB and Unison — said the final offer was "a slap in the face".',
            "slap in the face",
        ),
    ],
)
def test_bodies_named_just_before_or_after_are_not_made_anonymous(pipeline, before, said, snippet):
    text = f"Deal or strike\n\n{before} {said}\n"
    assert _speaker(pipeline, text, snippet).kind != "anonymous"


def test_bodies_described_before_a_clause_set_off_stay_unnamed(pipeline):
    text = (
        "Levy blocked\n\n"
        "The regional unions, which represent 9,000 hospital porters, said the levy was "
        '"a tax on the sick".\n'
    )
    assert _speaker(pipeline, text, "tax on the sick").kind == "anonymous"


@pytest.mark.parametrize(
    ("county", "held"),
    [
        ("Alder", False),  # was Ray Dunn, the sheriff of another county
        ("Pike", True),  # the same county: he
    ],
)
def test_an_office_titled_later_is_the_one_asked_only_for_the_same_place(pipeline, county, held):
    text = (
        "Two men held\n\n"
        f"Deputies arrested two men near the river. The sheriff of {county} County said the men were "
        '"armed and dangerous".\n\n'
        "Sheriff Ray Dunn of Pike County praised the arrests on Tuesday.\n"
    )
    assert (_speaker(pipeline, text, "armed and dangerous").name == "Ray Dunn") is held


def test_a_surname_beside_a_body_is_the_person_named_before_her_namesake_foundation(pipeline):
    # was the Holt Foundation
    text = (
        "Mayor raises funds\n\n"
        "Mayor Dana Holt spoke in Riverton on Monday. Questions about the Holt Foundation have dogged her "
        'campaign. Holt and the Riverton Democratic Committee said in a statement that they had raised "$2 million" in July.\n'
    )
    speaker = _speaker(pipeline, text, "$2 million")
    assert (speaker.name, speaker.kind) == ("Dana Holt", "person"), (speaker.text, speaker.name, speaker.kind)
