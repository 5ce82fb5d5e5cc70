"""Files the site publishes beside its pages (results to download), written by the hook.

A renderer calls :func:`publish` and puts the returned address in a link; the hook makes
that address relative to the page and writes the file into ``<site>/data/`` after the build.
"""

from __future__ import annotations

PLACEHOLDER = "@site-data/"
FOLDER = "data"
published: dict[str, bytes] = {}


def publish(name: str, data: bytes) -> str:
    """Publish ``data`` as ``data/<name>`` in the site; returns the address for a link."""
    published[name] = data
    return PLACEHOLDER + name


def resolve(html: str, page_url: str) -> str:
    """Turn placeholder addresses into ones relative to the page at ``page_url``."""
    depth = len([part for part in page_url.split("/") if part])
    return html.replace(PLACEHOLDER, "../" * depth + FOLDER + "/")
