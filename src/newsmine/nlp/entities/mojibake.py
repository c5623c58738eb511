"""Names written in mojibake: UTF-8 read as Latin-1 ("GuantÃ¡namo Bay", "FranÃ§ois Hollande").

Some feeds hand over text whose accented letters were decoded twice: "é" (two UTF-8 bytes)
became "Ã©". An analyst searching the records for "François Hollande" or grouping speakers by
name finds nothing under "FranÃ§ois Hollande".

Decision: the record's entity ``name`` and speaker ``name`` are repaired with ftfy's
:func:`ftfy.fix_encoding`, a library made for undoing exactly this; the mentions' ``text`` and
offsets stay as written, because they must keep indexing the record's text (the input as it
came, mojibake and all). The repair is made only where the record is written
(:mod:`newsmine.extract`): the clusters keep the written name, because clustering and the
speaker rules compare a cluster's name with the text's words ("Castro" joins "JuliÃ¡n Castro";
"he" after "BasÃÂ¡ÃÂ±ez took over" finds Miguel BasÃÂ¡ÃÂ±ez only while his cluster's
surname is the one written). Only the encoding is fixed, not quotes or spacing ("Martin
O’Malley" keeps its ’). A name ftfy cannot make whole ("Marc TrÃ", half a letter) stays as
written: a half-repaired name ("FranÃƒÂ§ois", a control byte read as cp1252) is worse.

Three things the text's own processing did are undone first:

- the letters may come decomposed ("A" and a combining tilde for "Ã"): composed (NFC);
- the letters' second byte may have been folded by Unicode compatibility normalisation (NFKC):
  "ú" written "Ãº" arrives as "Ão" ("JesÃos"), "ü" ("Ã¼") as "Ã1⁄4" ("GÃ1⁄4len"), "è"
  ("Ã¨") as "Ã ̈" with a space; these are put back before the repair (kept when the repair
  then leaves no mojibake; else the name is repaired as written);
- the tokenizer splits a word at the glued symbol ("TrÃ", "©", "vidic"), so the recogniser tags
  half a name ("Marc TrÃ", "golÃ" of "SÃ©golÃ ̈ne Royal"): :func:`with_glued_mojibake`
  extends such a span to the whole written word before it is clustered. The recogniser's
  label stays its own ("SÃ©golÃ ̈ne", a person, is still called a place).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsmine.nlp.attribution.context import doc_text
from newsmine.nlp.doc_attrs import remembered

# The lead characters UTF-8's two-byte letters become in Latin-1 (é -> "Ã©", ß -> "ÃŸ").
_LEAD = re.compile("[ÂÃ]")

# NFKC folds of the second byte (¼ ½ ¾ ¨ ´ ¸ º ª ¹ ² ³) after a lead character ("Ão" for
# "Ãº", "Â1⁄4" in text read as Latin-1 twice), longest first, put back before repair.
_FOLDED = {
    "1⁄4": "¼", "1⁄2": "½", "3⁄4": "¾", " \u0308": "¨", " \u0301": "´", " \u0327": "¸",
    "o": "º", "a": "ª", "1": "¹", "2": "²", "3": "³",
}  # fmt: skip
_FOLDED_RE = re.compile("(?<=[ÂÃ])(?:" + "|".join(re.escape(k) for k in _FOLDED) + ")")


# What ftfy's mojibake test (``ftfy.badness.is_bad``, ftfy 6) can match with nothing but ASCII
# around it: a C1 control, "Œ" or "œ" (before a non-letter), "Â" or "Ã" (before a space). Every
# other sequence it matches holds two characters outside ASCII side by side ("Ã©", "â€™",
# "Â»"), and its categories hold no ASCII character (tests/test_speed62b_shortcuts.py checks
# both against the installed ftfy).
_BAD_ALONE = re.compile("[\x80-\x9fŒœÂÃ]")
_TWO_OUTSIDE_ASCII = re.compile("[^\x00-\x7f]{2}")


def _no_mojibake_possible(text: str) -> bool:
    """Whether ftfy's ``fix_encoding`` leaves ``text`` as it is without asking it: ftfy changes
    only text its mojibake test matches, and that needs what :data:`_BAD_ALONE` and
    :data:`_TWO_OUTSIDE_ASCII` find. "Martin O’Malley", "Touché", "São Paulo" are told here."""
    return _BAD_ALONE.search(text) is None and _TWO_OUTSIDE_ASCII.search(text) is None


def repaired_name(name: str) -> str:
    """``name`` with its mojibake undone ("FranÃ§ois Hollande" -> "François Hollande",
    "Fethullah GÃ1⁄4len" -> "Fethullah Gülen"); unchanged when it has none or cannot be made whole."""
    if name.isascii():
        return name
    composed = unicodedata.normalize("NFC", name)  # "Ã" may come as "A" and a combining tilde
    # Without "Â" or "Ã" the folds below change nothing, so ftfy would see ``composed`` alone.
    # A name with a curly apostrophe or an accent is no mojibake, and ftfy's import costs
    # 0.04 CPU s in every process that meets one (0.4 ms an article on 100, session 62).
    if _no_mojibake_possible(composed):
        return name
    # Imported here: ftfy costs ~0.04 CPU s at start-up, and most runs meet no mojibake.
    from ftfy import fix_encoding

    for attempt in (_FOLDED_RE.sub(lambda m: _FOLDED[m.group()], composed), composed):
        fixed = fix_encoding(attempt)
        if fixed != attempt and not _LEAD.search(fixed):
            return fixed
    return name


def _has_lead(text: str) -> bool:
    """Whether ``text`` holds a mojibake lead character, composed or not ("A" and a combining tilde)."""
    return bool(_LEAD.search(unicodedata.normalize("NFC", text)))


def _latin1_tail(text: str) -> bool:
    """A token that is one of the second bytes of a mojibake letter ("©" of "TrÃ©vidic")."""
    return all("\x80" <= c <= "\xbf" for c in text)


# The characters a token needs to hold a lead character (composed, or "A" and a combining
# circumflex or tilde) or to be a mojibake letter's second byte: most articles have none, or
# a few (a no-break space).
_MOJIBAKE_CHARS = re.compile("[\u0080-\u00bf\u00c2\u00c3\u0302\u0303]")


def _mojibake_edges(doc: Doc) -> frozenset[int]:
    """The tokens from which :func:`with_glued_mojibake` extends a name (those holding a lead
    character or made of second bytes), for :func:`remembered`: the few tokens holding one of
    :data:`_MOJIBAKE_CHARS` are read, not every name's edge words."""
    text = doc_text(doc)
    offsets = [m.start() for m in _MOJIBAKE_CHARS.finditer(text)]
    if not offsets:
        return frozenset()
    starts = doc.to_array("IDX").tolist()
    tokens = {bisect_right(starts, offset) - 1 for offset in offsets}
    return frozenset(i for i in tokens if _has_lead(doc[i].text) or _latin1_tail(doc[i].text))


def _glued(token) -> bool:
    """Whether ``token`` continues the word before it: no space between, a letter or a
    mojibake byte; or a combining mark NFKC put after a space ("Ã ̈ne")."""
    if unicodedata.combining(token.text[0]):
        return True
    before = token.doc[token.i - 1]
    return not before.whitespace_ and (token.is_alpha or _latin1_tail(token.text))


def glued_to_a_capital(token: Token) -> bool:
    """Whether ``token`` is the cut-off end of a capitalised word the tokenizer split at a mojibake
    byte ("vidic" of "TrÃ©vidic"): the parse may make it a name's head while its lower-case
    letters read as a common noun."""
    start = token.i
    while start > 0 and _glued(token.doc[start]) and (
        _has_lead(token.doc[start - 1].text) or _latin1_tail(token.doc[start - 1].text)
    ):
        start -= 1
    return start < token.i and token.doc[start].text[:1].isupper()


def with_glued_mojibake(span: Span) -> Span:
    """``span`` extended over the rest of a word the tokenizer cut at a mojibake byte ("Marc
    TrÃ" -> "Marc TrÃ©vidic"); unchanged when its edge words hold no mojibake."""
    doc = span.doc
    edges = remembered(doc, _mojibake_edges)  # tokens with _has_lead or _latin1_tail
    start, end = span.start, span.end
    if end - 1 in edges:
        while end < len(doc) and _glued(doc[end]):
            end += 1
    if start in edges:
        while start > 0 and _glued(doc[start]) and (doc[start - 1].is_alpha or _latin1_tail(doc[start - 1].text)):
            start -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)
