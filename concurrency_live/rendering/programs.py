"""How a program's run is shown on a page: the part of the program the page talks about,
its real output, the whole program one click away, and the line that says how it ran.

:func:`present` is pure (a Run and the program's text in, Markdown out); :func:`show` is
what pages call: it runs the program (once per build, see running.runner) and presents it.
"""

from __future__ import annotations

import re
from pathlib import Path

from concurrency_live.rendering import downloads
from concurrency_live.rendering.text import fence
from concurrency_live.running.runner import Run, config, run
from concurrency_live.words import t

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


# A program's output and the whole program (collapsed) are plain blocks: no copy button, and no
# work for Material's script at load (see concurrency_live/site_hooks/html.py, PLAIN_BLOCK).
OUTPUT = "program-output"
WHOLE = "program-whole"


def output_fence(output: str, title: str | None = None, indent: str = "") -> str:
    """A program's output as a block of sample output (<samp>)."""
    return fence(output, "text", title=title, indent=indent, classes=(OUTPUT,))


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
    link = downloads.publish(path, source.encode("utf-8"))
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
        output_fence(record.output or t("no_output", lang), title=t("output", lang)),
        "",
    ]
    if shown != whole:
        parts += [
            f'??? quote "{t("whole_program", lang, path=path)}"',
            "",
            fence(whole, "python", classes=(WHOLE,)),
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
    """Run ``snippets/<snippet>`` (see :func:`concurrency_live.running.runner.run`) and render
    it for a page: the marked ``sections`` (all of them by default), the output, the whole
    program."""
    record = run(snippet, **options)
    path = config.snippets / snippet
    source = path.read_text(encoding="utf-8") if path.is_file() else ""
    return present(record, source, lang, sections)
