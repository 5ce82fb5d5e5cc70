"""Turn Run records into Markdown for a page. Pure functions: they never run a program."""

from __future__ import annotations

import re
import sys

from snippet_runner.fingerprint import fingerprint
from snippet_runner.messages import t
from snippet_runner.run import Run, config, run


def fence(text: str, lang: str, title: str | None = None, indent: str = "    ") -> str:
    """A fenced code block longer than any backtick run inside ``text``, so output stays text."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    head = f'{ticks}{lang} title="{title}"' if title else f"{ticks}{lang}"
    body = text.rstrip("\n")
    lines = [head, *body.splitlines(), ticks]
    return "\n".join(indent + line if line else line for line in lines)


def duration(seconds: float) -> str:
    """A duration with a unit a reader can scan: 2.31 s, 14.2 ms, 87 µs, 120 ns (the format
    of snippets/measure.py's human())."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if abs(seconds) >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def spread(stats: dict, scale: float = 1.0) -> str:
    """The "min &ndash; max" cell of a timing's statistics (divided by ``scale``: per item)."""
    return f"{duration(stats['min'] / scale)} &ndash; {duration(stats['max'] / scale)}"


def table(head: list[str], align: list[str], rows: list[list[str]]) -> str:
    """A Markdown table: header cells, one alignment marker per column, then the rows."""
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def time_spent(records: list[Run], key: str, lang: str = "en") -> str:
    """Message ``key`` with how many programs ran and how long they took together."""
    return t(key, lang, count=len(records), elapsed=sum(r.elapsed for r in records))


# Material's search skips an element marked data-search-exclude, but it tracks elements by tag
# name, so the mark stops working at the first nested element of the same tag that closes: a
# <div> around the tabs (which are divs) would let everything after the first tab back in. A
# <section> holds no other section. The attribute needs a value, or the page loses it.
UNSEARCHED = 'class="snippet-run" data-search-exclude=""'
# The line under each run (time, exit code, interpreter) says the same thing forty times.
META_ATTRS = '{ .snippet-meta data-search-exclude="" }'


def machine(fp: dict, lang: str = "en") -> str:
    gil = t("gil_on" if fp["gil_enabled"] else "gil_off", lang)
    return t("machine", lang, **{**fp, "gil": gil})


def meta(record: Run, lang: str = "en") -> str:
    line = t(
        "meta",
        lang,
        elapsed=record.elapsed,
        exit=record.returncode if record.returncode is not None else "-",
        machine=machine(record.interpreter, lang) if record.interpreter else "",
    )
    if record.cached:
        line += t("meta_cached", lang)
    return line


def tabs(record: Run, source: str, lang: str = "en") -> str:
    """Source and Output tabs for one run, then the line that says how it ran.

    The tabs stay out of the search index: readers search the prose, and program text would
    make the index (downloaded by every page) several times larger.
    """
    parts = [
        f"<section {UNSEARCHED} markdown>",
        "",
        f'=== "{t("source", lang)}"',
        "",
        fence(source, "python", title=f"snippets/{record.snippet}"),
        "",
        f'=== "{t("output", lang)}"',
        "",
        fence(record.output or t("no_output", lang), "text"),
        "",
        "</section>",
        "",
    ]
    if not record.ok:
        parts += [
            f'!!! failure "{record.snippet}"',
            "",
            "    " + t("failed", lang, problem=record.problem),
            "",
        ]
    parts += [meta(record, lang), META_ATTRS, ""]
    return "\n".join(parts)


def show(snippet: str, *, lang: str = "en", **options) -> str:
    """Run ``snippets/<snippet>`` (see :func:`snippet_runner.run.run`) and render it for a page."""
    record = run(snippet, **options)
    path = config.snippets / snippet
    source = path.read_text(encoding="utf-8") if path.is_file() else ""
    return tabs(record, source, lang)


def about_table(lang: str = "en", python: str = sys.executable) -> str:
    """The full fingerprint of the interpreter and machine that ran this build's snippets."""
    fp = fingerprint(python)
    rows = [f"| {t('fact', lang)} | {t('value', lang)} |", "|---|---|"]
    for key, value in fp.items():
        if isinstance(value, bool):
            value = t("yes" if value else "no", lang)
        rows.append(f"| {t('fp.' + key, lang)} | `{value}` |")
    return "\n".join(rows)
