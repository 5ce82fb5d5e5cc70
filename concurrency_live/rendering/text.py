"""Text the renderers share: a fenced block; the one way to write a duration, a ratio, a
multiple, a share, a min-max spread and a figure with its interval; a collapsed block for how
a measurement was taken; the time a page's programs took; an interpreter's label; the notice
for a run without results."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from concurrency_live.running.runner import Run
from concurrency_live.words import t

if TYPE_CHECKING:
    from concurrency_live.rendering.claims import Estimate


def fence(
    text: str,
    lang: str,
    title: str | None = None,
    indent: str = "    ",
    classes: tuple[str, ...] = (),
) -> str:
    """A fenced code block longer than any backtick run inside ``text``, so output stays text.

    ``classes`` go on the block's ``<div class="... highlight">``: ``program-output`` and
    ``program-whole`` make it a plain block (see concurrency_live/site_hooks/html.py)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    titled = f' title="{title}"' if title else ""
    if classes:
        names = " ".join(f".{name}" for name in (lang, *classes))
        head = f"{ticks}{{ {names}{titled} }}"
    else:
        head = f"{ticks}{lang}{titled}"
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


def ratio(value: float) -> str:
    """A ratio (or a count of cores, of switch intervals) with as many digits as a reader
    needs: 1,221, 402, 30.7, 5.77, 0.88."""
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def times(value: float) -> str:
    """A ratio as a multiple: 30.7\u00d7, 0.88\u00d7."""
    return ratio(value) + "\u00d7"


def percent(share: float) -> str:
    """A share in per cent: 93%, 5.3%, 0.23% (two figures below 10 %, so that a small share
    does not read as 0%)."""
    if abs(share) >= 0.1 or share == 0:
        return f"{share:.0%}"
    return f"{100 * share:.2g}%"


def bounds(estimate: Estimate, fmt: Callable[[float], str]) -> str:
    """The ends of an estimate's interval, "1.77\u20131.96", each written by ``fmt``; a
    multiple's ends without the sign, which stands once, after the median."""
    end = ratio if fmt is times else fmt
    return f"{end(estimate.low)}\u2013{end(estimate.high)}"


def cell(estimate: Estimate, fmt: Callable[[float], str], stacked: bool = False) -> str:
    """A table cell: the median and, in brackets, its interval, "1.94\u00d7 (1.77\u20131.96)"
    (the table's note says what the interval is). ``stacked`` puts the interval in small print
    on a line of its own, for a table with many columns."""
    if stacked:
        return f"{fmt(estimate.median)}<br><small>{bounds(estimate, fmt)}</small>"
    return f"{fmt(estimate.median)} ({bounds(estimate, fmt)})"


def interval(estimate: Estimate, fmt: Callable[[float], str], lang: str = "en") -> str:
    """An estimate's interval for a sentence: "95 % interval 1.77\u20131.96, 31 rounds". The
    interval of the median of paired rounds covers at least 95 %: the site calls every
    interval a 95 % one."""
    return t("interval", lang, bounds=bounds(estimate, fmt), rounds=estimate.rounds)


def with_interval(estimate: Estimate, fmt: Callable[[float], str], lang: str = "en") -> str:
    """The median with its interval, for a sentence:
    "1.94\u00d7 (95 % interval 1.77\u20131.96, 31 rounds)"."""
    return f"{fmt(estimate.median)} ({interval(estimate, fmt, lang)})"


def collapsed(text: str, lang: str = "en") -> str:
    """How a measurement was taken, in a block the reader opens when they want the method:
    the figures above it already carry their intervals and round counts."""
    body = "\n".join("    " + line if line else line for line in text.splitlines())
    return f'??? info "{t("how_measured", lang)}"\n\n{body}'


def time_spent(records: list[Run], lang: str = "en") -> str:
    """How many programs a page ran in this build and how long they took together."""
    return t("time_spent", lang, count=len(records), elapsed=sum(r.elapsed for r in records))


def label(facts: dict, lang: str = "en") -> str:
    """An interpreter in a few words, from its facts (snippets/measure.py's machine()):
    "CPython 3.11.7 (GIL on)", "CPython 3.14.7 free-threaded (GIL off)"."""
    if not {"implementation", "version", "gil_enabled"} <= facts.keys():
        return t("this_python", lang)
    gil = t("gil_on" if facts["gil_enabled"] else "gil_off", lang)
    key = "label_ft" if facts.get("free_threaded_build") else "label"
    return t(key, lang, implementation=facts["implementation"], version=facts["version"], gil=gil)


def no_results(lang: str = "en") -> str:
    """The notice in place of a table or a sentence whose runs gave none of the results it
    needs (when there is no one run to name: see :func:`failure`)."""
    return t("failed", lang, problem=t("no_results", lang))


def failure(runs: Run | list[Run], lang: str = "en") -> str | None:
    """What a page shows in place of a table or a sentence when a run it needs gave no results,
    naming each such run (the build has already failed with its name); None when every run
    has results."""
    notices = [
        f"`{run.snippet}`: " + t("failed", lang, problem=run.problem or t("no_results", lang))
        for run in (runs if isinstance(runs, list) else [runs])
        if not run.results
    ]
    return "\n\n".join(notices) or None
