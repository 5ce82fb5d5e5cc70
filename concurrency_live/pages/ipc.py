"""What the IPC page says: tables, a chart, generated sentences and the evidence of its claims.

Every figure comes from one run of ``snippets/ipc/compare_mechanisms.py`` (:data:`COMPARE`),
which times all the mechanisms together in paired rounds: a comparison is the median of
per-round ratios with its 95 % interval. The single-mechanism programs (:data:`PROGRAMS`) are
shown as examples; nothing here compares their separate runs.

Every function here is pure: it takes Run records and returns Markdown, inline SVG or
:class:`~concurrency_live.rendering.claims.Evidence`. The claims themselves are defined in
:mod:`concurrency_live.rendering.claims` and gathered in :mod:`concurrency_live.pages.evidence`.
"""

from __future__ import annotations

from collections.abc import Callable

from concurrency_live.rendering import charts, claims, paired
from concurrency_live.rendering.claims import Estimate, Evidence
from concurrency_live.rendering.tables import table
from concurrency_live.rendering.text import (
    bounds,
    cell,
    duration,
    failure,
    percent,
    time_spent,
    times,
    with_interval,
)
from concurrency_live.running.runner import Run
from concurrency_live.words import t

# One program per mechanism, in the order the page introduces them; then pickling alone.
PROGRAMS = (
    "ipc/transfer_queue.py",
    "ipc/transfer_pipe.py",
    "ipc/transfer_shared_memory.py",
    "ipc/transfer_value_array.py",
    "ipc/transfer_manager.py",
    "ipc/transfer_thread_queue.py",
)
PICKLE = "ipc/pickle_roundtrip.py"
COMPARE = "ipc/compare_mechanisms.py"
TOUR = "ipc/mechanisms_tour.py"

# The names the programs report, for the comparisons the claims make.
QUEUE = "multiprocessing.Queue"
PIPE = "multiprocessing.Pipe"
MANAGER = "multiprocessing.Manager().Queue()"
SHARED = ("shared_memory.SharedMemory", "multiprocessing.Value + Array")
THREADS = "queue.Queue"
PICKLING = "pickle.dumps + pickle.loads"
# Small messages count as dearer per byte when a byte of the smallest payload costs at least
# this many times a byte of the largest, over the whole interval: a factor of 2 is more than
# any run-to-run noise of a paired ratio and small next to the 10-1000x that waking the other
# side for every message predicts (a few microseconds for a payload of 1 kB, against the
# nanoseconds that copying a kilobyte takes).
DEARER = 2.0

# Where on the page each claim is measured (the anchors of docs/ipc.md's headings).
ANCHOR_THROUGHPUT = "ipc.md#throughput-from-1-kb-to-10-mb"
ANCHOR_PICKLE = "ipc.md#what-pickling-costs"


# --- Units: sizes and rates in decimal units, as the programs use them ---------------------


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


# --- Reading the comparison's results ---------------------------------------------------------


def mechanisms(results: dict, between: str | None = None) -> list[dict]:
    """The mechanisms in the page's order (pickling alone last), or those ``between``."""
    return [m for m in results["mechanisms"] if between is None or m["between"] == between]


def carriers(results: dict) -> list[dict]:
    """Everything that hands data to a receiver: every mechanism but pickling alone."""
    return [m for m in results["mechanisms"] if m["between"] != "none"]


def label(mechanism: dict, lang: str = "en") -> str:
    """A short name for legends: without the ``multiprocessing.`` prefix, threads marked."""
    name = mechanism["name"].removeprefix("multiprocessing.")
    if mechanism["between"] == "threads":
        return t("ipc.label_threads", lang, name=name)
    return name


def time_of(results: dict, name: str, n: int) -> Estimate:
    """The median time of one hand-over of ``n`` bytes by ``name``, with its interval."""
    return Estimate.of(results["times"][name][str(n)])


def throughput(n: int, time: Estimate) -> Estimate:
    """Bytes per second from a time's median and interval (the slowest time is the low rate)."""
    return time.reciprocal(n)


def ratio(results: dict, a: str, b: str) -> Estimate | None:
    """The per-round ratio a / b that the rounds declared (the configurations' names)."""
    for summary in results["measurement"]["ratios"].values():
        if summary["of"] == [a, b]:
            return Estimate.of(summary)
    return None


def versus_quickest(results: dict) -> dict[str, Estimate]:
    """Each mechanism's round trip over the quickest's between processes, round by round."""
    chosen = results["chosen"]["round_trip_vs_quickest"]
    return {name: Estimate.of(summary) for name, summary in chosen.items()}


def config(name: str, n: int) -> str:
    """A configuration's name in the rounds, as compare_mechanisms.py writes it."""
    return f"{name}, {size(n)}"


def transfer_sizes(results: dict) -> list[int]:
    """The payload sizes of the throughput measurements (the round-trip message excluded)."""
    return results["sizes"][1:]


def ping(results: dict) -> int:
    return results["sizes"][0]


def largest(results: dict) -> int:
    return max(results["sizes"])


def rounds_of(results: dict) -> int:
    return len(results["measurement"]["rounds"])


# --- Round trips -------------------------------------------------------------------------------


# Where each mechanism carries its messages, as the run reports it.
BETWEEN = {"processes": "ipc.between_processes", "threads": "ipc.between_threads"}


def latency_table(record: Run, lang: str = "en") -> str:
    """Round trip of the small message per mechanism, quickest first, each with its interval
    and as a multiple of the quickest way between processes in the same rounds."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    n = ping(results)
    quickest = results["chosen"]["quickest"]
    head = [
        t("ipc.col_mechanism", lang),
        t("ipc.col_between", lang),
        t("ipc.col_round_trip", lang, size=size(n)),
        t("ipc.col_interval", lang),
        t("ipc.col_vs_quickest", lang, quickest=quickest),
        t("ipc.col_rounds", lang),
    ]
    rows = []
    ranked = sorted(carriers(results), key=lambda m: time_of(results, m["name"], n).median)
    versus = versus_quickest(results)
    for m in ranked:
        time = time_of(results, m["name"], n)
        if m["name"] == quickest:
            compared = t("ipc.cell_reference", lang)
        else:
            compared = cell(versus[m["name"]], times, stacked=True)
        rows.append(
            [
                f"`{m['name']}`",
                t(BETWEEN[m["between"]], lang),
                duration(time.median),
                bounds(time, duration),
                compared,
                str(time.rounds),
            ]
        )
    align = ["---", "---", "---:", "---:", "---:", "---:"]
    note = t("ipc.latency_note", lang, per=results["per"][str(n)], size=size(n))
    return table(head, align, rows) + "\n\n" + note


def latency_claim(record: Run, lang: str = "en") -> str:
    """Quickest and slowest round trip between processes, and where threads stand, each
    comparison from the same rounds with its interval."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    n = ping(results)
    fast, slow = results["chosen"]["quickest"], results["chosen"]["slowest"]
    versus = versus_quickest(results)
    parts = [
        t(
            "ipc.latency_range",
            lang,
            fast=fast,
            fast_time=with_interval(time_of(results, fast, n), duration, lang),
            slow=slow,
            slow_time=duration(time_of(results, slow, n).median),
            ratio=with_interval(versus[slow], times, lang),
        )
    ]
    threads = mechanisms(results, "threads")
    if threads and threads[0]["name"] in versus:
        name = threads[0]["name"]
        parts.append(
            t(
                THREADS_AGAINST[paired.side(versus[name])],
                lang,
                thread=name,
                thread_time=duration(time_of(results, name, n).median),
                fast=fast,
                ratio=with_interval(versus[name], times, lang),
            )
        )
    return " ".join(parts)


THREADS_AGAINST = {
    paired.BELOW: "ipc.latency_threads_faster",
    paired.ABOVE: "ipc.latency_threads_slower",
    paired.STRADDLES: "ipc.latency_threads_unclear",
}


# --- Throughput --------------------------------------------------------------------------------


def throughput_table(record: Run, lang: str = "en") -> str:
    """Median throughput per mechanism and payload size with its interval, and the round count."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    columns = transfer_sizes(results)
    head = [t("ipc.col_mechanism", lang)] + [size(n) for n in columns]
    rows = []
    for m in carriers(results):
        cells = [f"`{m['name']}`"]
        for n in columns:
            cells.append(cell(throughput(n, time_of(results, m["name"], n)), rate, stacked=True))
        rows.append(cells)
    align = ["---"] + ["---:"] * len(columns)
    note = t(
        "ipc.table_note",
        lang,
        rounds=rounds_of(results),
        per=per_text(results, columns),
        sent=results["checked"]["sent"],
        intact=results["checked"]["intact"],
        count=len(mechanisms(results)),
    )
    return table(head, align, rows) + "\n\n" + note


def per_text(results: dict, sizes: list[int]) -> str:
    """How many hand-overs each size had per round: "1 kB x20, ..., 10 MB x1"."""
    return ", ".join(f"{size(n)} \u00d7{results['per'][str(n)]}" for n in sizes)


def throughput_chart(record: Run, lang: str = "en") -> str:
    """Throughput against payload size, one line per mechanism with the interval of every point
    as an error bar; pickling alone as a dashed reference."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    series = {label(m, lang): gigabytes(results, m["name"]) for m in carriers(results)}
    reference = {
        t("ipc.chart_pickle", lang): [p[:2] for p in gigabytes(results, m["name"])]
        for m in mechanisms(results, "none")
    }
    svg = charts.line_chart(
        t("ipc.chart_title", lang, rounds=rounds_of(results)),
        t("ipc.chart_x", lang),
        t("ipc.chart_y", lang),
        series,
        log_x=True,
        log_y=True,
        desc=chart_desc(results, series, lang),
        reference=reference,
        x_format=size,
        y_format=lambda value: f"{value:,g}",
    )
    return charts.block(svg)


def gigabytes(results: dict, name: str) -> list[tuple[float, float, float, float]]:
    """(payload size, median throughput, interval low, high), in bytes and GB/s, per size."""
    points = []
    for n in transfer_sizes(results):
        rates = throughput(n, time_of(results, name, n)).scaled(1e-9)
        points.append((n, rates.median, rates.low, rates.high))
    return points


def chart_desc(results: dict, series: dict[str, list[tuple]], lang: str = "en") -> str:
    """The chart in words: every line's values with their intervals, fastest and slowest at the
    largest size."""
    columns = transfer_sizes(results)
    top = largest(results)
    ranked = sorted(carriers(results), key=lambda m: time_of(results, m["name"], top).median)
    lines = charts.describe(series, size, lambda gigabytes: rate(gigabytes * 1e9))
    return t(
        "ipc.chart_desc",
        lang,
        low=size(min(columns)),
        high=size(max(columns)),
        fast=label(ranked[0], lang),
        slow=label(ranked[-1], lang),
        rounds=rounds_of(results),
        lines=lines,
    )


# --- Pickling ----------------------------------------------------------------------------------


def pickle_table(record: Run, lang: str = "en") -> str:
    """Pickling alone next to the Queue and Pipe transfers that pickle the same payloads in the
    same rounds, and pickling's share of each, round by round."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    shares = results["chosen"]["pickle_share"]
    head = [t("ipc.col_size", lang), t("ipc.col_pickle", lang)]
    for name in shares:
        head += [
            t("ipc.col_transfer", lang, mechanism=name),
            t("ipc.col_share", lang, mechanism=name),
        ]
    rows = []
    for n in transfer_sizes(results):
        cells = [size(n), cell(time_of(results, PICKLING, n), duration, stacked=True)]
        for name, by_size in shares.items():
            cells += [
                cell(time_of(results, name, n), duration, stacked=True),
                cell(Estimate.of(by_size[str(n)]), percent, stacked=True),
            ]
        rows.append(cells)
    align = ["---"] + ["---:"] * (len(head) - 1)
    note = t("ipc.pickle_note", lang, rounds=rounds_of(results))
    return table(head, align, rows) + "\n\n" + note


# The sentence on pickling's share, by the claim's verdict.
PICKLE_SHARE = {
    claims.REPRODUCED: "ipc.pickle_reproduced",
    claims.NOT_REPRODUCED: "ipc.pickle_not_reproduced",
    claims.INCONCLUSIVE: "ipc.pickle_inconclusive",
}


def pickle_claim(record: Run, lang: str = "en") -> str:
    """How much of a Queue transfer of the largest payload pickling accounts for, in words
    chosen by the claim's verdict (the same verdict as the box beside it)."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    n = largest(results)
    result = claims.verdict("ipc_pickle_share", pickle_evidence(record, lang))
    share = ratio(results, config(PICKLING, n), config(QUEUE, n))
    if share is None:
        return ""
    return t(
        PICKLE_SHARE[result.status],
        lang,
        size=size(n),
        alone=duration(time_of(results, PICKLING, n).median),
        whole=duration(time_of(results, QUEUE, n).median),
        share=with_interval(share, percent, lang),
        threshold=percent(result.claim.threshold),
        mechanism=QUEUE,
    )


# --- Evidence for the claims (gathered by pages.evidence) ----------------------------


def _ratios(
    record: Run, pairs: list[tuple[str, str, str]], anchor: str, lang: str
) -> list[Evidence]:
    """Per (mechanism the evidence names, a, b): a's time over b's for the largest payload,
    round by round."""
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    results, n = record.results, largest(record.results)
    return [
        Evidence(
            t("evidence.ipc_at", lang, mechanism=named, size=size(n)),
            ratio(results, config(a, n), config(b, n)),
            anchor=anchor,
        )
        for named, a, b in pairs
    ]


def shared_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """Each shared-memory way's throughput at the largest size as a multiple of a Queue's: a
    Queue's time over its time, in the same round."""
    return _ratios(record, [(name, QUEUE, name) for name in SHARED], ANCHOR_THROUGHPUT, lang)


def pickle_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """Pickling alone over a Queue transfer of the largest payload, in the same round."""
    return _ratios(record, [(QUEUE, PICKLING, QUEUE)], ANCHOR_PICKLE, lang)


def manager_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """A Manager queue's time over a plain Queue's for the largest payload, in the same round."""
    return _ratios(record, [(MANAGER, MANAGER, QUEUE)], ANCHOR_THROUGHPUT, lang)


def threads_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """Every way between processes: its time for the largest payload over a thread queue's."""
    names = [m["name"] for m in mechanisms(record.results, "processes")] if record.results else []
    return _ratios(record, [(name, name, THREADS) for name in names], ANCHOR_THROUGHPUT, lang)


GATHER: dict[str, Callable[[Run, str], list[Evidence]]] = {
    "ipc_shared_memory": shared_evidence,
    "ipc_pickle_share": pickle_evidence,
    "ipc_manager": manager_evidence,
    "ipc_threads": threads_evidence,
}


def verdict(name: str, record: Run, lang: str = "en") -> claims.Verdict:
    return claims.verdict(name, GATHER[name](record, lang))


# --- What it means for choosing ----------------------------------------------------------------


def _figures(verdict_: claims.Verdict, lang: str) -> str:
    """Each piece of evidence with its figure: "`x`, 10 MB: 7.97x (95 % interval ...)"."""
    return "; ".join(
        f"{e.source}: {claims.figure(verdict_.claim, e.estimate, lang)}"
        for e, _ in verdict_.items
        if e.estimate is not None
    )


# Each bullet of the advice, by its claim's verdict.
CHOOSE_SHARED = {
    claims.REPRODUCED: "ipc.choose_shared_reproduced",
    claims.NOT_REPRODUCED: "ipc.choose_shared_not_reproduced",
    claims.INCONCLUSIVE: "ipc.choose_shared_inconclusive",
}
CHOOSE_MANAGER = {
    claims.REPRODUCED: "ipc.choose_manager_reproduced",
    claims.NOT_REPRODUCED: "ipc.choose_manager_not_reproduced",
    claims.INCONCLUSIVE: "ipc.choose_manager_inconclusive",
}
CHOOSE_THREADS = {
    claims.REPRODUCED: "ipc.choose_threads_reproduced",
    claims.NOT_REPRODUCED: "ipc.choose_threads_not_reproduced",
    claims.INCONCLUSIVE: "ipc.choose_threads_inconclusive",
}


def choosing(record: Run, lang: str = "en") -> str:
    """Generated advice, one bullet per question, each chosen by a claim's verdict (or, for
    small messages, by where the interval lies) and stating the figures with their intervals."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    n = largest(results)
    best = results["chosen"]["best"]
    bullets = []

    shared = verdict("ipc_shared_memory", record, lang)
    bullets.append(
        t(
            CHOOSE_SHARED[shared.status],
            lang,
            size=size(n),
            queue=QUEUE,
            figures=_figures(shared, lang),
            threshold=claims.number(shared.claim.threshold, shared.claim.unit),
        )
    )

    per_byte = Estimate.of(results["chosen"]["small_vs_large_per_byte"])
    bullets.append(
        t(
            SMALL_KEYS[paired.side(per_byte, DEARER)],
            lang,
            best=best,
            small=size(min(transfer_sizes(results))),
            large=size(n),
            ratio=with_interval(per_byte, times, lang),
            dearer=times(DEARER),
        )
    )

    manager = verdict("ipc_manager", record, lang)
    bullets.append(
        t(
            CHOOSE_MANAGER[manager.status],
            lang,
            size=size(n),
            manager=MANAGER,
            queue=QUEUE,
            figures=_figures(manager, lang),
            threshold=claims.number(manager.claim.threshold, manager.claim.unit),
        )
    )

    threads = verdict("ipc_threads", record, lang)
    best_ratio = ratio(results, config(best, n), config(THREADS, n))
    bullets.append(
        t(
            CHOOSE_THREADS[threads.status],
            lang,
            size=size(n),
            thread=THREADS,
            thread_time=duration(time_of(results, THREADS, n).median),
            best=best,
            best_time=duration(time_of(results, best, n).median),
            ratio=with_interval(best_ratio, times, lang) if best_ratio else "-",
            threshold=claims.number(threads.claim.threshold, threads.claim.unit),
        )
    )
    return "\n".join(f"- {bullet}" for bullet in bullets)


# Small messages against large ones, per byte: where the interval lies against DEARER.
SMALL_KEYS = {
    paired.ABOVE: "ipc.choose_small",
    paired.BELOW: "ipc.choose_small_flat",
    paired.STRADDLES: "ipc.choose_small_unclear",
}


# --- How it was measured ---------------------------------------------------------------------


def setup(record: Run, lang: str = "en") -> str:
    """The rounds in words: how many, what each did, what ended them, and how busy the machine
    was (load average before and after, time stolen by the hypervisor)."""
    if notice := failure(record, lang):
        return notice
    results = record.results
    m = results["measurement"]
    settings = m["settings"]
    text = t(
        "ipc.setup",
        lang,
        count=len(mechanisms(results)),
        per=per_text(results, results["sizes"]),
        min_rounds=settings["min_rounds"],
        sent=results["checked"]["sent"],
    )
    return text + " " + paired.how_measured(record, lang)


budget = time_spent  # how long this page's programs ran in this build, all together
