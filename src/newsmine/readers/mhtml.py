"""Web pages saved as one file (MHTML: ``.mhtml``, ``.mht``): the page's HTML, read as an ``.html`` file is.

Chrome and Edge ("Save as: Webpage, Single File") and Internet Explorer save a page as a MIME
message: headers, then the page and its images and stylesheets as parts, the HTML encoded
quoted-printable. Read as HTML (a user renamed one ``.html``, as the "unknown file type" advice
said), it gave an "ok" record whose text was full of ``=E2=80=9C`` and words broken by soft line
ends (``weeken= d``), so a fact-checker's grep for a quote found nothing. Python's own
:mod:`email` parser undoes the MIME layer; the page then goes through
:func:`newsmine.readers.html.article_from_html` like any page. A file named ``.html`` that is
MHTML inside is read the same way (:func:`is_mhtml`).

The page is the message's root part (RFC 2557: the part its ``start`` parameter names, else the
first ``text/html`` part; frames saved after it are not the article). Its ``Content-Location``,
the address the page was saved from, is the record's URL when the page declares none.
"""

from __future__ import annotations

import re

__all__ = ["MhtmlPage", "is_mhtml", "page_of_mhtml"]

# How far into a file its MIME headers are looked for: they are a few short lines.
_HEADER_BYTES = 4096
# A MIME message's header block declares one of these as its body's type.
_MIME_TYPE = re.compile(rb"^content-type:\s*(?:multipart/related|text/html)\b", re.I | re.M)
_MIME_VERSION = re.compile(rb"^mime-version:", re.I | re.M)


class MhtmlPage:
    """The page of an MHTML file: its HTML bytes, the charset its part declares and the address it
    was saved from (either may be None)."""

    __slots__ = ("charset", "html", "url")

    def __init__(self, html: bytes, charset: str | None, url: str | None):
        self.html = html
        self.charset = charset
        self.url = url


def is_mhtml(data: bytes) -> bool:
    """Whether ``data`` is an MHTML file: MIME headers (``MIME-Version`` and a ``Content-Type`` of
    ``multipart/related`` or ``text/html``) before the first blank line, where an HTML file starts
    with markup (``<!DOCTYPE``, ``<html``, a comment) or text."""
    head = data[:_HEADER_BYTES].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"<"):
        return False
    headers = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    return bool(_MIME_VERSION.search(headers) and _MIME_TYPE.search(headers))


def page_of_mhtml(data: bytes) -> MhtmlPage | None:
    """The page an MHTML file holds (its root HTML part, MIME transfer encoding undone), or None
    when it holds no HTML part."""
    import email  # imported on the first saved page: most runs read none
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    root = _root_part(message)
    if root is None:
        return None
    html = root.get_payload(decode=True) or b""
    url = root.get("Content-Location") or message.get("Snapshot-Content-Location")
    url = str(url).strip() if url else None
    return MhtmlPage(html, root.get_content_charset(), url if url and not url.startswith("cid:") else None)


def _root_part(message):
    """The part RFC 2557 makes the page: the one the ``start`` parameter names by Content-ID, else
    the first ``text/html`` part."""
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = message.get_param("start")
    parts = [part for part in message.walk() if not part.is_multipart()]
    if start:
        named = [part for part in parts if str(part.get("Content-ID", "")).strip() == str(start).strip()]
        if named:
            return named[0]
    return next((part for part in parts if part.get_content_type() == "text/html"), None)
