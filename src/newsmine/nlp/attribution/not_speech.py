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
"""

from __future__ import annotations

import re

from newsmine.nlp.attribution.candidates import Candidate
from newsmine.nlp.attribution.context import DocContext

__all__ = ["is_title", "not_speech"]

# Short words a title leaves in lower case ('The Night We Crossed the River Alone').
_TITLE_LOWER = frozenset("a an the and but or nor for of to in on at by from with as into over per via vs v is".split())
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_TITLE_WORDS = 2
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


def not_speech(ctx: DocContext, cand: Candidate) -> bool:
    """Whether a chosen candidate reports no words: a title, a bylined title, or page furniture."""
    i = cand.trigger
    if cand.quoted_share >= _QUOTED and has_byline(ctx.text, cand.parts[-1][1]):
        return True
    if cand.quoted_share >= _QUOTED and ctx.paragraph_of_char(cand.start) > 0 and not (0 <= i < ctx.n and ctx.lemma[i] in _NAMING_CUES):
        if all(is_title(ctx.text[start:end]) for start, end in cand.parts):
            return True
    if 0 <= i < ctx.n and ctx.tag[i] == "VB" and ctx.child(i, _SUBJECT_DEPS) < 0:
        first = ctx.sent_bounds[ctx.sent_of[i]][0]
        if all(ctx.punct[j] or ctx.lower[j] in ("*", "•", "-") for j in range(first, i)):
            return True
    return False
