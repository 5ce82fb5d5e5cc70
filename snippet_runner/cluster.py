"""What the page about Dask's distributed scheduler says: tables, a chart and claims.

Every function here is pure: it takes the Run records of the programs under
``snippets/cluster/`` and returns Markdown or inline SVG. (The module is not called
``distributed``: that name belongs to the package the programs import.)
"""

from __future__ import annotations

from snippet_runner import charts
from snippet_runner.messages import t
from snippet_runner.render import duration, spread, table, time_spent
from snippet_runner.run import Run

PRIMES = "cluster/primes_dask.py"
START = "cluster/start_cost_dask.py"
SWEEP = "cluster/task_size_sweep.py"
KILLED = "cluster/worker_killed.py"
SNIPPETS = (PRIMES, START, SWEEP, KILLED)

# The names the programs report.
SEQUENTIAL = "sequential"
POOL = "ProcessPoolExecutor"
DASK = "Client.map + gather"
EXECUTOR = "Client.get_executor()"
CLUSTER = "LocalCluster"

# The crossover: the smallest task size from which on (at that size and every larger one in the
# sweep) Dask's efficiency is at least this share of the process pool's.
SHARE = 0.8
# Dask and the pool count as "about as fast" when their medians differ by less than this.
SAME = 0.1


def times(ratio: float) -> str:
    return f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.2g}"


def percent(share: float) -> str:
    return f"{share:.0%}"


def failed(records: list[Run], lang: str = "en") -> str | None:
    """A failure notice naming every run without results, or None when all have results."""
    notices = [
        f"`{record.snippet}`: "
        + t("failed", lang, problem=record.problem or t("cluster.no_results", lang))
        for record in records
        if not record.results
    ]
    return "\n\n".join(notices) or None


# --- The workload ----------------------------------------------------------------------------


def workload_table(record: Run, lang: str = "en") -> str:
    """Wall time per way of running the workload, with the speed-up over running it in turn."""
    if notice := failed([record], lang):
        return notice
    timings = record.results["times"]
    base = timings[SEQUENTIAL]["median"]
    rows = [
        [
            f"`{name}`",
            duration(stats["median"]),
            spread(stats),
            str(stats["runs"]),
            f"{base / stats['median']:.2f}&times;",
        ]
        for name, stats in timings.items()
    ]
    head = [
        t("cluster.col_way", lang),
        t("cluster.col_wall", lang),
        t("cluster.col_range", lang),
        t("cluster.col_runs", lang),
        t("cluster.col_speedup", lang),
    ]
    return table(head, ["---", "---:", "---:", "---:", "---:"], rows)


def workload_claim(record: Run, lang: str = "en") -> str:
    """Dask against the process pool on the same machine and the same work."""
    if notice := failed([record], lang):
        return notice
    r = record.results
    timings = r["times"]
    base = timings[SEQUENTIAL]["median"]
    pool, dask = timings[POOL]["median"], timings[DASK]["median"]
    values = {
        "workers": r["workers"],
        "tasks": r["tasks"],
        "pool": duration(pool),
        "pool_speedup": f"{base / pool:.2f}",
        "dask": duration(dask),
        "dask_speedup": f"{base / dask:.2f}",
        "executor": duration(timings[EXECUTOR]["median"]),
        "executor_speedup": f"{base / timings[EXECUTOR]['median']:.2f}",
        "slower": percent(dask / pool - 1),
        "faster": percent(1 - dask / pool),
        "same": percent(SAME),
    }
    parts = [t("cluster.workload_speedups", lang, **values)]
    if dask > pool * (1 + SAME):
        parts.append(t("cluster.workload_dask_slower", lang, **values))
    elif dask < pool * (1 - SAME):
        parts.append(t("cluster.workload_dask_faster", lang, **values))
    else:
        parts.append(t("cluster.workload_dask_same", lang, **values))
    return " ".join(parts)


# --- Start-up and per-task overhead ----------------------------------------------------------


def start_claim(record: Run, lang: str = "en") -> str:
    """How long the cluster took to be ready and to stop, next to a process pool."""
    if notice := failed([record], lang):
        return notice
    r = record.results
    cluster, pool = r[CLUSTER], r[POOL]
    ready, pool_ready = cluster["ready"]["median"], pool["ready"]["median"]
    values = {
        "workers": r["workers"],
        "ready": duration(ready),
        "ready_range": spread(cluster["ready"]),
        "starts": cluster["ready"]["runs"],
        "stop": duration(cluster["stop"]["median"]),
        "pool_ready": duration(pool_ready),
        "pool_stop": duration(pool["stop"]["median"]),
        "method": r["machine"]["start_method"],
        "ratio": times(ready / pool_ready),
    }
    key = "cluster.start_slower" if ready > pool_ready else "cluster.start_not_slower"
    return t(key, lang, **values)


def per_task(results: dict, name: str) -> float:
    return results["overhead"][name]["median"] / results["noops"]


def overhead_table(record: Run, lang: str = "en") -> str:
    """Time per no-op task for each way: what handing a task over and back costs."""
    if notice := failed([record], lang):
        return notice
    r = record.results
    rows = [
        [
            f"`{name}`",
            duration(stats["median"]),
            duration(stats["median"] / r["noops"]),
            spread(stats, r["noops"]),
            str(stats["runs"]),
        ]
        for name, stats in r["overhead"].items()
    ]
    head = [
        t("cluster.col_way", lang),
        t("cluster.col_all_noops", lang, count=f"{r['noops']:,}"),
        t("cluster.col_per_task", lang),
        t("cluster.col_range", lang),
        t("cluster.col_runs", lang),
    ]
    return table(head, ["---", "---:", "---:", "---:", "---:"], rows)


def overhead_claim(record: Run, lang: str = "en") -> str:
    if notice := failed([record], lang):
        return notice
    r = record.results
    dask, pool, call = per_task(r, DASK), per_task(r, POOL), per_task(r, SEQUENTIAL)
    values = {
        "dask": duration(dask),
        "pool": duration(pool),
        "call": duration(call),
        "ratio": times(dask / pool),
        "noops": f"{r['noops']:,}",
    }
    key = "cluster.overhead_dearer" if dask > pool else "cluster.overhead_not_dearer"
    return t(key, lang, **values)


# --- Task size sweep -------------------------------------------------------------------------


def efficiency(point: dict, name: str) -> float:
    """Ideal time over the median time: 1 when sharing out the work cost nothing."""
    return point["ideal"] / point[name]["median"]


def crossover(results: dict) -> dict | None:
    """The smallest point from which on Dask's efficiency is at least SHARE of the pool's."""
    found = None
    for point in reversed(sorted(results["sweep"], key=lambda p: p["size"])):
        if efficiency(point, DASK) < SHARE * efficiency(point, POOL):
            break
        found = point
    return found


def efficiency_chart(record: Run, lang: str = "en") -> str:
    """Efficiency against task size (log), one line each for the process pool and Dask."""
    if notice := failed([record], lang):
        return notice
    sweep = sorted(record.results["sweep"], key=lambda p: p["size"])
    series = {
        label(name, lang): [(p["size"], 100 * efficiency(p, name)) for p in sweep]
        for name in (POOL, DASK)
    }
    ideal = {t("cluster.chart_ideal", lang): [(p["size"], 100.0) for p in sweep]}
    svg = charts.line_chart(
        t("cluster.chart_title", lang, tasks=record.results["tasks"]),
        t("cluster.chart_x", lang),
        t("cluster.chart_y", lang),
        series,
        log_x=True,
        desc=chart_desc(record.results, lang),
        reference=ideal,
        x_format=duration,
        y_format=lambda value: f"{value:g}%",
    )
    # In a <div>, Markdown leaves the SVG alone instead of wrapping it in a paragraph.
    return f"<div>\n{svg}\n</div>"


def label(name: str, lang: str = "en") -> str:
    return t("cluster.label_pool" if name == POOL else "cluster.label_dask", lang)


def chart_desc(results: dict, lang: str = "en") -> str:
    sweep = sorted(results["sweep"], key=lambda p: p["size"])
    lines = "; ".join(
        t(
            "cluster.chart_point",
            lang,
            size=duration(p["size"]),
            pool=percent(efficiency(p, POOL)),
            dask=percent(efficiency(p, DASK)),
        )
        for p in sweep
    )
    return t(
        "cluster.chart_desc",
        lang,
        tasks=results["tasks"],
        workers=results["workers"],
        low=duration(sweep[0]["size"]),
        high=duration(sweep[-1]["size"]),
        points=lines,
    )


def efficiency_table(record: Run, lang: str = "en") -> str:
    """The chart's data: per task size, ideal and median times, efficiencies and their ratio."""
    if notice := failed([record], lang):
        return notice
    r = record.results
    rows = []
    for p in sorted(r["sweep"], key=lambda p: p["size"]):
        pool, dask = efficiency(p, POOL), efficiency(p, DASK)
        rows.append(
            [
                duration(p["size"]),
                duration(p["ideal"]),
                t("cluster.cell_time", lang, time=duration(p[POOL]["median"]), eff=percent(pool)),
                t("cluster.cell_time", lang, time=duration(p[DASK]["median"]), eff=percent(dask)),
                percent(dask / pool),
                f"{p[POOL]['runs']} / {p[DASK]['runs']}",
            ]
        )
    head = [
        t("cluster.col_size", lang),
        t("cluster.col_ideal", lang, tasks=r["tasks"], workers=r["workers"]),
        t("cluster.col_pool", lang),
        t("cluster.col_dask", lang),
        t("cluster.col_share", lang),
        t("cluster.col_sweep_runs", lang),
    ]
    return table(head, ["---:"] * len(head), rows)


def crossover_claim(record: Run, lang: str = "en") -> str:
    """The task size from which on Dask's overhead stopped mattering, or that none was found."""
    if notice := failed([record], lang):
        return notice
    r = record.results
    sweep = sorted(r["sweep"], key=lambda p: p["size"])
    point = crossover(r)
    target = point or sweep[-1]
    values = {
        "share": percent(SHARE),
        "size": duration(target["size"]),
        "dask": percent(efficiency(target, DASK)),
        "pool": percent(efficiency(target, POOL)),
        "smallest": duration(sweep[0]["size"]),
    }
    if point is None:
        return t("cluster.crossover_none", lang, **values)
    if point is sweep[0]:
        return t("cluster.crossover_everywhere", lang, **values)
    below = sweep[sweep.index(point) - 1]
    return t(
        "cluster.crossover_found",
        lang,
        **values,
        below=duration(below["size"]),
        below_share=percent(efficiency(below, DASK) / efficiency(below, POOL)),
    )


# --- A worker killed -------------------------------------------------------------------------


def killed_claim(record: Run, lang: str = "en") -> str:
    if notice := failed([record], lang):
        return notice
    r = record.results
    values = {
        "in_hand": r["in_hand"],
        "held": r["results_held"],
        "answers": r["answers"],
        "tasks": r["tasks"],
    }
    parts = [
        t("cluster.killed_complete" if r["correct"] else "cluster.killed_wrong", lang, **values)
    ]
    parts.append(
        t("cluster.killed_restarted" if r["restarted"] else "cluster.killed_not_restarted", lang)
    )
    return " ".join(parts)


# --- The page as a whole ---------------------------------------------------------------------


def summary(primes: Run, start: Run, sweep: Run, lang: str = "en") -> str:
    """The measurements that decide between a pool and a cluster, in one generated list."""
    if notice := failed([primes, start, sweep], lang):
        return notice
    point = crossover(sweep.results)
    timings = primes.results["times"]
    bullets = [
        t(
            "cluster.summary_start",
            lang,
            ready=duration(start.results[CLUSTER]["ready"]["median"]),
            pool_ready=duration(start.results[POOL]["ready"]["median"]),
        ),
        t(
            "cluster.summary_task",
            lang,
            dask=duration(per_task(sweep.results, DASK)),
            pool=duration(per_task(sweep.results, POOL)),
        ),
        t(
            "cluster.summary_size_found" if point else "cluster.summary_size_none",
            lang,
            share=percent(SHARE),
            size=duration(
                point["size"] if point else max(p["size"] for p in sweep.results["sweep"])
            ),
        ),
        t(
            "cluster.summary_workload",
            lang,
            tasks=primes.results["tasks"],
            pool=duration(timings[POOL]["median"]),
            dask=duration(timings[DASK]["median"]),
        ),
    ]
    return "\n".join(f"- {bullet}" for bullet in bullets)


def budget(records: list[Run], lang: str = "en") -> str:
    """How long this page's programs ran in this build, all together."""
    return time_spent(records, "cluster.budget", lang)
