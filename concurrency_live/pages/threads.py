"""What the threads page says about its snippets' runs: tables and claims, from the results."""

from __future__ import annotations

import re

from concurrency_live.pages import processes
from concurrency_live.pages.processes import exit_meaning
from concurrency_live.rendering import paired
from concurrency_live.rendering.tables import table as render_table
from concurrency_live.rendering.text import cell, collapsed, duration, failure, interval, times
from concurrency_live.running.runner import Run
from concurrency_live.words import t


def shared_list(record: Run, lang: str = "en") -> str:
    """What the reader thread read, against what the writer thread appended."""
    if note := failure(record, lang):
        return note
    r = record.results
    ids = ", ".join(f"{name} {tid}" for name, tid in r["thread_ids"].items())
    key = "threads.shared_same" if r["read"] == r["written"] else "threads.shared_differs"
    return t(key, lang, read=r["read"], written=r["written"], pid=r["pid"], ids=ids)


# The process-against-a-thread sentence, by where the interval lies against 1.
CLAIM_KEYS = {
    paired.ABOVE: "threads.cost_claim_slower",
    paired.BELOW: "threads.cost_claim_faster",
    paired.STRADDLES: "threads.cost_claim_same",
}
BATCH_KEYS = {
    paired.BELOW: "threads.batch_cheaper",
    paired.ABOVE: "threads.batch_dearer",
    paired.STRADDLES: "threads.batch_same",
}


def start_cost_table(record: Run, processes_run: Run, lang: str = "en") -> str:
    """This page's paired run (a thread on its own against one in a batch), then the thread
    against a process as the processes page's paired run measured them: each ratio comes from
    the rounds of one run, never from two runs."""
    if note := failure(record, lang):
        return note
    n = record.results["batch_size"]
    columns = (
        "threads.cost_what",
        "threads.cost_median",
        "threads.cost_min",
        "threads.cost_max",
        "threads.cost_ratio",
    )
    head = [t(key, lang) for key in columns]
    ratio = paired.ratio(record, "batch/one")

    rows = [
        [t("threads.cost_one", lang), *paired.time_cells(record, "one"), times(1)],
        [
            t("threads.cost_batch", lang, n=n),
            *paired.time_cells(record, "batch"),
            cell(ratio, times),
        ],
    ]
    parts = [render_table(head, ["---", "--:", "--:", "--:", "--:"], rows)]
    parts.append(
        t(
            BATCH_KEYS[paired.side(ratio)],
            lang,
            n=n,
            one=duration(paired.stats(record, "one")["median"]),
            batch=duration(paired.stats(record, "batch")["median"]),
            ratio=times(ratio.median),
            interval=interval(ratio, times, lang),
        )
    )
    setup = t("threads.cost_setup", lang, n=n, **paired.settings(record))
    parts.append(collapsed(setup + " " + paired.how_measured(record, lang), lang))
    parts.append(against_processes(processes_run, lang))
    return "\n\n".join(parts)


def against_processes(record: Run, lang: str = "en") -> str:
    """A process against a thread, from the processes page's paired run of this build."""
    if record.results is None:
        return t("threads.cost_no_processes", lang)
    default = processes.default_cost(record, CLAIM_KEYS, lang)
    if default is None:
        return t("threads.cost_no_processes", lang)
    methods = []
    for method in record.results["methods"]:
        ratio = paired.ratio(record, f"{method}/thread")
        if ratio is not None and method != record.results["default"]:
            methods.append(
                t(
                    "threads.cost_method",
                    lang,
                    method=method,
                    ratio=times(ratio.median),
                    interval=interval(ratio, times, lang),
                )
            )
    if not methods:
        return default
    return default + " " + t("threads.cost_methods", lang, methods="; ".join(methods))


def exception_summary(record: Run, lang: str = "en") -> str:
    """Which threads outlived the failing one, and what they went on to compute."""
    if note := failure(record, lang):
        return note
    r = record.results
    others = [name for name in r["alive_after_failure"] if name not in ("MainThread", "failing")]
    reported = "Exception in thread failing:" in record.output
    values = {
        "others": ", ".join(f"`{name}`" for name in others),
        "results": ", ".join(f"`{name}` = {value}" for name, value in sorted(r["results"].items())),
    }
    parts = [t("threads.hook_reported" if reported else "threads.hook_silent", lang)]
    if others and all(name in r["results"] for name in others):
        parts.append(t("threads.others_finished", lang, **values))
    else:
        parts.append(t("threads.others_missing", lang, **values))
    return " ".join(parts)


def abort_summary(record: Run, lang: str = "en") -> str:
    """The child's exit code, and whether its threads' counters moved after it died."""
    if note := failure(record, lang):
        return note
    r = record.results
    parts = [
        t("threads.abort_code", lang, code=r["exitcode"], meaning=exit_meaning(r["exitcode"], lang))
    ]
    values = {
        "at_exit": r["at_exit"],
        "later": r["later"],
        "steps": r["steps"],
        "after": f"{r['look_again']:g}",
    }
    stopped = r["at_exit"] == r["later"] and all(n < r["steps"] for n in r["at_exit"])
    parts.append(t("threads.abort_stopped" if stopped else "threads.abort_moved", lang, **values))
    finished = record.output.count("finished all")
    if finished:
        parts.append(t("threads.abort_some_finished", lang, n=finished))
    else:
        parts.append(t("threads.abort_none_finished", lang))
    return " ".join(parts)


def pool_summary(handmade: Run, pool: Run, lang: str = "en") -> str:
    """Where each version put its results and the failing task's exception."""
    for record in (handmade, pool):
        if note := failure(record, lang):
            return note
    h, p = handmade.results, pool.results
    lost = [n for n, result in zip(h["inputs"], h["results"], strict=True) if result is None]
    handmade_part = t(
        "threads.handmade_lost" if lost else "threads.handmade_all",
        lang,
        results=h["results"],
        lost=", ".join(map(str, lost)),
    )
    if lost:
        hook = "Exception in thread" in handmade.output
        handmade_part += " " + t(
            "threads.handmade_hook" if hook else "threads.handmade_silent", lang
        )
    complete = len(p["mapped"]) == len(p["inputs"])
    map_part = t(
        "threads.pool_map_all" if complete else "threads.pool_map",
        lang,
        mapped=p["mapped"],
        total=len(p["inputs"]),
        count=len(p["mapped"]),
    )
    errors = [n for n, value in p["submitted"].items() if isinstance(value, str)]
    submit_part = t(
        "threads.pool_submit" if errors else "threads.pool_submit_all",
        lang,
        ok=len(p["submitted"]) - len(errors),
        errors=", ".join(f"`{p['submitted'][n]}`" for n in errors) or "-",
    )
    if "Exception in thread" not in pool.output:
        submit_part += " " + t("threads.pool_no_hook", lang)
    return "\n".join(f"- {part}" for part in (handmade_part, map_part, submit_part))


STAMPED = re.compile(r"^\[\s*(?P<at>[\d.]+) s\] (?P<text>.*)$")
TICK = re.compile(r"^daemon: tick (?P<i>\d+) of (?P<total>\d+)$")


def daemon_summary(record: Run, lang: str = "en") -> str:
    """How far the daemon got before the interpreter exited, and when the worker finished."""
    lines = [m for m in map(STAMPED.match, record.output.splitlines()) if m]
    ticks = [TICK.match(m["text"]) for m in lines]
    ticks = [m for m in ticks if m]
    total = int(ticks[0]["total"]) if ticks else 0
    at = {m["text"].split(":")[0]: float(m["at"]) for m in lines}
    parts = []
    if any("finished its loop" in m["text"] for m in lines):
        parts.append(t("threads.daemon_finished", lang, total=total))
    else:
        parts.append(t("threads.daemon_cut", lang, ticks=len(ticks), total=total))
    if "worker" in at and "main" in at:
        last = lines[-1]["text"] if lines else ""
        key = "threads.worker_waited" if last.startswith("worker") else "threads.worker_not_last"
        parts.append(t(key, lang, main=at["main"], worker=at["worker"]))
    else:
        parts.append(t("threads.worker_missing", lang))
    return " ".join(parts)
