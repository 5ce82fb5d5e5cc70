"""How fast the writer's loop is: the time from starting the server to the first page served,
then, for each of a few one-line edits to docs/about.md, the time from saving the file to the
page served with the new line. Run from the project's root:

    python3 tools/measure_serve.py                 # nox -s serve -R (the installed session)
    python3 tools/measure_serve.py --edits 5 -- .venv/bin/python -m \\
        concurrency_live.site_hooks.writers_loop serve --dev-addr 127.0.0.1:8123

It prints each time and MkDocs' own "Documentation built in" figures. The page is restored and
rebuilt before the server stops, so that the next start finds a warm cache. A server started
without a command gets SERVE_ADDRESS; one given a command must listen on --port.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PAGE = Path("docs/about.md")


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("command", nargs="*")
    options = parser.parse_args()
    address = f"127.0.0.1:{options.port}"
    command = options.command or ["nox", "-s", "serve", "-R"]
    env = {**os.environ, "SERVE_ADDRESS": address, "SNIPPETS_CACHE": "reuse"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.pop("PYTHONUNBUFFERED", None)
    url = f"http://{address}/concurrency-live/about/"
    with tempfile.NamedTemporaryFile("w+", suffix=".log") as log:
        measure(command, env, url, options.edits, log)


def measure(command: list[str], env: dict, url: str, edits: int, log) -> None:
    start = time.perf_counter()
    server = subprocess.Popen(
        command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    original = PAGE.read_text(encoding="utf-8")
    try:
        while fetch(url) is None:
            if server.poll() is not None:
                sys.exit(f"the server stopped; its log:\n{Path(log.name).read_text()}")
            time.sleep(0.02)
        print(f"start: {time.perf_counter() - start:.2f} s to the first page")
        for edit in range(edits):
            time.sleep(1.5)
            marker = f"Edit marker {time.time_ns()}"
            saved = time.perf_counter()
            PAGE.write_text(original.replace("\n\n", f"\n\n{marker}\n\n", 1), encoding="utf-8")
            while marker not in (fetch(url) or ""):
                time.sleep(0.01)
            print(f"edit {edit + 1}: {time.perf_counter() - saved:.2f} s from saving to the page")
    finally:
        PAGE.write_text(original, encoding="utf-8")
        if edits:  # the restored page built, so that the next start finds it
            time.sleep(1.0)
            while "Edit marker" in (fetch(url) or "Edit marker"):
                time.sleep(0.05)
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    builds = re.findall(r"Documentation built in ([\d.]+) seconds", Path(log.name).read_text())
    print("MkDocs' figures (start, edits, restore):", ", ".join(f"{b} s" for b in builds))


if __name__ == "__main__":
    main()
