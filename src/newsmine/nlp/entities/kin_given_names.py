"""A relative's given name that no list knows, before the surname the family shares.

'His daughter, Ivy Harrow, who runs the family's hotel business, told the AP …': the recogniser
tags only "Harrow", and "Ivy" is in no list of first names. An unlisted capitalised word before
a tagged surname is taken for a given name only when the surname is borne alone in the article
(:func:`.missed_names._missed_people`), never when it is the surname of someone named in full —
yet that is exactly a relative's case: the candidate is "Dale Harrow", his daughter shares the
surname, and without her given name her words went to him. A relative's noun right before the
two words (a kin noun, a comma or not) says they are a relative's full name.
"""

from __future__ import annotations

import re

from newsmine.nlp.entities.kin_nouns import KIN_NOUNS

# A relative's noun (:data:`.kin_nouns.KIN_NOUNS`) right before two capitalised words.
_KIN_BEFORE_RE = re.compile(r"\b(?:" + "|".join(sorted(KIN_NOUNS)) + r"),?[ \t]+$", re.IGNORECASE)

# How far back the relative's noun is looked for.
_WINDOW = 24


def after_kin_noun(text: str, start: int) -> bool:
    """Whether the two capitalised words at ``start`` follow a relative's noun ('His daughter,
    Ivy Harrow', 'his brother Ron Harrow'), so that the first is a given name though the
    article names another of the family in full."""
    return _KIN_BEFORE_RE.search(text, max(0, start - _WINDOW), start) is not None
