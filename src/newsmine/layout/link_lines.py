"""Lines that point readers to another story ("Related: …", "READ MORE: …"): another
article's headline between the paragraphs, no part of this one (:func:`find_link_lines`)."""

from __future__ import annotations

import re

__all__ = ["find_link_lines"]


# A line pointing readers to another story ("Related: Council warns of budget gap", "READ
# MORE: Why pools are closing", "See also: …"): another article's headline between the
# paragraphs, which read as the story's own sentence made "Council" a speaker.
_LINK_LINE_RE = re.compile(
    r"^[^\S\r\n]*(?:related(?: (?:stories|story|articles?|coverage|content|reading))?|read more|read also|also read"
    r"|see also|more on this(?: story)?)[^\S\r\n]*:[^\r\n]{0,200}$",
    re.IGNORECASE | re.MULTILINE,
)


def find_link_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that links to another story (:data:`_LINK_LINE_RE`): not the
    article's text, so no entity or quote is taken from it."""
    return [match.span() for match in _LINK_LINE_RE.finditer(text)]
