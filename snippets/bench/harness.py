"""The benchmark harness: run a workload under a strategy, time verified runs, report as JSON.

Imported by the programs in this folder (and usable from a notebook); the functions that
workers run live in ``workloads.py`` so that spawn, forkserver and subinterpreters can import
them.
"""

import concurrent.futures
import functools
import multiprocessing
import os
import platform
import sys
import sysconfig
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # snippets/, for measure.py
import measure

DEFAULT_RUNS = 3  # timed runs per measurement, at least; BENCH_RUNS=9 for the long version
MIN_TIME = 0.5  # seconds: shorter work gets more runs ...
MAX_RUNS = 25  # ... but no more than this
STRATEGIES = ("sequential", "threads", "processes", "interpreters")


def runs() -> int:
    return int(os.environ.get("BENCH_RUNS", DEFAULT_RUNS))


def scale() -> float:
    """How much bigger than the default the workloads are (BENCH_SCALE, 1 by default)."""
    return float(os.environ.get("BENCH_SCALE", "1"))


def usable_cores() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict:
    """What the timings depend on: interpreter, GIL, start method, CPU and usable cores."""
    return {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        # sys._is_gil_enabled exists from Python 3.13; before that the GIL is always on.
        "gil_enabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
        "start_method": multiprocessing.get_start_method(),
        "cpu_model": cpu_model(),
        "usable_cores": usable_cores(),
        # Other programs competing for the cores show up here (Unix only).
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }


def unavailable(strategy: str) -> str | None:
    """Why ``strategy`` cannot run on this interpreter, or None when it can."""
    if strategy == "interpreters" and not hasattr(concurrent.futures, "InterpreterPoolExecutor"):
        version = platform.python_version()
        return (
            f"concurrent.futures.InterpreterPoolExecutor is new in Python 3.14 (this is {version})"
        )
    return None


def pool(strategy: str, workers: int):
    """An executor with ``workers`` workers for ``strategy`` (None for sequential)."""
    if strategy == "threads":
        return concurrent.futures.ThreadPoolExecutor(workers)
    if strategy == "processes":
        return concurrent.futures.ProcessPoolExecutor(workers)
    if strategy == "interpreters":
        return concurrent.futures.InterpreterPoolExecutor(workers)
    return None


def map_all(executor, fn, tasks: list[tuple]) -> list:
    """``fn(*task)`` for every task, in the executor (or one after another), answers in order."""
    if executor is None:
        return [fn(*task) for task in tasks]
    return list(executor.map(fn, *zip(*tasks, strict=True)))


def measure_work(work, expected, warmup) -> measure.Stats:
    """Call ``warmup()`` once, untimed, then time at least ``runs()`` calls of ``work()``.

    Short work is timed more often, until the runs add up to MIN_TIME: the median of three
    very short runs on a busy machine says little.

    The warm-up starts the workers and imports what they need, so that the timed runs
    measure the work and not the start-up. Every timed answer must equal ``expected``: a
    wrong answer is an error, never a timing.
    """
    warmup()
    samples: list[float] = []
    while len(samples) < runs() or (sum(samples) < MIN_TIME and len(samples) < MAX_RUNS):
        start = time.perf_counter()
        answer = work()
        elapsed = time.perf_counter() - start
        if answer != expected:
            raise RuntimeError(f"wrong answer: {answer!r:.200} instead of {expected!r:.200}")
        samples.append(elapsed)
    return measure.summarize(samples)


def measure_pool(strategy: str, workers: int, fn, tasks: list[tuple], expected) -> measure.Stats:
    """Time ``fn`` over all tasks in a pool of ``workers``.

    The warm-up gives each worker one task, which starts every thread, process or
    subinterpreter of the pool before the clock runs.
    """
    executor = pool(strategy, workers)
    try:
        return measure_work(
            functools.partial(map_all, executor, fn, tasks),
            expected,
            warmup=functools.partial(map_all, executor, fn, tasks[:workers]),
        )
    finally:
        if executor is not None:
            executor.shutdown()


class Report:
    """Measurements of one workload, printed as they come and emitted as JSON at the end."""

    def __init__(self, kind: str, **settings) -> None:
        self.data = {
            "kind": kind,
            "machine": machine(),
            "settings": {
                "runs": runs(),
                "min_time": MIN_TIME,
                "max_runs": MAX_RUNS,
                "scale": scale(),
                **settings,
            },
            "results": [],
            "skipped": [],
        }

    def add(self, workload: str, strategy: str, workers: int, stats: measure.Stats) -> None:
        self.data["results"].append(
            {"workload": workload, "strategy": strategy, "workers": workers, "stats": stats}
        )
        print(f"{workload:7} {strategy:12} {workers:3} workers: {stats}", flush=True)

    def skip(self, strategy: str, reason: str) -> None:
        self.data["skipped"].append({"strategy": strategy, "reason": reason})
        print(f"{strategy}: skipped, {reason}", flush=True)

    def emit(self) -> None:
        measure.emit(self.data)
