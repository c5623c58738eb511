"""The runners' streaming window and the per-batch function, without worker processes."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from newsmine.articles import Article
from newsmine.errors import UsageError
from newsmine.runners.dask import parse_local_workers
from newsmine.runners.window import batched, stream_batches


class _Future:
    """A future the test completes by hand."""

    def __init__(self, batch):
        self.batch = batch
        self.finished = False

    def done(self) -> bool:
        return self.finished

    def result(self):
        self.finished = True
        return self.batch


class _Pool:
    """Submits batches and records the most that were ever outstanding at once."""

    def __init__(self, finish_in_reverse: bool = False):
        self.outstanding: list[_Future] = []
        self.most_outstanding = 0
        self.finish_in_reverse = finish_in_reverse

    def submit(self, batch) -> _Future:
        future = _Future(batch)
        self.outstanding.append(future)
        self.most_outstanding = max(self.most_outstanding, len(self.outstanding))
        return future

    def wait_first(self, futures: set) -> set:
        chosen = max(futures, key=lambda f: f.batch) if self.finish_in_reverse else min(futures, key=lambda f: f.batch)
        chosen.finished = True
        return {chosen}

    def collected(self, results):
        for result in results:
            self.outstanding = [f for f in self.outstanding if f.batch != result]
            yield result


def _consumed_lazily(count: int, seen: list[int]):
    for number in range(count):
        seen.append(number)
        yield number


@pytest.mark.parametrize("ordered", [True, False])
def test_stream_batches_keeps_at_most_max_in_flight_batches_outstanding(ordered):
    pool = _Pool(finish_in_reverse=True)
    read: list[int] = []
    results = pool.collected(
        stream_batches(_consumed_lazily(50, read), pool.submit, pool.wait_first, max_in_flight=4, ordered=ordered)
    )
    first = next(results)
    # The input is read only as far as the window reaches, not to the end.
    assert len(read) <= 4
    rest = list(results)
    assert pool.most_outstanding <= 4
    assert sorted([first, *rest]) == list(range(50))
    if ordered:
        assert [first, *rest] == list(range(50))


def test_stream_batches_unordered_yields_batches_as_they_finish():
    pool = _Pool(finish_in_reverse=True)
    results = list(stream_batches(iter(range(6)), pool.submit, pool.wait_first, max_in_flight=3, ordered=False))
    # With the newest batch always finishing first, input order is not kept.
    assert results != list(range(6))
    assert sorted(results) == list(range(6))


def test_batched_splits_a_stream_into_lists_of_the_given_size():
    assert list(batched(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_parse_local_workers_reads_local_and_local_n_and_leaves_addresses_alone():
    assert parse_local_workers("local") == 0
    assert parse_local_workers("local:3") == 3
    assert parse_local_workers("tcp://10.0.0.5:8786") is None
    with pytest.raises(UsageError, match="local:N"):
        parse_local_workers("local:many")


def test_process_batch_returns_serialised_records_with_keys_and_word_counts(pipeline):
    from newsmine.runners.work import outcome_of

    article = Article(id="a1", text="Mayor Ana Ruiz said the bridge would reopen on Friday.", source_path="x/a1.txt")
    empty = Article(id="a2", text="  ", source_path="x/a2.txt")
    ok, failed = [outcome_of(record) for record in pipeline.process([article, empty])]
    assert ok.key == ("x/a1.txt", "a1") and ok.error_type is None and ok.words == 10
    assert ok.line.endswith(b"\n") and ok.line.count(b"\n") == 1
    assert failed.key == ("x/a2.txt", "a2") and failed.error_type == "EmptyArticle" and failed.words == 0


def test_parsed_docs_are_freed_at_once_not_left_for_the_garbage_collector(pipeline):
    # Regression: spans kept on a Doc by the components pointed back at it, so every parsed
    # Doc waited for a full garbage collection and worker memory grew with the corpus.
    import gc

    from spacy.tokens import Doc

    names = ["Ana Ruiz", "Tom Reyes", "Paula Hart", "Omar Siddiq", "Lena Brooks"]
    # A direct quote: spans on every Doc whatever the model makes of the indirect 'said that
    # …, officials told' (the eleventh session's reranker drops the mayor's 'said' in one of them).
    texts = [f'"The bridge will reopen soon," Mayor {name} said on Friday, officials told reporters in Harbor City.'
             for name in names]
    articles = [Article(id=str(n), text=text) for n, text in enumerate(texts)]
    gc.collect()
    gc.disable()
    try:
        records = list(pipeline.process(articles))
        lingering = [o for o in gc.get_objects() if isinstance(o, Doc) and o.text in texts]
    finally:
        gc.enable()
    # The components did leave spans on each Doc (entities, dates, quotes) before it was freed.
    assert all(r.entities and r.dates and r.quotes for r in records)
    assert lingering == []


def test_batched_bounds_the_total_weight_and_lets_a_heavy_item_go_alone():
    batches = batched(iter([3, 3, 3, 10, 1, 1]), 5, max_weight=7, weight=lambda item: item)
    assert list(batches) == [[3, 3], [3], [10], [1, 1]]


class _LoadedModel:
    """Stands in for a Pipeline: an object graph with a reference cycle, as a spaCy model has."""

    loads = 0  # models built in this process (a forked child starts with its parent's count)

    def __init__(self, *args, **kwargs):
        self.parts = [self]
        type(self).loads += 1


def _models_loaded_here() -> int:
    from newsmine.runners import work

    work.warm_up(work.PipelineSettings())  # what every batch does first
    return _LoadedModel.loads


@pytest.fixture
def fake_model_loads(monkeypatch):
    import gc

    from newsmine.runners import work

    monkeypatch.setattr(work, "Pipeline", _LoadedModel)
    monkeypatch.setattr(work, "_PIPELINES", {})
    monkeypatch.setattr(work, "tune_allocator", lambda: False)
    threshold = gc.get_threshold()
    yield work
    gc.unfreeze()  # this test process is no long-running worker
    gc.set_threshold(*threshold)


def test_warm_up_puts_the_loaded_model_out_of_the_garbage_collectors_reach(fake_model_loads):
    # A full collection walks every object the collector tracks: with the model's 100,000
    # objects among them, two full collections cost 1 % of a 60-article run.
    import gc

    from newsmine.runners.work import PipelineSettings

    model = fake_model_loads.warm_up(PipelineSettings())
    assert isinstance(model, _LoadedModel) and gc.get_freeze_count() > 0
    assert not any(o is model for o in gc.get_objects())  # frozen objects are in no generation


def test_a_model_replaced_by_one_with_other_settings_is_still_freed(fake_model_loads):
    import gc
    import weakref

    from newsmine.runners.work import PipelineSettings

    first = weakref.ref(fake_model_loads.warm_up(PipelineSettings(batch_size=4)))
    second = fake_model_loads.warm_up(PipelineSettings(batch_size=8))
    gc.collect()
    assert first() is None and second is not None  # its cycle was not left frozen forever
    assert fake_model_loads.warm_up(PipelineSettings(batch_size=8)) is second  # loaded once per settings


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_inherit_the_model_the_parent_loaded_once(fake_model_loads, monkeypatch):
    import multiprocessing

    from newsmine.runners import local
    from newsmine.runners.work import PipelineSettings

    monkeypatch.setattr(local, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(_LoadedModel, "loads", 0)
    with local.worker_pool(PipelineSettings(), 2) as pool:
        in_workers = [pool.submit(_models_loaded_here).result() for _ in range(4)]
    assert _LoadedModel.loads == 1  # loaded here, before the fork
    assert in_workers == [1, 1, 1, 1]  # and never again in a worker


_FIRST_USE_BUILT: list[int] = []  # pids of the processes that built the first-use tables


def _first_use_tables_built_in() -> list[int]:
    return list(_FIRST_USE_BUILT)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_inherit_the_first_use_tables_the_parent_built(fake_model_loads, monkeypatch):
    import multiprocessing
    import os

    from newsmine.runners import local
    from newsmine.runners.work import PipelineSettings

    monkeypatch.setattr(local, "_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(local, "load_first_use_tables", lambda: _FIRST_USE_BUILT.append(os.getpid()))
    monkeypatch.setattr(sys.modules[__name__], "_FIRST_USE_BUILT", [])
    with local.worker_pool(PipelineSettings(), 2) as pool:
        in_workers = [pool.submit(_first_use_tables_built_in).result() for _ in range(2)]
    assert _FIRST_USE_BUILT == [os.getpid()]  # built once, here, before the fork
    assert in_workers == [[os.getpid()], [os.getpid()]]  # the workers have them from the parent


def test_the_first_use_tables_leave_the_values_unchanged():
    from newsmine.nlp.dates import normalise
    from newsmine.runners.work import load_first_use_tables

    load_first_use_tables()
    thursday = date(2025, 3, 20)
    assert normalise("last week", kind="date", published=thursday) == "2025-W11"
    assert normalise("two weeks ago", kind="date", published=thursday) == "2025-W10"


def test_the_first_use_tables_leave_the_language_detector_unloaded():
    # Session 47: plainly English text is told without py3langid's model (0.7 CPU s a process),
    # so a parent about to fork does not load it for English corpora.
    from newsmine.language import _identifier
    from newsmine.runners.work import load_first_use_tables

    _identifier.cache_clear()
    load_first_use_tables()
    assert _identifier.cache_info().currsize == 0


def _heartbeat_logs(exception: BaseException, message: str) -> list[str]:
    """What ``distributed.worker`` lets through of ``message`` logged with ``exception``, once
    a worker's preload (runners.dask's quieting of a closed scheduler's heartbeat) has run."""
    import logging

    from newsmine.runners import dask as dask_runner

    logger = logging.getLogger("distributed.worker")
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            seen.append(record.getMessage())

    handler = Keep()
    before = list(logger.filters)
    logger.addHandler(handler)
    try:
        dask_runner._quiet_heartbeat_to_a_closed_scheduler()
        dask_runner._quiet_heartbeat_to_a_closed_scheduler()  # once per process
        assert len(logger.filters) == len(before) + 1
        try:
            raise exception
        except BaseException:
            logger.exception(message)
    finally:
        logger.removeHandler(handler)
        logger.filters[:] = before
    return seen


def test_a_local_worker_is_quiet_when_its_heartbeat_finds_the_scheduler_closed():
    # review50b: a Ctrl-C of --dask local:2 closes the scheduler (in the client) while a
    # worker's heartbeat is in flight; the worker printed an ERROR and a CommClosedError
    # traceback over the run's one-line message (tests/test_shard_stop.py, 1 run in 6)
    pytest.importorskip("distributed")
    from distributed.comm.core import CommClosedError

    from newsmine.runners.dask import _HEARTBEAT_FAILED

    assert _heartbeat_logs(CommClosedError("in <TCP (closed)>: Stream is closed"), _HEARTBEAT_FAILED) == []


def test_other_worker_errors_are_still_logged():
    # near misses: a heartbeat that fails for another reason, and another message with a
    # closed connection, are logged as Dask logs them
    pytest.importorskip("distributed")
    from distributed.comm.core import CommClosedError

    from newsmine.runners.dask import _HEARTBEAT_FAILED

    assert _heartbeat_logs(ConnectionRefusedError("refused"), _HEARTBEAT_FAILED) == [_HEARTBEAT_FAILED]
    assert _heartbeat_logs(CommClosedError("closed"), "Unexpected exception during heartbeat. Closing worker.") == [
        "Unexpected exception during heartbeat. Closing worker."]


@pytest.mark.slow
def test_a_local_cluster_says_nothing_when_port_8787_is_taken():
    # review50b: a second --dask local run (or any cluster on the machine) held 8787, and the
    # scheduler's HTTP server warned "Port 8787 is already in use" over the run's output
    pytest.importorskip("distributed")
    import socket
    import warnings

    from newsmine.runners.dask import close_quietly, local_cluster

    holder = socket.socket()
    try:
        holder.bind(("", 8787))
        holder.listen()
    except OSError:
        pass  # held already by another process: in use all the same
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            cluster = local_cluster(1)
            close_quietly(cluster)
    finally:
        holder.close()
    assert not [str(w.message) for w in caught if "already in use" in str(w.message)]
