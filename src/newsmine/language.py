"""The language an article is written in, from its text (py3langid).

Pages often declare a language (``<html lang>``, ``og:locale``), but the declaration is
unreliable (English templates around German articles are common), and plain text, JSON and
CSV declare none, so newsmine looks at the text itself. A guess is kept only when the
detector is confident and the text long enough to tell; otherwise the language is left
unknown (None), and the article is analysed as usual.

The pipeline calls this once per article, whatever it was read from (``Pipeline._prepare``),
so that a German ``.txt`` file, a Spanish JSON row and a French web page are all treated
alike. It reads at most the first :data:`SAMPLE_CHARS` characters: a few paragraphs tell the
language, and the cost stays flat on long articles (0.7 ms of CPU an article, against 167 ms
for its analysis: 0.4 %, on PolNeAR train's first 60 articles). Quoted speech is left out of what it reads when the
rest still has :data:`MIN_WORDS` words: a news report is in the language of its narration, and
an English story that opens with a long quote in Spanish is English.

English prose is told without the detector when it plainly is English (:func:`_plainly_english`):
py3langid's model costs 0.7 CPU s to load in every process, 5 % of a 100-article run's whole
extraction, and newsmine's corpora are mostly English, so the model is loaded only when a text
is not plainly English (a short text, another language, a list of names). The test is a few
words English prose is full of and other languages written in the Latin alphabet do not use as
words, counted where written in lower case (a name or a title is no sign: "The Who", "Just Eat"):
at least 20 words, of which at least 3 % and at least three distinct ones are among
them (PolNeAR train and dev, TimeBank and the bundled samples: 3.6 % at the lowest; a German,
Spanish or French text has none, and a foreign text naming "The New York Times" only one).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["MIN_CONFIDENCE", "MIN_WORDS", "SAMPLE_CHARS", "detect_language"]

# Below this many words a guess is too often wrong to act on.
MIN_WORDS = 8
# Normalised probability the detector must reach.
MIN_CONFIDENCE = 0.9
# The start of the text says enough, and bounds the cost on very long articles.
SAMPLE_CHARS = 3_000
# A quotation within one paragraph (hard-wrapped lines included, no blank line): straight,
# curly, German („…“) and guillemet (« », » «) marks.
_IN_PARAGRAPH = r"(?:[^{close}\n]|\n(?![ \t]*\n)){{1,800}}"
_QUOTED_RE = re.compile("|".join(
    f"{opening}{_IN_PARAGRAPH.format(close=close)}[{close}]"
    for opening, close in (('"', '"'), ("“", "”"), ("„", "“”"), ("«", "»"), ("»", "«"))
))
_QUOTE_MARKS = ('"', "“", "„", "«", "»")
_MAX_QUOTE_MARKS = 200


# Words of English prose that other languages in the Latin alphabet do not use as words
# ("is", "was", "for", "of", "her", "by", "we", "on", "to", "he", "has", "also", "will", "over" are
# Dutch, Danish, French, Czech, Spanish, Catalan or German words too; so are "had" and "been",
# Dutch, "have", Danish, "just", Swedish and Danish, and "but", French: a Dutch report on Just
# Eat Takeaway that "had" a loss, quoting The Times, passed the test with them, review48).
_ENGLISH_WORDS = frozenset(
    "the and that with which from they would said were their this his she who not what "
    "when there about could should after because you our them it its him if are says told than then into "
    "out more only other like".split()
)
_ENGLISH_MIN_WORDS = 20
_ENGLISH_MIN_SHARE = 0.03
_ENGLISH_MIN_DISTINCT = 3
_EDGE_PUNCTUATION = ".,;:!?()[]\"'“”‘’—–-"


def _plainly_english(sample: str) -> bool:
    """Whether ``sample`` is English prose on its face (see the module docstring)."""
    words = sample.split()
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    # Only words written in lower case: a name or a title in another language's prose is
    # capitalised ("The Who", "Take That", "The Times"), English prose's own words mostly not.
    # Counted until both thresholds are met, not to the end: English prose meets them within
    # its first hundred words or so, of the sample's ~500 (0.06 ms an article, session 62).
    least = _ENGLISH_MIN_SHARE * len(words)
    found = 0
    distinct: set[str] = set()
    for word in words:
        word = word.strip(_EDGE_PUNCTUATION)
        if word in _ENGLISH_WORDS:
            found += 1
            distinct.add(word)
            if found >= least and len(distinct) >= _ENGLISH_MIN_DISTINCT:
                return True
    return False


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loaded once per process, on first use

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ('en', 'de'), or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    # A run of unclosed quote marks costs the search up to 800 characters each (130 ms for
    # 5,000 of them); prose has a few dozen, and text with more than 200 is read whole.
    marks = sum(sample.count(mark) for mark in _QUOTE_MARKS)
    narration = _QUOTED_RE.sub(" ", sample) if marks <= _MAX_QUOTE_MARKS else sample
    if len(narration.split()) >= MIN_WORDS:
        sample = narration
    elif len(sample.split()) < MIN_WORDS:
        return None
    if _plainly_english(sample):
        return "en"
    language, confidence = _identifier().classify(sample)
    return language if confidence >= MIN_CONFIDENCE else None
