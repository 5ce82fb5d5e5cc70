"""Lighthouse (mobile preset) on every page of a built site, median of 3 runs, with budgets.

    python tools/lighthouse.py site/ [--runs 3]

Serves the site with gzip at the address SITE_URL names (set SITE_URL when building),
runs Lighthouse from node_modules with the system Chromium, prints a Markdown table of
scores and transferred kilobytes per page, writes it to lighthouse-reports/summary.md and
exits non-zero when a page misses a budget.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.serve import serving

PROJECT = Path(__file__).resolve().parent.parent
REPORTS = PROJECT / "lighthouse-reports"
BUDGET = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CATEGORIES = list(BUDGET)


def pages(site: Path, base: str) -> list[str]:
    """Every page of the built site (the sitemap leaves out notebooks), as a URL under ``base``."""
    found = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    return [base + ("" if path == "." else f"{path}/") for path in found]


def lighthouse(url: str, out: Path) -> dict:
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium")
    subprocess.run(
        [
            str(PROJECT / "node_modules" / ".bin" / "lighthouse"),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-background-networking",
        ],
        env={**os.environ, "CHROME_PATH": chrome},
        check=True,
        timeout=180,
    )
    report = json.loads(out.read_text())
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    scores["kb"] = report["audits"]["total-byte-weight"]["numericValue"] / 1024
    scores["failed"] = [
        a["id"]
        for a in report["audits"].values()
        if a.get("score") is not None and a["score"] < 1 and a.get("scoreDisplayMode") == "binary"
    ]
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="", help="pages whose address contains this text")
    args = parser.parse_args()
    site_url = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
    address = urlparse(site_url)
    REPORTS.mkdir(exist_ok=True)
    rows, missed = [], []
    with serving(args.site, port=address.port or 80, prefix=address.path) as base:
        for url in [u for u in pages(args.site, base) if args.only in u]:
            name = urlparse(url).path.strip("/").replace("/", "-") or "index"
            runs = [lighthouse(url, REPORTS / f"{name}-{i}.json") for i in range(args.runs)]
            median = {c: statistics.median(r[c] for r in runs) for c in [*CATEGORIES, "kb"]}
            failed = sorted({a for r in runs for a in r["failed"]})
            page = urlparse(url).path
            rows.append((page, median, failed))
            missed += [f"{page}: {c} {median[c]} < {b}" for c, b in BUDGET.items() if median[c] < b]
    lines = [
        "| Page | Performance | Accessibility | Best practices | SEO | KB transferred |",
        "|---|---|---|---|---|---|",
    ]
    for page, m, _ in rows:
        cells = " | ".join(f"{m[c]:g}" for c in CATEGORIES)
        lines.append(f"| `{page}` | {cells} | {m['kb']:.0f} |")
    table = "\n".join(lines)
    (REPORTS / "summary.md").write_text(table + "\n")
    print(table)
    for page, _, failed in rows:
        if failed:
            print(f"{page}: failing audits: {', '.join(failed)}")
    for line in missed:
        print("BUDGET MISSED:", line)
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
