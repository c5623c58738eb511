"""Open ``newsmine explore`` in real headless Chromium: screenshot a canned query and check
that the browser shows each quote in its paragraph, quote marked and speaker in bold.

    python scripts/explore_screenshot.py                        # the bundled samples -> docs/explore.png
    python scripts/explore_screenshot.py records.db --speaker Reyes --png out.png

Without RECORDS it runs ``newsmine extract data/samples`` into a temporary SQLite database
first. It then starts ``newsmine explore`` on a free local port, loads the "quotes by a
speaker" canned query in Chromium (Debian: ``apt-get install chromium``; no host name resolves,
so nothing but the local server can answer), and fails unless the rendered page holds marked
quotes and bold speakers and requested nothing from another host. Exit code 0: checked.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("report_screenshot", REPO / "scripts" / "report_screenshot.py")
report_screenshot = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_screenshot)

_QUOTE = re.compile(r'<mark class="newsmine-quote"[^>]*>([^<]+)</mark>')
_SPEAKER = re.compile(r'<strong class="newsmine-speaker"[^>]*>([^<]+)</strong>')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def explore(database: Path, *, timeout: float = 60) -> Iterator[str]:
    """Run ``newsmine explore database`` until the block ends; yields its base URL."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsmine", "explore", str(database), "--port", str(port)],
                              cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    raise SystemExit(f"newsmine explore did not start: {server.communicate()[1].strip()}") from None
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.communicate(timeout=30)


def check(database: Path, png: Path, speaker: str, *, width: int = 1400, height: int = 900) -> tuple[list[str], list[str]]:
    """Screenshot the 'quotes by a speaker' page; returns (marked quotes, bold speakers) as the
    browser rendered them. Fails if the page asked another host for anything."""
    with explore(database) as base, tempfile.TemporaryDirectory(prefix="newsmine-explore-") as tmp:
        url = f"{base}/{database.stem}/quotes_by_speaker?speaker={urllib.parse.quote(speaker)}"
        dom = Path(tmp) / "dom.html"
        requests = report_screenshot.screenshot_url(url, png, width=width, height=height, dom=dom)
        rendered = dom.read_text(encoding="utf-8")
    elsewhere = [request for request in requests if not request.startswith(base)]
    if elsewhere:
        raise SystemExit(f"the page made requests to other hosts: {elsewhere}")
    return _QUOTE.findall(rendered), _SPEAKER.findall(rendered)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", nargs="?", type=Path, help="a SQLite output (default: extract data/samples)")
    parser.add_argument("--speaker", default="Guterres", help="the speaker to look up (default: Guterres)")
    parser.add_argument("--png", type=Path, default=REPO / "docs" / "explore.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsmine-explore-") as tmp:
        database = args.records
        if database is None:
            database = Path(tmp) / "records.db"
            subprocess.run([sys.executable, "-m", "newsmine", "extract", str(REPO / "data" / "samples"), "--output",
                            str(database)], check=True, cwd=REPO)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        quotes, speakers = check(database.resolve(), args.png, args.speaker)
    if not quotes or not speakers:
        raise SystemExit(f"the page shows no marked quote ({len(quotes)}) or no bold speaker ({len(speakers)})")
    print(f"{args.png}: {len(quotes)} marked quote pieces, speakers in bold: {', '.join(sorted(set(speakers)))}")


if __name__ == "__main__":
    main()
