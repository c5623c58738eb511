"""A middle initial "V." is no lawsuit's "versus".

:func:`~newsmine.nlp.entities.not_names._pair_of_surnames` drops a span with "v." inside it as a
lawsuit ("Trump v. Trump", "Roe v. Wade"), and read the capital initial of "Vladimir V. Putin",
"Sergey V. Lavrov", "Luis V. Gutierrez" (the New York Times writes middle initials) the same
way: the full name was dropped, so the article's one full name for the person was lost and
"President Vladimir V. Putin" spoke as a name of its own beside the "Mr. Putin" of the rest. Law
reports write "v." in lower case; a capital "V." after a first name of the lists is an initial.
A headline's title case may write "Roe V. Wade": "Roe" is no first name, so it stays a lawsuit.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsmine.nlp.entities.word_lists import known_first_name as _known_first_name

_VERSUS = frozenset({"v.", "vs.", "v", "vs"})


def _versus_inside(span: Span) -> bool:
    """Whether a "v." / "vs." between the span's first and last words reads as "versus", not as a
    middle initial."""
    return any(token.lower_ in _VERSUS and not _middle_initial(token, span) for token in span[1:-1])


def _middle_initial(token: Token, span: Span) -> bool:
    """A capital "V." (or "V") right after a first name of the lists that opens the span."""
    return token.text in ("V.", "V") and token.i == span.start + 1 and _known_first_name(span[0].lower_)
