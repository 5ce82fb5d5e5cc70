"""What the I/O-bound vs CPU-bound page says: tables and charts from the benchmark runs.

The benchmark snippets (``snippets/bench/``) emit one JSON document per run: the machine, the
settings, every round of the paired measurement and, per workload, strategy and worker count,
the time and the speedup over sequential with their intervals. The claims these runs decide
are gathered in :mod:`concurrency_live.pages.evidence`. Everything here that takes runs is pure.
:func:`columns` is the one exception: like :func:`show`, it starts programs, running a
snippet once under each interpreter that ``BENCH_PYTHONS`` names.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from concurrency_live.rendering import charts, claims, paired, tables, timelines
from concurrency_live.rendering.claims import Estimate, limit_mark, past_limit_note
from concurrency_live.rendering.downloads import results_link
from concurrency_live.rendering.text import (
    bounds,
    cell,
    duration,
    failure,
    label,
    no_results,
    ratio,
    times,
)
from concurrency_live.running.fingerprint import fingerprint
from concurrency_live.running.runner import Run, run
from concurrency_live.words import t

CPU = "bench/speedup_cpu.py"
IO = "bench/speedup_io.py"
# Pages pass the same timeout to show(), so that show() and columns() share one run.
TIMEOUT = 900  # an int, as the pages write it: the cache key holds it as JSON (900 != 900.0)
PYTHONS_VAR = "BENCH_PYTHONS"

# The I/O claim (claims.CLAIMS["io_floor"]) is about runs with at least this many workers.
IO_MANY = 16

STRATEGY_ORDER = ("sequential", "threads", "processes", "interpreters", "asyncio")
# The name of each strategy and workload the benchmarks report.
STRATEGY = {
    "sequential": "bench.strategy.sequential",
    "threads": "bench.strategy.threads",
    "processes": "bench.strategy.processes",
    "interpreters": "bench.strategy.interpreters",
    "asyncio": "bench.strategy.asyncio",
}
WORKLOAD = {
    "primes": "bench.workload.primes",
    "http": "bench.workload.http",
    "sleep": "bench.workload.sleep",
}


# --- Interpreters: one column each ----------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Column:
    """One interpreter asked for: its run, or why it has none."""

    name: str  # as asked for: "python3.13", "/opt/py-ft/bin/python3.14t", or the build's own
    run: Run | None
    skipped: str | None = None


def asked_pythons(environ: dict | None = None) -> list[str]:
    """The build's interpreter, then those listed (space-separated) in BENCH_PYTHONS."""
    environ = os.environ if environ is None else environ
    return [sys.executable, *environ.get(PYTHONS_VAR, "").split()]


def pyenv_root(environ: dict | None = None) -> Path:
    """Where pyenv keeps its interpreters (under ``versions/``)."""
    environ = os.environ if environ is None else environ
    return Path(environ.get("PYENV_ROOT") or Path.home() / ".pyenv")


def resolve(name: str, environ: dict | None = None) -> str | None:
    """The executable for ``name`` (a path or a command on PATH), or None if there is none.

    A pyenv shim only works for the versions pyenv has selected; for the others it is
    replaced by the matching binary under ``$PYENV_ROOT/versions/*/bin``.
    """
    environ = os.environ if environ is None else environ
    found = shutil.which(name, path=environ.get("PATH"))
    if found is None or Path(found).parent.name != "shims":
        return found
    binaries = pyenv_root(environ).glob(f"versions/*/bin/{Path(name).name}")
    candidates = [p for p in binaries if p.is_file()]
    if not candidates:
        return found

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", path.parent.parent.name))

    return str(max(candidates, key=version))


def columns(
    snippet: str,
    names: list[str] | None = None,
    *,
    runner: Callable[..., Run] = run,
    probe: Callable[[str], dict] = fingerprint,
) -> list[Column]:
    """Run ``snippet`` under each interpreter asked for (see :func:`asked_pythons`).

    An interpreter that is missing or does not start is reported as skipped, not as an
    error; two names for the same executable give one column.
    """
    seen: set[tuple[int, int]] = set()
    result = []
    for name in asked_pythons() if names is None else names:
        path = resolve(name)
        if path is None:
            result.append(Column(name, None, "not_found"))
            continue
        same_file = (os.stat(path).st_dev, os.stat(path).st_ino)  # symlinks, hard links
        if same_file in seen:
            continue
        seen.add(same_file)
        try:
            probe(path)
        except (OSError, subprocess.SubprocessError, ValueError):
            result.append(Column(name, None, "does_not_start"))
            continue
        result.append(Column(name, runner(snippet, timeout=TIMEOUT, python=path)))
    return result


def usable(cols: list[Column]) -> list[Column]:
    return [col for col in cols if col.run is not None and col.run.results]


SKIP = {"not_found": "bench.skip.not_found", "does_not_start": "bench.skip.does_not_start"}


def skipped_notes(cols: list[Column], lang: str = "en") -> str:
    """One line per interpreter that was asked for but could not run, and why."""
    lines = []
    for col in cols:
        if col.skipped:
            lines.append(
                t(
                    "bench.skipped_python",
                    lang,
                    name=col.name,
                    why=t(SKIP[col.skipped], lang),
                )
            )
        elif col.run is not None and not col.run.results:
            lines.append(
                t("bench.failed_python", lang, name=col.name, problem=col.run.problem or "-")
            )
    return "\n".join(f"- {line}" for line in lines)


# --- From results to points with their limits ----------------------------------------------


@dataclasses.dataclass(frozen=True)
class Point:
    workload: str
    strategy: str
    workers: int
    time: Estimate  # seconds: the median over rounds, with its interval
    stats: dict  # median, min, max, runs of the time
    speedup: Estimate | None  # over the workload's sequential run, round by round
    ideal: float  # the best speedup the limit allows
    floor: float | None  # I/O: the waits no strategy can avoid, in seconds
    limit: str  # claims.BELOW_LIMIT, AT_LIMIT or PAST_LIMIT

    @property
    def over_floor(self) -> Estimate | None:
        """I/O: the time as a multiple of the floor (1 = at the floor)."""
        return self.time.scaled(1 / self.floor) if self.floor else None


def points(results: dict) -> list[Point]:
    """Every measurement with its speedup, its limit and where it stands against the limit.

    CPU: the ideal speedup is min(workers, usable cores), and a speedup is checked against it.
    I/O: the floor is delay x ceil(requests / workers), the waits no strategy can avoid, and
    a time is checked against it (no run can be quicker than its floor).
    """
    settings = results["settings"]
    found = []
    for item in results["results"]:
        workers = 1 if item["strategy"] == "sequential" else item["workers"]
        time, speedup = Estimate.of(item["time"]), Estimate.of(item["speedup"])
        ideal = ideal_speedup(results, workers)
        if results["kind"] == "cpu":
            floor = None
            limit = claims.against_limit(speedup, ideal) if speedup else claims.BELOW_LIMIT
        else:
            floor = settings["delay"] * math.ceil(settings["requests"] / workers)
            # Quicker than the floor is as impossible as faster than the cores allow.
            limit = claims.against_limit(time.reciprocal(floor), 1.0)
        found.append(
            Point(
                item["workload"],
                item["strategy"],
                workers,
                time,
                item["stats"],
                speedup,
                ideal,
                floor,
                limit,
            )
        )
    return found


def ideal_speedup(results: dict, workers: int) -> float:
    """The best speedup ``workers`` can reach. CPU: min(workers, usable cores). I/O: the
    requests over the rounds of requests that ``workers`` need, ceil(requests / workers)."""
    if results["kind"] == "cpu":
        return float(min(workers, results["machine"]["usable_cores"]))
    requests = results["settings"]["requests"]
    return requests / math.ceil(requests / workers)


def find(pts: list[Point], workload: str, strategy: str, workers: int) -> Point | None:
    for p in pts:
        if (p.workload, p.strategy, p.workers) == (workload, strategy, workers):
            return p
    return None


def _row_keys(all_points: list[list[Point]]) -> list[tuple[str, str, int]]:
    keys = {(p.workload, p.strategy, p.workers) for pts in all_points for p in pts}
    workloads = list(dict.fromkeys(p.workload for pts in all_points for p in pts))
    return sorted(keys, key=lambda k: (workloads.index(k[0]), STRATEGY_ORDER.index(k[1]), k[2]))


# --- Tables ------------------------------------------------------------------------------------


def point_cell(kind: str, p: Point, lang: str = "en") -> str:
    """One measurement in a table: CPU, its speedup with the interval; I/O, its time and how
    far above the floor it is. A figure at or past the limit says so."""
    if kind == "cpu":
        if p.speedup is None:
            text = t("bench.cell_baseline", lang, time=duration(p.time.median))
        else:
            text = cell(p.speedup, times)
    else:
        over = p.over_floor
        text = t(
            "bench.cell_io",
            lang,
            time=duration(p.time.median),
            ratio=times(over.median),
            bounds=bounds(over, times),
        )
    return text + limit_mark(p.limit, lang)


def table(cols: list[Column], lang: str = "en") -> str:
    """One row per measurement, one column per interpreter, each figure with its interval and
    its place against the limit. The text alternative to the charts."""
    ok = usable(cols)
    if not ok:
        return no_results(lang)
    kind = ok[0].run.results["kind"]
    all_points = [points(col.run.results) for col in ok]
    head = [
        t("bench.col_workload", lang),
        t("bench.col_strategy", lang),
        t("bench.col_workers", lang),
        t(LIMIT_HEAD[kind], lang),
    ]
    head += [label(col.run.results["machine"], lang) for col in ok]
    rows = []
    for workload, strategy, workers in _row_keys(all_points):
        cells = [
            t(WORKLOAD[workload], lang),
            t(STRATEGY[strategy], lang),
            str(workers),
        ]
        limits = []
        values = []
        for pts in all_points:
            p = find(pts, workload, strategy, workers)
            if p is None:
                values.append(t("bench.not_run", lang))
                continue
            limits.append(_limit_text(kind, p, lang))
            values.append(point_cell(kind, p, lang))
        cells.append(" / ".join(dict.fromkeys(limits)) or "-")
        rows.append(cells + values)
    notes = [t(TABLE_NOTE[kind], lang)]
    notes += [paired.rounds_note(col.run, lang) for col in ok]
    notes += past_limit_note((p.limit for pts in all_points for p in pts), lang)
    skipped: dict[str, list[str]] = {}
    for col in ok:
        for skip in col.run.results.get("skipped", []):
            skipped.setdefault(skip["strategy"], []).append(label(col.run.results["machine"], lang))
    for strategy, pythons in skipped.items():
        notes.append(
            t(
                "bench.strategy_skipped",
                lang,
                strategy=t(STRATEGY[strategy], lang).capitalize(),
                pythons=", ".join(pythons),
                why=t(WHY_SKIPPED[strategy], lang),
            )
        )
    if extra := skipped_notes(cols, lang):
        notes.append(extra)
    align = ["---", "---", "---:", "---:"] + ["---:"] * len(ok)
    return tables.table(head, align, rows) + "\n\n" + "\n\n".join(notes)


LIMIT_HEAD = {"cpu": "bench.col_limit_cpu", "io": "bench.col_limit_io"}
TABLE_NOTE = {"cpu": "bench.table_note_cpu", "io": "bench.table_note_io"}
# Why a run left a strategy out (the benchmarks skip only subinterpreters, where unavailable).
WHY_SKIPPED = {"interpreters": "bench.why_skipped.interpreters"}


def _limit_text(kind: str, p: Point, lang: str) -> str:
    if kind == "cpu":
        return t("bench.limit_cpu", lang, ideal=p.ideal)
    return t("bench.limit_io", lang, floor=duration(p.floor))


def timings(cols: list[Column], lang: str = "en") -> str:
    """Per interpreter, the raw statistics of each configuration's time over the rounds, in a
    collapsed block, with every round to download as JSON."""
    parts = []
    for col in usable(cols):
        results = col.run.results
        head = [
            t("bench.col_workload", lang),
            t("bench.col_strategy", lang),
            t("bench.col_workers", lang),
            t("bench.col_median", lang),
            t("bench.col_min", lang),
            t("bench.col_max", lang),
            t("bench.col_rounds", lang),
        ]
        rows = [
            [
                t(WORKLOAD[p.workload], lang),
                t(STRATEGY[p.strategy], lang),
                str(p.workers),
                duration(p.stats["median"]),
                duration(p.stats["min"]),
                duration(p.stats["max"]),
                str(p.stats["runs"]),
            ]
            for p in points(results)
        ]
        align = ["---", "---", "---:", "---:", "---:", "---:", "---:"]
        body = [tables.table(head, align, rows), "", results_link(col.run, lang)]
        title = t("bench.timings_title", lang, python=label(results["machine"], lang))
        lines = "\n".join(body).splitlines()
        parts.append(f'??? info "{title}"\n\n' + "\n".join("    " + r if r else r for r in lines))
    return "\n\n".join(parts)


# --- Charts --------------------------------------------------------------------------------


SERIES = {
    "primes": "bench.series.primes",
    "http": "bench.series.http",
    "sleep": "bench.series.sleep",
}
IDEAL = {"cpu": "bench.ideal_cpu", "io": "bench.ideal_io"}
CHART_TITLE = {"cpu": "bench.chart_title_cpu", "io": "bench.chart_title_io"}
CHART_DESC = {"cpu": "bench.chart_desc_cpu", "io": "bench.chart_desc_io"}


def chart(results: dict, lang: str = "en") -> str:
    """Speedup against workers, one line per strategy (and workload), each point with its
    interval as an error bar, and the ideal dashed."""
    kind = results["kind"]
    pts = points(results)
    series: dict[str, list[tuple]] = {}
    for p in pts:
        if p.strategy == "sequential":
            continue
        name = t(SERIES[p.workload], lang, strategy=t(STRATEGY[p.strategy], lang))
        series.setdefault(name, []).append(
            (p.workers, p.speedup.median, p.speedup.low, p.speedup.high)
        )
    for values in series.values():
        if min(v[0] for v in values) > 1:
            values.insert(0, (1, 1.0))  # no one-worker run: start from the sequential one
    workers = sorted({p.workers for p in pts})
    ideal = {t(IDEAL[kind], lang): [(w, ideal_speedup(results, w)) for w in workers]}
    machine = results["machine"]
    desc = (
        t(
            CHART_DESC[kind],
            lang,
            python=label(machine, lang),
            cores=machine["usable_cores"],
        )
        + " "
        + charts.describe(series, lambda workers: f"{workers:g}", ratio)
    )
    return charts.line_chart(
        t(CHART_TITLE[kind], lang, python=label(machine, lang)),
        t("bench.chart_x", lang),
        t("bench.chart_y", lang),
        series,
        log_x=True,
        log_y=kind == "io",
        desc=desc,
        reference=ideal,
    )


def charts_block(cols: list[Column], lang: str = "en") -> str:
    """The chart of each interpreter, in content tabs when there is more than one."""
    ok = usable(cols)
    if not ok:
        return no_results(lang)
    if len(ok) == 1:
        return chart(ok[0].run.results, lang)
    parts = []
    for col in ok:
        svg = chart(col.run.results, lang)
        parts.append(f'=== "{label(col.run.results["machine"], lang)}"\n')
        parts.append("\n".join("    " + line for line in svg.splitlines()) + "\n")
    return "\n".join(parts)


# --- Who ran when, counting primes ------------------------------------------------------------

WHO = "bench/who_ran_when_primes.py"


def who_ran_when(record: Run, lang: str = "en") -> str:
    """The prime counting on two threads and on two processes as lanes of the stretches in
    which each worker was seen running, then the same in words and as a table."""
    if notice := failure(record, lang):
        return notice
    r = record.results
    panels = {}
    for kind, panel, lane in (
        ("threads", "bench.who_threads", "bench.who_thread"),
        ("processes", "bench.who_processes", "bench.who_process"),
    ):
        names = [t(lane, lang, n=i) for i in range(1, len(r[kind]["slices"]) + 1)]
        panels[t(panel, lang)] = timelines.seen_running(r[kind], names)
    python = label(r["machine"], lang)
    sentence = t(
        "bench.who_together",
        lang,
        threads=r["threads"]["together"],
        processes=r["processes"]["together"],
        python=python,
    )
    svg = timelines.timeline(
        t("bench.who_title", lang, python=python),
        panels,
        end=max(r["threads"]["span"], r["processes"]["span"]),
        scale=1000,
        x_label=t("bench.who_x", lang),
        desc=sentence,
    )
    head = [t("bench.who_col_workers", lang), t("bench.who_col_stretches", lang)]
    head += [t("bench.who_col_span", lang), t("bench.who_col_together", lang)]
    rows = [
        [
            t(key, lang),
            str(sum(len(runs) for runs in r[kind]["slices"])),
            duration(r[kind]["span"]),
            f"{r[kind]['together']:.0%}",
        ]
        for kind, key in (("threads", "bench.who_threads"), ("processes", "bench.who_processes"))
    ]
    table_text = tables.table(head, ["---", "---:", "---:", "---:"], rows)
    return f"{charts.block(svg)}\n\n{sentence}\n\n{table_text}"


# --- The setup, for the prose ----------------------------------------------------------------


def setup(cols: list[Column], lang: str = "en") -> str:
    """What was measured and how, from the settings and the noise the first run recorded."""
    ok = usable(cols)
    if not ok:
        return no_results(lang)
    results = ok[0].run.results
    s, machine = results["settings"], results["machine"]
    m = results["measurement"]
    text = t(
        SETUP[results["kind"]],
        lang,
        **s,
        delay_ms=s.get("delay", 0) * 1000,
        cores=machine["usable_cores"],
        cpu=machine["cpu_model"],
        start_method=machine["start_method"],
        min_rounds=m["settings"]["min_rounds"],
        precision=m["settings"]["precision"],
        budget=m["settings"]["budget"],
    )
    notes = [paired.rounds_note(col.run, lang) for col in ok]
    return " ".join([text, *notes, paired.noise(m, lang)])


SETUP = {"cpu": "bench.setup_cpu", "io": "bench.setup_io"}


def cost(cols: list[Column], lang: str = "en") -> str:
    """How long the benchmark runs took in this build: the price of this page."""
    ok = [col for col in cols if col.run is not None]
    total = sum(col.run.elapsed for col in ok)
    return t("bench.cost", lang, total=total, count=len(ok))
