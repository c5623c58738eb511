"""The layout of a plain-text article: lines, paragraphs, headline, byline and dateline.

This module is the one place that decides what a line break *means*:

- **Hard-wrapped text** (wire feeds, e-mail newsletters, archive exports) breaks lines at a
  fixed width inside sentences. Such a break is a *soft* break: :func:`flow_text` turns it into
  a space, character for character, so the parser and every component see running prose while
  every offset stays an offset into the input. A line break is soft when the text as a whole
  is wrapped (most single line breaks follow a line that is full, or most of those after a line
  ending no sentence do in copy of short paragraphs one a line; some lines go on with a
  lower-case word, and the wrap width lies between :data:`MIN_WRAP_WIDTH` and
  :data:`MAX_WRAP_WIDTH`) and the line before it is full: the first word of the next
  line would not have fitted on it, or (as tools that balance a paragraph's lines leave room)
  the line is well filled and ends no sentence (or ends one inside a quotation its paragraph
  opened, the next line opening no mark). A short line (a paragraph's last), an
  indented line, a bullet, a short byline, a wire dateline or a transcript's turn ("FALLIN: I
  think …", after a line that ends a turn) starts a paragraph; a number or
  a dash opening a line after a well filled one that ends no sentence ("… on March" / "1. The
  …", "… the cost" / "— of the repairs") goes on with it. A full line ends a paragraph all the
  same when it is a headline over the story's first line, ends a sentence in an open
  quotation that the next line opens again (a quotation running on into its next paragraph),
  or ends a sentence or a clause and then a space (a wrap drops the space it breaks at).
- Every other line break is *hard*: a blank line always ends a paragraph; a single line break
  ends one in text with one paragraph per line (see :mod:`newsmine.nlp.paragraphs`).
- Plain-text news files typically start with a headline (one paragraph, which may be wrapped
  over two lines) and carry a byline ("By Jane Doe", "By Jane Doe and John Roe, Reuters")
  near the start or at the end. The byline fills ``authors`` and its line is excluded from
  entities and quotes; so does a wire story's credit at the end ("(Reporting by Jane Doe in
  Nairobi; Editing by John Roe)"), whose reporters and writer are the authors when there is no
  byline; a line that holds only a date near the top is the publication date. A kicker above
  or glued to the headline ("EXCLUSIVE", "EXCLUSIVE-…") is no part of it.
- Feeds' own marks, read the way a reader reads them: a lone carriage return is a line break,
  «…» are quotation marks, and an e-mail's "> " quoted lines are a quotation when a line ending
  in a colon introduces them (see :func:`flow_text`).

The text itself is never changed, so offsets stay offsets into the input. The one character the
parser reads differently is a Windows line end: a ``\\r\\n`` is one ``\\n`` for it
(:func:`parser_text`), so that a soft break flows into one space as in the ``\\n`` copy, and
records move the parser's offsets back into the input (:mod:`~newsmine.layout.line_ends`). Nor
does it read the spaces and tabs that open a line after a hard break (:mod:`~newsmine.layout.indents`):
a blank line padded with spaces is a blank line for it, an indented paragraph a plain one; nor an
e-mail quoted line's "> ", nor invisible characters (a zero-width space, a soft hyphen:
:func:`~newsmine.layout.flowing.unread_spans`), nor the spaces beyond one between two words of
a line (two after a sentence, a space left at a wrapped line's end) nor a soft break after a
compound's hyphen ("mid-" / "afternoon"; see :mod:`~newsmine.layout.flowing`). A no-break space inside a line is a space for it,
and an HTML entity left in plain text ("&quot;", "&#8217;") the character it names, read at its
";" (:mod:`~newsmine.layout.html_entities`).

The package holds one module for each: :mod:`~newsmine.layout.wrapping` (soft line breaks),
:mod:`~newsmine.layout.flowing` (the text the parser reads), :mod:`~newsmine.layout.line_ends`
(Windows line ends, and offsets back into the input), :mod:`~newsmine.layout.indents` (the
indents the parser does not read), :mod:`~newsmine.layout.html_entities` (HTML entities read as
their characters), :mod:`~newsmine.layout.headlines`,
:mod:`~newsmine.layout.bylines`, :mod:`~newsmine.layout.credits` (a wire story's closing
credit), :mod:`~newsmine.layout.datelines` (the publication date, a wire story's agency),
:mod:`~newsmine.layout.press_releases` (a release's contact details and legal notice),
:mod:`~newsmine.layout.link_lines` (links to other stories), and
:mod:`~newsmine.layout.lines` (the first and last lines, where the others look).
"""

from newsmine.layout.bylines import Byline, find_byline
from newsmine.layout.credits import find_credit
from newsmine.layout.datelines import find_dateline, find_wire_outlet
from newsmine.layout.flowing import (
    INVISIBLE_CHARACTERS,
    LayoutReading,
    dropped_characters,
    flow_text,
    kept_reading_copy,
    parser_text,
    read_layout,
    reading_copy,
)
from newsmine.layout.headlines import find_headline
from newsmine.layout.html_entities import read_entities
from newsmine.layout.line_ends import DROPPED_RETURNS, READING_COPY, dropped_returns, input_offset, unix_line_ends
from newsmine.layout.link_lines import find_link_lines
from newsmine.layout.press_releases import find_contact_block, find_release_notice
from newsmine.layout.wrapping import MAX_WRAP_WIDTH, MIN_WRAP_WIDTH, lines_are_paragraphs, soft_breaks

__all__ = [
    "DROPPED_RETURNS", "INVISIBLE_CHARACTERS", "MAX_WRAP_WIDTH", "MIN_WRAP_WIDTH", "READING_COPY", "Byline", "LayoutReading",
    "dropped_characters", "dropped_returns", "find_byline", "find_contact_block",
    "find_credit", "find_dateline", "find_headline", "find_link_lines", "find_release_notice", "find_wire_outlet",
    "flow_text", "input_offset", "kept_reading_copy", "lines_are_paragraphs", "parser_text", "read_entities", "read_layout", "reading_copy", "soft_breaks",
    "unix_line_ends",
]
