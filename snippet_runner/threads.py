"""What the threads page says about its snippets' runs: tables and claims, from the results."""

from __future__ import annotations

import re

from snippet_runner.messages import t
from snippet_runner.processes import cost_head, cost_row, exit_meaning, human, times
from snippet_runner.run import Run


def missing(record: Run, lang: str = "en") -> str | None:
    """A note in place of a claim when the run gave no results (the build has warned already)."""
    if record.results is None:
        return t("threads.no_results", lang, snippet=record.snippet)
    return None


def shared_list(record: Run, lang: str = "en") -> str:
    """What the reader thread read, against what the writer thread appended."""
    if note := missing(record, lang):
        return note
    r = record.results
    ids = ", ".join(f"{name} {tid}" for name, tid in r["thread_ids"].items())
    key = "threads.shared_same" if r["read"] == r["written"] else "threads.shared_differs"
    return t(key, lang, read=r["read"], written=r["written"], pid=r["pid"], ids=ids)


def start_cost_table(record: Run, processes: Run, lang: str = "en") -> str:
    """This page's thread figures next to the processes page's figures for each start method."""
    if note := missing(record, lang):
        return note
    r = record.results
    thread = r["one"]["median"]
    rows = cost_head("threads", lang)

    def row(label: str, stats: dict) -> str:
        return cost_row(label, stats, thread, lang)

    rows.append(row(t("threads.cost_one", lang), r["one"]))
    rows.append(row(t("threads.cost_batch", lang, n=r["batch_size"]), r["batch"]))
    p = processes.results
    if p is None:
        return "\n".join(rows) + "\n\n" + t("threads.cost_no_processes", lang)
    for method, stats in p["methods"].items():
        default = t("threads.default_mark", lang) if method == p["default"] else ""
        rows.append(row(t("threads.cost_process", lang, method=method) + default, stats))
    parts = ["\n".join(rows)]
    default = p["methods"].get(p["default"])
    if default:
        ratio = default["median"] / thread
        key = "threads.cost_claim_slower" if ratio >= 1 else "threads.cost_claim_faster"
        parts.append(
            t(
                key,
                lang,
                method=p["default"],
                process=human(default["median"]),
                thread=human(thread),
                ratio=times(ratio, lang),
            )
        )
    parts.append(t("threads.cost_other_run", lang, thread=human(p["thread"]["median"])))
    return "\n\n".join(parts)


def exception_summary(record: Run, lang: str = "en") -> str:
    """Which threads outlived the failing one, and what they went on to compute."""
    if note := missing(record, lang):
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
    if note := missing(record, lang):
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
        if note := missing(record, lang):
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
