"""A participle hung on another participle that describes a noun ('his face rolling across the
stage, calling them "…"'): the noun is who speaks, not the subject of the sentence's root. Found
by direct52 on PolNeAR train (one quotation: 'The first taste … is his golden head speaking …,
calling them "…"') and left, the parse's shape being one of several a participle takes. Every
text here is invented for newsmine."""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.xfail(
    strict=True,
    reason=(
        "direct52, left: 'calling' is the advcl of 'rolling', itself the clause of 'face' under the "
        "copula; participle_speakers gives a participle the subject of the sentence's root ('The "
        "first look'), right where the parse hangs a participle on a complement's verb by mistake "
        "('said the plan would fail, calling it …'); telling the two apart needs the participle's "
        "head to describe a noun, not report"
    ),
)
def test_a_participle_under_a_nouns_participle_speaks_for_the_noun(pipeline):
    text = (
        "The first look the crowd gets of the senator is his giant cardboard face rolling across the "
        'stage, calling them "freeloaders" and boasting about the fence that will keep them out.\n'
    )
    assert speaker_of(pipeline.analyze(text), "freeloaders").text == "his giant cardboard face"
