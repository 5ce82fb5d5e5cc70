"""Timing helpers shared by the example programs, and the hand-over of
results to the build.

A comparison of timings is made in *paired rounds*: each round runs every
configuration once, in an order that rotates from round to round, so that a
machine that slowly gets busier or quieter affects every configuration alike.
A ratio (a speedup, a cost relative to something else) is computed within
each round, and the median of those per-round ratios is reported with a 95 %
interval. Rounds go on until every interval is narrow enough or a time budget
runs out; the results say which of the two ended them, and carry every round,
so the statistics can be redone from them.

A program that imports this module runs on its own as well: ``emit`` writes
its results to the file named by ``SNIPPET_RESULTS`` only when the site's
build set that variable.
"""

from __future__ import annotations

import itertools
import json
import math
import multiprocessing
import os
import platform
import statistics
import sys
import sysconfig
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

CONFIDENCE = 0.95
# The fewest rounds for which a 95 % interval of a median exists (see below).
MIN_ROUNDS = 6
MAX_ROUNDS = 60
# Stop once every interval's half-width is at most 5 % of its median.
PRECISION = 0.05


@dataclass(frozen=True)
class Stats:
    """A summary of repeated timings, in seconds."""

    median: float
    min: float
    max: float
    runs: int

    def __str__(self) -> str:
        return (
            f"median {human(self.median)} (min {human(self.min)}, "
            f"max {human(self.max)}, {self.runs} runs)"
        )


def summarize(samples: list[float]) -> Stats:
    return Stats(
        statistics.median(samples), min(samples), max(samples), len(samples)
    )


@dataclass(frozen=True)
class Estimate:
    """The median of per-round values, with an interval that holds the true
    median with at least ``confidence`` (distribution-free: see
    :func:`median_interval`)."""

    median: float
    low: float
    high: float
    rounds: int
    confidence: float

    def __str__(self) -> str:
        return (
            f"{self.median:.2f}x ({self.confidence:.0%} interval "
            f"{self.low:.2f}-{self.high:.2f}, {self.rounds} rounds)"
        )

    @property
    def half_width(self) -> float:
        return (self.high - self.low) / 2

    @classmethod
    def of(cls, summary: dict | None) -> Estimate | None:
        """The estimate in a summary of :func:`rounds` (None where there was
        none)."""
        if not summary or "median" not in summary:
            return None
        return cls(**{key: summary[key] for key in cls.__dataclass_fields__})


def median_interval(
    values: list[float], confidence: float = CONFIDENCE
) -> Estimate | None:
    """The median of ``values`` and a distribution-free interval around it.

    Sort the n values. The true median lies between the k-th smallest and the
    k-th largest with probability 1 - 2 P(B <= k - 1), B ~ Binomial(n, 1/2),
    whatever the distribution of the values (it is the interval of the sign
    test). k is the largest that keeps this probability at or above
    ``confidence``. With fewer than 6 values even the smallest and the largest
    do not reach 95 %: there is no interval, and None is returned.
    """
    n = len(values)
    ordered = sorted(values)
    k, below = 0, 0.0  # below = P(B <= k - 1)
    while 1 - 2 * (below + math.comb(n, k) / 2**n) >= confidence:
        below += math.comb(n, k) / 2**n
        k += 1
    if k == 0:
        return None
    return Estimate(
        statistics.median(ordered),
        ordered[k - 1],
        ordered[n - k],
        n,
        1 - 2 * below,
    )


# --- Noise: what else the machine was doing ----------------------------------


def load_average() -> float | None:
    """Processes running or waiting for a core, averaged over the last minute
    (Unix only)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else None


def stolen() -> float | None:
    """CPU seconds the hypervisor gave to other virtual machines since boot
    (Linux only): the ``steal`` column of the ``cpu`` line of /proc/stat, in
    clock ticks."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = f.readline().split()
    except OSError:
        return None
    if fields[0] != "cpu" or len(fields) < 9:
        return None
    return int(fields[8]) / os.sysconf("SC_CLK_TCK")


class Noise:
    """Load average before and after a measurement, and the CPU time stolen
    during it."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.load_before = load_average()
        self.steal_before = stolen()

    def record(self) -> dict:
        steal_after = stolen()
        return {
            "load_before": self.load_before,
            "load_after": load_average(),
            "steal": None
            if steal_after is None
            else steal_after - self.steal_before,
            "elapsed": time.perf_counter() - self.start,
            "cores": usable_cores(),
        }


def describe(noise: dict) -> str:
    """The noise record in words, for a program's last line."""
    parts = []
    if noise["load_before"] is not None:
        parts.append(
            f"load average {noise['load_before']:.2f} before, "
            f"{noise['load_after']:.2f} after"
        )
    if noise["steal"] is not None:
        parts.append(
            f"{noise['steal']:.2f} s of CPU time stolen by the hypervisor"
        )
    return "; ".join(parts) or "no load figures on this system"


# --- Paired rounds -----------------------------------------------------------


def rotated(items: list, turn: int) -> list:
    """``items`` rotated left by ``turn``: round r starts with configuration
    r (mod n)."""
    turn %= len(items)
    return items[turn:] + items[:turn]


def rounds(
    work: dict[str, Callable[[], object]],
    ratios: dict[str, tuple[str, str]],
    *,
    budget: float,
    differences: dict[str, tuple[str, str]] | None = None,
    check: Callable[[str, object], None] | None = None,
    min_rounds: int = MIN_ROUNDS,
    max_rounds: int = MAX_ROUNDS,
    precision: float = PRECISION,
    per: dict[str, int] | None = None,
    cpu: bool = False,
    timed: bool = True,
) -> dict:
    """Run every configuration of ``work`` once per round, in a rotating
    order, and compare.

    ``ratios`` names the comparisons: ``{"name": (a, b)}`` is, per round, the
    value of configuration ``a`` divided by that of ``b`` in the same round (a
    speedup of ``b`` over ``a`` when the values are times); ``differences``
    likewise names ``a - b``. Rounds go on until every interval has a
    half-width of at most ``precision`` times its median (at least
    ``min_rounds``), or the next round would end past ``budget`` seconds, or
    ``max_rounds`` were run.

    The value of a configuration in a round is its wall time divided by
    ``per[name]`` (1 by default: how many items one call does), or, with
    ``timed=False``, the number the call returns. ``check(name, answer)`` sees
    what each call returned and raises if it is wrong: a wrong answer is an
    error, never a timing. With ``cpu=True`` the process's CPU time of each
    call is recorded too (CPU / wall = cores kept busy).
    """
    names = list(work)
    per = per or {}
    differences = differences or {}
    noise = Noise()
    history: list[dict] = []
    stopped = "max_rounds"
    while len(history) < max_rounds:
        order = rotated(names, len(history))
        values, cpu_times = {}, {}
        for name in order:
            wall, cpu_start = time.perf_counter(), time.process_time()
            answer = work[name]()
            elapsed = time.perf_counter() - wall
            cpu_used = time.process_time() - cpu_start
            if check is not None:
                check(name, answer)
            values[name] = (elapsed if timed else float(answer)) / per.get(
                name, 1
            )
            cpu_times[name] = cpu_used / per.get(name, 1)
        history.append(
            {
                "order": order,
                "values": values,
                **({"cpu": cpu_times} if cpu else {}),
            }
        )
        if len(history) < min_rounds:
            continue
        estimates = compare(history, ratios) + compare(
            history, differences, ratio=False
        )
        if all(
            e is not None and e.half_width <= precision * abs(e.median)
            for e in estimates
        ):
            stopped = "precise"
            break
        spent = time.perf_counter() - noise.start
        if spent + spent / len(history) > budget:
            stopped = "budget"
            break
    summary = {
        name: asdict(summarize([r["values"][name] for r in history]))
        for name in names
    }
    return {
        "configs": names,
        "stats": summary,
        "ratios": summaries(history, ratios),
        "differences": summaries(history, differences, ratio=False),
        "rounds": history,
        "stopped": stopped,
        "settings": {
            "min_rounds": min_rounds,
            "max_rounds": max_rounds,
            "precision": precision,
            "budget": budget,
            "confidence": CONFIDENCE,
            "timed": timed,
        },
        "noise": noise.record(),
    }


def per_round(
    history: list[dict], a: str, b: str, ratio: bool = True
) -> list[float]:
    """``a / b`` (or ``a - b``) within each round."""
    pairs = [(r["values"][a], r["values"][b]) for r in history]
    return [x / y if ratio else x - y for x, y in pairs]


def compare(
    history: list[dict], pairs: dict[str, tuple[str, str]], ratio: bool = True
) -> list[Estimate | None]:
    """Each comparison's per-round values, summarised with an interval."""
    return [
        median_interval(per_round(history, a, b, ratio))
        for a, b in pairs.values()
    ]


def summaries(
    history: list[dict], pairs: dict[str, tuple[str, str]], ratio: bool = True
) -> dict:
    """The comparisons as JSON: which two configurations, the median and its
    interval."""
    estimates = compare(history, pairs, ratio)
    return {
        name: {"of": list(pair), **(asdict(e) if e else {})}
        for (name, pair), e in zip(pairs.items(), estimates, strict=True)
    }


# --- Who ran when ------------------------------------------------------------

# A pause longer than GAP x the usual spacing of a worker's notes: not running.
GAP = 10


def stretches(
    notes: list[float], gap: float = GAP
) -> list[tuple[float, float]]:
    """The stretches of a worker's notes of the time with no pause longer than
    ``gap`` times the usual spacing between two notes: the times it was seen
    running. Fewer than two notes have no spacing: each is a stretch of its
    own."""
    if len(notes) < 2:
        return [(note, note) for note in notes]
    usual = statistics.median(b - a for a, b in itertools.pairwise(notes))
    found = [(notes[0], notes[0])]
    for note in notes[1:]:
        if note - found[-1][1] <= gap * usual:
            found[-1] = (found[-1][0], note)
        else:
            found.append((note, note))
    return found


def together(
    a: list[tuple[float, float]], b: list[tuple[float, float]]
) -> float:
    """How long two workers were both seen running at once, from their
    stretches."""
    return sum(
        max(0.0, min(x1, y1) - max(x0, y0)) for x0, x1 in a for y0, y1 in b
    )


# --- Single timings ----------------------------------------------------------


def repeat(fn, runs: int = 5, warmup: int = 1) -> Stats:
    """Call ``fn()`` ``warmup`` times untimed, then ``runs`` times timed with
    perf_counter."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return summarize(samples)


def usable_cores() -> int:
    """The cores this process may run on (all of them where the system cannot
    tell)."""
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
    """What a timing depends on: the interpreter, its GIL, its default start
    method, the CPU and the cores this process may use. (Reading the start
    method fixes it: set another one before calling this.)"""
    return {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "executable": sys.executable,
        "free_threaded_build": bool(
            sysconfig.get_config_var("Py_GIL_DISABLED")
        ),
        # sys._is_gil_enabled() exists from Python 3.13; before that the GIL is
        # always on.
        "gil_enabled": sys._is_gil_enabled()
        if hasattr(sys, "_is_gil_enabled")
        else True,
        "start_method": multiprocessing.get_start_method(),
        "cpu_model": cpu_model(),
        "usable_cores": usable_cores(),
        "logical_cpus": os.cpu_count(),
        "platform": platform.platform(),
        "machine": platform.machine(),
    }


def human(seconds: float) -> str:
    """A duration with a unit a reader can scan: 2.31 s, 14.2 ms, 87.0 µs,
    120 ns."""
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if abs(seconds) >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def emit(results: dict) -> None:
    """Hand machine-readable results (JSON-able; Stats allowed) to the build,
    if it asked."""
    path = os.environ.get("SNIPPET_RESULTS")
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(results, f, default=asdict, indent=1)
