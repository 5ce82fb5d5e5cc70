"""The benchmark harness: run a workload under every strategy in paired
rounds, check every answer, report as JSON.

Every configuration (a strategy with a number of workers) gets its pool
started and warmed up first; then each *round* runs every configuration once,
in an order that rotates from round to round (measure.rounds). A speedup is
the sequential time of a round divided by the configuration's time in the
same round, so a machine that drifts slows both alike.

Imported by the programs in this folder (and usable from a notebook); the
functions that workers run live in ``workloads.py`` so that spawn, forkserver
and subinterpreters can import them.
"""

import concurrent.futures
import contextlib
import functools
import os
import platform
import sys
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

# The programs beside this file ask the harness for these; measure.py has them.
from measure import machine, usable_cores  # noqa: F401

BUDGET = 20.0  # seconds of rounds per benchmark, at most (BENCH_BUDGET)
STRATEGIES = ("sequential", "threads", "processes", "interpreters")


def min_rounds() -> int:
    """Rounds at least, whatever the precision (BENCH_RUNS; 6 by default)."""
    return max(
        measure.MIN_ROUNDS,
        int(os.environ.get("BENCH_RUNS", measure.MIN_ROUNDS)),
    )


def budget() -> float:
    """Seconds the rounds of one benchmark may take before they stop
    (BENCH_BUDGET)."""
    return float(os.environ.get("BENCH_BUDGET", BUDGET))


def scale() -> float:
    """How much bigger than the default the workloads are (BENCH_SCALE, 1 by
    default)."""
    return float(os.environ.get("BENCH_SCALE", "1"))


def unavailable(strategy: str) -> str | None:
    """Why ``strategy`` cannot run on this interpreter, or None when it can."""
    if strategy == "interpreters" and not hasattr(
        concurrent.futures, "InterpreterPoolExecutor"
    ):
        version = platform.python_version()
        return (
            "concurrent.futures.InterpreterPoolExecutor is new in Python 3.14"
            f" (this is {version})"
        )
    return None


def pool(strategy: str, workers: int):
    """An executor with ``workers`` workers for ``strategy`` (None for
    sequential)."""
    if strategy == "threads":
        return concurrent.futures.ThreadPoolExecutor(workers)
    if strategy == "processes":
        return concurrent.futures.ProcessPoolExecutor(workers)
    if strategy == "interpreters":
        return concurrent.futures.InterpreterPoolExecutor(workers)
    return None


def map_all(executor, fn, tasks: list[tuple]) -> list:
    """``fn(*task)`` for every task, in the executor (or one after another),
    answers in order."""
    if executor is None:
        return [fn(*task) for task in tasks]
    return list(executor.map(fn, *zip(*tasks, strict=True)))


def name(workload: str, strategy: str, workers: int) -> str:
    """How a configuration is called in the rounds: "primes threads 2"."""
    return f"{workload} {strategy} {workers}"


class Benchmark:
    """Configurations of one kind of work, measured together in paired rounds.

    ``add_pool`` starts a configuration's pool (kept open until the end) and
    warms it up: every worker runs a task before the clock runs, so the rounds
    time the work, not the start-up.
    """

    def __init__(self, kind: str, **settings) -> None:
        self.stack = contextlib.ExitStack()
        self.work: dict[str, functools.partial] = {}
        self.expected: dict[str, object] = {}
        self.labels: dict[str, tuple[str, str, int]] = {}
        self.data = {
            "kind": kind,
            "machine": machine(),
            "settings": {"scale": scale(), **settings},
            "results": [],
            "skipped": [],
        }

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.stack.close()

    def skip(self, strategy: str, reason: str) -> None:
        self.data["skipped"].append({"strategy": strategy, "reason": reason})
        print(f"{strategy}: skipped, {reason}", flush=True)

    def add_pool(
        self, workload, strategy, workers, fn, tasks, expected, warmup=None
    ) -> None:
        """``fn`` over all ``tasks`` in a pool of ``workers`` (one after
        another: sequential)."""
        executor = pool(strategy, workers)
        if executor is not None:
            self.stack.enter_context(executor)
        warm = warmup or tasks[:workers]
        map_all(executor, fn, warm)
        self.add(
            workload,
            strategy,
            workers,
            functools.partial(map_all, executor, fn, tasks),
        )
        self.expected[name(workload, strategy, workers)] = expected

    def add(self, workload, strategy, workers, work, expected=None) -> None:
        """Any callable that does the whole workload once; its answer is
        checked."""
        key = name(workload, strategy, workers)
        self.work[key] = work
        self.labels[key] = (workload, strategy, workers)
        if expected is not None:
            self.expected[key] = expected

    def check(self, key: str, answer) -> None:
        expected = self.expected[key]
        if answer != expected:
            raise RuntimeError(
                f"{key}: wrong answer {answer!r:.200}"
                f" instead of {expected!r:.200}"
            )

    def measure(self) -> dict:
        """The rounds: every configuration's time, and its speedup over its
        workload's sequential run in the same round, with a 95 % interval."""
        baseline = {
            w: name(w, s, n)
            for w, s, n in self.labels.values()
            if s == "sequential"
        }
        ratios = {
            key: (baseline[workload], key)
            for key, (workload, strategy, _) in self.labels.items()
            if strategy != "sequential" and workload in baseline
        }
        rounds = measure.rounds(
            self.work,
            ratios,
            budget=budget(),
            check=self.check,
            min_rounds=min_rounds(),
        )
        self.data["measurement"] = rounds
        for key, (workload, strategy, workers) in self.labels.items():
            times = [r["values"][key] for r in rounds["rounds"]]
            item = {
                "workload": workload,
                "strategy": strategy,
                "workers": workers,
                "stats": rounds["stats"][key],
                "time": measure.median_interval(times),
                "speedup": rounds["ratios"].get(key),
            }
            self.data["results"].append(item)
            speedup = measure.Estimate.of(rounds["ratios"].get(key))
            noun = "worker" if workers == 1 else "workers"
            print(
                f"{workload:7} {strategy:12} {workers:3} {noun}: "
                f"{measure.human(item['stats']['median'])}"
                + (f", {speedup} as fast as sequential" if speedup else ""),
                flush=True,
            )
        print(
            f"{len(rounds['rounds'])} rounds, ended by {rounds['stopped']};",
            measure.describe(rounds["noise"]),
            flush=True,
        )
        return self.data

    def emit(self) -> None:
        measure.emit(self.data)
