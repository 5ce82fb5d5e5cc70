"""Turn Run records into Markdown for a page. Pure functions: they never run a program."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from snippet_runner import publish
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


def collapsed(text: str, lang: str = "en") -> str:
    """How a measurement was taken, in a block the reader opens when they want the method:
    the figures above it already carry their intervals and round counts."""
    body = "\n".join("    " + line if line else line for line in text.splitlines())
    return f'??? info "{t("how_measured", lang)}"\n\n{body}'


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


# pymdownx.snippets' section markers: a snippet marks the part a page talks about with
# "# --8<-- [start:name]" ... "# --8<-- [end:name]". The file stays a complete program.
MARKER = re.compile(r"^[ \t]*# --8<-- \[(start|end):([\w-]+)\][ \t]*\n?", re.M)
ELLIPSIS = "# ..."


def without_markers(source: str) -> str:
    """The program as a reader should see it in full: the section markers taken out."""
    return MARKER.sub("", source)


def focus(source: str, names: tuple[str, ...] = ()) -> str:
    """The marked sections of ``source`` (``names``, or every one), in file order, with a
    ``# ...`` line where the file goes on between two of them; the whole program (without
    markers) when it marks none."""
    parts: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    for match in MARKER.finditer(source):
        kind, name = match[1], match[2]
        if names and name not in names:
            continue
        if kind == "start":
            opened[name] = match.end()
        elif name in opened:
            parts.append((opened.pop(name), match.start()))
    if not parts:
        return without_markers(source)
    pieces = [without_markers(source[a:b]).strip("\n") for a, b in sorted(parts)]
    return f"\n\n{ELLIPSIS}\n\n".join(pieces) + "\n"


def download_link(href: str, name: str, lang: str = "en") -> str:
    """A link to a file the site publishes (raw HTML: MkDocs checks only Markdown links, and
    this address is made relative to the page after it renders)."""
    text = t("download_program", lang, name=name)
    return f'<a class="snippet-file" href="{href}" download="{name}">{text}</a>'


def present(record: Run, source: str, lang: str = "en", sections: tuple[str, ...] = ()) -> str:
    """One run on a page: the part of the program the page talks about, its real output right
    below it (no click needed), the whole program one click away with a link to the file, and
    the line that says how it ran.

    All of it stays out of the search index: readers search the prose, and program text would
    make the index (downloaded by every page) several times larger.
    """
    whole = without_markers(source)
    shown = focus(source, sections)
    path = f"snippets/{record.snippet}"
    link = publish.publish(path, source.encode("utf-8"))
    parts = [
        f"<section {UNSEARCHED} markdown>",
        "",
        fence(
            shown,
            "python",
            title=path if shown == whole else t("focus", lang, path=path),
            indent="",
        ),
        "",
        fence(record.output or t("no_output", lang), "text", title=t("output", lang), indent=""),
        "",
    ]
    if shown != whole:
        parts += [
            f'??? quote "{t("whole_program", lang, path=path)}"',
            "",
            fence(whole, "python"),
            "",
            "    " + download_link(link, Path(path).name, lang),
            "",
        ]
    else:
        parts += [download_link(link, Path(path).name, lang), ""]
    parts += ["</section>", ""]
    if not record.ok:
        parts += [
            f'!!! failure "{record.snippet}"',
            "",
            "    " + t("failed", lang, problem=record.problem),
            "",
        ]
    parts += [meta(record, lang), META_ATTRS, ""]
    return "\n".join(parts)


def show(snippet: str, *, lang: str = "en", sections: tuple[str, ...] = (), **options) -> str:
    """Run ``snippets/<snippet>`` (see :func:`snippet_runner.run.run`) and render it for a page:
    the marked ``sections`` (all of them by default), the output, the whole program."""
    record = run(snippet, **options)
    path = config.snippets / snippet
    source = path.read_text(encoding="utf-8") if path.is_file() else ""
    return present(record, source, lang, sections)


def about_table(lang: str = "en", python: str = sys.executable) -> str:
    """The full fingerprint of the interpreter and machine that ran this build's snippets."""
    fp = fingerprint(python)
    rows = [f"| {t('fact', lang)} | {t('value', lang)} |", "|---|---|"]
    for key, value in fp.items():
        if isinstance(value, bool):
            value = t("yes" if value else "no", lang)
        rows.append(f"| {t('fp.' + key, lang)} | `{value}` |")
    return "\n".join(rows)
