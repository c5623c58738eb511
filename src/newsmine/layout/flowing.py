"""The text the parser reads (:func:`flow_text`): soft line breaks as spaces, a lone carriage
return as a line feed, «…» as curly double marks, an e-mail's quoted lines introduced by a
colon as quotations and an HTML entity left in the text as its character at its ";"
(:mod:`~newsmine.layout.html_entities`). Same length, same offsets: records keep the text as it came.
:func:`parser_text` is what the pipeline parses: that, with each Windows ``\\r\\n`` one character
(:mod:`~newsmine.layout.line_ends`, which also moves the parser's offsets back to the input).

Extra spaces (layout61). spaCy's tokenizer splits on single spaces: a token's one trailing space
is its ``whitespace_``, and any white space beyond it becomes a ``SPACE`` token of its own (as
``Doc(words, spaces)`` can hold no more than one space after a word). So copy typed with two
spaces after each sentence ("… easy.  We looked …"), a space an editor or a mailer left at a
wrapped line's end (which the soft break flows into a second one) or a no-break space beside a
space put a white-space token inside the sentence, and the small model read it otherwise: a cue's
subject lost ("The company's operations manager" for "Gillian Parry"), a that-clause's start
moved (review60c: 29 of 152 probe layouts whose paragraphs were all right). Decided: the parser
reads one space between two words of a line where a layout put more, as a reader does: every run
in copy typed with two spaces after its sentences, and a run a soft break is part of in copy
whose soft breaks mostly follow a space left at a line's end (:func:`_spaces_left_at_line_ends`;
a stray double space in single-spaced copy, or one a wrap cut at its second space, is read as it
always was: on published train, 970 runs in
380 articles, reading them as one space moved 29 quotes, as many worse as better, the models having
been trained on the parser's reading of them). The spaces
before the last of a run are characters it does not read (:func:`unread_spans`,
:func:`_extra_spaces`), dropped from :func:`parser_text` like an indent, and the records move the
parser's offsets back into the input (:func:`dropped_characters`), so every offset stays one into
the text as it came. Weighed: a tokenizer that attaches extra white space to the previous token
(spaCy cannot: ``whitespace_`` is one space or none), and parsing a normalised copy with its own
offset map (the map the unread spans already are). Cost: string tests on every article, a
regex only where two spaces stand together; the pipeline reads an article once
(:func:`read_layout`: the parser's text, the reading copy and the dropped characters from one
flowing and one set of unread spans; layout62), and each quick test is a pattern opening with a
line break or a test of a rare character, which C searches fast (a substring test of two
characters, one of them a space, or a pattern opening with a class, scans slowly). Likewise the
soft break after a compound's
hyphen ("by mid-" / "afternoon", as a greedy wrap cuts it) is not read: the parser reads
"mid-afternoon", not "mid- afternoon" (:func:`_soft_breaks_after_a_hyphen`). :func:`flow_text`
still shows "mid- afternoon": it keeps the input's length and offsets, so a character the parser
does not read can only stand there as a space; :func:`parser_text` and the records' texts are what
to read (a record's spans are cut from the input, "mid-" / "afternoon" as written)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any, NamedTuple

from newsmine.layout.html_entities import read_entities, with_entities_read
from newsmine.layout.indents import INDENT_CHARACTERS, line_indents, may_be_indented, without_spans
from newsmine.layout.line_ends import DROPPED_RETURNS, READING_COPY, dropped_returns, unix_line_ends
from newsmine.layout.lines import _NON_EMPTY_LINE_RE
from newsmine.layout.wrapping import _QUOTED_LINE_RE, soft_breaks

__all__ = [
    "INVISIBLE_CHARACTERS", "LayoutReading", "dropped_characters", "flow_text", "kept_reading_copy", "parser_text",
    "read_layout", "reading_copy", "unread_spans",
]


# Guillemets opening with « (French, Swiss, Italian, Russian copy and translations: «We will
# not sign,» said …) read as curly double marks: the small parser has seen few guillemets and
# took a closing » for the noun before "said" (the speaker "»"). German copy's »…« opens with
# », and is left alone.
_GUILLEMETS_AS_CURLY = str.maketrans("«»", "“”")


def _curly_guillemets(text: str) -> str:
    """``text`` with «…» as “…” when its first guillemet is an opening «; else as it is."""
    first_open = text.find("«")
    if first_open < 0:
        return text
    first_close = text.find("»")
    return text.translate(_GUILLEMETS_AS_CURLY) if first_close < 0 or first_open < first_close else text


# A list item's dash (or bullet) glued to its first word ("-Amy Walter says …", "-A Pew Research Center
# report finds …": HuffPollster's "Outliers" links) is one token for the parser, so the first
# word is lost to the name ("Walter", "Soltis Anderson"). Read as an en dash, which the parser
# splits off. Only a dash opening a paragraph, or a line after another such item, after a line
# introducing a list (ending in a colon) or after a line closing a quotation (a pull quote's
# credit "-Mayor Ana Ruiz"), before a capital or a quotation mark opening one ('-"We want …"',
# else the dash is kept in the quote): a hyphenated word wrapped at its hyphen, a negative
# number and "--" are left alone. Run after the soft breaks are found, on the lines they leave.
_GLUED_ITEM_LINE_RE = re.compile(r"^[-\u2022][\"\u201c]?([^\W\d_])", re.MULTILINE)
# A line after which a glued dash opens an item or a credit although no blank line parts them.
_LINE_BEFORE_ITEM_RE = re.compile(r"[:\"\u201d]\s*$")
# A line opening with a dash or a bullet: the quick test before the pattern above, which, opening
# with "^", is tried at every character (layout62: 0.12 ms an article, where this takes 2 µs).
_DASH_OPENING_A_LINE_RE = re.compile("\n[-\u2022]")


def _opens_glued_item(line: str) -> bool:
    """Whether ``line`` opens with a dash or bullet glued to a capital (any script's: "-Élysée",
    not "-élan"), or to a quotation mark before one."""
    match = _GLUED_ITEM_LINE_RE.match(line)
    return match is not None and match.group(1).isupper()


def _glued_list_dashes(text: str) -> str:
    """``text`` with each list item's dash glued to a capitalised word (or a quotation mark before
    one) read as an en dash, where the item opens a paragraph or follows another item line, a
    line ending in a colon or a line closing a quotation; same length."""
    if not (text.startswith(("-", "\u2022")) or _DASH_OPENING_A_LINE_RE.search(text)) or not _GLUED_ITEM_LINE_RE.search(text):
        return text
    lines = text.split("\n")
    read = list(lines)
    for n, line in enumerate(lines):
        if not _opens_glued_item(line):
            continue
        previous = lines[n - 1] if n else ""
        if previous.strip() and not (_opens_glued_item(previous) or _LINE_BEFORE_ITEM_RE.search(previous)):
            continue
        read[n] = "\u2013" + line[1:]
    return "\n".join(read)


# A carriage return alone (classic Mac OS files, some feeds) is a line break: read as "\n", so
# that wrapped lines are found and joined, and a paragraph ends there, as after "\r\n".
_LONE_CARRIAGE_RETURN_RE = re.compile(r"\r(?!\n)")


# A Unicode space inside a line (web copy's &nbsp; between a title and a name, in a date, after a
# sentence; thin and narrow no-break spaces in figures) reads as a space: the small parser made each a
# white-space token of its own, and a name written "Vernon\xa0Two\xa0Bulls" lost its last words (the
# speaker "Vernon"), "Helen\xa0Okoro" its first (layout59). Those opening a line are left to the
# indents (:mod:`~newsmine.layout.indents`, which the parser does not read) and the wrapping rules
# read the text before (a no-break space ending a line ends a paragraph): run on the flowed text.
_UNICODE_SPACES = INDENT_CHARACTERS[2:]
_UNICODE_SPACE_RUN_RE = re.compile(f"[{_UNICODE_SPACES}]+")
# A line's opening up to its first character that is not white space, and the rest of the line,
# where a Unicode space is inside it.
_LINE_OPENING_AND_REST_RE = re.compile(r"(?m)^([^\S\n]*\S)([^\n]*)")


def _inner_unicode_spaces(text: str) -> str:
    """``text`` with each run of Unicode spaces that follows something other than white space on
    its line as plain spaces; same length."""
    if text.isascii() or not any(space in text for space in _UNICODE_SPACES):
        return text  # most non-ASCII copy holds curly marks and dashes only (a test of each space: layout62)
    return _LINE_OPENING_AND_REST_RE.sub(_rest_as_spaces, text)


def _rest_as_spaces(line: re.Match[str]) -> str:
    return line.group(1) + _UNICODE_SPACE_RUN_RE.sub(_as_spaces, line.group(2))


def _as_spaces(run: re.Match[str]) -> str:
    return " " * (run.end() - run.start())


# How far back a quoted block's introduction ("… wrote:") is looked for, past blank lines.
_QUOTED_BLOCK_LOOKBACK = 200


def _quoted_blocks_as_quotations(flowing: str, text: str) -> str:
    """``flowing`` with each paragraph of an e-mail's quoted lines ("> I have paid my bill …")
    opening with a curly mark in place of its first ">" (the rest of its prefix, and the
    prefixes of its wrapped lines, spaces) when a line ending in a colon introduces the block
    ("One reader, Graham Pell, wrote:"): a quotation, closed by its paragraph's end or running on
    into the next quoted paragraph. Other quoted lines (a newsletter's "> " before each link, a
    forwarded message quoted throughout, which is the story itself) keep no marker: spaces."""
    if ">" not in flowing:
        return flowing
    found = list(_QUOTED_LINE_RE.finditer(flowing))
    if not found:
        return flowing
    quotes = 2 * len(found) < sum(1 for _ in _NON_EMPTY_LINE_RE.finditer(text))
    pieces = []
    position = 0
    quoting = False  # the quoted paragraph before this one was made a quotation
    previous_end = -1  # where the last quoted paragraph's line ends
    for match in found:
        start = match.start()
        line_end = flowing.find("\n", match.end())
        line_end = len(flowing) if line_end < 0 else line_end
        pieces.append(flowing[position:start])
        if flowing[match.end() : line_end].strip():
            before = flowing[max(0, start - _QUOTED_BLOCK_LOOKBACK) : start].rstrip()
            follows_quoted = previous_end >= 0 and not flowing[previous_end:start].strip()
            quoting = quotes and (before.endswith(":") or (quoting and follows_quoted))
            pieces.append(("“" if quoting else " ") + " " * (match.end() - start - 1))
        else:  # a quoted blank line (">") between the quoted paragraphs
            pieces.append(" " * (match.end() - start))
        position = match.end()
        previous_end = line_end
    pieces.append(flowing[position:])
    return "".join(pieces)


def flow_text(text: str) -> str:
    """``text`` with its soft line breaks (:func:`~.wrapping.soft_breaks`) turned into spaces, a lone
    carriage return into a line feed, guillemets into curly double marks
    (:func:`_curly_guillemets`), a list item's dash glued to its first word into an en dash
    (:func:`_glued_list_dashes`), a Unicode space inside a line (a no-break space) into a space
    (:func:`_inner_unicode_spaces`), an e-mail's quoted lines into quotations
    (:func:`_quoted_blocks_as_quotations`) and an HTML entity left in the text ("&quot;") into
    the character it names at its ";", spaces before it that the parser does not read
    (:mod:`~newsmine.layout.html_entities`, :func:`unread_spans`; the soft breaks are found on the
    entities as written, as a wrapping tool counted them in copy escaped before it was wrapped,
    and on the entities read, as in copy wrapped before it was escaped, and the reading that
    finds more breaks is taken: :func:`_soft_breaks_read`).

    Same length, same offsets: the text as the layout reads it, while records keep the text as
    it came. The parser and the components read :func:`parser_text`, this with a Windows line
    end one character.
    """
    original = text
    text = _curly_guillemets(text)
    if "\r" in text:
        text = _LONE_CARRIAGE_RETURN_RE.sub("\n", text)
    entities = read_entities(original)
    breaks = soft_breaks(text)
    if entities:
        # copy escaped before it was wrapped shows its wrap as written, copy wrapped before it was
        # escaped with its entities read: the reading that finds more of the wrap's breaks
        breaks = max(breaks, _soft_breaks_read(text, entities), key=len)
    if breaks:
        pieces = []
        position = 0
        for start, end in breaks:
            pieces.append(text[position:start])
            pieces.append(" " * (end - start))
            position = end
        pieces.append(text[position:])
        text = "".join(pieces)
    if entities:
        text = _curly_guillemets(with_entities_read(text, entities))
    return _quoted_blocks_as_quotations(_glued_list_dashes(_inner_unicode_spaces(text)), original)


def _soft_breaks_read(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """The soft breaks of ``text`` found with each of its ``entities`` (:func:`read_entities`) one
    character, moved back to ``text``'s offsets: copy wrapped before it was escaped, whose wrapping
    tool counted "&quot;" as one '"' (as written, the lines holding entities run past the width
    and hide the wrap, whole or in part: :func:`flow_text` takes whichever reading finds more)."""
    pieces: list[str] = []
    offsets: list[int] = []  # for each character of the read copy (and its end), its offset in text
    position = 0
    for start, end, character in entities:
        pieces += [text[position:start], character]
        offsets += [*range(position, start), start]
        position = end
    pieces.append(text[position:])
    offsets += [*range(position, len(text) + 1)]
    return [(offsets[start], offsets[end]) for start, end in soft_breaks("".join(pieces))]


# Invisible characters web copy leaves in words and between them (a zero-width space, a word
# joiner, a byte-order mark inside the text, a soft hyphen, left-to-right and right-to-left
# marks): the parser does not read them, as it does not read an indent. Glued to a word they made
# it another token ("\u200bVernon" no name, a quotation opening "“\u200bWe" no quotation's word);
# layout59. Zero-width joiners and non-joiners, which some scripts and emoji spell with, are kept.
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200e\u200f\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARACTERS}]")


def unread_spans(unix: str, flowing: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each run of characters of ``unix`` (the input with ``\\n`` line ends) the
    parser does not read, in order, none overlapping: the indents opening its lines
    (:func:`~.indents.line_indents`, found on ``flowing``, its :func:`flow_text`), the "> " of an
    e-mail's quoted lines (:func:`_quote_markers`), its invisible characters (a zero-width space,
    a soft hyphen: :data:`INVISIBLE_CHARACTERS`), each HTML entity it reads but for the
    entity's last character, which the parser reads as the one the entity names
    (:mod:`~.html_entities`: a no-break space's "&nbsp;" opening a line is all an indent), and
    the spaces before the last of a run inside a line (:func:`_extra_spaces`) and a soft break after
    a compound's hyphen (:func:`_soft_breaks_after_a_hyphen`)."""
    entities = read_entities(unix)
    # the input as the indents are found in it: an entity's filler and character as flowing has
    # them (the filler spaces opening a line are its indent)
    entities_read = with_entities_read(unix, entities)
    indented = may_be_indented(entities_read)
    # a compound a wrap cut at its hyphen, which the soft breaks tell
    hyphen = _HYPHEN_AT_A_LINE_END_RE.search(unix) is not None and _HYPHEN_BEFORE_A_LINE_RE.search(unix) is not None
    # or a line break flowing may make a space beside another: a line ending in one, or a lone "\r"
    # (whose line's opening may_be_indented does not see)
    if flowing is None and (
        indented or ">" in unix or hyphen or "\r" in unix or _SPACE_BEFORE_A_LINE_RE.search(unix) is not None
    ):
        flowing = flow_text(unix)
    spans = line_indents(entities_read, flowing) if indented else []
    if ">" in unix:
        spans += _quote_markers(unix, flowing)
    if not unix.isascii() and any(character in unix for character in INVISIBLE_CHARACTERS):
        spans += [m.span() for m in _INVISIBLE_RE.finditer(unix)]
    if entities:
        spans = _merged(spans + [(start, end - 1) for start, end, _ in entities])
    if hyphen:
        spans = _merged(spans + _soft_breaks_after_a_hyphen(unix, flowing))
    # without a soft break beside a space (flowing None), the runs are those of the input as
    # flowing reads it: its entities read, its Unicode spaces inside a line spaces
    extra = _extra_spaces(flowing if flowing is not None else entities_read, spans, unix)
    return _merged(spans + extra)


# The characters a run of spaces inside a line is made of, as the parser reads them: spaces and the
# Unicode spaces flowing reads as spaces.
_LINE_SPACES = frozenset(" " + _UNICODE_SPACES)
# A line ending in a space (or an HTML entity's ";", perhaps a no-break space's) over a line that
# goes on: the break may be a soft one, flowing into a second space after that one. (The line
# break first: a pattern opening with a character class tries it at every character.)
_SPACE_BEFORE_A_LINE_RE = re.compile(f"\\n(?<=[ ;{_UNICODE_SPACES}]\\n)(?=\\S)")


# A line ending in a word's hyphen (and perhaps a space an editor left) over a line opening with a
# letter ("… by mid-" / "afternoon …"): a greedy wrap (Python's textwrap, most mailers) breaks a
# compound at its hyphen.
_HYPHEN_BEFORE_A_LINE_RE = re.compile(r"[^\W\d_]-( ?[\r\n])(?=[^\W\d_])")
# Its quick test: a pattern opening with a literal is searched at C speed, where one opening with a
# class of letters, or four substring tests, took 50 µs a published train article (layout62).
_HYPHEN_AT_A_LINE_END_RE = re.compile(r"- ?[\r\n]")
# The words after a hyphen that leaves its compound's second half to a later word ("pre- and
# post-war", "two- to three-year", "mid- or late-career"): the space after it is the text's.
_SUSPENDED_HYPHEN_NEXT = frozenset(("and", "or", "nor", "to", "and/or", "&"))


def _soft_breaks_after_a_hyphen(unix: str, flowing: str) -> list[tuple[int, int]]:
    """(start, end) of each soft break (a line break of ``unix`` that ``flowing`` made a space), with
    any spaces left before it, after a word's hyphen and before a letter (:data:`_HYPHEN_BEFORE_A_LINE_RE`): the wrap cut a compound
    at its hyphen, and the parser reads it whole ("mid-afternoon", not "mid- afternoon"); not
    before the word of a suspended hyphen (:data:`_SUSPENDED_HYPHEN_NEXT`)."""
    spans = []
    for found in _HYPHEN_BEFORE_A_LINE_RE.finditer(unix):
        at = found.end() - 1
        if flowing[at] != " ":
            continue  # a hard break: the paragraph ends there
        if unix[at + 1 :].split(None, 1)[0].lower() in _SUSPENDED_HYPHEN_NEXT:
            continue
        spans.append(found.span(1))  # the break, and a space an editor left before it
    return spans


def _extra_spaces(flowing: str, unread: list[tuple[int, int]], unix: str) -> list[tuple[int, int]]:
    """(start, end) of the spaces before the last of each run of two or more between two words of a
    line of ``flowing`` (:func:`_space_runs`) that a layout made: one holding a soft break (a
    space left at a wrapped line's end, where most soft breaks follow one:
    :func:`_spaces_left_at_line_ends`), or any in copy typed with two spaces after its
    sentences (:func:`_typed_with_two_spaces`; a stray double space in single-spaced copy is left
    as the parser has always read it, as the models were trained on it). ``unread`` (in order,
    none overlapping) are the characters the parser does not read for other reasons. The parser
    reads one space between two words, as a reader does (see the module docstring). The space
    kept is the run's last one that no other span drops (an HTML entity's filler is no space of
    the text's: "said &quot;We" keeps its space), so a span that starts after the run starts at
    its word, and one that ends before it ends at the run's first space."""
    runs = _space_runs(flowing)
    if not runs:
        return []
    if not _typed_with_two_spaces(unix):
        # only the runs a soft break is part of (unix has its line break where flowing has a space)
        runs = [(start, end) for start, end in runs if "\n" in unix[start:end] or "\r" in unix[start:end]]
        if not runs or not _spaces_left_at_line_ends(unix, flowing):
            return []
    starts = [start for start, _ in unread]
    spans = []
    for start, end in runs:
        read = [at for at in range(start, end) if not _within(at, unread, starts)]
        if len(read) > 1:
            spans.append((start, read[-1]))
    return spans


_LINE_BREAK_RE = re.compile("[\r\n]")


def _spaces_left_at_line_ends(unix: str, flowing: str) -> bool:
    """Whether at least half the soft breaks of ``unix`` (a line break ``flowing`` made a space)
    follow a line ending in a space: an editor's or a mailer's habit (format=flowed mail leaves one
    at every wrapped line's end), whose runs the soft break makes are the layout's. Else a run
    holding a soft break is a stray double space of the text's that a wrap cut at its second space
    ("Kieran Suckling  says" wrapped after "Suckling "), read as the parser reads a stray one in
    single-spaced copy (review61e: on train hard-wrapped at 72, oregon-occupier's quote ran on
    past its end when the run was read as one space)."""
    soft = spaced = 0
    for found in _LINE_BREAK_RE.finditer(unix):
        at = found.start()
        if flowing[at] == " ":
            soft += 1
            spaced += at > 0 and flowing[at - 1] in _LINE_SPACES
    return spaced * 2 >= soft


# A sentence's end (perhaps inside a closing mark) and two spaces or more, a no-break space among
# them perhaps ("… easy.  We", web copy's ".&nbsp; " read), or one, before the next word.
_TWO_SPACED_END_RE = re.compile("[.!?][\"”’')\\]]*(?:&nbsp;|[ \u00a0]){2,}\\S")
_ONE_SPACED_END_RE = re.compile("[.!?][\"”’')\\]]*[ \u00a0]\\S")


def _typed_with_two_spaces(unix: str) -> bool:
    """Whether ``unix`` ends its sentences inside a line with two spaces (or a no-break space and a
    space) at least as often as with one, and at least once: copy typed so, whose double spaces
    are the typist's habit; a stray one in single-spaced copy is not (layout61: on published
    PolNeAR train, 970 such runs in 380 articles, reading them as one space moved 29 quotes,
    as many worse as better)."""
    if "  " not in unix and "\u00a0 " not in unix and " \u00a0" not in unix and "&nbsp; " not in unix:
        return False
    two = len(_TWO_SPACED_END_RE.findall(unix))
    return two > 0 and two >= len(_ONE_SPACED_END_RE.findall(unix))


def _space_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of two spaces or more (:data:`_LINE_SPACES`) between two characters
    that are not white space: copy typed with two spaces after each sentence ("… easy.  We looked
    …"), a space left at a wrapped line's end before the soft break that flowing made one more, a
    no-break space beside a space. Found from the places two spaces or a Unicode space stand (C
    string searches; a pattern for the runs costed a millisecond an article)."""
    seeds = _found_all(text, "  ")
    if not text.isascii():
        for space in _UNICODE_SPACES:
            if space in text:
                seeds += _found_all(text, space)
    runs: list[tuple[int, int]] = []
    end = 0  # the end of the last run looked at
    for seed in sorted(seeds):
        if seed < end:
            continue
        start, end = seed, seed + 1
        while start and text[start - 1] in _LINE_SPACES:
            start -= 1
        while end < len(text) and text[end] in _LINE_SPACES:
            end += 1
        if end - start > 1 and start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
            runs.append((start, end))
    return runs


def _found_all(text: str, part: str) -> list[int]:
    """The offset of each occurrence of ``part`` in ``text`` (overlapping ones too)."""
    found = []
    at = text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _within(at: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether offset ``at`` lies in one of ``spans`` (in order, none overlapping; ``starts`` their starts)."""
    n = bisect_right(starts, at) - 1
    return n >= 0 and at < spans[n][1]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap made one (an indent holding an entity's filler)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _quote_markers(unix: str, flowing: str) -> list[tuple[int, int]]:
    """(start, end) of each e-mail quoted line's "> " prefix that :func:`flow_text` blanked (all of
    it, or what follows the curly mark a block introduced by a colon opens with): the parser reads
    the line as if it opened with no prefix, a wrapped quoted line's words one space after the
    line above (layout59: the blanks were white-space tokens at every line of a quoted story, and
    speakers and contents moved: "Farris" for "Ellen Farris", a headline's content)."""
    spans = []
    for match in _QUOTED_LINE_RE.finditer(unix):
        start, end = match.span()
        if flowing[start] == "“":
            start += 1
        if start < end and not flowing[start:end].strip():
            spans.append((start, end))
    return spans


class LayoutReading(NamedTuple):
    """An article's text as the parser reads it and as the record's offsets index it, computed
    once (:func:`read_layout`). Each of :func:`parser_text`, :func:`reading_copy` and
    :func:`dropped_characters` flowed the text and found its unread spans anew, and the pipeline
    called them up to four times an article (layout62: the runs of spaces layout61 reads made that
    0.68 ms an article); the pipeline now reads the article once and keeps this."""

    parser_text: str  # what the pipeline parses (:func:`parser_text`)
    reading_copy: str  # the input as the parser's offsets index it (:func:`reading_copy`)
    dropped: list[int]  # where the parser lost a character of the input (:func:`dropped_characters`)


def read_layout(text: str) -> LayoutReading:
    """``text`` read once: its :func:`parser_text`, :func:`reading_copy` and
    :func:`dropped_characters`, from one :func:`flow_text` and one :func:`unread_spans`. Text
    without ``\\r\\n``, an indent or two spaces together is read as :func:`flow_text` has it, its
    reading copy the text itself, nothing dropped."""
    unix = unix_line_ends(text)
    flowing = flow_text(unix)
    unread = unread_spans(unix, flowing)
    returns = dropped_returns(text)
    if not unread:
        return LayoutReading(flowing, unix, returns)
    copy = without_spans(with_entities_read(unix, read_entities(unix)), unread)
    # the input offset of each dropped character: a "\r" before its "\n", an unread character
    # after the "\r"s dropped before it
    positions = [at + n for n, at in enumerate(returns)]
    positions += [u + bisect_right(returns, u) for start, end in unread for u in range(start, end)]
    return LayoutReading(without_spans(flowing, unread), copy, [at - n for n, at in enumerate(sorted(positions))])


def parser_text(text: str) -> str:
    """What the pipeline parses: :func:`flow_text` of ``text`` with each ``\\r\\n`` a ``\\n``
    (:func:`~.line_ends.unix_line_ends`), so a soft break flows into one space and a CRLF file
    reads exactly as its ``\\n`` copy, and without the indents that open its lines
    (:mod:`~.indents`: a blank line padded with spaces reads as a blank line) or its invisible
    characters, nor the spaces beyond one between two words (:func:`unread_spans`). Shorter than
    ``text`` by the characters dropped (:func:`dropped_characters`): records are built on
    :func:`reading_copy` and move the parser's offsets back (:func:`~.line_ends.input_offset`).
    Text without ``\\r\\n``, an indent or two spaces together is :func:`flow_text`'s, same length.
    The pipeline reads all three at once (:func:`read_layout`)."""
    return read_layout(text).parser_text


def reading_copy(text: str) -> str:
    """The input as the parser's offsets index it: ``text`` without the characters the parser
    does not read (a ``\\r\\n``'s ``\\r``, the indents, an e-mail quoted line's "> ", invisible
    characters, an HTML entity's but its last, extra spaces: :func:`unread_spans`), soft breaks and marks as
    they came, an entity the character it names (the one the parser read in its place)."""
    return read_layout(text).reading_copy


def kept_reading_copy(user_data: Mapping[str, Any], text: str) -> str:
    """The copy of the input ``text`` that a Doc's offsets index, read off its ``user_data``: the
    input itself when the parser lost no character of it (no :data:`~.line_ends.DROPPED_RETURNS`),
    else the reading copy the pipeline kept beside them (:data:`~.line_ends.READING_COPY`), made
    again (:func:`reading_copy`) for a Doc annotated without it (by older code, or elsewhere).
    The record and the title as written both read it, so that neither falls back to the input
    where the parser's offsets index the copy (review62c: the title fell back to the input)."""
    if not user_data.get(DROPPED_RETURNS):
        return text
    return user_data.get(READING_COPY) or reading_copy(text)


def dropped_characters(text: str) -> list[int]:
    """Where :func:`parser_text` lost a character of ``text``: for each, in order, the offset in
    :func:`reading_copy` of the character after it (a ``\\r\\n``'s ``\\n``, an indented line's first
    word, the character after an invisible one), as :func:`~.line_ends.input_offset` reads them;
    empty when it lost none."""
    return read_layout(text).dropped
