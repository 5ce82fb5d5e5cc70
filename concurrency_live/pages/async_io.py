"""What docs/asyncio.md (and its Korean twin) shows: tables, a timeline and sentences chosen
by the runs of snippets/async_io/. Every function that takes a Run is pure."""

from __future__ import annotations

import dataclasses
import statistics

from concurrency_live.rendering import charts, claims, paired, tables, text
from concurrency_live.rendering.claims import Estimate, Evidence, limit_mark, past_limit_note
from concurrency_live.rendering.text import cell, duration, failure, label, percent, times
from concurrency_live.rendering.timelines import Lane
from concurrency_live.rendering.timelines import timeline as draw_timeline
from concurrency_live.running.runner import Run
from concurrency_live.words import t

COROUTINES = "async_io/two_coroutines.py"
WAITS = "async_io/many_waits.py"
HEARTBEAT = "async_io/heartbeat.py"
CANCEL = "async_io/cancel_timeout.py"
WAITS_ANCHOR = "asyncio.md#thousands-of-waits-at-once"
HEARTBEAT_ANCHOR = "asyncio.md#one-blocking-call-freezes-the-loop"

KINDS = ("tasks", "threads")
KIND = {"tasks": "async_io.kind_tasks", "threads": "async_io.kind_threads"}


def kib(value: float) -> str:
    """Bytes as KiB (or MiB), with a figure or two after the point where it matters."""
    if abs(value) >= 2**20:
        return f"{value / 2**20:,.1f} MiB"
    return f"{value / 1024:,.1f} KiB"


# --- Coroutines take turns -----------------------------------------------------------------


def turns(record: Run, lang: str = "en") -> str:
    """Whether the two coroutines' steps alternated, as the output above shows."""
    if notice := failure(record, lang):
        return notice
    r = record.results
    alternating = [f"{name}{step}" for step in range(1, r["steps"] + 1) for name in "AB"]
    key = "async_io.turns_alternate" if r["order"] == alternating else "async_io.turns_other"
    return t(key, lang, steps=r["steps"], order=" ".join(r["order"]))


# --- Thousands of waits ----------------------------------------------------------------------

# The count the claims and the decision page use: the most waits of the run.
CLAIM_COUNT = 10_000


def over_floor(results: dict, kind: str, count: int) -> Estimate | None:
    """Time for ``count`` waits in ``kind`` divided by the floor (one wait), per round."""
    return Estimate.of(results["over_floor"].get(f"{kind} {count}"))


def floor_limit(estimate: Estimate) -> str:
    """Where a multiple of the floor lies against it: the floor is as fast as waiting can go,
    so a figure below 1 is past the limit (a flaw of the measurement), one that reaches 1 is
    at it. (claims.against_limit judges speedups, so it gets the floor over the time.)"""
    return claims.against_limit(estimate.reciprocal(), 1.0)


def floor_cell(estimate: Estimate | None, lang: str) -> str:
    if estimate is None:
        return "&ndash;"
    return cell(estimate, times) + limit_mark(floor_limit(estimate), lang)


def waits_table(record: Run, lang: str = "en") -> str:
    """Per count of waits: how long tasks and threads took until all were done, each as a
    multiple of the floor, and threads over tasks in the same round."""
    if notice := failure(record, lang):
        return notice
    r = record.results
    head = [
        t("async_io.col_waits", lang),
        t("async_io.col_tasks_time", lang),
        t("async_io.col_tasks_floor", lang),
        t("async_io.col_threads_time", lang),
        t("async_io.col_threads_floor", lang),
        t("async_io.col_threads_over_tasks", lang),
    ]
    body, limits = [], []
    for count in r["counts"]:
        row = [f"{count:,}"]
        for kind in KINDS:
            estimate = over_floor(r, kind, count)
            if estimate is not None:
                limits.append(floor_limit(estimate))
            row += [
                duration(paired.stats(record, f"{kind} {count}")["median"]),
                floor_cell(estimate, lang),
            ]
        ratio = paired.ratio(record, f"threads/tasks {count}")
        row.append(cell(ratio, times) if ratio else "&ndash;")
        body.append(row)
    notes = past_limit_note(limits, lang)
    method = t("async_io.waits_note", lang, floor=duration(r["sleep"]))
    notes.append(text.collapsed(method + "\n\n" + paired.how_measured(record, lang), lang))
    return tables.table(head, ["---:"] * len(head), body) + "\n\n" + "\n\n".join(notes)


def memory_each(results: dict, kind: str) -> float | None:
    """Median resident memory grown per waiting task or thread, in bytes."""
    values = results["memory"][kind]
    if not values or None in values:
        return None
    return statistics.median(values)


def held_table(record: Run, lang: str = "en") -> str:
    """Waits held open at once: the time to start each and the resident memory each holds,
    per task and per thread, and per thread over per task, round by round."""
    if notice := failure(record, lang):
        return notice
    r = record.results
    head = [
        t("async_io.col_kind", lang),
        t("async_io.col_start_each", lang),
        t("async_io.col_memory_each", lang),
    ]
    body = []
    for kind in KINDS:
        memory = memory_each(r, kind)
        body.append(
            [
                t(KIND[kind], lang),
                duration(paired.stats(record, f"start {kind}")["median"]),
                kib(memory) if memory is not None else t("async_io.unavailable", lang),
            ]
        )
    start = paired.ratio(record, "start threads/tasks")
    memory = Estimate.of(r["memory_ratio"])
    body.append(
        [
            t("async_io.thread_over_task", lang),
            cell(start, times) if start else "&ndash;",
            cell(memory, times) if memory else "&ndash;",
        ]
    )
    method = t("async_io.held_note", lang, count=f"{r['held']:,}")
    table = tables.table(head, ["---", "---:", "---:"], body)
    return (
        table + "\n\n" + text.collapsed(method + "\n\n" + paired.how_measured(record, lang), lang)
    )


SIDE_TIME = {
    paired.ABOVE: "async_io.time_threads_slower",
    paired.BELOW: "async_io.time_threads_faster",
    paired.STRADDLES: "async_io.time_same",
}
SIDE_MEMORY = {
    paired.ABOVE: "async_io.memory_threads_more",
    paired.BELOW: "async_io.memory_threads_less",
    paired.STRADDLES: "async_io.memory_same",
}
SIDE_START = {
    paired.ABOVE: "async_io.start_threads_slower",
    paired.BELOW: "async_io.start_threads_faster",
    paired.STRADDLES: "async_io.start_same",
}


def waits_summary(record: Run, lang: str = "en") -> str:
    """At the most waits: how the two compare in time (against the floor and each other), in
    start cost and in memory, each sentence chosen by where its interval lies against 1."""
    if notice := failure(record, lang):
        return notice
    r = record.results
    count = max(r["counts"])
    sentences = []
    ratio = paired.ratio(record, f"threads/tasks {count}")
    tasks, threads = over_floor(r, "tasks", count), over_floor(r, "threads", count)
    if ratio and tasks and threads:
        sentences.append(
            t(
                SIDE_TIME[paired.side(ratio)],
                lang,
                count=f"{count:,}",
                tasks=text.with_interval(tasks, times, lang),
                threads=text.with_interval(threads, times, lang),
                ratio=text.with_interval(ratio, times, lang),
            )
        )
    start = paired.ratio(record, "start threads/tasks")
    if start:
        sentences.append(
            t(
                SIDE_START[paired.side(start)],
                lang,
                task=duration(paired.stats(record, "start tasks")["median"]),
                thread=duration(paired.stats(record, "start threads")["median"]),
                ratio=text.with_interval(start, times, lang),
            )
        )
    memory = Estimate.of(r["memory_ratio"])
    task, thread = memory_each(r, "tasks"), memory_each(r, "threads")
    if memory and task is not None and thread is not None:
        sentences.append(
            t(
                SIDE_MEMORY[paired.side(memory)],
                lang,
                task=kib(task),
                thread=kib(thread),
                ratio=text.with_interval(memory, times, lang),
                more=kib((thread - task) * r["held"]),
                count=f"{r['held']:,}",
            )
        )
    else:
        sentences.append(t("async_io.memory_unavailable", lang))
    return " ".join(sentences)


def floor_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """Tasks at the most waits, as a multiple of the floor: evidence for ``asyncio_floor``."""
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    r = record.results
    count = max(r["counts"])
    what = t("evidence.asyncio_waits", lang, count=f"{count:,}", floor=duration(r["sleep"]))
    source = t("evidence.bench_source", lang, python=label(r["machine"], lang), what=what)
    return [Evidence(source, over_floor(r, "tasks", count), None, WAITS_ANCHOR)]


def memory_evidence(record: Run, lang: str = "en") -> list[Evidence]:
    """Resident memory per waiting thread over per waiting task: evidence for
    ``thread_memory``."""
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    r = record.results
    what = t("evidence.asyncio_memory", lang, count=f"{r['held']:,}")
    source = t("evidence.bench_source", lang, python=label(r["machine"], lang), what=what)
    return [Evidence(source, Estimate.of(r["memory_ratio"]), None, WAITS_ANCHOR)]


# --- The heartbeat -------------------------------------------------------------------------

WAY = {
    "asyncio.sleep": "async_io.way_asyncio_sleep",
    "time.sleep": "async_io.way_time_sleep",
    "CPU inline": "async_io.way_cpu_inline",
    "to_thread(time.sleep)": "async_io.way_to_thread",
    "process pool (CPU)": "async_io.way_process_pool",
}
# The ways that block the loop's own thread, and the ways that hand the wait or the work to
# another thread or process: the two claims about the loop.
BLOCKING = ("time.sleep", "CPU inline")
OFFLOADED = ("asyncio.sleep", "to_thread(time.sleep)", "process pool (CPU)")


@dataclasses.dataclass(frozen=True)
class Way:
    """One way of spending BLOCK seconds next to the heartbeat."""

    name: str
    late: Estimate  # seconds: the heartbeat's worst lateness, median over rounds
    share: Estimate  # the same, as a share of the block: the claims' figure
    beats: list[float]  # the last round's beats, seconds since the heartbeat started
    ran: tuple[float, float]  # when the other coroutine ran, in the last round
    status: str  # the blocking_call claim's verdict on this way alone

    @property
    def beats_during(self) -> int:
        begin, end = self.ran
        return sum(begin < beat < end for beat in self.beats)


def ways(results: dict) -> list[Way]:
    claim = claims.CLAIMS["blocking_call"]
    found = []
    for item in results["ways"]:
        late = Estimate.of(item["lateness"])
        share = late.scaled(1 / results["block"])
        found.append(
            Way(
                item["way"],
                late,
                share,
                item["beats"],
                tuple(item["ran"]),
                claims.decide(claim, share),
            )
        )
    return found


LOOP = {
    claims.REPRODUCED: "async_io.loop_froze",
    claims.NOT_REPRODUCED: "async_io.loop_kept_beating",
    claims.INCONCLUSIVE: "async_io.loop_unclear",
}


def heartbeat_timeline(record: Run, lang: str = "en") -> str:
    """The last round's beats (one mark each) and the stretch in which the other coroutine ran,
    one panel per way; then the same as a table, the text alternative."""
    if notice := failure(record, lang):
        return notice
    r = record.results
    found = ways(r)
    panels = {
        t(WAY[way.name], lang): [
            Lane(t("async_io.lane_beats", lang), marks=tuple((b, duration(b)) for b in way.beats)),
            Lane(t("async_io.lane_other", lang), spans=(way.ran,)),
        ]
        for way in found
    }
    end = max(max(way.beats[-1], way.ran[1]) for way in found)
    svg = draw_timeline(
        t("async_io.timeline_title", lang, beat=duration(r["beat"]), block=duration(r["block"])),
        panels,
        end=end,
        scale=1000,
        x_label=t("async_io.timeline_x", lang),
        desc=heartbeat_summary(record, lang),
    )
    head = [
        t("async_io.col_way", lang),
        t("async_io.col_late", lang),
        t("async_io.col_share", lang),
        t("async_io.col_beats_during", lang),
        t("async_io.col_loop", lang),
    ]
    body = [
        [
            t(WAY[way.name], lang),
            cell(way.late, duration),
            cell(way.share, percent),
            str(way.beats_during),
            t(LOOP[way.status], lang),
        ]
        for way in found
    ]
    method = t(
        "async_io.heartbeat_note", lang, beat=duration(r["beat"]), block=duration(r["block"])
    )
    method += "\n\n" + paired.how_measured(record, lang)
    table = tables.table(head, ["---", "---:", "---:", "---:", "---"], body)
    return charts.block(svg) + "\n\n" + table + "\n\n" + text.collapsed(method, lang)


def heartbeat_summary(record: Run, lang: str = "en") -> str:
    """Which ways froze the loop and which kept it beating, by the claim's rule; whether that
    is what the code predicts (the blocking ways freeze it, the others do not)."""
    if notice := failure(record, lang):
        return notice
    found = ways(record.results)
    froze = [way for way in found if way.status == claims.REPRODUCED]
    kept = [way for way in found if way.status == claims.NOT_REPRODUCED]
    unclear = [way for way in found if way.status == claims.INCONCLUSIVE]

    def names(group: list[Way]) -> str:
        return "; ".join(
            t(
                "async_io.summary_item",
                lang,
                way=t(WAY[way.name], lang),
                late=duration(way.late.median),
            )
            for way in group
        )

    sentences = []
    if froze:
        sentences.append(t("async_io.summary_froze", lang, ways=names(froze)))
    if kept:
        sentences.append(t("async_io.summary_kept", lang, ways=names(kept)))
    if unclear:
        sentences.append(t("async_io.summary_unclear", lang, ways=names(unclear)))
    expected = {w.name for w in froze} == set(BLOCKING) and {w.name for w in kept} == set(OFFLOADED)
    key = "async_io.summary_expected" if expected else "async_io.summary_unexpected"
    sentences.append(t(key, lang))
    return " ".join(sentences)


def heartbeat_evidence(record: Run, names: tuple[str, ...], lang: str = "en") -> list[Evidence]:
    """The worst lateness of each named way, as a share of the block."""
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    r = record.results
    items = []
    for way in ways(r):
        if way.name not in names:
            continue
        what = t(
            "evidence.asyncio_heartbeat",
            lang,
            way=t(WAY[way.name], lang),
            block=duration(r["block"]),
        )
        source = t("evidence.bench_source", lang, python=label(r["machine"], lang), what=what)
        items.append(Evidence(source, way.share, None, HEARTBEAT_ANCHOR))
    return items


# --- Cancellation --------------------------------------------------------------------------


def cancelled(record: Run, lang: str = "en") -> str:
    """What became of each task, from the run: what the timeout cancelled, which task failed
    and what the task group cancelled because of it."""
    if notice := failure(record, lang):
        return notice
    outcomes = record.results["outcomes"]

    def having(outcome: str, group: bool = True) -> str:
        found = sorted(
            f"`{name}`"
            for name, seen in outcomes.items()
            if seen == outcome and (name != "slow") == group
        )
        return ", ".join(found) or t("async_io.none", lang)

    timed_out = outcomes.get("slow") == "cancelled"
    group_cancelled = any(seen == "cancelled" for name, seen in outcomes.items() if name != "slow")
    key = {
        (True, True): "async_io.cancel_both",
        (True, False): "async_io.cancel_timeout_only",
        (False, True): "async_io.cancel_group_only",
        (False, False): "async_io.cancel_neither",
    }[(timed_out, group_cancelled)]
    return t(
        key,
        lang,
        limit=duration(record.results["limit"]),
        failed=having("failed"),
        cancelled=having("cancelled"),
        done=having("done"),
    )
