"""Hard-wrapped text: which line breaks only wrap a line inside a paragraph (:func:`soft_breaks`),
and whether the line breaks left after flowing end paragraphs (:func:`lines_are_paragraphs`).

A line break is soft when the text as a whole is wrapped (most single line breaks follow a
line that is full, or most of those after a line ending no sentence do in copy of short
paragraphs one a line, :func:`_short_paragraphs_wrapped`; some lines go on with a lower-case
word, and the wrap width lies between
:data:`MIN_WRAP_WIDTH` and :data:`MAX_WRAP_WIDTH`) and the line before it is full or well
filled and ending no sentence (or ending one inside an open quotation, :func:`_quotations_go_on`);
see :mod:`newsmine.layout`. A full line still ends a paragraph when it is a headline over the
story (:func:`_headline_ends`), closes a paragraph of a quotation that the next line opens
again (:func:`_quotations_go_on`) or ends a sentence and a space
(:func:`_ends_paragraph_with_a_space`). In copy that sets its paragraphs apart by blank lines, a
well filled line ending a sentence is a wrap's too (:func:`_paragraphs_apart_by_blank_lines`). Copy
with one paragraph a line too wide to be wrapped has no soft break: a lone break inside a sentence
there (a copy-paste artefact, 'Senator Jane' / 'Doe said …') is left a paragraph's end. Session 63
tried reading such breaks as soft (layout63's `_cut_sentences`: after a line ending in a word, before
lower case or after a sentence ending inside the line); on PolNeAR dev as written it joined
paragraphs in 2 of 84 articles and cost 15 attributions there, where train as written gained one
quote in 840 articles: published text is newsmine's first layout, so the reading was taken out.
"""

from __future__ import annotations

import re

from newsmine.layout.bylines import _MAX_LEAD_TAIL_WORDS, _parse_byline
from newsmine.layout.datelines import _WIRE_DATELINE_RE

__all__ = ["MAX_WRAP_WIDTH", "MIN_WRAP_WIDTH", "lines_are_paragraphs", "soft_breaks"]


# Wire and e-mail text wraps at 60 to 80 columns: wider lines are paragraphs, and narrower
# ones are lists, tables or one-line paragraphs rather than wrapped prose.
MAX_WRAP_WIDTH = 120
MIN_WRAP_WIDTH = 40
# Share of single line breaks that must follow a full line for a text to count as wrapped.
_MIN_FULL_SHARE = 0.5
# Share of single line breaks followed by a lower-case word, at least (PolNeAR dev wrapped at
# 72 columns: 0.2 to 0.9 an article, median 0.7).
_MIN_LOWER_SHARE = 0.15
# A line that starts like this starts a paragraph of its own, however full the line before.
_PARAGRAPH_OPENING_RE = re.compile(r"[ \t\u00a0]|[-*•–—▪]\s|\d{1,3}[.)]\s")
# An indented line's first characters. A break before an indented line starts a paragraph, and
# does not count among the breaks whose share after a full line tells a wrapped text: copy that
# indents each paragraph's first line with no blank line between (archives, typed copy) has
# as many such breaks as paragraphs, after short last lines, and a transcript of short turns so
# had fewer than half its breaks after a full line and was not read as wrapped at all (session
# 53: the probe transcript indented, wrapped at 72, its turns' contents cut at each line end).
_INDENTS = (" ", "\t", "\u00a0")
# A line the wrapping filled this far, ending in no sentence's end, goes on on the next line
# even when its next word would have fitted: tools that balance a paragraph's lines (GNU fmt,
# par) leave room that a greedy wrap does not. A paragraph's last line ends a sentence.
_FILLED_SHARE = 0.8
_LINE_ENDS = tuple(".!?:;\"”’')]")


# A dash between words (" — ", " – ", or " - " in copy typed without dashes) that a wrap put at a
# line's start: it reads like a bullet, but a bullet does not cut the sentence of the line above.
_DASH_OPENING_RE = re.compile(r"[-–—]\s")
# How many lines above a dash-opening line are looked at for a list item of the same paragraph.
_LIST_LOOKBACK = 8


# A list item's opening, perhaps indented: a bullet or a dash, a number and a point.
_LIST_ITEM_RE = re.compile(r"[ \t\u00a0]*(?:[-*•–—▪]\s|\d{1,3}[.)]\s)")


def _in_list(lines: list[str], i: int, width: int) -> bool:
    """Whether line ``i`` or one above it in its paragraph (up to :data:`_LIST_LOOKBACK` lines, not
    past a blank line) opens like a list item: a wrapped item's lines go on without a mark; or
    whether a line below the next one does (as far, not past a blank line) under a line with
    room left for its mark: the next line is then a list's first item, under a lead-in that
    ends in no colon ("… has three steps" / "- close the quay" / "- move the boats"). A mark a
    wrap put at a line's start had no room on the line above: an aside's closing dash ("… in
    the White House" / "— flirt with …", train wrapped at 60 and 80). (An indented first line
    is no list item: some copy indents every paragraph.)"""
    above = lines[i::-1][:_LIST_LOOKBACK]  # review50b: a slice stopping at i - 8 saw nothing for i < 8
    if _opens_item_before_blank(above):
        return True
    for j in range(i + 2, min(len(lines), i + 2 + _LIST_LOOKBACK)):
        if not lines[j].strip():
            return False
        if _LIST_ITEM_RE.match(lines[j]) and len(lines[j - 1].rstrip()) + 2 <= width:
            return True
    return False


def _opens_item_before_blank(lines: list[str]) -> bool:
    """Whether one of ``lines`` opens like a list item before any of them is blank."""
    for line in lines:
        if not line.strip():
            return False
        if _LIST_ITEM_RE.match(line):
            return True
    return False


def _opening_goes_on(lines: list[str], i: int, following: str, width: int) -> bool:
    """Whether a line opening like a list item, after a well filled line ``i`` that ends no
    sentence, goes on with the sentence that line cut rather than starting a list: a number and
    a point ("… rise to $17 on March" / "1. The …"), or a dash ("… the cost" / "— of their
    plans", "… blacks" / "- two groups", session 50: hard-wrapped train cut such asides short).
    The line before is no list item itself; for a dash, no line above it in its paragraph is one
    either (a list's wrapped item runs on without a mark, and its next item opens with one),
    nor one below it that had room on the line above (:func:`_in_list`)."""
    if following.lstrip()[:1].isdigit():
        return not _PARAGRAPH_OPENING_RE.match(lines[i])
    return _DASH_OPENING_RE.match(following) is not None and not _in_list(lines, i, width)


# A line ending in a quoted word ('… what her business calls “reproductive healthcare”', '… as
# "Pocahontas"'): the closing mark ends the quotation, not the sentence, when no sentence's mark
# comes before it.
_QUOTED_WORD_END_RE = re.compile(r"\w[\"”’']+$")
# A quotation closed after a comma ('… it does not have,"'): its sentence goes on with the credit
# ('said Moira Tennant, …') or the rest of the sentence; no paragraph ends there.
_COMMA_BEFORE_CLOSING_MARK_RE = re.compile(r",[\"”’']+$")
# A line opening a quotation with a capital ('"We …', '“The …'): no credit of the quotation closed
# above, which goes on in lower case or with a name and a verb.
_QUOTATION_CAPITAL_OPENING_RE = re.compile(r"[\"“][^\W\d_a-z]")


def _ends_no_sentence(line: str, following: str, paragraphs_apart: bool = False) -> bool:
    """Whether ``line`` (right-stripped) ends no sentence, so the next line may go on with it: it
    ends in no mark that ends a sentence or a clause (:data:`_LINE_ENDS`); or, before a dash a
    wrap put at the next line's start, in a quoted word (session 56: train wrapped at 72, "…
    calls “comprehensive reproductive healthcare”" / "– is “central” to …" and "… as
    "Pocahontas"" / "- is an appealing strategy." read the dash as a list's, and cut the
    sentence and its content at the line's end). A closing mark after a full stop ("… he
    said.”") still ends a sentence, and so does a quoted word before a dash and a capital: a
    pull quote's credit ("… the quay”" / "— Mayor Ana Ruiz", review56b), where an aside the
    wrap cut goes on in lower case. Nor does a quotation closed after a comma ('… it does not
    have,"' / 'said Moira Tennant …'), which GNU ``fmt``'s balanced lines leave at a line's end
    with room for the next word (layout62: the break was read as hard inside its paragraph), but
    where a dash and a capital open the next line: a pull quote's credit all the same ('… wait no
    more,"' / '— Moira Tennant', review62c), or a quotation with a capital: the paragraph really
    ends there, in copy with one paragraph a line ('… the money,"' / '"We will …'; layout63: ran
    on into the next paragraph). Not where paragraphs are set apart by blank lines
    (``paragraphs_apart``): a single break is inside its paragraph there, and a list of quoted
    names goes on ('… "Little Marco,"' / '"Lyin' Ted" and …'; review63d: cut the paragraph)."""
    if not line.endswith(_LINE_ENDS):
        return True
    dash = _DASH_OPENING_RE.match(following)
    aside = dash is not None and following[dash.end() :].lstrip()[:1].islower()  # a dash and lower case
    if _COMMA_BEFORE_CLOSING_MARK_RE.search(line) is not None:
        capital_quotation = _QUOTATION_CAPITAL_OPENING_RE.match(following.lstrip()) is not None
        return (dash is None or aside) and (paragraphs_apart or not capital_quotation)
    return aside and _QUOTED_WORD_END_RE.search(line) is not None


# A line ending a sentence and then a no-break space: no wrapping tool breaks a line at a no-break
# space, so the line break after it is the paragraph's end web copy left one before ("… to pass
# the Senate.\xa0" / "Senator John Cornyn …"; session 56: train wrapped at 72, 17 such breaks
# read as wraps, one wrap at "end.\xa0 Next" against them).
_NBSP_PARAGRAPH_END_RE = re.compile(r"[.!?][\"”’')\]]*\u00a0[\u00a0 ]*$")
# Inside a line, a sentence's end, a no-break space and a space before the next word ("… a
# day.\xa0 Their …"): copy typed so after its sentences (web copy's ".&nbsp; ") breaks its
# lines at that space too, so where the text holds more of these than lines ending in a
# sentence's no-break space, such a line is a wrap's (review56b; a stray one is no typing).
_NBSP_THEN_SPACE_RE = re.compile(r"[.!?][\"”’')\]]*\u00a0 \S")
_NBSP_LINE_END_RE = re.compile(_NBSP_PARAGRAPH_END_RE.pattern, re.MULTILINE)  # each line's, in the text


# A line ending a sentence or a clause (a headline's "…; " before its dek) and then a plain space:
# a wrapping tool drops the space it breaks at, so the space was the paragraph's, before a line
# break the text had (session 60: train wrapped at 60, a title ending "… locked up; " over its
# dek in nine articles ran into it; hard-wrapped train at 60 and 72, 316 such breaks hard against
# 5 wraps). The wraps are copy typed with two spaces after a sentence, wrapped at the second
# ("… women.  This" / "women. " / "This"), and mail sent "format=flowed", which keeps a space at
# each wrapped line's end: where the text holds as many two spaces after a sentence as lines
# ending so before a single line break, or most of those lines end in a space, the rule is off;
# and a lone line ending a sentence so may be a lone double space's cut (three at 72), so a
# sentence's end needs a second such line (a semicolon's, 140 hard and none a wrap's, does not).
# Only lines before a single line break count: a paragraph's last line before a blank line ends
# it anyway, and counted in copy typed with two spaces and a space left after each paragraph, it
# turned the text's double spaces cut at a line's end into paragraphs' ends (review60c). And copy
# whose sentences inside its lines end in two spaces at least as often as in one is typed so,
# however few of its double spaces are left inside a line (a short text, review60c).
_SPACE_PARAGRAPH_END_RE = re.compile(r"[.!?;][\"”’')\]]* +\r?$")
_TWO_SPACES_RE = re.compile(r"[.!?;][\"”’')\]]*  +\S")
_ONE_SPACE_RE = re.compile(r"[.!?;][\"”’')\]]* \S")


def _lines_ending_a_sentence_and_a_space(text: str, lines: list[str], candidates: list[int]) -> int:
    """How many lines of ``candidates`` (before a single line break) end a sentence or a clause
    and a plain space (see :data:`_SPACE_PARAGRAPH_END_RE`), as paragraphs' ends; 0 in copy typed
    with two spaces after its sentences, or where most of those lines end in a space
    (format=flowed mail)."""
    if " \n" not in text and " \r\n" not in text:
        return 0
    ends = sum(_SPACE_PARAGRAPH_END_RE.search(lines[i]) is not None for i in candidates)
    two_spaces = len(_TWO_SPACES_RE.findall(text))
    if not ends or two_spaces >= ends or (two_spaces and two_spaces >= len(_ONE_SPACE_RE.findall(text))):
        return 0
    if 2 * sum(lines[i].rstrip("\r").endswith(" ") for i in candidates) >= len(candidates):
        return 0
    return ends


def _ends_paragraph_with_a_space(line: str, space_ends: int) -> bool:
    """Whether ``line`` ends its paragraph, ending a sentence or a clause and a space in a text with
    ``space_ends`` such lines (:func:`_lines_ending_a_sentence_and_a_space`)."""
    if not space_ends or _SPACE_PARAGRAPH_END_RE.search(line) is None:
        return False
    return space_ends > 1 or line.rstrip(" \r").endswith(";")


# A line opening with one space or no-break space before a word.
_LONE_BLANK_OPENING_RE = re.compile(r"[ \u00a0][^\s]")


def _cut_double_spaces(lines: list[str], prefixes: list[int], candidates: list[int], width: int) -> set[int]:
    """The candidate breaks (index of the line before) where a wrap cut a double space: copy typed
    with two spaces, or a space and a no-break space, between words ("… for Benghazi. \xa0This is
    …", "… who have supported  European unity …") wrapped at the first of them leaves the next
    line opening with the second, after a line with no room for the next word. Such a line goes
    on with its paragraph: it is no indent (session 56: train wrapped at 72, eleven such breaks
    read as paragraphs' starts, quotations and contents cut at them). Not when any line opening
    with one blank follows a line with room left for its first word: the text indents its
    paragraphs by one space, and a paragraph's last line is mostly short. Nor after a line ending
    a sentence when the text opens a paragraph no wrap could have cut (its first line, or a line
    after a blank one) with one blank: it indents its paragraphs, and the one whose line above
    is full is a paragraph too (review56b)."""
    cut = set()
    indents_paragraphs = None  # looked up once, if a sentence's end comes before such a line
    for i in candidates:
        following = lines[i + 1][prefixes[i + 1] :]
        if not _LONE_BLANK_OPENING_RE.match(following):
            continue
        if len(lines[i].rstrip()) + 2 + len(following[1:].split(" ", 1)[0]) <= width:
            return set()
        if _SENTENCE_END_RE.search(lines[i].rstrip()):
            if indents_paragraphs is None:
                indents_paragraphs = _opens_a_paragraph_with_one_blank(lines, prefixes)
            if indents_paragraphs:
                continue
        cut.add(i)
    return cut


def _opens_a_paragraph_with_one_blank(lines: list[str], prefixes: list[int]) -> bool:
    """Whether the text's first line, or a line after a blank one, opens with one blank before a
    word: a paragraph's start no wrap made, so an indent."""
    after_blank = True
    for line, prefix in zip(lines, prefixes):
        text = line[prefix:]
        if after_blank and _LONE_BLANK_OPENING_RE.match(text):
            return True
        after_blank = not text.strip()
    return False


# A transcript's turn opening a line: its speaker's name in capitals and a colon ("FALLIN: I
# think …", "JAKE TAPPER: Do you …", "SEN. WARREN: …"), as TV and hearing transcripts mark who
# speaks. A wrapped sentence puts no word in capitals with a colon after it at a line's start.
_TRANSCRIPT_TURN_RE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}:[ \t]+\S")
# How the turn before a transcript's turn ends: a sentence's mark or a quotation's, or a dash or
# an ellipsis where the speaker was cut off ("… and the fleet --"). A line ending in a word or a
# comma is cut mid-sentence, and capitals with a colon after it go on with it ("… than the
# survey by the federal" / "GAO: the audit office had warned", review51c).
_TURN_ENDS = (*_LINE_ENDS, "-", "—", "–", "…")


def _opens_story_part(line: str, following: str, width: int) -> bool:
    """Whether a line starts a part of the story of its own, however full the line before: a
    short byline ("By Jane Okafor", under a headline that filled its line, ran into the title),
    a wire dateline ("LONDON, May 3 (Reuters) - …", into the headline above it) or a
    transcript's turn ("FALLIN: I think …"; session 51: in a transcript with one paragraph a line
    hard-wrapped, a question's full last line ran the answer into it, and the answer's words
    went to the one who asked) after a ``line`` that ends a turn (:data:`_TURN_ENDS`). A wrapped
    sentence's line that opens "By March, the company …" is full, and stays wrapped."""
    start = following.lstrip()[:3]
    if start in ("By ", "BY ", "By:", "BY:"):
        return len(following.strip()) < width // 2 and _parse_byline(following) is not None
    if _TRANSCRIPT_TURN_RE.match(following):
        return line.rstrip().endswith(_TURN_ENDS)
    return start[:1].isupper() and _WIRE_DATELINE_RE.match(following) is not None


def _agency_byline(following: str) -> bool:
    """A byline naming its agency ("By SAMUEL OKAFOR, Associated Press") under the text's first
    line: longer than a short byline may be, but under the headline it is one (session 52: at 60
    columns a headline that filled its line ran into it). Not a wrapped lead's "By Sunday, …":
    after its agency a byline has a few words at most (a role, a town), where a lead's sentence
    goes on (review52f: "By Thursday, NBC News, CBS News and Reuters had all reported that the"
    parses with "NBC News" as its outlet)."""
    if following.lstrip()[:3] not in ("By ", "BY "):
        return False
    parsed = _parse_byline(following)
    if parsed is None or parsed[1] is None:
        return False
    after = following[following.find(parsed[1]) + len(parsed[1]) :]
    return len(after.split()) <= _MAX_LEAD_TAIL_WORDS


# A word of four letters or more (the words a title-case headline capitalizes; "a", "of", "the",
# "and", "for" it may not).
_LONG_WORD_RE = re.compile(r"[^\W\d_][\w’'-]{3,}")
# A line that ends a sentence: its final mark, perhaps inside a closing quotation mark or bracket.
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*$")
# A line that opens with a capital letter, perhaps after an opening quotation mark.
_CAPITAL_START_RE = re.compile(r"[\"“‘']?[^\W\d_a-z]")


# Prepositions of four letters or more that a title may leave in lower case, as styles that
# lower-case every preposition do ("Quotes Bible to Encourage" / "Indiana to ‘Turn Away’ from
# ‘Boasters’ …"; session 56: train wrapped at 72 read the headline's second line as a lead's,
# under a headline of its own).
_TITLE_LOWER_WORDS = frozenset({"from", "with", "into", "onto", "upon", "over", "amid", "than", "unto", "till"})


def _in_title_case(line: str, least: int = 3) -> bool:
    """Whether every word of four letters or more in ``line`` starts with a capital (``least``
    such words at least), but for prepositions a title may leave in lower case
    (:data:`_TITLE_LOWER_WORDS`): "Pastor Wants Scout Leaders To Be Removed For Backing Plan",
    "Governor Backs Down from Harbour Toll Plan"."""
    words = [word for word in _LONG_WORD_RE.findall(line) if word not in _TITLE_LOWER_WORDS]
    return len(words) >= least and all(word[0].isupper() for word in words)


def _headline_ends(line: str, following: str) -> bool:
    """Whether the text's first line is a headline of its own above a story that starts on the
    next line, however full the line: it ends a sentence or is in title case, and the next line
    starts a sentence (a capital) without going on in title case ("Quay To Stay Closed For
    Repairs" / "The harbour authority said …"; session 50: a hard-wrapped story with one
    paragraph a line ran its headline into its first sentence, the speaker of a quote there).
    A headline wrapped over two lines goes on in title case, or mid-sentence."""
    line = line.strip()
    # A title's last line may hold a word or two ("Chance to" / "Win Presidency.").
    if not _CAPITAL_START_RE.match(following.lstrip()) or _in_title_case(following, least=0):
        return False
    if _leaves_quotation_open(line) or _WIRE_DATELINE_RE.match(line) or _TITLE_ABBREVIATION_END_RE.search(line):
        return False  # a lead paragraph's first line (review50b)
    return _SENTENCE_END_RE.search(line) is not None or _in_title_case(line)


# A line ending in an abbreviated title, which a name follows ("… according to Dr." / "Alasdair
# Munro, …"): its full stop ends no sentence.
_TITLE_ABBREVIATION_END_RE = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Rev|Fr|Hon|Atty|Amb|Supt|Insp|Det|St)\.$")


def _leaves_quotation_open(line: str) -> bool:
    """Whether ``line`` opens a double quotation it does not close (“ opens, ” closes, a straight
    mark does what the last one did not): a first line that does is a lead paragraph's, its
    quotation going on below ("“We were promised three weeks. …" / "The board has known …,”
    said …"), not a headline however it ends (review50b: the break under it was made hard, and
    the quotation's two halves were read apart)."""
    return _quoting_after(line, False)


def _quoting_after(line: str, quoting: bool) -> bool:
    """Whether a double quotation is open after ``line``, given whether one was before it: “
    opens, ” closes, a straight mark does what the last one did not (copy mixes them: '"We did
    …," she said. … busy,” she said.')."""
    for mark in _DOUBLE_MARK_RE.findall(line):
        quoting = mark == "“" or (mark == '"' and not quoting)
    return quoting


def _short_paragraphs_wrapped(lines: list[str], wrappable: list[int], full: int) -> bool:
    """Whether copy with fewer than half its breaks after a full line is wrapped all the same: its
    paragraphs are one a line and short, so about as many breaks end a paragraph (after a line
    ending a sentence, seldom full) as wrap one (layout61: a story whose paragraphs are one or two
    lines, wrapped at 72 with no blank line between them, had 7 full lines of 15 breaks, and no
    break was read as a wrap: its quotations were cut at each line's end). So when the breaks
    after a line that ends no sentence (:data:`_LINE_ENDS`), where a paragraph's end is rare,
    follow a full line at least as often as :data:`_MIN_FULL_SHARE` asks of all the breaks (two
    at least); the lower-case share asked next holds as before. A list or a table of short lines
    ends few of them full, however many end no sentence."""
    inside = [i for i in wrappable if not lines[i].rstrip().endswith(_LINE_ENDS)]
    return full >= 2 and full >= _MIN_FULL_SHARE * len(inside)


# How many lines ending a sentence before a blank line, at least, and how many times as many as
# short ones before a single line break, tell copy that sets its paragraphs apart by blank lines.
_MIN_BLANK_LINE_ENDS = 2
_BLANK_LINE_ENDS_RATIO = 2


def _paragraphs_apart_by_blank_lines(lines: list[str], candidates: list[int], width: int) -> bool:
    """Whether the text sets its paragraphs apart by blank lines, so that a single line break
    inside it is a wrap's wherever it falls: more than :data:`_BLANK_LINE_ENDS_RATIO` times as
    many lines ending a sentence come before a blank line as short lines ending one (a
    paragraph's last line, mostly short) before a single break, and
    :data:`_MIN_BLANK_LINE_ENDS` at least. In such copy a well filled line ending a sentence with
    room for the next word is a balanced wrap's, not a paragraph's end: GNU ``fmt`` prefers a
    sentence's end for its breaks in copy typed with two spaces after each sentence (layout62,
    left: such lines cut their paragraphs, and a quotation from its credit). Copy with one
    paragraph a line, and a blank line or two (under a headline, before a credit), has its
    paragraphs' short last lines before single breaks. A headline, a byline or a list's lines
    over single breaks are told by their own rules before this one is asked."""
    candidate_set = set(candidates)
    before_blank = before_single = 0
    for i in range(len(lines) - 1):
        line = lines[i].rstrip()
        if not _SENTENCE_END_RE.search(line):
            continue
        if not lines[i + 1].strip():
            before_blank += 1
        elif i in candidate_set and len(line) < _FILLED_SHARE * width:
            before_single += 1
    return before_blank >= _MIN_BLANK_LINE_ENDS and before_blank > _BLANK_LINE_ENDS_RATIO * before_single


def _wrap_width(lines: list[str]) -> int:
    """The width most lines of a wrapped paragraph end within a word of, over every non-blank
    line (paragraphs written on one long line make it wide: not wrapped); the 90th percentile
    ignores the odd over-long line (a URL, an unbreakable word)."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return widths[int(0.9 * (len(widths) - 1))] if widths else 0


def soft_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line break that only wraps a line inside a paragraph.

    A ``\\n`` or ``\\r\\n``; empty when the text is not hard-wrapped (see the module docstring).
    Linear in the text, in C string operations but for one step per line.
    """
    if "\n" not in text:
        return []
    lines = text.split("\n")
    # An e-mail's quoted lines: the "> " before each is no word of the line (see _quote_prefix).
    prefixes = [_quote_prefix(line) for line in lines] if ">" in text else [0] * len(lines)
    if not any(prefixes) and text.lstrip("\r\n")[:1] in (" ", "\t"):
        # A margin every line keeps is no line's indent: the line goes on past it (see _margin).
        margin = _margin(lines)
        if margin:
            prefixes = [margin if line.strip() else 0 for line in lines]
    # Single line breaks between two non-blank lines: the only breaks that can be soft; not
    # where a quoted block starts or ends.
    candidates: list[int] = []  # index of the line before the break
    widths: list[int] = []
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        # a quoted blank line ('>' alone) is a blank line: no break after it can be a wrap's (review59c)
        if line[prefixes[i] :].strip() and following[prefixes[i + 1] :].strip() and bool(prefixes[i]) == bool(prefixes[i + 1]):
            candidates.append(i)
            # not rstrip(): a no-break space at the line's end took a column of the wrap (review56b)
            widths.append(len(line.rstrip(" \t\r")))
    if len(candidates) < 2:
        return []
    width = _wrap_width(lines)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return []
    full, filled = [], []
    sentence_ends = []  # well filled lines ending a sentence, the next word fitting: hard, unless a quotation is open
    indented = set()  # breaks before an indented line: a paragraph's start, no wrap to count
    first_line = next(i for i, line in enumerate(lines) if line.strip())
    cut_spaces = _cut_double_spaces(lines, prefixes, candidates, width)
    nbsp_ends_paragraphs = "\u00a0" in text and len(_NBSP_THEN_SPACE_RE.findall(text)) <= len(_NBSP_LINE_END_RE.findall(text))
    space_ends = _lines_ending_a_sentence_and_a_space(text, lines, candidates)
    blank_line_paragraphs = _paragraphs_apart_by_blank_lines(lines, candidates, width)
    for i, line_width in zip(candidates, widths):
        line, following = lines[i], lines[i + 1][prefixes[i + 1] :]
        if following[:1] in _INDENTS and i not in cut_spaces:
            indented.add(i)
        # A no-break space joins words: no wrapping tool breaks there ("… on" / "March\xa014,\xa02025").
        next_word = following.lstrip(" \t").split(" ", 1)[0]
        fits = line_width + 1 + len(next_word) <= width
        goes_on = line_width >= _FILLED_SHARE * width and _ends_no_sentence(line.rstrip(), following, blank_line_paragraphs)
        if (
            _PARAGRAPH_OPENING_RE.match(following)
            and i not in cut_spaces
            and not (goes_on and _opening_goes_on(lines, i, following, width))
        ):
            continue
        if nbsp_ends_paragraphs and _NBSP_PARAGRAPH_END_RE.search(line):
            continue  # a paragraph's end a page left a no-break space after (see the pattern)
        if _ends_paragraph_with_a_space(line, space_ends):
            continue  # a paragraph's end with a space left after it (see the pattern)
        if _opens_story_part(line, following, width) or (
            i == first_line and (_headline_ends(line, following) or _agency_byline(following))
        ):
            continue
        if not fits:
            full.append(i)
        elif goes_on:
            filled.append(i)
        elif line_width >= _FILLED_SHARE * width and _SENTENCE_END_RE.search(line.rstrip()):
            # copy that sets its paragraphs apart by blank lines ends none at a single break, but
            # for a pull quote's credit in title case ('Jane Roe, Harbour Trust."')
            wrap = blank_line_paragraphs and not _in_title_case(following, least=2)
            (filled if wrap else sentence_ends).append(i)
    # The shares below are over the breaks that could be a wrap's: in copy that marks each
    # paragraph by indenting its first line, with no blank line between, the break before each
    # paragraph is no wrap's (see _INDENTS).
    wrappable = [i for i in candidates if i not in indented]
    if not wrappable or (
        len(full) < _MIN_FULL_SHARE * len(wrappable) and not _short_paragraphs_wrapped(lines, wrappable, len(full))
    ):
        return []
    # Wrapping cuts sentences anywhere, so many wrapped lines go on with a lower-case word;
    # lines of a list or a quote round-up of even widths start with capitals or marks.
    lower = sum(lines[i + 1][prefixes[i + 1] :].lstrip()[:1].islower() for i in wrappable)
    if lower < _MIN_LOWER_SHARE * len(wrappable):
        return []
    return _offsets(lines, prefixes, _quotations_go_on(lines, prefixes, set(full + filled), set(sentence_ends)))


def _offsets(lines: list[str], prefixes: list[int], soft: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the line break after each line of ``soft`` (its index), a ``\\r`` before it
    and a quoted line's "> " after it included."""
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    result = []
    for i in sorted(soft):
        newline = starts[i + 1] - 1
        start = newline - 1 if lines[i].endswith("\r") else newline
        result.append((start, starts[i + 1] + prefixes[i + 1]))  # a quoted line's "> " goes with its break
    return result


# A line that opens a quotation: an opening double mark before a word ('"We', '“We').
_QUOTATION_OPENING_RE = re.compile(r"[\"“]\w")
_DOUBLE_MARK_RE = re.compile(r"[\"“”]")
# A line opening with a quotation mark of either kind (a paragraph going on with a quotation
# opens again with one; a single mark for a quotation inside it, or in British copy).
_OPENING_MARK_RE = re.compile(r"[\"“‘']")
# What follows a mark opening a quotation: a word, perhaps after a single mark (a quotation inside
# it). A mark before anything else after a word closes one (:func:`_closes`), and one opening a
# line before no word (a page's markup, 'tweet-date="' / '2016">…') opens none to go on with.
_OPENS_BEFORE_WORD_RE = re.compile(r"[‘']?\w")


def _quotations_go_on(lines: list[str], prefixes: list[int], soft: set[int], sentence_ends: set[int]) -> set[int]:
    """``soft`` without the breaks that end a paragraph of a quotation running on into the next:
    the paragraph so far leaves a double quotation mark open, its line ends a sentence and the
    next line opens with a mark ('… “Trump events are … revel in it.' / '“There’s another side
    …'). News copy leaves a quotation open at a paragraph's end and opens the next paragraph
    with a mark; inside one paragraph a mark is not opened again before it is closed, so the
    line was ended on purpose however full it is (session 50: a story with one paragraph a line
    hard-wrapped ran the two paragraphs into one, and the quotation marks paired across it).

    And with the breaks of ``sentence_ends`` soft (a well filled line ending a sentence, with
    room for the next word: a paragraph's end, or a balanced wrap's) where the line leaves open
    a quotation its paragraph opened after its first character and the next line opens with no
    quotation mark: a paragraph that ends inside a quotation has the next one open with a mark,
    so the quotation goes on in this paragraph ('… said. "Now it's in the draft platform.' /
    'That's not nothing."'; session 60: read as a paragraph's end, the quotation was cut
    there). Line by line, as the open quotation depends on the breaks above; its marks read by
    their sides (:func:`_closes`), and not when the mark opened it before no word
    (:data:`_OPENS_BEFORE_WORD_RE`), nor in a paragraph that a mark opens: a pull quote's
    credit inside its marks ('"… must not happen.' / 'Jane Roe, Harbour Trust."', train), or a
    quotation's paragraph of its own."""
    kept = set(soft)
    quoting = False
    # A quotation is open, its marks read by their sides too (:func:`_closes`); and it opened
    # before a word after its paragraph's first character (the paragraph's text opened it).
    open_by_sides = opened_in_paragraph = False
    opens_paragraph = True  # the line is its paragraph's first
    for i, line in enumerate(lines):
        quoting = _quoting_after(line, quoting)
        opening = len(line) - len(line[prefixes[i] :].lstrip())
        for mark in _DOUBLE_MARK_RE.finditer(line):
            if _closes(line, mark.start(), mark.group(), open_by_sides):
                open_by_sides = opened_in_paragraph = False
            elif not open_by_sides:
                open_by_sides = True
                before_word = _OPENS_BEFORE_WORD_RE.match(line, mark.end()) is not None
                opened_in_paragraph = before_word and not (opens_paragraph and mark.start() == opening)
        opens_paragraph = False
        following = lines[i + 1][prefixes[i + 1] :].lstrip() if i + 1 < len(lines) else ""
        if i in sentence_ends and opened_in_paragraph and not _OPENING_MARK_RE.match(following):
            kept.add(i)
            continue
        if i not in kept:  # a paragraph ends here (a hard break, a blank line, the last line)
            quoting = open_by_sides = opened_in_paragraph = False
            opens_paragraph = True
            continue
        if quoting and _SENTENCE_END_RE.search(line.rstrip()) and _QUOTATION_OPENING_RE.match(following):
            kept.discard(i)
            quoting = open_by_sides = opened_in_paragraph = False
            opens_paragraph = True
    return kept


def _closes(line: str, start: int, mark: str, quoting: bool) -> bool:
    """Whether the double mark at ``start`` closes a quotation, read by its sides as well as its
    kind: a mark after a word or a point and before no word closes, whatever its kind ('…
    stand.“[HuffPost.]', a typo; '2016">Sanders', markup)."""
    if mark == "”" or (mark == '"' and quoting):
        return True
    return start > 0 and not line[start - 1].isspace() and _OPENS_BEFORE_WORD_RE.match(line, start + 1) is None


# An e-mail's quoted line: "> I have paid my bill …", "> > …" a reply's quote of a quote.
_QUOTE_PREFIX_RE = re.compile(r">[> \t]*")
_QUOTED_LINE_RE = re.compile(r"^>[> \t]*", re.M)


def _margin(lines: list[str]) -> int:
    """The length of the spaces or tabs that open every non-blank line alike, else 0: a margin,
    as archive exports and plain-text mailers put one space before each line, or Markdown four
    before a block. Each line goes on past it, and an indent is what a line has beyond it
    (review53b: a wrapped story whose every line opened with one space had each break read as
    a paragraph's start, and its quotations were cut at each line end)."""
    margin = None
    for line in lines:
        if not line.strip():
            continue
        opening = line[: len(line) - len(line.lstrip(" \t"))]
        if not opening:
            return 0
        if margin is None or opening.startswith(margin):
            margin = opening if margin is None else margin
        elif margin.startswith(opening):
            margin = opening
        else:
            return 0
    return len(margin or "")


def _quote_prefix(line: str) -> int:
    """The length of a quoted line's "> " prefix (markers and the spaces after them), else 0."""
    return _QUOTE_PREFIX_RE.match(line).end() if line.startswith(">") else 0


def lines_are_paragraphs(text: str, flowing: str) -> bool:
    """Whether every line break left in ``flowing`` (``text`` after :func:`~.flowing.flow_text`) ends a
    paragraph, though no full stop comes before it: a subhead ("Passengers face weeks of
    disruption"), a press release's "About Brightmoor Foods" over its boilerplate.

    So when the text is hard-wrapped (its soft breaks are spaces now; the breaks left are the
    ones this module found hard), or when its lines are too wide to be wrapped: a feed's one
    paragraph a line. Otherwise (lines of a wrap width that were not found wrapped) a single
    line break may still cut a sentence, and only a full stop before it ends a paragraph.
    """
    if flowing.count("\n") != text.count("\n") + text.count("\r") - text.count("\r\n"):
        return True  # soft breaks were spaced (a lone carriage return counts as the line break it is)
    return "\n" in flowing and _wrap_width(flowing.split("\n")) > MAX_WRAP_WIDTH
