"""What a lock costs: the same loop of additions, bare and inside `with lock:`,
in paired rounds."""

import sys
import threading
from pathlib import Path

# snippets/, for measure.py
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import measure

BUDGET = 3.0  # seconds of rounds, at most
# A round takes a few hundredths of a second: more than the least is cheap.
MIN_ROUNDS = 10

# --8<-- [start:loops]
ADDS = 100_000  # additions per loop: a few milliseconds, long enough to time

counter = 0
lock = threading.Lock()


def bare():
    global counter
    for _ in range(ADDS):
        counter += 1


def locked():
    global counter
    for _ in range(ADDS):
        with lock:
            counter += 1


# --8<-- [end:loops]


if __name__ == "__main__":
    bare(), locked()  # warm-up, untimed
    # Each round runs both loops once, in turn; the ratio and the difference
    # are per round.
    result = measure.rounds(
        {"bare": bare, "locked": locked},
        {"lock": ("locked", "bare")},
        differences={"cost": ("locked", "bare")},
        budget=BUDGET,
        min_rounds=MIN_ROUNDS,
        per={"bare": ADDS, "locked": ADDS},  # every value: time per addition
    )
    for name in ("bare", "locked"):
        per_add = measure.human(result["stats"][name]["median"])
        print(
            f"{name:>6}: {per_add} per addition (median over the rounds)",
            flush=True,
        )
    ratio = measure.Estimate.of(result["ratios"]["lock"])
    print(f"locked / bare: {ratio}", flush=True)
    cost = measure.Estimate.of(result["differences"]["cost"])
    low, high = measure.human(cost.low), measure.human(cost.high)
    print(
        f"the lock: {measure.human(cost.median)} per addition "
        f"({cost.confidence:.0%} interval {low} to {high})",
        flush=True,
    )
    rounds = len(result["rounds"])
    print(
        f"{rounds} rounds of {ADDS:,} additions each, "
        f"ended by: {result['stopped']}",
        flush=True,
    )
    print(measure.describe(result["noise"]), flush=True)
    measure.emit({"adds": ADDS, "measurement": result})
