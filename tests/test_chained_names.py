"""Of two names set off before the cue with a description between, the second speaks and the
first is the statement's (:mod:`newsmine.nlp.attribution.sources.chained_names`, sources65):
'The company named a new chief, Jo Lane, the board's chairman, Sam Ito, said.' Invented
sentences; each fixed case gave the first name as the speaker, and the content stopped before
it, before the rule."""

from __future__ import annotations

import pytest

from tests.conftest import only_quote


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The company named a new chief, Jo Lane, the board's chairman, Sam Ito, said.",
         "The company named a new chief, Jo Lane", "Sam Ito"),
        ("The company named a new chief, Jo Lane, the board's chairman, Sam Ito, told reporters on Monday.",
         "The company named a new chief, Jo Lane", "Sam Ito"),
        # 'told reporters' with nothing after: lost once the source was the second name (sources65's strict
        # xfail), kept since extract66 counts the content's gap to the source's apposition chain
        ("The club signed a new striker, Leo Marsh, the team's manager, Ana Ruiz, told reporters.",
         "The club signed a new striker, Leo Marsh", "Ana Ruiz"),
        # near misses, unchanged: a name with its description alone: the name speaks
        ("The company named a new chief, Jo Lane, the board's chairman, said.", "The company named a new chief",
         "Jo Lane"),
        # the name after a verb's clause, no noun it could be apposed to: left to the other rules
        ("Prices will rise, Jo Lane, the board's chairman, Sam Ito, said.", "Prices will rise", "Jo Lane"),
        # the parse already hangs the chain on the statement's noun (extract65's shape): unchanged
        ("The team hired a new coach, Tom Wade, the club's owner, Ana Ruiz, said.",
         "The team hired a new coach, Tom Wade", "Ana Ruiz"),
        ("The school lost its principal, Ana Ruiz, the district's spokesman, Tom Wade, told reporters.",
         "The school lost its principal, Ana Ruiz", "Tom Wade"),
    ],
)
def test_second_name_of_a_chain_speaks_and_a_lone_name_is_unchanged(pipeline, text, content, speaker):
    quote = only_quote(pipeline, text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.name == speaker
