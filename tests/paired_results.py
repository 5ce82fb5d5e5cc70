"""Constructed results of ``measure.rounds``, for the renderers of the bytecode, processes and
threads pages: the figures are chosen by the test, the shape is the one the snippets emit."""

from __future__ import annotations


def estimate(median: float, low: float, high: float, rounds: int = 12, of=("a", "b")) -> dict:
    """One ratio or difference as measure.rounds summarises it."""
    return {
        "of": list(of),
        "median": median,
        "low": low,
        "high": high,
        "rounds": rounds,
        "confidence": 0.96,
    }


def stats(median: float, rounds: int = 12) -> dict:
    return {"median": median, "min": median * 0.9, "max": median * 1.5, "runs": rounds}


def measurement(
    medians: dict[str, float],
    ratios: dict[str, dict],
    differences: dict[str, dict] | None = None,
    *,
    rounds: int = 12,
    stopped: str = "precise",
    budget: float = 4.0,
    load: tuple[float, float] | None = (0.5, 0.75),
    steal: float | None = 0.02,
) -> dict:
    """A whole measurement: per-configuration statistics, the comparisons, ``rounds`` rounds
    whose values are the medians, the stopping rule and the noise."""
    names = list(medians)
    return {
        "configs": names,
        "stats": {name: stats(value, rounds) for name, value in medians.items()},
        "ratios": ratios,
        "differences": differences or {},
        "rounds": [
            {"order": names[i % len(names) :] + names[: i % len(names)], "values": dict(medians)}
            for i in range(rounds)
        ],
        "stopped": stopped,
        "settings": {
            "min_rounds": 6,
            "max_rounds": 60,
            "precision": 0.05,
            "budget": budget,
            "confidence": 0.95,
            "timed": True,
        },
        "noise": {
            "load_before": load[0] if load else None,
            "load_after": load[1] if load else None,
            "steal": steal,
            "elapsed": 3.0,
            "cores": 2,
        },
    }


INTERPRETER = {"implementation": "CPython", "version": "3.11.7", "gil_enabled": True}
