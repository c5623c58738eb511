"""Cost of what ``--append`` reads from the output before it writes (``batch._held_by_id``).

Builds a synthetic newsmine-like DuckDB and SQLite output (``newsmine_meta`` and an ``articles``
table of N rows, one source path of about 40 characters per article, 1 % of the ids held a second
time under another path), then measures ``_held_by_id`` in a fresh process: wall time and the
rise of peak RSS over the process before the call (``resource.getrusage``).

    python benchmarks/append_held.py build /tmp/held 1000000
    python benchmarks/append_held.py measure /tmp/held/out.duckdb duckdb
    python benchmarks/append_held.py measure /tmp/held/out.db sqlite

Run ``measure`` with ``PYTHONPATH`` pointing at the tree to measure (before/after).
"""

from __future__ import annotations

import os
import resource
import sqlite3
import sys
import time


def rows(n: int):
    for i in range(n):
        yield f"article-{i:07d}", f"crawl/2026-12-05/site-{i % 997:03d}/article-{i:07d}.html"
    for i in range(0, n, 100):  # 1 %: a namesake from another path
        yield f"article-{i:07d}", f"crawl/2026-12-06/site-{i % 991:03d}/article-{i:07d}.html"


def build(directory: str, n: int) -> None:
    import duckdb

    os.makedirs(directory, exist_ok=True)
    for name in ("out.duckdb", "out.db"):
        if os.path.exists(os.path.join(directory, name)):
            os.remove(os.path.join(directory, name))
    with duckdb.connect(os.path.join(directory, "out.duckdb")) as db:
        db.execute("CREATE TABLE newsmine_meta (key VARCHAR, value VARCHAR)")
        db.execute("CREATE TABLE articles AS SELECT format('article-{:07d}', i) AS article_id, "
                   "format('crawl/2026-12-05/site-{:03d}/article-{:07d}.html', i % 997, i) AS source_path "
                   f"FROM range({n}) t(i)")
        db.execute("INSERT INTO articles SELECT format('article-{:07d}', i), "
                   "format('crawl/2026-12-06/site-{:03d}/article-{:07d}.html', i % 991, i) "
                   f"FROM range(0, {n}, 100) t(i)")
    with sqlite3.connect(os.path.join(directory, "out.db")) as db:
        db.execute("CREATE TABLE newsmine_meta (key TEXT, value TEXT)")
        db.execute("CREATE TABLE articles (article_id TEXT, source_path TEXT)")
        db.executemany("INSERT INTO articles VALUES (?, ?)", rows(n))


def measure(path: str, format: str) -> None:
    import duckdb  # noqa: F401  (imported before the baseline, as a run has it)

    from newsmine.batch import _held_by_id

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    held = _held_by_id(path, format)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{format}: {len(held):,} ids in {seconds:.2f} s; peak RSS +{(peak - before) / 1024:.0f} MB "
          f"(max {peak / 1024:.0f} MB)")


if __name__ == "__main__":
    if sys.argv[1] == "build":
        build(sys.argv[2], int(sys.argv[3]))
    else:
        measure(sys.argv[2], sys.argv[3])
