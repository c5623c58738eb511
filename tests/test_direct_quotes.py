"""Direct quotes the cue-driven choice leaves uncovered, and quotation marks typed wrong.

Every text here is invented for newsmine. Each test holds one construction of news
writing: a quotation whose cue follows it ('"…," the editorial read.'), a short quotation
opening its sentence, a quotation introduced by a lead-in and a colon, a quoted sentence
continuing the quote before it, curly marks typed the wrong way round, and quotation marks
glued to the words around them ('said,“Look').
"""

from __future__ import annotations

import pytest

from newsmine.nlp.quote_marks import find_quoted
from tests.conftest import doc_context


def _quotes(pipeline, text):
    return pipeline.analyze(text).quotes


def _quote_with(quotes, snippet):
    found = [q for q in quotes if snippet in q.text]
    assert found, f"no quote holds {snippet!r}: {[q.text for q in quotes]}"
    return found[0]


def _inner(text):
    return [text[s.inner_start : s.inner_end] for s in find_quoted(text)]


# --- quotation marks ------------------------------------------------------------------


def test_an_opening_curly_mark_after_a_word_closes_the_quotation():
    text = "“It’s unusual,“ said Ana Ruiz, a lawyer in the port town. “It’s a hard thing to do.”"
    assert _inner(text) == ["It’s unusual,", "It’s a hard thing to do."]


def test_an_opening_curly_mark_closing_a_quoted_word_inside_a_sentence():
    assert _inner("The mayor called the ferry cuts “reckless“ while the council looked on.") == ["reckless"]


def test_a_closing_curly_mark_before_a_word_opens_the_quotation():
    assert _inner("Aides were told to ”keep the pier open” all winter.") == ["keep the pier open"]


def test_a_closing_curly_mark_after_an_invisible_format_character_opens_the_quotation():
    # Comments pasted from social media open with U+202A (left-to-right embedding) and a mark
    # typed the wrong way round: the invisible character stands where a space or the paragraph
    # start would (before: no quotation found, the comment read as the writer's words).
    text = (
        "Readers answered the mayor online.\n\n"
        "\u202a”Keep the ferry running, we have no other way to the mainland!!”\u202c\n\n"
        "\u202a”Thanks for listening to the island, Mayor Lee!!!”\u202c\n"
    )
    assert _inner(text) == [
        "Keep the ferry running, we have no other way to the mainland!!",
        "Thanks for listening to the island, Mayor Lee!!!",
    ]


def test_a_zero_width_space_before_a_quoted_word_reads_as_a_space():
    assert _inner('The council called the plan\u200b"a start" on Monday.') == ["a start"]


def test_nested_curly_quotations_still_pair():
    text = "“The board calls it “a pause” but it is a closure,” Novak said."
    assert _inner(text) == ["The board calls it “a pause” but it is a closure,"]


# --- the cue right after a quotation ---------------------------------------------------


def test_a_cue_word_tagged_as_a_noun_after_the_quotation_still_attributes_it(pipeline):
    text = (
        "The council met on Monday to discuss the harbour.\n\n"
        "“If the port wants more ships, it should dredge the channel first,” the editorial read.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "it should dredge the channel first")
    assert quote.speaker is not None and quote.speaker.text.endswith("editorial")
    assert quote.cue is not None and quote.cue.text == "read"


def test_an_inverted_said_gives_the_noun_phrase_after_it(pipeline):
    text = (
        "At the ferry terminal, a young clerk was tired of the arguments. "
        '"Somebody shouted at me about the ferry fares this morning," said the woman, '
        "who did not want to be quoted by name.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "Somebody shouted at me")
    assert quote.speaker is not None and quote.speaker.text.endswith("woman")


def test_a_short_quotation_opening_its_sentence_is_a_quote(pipeline):
    text = 'The mayor unveiled the budget on Tuesday.\n\n"Savage," Ines Duarte said of the cuts to the ferry service.\n'
    quote = _quote_with(_quotes(pipeline, text), "Savage")
    assert quote.speaker is not None and quote.speaker.text == "Ines Duarte"


def test_a_short_quoted_label_before_a_cue_inside_a_sentence_is_not_a_quote(pipeline):
    text = 'On Monday the harbour "experts" said the old pier was safe for another decade.\n'
    assert not [q for q in _quotes(pipeline, text) if q.text.strip('"“” ,.') == "experts"]


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        (
            'The new ferry would cost less than the old bridge "no matter what," one harbour clerk commented.\n',
            'The new ferry would cost less than the old bridge "no matter what,"',
            "one harbour clerk",
        ),
        (
            "The council cannot repair the pier “from its own budget,” Novak added, saying the state must help.\n",
            "The council cannot repair the pier “from its own budget,”",
            "Novak",
        ),
    ],
)
def test_a_clause_closed_by_a_short_quotation_before_its_cue_is_the_speakers(pipeline, text, clause, speaker):
    # 'X would be better "no matter what," one user commented.': the quoted words end the
    # clause the speaker said, and the clause is the quote, not the quoted words alone.
    quote = _quote_with(_quotes(pipeline, text), clause.split()[1])
    assert quote.text.strip(" \"“”") == clause.strip(" \"“”")
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        (
            (
                "The ferry board met on Monday. The new timetable signals "
                '"the end of an era" for the island, said Ana Ruiz, a harbour commissioner.\n'
            ),
            'The new timetable signals "the end of an era" for the island',
            "Ana Ruiz",
        ),
        (
            (
                "Ferry fares rose again in May, Novak said.\n\n"
                'Those who do commute by boat struggle, even with a "cheap" pass, Novak said.\n'
            ),
            'Those who do commute by boat struggle, even with a "cheap" pass',
            "Novak",
        ),
    ],
)
def test_a_sentence_quoting_a_few_words_before_its_closing_attribution_is_the_speakers(pipeline, text, clause, speaker):
    # '… signals "the beginning of the end" for the EU, said Geert Wilders, founder of …':
    # the words before the closing attribution are the speaker's, the quoted ones among them.
    quote = _quote_with(_quotes(pipeline, text), clause.split()[1])
    assert quote.text.strip(" ,") == clause
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_sure_reporting_verb_keeps_its_clause_quoting_a_word_when_it_kept_nothing(pipeline):
    # 'The senator said the financial system was "corrupt," noting that it is "…"': the
    # participle takes the clause after, and 'said' keeps its own, however unsure the model.
    text = (
        'The mayor from Portland said the harbour fund was "broken," noting that it is "very strange '
        "that a town which pays $5 million in fees for a pier it never uses cannot find one dollar "
        'for the ferry while children who ride it wait in the rain.\n'
    )
    kept = [(q.cue and q.cue.text, q.speaker and q.speaker.text) for q in _quotes(pipeline, text) if "harbour fund" in q.text]
    assert kept == [("said", "The mayor")]


def test_a_short_quoted_label_the_writers_clause_goes_on_after_is_not_a_quote(pipeline):
    text = "The harbour board backed the “pivot” that the mayor announced in May, the paper reported.\n"
    assert not [q for q in _quotes(pipeline, text) if "pivot" in q.text and q.text.rstrip().endswith("”")]


def test_a_cue_in_the_next_sentence_does_not_claim_a_quotation_ending_with_a_full_stop(pipeline):
    text = (
        '"It is a very sad day for the town," Novak told reporters. "The old pier was part of our lives." '
        "Deputy mayor Ana Ruiz said she would push for repairs.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "The old pier was part of our lives")
    assert quote.speaker is not None and quote.speaker.text == "Novak"


def _speakers(pipeline, text, snippet):
    return [q.speaker.text if q.speaker else None for q in _quotes(pipeline, text) if snippet in q.text]


def test_a_short_sentence_opening_a_paragraph_leads_into_the_quotation_after_it(pipeline):
    # '"…" ¶ Rubio disagreed. ¶ "…"': the short sentence is no cue of the quotation before it,
    # and the cue of the one after it when that one has none of its own.
    lee = '"The city has waited far too long to repair the old bridge over the river'
    jones = "\n\nJones disagreed.\n\n" '"Nothing about this plan is ready for a vote'
    attributed = lee + '," Lee said. "It should have been done years ago."' + jones + '. We need to wait."\n'
    assert _speakers(pipeline, attributed, "It should have been done years ago") == ["Lee"]
    assert _speakers(pipeline, attributed, "Nothing about this plan") == ["Jones"]
    led_in = "Professor Lee agreed. " + lee + '."' + jones + '," she said.\n'
    assert "Jones" not in _speakers(pipeline, led_in, "repair the old bridge")
    assert _speakers(pipeline, led_in, "Nothing about this plan") == ["she"]


# --- a quoted sentence going on with the quote before it --------------------------------


def test_a_quoted_sentence_after_an_attributed_one_joins_its_quote(pipeline):
    text = (
        "“I completely reject the idea that the port is closing,” she said. "
        "“We feel good about the ships we are bringing in and the jobs they keep in town.” "
        "She noted a planned visit by the governor on Saturday.\n"
    )
    quotes = _quotes(pipeline, text)
    quote = _quote_with(quotes, "We feel good about the ships")
    assert "I completely reject the idea" in quote.text
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert len(quote.parts) == 2


# --- a lead-in and a colon ------------------------------------------------------------------


def test_a_reporting_verb_inside_the_speakers_description_does_not_end_the_quote(pipeline):
    # 'argued' reports nothing new: it describes the speaker, so the next quoted sentence is
    # still hers (before: a quote of its own, given to 'a port commissioner').
    text = (
        "“Nobody asked the fishermen what they needed before the work began,” said Ana Ruiz, "
        "a port commissioner who argued last year that the plan was too costly. “Now the fleet has nowhere to go.”"
    )
    quote = _quote_with(_quotes(pipeline, text), "Nobody asked the fishermen")
    assert [text[p.start : p.end] for p in quote.parts] == [
        "Nobody asked the fishermen what they needed before the work began,",
        "Now the fleet has nowhere to go.",
    ]
    assert quote.speaker.text == "Ana Ruiz"


def test_a_number_after_a_quotation_speaks_it(pipeline):
    # '"…," the two write.': the number is the speaker, and the next quoted sentence theirs
    text = (
        "Two senators sent a letter to the harbour board on Friday. “You have ignored every warning about "
        "the breakwater and the costs it brings,” the two write. “We expect an answer before the end of the month.”"
    )
    quote = _quote_with(_quotes(pipeline, text), "You have ignored every warning")
    assert quote.speaker.text == "two" and quote.cue.text == "write"
    assert text[quote.parts[-1].start : quote.parts[-1].end] == "We expect an answer before the end of the month."


def test_a_name_and_a_colon_introduce_a_quotation(pipeline):
    text = (
        "The harbour plan drew comments from both sides at the hearing.\n\n"
        'Council member Ana Ruiz (Ward 3): "I have not heard anyone explain who pays for the dredging of the channel."\n\n'
        'Harbour master Jana Novak: "The port authority pays for it, as it always has, out of berth fees."\n'
    )
    quotes = _quotes(pipeline, text)
    assert _quote_with(quotes, "who pays for the dredging").speaker.text == "Council member Ana Ruiz"
    assert _quote_with(quotes, "out of berth fees").speaker.text == "Harbour master Jana Novak"


def test_a_document_before_a_colon_speaks_its_quotation(pipeline):
    text = (
        "The harbour study was published on Monday. From the report: "
        '"Ships calling at the port have doubled since 2015, while the channel has not been dredged once."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "Ships calling at the port have doubled")
    assert quote.speaker is not None and quote.speaker.text == "the report"


def test_a_name_after_a_dash_and_before_a_colon_speaks_the_quotation(pipeline):
    # A digest's summary, a dash, the quoted source's name and a colon: the name speaks,
    # not the summary's subject; a name tagged as nouns ('Pew Research Center') as well.
    text = (
        "Polls missed the late swing in the Harbor County race, and the pollsters have begun to explain why. "
        "Jane Okafor of the University of Michigan and the Pew Research Center both published reviews on Monday.\n\n"
        'Pollsters agree - Jane Okafor: "The late deciders broke hard for the challenger, and nobody had them."\n\n'
        'Turnout models came up short - Pew Research Center: "Our samples had too few first-time voters."\n'
    )
    quotes = _quotes(pipeline, text)
    for snippet, speaker in (("The late deciders broke hard", "Jane Okafor"), ("too few first-time voters", "Pew Research Center")):
        assert _quote_with(quotes, snippet).speaker.text == speaker


def test_a_date_after_a_dash_and_before_a_colon_speaks_nothing(pipeline):
    text = (
        "The harbor council met twice this week to settle the dredging plan.\n\n"
        'Council member Ana Ruiz spoke at both meetings - Monday: "We cannot wait another year for the channel to be dredged."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "We cannot wait another year")
    assert quote.speaker is None or quote.speaker.text != "Monday"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('Pollsters agree - Jane Okafor: "The late deciders broke hard for the challenger."\n', "Okafor"),
        # Guards (session 32, review32), each case failing with its own guard removed: a colon
        # that opens no quotation, a hyphen inside a name rather than a spaced dash, words not
        # written as a name, a kicker such as 'Update'.
        ("Turnout models came up short - Pew Research Center: its samples had too few new voters.\n", None),
        ('The sharpest reply came from the union leader Marie-Claire Dupont: "We were never asked."\n', None),
        ('Pollsters agree - the late deciders: "We made up our minds in the booth."\n', None),
        ('Harbor council votes on the dredging plan - Update: "The vote is set for Thursday."\n', None),
    ],
)
def test_a_dash_lead_in_is_a_name_set_off_by_a_spaced_dash_before_a_quotation(nlp, line, speaker):
    from newsmine.nlp.attribution.punctuation_candidates import _dash_lead_ins

    ctx = doc_context(nlp, line)
    assert [ctx.doc[cand.source].text for cand in _dash_lead_ins(ctx, set())] == ([speaker] if speaker else [])


def test_a_quoted_fragment_before_the_colon_leaves_the_lead_in_its_verb(pipeline):
    # 'X calls Y "…": "…"': the colon's quotation is X's (before: no speaker)
    text = (
        'The harbour columnist Ana Ruiz calls the mayor "a builder with the habits of a gambler": '
        '"Every year he promises a new pier, and every year the fleet pays for the old one."'
    )
    quote = _quote_with(_quotes(pipeline, text), "Every year he promises")
    assert quote.speaker.text.startswith("The harbour columnist") and quote.cue.text == "calls"


def test_a_quote_does_not_run_on_past_a_reporting_participle_with_its_own_clause(pipeline):
    text = (
        '"We will open the new pier in May," Novak said, adding that the ferry would keep running all winter. '
        '"Nobody on the island will be cut off while the work goes on."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "We will open the new pier in May")
    assert "Nobody on the island" not in quote.text


_NOVAK = '"We expect the new ferry to run by the spring," said Tomas Novak, the port director.\n\n'
_UNION = '"Our members were never asked about the schedule, and they will not accept it."\n'


@pytest.mark.parametrize(
    "report, speaker, cue",
    [
        # The verb reports nothing of its own: before, the quotation took Tomas Novak.
        ("Port Elm College economist Ana Ruiz agreed.", "Port Elm College economist Ana Ruiz", "agreed"),
        ("Lena Varga, a spokeswoman for the fishermen's union, said in a statement.", "Lena Varga", "said"),
        # A report with a clause of its own: the same speaker as before, now with its cue.
        ("Ana Ruiz added that the union had not been consulted.", "Ana Ruiz", "added"),
    ],
)
def test_a_quotation_right_after_a_report_in_its_paragraph_goes_on_with_it(pipeline, report, speaker, cue):
    quote = _quote_with(_quotes(pipeline, _NOVAK + report + " " + _UNION), "Our members were never asked")
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue


def test_a_negated_report_before_a_quotation_is_no_report(pipeline):
    # Ana Ruiz never answered: the quotation after it is not hers, nor 'answered' its cue
    text = _NOVAK + "Ana Ruiz never answered. " + _UNION
    quote = _quote_with(_quotes(pipeline, text), "Our members were never asked")
    assert quote.cue is None or quote.cue.text != "answered"
    assert quote.speaker is None or quote.speaker.text != "Ana Ruiz"


def test_a_sentence_of_narration_before_a_quotation_is_no_report(pipeline):
    # 'shook' is no reporting verb: the quotation keeps the speaker before it, with no cue.
    quote = _quote_with(_quotes(pipeline, _NOVAK + "Ana Ruiz shook her head. " + _UNION), "Our members were never asked")
    assert quote.cue is None


def test_a_quote_does_not_run_on_past_a_sentence_of_narration(pipeline):
    # 'Elena Novak shook her head.': the reporter's own sentence ends Tomas's quote, and
    # the quotation after it is as likely hers (before: one quote over both, narration inside).
    text = (
        "“The ferry leaves when it wants to,” Tomas Novak said, pointing at the empty dock. "
        "Elena Novak shook her head. “He is much more patient about it than I am.”\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "The ferry leaves when it wants to")
    assert "much more patient" not in quote.text
    assert quote.speaker.text == "Tomas Novak"


def test_a_quoted_sentence_does_not_join_the_quote_before_it_over_narration(pipeline):
    # The speaker's description and a sentence about her stand between the two quotations
    # (before: one quote from the first word to the last, 'Ruiz supports …' inside).
    text = (
        '"The harbour matters, but in my view the school matters more," says Ana Ruiz, 41, '
        "of Port Elm, who works at the fish market. Ruiz supports the mayor in the race. "
        '"I have two children, and the school has no heating."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "The harbour matters")
    assert "the school has no heating" not in quote.text
    assert "supports the mayor" not in quote.text


def test_a_cue_sentence_after_a_question_is_not_narration(pipeline):
    # The parse ends a sentence at '?"', so 'Novak asked.' stands alone: the cue's own
    # sentence, not narration, and the quote still runs on.
    text = (
        "“Who will pay for the new pier?” Novak asked. “Not the fishermen, and not the ferry.”\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "Who will pay for the new pier")
    assert "Not the fishermen" in quote.text


# --- quotation marks glued to the words around them ---------------------------------------


def test_quotation_marks_glued_between_words_are_tokens_of_their_own(nlp):
    tokens = lambda text: [t.text for t in nlp.make_doc(text)]  # noqa: E731
    assert tokens("Ruiz said,“Look, no.") == ["Ruiz", "said", ",", "“", "Look", ",", "no", "."]
    assert tokens("fair,”Novak said.") == ["fair", ",", "”", "Novak", "said", "."]
    assert tokens('Duarte:"We') == ["Duarte", ":", '"', "We"]
    # Marks with a space on one side were split already and stay as they were.
    assert tokens("“Yes,” she said.") == ["“", "Yes", ",", "”", "she", "said", "."]
    assert tokens('said "no" and left') == ["said", '"', "no", '"', "and", "left"]


def test_abbreviated_titles_are_one_token_and_end_no_sentence(nlp):
    doc = nlp("Police Sgt. Maria Delgado said the road would reopen. Lt. Gov. Ana Ruiz agreed.")
    words = [t.text for t in doc]
    assert words[:4] == ["Police", "Sgt.", "Maria", "Delgado"]
    assert words[10:14] == ["Lt.", "Gov.", "Ana", "Ruiz"]
    assert [s.text for s in doc.sents] == [
        "Police Sgt. Maria Delgado said the road would reopen.", "Lt. Gov. Ana Ruiz agreed."
    ]
    # A title spaCy's exceptions hold already stays as it was; a full stop after a word stays split.
    assert [t.text for t in nlp.make_doc("Gen. Lee left at 5 p.m. He said no.")][:2] == ["Gen.", "Lee"]


def test_the_pipeline_keeps_the_glued_quotation_mark_rules_once(nlp):
    from newsmine.nlp.model import split_glued_quotation_marks

    finditer = nlp.tokenizer.infix_finditer
    split_glued_quotation_marks(nlp)
    assert nlp.tokenizer.infix_finditer is finditer


def test_a_quotation_glued_to_said_and_its_comma_is_the_speakers(pipeline):
    text = (
        "The council voted on the ferry budget late on Tuesday.\n\n"
        "Harbour master Jana Novak said,“The pier stays open all winter, whatever the council decides about the fares.”\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "The pier stays open all winter")
    assert quote.speaker is not None and quote.speaker.text.endswith("Jana Novak")


def test_a_speaker_glued_to_the_closing_mark_is_found(pipeline):
    text = (
        "The storm damaged the old ferry dock on Sunday night.\n\n"
        "“We will rebuild the dock before the winter storms come back to the bay,”Novak said on Monday.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "We will rebuild the dock")
    assert quote.speaker is not None and quote.speaker.text == "Novak"


def test_a_name_glued_to_its_colon_and_quotation_introduces_it(pipeline):
    text = (
        "The harbour plan drew comments from both sides at the hearing.\n\n"
        'Council member Ana Ruiz:"I have not heard anyone explain who pays for the dredging of the channel."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "who pays for the dredging")
    assert quote.speaker is not None and quote.speaker.text.endswith("Ana Ruiz")


# --- where a quotation after its cue ends ------------------------------------------------


def _content(quote):
    return quote.text.strip(" ,.\"“”")


def test_a_quotation_after_its_cue_ends_at_its_closing_mark_before_a_participle(pipeline):
    text = (
        "The ferry crews gathered at the harbour on Friday evening.\n\n"
        'Mayor Tom Novak told the crowd, "The pier will stay open through the summer," '
        "drawing a long round of applause from the fishermen.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "The pier will stay open")
    assert _content(quote) == "The pier will stay open through the summer"
    assert quote.speaker is not None and quote.speaker.text == "Mayor Tom Novak"


def test_a_quotation_after_said_ends_at_its_closing_mark_before_a_relative_clause(pipeline):
    text = (
        "The harbour board met for the last time in the old customs house.\n\n"
        "Board chair Lena Park said, “Thank you all, and good night,” "
        "which ended forty years of monthly meetings in the building.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "Thank you all")
    assert _content(quote) == "Thank you all, and good night"
    assert quote.speaker is not None and quote.speaker.text.endswith("Lena Park")


def test_a_list_of_quotations_after_the_cue_stays_one_content(pipeline):
    text = (
        "The mayor spoke for ten minutes about the harbour.\n\n"
        'The crowd chanted back at him, "Save the pier," and "Fire the board."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "Save the pier")
    assert "Fire the board" in quote.text


def test_a_name_and_a_colon_introduce_the_whole_quotation_not_its_first_sentence(pipeline):
    text = (
        "The harbour master had a short answer for the council.\n\n"
        'Lena Park: "We will not dredge the channel this year. The budget is gone."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "We will not dredge the channel")
    assert _content(quote) == "We will not dredge the channel this year. The budget is gone"
    assert quote.speaker is not None and quote.speaker.text == "Lena Park"


def test_a_content_running_from_a_quotation_into_its_source_ends_with_the_quotation(nlp):
    # '"…," a harbour official, who …, told the Gazette': a misparse may hang the quotation
    # and the source's words on one clause; that content ends at the closing mark. Without
    # the source in those words (and the cue after the quotation) the content is left alone.
    from newsmine.nlp.attribution import DocContext, doc_text
    from newsmine.nlp.attribution.proposals import _cut_after_opening_quotation

    text = (
        "“The crews are under a lot of pressure and are working double shifts,” a harbour "
        "official, who was not authorized to speak on the record, told the Gazette.\n"
    )
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    stretch = ctx.stretches[0]
    official = next(t.i for t in doc if t.text == "official")
    told = next(t for t in doc if t.text == "told")
    end = text.index(", told")
    assert _cut_after_opening_quotation(ctx, told.idx, official, stretch.inner_start, end) == (stretch.inner_start, stretch.inner_end)
    assert _cut_after_opening_quotation(ctx, told.idx, -1, stretch.inner_start, end) == (stretch.inner_start, end)


def test_a_quote_runs_on_into_the_next_paragraph_unless_narration_came_between(pipeline):
    run_on = (
        "The storm wrecked the ferry dock on Sunday.\n\n"
        "“We will rebuild the dock before the winter,” Mayor Ana Novak said on Monday.\n\n"
        "“Nobody in this town is going to lose a boat over it.”\n"
    )
    quote = _quote_with(_quotes(pipeline, run_on), "We will rebuild the dock")
    assert "lose a boat" in quote.text
    interrupted = (
        "The storm wrecked the ferry dock on Sunday.\n\n"
        "“We will rebuild the dock before the winter,” Mayor Ana Novak added. "
        "She then took questions from the fishermen for half an hour.\n\n"
        "“Who is going to pay for all of it?”\n"
    )
    quotes = _quotes(pipeline, interrupted)
    first = _quote_with(quotes, "We will rebuild the dock")
    assert _content(first) == "We will rebuild the dock before the winter"
    second = _quote_with(quotes, "Who is going to pay")
    assert second.speaker is not None and second.speaker.text == "Mayor Ana Novak"


def test_a_quotation_with_a_speaker_of_its_own_after_it_does_not_continue_the_quote_before(pipeline):
    # 'shot back' is no reporting verb of the lexicon, but the name before it is the
    # second quotation's speaker: the first quote stops at its own quotation.
    text = (
        "Two neighbours argued at the ferry terminal on Saturday.\n\n"
        "“Look at all these tourists here,” Dana Holt said with a grin, pointing at the queue.\n\n"
        "“They are all here because the ferry is free this week,” Sam Ortiz shot back with a laugh.\n"
    )
    quotes = _quotes(pipeline, text)
    first = _quote_with(quotes, "Look at all these tourists")
    assert "ferry is free" not in first.text
    second = _quote_with(quotes, "ferry is free this week")
    assert second.speaker is not None and second.speaker.text == "Sam Ortiz"


def test_a_quotation_followed_by_went_on_is_not_joined_to_the_one_before(pipeline):
    text = "“The harbour will be dredged next spring,” Marta Lind said. “The money is already in the budget,” she went on.\n"
    quotes = _quotes(pipeline, text)
    first = _quote_with(quotes, "dredged next spring")
    assert _content(first) == "The harbour will be dredged next spring"
    assert all(len(q.parts) == 1 for q in quotes), [q.text for q in quotes]


def test_a_cue_with_no_subject_after_the_quotation_takes_the_name_written_before_it(nlp):
    # '"…," Nate Silver, the engineer who …, tweeted': when the parse leaves the cue word
    # without a subject, the noun phrase between the closing mark and the cue is the speaker.
    from newsmine.nlp.attribution import DocContext, doc_text
    from newsmine.nlp.attribution.after_quotation import speaker_after

    text = "“The port needs a new crane before the season starts,” Nate Silver, the engineer who designed the old one, tweeted on Tuesday.\n"
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    tweeted = next(t.i for t in doc if t.text == "tweeted")
    assert doc[speaker_after(ctx, 0, tweeted)].text == "Silver"
    said_first = "“The channel is too shallow for the new ships,” said harbour pilot Ana Ruiz on Monday.\n"
    doc = nlp(said_first)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    said = next(t.i for t in doc if t.text == "said")
    assert doc[speaker_after(ctx, 0, said)].text == "Ruiz"
    # A cue word in a new sentence after the quotation is not the quotation's.
    new_sentence = "“The channel is too shallow.” Harbour pilot Ana Ruiz said the board knew it.\n"
    doc = nlp(new_sentence)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    said = next(t.i for t in doc if t.text == "said")
    assert speaker_after(ctx, 0, said) == -1


def test_a_chosen_quotation_without_a_source_gets_the_speaker_written_after_it(nlp):
    from newsmine.nlp.attribution import Candidate, DocContext, doc_text
    from newsmine.nlp.attribution.orphans import _speaker_written_after

    text = "“The port needs a new crane before the season starts,” Nate Silver, the engineer who designed the old one, tweeted on Tuesday.\n"
    doc = nlp(text)
    ctx = DocContext(doc, find_quoted(doc_text(doc)), doc_text(doc))
    tweeted = next(t.i for t in doc if t.text == "tweeted")
    silver = next(t.i for t in doc if t.text == "Silver")
    pieces = list(ctx.stretches[0].pieces)
    lost = Candidate(tweeted, doc[tweeted].idx, (tweeted, tweeted + 1), pieces, "quote", -1, quoted_share=1.0)
    found = _speaker_written_after(ctx, lost)
    assert found.source == silver and lost.source == -1  # a copy: the caller's candidate is left as it was
    given = Candidate(tweeted, doc[tweeted].idx, (tweeted, tweeted + 1), pieces, "quote", 0, quoted_share=1.0)
    assert _speaker_written_after(ctx, given) is given


def test_a_quotation_inside_the_sentence_before_the_cue_is_not_joined_to_the_one_after(pipeline):
    # 'Resign' is the heckler's; with a quotation after 'said', one before it belongs to the
    # cue only when it opens the sentence ('"…," Ruiz said, "…"').
    text = "When a man in the back shouted, “Resign,” Novak laughed and said, “Not before the pier is finished, my friend.”\n"
    quotes = _quotes(pipeline, text)
    novak = _quote_with(quotes, "Not before the pier")
    assert "Resign" not in novak.text
    assert novak.speaker is not None and novak.speaker.text == "Novak"
    split = _quote_with(_quotes(pipeline, "“The channel is too shallow,” Ruiz said, “and every month we wait costs the town a ship.”\n"), "too shallow")
    assert len(split.parts) == 2 and "costs the town" in split.text


def test_a_quotation_after_a_colon_with_its_cue_after_it_starts_at_the_quotation(pipeline):
    # The words before the colon are the reporter's lead-in, not what the speaker said.
    text = "The harbour board had one warning for the council: “If the channel is not dredged, the ferries will stop,” board chair Tom Becker said.\n"
    quote = _quote_with(_quotes(pipeline, text), "ferries will stop")
    assert _content(quote) == "If the channel is not dredged, the ferries will stop"
    assert quote.speaker is not None and quote.speaker.text.endswith("Tom Becker")


@pytest.mark.parametrize(
    ("line", "snippet", "speaker", "before"),
    [
        # 'after the mayor stated …' hangs below 'told': it tells when Marsh spoke, not who
        # speaks next, so the quotation after it goes on with Marsh's quote.
        (
            "“They are not going to close the pier,” port spokesman Leo Marsh told reporters on Tuesday, "
            "after the mayor stated an interest in selling it. “The contracts with the fishermen are fully binding.”\n",
            "fully binding",
            "port spokesman Leo Marsh",
            "close the pier",
        ),
        # 'a point he likes to make after an interview during which listeners asked …' hangs
        # below 'declared' through 'likes to make' (an open complement, no new report).
        (
            "“And I am not being paid!” Novak declared, a point he likes to make after a recent interview on a local "
            "radio station during which listeners asked how much money he was getting. “I make my own money.”\n",
            "my own money",
            "Novak",
            "not being paid",
        ),
    ],
)
def test_a_reporting_verb_in_a_clause_below_the_cue_does_not_stop_the_quote_running_on(pipeline, line, snippet, speaker, before):
    text = "The council met on Monday to vote on the harbour budget.\n\n" + line
    quote = _quote_with(_quotes(pipeline, text), snippet)
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert before in quote.text


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [("The crowd booed.", None), ("The audience applauded.", "Ruiz")],
)
def test_a_short_sentence_opening_the_next_paragraph_does_not_attribute_the_quotation_before_it(pipeline, narration, speaker):
    # '"…?" ¶ The crowd booed.': narration after the quotation, not its attribution (on
    # PolNeAR train only a dash line there attributes it: '"…" ¶ - Bernie Sanders.').
    text = (
        "The council met on Monday to vote on the harbour budget.\n\n"
        'Ruiz pressed the mayor on the missing funds. "Where did the money go, and who signed the cheques?"\n\n'
        f"{narration}\n\nThe mayor left early.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "who signed the cheques")
    assert quote.cue is None or quote.cue.text not in ("booed", "applauded")
    if speaker is not None:
        assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_reporting_verb_coordinated_with_the_cue_still_stops_the_quote_running_on(pipeline):
    # 'and councillor Ana Ruiz replied …' is a second report: the quotation after it is not
    # Marsh's.
    text = (
        "The council met on Monday to vote on the harbour budget.\n\n"
        "“They are not going to close the pier,” port spokesman Leo Marsh said on Tuesday, "
        "and councillor Ana Ruiz replied that the pier was losing money. “The contracts with the fishermen are not binding at all.”\n"
    )
    quotes = _quotes(pipeline, text)
    first = _quote_with(quotes, "close the pier")
    assert "not binding" not in first.text
    second = _quote_with(quotes, "not binding at all")
    assert second.speaker is not None and second.speaker.text == "councillor Ana Ruiz"


def test_a_participle_adding_a_quotation_is_an_attribution_beside_the_clause_before_it(pipeline):
    """'…, adding, "…"': PolNeAR keeps two attributions side by side (the participle's own
    relation, advcl with no subject, is flat 96 of 118 times on train, ``training/nested_study.py``),
    never the quotation inside the first verb's content."""
    text = 'Karl Weber told reporters the vote was close, adding, "We will ask for a recount on Monday."\n'
    quotes = _quotes(pipeline, text)
    quote = _quote_with(quotes, "We will ask for a recount on Monday")
    assert quote.cue.text == "adding" and quote.speaker.text == "Karl Weber"
    assert "the vote was close" not in quote.text
    assert not any("the vote was close" in q.text and "recount" in q.text for q in quotes)


def test_a_negated_reporting_verb_between_two_quotations_does_not_stop_the_quote(pipeline):
    # 'as if she didn't hear the question' reports nothing: the quotation after it goes on
    # with the quote before it, and the negated verb takes neither.
    text = (
        "The harbour board met on Monday.\n\n"
        '"The ferry is late again," Ruiz went on, as if she didn\'t hear the question. "We will fix it before the winter."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "We will fix it")
    assert "The ferry is late again" in quote.text
    assert quote.speaker is not None and quote.speaker.text == "Ruiz"
    assert quote.cue is not None and quote.cue.text != "hear"


def test_a_relative_clause_after_a_quotation_does_not_take_it(pipeline):
    # The relative clause says something about a word of the quotation or after it ('the
    # debate that sank his campaign', 'records that would respond to …'): its verb is no cue
    # of the quotation, which goes on with the quote before it or waits for its own cue.
    run = (
        '"The vote is close," the aide added. "How she handles the questions is still open … If she dodges '
        "them I can see him pouncing\" in the final debate that practically sank the senator's campaign.\n"
    )
    quote = _quote_with(_quotes(pipeline, run), "I can see him pouncing")
    assert quote.speaker is not None and quote.speaker.text == "the aide"
    assert "The vote is close" in quote.text
    alone = '"I could see the crowd singing every word" in the old hall that nearly ruined the band two years ago.\n'
    quote = _quote_with(_quotes(pipeline, alone), "singing every word")
    assert quote.cue is None or quote.cue.text != "ruined"


def test_a_relative_clause_of_the_speakers_description_still_lets_the_quote_go_on(pipeline):
    text = '"Nobody told us anything," said Ana Ruiz, who runs the bakery. "We found out on the radio."\n'
    quote = _quote_with(_quotes(pipeline, text), "We found out on the radio")
    assert "Nobody told us anything" in quote.text
    assert quote.speaker is not None and quote.speaker.text == "Ana Ruiz"


def test_a_relative_clause_opening_after_a_quotation_does_not_take_it(pipeline):
    # 'which Reed thinks will lead …' is about the rule the quotation names: its verb reports
    # the relative clause, not the quotation, which goes on with the quote before it.
    text = (
        '"Our members are tired of the port board," said Tom Reed, a spokesman for the dockers. '
        '"It has been very harsh with the new shift rule," which Reed thinks will lead the firms to cut jobs.\n'
    )
    quotes = _quotes(pipeline, text)
    quote = _quote_with(quotes, "very harsh with the new shift rule")
    assert "Our members are tired" in quote.text
    assert quote.speaker is not None and quote.speaker.text == "Tom Reed"
    thinks = [q for q in quotes if q.cue is not None and q.cue.text == "thinks"]
    assert all("very harsh" not in q.text for q in thinks)


def test_an_orphan_quotation_skips_a_report_inside_a_relative_clause_about_a_thing(pipeline):
    # 'the emails, which included staff members suggesting …' describes the emails: the
    # quotation opening the next paragraph goes on with the board's statement, not the staff's.
    text = (
        "The port board issued a statement apologizing to the fishermen for the emails, which included staff "
        "members suggesting someone should check the fleet's papers.\n\n"
        '"On behalf of everyone at the board, we want to offer a deep and sincere apology to the fishermen '
        'and their families for these remarks."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "On behalf of everyone at the board")
    assert quote.speaker is not None and quote.speaker.text == "The port board"


_FERRY_PLAN = (
    "Mayor Ann Lee also spoke about the ferry plan, the scheme now before the state board that would close "
    "the old north pier.\n"
    "{aside}\n"
    '"The harbor is the heart of this town. Without the ferries, the shops on the quay will close one by one, '
    'and nobody here wants that."\n'
)


def test_an_orphan_quotation_after_a_bracketed_aside_goes_on_with_the_speaker_before_it(pipeline):
    # '(The plan requires … The board also demands …)' is the writer's explanation between
    # the mayor's words and her quotation: the board, its subject, did not say it.
    text = _FERRY_PLAN.format(aside="(The plan requires two new piers on the south quay. The board also demands a fresh survey of the harbor.)")
    quote = _quote_with(_quotes(pipeline, text), "heart of this town")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Ann Lee"


def test_an_orphan_quotation_after_a_report_not_in_brackets_keeps_the_nearest_speaker(pipeline):
    # Near miss: without the brackets the sentences are the article's own, and the nearest
    # speaker before the quotation is kept, as before.
    text = _FERRY_PLAN.format(aside="The plan requires two new piers on the south quay. The board also demands a fresh survey of the harbor.")
    quote = _quote_with(_quotes(pipeline, text), "heart of this town")
    assert quote.speaker is not None and quote.speaker.text == "The board"


# --- asides and dashes ------------------------------------------------------------------


def test_an_aside_you_know_inside_a_sentence_is_no_cue(pipeline):
    # ', you know, …' is a filler of talk: no quote with 'you' as its speaker.
    text = (
        "The harbour board met on Tuesday. Its chairman spoke to reporters afterwards.\n\n"
        "Q: Will the fares go up again?\n\n"
        "A: We have a habit on this island of waiting too long and, you know, we're just going to "
        "keep the old boats running until they sink.\n"
    )
    assert not [q for q in _quotes(pipeline, text) if q.cue is not None and q.cue.text == "know"]


def test_an_aside_and_i_quote_leaves_the_quotation_to_the_cue_before_it(pipeline):
    text = (
        "The harbour board met on Tuesday.\n\n"
        'No wonder the chairman said, and I quote, "The island can pay." Residents were not pleased.\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "The island can pay")
    assert quote.speaker is not None and quote.speaker.text == "the chairman"
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_gloss_after_a_dash_does_not_take_the_quotation_before_it(pipeline):
    # '"…" - a choice the council described as unfair': the writer's gloss, not the
    # quotation's attribution; the quote of 'said Ida Brenner' runs on over it.
    text = (
        "The harbour board met on Tuesday.\n\n"
        '"The boats are old," said Ida Brenner, who chairs the board. "We either raise fares or sell a '
        'ferry" - a choice the council described as unfair.\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "sell a ferry")
    assert quote.speaker is not None and quote.speaker.text == "Ida Brenner"


def test_a_verb_past_the_dash_closing_a_quoted_aside_does_not_take_it(pipeline):
    text = (
        "The harbour board met on Tuesday.\n\n"
        "The chairman's stock answer then — \"the boats are old and the money is gone\" — is likely to be "
        "repeated at the next meeting.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "the money is gone")
    assert quote.cue is None or quote.cue.text != "repeated"


@pytest.mark.parametrize(
    "after",
    [
        "- that is what the chairman told residents on Tuesday.",
        "-- those were the words the chairman told residents.",
    ],
)
def test_a_demonstrative_past_the_dash_takes_the_quotation_up(pipeline, after):
    # '"…" - that is what X told …': the clause past the dash is the quotation's attribution
    text = f'The harbour board met on Tuesday.\n\n"We have no money left for the ferries" {after}\n'
    quote = _quote_with(_quotes(pipeline, text), "no money left")
    assert quote.speaker is not None and quote.speaker.text == "the chairman"


def test_a_report_written_twice_is_the_first_ones(pipeline):
    # 'X said that … "…," he said': the writer attributed the sentence twice; the content
    # starts after the first 'said' and the speaker is the name, not the pronoun.
    text = (
        "The harbour board met on Tuesday.\n\n"
        "Harbour board spokesman Leif Dahl said that the board will look at the fares again in spring to show "
        'islanders that it has "a plan for the ferries and for the people who need them," he said.\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "a plan for the ferries")
    assert quote.speaker is not None and quote.speaker.text == "Harbour board spokesman Leif Dahl"
    assert not quote.text.startswith("Harbour board spokesman")


def test_a_clause_joined_to_the_cue_with_another_subject_ends_the_quote(pipeline):
    # ', and her husband cut in.': the narration took over within the cue's sentence, as a
    # sentence of its own would ('Betsy shook her head.'); the next quotation is not joined on.
    text = (
        "The harbour board met on Tuesday.\n\n"
        "“Tell the board I promised you a seat,” Ida Brenner said, and her husband cut in. “Don’t forget the "
        "ferry tickets. We still have two from last year.”\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "I promised you a seat")
    assert "ferry tickets" not in quote.text
    assert quote.speaker is not None and quote.speaker.text == "Ida Brenner"
    same = "“We will keep the ferry,” Ida Brenner said, and she smiled. “The island needs it.”\n"
    assert "The island needs it" in _quote_with(_quotes(pipeline, same), "keep the ferry").text


@pytest.mark.parametrize(
    "second_report",
    [
        ", adding a word of thanks for the crews",  # a participle with an object, no clause
        " on Tuesday and praised the crews",  # a verb conjoined to the cue, sharing its subject
    ],
)
def test_a_second_reporting_verb_on_the_cue_stops_the_quote_running_on(pipeline, second_report):
    # '"…," Novak said, adding a word of thanks …. "…"': the quotation after the sentence goes
    # with the second report, not on with the first quotation.
    text = (
        "The council met on Monday to vote on the harbour budget.\n\n"
        f'"We will open the new pier in May," Novak said{second_report}. "Nobody worked harder than they did this winter."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "open the new pier")
    assert "Nobody worked harder" not in quote.text


def test_a_short_quotation_after_the_same_speakers_second_report_is_theirs(pipeline):
    # The second report ends the first quote's run (quote42); the short quotation after it is
    # still the mayor's, not dropped as too short to stand alone (review42b saw it lost).
    text = (
        "The storm passed overnight.\n\n"
        '"The bridge held," Mayor Ann Lee said on Tuesday and praised the crews. "Nobody was hurt."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "Nobody was hurt")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Ann Lee"
    assert "bridge held" not in quote.text


@pytest.mark.parametrize(
    "next_act",
    [
        ", then waved to the brass band behind her",  # hung on the cue as 'dep' after the comma
        ", and walked off the stage",  # a conjunct of the cue, sharing its subject
    ],
)
def test_the_speakers_next_act_after_the_cue_ends_the_quote(pipeline, next_act):
    # '"…," the governor told the crowd, then waved to the band. "…"': the reporter tells what
    # she did next, as a sentence of narration would; the quotation after it is a quote of its
    # own (still hers), not run on from the first.
    text = (
        "Turnout was high in the river towns.\n\n"
        f'"We know the hard part is still ahead," Governor Lila Hart told a cheering crowd{next_act}. '
        '"But that banner is a promise, and we keep our promises."\n'
    )
    quotes = _quotes(pipeline, text)
    first = _quote_with(quotes, "hard part is still ahead")
    assert "keep our promises" not in first.text
    second = _quote_with(quotes, "keep our promises")
    assert second.speaker is not None and second.speaker.text == "Governor Lila Hart"


def test_a_bare_verb_after_the_cue_leaves_the_quote_running(pipeline):
    # 'said and smiled' colours the saying, as 'and she smiled' does: the quote runs on.
    text = (
        "Snow is expected in the harbor district.\n\n"
        '"The shelter will stay open all winter," Rev. Ana Okafor said and smiled. '
        '"Nobody sleeps on the pier while we have beds."\n'
    )
    assert "Nobody sleeps on the pier" in _quote_with(_quotes(pipeline, text), "stay open all winter").text


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the parser ends a sentence inside the quotation ('slow.'), so the reported clause loses "
        "its subject before the opening mark; one train instance (a quoted predicate of three "
        "sentences after two named nominees), no rule tried"
    ),
)
def test_a_subject_before_a_quoted_predicate_of_several_sentences_stays_in_the_content(pipeline):
    text = (
        "The coach faced reporters after the loss.\n\n"
        'The two veteran defenders "were slow. They were tired. There was no spark" in the second half, '
        "coach Dan Moreno said.\n"
    )
    assert _quote_with(_quotes(pipeline, text), "were slow").text.startswith("The two veteran defenders")


def test_a_quotation_after_the_cue_credited_to_another_speaker_is_not_run_on(pipeline):
    # '"…," Ruiz said, but despite …, "…," said Tom Varga': the second quotation has a credit of
    # its own right after it; the first quote stops before it (before: one quote over both).
    text = (
        "The ferry vote is on Friday.\n\n"
        '"Her usual tone is blunt," Ana Ruiz said, but despite the long and bitter campaign, '
        '"I think she will back the plan," said Tom Varga, who has been critical of the mayor.\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "usual tone is blunt")
    assert "back the plan" not in quote.text
    assert quote.speaker is not None and quote.speaker.text == "Ana Ruiz"


def test_a_quotation_split_by_its_cue_with_the_writers_clause_after_it_stays_one_quote(pipeline):
    # Guard: after '"…," the mayor wrote, "…,"' the words 'after the harbor board praised …' are
    # the writer's, no credit of the second quotation; the two halves stay one quote.
    text = (
        "The ferry vote is on Friday.\n\n"
        '"In other news," the mayor wrote on Monday, "the ferry runs on time," after the harbor board '
        "praised the crews online.\n"
    )
    assert "the ferry runs on time" in _quote_with(_quotes(pipeline, text), "In other news").text


# --- session 48 (direct48c): quotations a colon opens after the writer's clause ---------------


def test_a_short_sentence_after_a_quotation_a_colon_opened_does_not_take_it(pipeline):
    # '…: "…" But they leave out the storm.': the colon's lead-in introduces the quotation, the
    # next sentence's 'leave out' does not report it (before: 'they').
    text = (
        "In an attempt to make its case, the harbor board dwells on how many boats were idle "
        'during a twelve-hour strike: "In one week, the port lost more trade than in the whole of '
        'last year." But they leave out the storm.\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "lost more trade")
    assert quote.speaker is None or quote.speaker.text != "they"


def test_a_short_report_after_a_quotation_with_no_colon_still_takes_it(pipeline):
    # guard: without the colon, the short sentence after the quotation is its attribution
    text = 'The union was blunt about the night shifts. "Nobody should work four nights in a row without a break." Its president said.\n'
    quote = _quote_with(_quotes(pipeline, text), "four nights in a row")
    assert quote.speaker is not None and quote.speaker.text == "Its president"


@pytest.mark.parametrize(
    "text",
    [
        # a hyphen inside a word does not set off a lead-in ('a 12-hour strike' was the speaker)
        'The harbor board dwells on how many boats were idle during a 12-hour strike: "In one week, the port lost more trade than in the whole of last year."\n',
        # the words before the colon end a clause whose verb lies further back ('its last page'
        # was the speaker)
        'The brochure turns to the history of the mill on its last page: "For a century, this valley spun the wool for half the country."\n',
    ],
)
def test_the_tail_of_a_clause_before_a_colon_is_no_speaker(pipeline, text):
    quote = next(q for q in _quotes(pipeline, text) if "In one week" in q.text or "For a century" in q.text)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # guards: a lead-in with no verb in its sentence is a name or a document
        ('Ana Ruiz, harbor master at the port of Kinsale: "We cannot keep running boats that are older than the crews who sail them."\n', "Ana Ruiz"),
        ('The port\'s annual report, page 12: "In one week, the port lost more trade than in the whole of last year."\n', "The port's annual report"),
    ],
)
def test_a_lead_in_without_a_verb_before_a_colon_still_speaks(pipeline, text, speaker):
    quote = next(q for q in _quotes(pipeline, text) if "We cannot" in q.text or "In one week" in q.text)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.xfail(
    strict=True,
    reason="review48b, left (older than session 48): a colon's lead-in whose verb reports no words and whose "
    "tail names the speaker after 'from' or 'to' ('The sharpest words of the night came from … Dan Moss: \"…\"', "
    "'The last word … went to … Ana Ruiz: \"…\"') gives the quotation no speaker; the tail's noun is a speaker "
    "only after such a preposition, which direct48c's main-verb rule ('The brochure turns to the history of the "
    "mill on its last page: \"…\"') does not tell apart",
)
def test_a_colon_lead_in_naming_where_the_words_came_from_names_the_speaker(pipeline):
    text = (
        "Strike vote\n\nThe transit board voted 5-4 on Tuesday to cut night buses.\n\n"
        "The sharpest words of the night came from the union's veteran leader Dan Moss of Dover: "
        '"This is a betrayal of every night worker."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "This is a betrayal")
    assert quote.speaker is not None and quote.speaker.name == "Dan Moss", quote.speaker


# --- left by direct51 (session 51): seen on PolNeAR train once each, reproduced here ----------


@pytest.mark.xfail(
    strict=True,
    reason="direct51, left: 'Nothing the mayor said \"…,\" the harbor chief said.' — the parser reads the "
    "contact relative clause 'the mayor said' as the main clause (two subjects on one verb) and the credit "
    "after the quotation as its complement, so the quotation goes to the mayor; one such sentence on train",
)
def test_a_quotation_after_a_relative_clause_of_saying_is_the_closing_credits(pipeline):
    text = 'The board met on Monday. Nothing the mayor said "will calm the fishermen," the harbor chief said.\n'
    quote = _quote_with(_quotes(pipeline, text), "will calm the fishermen")
    assert quote.speaker is not None and quote.speaker.text == "the harbor chief"


# direct51 left this as a strict xfail (in a series of relative clauses the parser hangs 'asserts' on the
# verb of the clause 'claims' reports, so it spoke for 'the paper'); direct59 (session 59) gave a
# subjectless verb going on such a series the relative pronoun
# (attribution/sources/relative_clauses.relative_series_subject; tests/test_relative_series_sources.py).
def test_the_last_verb_of_a_relative_clause_series_does_not_speak_for_the_clause_before_it(pipeline):
    text = (
        "The candidate is a man who questions the courts, who fights with reporters, claims that the paper "
        '"takes its orders" from abroad, and asserts that the city is "falling apart."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "falling apart")
    assert quote.speaker is not None and quote.speaker.text == "who"  # was "the paper"


# xfail54 (direct51's xfail): two quotations side by side with the credit after the second ('"…"
# "…," Mayor Ann Lee said.'): the first was an orphan and took the council before it
# (attribution/side_by_side.py).
def test_a_quotation_right_before_a_credited_quotation_is_the_same_speakers(pipeline):
    text = (
        "The council met on Tuesday to discuss the ferry.\n"
        '"The pier is safe and the ferries will run again this summer." "We will reopen it in May," Mayor Ann '
        "Lee said.\n"
    )
    quote = _quote_with(_quotes(pipeline, text), "The pier is safe")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Ann Lee"


@pytest.mark.xfail(
    strict=True,
    reason="direct54, seen and left (PolNeAR train, one shape): a colon lead-in whose verb's object is the "
    "speaker ('… does not surprise the county pollster Dana Quill: \"…\"'): the quotation goes to the verb's "
    "subject, a thing ('The size of the turnout'); the person the sentence brings in speaks",
)
def test_a_colon_quotation_after_a_verb_of_feeling_is_its_objects(pipeline):
    text = (
        "The size of the turnout does not surprise the county pollster Dana Quill: \"Lesser-known candidates who "
        'beat the favorites early have always seen the biggest bounce in the polls."'
    )
    quote = _quote_with(_quotes(pipeline, text), "Lesser-known candidates")
    assert quote.speaker is not None and "Dana Quill" in quote.speaker.text


def test_shouts_that_came_from_a_crowd_are_the_crowds(pipeline):
    text = '"Open the gates," came shouts from the crowd, as the hall booed the chair.\n'
    quote = _quote_with(_quotes(pipeline, text), "Open the gates")
    assert quote.speaker is not None and quote.speaker.text == "the crowd"


def test_a_reply_that_came_from_protesters_is_theirs(pipeline):
    # seen54 (attribution/sources/voices_from.py): 'came the shout from X', the voice noun inverted
    text = '"Let us in," came the shout from protesters outside the council chamber on Tuesday.\n'
    quote = _quote_with(_quotes(pipeline, text), "Let us in")
    assert quote.speaker is not None and quote.speaker.text == "protesters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the voice noun's "from" names someone: the source is theirs
        ('"Let us in," came the shout from protesters outside the chamber.\n', "protesters"),
        # near miss: "from" names a place, no one: the voice noun stays as parsed
        ('"Let us in," came a shout from the back of the chamber.\n', "shout"),
        # near miss: no voice noun ('the letter' came from the union: left to the parse)
        ('"Let us in," came the letter from the union.\n', "letter"),
    ],
)
def test_the_source_of_a_voice_that_came_from_someone(nlp, text, expected):
    from newsmine.nlp.attribution.sources.subject import subject_of
    from tests.conftest import doc_context

    ctx = doc_context(nlp, text)
    came = ctx.lower.index("came")
    found = subject_of(ctx, came)
    assert found >= 0 and ctx.lower[found] == expected


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        # near miss: a line break parts them, a new turn: the credit after the next line is not read back
        ('"The pier is safe and the ferries will run again this summer."\n', None),
        # near miss: the first quotation has a credit of its own
        ('"The pier is safe and the ferries will run again this summer," Rosa Vance said. ', "Rosa Vance"),
    ],
    ids=["a-line-break-between", "credited-itself"],
)
def test_a_quotation_parted_from_the_credited_one_keeps_its_own_speaker(pipeline, first, speaker):
    text = "The council met on Tuesday to discuss the ferry.\n" + first + '"We will reopen it in May," Mayor Ann Lee said.\n'
    quote = _quote_with(_quotes(pipeline, text), "The pier is safe")
    if speaker is None:
        assert quote.speaker is None or quote.speaker.text != "Mayor Ann Lee"
    else:
        assert quote.speaker is not None and quote.speaker.text == speaker


# review54c: a question or an exclamation right before a credited quotation is another voice's
# turn (a reporter's question, a crowd's chant): the credit after the second does not name it.
@pytest.mark.parametrize(
    ("text", "snippet", "other"),
    [
        (
            "Senator Tom Reyes left the chamber at noon.\nThe questions came fast. "
            '"Will you vote for the bill?" "Not today," Reyes said.\n',
            "Will you vote for the bill",
            "Reyes",
        ),
        (
            "Hundreds of students marched to the capitol on Friday.\nThe crowd filled the steps. "
            '"Hey hey, ho ho, these tuition hikes have got to go!" "We are here to stay," said Maria Ortega, '
            "a sophomore.\n",
            "tuition hikes",
            "Maria Ortega",
        ),
    ],
    ids=["a-question-then-the-answer", "a-chant-then-a-marcher"],
)
def test_a_question_or_a_chant_before_a_credited_quotation_is_not_the_credited_speakers(pipeline, text, snippet, other):
    found = [q for q in _quotes(pipeline, text) if snippet in q.text]
    assert all(q.speaker is None or other not in (q.speaker.name or q.speaker.text) for q in found)


# direct57: after 'said of X's request:' the quotation is the verb's, not the noun's ('request' names
# what the words answer). The shipped model keeps it with the verb; a model fitted on train's first
# 80 % (`train_attribution.py --held-out-model`, session 57) gave every such quotation to the noun and
# its owner, so this holds the construction across a refit.
@pytest.mark.parametrize("noun", ["request", "proposal", "warning"])
def test_a_quotation_after_said_of_a_request_is_the_speakers_not_the_requests(pipeline, noun):
    text = (
        "The harbor board met on Tuesday to discuss the ferry fares.\n\n"
        f"Mayor Ann Lee, speaking to reporters at the dock, said of the council's latest {noun}: "
        '"We settled all of this in March. The fares will not change before the summer."\n'
    )
    quote = _quote_with(_quotes(pipeline, text), "We settled all of this")
    assert quote.speaker is not None and "Ann Lee" in quote.speaker.text
