"""Direct quotations whose content is found but whose speaker is not (session 45, source45): a
name the parse hung on its verb as a compound after a closed clause, and an absolute phrase
('her voice drowned out by boos') read as a verb with an agent that speaks. Every text here is
invented for newsmine."""

from __future__ import annotations

from tests.conftest import speaker_of
from tests.test_attribution_sources import _built_source, _parse


def test_a_name_hung_on_its_verb_as_a_compound_after_a_clause_is_its_speaker(nlp):
    # 'When a young fan loudly yelled, "Refund," Webb joked, "Come on down!"' as the small
    # model parses it with some names: 'Webb' a compound of 'joked', 'joked' hung on 'yelled'
    # (whose subject, the fan, it then inherited).
    rows = [
        ("When", 5, "advmod", "SCONJ", "WRB"), ("a", 3, "det", "DET", "DT"), ("young", 3, "amod", "ADJ", "JJ"),
        ("fan", 5, "nsubj", "NOUN", "NN"), ("loudly", 5, "advmod", "ADV", "RB"), ("yelled", 5, "ROOT", "VERB", "VBD", False),
        (",", 5, "punct", "PUNCT", ","), ('"', 8, "punct", "PUNCT", "``", False), ("Refund", 5, "dobj", "PROPN", "NNP", False),
        (",", 8, "punct", "PUNCT", ",", False), ('"', 11, "punct", "PUNCT", "''"), ("Webb", 12, "compound", "PROPN", "NNP"),
        ("joked", 5, "xcomp", "VERB", "VBD", False), (",", 12, "punct", "PUNCT", ","), ('"', 15, "punct", "PUNCT", "``", False),
        ("Come", 12, "ccomp", "VERB", "VB"), ("on", 15, "prt", "ADP", "RP"), ("down", 15, "prt", "ADP", "RP", False),
        ("!", 15, "punct", "PUNCT", ".", False), ('"', 15, "punct", "PUNCT", "''", False),
    ]
    assert _built_source(_parse(nlp, rows), "joked") == "Webb"


def test_a_name_parsed_as_the_subject_keeps_the_rule_out(nlp):
    # The same sentence parsed right: 'Webb' is the subject already.
    rows = [
        ("When", 3, "advmod", "SCONJ", "WRB"), ("fans", 3, "nsubj", "NOUN", "NNS"), ("loudly", 3, "advmod", "ADV", "RB"),
        ("yelled", 8, "advcl", "VERB", "VBD", False), (",", 3, "punct", "PUNCT", ","), ('"', 6, "punct", "PUNCT", "``", False),
        ("Refund", 3, "dobj", "PROPN", "NNP", False), ('"', 3, "punct", "PUNCT", "''"), ("Webb", 8, "nsubj", "PROPN", "NNP"),
        ("joked", 8, "ROOT", "VERB", "VBD", False), (".", 8, "punct", "PUNCT", ".", False),
    ]
    assert _built_source(_parse(nlp, rows), "joked") == "Webb"


def test_an_absolute_phrase_after_a_report_takes_no_quotation(pipeline):
    # The parse makes 'drowned' the root, with 'her voice' its subject and the report before it
    # its complement; the shouts say none of the mayor's words.
    record = pipeline.analyze(
        '"Our workers back this plan," Mayor Ann Lee told the hall, her voice drowned out by shouts from the back.\n'
    )
    quotes = [q for q in record.quotes if "back this plan" in q.text]
    assert quotes and all(q.speaker is not None and q.speaker.name == "Ann Lee" for q in quotes)
    assert speaker_of(record, "back this plan").name == "Ann Lee"


def test_a_passive_with_its_own_auxiliary_keeps_its_agent(pipeline):
    # 'was read out by the clerk': a finite passive, whose agent reads the words.
    record = pipeline.analyze('The statement was read out by the town clerk: "The library will stay open all summer."\n')
    assert "clerk" in speaker_of(record, "library will stay open").text
