"""Sources of participles that open their sentence: 'Adding, "…"' with no clause of its own
continues the speaker of the sentence before; 'Expecting …, Burke said' is the subject's
expectation; 'Citing …, Will urged' has a name the parse read as a modal verb; 'Emphasizing the
urgency …, Ruiz said, "…"' is Ruiz's, not the participle's object's."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import noun_phrase, subject_of
from tests.conftest import doc_context


def _source_of(nlp, text: str, cue_word: str) -> str | None:
    ctx = doc_context(nlp, text)
    cue = next(t.i for t in ctx.doc if t.text == cue_word)
    source = subject_of(ctx, cue)
    return noun_phrase(ctx.doc[source]).text if source >= 0 else None


@pytest.mark.parametrize(
    ("text", "cue_word", "expected"),
    [
        ("Lena Ruiz said the harbour plan had failed.\n\nAdding, “We will not back down.”", "Adding", "Lena Ruiz"),
        (
            "Lena Ruiz stated that the harbour plan “was not good.” Adding, “Now, like with all such plans, what they do is never that bad.”",
            "Adding",
            "Lena Ruiz",
        ),
        ("Expecting thousands at the march on Monday, Mr. Okafor said he would ignore the route.", "Expecting", "Mr. Okafor"),
        ("Citing the flood as a warning to the town and its “reveries about luck,” Will urged voters to act.", "Citing", "Will"),
        # the noun after a participle is its object, never a speaker inverted after it
        (
            "Emphasizing the urgency of the matter, Ruiz said, “If we do not get tough and smart real fast, we are not going to have a harbour anymore.”",
            "Emphasizing",
            "Ruiz",
        ),
        # a heading or a list item opened by a participle continues nobody
        ("Okafor said the budget was fine.\n\nSlashing the port tax.", "Slashing", None),
    ],
)
def test_an_opening_participle_speaks_for_its_subject_or_the_speaker_before(nlp, text, cue_word, expected):
    assert _source_of(nlp, text, cue_word) == expected
