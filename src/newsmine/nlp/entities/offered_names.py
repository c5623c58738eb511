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

__all__ = ["name_offered"]

# The words right before a name its bearer gave: a verb of giving a name ("gave her name only
# as", "giving only his first name,", "gave their names as") or of naming oneself ("identified
# herself as", "was identified only as": naming.py's passive). The name stands right after. Not a
# bare "identified as", which names companies and peoples too ("a firm identified as Harbor
# Holdings in court papers", "voters who identified as Hispanic").
_OFFERED_BEFORE_RE = re.compile(
    r"\b(?:gave|give|gives|giving|provided|offered)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|given\s+)?"
    r"(?:name|names|surname)\s+(?:(?:only\s+)?as|,)\s*$"
    r"|\b(?:identified|identifies|identifying)\s+(?:(?:himself|herself|themselves)\s+(?:only\s+)?|only\s+)as\s+$",
    re.IGNORECASE,
)
# How far before a name those words may reach: "gave only her first given name as " is 33 characters.
_LOOK_BACK = 48
# The most words of a name offered so: "Teresa", "Ali Reza"; a longer one is a phrase, not a name.
_MOST_WORDS = 3


def name_offered(span: Span) -> bool:
    """Whether ``span`` is a name of at most three capitalised words that its bearer gave:
    the words right before it give a name ("who gave her name only as Teresa", "who gave
    only her first name, Dana", "who identified himself only as Ali"). Not a name given to
    something else ("gave the boat the name Teresa", "gave his name to the Teresa Fund":
    the name comes right after "name as", "name," or "identified … as", nothing between)."""
    if len(span) > _MOST_WORDS or not all(t.is_title for t in span):
        return False
    before = span.doc.text[max(0, span.start_char - _LOOK_BACK) : span.start_char]
    return _OFFERED_BEFORE_RE.search(before) is not None
