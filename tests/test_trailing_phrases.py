"""A kept content ends before the writer's apposition at its right edge ('backing Okafor,
the former harbour master'), not before a place, a name, an example, a list or quoted words;
and before a ', which …' clause at its end longer than the words before it, not a short one,
a person's 'who' or a clause without a comma; and a content with no verb of its own before
what the words were said in or at ('in a tweet', 'at a rally in Dayton'). Every text here is
invented for newsmine."""

from __future__ import annotations

import pytest

from newsmine.nlp.attribution import DocContext
from newsmine.nlp.attribution.candidate import Candidate
from newsmine.nlp.attribution.trailing_phrases import end_before_apposition, end_before_long_which_clause, end_before_report_medium
from tests.conftest import candidate_to_sentence_end, doc_context


def _content_after(ctx: DocContext, cue_word: str, first_words: str) -> Candidate:
    return candidate_to_sentence_end(ctx, cue_word, first_words, "child:dobj")


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words", "kept"),
    [
        ("The union is backing Okafor, the former harbour master.\n", "backing", "Okafor", "Okafor"),
        (
            "Several councillors praised the ferry levy, a modest charge that pays for the night crossings.\n",
            "praised",
            "the ferry",
            "the ferry levy",
        ),
        ("Delgado criticized the toll plan of Hollis, his rival in the council race.\n", "criticized", "the toll", "the toll plan of Hollis"),
        # a ', which …' clause longer than the words before it (the writer's aside)
        ("Ruiz said she backs the levy, which was approved by the harbour board last spring after heated debate.\n", "said", "she backs", "she backs the levy"),
        ("Ruiz praised the terminal, which opened in March after a decade of delays that angered many residents.\n", "praised", "the terminal", "the terminal"),
        # what the words were said in or at, hung on the cue word
        ("Delgado criticized the ferry levy in a tweet.\n", "criticized", "the ferry", "the ferry levy"),
        ("The mayor praised the harbour board in an interview published Saturday.\n", "praised", "the harbour", "the harbour board"),
        ("Okafor thanked his supporters at a rally in Dayton.\n", "thanked", "his supporters", "his supporters"),
    ],
)
def test_the_writers_apposition_or_long_which_clause_or_the_reports_medium_at_the_end_is_left_out(nlp, text, cue_word, first_words, kept):
    ctx = doc_context(nlp, text)
    cand = _content_after(ctx, cue_word, first_words)
    cut = end_before_report_medium(ctx, end_before_long_which_clause(ctx, end_before_apposition(ctx, cand)))
    assert ctx.text[cut.start : cut.end] == kept


@pytest.mark.parametrize(
    ("text", "cue_word", "first_words"),
    [
        # a place
        ("Delgado criticized the new terminal in Dayton, Ohio.\n", "criticized", "the new"),
        # the name of what was described
        ("The union is backing the former harbour master, Ada Okafor.\n", "backing", "the former"),
        # an example
        ("Delgado said the closures hurt some families, particularly those without a car.\n", "said", "the closures"),
        # a list the parse takes for an apposition
        ("Delgado has criticized Mayor Ruiz, the port authority and the harbour board.\n", "criticized", "Mayor Ruiz"),
        # quoted words
        ('Delgado called the levy "a tax on the poor, a tax on the old."\n', "called", "the levy"),
        # a ', which …' clause shorter than the words before it: the gold keeps it as often as not
        ("Delgado said the council should keep the night crossings on the ferry levy, which ends in May.\n", "said", "the council"),
        # a ', which …' clause closed by a comma before the content's own verb, which the parse
        # hangs on 'which'
        ("Governor Adler said the levy, which the council approved in May, would hurt farmers in the valley.\n", "said", "the levy"),
        # a person's relative clause
        ("The union praised Okafor, who ran the harbour for twenty years before the council closed the night crossings.\n", "praised", "Okafor"),
        # a restrictive clause, no comma
        ("Delgado criticized the levy which the harbour board approved last spring after months of heated debate.\n", "criticized", "the levy"),
        # a reported clause keeps its own occasion
        ("Delgado said the board will approve the levy at a rally in May.\n", "said", "the board"),
        # an occasion of the content's own words
        ("Delgado criticized the remarks made at the debate.\n", "criticized", "the remarks"),
    ],
)
def test_a_content_ending_otherwise_is_not_cut(nlp, text, cue_word, first_words):
    ctx = doc_context(nlp, text)
    cand = _content_after(ctx, cue_word, first_words)
    assert end_before_apposition(ctx, cand) is cand
    assert end_before_long_which_clause(ctx, cand) is cand
    assert end_before_report_medium(ctx, cand) is cand


# xfail53: the writer's name for the whole report after a comma ('…, the most damaging testimony
# yet in the trial', '…, a charge she has always denied') ends the content whatever the parse
# hangs it on (probe52b's court article left it as a strict xfail).
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            (
                "The former clerk testified on Monday that the mayor ordered her to burn the ledgers days before the "
                "auditors arrived, the most damaging testimony yet in the bribery trial.\n"
            ),
            "the mayor ordered her to burn the ledgers days before the auditors arrived",
        ),
        (
            (
                "The emails raised questions about whether the harbour board rewarded its donors with berths at the "
                "new marina, a charge that the board has faced before and has always denied.\n"
            ),
            "whether the harbour board rewarded its donors with berths at the new marina",
        ),
        # review53f's near miss of its guard: 'a charge of <kind>' is still the writer's label
        ("Prosecutors said Hale took bribes, a charge of corruption he has always denied.\n", "Hale took bribes"),
    ],
)
def test_the_writers_name_for_the_whole_report_is_left_out(pipeline, text, kept):
    contents = [quote.text for quote in pipeline.analyze(text).quotes]
    assert kept in contents, contents


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near miss: a noun after the comma that names no report is left as it was
        (
            (
                "The former clerk testified on Monday that the mayor ordered her to burn the ledgers, the only copies "
                "of the harbour accounts.\n"
            ),
            "the mayor ordered her to burn the ledgers, the only copies of the harbour accounts",
        ),
        # review53f: a report noun with a that-clause or someone's 'of' of its own names a claim the
        # content restates, not the report just given
        (
            "Aides said the senator had dropped his first story, the claim that he was abroad.\n",
            "the senator had dropped his first story, the claim that he was abroad",
        ),
        (
            "The lawyer said the jury should weigh one thing above all, the testimony of the nurse.\n",
            "the jury should weigh one thing above all, the testimony of the nurse",
        ),
    ],
)
def test_a_phrase_naming_no_report_stays_in_the_content(pipeline, text, kept):
    contents = [quote.text for quote in pipeline.analyze(text).quotes]
    assert any(content.startswith(kept) for content in contents), contents
