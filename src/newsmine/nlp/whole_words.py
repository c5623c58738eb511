"""Whether a text writes a word (or a few) as a whole: ``re.search(r"\\b" + re.escape(word) +
r"\\b", text) is not None``, without compiling a pattern for each word.

The entity rules ask it for the names of each article ("does the body write this headline
name?"): every new name was a new pattern to compile (some 0.1 ms each, the regular
expression module's cache holding 512), and each search then tried the pattern at every
character of the text. Here the text is searched for the word itself (``str.find``) and each
place found is checked for the boundaries as ``\\b`` reads them: a word character (``\\w``: a
letter, a digit or a numeric of any script, or ``_``) on exactly one side of each edge.
"""

from __future__ import annotations

import re

__all__ = ["writes_word"]


def _is_word_character(character: str) -> bool:
    """``\\w`` of a ``str`` pattern: ``str.isalnum()`` (Unicode's letters, decimals, digits
    and numerics, as the ``re`` module asks) or the underscore."""
    return character.isalnum() or character == "_"


def writes_word(text: str, word: str, *, not_after: str = "") -> bool:
    """Whether ``word`` occurs in ``text`` with a word boundary (``\\b``) at both its edges;
    with ``not_after``, somewhere ``text`` does not write ``not_after`` right before it (the
    regex ``(?<!NOT_AFTER)\\bWORD\\b``, both escaped)."""
    if not word:
        # (no name is empty; the regex's own answer)
        return re.search((f"(?<!{re.escape(not_after)})" if not_after else "") + r"\b\b", text) is not None
    first_is_word, last_is_word = _is_word_character(word[0]), _is_word_character(word[-1])
    end_of_text, length = len(text), len(word)
    at = text.find(word)
    while at >= 0:
        end = at + length
        before = at > 0 and _is_word_character(text[at - 1])
        after = end < end_of_text and _is_word_character(text[end])
        if before != first_is_word and after != last_is_word and not (not_after and text.endswith(not_after, 0, at)):
            return True
        at = text.find(word, at + 1)
    return False
