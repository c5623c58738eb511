"""Screening many regular expressions at once: which of them could match a text at all.

Why: a country's key searches a new name with each of coco's 256 patterns (see
:mod:`newsmine.entity_keys`), and almost none match; the searches were most of an entity key's
cost. Nearly every pattern holds a literal word that each of its matches must contain
('afghan'; 'bangladesh' or 'stan' for ``bangladesh|^(?=.*east).*paki?stan``), so a text that
holds none of a pattern's needed strings is not searched with it. The screen only skips
searches that cannot match: the patterns searched give the same matches as before.

The needed strings are read from the parsed pattern (``re._parser``, ``sre_parse`` before
Python 3.11: the parser ``re.compile`` itself uses): a run of literal characters in the
pattern's sequence, a group's needs, or an alternation's when every branch has some; never a
lookaround's, a repeat's or a class's. They are lower-cased ASCII, and only a text in ASCII is
screened: under IGNORECASE some characters outside ASCII match ASCII letters ('ı' = 'i',
'K' = 'k', 'ſ' = 's'), so a text outside ASCII is searched with every pattern.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

try:
    import re._parser as re_parser
except ImportError:  # Python 3.10: the same parser under its old name
    import sre_parse as re_parser  # type: ignore[no-redef]

__all__ = ["PatternScreen", "needed_strings"]

# Needed strings are found in a text by their first three letters; shorter ones are looked for
# one by one (coco's have ten: 'u', 'r', 'gb', ...).
_GRAM = 3


def needed_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of ``pattern`` holds (as a text
    lower-cased), or None when none can be read off it."""
    return _needed(re_parser.parse(pattern, flags))


def _needed(items: re_parser.SubPattern | list) -> frozenset[str] | None:
    """The needs of a parsed sequence: among those of its parts, the set whose shortest
    string is longest (the most selective)."""
    candidates: list[frozenset[str] | None] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is re_parser.LITERAL and arg < 128:
            run += chr(arg).lower()
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        if op is re_parser.SUBPATTERN:
            candidates.append(_needed(arg[-1]))
        elif op is re_parser.BRANCH:
            branches = [_needed(branch) for branch in arg[1]]
            candidates.append(None if None in branches else frozenset().union(*branches))
    known = [needs for needs in candidates if needs]
    return max(known, key=lambda needs: min(map(len, needs))) if known else None


class PatternScreen:
    """The patterns (by their place in ``patterns``) that could match a text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        always: set[int] = set()
        short: dict[str, set[int]] = defaultdict(set)
        by_gram: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for index, pattern in enumerate(patterns):
            needs = needed_strings(pattern.pattern, pattern.flags)
            if needs is None:
                always.add(index)
                continue
            for needed in needs:
                if len(needed) < _GRAM:
                    short[needed].add(index)
                else:
                    by_gram[needed[:_GRAM]][needed].add(index)
        self._always = frozenset(always)
        self._short = dict(short)
        self._by_gram = {gram: dict(strings) for gram, strings in by_gram.items()}
        self._everything = frozenset(range(len(patterns)))

    def candidates(self, text: str) -> frozenset[int]:
        """The places of the patterns that may match ``text``: those whose needed strings it
        holds, and those without any; every pattern for a text outside ASCII."""
        if not text.isascii():
            return self._everything
        low = text.lower()
        found = set(self._always)
        for needed, indices in self._short.items():
            if needed in low:
                found |= indices
        for gram in {low[i:i + _GRAM] for i in range(len(low) - _GRAM + 1)}:
            for needed, indices in self._by_gram.get(gram, {}).items():
                if needed in low:
                    found |= indices
        return frozenset(found)
