"""What the IPC page says: tables, a chart and claims derived from the runs of snippets/ipc/.

Every function here is pure: it takes Run records (the page calls ``run`` for each snippet in
:data:`MECHANISMS` and :data:`PICKLE`) and returns Markdown or inline SVG.
"""

from __future__ import annotations

from snippet_runner import charts
from snippet_runner.messages import t
from snippet_runner.render import duration, spread, time_spent
from snippet_runner.run import Run

# One program per mechanism, in the order the page introduces them.
MECHANISMS = (
    "ipc/transfer_queue.py",
    "ipc/transfer_pipe.py",
    "ipc/transfer_shared_memory.py",
    "ipc/transfer_value_array.py",
    "ipc/transfer_manager.py",
    "ipc/transfer_thread_queue.py",
)
PICKLE = "ipc/pickle_roundtrip.py"

# The names the programs report, for the comparisons the claims make.
QUEUE = "multiprocessing.Queue"
PIPE = "multiprocessing.Pipe"
MANAGER = "multiprocessing.Manager().Queue()"
SHARED = ("shared_memory.SharedMemory", "multiprocessing.Value + Array")
# Pickling's share of a Queue transfer that the page calls "about half".
HALF = (0.35, 0.65)
# Small messages count as dearer per byte when the best large transfer is this many times faster.
DEARER = 2


def size(n: float) -> str:
    """Decimal units, as the programs use them: 8 B, 1 kB, 100 kB, 10 MB."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:g} {unit}"
    return f"{n:g} B"


def rate(bytes_per_second: float) -> str:
    """A throughput in decimal units per second: 953 MB/s, 29.5 GB/s."""
    for unit, scale in (("GB/s", 1e9), ("MB/s", 1e6), ("kB/s", 1e3)):
        if bytes_per_second >= scale:
            return f"{bytes_per_second / scale:.3g} {unit}"
    return f"{bytes_per_second:.3g} B/s"


def times(ratio: float) -> str:
    return f"{ratio:.2g}" if ratio < 10 else f"{ratio:,.0f}"


def failed(records: list[Run], lang: str = "en") -> str | None:
    """A failure notice naming every run without results, or None when all have results."""
    notices = [
        f"`{record.snippet}`: "
        + t("failed", lang, problem=record.problem or t("ipc.no_results", lang))
        for record in records
        if not record.results
    ]
    return "\n\n".join(notices) or None


def label(results: dict, lang: str = "en") -> str:
    """A short name for legends: without the ``multiprocessing.`` prefix, threads marked."""
    name = results["mechanism"].removeprefix("multiprocessing.")
    if results["between"] == "threads":
        return t("ipc.label_threads", lang, name=name)
    return name


def by_name(records: list[Run]) -> dict[str, dict]:
    return {record.results["mechanism"]: record.results for record in records}


def processes(records: list[Run]) -> list[dict]:
    return [r.results for r in records if r.results["between"] == "processes"]


def threads(records: list[Run]) -> dict | None:
    return next((r.results for r in records if r.results["between"] == "threads"), None)


def transfer(results: dict, n: int) -> dict:
    return next(item for item in results["transfers"] if item["size"] == n)


def throughput(item: dict, key: str = "median") -> float:
    """Bytes per second of one size's ``median`` time (or ``min``/``max``)."""
    return item["size"] / item["time"][key]


def largest(results: dict) -> dict:
    return max(results["transfers"], key=lambda item: item["size"])


def smallest(results: dict) -> dict:
    return min(results["transfers"], key=lambda item: item["size"])


def checked(item: dict, lang: str = "en") -> str:
    return t("ipc.intact_value", lang, intact=item["intact"], sent=item["sent"])


# --- Round trips ---------------------------------------------------------------------------


def latency_table(records: list[Run], lang: str = "en") -> str:
    """Round trip of the small message per mechanism, quickest first."""
    if notice := failed(records, lang):
        return notice
    ping_size = records[0].results["ping"]["size"]
    head = [
        t("ipc.col_mechanism", lang),
        t("ipc.col_between", lang),
        t("ipc.col_round_trip", lang, size=size(ping_size)),
        t("ipc.col_spread", lang),
        t("ipc.col_runs", lang),
        t("ipc.col_intact", lang),
    ]
    lines = ["| " + " | ".join(head) + " |", "|---|---|---:|---:|---:|---:|"]
    for results in sorted((r.results for r in records), key=lambda r: r["ping"]["time"]["median"]):
        ping = results["ping"]
        lines.append(
            f"| `{results['mechanism']}` | {t('ipc.between_' + results['between'], lang)} | "
            f"{duration(ping['time']['median'])} | {spread(ping['time'])} | "
            f"{ping['time']['runs']} | {checked(ping, lang)} |"
        )
    return "\n".join(lines)


def latency_claim(records: list[Run], lang: str = "en") -> str:
    """Quickest and slowest round trip between processes, and where threads stand."""
    if notice := failed(records, lang):
        return notice
    ranked = sorted(processes(records), key=lambda r: r["ping"]["time"]["median"])
    fast, slow = ranked[0], ranked[-1]
    fast_time, slow_time = fast["ping"]["time"]["median"], slow["ping"]["time"]["median"]
    parts = [
        t(
            "ipc.latency_range",
            lang,
            fast=fast["mechanism"],
            fast_time=duration(fast_time),
            slow=slow["mechanism"],
            slow_time=duration(slow_time),
            ratio=times(slow_time / fast_time),
        )
    ]
    if thread := threads(records):
        thread_time = thread["ping"]["time"]["median"]
        key = "ipc.latency_threads_faster" if thread_time < fast_time else "ipc.latency_threads_not"
        parts.append(
            t(
                key,
                lang,
                thread=thread["mechanism"],
                thread_time=duration(thread_time),
                fast=fast["mechanism"],
                fast_time=duration(fast_time),
            )
        )
    return " ".join(parts)


# --- Throughput ----------------------------------------------------------------------------


def sizes(records: list[Run]) -> list[int]:
    return [item["size"] for item in records[0].results["transfers"]]


def throughput_table(records: list[Run], lang: str = "en") -> str:
    """Median throughput per mechanism and payload size, with the spread and the run count."""
    if notice := failed(records, lang):
        return notice
    columns = sizes(records)
    head = [t("ipc.col_mechanism", lang)] + [size(n) for n in columns]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * len(columns)]
    for record in records:
        results = record.results
        cells = [f"`{results['mechanism']}`"]
        for n in columns:
            item = transfer(results, n)
            cells.append(
                t(
                    "ipc.cell_rate",
                    lang,
                    rate=rate(throughput(item)),
                    low=rate(throughput(item, "max")),
                    high=rate(throughput(item, "min")),
                )
            )
        lines.append("| " + " | ".join(cells) + " |")
    first = records[0].results["transfers"]
    lines += [
        "",
        t(
            "ipc.table_note",
            lang,
            runs=" / ".join(str(item["time"]["runs"]) for item in first),
            sizes=" / ".join(size(item["size"]) for item in first),
            warmup=records[0].results["warmup"],
            sent=sum(item["sent"] for r in records for item in r.results["transfers"]),
            intact=sum(item["intact"] for r in records for item in r.results["transfers"]),
        ),
    ]
    return "\n".join(lines)


def throughput_chart(records: list[Run], pickle: Run | None = None, lang: str = "en") -> str:
    """Throughput against payload size, one line per mechanism; pickling alone as a reference."""
    if notice := failed([*records, *([pickle] if pickle else [])], lang):
        return notice
    series = {label(r.results, lang): gigabytes(r.results) for r in records}
    reference = {t("ipc.chart_pickle", lang): gigabytes(pickle.results)} if pickle else {}
    svg = charts.line_chart(
        t("ipc.chart_title", lang),
        t("ipc.chart_x", lang),
        t("ipc.chart_y", lang),
        series,
        log_x=True,
        log_y=True,
        desc=chart_desc(records, lang),
        reference=reference,
        x_format=size,
        y_format=lambda value: f"{value:,g}",
    )
    # In a <div>, Markdown leaves the SVG alone instead of wrapping it in a paragraph.
    return f"<div>\n{svg}\n</div>"


def gigabytes(results: dict) -> list[tuple[float, float]]:
    """(payload size in bytes, median throughput in GB/s) for each size."""
    return [(item["size"], throughput(item) / 1e9) for item in results["transfers"]]


def chart_desc(records: list[Run], lang: str = "en") -> str:
    """The chart in words: every line's values, fastest and slowest at the largest size."""
    columns = sizes(records)
    ranked = sorted(records, key=lambda r: throughput(largest(r.results)), reverse=True)
    lines = "; ".join(
        f"{label(r.results, lang)}: "
        + ", ".join(f"{size(n)} {rate(throughput(transfer(r.results, n)))}" for n in columns)
        for r in records
    )
    return t(
        "ipc.chart_desc",
        lang,
        low=size(min(columns)),
        high=size(max(columns)),
        fast=label(ranked[0].results, lang),
        slow=label(ranked[-1].results, lang),
        lines=lines,
    )


# --- Pickling ------------------------------------------------------------------------------


def pickle_table(pickle: Run, records: list[Run], lang: str = "en") -> str:
    """Pickling alone next to the Queue and Pipe transfers that pickle the same payloads."""
    if notice := failed([pickle, *records], lang):
        return notice
    named = by_name(records)
    carriers = [named[name] for name in (QUEUE, PIPE) if name in named]
    head = [t("ipc.col_size", lang), t("ipc.col_pickle", lang)]
    for carrier in carriers:
        head += [
            t("ipc.col_transfer", lang, mechanism=carrier["mechanism"]),
            t("ipc.col_share", lang, mechanism=carrier["mechanism"]),
        ]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for item in pickle.results["transfers"]:
        stats = item["time"]
        cells = [
            size(item["size"]),
            f"{duration(stats['median'])} ({duration(stats['min'])} &ndash; "
            f"{duration(stats['max'])}, {stats['runs']})",
        ]
        for carrier in carriers:
            other = transfer(carrier, item["size"])["time"]["median"]
            cells += [duration(other), f"{stats['median'] / other:.0%}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pickle_claim(pickle: Run, records: list[Run], lang: str = "en") -> str:
    """How much of a Queue transfer of the largest payload pickling alone accounts for."""
    if notice := failed([pickle, *records], lang):
        return notice
    queue = by_name(records).get(QUEUE)
    if queue is None:
        return ""
    item = largest(pickle.results)
    alone = item["time"]["median"]
    whole = transfer(queue, item["size"])["time"]["median"]
    share = alone / whole
    if share >= HALF[1]:
        key = "ipc.pickle_most"
    elif share >= HALF[0]:
        key = "ipc.pickle_half"
    else:
        key = "ipc.pickle_least"
    return t(
        key,
        lang,
        size=size(item["size"]),
        alone=duration(alone),
        whole=duration(whole),
        share=f"{share:.0%}",
        mechanism=QUEUE,
    )


# --- What it means for choosing ------------------------------------------------------------


def choosing(records: list[Run], lang: str = "en") -> str:
    """Generated advice, one bullet per question, each stating what this build measured."""
    if notice := failed(records, lang):
        return notice
    named = by_name(records)
    ranked = sorted(processes(records), key=lambda r: throughput(largest(r)), reverse=True)
    best = ranked[0]
    top = largest(best)
    bullets = []

    queue = named.get(QUEUE)
    if best["mechanism"] in SHARED:
        values = {
            "size": size(top["size"]),
            "best": best["mechanism"],
            "best_rate": rate(throughput(top)),
        }
        if queue:
            queue_rate = throughput(transfer(queue, top["size"]))
            bullets.append(
                t(
                    "ipc.choose_shared",
                    lang,
                    **values,
                    queue=QUEUE,
                    queue_rate=rate(queue_rate),
                    ratio=times(throughput(top) / queue_rate),
                )
            )
    else:
        shared = [named[name] for name in SHARED if name in named]
        shared_rate = max((throughput(largest(r)) for r in shared), default=0.0)
        bullets.append(
            t(
                "ipc.choose_not_shared",
                lang,
                size=size(top["size"]),
                best=best["mechanism"],
                best_rate=rate(throughput(top)),
                shared_rate=rate(shared_rate),
            )
        )

    small = [throughput(smallest(r)) for r in processes(records)]
    key = "ipc.choose_small" if max(small) * DEARER < throughput(top) else "ipc.choose_small_flat"
    bullets.append(
        t(
            key,
            lang,
            size=size(smallest(best)["size"]),
            low=rate(min(small)),
            high=rate(max(small)),
            large=size(top["size"]),
            large_rate=rate(throughput(top)),
        )
    )

    manager = named.get(MANAGER)
    if manager and queue:
        manager_time = largest(manager)["time"]["median"]
        queue_time = transfer(queue, largest(manager)["size"])["time"]["median"]
        key = "ipc.choose_manager_slower" if manager_time > queue_time else "ipc.choose_manager_not"
        bullets.append(
            t(
                key,
                lang,
                size=size(largest(manager)["size"]),
                manager=MANAGER,
                manager_time=duration(manager_time),
                queue=QUEUE,
                queue_time=duration(queue_time),
                ratio=times(manager_time / queue_time),
            )
        )

    if thread := threads(records):
        item = largest(thread)
        thread_time = item["time"]["median"]
        best_time = transfer(best, item["size"])["time"]["median"]
        key = "ipc.choose_threads_faster" if thread_time < best_time else "ipc.choose_threads_not"
        bullets.append(
            t(
                key,
                lang,
                size=size(item["size"]),
                thread=thread["mechanism"],
                thread_time=duration(thread_time),
                best=best["mechanism"],
                best_time=duration(best_time),
            )
        )
    return "\n".join(f"- {bullet}" for bullet in bullets)


def budget(records: list[Run], lang: str = "en") -> str:
    """How long this page's programs ran in this build, all together."""
    return time_spent(records, "ipc.budget", lang)
