"""Which WARC library should newsmine read archives with? Speed and robustness, measured.

Builds a WARC in a temporary directory (invented pages only; nothing is fetched), then, for
warcio and FastWARC:

* speed: response records read per second, HTTP payload bytes included (best of 3 runs),
  next to the time trafilatura takes to extract the same pages, so the reader's share of
  the WARC path is visible;
* robustness: whether the HTML comes back right from responses stored with
  ``Transfer-Encoding: chunked`` and ``Content-Encoding: gzip`` (as wget and other
  crawlers write them; Common Crawl stores payloads already decoded).

Run: python benchmarks/warc_readers.py [--pages 2000]
"""

from __future__ import annotations

import argparse
import gzip
import io
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPH = (
    "The harbour board of Eastmere voted on Tuesday to rebuild the old ferry pier, "
    "a project its chair, Marta Quill, called \"long overdue and finally funded\". "
)


def _page(number: int) -> bytes:
    body = "".join(f"<p>{PARAGRAPH * 3} Item {number}.{k}</p>" for k in range(6))
    return (
        f"<html><head><title>Pier vote {number}</title>"
        f'<meta property="og:site_name" content="Eastmere Gazette"></head>'
        f"<body><article><h1>Pier vote {number}</h1>{body}</article></body></html>"
    ).encode()


def _chunked(data: bytes, size: int = 300) -> bytes:
    out = b""
    for i in range(0, len(data), size):
        piece = data[i : i + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def build_warc(path: Path, pages: int) -> dict[str, bytes]:
    """Write ``pages`` HTML responses plus two encoded ones; returns url -> expected HTML."""
    expected = {}
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number in range(pages):
            url = f"https://eastmere.example/news/{number}"
            html = _page(number)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
            expected[url] = html
        for name, extra, payload in (
            ("chunked", [("Transfer-Encoding", "chunked")], _chunked(_page(-1))),
            ("gzip", [("Content-Encoding", "gzip")], gzip.compress(_page(-2))),
        ):
            url = f"https://eastmere.example/encoded/{name}"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), *extra], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
            expected[url] = _page(-1 if name == "chunked" else -2)
    return expected


def read_warcio(path: Path) -> dict[str, bytes]:
    from warcio.archiveiterator import ArchiveIterator

    out = {}
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                out[record.rec_headers.get_header("WARC-Target-URI")] = record.content_stream().read()
    return out


def read_fastwarc(path: Path) -> dict[str, bytes]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    out = {}
    with open(path, "rb") as handle:  # FastWARC detects the gzip compression itself
        for record in ArchiveIterator(handle, record_types=WarcRecordType.response, parse_http=True):
            out[record.headers["WARC-Target-URI"]] = record.reader.read()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        expected = build_warc(path, args.pages)
        print(f"{len(expected)} response records, {path.stat().st_size / 1e6:.1f} MB gzipped WARC")
        for name, reader in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
            times = []
            for _ in range(3):
                started = time.perf_counter()
                got = reader(path)
                times.append(time.perf_counter() - started)
            best = min(times)
            plain_ok = all(got[url] == html for url, html in expected.items() if "/news/" in url)
            encoded = {kind: got.get(f"https://eastmere.example/encoded/{kind}") == expected[f"https://eastmere.example/encoded/{kind}"]
                       for kind in ("chunked", "gzip")}
            print(f"{name:9s} {len(got) / best:9,.0f} records/s  plain pages right: {plain_ok}  "
                  f"chunked decoded: {encoded['chunked']}  gzip decoded: {encoded['gzip']}")
        import trafilatura

        sample = list(expected.values())[:200]
        started = time.perf_counter()
        for html in sample:
            trafilatura.bare_extraction(html.decode(), with_metadata=True, favor_precision=True)
        per_page = (time.perf_counter() - started) / len(sample)
        print(f"trafilatura {1 / per_page:7,.0f} pages/s on the same pages (the stage after reading)")


if __name__ == "__main__":
    main()
