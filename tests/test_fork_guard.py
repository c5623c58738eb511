"""The progress line's own threads leave local workers forked (newsmine.runners.fork_guard).

The quiet-run watch (newuser51) started a plain thread before the workers, so the fork check
saw a second thread and sent every `extract --workers N` to the fork server: each worker then
loaded the model itself, and the speed benchmark found the workers' CPU gone from the run."""

from __future__ import annotations

import io
import sys
import threading
import time

from newsmine.articles import Article
from newsmine.cli.progress import ProgressLine
from newsmine.runners.fork_guard import foreign_threads, no_fork
from newsmine.runners.in_work import ArticlesInWork
from newsmine.runners.local import _context


class _Log(io.StringIO):
    def isatty(self) -> bool:
        return False


def _watched() -> ProgressLine:
    progress = ProgressLine(total=3, stream=_Log())  # a log: the watch runs (a line a minute)
    progress.watch(ArticlesInWork(), every=0.05)
    return progress


def test_the_progress_watch_is_not_a_foreign_thread_to_the_fork_check():
    before = foreign_threads()
    progress = _watched()
    try:
        assert any(thread.name == "newsmine-progress-watch" for thread in threading.enumerate())
        assert foreign_threads() == before
        if before == 0 and sys.platform == "linux":  # a test runner may hold threads of its own
            assert _context().get_start_method() == "fork"
    finally:
        progress.finish()


def test_a_thread_of_someone_else_still_sends_workers_to_the_fork_server():
    # the near miss: a notebook's or a client's thread may hold any lock at the fork
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    before = foreign_threads()
    thread.start()
    try:
        assert foreign_threads() == before + 1
        if sys.platform == "linux":
            assert _context().get_start_method() != "fork"
    finally:
        stop.set()
        thread.join()


def test_the_watch_does_not_write_while_workers_are_being_forked():
    now = [0.0]
    stream = _Log()
    progress = ProgressLine(total=3, stream=stream, clock=lambda: now[0])
    progress._in_work = in_work = ArticlesInWork(clock=lambda: now[0])
    in_work.handed_out(Article(id="long-1", text="z" * 50_000, source_path="long-1"))
    now[0] = 120.0
    with no_fork():  # what worker_pool holds while it forks
        beat = threading.Thread(target=progress.quiet_beat)
        beat.start()
        time.sleep(0.2)
        assert stream.getvalue() == ""
    beat.join(5)
    assert "longest article in work: long-1" in stream.getvalue()
