"""A runaway article becomes an ArticleTimeout error record; the run goes on."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from spacy.language import Language

from newsmine import Article, Pipeline
from newsmine.errors import ArticleTimeout
from newsmine.records import Status
from newsmine.time_limit import time_limit


def test_time_limit_interrupts_a_block_that_runs_too_long():
    started = time.monotonic()
    with pytest.raises(ArticleTimeout, match="0.2 s"):
        with time_limit(0.2):
            while True:
                pass
    assert time.monotonic() - started < 5


def test_time_limit_leaves_a_quick_block_alone_and_disarms():
    with time_limit(0.2):
        total = sum(range(1000))
    time.sleep(0.3)  # an alarm left armed would fire here
    assert total == 499500


class _CallersDeadline(Exception):
    pass


def _raise_callers_deadline(signum, frame):
    raise _CallersDeadline()


@pytest.fixture
def callers_alarm():
    """A SIGALRM handler of the calling program's own, restored (and its timer disarmed) after."""
    previous = signal.signal(signal.SIGALRM, _raise_callers_deadline)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def test_a_callers_own_timer_runs_on_through_an_analysis(pipeline, callers_alarm):
    # A notebook guards its call with its own SIGALRM deadline: newsmine's limit zeroed that
    # timer on the way out, and the caller's deadline never fired (session 47, newuser47a).
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    record = pipeline.analyze("The harbour board met on Friday to discuss the repairs of the old ferry slip.")
    left, _ = signal.getitimer(signal.ITIMER_REAL)
    assert record.status is Status.ok and 0 < left <= 5.0
    assert signal.getsignal(signal.SIGALRM) is _raise_callers_deadline
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    with pytest.raises(_CallersDeadline):
        time.sleep(2)


def test_a_callers_timer_is_left_alone_and_no_limit_of_ours_runs_under_it(callers_alarm):
    signal.setitimer(signal.ITIMER_REAL, 5.0)
    with time_limit(0.1):
        time.sleep(0.2)  # under the caller's own timer, newsmine's limit is not applied
    assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5.0
    assert signal.getsignal(signal.SIGALRM) is _raise_callers_deadline  # (relayed inside the block, back after)


@Language.component("test_dawdles_on_marker")
def _dawdles_on_marker(doc):
    if "DAWDLE" in doc.text:
        time.sleep(3)  # slow, not runaway: a caller's 0.2 s deadline falls inside it
    return doc


@pytest.fixture
def dawdling(pipeline):
    pipeline.nlp.add_pipe("test_dawdles_on_marker", name="dawdles", before="parser")
    yield pipeline
    pipeline.nlp.remove_pipe("dawdles")


def test_a_callers_deadline_reaches_the_caller_and_is_not_an_article_failure(dawdling, callers_alarm):
    # Raised inside spaCy, the caller's exception sent the pipeline to its retry path: the
    # article was analysed again from the start and came back "ok", seconds after the deadline
    # (review47b). It must stop the call, as the caller's own exception.
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    started = time.monotonic()
    with pytest.raises(_CallersDeadline):
        dawdling.analyze("The ferry board will DAWDLE over the harbour repairs until Friday.")
    assert time.monotonic() - started < 2.5
    assert signal.getsignal(signal.SIGALRM) is _raise_callers_deadline


def test_a_callers_deadline_stops_process_and_ends_its_records(dawdling, callers_alarm):
    articles = [Article(id="a1", text="The council met on Monday to talk about the ferry."),
                Article(id="a2", text="The ferry board will DAWDLE over the harbour repairs until Friday."),
                Article(id="a3", text="The harbour master retired in June after thirty years.")]
    records = Pipeline(dawdling.nlp, batch_size=1).process(articles)
    assert next(records).id == "a1"
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    with pytest.raises(_CallersDeadline):
        next(records)


_quiet_alarms: list[int] = []


def _count_alarm(signum, frame):
    _quiet_alarms.append(signum)


def test_a_callers_handler_that_raises_nothing_is_called_and_the_analysis_goes_on(dawdling):
    # Near miss: the caller's handler only notes the alarm; the article is analysed as usual.
    previous = signal.signal(signal.SIGALRM, _count_alarm)
    _quiet_alarms.clear()
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        record = dawdling.analyze("The ferry board will DAWDLE over the harbour repairs until Friday.")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert record.status is Status.ok
    assert _quiet_alarms == [signal.SIGALRM]


class _CallersStop(Exception):
    pass


def _raise_callers_stop(signum, frame):
    raise _CallersStop()


_usr1_seen: list[int] = []


def _note_usr1(signum, frame):
    _usr1_seen.append(signum)


@pytest.fixture
def usr1_handler():
    """Installs the given SIGUSR1 handler of the calling program's own, restored after."""
    previous = signal.getsignal(signal.SIGUSR1)
    yield lambda handler: signal.signal(signal.SIGUSR1, handler)
    signal.signal(signal.SIGUSR1, previous)


def _usr1_after(seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGUSR1))
    timer.start()
    return timer


def test_a_callers_handler_of_another_signal_that_raises_reaches_the_caller(dawdling, usr1_handler):
    # review47b's note: the relay covered SIGALRM only; what a monitoring loop's SIGUSR1 handler
    # raised inside spaCy was a failing component's error, and the article was analysed again.
    usr1_handler(_raise_callers_stop)
    started = time.monotonic()
    _usr1_after(0.3)
    with pytest.raises(_CallersStop):
        dawdling.analyze("The ferry board will DAWDLE over the harbour repairs until Friday.")
    assert time.monotonic() - started < 2.5
    assert signal.getsignal(signal.SIGUSR1) is _raise_callers_stop  # the caller's again after


def test_a_callers_handler_of_another_signal_that_raises_nothing_leaves_the_analysis_alone(dawdling, usr1_handler):
    # Near miss: the handler only notes the signal; the record is the article's, ok.
    usr1_handler(_note_usr1)
    _usr1_seen.clear()
    _usr1_after(0.3)  # inside the article's 3 s
    record = dawdling.analyze("The ferry board will DAWDLE over the harbour repairs until Friday.")
    assert record.status is Status.ok
    assert _usr1_seen == [signal.SIGUSR1]


def test_without_a_callers_timer_the_limit_still_holds(callers_alarm):
    # Near miss: no timer running, only a handler installed; the limit is newsmine's as before.
    with pytest.raises(ArticleTimeout):
        with time_limit(0.1):
            time.sleep(2)
    assert signal.getsignal(signal.SIGALRM) is _raise_callers_deadline
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


@Language.component("test_stalls_on_marker")
def _stalls_on_marker(doc):
    if "STALL" in doc.text:
        while True:  # a runaway step in a component without pipe() (like newsmine's own)
            pass
    return doc


class _StallsOnMarkerInBatch:
    """A component with pipe() and no error handler (like the parser): stalls a whole batch."""

    def __call__(self, doc):
        return doc

    def pipe(self, docs, batch_size=128):
        batch = list(docs)
        if any("SLOWBATCH" in doc.text for doc in batch):
            while True:
                pass
        yield from batch


@Language.factory("test_stalls_batch_on_marker")
def _make_stalls_batch(nlp, name):
    return _StallsOnMarkerInBatch()


@pytest.mark.slow
@pytest.mark.parametrize(("component", "marker"), [("test_stalls_on_marker", "STALL"), ("test_stalls_batch_on_marker", "SLOWBATCH")])
def test_a_runaway_article_becomes_an_article_timeout_record_and_the_rest_go_on(pipeline, component, marker):
    nlp = pipeline.nlp
    nlp.add_pipe(component, name="stalls", before="parser")
    try:
        runner = Pipeline(nlp, batch_size=4, article_timeout=1.0)
        texts = [f'"The pier reopens in May," Mayor Maria Lopez said in statement {n}.' for n in range(6)]
        texts[2] = f"This article goes {marker} and never finishes."
        records = list(runner.process(Article(id=f"a{n}", text=text) for n, text in enumerate(texts)))
    finally:
        nlp.remove_pipe("stalls")
    assert [r.id for r in records] == [f"a{n}" for n in range(6)]
    assert records[2].status == Status.error and records[2].error.type == "ArticleTimeout"
    assert "longer than 1 s" in records[2].error.message
    assert all(r.status == Status.ok and r.quotes for n, r in enumerate(records) if n != 2)


@pytest.mark.slow
def test_article_timeout_on_the_command_line_reaches_the_pipeline(tmp_path):
    import json

    from typer.testing import CliRunner

    from newsmine.cli import app

    article = tmp_path / "pier.txt"
    article.write_text('Pier news\n\n"The pier reopens in May," Mayor Maria Lopez said.\n', encoding="utf-8")
    output = tmp_path / "out.jsonl"
    # a limit no article can meet: the record says why, and the exit code says some failed
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(output), "--workers", "1", "--article-timeout", "0.000001"])
    assert result.exit_code == 1, result.output
    record = json.loads(output.read_text(encoding="utf-8"))
    assert record["error"]["type"] == "ArticleTimeout"


@pytest.mark.slow
def test_an_article_parsed_in_pieces_is_held_to_the_time_limit_too(pipeline):
    nlp = pipeline.nlp
    nlp.add_pipe("test_stalls_on_marker", name="stalls", before="parser")
    try:
        runner = Pipeline(nlp, batch_size=4, article_timeout=1.0, chunk_chars=200)
        said = '"The pier reopens in May," Mayor Maria Lopez said.'
        texts = [said, "\n\n".join([said] * 8 + ["This long article goes STALL."]), said]  # over 200 characters: in pieces
        records = list(runner.process(Article(id=f"a{n}", text=text) for n, text in enumerate(texts)))
    finally:
        nlp.remove_pipe("stalls")
    # Before: a long article was parsed while the next one was read, with the clock stopped.
    assert [r.id for r in records] == ["a0", "a1", "a2"]
    assert records[1].error.type == "ArticleTimeout"
    assert records[0].quotes and records[2].quotes
