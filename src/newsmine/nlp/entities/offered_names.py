"""A name someone offers of themselves: "a volunteer who gave her name only as Teresa", "a man
who identified himself only as Ali", "a cook who would give only her first name, Dana".

Vox pops name people so when they will not give a full name (wildfires, heat waves, protests,
shelters: every kind of story with people met on the spot). The words before the name say that
what follows is the name a person gave, so it is a person's whatever the recogniser tagged it:
the small model takes a first name alone for a body ("Teresa", "Maria" tagged ORG) or a work
("Teresa, 62,"). Left a body, the name keeps its quote's speaker an organisation, and the next
"she said" skips the volunteer for an earlier woman (probe66's heat wave: "A volunteer who gave
her name only as Teresa said …" then '"People bring their dogs too," she said' went to the
county's health officer). The parse of these words is no help: it reads "as Teresa said" as a
clause of its own ("as" a conjunction), so the words are read as written, as
:mod:`newsmine.nlp.speakers.naming` reads them of a description when the parse hangs them on it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsmine.nlp.attribution import doc_text
from newsmine.nlp.entities.body_labels import _ORG_DESCRIPTORS, BODY_HEADS, COMPANY_WORDS

__all__ = ["name_offered"]

# The words right before a name its bearer gave: a verb of giving a name ("gave her name only
# as", "giving only his first name,", "gave their names as") or of naming oneself ("identified
# herself as", "was identified only as": naming.py's passive). The name stands right after. Not a
# bare "identified as", which names companies and peoples too ("a firm identified as Harbor
# Holdings in court papers", "voters who identified as Hispanic"). The comma of "gave only her
# first name, Dana" follows the noun directly (review66b: the first version wanted a space before
# it, so that branch never matched). ``described`` is the word before a passive "identified only
# as": the noun it describes when nothing stands between ("a company identified only as …").
_OFFERED_BEFORE_RE = re.compile(
    r"\b(?:gave|give|gives|giving|provided|offered)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|given\s+)?"
    r"(?:name|names|surname)(?:\s+(?:only\s+)?as\s+|\s*,\s*)$"
    r"|\b(?:identified|identifies|identifying)\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+$"
    r"|(?:\b(?P<described>[\w-]+)\s+)?\b(?:identified|identifies|identifying)\s+only\s+as\s+$",
    re.IGNORECASE,
)
# How far before a name those words may reach: "gave only their given name only as " is 35 characters.
_LOOK_BACK = 48
# The most words of a name offered so: "Teresa", "Ali Reza"; a longer one is a phrase, not a name.
_MOST_WORDS = 3


def name_offered(span: Span) -> bool:
    """Whether ``span`` is a name of at most three capitalised words that its bearer gave:
    the words right before it give a name ("who gave her name only as Teresa", "who gave
    only her first name, Dana", "who identified himself only as Ali"). Not a name given to
    something else ("gave the boat the name Teresa", "gave his name to the Teresa Fund":
    the name comes right after "name as", "name," or "identified … as", nothing between),
    nor a body's name (:func:`_a_bodys_name`)."""
    if len(span) > _MOST_WORDS or not all(t.is_title for t in span):
        return False
    before = doc_text(span.doc)[max(0, span.start_char - _LOOK_BACK) : span.start_char]  # built once a Doc
    offered = _OFFERED_BEFORE_RE.search(before)
    return offered is not None and not _a_bodys_name(span, offered.group("described"))


def _a_bodys_name(span: Span, described: str | None) -> bool:
    """Whether the name after the offering words is a body's, not a person's (review66b):
    - it modifies a noun after it: "two men who identified themselves as Border Patrol agents",
      "as Amazon employees" name their employer, not themselves;
    - it ends in a word of a company's or a body's name: "a buyer identified only as Harbor
      Holdings", "identified only as the Sierra Alliance" (the passive is said of firms too);
    - the passive "identified only as" describes a company: "a firm identified only as Redwood"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.pos_ == "NOUN" and after.is_lower:
        return True
    if span[-1].lower_ in COMPANY_WORDS or span[-1].lower_ in BODY_HEADS:
        return True
    return described is not None and described.lower() in _ORG_DESCRIPTORS
