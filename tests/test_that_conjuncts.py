"""A kept content runs on over a second 'that' clause the parse hung on the cue word ('said the
pier must close, but that the ferry would stay'); a demonstrative 'that' after 'but' is left
alone. Without 'that', a second clause holding a quotation joins too ('says the islanders want
a ferry, but instead the council is offering them "delays …"'), unless its verb reports
(an attribution of its own), it holds another party's stance ('but the council has dismissed it
as "a fantasy"') or it quotes nothing. Every text here is invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.quotes import find_quotes


def _contents(nlp, text: str, cue: str = "said") -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(nlp(text)) if q.cue is not None and q.cue.text == cue]


def test_a_second_that_clause_on_the_cue_joins_the_content(nlp):
    text = "The governor said the county needs to secure its harbour, but that he would not support a new ferry levy.\n"
    assert _contents(nlp, text) == ["the county needs to secure its harbour, but that he would not support a new ferry levy"]


def test_a_demonstrative_that_after_but_stays_out(nlp):
    text = "The mayor said the harbour plan was sound, but that group was not convinced.\n"
    assert _contents(nlp, text) == ["the harbour plan was sound"]


def test_a_second_clause_holding_a_quotation_joins_the_content(nlp):
    text = (
        "The harbour master says the islanders are looking for a reliable ferry, but instead the council is "
        'offering them "delays, excuses and higher fares."\n'
    )
    assert _contents(nlp, text, "says") == [
        'the islanders are looking for a reliable ferry, but instead the council is offering them "delays, excuses and higher fares'
    ]


def test_a_second_clause_with_a_reporting_verb_stays_out(nlp):
    text = 'The engineer said the old pier was unsafe, and he had warned the board about cracks that "could bring the whole thing down."\n'
    assert _contents(nlp, text) == ["the old pier was unsafe"]


def test_a_second_clause_quoting_nothing_stays_out(nlp):
    # (not 'and the board agreed to …': 'agree' reports, which keeps the clause out by itself)
    text = "The engineer said the old pier was unsafe, and the board closed it for the winter.\n"
    assert _contents(nlp, text) == ["the old pier was unsafe"]


def test_a_second_clause_with_another_partys_stance_stays_out(nlp):
    # 'dismiss' is no reporting verb but a stance cue: the quoted words are the council's
    text = 'The mayor said the harbour plan was sound, but the council has dismissed it as "a fantasy."\n'
    assert _contents(nlp, text) == ["the harbour plan was sound"]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "a second clause whose quotation a colon opens is the writer's lead-in to a quote of its own; "
        "the colon exception (session 46) changed no PolNeAR train content, and the train instance "
        "(a senator calling two rivals a quoted name, then 'but he gave one of them a compliment' and a colon) "
        "is a verb-phrase content, whose cut before a clause of its own moved 72 train articles, direct -4"
    ),
)
def test_a_second_clause_leading_in_a_quotation_with_a_colon_stays_out(nlp):
    text = (
        'Mayor Ellen Brooks said both members of the opposition are "passengers on this council," but she gave '
        'the younger one a grudging compliment: "He reads every page. He is just wrong about most of them."\n'
    )
    assert _contents(nlp, text) == ['both members of the opposition are "passengers on this council,']
