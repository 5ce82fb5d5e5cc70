"""Where each claim's evidence comes from: the runs of this build that bear on it.

One function per claim gathers its evidence (running the snippets it needs, once per build:
runs are memoised), and :func:`show` renders the verdict. A page that states a claim calls
``evidence.show("name")``; so does every other page that states it, and all of them get the
same verdict from the same evidence.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from concurrency_live.pages import (
    async_io,
    beyond_one_machine,
    bytecode,
    gil,
    io_vs_cpu,
    ipc,
    processes,
    scaling,
    thread_safety,
)
from concurrency_live.rendering import claims, paired
from concurrency_live.rendering.claims import Estimate, Evidence
from concurrency_live.rendering.text import duration, label
from concurrency_live.running.runner import Run, run
from concurrency_live.words import t

# --- The benchmarks (I/O-bound vs CPU-bound page) --------------------------------------------


def _bench_source(results: dict, what: str, lang: str) -> str:
    return t("evidence.bench_source", lang, python=label(results["machine"], lang), what=what)


def _bench_speedup(strategy: str, lang: str) -> list[tuple[dict, io_vs_cpu.Point | None]]:
    """The CPU benchmark's speedup of 2 workers of ``strategy``, per interpreter."""
    found = []
    for col in io_vs_cpu.usable(io_vs_cpu.columns(io_vs_cpu.CPU)):
        results = col.run.results
        found.append((results, io_vs_cpu.find(io_vs_cpu.points(results), "primes", strategy, 2)))
    return found


def threads_cpu(lang: str = "en") -> list[Evidence]:
    items = []
    for results, p in _bench_speedup("threads", lang):
        machine = results["machine"]
        not_about = None
        if not machine["gil_enabled"]:
            not_about = "evidence.gil_off"
        elif machine["usable_cores"] < 2:
            not_about = "evidence.one_core"
        source = _bench_source(results, t("evidence.primes_threads", lang), lang)
        items.append(Evidence(source, p.speedup if p else None, not_about, "io-vs-cpu.md"))
    for record, anchor in _gil_runs(gil.CPU_SNIPPET, gil.CPU_ANCHOR):
        item = gil.squares_evidence(record, lang, anchor)
        if not record.results["machine"]["gil_enabled"]:
            item = dataclasses.replace(item, not_about="evidence.gil_off")
        items.append(item)
    return items


def free_threads_cpu(lang: str = "en") -> list[Evidence]:
    items = []
    for results, p in _bench_speedup("threads", lang):
        machine = results["machine"]
        if machine["gil_enabled"]:
            continue
        not_about = "evidence.one_core" if machine["usable_cores"] < 2 else None
        source = _bench_source(results, t("evidence.primes_threads", lang), lang)
        items.append(Evidence(source, p.speedup if p else None, not_about, "io-vs-cpu.md"))
    for record, anchor in _gil_runs(gil.CPU_SNIPPET, gil.CPU_ANCHOR):
        if not record.results["machine"]["gil_enabled"]:
            items.append(gil.squares_evidence(record, lang, anchor))
    return items


def processes_cpu(lang: str = "en") -> list[Evidence]:
    items = []
    for results, p in _bench_speedup("processes", lang):
        not_about = "evidence.one_core" if results["machine"]["usable_cores"] < 2 else None
        source = _bench_source(results, t("evidence.primes_processes", lang), lang)
        items.append(Evidence(source, p.speedup if p else None, not_about, "io-vs-cpu.md"))
    return items


def io_floor(lang: str = "en") -> list[Evidence]:
    """Threads and asyncio with many workers: their time as a multiple of the floor."""
    items = []
    for col in io_vs_cpu.usable(io_vs_cpu.columns(io_vs_cpu.IO)):
        results = col.run.results
        for p in io_vs_cpu.points(results):
            if p.workload != "http" or p.strategy not in {"threads", "asyncio"}:
                continue
            if p.workers < io_vs_cpu.IO_MANY:
                continue
            what = t(
                "evidence.io_config",
                lang,
                strategy=t(io_vs_cpu.STRATEGY[p.strategy], lang),
                workers=p.workers,
                floor=duration(p.floor),
            )
            source = _bench_source(results, what, lang)
            items.append(Evidence(source, p.over_floor, None, "io-vs-cpu.md"))
    return items


# --- Races, locks and start costs (bytecode, processes and threads pages) -------------------


def lost_updates(lang: str = "en") -> list[Evidence]:
    """The race with `time.sleep(0)` between read and write: runs that lost updates; and the
    thread-safety page's bare `shared.value += 1`, per interpreter: trials that lost updates
    (under the GIL listed, but not about the claim: no switch point between read and write)."""
    items = [bytecode.race_evidence(run(bytecode.RACE), lang)]
    records = gil.runs_by_interpreter(thread_safety.OPS)
    return items + [thread_safety.counter_evidence(record, lang) for record in records]


def lock_exact(lang: str = "en") -> list[Evidence]:
    """The same race under a lock: runs whose total was wrong; and the thread-safety page's
    lock fix, per interpreter: rounds whose total was wrong."""
    items = [bytecode.locked_evidence(run(bytecode.LOCKED), lang)]
    records = gil.runs_by_interpreter(thread_safety.FIXES)
    return items + [thread_safety.lock_evidence(record, lang) for record in records]


def lock_cost(lang: str = "en") -> list[Evidence]:
    """The locked loop over the bare loop, per round, on one thread."""
    return [bytecode.lock_cost_evidence(run(bytecode.LOCK_COST), lang)]


def process_start(lang: str = "en") -> list[Evidence]:
    """A process at the default start method over a thread, per round (the processes page's
    run, which the threads page shares)."""
    return [processes.start_evidence(run(processes.START_COST), lang)]


# --- Inter-process communication (IPC page) ---------------------------------------------------


def ipc_shared_memory(lang: str = "en") -> list[Evidence]:
    """Shared memory's throughput as a multiple of a Queue's, 10 MB, paired rounds."""
    return ipc.shared_evidence(run(ipc.COMPARE), lang)


def ipc_pickle_share(lang: str = "en") -> list[Evidence]:
    """Pickling alone as a share of a Queue transfer of 10 MB, paired rounds."""
    return ipc.pickle_evidence(run(ipc.COMPARE), lang)


def ipc_manager(lang: str = "en") -> list[Evidence]:
    """A Manager queue's time over a plain Queue's, 10 MB, paired rounds."""
    return ipc.manager_evidence(run(ipc.COMPARE), lang)


def ipc_threads(lang: str = "en") -> list[Evidence]:
    """Every way between processes against a thread queue, 10 MB, paired rounds."""
    return ipc.threads_evidence(run(ipc.COMPARE), lang)


# --- The GIL page --------------------------------------------------------------------------


def _gil_runs(snippet: str, anchor: str) -> list[tuple[Run, str]]:
    """The snippet's runs that gave results, each with where the page shows it: the build's
    own in its section, the free-threaded interpreter's (GIL off, then on) in the comparison
    of interpreters."""
    found = []
    for i, record in enumerate(gil.runs_by_interpreter(snippet)):
        if record.results:
            found.append((record, anchor if i == 0 else gil.OTHERS_ANCHOR))
    return found


def c_threads(lang: str = "en") -> list[Evidence]:
    """The GIL page's hashing run under the build's interpreter: the one source of this claim
    (the decision page takes its row for C code from this verdict)."""
    record = run(gil.C_SNIPPET)
    return [gil.hashing_evidence(record, lang)] if record.results else []


def convoy(lang: str = "en") -> list[Evidence]:
    """The lateness a CPU-bound thread adds to a nap, at the default switch interval, under
    every interpreter the GIL page runs the naps with."""
    runs = _gil_runs(gil.CONVOY_SNIPPET, gil.CONVOY_ANCHOR)
    return [gil.convoy_evidence(record, lang, anchor) for record, anchor in runs]


# --- Beyond one machine (Dask against a process pool) ---------------------------------------


def cluster_start(lang: str = "en") -> list[Evidence]:
    """The cluster's time to be ready over the pool's, per round (start_cost_dask.py)."""
    record = run(beyond_one_machine.START)
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    r = record.results
    what = t(
        "evidence.cluster_start", lang, workers=r["workers"], method=r["machine"]["start_method"]
    )
    return [
        Evidence(
            _bench_source(r, what, lang),
            paired.ratio(record, "ready"),
            None,
            "beyond-one-machine.md#what-a-cluster-costs-to-start",
        )
    ]


def dask_task_size(lang: str = "en") -> list[Evidence]:
    """Dask's efficiency over the pool's, per round, at every size of the sweep from
    beyond_one_machine.CLAIM_SIZE up (task_size_sweep.py)."""
    record = run(beyond_one_machine.SWEEP)
    if not record.results:
        return [Evidence.unmeasured(record.snippet)]
    r = record.results
    items = []
    for point in beyond_one_machine.sweep_points(r):
        if point["size"] < beyond_one_machine.CLAIM_SIZE:
            continue
        what = t(
            "evidence.dask_tasks",
            lang,
            tasks=r["tasks"],
            size=duration(point["size"]),
            workers=r["workers"],
        )
        items.append(
            Evidence(
                _bench_source(r, what, lang),
                beyond_one_machine.share(point),
                None,
                "beyond-one-machine.md#how-big-must-a-task-be",
            )
        )
    return items


# --- Thread safety in practice ----------------------------------------------------------------


def atomic_builtins(lang: str = "en") -> list[Evidence]:
    """list.append, dict item assignment, deque append/popleft: items lost or doubled over
    every trial, per interpreter and switch interval."""
    records = gil.runs_by_interpreter(thread_safety.OPS)
    return [item for record in records for item in thread_safety.atomic_evidence(record, lang)]


def check_then_act(lang: str = "en") -> list[Evidence]:
    """Check-then-act on a shared dict: trials that did a key's work twice, per interpreter."""
    records = gil.runs_by_interpreter(thread_safety.OPS)
    return [thread_safety.check_evidence(record, lang) for record in records]


def merge_cheaper(lang: str = "en") -> list[Evidence]:
    """The lock's time over per-thread counts merged at the end, per round, per interpreter."""
    records = gil.runs_by_interpreter(thread_safety.FIXES)
    return [thread_safety.merge_evidence(record, lang) for record in records]


# --- asyncio ---------------------------------------------------------------------------------


def asyncio_floor(lang: str = "en") -> list[Evidence]:
    """10,000 waits in asyncio tasks: the time until all are done over the floor, per round."""
    return async_io.floor_evidence(run(async_io.WAITS), lang)


def thread_memory(lang: str = "en") -> list[Evidence]:
    """Resident memory per waiting thread over per waiting task, per round."""
    return async_io.memory_evidence(run(async_io.WAITS), lang)


def blocking_call(lang: str = "en") -> list[Evidence]:
    """The heartbeat's worst lateness, as a share of the block, where a coroutine blocked the
    loop's thread (time.sleep, a computation)."""
    return async_io.heartbeat_evidence(run(async_io.HEARTBEAT), async_io.BLOCKING, lang)


def loop_offload(lang: str = "en") -> list[Evidence]:
    """The same where the wait or the work went to asyncio.sleep, a thread or a process."""
    return async_io.heartbeat_evidence(run(async_io.HEARTBEAT), async_io.OFFLOADED, lang)


# --- Scaling without the GIL --------------------------------------------------------------


def free_threads_own_data(lang: str = "en") -> list[Evidence]:
    """Threads with their own data, 2 against 1, under every interpreter the scaling page
    runs its program with (the GIL-on runs are listed as not about the claim)."""
    return scaling.claim_evidence(scaling.runs(), scaling.OWN_DATA, lang)


def free_threads_shared_lock(lang: str = "en") -> list[Evidence]:
    """Threads adding to one total under a lock, 2 against 1, likewise."""
    return scaling.claim_evidence(scaling.runs(), scaling.SHARED_TOTAL, lang)


GATHER: dict[str, Callable[[str], list[Evidence]]] = {
    "threads_cpu": threads_cpu,
    "free_threads_cpu": free_threads_cpu,
    "processes_cpu": processes_cpu,
    "io_floor": io_floor,
    "lost_updates": lost_updates,
    "lock_exact": lock_exact,
    "lock_cost": lock_cost,
    "process_start": process_start,
    "ipc_shared_memory": ipc_shared_memory,
    "ipc_pickle_share": ipc_pickle_share,
    "ipc_manager": ipc_manager,
    "ipc_threads": ipc_threads,
    "c_threads": c_threads,
    "convoy": convoy,
    "cluster_start": cluster_start,
    "dask_task_size": dask_task_size,
    "atomic_builtins": atomic_builtins,
    "check_then_act": check_then_act,
    "merge_cheaper": merge_cheaper,
    "asyncio_floor": asyncio_floor,
    "thread_memory": thread_memory,
    "blocking_call": blocking_call,
    "loop_offload": loop_offload,
    "free_threads_own_data": free_threads_own_data,
    "free_threads_shared_lock": free_threads_shared_lock,
}


def verdict(name: str, lang: str = "en") -> claims.Verdict:
    return claims.verdict(name, GATHER[name](lang))


def show(name: str, lang: str = "en") -> str:
    """The claim's verdict box, the same on every page that states it."""
    return claims.render(verdict(name, lang), lang)


__all__ = ["Estimate", "show", "verdict"]
