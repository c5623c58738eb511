"""Session 62 (speed62b): exact shortcuts outside the NLP components, each against the reading it
replaces (invented text only)."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from newsmine.headline_lines import as_written
from newsmine.language import _ENGLISH_MIN_DISTINCT, _ENGLISH_MIN_SHARE, _ENGLISH_MIN_WORDS, _ENGLISH_WORDS, _EDGE_PUNCTUATION, _plainly_english
from newsmine.layout import flow_text, reading_copy
from newsmine.nlp.entities.mojibake import _FOLDED, _FOLDED_RE, _LEAD, _no_mojibake_possible, repaired_name

# --- names outside ASCII: ftfy asked only where its mojibake test could match ------------------


def _repaired_by_ftfy(name: str) -> str:
    """repaired_name as it read before session 62: ftfy asked for every name outside ASCII."""
    from ftfy import fix_encoding

    if name.isascii():
        return name
    composed = unicodedata.normalize("NFC", name)
    for attempt in (_FOLDED_RE.sub(lambda m: _FOLDED[m.group()], composed), composed):
        fixed = fix_encoding(attempt)
        if fixed != attempt and not _LEAD.search(fixed):
            return fixed
    return name


_NAMES = [
    "Martin O’Malley", "Touché", "São Paulo", "Christie “New Jersey’s Biggest", "Ted Cruz—35", "Ana Lazăr",
    "José Peña", "Zürich", "Łódź", "Ærø", "Œuvre Group", "œ x", "Ðorđe", "Ørsted", "naïve café", "Müller–Lüdenscheidt",
    "GuantÃ¡namo Bay", "FranÃ§ois Hollande", "FranÃ\x83Â§ois Hollande", "Fethullah GÃ1⁄4len", "Marc TrÃ", "Ã ",
    "donâ€™t", "Ã©cole", "cafÃ©", "â€œHello", "Â» Paris", "\x92s", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "Ä°stanbul", "Å›wiat", "×²",
    "A\u0303\u00a9", "e\u0301 x", "日本", "東京 Tokyo", "Ω Partners", "μ Labs",
]  # fmt: skip


@pytest.mark.parametrize("name", _NAMES)
def test_a_repaired_name_is_what_ftfy_made_of_it(name):
    assert repaired_name(name) == _repaired_by_ftfy(name)


def test_a_name_with_a_curly_apostrophe_or_an_accent_is_kept_without_importing_ftfy(monkeypatch):
    monkeypatch.setitem(sys.modules, "ftfy", None)  # any import of ftfy now raises ImportError
    assert repaired_name("Martin O’Malley") == "Martin O’Malley"
    assert repaired_name("Touché") == "Touché"
    assert repaired_name("Christie “New Jersey’s Biggest") == "Christie “New Jersey’s Biggest"


@pytest.mark.parametrize("name", ["GuantÃ¡namo Bay", "donâ€™t", "Marc TrÃ", "Œuvre Group"])
def test_a_name_that_may_be_mojibake_is_still_given_to_ftfy(monkeypatch, name):
    monkeypatch.setitem(sys.modules, "ftfy", None)
    with pytest.raises(ImportError):
        repaired_name(name)


def test_ftfys_categories_hold_no_ascii_character():
    # The shortcut's reasoning: every sequence ftfy's test matches, but for the characters of
    # _BAD_ALONE, holds two characters of its categories side by side.
    from ftfy import badness

    for category, characters in badness.MOJIBAKE_CATEGORIES.items():
        pattern = re.compile(f"[{characters}]")
        assert not any(pattern.fullmatch(chr(code)) for code in range(128)), category


_CONTEXTS = [("", ""), ("a", "b"), (" ", " "), ("x.", " "), ("a ", " z"), ("A", "1"), ("'", "."), ("", " ")]


def test_no_character_outside_ascii_is_mojibake_to_ftfy_alone_among_ascii_unless_the_shortcut_says_so():
    from ftfy.badness import is_bad

    for code in range(0x80, 0x10000):
        character = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue  # lone surrogates: no text a record holds
        for before, after in _CONTEXTS:
            text = before + character + after
            if is_bad(text):
                assert not _no_mojibake_possible(text), repr(text)


# --- a plain-text title with the guillemets the input wrote: the reading copy only when needed ---


def _as_written_before(headline, flowing, text):
    """as_written as it read before session 62: given the input's reading copy, always made."""
    copy = reading_copy(text)
    if headline is None or "«" not in copy:
        return headline
    start = flowing.find(headline)
    if start < 0:
        return headline
    written = copy[start : start + len(headline)]
    return "".join(w if w in "«»" else f for f, w in zip(headline, written))


_TITLED_TEXTS = [
    "«Never again», says mayor\n\nThe mayor of Lyon spoke on Tuesday.\n",
    "«Never again», says mayor\r\n\r\nThe mayor of Lyon spoke on Tuesday.\r\n",
    "&laquo;Never again&raquo;, says mayor\n\nThe mayor of Lyon spoke on Tuesday.\n",
    "&#171;Never again&#187;, says mayor\n\n   The mayor said &laquo;no&raquo; twice.\n",
    "Mayor says no to the bridge\n\nThe mayor of Lyon spoke on Tuesday.\n",
    "Mayor says no &amp; yes\n\nThe mayor said it.\n",
    "Mayor says no\n\nShe called it «a mistake».\n",
]


@pytest.mark.parametrize("text", _TITLED_TEXTS)
def test_a_title_as_written_is_the_one_read_off_the_reading_copy(text):
    # The pipeline hands as_written the reading copy it read once (layout.read_layout, stored on
    # the Doc): the title is the one the old path, which made the copy itself, read.
    flowing = flow_text(text.replace("\r\n", "\n"))
    for headline in (None, flowing.split("\n")[0], "Never again", "no match here"):
        assert as_written(headline, flowing, reading_copy(text)) == _as_written_before(headline, flowing, text)


# --- plainly English: counted until both thresholds are met ------------------------------------


def _plainly_english_before(sample: str) -> bool:
    words = sample.split()
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    found = [word for word in (w.strip(_EDGE_PUNCTUATION) for w in words) if word in _ENGLISH_WORDS]
    return len(found) >= _ENGLISH_MIN_SHARE * len(words) and len(set(found)) >= _ENGLISH_MIN_DISTINCT


_ENGLISH = ("The council said on Monday that it would close the bridge, and the mayor told reporters "
            "that she was not sure when it would open again because the repairs were not planned. ")
_GERMAN = ("Der Stadtrat sagte am Montag, dass er die Brücke schließen werde, und die Bürgermeisterin "
           "erklärte den Reportern, sie wisse nicht, wann sie wieder geöffnet werde. ")


@pytest.mark.parametrize("sample", [
    _ENGLISH, _ENGLISH * 10, _GERMAN * 10, _GERMAN * 10 + "The Who", _GERMAN * 3 + _ENGLISH[:60],
    _GERMAN * 20 + "the and that", _GERMAN * 20 + "the the the the the and", "the and that " * 7, "the and " * 10,
    "The And That With " * 10, _ENGLISH[:40], "",
])
def test_plainly_english_is_told_as_the_whole_count_told_it(sample):
    assert _plainly_english(sample) == _plainly_english_before(sample)
