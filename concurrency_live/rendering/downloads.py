"""Files the site publishes beside its pages (results to download), written by the hook.

A renderer calls :func:`publish` and puts the returned address in a link (:func:`results_link`
does both for a run's results); the hook makes that address relative to the page and writes
the file into ``<site>/data/`` after the build.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from concurrency_live.running.runner import Run
from concurrency_live.words import t

PLACEHOLDER = "@site-data/"
FOLDER = "data"
published: dict[str, bytes] = {}


_recordings: list[dict[str, bytes]] = []


def publish(name: str, data: bytes) -> str:
    """Publish ``data`` as ``data/<name>`` in the site; returns the address for a link."""
    published[name] = data
    for files in _recordings:
        files[name] = data
    return PLACEHOLDER + name


@contextlib.contextmanager
def recording():
    """Collect, in the yielded dict, every file published until the block ends (a page that
    concurrency_live/site_hooks/page_cache.py keeps must publish them again)."""
    files: dict[str, bytes] = {}
    _recordings.append(files)
    try:
        yield files
    finally:
        _recordings.remove(files)


def results_link(record: Run, lang: str = "en") -> str:
    """A link to the run's results (every round included) as a JSON file, published with the
    site."""
    document = {
        "snippet": record.snippet,
        "interpreter": record.interpreter,
        "elapsed": record.elapsed,
        "results": record.results,
    }
    data = json.dumps(document, indent=1, sort_keys=True).encode()
    machine = record.results["machine"]
    gil = "" if machine["gil_enabled"] else "-nogil"
    filename = f"{Path(record.snippet).stem}-{machine['version']}{gil}.json"
    href = publish(filename, data)
    text = t("bench.download", lang, name=filename, size=len(data) / 1024)
    return f'<a href="{href}" download="{filename}">{text}</a>'


def resolve(html: str, page_url: str) -> str:
    """Turn placeholder addresses into ones relative to the page at ``page_url``."""
    depth = len([part for part in page_url.split("/") if part])
    return html.replace(PLACEHOLDER, "../" * depth + FOLDER + "/")
