"""A fact-checking team with web archives and wire copy on a fresh machine (newuser59): the WARC
reader's line from the workers of a sharded ``--dask local:N`` run, and a ``--dask`` address that
names no scheduler (a dashboard's web address, another service). Invented pages only."""

from __future__ import annotations

import io
import logging
import os
import signal
import socket
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from newsmine.cli import app
from newsmine.cli.log_lines import WORKER_LINES_ENV, show_library_warnings
from newsmine.errors import UsageError
from newsmine.runners import dask as dask_runner
from newsmine.runners.dask import dask_setup, refuse_an_unusable_scheduler


def _command_line_handlers() -> list[logging.Handler]:
    return [handler for handler in logging.getLogger("newsmine").handlers if type(handler).__name__ == "_CommandLineLines"]


@pytest.fixture
def clean_worker_state(monkeypatch):
    """What dask_setup changes in this process, put back: Ctrl-C's handler, the newsmine
    logger's handlers and Dask's worker logger's filters (a worker keeps them for its life; this
    test process must not)."""
    monkeypatch.delenv(WORKER_LINES_ENV, raising=False)
    sigint = signal.getsignal(signal.SIGINT)
    handlers = list(logging.getLogger("newsmine").handlers)
    filters = list(logging.getLogger("distributed.worker").filters)
    yield
    signal.signal(signal.SIGINT, sigint)
    logging.getLogger("distributed.worker").filters[:] = filters
    logger = logging.getLogger("newsmine")
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)


def test_a_worker_the_command_started_writes_the_library_s_warnings_as_the_command_does(clean_worker_state, monkeypatch, capsys):
    """A sharded `--dask local:2` run printed `ledger.warc.gz: 40 HTML responses read as articles;
    6 responses skipped …` bare (the LocalCluster's workers are started afresh, without the
    command's handler), where the same run on local workers prints `newsmine: warning: …`."""
    monkeypatch.setenv(WORKER_LINES_ENV, "1")
    dask_setup(None)
    logging.getLogger("newsmine.readers.warc").warning("ledger.warc.gz: 40 HTML responses read as articles; 6 responses skipped")
    assert "newsmine: warning: ledger.warc.gz: 40 HTML responses read as articles" in capsys.readouterr().err
    dask_setup(None)  # a second preload in the same process adds no second handler
    assert len(_command_line_handlers()) == 1


def test_a_worker_no_command_started_configures_no_logging(clean_worker_state):
    """Near miss: a worker of a program's own `extract(..., dask="local:2")` or of `dask worker`
    has no such environment, and the library configures no logging there."""
    dask_setup(None)
    assert _command_line_handlers() == []


def test_the_command_s_environment_mark_lasts_as_long_as_its_handler(monkeypatch):
    monkeypatch.delenv(WORKER_LINES_ENV, raising=False)
    take_off = show_library_warnings()
    assert os.environ[WORKER_LINES_ENV] == "1"
    take_off()
    assert WORKER_LINES_ENV not in os.environ
    monkeypatch.setenv(WORKER_LINES_ENV, "kept")  # near miss: a value set before is given back
    take_off = show_library_warnings()
    take_off()
    assert os.environ[WORKER_LINES_ENV] == "kept"


def _archive(path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Ferry fares to rise</title></head><body><article><h1>Ferry fares to rise</h1>"
            + "<p>The harbour board voted on Tuesday to raise ferry fares by a tenth from June, after two years "
              "in which the price of fuel doubled and the early sailings ran half empty.</p>" * 3
            + "<p>\u201cWe kept the fares flat for as long as we could,\u201d said Ines Marlow, who chairs the "
              "board. \u201cThe boats cannot run on goodwill.\u201d</p></article></body></html>").encode()
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, kind, body in [("https://ledger.example/fares", "text/html", page),
                                ("https://ledger.example/logo.png", "image/png", b"\x89PNG\r\n")]:
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


@pytest.mark.slow
def test_a_sharded_local_dask_run_prints_the_warc_line_as_newsmine_s_own(tmp_path):
    """The whole command, as a user runs it: the shard's worker reads the WARC, and its line on
    the run's stderr is `newsmine: warning: …` like every other line of the run."""
    pytest.importorskip("distributed")
    archive = tmp_path / "ledger.warc.gz"
    _archive(archive)
    env = {key: value for key, value in os.environ.items() if key != WORKER_LINES_ENV}
    done = subprocess.run([sys.executable, "-m", "newsmine", "extract", str(archive), "--shards", "--format", "jsonl",
                           "-o", str(tmp_path / "out"), "--dask", "local:1"],
                          check=False, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "ledger.warc.gz: 1 HTML response read as an article" in line]
    assert lines and all(line.startswith("newsmine: warning: ") for line in lines), done.stderr


# --dask ADDRESS that names no scheduler: refused before the output is touched.


class _Service:
    """A TCP service on this machine that is no Dask scheduler: it says ``greeting`` (nothing:
    an HTTP server waits for a request) as it accepts, then holds the connection open."""

    def __init__(self, greeting: bytes = b"") -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.greeting = greeting
        self.held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)
            if self.greeting:
                connection.sendall(self.greeting)

    def close(self) -> None:
        self.listener.close()
        for connection in self.held:
            connection.close()


@pytest.fixture
def service(request, monkeypatch):
    monkeypatch.setattr(dask_runner, "_GREETING_SECONDS", 1.0)
    running = _Service(request.param)
    yield running
    running.close()


_WIRE = ("HARBOR CITY (HWS) \u2014 The harbour board voted on Tuesday to raise ferry fares by a tenth from June.\n\n"
         "\u201cWe kept the fares flat for as long as we could,\u201d said Ines Marlow, who chairs the board.\n")


@pytest.mark.parametrize(("address", "told"), [
    ("http://127.0.0.1:8787", r"a web address \(the dashboard's\?\); --dask takes the scheduler's address.*tcp://HOST:8786"),
    ("https://dask.example:8787/status", r"a web address"),
    ("ftp://127.0.0.1:8786", r"Dask knows no scheme 'ftp'"),
])
def test_a_web_address_given_to_dask_is_refused_and_the_output_kept(tmp_path, address, told):
    """`--dask http://HOST:8787` (the dashboard's address, which a browser shows) was "unexpected
    ValueError: unknown address scheme 'http' … please report this", exit 3, and with
    --overwrite the existing output was emptied first."""
    story = tmp_path / "fares.txt"
    story.write_text(_WIRE, encoding="utf-8")
    output = tmp_path / "records.jsonl"
    output.write_text("kept\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(story), "-o", str(output), "--overwrite", "--dask", address])
    assert result.exit_code == 2, result.output
    assert "please report this" not in result.output
    with pytest.raises(UsageError, match=told):
        refuse_an_unusable_scheduler(address)
    assert output.read_text(encoding="utf-8") == "kept\n"


@pytest.mark.parametrize("service", [b""], indirect=True)
def test_a_service_that_accepts_and_says_nothing_is_no_scheduler(service):
    """An HTTP server (or a proxy) at the address: Dask's handshake waited on it without a limit,
    and the run hung with nothing on stderr."""
    with pytest.raises(UsageError, match=r"accepted the connection but sent nothing in 1 s, where a Dask scheduler greets at once"):
        refuse_an_unusable_scheduler(f"tcp://127.0.0.1:{service.port}")
    with pytest.raises(UsageError, match="sent nothing"):
        refuse_an_unusable_scheduler(f"127.0.0.1:{service.port}")  # Dask's default scheme


@pytest.mark.parametrize("service", [b"HTTP/1.1 400 Bad Request\r\n\r\n"], indirect=True)
def test_a_service_that_answers_otherwise_is_no_scheduler(service):
    """Dask read such an answer's first 8 bytes as a frame length: "unexpected MemoryError:
    Unable to allocate 3.07 EiB … please report this"."""
    with pytest.raises(UsageError, match=r"did not answer as a Dask scheduler does \(it began b'HTTP/1\.1'\)"):
        refuse_an_unusable_scheduler(f"tcp://127.0.0.1:{service.port}")


@pytest.mark.parametrize("service", [(58).to_bytes(8, "little")], indirect=True)
def test_a_scheduler_s_greeting_passes(service):
    """Near miss: a scheduler writes its handshake's length (some tens of bytes) as it accepts."""
    refuse_an_unusable_scheduler(f"tcp://127.0.0.1:{service.port}")
    refuse_an_unusable_scheduler(f"127.0.0.1:{service.port}")


def test_local_clusters_and_other_schemes_are_not_probed():
    """Near misses: `local:2` starts its own cluster; tls and websockets are Dask's to handshake."""
    for address in (None, "local", "local:2", "tls://127.0.0.1:1", "ws://127.0.0.1:1"):
        refuse_an_unusable_scheduler(address)


def test_a_real_dask_scheduler_passes_the_address_check():
    """The check reads Dask's own wire protocol (the scheduler writes its handshake's 8-byte
    length as it accepts): a real ``distributed.Scheduler`` on a TCP port must pass, or a new
    ``distributed`` that greets otherwise would have every ``--dask tcp://…`` run refused."""
    import asyncio

    distributed = pytest.importorskip("distributed")

    async def check() -> None:
        async with distributed.Scheduler(host="127.0.0.1", port=0, dashboard_address=":0") as scheduler:
            assert scheduler.address.startswith("tcp://")
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, refuse_an_unusable_scheduler, scheduler.address)
            await loop.run_in_executor(None, refuse_an_unusable_scheduler, scheduler.address.removeprefix("tcp://"))

    asyncio.run(check())
