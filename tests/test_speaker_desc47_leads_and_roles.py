"""Causes of desc47's description errors (session 47). Fixed: a lead's description of the story's
one person, named in the next sentence after an opening phrase the parser hangs the name on
("As part of his plea, Pieter Vos, 61, said"). Left, as strict xfails: a lead's noun no list
holds as a person's ("forger"), and a role noun ('the candidate') given to the person just
quoted, whom the article gives another trade. Invented text."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of

_FORGER = (
    "Forger admits to more frauds\n\n"
    "The Dutch forger admitted Tuesday that he had sold dozens more fake sea charts to museums.\n\n"
    "As part of his plea, Pieter Vos, 61, said that he sold forty maps to collectors in Belgium and France.\n\n"
    "Vos told the judge that he worked alone.\n"
)

_RESORTS = (
    "Golf resorts change hands\n\n"
    "Developer Martin Hale bought two golf resorts in Florida last year, and Mr. Hale has since spent "
    "$90 million on them. Mr. Hale is running for governor of Florida as a Republican. Mr. Hale says "
    "the resorts will make money by 2018.\n\n"
    '"The market for luxury golf is back," said Rita Okafor, who appraises golf properties for a real '
    'estate firm in Tampa. "Buyers are returning."\n\n'
    "The price of the first resort was not disclosed, according to Ms. Okafor.\n\n"
    "During a campaign stop at the second resort in May, the candidate boasted that he had paid far "
    "less than the asking price.\n"
)


_FORGER_REASON = (
    "'forger' is in no list of person nouns (descriptions._person_word), so _named_next does not "
    "ask about 'The Dutch forger'; 'hacker' is (the passing case below). seen49, left: adding trade nouns "
    "one by one fits the sample, and agent nouns in -er are no rule ('holder', 'leader', 'order')"
)
_HACKER = _FORGER.replace("Forger", "Hacker").replace("Dutch forger", "Dutch hacker")
_LAWYER = _HACKER.replace(
    "As part of his plea, Pieter Vos, 61, said", "After the hearing, his lawyer, Pieter Vos, said"
)
_CANDIDATE_REASON = (
    "desc47 @248 (and desc43, desc46, extra-desc, desc37: 8 in 5 samples): a role noun goes to the "
    "person just named (_person_just_named) unless that one holds an office; an appraiser just "
    "quoted is no candidate, the running developer named three times is"
)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        pytest.param(_FORGER, "dozens more fake sea charts", "Pieter Vos", id="forger-no-person-noun",
                     marks=pytest.mark.xfail(strict=True, reason=_FORGER_REASON)),
        pytest.param(_RESORTS, "far less than the asking price", "Martin Hale", id="candidate-not-the-appraiser",
                     marks=pytest.mark.xfail(strict=True, reason=_CANDIDATE_REASON)),
        # fixed: the name the parser set in apposition to "his plea" is the verb's subject
        pytest.param(_HACKER, "dozens more fake sea charts", "Pieter Vos", id="lead-named-after-a-phrase"),
        # guard beside the xfails: the appraiser's own attribution is hers
        pytest.param(_RESORTS, "was not disclosed", "Rita Okafor", id="appraiser-keeps-her-quote"),
    ],
)  # fmt: skip
def test_desc47_causes_left(pipeline, text, snippet, speaker):
    assert speaker_of(pipeline.analyze(text), snippet).name == speaker


def test_a_lawyer_named_next_is_not_the_hacker(pipeline):
    # near miss: "his lawyer, Pieter Vos," is the subject's apposition, not a torn-off subject
    speaker = speaker_of(pipeline.analyze(_LAWYER), "dozens more fake sea charts")
    assert speaker.name != "Pieter Vos"
