"""A sharded run's output directory: its lock (:func:`_output_lock`, beside it or, when its
folder may not be written, inside it as :data:`LOCK_INSIDE`), the shards' plan written before
any shard runs (:func:`_write_plan`), the directory checked, cleared or resumed against its
manifest (:func:`_prepare_output`, :func:`_check_manifest`), and the temporary files of killed
attempts swept (:func:`_sweep_temporaries`). Split from :mod:`newsmine.shards` (session 50).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import nullcontext

from newsmine.errors import OutputError, UsageError
from newsmine.manifest import (
    MANIFEST_NAME,
    differences,
    manifest_bytes,
    no_manifest_warning,
    parse_manifest,
    refusal,
)
from newsmine.shards.plan import PLAN_NAME, plan_bytes
from newsmine.shards.task import MARKERS, RECORDS, _remove_quietly, _write_atomically
from newsmine.shards.writing_note import NOTE_NAME
from newsmine.writers.run_lock import output_lock
from newsmine.writers.tables import TABLES
from newsmine.writers.target import require_folder

# The lock file a sharded run holds inside its directory when the folder around it may not be
# written (writers/run_lock.output_lock's ``inside``); hidden, and one of the directory's own files.
LOCK_INSIDE = ".newsmine.lock"


def _output_lock(output_dir: str):
    """The output directory's lock (:mod:`newsmine.writers.run_lock`), held by the client, on a
    local pool and on Dask alike; none for an object store, where no lock spans the clients (a
    note tells two runs of each other there instead: :mod:`newsmine.shards.writing_note`).
    Beside the directory, or, when its folder may not be written, inside it as
    :data:`LOCK_INSIDE` (a sharded run into ``/shared/project/out/`` made for the user worked
    before it took a lock, and must still)."""
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, root = fsspec.core.url_to_fs(output_dir)
    if not isinstance(fs, LocalFileSystem):
        return nullcontext()
    return output_lock(root if "://" in output_dir else output_dir, inside=LOCK_INSIDE)  # named as the user wrote it


def _write_plan(output_dir: str, names: list[str]) -> None:
    """``DIR/_newsmine-shards.json``: the shards this run was given (:mod:`newsmine.shards.plan`)."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(output_dir)
    _write_atomically(fs, f"{root.rstrip('/')}/{PLAN_NAME}", plan_bytes(names))


def _prepare_output(output_dir: str, *, resume: bool, overwrite: bool, settings: dict[str, object] | None = None,
                    on_warning: Callable[[str], None] | None = None, clear_temporaries: bool = True) -> set[str]:
    """Names of the complete shards already in ``output_dir`` (for ``resume``); refuses a
    directory holding a sharded run unless resuming or overwriting (which removes newsmine's
    files only), and one holding only other files whatever the flags. With ``settings`` (the
    run's, :func:`newsmine.manifest.run_settings`), a resume is checked against the directory's
    manifest (:func:`_check_manifest`), and a run that starts the directory writes it.

    A local output directory is created, but not the folder it goes in, as for every other
    output (``writers.target.require_folder``): a typo in a long path (``/data/runs/2O24/out``)
    then stops the run at once instead of sending hours of parts into a new tree no one looks
    in, and ``-o a/b/out`` with or without ``--shards`` does the same. Before, a sharded run
    created the missing folders and a streamed Parquet or CSV run refused them. Object stores
    (``s3://``) have no folders to check.

    ``clear_temporaries``: a resume removes the temporary files of killed attempts, unless
    another run may be writing the directory (an object store's note said so:
    :mod:`newsmine.shards.writing_note`), whose attempts' files they may be."""
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    fs, root = fsspec.core.url_to_fs(output_dir)
    root = root.rstrip("/")
    if isinstance(fs, LocalFileSystem) and not fs.exists(root):
        require_folder(root if "://" in output_dir else output_dir)  # named as the user wrote it
    markers = _listing(fs, f"{root}/{MARKERS}/*.json")
    tables = [MARKERS, RECORDS, *TABLES]
    owned = [path for table in tables for path in _listing(fs, f"{root}/{table}/*") + _listing(fs, f"{root}/{table}/.*.tmp-*")]
    manifest = f"{root}/{MANIFEST_NAME}"
    # A run killed while writing its manifest leaves the manifest's temporary file (_write_atomically).
    stale_manifests = _listing(fs, f"{root}/.{MANIFEST_NAME}.tmp-*") + _listing(fs, f"{root}/.{PLAN_NAME}.tmp-*")
    # (A run stopped before its first part leaves the tables' folders empty, and its manifest: those are its own.)
    if not owned and fs.isdir(root) and [entry for entry in fs.ls(root, detail=False)
                                         if entry.rstrip("/").rsplit("/", 1)[-1] not in (*tables, MANIFEST_NAME, PLAN_NAME,
                                                                                          LOCK_INSIDE, NOTE_NAME)
                                         and entry.rstrip("/") not in stale_manifests]:
        # As a streamed run refuses it: the parts went among someone else's files, flags or not.
        raise OutputError(f"{output_dir} holds files newsmine did not write and no sharded run; name a new or empty "
                          "directory for the run's parts")
    if resume:
        complete = {path.rsplit("/", 1)[-1].removesuffix(".json") for path in markers}
        if settings is not None:
            _check_manifest(fs, manifest, output_dir, settings, complete=bool(complete), on_warning=on_warning)
        # Temporary files of attempts killed before their rename (a kill -9 cannot clean up);
        # no reader ever sees them, and this run redoes their shards.
        for stale in [path for table in tables for path in _listing(fs, f"{root}/{table}/.*.tmp-*")] + stale_manifests:
            if clear_temporaries:
                fs.rm(stale)
        return complete
    if owned and not overwrite:
        raise OutputError(f"{output_dir} holds a sharded run; pass --resume to continue it or --overwrite to replace it")
    if fs.exists(root) and fs.isfile(root):
        raise OutputError(f"{output_dir} is a file; a sharded run writes a directory")
    for path in owned + stale_manifests:
        fs.rm(path)
    fs.makedirs(root, exist_ok=True)
    if settings is not None:
        _write_atomically(fs, manifest, manifest_bytes(settings))
    return set()


def _check_manifest(fs, manifest: str, output_dir: str, settings: dict[str, object], *, complete: bool,
                    on_warning: Callable[[str], None] | None) -> None:
    """Refuse a resume whose settings differ from those the directory's complete shards were made
    under; a directory without complete shards takes this run's settings as its own."""
    if not complete:
        _write_atomically(fs, manifest, manifest_bytes(settings))  # (it makes the directory)
        return
    try:
        with fs.open(manifest, "rb") as handle:
            recorded = parse_manifest(handle.read())
    except OSError:  # none (FileNotFoundError), or one that cannot be read
        recorded = None
    if recorded is None:
        if on_warning is not None:
            on_warning(no_manifest_warning(output_dir))
        return
    found = differences(recorded, settings)
    if found:
        raise UsageError(refusal(output_dir, found))


def _sweep_temporaries(output_dir: str, *, stopped: Iterable[str] = ()) -> None:
    """Remove the temporary files that attempts killed mid-shard left (a SIGKILL runs no
    cleanup) once their shard is complete: no reader sees them, but they take space. Those
    of incomplete shards stay until ``--resume`` clears them: an attempt may still be writing.

    ``stopped``: shards of a run stopped (Ctrl-C, SIGTERM) whose own workers are gone (killed
    local processes, a closed LocalCluster): nothing writes their temporary files any more, so
    they go too, and the stopped run leaves complete parts and markers only. (A remote
    cluster's workers may still be running such a shard: its files stay for ``--resume``.)"""
    import fsspec

    fs, root = fsspec.core.url_to_fs(output_dir)
    root = root.rstrip("/")
    complete = {path.rsplit("/", 1)[-1].removesuffix(".json") for path in _listing(fs, f"{root}/{MARKERS}/*.json")}
    finished = complete | set(stopped)
    for table in [MARKERS, RECORDS, *TABLES]:
        for path in _listing(fs, f"{root}/{table}/.*.tmp-*"):
            final = path.rsplit("/", 1)[-1][1:].rsplit(".tmp-", 1)[0]  # .<shard>.<ext>.tmp-<id>
            if final.rsplit(".", 1)[0] in finished:
                _remove_quietly(fs, path)


def _listing(fs, pattern: str) -> list[str]:
    try:
        return sorted(fs.glob(pattern))
    except FileNotFoundError:
        return []
