"""What the I/O-bound vs CPU-bound page says: tables, charts and claims from the benchmark runs.

The benchmark snippets (``snippets/bench/``) emit one JSON document per run: the machine, the
settings and, per workload, strategy and worker count, the timing statistics. Everything
here that takes runs is pure. :func:`columns` is the one exception: like :func:`show`, it
starts programs, running a snippet once under each interpreter that ``BENCH_PYTHONS`` names.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from snippet_runner import charts
from snippet_runner.fingerprint import fingerprint
from snippet_runner.messages import t
from snippet_runner.publish import publish
from snippet_runner.run import Run, run

CPU = "bench/speedup_cpu.py"
IO = "bench/speedup_io.py"
# Pages pass the same timeout to show(), so that show() and columns() share one run.
TIMEOUT = 900  # an int, as the pages write it: the cache key holds it as JSON (900 != 900.0)
PYTHONS_VAR = "BENCH_PYTHONS"

# The thresholds of the claims (see threads_cpu(), processes_cpu() and io_floor()).
THREADS_CPU_BELOW = 1.2  # 2 threads on pure-Python work under the GIL: speedup below this
PROCESSES_CPU_AT_LEAST = 1.5  # 2 processes with >= 2 usable cores: speedup at least this
IO_WITHIN = 1.5  # threads and asyncio at >= IO_MANY workers: time within this x the floor
IO_MANY = 16

STRATEGY_ORDER = ("sequential", "threads", "processes", "interpreters", "asyncio")


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


def resolve(name: str, environ: dict | None = None) -> str | None:
    """The executable for ``name`` (a path or a command on PATH), or None if there is none.

    A pyenv shim only works for the versions pyenv has selected; for the others it is
    replaced by the matching binary under ``$PYENV_ROOT/versions/*/bin``.
    """
    environ = os.environ if environ is None else environ
    found = shutil.which(name, path=environ.get("PATH"))
    if found is None or Path(found).parent.name != "shims":
        return found
    root = Path(environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    candidates = [p for p in root.glob(f"versions/*/bin/{Path(name).name}") if p.is_file()]
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


def label(machine: dict, lang: str = "en") -> str:
    gil = t("gil_on" if machine["gil_enabled"] else "gil_off", lang)
    return t(
        "bench.label",
        lang,
        implementation=machine["implementation"],
        version=machine["version"],
        gil=gil,
    )


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
                    why=t("bench.skip." + col.skipped, lang),
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
    median: float
    min: float
    max: float
    runs: int
    speedup: float  # median of the workload's sequential run / this median
    ideal: float  # the best speedup the limit allows
    limit: float  # CPU: the ideal speedup; I/O: the floor, in seconds
    share: float  # how close to the limit: 1.0 is at it


def points(results: dict) -> list[Point]:
    """Every measurement with its speedup, its limit and the share of that limit it reached.

    CPU: the ideal speedup is min(workers, usable cores); share = speedup / ideal.
    I/O: the floor is delay x ceil(requests / workers), the waits no strategy can avoid;
    share = floor / median.
    """
    cores = results["machine"]["usable_cores"]
    settings = results["settings"]
    base = {
        item["workload"]: item["stats"]["median"]
        for item in results["results"]
        if item["strategy"] == "sequential"
    }
    found = []
    for item in results["results"]:
        stats, workers = item["stats"], item["workers"]
        if item["strategy"] == "sequential":
            workers = 1
        speedup = base.get(item["workload"], math.nan) / stats["median"]
        if results["kind"] == "cpu":
            ideal = float(min(workers, cores))
            limit, share = ideal, speedup / ideal
        else:
            requests, delay = settings["requests"], settings["delay"]
            rounds = math.ceil(requests / workers)
            ideal = requests / rounds
            limit = delay * rounds
            share = limit / stats["median"]
        found.append(
            Point(
                item["workload"],
                item["strategy"],
                workers,
                stats["median"],
                stats["min"],
                stats["max"],
                stats["runs"],
                speedup,
                ideal,
                limit,
                share,
            )
        )
    return found


def find(pts: list[Point], workload: str, strategy: str, workers: int) -> Point | None:
    for p in pts:
        if (p.workload, p.strategy, p.workers) == (workload, strategy, workers):
            return p
    return None


def duration(seconds: float) -> str:
    """A duration with a unit a reader can scan: 2.31 s, 14.2 ms, 87 µs."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3)):
        if abs(seconds) >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-6:.3g} µs"


def _row_keys(all_points: list[list[Point]]) -> list[tuple[str, str, int]]:
    keys = {(p.workload, p.strategy, p.workers) for pts in all_points for p in pts}
    workloads = list(dict.fromkeys(p.workload for pts in all_points for p in pts))
    return sorted(keys, key=lambda k: (workloads.index(k[0]), STRATEGY_ORDER.index(k[1]), k[2]))


# --- Tables ------------------------------------------------------------------------------------


def table(cols: list[Column], lang: str = "en") -> str:
    """One row per measurement, one column per interpreter: speedup or time, and its share of
    the limit. The text alternative to the charts."""
    ok = usable(cols)
    if not ok:
        return t("failed", lang, problem=t("bench.no_results", lang))
    kind = ok[0].run.results["kind"]
    all_points = [points(col.run.results) for col in ok]
    head = [
        t("bench.col_workload", lang),
        t("bench.col_strategy", lang),
        t("bench.col_workers", lang),
        t(f"bench.col_limit_{kind}", lang),
    ]
    head += [label(col.run.results["machine"], lang) for col in ok]
    lines = ["| " + " | ".join(head) + " |", "|---|---|---:|---:|" + "---:|" * len(ok)]
    for workload, strategy, workers in _row_keys(all_points):
        cells = [
            t(f"bench.workload.{workload}", lang),
            t(f"bench.strategy.{strategy}", lang),
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
            values.append(
                t(
                    f"bench.cell_{kind}",
                    lang,
                    speedup=p.speedup,
                    time=duration(p.median),
                    share=p.share,
                )
            )
        cells.append(" / ".join(dict.fromkeys(limits)) or "-")
        lines.append("| " + " | ".join(cells + values) + " |")
    notes = [t(f"bench.table_note_{kind}", lang)]
    skipped: dict[str, list[str]] = {}
    for col in ok:
        for skip in col.run.results.get("skipped", []):
            skipped.setdefault(skip["strategy"], []).append(label(col.run.results["machine"], lang))
    for strategy, pythons in skipped.items():
        notes.append(
            t(
                "bench.strategy_skipped",
                lang,
                strategy=t(f"bench.strategy.{strategy}", lang).capitalize(),
                pythons=", ".join(pythons),
                why=t(f"bench.why_skipped.{strategy}", lang),
            )
        )
    if extra := skipped_notes(cols, lang):
        notes.append(extra)
    return "\n".join(lines) + "\n\n" + "\n\n".join(notes)


def _limit_text(kind: str, p: Point, lang: str) -> str:
    if kind == "cpu":
        return t("bench.limit_cpu", lang, ideal=p.ideal)
    return t("bench.limit_io", lang, floor=duration(p.limit))


def timings(cols: list[Column], lang: str = "en") -> str:
    """Per interpreter, the raw statistics (median, min, max, runs) in a collapsed block,
    with the full results to download as JSON."""
    parts = []
    for col in usable(cols):
        results = col.run.results
        rows = [
            f"| {t('bench.col_workload', lang)} | {t('bench.col_strategy', lang)} | "
            f"{t('bench.col_workers', lang)} | {t('bench.col_median', lang)} | "
            f"{t('bench.col_min', lang)} | {t('bench.col_max', lang)} | "
            f"{t('bench.col_runs', lang)} |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for p in points(results):
            rows.append(
                f"| {t(f'bench.workload.{p.workload}', lang)} | "
                f"{t(f'bench.strategy.{p.strategy}', lang)} | {p.workers} | "
                f"{duration(p.median)} | {duration(p.min)} | {duration(p.max)} | {p.runs} |"
            )
        body = [*rows, "", download(col.run, lang)]
        title = t("bench.timings_title", lang, python=label(results["machine"], lang))
        parts.append(f'??? info "{title}"\n\n' + "\n".join("    " + r if r else r for r in body))
    return "\n\n".join(parts)


def download(record: Run, lang: str = "en") -> str:
    """A link to the run's results as a JSON file, published with the site."""
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


# --- Charts --------------------------------------------------------------------------------


def chart(results: dict, lang: str = "en") -> str:
    """Speedup against workers, one line per strategy (and workload), with the ideal dashed."""
    kind = results["kind"]
    pts = points(results)
    series: dict[str, list[tuple[float, float]]] = {}
    for p in pts:
        if p.strategy == "sequential":
            continue
        name = t(
            f"bench.series.{p.workload}", lang, strategy=t(f"bench.strategy.{p.strategy}", lang)
        )
        series.setdefault(name, []).append((p.workers, p.speedup))
    for values in series.values():
        if min(w for w, _ in values) > 1:
            values.insert(0, (1, 1.0))  # no one-worker run: start from the sequential one
    workers = sorted({p.workers for p in pts})
    ideal = {t(f"bench.ideal_{kind}", lang): [(w, _ideal(kind, results, w)) for w in workers]}
    machine = results["machine"]
    desc = (
        t(
            f"bench.chart_desc_{kind}",
            lang,
            python=label(machine, lang),
            cores=machine["usable_cores"],
        )
        + " "
        + "; ".join(
            f"{name}: " + ", ".join(f"{w:g} → {s:.2f}" for w, s in values)
            for name, values in series.items()
        )
    )
    return charts.line_chart(
        t(f"bench.chart_title_{kind}", lang, python=label(machine, lang)),
        t("bench.chart_x", lang),
        t("bench.chart_y", lang),
        series,
        log_x=True,
        log_y=kind == "io",
        desc=desc,
        reference=ideal,
    )


def _ideal(kind: str, results: dict, workers: int) -> float:
    if kind == "cpu":
        return float(min(workers, results["machine"]["usable_cores"]))
    requests = results["settings"]["requests"]
    return requests / math.ceil(requests / workers)


def charts_block(cols: list[Column], lang: str = "en") -> str:
    """The chart of each interpreter, in content tabs when there is more than one."""
    ok = usable(cols)
    if not ok:
        return t("failed", lang, problem=t("bench.no_results", lang))
    if len(ok) == 1:
        return chart(ok[0].run.results, lang)
    parts = []
    for col in ok:
        svg = chart(col.run.results, lang)
        parts.append(f'=== "{label(col.run.results["machine"], lang)}"\n')
        parts.append("\n".join("    " + line for line in svg.splitlines()) + "\n")
    return "\n".join(parts)


# --- Claims --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Verdict:
    status: str  # "reproduced", "not_reproduced", "not_applicable", "no_data"
    text: str


def threads_cpu(results: dict, lang: str = "en") -> Verdict:
    """Threads do not speed up pure-Python CPU work under the GIL (2 threads < 1.2x)."""
    machine = results["machine"]
    p = find(points(results), "primes", "threads", 2)
    if p is None:
        return Verdict("no_data", t("bench.claim_no_data", lang))
    values = {"speedup": p.speedup, "bound": THREADS_CPU_BELOW}
    if not machine["gil_enabled"]:
        return Verdict("not_applicable", t("bench.threads_cpu.gil_off", lang, **values))
    if machine["usable_cores"] < 2:
        return Verdict("not_applicable", t("bench.threads_cpu.one_core", lang, **values))
    if p.speedup < THREADS_CPU_BELOW:
        return Verdict("reproduced", t("bench.threads_cpu.yes", lang, **values))
    return Verdict("not_reproduced", t("bench.threads_cpu.no", lang, **values))


def processes_cpu(results: dict, lang: str = "en") -> Verdict:
    """Processes do speed up pure-Python CPU work (2 processes >= 1.5x with >= 2 cores)."""
    p = find(points(results), "primes", "processes", 2)
    if p is None:
        return Verdict("no_data", t("bench.claim_no_data", lang))
    machine = results["machine"]
    values = {"speedup": p.speedup, "bound": PROCESSES_CPU_AT_LEAST}
    if machine["usable_cores"] < 2:
        return Verdict("not_applicable", t("bench.processes_cpu.one_core", lang, **values))
    if p.speedup >= PROCESSES_CPU_AT_LEAST:
        return Verdict("reproduced", t("bench.processes_cpu.yes", lang, **values))
    return Verdict(
        "not_reproduced", t("bench.processes_cpu.no", lang, **values) + _load(machine, lang)
    )


def io_floor(results: dict, lang: str = "en") -> Verdict:
    """Threads and asyncio approach the floor on I/O: within 1.5x of it at 16+ workers."""
    checked = [
        p
        for p in points(results)
        if p.workload == "http" and p.strategy in {"threads", "asyncio"} and p.workers >= IO_MANY
    ]
    if not checked:
        return Verdict("no_data", t("bench.claim_no_data", lang))
    worst = min(checked, key=lambda p: p.share)
    values = {
        "count": len(checked),
        "bound": IO_WITHIN,
        "many": IO_MANY,
        "strategy": t(f"bench.strategy.{worst.strategy}", lang),
        "workers": worst.workers,
        "time": duration(worst.median),
        "floor": duration(worst.limit),
        "ratio": worst.median / worst.limit,
    }
    if worst.median <= IO_WITHIN * worst.limit:
        return Verdict("reproduced", t("bench.io_floor.yes", lang, **values))
    return Verdict("not_reproduced", t("bench.io_floor.no", lang, **values))


CLAIMS = {"threads_cpu": threads_cpu, "processes_cpu": processes_cpu, "io_floor": io_floor}
ADMONITION = {
    "reproduced": "success",
    "not_reproduced": "failure",
    "mixed": "warning",
    "none": "info",
}


def claim(name: str, cols: list[Column], lang: str = "en") -> str:
    """One claim as an admonition: its verdict on each interpreter, from that run's results."""
    check = CLAIMS[name]
    verdicts = [(col, check(col.run.results, lang)) for col in usable(cols)]
    tested = {v.status for _, v in verdicts if v.status in {"reproduced", "not_reproduced"}}
    overall = tested.pop() if len(tested) == 1 else ("mixed" if tested else "none")
    title = t(f"bench.{name}.claim", lang) + " " + t(f"bench.overall.{overall}", lang)
    body = [
        f"- **{label(col.run.results['machine'], lang)}**: "
        f"{t(f'bench.status.{v.status}', lang)} {v.text}"
        for col, v in verdicts
    ] or [t("bench.no_results", lang)]
    return f'!!! {ADMONITION[overall]} "{title}"\n\n' + "\n".join("    " + b for b in body)


# --- The setup, for the prose ----------------------------------------------------------------


def setup(cols: list[Column], lang: str = "en") -> str:
    """What was measured and how, from the settings the first run recorded."""
    ok = usable(cols)
    if not ok:
        return t("failed", lang, problem=t("bench.no_results", lang))
    results = ok[0].run.results
    s, machine = results["settings"], results["machine"]
    key = "bench.setup_cpu" if results["kind"] == "cpu" else "bench.setup_io"
    text = t(
        key,
        lang,
        **s,
        delay_ms=s.get("delay", 0) * 1000,
        cores=machine["usable_cores"],
        cpu=machine["cpu_model"],
        start_method=machine["start_method"],
    )
    return text + _load(machine, lang)


def _load(machine: dict, lang: str) -> str:
    """How busy the machine was when the benchmark started, where the run recorded it."""
    if machine.get("load_average") is None:
        return ""
    return " " + t("bench.load", lang, load=machine["load_average"], cores=machine["usable_cores"])


def cost(cols: list[Column], lang: str = "en") -> str:
    """How long the benchmark runs took in this build: the price of this page."""
    ok = [col for col in cols if col.run is not None]
    total = sum(col.run.elapsed for col in ok)
    return t("bench.cost", lang, total=total, count=len(ok))
