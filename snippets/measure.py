"""Timing helpers shared by the example programs, and the hand-over of results to the build.

A program that imports this module runs on its own as well: ``emit`` writes its results to
the file named by ``SNIPPET_RESULTS`` only when the site's build set that variable.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import sysconfig
import time
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Stats:
    """A summary of repeated timings, in seconds."""

    median: float
    min: float
    max: float
    runs: int

    def __str__(self) -> str:
        return (
            f"median {human(self.median)} (min {human(self.min)}, max {human(self.max)}, "
            f"{self.runs} runs)"
        )


def summarize(samples: list[float]) -> Stats:
    return Stats(statistics.median(samples), min(samples), max(samples), len(samples))


def repeat(fn, runs: int = 5, warmup: int = 1) -> Stats:
    """Call ``fn()`` ``warmup`` times untimed, then ``runs`` times timed with perf_counter."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return summarize(samples)


def repeat_wall_cpu(fn, runs: int = 5, warmup: int = 1) -> tuple[Stats, Stats]:
    """Like :func:`repeat`, but also the CPU time of the whole process (all its threads).

    CPU time over wall time says how many cores were busy: about 1 when threads take turns.
    """
    for _ in range(warmup):
        fn()
    wall, cpu = [], []
    for _ in range(runs):
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - wall_start)
        cpu.append(time.process_time() - cpu_start)
    return summarize(wall), summarize(cpu)


def interpreter() -> dict:
    """What a timing depends on: the Python version, its GIL, and the cores it may use."""
    has_affinity = hasattr(os, "sched_getaffinity")
    return {
        "python": platform.python_version(),
        "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        # sys._is_gil_enabled() exists from Python 3.13; before that the GIL is always on.
        "gil_enabled": sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True,
        "cores": len(os.sched_getaffinity(0)) if has_affinity else os.cpu_count(),
    }


def human(seconds: float) -> str:
    """A duration with a unit a reader can scan: 2.31 s, 14.2 ms, 87.0 µs, 120 ns."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def emit(results: dict) -> None:
    """Hand machine-readable results (JSON-able; Stats allowed) to the build, if it asked."""
    path = os.environ.get("SNIPPET_RESULTS")
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(results, f, default=asdict, indent=1)
