"""review66a's mends of output66: an ``--overwrite`` that writes beside the old output and renames
its own over it keeps the old file's permission bits (a private output stayed private when the
file was emptied in place; renamed over, it took the process's umask)."""

from __future__ import annotations

import os
import stat

import pytest

from tests.corpus import harbour_1, sample_records
from tests.test_writers import _write  # (target, format, records, mode)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("format, name, table", [
    ("json", "out.json", ""), ("csv", "out_csv", "quotes.csv"), ("duckdb", "out.duckdb", ""), ("sqlite", "out.sqlite", ""),
])
def test_an_overwrite_keeps_a_private_outputs_permissions(tmp_path, format, name, table):
    target = tmp_path / name
    _write(target, format, sample_records())
    private = target / table if table else target
    os.chmod(private, 0o600)
    _write(target, format, [harbour_1()], mode="overwrite")
    assert _mode(private) == 0o600


def test_near_miss_a_new_output_takes_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        _write(tmp_path / "out.json", "json", sample_records())
    finally:
        os.umask(previous)
    assert _mode(tmp_path / "out.json") == 0o644


def test_an_overwritten_csv_directory_holds_every_table_and_nothing_hidden(tmp_path):
    """The tables are renamed over the old ones first, then the old files no table replaced go."""
    target = tmp_path / "out_csv"
    _write(target, "csv", sample_records())
    tables = sorted(file.name for file in target.iterdir())
    _write(target, "csv", [harbour_1()], mode="overwrite")
    assert sorted(file.name for file in target.iterdir()) == tables
    with open(target / "articles.csv", encoding="utf-8") as handle:
        assert len(handle.read().splitlines()) == 2  # the header and harbour_1's row


def _a_process_id_no_process_has() -> int:
    pid = 4_000_000  # above Linux's largest (4,194,304 at most)
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid += 1


@pytest.mark.parametrize("format, name", [("json", "out.json"), ("duckdb", "out.duckdb"), ("sqlite", "out.sqlite")])
def test_an_overwrite_removes_the_copy_a_killed_run_left_beside(tmp_path, format, name):
    """A kill -9 during an --overwrite left its whole copy beside the output, and no later run (of
    another process id) removed it."""
    target = tmp_path / name
    _write(target, format, sample_records())
    killed = tmp_path / f".{name}.newsmine-{_a_process_id_no_process_has()}.tmp"
    killed.write_bytes(b"[\n")
    _write(target, format, [harbour_1()], mode="overwrite")
    assert not killed.exists()


def test_near_miss_the_copy_of_a_run_still_going_stays(tmp_path):
    target = tmp_path / "out.json"
    _write(target, "json", sample_records())
    running = tmp_path / f".out.json.newsmine-{os.getppid()}.tmp"  # the process that started this one's
    running.write_bytes(b"[\n")
    _write(target, "json", [harbour_1()], mode="overwrite")
    assert running.read_bytes() == b"[\n"


@pytest.mark.parametrize("on_a_processor, had", [
    (0.02, "under 0.1"),  # said "0.0 s", as if the article had had no time at all
    (0.05, "0.1"), (0.4, "0.4"),  # near misses: tenths, as output66 made them
])
def test_a_tiny_processor_share_is_said_as_under_a_tenth(on_a_processor, had):
    from newsmine.time_limit import _processor_share

    assert _processor_share(1.0, on_a_processor) == (f", though it had {had} s on a processor (the machine was busy "
                                                     "with other work)")
