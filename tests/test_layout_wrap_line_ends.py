"""Line ends of hard-wrapped text that tell a wrap from a paragraph's end (session 60, wrap60): a
balanced wrap's line ending a sentence inside a quotation goes on; a line ending a sentence or a
clause and then a plain space ends its paragraph; and (layout61) short paragraphs one a line,
wrapped, are read as wrapped. Invented text; the model is needed only where a test takes the
``pipeline``."""

from __future__ import annotations

import re
import textwrap

from newsmine.layout import flow_text, parser_text, soft_breaks
from tests.test_layout import _wrapped_at  # greedy, a space a line break, as hardwrap.py wraps

_QUAY = (
    "The harbour board voted on Tuesday to keep the north quay closed to fishing boats until the divers "
    "have finished checking every pile under the old fish market, a job it now expects to run into spring. "
    "Skippers who unload at the ferry berth in the meantime say the arrangement costs them two hours a day "
    "and a share of the catch, and their association has asked the council for a rebate."
)

# Lines as a tool that balances a paragraph's lines leaves them (GNU fmt, par): "Now" would have
# fitted on the line that ends "We asked twice.", and "That" on the one that ends "at all.".
_BALANCED = (
    "Harbour Weekly: the ferry plan returns\n\n"
    "The Island Ferry Company confirmed on Tuesday that return fares for\n"
    "foot passengers will rise from $14 to $17 from Saturday, the first\n"
    "rise in six years. Councillor Ruth Abernathy said she would table a\n"
    'motion at next week\'s meeting, and she was blunt. "We asked twice.\n'
    "Now it's in the draft budget and nobody objected at all.\n"
    'That is not nothing," Abernathy told the Weekly on Tuesday night.\n\n'
    "The company's operations manager, Gillian Parry, said fuel and\n"
    "insurance costs had left the firm with no good choices this winter.\n"
)
# The story's paragraphs one after another on the next line: where blank lines set paragraphs
# apart, a single break inside one is a wrap's whatever the quotation (layout63), so the
# quotation's state is read here.
_BALANCED_ONE_NEWLINE = _BALANCED.replace("night.\n\n", "night.\n")


def test_a_balanced_wraps_sentence_end_inside_an_open_quotation_goes_on():
    # layout59, left: the line ending "at all." is well filled and "That" would have fitted on it,
    # so it read as a paragraph's end and the quotation was cut there
    flowing = flow_text(_BALANCED)
    assert "nobody objected at all. That is not nothing,\" Abernathy" in flowing
    assert flowing.count("\n\n") == 2 and "this winter.\n" in flowing  # the paragraphs stay
    assert "nobody objected at all. That is not nothing,\" Abernathy" in flow_text(_BALANCED_ONE_NEWLINE)


def test_near_miss_a_quotation_open_at_a_paragraphs_end_and_opened_again_keeps_the_paragraph():
    # news copy leaves a quotation open at a paragraph's end and opens the next paragraph with a
    # mark: the line ending the sentence ends the paragraph, whatever the quotation's state
    for mark in ('"', "“"):
        text = _BALANCED.replace("That is not nothing,\"", f"{mark}That is not nothing,\"")
        assert "at all.\n" + mark + "That" in flow_text(text)


def test_near_miss_a_short_last_line_inside_an_open_quotation_ends_its_paragraph():
    # a paragraph's short last line (a line well filled is needed) ends it, quotation open or not
    text = _BALANCED.replace("Now it's in the draft budget and nobody objected at all.", "Now it's in the budget.")
    assert "in the budget.\nThat is not nothing" in flow_text(text)


def test_near_miss_a_pull_quotes_credit_inside_its_marks_keeps_its_line():
    # train (two articles): a pull quote, a paragraph that its mark opens, with its credit on a line
    # of its own inside the marks ('"… must not happen.' / 'Jane Roe, Harbour Trust."')
    pull = (
        '"The council has to hear from the skippers before the fees are set, and\n'
        "the rebate cannot wait for the divers to finish their work.\n"
        'Morag Tulloch, Tarn Fishermen\'s Association."'
    )
    text = f"{textwrap.fill(_QUAY, 72)}\n\n{pull}\n\n{textwrap.fill(_QUAY, 72)}"
    assert soft_breaks(text)  # the text reads as wrapped
    assert "their work.\nMorag Tulloch" in flow_text(text)


def test_near_miss_a_mark_after_a_word_and_before_none_closes_the_quotation():
    # train: "… where voters stand.“[HuffPost.]" (a typo) and '2016">Sanders …' (a page's markup):
    # a mark after a word and before no word closes, whatever its kind, and the quotation it
    # seemed to open does not join the lines below it
    text = _BALANCED_ONE_NEWLINE.replace('and she was blunt. "We asked twice.', 'and the "rebate."[Weekly] We asked.').replace(
        'nothing,"', "nothing,"
    )
    assert 'rebate."[Weekly] We asked.\nNow' in text
    assert "at all.\nThat is not nothing" in flow_text(text)


def test_near_miss_one_paragraph_a_line_is_not_wrapped_and_keeps_every_line():
    # a feed's one paragraph a line, a quotation going on into the next paragraph without a mark
    text = (
        "Quay to stay closed until spring\n"
        'The harbour board said on Tuesday, "The quay stays shut. The divers have to finish first.\n'
        "Skippers who unload at the ferry berth say the arrangement costs them two hours a day.\n"
        "Their association has asked the council for a rebate on the berth fees for the year."
    )
    assert soft_breaks(text) == []
    assert flow_text(text) == text


def _headline_over_dek(headline: str) -> str:
    dek = "Skippers say the closure costs them two hours a day and a share of the catch"
    return f"{headline}\n{dek}\n\n{textwrap.fill(_QUAY, 60)}\n\n{textwrap.fill(_QUAY, 60)}"


def test_a_headline_ending_in_a_semicolon_and_a_space_stays_over_its_dek():
    # train wrapped at 60 (nine articles): "Clinton takes Pa., Md. and Del.; most delegates locked
    # up; " / "Sanders wins …": a title joined to its dek by "; ", a space left after it; a wrap
    # drops the space it breaks at, so the line break is the text's own
    text = _headline_over_dek("Harbour board keeps the north quay shut until spring; ")
    assert len(text.split("\n")[0]) + len("Skippers") > 60  # the headline's line is full
    assert soft_breaks(text)  # the text reads as wrapped
    assert flow_text(text).startswith("Harbour board keeps the north quay shut until spring; \nSkippers say")


def test_paragraphs_ending_a_sentence_and_a_space_keep_their_line_breaks():
    # web copy leaving a space after each paragraph's last sentence, one paragraph a line, then
    # wrapped: a full line that ends so ended its paragraph (train at 60 and 72)
    long_year = "over the whole of this long and costly year at the quay."
    first = _QUAY.replace("for a rebate.", f"for a rebate on the berth fees they paid to the harbour board {long_year}")
    text = f"Quay to stay closed until spring\n{first} \n{_QUAY} \n{_QUAY}"
    wrapped = _wrapped_at(text, 72)
    last = next(line for line in wrapped.split("\n") if line.endswith("the quay. "))
    assert len(last) + len("The") > 72  # a full line: "The" would not fit on it
    assert soft_breaks(wrapped)  # the text reads as wrapped
    assert flow_text(wrapped) == text


def test_near_misses_a_lone_double_space_cut_at_its_second_space_or_double_spaced_copy_still_wrap():
    # "… into spring.  Skippers" wrapped at the second space leaves "into spring. " / "Skippers":
    # once in a text (three articles at 72) it is a wrap's; so are such lines in copy typed with
    # two spaces after its sentences, which the text shows in its lines' middles
    once = _QUAY.replace("spring. Skippers", "spring.  Skippers")
    typed = "The quay stays shut.  The divers have to finish first.  The skippers wait."
    for text in (f"{once}\n\n{_QUAY}", f"{once}\n\n{once}\n\n{typed}"):
        wrapped = _wrapped_at(f"Quay to stay closed until spring\n\n{text}", 69)
        assert "spring. \nSkippers" in wrapped  # the case arises
        assert "spring.  Skippers" in flow_text(wrapped)


def test_near_miss_format_flowed_mail_keeps_a_space_at_each_wrapped_lines_end():
    # RFC 3676 "format=flowed": a wrapped line keeps its space, a sentence's end among them
    paragraph = textwrap.fill(_QUAY, 64).replace("\n", " \n")
    text = f"Quay to stay closed until spring\n\n{paragraph}\n\n{paragraph}"
    flowing = flow_text(text)
    assert flowing.count("\n") == text.count("\n\n") * 2  # only the blank lines are left


def test_a_balanced_wraps_quotation_keeps_its_content_and_speaker(pipeline):
    # end to end: the quotation's content runs to its closing mark, credited to the councillor
    quotes = pipeline.analyze(_BALANCED).quotes
    quote = next(q for q in quotes if "We asked twice" in q.text)
    assert quote.text.replace("\n", " ").rstrip(',"').endswith("That is not nothing")
    assert quote.speaker is not None and "Abernathy" in quote.speaker.text


# Short paragraphs typed with two spaces after each sentence, a space left after each paragraph
# (a CMS export), blank lines between them: the paragraphs' last lines end a sentence and a
# space but end before a blank line; the double spaces the wrap cut at their second space are
# the only such lines before a single line break (review60c).
_TWO_SPACED = (
    "The ferry company cancelled every crossing after noon on Friday.  The last boat left the mainland at eleven.",
    (
        '"We are not taking chances with passengers on the open water," said the operations manager, Gillian Parry.  '
        '"Nobody sails until the wind drops."'
    ),
    "Shops in the main street were selling out of bread and candles by the middle of the afternoon.",
    "The coastguard asked people to keep off the harbour wall.  Waves were breaking over it by four o'clock.",
)


def test_a_double_space_cut_at_a_line_end_in_copy_leaving_a_space_after_each_paragraph_stays_a_wrap():
    # the lines ending a sentence and a space before a blank line counted as paragraphs' ends and
    # outnumbered the double spaces in the lines' middles: the cut double spaces became breaks
    text = "Storm stops the island ferry \n\n" + "\n\n".join(f"{paragraph} " for paragraph in _TWO_SPACED)
    for width in (58, 60, 66):
        wrapped = _wrapped_at(text, width)
        assert soft_breaks(wrapped)  # the text reads as wrapped
        assert re.search(r"[.!?]\"? \n[^\n]", wrapped)  # a double space cut at a line's end
        assert flow_text(wrapped) == text


def test_a_lone_double_space_cut_in_single_spaced_copy_leaving_a_space_after_each_paragraph_stays_a_wrap():
    # one double space, cut at its second space, is a wrap's even where each paragraph ends in a
    # space before its blank line: those ends are no line before a single break
    once = _QUAY.replace("spring. Skippers", "spring.  Skippers")
    text = f"Quay to stay closed until spring \n\n{once} \n\n{_QUAY} \n\n{_QUAY} "
    wrapped = _wrapped_at(text, 69)
    assert "spring. \nSkippers" in wrapped  # the case arises
    assert flow_text(wrapped) == text


def test_near_miss_one_paragraph_a_line_each_ending_in_a_space_then_wrapped_keeps_its_paragraphs():
    # the rule's own case with copy typed with two spaces: no blank line, so the paragraphs' last
    # lines are before single breaks and outnumber the double spaces cut at a line's end
    paragraphs = (_TWO_SPACED[0], _QUAY, _QUAY, _QUAY)
    text = "Storm stops the island ferry \n" + "\n".join(f"{paragraph} " for paragraph in paragraphs)
    wrapped = _wrapped_at(text, 72)
    assert soft_breaks(wrapped)
    assert flow_text(wrapped) == text


# Short paragraphs, one a line, then wrapped greedily at 72 with no blank line between them
# (layout61): about as many breaks end a paragraph as wrap one.
_SHORT_PARAGRAPHS = (
    "Gale closes the island's schools",
    "All three schools on the island will stay shut on Friday as the gale reaches the coast, the education "
    "board said on Thursday night.",
    '"We are not taking chances with children on the roads," said the board\'s chair, Fiona Laird.',
    "The ferry company cancelled every sailing after noon. The last boat leaves the mainland at ten.",
    '"Stay at home. Stay off the harbour wall," the coastguard\'s station officer, Callum Reid, said.',
    "Power cuts are likely. The grid company has moved two repair crews onto the island already.",
    "Shops on the main street were selling out of bread and candles by mid-afternoon.",
    '"People remember the last one," said Ann Munro, who runs the bakery. "It took the roof off the hall.',
    '"Nobody wants to go through that again."',
    "The board will decide on Saturday whether the schools open on Monday.",
)


def test_short_paragraphs_one_a_line_wrapped_are_read_as_wrapped():
    # review60c, left: fewer than half the breaks followed a full line (7 of 15), and the text was
    # not read as wrapped at all: each quotation and its cue were cut at a line's end
    text = "\n".join(textwrap.fill(paragraph, 72) for paragraph in _SHORT_PARAGRAPHS) + "\n"
    assert text.count("\n") > len(_SHORT_PARAGRAPHS) and "by mid-\nafternoon" in text
    assert parser_text(text).split("\n")[:-1] == list(_SHORT_PARAGRAPHS)


def test_short_paragraphs_wrapped_give_the_unwrapped_copys_quotes(pipeline):
    text = "\n".join(textwrap.fill(paragraph, 72) for paragraph in _SHORT_PARAGRAPHS) + "\n"
    unwrapped = "\n".join(_SHORT_PARAGRAPHS) + "\n"

    def quotes(record):
        return [(" ".join(q.text.split()), q.speaker.text if q.speaker else None) for q in record.quotes]

    assert quotes(pipeline.analyze(text)) == quotes(pipeline.analyze(unwrapped))


def test_near_miss_short_one_line_paragraphs_and_a_list_are_not_read_as_wrapped():
    # one paragraph a line, not wrapped, lines of a wrap's width: every break stays
    lines = (
        "Storm shuts the island's schools",
        "All three schools will stay shut on Friday, the education board said.",
        "Closures:",
        "- the primary school at Kirkton, until further notice",
        "- the high school, with lessons online from Monday",
        "- the nursery at the harbour, which floods in every gale",
        "The board will decide on Saturday whether the schools open on Monday.",
    )
    text = "\n".join(lines) + "\n"
    assert soft_breaks(text) == []


# GNU fmt's balanced lines (fmt -w67 of each paragraph): a quotation closes after a comma at a line's
# end with room there for "said" (the widest lines are 65 wide), and its credit opens the next line.
_COMMA_CLOSED = (
    "Harbour board approves dredging plan\n\n"
    "The Kellsworth harbour board voted on Tuesday to dredge the\n"
    "outer channel before the autumn storms, ending a dispute that\n"
    "had kept two cargo lines away from the port since March.\n\n"
    '"We have waited three years for the board to act, and every month\n'
    'of delay has cost the fishing fleet money it does not have,"\n'
    "said Moira Tennant, who chairs the fishermen's association and\n"
    "spoke for the boat owners at the meeting.\n\n"
    "The board's chief executive, Rufus Abernethy, said the work\n"
    'would begin in September. "It will not be quick and it will not\n'
    'be cheap, but it had not been easy to find a contractor either,"\n'
    'he said. "We are confident the channel will be open by Christmas."\n\n'
    '"The dredging should have been done years ago," said a harbour\n'
    "pilot, Ewan Strachan, who has guided ships into Kellsworth for two\n"
    'decades. "Nobody wanted to pay for it, and now everybody will."\n'
)


def test_a_balanced_line_ending_a_quotation_closed_after_a_comma_goes_on_with_its_credit():
    # layout62 (review60c's list): '… does not have,"' / 'said Moira Tennant' was a hard break inside
    # its paragraph, the closing mark read as a sentence's end
    flowing = flow_text(_COMMA_CLOSED)
    assert 'does not have," said Moira Tennant' in flowing
    assert flowing.count("\n\n") == 4 and flowing.rstrip("\n").count("\n") == 8  # the paragraphs, each one line


def test_a_quotation_closed_after_a_comma_at_a_balanced_line_end_keeps_its_speaker(pipeline):
    # end to end: with the hard break the quotation was credited to "The Kellsworth harbour board"
    quote = next(q for q in pipeline.analyze(_COMMA_CLOSED).quotes if "waited three years" in q.text)
    assert quote.text.replace("\n", " ").rstrip(',"').endswith("money it does not have")
    assert quote.speaker is not None and quote.speaker.text == "Moira Tennant"


def test_near_miss_one_quotation_a_line_closed_after_a_comma_is_not_read_as_wrapped():
    # one paragraph a line, each a quotation closed after a comma and its credit: not wrapped (the
    # lines are of every width), so no break is soft
    text = "\n".join(
        [
            '"We have waited three years for the board to act," said Moira Tennant.',
            '"It will not be quick," the chief executive, Rufus Abernethy, said on Tuesday night after the vote.',
            '"The dredging should have been done years ago," said a pilot.',
            '"Nobody wanted to pay for it, and now everybody will," he added, before the meeting closed.',
        ]
    )
    assert soft_breaks(text) == []



# Wrapped at 72 (invented): a pull quote closed after a comma on a well filled line, its credit
# under it opening with a dash.
_WRAPPED_BEFORE_A_PULL_QUOTE = (
    "The Kellsworth harbour board voted on Tuesday to dredge the outer\n"
    "channel before the autumn storms, ending a dispute that had kept two\n"
    "cargo lines away from the port since March, officials said on Monday.\n\n"
    "The board's chief executive said the work would begin in September,\n"
    "and that the contractor had been chosen after a long and costly search.\n\n"
)


def test_a_pull_quotes_credit_under_a_quotation_closed_after_a_comma_opens_its_own_line():
    # review62c: layout62's comma rule read "— Moira Tennant, …" as the quotation's wrapped line,
    # where a dash and a capital under a closing mark are a pull quote's credit (review56b)
    text = _WRAPPED_BEFORE_A_PULL_QUOTE + (
        '"We have waited three years for the board to act and we won\'t wait,"\n'
        "— Moira Tennant, chair of the fishermen's association\n\nThe vote was 7 to 2.\n"
    )
    credit_break = text.index("\n— Moira")
    assert credit_break not in [start for start, _ in soft_breaks(text)]
    assert 'won\'t wait,"\n— Moira Tennant' in flow_text(text)


def test_near_miss_an_aside_after_a_quotation_closed_after_a_comma_goes_on():
    # a dash and lower case: the sentence goes on ('… "too late,"' / '– a phrase …'), as layout62 reads it
    text = _WRAPPED_BEFORE_A_PULL_QUOTE + (
        'Tennant called the plan "too little, too late for the fleet and the town,"\n'
        "– a phrase the board's chairman said was unfair to the harbour staff.\n\nThe vote was 7 to 2.\n"
    )
    assert text.index("\n– a phrase") in [start for start, _ in soft_breaks(text)]


# Wrapped at 72, one paragraph a line (invented): a paragraph that ends a quotation after a comma,
# its credit left out, over a paragraph that opens a quotation of its own.
_COMMA_CLOSED_PARAGRAPH_END = (
    "The Kellsworth harbour board voted on Tuesday to dredge the outer\n"
    "channel before the autumn storms, ending a dispute that had kept two\n"
    "cargo lines away from the port since March, officials said on Monday.\n"
    "Moira Tennant, who chairs the fishermen's association, was blunt: \"The\n"
    'board has waited three years, and the fleet has paid for it,"\n'
    '"We will hold the board to its word on the dredging this time," said\n'
    "Ewan Strachan, a harbour pilot who has guided ships in for decades.\n"
    "The vote was 7 to 2, with the two harbour councillors against it.\n"
)


def test_a_paragraph_ending_a_quotation_after_a_comma_over_a_quotation_ends_there():
    # layout62's comma rule ran the line ending 'paid for it,"' (room left for '"We') on into the next paragraph's
    # quotation, though no credit of the first opens a quotation with a capital
    at = _COMMA_CLOSED_PARAGRAPH_END.index('for it,"\n') + len('for it,"')
    assert at not in [start for start, _ in soft_breaks(_COMMA_CLOSED_PARAGRAPH_END)]
    assert 'paid for it,"\n"We will hold' in flow_text(_COMMA_CLOSED_PARAGRAPH_END)


def test_near_miss_quoted_words_in_a_list_after_a_comma_closed_one_go_on():
    # a quotation opening in lower case goes on with the sentence ('… "unfair,"' / '"unwise" and …')
    text = _COMMA_CLOSED_PARAGRAPH_END.replace(
        'board has waited three years, and the fleet has paid for it,"\n',
        'board has waited three years," calling the delay "unfair,"\n',
    ).replace('"We will hold the board to its word', '"unwise" and "costly." Her board will hold it to its word')
    at = text.index('unfair,"\n') + len('unfair,"')
    assert at in [start for start, _ in soft_breaks(text)]


def test_near_miss_quoted_names_after_a_comma_closed_one_go_on_in_blank_line_copy():
    # review63d: where blank lines set paragraphs apart, a single break is inside a paragraph, so
    # a list of quoted names with capitals goes on (the line ending ',"' has room for '"Lyin'')
    text = (
        "Rally goes on past midnight\n\n"
        "The businessman spent much of the rally on Tuesday mocking his rivals.\n"
        'He called them by the names he has given them, "Little Marco,"\n'
        '"Lyin\' Ted" and "Low Energy Jeb," and the crowd cheered each one.\n\n'
        "The campaign did not answer questions about the remarks on Wednesday,\n"
        "and a spokeswoman said the candidate would speak again on Friday.\n"
    )
    assert '"Little Marco," "Lyin\' Ted" and' in flow_text(text)
