"""Block quotations: a paragraph set off under a lead-in that ends with a verb of speech or
writing and a colon ("Shah wrote:") is quoted though no mark opens it (:func:`_introduced_block`);
an explainer's subhead on a thing ("What the law says:") introduces none.
Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

import re
from functools import cache

from newsmine.nlp import lexicons

# A lead-in paragraph that ends with a verb of speech or writing (and at most a short "on X" or
# "in a statement" after it) and a colon: "Shah wrote:", "In a speech last July, he said:".
# Lists ("areas … include:"), captions ("Watch the ad below:") and headings ("CORRECTION:")
# end with other words.
# 'Added' and 'posted' only right after a pronoun or a name ('he added:', 'Shah posted:'): after
# a thing they are no speech ('The new budget adds:', 'The mayor said the plan adds:' before
# its list), and 'posts' is a noun too ('The agency has 40 open posts:').
_BLOCK_LEAD_IN_RE = re.compile(
    r"(?:\b(?:wrote|writes|tweeted|tweets|said|says|stated|states|declared|declares)"
    r"|(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)|\b[A-Z][\w’'.-]*,?)\s+(?:added|adds|posted|posts))\b"
    r"(?:\s+(?:on|in)\s+[^.:!?\n\"“”]{1,40})?\s*:\s*$"
)
# At most this long: a lead-in, not a paragraph of its own that happens to end in a colon.
_BLOCK_LEAD_IN_CHARS = 300


def _introduced_block(text: str, lead_in: tuple[int, int], start: int, end: int) -> bool:
    """Whether the paragraph [``start``, ``end``) (opening with no quotation mark) is a block quoted
    under the ``lead_in`` paragraph before it: the lead-in ends with a verb of speech or writing
    and a colon, and the block opens with a capital letter ('Shah wrote: ¶ We offered 4 per
    cent. …'). A post, a letter or a speech excerpt set off as its own paragraph, as web
    archives and plain-text copy quote them; PolNeAR annotates the block as the content of the
    lead-in's cue, words quoted inside it included, and over the block's lines up to the next
    blank line where blank lines set the article's paragraphs apart (a block quotation of three
    lines). A block opening otherwise (a bullet, a number, a handle, markup, a quotation mark)
    is left."""
    if start >= end or not text[start].isupper() or text[start].isdigit():
        return False
    lead_start, lead_end = lead_in
    if lead_end - lead_start > _BLOCK_LEAD_IN_CHARS:
        return False
    if _BLOCK_LEAD_IN_RE.search(text, lead_start, lead_end) is None:
        return False
    return not _explainer_subhead(text[lead_start:lead_end])


# An explainer's subhead: a wh-clause on a thing, "What the law says:", "Here's what the new
# rules state:". The paragraphs under it are the writer's summary; "What he said:", "What Ruiz
# wrote:" and "What the senator said:" head the person's words.
_WHAT_LEAD_IN_RE = re.compile(
    r"^\s*(?:Here(?:'s|’s|\s+is)\s+)?[Ww]hat\s+(?:the|this|that|these|its|their|our|a|an)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?([a-z][\w-]*)\s+(?:says|said|say|states|stated|state)\s*:\s*$"
)


def _explainer_subhead(lead_in: str) -> bool:
    """Whether ``lead_in`` is an explainer's subhead on a thing ('What the law says:', 'What the
    new rules state:'), not on a person: the subject's head noun is no title, role or source
    noun (lexicons titles, person_nouns, anonymous; a plural by its singular too)."""
    match = _WHAT_LEAD_IN_RE.match(lead_in)
    if match is None:
        return False
    noun = match.group(1)
    people = _person_words()
    return noun not in people and not (noun.endswith("s") and noun[:-1] in people)


@cache
def _person_words() -> frozenset[str]:
    return lexicons.load("titles") | lexicons.load("person_nouns") | lexicons.load("anonymous")
