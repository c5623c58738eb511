"""Articles quoted in the British style, with single marks (‘…’) and no double ones.

Single marks double as apostrophes, so they are read as quotation marks only in an article
with no double mark at all and a ‘ past its first paragraph, or whose single quotations past
its first paragraph are at least two and twice its double-quoted ones (curly, or straight ones
closing after clause punctuation: "'We cannot afford it,' he said"); there a ’ between letters
(it’s) or before a digit (’90s) stays an apostrophe, and of the closing marks before the
next opening one the last after clause punctuation closes (a plural possessive looks the
same: "the councillors’ views"). Sentences written for these tests.
"""

from __future__ import annotations

from newsmine.nlp.quote_marks import find_quoted
from newsmine.nlp.quote_marks.single_marks import _ASCII_SINGLE_QUOTATION_RE


def _inner(text: str) -> list[str]:
    return [text[s.inner_start : s.inner_end] for s in find_quoted(text)]


def test_single_marks_quote_a_british_style_article():
    text = (
        "Council shuts pool\n\n"
        "‘This was the hardest decision I have made,’ said Janet Moore. ‘We cannot afford it.’\n\n"
        "Swimmers were angry. ‘They let it fall apart,’ said Graham Holt."
    )
    assert _inner(text) == ["This was the hardest decision I have made,", "We cannot afford it.", "They let it fall apart,"]


def test_apostrophes_and_plural_possessives_do_not_close_a_quote():
    text = (
        "Row over pay\n\n"
        "‘We know the councillors’ views, and it’s been that way since the ’90s,’ he said. "
        "She called it ‘a disgrace’ and the Smiths’ reply was short."
    )
    assert _inner(text) == ["We know the councillors’ views, and it’s been that way since the ’90s,", "a disgrace"]


def test_a_single_quoted_paragraph_runs_on_to_the_next():
    text = "Budget day\n\n‘The first part of a long answer.\n\n‘And the last part,’ she said."
    stretches = find_quoted(text)
    assert len(stretches) == 1 and len(stretches[0].pieces) == 2


def test_single_marks_are_ignored_beside_double_ones_or_only_in_the_headline():
    # Double quotes in the article: single marks are nested quotes or apostrophes, as before.
    assert _inner("Mayor speaks\n\n‘Yes,’ he said. “No,” she said.") == ["No,"]
    # An American headline quoting with single marks over a body with no quotation.
    assert _inner("Cooper upsets ‘Sniper’ fans\n\nThe actor’s visit drew calls for a boycott.") == []


def test_single_marks_nested_in_double_quotes_or_before_a_year_do_not_make_the_style():
    # American copy: titles quoted inside double quotations, the ‘90s, ‘a first’ once; the
    # nested and decade marks outnumbered the two double quotations before they were set aside.
    text = (
        "Broadway hit tours\n\n"
        "“I loved ‘Hamilton’ and ‘Cats,’” said fan Ann Lee of the shows she saw in the ‘90s and since.\n\n"
        "The producers’ statement called the tour ‘a first’ for the city. Ticket sales opened Monday.\n\n"
        "Back in the ‘80s, she said, “we queued all night for ‘Evita.’”\n"
    )
    assert _inner(text) == ["I loved ‘Hamilton’ and ‘Cats,’", "we queued all night for ‘Evita.’"]


def test_the_straight_single_quotation_scan_is_bounded():
    # Each straight mark scanned to the line's end: quadratic in a paragraph of apostrophes
    # ("rock 'n' roll", "'round"; 73 s for 750,000 characters). The scan stops 600 characters on.
    assert _ASCII_SINGLE_QUOTATION_RE.search("'We " + "waited " * 50 + "too long,' he said") is not None
    assert _ASCII_SINGLE_QUOTATION_RE.search("'We " + "waited " * 120 + "too long,' he said") is None


def test_a_british_style_quote_is_direct_with_its_speaker(pipeline):
    record = pipeline.analyze(
        "Council votes to shut leisure centre\n\n"
        "‘This was the hardest decision I have made in ten years,’ said the council leader, Janet Moore. "
        "‘We simply cannot afford the repairs.’\n\n"
        "Swimmers were angry. ‘They have let it fall apart on purpose,’ said Graham Holt, 72."
    )
    by_snippet = {q.text: q for q in record.quotes}
    moore = next(q for t, q in by_snippet.items() if "hardest decision" in t)
    holt = next(q for t, q in by_snippet.items() if "fall apart" in t)
    assert moore.type == "direct" and moore.speaker.name == "Janet Moore"
    assert "cannot afford the repairs" in moore.text  # the sentence after the cue belongs to it
    assert holt.type == "direct" and holt.speaker.name == "Graham Holt"


def test_straight_single_marks_quote_a_british_style_article():
    """'…' typed with straight marks: an opening one before a letter, a closing one that is no
    apostrophe (don't, the players' pay) and no '90s."""
    text = (
        "Manager stays calm\n\n"
        "'I don't talk about other clubs' players,' said Stefan Brandt. 'The '90s are gone.'\n\n"
        "He called the squad 'big enough' for the season. 'That is no secret,' he said."
    )
    assert _inner(text) == [
        "I don't talk about other clubs' players,", "The '90s are gone.", "big enough", "That is no secret,",
    ]


def test_a_stray_double_quoted_phrase_among_single_quotes_is_quoted_too():
    """British copy with one double-quoted phrase: the single marks still quote, and so does it."""
    text = (
        "Council sets budget\n\n"
        "'We have cut £60 million since 2010,' said Sarah Okonedo. 'There is nothing left.'\n\n"
        'Peter Vance called it "a con". \'They are asking people to pay more,\' he said.'
    )
    assert _inner(text) == ["We have cut £60 million since 2010,", "There is nothing left.", "a con", "They are asking people to pay more,"]
    # American copy: many double quotations, a single one nested or in a headline, stays as it was.
    american = 'Senate passes bill\n\n"It\'s \'a good day,\'" she said. "We won," he said. \'Fine,\' I said.'
    assert _inner(american) == ["It's 'a good day,'", "We won,"]


def test_a_british_style_quote_in_straight_marks_is_direct_with_its_speaker(pipeline):
    record = pipeline.analyze(
        "Council tax to rise\n\n"
        "Council leader Sarah Okonedo told the meeting that the council had 'no good options left'.\n\n"
        "'We have cut £60 million since 2010. Every pound we save comes out of a service,' she said.\n\n"
        'Peter Vance called the budget "a con". \'They are asking people to pay more for less,\' he said.'
    )
    cut = next(q for q in record.quotes if "We have cut" in q.text)
    assert (cut.type, cut.speaker.name) == ("direct", "Sarah Okonedo")
    options = next(q for q in record.quotes if "the council had" in q.text)
    assert options.type == "mixed"
    less = next(q for q in record.quotes if "pay more for less" in q.text)
    assert (less.type, less.speaker.name) == ("direct", "Peter Vance")


def test_curly_and_straight_single_marks_mixed_in_one_article_both_quote():
    """Copy pasted together from two sources: ‘…’ in one paragraph, '…' in the next, a few
    double-quoted phrases. The curly quotations alone were too few to make the style and the
    straight ones went unread: every quote was missed."""
    text = (
        "Library to close on Sundays\n\n"
        "The council leader said the cuts were \"a last resort\". ‘Nobody wants this,’ she said.\n\n"
        "Her deputy called it \"painful\". 'We had no choice,' he said, 'and we will review it.'\n\n"
        "Readers were unconvinced. ‘It is a disgrace,’ said Ann Pike, 70."
    )
    assert _inner(text) == [
        "a last resort", "Nobody wants this,", "painful", "We had no choice,", "and we will review it.", "It is a disgrace,",
    ]


def test_a_mixed_single_mark_split_quote_is_one_direct_quote(pipeline):
    record = pipeline.analyze(
        "Ferry service cut\n\n"
        "Islanders called the decision \"a betrayal\". ‘We were promised a daily boat,’ said Ewan Ross, a crofter. "
        "‘Now we get three a week.’\n\n"
        "The operator's director, Kate Lund, said costs had doubled. 'We cannot run empty boats,' she said, "
        "'and nobody has offered to pay for them.'"
    )
    ross = next(q for q in record.quotes if "daily boat" in q.text)
    assert (ross.type, ross.speaker.name) == ("direct", "Ewan Ross")
    lund = next(q for q in record.quotes if "empty boats" in q.text)
    assert (lund.type, lund.speaker.name) == ("direct", "Kate Lund")
    assert "nobody has offered" in lund.text
