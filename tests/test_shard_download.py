"""A shard's URL input under a time limit (newsmine.shards.download, --download-timeout): a
source that stops sending fails its shard and the run goes on; one that keeps sending slowly is
never cut short. The sources are fakes (an fsspec filesystem registered here, a local HTTP
server on the loopback) serving invented text."""

from __future__ import annotations

import http.server
import io
import threading
import time
from pathlib import Path

import fsspec
import pytest
from fsspec.spec import AbstractFileSystem
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.runners import PipelineSettings
from newsmine.runners.work import use_pipeline
from newsmine.shards import ShardSettings, download, run_shards, shard_name
from newsmine.shards.download import DownloadTimeout, copy_with_time_limit, local_copy, storage_options

runner = CliRunner()
STORY = b'{"id": "ferry-1", "text": "The ferry to Kell Island resumes on Friday, the operator Northline said."}\n'
# Set by the test that ends: a stalled read waits for it (or 30 s), so no thread outlives its test for long.
_RELEASE = threading.Event()


class _TrickleFile(io.RawIOBase):
    """A source that sends ``chunks`` pieces of ``STORY``'s bytes, ``pause`` seconds apart, and
    then, if ``stall``, sends nothing more until released."""

    def __init__(self, pause: float, chunks: int, stall: bool):
        self._left, self._pause, self._stall = chunks, pause, stall
        self._data = STORY * chunks

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._left == 0:
            if self._stall:
                _RELEASE.wait(30)
            return b""
        time.sleep(self._pause)
        self._left -= 1
        return STORY

    def readinto(self, buffer) -> int:  # pragma: no cover - fsspec reads with read()
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _FakeRemote(AbstractFileSystem):
    """``stalled://…``: sends one line and then nothing; ``trickle://…``: a line every 0.1 s."""

    protocol = ("stalled", "trickle")
    cachable = False

    def _open(self, path, mode="rb", **kwargs):
        if "slow" in path:
            return _TrickleFile(pause=0.1, chunks=8, stall=False)
        return _TrickleFile(pause=0.0, chunks=1, stall=True)


fsspec.register_implementation("stalled", _FakeRemote, clobber=True)
fsspec.register_implementation("trickle", _FakeRemote, clobber=True)


@pytest.fixture(autouse=True)
def quick_watch(monkeypatch):
    monkeypatch.setattr(download, "_GRACE_SECONDS", 0.0)
    _RELEASE.clear()
    yield
    _RELEASE.set()  # the stalled reader thread ends


def test_a_source_that_stops_sending_fails_within_the_limit(tmp_path):
    started = time.monotonic()
    with pytest.raises(DownloadTimeout, match=r"stalled://news/feed.jsonl sent no data for 0.5 s \(--download-timeout\)"):
        copy_with_time_limit("stalled://news/feed.jsonl", str(tmp_path / "feed.jsonl"), 0.5)
    assert time.monotonic() - started < 5


def test_a_slow_source_that_keeps_sending_is_not_cut_short(tmp_path):
    """Near miss: 0.8 s of download in all, over twice the limit, but never 0.3 s without data."""
    target = tmp_path / "feed.jsonl"
    copy_with_time_limit("trickle://news/slow/feed.jsonl", str(target), 0.3)
    assert target.read_bytes() == STORY * 8


def test_no_limit_waits_as_long_as_the_source_takes(tmp_path):
    target = tmp_path / "feed.jsonl"
    copy_with_time_limit("trickle://news/slow/feed.jsonl", str(target), None)
    assert target.read_bytes() == STORY * 8


def test_a_url_that_cannot_be_read_stays_one_error_record(tmp_path):
    """Near miss: a missing file is no stall; retrying would not mend it, so its shard completes
    with an error record, as before."""
    with local_copy("memory:///nowhere/feed.jsonl", 0.5) as (_local, unreadable):
        assert unreadable is not None and unreadable.startswith("cannot read memory:///nowhere/feed.jsonl: FileNotFoundError")


def test_a_stalled_shard_fails_and_the_run_goes_on(tmp_path, pipeline):
    """The shard is reported as failed (no part, no marker: --resume retries it), and the shard
    after it completes."""
    use_pipeline(PipelineSettings(), pipeline)
    local = tmp_path / "harbour.txt"
    local.write_text('Harbour master Ines Calloway said the north quay will close on Monday.\n', encoding="utf-8")
    out = tmp_path / "out"
    run = run_shards(["stalled://news/feed.jsonl", str(local)], str(out),
                     ShardSettings(format="jsonl", download_timeout=0.5), workers=1)
    assert run.done == 1 and [shard.shard for shard in run.failed_shards] == [shard_name("stalled://news/feed.jsonl")]
    assert run.failed_shards[0].shard_error.startswith("DownloadTimeout: stalled://news/feed.jsonl sent no data for 0.5 s")
    assert sorted(path.name for path in (out / "_shards").iterdir()) == [f"{shard_name(str(local))}.json"]
    assert sorted(path.name for path in (out / "records").iterdir()) == [f"{shard_name(str(local))}.jsonl"]


def test_each_library_gets_its_own_timeout():
    s3 = storage_options("s3://bucket/cc-news/00000.warc.gz", 120)
    assert s3 == {"config_kwargs": {"connect_timeout": 120, "read_timeout": 120}}
    assert storage_options("ftp://archive.example/feed.jsonl", 60) == {"timeout": 60}
    assert storage_options("memory://in/feed.jsonl", 60) == {}  # no option of its own: the watch alone
    assert storage_options("s3://bucket/a.warc.gz", None) == {}  # no limit asked


class _StallingHandler(http.server.BaseHTTPRequestHandler):
    """Answers every GET with its headers and one line of a longer body, then sends nothing."""

    def do_HEAD(self):
        self.send_response(200)
        self.end_headers()

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", str(len(STORY) * 10))
        self.end_headers()
        self.wfile.write(STORY)
        self.wfile.flush()
        _RELEASE.wait(30)

    def log_message(self, *args):
        pass


def test_a_stalled_http_download_is_ended_by_the_http_clients_own_timeout(tmp_path, monkeypatch):
    """aiohttp's sock_read timeout ends the read (its connection closed), not the watch, which
    waits longer here; skipped where aiohttp, fsspec's HTTP client, is not installed."""
    pytest.importorskip("aiohttp")
    monkeypatch.setattr(download, "_GRACE_SECONDS", 30.0)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _StallingHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        with pytest.raises(DownloadTimeout) as stalled:
            copy_with_time_limit(f"http://127.0.0.1:{server.server_port}/feed.jsonl", str(tmp_path / "feed.jsonl"), 1.0)
        assert time.monotonic() - started < 15
    finally:
        _RELEASE.set()
        server.shutdown()
        server.server_close()
    said = str(stalled.value)
    assert said.endswith("--download-timeout); --resume retries the shard") and "sent no data for 1 s (" in said
    assert "Timeout" in said.split("sent no data for 1 s (", 1)[1].split(",")[0]  # the library's class named


def test_download_timeout_is_an_option_of_sharded_runs(tmp_path):
    story = tmp_path / "harbour.txt"
    story.write_text("Harbour master Ines Calloway said the quay will close.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(story), "-o", str(tmp_path / "r.jsonl"), "--download-timeout", "60"])
    assert result.exit_code == 2 and "--download-timeout applies to --shards runs" in result.stderr
    assert not Path(tmp_path / "r.jsonl").exists()


def test_the_help_names_the_default_download_timeout():
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert "--download-timeout" in result.output
    assert f"[default: ({download.DEFAULT_DOWNLOAD_TIMEOUT:g}); x>=0]" in result.output


@pytest.mark.xfail(strict=True, reason="left (lock50): a shard's local input that blocks (a FIFO with no writer, a "
                   "hung NFS mount) has no time limit; --download-timeout bounds URL inputs only, and a read stuck in "
                   "the kernel (NFS) yields to no thread or signal: only the worker's death would end it")
def test_a_local_input_that_never_sends_fails_its_shard(tmp_path, pipeline):
    import os

    from newsmine.shards import process_shard

    use_pipeline(PipelineSettings(), pipeline)
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    worker = threading.Thread(target=lambda: process_shard(str(fifo), str(tmp_path / "out"),
                                                           ShardSettings(format="jsonl", download_timeout=0.5)),
                              daemon=True)
    worker.start()
    worker.join(3)
    stuck = worker.is_alive()
    if stuck:  # a writer that closes at once: the reader sees the end, and the thread ends
        open(fifo, "wb").close()
        worker.join(30)
    assert not stuck
