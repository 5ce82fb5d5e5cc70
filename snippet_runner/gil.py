"""What the GIL page says: tables, a chart and claims derived from the runs of snippets/gil/.

Every function here that takes a Run is pure. Two helpers start programs, as :func:`show`
does: :func:`runs_by_interpreter` and :func:`show_free_threaded` also run a snippet under a
free-threaded CPython, when the machine that builds the site has one.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from snippet_runner import charts
from snippet_runner.fingerprint import fingerprint
from snippet_runner.messages import t
from snippet_runner.render import META_ATTRS, duration, fence, meta, spread
from snippet_runner.run import Run, run

# Where to look for a free-threaded interpreter; the variable lets another machine point
# elsewhere. When the file is missing, pages show only the build's own interpreter.
FREE_THREADED_VAR = "FREE_THREADED_PYTHON"
FREE_THREADED_DEFAULT = "/opt/py-ft/bin/python3.14t"

# A speedup (or cores kept busy) at least this large counts as "ran in parallel"; under the
# GIL pure-Python threads measure 0.8-1.1 on a busy 2-core machine, GIL off 1.5-2.0.
PARALLEL = 1.3
# A nap that ends at least this many switch intervals late waited for the GIL.
WAITED = 0.5

CEVAL_GIL = "https://github.com/python/cpython/blob/main/Python/ceval_gil.c"
CITED_DEFAULT_INTERVAL = 0.005  # DEFAULT_INTERVAL 5000 µs in Python/ceval_gil.c


def failed(record: Run, lang: str = "en") -> str | None:
    """The failure notice for a run without results, or None when there are results."""
    if record.results:
        return None
    return t("failed", lang, problem=record.problem or t("gil.no_results", lang))


# --- The switch interval -------------------------------------------------------------------


def switch_interval(record: Run, lang: str = "en") -> str:
    """What the running interpreter reported, next to the default in CPython's source."""
    if notice := failed(record, lang):
        return notice
    interval = record.results["switch_interval"]
    key = "gil.interval_default" if interval == CITED_DEFAULT_INTERVAL else "gil.interval_other"
    return t(
        key,
        lang,
        interval=duration(interval),
        micro=interval * 1e6,
        cited=CITED_DEFAULT_INTERVAL * 1e6,
        url=CEVAL_GIL,
    )


# --- Threads against one thread ------------------------------------------------------------


def rows(record: Run) -> list[dict]:
    """Each thread count with its timings, its speedup over one thread and the cores it used."""
    data = record.results["rows"]
    one = data[0]["wall"]["median"]
    return [
        {
            **row,
            "speedup": one / row["wall"]["median"],
            "busy": row["cpu"]["median"] / row["wall"]["median"],
        }
        for row in data
    ]


def best(record: Run) -> dict:
    """The row with more than one thread that came closest to the ideal."""
    return max(rows(record)[1:], key=lambda row: row["speedup"])


def speedup_table(record: Run, lang: str = "en") -> str:
    if notice := failed(record, lang):
        return notice
    lines = [
        "| "
        + " | ".join(
            t(f"gil.col_{c}", lang) for c in ("threads", "wall", "range", "speedup", "busy", "runs")
        )
        + " |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows(record):
        wall = row["wall"]
        lines.append(
            f"| {row['threads']} | {duration(wall['median'])} | {spread(wall)} | "
            f"{row['speedup']:.2f}&times; | {row['busy']:.1f} | {wall['runs']} |"
        )
    return "\n".join(lines)


def cpu_claim(record: Run, lang: str = "en") -> str:
    """What the pure-Python run shows, and whether that is what its GIL state predicts."""
    if notice := failed(record, lang):
        return notice
    results = record.results
    top = best(record)
    parallel = top["speedup"] >= PARALLEL
    values = {
        "threads": top["threads"],
        "speedup": top["speedup"],
        "busy": top["busy"],
        "cores": results["cores"],
        "ceiling": min(rows(record)[-1]["threads"], results["cores"]),
    }
    parts = [t("gil.cpu_parallel" if parallel else "gil.cpu_serial", lang, **values)]
    if results["gil_enabled"]:
        parts.append(
            t("gil.cpu_unexpected_gil" if parallel else "gil.cpu_expected_gil", lang, **values)
        )
    elif parallel:
        parts.append(t("gil.cpu_expected_ft", lang, **values))
    elif top["busy"] < PARALLEL:
        parts.append(t("gil.cpu_short_ft_busy", lang, **values))
    else:
        parts.append(t("gil.cpu_short_ft", lang, **values))
    return " ".join(parts)


def c_claim(record: Run, lang: str = "en") -> str:
    """What the run of C code that releases the GIL shows."""
    if notice := failed(record, lang):
        return notice
    top = best(record)
    values = {"threads": top["threads"], "speedup": top["speedup"], "busy": top["busy"]}
    if record.results["cores"] < 2:
        return t("gil.c_one_core", lang, **values)
    if top["speedup"] >= PARALLEL:
        return t("gil.c_parallel", lang, **values)
    if top["busy"] < PARALLEL:
        return t("gil.c_serial_busy", lang, **values)
    return t("gil.c_serial", lang, **values)


# --- The convoy effect ---------------------------------------------------------------------


# The CPU-bound thread counts as starved when it got less than this share of a core.
STARVED = 0.8


def convoy_table(record: Run, lang: str = "en") -> str:
    if notice := failed(record, lang):
        return notice
    results = record.results
    columns = ("other_thread", "interval", "late", "range", "naps", "share")
    lines = [
        "| " + " | ".join(t(f"gil.col_{c}", lang) for c in columns) + " |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    settings = [(t("gil.no_thread", lang), "&ndash;", results["idle"], "&ndash;")]
    for item in results["busy"]:
        interval = duration(item["interval"])
        if item["interval"] == results["default_interval"]:
            interval += " " + t("gil.default_mark", lang)
        share = f"{item['spinner_share']:.0%}"
        settings.append((t("gil.cpu_thread", lang), interval, item["lateness"], share))
    for other, interval, late, share in settings:
        lines.append(
            f"| {other} | {interval} | {duration(late['median'])} | {spread(late)} | "
            f"{late['runs']} | {share} |"
        )
    return "\n".join(lines)


def convoy_claim(record: Run, lang: str = "en") -> str:
    """Did the nap's lateness follow the switch interval (it waited for the GIL) or not?"""
    if notice := failed(record, lang):
        return notice
    results = record.results
    ratios = [item["lateness"]["median"] / item["interval"] for item in results["busy"]]
    waited = [ratio >= WAITED for ratio in ratios]
    share = min(item["spinner_share"] for item in results["busy"])
    values = {
        "nap": duration(results["nap"]),
        "idle": duration(results["idle"]["median"]),
        "low": min(ratios),
        "high": max(ratios),
        "worst": duration(max(item["lateness"]["median"] for item in results["busy"])),
        "share": share,
    }
    if all(waited):
        key = "gil.convoy_tracked"
    elif not any(waited):
        key = "gil.convoy_untracked"
    else:
        key = "gil.convoy_mixed"
    text = t(key, lang, **values)
    if results["gil_enabled"] and not all(waited) and share < STARVED:
        text += " " + t("gil.convoy_starved", lang, **values)
    return text


def label(results: dict, lang: str = "en") -> str:
    """ "Python 3.14.7, free-threaded build, GIL off", from what the snippet itself reported."""
    gil = t("gil_on" if results["gil_enabled"] else "gil_off", lang)
    key = "gil.label_ft" if results.get("free_threaded_build") else "gil.label"
    return t(key, lang, python=results["python"], gil=gil)


def convoy_chart(records: list[Run], lang: str = "en") -> str:
    """Lateness of the nap against the switch interval, one line per interpreter (log-log),
    followed by the same figures as a table."""
    usable = [record for record in records if record.results]
    if not usable:
        return failed(records[0], lang) if records else ""
    intervals = [item["interval"] for item in usable[0].results["busy"]]
    series = {
        label(record.results, lang): [
            (item["interval"] * 1e3, item["lateness"]["median"] * 1e3)
            for item in record.results["busy"]
        ]
        for record in usable
    }
    idle = usable[0].results["idle"]["median"] * 1e3
    span = [min(intervals) * 1e3, max(intervals) * 1e3]
    reference = {
        t("gil.chart_one_interval", lang): [(x, x) for x in span],
        t("gil.chart_idle", lang): [(x, idle) for x in span],
    }
    desc = "; ".join(
        f"{name}: " + ", ".join(f"{x:g} ms → {y:.3g} ms" for x, y in points)
        for name, points in series.items()
    )
    svg = charts.line_chart(
        t("gil.chart_title", lang, nap=duration(usable[0].results["nap"])),
        t("gil.chart_x", lang),
        t("gil.chart_y", lang),
        series,
        log_x=True,
        log_y=True,
        desc=desc,
        reference=reference,
    )
    head = [t("gil.col_interpreter", lang), t("gil.col_idle", lang)]
    head += [t("gil.col_at_interval", lang, interval=duration(i)) for i in intervals]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for record in usable:
        cells = [label(record.results, lang), duration(record.results["idle"]["median"])]
        cells += [duration(item["lateness"]["median"]) for item in record.results["busy"]]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for record in usable[1:]:
        lines.append(f"- *{label(record.results, lang)}*: {convoy_claim(record, lang)}")
    # In a <div>, Markdown leaves the SVG alone instead of wrapping it in a paragraph.
    return f"<div>\n{svg}\n</div>\n\n" + "\n".join(lines).rstrip()


# --- Free-threaded builds ------------------------------------------------------------------


def free_threaded_python() -> str | None:
    """The free-threaded interpreter to compare with, if this machine has one."""
    # A path or a command name (python3.14t on a CI runner's PATH).
    return shutil.which(os.environ.get(FREE_THREADED_VAR) or FREE_THREADED_DEFAULT)


def runs_by_interpreter(snippet: str, **options) -> list[Run]:
    """The snippet under the build's interpreter and, where there is one, a free-threaded one,
    GIL off and (``PYTHON_GIL=1``) GIL on. Starts programs, like :func:`run`."""
    env = options.pop("env", None) or {}
    pythons = [sys.executable]
    other = free_threaded_python()
    if other and Path(other).resolve() != Path(sys.executable).resolve():
        pythons.append(other)
    records = []
    for python in pythons:
        records.append(run(snippet, python=python, env=env, **options))
        if fingerprint(python)["free_threaded_build"]:
            gil_on = {**env, "PYTHON_GIL": "1"}
            records.append(run(snippet, python=python, env=gil_on, **options))
    return records


def interpreter_table(records: list[Run], lang: str = "en") -> str:
    """The pure-Python threads benchmark, one row per interpreter (and GIL setting), then what
    each run beyond the first (the build's own, described earlier on the page) shows."""
    usable = [record for record in records if record.results]
    if not usable:
        return failed(records[0], lang) if records else ""
    counts = [row["threads"] for row in rows(usable[0])]
    head = [t("gil.col_interpreter", lang), t("gil.col_one_thread", lang)]
    head += [t("gil.col_speedup_at", lang, threads=n) for n in counts[1:]]
    head += [t("gil.col_busy_best", lang), t("gil.col_verdict", lang)]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 2) + "---|"]
    for record in usable:
        data, top = rows(record), best(record)
        verdict = "gil.row_parallel" if top["speedup"] >= PARALLEL else "gil.row_serial"
        cells = [label(record.results, lang), duration(data[0]["wall"]["median"])]
        cells += [f"{row['speedup']:.2f}&times;" for row in data[1:]]
        cells += [f"{top['busy']:.1f}", t(verdict, lang)]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    for record in usable[1:]:
        lines.append(f"- *{label(record.results, lang)}*: {cpu_claim(record, lang)}")
    return "\n".join(lines).rstrip()


def build_verdict(record: Run, lang: str = "en") -> str:
    """Whether this build's own measurements were taken with the GIL on or off."""
    if notice := failed(record, lang):
        return notice
    results = record.results
    if not results["free_threaded_build"]:
        key = "gil.verdict_gil"
    elif results["gil_enabled"]:
        key = "gil.verdict_ft_gil"
    else:
        key = "gil.verdict_ft"
    return t(key, lang, python=results["python"])


def show_free_threaded(
    snippet: str, *, claim: Callable[[Run, str], str] | None = None, lang: str = "en", **options
) -> str:
    """The output of the snippet run again under the free-threaded interpreter (the source is
    the one shown just before), in an admonition, with an optional claim about that run; a
    note instead when this machine has none. Starts a program, like :func:`show`."""
    python = free_threaded_python()
    if python is None:
        path = os.environ.get(FREE_THREADED_VAR) or FREE_THREADED_DEFAULT
        return t("gil.no_free_threaded", lang, path=path)
    record = run(snippet, python=python, **options)
    return free_threaded_box(record, claim, lang)


def free_threaded_box(
    record: Run, claim: Callable[[Run, str], str] | None = None, lang: str = "en"
) -> str:
    """An admonition with a run's output, the line that says how it ran, and the claim."""
    fp = record.interpreter
    title = t(
        "gil.again_under",
        lang,
        python=fp.get("version", "?"),
        gil=t("gil_on" if fp.get("gil_enabled", True) else "gil_off", lang),
    )
    parts = [fence(record.output or t("no_output", lang), "text", indent=""), ""]
    if not record.ok:
        parts += [t("failed", lang, problem=record.problem), ""]
    parts += [meta(record, lang), META_ATTRS, ""]
    if claim is not None and record.ok:
        parts += [claim(record, lang), ""]
    lines = "\n".join(parts).splitlines()
    body = "\n".join("    " + line if line else line for line in lines)
    return f'!!! example "{title}"\n\n{body}\n'
