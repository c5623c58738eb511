"""A cue inside round brackets reports the brackets, not the sentence around them.

'Park cites her staff for her claim that the port lost 300 jobs (the actual number is closer to
40, according to the Harbor Board)': the parse hangs 'according to' on the whole sentence, so
the Harbor Board was the source of Park's own claim and Park's 'cites' was lost. A content
that crosses the brackets of its cue is cut to them; one wholly inside or wholly before them,
and quotations, keep their bounds. Every text here is invented for newsmine."""

from __future__ import annotations

from newsmine.nlp.quotes import find_quotes


def _quotes(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, speaker name) of each quote the whole pipeline keeps for ``text``."""
    doc = nlp(text + "\n")
    return [(doc.text[q.start : q.end], q.cue.text if q.cue is not None else None, q.speaker_name) for q in find_quotes(doc)]


def test_according_to_in_brackets_credits_the_bracketed_figure(nlp):
    text = (
        "Mayor Ellen Park attacked the budget. Park, in turn, cites her own staff as the source for some of her "
        "figures, such as her claim that the port lost 300 jobs (the actual number is closer to 40, according to "
        "the Harbor Board)."
    )
    quotes = _quotes(nlp, text)
    assert ("the actual number is closer to 40", "according to", "Harbor Board") in quotes, quotes
    assert not any(name == "Harbor Board" and "cites" in content for content, _, name in quotes), quotes
    assert any(cue == "cites" and name == "Ellen Park" for _, cue, name in quotes), quotes


def test_according_to_in_brackets_inside_a_list(nlp):
    text = (
        "Coastal towns like Seaview (81 percent of voters there backed the levy, according to county records), "
        "Port Alder and Millbrook top the list."
    )
    quotes = _quotes(nlp, text)
    according = [content for content, cue, _ in quotes if cue == "according to"]
    assert according == ["81 percent of voters there backed the levy"], quotes


def test_a_quotation_after_the_brackets_keeps_its_bounds(nlp):
    """Guard: the bracketed participle's quotation lies after the brackets."""
    text = (
        "Reyes grew up in Millbrook. His mentor's rule for young reporters (repeated to me over the years) was, "
        '"Never trust a press release."'
    )
    quotes = _quotes(nlp, text)
    assert any(content == "Never trust a press release." for content, _, _ in quotes), quotes


def test_a_content_before_the_brackets_is_kept(nlp):
    """Guard: 'X, Park said on Tuesday (repeating …)': the cue is outside the brackets."""
    text = "The plan will cost $4 million, Mayor Ellen Park said on Tuesday (repeating her estimate from March)."
    quotes = _quotes(nlp, text)
    assert ("The plan will cost $4 million", "said", "Ellen Park") in quotes, quotes


def test_a_bracketed_sentence_is_whole(nlp):
    """Guard: a whole sentence in brackets keeps its cue and content."""
    text = 'The council approved the budget on Tuesday. (Council member Ana Ruiz said the vote was "a disgrace.")'
    quotes = _quotes(nlp, text)
    assert any(cue == "said" and name == "Ana Ruiz" and content.startswith("the vote was") for content, cue, name in quotes), quotes
