"""Causes of desc47's description errors seen and left (session 47): a lead's description of
the story's one person named only after an opening phrase of the next sentence, and a role noun
('the candidate') given to the person just quoted, who the article says does something else.
Invented text; strict xfails until a rule covers them."""

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
    "desc47 @676: _named_next and _one_named_next take the person the next sentence opens with; "
    "'As part of his plea, Pieter Vos, 61, said' opens with a phrase, so the lead's 'The Dutch "
    "forger' stays unresolved"
)
_CANDIDATE_REASON = (
    "desc47 @248 (and desc43, desc46, extra-desc, desc37: 8 in 5 samples): a role noun goes to the "
    "person just named (_person_just_named) unless that one holds an office; an appraiser just "
    "quoted is no candidate, the running developer named three times is"
)


@pytest.mark.parametrize(
    ("text", "snippet", "speaker"),
    [
        pytest.param(_FORGER, "dozens more fake sea charts", "Pieter Vos", id="lead-named-after-a-phrase",
                     marks=pytest.mark.xfail(strict=True, reason=_FORGER_REASON)),
        pytest.param(_RESORTS, "far less than the asking price", "Martin Hale", id="candidate-not-the-appraiser",
                     marks=pytest.mark.xfail(strict=True, reason=_CANDIDATE_REASON)),
        # guard beside the xfails: the appraiser's own attribution is hers
        pytest.param(_RESORTS, "was not disclosed", "Rita Okafor", id="appraiser-keeps-her-quote"),
    ],
)  # fmt: skip
def test_desc47_causes_left(pipeline, text, snippet, speaker):
    assert speaker_of(pipeline.analyze(text), snippet).name == speaker
