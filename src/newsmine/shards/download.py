"""A shard's URL input, copied to local disk with a time limit, so a stalled download fails its
shard instead of hanging the run.

A worker reading a URL copies it to its temporary directory first (the readers seek in files; a
CC-NEWS WARC is about 1 GB: disk, not memory). A server that stops sending mid-file, or never
answers, held the shard, and the run's progress line, as long as the client library let it
(worker49, review49c): for ``https://`` aiohttp's default limit of 300 s on a whole request,
after which (read from the code, not tried) the stall became one error record in a *complete*
shard, which ``--resume`` then never retried, as a large file streamed in one request could
too; with no limit of the library's, until Ctrl-C. Now a download that receives **no data for ``seconds``**
(:data:`DEFAULT_DOWNLOAD_TIMEOUT`, ``--download-timeout``) raises :class:`DownloadTimeout`, which
fails the shard as an output that cannot be written does: it is reported, has no part and no
marker, the run goes on (exit 3) and ``--resume`` retries it. A download that fails otherwise
(404, access denied) is still one error record in a complete shard: retrying does not mend it.
The limit is on silence, not on the whole copy, so a 1 GB file on a slow link is not cut short
while bytes keep coming.

**The libraries' own timeouts first** (:func:`storage_options`): each fsspec filesystem that
has one gets it, so the stalled read raises where it waits and its connection is closed —
``http(s)://`` aiohttp's ``ClientTimeout(sock_connect=, sock_read=)`` (and no ``total``),
``s3://`` botocore's ``connect_timeout`` and ``read_timeout``, ``ftp://`` the socket's. **A watch
over the copy** (:func:`copy_with_time_limit`) covers the rest: the copy runs in a helper thread
and the shard's thread waits on it, failing the shard once no chunk has arrived for ``seconds``
plus :data:`_GRACE_SECONDS` (so a library's own timeout, and its message, come first). Needed
because not every filesystem has such an option (``sftp://`` bounds its connection
only; gcsfs's ``timeout`` is undocumented and did not end a stalled request, fsspec/gcsfs issue
633) and a library may retry a timed-out read several times (botocore five): the helper thread,
left waiting on its socket, is a daemon and ends with the process. A thread, not ``SIGALRM``: a
Dask worker runs shards in threads, where no signal can be set.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["DEFAULT_DOWNLOAD_TIMEOUT", "DownloadTimeout", "copy_with_time_limit", "local_copy", "storage_options"]

# Five minutes without a byte: no live server pauses that long mid-file (aiohttp's own default
# caps a whole request at the same figure; botocore gives up a read after 60 s, five times).
DEFAULT_DOWNLOAD_TIMEOUT = 300.0
# The watch waits this much longer than the libraries' timeouts, which close their connection
# and say what timed out.
_GRACE_SECONDS = 5.0
_CHUNK_BYTES = 1 << 20


class DownloadTimeout(Exception):
    """A shard's URL sent no data for the time limit: the shard fails (no part, no marker) and
    ``--resume`` retries it."""


def storage_options(url: str, seconds: float | None) -> dict[str, object]:
    """The fsspec options that give ``url``'s filesystem a timeout of its own of ``seconds``
    (connecting, and each read), for the filesystems that have one; ``{}`` otherwise."""
    if not seconds:
        return {}
    protocol = url.split("://", 1)[0].lower()
    if protocol in ("http", "https"):
        try:
            import aiohttp
        except ImportError:
            return {}  # fsspec's own message then says to install it
        return {"client_kwargs": {"timeout": aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)}}
    if protocol in ("s3", "s3a"):
        return {"config_kwargs": {"connect_timeout": seconds, "read_timeout": seconds}}
    if protocol == "ftp":
        return {"timeout": seconds}
    return {}


def copy_with_time_limit(url: str, target: str, seconds: float | None) -> None:
    """Copy ``url`` to the local file ``target``; :class:`DownloadTimeout` when no data came for
    ``seconds`` (None or 0: no limit); what the copy raised otherwise."""
    if not seconds:
        _copy(url, target, storage_options(url, seconds), [0.0])
        return
    last_data = [time.monotonic()]
    failure: list[BaseException] = []
    finished = threading.Event()

    def copy() -> None:
        try:
            _copy(url, target, storage_options(url, seconds), last_data)
        except BaseException as exc:  # noqa: BLE001 - handed to the shard's thread, which raises it
            failure.append(exc)
        finally:
            finished.set()

    threading.Thread(target=copy, name=f"newsmine-download-{os.path.basename(target)}", daemon=True).start()
    limit = seconds + _GRACE_SECONDS
    while not finished.wait(min(1.0, limit)):
        if time.monotonic() - last_data[0] > limit:
            raise DownloadTimeout(_stalled(url, seconds))
    if failure:
        if _is_timeout(failure[0]):
            raise DownloadTimeout(_stalled(url, seconds, type(failure[0]).__name__)) from failure[0]
        raise failure[0]


def _copy(url: str, target: str, options: dict[str, object], last_data: list[float]) -> None:
    import fsspec

    with fsspec.open(url, "rb", **options) as source, open(target, "wb") as copy:
        while chunk := source.read(_CHUNK_BYTES):
            copy.write(chunk)
            last_data[0] = time.monotonic()


def _stalled(url: str, seconds: float, raised: str | None = None) -> str:
    """The message; ``raised``: the library's own timeout that said so (aiohttp's, as fsspec's FSTimeoutError)."""
    said = f"{raised}, --download-timeout" if raised else "--download-timeout"
    return f"{url} sent no data for {seconds:g} s ({said}); --resume retries the shard"


def _is_timeout(exc: BaseException) -> bool:
    """A library's timeout, whatever its class: ``TimeoutError`` (asyncio's and the socket's
    too), aiohttp's ``ServerTimeoutError``, botocore's ``ReadTimeoutError`` and
    ``ConnectTimeoutError``, here or as the cause of what was raised."""
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, TimeoutError) or any("Timeout" in cls.__name__ for cls in type(exc).__mro__):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


@contextmanager
def local_copy(input_path: str, seconds: float | None = DEFAULT_DOWNLOAD_TIMEOUT) -> Iterator[tuple[str, str | None]]:
    """``(local path, None)``: the input itself, or a temporary copy of a URL's bytes; ``(path,
    why)`` when the URL cannot be read (one error record for the file, as the readers make for a
    local one). A stall raises :class:`DownloadTimeout` instead (the shard fails)."""
    if "://" not in input_path or input_path.startswith("file://"):
        yield input_path.removeprefix("file://"), None
        return
    with tempfile.TemporaryDirectory(prefix="newsmine-shard-") as folder:
        local = os.path.join(folder, input_path.rstrip("/").rsplit("/", 1)[-1] or "input")
        try:
            copy_with_time_limit(input_path, local, seconds)
        except (OSError, ValueError, ImportError) as exc:  # ImportError: the fsspec extra is missing
            yield local, f"cannot read {input_path}: {type(exc).__name__}: {exc}"
            return
        yield local, None

