"""What the processes page says about its snippets' runs: tables and claims, from the results."""

from __future__ import annotations

import re
import signal

from concurrency_live.rendering import paired
from concurrency_live.rendering.claims import Evidence
from concurrency_live.rendering.tables import table as render_table
from concurrency_live.rendering.text import (
    cell,
    collapsed,
    duration,
    failure,
    interval,
    label,
    times,
)
from concurrency_live.running.runner import Run
from concurrency_live.words import t

METHODS = ("fork", "forkserver", "spawn")
START_COST = "processes/start_cost_methods.py"


def kib(value: float | None, lang: str = "en") -> str:
    if value is None:
        return t("processes.unavailable", lang)
    if abs(value) >= 1024:
        return f"{value / 1024:,.1f} MiB"
    return f"{value:,.0f} KiB"


def exit_meaning(code: int | None, lang: str = "en") -> str:
    """What a multiprocessing exitcode says: a normal end, an exit status, or a signal."""
    if code is None:
        return t("processes.exit_running", lang)
    if code == 0:
        return t("processes.exit_zero", lang)
    if code > 0:
        return t("processes.exit_status", lang, code=code)
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    return t("processes.exit_signal", lang, name=name, number=-code)


def own_memory(record: Run, lang: str = "en") -> str:
    """The child's change to a global, against the parent's copy after the child ended."""
    if note := failure(record, lang):
        return note
    r = record.results
    key = (
        "processes.own_memory_kept"
        if r["parent_counter"] != r["child_counter"]
        else ("processes.own_memory_shared")
    )
    return t(key, lang, **r)


def start_methods_table(record: Run, lang: str = "en") -> str:
    """Per start method: what the child sees of the parent's change, its __main__, its parent."""
    if note := failure(record, lang):
        return note
    r = record.results
    columns = (
        "processes.methods_method",
        "processes.methods_setting",
        "processes.methods_main",
        "processes.methods_parent",
    )
    head = [t(key, lang) for key in columns]
    rows = []
    for method, seen in r["methods"].items():
        name = f"`{method}`" + (t("processes.default_mark", lang) if method == r["default"] else "")
        parent = t(
            "processes.parent_main" if seen["parent_is_main"] else "processes.parent_other", lang
        )
        rows.append([name, seen["setting"], f"`{seen['main_module']}`", parent])
    return render_table(head, ["---"] * 4, rows)


def start_evidence(record: Run, lang: str = "en") -> Evidence:
    """A process at the default start method over a thread, per round: evidence for the claim
    ``process_start``."""
    r = record.results or {}
    method = r.get("default", "?")
    source = t(
        "processes.evidence_start",
        lang,
        python=label(record.interpreter or {}, lang),
        method=method,
    )
    estimate = paired.ratio(record, f"{method}/thread") if r else None
    return Evidence(source, estimate, anchor="processes.md#what-starting-a-process-costs")


COST_KEYS = {
    paired.ABOVE: "processes.cost_slower",
    paired.BELOW: "processes.cost_faster",
    paired.STRADDLES: "processes.cost_same",
}


def default_cost(record: Run, keys: dict[str, str], lang: str = "en") -> str | None:
    """The default start method's process against a thread of the same rounds, worded by where
    the interval of the ratio lies against 1 (``keys``: the page's message for each place)."""
    r = record.results
    ratio = paired.ratio(record, f"{r['default']}/thread")
    if ratio is None:
        return None
    return t(
        keys[paired.side(ratio)],
        lang,
        method=r["default"],
        process=duration(paired.stats(record, r["default"])["median"]),
        thread=duration(paired.stats(record, "thread")["median"]),
        ratio=times(ratio.median),
        interval=interval(ratio, times, lang),
    )


def method_range(record: Run, lang: str = "en") -> str | None:
    """The quickest and the slowest start method by median, and their ratio per round."""
    methods = record.results["methods"]
    if len(methods) < 2:
        return None
    by_cost = sorted(methods, key=lambda m: paired.stats(record, m)["median"])
    fast, slow = by_cost[0], by_cost[-1]
    # The run compares each pair once: the later method of its list over the earlier one.
    a, b = (slow, fast) if methods.index(slow) > methods.index(fast) else (fast, slow)
    ratio = paired.ratio(record, f"{a}/{b}")
    if ratio is None:
        return None
    return t(
        "processes.cost_range",
        lang,
        fast=fast,
        fast_time=duration(paired.stats(record, fast)["median"]),
        slow=slow,
        slow_time=duration(paired.stats(record, slow)["median"]),
        a=a,
        b=b,
        ratio=times(ratio.median),
        interval=interval(ratio, times, lang),
    )


def start_cost_table(record: Run, lang: str = "en") -> str:
    """Start + join of a thread and of a process per start method, in paired rounds: each
    process as a multiple of a thread with its interval, the sentences the data chooses, and
    how the rounds went."""
    if note := failure(record, lang):
        return note
    r = record.results
    columns = (
        "processes.cost_what",
        "processes.cost_median",
        "processes.cost_min",
        "processes.cost_max",
        "processes.cost_ratio",
    )
    head = [t(key, lang) for key in columns]

    rows = [[t("processes.cost_thread", lang), *paired.time_cells(record, "thread"), times(1)]]
    for method in r["methods"]:
        default = t("processes.default_mark", lang) if method == r["default"] else ""
        ratio = paired.ratio(record, f"{method}/thread")
        name = t("processes.cost_process", lang, method=method) + default
        compared = cell(ratio, times) if ratio else "-"
        rows.append([name, *paired.time_cells(record, method), compared])
    parts = [render_table(head, ["---", "--:", "--:", "--:", "--:"], rows)]
    for sentence in (default_cost(record, COST_KEYS, lang), method_range(record, lang)):
        if sentence:
            parts.append(sentence)
    setup = t(
        "processes.cost_setup",
        lang,
        threads=r["threads"],
        methods=", ".join(f"`{m}`" for m in r["methods"]),
        **paired.settings(record),
    )
    parts.append(collapsed(setup + " " + paired.how_measured(record, lang), lang))
    return "\n\n".join(parts)


def memory_table(record: Run, lang: str = "en") -> str:
    """Resident and private memory of idle children, and what idle threads added to the parent."""
    if note := failure(record, lang):
        return note
    r = record.results
    head = [
        t(key, lang) for key in ("processes.mem_what", "processes.mem_rss", "processes.mem_private")
    ]
    rows = [
        [
            t("processes.mem_parent", lang),
            kib(r["parent"]["rss"], lang),
            kib(r["parent"]["private"], lang),
        ]
    ]
    for method, memory in r["children"].items():
        default = t("processes.default_mark", lang) if method == r.get("default") else ""
        name = t("processes.mem_child", lang, method=method) + default
        rows.append([name, kib(memory["rss"], lang), kib(memory["private"], lang)])
    growth = r["thread_growth"]
    if growth is not None:
        rows.append([t("processes.mem_one_thread", lang), f"+{kib(growth['one'], lang)}", ""])
        threads = t("processes.mem_threads", lang, n=r["threads"])
        rows.append([threads, f"+{kib(growth['all'], lang)}", ""])
    table = render_table(head, ["---", "--:", "--:"], rows)
    return table + "\n\n" + memory_claim(record, lang)


def memory_claim(record: Run, lang: str = "en") -> str:
    r = record.results
    growth = r["thread_growth"]
    child = r["children"].get(r.get("default"), {})
    if growth is None or child.get("private") is None:
        return t("processes.mem_unavailable", lang)
    parts = []
    per_thread = growth["all"] / r["threads"]
    values = {
        "method": r["default"],
        "rss": kib(child["rss"], lang),
        "private": kib(child["private"], lang),
        "one": kib(growth["one"], lang),
        "n": r["threads"],
        "all": kib(growth["all"], lang),
        "per": kib(per_thread, lang),
    }
    parts.append(t("processes.mem_child_claim", lang, **values))
    if per_thread <= 0:
        parts.append(t("processes.mem_thread_nothing", lang, **values))
    elif per_thread < child["private"]:
        ratio = times(child["private"] / per_thread)
        parts.append(t("processes.mem_thread_less", lang, ratio=ratio, **values))
    else:
        ratio = times(per_thread / child["private"])
        parts.append(t("processes.mem_thread_more", lang, ratio=ratio, **values))
    fork = r["children"].get("fork")
    if fork and fork["rss"] and fork["private"] is not None:
        shared = 1 - fork["private"] / fork["rss"]
        parts.append(
            t(
                "processes.mem_fork_shared",
                lang,
                rss=kib(fork["rss"], lang),
                private=kib(fork["private"], lang),
                shared=shared,
            )
        )
    return " ".join(parts)


# What each child of processes/crash_isolation_children.py did, by its name.
DID = {
    "raises": "processes.did_raises",
    "exits_3": "processes.did_exits_3",
    "killed": "processes.did_killed",
}


def exit_codes_table(record: Run, lang: str = "en") -> str:
    """Each child, what it did, the exitcode its parent read, and what that code means."""
    if note := failure(record, lang):
        return note
    head = [t("processes.exit_child", lang), t("processes.exit_did", lang)]
    head += ["`exitcode`", t("processes.exit_means", lang)]
    rows = [
        [f"`{name}`", t(DID[name], lang), str(code), exit_meaning(code, lang)]
        for name, code in record.results["exitcodes"].items()
    ]
    survived = record.returncode == 0 and "still running" in record.output
    key = "processes.parent_survived" if survived else "processes.parent_failed"
    table = render_table(head, ["---", "---", "--:", "---"], rows)
    return table + "\n\n" + t(key, lang, code=record.returncode)


MODULE_RUN = re.compile(r"^module code runs: pid \d+, __name__ = '(?P<name>[^']+)'$", re.M)
CHILD_EXIT = re.compile(r"^parent: the child's exit code is (?P<code>-?\d+)$", re.M)


def guard_summary(record: Run, lang: str = "en") -> str:
    """What the guard-less spawn script did: who ran the module code, how each process ended."""
    names = MODULE_RUN.findall(record.output)
    child = CHILD_EXIT.search(record.output)
    parts = [
        t(
            "processes.guard_ran",
            lang,
            count=len(names),
            names=t("processes.guard_then", lang).join(f"`{name}`" for name in names),
        )
    ]
    if child is None:
        parts.append(t("processes.guard_no_child_code", lang))
    else:
        code = int(child["code"])
        error = "RuntimeError" in record.output and "bootstrapping phase" in record.output
        key = "processes.guard_child_failed" if error and code != 0 else "processes.guard_child_ok"
        parts.append(t(key, lang, code=code))
    key = "processes.guard_parent_zero" if record.returncode == 0 else "processes.guard_parent_code"
    parts.append(t(key, lang, code=record.returncode))
    return " ".join(parts)
