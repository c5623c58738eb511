"""Render a newsmine HTML report in real headless Chromium: screenshot it and prove it
made no network request.

    python scripts/report_screenshot.py                      # the bundled samples -> docs/report.png
    python scripts/report_screenshot.py records.duckdb --png out.png --html out.html

Without RECORDS it runs ``newsmine extract data/samples`` into a temporary DuckDB database
first. Chromium (Debian: ``apt-get install chromium``) loads the page from a file:// URL
with a network log; the script fails if the log holds any request made by the page, or if
no screenshot was written. Exit code 0 means: rendered, nothing fetched.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


def page_requests(net_log: Path) -> list[str]:
    """URLs the *page* asked for, from Chromium's --log-net-log file.

    Chromium also makes requests of its own (update checks, network time, account lookup:
    ``initiator`` "not an origin"); those are not the page's doing, are kept from resolving any
    host by ``--host-resolver-rules``, and are left out here.
    """
    text = net_log.read_text(encoding="utf-8", errors="replace").rstrip().rstrip(",")
    if not text.endswith("}"):  # a log cut short by exit lacks its closing brackets
        text += "]}"
    log = json.loads(text)
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return sorted({
        event["params"]["url"] for event in log.get("events", [])
        # The job's begin event carries the URL; its end event only the result.
        if event.get("type") == start_job and "url" in event.get("params", {})
        and event["params"].get("initiator") != "not an origin"
    })


_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?')


def without_csp(html: Path, into: Path) -> Path:
    """A copy of the report without its Content-Security-Policy: the policy would block (and
    so hide from the network log) any request the markup makes; the check is on the markup."""
    text = html.read_text(encoding="utf-8")
    into.write_text(_CSP.sub("", text, count=1), encoding="utf-8")
    return into


def screenshot(html: Path, png: Path, *, width: int = 1200, height: int = 1600) -> list[str]:
    """Screenshot ``html`` into ``png``; returns the URLs the page requested (none, for a report)."""
    return screenshot_url(html.resolve().as_uri(), png, width=width, height=height)


def screenshot_url(url: str, png: Path, *, width: int = 1200, height: int = 1600, dom: Path | None = None) -> list[str]:
    """Screenshot the page at ``url`` into ``png`` (and its rendered DOM into ``dom``, if given);
    returns the URLs the page requested."""
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("chromium not found; install it (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="newsmine-chromium-") as profile:
        net_log = Path(profile) / "net-log.json"
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps", "--no-pings",
            "--disable-domain-reliability", "--disable-client-side-phishing-detection",
            "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,Translate,MediaRouter",
            # Nothing can leave the machine: no host name resolves but this machine's loopback
            # address (newsmine explore's local server). The page's own requests are still logged
            # (and make the check fail), they just cannot succeed.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--hide-scrollbars",
            f"--user-data-dir={profile}", f"--log-net-log={net_log}", f"--screenshot={png.resolve()}",
            f"--window-size={width},{height}", url,
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
        if dom is not None:  # a second load: --dump-dom and --screenshot do not combine
            dumped = subprocess.run([c for c in command if not c.startswith(("--screenshot", "--log-net-log"))][:-1]
                                    + ["--dump-dom", url], check=True, capture_output=True, timeout=120, text=True)
            dom.write_text(dumped.stdout, encoding="utf-8")
        if not net_log.exists():
            raise SystemExit("chromium wrote no network log; cannot tell whether the page made requests")
        requests = page_requests(net_log)
    if not png.exists() or png.stat().st_size < 5_000:
        raise SystemExit(f"chromium wrote no screenshot to {png}")
    return requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", nargs="?", help="records to report on (default: extract data/samples)")
    parser.add_argument("--png", type=Path, default=REPO / "docs" / "report.png")
    parser.add_argument("--html", type=Path, help="keep the HTML report here (default: a temporary file)")
    parser.add_argument("--height", type=int, default=1980, help="window height in pixels (the screenshot's height)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsmine-report-") as tmp:
        records = args.records
        if records is None:
            records = str(Path(tmp) / "samples.duckdb")
            subprocess.run([sys.executable, "-m", "newsmine", "extract", str(REPO / "data" / "samples"), "--output", records],
                           check=True, cwd=REPO)
        html = (args.html or Path(tmp) / "report.html").resolve()
        records_path = Path(records).resolve()
        # Run from the records' folder so the page's heading names the file, not a temporary path.
        subprocess.run([sys.executable, "-m", "newsmine", "report", records_path.name, "--html", str(html)], check=True,
                       stdout=subprocess.DEVNULL, cwd=records_path.parent)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        requests = screenshot(without_csp(html, Path(tmp) / "report-no-csp.html"), args.png, height=args.height)
    if requests:
        raise SystemExit(f"the report made network requests: {requests}")
    print(f"{args.png}: rendered by {find_chromium()}; the page made no request")


if __name__ == "__main__":
    main()
