"""What the processes page says about its snippets' runs: tables and claims, from the results."""

from __future__ import annotations

import re
import signal

from snippet_runner.messages import t
from snippet_runner.render import duration as human
from snippet_runner.run import Run

METHODS = ("fork", "forkserver", "spawn")


def kib(value: float | None, lang: str = "en") -> str:
    if value is None:
        return t("processes.unavailable", lang)
    if abs(value) >= 1024:
        return f"{value / 1024:,.1f} MiB"
    return f"{value:,.0f} KiB"


def times(ratio: float, lang: str = "en") -> str:
    """A ratio as a reader says it: 480 times, 24 times, 1.6 times (with the catalogue's sign)."""
    return t("processes.times", lang, ratio=f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.2g}")


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


def missing(record: Run, lang: str = "en") -> str | None:
    """A note in place of a table when the run gave no results (the build has warned already)."""
    if record.results is None:
        return t("processes.no_results", lang, snippet=record.snippet)
    return None


def own_memory(record: Run, lang: str = "en") -> str:
    """The child's change to a global, against the parent's copy after the child ended."""
    if note := missing(record, lang):
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
    if note := missing(record, lang):
        return note
    r = record.results
    rows = [
        "| "
        + " | ".join(
            t(f"processes.methods_{c}", lang) for c in ("method", "setting", "main", "parent")
        )
        + " |",
        "|---|---|---|---|",
    ]
    for method, seen in r["methods"].items():
        name = f"`{method}`" + (t("processes.default_mark", lang) if method == r["default"] else "")
        parent = t(
            "processes.parent_main" if seen["parent_is_main"] else "processes.parent_other", lang
        )
        rows.append(f"| {name} | {seen['setting']} | `{seen['main_module']}` | {parent} |")
    return "\n".join(rows)


def cost_head(prefix: str, lang: str = "en") -> list[str]:
    """Header and alignment rows of a start-cost table (``prefix``: "processes" or "threads")."""
    head = ("what", "median", "min", "max", "runs", "ratio")
    return [
        "| " + " | ".join(t(f"{prefix}.cost_{c}", lang) for c in head) + " |",
        "|---|--:|--:|--:|--:|--:|",
    ]


def cost_row(label: str, stats: dict, thread: float, lang: str = "en") -> str:
    """One row of a start-cost table: the statistics, and the median as a multiple of
    ``thread`` (the median start of one thread)."""
    cells = [human(stats["median"]), human(stats["min"]), human(stats["max"])]
    ratio = times(stats["median"] / thread, lang)
    return f"| {label} | {' | '.join(cells)} | {stats['runs']} | {ratio} |"


def start_cost_table(record: Run, lang: str = "en") -> str:
    """Start + join of a process per start method next to a thread, with generated claims."""
    if note := missing(record, lang):
        return note
    r = record.results
    thread = r["thread"]["median"]
    rows = cost_head("processes", lang)

    def row(label: str, stats: dict) -> str:
        return cost_row(label, stats, thread, lang)

    rows.append(row(t("processes.cost_thread", lang), r["thread"]))
    for method, stats in r["methods"].items():
        default = t("processes.default_mark", lang) if method == r["default"] else ""
        rows.append(row(t("processes.cost_process", lang, method=method) + default, stats))
    parts = ["\n".join(rows)]

    default = r["methods"].get(r["default"])
    if default:
        ratio = default["median"] / thread
        key = "processes.cost_slower" if ratio >= 1 else "processes.cost_faster"
        parts.append(
            t(
                key,
                lang,
                method=r["default"],
                process=human(default["median"]),
                thread=human(thread),
                ratio=times(ratio, lang),
            )
        )
    if len(r["methods"]) > 1:
        by_cost = sorted(r["methods"].items(), key=lambda item: item[1]["median"])
        (fast, fast_stats), (slow, slow_stats) = by_cost[0], by_cost[-1]
        parts.append(
            t(
                "processes.cost_range",
                lang,
                fast=fast,
                fast_time=human(fast_stats["median"]),
                slow=slow,
                slow_time=human(slow_stats["median"]),
                ratio=times(slow_stats["median"] / fast_stats["median"], lang),
            )
        )
    return "\n\n".join(parts)


def memory_table(record: Run, lang: str = "en") -> str:
    """Resident and private memory of idle children, and what idle threads added to the parent."""
    if note := missing(record, lang):
        return note
    r = record.results
    rows = [
        f"| {t('processes.mem_what', lang)} | {t('processes.mem_rss', lang)} "
        f"| {t('processes.mem_private', lang)} |",
        "|---|--:|--:|",
        f"| {t('processes.mem_parent', lang)} | {kib(r['parent']['rss'], lang)} "
        f"| {kib(r['parent']['private'], lang)} |",
    ]
    for method, memory in r["children"].items():
        default = t("processes.default_mark", lang) if method == r.get("default") else ""
        rows.append(
            f"| {t('processes.mem_child', lang, method=method)}{default} "
            f"| {kib(memory['rss'], lang)} | {kib(memory['private'], lang)} |"
        )
    growth = r["thread_growth"]
    if growth is not None:
        rows.append(f"| {t('processes.mem_one_thread', lang)} | +{kib(growth['one'], lang)} | |")
        rows.append(
            f"| {t('processes.mem_threads', lang, n=r['threads'])} "
            f"| +{kib(growth['all'], lang)} | |"
        )
    return "\n".join(rows) + "\n\n" + memory_claim(record, lang)


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
        ratio = times(child["private"] / per_thread, lang)
        parts.append(t("processes.mem_thread_less", lang, ratio=ratio, **values))
    else:
        ratio = times(per_thread / child["private"], lang)
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


def exit_codes_table(record: Run, lang: str = "en") -> str:
    """Each child, what it did, the exitcode its parent read, and what that code means."""
    if note := missing(record, lang):
        return note
    rows = [
        f"| {t('processes.exit_child', lang)} | {t('processes.exit_did', lang)} "
        f"| `exitcode` | {t('processes.exit_means', lang)} |",
        "|---|---|--:|---|",
    ]
    for name, code in record.results["exitcodes"].items():
        did = t(f"processes.did_{name}", lang)
        rows.append(f"| `{name}` | {did} | {code} | {exit_meaning(code, lang)} |")
    survived = record.returncode == 0 and "still running" in record.output
    key = "processes.parent_survived" if survived else "processes.parent_failed"
    return "\n".join(rows) + "\n\n" + t(key, lang, code=record.returncode)


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
