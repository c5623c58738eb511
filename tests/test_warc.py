"""WARC input on an archive each test builds with warcio from invented pages (nothing is fetched)."""

from __future__ import annotations

import gzip
import io
import logging

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsmine.readers import read_articles
from newsmine.readers.warc import WarcStats, articles_from_warc

PIER_URL = "https://www.eastmere-gazette.example/2025/03/pier"
CAFE_URL = "https://harbourtimes.example/cafe"
EMPTY_URL = "https://eastmere-gazette.example/empty"
ENCODED_URL = "https://eastmere-gazette.example/encoded"

PIER_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Pier to reopen in May | Eastmere Gazette</title>
<meta property="og:site_name" content="Eastmere Gazette">
<meta property="og:title" content="Pier to reopen in May">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2025-03-10T08:00:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>
<article><h1>Pier to reopen in May</h1>
<p>Mayor Dana Reyes said on Monday that the old ferry pier in Eastmere will reopen in May after two years of repairs.</p>
<p>"We are ready, and the town has waited long enough," Reyes told reporters at the harbour office.</p>
<p>The harbour board approved the final safety report last week, according to a statement from the council.</p>
<p>Local fishing crews, who have moored at the northern quay since the closure, welcomed the decision.</p>
</article><footer>Copyright Eastmere Gazette</footer></body></html>"""

CAFE_PAGE = """<html><head><title>Harbour café changes hands</title></head><body><article>
<h1>Harbour café changes hands</h1>
<p>The harbour café on Quay Street has been sold to a family from Portmere, the previous owner said.</p>
<p>"It is time for someone new," said Rosa Ibáñez, who ran the café for twenty years.</p>
<p>The new owners plan to keep the menu and the opening hours, she added on Friday afternoon.</p>
</article></body></html>"""

ENCODED_PAGE = """<html><head><title>Tide tables</title></head><body><article><h1>Tide tables</h1>
<p>The harbour master published the spring tide tables on Tuesday, a week earlier than usual this year.</p>
<p>"Boat owners asked for more notice, so we gave it," the harbour master said in a short statement.</p>
<p>The tables cover the whole estuary and are posted at every slipway along the northern shore.</p>
</article></body></html>"""


def _chunked(data: bytes, size: int = 200) -> bytes:
    pieces = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"


def _response(writer, url, body: bytes, content_type: str | None, status="200 OK", extra=()):
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, [*headers, *extra], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


def build_warc(path, *, gzip_records=True) -> None:
    """Eight records: 3 article pages (one stored chunked + gzip-encoded), 1 page without article
    text, an image, a redirect, a request and a warcinfo record."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "newsmine tests"}))
        request = StatusAndHeaders("GET /2025/03/pier HTTP/1.1", [("Host", "www.eastmere-gazette.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(PIER_URL, "request", payload=io.BytesIO(b""), http_headers=request))
        _response(writer, PIER_URL, PIER_PAGE.encode("utf-8"), "text/html; charset=UTF-8")
        _response(writer, "https://eastmere-gazette.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        _response(writer, "https://eastmere-gazette.example/old", b"", "text/html", status="301 Moved Permanently",
                  extra=[("Location", PIER_URL)])
        # Declared as Latin-1 and encoded so: the é and á must come back right.
        _response(writer, CAFE_URL, CAFE_PAGE.encode("iso-8859-1"), 'text/html; charset="ISO-8859-1"')
        _response(writer, EMPTY_URL, b"<html><head><title>Gallery</title></head><body></body></html>", "text/html")
        _response(writer, ENCODED_URL, _chunked(gzip.compress(ENCODED_PAGE.encode())), "text/html",
                  extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")])


@pytest.fixture(scope="module")
def warc_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    build_warc(path)
    return path


@pytest.fixture(scope="module")
def warc_articles(warc_path):
    stats = WarcStats()
    return list(articles_from_warc(str(warc_path), stats=stats)), stats


def test_warc_yields_html_responses_in_archive_order_with_url_ids(warc_articles):
    articles, _ = warc_articles
    assert [a.id for a in articles] == [PIER_URL, CAFE_URL, EMPTY_URL, ENCODED_URL]
    assert all(a.source_format == "warc" and a.url == a.id for a in articles)


def test_warc_article_metadata_comes_from_the_page(warc_articles):
    pier = warc_articles[0][0]
    assert pier.failure is None
    assert pier.title == "Pier to reopen in May"
    assert pier.outlet == "Eastmere Gazette"
    assert pier.authors == ["Ann Lee"]
    assert pier.published == "2025-03-10"
    assert "Mayor Dana Reyes said on Monday" in pier.text
    assert "Copyright" not in pier.text and "Sport" not in pier.text  # boilerplate stays out


def test_warc_outlet_falls_back_to_a_name_made_from_the_host_and_declared_charset_is_used(warc_articles):
    cafe = warc_articles[0][1]
    assert cafe.outlet == "Harbourtimes"  # a name, not the host name "harbourtimes.example"
    assert cafe.encoding == "iso-8859-1"
    assert "Rosa Ibáñez" in cafe.text and "harbour café" in cafe.text


def test_warc_page_stored_chunked_and_gzipped_is_decoded(warc_articles):
    encoded = warc_articles[0][3]
    assert encoded.failure is None
    assert "spring tide tables" in encoded.text


def test_warc_page_without_article_text_becomes_an_error_not_a_gap(warc_articles):
    empty = warc_articles[0][2]
    assert empty.failure is not None and empty.failure.type == "NoArticleText"


def test_warc_counts_every_record_it_did_not_turn_into_an_article(warc_articles):
    _, stats = warc_articles
    assert stats.articles == 4
    assert dict(stats.skipped_responses) == {"not HTML": 1, "HTTP status not 2xx": 1}
    assert dict(stats.other_records) == {"warcinfo": 1, "request": 1}


def test_warc_skips_are_reported_in_a_log_warning(warc_path, caplog):
    with caplog.at_level(logging.INFO, logger="newsmine.readers.warc"):
        list(articles_from_warc(str(warc_path)))
    warnings = [r.getMessage() for r in caplog.records if r.name == "newsmine.readers.warc" and r.levelno == logging.WARNING]
    assert warnings == ["news.warc.gz: 4 HTML responses read as articles; 2 responses skipped "
                        "(not HTML 1, HTTP status not 2xx 1); 2 other records ignored (request 1, warcinfo 1)"]


def test_the_warc_summary_counts_one_in_the_singular():
    """It said "1 HTML responses read as articles; 1 responses skipped"."""
    from collections import Counter

    stats = WarcStats(articles=1, skipped_responses=Counter({"not HTML": 1}), other_records=Counter({"request": 1}))
    assert stats.summary("day.warc") == ("day.warc: 1 HTML response read as an article; 1 response skipped (not HTML 1); "
                                         "1 other record ignored (request 1)")
    assert WarcStats(articles=0).summary("day.warc") == "day.warc: 0 HTML responses read as articles"


def test_uncompressed_warc_reads_the_same(tmp_path):
    path = tmp_path / "news.warc"
    build_warc(path, gzip_records=False)
    assert [a.id for a in read_articles([path])] == [PIER_URL, CAFE_URL, EMPTY_URL, ENCODED_URL]


def test_damaged_archive_keeps_the_articles_before_the_damage(tmp_path, warc_path):
    data = warc_path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    articles = list(articles_from_warc(str(cut)))
    assert [a.id for a in articles[:2]] == [PIER_URL, CAFE_URL]
    assert articles[-1].failure is not None and articles[-1].failure.type == "InvalidWARC"


def test_warc_articles_become_records_through_the_pipeline(pipeline, warc_path):
    records = list(pipeline.process(read_articles([warc_path])))
    assert [r.status.value for r in records] == ["ok", "ok", "error", "ok"]
    pier = records[0]
    assert pier.source.format == "warc" and pier.source.url == PIER_URL and pier.outlet == "Eastmere Gazette"
    assert any(q.speaker is not None and q.speaker.name == "Dana Reyes" for q in pier.quotes)


def test_random_bytes_with_a_declared_charset_are_a_decode_error_not_an_article(tmp_path):
    import random

    junk = random.Random(15).randbytes(20_000).replace(b"\x00", b"\x01")  # no NUL: only the charset check is left
    path = tmp_path / "junk.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _response(writer, PIER_URL, b"<html><body><p>" + junk, "text/html; charset=iso-8859-1")
        _response(writer, CAFE_URL, CAFE_PAGE.encode("iso-8859-1"), "text/html; charset=iso-8859-1")
    junk_article, cafe = list(articles_from_warc(str(path)))
    # Before: an "ok" record with garbage entities and quotes (the binary check was skipped).
    assert junk_article.failure is not None and junk_article.failure.type == "DecodeError"
    assert cafe.failure is None and "Rosa Ibáñez" in cafe.text


def test_a_huge_header_line_is_damage_not_a_gigabyte_read(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        _response(writer, PIER_URL, PIER_PAGE.encode("utf-8"), "text/html; charset=UTF-8")
    # A record whose header line never ends: 3 MiB of one byte (gzip makes it a few KB; the
    # issue's archive expanded the same way to 1 GiB and took 3.3 GB of memory).
    with open(path, "ab") as handle:
        handle.write(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * (3 << 20) + b"\r\n\r\n"))
    articles = list(articles_from_warc(str(path)))
    assert [a.failure.type if a.failure else "ok" for a in articles] == ["ok", "InvalidWARC"]
    assert "header line is over 1 MiB" in articles[1].failure.message


def _three_pages(path, *, gzip_records: bool) -> list[int]:
    """Three article pages, one a record (a gzip member each in a .warc.gz); the records' offsets."""
    offsets = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)
        for url, page, charset in ((PIER_URL, PIER_PAGE, "utf-8"), (CAFE_URL, CAFE_PAGE, "iso-8859-1"),
                                   (ENCODED_URL, ENCODED_PAGE, "utf-8")):
            offsets.append(handle.tell())
            _response(writer, url, page.encode(charset), f"text/html; charset={charset}")
    return offsets


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_one_corrupt_record_costs_its_own_page_and_reading_goes_on_after_it(tmp_path, gzip_records):
    """One damaged record ended the file: in a CC-NEWS archive, every page after it was lost
    with no record of its own. Now the damage is one InvalidWARC record and the pages after it
    are read."""
    path = tmp_path / ("news.warc.gz" if gzip_records else "news.warc")
    offsets = _three_pages(path, gzip_records=gzip_records)
    data = bytearray(path.read_bytes())
    if gzip_records:  # garble the middle of the second member's compressed bytes
        middle = (offsets[1] + offsets[2]) // 2
        data[middle : middle + 40] = bytes(40)
    else:  # a broken Content-Length in the second record's header
        header = data.index(b"Content-Length: ", offsets[1])
        data[header + 16 : header + 17] = b"x"
    path.write_bytes(bytes(data))
    articles = list(articles_from_warc(str(path)))
    assert [(a.id, a.failure.type if a.failure else "ok") for a in articles] == [
        (PIER_URL, "ok"), (articles[1].id, "InvalidWARC"), (ENCODED_URL, "ok")]
    assert f"reading went on at byte {offsets[2]:,}, the next record that could be read" in articles[1].failure.message


def test_a_damage_message_holds_no_binary_and_counts_in_plain_words(tmp_path):
    """warcio's message quoted the compressed bytes it could not read ("first line: \\x1f\\x08...")
    into the record, and "the 1 articles before it were read"."""
    path = tmp_path / "news.warc.gz"
    offsets = _three_pages(path, gzip_records=True)
    data = bytearray(path.read_bytes())
    middle = (offsets[1] + offsets[2]) // 2
    data[middle : middle + 40] = bytes(40)
    path.write_bytes(bytes(data))
    message = list(articles_from_warc(str(path)))[1].failure.message
    assert message.isprintable() and len(message) < 400, message
    assert "the 1 article before it was read" in message


def test_an_archive_cut_inside_its_first_record_says_no_article_came_before(tmp_path):
    """It said "the 0 articles before it were read"."""
    path = tmp_path / "news.warc.gz"
    offsets = _three_pages(path, gzip_records=True)
    path.write_bytes(path.read_bytes()[: offsets[1] // 2])
    articles = list(articles_from_warc(str(path)))
    assert [a.failure.type for a in articles] == ["InvalidWARC"]
    assert "; no article came before it, the rest of the file was not read" in articles[0].failure.message


def test_a_record_longer_than_its_content_length_is_logged_not_printed_raw(tmp_path, capsys, caplog):
    """warcio wrote "WARNING: Record not followed by newline, perhaps Content-Length is invalid",
    an offset and the raw remainder, straight to stderr in the middle of a run."""
    path = tmp_path / "news.warc"
    offsets = _three_pages(path, gzip_records=False)
    data = path.read_bytes()
    start = data.index(b"Content-Length: ", offsets[1]) + len(b"Content-Length: ")
    end = data.index(b"\r\n", start)
    path.write_bytes(data[:start] + str(int(data[start:end]) - 10).encode() + data[end:])
    with caplog.at_level(logging.WARNING, logger="newsmine.readers.warc"):
        articles = list(articles_from_warc(str(path)))
    assert [a.id for a in articles] == [PIER_URL, CAFE_URL, ENCODED_URL]
    assert capsys.readouterr().err == ""
    assert "news.warc: the record before byte" in caplog.text and "runs past its Content-Length" in caplog.text


_ACCESS_DENIED = (b"<?xml version='1.0' encoding='UTF-8'?>\n<Error><Code>AccessDenied</Code>"
                  b"<Message>Access Denied</Message></Error>\n")


@pytest.mark.parametrize("data, said", [
    (_ACCESS_DENIED, "it begins with '<?xml version='1.0' encoding='UTF-8'?> <Error><Code>AccessDenied"),
    (gzip.compress(_ACCESS_DENIED), "gzip-compressed, but what it holds begins with '<?xml version="),
    (b"PK\x03\x04" + bytes(60), "it is a zip archive"),
    (b"  \n\n", "it holds nothing but blank space"),
], ids=["error-page", "gzipped-error-page", "zip", "blank"])
def test_a_file_that_is_no_web_archive_is_told_so_not_damaged(tmp_path, data, said):
    """A download that saved an object store's Access Denied page (or a zip) under the archive's
    name was "damaged near byte 0 (ArchiveLoadFailed: Unknown archive format, first line: ...)",
    as if a good archive had been cut short."""
    path = tmp_path / "CC-NEWS-20250301.warc.gz"
    path.write_bytes(data)
    [article] = list(articles_from_warc(str(path)))
    assert article.failure.type == "InvalidWARC"
    assert article.failure.message.startswith("not a web archive: "), article.failure.message
    assert said in article.failure.message
    assert "fetch the archive again" in article.failure.message
    if data.lstrip().startswith((b"<", b"\x1f")):
        assert "an error page saved in the archive's place?" in article.failure.message


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_an_archive_damaged_in_its_first_record_is_still_damaged_not_foreign(tmp_path, gzip_records):
    """The near miss: a real archive whose first record is broken is damage, said as before."""
    path = tmp_path / ("news.warc.gz" if gzip_records else "news.warc")
    offsets = _three_pages(path, gzip_records=gzip_records)
    path.write_bytes(path.read_bytes()[: offsets[1] // 2])
    [article] = list(articles_from_warc(str(path)))
    assert article.failure.message.startswith("the archive is damaged near byte "), article.failure.message
    assert "not a web archive" not in article.failure.message
