"""A fact-checking team with web archives and wire copy on a fresh machine (newuser59): the WARC
reader's line from the workers of a sharded ``--dask local:N`` run. Invented pages only."""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys

import pytest

from newsmine.cli.log_lines import WORKER_LINES_ENV, show_library_warnings
from newsmine.runners.dask import dask_setup


def _command_line_handlers() -> list[logging.Handler]:
    return [handler for handler in logging.getLogger("newsmine").handlers if type(handler).__name__ == "_CommandLineLines"]


@pytest.fixture
def clean_worker_state(monkeypatch):
    """What dask_setup changes in this process, put back: Ctrl-C's handler and the newsmine
    logger's handlers (a worker keeps them for its life; this test process must not)."""
    monkeypatch.delenv(WORKER_LINES_ENV, raising=False)
    sigint = signal.getsignal(signal.SIGINT)
    handlers = list(logging.getLogger("newsmine").handlers)
    yield
    signal.signal(signal.SIGINT, sigint)
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
                          capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "ledger.warc.gz: 1 HTML response read as an article" in line]
    assert lines and all(line.startswith("newsmine: warning: ") for line in lines), done.stderr
