"""When a quotation left unclosed stops: the next paragraph's quotation credited to another
speaker is that speaker's, not the first quote running on (:func:`_credits_another`), and so
is a next paragraph that is a credited quotation run of its own (:func:`_credits_its_own`).
Split from ``quote_marks.py`` (session 50).
"""

from __future__ import annotations

import re

from newsmine.nlp.quote_marks.double_marks import _Mark
from newsmine.nlp.whole_words import writes_word

# A reporting verb right after a quotation's closing mark with a name after it ('," said Sandra
# Kerr'), or a name with the verb after it ('," Kerr said'): the name's last word is group 1 or 2.
_NAME_WORDS = r"(?:[A-Z][\w’'.-]*\s+){0,3}([A-Z][\w’'-]*)"
_CREDIT = rf"(?:(?:said|says|added|adds|told)\s+{_NAME_WORDS}|{_NAME_WORDS}\s+(?:said|says|added|adds|told)\b)"
_CREDIT_AFTER_RE = re.compile(r"[ \t]*" + _CREDIT)
_CREDIT_RE = re.compile(_CREDIT)
_PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You"})


def _credits_another(text: str, closing: _Mark | None, end: int, opened_in: tuple[int, int]) -> bool:
    """Whether the quotation that opens a paragraph after an unclosed one, closed by ``closing``,
    is credited right after its closing mark to a name the unclosed quote's paragraph
    ``opened_in`` never writes ('"… Tonight it could not. ¶ "It is a sad night," said Sandra
    Kerr, …'): the first mark was left open by a typo, and the paragraph is another speaker's,
    not the quote running on. Only when that first paragraph credits a speaker of its own by
    name (a name before or after said/says/added/told): a quote running on with no credit until
    its last paragraph is one quotation credited at its end. A quote that does run on and closes
    before a cue names its own speaker in its first paragraph ('"…," Sexton said. "… ¶ "…,"
    Sexton said.') or a pronoun. Nor a quotation closed on a full stop (:func:`_ends_its_sentence`:
    '"We will see." Officials told the council to wait.' is narration; leftovers62)."""
    if closing is None or _ends_its_sentence(text, closing):
        return False
    credit = _CREDIT_AFTER_RE.match(text, closing.end, end)
    if credit is None:
        return False
    name = credit.group(1) or credit.group(2)
    first = text[opened_in[0] : opened_in[1]]
    if writes_word(first, name):
        return False
    # Only when the unclosed quote's paragraph credits a speaker of its own by name: a quote that
    # runs on with no credit before its last paragraph ('"We lost. ¶ "We will be back," said
    # Kerr.') is one quotation credited at its end, as wire copy often writes it.
    return any(
        (match.group(1) or match.group(2)) not in _PRONOUNS for match in _CREDIT_RE.finditer(first)
    )


def _ends_its_sentence(text: str, closing: _Mark) -> bool:
    """Whether the quotation closed by ``closing`` ends on a full stop, and so ends its sentence:
    the capitalised words after it begin narration ('"We will see." Prices continued to rise.',
    '"…." He continued to …', '"…." Officials told the council …'), not a credit, which follows a
    comma ('"We will see," Okafor said'). A question or exclamation mark is kept out: '"Why?"
    Kerr asked.' is credited so (review61c; leftovers62 for :func:`_credits_another`)."""
    return text[closing.offset - 1 : closing.offset] == "."


# A credit right after a closing mark, by a name or a pronoun ('," Sexton said', '," he
# continued', '," said Ms. Kerr'), for :func:`_credits_its_own`.
_RUN_VERBS = r"(?:said|says|added|adds|told|continued|continues|explained|went\s+on)"
_SUBJECT = rf"(?:{_NAME_WORDS}|he|she|they|we|I)"
_RUN_CREDIT = rf"(?:{_RUN_VERBS}\s+{_NAME_WORDS}|{_SUBJECT}\s+{_RUN_VERBS}\b)"
_RUN_CREDIT_AFTER_RE = re.compile(r"[ \t]*" + _RUN_CREDIT)
_RUN_CREDIT_RE = re.compile(r"\b" + _RUN_CREDIT)


def _credits_its_own(
    text: str, closing: _Mark | None, next_opening: _Mark | None, opened_in: tuple[int, int]
) -> bool:
    """Whether the paragraph after an unclosed quotation is a credited run of its own: its first
    quotation, closed by ``closing``, is credited right after the mark (a name or a pronoun and
    a verb of speech) and a second quotation opens in the same sentence as the credit
    (``next_opening``: '"C," Sexton said. "D."'), while the unclosed quote's paragraph
    ``opened_in`` credits a speaker of its own ('"A," Sexton said. "B ¶ "C," Sexton said.
    "D."'). Each paragraph is then its own attribution, credited in it, though the first one's
    mark runs on by the convention; PolNeAR train reads five of six so (session 61). A
    paragraph whose quotation ends at its credit ('"A," Clinton said. "B ¶ "C!" she said.') is
    the quote running on, credited at its end, as before."""
    if closing is None or next_opening is None or _ends_its_sentence(text, closing):
        return False
    credit = _RUN_CREDIT_AFTER_RE.match(text, closing.end, next_opening.offset)
    if credit is None:
        return False
    between = text[credit.end() : next_opening.offset]
    # the second quotation follows the credit's own words ('he said with a grin. "…'), not a
    # later sentence of narration
    if between.count(".") > 1 or len(between) > 60 or any(c in between for c in "?!"):
        return False
    return _RUN_CREDIT_RE.search(text, opened_in[0], opened_in[1]) is not None
