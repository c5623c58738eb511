"""E-mails saved as files (``.eml``): a newsletter, a press release or a forwarded story.

An ``.eml`` file is a MIME message: headers, then the text as a plain part, an HTML part or both,
each encoded (quoted-printable, base64) in its own charset. It was an "unknown file type"; renamed
``.txt`` it was read with its headers and encoding as prose (title ``From: Harbor Weekly <...>``,
quotes such as ``'he s='`` by ``'E2=80=9CNobody'``). Python's own :mod:`email` parser undoes the MIME
layer, and the message becomes one article:

- **text**: the plain part, read as a ``.txt`` file is (bylines, datelines, hard-wrapped lines),
  when it holds at least ``min_words`` words; else the HTML part, read as an ``.html`` page is;
  else whichever there is. Attachments are not read.
- **title**: the subject, without ``Fwd:``/``Re:``; **published**: the day the message was sent
  (the ``Date`` header, in the sender's time zone) unless the text gives a date line.
- A message forwarded whole keeps its forwarding block ("---------- Forwarded message ---------"
  and its ``From:``/``Date:``/``Subject:`` lines) out of the text; its subject and date are the
  original's.
- A reply (its subject opens ``Re:``) is its own text: an earlier message Outlook quotes below it
  ("-----Original Message-----", a line Outlook writes for forwards too) is left out. Read as a
  forward, a press office's reply lost its statement, and the record was the reporter's question
  above which it was written, dated that day (review47b).
- **outlet** and **authors** are not taken from ``From``: the sender may be the outlet, a
  colleague who forwarded it, or a press office (``--outlet NAME`` gives the outlet; a byline in
  the text gives the authors, as in any text).
"""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from newsmine.articles import Article, ReadFailure, parse_published
from newsmine.errors import ArticleError
from newsmine.readers.decoding import check_text

__all__ = ["article_from_email"]

# "Fwd: Re: FW: Harbor Weekly: ..." -> "Harbor Weekly: ..."
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:fwd?|re|aw|tr|wg)\s*:\s*)+", re.I)
# A subject that opens as a reply's does (English, German "AW", Scandinavian "SV"), not a forward's.
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)
# The line Outlook puts above a message it quotes, in a reply as in a forward.
_ORIGINAL_MESSAGE = re.compile(r"-{2,}\s*Original Message\s*-{2,}", re.I)
# Gmail's, Outlook's and Apple Mail's lines that open a forwarded message's header block.
_FORWARDED = re.compile(
    r"^[ \t]*(?:-{2,}\s*Forwarded message\s*-{2,}|-{2,}\s*Original Message\s*-{2,}|Begin forwarded message:)[ \t]*\r?\n",
    re.I | re.M)
_HEADER_LINE = re.compile(r"^[ \t]*(From|Sent|Date|Subject|To|Cc|Reply-To)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.I)
# A forwarded block is read only near the top: further down, such lines are the story's own.
_FORWARDED_WITHIN_CHARS = 2000


def article_from_email(article_id: str, data: bytes, *, path: str | None, min_words: int) -> Article:
    """The article of an ``.eml`` file (see the module doc); a failure when it holds no text."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    subject = _subject(message.get("Subject"))
    published = _sent_day(message.get("Date"))
    plain, plain_charset = _part_text(message, "plain")
    html, html_charset = _part_text(message, "html")

    def failed(kind: str, message_text: str) -> Article:
        return Article(id=article_id, source_path=path, source_format="text", title=subject,
                       failure=ReadFailure(kind, message_text))

    if plain is None and html is None:
        return failed("NoArticleText", "the e-mail holds no text or HTML part (only attachments?); save the "
                      "newsletter's text as a .txt file")
    if plain is not None:
        plain, forwarded = _without_forwarding(plain, reply=bool(_REPLY_SUBJECT.match(str(message.get("Subject") or ""))))
        if forwarded is not None:  # the day it was forwarded is not the story's
            subject = _subject(forwarded.get("subject")) or subject
            published = _sent_day(forwarded.get("date") or forwarded.get("sent"))
    try:
        if plain is not None and (html is None or len(plain.split()) >= min_words):
            text, encoding = check_text(plain, plain_charset)
            return Article(id=article_id, text=text, source_path=path, source_format="text", encoding=encoding,
                           title=subject, published=published)
        from newsmine.readers.html import article_from_html

        page, encoding = check_text(html or "", html_charset)
        article = article_from_html(article_id, page, path=path, encoding=encoding, min_words=min_words)
    except ArticleError as exc:
        return failed(exc.type_name, str(exc))
    article.title = subject or article.title
    article.published = article.published or published
    return article


def _part_text(message, subtype: str) -> tuple[str | None, str]:
    """The decoded text of the message's ``text/<subtype>`` body part and its charset, or (None, "")."""
    part = message.get_body(preferencelist=(subtype,))
    if part is None:
        return None, ""
    charset = part.get_content_charset() or "us-ascii"
    try:
        return part.get_content(), charset
    except (LookupError, UnicodeError):  # a charset Python does not know: read the bytes as detected
        from newsmine.readers.decoding import decode_bytes

        try:
            text, charset = decode_bytes(part.get_payload(decode=True) or b"")
        except ArticleError:
            return None, ""
        return text, charset


def _subject(value) -> str | None:
    subject = _REPLY_PREFIX.sub("", " ".join(str(value or "").split()))
    return subject or None


def _sent_day(value) -> str | None:
    """``YYYY-MM-DD`` of a ``Date`` header (the sender's own day), or None when it does not parse.
    A forwarded block's date as Gmail (``Fri, Apr 11, 2025 at 4:02 PM``) or Apple Mail (``11
    April 2025 at 16:02:00 BST``) writes it is no RFC 2822 date: it is read as a ``published``
    value is (it gave no date, review47b)."""
    if not value:
        return None
    try:
        sent = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return parse_published(str(value))[0]
    return sent.date().isoformat() if isinstance(sent, datetime) else None


def _without_forwarding(text: str, *, reply: bool = False) -> tuple[str, dict[str, str] | None]:
    """``text`` from after a forwarded message's header block near its top (the forwarder's note
    before it is not the story either), and the block's fields (``subject``, ``date``...);
    ``(text, None)`` when it has none. In a ``reply``, an Outlook "Original Message" block opens
    the earlier message it quotes: the text is what comes before it."""
    opening = _FORWARDED.search(text, 0, _FORWARDED_WITHIN_CHARS)
    if opening is None:
        return text, None
    if reply and _ORIGINAL_MESSAGE.search(opening.group(0)) and text[:opening.start()].strip():
        return text[:opening.start()].rstrip() + "\n", None
    fields: dict[str, str] = {}
    position = opening.end()
    for line in text[position:].splitlines(keepends=True):
        found = _HEADER_LINE.match(line)
        if found is None:
            break
        fields[found.group(1).lower()] = found.group(2)
        position += len(line)
    if not fields:
        return text, None
    return text[position:].lstrip("\r\n"), fields
