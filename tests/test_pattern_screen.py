"""``pattern_screen``: the needed strings read off a pattern, and the screen that skips only
searches that cannot match (the country keys' patterns, ``entity_keys.country_name``)."""

from __future__ import annotations

import re

import pytest

from newsmine.pattern_screen import PatternScreen, needed_strings


@pytest.mark.parametrize(("pattern", "needs"), [
    ("afghan", {"afghan"}),
    ("bangladesh|^(?=.*east).*paki?stan", {"bangladesh", "stan"}),
    ("^(?!.*islands).*united.?states", {"united"}),   # one run is enough: the first of two as long
    ("^u\\.?s\\.?a?$|usa", {"u", "usa"}),
    ("(ha(i|ï)ti)", {"ha"}),                          # 'ï' ends the run: only 'ha' is read
    ("Holy.?See|VATICAN", {"holy", "vatican"}),       # lower-cased
    ("^(?=.*samoa)", None),                           # a lookahead consumes nothing
    ("[ab]+c?", None),
    ("korea|[xy]z", {"korea", "z"}),
    ("korea|[xy]+", None),                            # one branch needs nothing: the whole needs nothing
])  # fmt: skip
def test_the_needed_strings_are_the_literals_every_match_holds(pattern, needs):
    assert needed_strings(pattern, re.IGNORECASE) == (None if needs is None else frozenset(needs))


_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    "afghan", "bangladesh|^(?=.*east).*paki?stan", "^u\\.?s\\.?a?$", "t[üu]rk[ie]y", "(?=.*samoa)", "wales")]


@pytest.mark.parametrize("text", [
    "Afghanistan", "East Pakistan", "U.S.", "USA", "Turkey", "American Samoa", "New South Wales",
    "Bangladeshi", "Ohio", "Ustan", "S", "",
])  # fmt: skip
def test_the_screen_keeps_every_pattern_that_matches(text):
    candidates = PatternScreen(_PATTERNS).candidates(text)
    matching = {i for i, pattern in enumerate(_PATTERNS) if pattern.search(text)}
    assert matching <= candidates
    assert 4 in candidates  # a pattern without needed strings is always searched


def test_the_screen_skips_patterns_whose_needed_strings_a_name_lacks():
    assert PatternScreen(_PATTERNS).candidates("Ohio") == {4}
    assert PatternScreen(_PATTERNS).candidates("Ukraine") == {2, 4}  # 'u' is the needed string of "^u\.?s..."
    assert PatternScreen(_PATTERNS).candidates("Afghan") == {0, 4}


def test_a_text_outside_ascii_is_searched_with_every_pattern():
    """Under IGNORECASE the Kelvin sign matches 'k' and a dotless 'ı' 'i': the lower-cased
    text would not show the needed string, so such a text is not screened."""
    screen = PatternScreen([re.compile("turkiye", re.IGNORECASE), re.compile("ohio", re.IGNORECASE)])
    assert re.search("turkiye", "Turkıye", re.IGNORECASE)
    assert screen.candidates("Turkıye") == {0, 1}
    assert screen.candidates("Turkiye") == {0}
