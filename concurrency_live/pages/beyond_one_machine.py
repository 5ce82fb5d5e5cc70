"""What the page about Dask's distributed scheduler says: tables, a chart and sentences.

The timed programs under ``snippets/cluster/`` measure in paired rounds (``measure.rounds``):
every round runs each configuration once, in a rotating order, and every comparison is a
ratio within a round, summarised as the median of the per-round ratios with its interval.
Every sentence here is chosen by those intervals, and says them. The two claims the page
states (a cluster starts far slower than a pool; from tasks of some size on, Dask's
efficiency is close to the pool's) are defined in :mod:`concurrency_live.rendering.claims` and their
evidence gathered in :mod:`concurrency_live.pages.evidence`.

Every function here is pure: it takes the Run records of the programs and returns Markdown
or inline SVG. (The module is not called ``distributed``: that name belongs to the package the
programs import.)
"""

from __future__ import annotations

from concurrency_live.rendering import charts, claims, paired
from concurrency_live.rendering.claims import Estimate, limit_mark, past_limit_note
from concurrency_live.rendering.downloads import results_link
from concurrency_live.rendering.paired import ABOVE, BELOW, STRADDLES
from concurrency_live.rendering.tables import table
from concurrency_live.rendering.text import (
    cell,
    duration,
    failure,
    percent,
    spread,
    time_spent,
    times,
    with_interval,
)
from concurrency_live.running.runner import Run
from concurrency_live.words import t

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
WAYS = (SEQUENTIAL, POOL, DASK, EXECUTOR)

# The claims this page states, defined once in claims.CLAIMS.
START_CLAIM = "cluster_start"
SIZE_CLAIM = "dask_task_size"
# The crossover's share: Dask's efficiency as a fraction of the pool's (the claim's threshold).
SHARE = claims.CLAIMS[SIZE_CLAIM].threshold
# The claim "dask_task_size" is about tasks of at least this many seconds of work: its
# statement names this size, and the sweep must reach it (tests check both).
CLAIM_SIZE = 0.1


def measured(record: Run, lang: str = "en") -> str:
    """How a program compared its configurations: paired rounds, how many, what ended them,
    the machine's load and stolen time during them, and the rounds to download."""
    if notice := failure([record], lang):
        return notice
    r = record.results
    m = r["measurement"]
    method = t(METHOD[record.snippet], lang, configs=len(m["configs"]))
    how = paired.how_measured(record, lang)
    return f"{method} {how}\n\n{results_link(record, lang)}"


METHOD = {
    PRIMES: "cluster.method_primes",
    START: "cluster.method_start",
    SWEEP: "cluster.method_sweep",
}


# --- The workload ----------------------------------------------------------------------------


def workload_table(record: Run, lang: str = "en") -> str:
    """Per way of running the workload: its time and its speed-up over running it in turn,
    each with its interval; a speed-up at or past the number of workers says so."""
    if notice := failure([record], lang):
        return notice
    r = record.results
    ideal = float(min(r["workers"], r["machine"]["usable_cores"]))
    rows, limits = [], []
    for name in WAYS:
        speedup = paired.ratio(record, name)
        if speedup is None:
            compared = t("cluster.cell_baseline", lang)
        else:
            limits.append(claims.against_limit(speedup, ideal))
            compared = cell(speedup, times) + limit_mark(limits[-1], lang)
        rows.append([f"`{name}`", cell(Estimate.of(r["times"][name]), duration), compared])
    head = [
        t("cluster.col_way", lang),
        t("cluster.col_time", lang),
        t("cluster.col_speedup", lang),
    ]
    notes = [t("cluster.workload_note", lang, ideal=times(ideal))]
    notes += past_limit_note(limits, lang)
    return table(head, ["---", "---:", "---:"], rows) + "\n\n" + "\n\n".join(notes)


WORKLOAD_COMPARED = {
    ABOVE: "cluster.workload_dask_slower",
    BELOW: "cluster.workload_dask_faster",
    STRADDLES: "cluster.workload_dask_same",
}


def workload_claim(record: Run, lang: str = "en") -> str:
    """Dask against the process pool on the same machine and the same work, per round."""
    if notice := failure([record], lang):
        return notice
    r = record.results
    dask = paired.ratio(record, f"{DASK} / pool")

    def figure(name: str) -> str:
        return with_interval(paired.ratio(record, name), times, lang)

    values = {
        "workers": r["workers"],
        "tasks": r["tasks"],
        "pool_speedup": figure(POOL),
        "dask_speedup": figure(DASK),
        "executor_speedup": figure(EXECUTOR),
        "ratio": figure(f"{DASK} / pool"),
        "executor_ratio": figure(f"{EXECUTOR} / pool"),
    }
    return " ".join(
        [
            t("cluster.workload_speedups", lang, **values),
            t(WORKLOAD_COMPARED[paired.side(dask)], lang, **values),
            t("cluster.workload_executor", lang, **values),
        ]
    )


# --- Start-up and per-task overhead ----------------------------------------------------------

START_COMPARED = {
    ABOVE: "cluster.start_slower",
    BELOW: "cluster.start_faster",
    STRADDLES: "cluster.start_same",
}


def start_claim(record: Run, lang: str = "en") -> str:
    """How long the cluster took to be ready and to stop, next to a process pool, per round."""
    if notice := failure([record], lang):
        return notice
    r = record.results
    compared = paired.ratio(record, "ready")

    def time(what: str, name: str) -> str:
        return with_interval(Estimate.of(r[what][name]), duration, lang)

    values = {
        "workers": r["workers"],
        "ready": time("ready", CLUSTER),
        "pool_ready": time("ready", POOL),
        "method": r["machine"]["start_method"],
        "ratio": with_interval(compared, times, lang),
        "stop": time("stop", CLUSTER),
        "pool_stop": time("stop", POOL),
    }
    return t(START_COMPARED[paired.side(compared)], lang, **values)


def per_task(results: dict, name: str) -> Estimate:
    """Seconds to hand over one no-op task and get its answer back (median of the rounds)."""
    return Estimate.of(results["overhead"][name])


def overhead_table(record: Run, lang: str = "en") -> str:
    """Time per no-op task for each way: what handing a task over and back costs."""
    if notice := failure([record], lang):
        return notice
    r = record.results
    rows = [
        [
            f"`{name}`",
            cell(per_task(r, name), duration),
            spread(paired.stats(record, f"no-op {name}")),
        ]
        for name in (SEQUENTIAL, POOL, DASK)
    ]
    head = [
        t("cluster.col_way", lang),
        t("cluster.col_per_task", lang, count=f"{r['noops']:,}"),
        t("cluster.col_range", lang),
    ]
    return table(head, ["---", "---:", "---:"], rows)


OVERHEAD_COMPARED = {
    ABOVE: "cluster.overhead_dearer",
    BELOW: "cluster.overhead_cheaper",
    STRADDLES: "cluster.overhead_same",
}


def overhead_claim(record: Run, lang: str = "en") -> str:
    if notice := failure([record], lang):
        return notice
    r = record.results
    compared = paired.ratio(record, "per task")
    values = {
        "dask": with_interval(per_task(r, DASK), duration, lang),
        "dask_median": duration(per_task(r, DASK).median),
        "pool": with_interval(per_task(r, POOL), duration, lang),
        "call": with_interval(per_task(r, SEQUENTIAL), duration, lang),
        "ratio": with_interval(compared, times, lang),
        "noops": f"{r['noops']:,}",
    }
    return t(OVERHEAD_COMPARED[paired.side(compared)], lang, **values)


# --- Task size sweep -------------------------------------------------------------------------


def sweep_points(results: dict) -> list[dict]:
    return sorted(results["sweep"], key=lambda p: p["size"])


def efficiency(point: dict, name: str) -> Estimate:
    """Ideal time over the time of each round, median and interval: 1 when sharing out the
    work cost nothing."""
    return Estimate.of(point[name]["efficiency"])


def share(point: dict) -> Estimate | None:
    """Dask's efficiency over the pool's at one size: per round, the pool's time over Dask's."""
    return Estimate.of(point["share"])


def share_status(point: dict) -> str:
    """Whether Dask reached SHARE of the pool's efficiency at this size, by the claim's rule:
    claims.REPRODUCED, NOT_REPRODUCED, or INCONCLUSIVE when the interval straddles SHARE."""
    estimate = share(point)
    if estimate is None:
        return claims.NO_DATA
    return claims.decide(claims.CLAIMS[SIZE_CLAIM], estimate)


def crossover(results: dict) -> dict | None:
    """The smallest size from which on (at that size and every larger one in the sweep) the
    whole interval of Dask's share of the pool's efficiency lies at or above SHARE."""
    found = None
    for point in reversed(sweep_points(results)):
        if share_status(point) != claims.REPRODUCED:
            break
        found = point
    return found


def crossover_definition(lang: str = "en") -> str:
    """What the page calls the crossover, with the share from the claim's definition."""
    return t("cluster.crossover_definition", lang, share=percent(SHARE))


def efficiency_chart(record: Run, lang: str = "en") -> str:
    """Efficiency against task size (log), one line each for the process pool and Dask, every
    point with its interval as an error bar; a point past the ideal is explained below."""
    if notice := failure([record], lang):
        return notice
    sweep = sweep_points(record.results)
    series = {}
    for name in (POOL, DASK):
        points = []
        for p in sweep:
            e = efficiency(p, name)
            points.append((p["size"], 100 * e.median, 100 * e.low, 100 * e.high))
        series[label(name, lang)] = points
    ideal = {t("cluster.chart_ideal", lang): [(p["size"], 100.0) for p in sweep]}
    svg = charts.line_chart(
        t("cluster.chart_title", lang, tasks=record.results["tasks"]),
        t("cluster.chart_x", lang),
        t("cluster.chart_y", lang),
        series,
        log_x=True,
        desc=chart_desc(record.results, series, lang),
        reference=ideal,
        x_format=duration,
        y_format=lambda value: f"{value:g}%",
    )
    out = charts.block(svg)
    if past := past_ideal(record.results, lang):
        out += "\n\n" + t("cluster.past_ideal_note", lang, points=", ".join(past))
    return out


def past_ideal(results: dict, lang: str = "en") -> list[str]:
    """The measurements whose whole efficiency interval lies above 100 %: not possible."""
    return [
        f"{label(name, lang)} {duration(p['size'])}"
        for p in sweep_points(results)
        for name in (POOL, DASK)
        if claims.against_limit(efficiency(p, name), 1.0) == claims.PAST_LIMIT
    ]


def label(name: str, lang: str = "en") -> str:
    return t("cluster.label_pool" if name == POOL else "cluster.label_dask", lang)


def chart_desc(results: dict, series: dict[str, list[tuple]], lang: str = "en") -> str:
    lines = charts.describe(series, duration, lambda value: percent(value / 100))
    sweep = sweep_points(results)
    return t(
        "cluster.chart_desc",
        lang,
        tasks=results["tasks"],
        workers=results["workers"],
        low=duration(sweep[0]["size"]),
        high=duration(sweep[-1]["size"]),
        points=lines,
    )


SHARE_MARK = {
    claims.REPRODUCED: "cluster.share_reached",
    claims.NOT_REPRODUCED: "cluster.share_not_reached",
    claims.INCONCLUSIVE: "cluster.share_unclear",
    claims.NO_DATA: "cluster.share_no_data",
}


def efficiency_table(record: Run, lang: str = "en") -> str:
    """The chart's data: per task size, the ideal time, each way's efficiency and Dask's share
    of the pool's, each with its interval, and whether that share reached SHARE."""
    if notice := failure([record], lang):
        return notice
    r = record.results
    rows, limits = [], []
    for p in sweep_points(r):
        cells = [duration(p["size"]), duration(p["ideal"])]
        for name in (POOL, DASK):
            e = efficiency(p, name)
            limits.append(claims.against_limit(e, 1.0))
            cells.append(cell(e, percent) + limit_mark(limits[-1], lang))
        compared = share(p)
        cells.append(cell(compared, percent) if compared else "-")
        cells.append(t(SHARE_MARK[share_status(p)], lang, share=percent(SHARE)))
        rows.append(cells)
    head = [
        t("cluster.col_size", lang),
        t("cluster.col_ideal", lang, tasks=r["tasks"], workers=r["workers"]),
        t("cluster.col_pool", lang),
        t("cluster.col_dask", lang),
        t("cluster.col_share", lang),
        t("cluster.col_reached", lang, share=percent(SHARE)),
    ]
    notes = [t("cluster.efficiency_note", lang), *past_limit_note(limits, lang)]
    return table(head, ["---:"] * len(head), rows) + "\n\n" + "\n\n".join(notes)


BELOW_CROSSOVER = {
    claims.NOT_REPRODUCED: "cluster.crossover_below_not",
    claims.INCONCLUSIVE: "cluster.crossover_below_unclear",
}
NO_CROSSOVER = {
    claims.NOT_REPRODUCED: "cluster.crossover_none",
    claims.INCONCLUSIVE: "cluster.crossover_none_unclear",
    claims.NO_DATA: "cluster.crossover_none_unclear",
}


def crossover_claim(record: Run, lang: str = "en") -> str:
    """The task size from which on Dask's overhead stopped mattering, or that none was found:
    decided by the intervals of Dask's share of the pool's efficiency."""
    if notice := failure([record], lang):
        return notice
    sweep = sweep_points(record.results)
    point = crossover(record.results)
    target = point or sweep[-1]
    values = {
        "share": percent(SHARE),
        "size": duration(target["size"]),
        "ratio": with_interval(share(target), percent, lang) if share(target) else "-",
        "smallest": duration(sweep[0]["size"]),
    }
    if point is None:
        return t(NO_CROSSOVER[share_status(target)], lang, **values)
    if point is sweep[0]:
        return t("cluster.crossover_everywhere", lang, **values)
    below = sweep[sweep.index(point) - 1]
    return " ".join(
        [
            t("cluster.crossover_found", lang, **values),
            t(
                BELOW_CROSSOVER[share_status(below)],
                lang,
                **values,
                below=duration(below["size"]),
                below_ratio=with_interval(share(below), percent, lang),
            ),
        ]
    )


# --- A worker killed -------------------------------------------------------------------------


def killed_claim(record: Run, lang: str = "en") -> str:
    if notice := failure([record], lang):
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
    """The measurements that decide between a pool and a cluster, in one generated list, each
    with its interval."""
    if notice := failure([primes, start, sweep], lang):
        return notice
    point = crossover(sweep.results)
    largest = sweep_points(sweep.results)[-1]
    target = point or largest
    p, s, w = primes.results, start.results, sweep.results
    bullets = [
        t(
            "cluster.summary_start",
            lang,
            ready=duration(Estimate.of(s["ready"][CLUSTER]).median),
            pool_ready=duration(Estimate.of(s["ready"][POOL]).median),
            ratio=with_interval(paired.ratio(start, "ready"), times, lang),
        ),
        t(
            "cluster.summary_task",
            lang,
            dask=duration(per_task(w, DASK).median),
            pool=duration(per_task(w, POOL).median),
            ratio=with_interval(paired.ratio(sweep, "per task"), times, lang),
        ),
        t(
            "cluster.summary_size_found" if point else "cluster.summary_size_none",
            lang,
            share=percent(SHARE),
            size=duration(target["size"]),
            ratio=with_interval(share(target), percent, lang) if share(target) else "-",
        ),
        t(
            "cluster.summary_workload",
            lang,
            tasks=p["tasks"],
            pool=duration(Estimate.of(p["times"][POOL]).median),
            dask=duration(Estimate.of(p["times"][DASK]).median),
            ratio=with_interval(paired.ratio(primes, f"{DASK} / pool"), times, lang),
        ),
    ]
    return "\n".join(f"- {bullet}" for bullet in bullets)


budget = time_spent  # how long this page's programs ran in this build, all together
