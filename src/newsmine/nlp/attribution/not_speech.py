"""The last filter of the decision: what looks like an attribution but reports nobody's
words — titles in quotation marks and the imperatives of page furniture.

- **Titles.** Films, books, albums, shows and articles are written in quotation marks and in
  title case ('opened with "The Night We Crossed the River Alone,"'); a quotation whose
  content words are all capitalised is a title, not speech, outside the headline (headlines
  are often title case throughout, quotations included) — unless a verb of saying, writing
  or naming introduces it ('chanting "Dump Trump"', 'a book titled "…"', 'dubbed "…"'),
  which PolNeAR counts as attributions. On a quarter of PolNeAR train this drops as many
  title quotations the gold has (stances such as 'likes "…"') as it drops wrong ones.
- **Bylined titles.** A quotation followed by a comma and 'by' and a name is the title of
  a work with its author ('"Museum opens a new wing," by the Times' Jane Roe: …', '"The
  Long Night," by Ann Smith, tells …'): a headline or a book, not words someone said. PolNeAR
  leaves such reading lists out.
- **Page furniture.** Sidebars, related-link bullets and paywall lines address the reader
  with an imperative ('Read more: "…"', 'Watch: …', 'Sign up …'): a cue verb in its base
  form with no subject, opening its sentence, attributes nothing.
- **Causative 'make'.** 'made it difficult to recruit …', 'made his populist politics
  ascendant', 'makes the comments particularly galling': 'make' with a small clause whose
  predicate is an adjective or a noun says what someone brought about, not what anyone said
  or thought ('made clear they have no plans …', 'made no mention of …' stay). Not a
  quotation: quoted words are someone's, whatever the parse makes of them. On PolNeAR
  train (session 30) none of the 9 kept contents of this shape matched a gold content.
"""

from __future__ import annotations

import re

from newsmine.nlp.attribution.candidate import QUOTATION_SHARE
from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.context import SUBJECT_DEPS, DocContext

__all__ = ["causes_a_state", "is_title", "not_speech"]

# Short words a title leaves in lower case ('The Night We Crossed the River Alone').
_TITLE_LOWER = frozenset("a an the and but or nor for of to in on at by from with as into over per via vs v is".split())
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_TITLE_WORDS = 2
# The predicate of a causative 'make' small clause that states a result ('made it difficult').
_STATE_POS = frozenset({"ADJ", "NOUN"})
# Cue lemmas that keep a title-case quotation: saying, writing, publishing, naming.
_NAMING_CUES = frozenset("""say tell add chant shout sing write post tweet publish call dub title entitle name label
 nickname brand term according accord ask declare""".split())
# A content at least this much in quotation marks is judged by its quotations.
_QUOTED = 0.8
# What follows a work's title: the comma (in or after the closing quotation mark), 'by' and a
# name ('…," by Jane Roe', '…'', by the Times' …').
_BYLINE_RE = re.compile(r"[\"'”’]*(,?)[\"'”’]*\s+by\s+(?:the\s+)?[A-Z]")


def is_title(quotation: str) -> bool:
    """Whether a quotation's words are those of a title: every word capitalised but short
    function words, with at least two capitalised words ('The Long Night', 'Songs for the
    Road'); a quoted sentence or phrase has lower-case words."""
    if quotation.rstrip(" ,.'\"’”").endswith(("!", "?")):
        return False  # a chant or a question ('Ted! Ted!', 'What a Super Tuesday!')
    words = _WORD_RE.findall(quotation)
    content = [w for w in words if w.lower() not in _TITLE_LOWER]
    if len(content) < _MIN_TITLE_WORDS:
        return False
    return all(w[0].isupper() for w in content) and not all(w.isupper() for w in content)


def has_byline(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` (its content, the quotation marks left out or
    not) is followed by a comma, 'by' and a name: a work's title and its author."""
    m = _BYLINE_RE.match(text, end)
    return bool(m) and (m.group(1) == "," or text[end - 1 : end] == ",")


def causes_a_state(ctx: DocContext, cand: Candidate) -> bool:
    """Whether the candidate's cue is a causative 'make' and its content the small clause
    it heads, an adjective or noun with its own subject ('made it difficult to recruit',
    'made the place more creative'): what the cue's subject caused, not what it reported."""
    i = cand.trigger
    if not 0 <= i < ctx.n or ctx.lemma[i] != "make" or ctx.pos[i] != "VERB" or cand.quoted_share >= QUOTATION_SHARE:
        return False  # (a quotation is someone's words, whatever the parse makes of them)
    first = ctx.token_at_char(cand.parts[0][0])
    for c in ctx.children[i]:
        if ctx.dep[c] == "ccomp" and ctx.pos[c] in _STATE_POS and ctx.child(c, SUBJECT_DEPS) >= 0 and ctx.left[c] == first:
            return True
    return False


def not_speech(ctx: DocContext, cand: Candidate) -> bool:
    """Whether a chosen candidate reports no words: a title, a bylined title, page furniture
    or what a causative 'make' brought about."""
    i = cand.trigger
    if causes_a_state(ctx, cand):
        return True
    if cand.quoted_share >= _QUOTED and has_byline(ctx.text, cand.parts[-1][1]):
        return True
    if cand.quoted_share >= _QUOTED and ctx.paragraph_of_char(cand.start) > 0 and not (0 <= i < ctx.n and ctx.lemma[i] in _NAMING_CUES):
        if all(is_title(ctx.text[start:end]) for start, end in cand.parts):
            return True
    if 0 <= i < ctx.n and ctx.tag[i] == "VB" and ctx.child(i, SUBJECT_DEPS) < 0:
        first = ctx.sent_bounds[ctx.sent_of[i]][0]
        if all(ctx.punct[j] or ctx.lower[j] in ("*", "•", "-") for j in range(first, i)):
            return True
    return False
