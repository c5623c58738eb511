"""The language an article is written in, from its text (py3langid).

Pages often declare a language (``<html lang>``, ``og:locale``), but the declaration is
unreliable (English templates around German articles are common), so newsmine looks at the
text itself. A guess is kept only when the detector is confident and the text long enough to
tell; otherwise the language is left unknown (None), and the article is analysed as usual.
"""

from __future__ import annotations

from functools import cache

__all__ = ["detect_language"]

# Below this many words a guess is too often wrong to act on.
MIN_WORDS = 8
# Normalised probability the detector must reach.
MIN_CONFIDENCE = 0.9
# The start of the text says enough, and bounds the cost on very long articles.
_SAMPLE_CHARS = 3_000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loaded once per process, on first use

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ('en', 'de'), or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    language, confidence = _identifier().classify(sample)
    return language if confidence >= MIN_CONFIDENCE else None
