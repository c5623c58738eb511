"""Paragraph breaks as sentence boundaries: the ``newsmine_paragraphs_v1`` component.

spaCy's small English parser often runs a sentence on across a paragraph break (on PolNeAR
dev, 291 of 3,193 parsed sentences span one), and a parse that joins a quotation to the
next paragraph's sentence hands its speaker and cue to the wrong words. News paragraphs
never continue a sentence, so this component, placed before the parser, marks the first
token after a paragraph break as a sentence start; the parser keeps preset boundaries.

A paragraph break is a blank line, or a single line break after a sentence-final mark
(``. ! ? :`` or a closing quotation mark or bracket): feeds end a paragraph with one
newline, but hard-wrapped text ("…told\\nReuters…") breaks lines inside sentences, and a
single newline there must not cut the sentence. Two kinds of line break end a paragraph
whatever comes before them, as the caller (:class:`newsmine.Pipeline`) knows from the
article's layout and says in ``doc.user_data``: every line break of a web page's text
(``LINE_PARAGRAPHS``: trafilatura writes one paragraph, heading or caption a line, and joins
the lines of a paragraph; so does plain text whose layout leaves no line break inside a
sentence, see :func:`newsmine.layout.lines_are_paragraphs`), and the one after a plain-text
article's headline (``HEADLINE_END``: "State swears in first justice\\nGovernor says …" read
as one sentence made "justice Governor" the speaker). Neither where the sentence visibly runs
on (:func:`_goes_on`): the next line goes on in lower case, as no paragraph starts (a feed's
stray break: "the harbour\\nwall collapsed"), or the line ends on a comma or a word that
cannot end a sentence (a <br> or a <pre>'s wrap inside a sentence, a short hard-wrapped text
whose first line is no headline: "told the\\nHouse committee").

The same component also ends a sentence at a clock time's "a.m." or "p.m." when the next
word is a capitalised pronoun or determiner ("by 3 p.m. Its president, Ana Lima, said"):
the abbreviation's full stop doubles as the sentence's, and the small parser, taking it
for an abbreviation only, runs on into the next sentence and gives its speaker and title
to the wrong words. Such a word never continues a clause after a clock time. So does a
quotation opening after a space on a capital ('until 4 a.m. "It was worth it," she said':
read as one sentence, the quotation's speaker was the earlier sentence's subject); a mark
right after the clock time ('at 4 a.m." She') closes a quotation instead. A capitalised plural
common noun with its verb after the clock time opens a sentence too ('by 11 p.m. Marchers
chanted': :mod:`.clock_plural_subjects`).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START
from spacy.tokens import Doc

from newsmine.nlp.clock_plural_subjects import plural_subject_opens

__all__ = ["HEADLINE_END", "LINE_PARAGRAPHS", "mark_paragraph_starts"]

# doc.user_data keys (plain data, so the Doc still serialises): True when each line of the
# text is a paragraph; the character offset where a plain-text headline's line ends.
LINE_PARAGRAPHS = "newsmine_line_paragraphs"
HEADLINE_END = "newsmine_headline_end"

_FINAL_CHARS = frozenset(".!?:\"”’')]")
_CLOCK_ENDS = ("a.m.", "p.m.")
_SENTENCE_OPENERS = frozenset(
    "He She It Its They Their His Her We The This That These Those But".split()
)
_OPENING_MARKS = frozenset('"“')
_DETERMINERS = frozenset("the a an his her its their our my your this that".split())
# Words a headline, heading or caption never ends on: a line ending on one of them (or on a
# comma) is a sentence broken by a <br>, a <pre>'s wrap or a plain text's hard wrap.
_CONTINUING_WORDS = frozenset("a an the and or nor but of to from with than".split())


def mark_paragraph_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of each paragraph (see the module docstring)."""
    n = len(doc)
    if n < 3:
        return doc
    # Only whitespace tokens can hold a line break: find them in one array read rather than
    # through a Token object for every word.
    is_space = doc.to_array(IS_SPACE)
    lines_are_paragraphs = bool(doc.user_data.get(LINE_PARAGRAPHS))
    headline_end = doc.user_data.get(HEADLINE_END, -1)
    starts = []
    for i in np.flatnonzero(is_space[1 : n - 1]).tolist():
        i += 1
        text = doc[i].text
        if "\n" not in text or is_space[i + 1]:
            continue
        before = doc[i - 1].text
        ends_paragraph = text.count("\n") >= 2 or (before and before[-1] in _FINAL_CHARS)
        layout_ends_line = lines_are_paragraphs or doc[i].idx <= headline_end < doc[i].idx + len(text)
        if ends_paragraph or (layout_ends_line and not _goes_on(doc, i)):
            starts.append(i + 1)
    starts.extend(_clock_sentence_starts(doc))
    if not starts:
        return doc
    # Token.is_sent_start's setter checks the whole Doc for a parse on every call (a scan of
    # every token each time): set one through it, which keeps spaCy's refusal on a parsed
    # Doc, and all of them in one array write.
    starts = sorted(set(starts))
    doc[starts[0]].is_sent_start = True
    sent_starts = doc.to_array(SENT_START)
    sent_starts[starts] = 1
    doc.from_array([SENT_START], sent_starts)
    return doc


def _goes_on(doc: Doc, i: int) -> bool:
    """Whether the sentence runs on over the line break at ``i`` although the layout says lines
    end there: the next line opens in lower case ('Mayor Ana Ruiz<br>said'), or the line ends
    on a comma or a word no headline or caption ends on ('told the<br>House committee'; a
    plain-text article whose first line is the start of a hard-wrapped paragraph)."""
    before = doc[i - 1].text
    return doc[i + 1].text[:1].islower() or before == "," or before.lower() in _CONTINUING_WORDS


def _clock_sentence_starts(doc: Doc) -> list[int]:
    """Indices of the words that open a sentence after "a.m." or "p.m." (module docstring)."""
    strings = doc.vocab.strings
    lower = doc.to_array(LOWER)
    clocks = np.flatnonzero(np.isin(lower[:-1], [strings[end] for end in _CLOCK_ENDS]))
    if not len(clocks):
        return []
    orth = doc.to_array(ORTH)
    return [
        i + 1 for i in clocks.tolist()
        if strings[int(orth[i + 1])] in _SENTENCE_OPENERS or _quotation_opens(doc, i) or plural_subject_opens(doc, i)
    ]  # fmt: skip ("by 11 p.m. Marchers chanted": clock_plural_subjects)


def _quotation_opens(doc: Doc, clock: int) -> bool:
    """Whether a quotation opens on a capital after the clock time at ``clock`` and a space.
    Not after a clock time with a determiner before its number, which qualifies the noun
    after it ('spoke on the 7 a.m. "Morning Report" program'): a title in quotation marks
    inside the sentence, no new one."""
    mark = clock + 1
    return (
        mark + 1 < len(doc)
        and doc[mark].text in _OPENING_MARKS
        and bool(doc[clock].whitespace_)
        and not doc[mark].whitespace_
        and doc[mark + 1].text[:1].isupper()
        and not (clock >= 2 and doc[clock - 2].lower_ in _DETERMINERS)
    )
