"""What a database output already holds, read for ``--resume`` and ``--append``: one reading for
the DuckDB and the SQLite writers.

The two writers' ``held_articles`` and ``held_rows`` were the same lines until session 66, apart
from how a read-only connection opens, which exception the driver raises and the database's name
in the message; :class:`HeldDatabase` carries those three (and the writer's check against a
database of someone else's), so a fix to the reading is made once. Each writer still imports its
driver itself, when asked: DuckDB is an optional extra.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsmine.errors import OutputError


@dataclass(frozen=True)
class HeldDatabase:
    """A database kind as the readings below need it."""

    name: str  # "DuckDB", "SQLite": how the error message names the output
    connect: Callable[[str | Path], AbstractContextManager[Any]]  # a read-only connection, closed on exit
    error: type[Exception]  # the driver's own exception
    refuse_a_foreign_database: Callable[[str], None]  # raises OutputError for a database not newsmine's


def held_articles(path: str | Path, database: HeldDatabase) -> Counter[tuple[str | None, str]]:
    """Records per ``(source path, article id)`` in the database at ``path`` (for ``--resume``)."""
    if not os.path.exists(path):
        return Counter()
    database.refuse_a_foreign_database(str(path))
    try:
        with database.connect(path) as db:
            rows = db.execute("SELECT source_path, article_id, count(*) FROM articles GROUP BY source_path, article_id").fetchall()
    except database.error as exc:
        raise OutputError(f"cannot resume {path}: {exc}; is it a newsmine {database.name} output?") from exc
    return Counter({(source_path, article_id): n for source_path, article_id, n in rows})


def held_rows(path: str | Path, database: HeldDatabase, batch_rows: int) -> Iterator[list[tuple[str, str | None]]]:
    """Batches of ``(article_id, source_path)``, one per article the database at ``path`` holds,
    in table order (for ``--append``: :func:`newsmine.writers.held_paths_by_id`); none when
    ``path`` does not exist. Raises :class:`OutputError` for a database that is not newsmine's."""
    if not os.path.exists(path):
        return
    database.refuse_a_foreign_database(str(path))
    try:
        with database.connect(path) as db:
            cursor = db.execute("SELECT article_id, source_path FROM articles")
            while batch := cursor.fetchmany(batch_rows):
                yield batch
    except database.error as exc:
        raise OutputError(f"cannot append to {path}: {exc}; is it a newsmine {database.name} output?") from exc
