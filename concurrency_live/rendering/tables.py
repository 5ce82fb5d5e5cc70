"""The one table builder: every table a renderer generates is built here."""

from __future__ import annotations


def table(head: list[str], align: list[str], rows: list[list[str]]) -> str:
    """A Markdown table: header cells, one alignment marker per column, then the rows."""
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
