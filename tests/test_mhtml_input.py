"""Web pages saved as one file (``.mhtml``, ``.mht``): the page inside the MIME message is read.

The pages below are invented."""

from __future__ import annotations

import base64
import quopri

import pytest

from newsmine.readers import list_inputs, read_articles
from newsmine.readers.mhtml import is_mhtml

BODY = (
    "<p>The Eastbank footbridge will stay closed until June, the county engineer announced on Thursday, after "
    "inspectors found corrosion in two of its main cables and a crack in one of the deck beams.</p>"
    "<p>\u201cWe will not reopen a bridge we cannot vouch for,\u201d county engineer Rosalind Achebe said at a "
    "briefing. Shop owners on Quay Street said the closure had already cut their weekend trade by a third.</p>"
)
PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Footbridge to stay shut until June</title>'
        f"</head><body><article><h1>Footbridge to stay shut until June</h1>{BODY}</article></body></html>")
URL = "https://eastbank-courier.example/news/footbridge-june"


def _chrome_mhtml(page: str = PAGE) -> bytes:
    """A page as Chrome's "Save as: Webpage, Single File" writes it: quoted-printable HTML, CRLF."""
    encoded = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\n"
        f"Snapshot-Content-Location: {URL}\n"
        "Subject: Footbridge to stay shut until June\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----MultipartBoundary--x1----"\n\n\n'
        "------MultipartBoundary--x1----\n"
        "Content-Type: text/html\nContent-ID: <frame-1@mhtml.blink>\n"
        f"Content-Transfer-Encoding: quoted-printable\nContent-Location: {URL}\n\n"
        f"{encoded}\n"
        "------MultipartBoundary--x1----\n"
        "Content-Type: text/css\nContent-Transfer-Encoding: quoted-printable\n"
        "Content-Location: cid:css-1@mhtml.blink\n\nbody{margin:0}\n"
        "------MultipartBoundary--x1------\n"
    ).replace("\n", "\r\n").encode("ascii")


@pytest.mark.parametrize("name", ["Footbridge.mhtml", "Footbridge.MHT", "Footbridge renamed.html"])
def test_a_page_saved_as_one_file_is_read_as_its_page(tmp_path, name):
    """Named .html (as the 'unknown file type' advice said: rename it), the MIME layer was read as the
    page: an 'ok' record whose text held '=E2=80=9CWe will not reopen' and 'weeken= d trade'."""
    path = tmp_path / name
    path.write_bytes(_chrome_mhtml())
    [article] = read_articles([path])
    assert article.failure is None
    assert article.title == "Footbridge to stay shut until June"
    assert "\u201cWe will not reopen a bridge we cannot vouch for,\u201d county engineer" in article.text
    assert "weekend trade by a third" in article.text
    assert "=E2" not in article.text and "=\n" not in article.text
    assert article.url == URL  # the address it was saved from: the page declares none


def test_a_saved_page_in_a_folder_is_found(tmp_path):
    """Before, a folder's .mhtml pages were counted among the files of unknown type, not read."""
    (tmp_path / "Footbridge.mhtml").write_bytes(_chrome_mhtml())
    assert [f.format for f in list_inputs([tmp_path])] == ["html"]


def test_an_mht_page_in_base64_with_its_charset_is_decoded(tmp_path):
    """Internet Explorer's .mht: base64 parts, the charset on the part, no Content-Location."""
    page = PAGE.replace('<meta charset="utf-8">', "")
    encoded = base64.encodebytes(page.encode("cp1252")).decode("ascii")
    mht = ("From: <Saved by Windows Internet Explorer 8>\r\nSubject: Footbridge\r\nMIME-Version: 1.0\r\n"
           'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----=_NextPart_000"\r\n\r\n'
           "------=_NextPart_000\r\nContent-Type: text/html;\r\n\tcharset=\"Windows-1252\"\r\n"
           f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}\r\n------=_NextPart_000--\r\n")
    path = tmp_path / "Footbridge.mht"
    path.write_bytes(mht.encode("ascii"))
    [article] = read_articles([path])
    assert "\u201cWe will not reopen a bridge" in article.text
    assert article.encoding == "windows-1252"
    assert article.url is None


def test_an_mhtml_file_without_a_page_is_an_error_record(tmp_path):
    mhtml = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
             "--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n")
    (tmp_path / "photo.mhtml").write_bytes(mhtml.encode("ascii"))
    [article] = read_articles([tmp_path / "photo.mhtml"])
    assert article.failure.type == "NoArticleText"
    assert "MHTML" in article.failure.message


@pytest.mark.parametrize("head", [
    b"<!DOCTYPE html><html><body><p>MIME-Version: 1.0</p><p>Content-Type: multipart/related</p></body></html>",
    # an article about e-mail headers, saved as text in an .html file: no MIME-Version header line
    b"Content-Type: text/html is what the server sent.\n\nThe rest of the story follows here.",
    # MIME-like lines after the first blank line are the body, not headers
    b"Notes from the briefing\n\nMIME-Version: 1.0\nContent-Type: text/html\n",
])
def test_an_html_file_is_not_taken_for_mhtml(head):
    """The near misses: HTML, or text, that mentions MIME headers is not a saved MIME message."""
    assert not is_mhtml(head)


def test_mhtml_is_told_by_its_headers():
    assert is_mhtml(_chrome_mhtml())
    assert is_mhtml(b"\xef\xbb\xbfMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>")
