"""snippets/measure.py: paired rounds, the interval of a median, the noise record."""

from __future__ import annotations

import itertools
import math
import random
import statistics
import sys

import pytest

from tests.conftest import SNIPPETS

sys.path.insert(0, str(SNIPPETS))

import measure


def coverage(n: int, k: int) -> float:
    """P(x_(k) <= median <= x_(n-k+1)) for n values of any continuous distribution."""
    return 1 - 2 * sum(math.comb(n, i) for i in range(k)) / 2**n


@pytest.mark.parametrize("n", range(1, 40))
def test_the_interval_is_the_widest_order_statistic_pair_that_keeps_95_percent(n):
    values = [float(v) for v in random.Random(n).sample(range(1000), n)]
    estimate = measure.median_interval(values)
    if n < 6:
        assert estimate is None  # even [min, max] covers less than 95 %
        return
    ordered = sorted(values)
    k = ordered.index(estimate.low) + 1
    assert estimate.high == ordered[n - k]
    assert estimate.confidence == pytest.approx(coverage(n, k))
    assert coverage(n, k) >= 0.95 > coverage(n, k + 1)
    assert estimate.median == statistics.median(values) and estimate.rounds == n


def test_the_interval_covers_the_true_median_at_least_95_percent_of_the_time():
    rng = random.Random(7)
    hits = 0
    trials = 2000
    for _ in range(trials):
        sample = [rng.expovariate(1.0) for _ in range(12)]  # skewed; true median ln 2
        estimate = measure.median_interval(sample)
        hits += estimate.low <= math.log(2) <= estimate.high
    assert hits / trials >= 0.94  # 0.96 in theory for n = 12; a little room for chance


def test_rounds_rotate_the_order_and_pair_the_ratio(monkeypatch):
    # Each configuration "takes" a fixed time per call on a fake clock that drifts upward:
    # the ratio within a round stays exact however the machine drifts.
    clock = itertools.count(0.0)
    now = [0.0]
    cost = {"slow": 2.0, "fast": 1.0}
    drift = iter(1 + 0.1 * i for i in clock)

    def timed(name):
        def call():
            now[0] += cost[name] * next(drift)
            return name

        return call

    monkeypatch.setattr(measure.time, "perf_counter", lambda: now[0])
    result = measure.rounds(
        {"slow": timed("slow"), "fast": timed("fast")},
        {"speedup": ("slow", "fast")},
        budget=1e9,
        check=lambda name, answer: None if name == answer else pytest.fail(name),
        max_rounds=8,
    )
    assert [r["order"] for r in result["rounds"][:3]] == [
        ["slow", "fast"],
        ["fast", "slow"],
        ["slow", "fast"],
    ]
    speedup = result["ratios"]["speedup"]
    assert speedup["of"] == ["slow", "fast"] and speedup["rounds"] == len(result["rounds"])
    # Drift grows each call; rotation spreads it, so the ratio stays near 2 in every round.
    assert 1.8 < speedup["low"] <= speedup["median"] <= speedup["high"] < 2.2


def test_rounds_stop_when_precise_on_the_budget_or_at_the_most():
    steady = {"a": lambda: None, "b": lambda: None}
    exact = measure.rounds(
        {"a": lambda: 2.0, "b": lambda: 1.0},
        {"r": ("a", "b")},
        budget=60,
        timed=False,
    )
    assert exact["stopped"] == "precise" and len(exact["rounds"]) == measure.MIN_ROUNDS
    assert exact["ratios"]["r"]["median"] == 2.0

    rng = random.Random(1)
    spread = {"a": lambda: rng.uniform(0.5, 2.0), "b": lambda: rng.uniform(0.5, 2.0)}
    capped = measure.rounds(spread, {"r": ("a", "b")}, budget=60, timed=False, max_rounds=9)
    assert capped["stopped"] == "max_rounds" and len(capped["rounds"]) == 9
    out_of_time = measure.rounds(steady, {"r": ("a", "b")}, budget=0)
    assert out_of_time["stopped"] == "budget"
    assert len(out_of_time["rounds"]) == measure.MIN_ROUNDS  # never fewer


def test_differences_per_and_cpu_time():
    result = measure.rounds(
        {"busy": lambda: 5.0, "idle": lambda: 1.5},
        {},
        differences={"extra": ("busy", "idle")},
        budget=60,
        timed=False,
        per={"busy": 2},
    )
    assert result["differences"]["extra"]["median"] == pytest.approx(1.0)  # 5 / 2 - 1.5
    with_cpu = measure.rounds({"a": lambda: sum(range(10000))}, {}, budget=0, cpu=True)
    assert all(r["cpu"]["a"] >= 0 for r in with_cpu["rounds"])


def test_a_wrong_answer_stops_the_rounds():
    def check(name, answer):
        if answer != 42:
            raise RuntimeError(f"{name}: wrong answer")

    with pytest.raises(RuntimeError, match="wrong answer"):
        measure.rounds({"a": lambda: 41}, {}, budget=60, check=check)


def test_the_noise_record(monkeypatch):
    ticks = iter([100.0, 103.5])
    monkeypatch.setattr(measure, "stolen", lambda: next(ticks))
    monkeypatch.setattr(measure, "load_average", lambda: 0.5)
    noise = measure.Noise().record()
    assert noise["steal"] == pytest.approx(3.5)
    assert noise["load_before"] == noise["load_after"] == 0.5
    assert "load average 0.50 before, 0.50 after" in measure.describe(noise)
    assert "3.50 s of CPU time stolen" in measure.describe(noise)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/stat is Linux's")
def test_steal_is_read_from_proc_stat():
    assert measure.stolen() >= 0


def test_the_estimate_reads_back_from_json():
    estimate = measure.median_interval([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    data = {"of": ["a", "b"], **estimate.__dict__}
    assert measure.Estimate.of(data) == estimate
    assert measure.Estimate.of({"of": ["a", "b"]}) is None


def test_stretches_of_a_record_too_short_to_have_a_spacing():
    # A worker starved on a busy machine may leave one note, or none.
    assert measure.stretches([]) == []
    assert measure.stretches([3.0]) == [(3.0, 3.0)]
    assert measure.stretches([0.0, 1.0, 2.0, 10.0], gap=2) == [(0.0, 2.0), (10.0, 10.0)]
